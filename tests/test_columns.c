/*
 * Tests of columns.h (the register as columns) and of the worklist of a
 * window of days (enf_register_worklist_window() of case.h).
 *
 * The worklist fixture is the one of test_register.c, whose comment works
 * out every due date by hand from the 2025 calendar (Tết: Saturday 25
 * January to Sunday 2 February 2025, all days off):
 *  0  LS-01 10/ agency: decided Mon 3 Feb, notified Wed 5 Feb 2025;
 *     voluntary period ends Mon 17 Feb, verification Thu 27 Feb.
 *  1  LS-01 11/ request received Thu 23 Jan: decision due Thu 6 Feb.
 *  2  LS-02 12/ request received Mon 13 Jan: decision due Mon 20 Jan.
 *  3  LS-02 13/ agency: decided Thu 23 Jan, notified Fri 24 Jan;
 *     voluntary period ends Mon 3 Feb, verification Thu 13 Feb.
 *  4  LS-02 14/ done Fri 10 Jan: nothing.   5  LS-01 15/ no event.
 *  6  LS-01 16/ request received Thu 23 Jan: decision due Thu 6 Feb.
 *  7  LS-02 17/ without means since Aug 2024: re-verification Thu 20 Feb.
 *  8  LS-02 18/ re-verification and separate book Mon 24 Feb 2025.
 * Expected values are worked out by hand in the comments; none was
 * produced by running the code under test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

#define NO_COUNT ((size_t)0xdeadbeefu)

/* A case with a debtor (party 0) and a creditor (party 1). */
static enf_case *new_case(const char *office, const char *no, enf_mode mode,
			  enf_judgment_kind kind, unsigned flags)
{
	enf_case_info info;
	enf_case *c = NULL;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Nguyễn Văn An",
			    NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_ORGANISATION,
			      "Ngân hàng Nông nghiệp chi nhánh tỉnh", NULL};

	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = office;
	info.decision_no = no;
	info.mode = mode;
	info.judgment_kind = kind;
	info.flags = flags;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_non_null(c);
	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &creditor), ENF_OK);
	return c;
}

/* An obligation of the debtor towards the creditor. */
static void add_obligation(enf_case *c, enf_obligation_kind kind,
			   enf_money amount)
{
	enf_obligation o = {kind, amount, 0, 1, 0};

	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
}

/* An event that carries no amount and names no asset. */
static void apply(enf_case *c, enf_event_kind kind, enf_date date,
		  int32_t detail)
{
	enf_event ev = {kind, date, detail, 0, ENF_INDEX_NONE};

	assert_int_equal(enf_case_apply(c, &ev), ENF_OK);
}

static enf_register *new_register(void)
{
	enf_register *reg = NULL;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_non_null(reg);
	return reg;
}

static void add(enf_register *reg, enf_case *c)
{
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
}

