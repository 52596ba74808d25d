/*
 * Tests of enf_stats_table_with() (stats.h): rates, gaps to targets and
 * growth over last year in CSV (with ';' for Excel), Markdown, HTML and
 * the JSON form "enforcement-table/1"; and of ENF_TABLE_HTML through
 * enf_stats_table().
 *
 * The Lạng Sơn figures of the first six months of enforcement year 2025
 * (1 Oct 2024 - 31 Mar 2025; the press gives done and the rates, the
 * rest is filled in so that the identities hold):
 *   cases: carried over 4,000 = total = to enforce; with means 3,567,
 *     done 2,244, being enforced 1,323, without means 433, carried to the
 *     next period 4,000 - 2,244 = 1,756.
 *     Rate 2,244 / 3,567 = 0.629100... -> 62.91%; target 84.05% -> gap
 *     62.91 - 84.05 = -21.14 points.
 *   money (VND): carried over 1,000 bn; with means 915.7 bn, done
 *     281.2 bn, being enforced 634.5 bn, without means 84.3 bn, carried
 *     to next 718.8 bn. Rate 281.2 / 915.7 = 0.3070874... -> 30.71%;
 *     target 52.00% -> gap -21.29 points.
 * The same period of 2024 (1 Oct 2023 - 31 Mar 2024): cases with means
 *   3,400, done 2,103, being 1,297, without 400 (carried over 3,800);
 *   money with means 400 bn, done 111.4 bn, being 288.6 bn, without 50 bn
 *   (carried over 450 bn). Growth of done: cases (2,244 - 2,103) / 2,103
 *   = 141 / 2,103 = 0.067047... -> 6.70% (the press: +6.7%); money
 *   (281.2 - 111.4) / 111.4 = 169.8 / 111.4 = 1.524236... -> 152.42%
 *   (the press: +152.4%).
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

#ifndef ENF_SAMPLE_DIR
#error "ENF_SAMPLE_DIR must name examples/data/sample"
#endif

#define SENTINEL_TEXT ((char *)&sentinel_byte)
#define SENTINEL_LEN  ((size_t)0xdeadbeefu)
static char sentinel_byte;

/* Rows in the order of enf_indicator. */
enum { CO, RE, TO, EN, WD, TE, WM, DN, BE, PA, OT, WO, SB, RT, CN };

static const char *const row_names[ENF_IND_COUNT] = {"carried_over",
						     "received",
						     "total",
						     "entrusted",
						     "withdrawn",
						     "to_enforce",
						     "with_means",
						     "done",
						     "being_enforced",
						     "postponed_agreement",
						     "with_means_other",
						     "without_means",
						     "separate_book",
						     "returned",
						     "carried_next"};

/* A table of one measure from its base rows: carried over, with means,
 * done and without means (being enforced = with means - done). */
static void rows(int64_t *v, int64_t carried, int64_t with_means, int64_t done,
		 int64_t without)
{
	memset(v, 0, ENF_IND_COUNT * sizeof(*v));
	v[CO] = carried;
	v[TO] = carried;
	v[TE] = carried;
	v[WM] = with_means;
	v[DN] = done;
	v[BE] = with_means - done;
	v[WO] = without;
	v[CN] = carried - done;
}

static void put_rows(char *buf, size_t size, const int64_t *v)
{
	size_t n = strlen(buf);

	for (int r = 0; r < ENF_IND_COUNT; r++)
		n += (size_t)snprintf(buf + n, size - n, "%s\"%s\": %lld",
				      r ? ", " : "{", row_names[r],
				      (long long)v[r]);
	(void)snprintf(buf + n, size - n, "}");
}

