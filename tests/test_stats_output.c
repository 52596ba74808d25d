/*
 * Tests of the output of stats.h: enf_stats_table() as CSV (with and
 * without a byte-order mark), Markdown and JSON, and enf_stats_svg().
 *
 * The reports are built from hand-made cases over the first six months of
 * enforcement year 2025 (2024-10-01 .. 2025-03-31), and every expected
 * text is written out by hand from the contract in stats.h:
 *
 * LS-TP (three cases decided in the period):
 *   1  agency, court fee 1,000,000: decided 4 Nov, collected in full and
 *      done 2 Dec                        -> done; money done 1,000,000
 *   2  on request, 4,000,000: decided 20 Oct, with means 20 Nov, 1,000,000
 *      collected 10 Jan                  -> being enforced; money done
 *                                           1,000,000, being 3,000,000
 *   3  on request, 3,000,000: decided 5 Dec, without means 15 Jan
 *   cases: received 3 = total = to enforce; with means 2 = done 1 + being
 *   1; without 1; carried to next 3 - 1 = 2; rate 1/2 = 50.00%.
 *   money: received 8,000,000; with means 1M + 4M = 5,000,000; done 1M +
 *   1M = 2,000,000; being 3,000,000; without 3,000,000; carried to next
 *   8M - 2M = 6,000,000; rate 2/5 = 40.00%.
 * Lộc Bình, "LB" (a comma and quotes, for CSV quoting): one case on
 *   request, 3,000,000, without means: nothing with means, so both rates
 *   are undefined ("" and null).
 * Cao <&> Lạng (for XML escaping): one case like case 1: 100.00%.
 *
 * Chart geometry (stats_output.c): the plot spans x 60 .. 60 + 70 n and
 * y 300 (0%) .. 50 (100%); a rate r in hundredths is (250 r + 5000) /
 * 10000 pixels high: 50.00% -> 125, 40.00% -> 100, 100.00% -> 250, the
 * target 84.05% -> 2106250 / 10000 = 210 (y 90).
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

/* A value no output takes, to see outputs set or left alone. */
#define SENTINEL_TEXT ((char *)&sentinel_byte)
#define SENTINEL_LEN  ((size_t)0xdeadbeefu)
static char sentinel_byte;

/* ---------------------------------------------------------------------- */
/* Building reports                                                        */

static enf_period half_2025(void)
{
	enf_period p = {ymd(2024, 10, 1), ymd(2025, 3, 31)};

	return p;
}

/* A case with a debtor (party 0) and a creditor (party 1) owing amount. */
static enf_case *new_case(const char *office, const char *no, enf_mode mode,
			  enf_date decided, enf_obligation_kind kind,
			  enf_money amount)
{
	enf_case_info info;
	enf_case *c = NULL;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Nguyễn Văn An",
			    NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
			      "Hoàng Thị Bình", NULL};
	enf_obligation o = {kind, amount, 0, 1, 0};

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

/* Counts c into rep and frees it. */
static void count(enf_stats_report *rep, enf_case *c)
{
	assert_int_equal(enf_stats_report_add_case(rep, c), ENF_OK);
	enf_case_free(c);
}

static enf_stats_report *new_report(const char *unit, const enf_period *p)
{
	enf_stats_report *rep = NULL;

	assert_int_equal(enf_stats_report_new(&rep, unit, p), ENF_OK);
	assert_non_null(rep);
	return rep;
}

/* Case 1: an agency court fee collected in full, done. */
static enf_case *case_done(const char *office)
{
	enf_case *c = new_case(office, "1/QĐ-CCTHADS", ENF_MODE_AGENCY,
			       ymd(2024, 11, 4), ENF_OBL_COURT_FEE, 1000000);

	event(c, ENF_EV_DECISION_ISSUED, ymd(2024, 11, 4), 0, 0);
	event(c, ENF_EV_COLLECTED, ymd(2024, 12, 2), 0, 1000000);
	event(c, ENF_EV_DONE, ymd(2024, 12, 2), 0, 0);
	return c;
}

/* A case on request decided on `decided` and found without means. */
static enf_case *case_without(const char *office, const char *no,
			      enf_date received, enf_date decided,
			      enf_date classified)
{
	enf_case *c = new_case(office, no, ENF_MODE_REQUEST, decided,
			       ENF_OBL_OTHER_MONEY, 3000000);

	event(c, ENF_EV_REQUEST_RECEIVED, received, 0, 0);
	event(c, ENF_EV_DECISION_ISSUED, decided, 0, 0);
	event(c, ENF_EV_CLASSIFIED, classified, 0, 0);
	return c;
}

