/*
 * Tests of the indicator table of stats.h: classification of hand-built
 * cases over a reporting period, the identities on the bundled sample,
 * merging as the union of cases, the byte and JSON forms, and bad input.
 *
 * Expected tables are worked out by hand next to each test from the
 * classification rules of stats_count.c (decision before/within the
 * period, state before the period and at its end, money owed before the
 * period, collected within it). Amounts are in millions of VND (M).
 *
 * The main period is enforcement year 2025: 2024-10-01 .. 2025-09-30.
 * Every event date lies in the 2014 regime (2015-07-01 .. 2026-06-30),
 * except the returned request, which the 2014 text does not have: that
 * test uses year 2026 and a return after 2026-07-01.
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
#include "stats_internal.h"

#ifndef ENF_SAMPLE_DIR
#error "ENF_SAMPLE_DIR must name examples/data/sample"
#endif

#define M 1000000LL

enum { CO, RE, TO, EN, WD, TE, WM, DN, BE, PA, OT, WO, SB, RT, CN };

/* ---------------------------------------------------------------------- */
/* Helpers                                                                 */

static enf_period year(int y)
{
	enf_period p = {0, 0};

	assert_int_equal(enf_report_cumulative(&p, y, 12), ENF_OK);
	return p;
}

/* A case with a debtor (party 0) and a creditor (party 1); decided is the
 * decision date of its facts (ENF_DATE_NONE for none). */
static enf_case *new_case(const char *no, enf_mode mode, enf_judgment_kind kind,
			  unsigned flags, enf_date decided)
{
	enf_case_info info;
	enf_case *c = NULL;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Hoàng Văn Nam",
			    NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
			      "Lý Thị Mai", NULL};

	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = "LS-01";
	info.decision_no = no;
	info.mode = mode;
	info.judgment_kind = kind;
	info.flags = flags;
	info.decision_date = decided;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &creditor), ENF_OK);
	return c;
}

static void owe(enf_case *c, enf_obligation_kind kind, enf_money amount)
{
	enf_obligation o = {kind, amount, 0, 1, 0};

	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
}

static void ev(enf_case *c, enf_event_kind kind, enf_date date, int32_t detail)
{
	enf_event e = {kind, date, detail, 0, ENF_INDEX_NONE};

	assert_int_equal(enf_case_apply(c, &e), ENF_OK);
}

static void collect(enf_case *c, enf_date date, enf_money amount)
{
	enf_event e = {ENF_EV_COLLECTED, date, 0, amount, ENF_INDEX_NONE};

	assert_int_equal(enf_case_apply(c, &e), ENF_OK);
}

static enf_stats_report *new_report(const char *unit, enf_period p)
{
	enf_stats_report *rep = NULL;

	assert_int_equal(enf_stats_report_new(&rep, unit, &p), ENF_OK);
	assert_non_null(rep);
	return rep;
}

static int64_t cell(const enf_stats_report *rep, enf_stats_group g,
		    enf_measure m, int row)
{
	int64_t v = -1;

	assert_int_equal(
		enf_stats_report_get(&v, rep, g, m, (enf_indicator)row),
		ENF_OK);
	return v;
}

/* Asserts a whole column of a group and measure. */
static void assert_column(const enf_stats_report *rep, enf_stats_group g,
			  enf_measure m, const int64_t want[ENF_IND_COUNT])
{
	for (int r = 0; r < ENF_IND_COUNT; r++) {
		int64_t got = cell(rep, g, m, r);

		if (got != want[r])
			fail_msg("group %d, measure %d, row %d: got %lld, want "
				 "%lld",
				 (int)g, (int)m, r, (long long)got,
				 (long long)want[r]);
	}
}

/* Asserts that every cell of two reports is the same. */
static void assert_same_cells(const enf_stats_report *a,
			      const enf_stats_report *b)
{
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < 2; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++)
				if (cell(a, (enf_stats_group)g, (enf_measure)m,
					 r) != cell(b, (enf_stats_group)g,
						    (enf_measure)m, r))
					fail_msg("cell %d/%d/%d differs", g, m,
						 r);
}

static int all_zero(const enf_stats_report *rep)
{
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < 2; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++)
				if (cell(rep, (enf_stats_group)g,
					 (enf_measure)m, r) != 0)
					return 0;
	return 1;
}

/* The bytes of a report, to see that a failed call changed nothing. */
static char *bytes_of(const enf_stats_report *rep, size_t *len)
{
	char *b = NULL;

	assert_int_equal(enf_stats_report_to_bytes(&b, len, rep), ENF_OK);
	assert_non_null(b);
	return b;
}

static void assert_unchanged(const enf_stats_report *rep, const char *before,
			     size_t len)
{
	size_t n = 0;
	char *now = bytes_of(rep, &n);

	assert_int_equal(n, len);
	assert_memory_equal(now, before, len);
	enf_io_free(now);
}

/* ---------------------------------------------------------------------- */
/* The hand-built register of year 2025                                    */

/*
 * Each case with its rows by hand (start row, end row; money: amount,
 * done, remainder in the end row):
 * A agency: decided 2024-03-01, with means, 30 M collected 2024-06-01,
 *   20 M on 2025-01-10; owes 100 M. CO, BE; money CO 70, DN 20, BE 50.
 * B request: decided 2024-11-05, with means, 50 M collected, done
 *   2025-02-01; owes 50 M. RE, DN; money RE 50, DN 50.
 * C agency: decided 2023-05-01, without means, 5 M collected 2023-08-01,
 *   terminated (debtor died) 2025-03-01; owes 40 M. CO, DN (đình chỉ is
 *   done); money CO 35, DN 35 (the whole remainder).
 * D agency: decided 2024-08-01, entrusted out 2024-10-15; owes 20 M.
 *   CO, EN; money CO 20, EN 20.
 * E agency: facts say decided 2024-09-01 but the decision event is
 *   2025-01-02 (the event wins); 3 M collected 2025-02-01, withdrawn
 *   2025-03-01; owes 15 M. RE, WD; money RE 15, DN 3, WD 12.
 * F request: decided 2024-01-15, with means, postponed by agreement
 *   2025-04-01; owes 60 M. CO, PA; money CO 60, PA 60.
 * G agency: decided 2024-12-01, postponed for illness 2025-01-20; owes
 *   25 M. RE, WO; money RE 25, WO 25.
 * H agency, administrative: decided 2024-02-01, suspended 2025-05-01;
 *   owes 30 M. CO, WO; money CO 30, WO 30.
 * I agency, corruption: decided 2023-01-10, without means, separate
 *   book 2025-06-01; owes 80 M. CO, SB; money CO 80, SB 80.
 * J request, bank credit: decided 2025-08-05, not classified; owes
 *   500 M. RE, OT; money RE 500, OT 500.
 * K agency: done 2023-02-02: nothing.
 * L agency: separate book 2022-08-01, means found 2025-01-01: nothing
 *   (in the separate book before the period).
 * M agency: decided 2025-10-05, after the period: nothing.
 * N request: received 2025-09-01, never decided: nothing.
 * O request: decided 2024-05-01, without means; owes 12 M. CO, WO;
 *   money CO 12, WO 12.
 * P agency: hand over an asset (no money), decided 2024-12-15, with
 *   means, done 2025-02-10. RE, DN; money 0.
 * Q agency: decided 2024-06-01, with means, all 8 M collected
 *   2024-09-01, still open. CO, BE; money 0.
 * R agency: decided 2024-11-01, with means, 12 M collected 2025-01-01
 *   of 10 M owed. RE, BE; money RE 10, DN 10 (capped), BE 0.
 * S request: decided 2024-09-01 by its facts, no event at all; owes 7 M.
 *   CO, OT; money CO 7, OT 7.
 */
static void build_2025(enf_case *out[19])
{
	enf_case *c;

	c = out[0] = new_case("A", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			      ENF_DATE_NONE);
	owe(c, ENF_OBL_WAGES_HARM, 100 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 3, 1), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 4, 1), 1);
	collect(c, ymd(2024, 6, 1), 30 * M);
	collect(c, ymd(2025, 1, 10), 20 * M);

	c = out[1] = new_case("B", ENF_MODE_REQUEST, ENF_JUDGMENT_CIVIL, 0,
			      ymd(2024, 11, 5));
	owe(c, ENF_OBL_OTHER_MONEY, 50 * M);
	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2024, 11, 1), 0);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 11, 5), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 12, 1), 1);
	collect(c, ymd(2025, 1, 15), 50 * M);
	ev(c, ENF_EV_DONE, ymd(2025, 2, 1), 0);

	c = out[2] = new_case("C", ENF_MODE_AGENCY, ENF_JUDGMENT_CRIMINAL, 0,
			      ENF_DATE_NONE);
	owe(c, ENF_OBL_FINE, 40 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2023, 5, 1), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2023, 6, 1), 0);
	collect(c, ymd(2023, 8, 1), 5 * M);
	ev(c, ENF_EV_TERMINATED, ymd(2025, 3, 1), ENF_TERMINATE_DEBTOR_DIED);

	c = out[3] = new_case("D", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			      ENF_DATE_NONE);
	owe(c, ENF_OBL_COURT_FEE, 20 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 8, 1), 0);
	ev(c, ENF_EV_ENTRUSTED_OUT, ymd(2024, 10, 15), 0);

	c = out[4] = new_case("E", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			      ymd(2024, 9, 1));
	owe(c, ENF_OBL_COURT_FEE, 15 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 2), 0);
	collect(c, ymd(2025, 2, 1), 3 * M);
	ev(c, ENF_EV_DECISION_WITHDRAWN, ymd(2025, 3, 1), 0);

	c = out[5] = new_case("F", ENF_MODE_REQUEST, ENF_JUDGMENT_COMMERCIAL, 0,
			      ENF_DATE_NONE);
	owe(c, ENF_OBL_OTHER_MONEY, 60 * M);
	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2024, 1, 10), 0);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 1, 15), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 2, 1), 1);
	ev(c, ENF_EV_POSTPONED, ymd(2025, 4, 1), ENF_POSTPONE_AGREEMENT);

	c = out[6] = new_case("G", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			      ENF_DATE_NONE);
	owe(c, ENF_OBL_MAINTENANCE, 25 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 12, 1), 0);
	ev(c, ENF_EV_POSTPONED, ymd(2025, 1, 20), ENF_POSTPONE_ILLNESS);

	c = out[7] = new_case("H", ENF_MODE_AGENCY, ENF_JUDGMENT_ADMINISTRATIVE,
			      0, ENF_DATE_NONE);
	owe(c, ENF_OBL_OTHER_MONEY, 30 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 2, 1), 0);
	ev(c, ENF_EV_SUSPENDED, ymd(2025, 5, 1), ENF_SUSPEND_PROTEST);

	c = out[8] = new_case("I", ENF_MODE_AGENCY, ENF_JUDGMENT_CRIMINAL,
			      ENF_CASE_CORRUPTION, ENF_DATE_NONE);
	owe(c, ENF_OBL_UNLAWFUL_GAIN, 80 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2023, 1, 10), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2023, 3, 1), 0);
	ev(c, ENF_EV_SEPARATE_BOOK, ymd(2025, 6, 1), 0);

	c = out[9] = new_case("J", ENF_MODE_REQUEST, ENF_JUDGMENT_COMMERCIAL, 0,
			      ENF_DATE_NONE);
	owe(c, ENF_OBL_BANK_CREDIT, 500 * M);
	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 8, 1), 0);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 8, 5), 0);

	c = out[10] = new_case("K", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			       ENF_DATE_NONE);
	owe(c, ENF_OBL_COURT_FEE, 10 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2023, 1, 1), 0);
	collect(c, ymd(2023, 2, 1), 10 * M);
	ev(c, ENF_EV_DONE, ymd(2023, 2, 2), 0);

	c = out[11] = new_case("L", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			       ENF_DATE_NONE);
	owe(c, ENF_OBL_COURT_FEE, 9 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2022, 1, 1), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2022, 2, 1), 0);
	ev(c, ENF_EV_SEPARATE_BOOK, ymd(2022, 8, 1), 0);
	ev(c, ENF_EV_VERIFIED, ymd(2025, 1, 1), 1);

	c = out[12] = new_case("M", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			       ENF_DATE_NONE);
	owe(c, ENF_OBL_COURT_FEE, 4 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 10, 5), 0);

	c = out[13] = new_case("N", ENF_MODE_REQUEST, ENF_JUDGMENT_CIVIL, 0,
			       ENF_DATE_NONE);
	owe(c, ENF_OBL_OTHER_MONEY, 6 * M);
	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 9, 1), 0);

	c = out[14] = new_case("O", ENF_MODE_REQUEST, ENF_JUDGMENT_CIVIL, 0,
			       ENF_DATE_NONE);
	owe(c, ENF_OBL_OTHER_MONEY, 12 * M);
	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2024, 4, 25), 0);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 5, 1), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 6, 1), 0);

	c = out[15] = new_case("P", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			       ENF_DATE_NONE);
	owe(c, ENF_OBL_HAND_OVER, 0);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 12, 15), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2025, 1, 5), 1);
	ev(c, ENF_EV_DONE, ymd(2025, 2, 10), 0);

	c = out[16] = new_case("Q", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			       ENF_DATE_NONE);
	owe(c, ENF_OBL_COURT_FEE, 8 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 6, 1), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 7, 1), 1);
	collect(c, ymd(2024, 9, 1), 8 * M);

	c = out[17] = new_case("R", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			       ENF_DATE_NONE);
	owe(c, ENF_OBL_COURT_FEE, 10 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 11, 1), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 11, 10), 1);
	collect(c, ymd(2025, 1, 1), 12 * M);

	c = out[18] = new_case("S", ENF_MODE_REQUEST, ENF_JUDGMENT_CIVIL, 0,
			       ymd(2024, 9, 1));
	owe(c, ENF_OBL_OTHER_MONEY, 7 * M);
}

#define NCASES_2025 19

static void free_cases(enf_case **cs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		enf_case_free(cs[i]);
}