static enf_register *worklist_fixture(void)
{
	enf_register *reg = new_register();
	enf_case *c;
	enf_case_info info;

	c = new_case("LS-01", "10/QĐ-CCTHADS", ENF_MODE_AGENCY,
		     ENF_JUDGMENT_CRIMINAL, 0);
	add_obligation(c, ENF_OBL_FINE, 5000000);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 2, 3), 0);
	apply(c, ENF_EV_DECISION_NOTIFIED, ymd(2025, 2, 5), 0);
	add(reg, c);

	c = new_case("LS-01", "11/QĐ-CCTHADS", ENF_MODE_REQUEST,
		     ENF_JUDGMENT_CIVIL, 0);
	add_obligation(c, ENF_OBL_OTHER_MONEY, 150000000);
	apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 23), 0);
	add(reg, c);

	/* Case 2 needs its judgment date: built by hand. */
	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = "LS-02";
	info.decision_no = "12/QĐ-CCTHADS";
	info.mode = ENF_MODE_REQUEST;
	info.judgment_effective = ymd(2020, 1, 20);
	c = NULL;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 13), 0);
	add(reg, c);

	c = new_case("LS-02", "13/QĐ-CCTHADS", ENF_MODE_AGENCY,
		     ENF_JUDGMENT_CIVIL, 0);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 23), 0);
	apply(c, ENF_EV_DECISION_NOTIFIED, ymd(2025, 1, 24), 0);
	add(reg, c);

	c = new_case("LS-02", "14/QĐ-CCTHADS", ENF_MODE_AGENCY,
		     ENF_JUDGMENT_CIVIL, 0);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 6), 0);
	apply(c, ENF_EV_DONE, ymd(2025, 1, 10), 0);
	add(reg, c);

	add(reg, new_case("LS-01", "15/QĐ-CCTHADS", ENF_MODE_AGENCY,
			  ENF_JUDGMENT_CIVIL, 0));

	c = new_case("LS-01", "16/QĐ-CCTHADS", ENF_MODE_REQUEST,
		     ENF_JUDGMENT_CIVIL, 0);
	apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 23), 0);
	add(reg, c);

	c = new_case("LS-02", "17/QĐ-CCTHADS", ENF_MODE_AGENCY,
		     ENF_JUDGMENT_CIVIL, 0);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2024, 8, 1), 0);
	apply(c, ENF_EV_VERIFIED, ymd(2024, 8, 20), 0);
	apply(c, ENF_EV_CLASSIFIED, ymd(2024, 8, 22), 0);
	add(reg, c);

	c = new_case("LS-02", "18/QĐ-CCTHADS", ENF_MODE_AGENCY,
		     ENF_JUDGMENT_CIVIL, 0);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2024, 2, 1), 0);
	apply(c, ENF_EV_VERIFIED, ymd(2024, 2, 20), 0);
	apply(c, ENF_EV_CLASSIFIED, ymd(2024, 2, 22), 0);
	apply(c, ENF_EV_VERIFIED, ymd(2024, 8, 22), 0);
	add(reg, c);
	return reg;
}

static enf_calendar *default_calendar(void)
{
	enf_calendar *cal = NULL;

	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	return cal;
}

/* ---------------------------------------------------------------------- */
/* Worklist of a window                                                    */

typedef struct expect_item {
	size_t case_index;
	enf_deadline_kind kind;
	enf_date due;
	int overdue;
} expect_item;

#define CAP	   16
#define N_ITEMS(a) (sizeof(a) / sizeof((a)[0]))

static void assert_window(const enf_register *reg, const enf_calendar *cal,
			  enf_date as_of, enf_date until,
			  const expect_item *want, size_t n)
{
	enf_worklist_item out[CAP];
	size_t count = NO_COUNT;

	memset(out, 0xa5, sizeof(out));
	assert_int_equal(enf_register_worklist_window(out, CAP, &count, reg,
						      NULL, cal, NULL, as_of,
						      until),
			 ENF_OK);
	assert_int_equal(count, n);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(out[i].case_index, want[i].case_index);
		assert_int_equal(out[i].deadline.kind, want[i].kind);
		assert_int_equal(out[i].deadline.due, want[i].due);
		assert_int_equal(out[i].overdue, want[i].overdue);
		assert_non_null(out[i].deadline.source);
	}
}

/* As of Wed 5 Feb 2025, due up to Thu 20 Feb: case 2's decision is
 * overdue (20 Jan); case 0's voluntary period, running on 5 Feb, ends
 * inside the window (17 Feb) and is listed, where the old call on 20 Feb
 * drops it (run out by then); case 3's voluntary period ended on 3 Feb,
 * before as_of, and is not listed; case 0's verification (27 Feb) and case
 * 8's deadlines (24 Feb) fall after until. */
