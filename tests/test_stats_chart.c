/*
 * Tests of the charts that scale: enf_chart_options_init(),
 * enf_stats_chart() (columns and horizontal bars) and enf_auction_chart().
 *
 * Reports are built from hand-made cases over the first six months of
 * enforcement year 2025 (2024-10-01 .. 2025-03-31): a unit with d cases
 * done and p cases with means still being enforced has the rate d / (d +
 * p): 1 and 1 give 50.00%, 1 and 0 100.00%, 2 and 1 66.67%; a unit with
 * only a case without means has no rate ("n/a").
 *
 * Geometry (stats_chart.c): columns are 250 px tall for 100% (50.00% ->
 * 125 px), 70 px a unit from x 72, with 40 px on the right; bars are 900
 * px wide, 18 px a row, the plot starting 86 px down with a title (40 +
 * 24 + 22) and the document ending 44 px below the last row: 355 rows ->
 * 86 + 6390 + 44 = 6520 px.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

#define NONE ENF_INDEX_NONE

static enf_period half_2025(void)
{
	enf_period p = {ymd(2024, 10, 1), ymd(2025, 3, 31)};

	return p;
}

static enf_case *new_case(const char *office, const char *no, enf_mode mode,
			  enf_date decided)
{
	enf_case_info info;
	enf_case *c = NULL;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Nguyễn Văn An",
			    NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
			      "Hoàng Thị Bình", NULL};
	enf_obligation o = {ENF_OBL_OTHER_MONEY, 4000000, 0, 1, 0};

	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = office;
	info.decision_no = no;
	info.decision_date = decided;
	info.mode = mode;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &creditor), ENF_OK);
	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
	return c;
}

static void event(enf_case *c, enf_event_kind kind, enf_date date,
		  int32_t detail, enf_money amount)
{
	enf_event ev = {kind, date, detail, amount, NONE};

	assert_int_equal(enf_case_apply(c, &ev), ENF_OK);
}

static void count(enf_stats_report *rep, enf_case *c)
{
	assert_int_equal(enf_stats_report_add_case(rep, c), ENF_OK);
	enf_case_free(c);
}

/* A report of unit with `done` cases done, `pending` with means being
 * enforced and `without` without means, 4,000,000 each. */
static enf_stats_report *report_of(const char *unit, int done, int pending,
				   int without, const enf_period *p)
{
	enf_stats_report *rep = NULL;

	assert_int_equal(enf_stats_report_new(&rep, unit, p), ENF_OK);
	for (int i = 0; i < done + pending + without; i++) {
		enf_case *c = new_case("X", "1/QĐ", ENF_MODE_REQUEST,
				       ymd(2024, 10, 20));

		event(c, ENF_EV_REQUEST_RECEIVED, ymd(2024, 10, 15), 0, 0);
		event(c, ENF_EV_DECISION_ISSUED, ymd(2024, 10, 20), 0, 0);
		event(c, ENF_EV_CLASSIFIED, ymd(2024, 11, 20),
		      i < done + pending ? 1 : 0, 0);
		if (i < done) {
			event(c, ENF_EV_COLLECTED, ymd(2025, 1, 10), 0,
			      4000000);
			event(c, ENF_EV_DONE, ymd(2025, 1, 10), 0, 0);
		}
		count(rep, c);
	}
	return rep;
}

static size_t occurrences(const char *text, const char *part)
{
	size_t n = 0;

	for (const char *p = strstr(text, part); p != NULL;
	     p = strstr(p + 1, part))
		n++;
	return n;
}

static void assert_contains(const char *text, const char *part)
{
	if (strstr(text, part) == NULL)
		fail_msg("\"%s\" not in the chart", part);
}

/* Elements balanced and every '&' an entity: well-formed enough for the
 * texts the charts write (no comments, CDATA or processing
 * instructions). */