/* A report of group "all" only, read from the JSON form of reports. */
static enf_stats_report *report(const char *unit, const char *first,
				const char *last, const int64_t *cases,
				const int64_t *money)
{
	static const char *const group_names[ENF_GROUP_COUNT] = {
		"all",	       "agency",     "request",
		"bank_credit", "corruption", "administrative"};
	static const int64_t zero[ENF_IND_COUNT];
	char json[8192];
	enf_stats_report *rep = NULL;

	(void)snprintf(json, sizeof(json),
		       "{\"format\": \"enforcement-report\", \"version\": 1, "
		       "\"unit\": \"%s\", \"period\": [\"%s\", \"%s\"], "
		       "\"groups\": {\"all\": {\"cases\": ",
		       unit, first, last);
	put_rows(json, sizeof(json), cases);
	(void)strcat(json, ", \"money\": ");
	put_rows(json, sizeof(json), money);
	(void)strcat(json, "}");
	/* Every case is on request (agency + request = all); the other
	 * groups hold nothing. */
	for (int g = 1; g < ENF_GROUP_COUNT; g++) {
		int req = g == ENF_GROUP_REQUEST;

		(void)snprintf(json + strlen(json), sizeof(json) - strlen(json),
			       ", \"%s\": {\"cases\": ", group_names[g]);
		put_rows(json, sizeof(json), req ? cases : zero);
		(void)strcat(json, ", \"money\": ");
		put_rows(json, sizeof(json), req ? money : zero);
		(void)strcat(json, "}");
	}
	(void)strcat(json, "}}");
	if (enf_stats_report_from_json(&rep, json) != ENF_OK)
		fail_msg("report %s: %s", unit, enf_last_error());
	return rep;
}

static enf_stats_report *langson(void)
{
	int64_t c[ENF_IND_COUNT], m[ENF_IND_COUNT];

	rows(c, 4000, 3567, 2244, 433);
	rows(m, 1000000000000, 915700000000, 281200000000, 84300000000);
	return report("Lạng Sơn", "2024-10-01", "2025-03-31", c, m);
}

static enf_stats_report *langson_2024(void)
{
	int64_t c[ENF_IND_COUNT], m[ENF_IND_COUNT];

	rows(c, 3800, 3400, 2103, 400);
	rows(m, 450000000000, 400000000000, 111400000000, 50000000000);
	return report("Lạng Sơn", "2023-10-01", "2024-03-31", c, m);
}

/* A unit with nothing with means: no rate, no gap. */
static enf_stats_report *empty_unit(const char *unit, const char *first,
				    const char *last)
{
	int64_t c[ENF_IND_COUNT], m[ENF_IND_COUNT];

	rows(c, 5, 0, 0, 5);
	rows(m, 3000000, 0, 0, 3000000);
	return report(unit, first, last, c, m);
}

static enf_table_options options(enf_table_format format, enf_locale locale)
{
	enf_table_options o;

	assert_int_equal(enf_table_options_init(&o, ENF_TABLE_OPTIONS_VERSION),
			 ENF_OK);
	o.format = format;
	o.locale = locale;
	return o;
}

static char *table_with(const enf_stats_report *const *reps, size_t n,
			const enf_table_options *o)
{
	char *text = SENTINEL_TEXT;
	size_t len = SENTINEL_LEN;

	if (enf_stats_table_with(&text, &len, reps, n, o) != ENF_OK)
		fail_msg("stats_table_with: %s", enf_last_error());
	assert_non_null(text);
	assert_int_equal(len, strlen(text));
	return text;
}

static size_t occurrences(const char *text, const char *what)
{
	size_t n = 0;

	for (const char *p = text; (p = strstr(p, what)) != NULL; p++)
		n++;
	return n;
}

#define assert_has(text, what)                                                 \
	do {                                                                   \
		if (strstr((text), (what)) == NULL)                            \
			fail_msg("missing \"%s\" in:\n%s", (what), (text));    \
	} while (0)

/* ---------------------------------------------------------------------- */
/* Options                                                                 */