static void test_window__as_of_until(void **state)
{
	enf_register *reg = worklist_fixture();
	enf_calendar *cal = default_calendar();
	const expect_item want[] = {
		{2, ENF_DEADLINE_DECISION, ymd(2025, 1, 20), 1},
		{1, ENF_DEADLINE_DECISION, ymd(2025, 2, 6), 0},
		{6, ENF_DEADLINE_DECISION, ymd(2025, 2, 6), 0},
		{3, ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 13), 0},
		{0, ENF_DEADLINE_VOLUNTARY_END, ymd(2025, 2, 17), 0},
		{7, ENF_DEADLINE_REVERIFICATION, ymd(2025, 2, 20), 0},
	};
	enf_work_item old[CAP];
	size_t count = 0;

	(void)state;
	assert_window(reg, cal, ymd(2025, 2, 5), ymd(2025, 2, 20), want,
		      N_ITEMS(want));
	/* The old call on 20 Feb: the same but case 0's voluntary end. */
	assert_int_equal(enf_register_worklist(old, CAP, &count, reg, NULL, cal,
					       NULL, ymd(2025, 2, 20)),
			 ENF_OK);
	assert_int_equal(count, N_ITEMS(want) - 1);
	enf_register_free(reg);
	enf_calendar_free(cal);
}

/* As of Fri 24 Jan 2025 (a historical day): case 0's events of February
 * are not looked at, so it has nothing; case 3 was notified that day, so
 * its voluntary end (3 Feb) and its verification (13 Feb) are open. */
static void test_window__history(void **state)
{
	enf_register *reg = worklist_fixture();
	enf_calendar *cal = default_calendar();
	const expect_item want[] = {
		{2, ENF_DEADLINE_DECISION, ymd(2025, 1, 20), 1},
		{3, ENF_DEADLINE_VOLUNTARY_END, ymd(2025, 2, 3), 0},
		{1, ENF_DEADLINE_DECISION, ymd(2025, 2, 6), 0},
		{6, ENF_DEADLINE_DECISION, ymd(2025, 2, 6), 0},
		{3, ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 13), 0},
		{7, ENF_DEADLINE_REVERIFICATION, ymd(2025, 2, 20), 0},
	};

	(void)state;
	assert_window(reg, cal, ymd(2025, 1, 24), ymd(2025, 2, 20), want,
		      N_ITEMS(want));
	enf_register_free(reg);
	enf_calendar_free(cal);
}

/* as_of == until: the items of the old call on that day (test_register.c,
 * Mon 3 Feb: case 2's decision, overdue, and case 3's voluntary end, due
 * that day and so not overdue). */
static void test_window__one_day_is_the_old_call(void **state)
{
	enf_register *reg = worklist_fixture();
	enf_calendar *cal = default_calendar();
	const expect_item want[] = {
		{2, ENF_DEADLINE_DECISION, ymd(2025, 1, 20), 1},
		{3, ENF_DEADLINE_VOLUNTARY_END, ymd(2025, 2, 3), 0},
	};

	(void)state;
	assert_window(reg, cal, ymd(2025, 2, 3), ymd(2025, 2, 3), want,
		      N_ITEMS(want));
	enf_register_free(reg);
	enf_calendar_free(cal);
}

/* Two calls: the count first, then the items; a small cap writes none. */
static void test_window__cap(void **state)
{
	enf_register *reg = worklist_fixture();
	enf_calendar *cal = default_calendar();
	enf_worklist_item out[2], blank;
	size_t count = NO_COUNT;

	(void)state;
	assert_int_equal(enf_register_worklist_window(
				 NULL, 0, &count, reg, NULL, cal, NULL,
				 ymd(2025, 2, 5), ymd(2025, 2, 20)),
			 ENF_EBUFSIZE);
	assert_int_equal(count, 6);
	memset(out, 0xa5, sizeof(out));
	memset(&blank, 0xa5, sizeof(blank));
	assert_int_equal(enf_register_worklist_window(
				 out, 2, &count, reg, NULL, cal, NULL,
				 ymd(2025, 2, 5), ymd(2025, 2, 20)),
			 ENF_EBUFSIZE);
	assert_error_names("register_worklist_window", "cap is 2");
	assert_memory_equal(&out[0], &blank, sizeof(blank));
	enf_register_free(reg);
	enf_calendar_free(cal);
}