static void assert_well_formed(const char *s)
{
	const char *stack[64];
	size_t depth = 0;

	for (const char *p = s; *p != '\0'; p++) {
		if (*p == '&') {
			assert_true(strncmp(p, "&amp;", 5) == 0 ||
				    strncmp(p, "&lt;", 4) == 0 ||
				    strncmp(p, "&gt;", 4) == 0 ||
				    strncmp(p, "&quot;", 6) == 0 ||
				    strncmp(p, "&apos;", 6) == 0);
			continue;
		}
		if (*p == '>')
			continue;
		if (*p != '<')
			continue;
		if (p[1] == '/') {
			size_t n = strcspn(p + 2, ">");

			assert_true(depth > 0);
			depth--;
			assert_int_equal(strcspn(stack[depth], " />"), n);
			assert_memory_equal(stack[depth], p + 2, n);
		} else {
			const char *end = strchr(p, '>');

			assert_non_null(end);
			assert_null(memchr(p + 1, '<', (size_t)(end - p - 1)));
			if (end[-1] != '/') {
				assert_true(depth < 64);
				stack[depth++] = p + 1;
			}
		}
	}
	assert_int_equal(depth, 0);
}

/* The chart of reps, checked for the invariants of every chart. */
static char *chart(const enf_stats_report *const *reps, size_t n,
		   const enf_chart_options *o)
{
	char *text = NULL;
	size_t len = 0;
	enf_status st = enf_stats_chart(&text, &len, reps, n, o);

	if (st != ENF_OK)
		fail_msg("%s", enf_last_error());
	assert_non_null(text);
	assert_int_equal(len, strlen(text));
	assert_memory_equal(text, "<svg xmlns=\"http://www.w3.org/2000/svg\"",
			    39);
	assert_string_equal(text + len - 7, "</svg>\n");
	assert_null(strstr(text, "<script"));
	assert_null(strstr(text, "href"));
	assert_well_formed(text);
	return text;
}

static enf_chart_options defaults(void)
{
	enf_chart_options o;

	memset(&o, 0x5a, sizeof(o));
	assert_int_equal(enf_chart_options_init(&o, ENF_CHART_OPTIONS_VERSION),
			 ENF_OK);
	return o;
}

/* ---------------------------------------------------------------------- */

static void test_stats_chart__options_init(void **state)
{
	enf_chart_options o = defaults(), before;
	enf_chart_options init = ENF_CHART_OPTIONS_INIT;

	(void)state;
	assert_int_equal(o.version, ENF_CHART_OPTIONS_VERSION);
	assert_int_equal(o.measure, ENF_BY_CASES);
	assert_int_equal(o.target, -1);
	assert_null(o.target_label);
	assert_int_equal(o.locale, ENF_LOCALE_EN);
	assert_null(o.title);
	assert_null(o.value_title);
	assert_null(o.unit_title);
	assert_int_equal(o.layout, ENF_CHART_AUTO);
	assert_int_equal(o.label_chars, 0);
	assert_null(o.names);
	assert_int_equal(init.target, -1);
	assert_int_equal(init.locale, ENF_LOCALE_EN);
	before = o;
	assert_int_equal(enf_chart_options_init(&o, 0), ENF_EVERSION);
	assert_error_names("chart_options_init", "version");
	assert_int_equal(enf_chart_options_init(&o, 2), ENF_EVERSION);
	assert_memory_equal(&o, &before, sizeof(o));
	assert_int_equal(enf_chart_options_init(NULL, 1), ENF_EINVALID);
	assert_error_names("chart_options_init", "opts");
}

