/*
 * Tests of the case register of case.h: storage and lookup by office and
 * decision number, the filter, and the worklist of deadlines due on a date.
 *
 * Expected values are worked out by hand next to each test from the
 * transition table of case.c, the durations of rules.h and the 2025
 * calendar; none was produced by running the code under test.
 *
 * Weekdays used below (1970-01-01 was a Thursday; each is also checked
 * with enf_date_weekday in test_register__weekdays_used), 2025:
 *   Mon 6 Jan, Thu 23 Jan, Fri 24 Jan, Sat 25 Jan, Sun 2 Feb, Mon 3 Feb,
 *   Wed 5 Feb, Thu 6 Feb, Mon 10 Feb, Wed 12 Feb, Thu 20 Feb, Sat 1 Mar,
 *   Mon 3 Mar, Mon 10 Mar, Sat 15 Mar, Thu 20 Mar, Tue 1 Apr, Thu 10 Apr,
 *   Mon 30 Jun.
 * The 2025 Tết break (official table built into the default calendar):
 * Saturday 25 January to Sunday 2 February 2025, all days off.
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

/* A value no index written by the library takes, to see out untouched. */
#define NO_INDEX ((size_t)0xdeadbeefu)

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

static enf_filter filter(void)
{
	enf_filter f;

	assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION), ENF_OK);
	return f;
}

static void test_register__weekdays_used(void **state)
{
	static const struct {
		int m, d;
		enf_weekday wd;
	} days[] = {
		{1, 6, ENF_MONDAY},    {1, 23, ENF_THURSDAY},
		{1, 24, ENF_FRIDAY},   {1, 25, ENF_SATURDAY},
		{2, 2, ENF_SUNDAY},    {2, 3, ENF_MONDAY},
		{2, 5, ENF_WEDNESDAY}, {2, 6, ENF_THURSDAY},
		{2, 10, ENF_MONDAY},   {2, 12, ENF_WEDNESDAY},
		{2, 20, ENF_THURSDAY}, {3, 1, ENF_SATURDAY},
		{3, 3, ENF_MONDAY},    {3, 10, ENF_MONDAY},
		{3, 15, ENF_SATURDAY}, {3, 20, ENF_THURSDAY},
		{4, 1, ENF_TUESDAY},   {4, 10, ENF_THURSDAY},
		{6, 30, ENF_MONDAY},
	};

	(void)state;
	for (size_t i = 0; i < sizeof(days) / sizeof(days[0]); i++) {
		enf_weekday wd = (enf_weekday)0;

		assert_int_equal(
			enf_date_weekday(&wd, ymd(2025, days[i].m, days[i].d)),
			ENF_OK);
		assert_int_equal(wd, days[i].wd);
	}
}

/* ---------------------------------------------------------------------- */
/* Storage and lookup                                                      */

static void test_register__new_free(void **state)
{
	enf_register *reg = NULL;
	enf_case *c = (enf_case *)&reg;

	(void)state;
	enf_register_free(NULL);
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_non_null(reg);
	assert_int_equal(enf_register_count(reg), 0);
	assert_int_equal(enf_register_count(NULL), 0);
	/* An empty register has no case 0. */
	assert_int_equal(enf_register_at(&c, reg, 0), ENF_ERANGE);
	assert_error_names("register_at", "i is 0");
	assert_ptr_equal(c, (enf_case *)&reg);
	enf_register_free(reg);
	assert_int_equal(enf_register_new(NULL), ENF_EINVALID);
	assert_error_names("register_new", "out");
}

static void test_register__add_count_at_find(void **state)
{
	enf_register *reg = new_register();
	enf_case *a = new_case("LS-01", "1/QĐ-CCTHADS", ENF_MODE_AGENCY,
			       ENF_JUDGMENT_CRIMINAL, 0);
	enf_case *b = new_case("LS-01", "2/QĐ-CCTHADS", ENF_MODE_REQUEST,
			       ENF_JUDGMENT_CIVIL, 0);
	/* The same number in another office is another case. */
	enf_case *c = new_case("LS-02", "1/QĐ-CCTHADS", ENF_MODE_REQUEST,
			       ENF_JUDGMENT_COMMERCIAL, 0);
	enf_case *got = NULL;
	enf_case_info info;

	(void)state;
	add(reg, a);
	assert_int_equal(enf_register_count(reg), 1);
	add(reg, b);
	add(reg, c);
	assert_int_equal(enf_register_count(reg), 3);
	assert_int_equal(enf_register_at(&got, reg, 0), ENF_OK);
	assert_ptr_equal(got, a);
	assert_int_equal(enf_register_at(&got, reg, 1), ENF_OK);
	assert_ptr_equal(got, b);
	assert_int_equal(enf_register_at(&got, reg, 2), ENF_OK);
	assert_ptr_equal(got, c);
	assert_int_equal(enf_register_find(&got, reg, "LS-01", "1/QĐ-CCTHADS"),
			 ENF_OK);
	assert_ptr_equal(got, a);
	assert_int_equal(enf_register_find(&got, reg, "LS-02", "1/QĐ-CCTHADS"),
			 ENF_OK);
	assert_ptr_equal(got, c);
	assert_int_equal(enf_register_find(&got, reg, "LS-01", "2/QĐ-CCTHADS"),
			 ENF_OK);
	assert_ptr_equal(got, b);
	assert_int_equal(enf_case_get_info(&info, got), ENF_OK);
	assert_string_equal(info.office, "LS-01");
	assert_string_equal(info.decision_no, "2/QĐ-CCTHADS");
	/* The register frees its cases. */
	enf_register_free(reg);
}

static void test_register__duplicate_key(void **state)
{
	enf_register *reg = new_register();
	enf_case *a = new_case("LS-01", "15/QĐ-THADS", ENF_MODE_AGENCY,
			       ENF_JUDGMENT_CIVIL, 0);
	enf_case *dup = new_case("LS-01", "15/QĐ-THADS", ENF_MODE_REQUEST,
				 ENF_JUDGMENT_LABOUR, 0);
	enf_case *got = NULL;

	(void)state;
	add(reg, a);
	assert_int_equal(enf_register_add(reg, dup), ENF_ESTATE);
	assert_error_names("register_add", "15/QĐ-THADS");
	assert_error_names("register_add", "LS-01");
	assert_int_equal(enf_register_count(reg), 1);
	assert_int_equal(enf_register_find(&got, reg, "LS-01", "15/QĐ-THADS"),
			 ENF_OK);
	assert_ptr_equal(got, a);
	/* The caller still owns the refused case: usable, and freed here
	 * (the sanitizer build would see a double free or a leak). It is on
	 * request, so its first event is the request (Art 36(1)), not a
	 * decision. */
	assert_int_equal(enf_case_event_count(dup), 0);
	apply(dup, ENF_EV_REQUEST_RECEIVED, ymd(2025, 3, 3), 0);
	assert_int_equal(enf_case_event_count(dup), 1);
	enf_case_free(dup);
	enf_register_free(reg);
}

static void test_register__find_missing(void **state)
{
	enf_register *reg = new_register();
	enf_case *sentinel = (enf_case *)&reg;
	enf_case *got = sentinel;

	(void)state;
	add(reg, new_case("LS-01", "1/QĐ-CCTHADS", ENF_MODE_AGENCY,
			  ENF_JUDGMENT_CIVIL, 0));
	assert_int_equal(enf_register_find(&got, reg, "LS-03", "1/QĐ-CCTHADS"),
			 ENF_ENOTFOUND);
	assert_error_names("register_find", "LS-03");
	assert_error_names("register_find", "1/QĐ-CCTHADS");
	assert_ptr_equal(got, sentinel);
	assert_int_equal(enf_register_find(&got, reg, "LS-01", "9/QĐ-CCTHADS"),
			 ENF_ENOTFOUND);
	assert_error_names("register_find", "9/QĐ-CCTHADS");
	assert_error_names("register_find", "LS-01");
	assert_ptr_equal(got, sentinel);
	/* The key is exact: no prefix match, no case folding. */
	assert_int_equal(enf_register_find(&got, reg, "LS-0", "1/QĐ-CCTHADS"),
			 ENF_ENOTFOUND);
	assert_int_equal(enf_register_find(&got, reg, "ls-01", "1/QĐ-CCTHADS"),
			 ENF_ENOTFOUND);
	assert_int_equal(enf_register_find(&got, reg, "LS-01", "1/QĐ-CCTHAD"),
			 ENF_ENOTFOUND);
	assert_ptr_equal(got, sentinel);
	enf_register_free(reg);
}