static enf_stats_report *report_ls(void)
{
	enf_period p = half_2025();
	enf_stats_report *rep = new_report("LS-TP", &p);
	enf_case *c;

	count(rep, case_done("LS-TP"));
	c = new_case("LS-TP", "2/QĐ-CCTHADS", ENF_MODE_REQUEST,
		     ymd(2024, 10, 20), ENF_OBL_OTHER_MONEY, 4000000);
	event(c, ENF_EV_REQUEST_RECEIVED, ymd(2024, 10, 15), 0, 0);
	event(c, ENF_EV_DECISION_ISSUED, ymd(2024, 10, 20), 0, 0);
	event(c, ENF_EV_CLASSIFIED, ymd(2024, 11, 20), 1, 0);
	event(c, ENF_EV_COLLECTED, ymd(2025, 1, 10), 0, 1000000);
	count(rep, c);
	count(rep, case_without("LS-TP", "3/QĐ-CCTHADS", ymd(2024, 12, 1),
				ymd(2024, 12, 5), ymd(2025, 1, 15)));
	assert_int_equal(enf_stats_report_check(rep), ENF_OK);
	return rep;
}

static enf_stats_report *report_lb(void)
{
	enf_period p = half_2025();
	enf_stats_report *rep = new_report("Lộc Bình, \"LB\"", &p);

	count(rep, case_without("LB", "4/QĐ-CCTHADS", ymd(2024, 10, 2),
				ymd(2024, 10, 7), ymd(2024, 11, 7)));
	return rep;
}

static enf_stats_report *report_cl(void)
{
	enf_period p = half_2025();
	enf_stats_report *rep = new_report("Cao <&> Lạng", &p);

	count(rep, case_done("CL"));
	return rep;
}

/* The two reports of the table tests, LS-TP then Lộc Bình. */
typedef struct pair {
	enf_stats_report *reps[2];
} pair;

static pair new_pair(void)
{
	pair p = {{report_ls(), report_lb()}};

	return p;
}

static void free_pair(pair *p)
{
	enf_stats_report_free(p->reps[0]);
	enf_stats_report_free(p->reps[1]);
}

/* The table of the pair in a format and locale. */
static char *table(const pair *p, enf_stats_group group,
		   enf_table_format format, enf_locale locale, size_t *len)
{
	char *text = SENTINEL_TEXT;

	*len = SENTINEL_LEN;
	assert_int_equal(
		enf_stats_table(&text, len,
				(const enf_stats_report *const *)p->reps, 2,
				group, format, locale),
		ENF_OK);
	assert_non_null(text);
	assert_int_equal(*len, strlen(text));
	return text;
}

/* ---------------------------------------------------------------------- */
/* Expected texts                                                          */

static const char csv_en[] =
	"Indicator,LS-TP cases,LS-TP money,\"Lộc Bình, \"\"LB\"\" cases\","
	"\"Lộc Bình, \"\"LB\"\" money\"\r\n"
	"Carried over,0,0,0,0\r\n"
	"Received,3,8000000,1,3000000\r\n"
	"Total,3,8000000,1,3000000\r\n"
	"Entrusted,0,0,0,0\r\n"
	"Withdrawn or annulled,0,0,0,0\r\n"
	"To enforce,3,8000000,1,3000000\r\n"
	"With means,2,5000000,0,0\r\n"
	"Done,1,2000000,0,0\r\n"
	"Being enforced,1,3000000,0,0\r\n"
	"Postponed under Art 48(1)(c),0,0,0,0\r\n"
	"Other with means,0,0,0,0\r\n"
	"Without means,1,3000000,1,3000000\r\n"
	"Separate book,0,0,0,0\r\n"
	"Request returned,0,0,0,0\r\n"
	"Carried to next period,2,6000000,1,3000000\r\n"
	"Completion rate by cases,50.00%,,,\r\n"
	"Completion rate by money,,40.00%,,\r\n";

/* Vietnamese: the withdrawn row and the rates hold a comma, so they are
 * quoted. */
static const char csv_vi[] =
	"Chỉ tiêu,LS-TP việc,LS-TP tiền,\"Lộc Bình, \"\"LB\"\" việc\","
	"\"Lộc Bình, \"\"LB\"\" tiền\"\r\n"
	"Số cũ chuyển sang,0,0,0,0\r\n"
	"Số mới thụ lý,3,8000000,1,3000000\r\n"
	"Tổng số thụ lý,3,8000000,1,3000000\r\n"
	"Ủy thác,0,0,0,0\r\n"
	"\"Thu hồi, hủy quyết định\",0,0,0,0\r\n"
	"Số phải thi hành,3,8000000,1,3000000\r\n"
	"Có điều kiện thi hành,2,5000000,0,0\r\n"
	"Thi hành xong,1,2000000,0,0\r\n"
	"Đang thi hành,1,3000000,0,0\r\n"
	"Hoãn theo điểm c khoản 1 Điều 48,0,0,0,0\r\n"
	"Khác,0,0,0,0\r\n"
	"Chưa có điều kiện,1,3000000,1,3000000\r\n"
	"Chuyển sổ theo dõi riêng,0,0,0,0\r\n"
	"Trả lại đơn yêu cầu,0,0,0,0\r\n"
	"Chuyển kỳ sau,2,6000000,1,3000000\r\n"
	"Tỷ lệ thi hành xong về việc,\"50,00%\",,,\r\n"
	"Tỷ lệ thi hành xong về tiền,,\"40,00%\",,\r\n";