/* Each case alone: its start and end rows, and its money by hand. */
static void test_stats_report__each_case(void **state)
{
	static const struct {
		int start, end;
		int64_t amount, done; /* M; the rest is in the end row */
	} want[NCASES_2025] = {
		{CO, BE, 70, 20}, {RE, DN, 50, 50}, {CO, DN, 35, 35},
		{CO, EN, 20, 0},  {RE, WD, 15, 3},  {CO, PA, 60, 0},
		{RE, WO, 25, 0},  {CO, WO, 30, 0},  {CO, SB, 80, 0},
		{RE, OT, 500, 0}, {-1, -1, 0, 0},   {-1, -1, 0, 0},
		{-1, -1, 0, 0},	  {-1, -1, 0, 0},   {CO, WO, 12, 0},
		{RE, DN, 0, 0},	  {CO, BE, 0, 0},   {RE, BE, 10, 10},
		{CO, OT, 7, 0},
	};
	enf_case *cs[NCASES_2025];

	(void)state;
	build_2025(cs);
	for (int i = 0; i < NCASES_2025; i++) {
		enf_stats_report *rep = new_report("LS-01", year(2025));
		int64_t cases[ENF_IND_COUNT] = {0}, money[ENF_IND_COUNT] = {0};

		assert_int_equal(enf_stats_report_add_case(rep, cs[i]), ENF_OK);
		if (want[i].start < 0) {
			assert_true(all_zero(rep));
			enf_stats_report_free(rep);
			continue;
		}
		cases[want[i].start] = cases[TO] = 1;
		cases[want[i].end] += 1;
		money[want[i].start] = money[TO] = want[i].amount * M;
		money[DN] = want[i].done * M;
		money[want[i].end] += (want[i].amount - want[i].done) * M;
		for (int m = 0; m < 2; m++) {
			int64_t *v = m ? money : cases;

			v[TE] = v[TO] - v[EN] - v[WD];
			v[WM] = v[DN] + v[BE] + v[PA] + v[OT];
			v[CN] = v[TE] - v[DN];
			assert_column(rep, ENF_GROUP_ALL, (enf_measure)m, v);
		}
		assert_int_equal(enf_stats_report_check(rep), ENF_OK);
		enf_stats_report_free(rep);
	}
	free_cases(cs, NCASES_2025);
}

/* The whole table of the 2025 register, in every group. */
static void test_stats_report__table_2025(void **state)
{
	/* CO RE TO EN WD TE WM DN BE PA OT WO SB RT CN */
	static const int64_t all_cases[] = {9, 6, 15, 1, 1, 13, 9, 3,
					    3, 1, 2,  3, 1, 0,	10};
	static const int64_t all_money[] = {314, 600, 914, 20, 12,
					    882, 735, 118, 50, 60,
					    507, 67,  80,  0,  764};
	/* Agency: A C D E G H I P Q R; request: B F J O S. */
	static const int64_t agency_cases[] = {6, 4, 10, 1, 1, 8, 5, 2,
					       3, 0, 0,	 2, 1, 0, 6};
	static const int64_t agency_money[] = {
		235, 50, 285, 20, 12, 253, 118, 68, 50, 0, 0, 55, 80, 0, 185};
	static const int64_t request_cases[] = {3, 2, 5, 0, 0, 5, 4, 1,
						0, 1, 2, 1, 0, 0, 4};
	static const int64_t request_money[] = {
		79, 550, 629, 0, 0, 629, 617, 50, 0, 60, 507, 12, 0, 0, 579};
	/* Bank credit: J; corruption: I; administrative: H. */
	static const int64_t bank[] = {0, 1, 1, 0, 0, 1, 1, 0,
				       0, 0, 1, 0, 0, 0, 1};
	static const int64_t corruption[] = {1, 0, 1, 0, 0, 1, 0, 0,
					     0, 0, 0, 0, 1, 0, 1};
	static const int64_t admin[] = {1, 0, 1, 0, 0, 1, 0, 0,
					0, 0, 0, 1, 0, 0, 1};
	const struct {
		enf_stats_group g;
		const int64_t *cases, *money;
		int64_t scale; /* money = scale * cases for one-case groups */
	} groups[] = {
		{ENF_GROUP_ALL, all_cases, all_money, 0},
		{ENF_GROUP_AGENCY, agency_cases, agency_money, 0},
		{ENF_GROUP_REQUEST, request_cases, request_money, 0},
		{ENF_GROUP_BANK_CREDIT, bank, NULL, 500},
		{ENF_GROUP_CORRUPTION, corruption, NULL, 80},
		{ENF_GROUP_ADMINISTRATIVE, admin, NULL, 30},
	};
	enf_case *cs[NCASES_2025];
	enf_stats_report *rep = new_report("LS-01", year(2025));
	int64_t rate = 0;

	(void)state;
	build_2025(cs);
	for (int i = 0; i < NCASES_2025; i++)
		assert_int_equal(enf_stats_report_add_case(rep, cs[i]), ENF_OK);
	assert_int_equal(enf_stats_report_check(rep), ENF_OK);
	for (size_t k = 0; k < sizeof(groups) / sizeof(groups[0]); k++) {
		int64_t money[ENF_IND_COUNT];

		assert_column(rep, groups[k].g, ENF_BY_CASES, groups[k].cases);
		for (int r = 0; r < ENF_IND_COUNT; r++)
			money[r] =
				(groups[k].money ? groups[k].money[r]
						 : groups[k].scale *
							   groups[k].cases[r]) *
				M;
		assert_column(rep, groups[k].g, ENF_BY_MONEY, money);
	}
	/* Rates: 3 done of 9 with means = 33.33%; 118 M of 735 M =
	 * 16.0544...% = 16.05%. */
	assert_int_equal(enf_stats_report_rate(&rate, rep, ENF_GROUP_ALL,
					       ENF_BY_CASES, NULL),
			 ENF_OK);
	assert_int_equal(rate, 3333);
	assert_int_equal(enf_stats_report_rate(&rate, rep, ENF_GROUP_ALL,
					       ENF_BY_MONEY, NULL),
			 ENF_OK);
	assert_int_equal(rate, 1605);
	/* Agency: 2 of 5 = 40.00%; 68 of 118 = 57.627...% = 57.63%. */
	assert_int_equal(enf_stats_report_rate(&rate, rep, ENF_GROUP_AGENCY,
					       ENF_BY_CASES, NULL),
			 ENF_OK);
	assert_int_equal(rate, 4000);
	assert_int_equal(enf_stats_report_rate(&rate, rep, ENF_GROUP_AGENCY,
					       ENF_BY_MONEY, NULL),
			 ENF_OK);
	assert_int_equal(rate, 5763);
	/* Nothing with means among corruption cases. */
	rate = 77;
	assert_int_equal(enf_stats_report_rate(&rate, rep, ENF_GROUP_CORRUPTION,
					       ENF_BY_CASES, NULL),
			 ENF_EDIVZERO);
	assert_int_equal(rate, 77);
	enf_stats_report_free(rep);
	free_cases(cs, NCASES_2025);
}

/* The same cases through a register, and the facts a filter selects by. */
static void test_stats_report__add_register(void **state)
{
	enf_case *cs[NCASES_2025];
	enf_register *reg = NULL;
	enf_stats_report *whole = new_report("LS-01", year(2025));
	enf_stats_report *rep = new_report("LS-01", year(2025));
	enf_filter f;
	char *before;
	size_t len = 0;

	(void)state;
	build_2025(cs);
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	for (int i = 0; i < NCASES_2025; i++) {
		assert_int_equal(enf_stats_report_add_case(whole, cs[i]),
				 ENF_OK);
		assert_int_equal(enf_register_add(reg, cs[i]), ENF_OK);
	}
	assert_int_equal(enf_stats_report_add_register(rep, reg, NULL), ENF_OK);
	assert_same_cells(rep, whole);
	enf_stats_report_free(rep);

	/* A filter by mode keeps the request cases: the request column of
	 * the whole becomes the all column (and the request one). */
	rep = new_report("LS-01", year(2025));
	assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION), ENF_OK);
	f.modes = 1u << ENF_MODE_REQUEST;
	/* States and date are not used: the period decides. */
	f.states = 1u << ENF_STATE_DONE;
	f.date = ENF_DATE_NONE;
	assert_int_equal(enf_stats_report_add_register(rep, reg, &f), ENF_OK);
	for (int m = 0; m < 2; m++)
		for (int r = 0; r < ENF_IND_COUNT; r++) {
			int64_t want = cell(whole, ENF_GROUP_REQUEST,
					    (enf_measure)m, r);

			assert_int_equal(
				cell(rep, ENF_GROUP_ALL, (enf_measure)m, r),
				want);
			assert_int_equal(
				cell(rep, ENF_GROUP_REQUEST, (enf_measure)m, r),
				want);
			assert_int_equal(
				cell(rep, ENF_GROUP_AGENCY, (enf_measure)m, r),
				0);
		}
	/* Flags and obligation kinds: only I, then only J. */
	enf_stats_report_free(rep);
	rep = new_report("LS-01", year(2025));
	f.modes = 0;
	f.flags = ENF_CASE_CORRUPTION;
	assert_int_equal(enf_stats_report_add_register(rep, reg, &f), ENF_OK);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, CO), 1);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, SB), 1);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_MONEY, SB), 80 * M);
	f.flags = 0;
	f.obligation_kinds = 1u << ENF_OBL_BANK_CREDIT;
	assert_int_equal(enf_stats_report_add_register(rep, reg, &f), ENF_OK);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, TO), 2);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, OT), 1);
	/* Another office keeps nothing. */
	f.obligation_kinds = 0;
	f.office = "LS-02";
	before = bytes_of(rep, &len);
	assert_int_equal(enf_stats_report_add_register(rep, reg, &f), ENF_OK);
	assert_unchanged(rep, before, len);
	/* A bad filter fails and changes nothing. */
	f.office = NULL;
	f.version = 99;
	assert_int_equal(enf_stats_report_add_register(rep, reg, &f),
			 ENF_EVERSION);
	f.version = ENF_FILTER_VERSION;
	f.modes = 1u << 5;
	assert_int_equal(enf_stats_report_add_register(rep, reg, &f),
			 ENF_EINVALID);
	assert_unchanged(rep, before, len);
	enf_io_free(before);
	enf_stats_report_free(rep);
	enf_stats_report_free(whole);
	enf_register_free(reg);
}

/* Dates at the edges of the period. */
static void test_stats_report__period_edges(void **state)
{
	enf_period p = year(2025);
	enf_stats_report *rep = new_report("LS-01", p);
	enf_case *on_first, *on_last, *before, *closed_before, *closed_first,
		*collected;

	(void)state;
	/* Decided on the first day: received. On the last day: received.
	 * The day before: carried over. */
	on_first = new_case("1", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			    ENF_DATE_NONE);
	ev(on_first, ENF_EV_DECISION_ISSUED, p.first, 0);
	on_last = new_case("2", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			   ENF_DATE_NONE);
	ev(on_last, ENF_EV_DECISION_ISSUED, p.last, 0);
	before = new_case("3", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			  ENF_DATE_NONE);
	ev(before, ENF_EV_DECISION_ISSUED, p.first - 1, 0);
	/* Done on the day before: nothing. Done on the first day: done. */
	closed_before = new_case("4", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
				 ENF_DATE_NONE);
	ev(closed_before, ENF_EV_DECISION_ISSUED, ymd(2024, 9, 1), 0);
	ev(closed_before, ENF_EV_DONE, p.first - 1, 0);
	closed_first = new_case("5", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
				ENF_DATE_NONE);
	ev(closed_first, ENF_EV_DECISION_ISSUED, ymd(2024, 9, 1), 0);
	ev(closed_first, ENF_EV_DONE, p.first, 0);
	/* Money collected on the day before counts before the period; on
	 * the last day, within: owes 10 M, 4 M before, 1 M on the last day:
	 * amount 6 M, done 1 M, 5 M being enforced. */
	collected = new_case("6", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			     ENF_DATE_NONE);
	owe(collected, ENF_OBL_FINE, 10 * M);
	ev(collected, ENF_EV_DECISION_ISSUED, ymd(2024, 9, 1), 0);
	ev(collected, ENF_EV_CLASSIFIED, ymd(2024, 9, 2), 1);
	collect(collected, p.first - 1, 4 * M);
	collect(collected, p.last, 1 * M);
	/* Events after the period are not seen. */
	collect(collected, p.last + 1, 5 * M);
	ev(collected, ENF_EV_DONE, p.last + 1, 0);

	assert_int_equal(enf_stats_report_add_case(rep, on_first), ENF_OK);
	assert_int_equal(enf_stats_report_add_case(rep, on_last), ENF_OK);
	assert_int_equal(enf_stats_report_add_case(rep, closed_before), ENF_OK);
	assert_true(all_zero(rep) == 0);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, RE), 2);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, CO), 0);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, OT), 2);
	assert_int_equal(enf_stats_report_add_case(rep, before), ENF_OK);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, CO), 1);
	assert_int_equal(enf_stats_report_add_case(rep, closed_first), ENF_OK);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, CO), 2);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, DN), 1);
	assert_int_equal(enf_stats_report_add_case(rep, collected), ENF_OK);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, CO), 3);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, BE), 1);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_MONEY, CO), 6 * M);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_MONEY, DN), 1 * M);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_MONEY, BE), 5 * M);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_MONEY, CN), 5 * M);
	assert_int_equal(enf_stats_report_check(rep), ENF_OK);

	/* A one-day period. */
	enf_stats_report_free(rep);
	p.first = p.last = ymd(2024, 9, 1);
	rep = new_report("LS-01", p);
	assert_int_equal(enf_stats_report_add_case(rep, closed_first), ENF_OK);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, RE), 1);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, OT), 1);
	enf_stats_report_free(rep);
	enf_case_free(on_first);
	enf_case_free(on_last);
	enf_case_free(before);
	enf_case_free(closed_before);
	enf_case_free(closed_first);
	enf_case_free(collected);
}

/* A request returned under the new law (year 2026), and a postponement
 * that ends: the state at the end decides. */
