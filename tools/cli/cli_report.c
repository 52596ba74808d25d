/*
 * enforcement report: the indicator table of any register for a
 * reporting period, by office, province or nation, with the completion
 * rates, the gaps to the targets and the growth of what was done over
 * the same period a year earlier; as CSV, CSV for Excel, Markdown, JSON,
 * HTML (one self-contained page) or SVG.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char help[] =
	"usage: enforcement report DIR... --period P [options]\n"
	"\n"
	"The indicator table of the registers in DIR... (the CSV files of\n"
	"enforcement(1)), with rates, gaps to the targets and growth on the\n"
	"same period a year earlier.\n"
	"\n"
	"  --period P      2025 (enforcement year 2024-10-01..2025-09-30),\n"
	"                  2025-H1 (2024-10-01..2025-03-31), 2025-H2\n"
	"                  (2025-04-01..2025-09-30), 2025-03 (cumulative from\n"
	"                  1 October to the end of March 2025), or FROM..TO\n"
	"  --by UNIT       office (default), province, or nation; provinces\n"
	"                  from --org FILE, else from DIR/offices.csv "
	"(columns\n"
	"                  office, province, office_name, province_name),\n"
	"                  else the office code before its first '-'\n"
	"  --org FILE      the offices' provinces (as DIR/offices.csv)\n"
	"  --no-total      no column of all the units (a table of offices\n"
	"                  to sum elsewhere, e.g. in SQL)\n"
	"  --format F      markdown (default), csv, csv-excel (UTF-8 with a\n"
	"                  BOM, ';' separator, --locale vi unless given),\n"
	"                  json (enforcement-table/1), html, svg\n"
	"  --separator C   CSV separator: ',' or ';' (csv-excel: ';')\n"
	"  --group G       all (default), agency, request, bank_credit,\n"
	"                  corruption, administrative\n"
	"  --measure M     svg: cases (default) or money\n"
	"  --targets FILE  rules overrides (enforcement rules --help) whose\n"
	"                  VN.target.cases and VN.target.money rows set the\n"
	"                  targets; default: the national targets of the year\n"
	"  --title TEXT    a title for html and svg\n"
	"  --locale L      en (default) or vi\n";

static const cli_cmd cmd = {"report", help};

typedef struct unit {
	char *key;
	enf_stats_report *cur;
	enf_stats_report *prev; /* same period last year, or NULL */
} unit;

typedef struct units {
	unit *v;
	size_t n;
} units;

static void units_free(units *u)
{
	for (size_t i = 0; i < u->n; i++) {
		free(u->v[i].key);
		enf_stats_report_free(u->v[i].cur);
		enf_stats_report_free(u->v[i].prev);
	}
	free(u->v);
	u->v = NULL;
	u->n = 0;
}

/* "2025", "2025-H1", "2025-H2", "2025-03", "FROM..TO". */
static int parse_period(const char *text, enf_period *out)
{
	const char *dots = strstr(text, "..");
	int64_t y, m;
	enf_period p;
	char buf[16];

	if (dots != NULL) {
		size_t n = (size_t)(dots - text);

		if (n >= sizeof(buf))
			n = sizeof(buf) - 1;
		memcpy(buf, text, n);
		buf[n] = '\0';
		if (cli_date(&cmd, "--period", buf, &p.first) != CLI_OK ||
		    cli_date(&cmd, "--period", dots + 2, &p.last) != CLI_OK)
			return CLI_BAD;
		if (p.last < p.first)
			return cli_fail(&cmd, "--period",
					"'%s' ends before it starts", text);
		*out = p;
		return CLI_OK;
	}
	if (strlen(text) < 4 || strlen(text) >= sizeof(buf))
		goto bad;
	memcpy(buf, text, 4);
	buf[4] = '\0';
	if (cli_int(&cmd, "--period", buf, 2, 9999, &y) != CLI_OK)
		return CLI_BAD;
	if (text[4] == '\0') {
		if (enf_period_cumulative(out, (int)y, 12) != ENF_OK)
			return cli_fail_lib(&cmd, "--period");
		return CLI_OK;
	}
	if (strcmp(text + 4, "-H1") == 0) {
		if (enf_period_cumulative(out, (int)y, 6) != ENF_OK)
			return cli_fail_lib(&cmd, "--period");
		return CLI_OK;
	}
	if (strcmp(text + 4, "-H2") == 0) {
		if (enf_date_from_ymd(&p.first, (int)y, 4, 1) != ENF_OK ||
		    enf_date_from_ymd(&p.last, (int)y, 9, 30) != ENF_OK)
			return cli_fail_lib(&cmd, "--period");
		*out = p;
		return CLI_OK;
	}
	if (text[4] == '-' && strlen(text) == 7 &&
	    cli_int(&cmd, "--period", text + 5, 1, 12, &m) == CLI_OK) {
		/* Month m of calendar year y: offices report from 1 October,
		 * so October to December belong to the next year. */
		int year = m >= 10 ? (int)y + 1 : (int)y;
		int k = m >= 10 ? (int)m - 9 : (int)m + 3;

		if (enf_period_cumulative(out, year, k) != ENF_OK)
			return cli_fail_lib(&cmd, "--period");
		return CLI_OK;
	}
bad:
	return cli_fail(&cmd, "--period",
			"'%s' is not a period; expected 2025, 2025-H1, "
			"2025-H2, 2025-03 or FROM..TO",
			text);
}