static const char md_vi[] =
	"| Chỉ tiêu | LS-TP việc | LS-TP tiền | Lộc Bình, \"LB\" việc "
	"| Lộc Bình, \"LB\" tiền |\n"
	"| :--- | ---: | ---: | ---: | ---: |\n"
	"| Số cũ chuyển sang | 0 | 0 đ | 0 | 0 đ |\n"
	"| Số mới thụ lý | 3 | 8.000.000 đ | 1 | 3.000.000 đ |\n"
	"| Tổng số thụ lý | 3 | 8.000.000 đ | 1 | 3.000.000 đ |\n"
	"| Ủy thác | 0 | 0 đ | 0 | 0 đ |\n"
	"| Thu hồi, hủy quyết định | 0 | 0 đ | 0 | 0 đ |\n"
	"| Số phải thi hành | 3 | 8.000.000 đ | 1 | 3.000.000 đ |\n"
	"| Có điều kiện thi hành | 2 | 5.000.000 đ | 0 | 0 đ |\n"
	"| Thi hành xong | 1 | 2.000.000 đ | 0 | 0 đ |\n"
	"| Đang thi hành | 1 | 3.000.000 đ | 0 | 0 đ |\n"
	"| Hoãn theo điểm c khoản 1 Điều 48 | 0 | 0 đ | 0 | 0 đ |\n"
	"| Khác | 0 | 0 đ | 0 | 0 đ |\n"
	"| Chưa có điều kiện | 1 | 3.000.000 đ | 1 | 3.000.000 đ |\n"
	"| Chuyển sổ theo dõi riêng | 0 | 0 đ | 0 | 0 đ |\n"
	"| Trả lại đơn yêu cầu | 0 | 0 đ | 0 | 0 đ |\n"
	"| Chuyển kỳ sau | 2 | 6.000.000 đ | 1 | 3.000.000 đ |\n"
	"| Tỷ lệ thi hành xong về việc | 50,00% |  |  |  |\n"
	"| Tỷ lệ thi hành xong về tiền |  | 40,00% |  |  |\n";

static const char md_en[] =
	"| Indicator | LS-TP cases | LS-TP money | Lộc Bình, \"LB\" cases "
	"| Lộc Bình, \"LB\" money |\n"
	"| :--- | ---: | ---: | ---: | ---: |\n"
	"| Carried over | 0 | 0 VND | 0 | 0 VND |\n"
	"| Received | 3 | 8,000,000 VND | 1 | 3,000,000 VND |\n"
	"| Total | 3 | 8,000,000 VND | 1 | 3,000,000 VND |\n"
	"| Entrusted | 0 | 0 VND | 0 | 0 VND |\n"
	"| Withdrawn or annulled | 0 | 0 VND | 0 | 0 VND |\n"
	"| To enforce | 3 | 8,000,000 VND | 1 | 3,000,000 VND |\n"
	"| With means | 2 | 5,000,000 VND | 0 | 0 VND |\n"
	"| Done | 1 | 2,000,000 VND | 0 | 0 VND |\n"
	"| Being enforced | 1 | 3,000,000 VND | 0 | 0 VND |\n"
	"| Postponed under Art 48(1)(c) | 0 | 0 VND | 0 | 0 VND |\n"
	"| Other with means | 0 | 0 VND | 0 | 0 VND |\n"
	"| Without means | 1 | 3,000,000 VND | 1 | 3,000,000 VND |\n"
	"| Separate book | 0 | 0 VND | 0 | 0 VND |\n"
	"| Request returned | 0 | 0 VND | 0 | 0 VND |\n"
	"| Carried to next period | 2 | 6,000,000 VND | 1 | 3,000,000 VND |\n"
	"| Completion rate by cases | 50.00% |  |  |  |\n"
	"| Completion rate by money |  | 40.00% |  |  |\n";

static const char json_all[] =
	"{\"group\": \"all\", \"period\": [\"2024-10-01\", \"2025-03-31\"], "
	"\"reports\": ["
	"{\"unit\": \"LS-TP\", "
	"\"cases\": {\"carried_over\": 0, \"received\": 3, \"total\": 3, "
	"\"entrusted\": 0, \"withdrawn\": 0, \"to_enforce\": 3, "
	"\"with_means\": 2, \"done\": 1, \"being_enforced\": 1, "
	"\"postponed_agreement\": 0, \"with_means_other\": 0, "
	"\"without_means\": 1, \"separate_book\": 0, \"returned\": 0, "
	"\"carried_next\": 2}, "
	"\"money\": {\"carried_over\": 0, \"received\": 8000000, "
	"\"total\": 8000000, \"entrusted\": 0, \"withdrawn\": 0, "
	"\"to_enforce\": 8000000, \"with_means\": 5000000, "
	"\"done\": 2000000, \"being_enforced\": 3000000, "
	"\"postponed_agreement\": 0, \"with_means_other\": 0, "
	"\"without_means\": 3000000, \"separate_book\": 0, \"returned\": 0, "
	"\"carried_next\": 6000000}, "
	"\"rate_cases\": \"50.00\", \"rate_money\": \"40.00\"}, "
	"{\"unit\": \"Lộc Bình, \\\"LB\\\"\", "
	"\"cases\": {\"carried_over\": 0, \"received\": 1, \"total\": 1, "
	"\"entrusted\": 0, \"withdrawn\": 0, \"to_enforce\": 1, "
	"\"with_means\": 0, \"done\": 0, \"being_enforced\": 0, "
	"\"postponed_agreement\": 0, \"with_means_other\": 0, "
	"\"without_means\": 1, \"separate_book\": 0, \"returned\": 0, "
	"\"carried_next\": 1}, "
	"\"money\": {\"carried_over\": 0, \"received\": 3000000, "
	"\"total\": 3000000, \"entrusted\": 0, \"withdrawn\": 0, "
	"\"to_enforce\": 3000000, \"with_means\": 0, \"done\": 0, "
	"\"being_enforced\": 0, \"postponed_agreement\": 0, "
	"\"with_means_other\": 0, \"without_means\": 3000000, "
	"\"separate_book\": 0, \"returned\": 0, \"carried_next\": 3000000}, "
	"\"rate_cases\": null, \"rate_money\": null}"
	"]}\n";