static void test_stats_report__returned_and_resumed(void **state)
{
	enf_stats_report *rep = new_report("LS-01", year(2026));
	enf_case *ret = new_case("1", ENF_MODE_REQUEST, ENF_JUDGMENT_CIVIL, 0,
				 ENF_DATE_NONE);
	enf_case *resumed = new_case("2", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL,
				     0, ENF_DATE_NONE);
	enf_case *sb_out = new_case("3", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
				    ENF_DATE_NONE);
	const int64_t cases[] = {2, 1, 3, 0, 0, 3, 1, 0, 1, 0, 0, 0, 1, 1, 3};
	const int64_t money[] = {21 * M, 9 * M,	 30 * M, 0,	 0,
				 30 * M, 12 * M, 0,	 12 * M, 0,
				 0,	 0,	 9 * M,	 9 * M,	 30 * M};

	(void)state;
	/* Received 2025-11-05, without means, request returned 2026-08-01
	 * (Decree 152 Art 22): RE, RT; owes 9 M. */
	owe(ret, ENF_OBL_OTHER_MONEY, 9 * M);
	ev(ret, ENF_EV_REQUEST_RECEIVED, ymd(2025, 11, 1), 0);
	ev(ret, ENF_EV_DECISION_ISSUED, ymd(2025, 11, 5), 0);
	ev(ret, ENF_EV_CLASSIFIED, ymd(2025, 12, 1), 0);
	ev(ret, ENF_EV_REQUEST_RETURNED, ymd(2026, 8, 1), 0);
	/* Carried over, with means, postponed for illness 2025-11-01 and
	 * resumed 2026-01-05: back to with means, being enforced; 12 M. */
	owe(resumed, ENF_OBL_FINE, 12 * M);
	ev(resumed, ENF_EV_DECISION_ISSUED, ymd(2025, 3, 1), 0);
	ev(resumed, ENF_EV_CLASSIFIED, ymd(2025, 4, 1), 1);
	ev(resumed, ENF_EV_POSTPONED, ymd(2025, 11, 1), ENF_POSTPONE_ILLNESS);
	ev(resumed, ENF_EV_RESUMED, ymd(2026, 1, 5), 0);
	/* Carried over without means, moved to the separate book in the
	 * period (2026-03-01): SB; 9 M. */
	owe(sb_out, ENF_OBL_FINE, 9 * M);
	ev(sb_out, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 1), 0);
	ev(sb_out, ENF_EV_CLASSIFIED, ymd(2025, 2, 1), 0);
	ev(sb_out, ENF_EV_SEPARATE_BOOK, ymd(2026, 3, 1), 0);
	assert_int_equal(enf_stats_report_add_case(rep, ret), ENF_OK);
	assert_int_equal(enf_stats_report_add_case(rep, resumed), ENF_OK);
	assert_int_equal(enf_stats_report_add_case(rep, sb_out), ENF_OK);
	assert_column(rep, ENF_GROUP_ALL, ENF_BY_CASES, cases);
	assert_column(rep, ENF_GROUP_ALL, ENF_BY_MONEY, money);
	assert_int_equal(enf_stats_report_check(rep), ENF_OK);
	enf_stats_report_free(rep);

	/* In 2027 the returned request and the separate book add nothing;
	 * the resumed case is carried over again. */
	rep = new_report("LS-01", year(2027));
	assert_int_equal(enf_stats_report_add_case(rep, ret), ENF_OK);
	assert_int_equal(enf_stats_report_add_case(rep, sb_out), ENF_OK);
	assert_true(all_zero(rep));
	assert_int_equal(enf_stats_report_add_case(rep, resumed), ENF_OK);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, CO), 1);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, BE), 1);
	enf_stats_report_free(rep);
	enf_case_free(ret);
	enf_case_free(resumed);
	enf_case_free(sb_out);
}

/* Overflow: the report is left as it was. */
static void test_stats_report__overflow(void **state)
{
	enf_stats_report *rep = new_report("LS-01", year(2025));
	enf_stats_report *other = new_report("LS-02", year(2025));
	enf_case *big = new_case("1", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
				 ENF_DATE_NONE);
	enf_case *one = new_case("2", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
				 ENF_DATE_NONE);
	enf_register *reg = NULL;
	char *before;
	size_t len = 0;

	(void)state;
	owe(big, ENF_OBL_FINE, INT64_MAX);
	ev(big, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 1), 0);
	owe(one, ENF_OBL_FINE, 1);
	ev(one, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 1), 0);
	assert_int_equal(enf_stats_report_add_case(rep, big), ENF_OK);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_MONEY, TO), INT64_MAX);
	before = bytes_of(rep, &len);
	assert_int_equal(enf_stats_report_add_case(rep, one), ENF_EOVERFLOW);
	assert_error_names("stats_report_add_case", "overflows");
	assert_unchanged(rep, before, len);
	assert_int_equal(enf_stats_report_add_case(rep, big), ENF_EOVERFLOW);
	assert_unchanged(rep, before, len);
	/* Through a register: the first case fits, the second does not;
	 * neither is counted. */
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_register_add(reg, one), ENF_OK);
	assert_int_equal(enf_register_add(reg, big), ENF_OK);
	enf_io_free(before);
	before = bytes_of(other, &len);
	assert_int_equal(enf_stats_report_add_register(other, reg, NULL),
			 ENF_EOVERFLOW);
	assert_error_names("stats_report_add_register", "overflows");
	assert_unchanged(other, before, len);
	{
		enf_period p = year(2025);
		enf_stats_report **reps = NULL;
		size_t n = 7;

		assert_int_equal(enf_stats_report_by_office(&reps, &n, reg, &p),
				 ENF_EOVERFLOW);
		assert_error_names("stats_report_by_office",
				   "by money in group all overflows");
		assert_null(reps);
		assert_int_equal(n, 0);
	}
	/* Merging: one more case into other, then other into rep. */
	assert_int_equal(enf_stats_report_add_case(other, one), ENF_OK);
	enf_io_free(before);
	before = bytes_of(rep, &len);
	assert_int_equal(enf_stats_report_merge(rep, other), ENF_EOVERFLOW);
	assert_error_names("stats_report_merge", "overflows");
	assert_unchanged(rep, before, len);
	assert_int_equal(enf_stats_report_merge(rep, rep), ENF_EOVERFLOW);
	assert_unchanged(rep, before, len);
	/* The other way round fits: other has one case of 1 VND. */
	assert_int_equal(enf_stats_report_merge(other, other), ENF_OK);
	assert_int_equal(cell(other, ENF_GROUP_ALL, ENF_BY_MONEY, RE), 2);
	enf_io_free(before);
	enf_stats_report_free(rep);
	enf_stats_report_free(other);
	enf_register_free(reg);
}

/* Case number k of office LS-01 on the agency's initiative: a fine of
 * amount, decided on 1 Jan 2025. */
static enf_case *fine_case(int k, enf_judgment_kind kind, int64_t amount)
{
	char no[16];
	enf_case *c;

	snprintf(no, sizeof(no), "%d", k);
	c = new_case(no, ENF_MODE_AGENCY, kind, 0, ENF_DATE_NONE);
	owe(c, ENF_OBL_FINE, amount);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 1), 0);
	return c;
}

/* Near the top of 64 bits a register's sums are checked case by case:
 * they fit up to INT64_MAX exactly (hand sum: (2^63 - 11) + 1 + 5 =
 * 2^63 - 5), and one more VND past it fails naming the case. */
static void test_stats_report__near_overflow(void **state)
{
	const int64_t amounts[] = {INT64_MAX - 10, 1, 5, 4, 1};
	enf_period p = year(2025);
	enf_stats_report *rep = new_report("LS-01", year(2025));
	enf_stats_report **reps = NULL;
	enf_register *reg = NULL;
	size_t n = 0;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	for (int i = 0; i < 4; i++)
		assert_int_equal(
			enf_register_add(reg,
					 fine_case(i + 1, ENF_JUDGMENT_CIVIL,
						   amounts[i])),
			ENF_OK);
	/* Four cases: 2^63 - 11 + 1 + 5 + 4 = 2^63 - 1. */
	assert_int_equal(enf_stats_report_add_register(rep, reg, NULL), ENF_OK);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_MONEY, TO), INT64_MAX);
	assert_int_equal(cell(rep, ENF_GROUP_AGENCY, ENF_BY_CASES, TO), 4);
	assert_int_equal(enf_stats_report_by_office(&reps, &n, reg, &p),
			 ENF_OK);
	assert_int_equal(n, 1);
	assert_int_equal(cell(reps[0], ENF_GROUP_ALL, ENF_BY_MONEY, TO),
			 INT64_MAX);
	assert_int_equal(enf_stats_report_check(reps[0]), ENF_OK);
	enf_stats_reports_free(reps, n);
	/* A fifth case of 1 VND goes past it. */
	assert_int_equal(enf_register_add(reg, fine_case(5, ENF_JUDGMENT_CIVIL,
							 amounts[4])),
			 ENF_OK);
	reps = NULL;
	assert_int_equal(enf_stats_report_by_office(&reps, &n, reg, &p),
			 ENF_EOVERFLOW);
	assert_error_names("stats_report_by_office",
			   "case 5 (office LS-01): row received by money in "
			   "group all overflows 64 bits");
	assert_null(reps);
	enf_stats_report_free(rep);
	enf_register_free(reg);
}

/* A register's sums add only their base rows while a bound on the cells
 * leaves room, and make the derived rows at the end. The bound is loose
 * (a case's amount OR 1), so it runs out before the sums do: at the
 * fourth case (hand sums: bound 2^63 - 31 + 17 + 9 + 5 = 2^63, money
 * 2^63 - 31 + 16 + 8 + 4 = 2^63 - 3) the derived rows are made, that case
 * is added checked, and the bound starts again from the largest cell, so
 * the last two cases of 1 VND go unchecked again up to INT64_MAX. */
static void test_stats_report__bound_runs_out(void **state)
{
	const int64_t amounts[] = {INT64_MAX - 30, 16, 8, 4, 1, 1};
	enf_period p = year(2025);
	enf_stats_report *rep = new_report("LS-01", year(2025));
	enf_stats_report *one_by_one = new_report("LS-01", year(2025));
	enf_stats_report **reps = NULL;
	enf_register *reg = NULL;
	size_t n = 0, len = 0;
	char *want;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	for (int i = 0; i < 6; i++) {
		enf_case *c = fine_case(i + 1,
					i % 2 ? ENF_JUDGMENT_ADMINISTRATIVE
					      : ENF_JUDGMENT_CIVIL,
					amounts[i]);

		assert_int_equal(enf_register_add(reg, c), ENF_OK);
		assert_int_equal(enf_stats_report_add_case(one_by_one, c),
				 ENF_OK);
	}
	assert_int_equal(enf_stats_report_add_register(rep, reg, NULL), ENF_OK);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_MONEY, TO), INT64_MAX);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, TO), 6);
	assert_int_equal(cell(rep, ENF_GROUP_ADMINISTRATIVE, ENF_BY_CASES, TO),
			 3);
	assert_int_equal(enf_stats_report_check(rep), ENF_OK);
	/* The same table as every row of every case added checked. */
	want = bytes_of(one_by_one, &len);
	assert_unchanged(rep, want, len);
	assert_int_equal(enf_stats_report_by_office(&reps, &n, reg, &p),
			 ENF_OK);
	assert_int_equal(n, 1);
	assert_unchanged(reps[0], want, len);
	enf_stats_reports_free(reps, n);
	enf_io_free(want);
	enf_stats_report_free(rep);
	enf_stats_report_free(one_by_one);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* The bundled sample                                                      */

static enf_register *load_sample(void)
{
	enf_register *reg = NULL;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	if (enf_io_load_csv_dir(reg, ENF_SAMPLE_DIR) != ENF_OK)
		fail_msg("loading %s: %s", ENF_SAMPLE_DIR, enf_last_error());
	assert_true(enf_register_count(reg) > 1000);
	return reg;
}

static enf_stats_report *sample_report(const enf_register *reg, enf_period p)
{
	enf_stats_report *rep = new_report("Lạng Sơn", p);

	assert_int_equal(enf_stats_report_add_register(rep, reg, NULL), ENF_OK);
	return rep;
}

/*
 * An oracle through the public API only: the rows of a case from
 * enf_case_status_on() before the period and at its end.
 */
static void oracle_add(int64_t v[2][ENF_IND_COUNT], const enf_case *c,
		       enf_period p)
{
	enf_case_info info;
	enf_case_status s0, s1;
	enf_date decided;
	int start, end;
	int64_t amount, in, done;

	assert_int_equal(enf_case_get_info(&info, c), ENF_OK);
	decided = info.decision_date;
	for (size_t i = 0; i < enf_case_event_count(c); i++) {
		enf_event e;

		assert_int_equal(enf_case_event(&e, c, i), ENF_OK);
		if (e.kind == ENF_EV_DECISION_ISSUED) {
			decided = e.date;
			break;
		}
	}
	if (decided == ENF_DATE_NONE || decided > p.last)
		return;
	assert_int_equal(enf_case_status_on(&s0, c, p.first - 1), ENF_OK);
	assert_int_equal(enf_case_status_on(&s1, c, p.last), ENF_OK);
	if (s0.state >= ENF_STATE_SEPARATE_BOOK)
		return; /* separate book and every closed state */
	start = decided < p.first ? CO : RE;
	switch (s1.state) {
	case ENF_STATE_ENTRUSTED: end = EN; break;
	case ENF_STATE_WITHDRAWN: end = WD; break;
	case ENF_STATE_DONE:
	case ENF_STATE_TERMINATED: end = DN; break;
	case ENF_STATE_SEPARATE_BOOK: end = SB; break;
	case ENF_STATE_RETURNED: end = RT; break;
	case ENF_STATE_WITH_MEANS: end = BE; break;
	case ENF_STATE_POSTPONED:
		end = s1.detail == ENF_POSTPONE_AGREEMENT ? PA : WO;
		break;
	case ENF_STATE_WITHOUT_MEANS:
	case ENF_STATE_SUSPENDED: end = WO; break;
	default: end = OT; break;
	}
	/* counts_with_means of case.h agrees with the end row. */
	assert_int_equal(s1.counts_with_means || s1.state == ENF_STATE_NONE ||
				 s1.state == ENF_STATE_RECEIVED,
			 end == DN || end == BE || end == PA || end == OT);
	amount = s0.outstanding;
	in = s1.collected - s0.collected;
	done = end == DN || in > amount ? amount : in;
	v[0][start]++, v[0][end]++;
	v[1][start] += amount, v[1][DN] += done, v[1][end] += amount - done;
}

static void oracle_derive(int64_t v[2][ENF_IND_COUNT])
{
	for (int m = 0; m < 2; m++) {
		int64_t *x = v[m];

		x[TO] = x[CO] + x[RE];
		x[TE] = x[TO] - x[EN] - x[WD];
		x[WM] = x[DN] + x[BE] + x[PA] + x[OT];
		x[CN] = x[TE] - x[DN];
	}
}

/* Identities, groups and an independent count on the sample. */
static void test_stats_report__sample_identities(void **state)
{
	enf_register *reg = load_sample();
	const int years[] = {2024, 2025};

	(void)state;
	for (size_t y = 0; y < 2; y++)
		for (int k = 3; k <= 12; k += 3) {
			enf_period p;
			enf_stats_report *rep;
			int64_t v[2][ENF_IND_COUNT];

			assert_int_equal(enf_report_cumulative(&p, years[y], k),
					 ENF_OK);
			rep = sample_report(reg, p);
			assert_int_equal(enf_stats_report_check(rep), ENF_OK);
			memset(v, 0, sizeof(v));
			for (size_t i = 0; i < enf_register_count(reg); i++) {
				enf_case *c = NULL;

				assert_int_equal(enf_register_at(&c, reg, i),
						 ENF_OK);
				oracle_add(v, c, p);
			}
			oracle_derive(v);
			assert_column(rep, ENF_GROUP_ALL, ENF_BY_CASES, v[0]);
			assert_column(rep, ENF_GROUP_ALL, ENF_BY_MONEY, v[1]);
			/* The sample has cases in every main row. */
			for (int r = CO; r <= WO; r++)
				if (r != PA && r != EN && r != WD)
					assert_true(v[0][r] > 0);
			assert_int_equal(
				cell(rep, ENF_GROUP_AGENCY, ENF_BY_CASES, TO) +
					cell(rep, ENF_GROUP_REQUEST,
					     ENF_BY_CASES, TO),
				v[0][TO]);
			enf_stats_report_free(rep);
		}
	enf_register_free(reg);
}

