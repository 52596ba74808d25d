/*
 * enforcement report --format html: one self-contained page (no network,
 * no script) with the indicator table (rates, gaps to the targets, growth)
 * and the charts by cases and by money inline.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const cli_cmd cmd = {"report", ""};

static void html_text(FILE *f, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(*s, f);
		}
	}
}

/* The chart of a measure, inline (without the XML declaration). */
static int html_chart(FILE *f, const enf_stats_report *const *reps, size_t n,
		      enf_measure m, int64_t target, const char *title,
		      enf_locale loc)
{
	char *svg = NULL;
	size_t len = 0;
	const char *p;

	if (cli_report_chart(&svg, &len, reps, n, m, target, title, loc) !=
	    CLI_OK)
		return CLI_BAD;
	p = svg;
	if (strncmp(p, "<?xml", 5) == 0 && strstr(p, "?>") != NULL)
		p = strstr(p, "?>") + 2;
	fputs("<figure>\n", f);
	fputs(p, f);
	fputs("</figure>\n", f);
	enf_free(svg);
	return CLI_OK;
}

static const char style[] =
	"body{font-family:sans-serif;margin:1em}"
	"table{border-collapse:collapse;margin:1em 0;font-size:12px}"
	"th,td{border:1px solid #999;padding:2px 6px}"
	"td{text-align:right;white-space:nowrap}"
	"caption{font-weight:bold;text-align:left}figure{margin:1em 0}";

int cli_report_html(const enf_stats_report *const *reps, size_t n,
		    const enf_table_options *opts)
{
	enf_table_options to = *opts;
	char *table = NULL, *page = NULL;
	size_t len = 0, plen = 0;
	FILE *f;
	int vi = opts->locale == ENF_LOCALE_VI, rc = CLI_OK;
	const char *t = opts->title != NULL
				? opts->title
				: (vi ? "Báo cáo thi hành án dân sự"
				      : "Civil judgment enforcement report");

	to.format = ENF_TABLE_HTML;
	to.title = vi ? "Kết quả thi hành án" : "Indicators";
	if (enf_stats_table_with(&table, &len, reps, n, &to) != ENF_OK)
		return cli_fail_lib(&cmd, NULL);
	f = open_memstream(&page, &plen);
	if (f == NULL) {
		enf_free(table);
		return cli_fail(&cmd, NULL, "out of memory");
	}
	fprintf(f,
		"<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
		"<meta charset=\"utf-8\">\n<title>",
		vi ? "vi" : "en");
	html_text(f, t);
	fprintf(f, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", style);
	html_text(f, t);
	fputs("</h1>\n", f);
	fwrite(table, 1, len, f);
	rc = html_chart(f, reps, n, ENF_BY_CASES, opts->target_cases,
			vi ? "Tỷ lệ thi hành xong về việc"
			   : "Completion rate by cases",
			opts->locale);
	if (rc == CLI_OK)
		rc = html_chart(f, reps, n, ENF_BY_MONEY, opts->target_money,
				vi ? "Tỷ lệ thi hành xong về tiền"
				   : "Completion rate by money",
				opts->locale);
	fputs("</body>\n</html>\n", f);
	fclose(f);
	if (rc == CLI_OK)
		rc = cli_write(&cmd, page, plen);
	free(page);
	enf_free(table);
	return rc;
}