static void test_stats_table__options_init(void **state)
{
	enf_table_options o, def = ENF_TABLE_OPTIONS_INIT, kept;

	(void)state;
	assert_int_equal(enf_table_options_init(&o, ENF_TABLE_OPTIONS_VERSION),
			 ENF_OK);
	assert_int_equal(o.version, 1);
	assert_int_equal(o.group, ENF_GROUP_ALL);
	assert_int_equal(o.format, ENF_TABLE_MARKDOWN);
	assert_int_equal(o.locale, ENF_LOCALE_EN);
	assert_int_equal(o.separator, ',');
	assert_null(o.previous);
	assert_int_equal(o.target_cases, -1);
	assert_int_equal(o.target_money, -1);
	assert_null(o.title);
	assert_int_equal(def.separator, ',');
	kept = o;
	assert_int_equal(enf_table_options_init(&o, 0), ENF_EVERSION);
	assert_error_names("table_options_init", "version");
	assert_int_equal(enf_table_options_init(&o, 2), ENF_EVERSION);
	/* Field by field: the padding between them is not a value. */
	assert_int_equal(o.version, kept.version);
	assert_int_equal(o.group, kept.group);
	assert_int_equal(o.format, kept.format);
	assert_int_equal(o.locale, kept.locale);
	assert_int_equal(o.separator, kept.separator);
	assert_ptr_equal(o.previous, kept.previous);
	assert_int_equal(o.target_cases, kept.target_cases);
	assert_int_equal(o.target_money, kept.target_money);
	assert_ptr_equal(o.title, kept.title);
	assert_int_equal(enf_table_options_init(NULL, 1), ENF_EINVALID);
	assert_error_names("table_options_init", "o");
}

/* ---------------------------------------------------------------------- */
/* Lạng Sơn                                                                */

static const char langson_json[] =
	"{\"schema\": \"enforcement-table/1\",\n"
	"\"title\": \"Lạng Sơn, 6 tháng đầu năm 2025\",\n"
	"\"basis\": {\"period\": {\"from\": \"2024-10-01\", \"to\": "
	"\"2025-03-31\"}, \"group\": \"all\", \"definitions\": "
	"{\"money_done\": \"collected\", \"partial_entrusted_done\": 1, "
	"\"unclassified_row\": \"with_means_other\"}, \"rate\": "
	"{\"precision\": 2, \"rounding\": \"half_up\"}, \"targets\": "
	"{\"cases\": {\"percent\": \"84.05\", \"hundredths\": 8405}, "
	"\"money\": {\"percent\": \"52.00\", \"hundredths\": 5200}}, "
	"\"growth\": true, \"previous_period\": {\"from\": \"2023-10-01\", "
	"\"to\": \"2024-03-31\"}},\n"
	"\"reports\": [\n"
	"{\"unit\": \"Lạng Sơn\", \"cases\": {\"carried_over\": 4000, "
	"\"received\": 0, \"total\": 4000, \"entrusted\": 0, "
	"\"withdrawn\": 0, \"to_enforce\": 4000, \"with_means\": 3567, "
	"\"done\": 2244, \"being_enforced\": 1323, "
	"\"postponed_agreement\": 0, \"with_means_other\": 0, "
	"\"without_means\": 433, \"separate_book\": 0, \"returned\": 0, "
	"\"carried_next\": 1756}, \"money\": {\"carried_over\": "
	"1000000000000, \"received\": 0, \"total\": 1000000000000, "
	"\"entrusted\": 0, \"withdrawn\": 0, \"to_enforce\": 1000000000000, "
	"\"with_means\": 915700000000, \"done\": 281200000000, "
	"\"being_enforced\": 634500000000, \"postponed_agreement\": 0, "
	"\"with_means_other\": 0, \"without_means\": 84300000000, "
	"\"separate_book\": 0, \"returned\": 0, \"carried_next\": "
	"718800000000}, "
	"\"rates\": {\"cases\": {\"percent\": \"62.91\", \"hundredths\": "
	"6291}, \"money\": {\"percent\": \"30.71\", \"hundredths\": 3071}}, "
	"\"gaps\": {\"cases\": {\"points\": \"-21.14\", \"hundredths\": "
	"-2114}, \"money\": {\"points\": \"-21.29\", \"hundredths\": -2129}}, "
	"\"growth\": {\"cases\": {\"previous_done\": 2103, \"percent\": "
	"\"6.70\", \"hundredths\": 670}, \"money\": {\"previous_done\": "
	"111400000000, \"percent\": \"152.42\", \"hundredths\": 15242}}}\n"
	"]}\n";