/* Every office in one pass: the six offices of the sample in code
 * order, each equal to its office's filtered report, their merge equal
 * to the whole; an empty register gives none. */
static void test_stats_report__by_office(void **state)
{
	static const char *const codes[] = {"LS-BG", "LS-CUC", "LS-HL",
					    "LS-LB", "LS-TP",  "LS-VL"};
	enf_register *reg = load_sample(), *empty = NULL;
	enf_period p = year(2025);
	enf_stats_report **reps = NULL, *whole = sample_report(reg, p),
			 *sum = new_report("Lạng Sơn", p);
	size_t n = 99;

	(void)state;
	assert_int_equal(enf_stats_report_by_office(&reps, &n, reg, &p),
			 ENF_OK);
	assert_int_equal(n, 6);
	for (size_t k = 0; k < n; k++) {
		enf_stats_report *one = new_report(codes[k], p);
		enf_filter f;
		enf_period q;

		assert_string_equal(enf_stats_report_unit(reps[k]), codes[k]);
		assert_int_equal(enf_stats_report_period(&q, reps[k]), ENF_OK);
		assert_int_equal(q.first, p.first);
		assert_int_equal(q.last, p.last);
		assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION),
				 ENF_OK);
		f.office = codes[k];
		assert_int_equal(enf_stats_report_add_register(one, reg, &f),
				 ENF_OK);
		assert_same_cells(reps[k], one);
		assert_int_equal(enf_stats_report_check(reps[k]), ENF_OK);
		assert_int_equal(enf_stats_report_merge(sum, reps[k]), ENF_OK);
		enf_stats_report_free(one);
	}
	assert_same_cells(sum, whole);
	enf_stats_reports_free(reps, n);
	/* An empty register: no office. */
	assert_int_equal(enf_register_new(&empty), ENF_OK);
	reps = (enf_stats_report **)&n;
	assert_int_equal(enf_stats_report_by_office(&reps, &n, empty, &p),
			 ENF_OK);
	assert_null(reps);
	assert_int_equal(n, 0);
	enf_stats_reports_free(NULL, 3);
	enf_register_free(empty);
	enf_stats_report_free(whole);
	enf_stats_report_free(sum);
	enf_register_free(reg);
}

static void test_stats_report__by_office_bad_input(void **state)
{
	enf_register *reg = load_sample();
	enf_period p = year(2025), back = {p.last, p.first},
		   bad = {p.first, ENF_DATE_NONE};
	enf_stats_report **reps = NULL;
	size_t n = 0;

	(void)state;
	assert_int_equal(enf_stats_report_by_office(NULL, &n, reg, &p),
			 ENF_EINVALID);
	assert_error_names("stats_report_by_office", "out is NULL");
	assert_int_equal(enf_stats_report_by_office(&reps, NULL, reg, &p),
			 ENF_EINVALID);
	assert_error_names("stats_report_by_office", "count is NULL");
	assert_int_equal(enf_stats_report_by_office(&reps, &n, NULL, &p),
			 ENF_EINVALID);
	assert_error_names("stats_report_by_office", "reg is NULL");
	assert_int_equal(enf_stats_report_by_office(&reps, &n, reg, NULL),
			 ENF_EINVALID);
	assert_error_names("stats_report_by_office", "period is NULL");
	assert_int_equal(enf_stats_report_by_office(&reps, &n, reg, &back),
			 ENF_EINVALID);
	assert_error_names("stats_report_by_office", "ends before it starts");
	assert_int_equal(enf_stats_report_by_office(&reps, &n, reg, &bad),
			 ENF_ERANGE);
	assert_error_names("stats_report_by_office",
			   "last is missing (no date)");
	assert_null(reps);
	assert_int_equal(n, 0);
	/* An office code too long to name a report. */
	{
		static char office[1100];
		enf_register *one = NULL;
		enf_case *c = NULL;
		enf_case_info info;

		memset(office, 'A', sizeof(office) - 1);
		assert_int_equal(
			enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			ENF_OK);
		info.office = office;
		info.decision_no = "1/QĐ";
		info.decision_date = ymd(2025, 1, 2);
		assert_int_equal(enf_case_new(&c, &info), ENF_OK);
		assert_int_equal(enf_register_new(&one), ENF_OK);
		assert_int_equal(enf_register_add(one, c), ENF_OK);
		assert_int_equal(enf_stats_report_by_office(&reps, &n, one, &p),
				 ENF_EINVALID);
		assert_error_names("stats_report_by_office",
				   "longer than 1024 bytes");
		assert_null(reps);
		assert_int_equal(n, 0);
		enf_register_free(one);
	}
	enf_register_free(reg);
}

/* Year to year: what 2024 carries to the next period is what 2025
 * carries over, less the separate book and returned requests at the end
 * of 2024, plus cases that left the separate book during 2024. */
static void test_stats_report__sample_year_chain(void **state)
{
	enf_register *reg = load_sample();
	enf_period p24 = year(2024), p25 = year(2025);
	enf_stats_report *r24 = sample_report(reg, p24);
	enf_stats_report *r25 = sample_report(reg, p25);
	int64_t back[2] = {0, 0};

	(void)state;
	for (size_t i = 0; i < enf_register_count(reg); i++) {
		enf_case *c = NULL;
		enf_case_status s0, s1;

		assert_int_equal(enf_register_at(&c, reg, i), ENF_OK);
		assert_int_equal(enf_case_status_on(&s0, c, p24.first - 1),
				 ENF_OK);
		assert_int_equal(enf_case_status_on(&s1, c, p24.last), ENF_OK);
		if (s0.state == ENF_STATE_SEPARATE_BOOK &&
		    s1.state < ENF_STATE_SEPARATE_BOOK) {
			back[0]++;
			back[1] += s1.outstanding;
		}
	}
	for (int m = 0; m < 2; m++)
		for (int g = 0; g < ENF_GROUP_COUNT; g++) {
			enf_stats_group gg = (enf_stats_group)g;
			enf_measure mm = (enf_measure)m;
			int64_t next = cell(r24, gg, mm, CN) -
				       cell(r24, gg, mm, SB) -
				       cell(r24, gg, mm, RT);

			if (g == ENF_GROUP_ALL)
				assert_int_equal(cell(r25, gg, mm, CO),
						 next + back[m]);
			else
				assert_true(cell(r25, gg, mm, CO) >= next);
		}
	enf_stats_report_free(r24);
	enf_stats_report_free(r25);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* Merging                                                                 */

/* Per office: the office reports merged are the whole. */
static void test_stats_report__merge_offices(void **state)
{
	enf_register *reg = load_sample();
	enf_period p = year(2025);
	enf_stats_report *whole = sample_report(reg, p);
	enf_stats_report *sum = new_report("Tỉnh", p);
	const char *offices[64];
	size_t noff = 0;

	(void)state;
	for (size_t i = 0; i < enf_register_count(reg); i++) {
		enf_case *c = NULL;
		enf_case_info info;
		size_t k = 0;

		assert_int_equal(enf_register_at(&c, reg, i), ENF_OK);
		assert_int_equal(enf_case_get_info(&info, c), ENF_OK);
		while (k < noff && strcmp(offices[k], info.office) != 0)
			k++;
		if (k == noff) {
			assert_true(noff < 64);
			offices[noff++] = info.office;
		}
	}
	assert_true(noff >= 2);
	for (size_t k = 0; k < noff; k++) {
		enf_stats_report *part = new_report(offices[k], p);
		enf_filter f;

		assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION),
				 ENF_OK);
		f.office = offices[k];
		assert_int_equal(enf_stats_report_add_register(part, reg, &f),
				 ENF_OK);
		assert_int_equal(enf_stats_report_check(part), ENF_OK);
		assert_true(cell(part, ENF_GROUP_ALL, ENF_BY_CASES, TO) > 0);
		assert_int_equal(enf_stats_report_merge(sum, part), ENF_OK);
		enf_stats_report_free(part);
	}
	assert_same_cells(sum, whole);
	assert_string_equal(enf_stats_report_unit(sum), "Tỉnh");
	enf_stats_report_free(sum);
	enf_stats_report_free(whole);
	enf_register_free(reg);
}

static uint32_t lcg(uint32_t *s)
{
	*s = *s * 1664525u + 1013904223u;
	return *s >> 8;
}

/* Random partitions merged in different orders and groupings. */
static void test_stats_report__merge_random(void **state)
{
	enf_register *reg = load_sample();
	enf_period p = year(2025);
	enf_stats_report *whole = sample_report(reg, p);
	uint32_t seed = 20250930u;
	size_t n = enf_register_count(reg);

	(void)state;
	for (int trial = 0; trial < 12; trial++) {
		enum { MAXP = 9 };
		size_t np = 1 + lcg(&seed) % MAXP, order[MAXP];
		enf_stats_report *part[MAXP], *fold, *tree[MAXP];

		for (size_t k = 0; k < np; k++) {
			part[k] = new_report("part", p);
			order[k] = k;
		}
		for (size_t i = 0; i < n; i++) {
			enf_case *c = NULL;

			assert_int_equal(enf_register_at(&c, reg, i), ENF_OK);
			assert_int_equal(enf_stats_report_add_case(
						 part[lcg(&seed) % np], c),
					 ENF_OK);
		}
		/* A left fold in a shuffled order. */
		for (size_t k = np; k > 1; k--) {
			size_t j = lcg(&seed) % k, t = order[k - 1];

			order[k - 1] = order[j], order[j] = t;
		}
		fold = new_report("fold", p);
		for (size_t k = 0; k < np; k++)
			assert_int_equal(
				enf_stats_report_merge(fold, part[order[k]]),
				ENF_OK);
		assert_same_cells(fold, whole);
		/* Pairs merged into the right one, from the back, until one
		 * is left: another grouping and order. */
		for (size_t k = 0; k < np; k++) {
			tree[k] = new_report("tree", p);
			assert_int_equal(
				enf_stats_report_merge(tree[k], part[k]),
				ENF_OK);
		}
		for (size_t live = np; live > 1;) {
			size_t w = 0;

			for (size_t k = 0; k + 1 < live; k += 2) {
				assert_int_equal(enf_stats_report_merge(
							 tree[k + 1], tree[k]),
						 ENF_OK);
				enf_stats_report_free(tree[k]);
				tree[w++] = tree[k + 1];
			}
			if (live % 2)
				tree[w++] = tree[live - 1];
			live = w;
		}
		assert_same_cells(tree[0], whole);
		assert_int_equal(enf_stats_report_check(tree[0]), ENF_OK);
		enf_stats_report_free(tree[0]);
		enf_stats_report_free(fold);
		for (size_t k = 0; k < np; k++)
			enf_stats_report_free(part[k]);
	}
	enf_stats_report_free(whole);
	enf_register_free(reg);
}

static void test_stats_report__merge_bad(void **state)
{
	enf_period p = year(2025), q = year(2025);
	enf_stats_report *a = new_report("A", p), *b;
	char *before;
	size_t len = 0;
	enf_case *cs[NCASES_2025];

	(void)state;
	build_2025(cs);
	assert_int_equal(enf_stats_report_add_case(a, cs[0]), ENF_OK);
	q.last--;
	b = new_report("B", q);
	assert_int_equal(enf_stats_report_add_case(b, cs[1]), ENF_OK);
	before = bytes_of(a, &len);
	assert_int_equal(enf_stats_report_merge(a, b), ENF_EINVALID);
	assert_error_names("stats_report_merge", "2025-09-29");
	assert_unchanged(a, before, len);
	assert_int_equal(enf_stats_report_merge(NULL, b), ENF_EINVALID);
	assert_int_equal(enf_stats_report_merge(a, NULL), ENF_EINVALID);
	assert_unchanged(a, before, len);
	enf_io_free(before);
	enf_stats_report_free(a);
	enf_stats_report_free(b);
	free_cases(cs, NCASES_2025);
}

/* ---------------------------------------------------------------------- */
/* Bytes and JSON                                                          */

static enf_stats_report *report_2025(const char *unit)
{
	enf_case *cs[NCASES_2025];
	enf_stats_report *rep = new_report(unit, year(2025));

	build_2025(cs);
	for (int i = 0; i < NCASES_2025; i++)
		assert_int_equal(enf_stats_report_add_case(rep, cs[i]), ENF_OK);
	free_cases(cs, NCASES_2025);
	return rep;
}

static void assert_same_report(const enf_stats_report *a,
			       const enf_stats_report *b)
{
	enf_period pa, pb;

	assert_string_equal(enf_stats_report_unit(a), enf_stats_report_unit(b));
	assert_int_equal(enf_stats_report_period(&pa, a), ENF_OK);
	assert_int_equal(enf_stats_report_period(&pb, b), ENF_OK);
	assert_int_equal(pa.first, pb.first);
	assert_int_equal(pa.last, pb.last);
	assert_same_cells(a, b);
}

static void test_stats_report__bytes_round_trip(void **state)
{
	const char *units[] = {"LS-TP", "Cục THADS tỉnh Lạng Sơn",
			       "\"q\" \\ tab\tnl\n 😀"};

	(void)state;
	for (size_t u = 0; u < 3; u++) {
		enf_stats_report *rep = report_2025(units[u]), *back = NULL;
		size_t len = 0, len2 = 0;
		char *b = bytes_of(rep, &len), *b2;

		assert_int_equal(len, 20 + strlen(units[u]) + 180 * 8 + 4);
		assert_memory_equal(b, "ENFR\x01\x00\x00\x00", 8);
		assert_int_equal(enf_stats_report_from_bytes(&back, b, len),
				 ENF_OK);
		assert_same_report(rep, back);
		b2 = bytes_of(back, &len2);
		assert_int_equal(len2, len);
		assert_memory_equal(b2, b, len);
		enf_io_free(b);
		enf_io_free(b2);
		enf_stats_report_free(back);
		enf_stats_report_free(rep);
	}
}

static void test_stats_report__json_round_trip(void **state)
{
	const char *units[] = {"LS-TP", "Cục THADS tỉnh Lạng Sơn",
			       "\"q\" \\ tab\tnl\n\x01 😀"};

	(void)state;
	for (size_t u = 0; u < 3; u++) {
		enf_stats_report *rep = report_2025(units[u]), *back = NULL;
		size_t len = 0, len2 = 0;
		char *j = NULL, *j2 = NULL;

		assert_int_equal(enf_stats_report_to_json(&j, &len, rep),
				 ENF_OK);
		assert_int_equal(strlen(j), len);
		assert_non_null(
			strstr(j, "\"format\": \"enforcement-report\""));
		assert_non_null(strstr(
			j, "\"period\": [\"2024-10-01\", \"2025-09-30\"]"));
		assert_non_null(strstr(j, "\"with_means\": 735000000"));
		assert_int_equal(enf_stats_report_from_json(&back, j), ENF_OK);
		assert_same_report(rep, back);
		assert_int_equal(enf_stats_report_to_json(&j2, &len2, back),
				 ENF_OK);
		assert_string_equal(j2, j);
		enf_io_free(j);
		enf_io_free(j2);
		enf_stats_report_free(back);
		enf_stats_report_free(rep);
	}
}