static void test_register__at_out_of_range(void **state)
{
	enf_register *reg = new_register();
	enf_case *sentinel = (enf_case *)&reg;
	enf_case *got = sentinel;

	(void)state;
	add(reg, new_case("LS-01", "1/QĐ-CCTHADS", ENF_MODE_AGENCY,
			  ENF_JUDGMENT_CIVIL, 0));
	add(reg, new_case("LS-01", "2/QĐ-CCTHADS", ENF_MODE_AGENCY,
			  ENF_JUDGMENT_CIVIL, 0));
	assert_int_equal(enf_register_at(&got, reg, 2), ENF_ERANGE);
	assert_error_names("register_at", "i is 2");
	assert_error_names("register_at", "2 cases");
	assert_ptr_equal(got, sentinel);
	assert_int_equal(enf_register_at(&got, reg, SIZE_MAX), ENF_ERANGE);
	assert_error_names("register_at", "i is");
	assert_ptr_equal(got, sentinel);
	enf_register_free(reg);
}

static void test_register__bad_input(void **state)
{
	enf_register *reg = new_register();
	enf_case *c = new_case("LS-01", "1/QĐ-CCTHADS", ENF_MODE_AGENCY,
			       ENF_JUDGMENT_CIVIL, 0);
	enf_case *sentinel = (enf_case *)&reg;
	enf_case *got = sentinel;

	(void)state;
	assert_int_equal(enf_register_add(NULL, c), ENF_EINVALID);
	assert_error_names("register_add", "reg");
	assert_int_equal(enf_register_add(reg, NULL), ENF_EINVALID);
	assert_error_names("register_add", "c is NULL");
	assert_int_equal(enf_register_count(reg), 0);
	add(reg, c);
	assert_int_equal(enf_register_at(NULL, reg, 0), ENF_EINVALID);
	assert_error_names("register_at", "out");
	assert_int_equal(enf_register_at(&got, NULL, 0), ENF_EINVALID);
	assert_error_names("register_at", "reg");
	assert_ptr_equal(got, sentinel);
	assert_int_equal(enf_register_find(NULL, reg, "LS-01", "1/QĐ-CCTHADS"),
			 ENF_EINVALID);
	assert_error_names("register_find", "out");
	assert_int_equal(enf_register_find(&got, NULL, "LS-01", "1/QĐ-CCTHADS"),
			 ENF_EINVALID);
	assert_error_names("register_find", "reg");
	assert_int_equal(enf_register_find(&got, reg, NULL, "1/QĐ-CCTHADS"),
			 ENF_EINVALID);
	assert_error_names("register_find", "office");
	assert_int_equal(enf_register_find(&got, reg, "LS-01", NULL),
			 ENF_EINVALID);
	assert_error_names("register_find", "decision_no");
	assert_ptr_equal(got, sentinel);
	enf_register_free(reg);
}

/* Thousands of cases over several offices: the index grows many times and
 * every case is still found, in insertion order. */
static void test_register__growth(void **state)
{
	enum { N = 5000, OFFICES = 6 };
	static const char *const offices[OFFICES] = {"LS-00", "LS-01", "LS-02",
						     "LS-03", "LS-04", "LS-05"};
	enf_register *reg = new_register();
	char no[32];

	(void)state;
	for (int i = 0; i < N; i++) {
		snprintf(no, sizeof(no), "%d/QĐ-CCTHADS", i / OFFICES + 1);
		add(reg, new_case(offices[i % OFFICES], no, ENF_MODE_AGENCY,
				  ENF_JUDGMENT_CIVIL, 0));
		assert_int_equal(enf_register_count(reg), (size_t)i + 1);
	}
	for (int i = 0; i < N; i++) {
		enf_case *at = NULL, *found = NULL;
		enf_case_info info;

		snprintf(no, sizeof(no), "%d/QĐ-CCTHADS", i / OFFICES + 1);
		assert_int_equal(enf_register_at(&at, reg, (size_t)i), ENF_OK);
		assert_int_equal(enf_register_find(&found, reg,
						   offices[i % OFFICES], no),
				 ENF_OK);
		assert_ptr_equal(at, found);
		assert_int_equal(enf_case_get_info(&info, at), ENF_OK);
		assert_string_equal(info.office, offices[i % OFFICES]);
		assert_string_equal(info.decision_no, no);
	}
	/* A duplicate deep in the register is still refused. */
	{
		enf_case *dup =
			new_case("LS-03", "700/QĐ-CCTHADS", ENF_MODE_AGENCY,
				 ENF_JUDGMENT_CIVIL, 0);

		assert_int_equal(enf_register_add(reg, dup), ENF_ESTATE);
		enf_case_free(dup);
	}
	assert_int_equal(enf_register_count(reg), N);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* Filter                                                                  */

/*
 * Five cases, in register order:
 *  0  LS-01 1/QĐ-CCTHADS  agency,  criminal,   corruption | prisoner;
 *     fine. Decided Mon 3 Mar 2025 (voluntary), means found Thu 20 Mar
 *     (with means), done Thu 10 Apr.
 *  1  LS-01 2/QĐ-CCTHADS  request, civil,      no flags; bank credit.
 *     Request Thu 23 Jan 2025 (received), decided Wed 5 Feb (voluntary),
 *     classified without means Mon 10 Mar.
 *  2  LS-02 1/QĐ-CCTHADS  request, commercial, unknown address; hand over
 *     and maintenance. Request Mon 10 Feb (received), decided Wed 12 Feb
 *     (voluntary), postponed by agreement Sat 1 Mar, resumed Tue 1 Apr
 *     (back to voluntary).
 *  3  LS-02 7/QĐ-CCTHADS  agency,  administrative, corruption; court fee.
 *     No events: no state ever.
 *  4  LS-01 9/QĐ-CCTHADS  agency,  civil,      prisoner; no obligation.
 *     Decided Mon 6 Jan 2025 (voluntary), terminated Thu 20 Feb.
 */
static enf_register *filter_fixture(void)
{
	enf_register *reg = new_register();
	enf_case *c;

	c = new_case("LS-01", "1/QĐ-CCTHADS", ENF_MODE_AGENCY,
		     ENF_JUDGMENT_CRIMINAL,
		     ENF_CASE_CORRUPTION | ENF_CASE_PRISONER);
	add_obligation(c, ENF_OBL_FINE, 5000000);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 3, 3), 0);
	apply(c, ENF_EV_VERIFIED, ymd(2025, 3, 20), 1);
	apply(c, ENF_EV_DONE, ymd(2025, 4, 10), 0);
	add(reg, c);

	c = new_case("LS-01", "2/QĐ-CCTHADS", ENF_MODE_REQUEST,
		     ENF_JUDGMENT_CIVIL, 0);
	add_obligation(c, ENF_OBL_BANK_CREDIT, 1000000000);
	apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 23), 0);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 2, 5), 0);
	apply(c, ENF_EV_CLASSIFIED, ymd(2025, 3, 10), 0);
	add(reg, c);

	c = new_case("LS-02", "1/QĐ-CCTHADS", ENF_MODE_REQUEST,
		     ENF_JUDGMENT_COMMERCIAL, ENF_CASE_UNKNOWN_ADDRESS);
	add_obligation(c, ENF_OBL_HAND_OVER, 0);
	add_obligation(c, ENF_OBL_MAINTENANCE, 2000000);
	apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 2, 10), 0);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 2, 12), 0);
	apply(c, ENF_EV_POSTPONED, ymd(2025, 3, 1), ENF_POSTPONE_AGREEMENT);
	apply(c, ENF_EV_RESUMED, ymd(2025, 4, 1), 0);
	add(reg, c);

	c = new_case("LS-02", "7/QĐ-CCTHADS", ENF_MODE_AGENCY,
		     ENF_JUDGMENT_ADMINISTRATIVE, ENF_CASE_CORRUPTION);
	add_obligation(c, ENF_OBL_COURT_FEE, 300000);
	add(reg, c);

	c = new_case("LS-01", "9/QĐ-CCTHADS", ENF_MODE_AGENCY,
		     ENF_JUDGMENT_CIVIL, ENF_CASE_PRISONER);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 6), 0);
	apply(c, ENF_EV_TERMINATED, ymd(2025, 2, 20), ENF_TERMINATE_AGREEMENT);
	add(reg, c);
	return reg;
}