static void test_stats_table__langson_json(void **state)
{
	enf_stats_report *now = langson(), *before = langson_2024();
	const enf_stats_report *reps[1] = {now}, *prev[1] = {before};
	enf_table_options o = options(ENF_TABLE_JSON, ENF_LOCALE_VI);
	char *text;

	(void)state;
	o.target_cases = 8405;
	o.target_money = 5200;
	o.previous = prev;
	o.title = "Lạng Sơn, 6 tháng đầu năm 2025";
	text = table_with(reps, 1, &o);
	assert_string_equal(text, langson_json);
	enf_free(text);
	/* Without targets, previous and title: nulls and false. */
	o = options(ENF_TABLE_JSON, ENF_LOCALE_EN);
	text = table_with(reps, 1, &o);
	assert_has(text, "\"title\": null,\n");
	assert_has(text, "\"targets\": {\"cases\": null, \"money\": null}, "
			 "\"growth\": false, \"previous_period\": null}");
	assert_has(text, "\"gaps\": {\"cases\": null, \"money\": null}, "
			 "\"growth\": {\"cases\": null, \"money\": null}}");
	assert_has(text, "\"percent\": \"62.91\", \"hundredths\": 6291}");
	enf_free(text);
	enf_stats_report_free(now);
	enf_stats_report_free(before);
}

/* "csv-excel": a byte-order mark, ';' between fields, the Vietnamese
 * decimal comma unquoted. */
static const char langson_csv_excel[] =
	"\xef\xbb\xbf"
	"Chỉ tiêu;Lạng Sơn việc;Lạng Sơn tiền;\"Đơn vị; khác việc\";"
	"\"Đơn vị; khác tiền\"\r\n"
	"Số cũ chuyển sang;4000;1000000000000;5;3000000\r\n"
	"Số mới thụ lý;0;0;0;0\r\n"
	"Tổng số thụ lý;4000;1000000000000;5;3000000\r\n"
	"Ủy thác;0;0;0;0\r\n"
	"Thu hồi, hủy quyết định;0;0;0;0\r\n"
	"Số phải thi hành;4000;1000000000000;5;3000000\r\n"
	"Có điều kiện thi hành;3567;915700000000;0;0\r\n"
	"Thi hành xong;2244;281200000000;0;0\r\n"
	"Đang thi hành;1323;634500000000;0;0\r\n"
	"Hoãn theo điểm c khoản 1 Điều 48;0;0;0;0\r\n"
	"Khác;0;0;0;0\r\n"
	"Chưa có điều kiện;433;84300000000;5;3000000\r\n"
	"Chuyển sổ theo dõi riêng;0;0;0;0\r\n"
	"Trả lại đơn yêu cầu;0;0;0;0\r\n"
	"Chuyển kỳ sau;1756;718800000000;5;3000000\r\n"
	"Tỷ lệ thi hành xong về việc;62,91%;;;\r\n"
	"Tỷ lệ thi hành xong về tiền;;30,71%;;\r\n"
	"Chỉ tiêu được giao;84,05%;52,00%;84,05%;52,00%\r\n"
	"Chênh lệch so với chỉ tiêu (điểm %);-21,14;-21,29;;\r\n"
	"Thi hành xong cùng kỳ năm trước;2103;111400000000;;\r\n"
	"Tăng/giảm thi hành xong so với cùng kỳ;+6,70%;+152,42%;;\r\n";