/* How offices group into units: --by, and the trees of offices.csv or
 * --org (provinces). */
typedef struct grouping {
	int by; /* 0 office, 1 province, 2 nation */
	enf_org *orgs[256];
	const char *org_files[256];
	size_t norgs;
	const char *total; /* the name of the unit of all */
	int no_total;	   /* --no-total: no unit of all */
} grouping;

/* The province of an office on a date from the trees; NULL when no tree
 * knows it. */
static const char *org_province(const grouping *g, const char *office,
				enf_date date, const char **name)
{
	for (size_t i = 0; i < g->norgs; i++) {
		const char *parent = NULL;

		if (enf_org_parent(&parent, g->orgs[i], office, date) ==
			    ENF_OK &&
		    *parent != '\0') {
			if (enf_org_name(name, g->orgs[i], parent, date) !=
			    ENF_OK)
				*name = parent;
			return parent;
		}
	}
	return NULL;
}

/* The unit an office belongs to and its name: the office itself, its
 * province (from the trees, else the code before its first '-') or the
 * nation (""). */
static int unit_key(const grouping *g, const char *office, enf_date date,
		    char **key, const char **name)
{
	size_t n = strlen(office);
	const char *dash = strchr(office, '-'), *from = office;

	*name = NULL;
	if (g->by == 2) {
		n = 0;
		*name = g->total;
	} else if (g->by == 1 && g->norgs > 0) {
		from = org_province(g, office, date, name);
		if (from == NULL)
			return cli_fail(&cmd, g->org_files[0],
					"office '%s' of the register is not in "
					"the file",
					office);
		n = strlen(from);
	} else if (g->by == 1 && dash != NULL) {
		n = (size_t)(dash - office);
	}
	*key = malloc(n + 1);
	if (*key == NULL)
		return cli_fail(&cmd, NULL, "out of memory");
	memcpy(*key, from, n);
	(*key)[n] = '\0';
	if (*name == NULL)
		*name = *key;
	return CLI_OK;
}

static unit *find_unit(units *u, const char *key)
{
	for (size_t i = 0; i < u->n; i++)
		if (strcmp(u->v[i].key, key) == 0)
			return &u->v[i];
	return NULL;
}

static int add_to_unit(units *u, const char *key, const enf_period *p,
		       const char *name, const enf_stats_report *rep)
{
	unit *t = find_unit(u, key);

	if (t == NULL) {
		unit *v = realloc(u->v, (u->n + 1) * sizeof(*v));

		if (v == NULL)
			return cli_fail(&cmd, NULL, "out of memory");
		u->v = v;
		t = &v[u->n];
		memset(t, 0, sizeof(*t));
		t->key = malloc(strlen(key) + 1);
		if (t->key == NULL ||
		    enf_stats_report_new(&t->cur, name, p) != ENF_OK)
			return cli_fail(&cmd, NULL, "out of memory");
		strcpy(t->key, key);
		u->n++;
	}
	if (enf_stats_report_merge(t->cur, rep) != ENF_OK)
		return cli_fail_lib(&cmd, NULL);
	return CLI_OK;
}