/* Three units as columns: 50.00%, none with means, 100.00%. */
static void test_stats_chart__columns(void **state)
{
	enf_period p = half_2025();
	enf_stats_report *r[3] = {report_of("LS-TP", 1, 1, 0, &p),
				  report_of("Lộc Bình", 0, 0, 1, &p),
				  report_of("Cao <&> Lạng", 1, 0, 0, &p)};
	enf_chart_options o = defaults();
	char *t;

	(void)state;
	o.target = 8405;
	o.title = "Tỷ lệ <việc> & tiền";
	t = chart((const enf_stats_report *const *)r, 3, &o);
	/* Background, legend swatch and two columns (Lộc Bình has none). */
	assert_int_equal(occurrences(t, "<rect"), 4);
	/* The document's title and one tooltip a unit. */
	assert_int_equal(occurrences(t, "<title>"), 4);
	assert_int_equal(occurrences(t, "class=\"unit\""), 3);
	assert_contains(t, "<title>Tỷ lệ &lt;việc&gt; &amp; tiền</title>");
	assert_contains(t, "<title>LS-TP: 50.00%</title>");
	assert_contains(t, "<title>Lộc Bình: n/a, none with means</title>");
	assert_contains(t, "<title>Cao &lt;&amp;&gt; Lạng: 100.00%</title>");
	assert_contains(t, "height=\"125\" fill=\"#4472c4\"");
	assert_contains(t, "height=\"250\" fill=\"#4472c4\"");
	assert_contains(t, ">50.00%</text>");
	assert_contains(t, ">n/a</text>");
	assert_contains(t, ">Target 84.05%</text>");
	assert_contains(t, "stroke-dasharray=\"6 4\"");
	assert_int_equal(occurrences(t, "class=\"target\""), 1);
	assert_contains(t, ">Completion rate by cases, %</text>");
	assert_contains(t, ">Units, 2024-10-01 to 2025-03-31</text>");
	/* "Cao <&> Lạng" (12 characters, 78 px) does not fit a 70 px slot:
	 * the names are turned. */
	assert_int_equal(occurrences(t, "rotate(-40)"), 3);
	assert_null(strstr(t, "width=\"900\""));
	enf_free(t);
	/* Short names stay level; with no target, no line and no legend
	 * entry for it. */
	o.target = -1;
	t = chart((const enf_stats_report *const *)r, 2, &o);
	assert_int_equal(occurrences(t, "rotate(-40)"), 0);
	assert_null(strstr(t, "Target"));
	assert_null(strstr(t, "class=\"target\""));
	/* 72 + 2 x 70 + 40 = 252, widened to the legend's 72 + 46 + 27 x 6.5
	 * (175) + 200 = 493. */
	assert_contains(t, "width=\"493\"");
	enf_free(t);
	for (int i = 0; i < 3; i++)
		enf_stats_report_free(r[i]);
}

/* Vietnamese: words, the decimal comma, dates. */
static void test_stats_chart__vietnamese(void **state)
{
	enf_period p = half_2025();
	enf_stats_report *r[2] = {report_of("LS-TP", 2, 1, 0, &p),
				  report_of("LB", 0, 0, 1, &p)};
	enf_chart_options o = defaults();
	char *t;

	(void)state;
	o.locale = ENF_LOCALE_VI;
	o.target = 8405;
	t = chart((const enf_stats_report *const *)r, 2, &o);
	assert_contains(t, ">Chỉ tiêu 84,05%</text>");
	assert_contains(t, ">66,67%</text>");
	assert_contains(t, "<title>LS-TP: 66,67%</title>");
	assert_contains(t, ">không có</text>");
	assert_contains(t, ">Tỷ lệ thi hành xong về việc, %</text>");
	assert_contains(t, ">Đơn vị, từ 01/10/2024 đến 31/03/2025</text>");
	assert_null(strstr(t, "66.67"));
	enf_free(t);
	o.measure = ENF_BY_MONEY;
	o.target = 5200;
	t = chart((const enf_stats_report *const *)r, 2, &o);
	assert_contains(t, ">Tỷ lệ thi hành xong về tiền, %</text>");
	assert_contains(t, ">Chỉ tiêu 52,00%</text>");
	assert_contains(t, ">66,67%</text>");
	enf_free(t);
	enf_stats_report_free(r[0]);
	enf_stats_report_free(r[1]);
}