/* Asserts the filter keeps exactly the n case indices that follow, in
 * that order, and writes nothing past them. */
static void assert_kept(const enf_register *reg, const enf_filter *f, int n,
			...)
{
	size_t out[8], count = NO_INDEX;
	va_list ap;

	for (size_t i = 0; i < 8; i++)
		out[i] = NO_INDEX;
	assert_int_equal(enf_register_filter(out, 8, &count, reg, f), ENF_OK);
	assert_int_equal(count, (size_t)n);
	va_start(ap, n);
	for (int i = 0; i < n; i++)
		assert_int_equal(out[i], (size_t)va_arg(ap, int));
	va_end(ap);
	for (size_t i = (size_t)n; i < 8; i++)
		assert_int_equal(out[i], NO_INDEX);
}

static void test_register__filter_init(void **state)
{
	enf_filter f;

	(void)state;
	memset(&f, 0x5a, sizeof(f));
	assert_int_equal(enf_filter_init(&f, 1), ENF_OK);
	assert_int_equal(f.version, 1);
	assert_null(f.office);
	assert_int_equal(f.states, 0);
	assert_int_equal(f.modes, 0);
	assert_int_equal(f.judgment_kinds, 0);
	assert_int_equal(f.obligation_kinds, 0);
	assert_int_equal(f.flags, 0);
	assert_int_equal(f.date, ENF_DATE_NONE);
}

static void test_register__filter_init_bad_input(void **state)
{
	enf_filter f;

	(void)state;
	memset(&f, 0x5a, sizeof(f));
	assert_int_equal(enf_filter_init(&f, 0), ENF_EVERSION);
	assert_error_names("filter_init", "version is 0");
	assert_int_equal(enf_filter_init(&f, 2), ENF_EVERSION);
	assert_error_names("filter_init", "version is 2");
	assert_int_equal(f.version, 0x5a5a5a5au);
	assert_int_equal(f.states, 0x5a5a5a5au);
	assert_int_equal(f.flags, 0x5a5a5a5au);
	assert_int_equal(f.date, (enf_date)0x5a5a5a5a);
	assert_int_equal(enf_filter_init(NULL, 1), ENF_EINVALID);
	assert_error_names("filter_init", "f is NULL");
}

static void test_register__filter_all(void **state)
{
	enf_register *reg = filter_fixture();
	enf_filter f = filter();

	(void)state;
	assert_kept(reg, NULL, 5, 0, 1, 2, 3, 4);
	/* The defaults keep everything too. */
	assert_kept(reg, &f, 5, 0, 1, 2, 3, 4);
	/* Without a states mask the date plays no part, valid or not. */
	f.date = ENF_DATE_MAX + 1;
	assert_kept(reg, &f, 5, 0, 1, 2, 3, 4);
	enf_register_free(reg);
}

static void test_register__filter_empty_register(void **state)
{
	enf_register *reg = new_register();
	enf_filter f = filter();
	size_t count = NO_INDEX;

	(void)state;
	assert_kept(reg, NULL, 0);
	f.states = 1u << ENF_STATE_NONE;
	f.date = ymd(2025, 1, 1);
	assert_kept(reg, &f, 0);
	/* Nothing to write: out may be NULL with cap 0. */
	assert_int_equal(enf_register_filter(NULL, 0, &count, reg, NULL),
			 ENF_OK);
	assert_int_equal(count, 0);
	enf_register_free(reg);
}

static void test_register__filter_office(void **state)
{
	enf_register *reg = filter_fixture();
	enf_filter f = filter();

	(void)state;
	f.office = "LS-01";
	assert_kept(reg, &f, 3, 0, 1, 4);
	f.office = "LS-02";
	assert_kept(reg, &f, 2, 2, 3);
	/* Exact match only. */
	f.office = "LS-0";
	assert_kept(reg, &f, 0);
	f.office = "LS-011";
	assert_kept(reg, &f, 0);
	f.office = "ls-01";
	assert_kept(reg, &f, 0);
	f.office = "LS-99";
	assert_kept(reg, &f, 0);
	enf_register_free(reg);
}

static void test_register__filter_modes(void **state)
{
	enf_register *reg = filter_fixture();
	enf_filter f = filter();

	(void)state;
	f.modes = 1u << ENF_MODE_AGENCY;
	assert_kept(reg, &f, 3, 0, 3, 4);
	f.modes = 1u << ENF_MODE_REQUEST;
	assert_kept(reg, &f, 2, 1, 2);
	f.modes = (1u << ENF_MODE_AGENCY) | (1u << ENF_MODE_REQUEST);
	assert_kept(reg, &f, 5, 0, 1, 2, 3, 4);
	enf_register_free(reg);
}

static void test_register__filter_judgment_kinds(void **state)
{
	enf_register *reg = filter_fixture();
	enf_filter f = filter();

	(void)state;
	f.judgment_kinds = 1u << ENF_JUDGMENT_CIVIL;
	assert_kept(reg, &f, 2, 1, 4);
	f.judgment_kinds = (1u << ENF_JUDGMENT_CRIMINAL) |
			   (1u << ENF_JUDGMENT_ADMINISTRATIVE);
	assert_kept(reg, &f, 2, 0, 3);
	f.judgment_kinds = 1u << ENF_JUDGMENT_COMMERCIAL;
	assert_kept(reg, &f, 1, 2);
	f.judgment_kinds =
		(1u << ENF_JUDGMENT_LABOUR) | (1u << ENF_JUDGMENT_BANKRUPTCY);
	assert_kept(reg, &f, 0);
	enf_register_free(reg);
}

static void test_register__filter_obligation_kinds(void **state)
{
	enf_register *reg = filter_fixture();
	enf_filter f = filter();

	(void)state;
	f.obligation_kinds = 1u << ENF_OBL_FINE;
	assert_kept(reg, &f, 1, 0);
	f.obligation_kinds = 1u << ENF_OBL_COURT_FEE;
	assert_kept(reg, &f, 1, 3);
	/* Case 2's second obligation is enough. */
	f.obligation_kinds = 1u << ENF_OBL_MAINTENANCE;
	assert_kept(reg, &f, 1, 2);
	f.obligation_kinds =
		(1u << ENF_OBL_HAND_OVER) | (1u << ENF_OBL_BANK_CREDIT);
	assert_kept(reg, &f, 2, 1, 2);
	/* Case 4 has no obligation: any obligation mask drops it. */
	f.obligation_kinds = (1u << (ENF_OBL_STOP_ACT + 1)) - 1u;
	assert_kept(reg, &f, 4, 0, 1, 2, 3);
	f.obligation_kinds =
		(1u << ENF_OBL_STOP_ACT) | (1u << ENF_OBL_UNLAWFUL_GAIN);
	assert_kept(reg, &f, 0);
	enf_register_free(reg);
}

static void test_register__filter_flags(void **state)
{
	enf_register *reg = filter_fixture();
	enf_filter f = filter();

	(void)state;
	f.flags = ENF_CASE_CORRUPTION;
	assert_kept(reg, &f, 2, 0, 3);
	f.flags = ENF_CASE_PRISONER;
	assert_kept(reg, &f, 2, 0, 4);
	/* All the bits, not any of them. */
	f.flags = ENF_CASE_CORRUPTION | ENF_CASE_PRISONER;
	assert_kept(reg, &f, 1, 0);
	f.flags = ENF_CASE_UNKNOWN_ADDRESS;
	assert_kept(reg, &f, 1, 2);
	f.flags = ENF_CASE_CORRUPTION | ENF_CASE_UNKNOWN_ADDRESS;
	assert_kept(reg, &f, 0);
	enf_register_free(reg);
}

#define ST(s) (1u << ENF_STATE_##s)