static int by_key(const void *a, const void *b)
{
	return strcmp(((const unit *)a)->key, ((const unit *)b)->key);
}

/* The reports of the units of a period: offices from the register,
 * merged into provinces or the nation; with more than one unit, a last
 * one for all of them. */
static int build_units(units *u, const enf_register *reg, const enf_period *p,
		       const grouping *g)
{
	enf_stats_report **reps = NULL;
	size_t n = 0;
	int rc = CLI_OK;

	if (enf_stats_report_by_office(&reps, &n, reg, p) != ENF_OK)
		return cli_fail_lib(&cmd, "--period");
	for (size_t i = 0; i < n && rc == CLI_OK; i++) {
		char *key = NULL;
		const char *name = NULL;

		rc = unit_key(g, enf_stats_report_unit(reps[i]), p->last, &key,
			      &name);
		if (rc == CLI_OK)
			rc = add_to_unit(u, key, p, name, reps[i]);
		free(key);
	}
	if (rc == CLI_OK && u->n > 1 && !g->no_total) {
		size_t units_n = u->n;

		qsort(u->v, u->n, sizeof(*u->v), by_key);

		for (size_t i = 0; i < units_n && rc == CLI_OK; i++)
			rc = add_to_unit(u, "\x01total", p, g->total,
					 u->v[i].cur);
	}
	enf_stats_reports_free(reps, n);
	return rc;
}

/* The same units a year earlier, matched by key. */
static int attach_previous(units *u, const enf_register *reg,
			   const enf_period *p, const grouping *g)
{
	enf_period last;
	units prev = {NULL, 0};
	int rc;

	if (enf_period_last_year(&last, p) != ENF_OK)
		return cli_fail_lib(&cmd, "--period");
	rc = build_units(&prev, reg, &last, g);
	for (size_t i = 0; rc == CLI_OK && i < prev.n; i++) {
		unit *t = find_unit(u, prev.v[i].key);

		if (t != NULL) {
			t->prev = prev.v[i].cur;
			prev.v[i].cur = NULL;
		}
	}
	units_free(&prev);
	return rc;
}

/* One tree from a file; exists 0 when the file is optional and absent. */
static int load_org(grouping *g, const char *arg, const char *path,
		    int optional)
{
	char *text = NULL;
	enf_date from;
	FILE *f;

	if (optional) {
		if ((f = fopen(path, "rb")) == NULL)
			return CLI_OK;
		fclose(f);
	}
	if (g->norgs == sizeof(g->orgs) / sizeof(g->orgs[0]))
		return cli_fail(&cmd, arg, "too many files");
	if (cli_read_file(&cmd, arg, path, &text) != CLI_OK)
		return CLI_BAD;
	/* The units exist as far back as any register goes. */
	enf_date_from_ymd(&from, 1900, 1, 1);
	if (enf_io_org_from_csv(&g->orgs[g->norgs], text, from) != ENF_OK) {
		free(text);
		return cli_fail(&cmd, arg, "%s: %s", path, enf_last_error());
	}
	free(text);
	g->org_files[g->norgs++] = path;
	return CLI_OK;
}

/* The trees of --org FILE, else of each DIR/offices.csv. */
static int load_orgs(grouping *g, const char *org_file, const char *const *dirs,
		     size_t ndirs, char **paths)
{
	if (org_file != NULL)
		return load_org(g, "--org", org_file, 0);
	for (size_t i = 0; i < ndirs; i++) {
		size_t n = strlen(dirs[i]) + sizeof("/offices.csv");

		if ((paths[i] = malloc(n)) == NULL)
			return cli_fail(&cmd, NULL, "out of memory");
		snprintf(paths[i], n, "%s/offices.csv", dirs[i]);
		if (load_org(g, dirs[i], paths[i], 1) != CLI_OK)
			return CLI_BAD;
	}
	return CLI_OK;
}

/* Targets of the period's year: the national ones, or the rows of an
 * overrides file. -1 when there is none. */