/* 355 offices with long names: bars, 900 px wide, one row each. */
static void test_stats_chart__bars_355(void **state)
{
	enum { N = 355 };
	enf_period p = half_2025();
	enf_stats_report **r = calloc(N, sizeof(*r));
	char(*names)[96] = calloc(N, sizeof(*names));
	const char **np = calloc(N, sizeof(*np));
	enf_chart_options o = defaults();
	char unit[16], *t;

	(void)state;
	assert_non_null(r);
	assert_non_null(names);
	assert_non_null(np);
	for (int i = 0; i < N; i++) {
		snprintf(unit, sizeof(unit), "P%02d-KV%02d", i / 11 + 1,
			 i % 11 + 1);
		r[i] = report_of(unit, i % 4, 1, 0, &p);
		snprintf(names[i], sizeof(names[i]),
			 "Phòng Thi hành án dân sự khu vực %d – TP Hồ Chí "
			 "Minh",
			 i + 1);
		np[i] = names[i];
	}
	o.target = 8405;
	o.title = "355 offices";
	o.names = np;
	t = chart((const enf_stats_report *const *)r, N, &o);
	assert_contains(t, "width=\"900\" height=\"6520\"");
	assert_int_equal(occurrences(t, "class=\"unit\""), N);
	/* Every unit has a rate (0% is a bar of no width). */
	assert_int_equal(occurrences(t, "<rect"), 2 + N);
	assert_int_equal(occurrences(t, "<title>"), 1 + N);
	assert_contains(t, "width=\"0\" height=\"12\"");
	/* The full name in the tooltip, 27 characters and an ellipsis on
	 * the row: "Phòng Thi hành án dân sự kh…". */
	assert_contains(t, "<title>Phòng Thi hành án dân sự khu vực 2 – TP Hồ "
			   "Chí Minh: 50.00%</title>");
	assert_contains(t, ">Phòng Thi hành án dân sự kh…</text>");
	assert_int_equal(occurrences(t, "Phòng Thi hành án dân sự kh…"), N);
	assert_int_equal(occurrences(t, "class=\"target\""), 1);
	assert_contains(t, ">Target 84.05%</text>");
	enf_free(t);
	/* The units' own names when names is NULL. */
	o.names = NULL;
	o.label_chars = 10;
	o.title = NULL;
	t = chart((const enf_stats_report *const *)r, N, &o);
	assert_contains(t, "<title>P01-KV02: 50.00%</title>");
	/* 8 characters fit 10: no ellipsis. */
	assert_null(strstr(t, "…"));
	/* Without a title, the plot starts 30 px higher. */
	assert_contains(t, "width=\"900\" height=\"6490\"");
	enf_free(t);
	for (int i = 0; i < N; i++)
		enf_stats_report_free(r[i]);
	free(r);
	free(names);
	free(np);
}

/* AUTO switches at 12 units; a layout given wins. */
static void test_stats_chart__layout(void **state)
{
	enum { N = 20 };
	enf_period p = half_2025();
	enf_stats_report *r[N];
	enf_chart_options o = defaults();
	char unit[16], *t;

	(void)state;
	for (int i = 0; i < N; i++) {
		snprintf(unit, sizeof(unit), "U%02d", i);
		r[i] = report_of(unit, 1, 1, 0, &p);
	}
	t = chart((const enf_stats_report *const *)r, 12, &o);
	assert_null(strstr(t, "width=\"900\""));
	enf_free(t);
	t = chart((const enf_stats_report *const *)r, 13, &o);
	assert_contains(t, "width=\"900\"");
	enf_free(t);
	o.layout = ENF_CHART_COLUMNS;
	t = chart((const enf_stats_report *const *)r, N, &o);
	/* 72 + 20 x 70 + 40 = 1512 px. */
	assert_contains(t, "width=\"1512\"");
	assert_int_equal(occurrences(t, "class=\"unit\""), N);
	enf_free(t);
	o.layout = ENF_CHART_BARS;
	t = chart((const enf_stats_report *const *)r, 2, &o);
	assert_contains(t, "width=\"900\"");
	assert_int_equal(occurrences(t, "class=\"unit\""), 2);
	enf_free(t);
	for (int i = 0; i < N; i++)
		enf_stats_report_free(r[i]);
}