/* Another layout of the same document reads the same: members in any
 * order, other white space, escapes in the unit, a byte-order mark. */
static void test_stats_report__json_layouts(void **state)
{
	enf_stats_report *rep = report_2025("Lạng Sơn 😀/"), *back = NULL;
	const size_t cap = 16384;
	char *doc = malloc(cap);
	size_t n = 0;

	(void)state;
	assert_non_null(doc);
	n += (size_t)snprintf(doc + n, cap - n, "\xef\xbb\xbf {\"groups\":{");
	for (int g = ENF_GROUP_COUNT - 1; g >= 0; g--) {
		n += (size_t)snprintf(doc + n, cap - n,
				      "%s\r\n\"%s\" : {\"money\":{",
				      g == ENF_GROUP_COUNT - 1 ? "" : ",",
				      enf__stats_group_tokens[g]);
		for (int r = ENF_IND_COUNT - 1; r >= 0; r--)
			n += (size_t)snprintf(
				doc + n, cap - n, "%s\"%s\":%lld",
				r == ENF_IND_COUNT - 1 ? "" : " ,",
				enf__stats_row_tokens[r],
				(long long)cell(rep, (enf_stats_group)g,
						ENF_BY_MONEY, r));
		n += (size_t)snprintf(doc + n, cap - n, "},\"cases\":{");
		for (int r = 0; r < ENF_IND_COUNT; r++)
			n += (size_t)snprintf(
				doc + n, cap - n, "%s\"%s\":\t%lld",
				r ? "," : "", enf__stats_row_tokens[r],
				(long long)cell(rep, (enf_stats_group)g,
						ENF_BY_CASES, r));
		n += (size_t)snprintf(doc + n, cap - n, "}}");
	}
	(void)snprintf(doc + n, cap - n,
		       "},\t\"period\":[ \"2024-10-01\" ,\r\n\"2025-09-30\" ],"
		       "\"unit\":\"L\\u1ea1ng S\\u01a1n \\ud83d\\ude00\\/\","
		       "\"version\":1,\"format\":\"enforcement-report\"}\n");
	if (enf_stats_report_from_json(&back, doc) != ENF_OK)
		fail_msg("%s", enf_last_error());
	assert_same_report(rep, back);
	enf_stats_report_free(back);
	enf_stats_report_free(rep);
	free(doc);
}

/* CRC-32 as the byte form uses it, to forge well-sealed bad data. */
static uint32_t crc32_of(const unsigned char *p, size_t n)
{
	uint32_t crc = 0xffffffffu;

	for (size_t i = 0; i < n; i++) {
		crc ^= p[i];
		for (int b = 0; b < 8; b++)
			crc = crc & 1u ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
	}
	return ~crc;
}

static void put32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static void reseal(unsigned char *b, size_t len)
{
	put32(b + len - 4, crc32_of(b, len - 4));
}

static void assert_bytes_refused(const unsigned char *b, size_t len,
				 const char *what)
{
	enf_stats_report *rep = (enf_stats_report *)&rep;

	assert_int_equal(
		enf_stats_report_from_bytes(&rep, (const char *)b, len),
		ENF_EPARSE);
	assert_null(rep);
	assert_error_names("stats_report_from_bytes", what);
}

static void test_stats_report__bytes_corrupted(void **state)
{
	enf_stats_report *rep = report_2025("LS-TP");
	size_t len = 0;
	unsigned char *b = (unsigned char *)bytes_of(rep, &len);
	unsigned char *x = malloc(len + 1);
	const size_t cells = 20 + 5; /* first cell */

	(void)state;
	assert_non_null(x);
	/* Every bit flipped is caught. */
	for (size_t i = 0; i < len; i++)
		for (int bit = 0; bit < 8; bit++) {
			enf_stats_report *back = NULL;

			memcpy(x, b, len);
			x[i] ^= (unsigned char)(1u << bit);
			assert_int_equal(enf_stats_report_from_bytes(
						 &back, (const char *)x, len),
					 ENF_EPARSE);
			assert_null(back);
		}
	/* Every truncation, and one byte too many. */
	for (size_t n = 0; n < len; n++) {
		enf_stats_report *back = NULL;

		assert_int_equal(
			enf_stats_report_from_bytes(&back, (const char *)b, n),
			ENF_EPARSE);
		assert_null(back);
	}
	memcpy(x, b, len);
	x[len] = 0;
	assert_bytes_refused(x, len + 1, "bytes");
	/* Sealed with a good checksum but wrong inside. */
	memcpy(x, b, len);
	x[0] = 'X';
	reseal(x, len);
	assert_bytes_refused(x, len, "ENFR");
	memcpy(x, b, len);
	x[4] = 2;
	reseal(x, len);
	assert_bytes_refused(x, len, "version 2");
	memcpy(x, b, len);
	x[cells] ^= 1; /* all, cases, carried over */
	reseal(x, len);
	assert_bytes_refused(x, len, "identities");
	memcpy(x, b, len);
	memset(x + cells, 0xff, 8); /* -1 */
	reseal(x, len);
	assert_bytes_refused(x, len, "below 0");
	memcpy(x, b, len);
	memcpy(x + 8, b + 12, 4), memcpy(x + 12, b + 8, 4); /* reversed */
	reseal(x, len);
	assert_bytes_refused(x, len, "ends before");
	memcpy(x, b, len);
	put32(x + 12, 0x7fffffffu); /* not a date */
	reseal(x, len);
	assert_bytes_refused(x, len, "last is day 2147483647, not a date");
	memcpy(x, b, len);
	x[21] = 0xff; /* unit "L\xff-TP" */
	reseal(x, len);
	assert_bytes_refused(x, len, "UTF-8");
	memcpy(x, b, len);
	x[21] = 0; /* a NUL inside the unit */
	reseal(x, len);
	assert_bytes_refused(x, len, "UTF-8");
	/* An empty unit: the same cells, sealed. */
	{
		size_t n = len - 5;
		unsigned char *e = malloc(n);

		assert_non_null(e);
		memcpy(e, b, 20);
		put32(e + 16, 0);
		memcpy(e + 20, b + 25, len - 25);
		reseal(e, n);
		assert_bytes_refused(e, n, "empty");
		/* A unit length past the data. */
		put32(e + 16, 1025);
		reseal(e, n);
		assert_bytes_refused(e, n, "1025");
		free(e);
	}
	free(x);
	enf_io_free((char *)b);
	enf_stats_report_free(rep);
}

/* The definitions of a report with the built-in ones, as JSON. */
#define DEFS_LINE                                                              \
	"  \"definitions\": {\"money_done\": \"collected\", "                  \
	"\"partial_entrusted_done\": 1, \"unclassified_row\": "                \
	"\"with_means_other\"},\n"

/* Replaces the first `from` in doc with `to` (malloc'd). */
static char *edit(const char *doc, const char *from, const char *to)
{
	const char *at = strstr(doc, from);
	size_t n = strlen(doc) - strlen(from) + strlen(to);
	char *out;

	assert_non_null(at);
	out = malloc(n + 1);
	assert_non_null(out);
	(void)snprintf(out, n + 1, "%.*s%s%s", (int)(at - doc), doc, to,
		       at + strlen(from));
	return out;
}

static void test_stats_report__json_corrupted(void **state)
{
	static const struct {
		const char *from, *to, *why;
	} edits[] = {
		{"\"format\": \"enforcement-report\"",
		 "\"format\": \"enforcement-register\"", "format"},
		{"enforcement-report/2", "enforcement-report/3",
		 "schema: expected \"enforcement-report/N\", N from 1 to 2"},
		{"enforcement-report/2", "enforcement-register/2",
		 "schema: expected"},
		{"enforcement-report/2", "enforcement-report/02",
		 "schema: expected"},
		{"enforcement-report/2", "enforcement-report/",
		 "schema: expected"},
		{"\"enforcement-report/2\"", "2", "schema: expected a string"},
		{"\"schema\": \"enforcement-report/2\",",
		 "\"schema\": \"enforcement-report/1\",",
		 "schema: \"enforcement-report/1\" does not match \"version\": "
		 "2"},
		{"\"schema\": \"enforcement-report/2\",",
		 "\"schema\": \"enforcement-report/2\", \"schema\": \"x\",",
		 "schema: named twice"},
		{"\"version\": 2", "\"version\": 3", "version 3"},
		{"\"version\": 2", "\"version\": \"2\"", "integer"},
		{"\"version\": 2", "\"version\": 2.0", "fraction"},
		{"\"version\": 2,", "", "version: missing"},
		/* The definitions: version 2 has them, version 1 not. */
		{"\"version\": 2", "\"version\": 1",
		 "definitions: not in a version 1 report"},
		{DEFS_LINE, "", "definitions: missing (version 2)"},
		{"\"collected\"", "\"paid\"",
		 "definitions.money_done: expected \"collected\" or "
		 "\"paid_out\""},
		{"\"partial_entrusted_done\": 1",
		 "\"partial_entrusted_done\": 2",
		 "definitions.partial_entrusted_done: expected 0 or 1"},
		{"\"partial_entrusted_done\": 1",
		 "\"partial_entrusted_done\": \"done\"", "integer"},
		{"\"with_means_other\"", "0",
		 "unclassified_row: expected a "
		 "string"},
		{", \"unclassified_row\"", ", \"unclassified\"",
		 "definitions.unclassified: unknown field"},
		{", \"partial_entrusted_done\": 1", "",
		 "definitions.partial_entrusted_done: missing"},
		{"\"unit\": \"LS-TP\"", "\"unit\": \"\"", "empty"},
		{"\"unit\": \"LS-TP\"", "\"unit\": 5", "string"},
		{"\"unit\": \"LS-TP\"", "\"unit\": \"a\\u0000\"", "u0000"},
		{"\"unit\": \"LS-TP\"", "\"unit\": \"\\ud800\"", "surrogate"},
		{"\"unit\": \"LS-TP\"", "\"unit\": \"\\udc00\"", "surrogate"},
		{"\"unit\": \"LS-TP\"", "\"unit\": \"\\x\"", "escape"},
		{"\"unit\": \"LS-TP\"", "\"unit\": \"\\u12\"", "hexadecimal"},
		{"\"unit\": \"LS-TP\"", "\"unit\": \"a\xff\"", "UTF-8"},
		{"\"unit\": \"LS-TP\"", "\"unit\": \"a\tb\"", "control"},
		{"\"unit\": \"LS-TP\",",
		 "\"unit\": \"LS-TP\", \"unit\": \"X\",", "named twice"},
		{"\"unit\": \"LS-TP\",", "\"unit\": \"LS-TP\", \"extra\": 1,",
		 "extra: unknown field"},
		{"\"2024-10-01\"", "\"2025-10-01\"", "ends before"},
		{"\"2024-10-01\"", "\"2024-13-01\"", "YYYY-MM-DD"},
		{"\"2024-10-01\"", "\"1/10/2024\"", "YYYY-MM-DD"},
		{"\"2024-10-01\", ", "", "period: expected ','"},
		{"\"2025-09-30\"]", "\"2025-09-30\", \"2025-09-30\"]", "']'"},
		{"\"all\": {", "\"every\": {", "groups.every: unknown"},
		{"\"cases\": {\"carried_over\": 9",
		 "\"cases\": {\"carried\": 9",
		 "groups.all.cases.carried: unknown"},
		{"\"carried_over\": 9", "\"carried_over\": 10", "identities"},
		{"\"carried_over\": 9", "\"carried_over\": -9", "negative"},
		{"\"carried_over\": 9", "\"carried_over\": 09", "leading zero"},
		{"\"carried_over\": 9", "\"carried_over\": 9e0", "exponent"},
		{"\"carried_over\": 9",
		 "\"carried_over\": 92233720368547758070", "64-bit"},
		{"\"carried_over\": 9", "\"carried_over\": null", "integer"},
		{"\"carried_over\": 9, ", "", "carried_over: missing"},
		{"\"carried_over\": 9, ", "\"carried_over\": 9 ", "','"},
		{"\"carried_over\": 9", "\"carried_over\" 9", "':'"},
		{"\"carried_over\": 9", "carried_over: 9", "string"},
		{"\"groups\": {", "\"groups\": [", "object"},
		{"\n}\n", "\n}\n}", "after the end"},
		{"{", "[", "object"},
	};
	enf_stats_report *rep = report_2025("LS-TP"), *back = NULL;
	char *doc = NULL;
	size_t len = 0;

	(void)state;
	assert_int_equal(enf_stats_report_to_json(&doc, &len, rep), ENF_OK);
	for (size_t i = 0; i < sizeof(edits) / sizeof(edits[0]); i++) {
		char *bad = edit(doc, edits[i].from, edits[i].to);

		back = (enf_stats_report *)&back;
		if (enf_stats_report_from_json(&back, bad) != ENF_EPARSE)
			fail_msg("edit %zu (%s) was not refused", i,
				 edits[i].why);
		assert_null(back);
		if (strstr(enf_last_error(), edits[i].why) == NULL)
			fail_msg("edit %zu: \"%s\" does not say \"%s\"", i,
				 enf_last_error(), edits[i].why);
		assert_non_null(
			strstr(enf_last_error(), "stats_report_from_json"));
		free(bad);
	}
	/* A group missing; the line of the error. */
	{
		char *at = strstr(doc, ",\n    \"administrative\"");
		char *cut;

		assert_non_null(at);
		cut = malloc(strlen(doc) + 1);
		assert_non_null(cut);
		(void)snprintf(cut, strlen(doc) + 1, "%.*s\n  }\n}\n",
			       (int)(at - doc), doc);
		assert_int_equal(enf_stats_report_from_json(&back, cut),
				 ENF_EPARSE);
		assert_error_names("stats_report_from_json",
				   "groups.administrative: missing");
		free(cut);
	}
	/* Every strict prefix is refused. */
	for (size_t n = 0; n + 1 < len; n++) {
		char *pre = malloc(n + 1);

		assert_non_null(pre);
		memcpy(pre, doc, n);
		pre[n] = '\0';
		assert_int_equal(enf_stats_report_from_json(&back, pre),
				 ENF_EPARSE);
		free(pre);
	}
	enf_io_free(doc);
	enf_stats_report_free(rep);
}

/* ---------------------------------------------------------------------- */
/* Checks of a table and bad input                                         */