static void test_window__bad_input(void **state)
{
	enf_register *reg = worklist_fixture();
	enf_calendar *cal = default_calendar();
	enf_worklist_item out[1], blank;
	enf_filter f;
	size_t count = NO_COUNT;
	const enf_date a = ymd(2025, 2, 5), u = ymd(2025, 2, 20);

	(void)state;
	memset(out, 0xa5, sizeof(out));
	memset(&blank, 0xa5, sizeof(blank));
	assert_int_equal(enf_register_worklist_window(out, 1, &count, reg, NULL,
						      cal, NULL, u, a),
			 ENF_EINVALID);
	assert_error_names("register_worklist_window",
			   "until (2025-02-05) is before as_of (2025-02-20)");
	assert_int_equal(enf_register_worklist_window(out, 1, &count, reg, NULL,
						      NULL, NULL, a, u),
			 ENF_EINVALID);
	assert_error_names("register_worklist_window", "cal is NULL");
	assert_int_equal(enf_register_worklist_window(out, 1, &count, NULL,
						      NULL, cal, NULL, a, u),
			 ENF_EINVALID);
	assert_error_names("register_worklist_window", "reg is NULL");
	assert_int_equal(enf_register_worklist_window(out, 1, NULL, reg, NULL,
						      cal, NULL, a, u),
			 ENF_EINVALID);
	assert_error_names("register_worklist_window", "count is NULL");
	assert_int_equal(enf_register_worklist_window(NULL, 3, &count, reg,
						      NULL, cal, NULL, a, u),
			 ENF_EINVALID);
	assert_error_names("register_worklist_window",
			   "out is NULL but cap is 3");
	assert_int_equal(enf_register_worklist_window(out, 1, &count, reg, NULL,
						      cal, NULL, ENF_DATE_NONE,
						      u),
			 ENF_ERANGE);
	assert_error_names("register_worklist_window", "as_of");
	assert_int_equal(enf_register_worklist_window(out, 1, &count, reg, NULL,
						      cal, NULL, a,
						      ENF_DATE_MAX + 1),
			 ENF_ERANGE);
	assert_error_names("register_worklist_window", "until");
	/* Past the calendar's end (2100): the calendar says so. */
	assert_int_equal(enf_register_worklist_window(out, 1, &count, reg, NULL,
						      cal, NULL, a,
						      ymd(2101, 1, 1)),
			 ENF_ERANGE);
	assert_error_names("register_worklist_window", "2100-12-31");
	assert_error_names("register_worklist_window: until: ", "calendar");
	assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION), ENF_OK);
	f.version = 7;
	assert_int_equal(enf_register_worklist_window(out, 1, &count, reg, &f,
						      cal, NULL, a, u),
			 ENF_EVERSION);
	assert_error_names("register_worklist_window", "version is 7");
	/* Nothing written, nothing counted. */
	assert_int_equal(count, NO_COUNT);
	assert_memory_equal(&out[0], &blank, sizeof(blank));
	enf_register_free(reg);
	enf_calendar_free(cal);
}

/* ---------------------------------------------------------------------- */
/* Columns                                                                 */

/* Two cases: 0 collects 2,000,000 of 5,000,000 (agency case, decided
 * Mon 3 Feb 2025, notified Wed 5 Feb, verified with means Thu 20 Feb,
 * classified with means Fri 21 Feb, 2,000,000 collected Mon 3 Mar, paid
 * out Mon 10 Mar); 1 is a request received Thu 23 Jan 2025. */