/* The caller's texts, a NULL entry of names, invalid UTF-8, periods that
 * differ, and the same bytes twice. */
static void test_stats_chart__texts(void **state)
{
	enf_period p = half_2025(), q = {ymd(2024, 10, 1), ymd(2025, 9, 30)};
	enf_stats_report *r[2] = {report_of("LS-TP", 1, 1, 0, &p),
				  report_of("LS-CL", 1, 0, 0, &q)};
	const char *names[2] = {NULL, "Cao\xff L\x01ng \"x\" 'y'"};
	enf_chart_options o = defaults();
	char *t, *u;

	(void)state;
	o.names = names;
	o.target = 0;
	o.target_label = "Goal <0>";
	o.value_title = "Rate & more";
	o.unit_title = "Offices of Lạng Sơn";
	t = chart((const enf_stats_report *const *)r, 2, &o);
	assert_contains(t, "<title>LS-TP: 50.00%</title>");
	assert_contains(t,
			"<title>Cao\xef\xbf\xbd L\xef\xbf\xbdng &quot;x&quot; "
			"&apos;y&apos;: 100.00%</title>");
	assert_contains(t, ">Goal &lt;0&gt;</text>");
	assert_contains(t, ">Rate &amp; more</text>");
	assert_contains(t, ">Offices of Lạng Sơn</text>");
	u = chart((const enf_stats_report *const *)r, 2, &o);
	assert_string_equal(t, u);
	enf_free(t);
	enf_free(u);
	o = defaults();
	t = chart((const enf_stats_report *const *)r, 2, &o);
	assert_contains(t, ">Units</text>");
	enf_free(t);
	enf_stats_report_free(r[0]);
	enf_stats_report_free(r[1]);
}

/* The sample register's six offices. */
static void test_stats_chart__sample(void **state)
{
	enf_period year = {ymd(2024, 10, 1), ymd(2025, 9, 30)};
	enf_register *reg = NULL;
	enf_stats_report **reps = NULL;
	size_t n = 0;
	char *t;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(reg, ENF_SAMPLE_DIR), ENF_OK);
	assert_int_equal(enf_stats_report_by_office(&reps, &n, reg, &year),
			 ENF_OK);
	assert_int_equal(n, 6);
	t = chart((const enf_stats_report *const *)reps, n, NULL);
	assert_int_equal(occurrences(t, "class=\"unit\""), 6);
	assert_contains(t, "<title>LS-TP: ");
	assert_contains(t, ">Units, 2024-10-01 to 2025-09-30</text>");
	enf_free(t);
	enf_stats_reports_free(reps, n);
	enf_register_free(reg);
}

static void assert_chart_fails(const enf_stats_report *const *reps, size_t n,
			       const enf_chart_options *o, const char *what)
{
	char *t = (char *)(uintptr_t)1;
	size_t len = 77;

	assert_int_not_equal(enf_stats_chart(&t, &len, reps, n, o), ENF_OK);
	assert_null(t);
	assert_int_equal(len, 77);
	assert_error_names("stats_chart", what);
}

