/*
 * enforcement validate, case and worklist: the register of an office as
 * its back end serves it (every error of its files, one case with its
 * status, money, deadlines and history, the deadlines due in a window).
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char *const text_json[] = {"text", "json", NULL};

/* ---------------------------------------------------------------------- */
/* validate                                                                */

static const char validate_help[] =
	"usage: enforcement validate DIR [--limit N] [--format text|json]\n"
	"\n"
	"Reads the CSV files of DIR (cases.csv, parties.csv, obligations.csv,\n"
	"assets.csv, events.csv) and lists every problem an import would stop\n"
	"at, one a line (file:line: field: why). Exit 0 when there is none, 1\n"
	"when there is any.\n"
	"\n"
	"  --limit N    stop after N problems (default 1000)\n"
	"  --format F   text (default) or json (an array of {file, line,\n"
	"               field, value, message})\n";

static void problems_json(const enf_io_problem *p, size_t n)
{
	fputs("[", stdout);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ",\n {\"file\": " : "\n {\"file\": ", stdout);
		cli_json_str(stdout, enf_io_file_name(p[i].entity));
		printf(", \"line\": %ld, \"field\": ", p[i].line);
		cli_json_str(stdout, p[i].field);
		fputs(", \"value\": ", stdout);
		cli_json_str(stdout, p[i].value);
		fputs(", \"message\": ", stdout);
		cli_json_str(stdout, p[i].message);
		fputs("}", stdout);
	}
	fputs(n ? "\n]\n" : "]\n", stdout);
}

int cli_validate(int argc, char **argv)
{
	static const cli_cmd cmd = {"validate", validate_help};
	const char *limit_s = NULL, *format_s = NULL, *dir;
	const cli_opt opts[] = {{"limit", &limit_s, NULL},
				{"format", &format_s, NULL},
				{NULL, NULL, NULL}};
	int64_t limit = 1000;
	int format = 0, rc;
	size_t npos, count = 0;
	enf_io_problem *p;

	if ((rc = cli_parse(&cmd, argc, argv, opts, &dir, 1, 1, &npos)) !=
	    CLI_OK)
		return rc;
	if ((limit_s != NULL &&
	     cli_int(&cmd, "--limit", limit_s, 1, 100000, &limit) != CLI_OK) ||
	    (format_s != NULL && cli_word(&cmd, "--format", format_s, text_json,
					  &format) != CLI_OK))
		return CLI_BAD;
	p = calloc((size_t)limit, sizeof(*p));
	if (p == NULL)
		return cli_fail(&cmd, NULL, "out of memory");
	if (enf_io_validate_csv_dir(p, (size_t)limit, &count, dir,
				    (size_t)limit) != ENF_OK) {
		free(p);
		return cli_fail_lib(&cmd, dir);
	}
	if (format == 1)
		problems_json(p, count);
	else if (count == 0)
		printf("%s: no problems\n", dir);
	for (size_t i = 0; format == 0 && i < count; i++)
		printf("%s\n", p[i].message);
	free(p);
	if (count > 0)
		return cli_fail(&cmd, dir, "%zu problem%s%s", count,
				count > 1 ? "s" : "",
				count == (size_t)limit ? " (the limit)" : "");
	return CLI_OK;
}

/* ---------------------------------------------------------------------- */
/* case                                                                    */

static const char case_help[] =
	"usage: enforcement case DIR OFFICE NO [--as-of D] [--known K]\n"
	"                        [--format text|json]\n"
	"\n"
	"One case of the register in DIR: its facts, its status and money on\n"
	"a date, the deadlines open on that date and its whole history: every\n"
	"event as entered with its seq, the corrections that voided or\n"
	"replaced it, the amendments of its facts (corrections.csv).\n"
	"\n"
	"  --as-of D    the date (YYYY-MM-DD; default today)\n"
	"  --known K    the case as it was known at the end of day K, before\n"
	"               the corrections made after it (default: as known now)\n"
	"  --format F   text (default) or json\n";

/* The kinds of deadline as words (enf_deadline_kind order). */
static const char *const deadline_words[] = {"decision",      "voluntary_end",
					     "verification",  "reverification",
					     "separate_book", "limitation"};

static const char *deadline_word(enf_deadline_kind k)
{
	return (unsigned)k < sizeof(deadline_words) / sizeof(deadline_words[0])
		       ? deadline_words[k]
		       : "unknown";
}

typedef struct case_view {
	const enf_case *c;
	enf_case_info info;
	enf_case_status st;
	enf_deadline dl[32];
	size_t ndl;
	enf_date as_of;
} case_view;