static void test_stats_table__csv_excel(void **state)
{
	enf_stats_report *now = langson(), *before = langson_2024();
	enf_stats_report *other =
		empty_unit("Đơn vị; khác", "2024-10-01", "2025-03-31");
	const enf_stats_report *reps[2] = {now, other};
	const enf_stats_report *prev[2] = {before, NULL};
	enf_table_options o = options(ENF_TABLE_CSV_BOM, ENF_LOCALE_VI);
	char *text;

	(void)state;
	o.separator = ';';
	o.target_cases = 8405;
	o.target_money = 5200;
	o.previous = prev;
	o.title = "not in CSV";
	text = table_with(reps, 2, &o);
	assert_string_equal(text, langson_csv_excel);
	enf_free(text);
	/* With ',' the same rates are quoted, and the gap is signed. */
	o.separator = ',';
	o.format = ENF_TABLE_CSV;
	o.locale = ENF_LOCALE_EN;
	text = table_with(reps, 2, &o);
	assert_has(text, "\r\nGap to target (points),-21.14,-21.29,,\r\n");
	assert_has(text, "\r\nGrowth of done,+6.70%,+152.42%,,\r\n");
	assert_has(text, "\r\nTarget,84.05%,52.00%,84.05%,52.00%\r\n");
	assert_has(text, "Indicator,Lạng Sơn cases,Lạng Sơn money,Đơn vị; "
			 "khác cases,");
	enf_free(text);
	enf_stats_report_free(now);
	enf_stats_report_free(before);
	enf_stats_report_free(other);
}

static void test_stats_table__html(void **state)
{
	enf_stats_report *now = langson(), *before = langson_2024();
	const enf_stats_report *reps[1] = {now}, *prev[1] = {before};
	enf_table_options o = options(ENF_TABLE_HTML, ENF_LOCALE_EN);
	char *text;

	(void)state;
	o.target_cases = 8405;
	o.target_money = 5200;
	o.previous = prev;
	o.title = "Lạng Sơn <H1> & \"2025\"";
	text = table_with(reps, 1, &o);
	assert_true(strncmp(text, "<table class=\"enf-table\">\n<caption>",
			    35) == 0);
	assert_has(text, "<caption>Lạng Sơn &lt;H1&gt; &amp; "
			 "&quot;2025&quot;</caption>\n");
	assert_has(text, "<th scope=\"colgroup\" colspan=\"2\">Lạng "
			 "Sơn</th>");
	assert_has(text, "<th scope=\"col\">Cases</th><th "
			 "scope=\"col\">Money</th>");
	assert_has(text, "<tr><th scope=\"row\">Done</th><td>2,244</td>"
			 "<td>281,200,000,000 VND</td></tr>\n");
	assert_has(text, "<tr class=\"enf-rate\"><th scope=\"row\">Completion "
			 "rate by cases</th><td>62.91%</td><td></td></tr>\n");
	assert_has(text, "<tr class=\"enf-gap\"><th scope=\"row\">Gap to "
			 "target (points)</th><td>-21.14</td><td>-21.29</td>"
			 "</tr>\n");
	assert_has(text, "<tr class=\"enf-growth\"><th scope=\"row\">Growth "
			 "of done</th><td>+6.70%</td><td>+152.42%</td></tr>\n");
	/* Two header rows and 15 + 2 + 2 + 2 body rows. */
	assert_int_equal(occurrences(text, "<tr"), 23);
	assert_int_equal(occurrences(text, "<th scope=\"row\">"), 21);
	assert_null(strstr(text, "<script"));
	assert_null(strstr(text, "style"));
	assert_true(strcmp(text + strlen(text) - 18, "</tbody>\n</table>\n") ==
		    0);
	enf_free(text);
	/* Vietnamese: grouped with '.', the decimal comma. */
	o.locale = ENF_LOCALE_VI;
	o.title = NULL;
	text = table_with(reps, 1, &o);
	assert_null(strstr(text, "<caption>"));
	assert_has(text, "<th scope=\"row\">Thi hành xong</th><td>2.244</td>"
			 "<td>281.200.000.000 đ</td></tr>");
	assert_has(text, "<td>62,91%</td>");
	assert_has(text, "<td>-21,14</td><td>-21,29</td>");
	enf_free(text);
	enf_stats_report_free(now);
	enf_stats_report_free(before);
}