/* A report whose cells are set by hand fails the identity named. */
static void test_stats_report__check(void **state)
{
	static const struct {
		int g, m, row;
		const char *why;
	} breaks[] = {
		{ENF_GROUP_ALL, ENF_BY_CASES, TO, "total (16)"},
		{ENF_GROUP_ALL, ENF_BY_MONEY, TE, "total - entrusted"},
		{ENF_GROUP_AGENCY, ENF_BY_CASES, SB, "separate book +"},
		{ENF_GROUP_REQUEST, ENF_BY_MONEY, OT, "postponed by agreement"},
		{ENF_GROUP_ALL, ENF_BY_CASES, CN, "to enforce - done"},
		{ENF_GROUP_CORRUPTION, ENF_BY_CASES, WO,
		 "group corruption, by cases"},
	};
	enf_stats_report *rep = report_2025("LS-TP");

	(void)state;
	assert_int_equal(enf_stats_report_check(rep), ENF_OK);
	for (size_t i = 0; i < sizeof(breaks) / sizeof(breaks[0]); i++) {
		int64_t *v =
			&rep->cells.v[breaks[i].g][breaks[i].m][breaks[i].row];

		++*v;
		assert_int_equal(enf_stats_report_check(rep), ENF_ESTATE);
		assert_error_names("stats_report_check", breaks[i].why);
		--*v;
	}
	/* Between groups: agency + request = all; a group above all. */
	rep->cells.v[ENF_GROUP_AGENCY][0][RE]++;
	rep->cells.v[ENF_GROUP_AGENCY][0][TO]++;
	rep->cells.v[ENF_GROUP_AGENCY][0][TE]++;
	rep->cells.v[ENF_GROUP_AGENCY][0][WO]++;
	rep->cells.v[ENF_GROUP_AGENCY][0][CN]++;
	assert_int_equal(enf_stats_report_check(rep), ENF_ESTATE);
	assert_error_names("stats_report_check", "agency (5) + request (2)");
	rep->cells.v[ENF_GROUP_AGENCY][0][RE]--;
	rep->cells.v[ENF_GROUP_AGENCY][0][TO]--;
	rep->cells.v[ENF_GROUP_AGENCY][0][TE]--;
	rep->cells.v[ENF_GROUP_AGENCY][0][WO]--;
	rep->cells.v[ENF_GROUP_AGENCY][0][CN]--;
	for (int r = 0; r < ENF_IND_COUNT; r++)
		rep->cells.v[ENF_GROUP_BANK_CREDIT][1][r] *= 2;
	assert_int_equal(enf_stats_report_check(rep), ENF_ESTATE);
	assert_error_names("stats_report_check", "group bank_credit");
	assert_int_equal(enf_stats_report_check(NULL), ENF_EINVALID);
	enf_stats_report_free(rep);
}

static void test_stats_report__bad_input(void **state)
{
	enf_period p = year(2025), bad = p;
	enf_stats_report *rep = (enf_stats_report *)&p, *ok;
	enf_case *c = new_case("1", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			       ENF_DATE_NONE);
	enf_register *reg = NULL;
	int64_t v = 42;
	char *text = (char *)&v, long_unit[1100];
	size_t len = 7;
	enf_period got = {1, 2};

	(void)state;
	/* new */
	assert_int_equal(enf_stats_report_new(NULL, "U", &p), ENF_EINVALID);
	assert_int_equal(enf_stats_report_new(&rep, NULL, &p), ENF_EINVALID);
	assert_null(rep);
	rep = (enf_stats_report *)&p;
	assert_int_equal(enf_stats_report_new(&rep, "U", NULL), ENF_EINVALID);
	assert_null(rep);
	assert_int_equal(enf_stats_report_new(&rep, "", &p), ENF_EINVALID);
	assert_error_names("stats_report_new", "empty");
	assert_int_equal(enf_stats_report_new(&rep, "L\xe1ng", &p),
			 ENF_EINVALID);
	assert_error_names("stats_report_new", "UTF-8");
	memset(long_unit, 'x', 1025);
	long_unit[1025] = '\0';
	assert_int_equal(enf_stats_report_new(&rep, long_unit, &p),
			 ENF_EINVALID);
	assert_error_names("stats_report_new", "1024");
	long_unit[1024] = '\0';
	assert_int_equal(enf_stats_report_new(&rep, long_unit, &p), ENF_OK);
	enf_stats_report_free(rep);
	bad.last = bad.first - 1;
	assert_int_equal(enf_stats_report_new(&rep, "U", &bad), ENF_EINVALID);
	assert_error_names("stats_report_new", "ends before");
	bad = p, bad.last = ENF_DATE_MAX + 1;
	assert_int_equal(enf_stats_report_new(&rep, "U", &bad), ENF_ERANGE);
	bad = p, bad.first = ENF_DATE_NONE;
	assert_int_equal(enf_stats_report_new(&rep, "U", &bad), ENF_ERANGE);
	assert_error_names("stats_report_new", "first");
	assert_null(rep);
	/* The whole calendar is a period. */
	bad.first = ENF_DATE_MIN, bad.last = ENF_DATE_MAX;
	ok = new_report("U", bad);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 1), 0);
	assert_int_equal(enf_stats_report_add_case(ok, c), ENF_OK);
	assert_int_equal(cell(ok, ENF_GROUP_ALL, ENF_BY_CASES, RE), 1);
	enf_stats_report_free(ok);
	enf_stats_report_free(NULL);

	ok = new_report("U", p);
	/* add_case, add_register */
	assert_int_equal(enf_stats_report_add_case(NULL, c), ENF_EINVALID);
	assert_int_equal(enf_stats_report_add_case(ok, NULL), ENF_EINVALID);
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_stats_report_add_register(NULL, reg, NULL),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_add_register(ok, NULL, NULL),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_add_register(ok, reg, NULL), ENF_OK);
	assert_true(all_zero(ok));
	/* get */
	assert_int_equal(enf_stats_report_get(NULL, ok, ENF_GROUP_ALL,
					      ENF_BY_CASES, ENF_IND_DONE),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_get(&v, NULL, ENF_GROUP_ALL,
					      ENF_BY_CASES, ENF_IND_DONE),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_get(&v, ok, (enf_stats_group)6,
					      ENF_BY_CASES, ENF_IND_DONE),
			 ENF_EINVALID);
	assert_error_names("stats_report_get", "group is 6");
	assert_int_equal(enf_stats_report_get(&v, ok, (enf_stats_group)-1,
					      ENF_BY_CASES, ENF_IND_DONE),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_get(&v, ok, ENF_GROUP_ALL,
					      (enf_measure)2, ENF_IND_DONE),
			 ENF_EINVALID);
	assert_error_names("stats_report_get", "measure is 2");
	assert_int_equal(enf_stats_report_get(&v, ok, ENF_GROUP_ALL,
					      ENF_BY_CASES, (enf_indicator)15),
			 ENF_EINVALID);
	assert_error_names("stats_report_get", "row is 15");
	assert_int_equal(enf_stats_report_get(&v, ok, ENF_GROUP_ALL,
					      ENF_BY_CASES, (enf_indicator)-1),
			 ENF_EINVALID);
	assert_int_equal(v, 42);
	/* rate */
	assert_int_equal(enf_stats_report_rate(NULL, ok, ENF_GROUP_ALL,
					       ENF_BY_CASES, NULL),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_rate(&v, NULL, ENF_GROUP_ALL,
					       ENF_BY_CASES, NULL),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_rate(&v, ok, (enf_stats_group)9,
					       ENF_BY_CASES, NULL),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_rate(&v, ok, ENF_GROUP_ALL,
					       (enf_measure)-1, NULL),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_rate(&v, ok, ENF_GROUP_ALL,
					       ENF_BY_MONEY, NULL),
			 ENF_EDIVZERO);
	assert_int_equal(v, 42);
	/* unit, period */
	assert_null(enf_stats_report_unit(NULL));
	assert_string_equal(enf_stats_report_unit(ok), "U");
	assert_int_equal(enf_stats_report_period(NULL, ok), ENF_EINVALID);
	assert_int_equal(enf_stats_report_period(&got, NULL), ENF_EINVALID);
	assert_int_equal(got.first, 1);
	assert_int_equal(enf_stats_report_period(&got, ok), ENF_OK);
	assert_int_equal(got.first, p.first);
	assert_int_equal(got.last, p.last);
	/* to_bytes, to_json */
	assert_int_equal(enf_stats_report_to_bytes(NULL, &len, ok),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_to_bytes(&text, NULL, ok),
			 ENF_EINVALID);
	assert_null(text);
	text = (char *)&v;
	assert_int_equal(enf_stats_report_to_bytes(&text, &len, NULL),
			 ENF_EINVALID);
	assert_null(text);
	assert_int_equal(enf_stats_report_to_json(NULL, &len, ok),
			 ENF_EINVALID);
	text = (char *)&v;
	assert_int_equal(enf_stats_report_to_json(&text, &len, NULL),
			 ENF_EINVALID);
	assert_null(text);
	/* A NULL length is allowed for JSON, which is NUL-terminated. */
	assert_int_equal(enf_stats_report_to_json(&text, NULL, ok), ENF_OK);
	enf_io_free(text);
	/* from_bytes, from_json */
	rep = (enf_stats_report *)&p;
	assert_int_equal(enf_stats_report_from_bytes(NULL, "ENFR", 4),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_from_bytes(&rep, NULL, 0),
			 ENF_EINVALID);
	assert_null(rep);
	rep = (enf_stats_report *)&p;
	assert_int_equal(enf_stats_report_from_bytes(&rep, "", 0), ENF_EPARSE);
	assert_null(rep);
	assert_int_equal(enf_stats_report_from_json(NULL, "{}"), ENF_EINVALID);
	rep = (enf_stats_report *)&p;
	assert_int_equal(enf_stats_report_from_json(&rep, NULL), ENF_EINVALID);
	assert_null(rep);
	assert_int_equal(enf_stats_report_from_json(&rep, ""), ENF_EPARSE);
	assert_int_equal(enf_stats_report_from_json(&rep, "{}"), ENF_EPARSE);
	assert_error_names("stats_report_from_json", "format: missing");
	/* merge (more in merge_bad) */
	assert_int_equal(enf_stats_report_merge(ok, ok), ENF_OK);
	assert_true(all_zero(ok));
	enf_stats_report_free(ok);
	enf_register_free(reg);
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* Definitions (enf_stats_report_options)                                  */

/* Options with the three codes (-1: from the rules) and a rulebook. */
static enf_stats_report_options opts_of(int money_done, int partial,
					int unclassified,
					const enf_rulebook *book)
{
	enf_stats_report_options o;

	assert_int_equal(enf_stats_report_options_init(
				 &o, ENF_STATS_REPORT_OPTIONS_VERSION),
			 ENF_OK);
	o.money_done = money_done;
	o.partial_entrusted_done = partial;
	o.unclassified_row = unclassified;
	o.rulebook = book;
	return o;
}

/* A report of year 2025 by opts, with the n cases of cs. */
static enf_stats_report *report_with(enf_case **cs, size_t n,
				     const enf_stats_report_options *opts)
{
	enf_period p = year(2025);
	enf_stats_report *rep = NULL;

	assert_int_equal(enf_stats_report_new_with(&rep, "LS-01", &p, opts),
			 ENF_OK);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(enf_stats_report_add_case(rep, cs[i]), ENF_OK);
	assert_int_equal(enf_stats_report_check(rep), ENF_OK);
	return rep;
}

static void paid(enf_case *c, enf_date date, enf_money amount)
{
	enf_event e = {ENF_EV_PAID_OUT, date, 0, amount, ENF_INDEX_NONE};

	assert_int_equal(enf_case_apply(c, &e), ENF_OK);
}

static void reduce(enf_case *c, enf_date date, enf_money amount)
{
	enf_event e = {ENF_EV_OBLIGATION_REDUCED, date, 0, amount,
		       ENF_INDEX_NONE};

	assert_int_equal(enf_case_apply(c, &e), ENF_OK);
}

/* A column in M (money) from its values by row. */
static void assert_column_m(const enf_stats_report *rep, enf_measure m,
			    const int64_t want[ENF_IND_COUNT])
{
	int64_t v[ENF_IND_COUNT];

	for (int r = 0; r < ENF_IND_COUNT; r++)
		v[r] = m == ENF_BY_MONEY ? want[r] * M : want[r];
	assert_column(rep, ENF_GROUP_ALL, m, v);
}

/*
 * Money done when collected (default) or when paid out (GSO: "đã
 * thu, nộp ngân sách và chi trả"; Vs, undecided: rule
 * "VN.stats.money_done_basis").
 * X agency, owes 100 M, with means: 40 M collected and 30 M paid out
 *   before the period, 20 M collected and 25 M paid out in it; open.
 *   Collected: amount 100 - 40 = 60, done 20, BE 40.
 *   Paid out:  amount 100 - 30 = 70, done 25, BE 45.
 * Y request, owes 50 M, decided in the period, 50 M collected, done
 *   2025-02-01, 30 M paid out after: done in the period, so its whole 50 M
 *   is done by either counter.
 */
static void test_stats_report__money_done_basis(void **state)
{
	/* CO RE TO EN WD TE WM DN BE PA OT WO SB RT CN */
	static const int64_t cases[] = {1, 1, 2, 0, 0, 2, 2, 1,
					1, 0, 0, 0, 0, 0, 1};
	static const int64_t collected[] = {60, 50, 110, 0, 0, 110, 110, 70,
					    40, 0,  0,	 0, 0, 0,   40};
	static const int64_t paid_out[] = {70, 50, 120, 0, 0, 120, 120, 75,
					   45, 0,  0,	0, 0, 0,   45};
	enf_case *cs[2];
	enf_stats_report_options o;
	enf_stats_report *rep;

	(void)state;
	cs[0] = new_case("X", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			 ENF_DATE_NONE);
	owe(cs[0], ENF_OBL_WAGES_HARM, 100 * M);
	ev(cs[0], ENF_EV_DECISION_ISSUED, ymd(2024, 3, 1), 0);
	ev(cs[0], ENF_EV_CLASSIFIED, ymd(2024, 4, 1), 1);
	collect(cs[0], ymd(2024, 6, 1), 40 * M);
	paid(cs[0], ymd(2024, 7, 1), 30 * M);
	collect(cs[0], ymd(2025, 1, 10), 20 * M);
	paid(cs[0], ymd(2025, 1, 20), 25 * M);
	cs[1] = new_case("Y", ENF_MODE_REQUEST, ENF_JUDGMENT_CIVIL, 0,
			 ENF_DATE_NONE);
	owe(cs[1], ENF_OBL_OTHER_MONEY, 50 * M);
	ev(cs[1], ENF_EV_REQUEST_RECEIVED, ymd(2024, 11, 1), 0);
	ev(cs[1], ENF_EV_DECISION_ISSUED, ymd(2024, 11, 5), 0);
	ev(cs[1], ENF_EV_CLASSIFIED, ymd(2024, 12, 1), 1);
	collect(cs[1], ymd(2025, 1, 15), 50 * M);
	ev(cs[1], ENF_EV_DONE, ymd(2025, 2, 1), 0);
	paid(cs[1], ymd(2025, 2, 10), 30 * M);

	for (int basis = -1; basis <= 1; basis++) {
		o = opts_of(basis, -1, -1, NULL);
		rep = report_with(cs, 2, &o);
		assert_column_m(rep, ENF_BY_CASES, cases);
		assert_column_m(rep, ENF_BY_MONEY,
				basis == ENF_MONEY_DONE_PAID_OUT ? paid_out
								 : collected);
		enf_stats_report_free(rep);
	}
	/* NULL options and enf_stats_report_new() are the default. */
	rep = report_with(cs, 2, NULL);
	assert_column_m(rep, ENF_BY_MONEY, collected);
	enf_stats_report_free(rep);
	free_cases(cs, 2);
}