static void test_register__filter_states(void **state)
{
	enf_register *reg = filter_fixture();
	enf_filter f = filter();

	(void)state;
	/* 1 Jan 2025, before every event: no case has a state yet. */
	f.date = ymd(2025, 1, 1);
	f.states = ST(NONE);
	assert_kept(reg, &f, 5, 0, 1, 2, 3, 4);
	f.states = ST(RECEIVED) | ST(VOLUNTARY);
	assert_kept(reg, &f, 0);

	/* Wed 22 Jan: only case 4 is decided (6 Jan). */
	f.date = ymd(2025, 1, 22);
	f.states = ST(NONE);
	assert_kept(reg, &f, 4, 0, 1, 2, 3);
	f.states = ST(VOLUNTARY);
	assert_kept(reg, &f, 1, 4);
	f.states = ST(RECEIVED);
	assert_kept(reg, &f, 0);

	/* Thu 23 Jan: the request of case 1 counts on its own day. */
	f.date = ymd(2025, 1, 23);
	f.states = ST(RECEIVED);
	assert_kept(reg, &f, 1, 1);
	f.states = ST(NONE);
	assert_kept(reg, &f, 3, 0, 2, 3);

	/* Sat 15 Mar: 0 voluntary (decided 3 Mar, verified 20 Mar), 1 without
	 * means (10 Mar), 2 postponed (1 Mar), 3 none, 4 terminated (20
	 * Feb). */
	f.date = ymd(2025, 3, 15);
	f.states = ST(VOLUNTARY);
	assert_kept(reg, &f, 1, 0);
	f.states = ST(WITHOUT_MEANS);
	assert_kept(reg, &f, 1, 1);
	f.states = ST(POSTPONED);
	assert_kept(reg, &f, 1, 2);
	f.states = ST(TERMINATED);
	assert_kept(reg, &f, 1, 4);
	f.states = ST(VOLUNTARY) | ST(POSTPONED) | ST(NONE);
	assert_kept(reg, &f, 3, 0, 2, 3);
	f.states = ST(WITH_MEANS) | ST(DONE) | ST(RECEIVED);
	assert_kept(reg, &f, 0);

	/* Thu 20 Mar: case 0 has means from that day. */
	f.date = ymd(2025, 3, 20);
	f.states = ST(WITH_MEANS);
	assert_kept(reg, &f, 1, 0);

	/* Mon 30 Jun, after every event: 0 done, 1 without means, 2 back to
	 * voluntary (resumed 1 Apr), 3 none, 4 terminated. */
	f.date = ymd(2025, 6, 30);
	f.states = ST(DONE) | ST(TERMINATED);
	assert_kept(reg, &f, 2, 0, 4);
	f.states = ST(VOLUNTARY);
	assert_kept(reg, &f, 1, 2);
	f.states = ST(POSTPONED) | ST(WITH_MEANS);
	assert_kept(reg, &f, 0);
	f.states = (1u << ENF_STATE_COUNT) - 1u;
	assert_kept(reg, &f, 5, 0, 1, 2, 3, 4);
	enf_register_free(reg);
}

static void test_register__filter_combined(void **state)
{
	enf_register *reg = filter_fixture();
	enf_filter f = filter();

	(void)state;
	/* LS-01 on the agency's initiative: 0 and 4; voluntary on 15 Mar:
	 * only 0 (4 is terminated). */
	f.office = "LS-01";
	f.modes = 1u << ENF_MODE_AGENCY;
	assert_kept(reg, &f, 2, 0, 4);
	f.states = ST(VOLUNTARY);
	f.date = ymd(2025, 3, 15);
	assert_kept(reg, &f, 1, 0);
	/* ... and a prisoner with a fine: still 0. */
	f.flags = ENF_CASE_PRISONER;
	f.obligation_kinds = 1u << ENF_OBL_FINE;
	assert_kept(reg, &f, 1, 0);
	/* A civil judgment: 0 is criminal, so nothing. */
	f.judgment_kinds = 1u << ENF_JUDGMENT_CIVIL;
	assert_kept(reg, &f, 0);

	/* Every field naming case 2: kept while postponed, not after. */
	f = filter();
	f.office = "LS-02";
	f.modes = 1u << ENF_MODE_REQUEST;
	f.judgment_kinds = 1u << ENF_JUDGMENT_COMMERCIAL;
	f.obligation_kinds = 1u << ENF_OBL_HAND_OVER;
	f.flags = ENF_CASE_UNKNOWN_ADDRESS;
	f.states = ST(POSTPONED);
	f.date = ymd(2025, 3, 15);
	assert_kept(reg, &f, 1, 2);
	f.date = ymd(2025, 6, 30);
	assert_kept(reg, &f, 0);
	/* Each field alone can drop it. */
	f.date = ymd(2025, 3, 15);
	f.office = "LS-01";
	assert_kept(reg, &f, 0);
	f.office = "LS-02";
	f.flags = ENF_CASE_UNKNOWN_ADDRESS | ENF_CASE_PRISONER;
	assert_kept(reg, &f, 0);
	f.flags = ENF_CASE_UNKNOWN_ADDRESS;
	f.modes = 1u << ENF_MODE_AGENCY;
	assert_kept(reg, &f, 0);
	enf_register_free(reg);
}

static void test_register__filter_cap(void **state)
{
	enf_register *reg = filter_fixture();
	enf_filter f = filter();
	size_t out[8], count = NO_INDEX;

	(void)state;
	for (size_t i = 0; i < 8; i++)
		out[i] = NO_INDEX;
	/* Five kept, room for four: nothing written, count says five. */
	assert_int_equal(enf_register_filter(out, 4, &count, reg, NULL),
			 ENF_EBUFSIZE);
	assert_int_equal(count, 5);
	assert_error_names("register_filter", "cap is 4");
	for (size_t i = 0; i < 8; i++)
		assert_int_equal(out[i], NO_INDEX);
	/* Asking the size with cap 0 and out NULL. */
	count = NO_INDEX;
	assert_int_equal(enf_register_filter(NULL, 0, &count, reg, NULL),
			 ENF_EBUFSIZE);
	assert_int_equal(count, 5);
	/* LS-02 keeps two: cap 1 is too small, cap 2 is enough though it is
	 * less than the register's five. */
	f.office = "LS-02";
	count = NO_INDEX;
	assert_int_equal(enf_register_filter(out, 1, &count, reg, &f),
			 ENF_EBUFSIZE);
	assert_int_equal(count, 2);
	assert_error_names("register_filter", "keeps 2");
	assert_int_equal(out[0], NO_INDEX);
	count = NO_INDEX;
	assert_int_equal(enf_register_filter(out, 2, &count, reg, &f), ENF_OK);
	assert_int_equal(count, 2);
	assert_int_equal(out[0], 2);
	assert_int_equal(out[1], 3);
	assert_int_equal(out[2], NO_INDEX);
	/* Nothing kept fits in cap 0. */
	f.office = "LS-99";
	count = NO_INDEX;
	assert_int_equal(enf_register_filter(NULL, 0, &count, reg, &f), ENF_OK);
	assert_int_equal(count, 0);
	enf_register_free(reg);
}

/* A failing filter call: status, message, and out and count untouched. */
static void assert_filter_fails(const enf_register *reg, const enf_filter *f,
				enf_status status, const char *what)
{
	size_t out[8], count = NO_INDEX;

	for (size_t i = 0; i < 8; i++)
		out[i] = NO_INDEX;
	assert_int_equal(enf_register_filter(out, 8, &count, reg, f), status);
	assert_error_names("register_filter", what);
	assert_int_equal(count, NO_INDEX);
	for (size_t i = 0; i < 8; i++)
		assert_int_equal(out[i], NO_INDEX);
}