/* The agency group holds case 1 of LS-TP alone; Lộc Bình has none. */
static const char json_agency[] =
	"{\"group\": \"agency\", \"period\": [\"2024-10-01\", \"2025-03-31\"], "
	"\"reports\": ["
	"{\"unit\": \"LS-TP\", "
	"\"cases\": {\"carried_over\": 0, \"received\": 1, \"total\": 1, "
	"\"entrusted\": 0, \"withdrawn\": 0, \"to_enforce\": 1, "
	"\"with_means\": 1, \"done\": 1, \"being_enforced\": 0, "
	"\"postponed_agreement\": 0, \"with_means_other\": 0, "
	"\"without_means\": 0, \"separate_book\": 0, \"returned\": 0, "
	"\"carried_next\": 0}, "
	"\"money\": {\"carried_over\": 0, \"received\": 1000000, "
	"\"total\": 1000000, \"entrusted\": 0, \"withdrawn\": 0, "
	"\"to_enforce\": 1000000, \"with_means\": 1000000, "
	"\"done\": 1000000, \"being_enforced\": 0, "
	"\"postponed_agreement\": 0, \"with_means_other\": 0, "
	"\"without_means\": 0, \"separate_book\": 0, \"returned\": 0, "
	"\"carried_next\": 0}, "
	"\"rate_cases\": \"100.00\", \"rate_money\": \"100.00\"}, "
	"{\"unit\": \"Lộc Bình, \\\"LB\\\"\", "
	"\"cases\": {\"carried_over\": 0, \"received\": 0, \"total\": 0, "
	"\"entrusted\": 0, \"withdrawn\": 0, \"to_enforce\": 0, "
	"\"with_means\": 0, \"done\": 0, \"being_enforced\": 0, "
	"\"postponed_agreement\": 0, \"with_means_other\": 0, "
	"\"without_means\": 0, \"separate_book\": 0, \"returned\": 0, "
	"\"carried_next\": 0}, "
	"\"money\": {\"carried_over\": 0, \"received\": 0, \"total\": 0, "
	"\"entrusted\": 0, \"withdrawn\": 0, \"to_enforce\": 0, "
	"\"with_means\": 0, \"done\": 0, \"being_enforced\": 0, "
	"\"postponed_agreement\": 0, \"with_means_other\": 0, "
	"\"without_means\": 0, \"separate_book\": 0, \"returned\": 0, "
	"\"carried_next\": 0}, "
	"\"rate_cases\": null, \"rate_money\": null}"
	"]}\n";

/* ---------------------------------------------------------------------- */
/* The table                                                               */

static void test_stats_output__csv(void **state)
{
	pair p = new_pair();
	size_t len;
	char *text;

	(void)state;
	text = table(&p, ENF_GROUP_ALL, ENF_TABLE_CSV, ENF_LOCALE_EN, &len);
	assert_string_equal(text, csv_en);
	enf_io_free(text);
	/* PLAIN has the English labels and rates without a % sign. */
	text = table(&p, ENF_GROUP_ALL, ENF_TABLE_CSV, ENF_LOCALE_PLAIN, &len);
	assert_non_null(strstr(text, "\r\nReceived,3,8000000,1,3000000\r\n"));
	assert_non_null(strstr(text, "\r\nCompletion rate by cases,50.00,,,\r\n"
				     "Completion rate by money,,40.00,,\r\n"));
	enf_io_free(text);
	text = table(&p, ENF_GROUP_ALL, ENF_TABLE_CSV, ENF_LOCALE_VI, &len);
	assert_string_equal(text, csv_vi);
	assert_int_equal(len, sizeof(csv_vi) - 1);
	enf_io_free(text);
	free_pair(&p);
}