static int load_targets(const char *file, const enf_period *p, int64_t *tc,
			int64_t *tm)
{
	enf_rulebook *book = NULL;
	char *text = NULL;
	int year, rc = CLI_OK;

	*tc = *tm = -1;
	if (file == NULL) {
		if (enf_period_year_of(&year, p->last) == ENF_OK)
			enf_stats_national_target(tc, tm, year);
		return CLI_OK;
	}
	if (cli_read_file(&cmd, "--targets", file, &text) != CLI_OK)
		return CLI_BAD;
	if (enf_rulebook_new(&book) != ENF_OK ||
	    enf_rulebook_override(book, text) != ENF_OK) {
		rc = cli_fail(&cmd, "--targets", "%s: %s", file,
			      enf_last_error());
	} else {
		if (enf_rules_value(tc, NULL, book, "VN.target.cases",
				    p->last) != ENF_OK)
			*tc = -1;
		if (enf_rules_value(tm, NULL, book, "VN.target.money",
				    p->last) != ENF_OK)
			*tm = -1;
	}
	enf_rulebook_free(book);
	free(text);
	return rc;
}

/* The table of the reports in one of the library's formats, with the
 * rates, the gaps to the targets and the growth over last year. */
static int emit_table(const enf_stats_report *const *reps, size_t n,
		      const enf_table_options *opts)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (enf_stats_table_with(&text, &len, reps, n, opts) != ENF_OK)
		rc = cli_fail_lib(&cmd, NULL);
	else
		rc = cli_write(&cmd, text, len);
	enf_free(text);
	return rc;
}

/* The chart of the reports' rates by a measure against its target. */
int cli_report_chart(char **out, size_t *len,
		     const enf_stats_report *const *reps, size_t n,
		     enf_measure m, int64_t target, const char *title,
		     enf_locale loc)
{
	enf_chart_options co;

	enf_chart_options_init(&co, ENF_CHART_OPTIONS_VERSION);
	co.measure = m;
	co.target = target;
	co.locale = loc;
	co.title = title;
	if (enf_stats_chart(out, len, reps, n, &co) != ENF_OK)
		return cli_fail_lib(&cmd, NULL);
	return CLI_OK;
}

static const char *const by_words[] = {"office", "province", "nation", NULL};
static const char *const format_words[] = {
	"csv", "csv-excel", "markdown", "json", "html", "svg", NULL};
static const char *const group_words[] = {
	"all",	      "agency",		"request", "bank_credit",
	"corruption", "administrative", NULL};
static const char *const measure_words[] = {"cases", "money", NULL};

/* The default title of a chart: its measure. */
static const char *chart_title(int measure, enf_locale loc)
{
	if (loc == ENF_LOCALE_VI)
		return measure ? "Tỷ lệ thi hành xong về tiền"
			       : "Tỷ lệ thi hành xong về việc";
	return measure ? "Completion rate by money"
		       : "Completion rate by cases";
}

typedef struct report_opts {
	const char *period, *by, *format, *sep, *group, *measure, *targets,
		*title, *locale, *org;
} report_opts;