static enf_register *columns_fixture(void)
{
	enf_register *reg = new_register();
	enf_case *c = new_case("LS-01", "10/QĐ-CCTHADS", ENF_MODE_AGENCY,
			       ENF_JUDGMENT_CRIMINAL, ENF_CASE_PRISONER);
	enf_event collected = {ENF_EV_COLLECTED, ymd(2025, 3, 3), 0, 2000000,
			       ENF_INDEX_NONE};
	enf_event paid = {ENF_EV_PAID_OUT, ymd(2025, 3, 10), 0, 2000000,
			  ENF_INDEX_NONE};

	add_obligation(c, ENF_OBL_FINE, 5000000);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 2, 3), 0);
	apply(c, ENF_EV_DECISION_NOTIFIED, ymd(2025, 2, 5), 0);
	apply(c, ENF_EV_VERIFIED, ymd(2025, 2, 20), 1);
	apply(c, ENF_EV_CLASSIFIED, ymd(2025, 2, 21), 1);
	assert_int_equal(enf_case_apply(c, &collected), ENF_OK);
	assert_int_equal(enf_case_apply(c, &paid), ENF_OK);
	add(reg, c);
	c = new_case("LS-02", "11/QĐ-CCTHADS", ENF_MODE_REQUEST,
		     ENF_JUDGMENT_CIVIL, 0);
	apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 23), 0);
	add(reg, c);
	return reg;
}

static void test_columns__events(void **state)
{
	enf_register *reg = columns_fixture();
	int32_t ci[7], seq[7], date[7], kind[7], detail[7], asset[7];
	int64_t amount[7];
	const int32_t want_ci[] = {0, 0, 0, 0, 0, 0, 1};
	const int32_t want_seq[] = {0, 1, 2, 3, 4, 5, 0};
	const int32_t want_kind[] = {
		ENF_EV_DECISION_ISSUED, ENF_EV_DECISION_NOTIFIED,
		ENF_EV_VERIFIED,	ENF_EV_CLASSIFIED,
		ENF_EV_COLLECTED,	ENF_EV_PAID_OUT,
		ENF_EV_REQUEST_RECEIVED};
	const int32_t want_detail[] = {0, 0, 1, 1, 0, 0, 0};
	const int64_t want_amount[] = {0, 0, 0, 0, 2000000, 2000000, 0};

	(void)state;
	assert_int_equal(enf_register_event_total(reg), 7);
	assert_int_equal(enf_register_event_total(NULL), 0);
	assert_int_equal(enf_register_event_columns(reg, ci, 7, seq, 7, date, 7,
						    kind, 7, detail, 7, amount,
						    7, asset, 7),
			 ENF_OK);
	assert_memory_equal(ci, want_ci, sizeof(ci));
	assert_memory_equal(seq, want_seq, sizeof(seq));
	assert_memory_equal(kind, want_kind, sizeof(kind));
	assert_memory_equal(detail, want_detail, sizeof(detail));
	assert_memory_equal(amount, want_amount, sizeof(amount));
	assert_int_equal(date[0], ymd(2025, 2, 3));
	assert_int_equal(date[4], ymd(2025, 3, 3));
	assert_int_equal(date[6], ymd(2025, 1, 23));
	for (int i = 0; i < 7; i++)
		assert_int_equal(asset[i], ENF_INDEX_NONE);
	/* Columns may be left out. */
	memset(date, 0, sizeof(date));
	assert_int_equal(enf_register_event_columns(reg, NULL, 0, NULL, 0, date,
						    7, NULL, 0, NULL, 0, NULL,
						    0, NULL, 0),
			 ENF_OK);
	assert_int_equal(date[5], ymd(2025, 3, 10));
	enf_register_free(reg);
}