static void test_register__filter_bad_input(void **state)
{
	enf_register *reg = filter_fixture();
	enf_filter f = filter();
	size_t out[2] = {NO_INDEX, NO_INDEX}, count = NO_INDEX;

	(void)state;
	f.version = 0;
	assert_filter_fails(reg, &f, ENF_EVERSION, "version is 0");
	f.version = 2;
	assert_filter_fails(reg, &f, ENF_EVERSION, "version is 2");
	/* A states mask needs a date. */
	f = filter();
	f.states = ST(VOLUNTARY);
	assert_filter_fails(reg, &f, ENF_EINVALID,
			    "date is missing (no date) but states");
	f.date = ENF_DATE_MAX + 1;
	assert_filter_fails(reg, &f, ENF_EINVALID,
			    "date is day 2932897, not a date from 0001-01-01");
	f.date = ENF_DATE_MIN - 1;
	assert_filter_fails(reg, &f, ENF_EINVALID,
			    "date is day -719163, not a date from 0001-01-01");
	/* Bits that name nothing. */
	f = filter();
	f.date = ymd(2025, 3, 15);
	f.states = 1u << ENF_STATE_COUNT;
	assert_filter_fails(reg, &f, ENF_EINVALID, "states is 0x2000");
	f = filter();
	f.modes = 1u << 2;
	assert_filter_fails(reg, &f, ENF_EINVALID, "modes is 0x4");
	f = filter();
	f.judgment_kinds = 1u << 6;
	assert_filter_fails(reg, &f, ENF_EINVALID, "judgment_kinds is 0x40");
	f = filter();
	f.obligation_kinds = 1u << 10;
	assert_filter_fails(reg, &f, ENF_EINVALID, "obligation_kinds is 0x400");
	f = filter();
	f.flags = 0x10;
	assert_filter_fails(reg, &f, ENF_EINVALID, "flags is 0x10");
	/* NULL arguments. */
	assert_filter_fails(NULL, NULL, ENF_EINVALID, "reg is NULL");
	assert_int_equal(enf_register_filter(out, 2, NULL, reg, NULL),
			 ENF_EINVALID);
	assert_error_names("register_filter", "count is NULL");
	assert_int_equal(out[0], NO_INDEX);
	assert_int_equal(enf_register_filter(NULL, 2, &count, reg, NULL),
			 ENF_EINVALID);
	assert_error_names("register_filter", "out is NULL");
	assert_int_equal(count, NO_INDEX);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* Worklist                                                                */

/*
 * Nine cases; their deadlines under the rules of 2025 (VN2014: decision
 * within 5 working days, voluntary period 10 days, first verification 10
 * days after it, re-verification every 6 months, separate book after 12
 * months and 2 verifications, limitation 5 years), each period counted
 * from the day after its event and a last day off moved to the next
 * working day (Civil Code Art 147-148). The end of a voluntary period is
 * listed by case_deadlines only until it has run out, and the worklist
 * lists what is due on or before its date, so a voluntary end is on the
 * worklist on its last day only.
 *  0  LS-01 10/  agency.  Decided Mon 3 Feb 2025, notified Wed 5 Feb.
 *     Voluntary end: 6 Feb + 9 = Sat 15 Feb -> Mon 17 Feb.
 *     Verification: 10 days after Mon 17 Feb = Thu 27 Feb.
 *  1  LS-01 11/  request. Received Thu 23 Jan 2025. Decision: 5 working
 *     days: Fri 24 Jan (1), Tết 25 Jan - 2 Feb off, Mon 3 (2), Tue 4 (3),
 *     Wed 5 (4), Thu 6 Feb (5). No judgment date: no limitation.
 *  2  LS-02 12/  request, judgment effective Mon 20 Jan 2020. Received
 *     Mon 13 Jan 2025. Decision: Tue 14 (1), Wed 15, Thu 16, Fri 17,
 *     Mon 20 Jan (5). The limitation (Mon 20 Jan 2020 + 5 years = Mon 20
 *     Jan 2025) is not listed: the request received has met it (Art 30);
 *     only a returned request lists it.
 *  3  LS-02 13/  agency.  Decided Thu 23 Jan 2025, notified Fri 24 Jan.
 *     Voluntary end: 24 Jan + 10 = Mon 3 Feb (the day after Tết).
 *     Verification: Mon 3 Feb + 10 = Thu 13 Feb.
 *  4  LS-02 14/  agency.  Decided Mon 6 Jan 2025, done Fri 10 Jan: closed,
 *     no deadline.
 *  5  LS-01 15/  agency.  No event: no deadline.
 *  6  LS-01 16/  request. Received Thu 23 Jan 2025: decision due Thu 6 Feb
 *     like case 1 (ties go by case index).
 *  7  LS-02 17/  agency.  Decided Thu 1 Aug 2024, verified without means
 *     Tue 20 Aug 2024, classified without means Thu 22 Aug 2024.
 *     Re-verification: 6 months after the last verification, Tue 20 Aug
 *     2024 -> Thu 20 Feb 2025. One verification: no separate book yet.
 *  8  LS-02 18/  agency.  Decided Thu 1 Feb 2024, verified without means
 *     Tue 20 Feb 2024, classified without means Thu 22 Feb 2024, verified
 *     again Thu 22 Aug 2024. Re-verification: 22 Aug 2024 + 6 months =
 *     Sat 22 Feb 2025 -> Mon 24 Feb; separate book: 22 Feb 2024 + 12
 *     months, the same Mon 24 Feb 2025. Both due the same day:
 *     re-verification before separate book (kind). (This case takes over
 *     the same-day pair of case 2, whose limitation is no longer listed.)
 */
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

/* One expected line of a worklist. */
typedef struct expect_item {
	size_t case_index;
	enf_deadline_kind kind;
	enf_date due;
} expect_item;

#define CAP 16

static void clear_items(enf_work_item *out, size_t n)
{
	memset(out, 0xa5, n * sizeof(*out));
}

static void assert_items_cleared(const enf_work_item *out, size_t from,
				 size_t to)
{
	enf_work_item blank;

	memset(&blank, 0xa5, sizeof(blank));
	for (size_t i = from; i < to; i++)
		assert_memory_equal(&out[i], &blank, sizeof(blank));
}

/* Asserts the worklist on date is exactly the n expected lines. */
static void assert_worklist(const enf_register *reg, const enf_filter *f,
			    const enf_calendar *cal,
			    const enf_case_rules *rules, enf_date date,
			    const expect_item *want, size_t n)
{
	enf_work_item out[CAP];
	size_t count = NO_INDEX;

	assert_true(n <= CAP);
	clear_items(out, CAP);
	assert_int_equal(enf_register_worklist(out, CAP, &count, reg, f, cal,
					       rules, date),
			 ENF_OK);
	assert_int_equal(count, n);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(out[i].case_index, want[i].case_index);
		assert_int_equal(out[i].deadline.kind, want[i].kind);
		assert_int_equal(out[i].deadline.due, want[i].due);
		assert_true(out[i].deadline.due <= date);
		assert_non_null(out[i].deadline.rule);
		assert_non_null(out[i].deadline.source);
	}
	assert_items_cleared(out, n, CAP);
}

#define N_ITEMS(a) (sizeof(a) / sizeof((a)[0]))

static enf_calendar *default_calendar(void)
{
	enf_calendar *cal = NULL;

	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	assert_non_null(cal);
	return cal;
}

static void test_register__worklist_weekdays_used(void **state)
{
	static const struct {
		int y, m, d;
		enf_weekday wd;
	} days[] = {
		{2025, 1, 13, ENF_MONDAY},   {2025, 1, 17, ENF_FRIDAY},
		{2025, 1, 20, ENF_MONDAY},   {2025, 2, 13, ENF_THURSDAY},
		{2025, 2, 15, ENF_SATURDAY}, {2025, 2, 17, ENF_MONDAY},
		{2025, 2, 27, ENF_THURSDAY}, {2025, 2, 28, ENF_FRIDAY},
		{2025, 2, 7, ENF_FRIDAY},    {2020, 1, 20, ENF_MONDAY},
		{2024, 8, 1, ENF_THURSDAY},  {2024, 8, 20, ENF_TUESDAY},
		{2024, 8, 22, ENF_THURSDAY}, {2024, 2, 1, ENF_THURSDAY},
		{2024, 2, 20, ENF_TUESDAY},  {2024, 2, 22, ENF_THURSDAY},
		{2025, 2, 22, ENF_SATURDAY}, {2025, 2, 24, ENF_MONDAY},
	};
	enf_calendar *cal = default_calendar();

	(void)state;
	for (size_t i = 0; i < N_ITEMS(days); i++) {
		enf_weekday wd = (enf_weekday)0;

		assert_int_equal(enf_date_weekday(&wd, ymd(days[i].y, days[i].m,
							   days[i].d)),
				 ENF_OK);
		assert_int_equal(wd, days[i].wd);
	}
	/* The Tết 2025 break of the default calendar, and its edges. */
	for (int d = 25; d <= 31; d++) {
		int w = -1;

		assert_int_equal(
			enf_calendar_is_working_day(&w, cal, ymd(2025, 1, d)),
			ENF_OK);
		assert_int_equal(w, 0);
	}
	for (int d = 1; d <= 2; d++) {
		int w = -1;

		assert_int_equal(
			enf_calendar_is_working_day(&w, cal, ymd(2025, 2, d)),
			ENF_OK);
		assert_int_equal(w, 0);
	}
	{
		int w = -1;

		assert_int_equal(
			enf_calendar_is_working_day(&w, cal, ymd(2025, 1, 24)),
			ENF_OK);
		assert_int_equal(w, 1);
		assert_int_equal(
			enf_calendar_is_working_day(&w, cal, ymd(2025, 2, 3)),
			ENF_OK);
		assert_int_equal(w, 1);
	}
	enf_calendar_free(cal);
}