static void test_stats_output__csv_bom_crlf(void **state)
{
	pair p = new_pair();
	size_t len, lines = 0;
	char *text;

	(void)state;
	text = table(&p, ENF_GROUP_ALL, ENF_TABLE_CSV_BOM, ENF_LOCALE_VI, &len);
	assert_int_equal(len, 3 + sizeof(csv_vi) - 1);
	assert_memory_equal(text, "\xef\xbb\xbf", 3);
	assert_string_equal(text + 3, csv_vi);
	/* Every line ends in CRLF: 1 header + 15 indicators + 2 rates. */
	for (size_t i = 0; i < len; i++) {
		if (text[i] == '\n') {
			assert_true(i > 0 && text[i - 1] == '\r');
			lines++;
		}
		if (text[i] == '\r')
			assert_int_equal(text[i + 1], '\n');
	}
	assert_int_equal(lines, 18);
	assert_int_equal(text[len - 1], '\n');
	enf_io_free(text);
	/* No mark without ENF_TABLE_CSV_BOM. */
	text = table(&p, ENF_GROUP_ALL, ENF_TABLE_CSV, ENF_LOCALE_VI, &len);
	assert_memory_equal(text, "Ch", 2);
	enf_io_free(text);
	free_pair(&p);
}

static void test_stats_output__markdown(void **state)
{
	pair p = new_pair();
	size_t len;
	char *text;

	(void)state;
	text = table(&p, ENF_GROUP_ALL, ENF_TABLE_MARKDOWN, ENF_LOCALE_VI,
		     &len);
	assert_string_equal(text, md_vi);
	enf_io_free(text);
	text = table(&p, ENF_GROUP_ALL, ENF_TABLE_MARKDOWN, ENF_LOCALE_EN,
		     &len);
	assert_string_equal(text, md_en);
	enf_io_free(text);
	text = table(&p, ENF_GROUP_ALL, ENF_TABLE_MARKDOWN, ENF_LOCALE_PLAIN,
		     &len);
	assert_non_null(strstr(text, "\n| Received | 3 | 8000000 | 1 | "
				     "3000000 |\n"));
	assert_non_null(strstr(text, "\n| Completion rate by money |  | "
				     "40.00 |  |  |\n"));
	assert_null(strchr(text, '\r'));
	enf_io_free(text);
	free_pair(&p);
}

/* A pipe in a unit name is escaped and a line break becomes a space, so
 * the row keeps its cells. */
static void test_stats_output__markdown_escapes(void **state)
{
	enf_period p = half_2025();
	enf_stats_report *rep = new_report("Cao|Lộc\nX", &p);
	const enf_stats_report *reps[1] = {rep};
	char *text = NULL;

	(void)state;
	assert_int_equal(enf_stats_table(&text, NULL, reps, 1, ENF_GROUP_ALL,
					 ENF_TABLE_MARKDOWN, ENF_LOCALE_EN),
			 ENF_OK);
	assert_non_null(text);
	assert_non_null(strstr(text, "| Indicator | Cao\\|Lộc X cases | "
				     "Cao\\|Lộc X money |\n"
				     "| :--- | ---: | ---: |\n"
				     "| Carried over | 0 | 0 VND |\n"));
	/* An empty report has no rate. */
	assert_non_null(strstr(text, "| Completion rate by cases |  |  |\n"));
	enf_io_free(text);
	enf_stats_report_free(rep);
}

static void test_stats_output__json(void **state)
{
	pair p = new_pair();
	size_t len;
	char *text;

	(void)state;
	text = table(&p, ENF_GROUP_ALL, ENF_TABLE_JSON, ENF_LOCALE_EN, &len);
	assert_string_equal(text, json_all);
	enf_io_free(text);
	/* JSON is the same in every locale. */
	text = table(&p, ENF_GROUP_ALL, ENF_TABLE_JSON, ENF_LOCALE_VI, &len);
	assert_string_equal(text, json_all);
	enf_io_free(text);
	text = table(&p, ENF_GROUP_AGENCY, ENF_TABLE_JSON, ENF_LOCALE_PLAIN,
		     &len);
	assert_string_equal(text, json_agency);
	enf_io_free(text);
	free_pair(&p);
}

/* A rate that is undefined fails nothing: no message is left behind. */
static void test_stats_output__undefined_rate_leaves_no_error(void **state)
{
	enf_stats_report *rep = report_lb();
	const enf_stats_report *reps[1] = {rep};
	char *text = NULL;

	(void)state;
	enf_error_clear();
	assert_int_equal(enf_stats_table(&text, NULL, reps, 1, ENF_GROUP_ALL,
					 ENF_TABLE_CSV, ENF_LOCALE_EN),
			 ENF_OK);
	assert_non_null(strstr(text, "\r\nCompletion rate by cases,,\r\n"));
	enf_io_free(text);
	assert_int_equal(
		enf_stats_svg(&text, NULL, reps, 1, ENF_BY_MONEY, -1, ""),
		ENF_OK);
	enf_io_free(text);
	assert_int_equal(enf_last_status(), ENF_OK);
	assert_string_equal(enf_last_error(), "");
	enf_stats_report_free(rep);
}

/* Asserts a failure of enf_stats_table with out set to NULL, len left
 * alone and a message naming the function and the field. */