static void test_stats_chart__bad_input(void **state)
{
	enf_period p = half_2025();
	enf_stats_report *r = report_of("LS-TP", 1, 1, 0, &p);
	const enf_stats_report *one[1] = {r}, *hole[2] = {r, NULL};
	enf_chart_options o = defaults();

	(void)state;
	assert_int_equal(enf_stats_chart(NULL, NULL, one, 1, NULL),
			 ENF_EINVALID);
	assert_error_names("stats_chart", "out");
	assert_chart_fails(NULL, 1, NULL, "reps is NULL");
	assert_chart_fails(one, 0, NULL, "count is 0");
	assert_chart_fails(one, 10001, NULL, "count is 10001");
	assert_chart_fails(hole, 2, NULL, "reps[1] is NULL");
	o.version = 0;
	assert_int_equal(enf_stats_chart(&(char *){NULL}, NULL, one, 1, &o),
			 ENF_EVERSION);
	assert_chart_fails(one, 1, &o, "opts->version");
	o.version = ENF_CHART_OPTIONS_VERSION + 1;
	assert_chart_fails(one, 1, &o, "opts->version");
	o = defaults();
	o.measure = (enf_measure)2;
	assert_chart_fails(one, 1, &o, "opts->measure is 2");
	o = defaults();
	o.target = 10001;
	assert_chart_fails(one, 1, &o, "opts->target is 10001");
	o.target = -2;
	assert_chart_fails(one, 1, &o, "opts->target is -2");
	o = defaults();
	o.locale = (enf_locale)3;
	assert_chart_fails(one, 1, &o, "opts->locale is 3");
	o = defaults();
	o.layout = (enf_chart_layout)3;
	assert_chart_fails(one, 1, &o, "opts->layout is 3");
	o = defaults();
	o.label_chars = 1;
	assert_chart_fails(one, 1, &o, "opts->label_chars is 1");
	o.label_chars = 201;
	assert_chart_fails(one, 1, &o, "opts->label_chars is 201");
	enf_stats_report_free(r);
}

/* ---------------------------------------------------------------------- */
/* The auction chart                                                       */

static enf_auction *sale_cut(const enf_auction_rules *rules, int64_t cut_ppm)
{
	enf_auction_options ao = ENF_AUCTION_OPTIONS_INIT;
	enf_auction_policy pol = ENF_AUCTION_POLICY_INIT;
	enf_auction *a = NULL;

	ao.value = 100000000;
	assert_int_equal(enf_auction_new(&a, rules, &ao), ENF_OK);
	pol.max_rounds = 4;
	pol.cut_ppm = cut_ppm;
	if (enf_auction_plan(a, &pol) != ENF_OK)
		fail_msg("%s", enf_last_error());
	return a;
}

static char *auction_chart(const enf_auction *const *s, const char *const *n,
			   size_t count, const enf_chart_options *o)
{
	char *t = NULL;
	size_t len = 0;

	if (enf_auction_chart(&t, &len, s, n, count, o) != ENF_OK)
		fail_msg("%s", enf_last_error());
	assert_int_equal(len, strlen(t));
	assert_memory_equal(t, "<svg xmlns=", 11);
	assert_string_equal(t + len - 7, "</svg>\n");
	assert_well_formed(t);
	return t;
}

/* Two cut policies under VN-2014: 10% and 5% of the price, by name. */
static void test_stats_chart__auction(void **state)
{
	enf_auction_rules *vn = NULL;
	enf_auction *a, *b;
	const enf_auction *two[2];
	const char *names[2] = {"Cuts of 10%",
				"Cuts of 5% <a long name for the legend>"};
	enf_chart_options o = defaults();
	char *t;

	(void)state;
	assert_int_equal(enf_auction_rules_builtin(&vn, "VN-2014"), ENF_OK);
	a = sale_cut(vn, 100000);
	b = sale_cut(vn, 50000);
	two[0] = a;
	two[1] = b;
	/* names NULL: both series are "VN-2014", as enf_auction_svg()
	 * labels them. */
	t = auction_chart(two, NULL, 2, NULL);
	assert_int_equal(occurrences(t, ">VN-2014</text>"), 2);
	assert_int_equal(occurrences(t, "class=\"series\""), 2);
	assert_contains(t, "<title>VN-2014, auction 2: 90.00%</title>");
	assert_contains(t, "<title>VN-2014, auction 2: 95.00%</title>");
	assert_contains(t, ">Starting price, % of appraised value</text>");
	assert_contains(t, ">Auction</text>");
	assert_null(strstr(t, "class=\"target\""));
	enf_free(t);
	o.target = 5000;
	o.title = "Two policies & one rule set";
	o.label_chars = 20;
	t = auction_chart(two, names, 2, &o);
	/* Four auctions a sale, one point each, a tooltip each. */
	assert_int_equal(occurrences(t, "<circle"), 8);
	assert_contains(t, "<title>Cuts of 10%, auction 3: 81.00%</title>");
	assert_contains(t, "<title>Cuts of 5% &lt;a long name for the "
			   "legend&gt;, auction 3: 90.25%</title>");
	assert_contains(t, ">Cuts of 10%</text>");
	assert_contains(t, ">Cuts of 5% &lt;a long …</text>");
	assert_contains(t, ">Target 50.00%</text>");
	assert_int_equal(occurrences(t, "class=\"target\""), 1);
	assert_contains(t, "Two policies &amp; one rule set");
	enf_free(t);
	o.locale = ENF_LOCALE_VI;
	o.target_label = "Một nửa giá trị";
	t = auction_chart(two, names, 2, &o);
	assert_contains(t, ", lần đấu giá 3: 81,00%</title>");
	assert_contains(t, ">90,25%</text>");
	assert_contains(t, ">Một nửa giá trị</text>");
	assert_contains(t, ">Giá khởi điểm, % giá trị thẩm định</text>");
	assert_contains(t, ">Lần đấu giá</text>");
	enf_free(t);
	enf_auction_free(a);
	enf_auction_free(b);
	enf_auction_rules_free(vn);
}