static void test_stats_table__markdown_title(void **state)
{
	enf_stats_report *now = langson();
	const enf_stats_report *reps[1] = {now};
	enf_table_options o = options(ENF_TABLE_MARKDOWN, ENF_LOCALE_EN);
	char *text;

	(void)state;
	o.title = "Lạng Sơn | *H1*";
	o.target_cases = 8405;
	text = table_with(reps, 1, &o);
	assert_true(strncmp(text,
			    "Lạng Sơn \\| \\*H1\\*\n\n| Indicator | Lạng Sơn "
			    "cases | Lạng Sơn money |\n",
			    strlen("Lạng Sơn \\| \\*H1\\*\n\n| Indicator | "
				   "Lạng Sơn cases | Lạng Sơn money |\n")) ==
		    0);
	/* Only the cases target: the money cells stay empty. */
	assert_has(text, "\n| Target | 84.05% |  |\n"
			 "| Gap to target (points) | -21.14 |  |\n");
	assert_has(text, "| Done | 2244 | 281,200,000,000 VND |\n");
	assert_null(strstr(text, "Growth"));
	enf_free(text);
	enf_stats_report_free(now);
}

/* enf_stats_table() is enf_stats_table_with() with default options in
 * every grid format, HTML included. */
static void test_stats_table__same_as_table(void **state)
{
	enf_stats_report *now = langson();
	enf_stats_report *other =
		empty_unit("Cao <&> Lạng", "2024-10-01", "2025-03-31");
	const enf_stats_report *reps[2] = {now, other};
	const enf_table_format formats[] = {ENF_TABLE_CSV, ENF_TABLE_CSV_BOM,
					    ENF_TABLE_MARKDOWN, ENF_TABLE_HTML};

	(void)state;
	for (size_t f = 0; f < 4; f++) {
		for (int l = 0; l < 3; l++) {
			enf_table_options o =
				options(formats[f], (enf_locale)l);
			char *a = NULL, *b;
			size_t len = 0;

			o.group = ENF_GROUP_REQUEST;
			assert_int_equal(enf_stats_table(&a, &len, reps, 2,
							 ENF_GROUP_REQUEST,
							 formats[f],
							 (enf_locale)l),
					 ENF_OK);
			b = table_with(reps, 2, &o);
			assert_string_equal(a, b);
			assert_int_equal(len, strlen(b));
			enf_free(a);
			enf_free(b);
		}
	}
	enf_stats_report_free(now);
	enf_stats_report_free(other);
}

/* Growth with nothing done last year is undefined; a missing report of
 * last year leaves its growth null. */
static void test_stats_table__growth_edges(void **state)
{
	enf_stats_report *now = langson();
	enf_stats_report *zero =
		empty_unit("Lạng Sơn", "2023-10-01", "2024-03-31");
	const enf_stats_report *reps[1] = {now}, *prev[1] = {zero};
	enf_table_options o = options(ENF_TABLE_JSON, ENF_LOCALE_EN);
	char *text;

	(void)state;
	o.previous = prev;
	enf_error_clear();
	text = table_with(reps, 1, &o);
	assert_has(text, "\"growth\": {\"cases\": {\"previous_done\": 0, "
			 "\"percent\": null, \"hundredths\": null}, "
			 "\"money\": {\"previous_done\": 0, \"percent\": "
			 "null, \"hundredths\": null}}");
	enf_free(text);
	o.format = ENF_TABLE_MARKDOWN;
	text = table_with(reps, 1, &o);
	assert_has(text, "| Done in the same period last year | 0 | 0 VND |\n"
			 "| Growth of done |  |  |\n");
	enf_free(text);
	/* Undefined growth fails nothing: no message is left behind. */
	assert_int_equal(enf_last_status(), ENF_OK);
	enf_stats_report_free(now);
	enf_stats_report_free(zero);
}