static void assert_table_fails(const enf_stats_report *const *reps, size_t n,
			       enf_stats_group group, enf_table_format format,
			       enf_locale locale, const char *field)
{
	char *text = SENTINEL_TEXT;
	size_t len = SENTINEL_LEN;

	assert_int_equal(
		enf_stats_table(&text, &len, reps, n, group, format, locale),
		ENF_EINVALID);
	assert_null(text);
	assert_int_equal(len, SENTINEL_LEN);
	assert_error_names("stats_table", field);
}

static void test_stats_output__table_bad_input(void **state)
{
	pair p = new_pair();
	const enf_stats_report *reps[2] = {p.reps[0], p.reps[1]};
	const enf_stats_report *holes[2] = {p.reps[0], NULL};
	enf_period other = {ymd(2024, 10, 1), ymd(2025, 6, 30)};
	enf_stats_report *later = new_report("LS-TP", &other);
	const enf_stats_report *mixed[2] = {p.reps[0], later};
	size_t len = SENTINEL_LEN;

	(void)state;
	assert_int_equal(enf_stats_table(NULL, &len, reps, 2, ENF_GROUP_ALL,
					 ENF_TABLE_CSV, ENF_LOCALE_VI),
			 ENF_EINVALID);
	assert_error_names("stats_table", "out");
	assert_int_equal(len, SENTINEL_LEN);
	assert_table_fails(NULL, 2, ENF_GROUP_ALL, ENF_TABLE_CSV, ENF_LOCALE_VI,
			   "reps");
	assert_table_fails(reps, 0, ENF_GROUP_ALL, ENF_TABLE_CSV, ENF_LOCALE_VI,
			   "count is 0");
	assert_table_fails(holes, 2, ENF_GROUP_ALL, ENF_TABLE_CSV,
			   ENF_LOCALE_VI, "reps[1]");
	assert_table_fails(reps, 2, (enf_stats_group)ENF_GROUP_COUNT,
			   ENF_TABLE_CSV, ENF_LOCALE_VI, "group is 6");
	assert_table_fails(reps, 2, (enf_stats_group)-1, ENF_TABLE_CSV,
			   ENF_LOCALE_VI, "group is -1");
	assert_table_fails(reps, 2, ENF_GROUP_ALL, (enf_table_format)5,
			   ENF_LOCALE_VI, "format is 5");
	assert_table_fails(reps, 2, ENF_GROUP_ALL, (enf_table_format)-1,
			   ENF_LOCALE_VI, "format is -1");
	assert_table_fails(reps, 2, ENF_GROUP_ALL, ENF_TABLE_JSON,
			   (enf_locale)3, "locale is 3");
	assert_table_fails(mixed, 2, ENF_GROUP_ALL, ENF_TABLE_JSON,
			   ENF_LOCALE_EN, "reps[1]: period");
	enf_stats_report_free(later);
	free_pair(&p);
}

/* ---------------------------------------------------------------------- */
/* The chart                                                               */

static int is_name_char(char ch)
{
	return ch != '\0' && strchr(" \t\n/>", ch) == NULL;
}

/*
 * A small XML scanner: one root element, every start tag closed by the
 * matching end tag in order, attribute values quoted, no '<' outside a
 * tag, '&' only in the five predefined entities, '>' never in text.
 */
static void assert_well_formed(const char *s)
{
	static const char *const entities[] = {"&amp;", "&lt;", "&gt;",
					       "&quot;", "&apos;"};
	char stack[16][16];
	int depth = 0, roots = 0;

	if (strncmp(s, "<?xml ", 6) == 0) {
		s = strstr(s, "?>");
		assert_non_null(s);
		s += 2;
	}
	while (*s != '\0') {
		if (*s == '<') {
			const char *end = strchr(s, '>');
			const char *name = s + 1 + (s[1] == '/');
			size_t n = 0, quotes = 0;

			assert_non_null(end);
			for (const char *q = s + 1; q < end; q++) {
				assert_true(*q != '<');
				quotes += *q == '"';
			}
			assert_int_equal(quotes % 2, 0);
			while (is_name_char(name[n]))
				n++;
			assert_true(n > 0 && n < sizeof(stack[0]));
			if (s[1] == '/') {
				assert_true(depth > 0);
				depth--;
				assert_int_equal(strlen(stack[depth]), n);
				assert_memory_equal(stack[depth], name, n);
			} else if (end[-1] != '/') {
				assert_true(depth < 16);
				roots += depth == 0;
				memcpy(stack[depth], name, n);
				stack[depth++][n] = '\0';
			} else {
				roots += depth == 0;
			}
			s = end + 1;
			continue;
		}
		assert_true(depth > 0 || *s == '\n');
		assert_true(*s != '>');
		if (*s == '&') {
			size_t k = 0;

			while (k < 5 && strncmp(s, entities[k],
						strlen(entities[k])) != 0)
				k++;
			assert_true(k < 5);
		}
		s++;
	}
	assert_int_equal(depth, 0);
	assert_int_equal(roots, 1);
}