/* The Tết example: a request of Thu 23 Jan 2025 is due for its decision on
 * Thu 6 Feb, not on Wed 5 Feb. */
static void test_register__worklist_tet(void **state)
{
	enf_register *reg = new_register();
	enf_calendar *cal = default_calendar();
	enf_case *c = new_case("LS-01", "11/QĐ-CCTHADS", ENF_MODE_REQUEST,
			       ENF_JUDGMENT_CIVIL, 0);
	const expect_item due[] = {
		{0, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
	};
	enf_work_item out[2];
	size_t count = NO_INDEX;

	(void)state;
	apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 23), 0);
	add(reg, c);
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 2, 5), NULL, 0);
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 2, 6), due, 1);
	/* Past due, still listed. */
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 3, 31), due, 1);
	/* Before the request nothing is due. */
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 1, 22), NULL, 0);
	/* The deadline in full. */
	assert_int_equal(enf_register_worklist(out, 2, &count, reg, NULL, cal,
					       NULL, ymd(2025, 2, 6)),
			 ENF_OK);
	assert_int_equal(count, 1);
	assert_int_equal(out[0].case_index, 0);
	assert_int_equal(out[0].deadline.kind, ENF_DEADLINE_DECISION);
	assert_int_equal(out[0].deadline.due, ymd(2025, 2, 6));
	assert_int_equal(out[0].deadline.from, ymd(2025, 1, 23));
	assert_non_null(strstr(out[0].deadline.source, "Art 36"));
	enf_register_free(reg);
	enf_calendar_free(cal);
}

static void test_register__worklist_order(void **state)
{
	enf_register *reg = worklist_fixture();
	enf_calendar *cal = default_calendar();
	/* Case 2's limitation is not listed (its request met it), and a
	 * voluntary end only on its last day (it is the debtor's period,
	 * not listed once run out): see the fixture. */
	const expect_item on_0120[] = {
		{2, ENF_DEADLINE_DECISION, ymd(2025, 1, 20)},
	};
	const expect_item on_0203[] = {
		{2, ENF_DEADLINE_DECISION, ymd(2025, 1, 20)},
		{3, ENF_DEADLINE_VOLUNTARY_END, ymd(2025, 2, 3)},
	};
	const expect_item on_0205[] = {
		{2, ENF_DEADLINE_DECISION, ymd(2025, 1, 20)},
	};
	const expect_item on_0206[] = {
		{2, ENF_DEADLINE_DECISION, ymd(2025, 1, 20)},
		{1, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
		{6, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
	};
	const expect_item on_0217[] = {
		{2, ENF_DEADLINE_DECISION, ymd(2025, 1, 20)},
		{1, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
		{6, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
		{3, ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 13)},
		{0, ENF_DEADLINE_VOLUNTARY_END, ymd(2025, 2, 17)},
	};
	const expect_item on_0228[] = {
		{2, ENF_DEADLINE_DECISION, ymd(2025, 1, 20)},
		{1, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
		{6, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
		{3, ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 13)},
		{7, ENF_DEADLINE_REVERIFICATION, ymd(2025, 2, 20)},
		{8, ENF_DEADLINE_REVERIFICATION, ymd(2025, 2, 24)},
		{8, ENF_DEADLINE_SEPARATE_BOOK, ymd(2025, 2, 24)},
		{0, ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 27)},
	};

	(void)state;
	/* Sun 19 Jan: nothing due yet. */
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 1, 19), NULL, 0);
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 1, 20), on_0120,
			N_ITEMS(on_0120));
	/* Mon 3 Feb: the last day of case 3's voluntary period. */
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 2, 3), on_0203,
			N_ITEMS(on_0203));
	/* Wed 5 Feb: cases 1 and 6 not due yet (Tết); case 3's voluntary
	 * period has run out and its verification is not due yet. */
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 2, 5), on_0205,
			N_ITEMS(on_0205));
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 2, 6), on_0206,
			N_ITEMS(on_0206));
	/* Mon 17 Feb: the last day of case 0's voluntary period. */
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 2, 17), on_0217,
			N_ITEMS(on_0217));
	/* Wed 26 Feb: all but case 0's verification of Thu 27 Feb. */
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 2, 26), on_0228,
			N_ITEMS(on_0228) - 1);
	assert_worklist(reg, NULL, cal, NULL, ymd(2025, 2, 28), on_0228,
			N_ITEMS(on_0228));
	/* The rules of the regime in force, passed explicitly: the same. */
	{
		enf_case_rules r;

		assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2014),
				 ENF_OK);
		assert_worklist(reg, NULL, cal, &r, ymd(2025, 2, 28), on_0228,
				N_ITEMS(on_0228));
	}
	enf_register_free(reg);
	enf_calendar_free(cal);
}

/* The deadline records are case_deadlines' own: from, rule and source.
 * The limitation (Art 30) of case 2 is no longer listed (its request met
 * it), and a voluntary end (Art 45) only on its last day, so the lines of
 * Mon 17 Feb are checked as well as those of 28 Feb. */
static void test_register__worklist_fields(void **state)
{
	enf_register *reg = worklist_fixture();
	enf_calendar *cal = default_calendar();
	enf_work_item out[CAP];
	size_t count = 0;
	/* Expected from-dates of the lines of 17 Feb, in order. */
	const enf_date from_0217[] = {
		ymd(2025, 1, 13), ymd(2025, 1, 23), ymd(2025, 1, 23),
		ymd(2025, 2, 3),  ymd(2025, 2, 5),
	};
	const char *const article_0217[] = {
		"Art 36", "Art 36", "Art 36", "Art 44", "Art 45",
	};
	/* Expected from-dates of the lines of 28 Feb, in order. */
	const enf_date from[] = {
		ymd(2025, 1, 13), ymd(2025, 1, 23), ymd(2025, 1, 23),
		ymd(2025, 2, 3),  ymd(2024, 8, 20), ymd(2024, 8, 22),
		ymd(2024, 2, 22), ymd(2025, 2, 17),
	};
	const char *const article[] = {
		"Art 36", "Art 36", "Art 36",	"Art 44",
		"Art 44", "Art 44", "Art 9(5)", "Art 44",
	};

	(void)state;
	assert_int_equal(enf_register_worklist(out, CAP, &count, reg, NULL, cal,
					       NULL, ymd(2025, 2, 17)),
			 ENF_OK);
	assert_int_equal(count, N_ITEMS(from_0217));
	for (size_t i = 0; i < N_ITEMS(from_0217); i++) {
		assert_int_equal(out[i].deadline.from, from_0217[i]);
		assert_non_null(
			strstr(out[i].deadline.source, article_0217[i]));
	}
	assert_int_equal(enf_register_worklist(out, CAP, &count, reg, NULL, cal,
					       NULL, ymd(2025, 2, 28)),
			 ENF_OK);
	assert_int_equal(count, N_ITEMS(from));
	for (size_t i = 0; i < N_ITEMS(from); i++) {
		assert_int_equal(out[i].deadline.from, from[i]);
		assert_non_null(strstr(out[i].deadline.source, article[i]));
	}
	enf_register_free(reg);
	enf_calendar_free(cal);
}