/* ---------------------------------------------------------------------- */
/* The sample register                                                     */

static void test_stats_table__sample(void **state)
{
	enf_register *reg = NULL;
	enf_stats_report **reps = NULL;
	size_t n = 0;
	enf_period year;
	enf_table_options o = options(ENF_TABLE_JSON, ENF_LOCALE_EN);
	char *text, want[96];

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	if (enf_io_load_csv_dir(reg, ENF_SAMPLE_DIR) != ENF_OK)
		fail_msg("loading %s: %s", ENF_SAMPLE_DIR, enf_last_error());
	assert_int_equal(enf_report_cumulative(&year, 2025, 12), ENF_OK);
	assert_int_equal(enf_stats_report_by_office(&reps, &n, reg, &year),
			 ENF_OK);
	assert_true(n >= 2);
	o.target_cases = 8390;
	o.target_money = 5190;
	text = table_with((const enf_stats_report *const *)reps, n, &o);
	assert_has(text, "\"period\": {\"from\": \"2024-10-01\", \"to\": "
			 "\"2025-09-30\"}");
	assert_int_equal(occurrences(text, "\"unit\": "), n);
	for (size_t i = 0; i < n; i++) {
		int64_t rate, gap;

		assert_int_equal(enf_stats_report_rate(&rate, reps[i],
						       ENF_GROUP_ALL,
						       ENF_BY_CASES, NULL),
				 ENF_OK);
		assert_int_equal(enf_percent_points(&gap, rate, 8390), ENF_OK);
		(void)snprintf(want, sizeof(want),
			       "\"rates\": {\"cases\": {\"percent\": "
			       "\"%lld.%02lld\", \"hundredths\": %lld}",
			       (long long)(rate / 100), (long long)(rate % 100),
			       (long long)rate);
		assert_has(text, want);
		(void)snprintf(want, sizeof(want),
			       "\"gaps\": {\"cases\": {\"points\": "
			       "\"%s%lld.%02lld\", \"hundredths\": %lld}",
			       gap < 0 ? "-" : "", (long long)llabs(gap) / 100,
			       (long long)llabs(gap) % 100, (long long)gap);
		assert_has(text, want);
	}
	enf_free(text);
	enf_stats_reports_free(reps, n);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* Bad input                                                               */

/* Asserts a failure with out set to NULL, len left alone and a message
 * naming the function and the field. */
static void assert_fails(const enf_stats_report *const *reps, size_t n,
			 const enf_table_options *o, enf_status want,
			 const char *field)
{
	char *text = SENTINEL_TEXT;
	size_t len = SENTINEL_LEN;

	assert_int_equal(enf_stats_table_with(&text, &len, reps, n, o), want);
	assert_null(text);
	assert_int_equal(len, SENTINEL_LEN);
	assert_error_names("stats_table_with", field);
}

static void test_stats_table__bad_options(void **state)
{
	enf_stats_report *now = langson();
	const enf_stats_report *reps[1] = {now};
	enf_table_options o = options(ENF_TABLE_CSV, ENF_LOCALE_VI);
	size_t len = SENTINEL_LEN;

	(void)state;
	assert_int_equal(enf_stats_table_with(NULL, &len, reps, 1, &o),
			 ENF_EINVALID);
	assert_error_names("stats_table_with", "out");
	assert_fails(NULL, 1, &o, ENF_EINVALID, "reps is NULL");
	assert_fails(reps, 0, &o, ENF_EINVALID, "count is 0");
	o.version = 0;
	assert_fails(reps, 1, &o, ENF_EVERSION, "version");
	o.version = 2;
	assert_fails(reps, 1, &o, ENF_EVERSION, "version");
	o = options(ENF_TABLE_CSV, ENF_LOCALE_VI);
	o.group = (enf_stats_group)6;
	assert_fails(reps, 1, &o, ENF_EINVALID, "opts->group is 6");
	o = options((enf_table_format)5, ENF_LOCALE_VI);
	assert_fails(reps, 1, &o, ENF_EINVALID, "opts->format is 5");
	o = options(ENF_TABLE_CSV, (enf_locale)3);
	assert_fails(reps, 1, &o, ENF_EINVALID, "opts->locale is 3");
	o = options(ENF_TABLE_CSV, ENF_LOCALE_VI);
	o.separator = '\t';
	assert_fails(reps, 1, &o, ENF_EINVALID, "opts->separator");
	o.separator = ';';
	o.target_cases = 10001;
	assert_fails(reps, 1, &o, ENF_EINVALID, "opts->target_cases is 10001");
	o.target_cases = -1;
	o.target_money = -2;
	assert_fails(reps, 1, &o, ENF_EINVALID, "opts->target_money is -2");
	o.target_money = 5200;
	o.title = "bad \xff title";
	assert_fails(reps, 1, &o, ENF_EINVALID, "opts->title");
	enf_stats_report_free(now);
}

static void test_stats_table__bad_reports(void **state)
{
	enf_stats_report *now = langson(), *before = langson_2024();
	enf_stats_report *wrong =
		empty_unit("Lạng Sơn", "2023-10-01", "2024-06-30");
	enf_stats_report *paid = NULL, *paid_before = NULL;
	enf_stats_report_options ro;
	enf_period p = {ymd(2024, 10, 1), ymd(2025, 3, 31)};
	const enf_stats_report *reps[2] = {now, NULL};
	const enf_stats_report *prev[2] = {NULL, wrong};
	enf_table_options o = options(ENF_TABLE_JSON, ENF_LOCALE_EN);

	(void)state;
	assert_fails(reps, 2, &o, ENF_EINVALID, "reps[1] is NULL");
	/* Another period side by side. */
	reps[1] = before;
	assert_fails(reps, 2, &o, ENF_EINVALID, "reps[1]: period differs");
	/* Other definitions side by side. */
	assert_int_equal(enf_stats_report_options_init(
				 &ro, ENF_STATS_REPORT_OPTIONS_VERSION),
			 ENF_OK);
	ro.money_done = ENF_MONEY_DONE_PAID_OUT;
	assert_int_equal(enf_stats_report_new_with(&paid, "Paid", &p, &ro),
			 ENF_OK);
	reps[1] = paid;
	assert_fails(reps, 2, &o, ENF_EINVALID, "reps[1]");
	assert_error_names("stats_table_with", "paid out");
	/* Last year's report of another period, or other definitions. */
	reps[1] = now;
	o.previous = prev;
	assert_fails(reps, 2, &o, ENF_EINVALID,
		     "opts->previous[1]: period 2023-10-01..2024-06-30 is "
		     "not the same period last year (2023-10-01..2024-03-31)");
	p.first = ymd(2023, 10, 1);
	p.last = ymd(2024, 3, 31);
	assert_int_equal(
		enf_stats_report_new_with(&paid_before, "Paid", &p, &ro),
		ENF_OK);
	prev[1] = paid_before;
	assert_fails(reps, 2, &o, ENF_EINVALID, "opts->previous[1]");
	assert_error_names("stats_table_with", "same definitions");
	enf_stats_report_free(paid_before);
	enf_stats_report_free(now);
	enf_stats_report_free(before);
	enf_stats_report_free(wrong);
	enf_stats_report_free(paid);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_table__options_init),
		cmocka_unit_test(test_stats_table__langson_json),
		cmocka_unit_test(test_stats_table__csv_excel),
		cmocka_unit_test(test_stats_table__html),
		cmocka_unit_test(test_stats_table__markdown_title),
		cmocka_unit_test(test_stats_table__same_as_table),
		cmocka_unit_test(test_stats_table__growth_edges),
		cmocka_unit_test(test_stats_table__sample),
		cmocka_unit_test(test_stats_table__bad_options),
		cmocka_unit_test(test_stats_table__bad_reports),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