static void test_columns__cases(void **state)
{
	enf_register *reg = columns_fixture();
	int32_t dd[2], je[2], mode[2], jk[2], flags[2], st[2], since[2];
	int64_t owed[2], coll[2], paid[2], outs[2];

	(void)state;
	/* On Fri 28 Feb 2025: case 0 with means since the verification that
	 * found them (20 Feb; the classification of 21 Feb keeps the state),
	 * nothing collected, 5,000,000 outstanding; case 1 received since
	 * 23 Jan. */
	assert_int_equal(enf_register_case_columns(reg, ymd(2025, 2, 28), dd, 2,
						   je, 2, mode, 2, jk, 2, flags,
						   2, st, 2, since, 2, owed, 2,
						   coll, 2, paid, 2, outs, 2),
			 ENF_OK);
	assert_int_equal(dd[0], ENF_DATE_NONE);
	assert_int_equal(je[1], ENF_DATE_NONE);
	assert_int_equal(mode[0], ENF_MODE_AGENCY);
	assert_int_equal(mode[1], ENF_MODE_REQUEST);
	assert_int_equal(jk[0], ENF_JUDGMENT_CRIMINAL);
	assert_int_equal(flags[0], ENF_CASE_PRISONER);
	assert_int_equal(flags[1], 0);
	assert_int_equal(st[0], ENF_STATE_WITH_MEANS);
	assert_int_equal(since[0], ymd(2025, 2, 20));
	assert_int_equal(st[1], ENF_STATE_RECEIVED);
	assert_int_equal(since[1], ymd(2025, 1, 23));
	assert_int_equal(owed[0], 5000000);
	assert_int_equal(coll[0], 0);
	assert_int_equal(outs[0], 5000000);
	assert_int_equal(owed[1], 0);
	/* At the end of the log: 2,000,000 collected and paid, 3,000,000
	 * outstanding. */
	assert_int_equal(enf_register_case_columns(
				 reg, ENF_DATE_NONE, NULL, 0, NULL, 0, NULL, 0,
				 NULL, 0, NULL, 0, st, 2, NULL, 0, NULL, 0,
				 coll, 2, paid, 2, outs, 2),
			 ENF_OK);
	assert_int_equal(st[0], ENF_STATE_WITH_MEANS);
	assert_int_equal(coll[0], 2000000);
	assert_int_equal(paid[0], 2000000);
	assert_int_equal(outs[0], 3000000);
	enf_register_free(reg);
}

static void test_columns__text(void **state)
{
	enf_register *reg = columns_fixture();
	char *text = NULL;
	size_t len = 0;
	static const char offices[] = "LS-01\0LS-02";
	static const char nos[] = "10/QĐ-CCTHADS\0"
				  "11/QĐ-CCTHADS";

	(void)state;
	assert_int_equal(enf_register_text_column(&text, &len, reg,
						  ENF_CASE_TEXT_OFFICE),
			 ENF_OK);
	assert_int_equal(len, sizeof(offices));
	assert_memory_equal(text, offices, sizeof(offices));
	enf_free(text);
	assert_int_equal(enf_register_text_column(&text, &len, reg,
						  ENF_CASE_TEXT_DECISION_NO),
			 ENF_OK);
	assert_int_equal(len, sizeof(nos));
	assert_memory_equal(text, nos, sizeof(nos));
	enf_free(text);
	/* No court given: an empty value for each case. */
	assert_int_equal(
		enf_register_text_column(&text, &len, reg, ENF_CASE_TEXT_COURT),
		ENF_OK);
	assert_int_equal(len, 2);
	enf_free(text);
	enf_register_free(reg);
}

/* Three cases of two offices: the distinct offices in order of first
 * appearance and one code per case. */
static void test_columns__text_codes(void **state)
{
	enf_register *reg = columns_fixture();
	char *text = NULL;
	size_t len = 0;
	int32_t codes[3] = {-1, -1, -1};
	static const char offices[] = "LS-01\0LS-02";

	(void)state;
	add(reg, new_case("LS-01", "12/QĐ-CCTHADS", ENF_MODE_AGENCY,
			  ENF_JUDGMENT_CIVIL, 0));
	assert_int_equal(enf_register_text_codes(&text, &len, codes, 3, reg,
						 ENF_CASE_TEXT_OFFICE),
			 ENF_OK);
	assert_int_equal(len, sizeof(offices));
	assert_memory_equal(text, offices, sizeof(offices));
	assert_int_equal(codes[0], 0);
	assert_int_equal(codes[1], 1);
	assert_int_equal(codes[2], 0);
	enf_free(text);
	/* Court: none given, one distinct value "". */
	assert_int_equal(enf_register_text_codes(&text, &len, codes, 3, reg,
						 ENF_CASE_TEXT_COURT),
			 ENF_OK);
	assert_int_equal(len, 1);
	assert_int_equal(codes[2], 0);
	enf_free(text);
	/* Codes not wanted. */
	assert_int_equal(enf_register_text_codes(&text, NULL, NULL, 0, reg,
						 ENF_CASE_TEXT_DECISION_NO),
			 ENF_OK);
	assert_string_equal(text, "10/QĐ-CCTHADS");
	enf_free(text);
	/* A wrong length names codes; nothing written. */
	codes[0] = -1;
	assert_int_equal(enf_register_text_codes(&text, NULL, codes, 2, reg,
						 ENF_CASE_TEXT_OFFICE),
			 ENF_EINVALID);
	assert_error_names("register_text_codes",
			   "codes holds 2 values; the register has 3 cases");
	assert_null(text);
	assert_int_equal(codes[0], -1);
	assert_int_equal(enf_register_text_codes(&text, NULL, NULL, 0, reg,
						 (enf_case_text)9),
			 ENF_EINVALID);
	assert_error_names("register_text_codes", "field is 9");
	enf_register_free(reg);
}