static void test_stats_chart__auction_bad_input(void **state)
{
	enf_auction_rules *vn = NULL;
	enf_auction *a;
	const enf_auction *many[17], *hole[2];
	enf_chart_options o = defaults();
	char *t = (char *)(uintptr_t)1;

	(void)state;
	assert_int_equal(enf_auction_rules_builtin(&vn, "VN-2014"), ENF_OK);
	a = sale_cut(vn, 100000);
	for (size_t i = 0; i < 17; i++)
		many[i] = a;
	hole[0] = a;
	hole[1] = NULL;
	assert_int_equal(enf_auction_chart(NULL, NULL, many, NULL, 1, NULL),
			 ENF_EINVALID);
	assert_error_names("auction_chart", "out");
	assert_int_equal(enf_auction_chart(&t, NULL, NULL, NULL, 1, NULL),
			 ENF_EINVALID);
	assert_error_names("auction_chart", "sales");
	assert_null(t);
	assert_int_equal(enf_auction_chart(&t, NULL, many, NULL, 0, NULL),
			 ENF_EINVALID);
	assert_error_names("auction_chart", "count is 0");
	assert_int_equal(enf_auction_chart(&t, NULL, many, NULL, 17, NULL),
			 ENF_EINVALID);
	assert_error_names("auction_chart", "count is 17");
	assert_int_equal(enf_auction_chart(&t, NULL, hole, NULL, 2, NULL),
			 ENF_EINVALID);
	assert_error_names("auction_chart", "sales[1] is NULL");
	o.version = 0;
	assert_int_equal(enf_auction_chart(&t, NULL, many, NULL, 1, &o),
			 ENF_EVERSION);
	assert_error_names("auction_chart", "opts->version");
	o = defaults();
	o.locale = (enf_locale)7;
	assert_int_equal(enf_auction_chart(&t, NULL, many, NULL, 1, &o),
			 ENF_EINVALID);
	assert_error_names("auction_chart", "opts->locale is 7");
	assert_null(t);
	enf_auction_free(a);
	enf_auction_rules_free(vn);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_chart__options_init),
		cmocka_unit_test(test_stats_chart__columns),
		cmocka_unit_test(test_stats_chart__vietnamese),
		cmocka_unit_test(test_stats_chart__bars_355),
		cmocka_unit_test(test_stats_chart__layout),
		cmocka_unit_test(test_stats_chart__texts),
		cmocka_unit_test(test_stats_chart__sample),
		cmocka_unit_test(test_stats_chart__bad_input),
		cmocka_unit_test(test_stats_chart__auction),
		cmocka_unit_test(test_stats_chart__auction_bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