/*
 * A case done in part whose rest was entrusted (GSO: "đã tổ chức thi
 * hành xong một phần ... nhưng phần còn lại đã ủy thác"; Vs) counts as
 * done by cases (default, rule "VN.stats.partial_entrusted_done") or as
 * entrusted (0). By money its done part is done and the rest entrusted.
 * E1 agency, owes 30 M, carried over: 10 M collected 2025-01-10, 4 M of it
 *   paid out 2025-02-01, entrusted out 2025-03-01. Money CO 30, DN 10,
 *   EN 20 (collected); paid-out counter: DN 4, EN 26.
 * E2 agency, owes 20 M, decided 2024-11-01, entrusted out 2025-01-05 with
 *   nothing collected: entrusted either way; money RE 20, EN 20.
 * E3 agency, owes 25 M: 5 M collected before the period, entrusted out
 *   2024-12-01: done in part (5 M) before, nothing in the period; money
 *   CO 20, EN 20; nothing paid out, so entrusted by the paid-out counter.
 */
static void test_stats_report__partial_entrusted(void **state)
{
	/* CO RE TO EN WD TE WM DN BE PA OT WO SB RT CN */
	static const int64_t done_cases[] = {2, 1, 3, 1, 0, 2, 2, 2,
					     0, 0, 0, 0, 0, 0, 0};
	static const int64_t entrusted_cases[] = {2, 1, 3, 3, 0, 0, 0, 0,
						  0, 0, 0, 0, 0, 0, 0};
	static const int64_t money[] = {50, 20, 70, 60, 0, 10, 10, 10,
					0,  0,	0,  0,	0, 0,  0};
	/* Paid-out counter: E1 done by cases, E3 entrusted. */
	static const int64_t paid_cases[] = {2, 1, 3, 2, 0, 1, 1, 1,
					     0, 0, 0, 0, 0, 0, 0};
	static const int64_t paid_money[] = {55, 20, 75, 71, 0, 4, 4, 4,
					     0,	 0,  0,	 0,  0, 0, 0};
	enf_case *cs[3];
	enf_stats_report_options o;
	enf_stats_report *rep;

	(void)state;
	cs[0] = new_case("E1", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			 ENF_DATE_NONE);
	owe(cs[0], ENF_OBL_OTHER_MONEY, 30 * M);
	ev(cs[0], ENF_EV_DECISION_ISSUED, ymd(2024, 8, 1), 0);
	ev(cs[0], ENF_EV_CLASSIFIED, ymd(2024, 9, 1), 1);
	collect(cs[0], ymd(2025, 1, 10), 10 * M);
	paid(cs[0], ymd(2025, 2, 1), 4 * M);
	ev(cs[0], ENF_EV_ENTRUSTED_OUT, ymd(2025, 3, 1), 0);
	cs[1] = new_case("E2", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			 ENF_DATE_NONE);
	owe(cs[1], ENF_OBL_OTHER_MONEY, 20 * M);
	ev(cs[1], ENF_EV_DECISION_ISSUED, ymd(2024, 11, 1), 0);
	ev(cs[1], ENF_EV_ENTRUSTED_OUT, ymd(2025, 1, 5), 0);
	cs[2] = new_case("E3", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			 ENF_DATE_NONE);
	owe(cs[2], ENF_OBL_OTHER_MONEY, 25 * M);
	ev(cs[2], ENF_EV_DECISION_ISSUED, ymd(2024, 3, 1), 0);
	collect(cs[2], ymd(2024, 5, 1), 5 * M);
	ev(cs[2], ENF_EV_ENTRUSTED_OUT, ymd(2024, 12, 1), 0);

	for (int flag = -1; flag <= 1; flag++) {
		o = opts_of(-1, flag, -1, NULL);
		rep = report_with(cs, 3, &o);
		assert_column_m(rep, ENF_BY_CASES,
				flag == 0 ? entrusted_cases : done_cases);
		assert_column_m(rep, ENF_BY_MONEY, money);
		enf_stats_report_free(rep);
	}
	/* Done by cases 2 of 2 with means: 100.00% (0.00% would be the
	 * rate were they entrusted: nothing with means, an error). */
	o = opts_of(ENF_MONEY_DONE_PAID_OUT, 1, -1, NULL);
	rep = report_with(cs, 3, &o);
	assert_column_m(rep, ENF_BY_CASES, paid_cases);
	assert_column_m(rep, ENF_BY_MONEY, paid_money);
	enf_stats_report_free(rep);
	free_cases(cs, 3);
}

/*
 * A decided case not yet classified: with means, other (default) or
 * without means (rule "VN.stats.unclassified_row"; forms not read, U).
 * U1 request, owes 500 M, decided 2025-08-05, no classification: RE.
 * U2 request, owes 7 M, decided 2024-09-01 by its facts, no event: CO.
 * Without means nothing has means: the rate is undefined.
 */
static void test_stats_report__unclassified_row(void **state)
{
	/* CO RE TO EN WD TE WM DN BE PA OT WO SB RT CN */
	static const int64_t other[] = {1, 1, 2, 0, 0, 2, 2, 0,
					0, 0, 2, 0, 0, 0, 2};
	static const int64_t without[] = {1, 1, 2, 0, 0, 2, 0, 0,
					  0, 0, 0, 2, 0, 0, 2};
	enf_case *cs[2];
	enf_stats_report_options o;
	enf_stats_report *rep;
	int64_t rate = 0;

	(void)state;
	cs[0] = new_case("U1", ENF_MODE_REQUEST, ENF_JUDGMENT_COMMERCIAL, 0,
			 ENF_DATE_NONE);
	owe(cs[0], ENF_OBL_OTHER_MONEY, 500 * M);
	ev(cs[0], ENF_EV_REQUEST_RECEIVED, ymd(2025, 8, 1), 0);
	ev(cs[0], ENF_EV_DECISION_ISSUED, ymd(2025, 8, 5), 0);
	cs[1] = new_case("U2", ENF_MODE_REQUEST, ENF_JUDGMENT_CIVIL, 0,
			 ymd(2024, 9, 1));
	owe(cs[1], ENF_OBL_OTHER_MONEY, 7 * M);
	for (int row = -1; row <= 1; row++) {
		const int64_t *want = row == 1 ? without : other;
		int64_t money[ENF_IND_COUNT];

		o = opts_of(-1, -1, row, NULL);
		rep = report_with(cs, 2, &o);
		assert_column_m(rep, ENF_BY_CASES, want);
		/* Money: 7 M carried over, 500 M received, all in that row. */
		for (int r = 0; r < ENF_IND_COUNT; r++)
			money[r] = want[r] == 2 ? 507
				   : r == CO	? 7
				   : r == RE	? 500
						: 0;
		assert_column_m(rep, ENF_BY_MONEY, money);
		assert_int_equal(enf_stats_report_rate(&rate, rep,
						       ENF_GROUP_ALL,
						       ENF_BY_CASES, NULL),
				 row == 1 ? ENF_EDIVZERO : ENF_OK);
		enf_stats_report_free(rep);
	}
	free_cases(cs, 2);
}

/*
 * Giảm thi hành án: a court reduces an obligation to the state budget
 * (Law 26/2008 Art 61-64; JC 12/2015 Art 11(1): enforcement goes on with
 * the rest). By money the sum reduced leaves the table, neither done nor
 * carried; a case of which nothing is left owed counts as done (GSO: "phần
 * còn lại đã ... giảm thi hành án"; Vs).
 * G1 fine 40 M, without means, 10 M collected before the period, the other
 *   30 M reduced 2025-02-01: nothing left, done; money CO 0.
 * G2 court fee 20 M + 30 M, decided 2024-11-01, with means: 5 M reduced
 *   2025-01-10, 15 M collected 2025-03-01: amount 50 - 5 = 45, DN 15,
 *   BE 30.
 * G3 fine 10 M, all reduced 2024-05-01: nothing left before the period,
 *   off the table.
 * G4 fine 12 M, with means: 4 M reduced 2024-08-01 (before), 8 M
 *   collected 2025-02-01: nothing left, done without a DONE event; money
 *   CO 8, DN 8.
 * G5 fine 10 M, decided 2024-12-01, with means, 3 M reduced 2025-10-15,
 *   after the period: RE 10, BE 10.
 */
static void test_stats_report__obligation_reduced(void **state)
{
	/* CO RE TO EN WD TE WM DN BE PA OT WO SB RT CN */
	static const int64_t cases[] = {2, 2, 4, 0, 0, 4, 4, 2,
					2, 0, 0, 0, 0, 0, 2};
	static const int64_t money[] = {8,  55, 63, 0, 0, 63, 63, 23,
					40, 0,	0,  0, 0, 0,  40};
	enf_case *cs[5];
	enf_stats_report *rep;
	enf_period p2026 = year(2026);

	(void)state;
	cs[0] = new_case("G1", ENF_MODE_AGENCY, ENF_JUDGMENT_CRIMINAL, 0,
			 ENF_DATE_NONE);
	owe(cs[0], ENF_OBL_FINE, 40 * M);
	ev(cs[0], ENF_EV_DECISION_ISSUED, ymd(2024, 3, 1), 0);
	ev(cs[0], ENF_EV_CLASSIFIED, ymd(2024, 4, 1), 0);
	collect(cs[0], ymd(2024, 6, 1), 10 * M);
	reduce(cs[0], ymd(2025, 2, 1), 30 * M);
	cs[1] = new_case("G2", ENF_MODE_AGENCY, ENF_JUDGMENT_CIVIL, 0,
			 ENF_DATE_NONE);
	owe(cs[1], ENF_OBL_COURT_FEE, 20 * M);
	owe(cs[1], ENF_OBL_OTHER_MONEY, 30 * M);
	ev(cs[1], ENF_EV_DECISION_ISSUED, ymd(2024, 11, 1), 0);
	ev(cs[1], ENF_EV_CLASSIFIED, ymd(2024, 12, 1), 1);
	reduce(cs[1], ymd(2025, 1, 10), 5 * M);
	collect(cs[1], ymd(2025, 3, 1), 15 * M);
	cs[2] = new_case("G3", ENF_MODE_AGENCY, ENF_JUDGMENT_CRIMINAL, 0,
			 ENF_DATE_NONE);
	owe(cs[2], ENF_OBL_FINE, 10 * M);
	ev(cs[2], ENF_EV_DECISION_ISSUED, ymd(2023, 1, 10), 0);
	ev(cs[2], ENF_EV_CLASSIFIED, ymd(2023, 3, 1), 0);
	reduce(cs[2], ymd(2024, 5, 1), 10 * M);
	cs[3] = new_case("G4", ENF_MODE_AGENCY, ENF_JUDGMENT_CRIMINAL, 0,
			 ENF_DATE_NONE);
	owe(cs[3], ENF_OBL_FINE, 12 * M);
	ev(cs[3], ENF_EV_DECISION_ISSUED, ymd(2024, 6, 1), 0);
	ev(cs[3], ENF_EV_CLASSIFIED, ymd(2024, 7, 1), 1);
	reduce(cs[3], ymd(2024, 8, 1), 4 * M);
	collect(cs[3], ymd(2025, 2, 1), 8 * M);
	cs[4] = new_case("G5", ENF_MODE_AGENCY, ENF_JUDGMENT_CRIMINAL, 0,
			 ENF_DATE_NONE);
	owe(cs[4], ENF_OBL_FINE, 10 * M);
	ev(cs[4], ENF_EV_DECISION_ISSUED, ymd(2024, 12, 1), 0);
	ev(cs[4], ENF_EV_CLASSIFIED, ymd(2025, 1, 1), 1);
	reduce(cs[4], ymd(2025, 10, 15), 3 * M);

	rep = report_with(cs, 5, NULL);
	assert_column_m(rep, ENF_BY_CASES, cases);
	assert_column_m(rep, ENF_BY_MONEY, money);
	enf_stats_report_free(rep);
	/* Year 2026: G1 and G4 had nothing left, G3 neither: off the
	 * table; G2 carried over 30 M, G5 carried over 10 - 3 = 7 M. */
	rep = new_report("LS-01", p2026);
	for (int i = 0; i < 5; i++)
		assert_int_equal(enf_stats_report_add_case(rep, cs[i]), ENF_OK);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_CASES, CO), 2);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_MONEY, CO), 37 * M);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, ENF_BY_MONEY, BE), 37 * M);
	enf_stats_report_free(rep);
	free_cases(cs, 5);
}

/* Reports of other definitions do not merge or roll up; the message names
 * both. The same definitions merge. */
static void test_stats_report__definitions_differ(void **state)
{
	enf_case *cs[NCASES_2025];
	enf_stats_report_options paid_o = opts_of(1, -1, -1, NULL);
	enf_stats_report_options flag_o = opts_of(-1, 0, 1, NULL);
	enf_stats_report *a, *b, *c, *d, *out = NULL;
	const enf_stats_report *reps[2];
	enf_org *org = NULL;
	char *before;
	size_t len = 0;

	(void)state;
	build_2025(cs);
	a = report_with(cs, 3, NULL);
	b = report_with(cs + 3, 3, &paid_o);
	c = report_with(cs + 6, 3, &paid_o);
	d = report_with(cs + 9, 3, &flag_o);
	before = bytes_of(a, &len);
	assert_int_equal(enf_stats_report_merge(a, b), ENF_EINVALID);
	assert_error_names("stats_report_merge",
			   "dst counts money done when collected, src money "
			   "done when paid out");
	assert_error_names("stats_report_merge", "same definitions");
	assert_unchanged(a, before, len);
	assert_int_equal(enf_stats_report_merge(a, d), ENF_EINVALID);
	assert_error_names("stats_report_merge",
			   "dst counts a case done in part whose rest was "
			   "entrusted as done, src a case done in part whose "
			   "rest was entrusted as entrusted");
	assert_unchanged(a, before, len);
	/* The same non-default definitions merge. */
	assert_int_equal(enf_stats_report_merge(b, c), ENF_OK);
	assert_int_equal(enf_stats_report_check(b), ENF_OK);
	/* A rollup refuses them too. */
	assert_int_equal(enf_org_new(&org), ENF_OK);
	assert_int_equal(
		enf_org_create(org, "LS-01", "Lạng Sơn", NULL, ymd(2020, 1, 1)),
		ENF_OK);
	reps[0] = a, reps[1] = b;
	assert_int_equal(
		enf_org_rollup(&out, org, "LS-01", ymd(2025, 9, 30), reps, 2),
		ENF_EINVALID);
	assert_error_names("org_rollup",
			   "reps[1] counts money done when paid out, reps[0] "
			   "money done when collected");
	assert_null(out);
	reps[0] = c;
	assert_int_equal(
		enf_org_rollup(&out, org, "LS-01", ymd(2025, 9, 30), reps, 2),
		ENF_OK);
	{
		enf_stats_report_options got;

		assert_int_equal(enf_stats_report_options_get(&got, out),
				 ENF_OK);
		assert_int_equal(got.money_done, ENF_MONEY_DONE_PAID_OUT);
	}
	enf_stats_report_free(out);
	enf_org_free(org);
	enf_io_free(before);
	enf_stats_report_free(a);
	enf_stats_report_free(b);
	enf_stats_report_free(c);
	enf_stats_report_free(d);
	free_cases(cs, NCASES_2025);
}