static void case_text(const case_view *v)
{
	char a[11], b[11], m[4][40], *h = NULL;

	printf("Case %s %s\n", v->info.office, v->info.decision_no);
	printf("  decided %s, %s, %s judgment %s of %s (effective %s)\n",
	       cli_date_text(a, v->info.decision_date),
	       enf_io_token(ENF_IO_ENUM_MODE, (int)v->info.mode),
	       enf_io_token(ENF_IO_ENUM_JUDGMENT_KIND,
			    (int)v->info.judgment_kind),
	       v->info.judgment_no, v->info.court,
	       cli_date_text(b, v->info.judgment_effective));
	printf("Status on %s: %s since %s (%s)\n", cli_date_text(a, v->as_of),
	       enf_io_token(ENF_IO_ENUM_STATE, (int)v->st.state),
	       cli_date_text(b, v->st.since), enf_regime_name(v->st.regime));
	enf_money_format(m[0], 40, v->st.owed, ENF_LOCALE_EN);
	enf_money_format(m[1], 40, v->st.collected, ENF_LOCALE_EN);
	enf_money_format(m[2], 40, v->st.paid, ENF_LOCALE_EN);
	enf_money_format(m[3], 40, v->st.outstanding, ENF_LOCALE_EN);
	printf("  owed %s, collected %s, paid out %s, outstanding %s\n", m[0],
	       m[1], m[2], m[3]);
	printf("Deadlines open on %s:%s\n", cli_date_text(a, v->as_of),
	       v->ndl ? "" : " none");
	for (size_t i = 0; i < v->ndl; i++)
		printf("  %s  %-15s %s (%s)%s\n",
		       cli_date_text(a, v->dl[i].due),
		       deadline_word(v->dl[i].kind), v->dl[i].rule,
		       v->dl[i].source,
		       v->dl[i].due < v->as_of ? "  OVERDUE" : "");
	printf("History:\n");
	if (enf_case_history_text(&h, NULL, v->c) == ENF_OK)
		fputs(h, stdout);
	enf_free(h);
}

/* The case as the library's JSON form (enforcement-case/2). */
static int case_json(const cli_cmd *cmd, const case_view *v,
		     const enf_calendar *cal)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (enf_case_to_json(&text, &len, v->c, cal, v->as_of) != ENF_OK)
		return cli_fail_lib(cmd, "--as-of");
	rc = cli_write(cmd, text, len);
	enf_free(text);
	return rc;
}

int cli_case(int argc, char **argv)
{
	static const cli_cmd cmd = {"case", case_help};
	const char *as_of_s = NULL, *format_s = NULL, *known_s = NULL, *pos[3];
	const cli_opt opts[] = {{"as-of", &as_of_s, NULL},
				{"known", &known_s, NULL},
				{"format", &format_s, NULL},
				{NULL, NULL, NULL}};
	enf_register *reg = NULL;
	enf_calendar *cal = NULL;
	enf_case *c = NULL, *known = NULL;
	enf_date known_on = ENF_DATE_NONE;
	case_view v;
	int format = 0, rc;
	size_t npos;

	if ((rc = cli_parse(&cmd, argc, argv, opts, pos, 3, 3, &npos)) !=
	    CLI_OK)
		return rc;
	v.as_of = cli_today();
	if ((as_of_s != NULL &&
	     cli_date(&cmd, "--as-of", as_of_s, &v.as_of) != CLI_OK) ||
	    (known_s != NULL &&
	     cli_date(&cmd, "--known", known_s, &known_on) != CLI_OK) ||
	    (format_s != NULL && cli_word(&cmd, "--format", format_s, text_json,
					  &format) != CLI_OK))
		return CLI_BAD;
	if (cli_load(&cmd, pos, 1, &reg) != CLI_OK)
		return CLI_BAD;
	if (enf_register_find(&c, reg, pos[1], pos[2]) != ENF_OK) {
		rc = cli_fail(&cmd, "OFFICE NO", "no case %s %s in %s", pos[1],
			      pos[2], pos[0]);
	} else if (known_s != NULL &&
		   enf_case_as_known(&known, c, known_on) != ENF_OK) {
		rc = cli_fail_lib(&cmd, "--known");
	} else if ((c = known != NULL ? known : c) == NULL ||
		   enf_calendar_new(&cal, NULL) != ENF_OK ||
		   enf_case_info_get(&v.info, c) != ENF_OK ||
		   enf_case_status_on(&v.st, c, v.as_of) != ENF_OK ||
		   enf_case_deadlines(v.dl, 32, &v.ndl, c, cal, NULL,
				      v.as_of) != ENF_OK) {
		rc = cli_fail_lib(&cmd, "--as-of");
	} else {
		v.c = c;
		if (format == 1)
			rc = case_json(&cmd, &v, cal);
		else
			case_text(&v);
	}
	enf_calendar_free(cal);
	enf_case_free(known);
	enf_register_free(reg);
	return rc;
}