static void test_register__worklist_filter(void **state)
{
	enf_register *reg = worklist_fixture();
	enf_calendar *cal = default_calendar();
	enf_filter f = filter();
	/* On 28 Feb: no limitation for case 2 (its request met it), and
	 * the voluntary ends of cases 3 and 0 have run out, so they are no
	 * longer listed (see the fixture); case 8 is LS-02 and agency. */
	const expect_item ls01[] = {
		{1, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
		{6, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
		{0, ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 27)},
	};
	const expect_item ls02[] = {
		{2, ENF_DEADLINE_DECISION, ymd(2025, 1, 20)},
		{3, ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 13)},
		{7, ENF_DEADLINE_REVERIFICATION, ymd(2025, 2, 20)},
		{8, ENF_DEADLINE_REVERIFICATION, ymd(2025, 2, 24)},
		{8, ENF_DEADLINE_SEPARATE_BOOK, ymd(2025, 2, 24)},
	};
	const expect_item received[] = {
		{2, ENF_DEADLINE_DECISION, ymd(2025, 1, 20)},
		{1, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
		{6, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
	};
	const expect_item agency[] = {
		{3, ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 13)},
		{7, ENF_DEADLINE_REVERIFICATION, ymd(2025, 2, 20)},
		{8, ENF_DEADLINE_REVERIFICATION, ymd(2025, 2, 24)},
		{8, ENF_DEADLINE_SEPARATE_BOOK, ymd(2025, 2, 24)},
		{0, ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 27)},
	};
	const expect_item fine[] = {
		{0, ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 27)},
	};
	/* Mon 17 Feb, the last day of case 0's voluntary period. */
	const expect_item fine_0217[] = {
		{0, ENF_DEADLINE_VOLUNTARY_END, ymd(2025, 2, 17)},
	};
	const expect_item ls01_feb6[] = {
		{1, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
		{6, ENF_DEADLINE_DECISION, ymd(2025, 2, 6)},
	};

	(void)state;
	f.office = "LS-01";
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 2, 28), ls01,
			N_ITEMS(ls01));
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 2, 6), ls01_feb6,
			N_ITEMS(ls01_feb6));
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 2, 5), NULL, 0);
	f.office = "LS-02";
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 2, 28), ls02,
			N_ITEMS(ls02));
	f.office = "LS-99";
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 2, 28), NULL, 0);
	/* States are taken on the worklist's date; f->date is ignored,
	 * whether none, earlier or invalid. */
	f = filter();
	f.states = ST(RECEIVED);
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 2, 28), received,
			N_ITEMS(received));
	f.date = ymd(2025, 1, 1);
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 2, 28), received,
			N_ITEMS(received));
	f.date = ENF_DATE_MAX + 1;
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 2, 28), received,
			N_ITEMS(received));
	/* On 22 Jan only case 2 has been received: its decision alone, the
	 * limitation being met by its request. */
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 1, 22), received, 1);
	f = filter();
	f.modes = 1u << ENF_MODE_AGENCY;
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 2, 28), agency,
			N_ITEMS(agency));
	/* Obligation kinds: case 0 alone has a fine. */
	f = filter();
	f.obligation_kinds = 1u << ENF_OBL_FINE;
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 2, 28), fine,
			N_ITEMS(fine));
	assert_worklist(reg, &f, cal, NULL, ymd(2025, 2, 17), fine_0217,
			N_ITEMS(fine_0217));
	enf_register_free(reg);
	enf_calendar_free(cal);
}

/* Rules passed by the caller are used: a decision within 6 working days
 * of Thu 23 Jan 2025 is due Fri 7 Feb (one more day after Thu 6 Feb). */
static void test_register__worklist_rules(void **state)
{
	enf_register *reg = worklist_fixture();
	enf_calendar *cal = default_calendar();
	enf_filter f = filter();
	enf_case_rules r;
	const expect_item on_0207[] = {
		{1, ENF_DEADLINE_DECISION, ymd(2025, 2, 7)},
		{6, ENF_DEADLINE_DECISION, ymd(2025, 2, 7)},
	};

	(void)state;
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2014), ENF_OK);
	r.decision_working_days = 6;
	f.office = "LS-01";
	f.states = ST(RECEIVED);
	assert_worklist(reg, &f, cal, &r, ymd(2025, 2, 6), NULL, 0);
	assert_worklist(reg, &f, cal, &r, ymd(2025, 2, 7), on_0207,
			N_ITEMS(on_0207));
	enf_register_free(reg);
	enf_calendar_free(cal);
}

static void test_register__worklist_cap(void **state)
{
	enf_register *reg = worklist_fixture();
	enf_calendar *cal = default_calendar();
	enf_work_item out[CAP];
	size_t count = NO_INDEX;

	(void)state;
	/* Eight lines on 28 Feb (those of test_register__worklist_order: no
	 * limitation for a received request, no voluntary end run out);
	 * room for seven: nothing written. */
	clear_items(out, CAP);
	assert_int_equal(enf_register_worklist(out, 7, &count, reg, NULL, cal,
					       NULL, ymd(2025, 2, 28)),
			 ENF_EBUFSIZE);
	assert_int_equal(count, 8);
	assert_error_names("register_worklist", "cap is 7");
	assert_error_names("register_worklist", "8 items");
	assert_items_cleared(out, 0, CAP);
	/* Asking the size. */
	count = NO_INDEX;
	assert_int_equal(enf_register_worklist(NULL, 0, &count, reg, NULL, cal,
					       NULL, ymd(2025, 2, 28)),
			 ENF_EBUFSIZE);
	assert_int_equal(count, 8);
	/* Exactly enough. */
	count = NO_INDEX;
	assert_int_equal(enf_register_worklist(out, 8, &count, reg, NULL, cal,
					       NULL, ymd(2025, 2, 28)),
			 ENF_OK);
	assert_int_equal(count, 8);
	assert_int_equal(out[7].case_index, 0);
	assert_int_equal(out[7].deadline.kind, ENF_DEADLINE_VERIFICATION);
	assert_items_cleared(out, 8, CAP);
	/* Nothing due fits in nothing. */
	count = NO_INDEX;
	assert_int_equal(enf_register_worklist(NULL, 0, &count, reg, NULL, cal,
					       NULL, ymd(2025, 1, 19)),
			 ENF_OK);
	assert_int_equal(count, 0);
	enf_register_free(reg);
	enf_calendar_free(cal);
}

/*
 * Many cases, many ties: even cases are requests received Thu 23 Jan 2025
 * (decision due Thu 6 Feb), odd ones agency cases decided Mon 3 Feb and
 * notified Wed 5 Feb (voluntary end Mon 17 Feb, verification Thu 27 Feb).
 * A voluntary end is listed only until it has run out, so it is on the
 * worklist of its last day only: on Mon 17 Feb the even decisions, then
 * the odd voluntary ends; on Fri 28 Feb the even decisions, then the odd
 * verifications; each group by case index.
 */
static void assert_many_groups(const enf_work_item *out, size_t half,
			       enf_deadline_kind odd_kind, enf_date odd_due)
{
	for (size_t k = 0; k < half; k++) {
		const enf_work_item *dec = &out[k];
		const enf_work_item *odd = &out[half + k];

		assert_int_equal(dec->case_index, 2 * k);
		assert_int_equal(dec->deadline.kind, ENF_DEADLINE_DECISION);
		assert_int_equal(dec->deadline.due, ymd(2025, 2, 6));
		assert_int_equal(odd->case_index, 2 * k + 1);
		assert_int_equal(odd->deadline.kind, odd_kind);
		assert_int_equal(odd->deadline.due, odd_due);
	}
}