/* The resolved definitions of a report: the catalogue's by default, a
 * rulebook's for the fields left to the rules, the caller's codes else. */
static void test_stats_report__options_get(void **state)
{
	enf_period p = year(2025);
	enf_rulebook *book = NULL;
	enf_stats_report_options o, got;
	enf_stats_report *rep = NULL;

	(void)state;
	rep = new_report("LS-01", p);
	memset(&got, 0x5a, sizeof(got));
	assert_int_equal(enf_stats_report_options_get(&got, rep), ENF_OK);
	assert_int_equal(got.version, ENF_STATS_REPORT_OPTIONS_VERSION);
	assert_int_equal(got.money_done, ENF_MONEY_DONE_COLLECTED);
	assert_int_equal(got.partial_entrusted_done, 1);
	assert_int_equal(got.unclassified_row,
			 ENF_UNCLASSIFIED_WITH_MEANS_OTHER);
	assert_null(got.rulebook);
	enf_stats_report_free(rep);

	assert_int_equal(enf_rulebook_new(&book), ENF_OK);
	assert_int_equal(enf_rulebook_override(
				 book,
				 "VN.stats.money_done_basis none none 1\n"
				 "VN.stats.unclassified_row none none 1\n"),
			 ENF_OK);
	/* From the rulebook, except where the caller gives a code. */
	o = opts_of(-1, 0, ENF_UNCLASSIFIED_WITH_MEANS_OTHER, book);
	assert_int_equal(enf_stats_report_new_with(&rep, "LS-01", &p, &o),
			 ENF_OK);
	assert_int_equal(enf_stats_report_options_get(&got, rep), ENF_OK);
	assert_int_equal(got.money_done, ENF_MONEY_DONE_PAID_OUT);
	assert_int_equal(got.partial_entrusted_done, 0);
	assert_int_equal(got.unclassified_row,
			 ENF_UNCLASSIFIED_WITH_MEANS_OTHER);
	enf_stats_report_free(rep);
	/* A value of a rule that is no code of the field. */
	assert_int_equal(
		enf_rulebook_override(
			book, "VN.stats.money_done_basis none none 7\n"),
		ENF_OK);
	o = opts_of(-1, -1, -1, book);
	rep = (enf_stats_report *)&p;
	assert_int_equal(enf_stats_report_new_with(&rep, "LS-01", &p, &o),
			 ENF_EINVALID);
	assert_null(rep);
	assert_error_names("stats_report_new_with",
			   "rule VN.stats.money_done_basis is 7");
	assert_error_names("stats_report_new_with", "money_done takes");
	/* The caller's code wins over the rulebook's bad value. */
	o.money_done = ENF_MONEY_DONE_COLLECTED;
	assert_int_equal(enf_stats_report_new_with(&rep, "LS-01", &p, &o),
			 ENF_OK);
	enf_stats_report_free(rep);
	enf_rulebook_free(book);
}

/* The definitions in the byte and JSON forms: a report with the built-in
 * ones writes version 1 bytes (as before), others version 2 with four
 * bytes more; both read back the same definitions. */
static void test_stats_report__definitions_serialised(void **state)
{
	enf_case *cs[NCASES_2025];
	enf_stats_report_options o = opts_of(1, 0, 1, NULL), got;
	enf_stats_report *rep, *back = NULL;
	size_t len = 0, len2 = 0;
	char *b, *b2, *j = NULL, *v1;
	unsigned char *x;

	(void)state;
	build_2025(cs);
	rep = report_with(cs, NCASES_2025, &o);
	b = bytes_of(rep, &len);
	assert_int_equal(len, 20 + 5 + 180 * 8 + 4 + 4);
	assert_memory_equal(b, "ENFR\x02\x00\x00\x00", 8);
	assert_memory_equal(b + len - 8, "\x01\x00\x01\x00", 4);
	assert_int_equal(enf_stats_report_from_bytes(&back, b, len), ENF_OK);
	assert_same_report(rep, back);
	assert_int_equal(enf_stats_report_options_get(&got, back), ENF_OK);
	assert_int_equal(got.money_done, 1);
	assert_int_equal(got.partial_entrusted_done, 0);
	assert_int_equal(got.unclassified_row, 1);
	b2 = bytes_of(back, &len2);
	assert_int_equal(len2, len);
	assert_memory_equal(b2, b, len);
	enf_io_free(b2);
	enf_stats_report_free(back);
	/* Forged version 2 bytes: a code out of range, restate (the fourth
	 * byte, 0 in the bytes of earlier releases) out of range, the
	 * built-in definitions. */
	x = malloc(len);
	assert_non_null(x);
	memcpy(x, b, len);
	x[len - 8] = 2;
	reseal(x, len);
	assert_bytes_refused(x, len, "money_done is 2");
	memcpy(x, b, len);
	x[len - 5] = 2;
	reseal(x, len);
	assert_bytes_refused(x, len, "restate is 2");
	memcpy(x, b, len);
	memcpy(x + len - 8, "\x00\x01\x00", 3);
	reseal(x, len);
	assert_bytes_refused(x, len, "written as version 1");
	free(x);
	enf_io_free(b);

	/* JSON carries them; version 1 JSON reads as the built-in ones. */
	assert_int_equal(enf_stats_report_to_json(&j, &len, rep), ENF_OK);
	assert_non_null(strstr(j, "\"version\": 2,"));
	assert_non_null(strstr(
		j, "  \"definitions\": {\"money_done\": \"paid_out\", "
		   "\"partial_entrusted_done\": 0, \"unclassified_row\": "
		   "\"without_means\"},\n"));
	assert_int_equal(enf_stats_report_from_json(&back, j), ENF_OK);
	assert_int_equal(enf_stats_report_options_get(&got, back), ENF_OK);
	assert_int_equal(got.money_done, 1);
	assert_int_equal(got.partial_entrusted_done, 0);
	assert_int_equal(got.unclassified_row, 1);
	enf_stats_report_free(back);
	enf_stats_report_free(rep);
	enf_io_free(j);
	rep = report_2025("LS-01");
	assert_int_equal(enf_stats_report_to_json(&j, &len, rep), ENF_OK);
	assert_non_null(strstr(j, DEFS_LINE));
	v1 = edit(j, DEFS_LINE, "");
	enf_io_free(j);
	j = edit(v1, "\"version\": 2", "\"version\": 1");
	/* A version 1 document names its schema so, or none (written before
	 * the schema member came in). */
	free(v1);
	v1 = j;
	j = edit(v1, "enforcement-report/2", "enforcement-report/1");
	assert_int_equal(enf_stats_report_from_json(&back, j), ENF_OK);
	assert_same_report(rep, back);
	enf_stats_report_free(back);
	free(j);
	j = edit(v1, "\"schema\": \"enforcement-report/2\",\n  ", "");
	assert_int_equal(enf_stats_report_from_json(&back, j), ENF_OK);
	assert_same_report(rep, back);
	assert_int_equal(enf_stats_report_options_get(&got, back), ENF_OK);
	assert_int_equal(got.money_done, 0);
	assert_int_equal(got.partial_entrusted_done, 1);
	assert_int_equal(got.unclassified_row, 0);
	free(v1);
	free(j);
	enf_stats_report_free(back);
	enf_stats_report_free(rep);
	free_cases(cs, NCASES_2025);
}

/* Bad options: a version not known, codes out of range (the message names
 * the field); nothing is made. */
static void test_stats_report__options_bad_input(void **state)
{
	static const struct {
		int field, code;
		const char *name;
	} bad[] = {
		{0, 2, "money_done is 2"},
		{0, -2, "money_done is -2"},
		{1, 2, "partial_entrusted_done is 2"},
		{2, 5, "unclassified_row is 5"},
		{2, INT32_MIN, ": unclassified_row"},
		{3, 2, "restate is 2"},
	};
	enf_period p = year(2025);
	enf_register *reg = NULL;
	enf_stats_report **reps = (enf_stats_report **)&p;
	enf_stats_report *rep = (enf_stats_report *)&p;
	enf_stats_report_options o;
	size_t n = 7;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int *field[] = {&o.money_done, &o.partial_entrusted_done,
				&o.unclassified_row, &o.restate};

		o = opts_of(-1, -1, -1, NULL);
		*field[bad[i].field] = bad[i].code;
		assert_int_equal(
			enf_stats_report_new_with(&rep, "LS-01", &p, &o),
			ENF_EINVALID);
		assert_null(rep);
		assert_error_names("stats_report_new_with", bad[i].name);
		assert_int_equal(
			enf_stats_report_by_office_with(&reps, &n, reg, &p, &o),
			ENF_EINVALID);
		assert_null(reps);
		assert_int_equal(n, 0);
		assert_error_names("stats_report_by_office_with", bad[i].name);
	}
	for (unsigned v = 0; v <= 3; v += 3) {
		o = opts_of(-1, -1, -1, NULL);
		o.version = v;
		assert_int_equal(
			enf_stats_report_new_with(&rep, "LS-01", &p, &o),
			ENF_EVERSION);
		assert_error_names("stats_report_new_with", ": version");
		assert_int_equal(
			enf_stats_report_by_office_with(&reps, &n, reg, &p, &o),
			ENF_EVERSION);
	}
	/* Unit and period are checked as by enf_stats_report_new(). */
	o = opts_of(-1, -1, -1, NULL);
	assert_int_equal(enf_stats_report_new_with(&rep, "", &p, &o),
			 ENF_EINVALID);
	assert_error_names("stats_report_new_with", "unit is empty");
	assert_int_equal(enf_stats_report_new_with(NULL, "LS-01", &p, &o),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_options_init(NULL, 1), ENF_EINVALID);
	assert_int_equal(enf_stats_report_options_init(&o, 3), ENF_EVERSION);
	assert_error_names("stats_report_options_init", "version is 3");
	rep = new_report("LS-01", p);
	assert_int_equal(enf_stats_report_options_get(NULL, rep), ENF_EINVALID);
	assert_int_equal(enf_stats_report_options_get(&o, NULL), ENF_EINVALID);
	assert_error_names("stats_report_options_get", "rep");
	enf_stats_report_free(rep);
	enf_register_free(reg);
}

/* One pass by office with options: each report records them and equals
 * the report of its office's cases counted by them. */
static void test_stats_report__by_office_with(void **state)
{
	enf_case *cs[NCASES_2025];
	enf_register *reg = NULL;
	enf_stats_report_options o = opts_of(1, 0, 1, NULL), got;
	enf_stats_report **reps = NULL, *whole;
	enf_period p = year(2025);
	size_t n = 0;

	(void)state;
	build_2025(cs);
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	for (int i = 0; i < NCASES_2025; i++)
		assert_int_equal(enf_register_add(reg, cs[i]), ENF_OK);
	assert_int_equal(
		enf_stats_report_by_office_with(&reps, &n, reg, &p, &o),
		ENF_OK);
	assert_int_equal(n, 1);
	assert_int_equal(enf_stats_report_options_get(&got, reps[0]), ENF_OK);
	assert_int_equal(got.money_done, 1);
	assert_int_equal(got.partial_entrusted_done, 0);
	assert_int_equal(got.unclassified_row, 1);
	assert_int_equal(enf_stats_report_new_with(&whole, "LS-01", &p, &o),
			 ENF_OK);
	assert_int_equal(enf_stats_report_add_register(whole, reg, NULL),
			 ENF_OK);
	assert_same_cells(whole, reps[0]);
	/* Unclassified J and S are without means here: 2 of the 3. */
	assert_int_equal(cell(whole, ENF_GROUP_ALL, ENF_BY_CASES, OT), 0);
	assert_int_equal(cell(whole, ENF_GROUP_ALL, ENF_BY_CASES, WO), 5);
	enf_stats_report_free(whole);
	enf_stats_reports_free(reps, n);
	enf_register_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_report__each_case),
		cmocka_unit_test(test_stats_report__table_2025),
		cmocka_unit_test(test_stats_report__add_register),
		cmocka_unit_test(test_stats_report__period_edges),
		cmocka_unit_test(test_stats_report__returned_and_resumed),
		cmocka_unit_test(test_stats_report__overflow),
		cmocka_unit_test(test_stats_report__near_overflow),
		cmocka_unit_test(test_stats_report__sample_identities),
		cmocka_unit_test(test_stats_report__sample_year_chain),
		cmocka_unit_test(test_stats_report__merge_offices),
		cmocka_unit_test(test_stats_report__merge_random),
		cmocka_unit_test(test_stats_report__merge_bad),
		cmocka_unit_test(test_stats_report__bytes_round_trip),
		cmocka_unit_test(test_stats_report__json_round_trip),
		cmocka_unit_test(test_stats_report__json_layouts),
		cmocka_unit_test(test_stats_report__bytes_corrupted),
		cmocka_unit_test(test_stats_report__json_corrupted),
		cmocka_unit_test(test_stats_report__check),
		cmocka_unit_test(test_stats_report__bad_input),
		cmocka_unit_test(test_stats_report__by_office),
		cmocka_unit_test(test_stats_report__bound_runs_out),
		cmocka_unit_test(test_stats_report__by_office_bad_input),
		cmocka_unit_test(test_stats_report__money_done_basis),
		cmocka_unit_test(test_stats_report__partial_entrusted),
		cmocka_unit_test(test_stats_report__unclassified_row),
		cmocka_unit_test(test_stats_report__obligation_reduced),
		cmocka_unit_test(test_stats_report__definitions_differ),
		cmocka_unit_test(test_stats_report__options_get),
		cmocka_unit_test(test_stats_report__definitions_serialised),
		cmocka_unit_test(test_stats_report__options_bad_input),
		cmocka_unit_test(test_stats_report__by_office_with),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