/* ---------------------------------------------------------------------- */
/* worklist                                                                */

static const char worklist_help[] =
	"usage: enforcement worklist DIR --as-of D --until D [--office X]\n"
	"                            [--format text|json]\n"
	"\n"
	"The deadlines open on the as-of date that fall due by the until "
	"date,\n"
	"by due date; those already missed are marked overdue.\n";

static void worklist_text(const enf_register *reg, const enf_worklist_item *w,
			  size_t n)
{
	char a[11];

	for (size_t i = 0; i < n; i++) {
		enf_case *c = NULL;
		enf_case_info info;

		if (enf_register_at(&c, reg, w[i].case_index) != ENF_OK ||
		    enf_case_info_get(&info, c) != ENF_OK)
			continue;
		printf("%s  %-8s %-10s %-16s %-15s %s (%s)\n",
		       cli_date_text(a, w[i].deadline.due),
		       w[i].overdue ? "OVERDUE" : "", info.office,
		       info.decision_no, deadline_word(w[i].deadline.kind),
		       w[i].deadline.rule, w[i].deadline.source);
	}
}

/* The worklist as the library's JSON form (enforcement-worklist/1). */
static int worklist_json(const cli_cmd *cmd, const enf_register *reg,
			 const enf_worklist_item *w, size_t n, enf_date as_of,
			 enf_date until)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (enf_worklist_to_json(&text, &len, reg, w, n, as_of, until) !=
	    ENF_OK)
		return cli_fail_lib(cmd, NULL);
	rc = cli_write(cmd, text, len);
	enf_free(text);
	return rc;
}

/* The first call of a two-call query: ENF_EBUFSIZE gives the count. */
static int sized(enf_status st)
{
	return st == ENF_OK || st == ENF_EBUFSIZE;
}

static int has_office(const enf_register *reg, const enf_filter *f)
{
	size_t n = 0;

	enf_status st = enf_register_filter(NULL, 0, &n, reg, f);

	return (st == ENF_OK || st == ENF_EBUFSIZE) && n > 0;
}

int cli_worklist(int argc, char **argv)
{
	static const cli_cmd cmd = {"worklist", worklist_help};
	const char *as_of_s = NULL, *until_s = NULL, *office = NULL,
		   *format_s = NULL, *dir;
	const cli_opt opts[] = {{"as-of", &as_of_s, NULL},
				{"until", &until_s, NULL},
				{"office", &office, NULL},
				{"format", &format_s, NULL},
				{NULL, NULL, NULL}};
	enf_register *reg = NULL;
	enf_calendar *cal = NULL;
	enf_worklist_item *w = NULL;
	enf_filter f;
	enf_date as_of, until;
	size_t npos, n = 0;
	int format = 0, rc;

	if ((rc = cli_parse(&cmd, argc, argv, opts, &dir, 1, 1, &npos)) !=
	    CLI_OK)
		return rc;
	if (as_of_s == NULL || until_s == NULL)
		return cli_usage(&cmd, "--as-of and --until are required");
	if (cli_date(&cmd, "--as-of", as_of_s, &as_of) != CLI_OK ||
	    cli_date(&cmd, "--until", until_s, &until) != CLI_OK ||
	    (format_s != NULL && cli_word(&cmd, "--format", format_s, text_json,
					  &format) != CLI_OK))
		return CLI_BAD;
	if (until < as_of)
		return cli_fail(&cmd, "--until", "%s is before --as-of %s",
				until_s, as_of_s);
	if (cli_load(&cmd, &dir, 1, &reg) != CLI_OK)
		return CLI_BAD;
	enf_filter_init(&f, ENF_FILTER_VERSION);
	f.office = office;
	if (enf_calendar_new(&cal, NULL) != ENF_OK ||
	    !sized(enf_register_worklist_window(NULL, 0, &n, reg, &f, cal, NULL,
						as_of, until)) ||
	    (w = calloc(n + 1, sizeof(*w))) == NULL ||
	    enf_register_worklist_window(w, n, &n, reg, &f, cal, NULL, as_of,
					 until) != ENF_OK)
		rc = cli_fail_lib(&cmd, NULL);
	else if (office != NULL && !has_office(reg, &f))
		rc = cli_fail(&cmd, "--office", "no case of office '%s' in %s",
			      office, dir);
	else if (format == 1)
		rc = worklist_json(&cmd, reg, w, n, as_of, until);
	else
		worklist_text(reg, w, n);
	free(w);
	enf_calendar_free(cal);
	enf_register_free(reg);
	return rc;
}