/* gcc 12 at -O3 takes the returned pointer for the address of the local
 * `text` once the helper is inlined (a false -Wdangling-pointer). */
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
__attribute__((noinline))
#endif
static char *
svg(const enf_stats_report *const *reps, size_t n, enf_measure measure,
    int64_t target, const char *title, size_t *len)
{
	char *text = SENTINEL_TEXT;

	*len = SENTINEL_LEN;
	assert_int_equal(
		enf_stats_svg(&text, len, reps, n, measure, target, title),
		ENF_OK);
	assert_non_null(text);
	assert_int_equal(*len, strlen(text));
	assert_well_formed(text);
	return text;
}

static void assert_contains(const char *text, const char *part)
{
	if (strstr(text, part) == NULL)
		fail_msg("missing %s in:\n%s", part, text);
}

static void test_stats_output__svg(void **state)
{
	enf_stats_report *ls = report_ls(), *lb = report_lb(),
			 *cl = report_cl();
	const enf_stats_report *reps[3] = {ls, lb, cl};
	size_t len;
	char *text;

	(void)state;
	text = svg(reps, 3, ENF_BY_CASES, 8405, "Tỷ lệ <việc> & tiền", &len);
	/* 120 + 70 per report wide, 360 high. */
	assert_memory_equal(
		text,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<svg xmlns=\"http://www.w3.org/2000/svg\" "
		"version=\"1.1\" width=\"330\" height=\"360\" "
		"viewBox=\"0 0 330 360\"",
		strlen("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		       "<svg xmlns=\"http://www.w3.org/2000/svg\" "
		       "version=\"1.1\" width=\"330\" "
		       "height=\"360\" viewBox=\"0 0 330 360\""));
	assert_contains(text, "<title>Tỷ lệ &lt;việc&gt; &amp; tiền</title>");
	assert_contains(text, ">Tỷ lệ &lt;việc&gt; &amp; tiền</text>\n");
	/* Gridlines at 20% (y 250) and 100% (y 50), axis labels 0..100%. */
	assert_contains(text, "<line x1=\"60\" y1=\"250\" x2=\"270\" "
			      "y2=\"250\"/>\n");
	assert_contains(text, "<line x1=\"60\" y1=\"50\" x2=\"270\" "
			      "y2=\"50\"/>\n");
	assert_contains(text, "<text x=\"54\" y=\"304\">0%</text>\n");
	assert_contains(text, "<text x=\"54\" y=\"154\">60%</text>\n");
	assert_contains(text, "<text x=\"54\" y=\"54\">100%</text>\n");
	/* LS-TP: 50.00%, 125 pixels, centred on x 95. */
	assert_contains(text, "<rect x=\"75\" y=\"175\" width=\"40\" "
			      "height=\"125\" fill=\"#4472c4\"/>\n"
			      "<text x=\"95\" y=\"170\">50.00%</text>\n"
			      "<text x=\"95\" y=\"318\">LS-TP</text>\n");
	/* Lộc Bình: no rate, no bar. */
	assert_contains(text, "<text x=\"165\" y=\"295\" "
			      "fill=\"#808080\">n/a</text>\n"
			      "<text x=\"165\" y=\"318\">Lộc Bình, "
			      "&quot;LB&quot;</text>\n");
	assert_null(strstr(text, "<rect x=\"145\""));
	/* Cao <&> Lạng: 100.00%, the full 250 pixels. */
	assert_contains(text, "<rect x=\"215\" y=\"50\" width=\"40\" "
			      "height=\"250\" fill=\"#4472c4\"/>\n"
			      "<text x=\"235\" y=\"45\">100.00%</text>\n"
			      "<text x=\"235\" y=\"318\">Cao &lt;&amp;&gt; "
			      "Lạng</text>\n");
	assert_null(strstr(text, "<&>"));
	/* The target: 84.05% at y 90, dashed, labelled in the margin. */
	assert_contains(text, "<line x1=\"60\" y1=\"90\" x2=\"270\" y2=\"90\" "
			      "stroke=\"#c00000\" stroke-width=\"2\" "
			      "stroke-dasharray=\"6 4\"/>\n"
			      "<text x=\"274\" y=\"94\" "
			      "fill=\"#c00000\">84.05%</text>\n");
	assert_string_equal(text + len - 7, "</svg>\n");
	enf_io_free(text);
	enf_stats_report_free(ls);
	enf_stats_report_free(lb);
	enf_stats_report_free(cl);
}

static void test_stats_output__svg_money_no_target(void **state)
{
	enf_stats_report *ls = report_ls();
	const enf_stats_report *reps[1] = {ls};
	size_t len;
	char *text;

	(void)state;
	text = svg(reps, 1, ENF_BY_MONEY, -1, "", &len);
	assert_contains(text, "width=\"190\" height=\"360\"");
	/* 40.00% by money: 100 pixels. */
	assert_contains(text, "<rect x=\"75\" y=\"200\" width=\"40\" "
			      "height=\"100\" fill=\"#4472c4\"/>\n"
			      "<text x=\"95\" y=\"195\">40.00%</text>\n");
	assert_null(strstr(text, "stroke-dasharray"));
	assert_null(strstr(text, "font-weight"));
	assert_contains(text, "<title></title>\n");
	enf_io_free(text);
	/* A target of 0 is drawn on the axis. */
	text = svg(reps, 1, ENF_BY_MONEY, 0, "", &len);
	assert_contains(text, "<line x1=\"60\" y1=\"300\" x2=\"130\" "
			      "y2=\"300\" stroke=\"#c00000\"");
	assert_contains(text, ">0.00%</text>\n</svg>\n");
	enf_io_free(text);
	enf_stats_report_free(ls);
}