static int emit(const units *u, const report_opts *o, int format,
		enf_stats_group group, int64_t tc, int64_t tm, enf_locale loc)
{
	static const enf_table_format formats[] = {
		ENF_TABLE_CSV, ENF_TABLE_CSV_BOM, ENF_TABLE_MARKDOWN,
		ENF_TABLE_JSON, ENF_TABLE_HTML};
	const enf_stats_report **reps = malloc((u->n + 1) * sizeof(*reps));
	const enf_stats_report **prev = calloc(u->n + 1, sizeof(*prev));
	enf_table_options to;
	int measure = 0, rc = CLI_OK;

	if (reps == NULL || prev == NULL) {
		free(reps);
		free(prev);
		return cli_fail(&cmd, NULL, "out of memory");
	}
	for (size_t i = 0; i < u->n; i++) {
		reps[i] = u->v[i].cur;
		prev[i] = u->v[i].prev;
	}
	enf_table_options_init(&to, ENF_TABLE_OPTIONS_VERSION);
	to.previous = prev;
	to.group = group;
	to.locale = loc;
	to.target_cases = tc;
	to.target_money = tm;
	to.title = o->title;
	to.separator = format == 1 ? ';' : ',';
	if (o->sep != NULL && strcmp(o->sep, ",") != 0 &&
	    strcmp(o->sep, ";") != 0)
		rc = cli_fail(&cmd, "--separator", "'%s' is not ',' or ';'",
			      o->sep);
	else if (o->sep != NULL)
		to.separator = o->sep[0];
	if (rc == CLI_OK && format < 5) {
		to.format = formats[format];
		rc = format == 4 ? cli_report_html(reps, u->n, &to)
				 : emit_table(reps, u->n, &to);
	} else if (rc == CLI_OK &&
		   (o->measure == NULL ||
		    (rc = cli_word(&cmd, "--measure", o->measure, measure_words,
				   &measure)) == CLI_OK)) {
		char *svg = NULL;
		size_t len = 0;

		rc = cli_report_chart(
			&svg, &len, reps, u->n, (enf_measure)measure,
			measure ? tm : tc,
			o->title != NULL ? o->title : chart_title(measure, loc),
			loc);
		if (rc == CLI_OK)
			rc = cli_write(&cmd, svg, len);
		enf_free(svg);
	}
	free(reps);
	free(prev);
	return rc;
}

int cli_report(int argc, char **argv)
{
	report_opts o = {0};
	grouping g = {0};
	const cli_opt opts[] = {
		{"period", &o.period, NULL},	 {"by", &o.by, NULL},
		{"format", &o.format, NULL},	 {"separator", &o.sep, NULL},
		{"group", &o.group, NULL},	 {"measure", &o.measure, NULL},
		{"targets", &o.targets, NULL},	 {"title", &o.title, NULL},
		{"locale", &o.locale, NULL},	 {"org", &o.org, NULL},
		{"no-total", NULL, &g.no_total}, {NULL, NULL, NULL}};
	const char *dirs[256];
	char *paths[256] = {NULL};
	size_t ndirs;
	int by = 0, format = 2, group = 0, rc;
	enf_locale loc;
	enf_period period;
	enf_register *reg = NULL;
	units u = {NULL, 0};
	int64_t tc, tm;

	if ((rc = cli_parse(&cmd, argc, argv, opts, dirs, 1, 256, &ndirs)) !=
	    CLI_OK)
		return rc;
	if (o.period == NULL)
		return cli_usage(&cmd, "--period is required");
	if (parse_period(o.period, &period) != CLI_OK ||
	    (o.by != NULL &&
	     cli_word(&cmd, "--by", o.by, by_words, &by) != CLI_OK) ||
	    (o.format != NULL && cli_word(&cmd, "--format", o.format,
					  format_words, &format) != CLI_OK) ||
	    (o.group != NULL && cli_word(&cmd, "--group", o.group, group_words,
					 &group) != CLI_OK) ||
	    cli_locale(&cmd, o.locale, &loc) != CLI_OK ||
	    load_targets(o.targets, &period, &tc, &tm) != CLI_OK)
		return CLI_BAD;
	/* Excel in the vi-VN locale reads "62,91" and ';' (csv-excel). */
	if (format == 1 && o.locale == NULL)
		loc = ENF_LOCALE_VI;
	g.by = by;
	g.total = loc == ENF_LOCALE_VI ? "Tổng" : "Total";
	rc = by == 1 ? load_orgs(&g, o.org, dirs, ndirs, paths) : CLI_OK;
	if (rc == CLI_OK)
		rc = cli_load(&cmd, dirs, ndirs, &reg);
	if (rc == CLI_OK)
		rc = build_units(&u, reg, &period, &g);
	if (rc == CLI_OK && u.n == 0)
		rc = cli_fail(&cmd, "DIR", "no case in the register");
	if (rc == CLI_OK)
		rc = attach_previous(&u, reg, &period, &g);
	if (rc == CLI_OK)
		rc = emit(&u, &o, format, (enf_stats_group)group, tc, tm, loc);
	units_free(&u);
	enf_register_free(reg);
	for (size_t i = 0; i < g.norgs; i++)
		enf_org_free(g.orgs[i]);
	for (size_t i = 0; i < ndirs; i++)
		free(paths[i]);
	return rc;
}