static void test_register__worklist_many(void **state)
{
	enum { N = 300 };
	enf_register *reg = new_register();
	enf_calendar *cal = default_calendar();
	enf_work_item *out = test_malloc(N * sizeof(*out));
	size_t count = NO_INDEX;
	char no[32];

	(void)state;
	for (int i = 0; i < N; i++) {
		enf_case *c;

		snprintf(no, sizeof(no), "%d/QĐ-CCTHADS", i + 1);
		if (i % 2 == 0) {
			c = new_case("LS-01", no, ENF_MODE_REQUEST,
				     ENF_JUDGMENT_CIVIL, 0);
			apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 23), 0);
		} else {
			c = new_case("LS-01", no, ENF_MODE_AGENCY,
				     ENF_JUDGMENT_CIVIL, 0);
			apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 2, 3), 0);
			apply(c, ENF_EV_DECISION_NOTIFIED, ymd(2025, 2, 5), 0);
		}
		add(reg, c);
	}
	/* Mon 17 Feb: decisions, then voluntary ends. */
	assert_int_equal(enf_register_worklist(out, N - 1, &count, reg, NULL,
					       cal, NULL, ymd(2025, 2, 17)),
			 ENF_EBUFSIZE);
	assert_int_equal(count, N);
	assert_int_equal(enf_register_worklist(out, N, &count, reg, NULL, cal,
					       NULL, ymd(2025, 2, 17)),
			 ENF_OK);
	assert_int_equal(count, N);
	assert_many_groups(out, N / 2, ENF_DEADLINE_VOLUNTARY_END,
			   ymd(2025, 2, 17));
	/* Fri 28 Feb: decisions, then verifications (the voluntary ends
	 * have run out and are no longer listed). */
	assert_int_equal(enf_register_worklist(out, N - 1, &count, reg, NULL,
					       cal, NULL, ymd(2025, 2, 28)),
			 ENF_EBUFSIZE);
	assert_int_equal(count, N);
	assert_int_equal(enf_register_worklist(out, N, &count, reg, NULL, cal,
					       NULL, ymd(2025, 2, 28)),
			 ENF_OK);
	assert_int_equal(count, N);
	assert_many_groups(out, N / 2, ENF_DEADLINE_VERIFICATION,
			   ymd(2025, 2, 27));
	/* On Wed 5 Feb nothing is due; on Thu 6 Feb the decisions alone. */
	assert_int_equal(enf_register_worklist(out, N, &count, reg, NULL, cal,
					       NULL, ymd(2025, 2, 5)),
			 ENF_OK);
	assert_int_equal(count, 0);
	assert_int_equal(enf_register_worklist(out, N, &count, reg, NULL, cal,
					       NULL, ymd(2025, 2, 6)),
			 ENF_OK);
	assert_int_equal(count, N / 2);
	test_free(out);
	enf_register_free(reg);
	enf_calendar_free(cal);
}

/* A failing worklist call: status, message, and out and count untouched. */
static void assert_worklist_fails(const enf_register *reg, const enf_filter *f,
				  const enf_calendar *cal,
				  const enf_case_rules *rules, enf_date date,
				  enf_status status, const char *what)
{
	enf_work_item out[CAP];
	size_t count = NO_INDEX;

	clear_items(out, CAP);
	assert_int_equal(enf_register_worklist(out, CAP, &count, reg, f, cal,
					       rules, date),
			 status);
	assert_error_names("register_worklist", what);
	assert_int_equal(count, NO_INDEX);
	assert_items_cleared(out, 0, CAP);
}

static void test_register__worklist_bad_input(void **state)
{
	enf_register *reg = worklist_fixture();
	enf_register *empty = new_register();
	enf_calendar *cal = default_calendar();
	enf_filter f = filter();
	enf_case_rules r;
	const enf_date day = ymd(2025, 2, 28);
	enf_work_item out[1];
	size_t count = NO_INDEX;

	(void)state;
	/* NULL arguments. */
	assert_worklist_fails(NULL, NULL, cal, NULL, day, ENF_EINVALID,
			      "reg is NULL");
	assert_worklist_fails(reg, NULL, NULL, NULL, day, ENF_EINVALID,
			      "cal is NULL");
	clear_items(out, 1);
	assert_int_equal(
		enf_register_worklist(out, 1, NULL, reg, NULL, cal, NULL, day),
		ENF_EINVALID);
	assert_error_names("register_worklist", "count is NULL");
	assert_items_cleared(out, 0, 1);
	assert_int_equal(enf_register_worklist(NULL, 3, &count, reg, NULL, cal,
					       NULL, day),
			 ENF_EINVALID);
	assert_error_names("register_worklist", "out is NULL but cap is 3");
	assert_int_equal(count, NO_INDEX);
	/* Dates: not a date, and outside the calendar (1900-2100). Both
	 * fail on an empty register too. */
	assert_worklist_fails(reg, NULL, cal, NULL, ENF_DATE_MAX + 1,
			      ENF_ERANGE,
			      "date is day 2932897, not a date from");
	assert_worklist_fails(reg, NULL, cal, NULL, ENF_DATE_NONE, ENF_ERANGE,
			      "date is missing (no date)");
	assert_worklist_fails(reg, NULL, cal, NULL, ymd(1899, 12, 31),
			      ENF_ERANGE, "date is 1899-12-31; this calendar");
	assert_worklist_fails(empty, NULL, cal, NULL, ymd(1899, 12, 31),
			      ENF_ERANGE, "date is 1899-12-31; this calendar");
	assert_worklist_fails(empty, NULL, cal, NULL, ymd(2101, 1, 1),
			      ENF_ERANGE, "2100-12-31");
	/* Filters. */
	f.version = 0;
	assert_worklist_fails(reg, &f, cal, NULL, day, ENF_EVERSION,
			      "version is 0");
	f.version = 2;
	assert_worklist_fails(empty, &f, cal, NULL, day, ENF_EVERSION,
			      "version is 2");
	f = filter();
	f.modes = 1u << 2;
	assert_worklist_fails(reg, &f, cal, NULL, day, ENF_EINVALID,
			      "modes is 0x4");
	f = filter();
	f.states = 1u << ENF_STATE_COUNT;
	assert_worklist_fails(reg, &f, cal, NULL, day, ENF_EINVALID,
			      "states is 0x2000");
	/* Rules, checked even when no case is kept. */
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2014), ENF_OK);
	r.voluntary_days = 0;
	assert_worklist_fails(reg, NULL, cal, &r, day, ENF_EINVALID,
			      "voluntary_days is 0");
	assert_worklist_fails(empty, NULL, cal, &r, day, ENF_EINVALID,
			      "voluntary_days is 0");
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2014), ENF_OK);
	r.version = 9;
	assert_worklist_fails(reg, NULL, cal, &r, day, ENF_EVERSION,
			      "version is 9");
	/* A due date past the calendar's end fails for the case it belongs
	 * to: a request received 30 Dec 2100 has its decision due in 2101. */
	{
		enf_case *c = new_case("LS-02", "99/QĐ-CCTHADS",
				       ENF_MODE_REQUEST, ENF_JUDGMENT_CIVIL, 0);

		apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2100, 12, 30), 0);
		add(empty, c);
		assert_worklist_fails(empty, NULL, cal, NULL, ymd(2100, 12, 31),
				      ENF_ERANGE, "99/QĐ-CCTHADS");
		assert_error_names("register_worklist", "LS-02");
		/* Filtered out, it fails nothing. */
		f = filter();
		f.office = "LS-01";
		assert_worklist(empty, &f, cal, NULL, ymd(2100, 12, 31), NULL,
				0);
	}
	enf_register_free(empty);
	enf_register_free(reg);
	enf_calendar_free(cal);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_register__weekdays_used),
		cmocka_unit_test(test_register__new_free),
		cmocka_unit_test(test_register__add_count_at_find),
		cmocka_unit_test(test_register__duplicate_key),
		cmocka_unit_test(test_register__find_missing),
		cmocka_unit_test(test_register__at_out_of_range),
		cmocka_unit_test(test_register__bad_input),
		cmocka_unit_test(test_register__growth),
		cmocka_unit_test(test_register__filter_init),
		cmocka_unit_test(test_register__filter_init_bad_input),
		cmocka_unit_test(test_register__filter_all),
		cmocka_unit_test(test_register__filter_empty_register),
		cmocka_unit_test(test_register__filter_office),
		cmocka_unit_test(test_register__filter_modes),
		cmocka_unit_test(test_register__filter_judgment_kinds),
		cmocka_unit_test(test_register__filter_obligation_kinds),
		cmocka_unit_test(test_register__filter_flags),
		cmocka_unit_test(test_register__filter_states),
		cmocka_unit_test(test_register__filter_combined),
		cmocka_unit_test(test_register__filter_cap),
		cmocka_unit_test(test_register__filter_bad_input),
		cmocka_unit_test(test_register__worklist_weekdays_used),
		cmocka_unit_test(test_register__worklist_tet),
		cmocka_unit_test(test_register__worklist_order),
		cmocka_unit_test(test_register__worklist_fields),
		cmocka_unit_test(test_register__worklist_filter),
		cmocka_unit_test(test_register__worklist_rules),
		cmocka_unit_test(test_register__worklist_cap),
		cmocka_unit_test(test_register__worklist_many),
		cmocka_unit_test(test_register__worklist_bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