static void test_columns__bad_input(void **state)
{
	enf_register *reg = columns_fixture();
	int32_t date[8] = {-1, -1, -1, -1, -1, -1, -1, -1}, st[2] = {-1, -1};
	char *text = (char *)"x";

	(void)state;
	assert_int_equal(enf_register_event_columns(NULL, NULL, 0, NULL, 0,
						    date, 7, NULL, 0, NULL, 0,
						    NULL, 0, NULL, 0),
			 ENF_EINVALID);
	assert_error_names("register_event_columns", "reg is NULL");
	assert_int_equal(enf_register_event_columns(reg, NULL, 0, NULL, 0, date,
						    8, NULL, 0, NULL, 0, NULL,
						    0, NULL, 0),
			 ENF_EINVALID);
	assert_error_names("register_event_columns",
			   "date holds 8 values; the register has 7 events");
	assert_int_equal(enf_register_event_columns(reg, NULL, 0, NULL, 0, date,
						    7, NULL, 3, NULL, 0, NULL,
						    0, NULL, 0),
			 ENF_EINVALID);
	assert_error_names("register_event_columns",
			   "kind is NULL but its length is 3");
	for (int i = 0; i < 8; i++)
		assert_int_equal(date[i], -1);
	assert_int_equal(enf_register_case_columns(
				 reg, ENF_DATE_MAX + 1, NULL, 0, NULL, 0, NULL,
				 0, NULL, 0, NULL, 0, st, 2, NULL, 0, NULL, 0,
				 NULL, 0, NULL, 0, NULL, 0),
			 ENF_ERANGE);
	assert_error_names("register_case_columns", "date");
	assert_int_equal(enf_register_case_columns(
				 reg, ENF_DATE_NONE, NULL, 0, NULL, 0, NULL, 0,
				 NULL, 0, NULL, 0, st, 1, NULL, 0, NULL, 0,
				 NULL, 0, NULL, 0, NULL, 0),
			 ENF_EINVALID);
	assert_error_names("register_case_columns",
			   "state holds 1 values; the register has 2 cases");
	assert_int_equal(st[0], -1);
	assert_int_equal(
		enf_register_text_column(&text, NULL, reg, (enf_case_text)4),
		ENF_EINVALID);
	assert_error_names("register_text_column", "field is 4");
	assert_null(text);
	assert_int_equal(
		enf_register_text_column(NULL, NULL, reg, ENF_CASE_TEXT_OFFICE),
		ENF_EINVALID);
	assert_error_names("register_text_column", "out is NULL");
	enf_register_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_window__as_of_until),
		cmocka_unit_test(test_window__history),
		cmocka_unit_test(test_window__one_day_is_the_old_call),
		cmocka_unit_test(test_window__cap),
		cmocka_unit_test(test_window__bad_input),
		cmocka_unit_test(test_columns__events),
		cmocka_unit_test(test_columns__cases),
		cmocka_unit_test(test_columns__text),
		cmocka_unit_test(test_columns__text_codes),
		cmocka_unit_test(test_columns__bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