/* Text XML cannot hold (invalid UTF-8, control characters, U+FFFF) is
 * replaced by U+FFFD. */
static void test_stats_output__svg_title_sanitised(void **state)
{
	enf_stats_report *cl = report_cl();
	const enf_stats_report *reps[1] = {cl};
	size_t len;
	char *text;

	(void)state;
	text = svg(reps, 1, ENF_BY_CASES, 8405,
		   "a\xff"
		   "b\x01"
		   "c\xef\xbf\xbf"
		   "d\"'",
		   &len);
	assert_contains(text, "<title>a\xef\xbf\xbd"
			      "b\xef\xbf\xbd"
			      "c\xef\xbf\xbd"
			      "d&quot;&apos;</title>");
	enf_io_free(text);
	enf_stats_report_free(cl);
}

static void test_stats_output__svg_deterministic(void **state)
{
	enf_stats_report *ls = report_ls(), *lb = report_lb(),
			 *cl = report_cl();
	const enf_stats_report *reps[3] = {ls, lb, cl};
	size_t len1, len2;
	char *a, *b;

	(void)state;
	a = svg(reps, 3, ENF_BY_MONEY, 5200, "Lạng Sơn 2025", &len1);
	b = svg(reps, 3, ENF_BY_MONEY, 5200, "Lạng Sơn 2025", &len2);
	assert_int_equal(len1, len2);
	assert_memory_equal(a, b, len1);
	/* Only integers after the header: a decimal point stands only in a
	 * rate label, "dd.dd%". */
	for (size_t i = (size_t)(strstr(a, "<title>") - a); i < len1; i++)
		if (a[i] == '.')
			assert_true(a[i + 1] >= '0' && a[i + 1] <= '9' &&
				    a[i + 2] >= '0' && a[i + 2] <= '9' &&
				    a[i + 3] == '%');
	enf_io_free(a);
	enf_io_free(b);
	enf_stats_report_free(ls);
	enf_stats_report_free(lb);
	enf_stats_report_free(cl);
}

static void assert_svg_fails(const enf_stats_report *const *reps, size_t n,
			     enf_measure measure, int64_t target,
			     const char *title, const char *field)
{
	char *text = SENTINEL_TEXT;
	size_t len = SENTINEL_LEN;

	assert_int_equal(
		enf_stats_svg(&text, &len, reps, n, measure, target, title),
		ENF_EINVALID);
	assert_null(text);
	assert_int_equal(len, SENTINEL_LEN);
	assert_error_names("stats_svg", field);
}

static void test_stats_output__svg_bad_input(void **state)
{
	enf_stats_report *ls = report_ls();
	const enf_stats_report *reps[1] = {ls};
	const enf_stats_report *holes[1] = {NULL};

	(void)state;
	assert_int_equal(
		enf_stats_svg(NULL, NULL, reps, 1, ENF_BY_CASES, -1, "t"),
		ENF_EINVALID);
	assert_error_names("stats_svg", "out");
	assert_svg_fails(NULL, 1, ENF_BY_CASES, -1, "t", "reps");
	assert_svg_fails(reps, 0, ENF_BY_CASES, -1, "t", "count is 0");
	assert_svg_fails(reps, 10001, ENF_BY_CASES, -1, "t", "count");
	assert_svg_fails(holes, 1, ENF_BY_CASES, -1, "t", "reps[0]");
	assert_svg_fails(reps, 1, (enf_measure)2, -1, "t", "measure is 2");
	assert_svg_fails(reps, 1, (enf_measure)-1, -1, "t", "measure is -1");
	assert_svg_fails(reps, 1, ENF_BY_CASES, -2, "t", "target is -2");
	assert_svg_fails(reps, 1, ENF_BY_CASES, 10001, "t", "target is 10001");
	assert_svg_fails(reps, 1, ENF_BY_CASES, -1, NULL, "title");
	enf_stats_report_free(ls);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_output__csv),
		cmocka_unit_test(test_stats_output__csv_bom_crlf),
		cmocka_unit_test(test_stats_output__markdown),
		cmocka_unit_test(test_stats_output__markdown_escapes),
		cmocka_unit_test(test_stats_output__json),
		cmocka_unit_test(
			test_stats_output__undefined_rate_leaves_no_error),
		cmocka_unit_test(test_stats_output__table_bad_input),
		cmocka_unit_test(test_stats_output__svg),
		cmocka_unit_test(test_stats_output__svg_money_no_target),
		cmocka_unit_test(test_stats_output__svg_title_sanitised),
		cmocka_unit_test(test_stats_output__svg_deterministic),
		cmocka_unit_test(test_stats_output__svg_bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
