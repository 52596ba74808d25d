/*
 * enforcement report --format html: one self-contained page (no network,
 * no script) with the indicator table, the rates against the targets and
 * the charts by cases and by money inline.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdlib.h>
#include <string.h>

int cli_report_html(const enf_stats_report *const *reps, size_t n,
		    enf_stats_group group, const char *rates, int64_t tc,
		    int64_t tm, const char *title, enf_locale loc);

static const cli_cmd cmd = {"report", ""};

static void html_text(FILE *f, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(s[i], f);
		}
	}
}

/* One row of a Markdown table ("| a | b |") as <tr>; the first cell is
 * the row's header. */
static void html_row(FILE *f, const char *line, size_t len, int head)
{
	const char *p = line, *end = line + len;
	int col = 0;

	fputs("<tr>", f);
	if (p < end && *p == '|')
		p++;
	while (p < end) {
		const char *bar = memchr(p, '|', (size_t)(end - p));
		const char *a = p, *b = bar != NULL ? bar : end;

		while (a < b && *a == ' ')
			a++;
		while (b > a && b[-1] == ' ')
			b--;
		if (bar == NULL && a == b)
			break;
		if (head)
			fputs("<th scope=\"col\">", f);
		else if (col == 0)
			fputs("<th scope=\"row\">", f);
		else
			fputs("<td>", f);
		html_text(f, a, (size_t)(b - a));
		fputs(head || col == 0 ? "</th>" : "</td>", f);
		col++;
		if (bar == NULL)
			break;
		p = bar + 1;
	}
	fputs("</tr>\n", f);
}

/* A Markdown table (the library's, or the rates) as an HTML table. */
static void html_table(FILE *f, const char *md, const char *caption)
{
	int line = 0;

	fputs("<table>\n<caption>", f);
	html_text(f, caption, strlen(caption));
	fputs("</caption>\n", f);
	while (*md != '\0') {
		const char *nl = strchr(md, '\n');
		size_t len = nl != NULL ? (size_t)(nl - md) : strlen(md);

		if (len > 0 && line != 1)
			html_row(f, md, len, line == 0);
		line++;
		md += len + (nl != NULL);
	}
	fputs("</table>\n", f);
}

/* The chart of a measure, inline (without the XML declaration). */
static int html_chart(FILE *f, const enf_stats_report *const *reps, size_t n,
		      enf_measure m, int64_t target, const char *title)
{
	char *svg = NULL;
	size_t len = 0;
	const char *p;

	if (enf_stats_svg(&svg, &len, reps, n, m, target, title) != ENF_OK)
		return cli_fail_lib(&cmd, NULL);
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
	"td{text-align:right;white-space:nowrap}caption{font-weight:bold;text-"
	"align:left}"
	"figure{margin:1em 0}";

int cli_report_html(const enf_stats_report *const *reps, size_t n,
		    enf_stats_group group, const char *rates, int64_t tc,
		    int64_t tm, const char *title, enf_locale loc)
{
	char *md = NULL, *page = NULL;
	size_t len = 0, plen = 0;
	FILE *f;
	int vi = loc == ENF_LOCALE_VI, rc = CLI_OK;
	const char *t = title != NULL ? title
				      : (vi ? "Báo cáo thi hành án dân sự"
					    : "Civil judgment enforcement "
					      "report");

	if (enf_stats_table(&md, &len, reps, n, group, ENF_TABLE_MARKDOWN,
			    loc) != ENF_OK)
		return cli_fail_lib(&cmd, NULL);
	f = open_memstream(&page, &plen);
	if (f == NULL) {
		enf_free(md);
		return cli_fail(&cmd, NULL, "out of memory");
	}
	fprintf(f,
		"<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
		"<meta charset=\"utf-8\">\n<title>",
		vi ? "vi" : "en");
	html_text(f, t, strlen(t));
	fprintf(f, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", style);
	html_text(f, t, strlen(t));
	fputs("</h1>\n", f);
	html_table(f, md, vi ? "Chỉ tiêu" : "Indicators");
	html_table(f, rates,
		   vi ? "Tỷ lệ, chỉ tiêu và tăng trưởng"
		      : "Rates, targets and growth");
	rc = html_chart(f, reps, n, ENF_BY_CASES, tc,
			vi ? "Tỷ lệ thi hành xong về việc"
			   : "Completion rate by cases");
	if (rc == CLI_OK)
		rc = html_chart(f, reps, n, ENF_BY_MONEY, tm,
				vi ? "Tỷ lệ thi hành xong về tiền"
				   : "Completion rate by money");
	fputs("</body>\n</html>\n", f);
	fclose(f);
	if (rc == CLI_OK)
		rc = cli_write(&cmd, page, plen);
	free(page);
	enf_free(md);
	return rc;
}
