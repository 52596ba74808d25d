/*
 * Tests of the other countries' indicators of stats.h: the CEPEJ
 * clearance rate and disposition time and the CNJ congestion rate of a
 * report (enf_stats_peer_indicators), and the NCSC age of the active
 * pending caseload of a register (enf_stats_pending_age).
 *
 * Reports come from JSON texts whose columns are written out by hand
 * (with their identities) or from hand-built cases; every expected value
 * is worked out by hand next to its test from the mapping of stats.h:
 *   incoming = received
 *   resolved = done + entrusted + withdrawn + separate book + returned
 *   pending  = carried to next period - separate book - returned
 *   clearance   = resolved / incoming, hundredths of a percent
 *   disposition = 365 x pending / resolved, days
 *   congestion  = pending / (resolved + pending), hundredths of a percent
 * each rounded half-up, -1 when the denominator is 0.
 *
 * Every event date lies in the 2014 regime (2015-07-01 .. 2026-06-30).
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

enum { CO, RE, TO, EN, WD, TE, WM, DN, BE, PA, OT, WO, SB, RT, CN };

/* The states in which a case counts as pending for its age. */
#define PENDING_STATES                                                         \
	((1u << ENF_STATE_RECEIVED) | (1u << ENF_STATE_VOLUNTARY) |            \
	 (1u << ENF_STATE_WITH_MEANS) | (1u << ENF_STATE_WITHOUT_MEANS) |      \
	 (1u << ENF_STATE_POSTPONED) | (1u << ENF_STATE_SUSPENDED))

/* ---------------------------------------------------------------------- */
/* Helpers                                                                 */

static enf_period year(int y)
{
	enf_period p = {0, 0};

	assert_int_equal(enf_report_cumulative(&p, y, 12), ENF_OK);
	return p;
}

/* A case of office LS-01 with a debtor and a creditor; decided is the
 * decision date of its facts (ENF_DATE_NONE for none). */
static enf_case *new_case(const char *no, enf_mode mode, enf_date decided)
{
	enf_case_info info;
	enf_case *c = NULL;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Hoàng Văn Nam",
			    NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
			      "Lý Thị Mai", NULL};
	enf_obligation o = {ENF_OBL_OTHER_MONEY, 10000000, 0, 1, 0};

	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = "LS-01";
	info.decision_no = no;
	info.mode = mode;
	info.decision_date = decided;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &creditor), ENF_OK);
	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
	return c;
}

static void ev(enf_case *c, enf_event_kind kind, enf_date date, int32_t detail)
{
	enf_event e = {kind, date, detail, 0, ENF_INDEX_NONE};

	if (enf_case_apply(c, &e) != ENF_OK)
		fail_msg("%s", enf_last_error());
}

static void add(enf_register *reg, enf_case *c)
{
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
}

static enf_register *new_register(void)
{
	enf_register *reg = NULL;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	return reg;
}

/* Writes the 15 rows of a column as JSON members. */
static size_t put_column(char *doc, size_t cap, const int64_t *col)
{
	size_t n = 0;

	for (int r = 0; r < ENF_IND_COUNT; r++)
		n += (size_t)snprintf(doc + n, cap - n, "%s\"%s\": %lld",
				      r ? ", " : "", enf__stats_row_tokens[r],
				      col != NULL ? (long long)col[r] : 0LL);
	return n;
}

/*
 * A report of year 2025 read from JSON: the "cases" columns of groups
 * all, agency and request are given (agency + request = all); every
 * other group and every money column is zero.
 */
static enf_stats_report *report_of(const int64_t all[ENF_IND_COUNT],
				   const int64_t agency[ENF_IND_COUNT],
				   const int64_t request[ENF_IND_COUNT])
{
	const int64_t *cols[ENF_GROUP_COUNT] = {all,  agency, request,
						NULL, NULL,   NULL};
	size_t cap = 16384, n = 0;
	char *doc = malloc(cap);
	enf_stats_report *rep = NULL;

	assert_non_null(doc);
	n += (size_t)snprintf(doc + n, cap - n,
			      "{\"format\": \"enforcement-report\", "
			      "\"version\": 1, \"unit\": \"LS-01\", "
			      "\"period\": [\"2024-10-01\", \"2025-09-30\"], "
			      "\"groups\": {");
	for (int g = 0; g < ENF_GROUP_COUNT; g++) {
		n += (size_t)snprintf(doc + n, cap - n,
				      "%s\"%s\": {\"cases\": {", g ? ", " : "",
				      enf__stats_group_tokens[g]);
		n += put_column(doc + n, cap - n, cols[g]);
		n += (size_t)snprintf(doc + n, cap - n, "}, \"money\": {");
		n += put_column(doc + n, cap - n, NULL);
		n += (size_t)snprintf(doc + n, cap - n, "}}");
	}
	(void)snprintf(doc + n, cap - n, "}}");
	if (enf_stats_report_from_json(&rep, doc) != ENF_OK)
		fail_msg("%s", enf_last_error());
	free(doc);
	return rep;
}

/* The indicators of a group; the call must succeed. */
static enf_peer_indicators peer(const enf_stats_report *rep, enf_stats_group g)
{
	enf_peer_indicators out = {-7, -7, -7};

	if (enf_stats_peer_indicators(&out, rep, g) != ENF_OK)
		fail_msg("%s", enf_last_error());
	return out;
}

static void assert_peer(const enf_stats_report *rep, enf_stats_group g,
			int64_t clearance, int64_t days, int64_t congestion)
{
	enf_peer_indicators got = peer(rep, g);

	if (got.clearance_rate != clearance || got.disposition_days != days ||
	    got.congestion_rate != congestion)
		fail_msg("group %d: got %lld / %lld / %lld, want %lld / %lld "
			 "/ %lld",
			 (int)g, (long long)got.clearance_rate,
			 (long long)got.disposition_days,
			 (long long)got.congestion_rate, (long long)clearance,
			 (long long)days, (long long)congestion);
}

static int64_t cell(const enf_stats_report *rep, enf_stats_group g, int row)
{
	int64_t v = -1;

	assert_int_equal(enf_stats_report_get(&v, rep, g, ENF_BY_CASES,
					      (enf_indicator)row),
			 ENF_OK);
	return v;
}

/* Fills n counts with a sentinel, to see that a failed call leaves them. */
static void fill(int64_t *counts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		counts[i] = 77;
}

static void assert_filled(const int64_t *counts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		assert_int_equal(counts[i], 77);
}

static void assert_counts(const int64_t *got, const int64_t *want, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (got[i] != want[i])
			fail_msg("bucket %zu: got %lld, want %lld", i,
				 (long long)got[i], (long long)want[i]);
}

/* ---------------------------------------------------------------------- */
/* CEPEJ and CNJ indicators                                                */

/*
 * Agency, the worked example: received 200; entrusted 10, withdrawn 5;
 * to enforce 185 = with means 160 (done 120, being enforced 30, postponed
 * by agreement 5, other 5) + without means 10 + separate book 10 +
 * returned 5; carried to next period 185 - 120 = 65.
 *   resolved = 120 + 10 + 5 + 10 + 5 = 150, pending = 65 - 10 - 5 = 50
 *   clearance 150 / 200 = 75.00% -> 7500
 *   disposition 365 x 50 / 150 = 121.67 -> 122 days
 *   congestion 50 / (150 + 50) = 25.00% -> 2500
 * Request, balanced: carried over 40, received 60; done 60, being
 * enforced 20, without means 20; carried to next period 40.
 *   resolved 60 = incoming 60: clearance 100.00% -> 10000
 *   disposition 365 x 40 / 60 = 243.33 -> 243; congestion 40 / 100 = 4000
 * All, their sum: received 260, resolved 210, pending 90.
 *   clearance 210 / 260 = 80.769% -> 8077
 *   disposition 365 x 90 / 210 = 156.43 -> 156
 *   congestion 90 / 300 = 30.00% -> 3000
 */
static const int64_t worked_agency[ENF_IND_COUNT] = {
	0, 200, 200, 10, 5, 185, 160, 120, 30, 5, 5, 10, 10, 5, 65};
static const int64_t worked_request[ENF_IND_COUNT] = {
	40, 60, 100, 0, 0, 100, 80, 60, 20, 0, 0, 20, 0, 0, 40};
static const int64_t worked_all[ENF_IND_COUNT] = {
	40, 260, 300, 10, 5, 285, 240, 180, 50, 5, 5, 30, 10, 5, 105};

static void test_stats_peer__worked_example(void **state)
{
	enf_stats_report *rep =
		report_of(worked_all, worked_agency, worked_request);

	(void)state;
	assert_int_equal(cell(rep, ENF_GROUP_AGENCY, RE), 200);
	assert_peer(rep, ENF_GROUP_AGENCY, 7500, 122, 2500);
	assert_peer(rep, ENF_GROUP_REQUEST, 10000, 243, 4000);
	assert_peer(rep, ENF_GROUP_ALL, 8077, 156, 3000);
	enf_stats_report_free(rep);
}

/*
 * Halves round up.
 * Agency (= all here is agency + request): received 32, done 1, being
 * enforced 31, carried to next period 31.
 *   clearance 1 / 32 = 3.125% -> 312.5 -> 313
 *   disposition 365 x 31 / 1 = 11315
 *   congestion 31 / 32 = 96.875% -> 9687.5 -> 9688
 * Request: received 3, done 2, being enforced 1, carried next 1.
 *   clearance 2 / 3 -> 6666.67 -> 6667
 *   disposition 365 x 1 / 2 = 182.5 -> 183
 *   congestion 1 / 3 -> 3333.33 -> 3333
 * All: received 35, resolved 3, pending 32.
 *   clearance 3 / 35 -> 857.14 -> 857
 *   disposition 365 x 32 / 3 = 3893.33 -> 3893
 *   congestion 32 / 35 -> 9142.86 -> 9143
 */
static void test_stats_peer__rounding_half_up(void **state)
{
	static const int64_t agency[ENF_IND_COUNT] = {
		0, 32, 32, 0, 0, 32, 32, 1, 31, 0, 0, 0, 0, 0, 31};
	static const int64_t request[ENF_IND_COUNT] = {0, 3, 3, 0, 0, 3, 3, 2,
						       1, 0, 0, 0, 0, 0, 1};
	static const int64_t all[ENF_IND_COUNT] = {0,  35, 35, 0, 0, 35, 35, 3,
						   32, 0,  0,  0, 0, 0,	 32};
	enf_stats_report *rep = report_of(all, agency, request);

	(void)state;
	assert_peer(rep, ENF_GROUP_AGENCY, 313, 11315, 9688);
	assert_peer(rep, ENF_GROUP_REQUEST, 6667, 183, 3333);
	assert_peer(rep, ENF_GROUP_ALL, 857, 3893, 9143);
	enf_stats_report_free(rep);
}

/*
 * Zero denominators give -1, each on its own.
 * An empty report, and the groups with no case: -1 everywhere.
 * Agency: carried over 5, all done, nothing received: clearance -1
 *   (no incoming); resolved 5, pending 0: disposition 0, congestion 0.
 * Request: received 4, all without means: resolved 0: clearance 0,
 *   disposition -1; congestion 4 / 4 = 10000.
 * All: carried over 5 + received 4; resolved 5, pending 4:
 *   clearance 5 / 4 = 12500; disposition 365 x 4 / 5 = 292;
 *   congestion 4 / 9 = 44.44% -> 4444.
 */
static void test_stats_peer__zero_denominators(void **state)
{
	static const int64_t agency[ENF_IND_COUNT] = {5, 0, 5, 0, 0, 5, 5, 5,
						      0, 0, 0, 0, 0, 0, 0};
	static const int64_t request[ENF_IND_COUNT] = {0, 4, 4, 0, 0, 4, 0, 0,
						       0, 0, 0, 4, 0, 0, 4};
	static const int64_t all[ENF_IND_COUNT] = {5, 4, 9, 0, 0, 9, 5, 5,
						   0, 0, 0, 4, 0, 0, 4};
	enf_stats_report *rep = report_of(all, agency, request);
	enf_stats_report *empty = NULL;
	enf_period p = year(2025);

	(void)state;
	assert_peer(rep, ENF_GROUP_AGENCY, -1, 0, 0);
	assert_peer(rep, ENF_GROUP_REQUEST, 0, -1, 10000);
	assert_peer(rep, ENF_GROUP_ALL, 12500, 292, 4444);
	assert_peer(rep, ENF_GROUP_BANK_CREDIT, -1, -1, -1);
	assert_peer(rep, ENF_GROUP_CORRUPTION, -1, -1, -1);
	assert_peer(rep, ENF_GROUP_ADMINISTRATIVE, -1, -1, -1);
	assert_int_equal(enf_stats_report_new(&empty, "LS-01", &p), ENF_OK);
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		assert_peer(empty, (enf_stats_group)g, -1, -1, -1);
	enf_stats_report_free(empty);
	enf_stats_report_free(rep);
}

/*
 * Hand-built cases of enforcement year 2025 (2024-10-01 .. 2025-09-30):
 * A agency: decided 2024-03-01, with means 2024-04-01, still so at the
 *   end: carried over, being enforced (pending).
 * B request: received 2024-10-20, decided 2024-11-05, done 2025-02-01:
 *   received, done (resolved).
 * C agency: decided 2024-12-01, entrusted out 2025-01-15: received,
 *   entrusted (resolved).
 * D agency: decided 2025-01-10, without means 2025-03-01: received,
 *   without means (pending).
 * E agency: decided 2024-05-01, without means 2024-06-01, separate book
 *   2025-02-01: carried over, separate book (resolved).
 * F agency: done 2024-09-01, before the period: not on the table.
 * G agency: decided 2025-10-15, after the period: not on the table.
 * All: received 3 (B, C, D), resolved 3 (B, C, E), pending 2 (A, D):
 *   clearance 3 / 3 = 10000; disposition 365 x 2 / 3 = 243.33 -> 243;
 *   congestion 2 / 5 = 4000.
 * Agency: received 2 (C, D), resolved 2 (C, E), pending 2 (A, D):
 *   10000; 365 x 2 / 2 = 365; 2 / 4 = 5000.
 * Request: received 1 (B), resolved 1, pending 0: 10000; 0; 0.
 * Bank credit, corruption, administrative: no case, -1.
 */
static void test_stats_peer__hand_built_cases(void **state)
{
	enf_register *reg = new_register();
	enf_stats_report *rep = NULL;
	enf_period p = year(2025);
	enf_case *c;

	(void)state;
	c = new_case("A", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 3, 1), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 4, 1), 1);
	add(reg, c);
	c = new_case("B", ENF_MODE_REQUEST, ENF_DATE_NONE);
	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2024, 10, 20), 0);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 11, 5), 0);
	ev(c, ENF_EV_DONE, ymd(2025, 2, 1), 0);
	add(reg, c);
	c = new_case("C", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 12, 1), 0);
	ev(c, ENF_EV_ENTRUSTED_OUT, ymd(2025, 1, 15), 0);
	add(reg, c);
	c = new_case("D", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 10), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2025, 3, 1), 0);
	add(reg, c);
	c = new_case("E", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 5, 1), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 6, 1), 0);
	ev(c, ENF_EV_SEPARATE_BOOK, ymd(2025, 2, 1), 0);
	add(reg, c);
	c = new_case("F", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 8, 1), 0);
	ev(c, ENF_EV_DONE, ymd(2024, 9, 1), 0);
	add(reg, c);
	c = new_case("G", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 10, 15), 0);
	add(reg, c);

	assert_int_equal(enf_stats_report_new(&rep, "LS-01", &p), ENF_OK);
	assert_int_equal(enf_stats_report_add_register(rep, reg, NULL), ENF_OK);
	/* The rows the indicators read, by hand. */
	assert_int_equal(cell(rep, ENF_GROUP_ALL, CO), 2);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, RE), 3);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, DN), 1);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, EN), 1);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, SB), 1);
	assert_int_equal(cell(rep, ENF_GROUP_ALL, CN), 3);
	assert_peer(rep, ENF_GROUP_ALL, 10000, 243, 4000);
	assert_peer(rep, ENF_GROUP_AGENCY, 10000, 365, 5000);
	assert_peer(rep, ENF_GROUP_REQUEST, 10000, 0, 0);
	assert_peer(rep, ENF_GROUP_BANK_CREDIT, -1, -1, -1);
	assert_peer(rep, ENF_GROUP_CORRUPTION, -1, -1, -1);
	assert_peer(rep, ENF_GROUP_ADMINISTRATIVE, -1, -1, -1);
	enf_stats_report_free(rep);
	enf_register_free(reg);
}

/*
 * Quotients past 64 bits fail with ENF_EOVERFLOW and leave out as it was.
 * Clearance: carried over 10^18, received 1, all done: resolved
 *   10^18 + 1, x 10000 / 1 overflows.
 * Disposition: carried over 10^18 being enforced, received 1 done:
 *   clearance 1 / 1 = 10000, but 365 x 10^18 / 1 overflows.
 */
static void test_stats_peer__overflow(void **state)
{
	const int64_t e18 = 1000000000000000000LL;
	const int64_t clear[ENF_IND_COUNT] = {e18,     1,	e18 + 1, 0, 0,
					      e18 + 1, e18 + 1, e18 + 1, 0, 0,
					      0,       0,	0,	 0, 0};
	const int64_t days[ENF_IND_COUNT] = {e18,     1, e18 + 1, 0, 0, e18 + 1,
					     e18 + 1, 1, e18,	  0, 0, 0,
					     0,	      0, e18};
	enf_peer_indicators out = {-7, -7, -7};
	enf_stats_report *rep = report_of(clear, clear, NULL);

	(void)state;
	assert_int_equal(enf_stats_peer_indicators(&out, rep, ENF_GROUP_AGENCY),
			 ENF_EOVERFLOW);
	assert_error_names("stats_peer_indicators", "clearance rate");
	assert_error_names("stats_peer_indicators", "agency");
	assert_int_equal(out.clearance_rate, -7);
	assert_int_equal(out.disposition_days, -7);
	assert_int_equal(out.congestion_rate, -7);
	/* The request group is empty and fine. */
	assert_peer(rep, ENF_GROUP_REQUEST, -1, -1, -1);
	enf_stats_report_free(rep);

	rep = report_of(days, NULL, days);
	assert_int_equal(enf_stats_peer_indicators(&out, rep, ENF_GROUP_ALL),
			 ENF_EOVERFLOW);
	assert_error_names("stats_peer_indicators", "disposition time");
	assert_int_equal(out.clearance_rate, -7);
	assert_int_equal(out.disposition_days, -7);
	assert_int_equal(out.congestion_rate, -7);
	enf_stats_report_free(rep);
}

/*
 * The bundled sample, enforcement year 2025: the indicators agree with
 * the formulas applied by hand here to the rows enf_stats_report_get()
 * prints, in every group.
 */
static int64_t half_up(int64_t num, int64_t den)
{
	if (den == 0)
		return -1;
	return (2 * num + den) / (2 * den);
}

static enf_register *load_sample(void)
{
	enf_register *reg = new_register();

	if (enf_io_load_csv_dir(reg, ENF_SAMPLE_DIR) != ENF_OK)
		fail_msg("loading %s: %s", ENF_SAMPLE_DIR, enf_last_error());
	assert_true(enf_register_count(reg) > 1000);
	return reg;
}

static void test_stats_peer__sample_2025(void **state)
{
	enf_register *reg = load_sample();
	enf_stats_report *rep = NULL;
	enf_period p = year(2025);

	(void)state;
	assert_int_equal(enf_stats_report_new(&rep, "Lạng Sơn", &p), ENF_OK);
	assert_int_equal(enf_stats_report_add_register(rep, reg, NULL), ENF_OK);
	for (int g = 0; g < ENF_GROUP_COUNT; g++) {
		const enf_stats_group grp = (enf_stats_group)g;
		const int64_t incoming = cell(rep, grp, RE),
			      resolved =
				      cell(rep, grp, DN) + cell(rep, grp, EN) +
				      cell(rep, grp, WD) + cell(rep, grp, SB) +
				      cell(rep, grp, RT),
			      pending = cell(rep, grp, CN) -
					cell(rep, grp, SB) - cell(rep, grp, RT);

		/* Pending is what stays open and decided: being enforced,
		 * postponed by agreement, other and without means. */
		assert_int_equal(pending, cell(rep, grp, BE) +
						  cell(rep, grp, PA) +
						  cell(rep, grp, OT) +
						  cell(rep, grp, WO));
		assert_peer(rep, grp, half_up(resolved * 10000, incoming),
			    half_up(365 * pending, resolved),
			    half_up(pending * 10000, resolved + pending));
		if (grp == ENF_GROUP_ALL) {
			/*
			 * The sample's rows for 2025 (as enf_stats_report_get
			 * prints them): received 1261; resolved 753 done + 25
			 * entrusted + 13 withdrawn + 155 separate book + 0
			 * returned = 946; pending 1455 carried to next - 155 -
			 * 0 = 1300.
			 *   clearance 946 / 1261 = 75.0198% -> 7502
			 *   disposition 365 x 1300 / 946 = 501.59 -> 502 days
			 *   congestion 1300 / 2246 = 57.8807% -> 5788
			 */
			assert_int_equal(incoming, 1261);
			assert_int_equal(resolved, 946);
			assert_int_equal(pending, 1300);
			assert_peer(rep, grp, 7502, 502, 5788);
		}
	}
	enf_stats_report_free(rep);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* NCSC age of the active pending caseload                                 */

/*
 * Cases open on 2025-06-30, aged from their decision (else receipt),
 * bounds {90, 180, 365}:
 * P1 request, received 2025-05-01, undecided: 60 days -> <= 90.
 * P2 agency, decided 2025-04-01 (voluntary): 90 -> <= 90 (on the bound).
 * P3 agency, decided 2025-03-31, with means, done 2025-08-01 (after the
 *   date): 91 -> <= 180.
 * P4 request, received 2024-12-01 (211 days), decided 2025-01-01,
 *   postponed for illness: the decision counts, 180 -> <= 180.
 * P5 agency, decided 2024-12-31, suspended: 181 -> <= 365.
 * P6 agency, decided 2024-06-30, without means: 365 -> <= 365.
 * P7 agency, decided 2024-06-29, with means: 366 -> > 365.
 * P8 agency, entrusted in 2019-12-01, decided 2020-01-15, with means:
 *   > 365.
 * P9 agency, decided 2025-06-30, the date itself: 0 -> <= 90.
 * P10 agency, entrusted in 2025-01-01, undecided: 180 -> <= 180.
 * Not open on the date: Q1 done, Q2 separate book, Q3 entrusted out,
 * Q4 decided 2025-07-05 (after the date), Q5 decided by its facts with no
 * event, Q6 withdrawn, Q7 terminated.
 * Counts: {P1, P2, P9}, {P3, P4, P10}, {P5, P6}, {P7, P8} = 3, 3, 2, 2.
 */
static enf_register *aging_register(void)
{
	enf_register *reg = new_register();
	enf_case *c;

	c = new_case("P1", ENF_MODE_REQUEST, ENF_DATE_NONE);
	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 5, 1), 0);
	add(reg, c);
	c = new_case("P2", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 4, 1), 0);
	add(reg, c);
	c = new_case("P3", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 3, 31), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2025, 4, 15), 1);
	ev(c, ENF_EV_DONE, ymd(2025, 8, 1), 0);
	add(reg, c);
	c = new_case("P4", ENF_MODE_REQUEST, ENF_DATE_NONE);
	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2024, 12, 1), 0);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 1), 0);
	ev(c, ENF_EV_POSTPONED, ymd(2025, 2, 1), ENF_POSTPONE_ILLNESS);
	add(reg, c);
	c = new_case("P5", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 12, 31), 0);
	ev(c, ENF_EV_SUSPENDED, ymd(2025, 3, 1), ENF_SUSPEND_PROTEST);
	add(reg, c);
	c = new_case("P6", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 6, 30), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 8, 1), 0);
	add(reg, c);
	c = new_case("P7", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 6, 29), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 7, 15), 1);
	add(reg, c);
	c = new_case("P8", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_ENTRUSTED_IN, ymd(2019, 12, 1), 0);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2020, 1, 15), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2020, 3, 1), 1);
	add(reg, c);
	c = new_case("P9", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 6, 30), 0);
	add(reg, c);
	c = new_case("P10", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_ENTRUSTED_IN, ymd(2025, 1, 1), 0);
	add(reg, c);

	c = new_case("Q1", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 10), 0);
	ev(c, ENF_EV_DONE, ymd(2025, 3, 1), 0);
	add(reg, c);
	c = new_case("Q2", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 1, 10), 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 2, 1), 0);
	ev(c, ENF_EV_SEPARATE_BOOK, ymd(2024, 6, 1), 0);
	add(reg, c);
	c = new_case("Q3", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 2, 1), 0);
	ev(c, ENF_EV_ENTRUSTED_OUT, ymd(2025, 3, 1), 0);
	add(reg, c);
	c = new_case("Q4", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 7, 5), 0);
	add(reg, c);
	c = new_case("Q5", ENF_MODE_AGENCY, ymd(2025, 1, 1));
	add(reg, c);
	c = new_case("Q6", ENF_MODE_REQUEST, ENF_DATE_NONE);
	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 1), 0);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 5), 0);
	ev(c, ENF_EV_DECISION_WITHDRAWN, ymd(2025, 2, 1), 0);
	add(reg, c);
	c = new_case("Q7", ENF_MODE_AGENCY, ENF_DATE_NONE);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 1), 0);
	ev(c, ENF_EV_TERMINATED, ymd(2025, 4, 1), ENF_TERMINATE_DEBTOR_DIED);
	add(reg, c);
	return reg;
}

static const int32_t bounds3[3] = {90, 180, 365};

static void test_stats_peer__pending_age_buckets(void **state)
{
	enf_register *reg = aging_register();
	const int64_t want[4] = {3, 3, 2, 2};
	int64_t counts[4];

	(void)state;
	fill(counts, 4);
	assert_int_equal(enf_stats_pending_age(counts, bounds3, 3, reg, NULL,
					       ymd(2025, 6, 30)),
			 ENF_OK);
	assert_counts(counts, want, 4);
	enf_register_free(reg);
}

/*
 * The same register on other terms.
 * - One bucket (no bounds): all 10 open cases.
 * - Bounds {0, 90}: age 0 is P9 alone; <= 90 P1, P2; the other 7 beyond.
 * - Agency cases only: P1 and P4 (on request) drop out: 2, 2, 2, 2.
 * - A states filter as of the date, postponed only: P4, 180 days.
 * - Another office: nothing.
 * - On 2025-07-31 (31 days later): P9 is 31 days old and Q4 (decided
 *   2025-07-05) 26; P1 91, P2 121, P3 122 (done 2025-08-01, still open),
 *   P10 211, P4 211, P5 212, P6 396, P7 397, P8 beyond:
 *   {P9, Q4}, {P1, P2, P3}, {P10, P4, P5}, {P6, P7, P8} = 2, 3, 3, 3.
 */
static void test_stats_peer__pending_age_filters(void **state)
{
	enf_register *reg = aging_register();
	const int32_t b2[2] = {0, 90};
	const int64_t one[1] = {10}, at0[3] = {1, 2, 7},
		      agency[4] = {2, 2, 2, 2}, postponed[4] = {0, 1, 0, 0},
		      none[4] = {0, 0, 0, 0}, later[4] = {2, 3, 3, 3};
	int64_t counts[4];
	enf_filter f;
	const enf_date d = ymd(2025, 6, 30);

	(void)state;
	fill(counts, 4);
	assert_int_equal(enf_stats_pending_age(counts, NULL, 0, reg, NULL, d),
			 ENF_OK);
	assert_counts(counts, one, 1);
	assert_int_equal(counts[1], 77); /* only nbounds + 1 slots written */
	assert_int_equal(enf_stats_pending_age(counts, b2, 2, reg, NULL, d),
			 ENF_OK);
	assert_counts(counts, at0, 3);

	assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION), ENF_OK);
	f.modes = 1u << ENF_MODE_AGENCY;
	assert_int_equal(enf_stats_pending_age(counts, bounds3, 3, reg, &f, d),
			 ENF_OK);
	assert_counts(counts, agency, 4);

	assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION), ENF_OK);
	f.states = 1u << ENF_STATE_POSTPONED;
	f.date = d;
	assert_int_equal(enf_stats_pending_age(counts, bounds3, 3, reg, &f, d),
			 ENF_OK);
	assert_counts(counts, postponed, 4);

	assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION), ENF_OK);
	f.office = "LS-02";
	assert_int_equal(enf_stats_pending_age(counts, bounds3, 3, reg, &f, d),
			 ENF_OK);
	assert_counts(counts, none, 4);

	assert_int_equal(enf_stats_pending_age(counts, bounds3, 3, reg, NULL,
					       ymd(2025, 7, 31)),
			 ENF_OK);
	assert_counts(counts, later, 4);
	enf_register_free(reg);
}

/* An empty register gives zero counts; bounds may be negative. */
static void test_stats_peer__pending_age_empty(void **state)
{
	enf_register *reg = new_register();
	const int32_t b[2] = {-5, 10};
	const int64_t zero[3] = {0, 0, 0};
	int64_t counts[3];

	(void)state;
	fill(counts, 3);
	assert_int_equal(enf_stats_pending_age(counts, b, 2, reg, NULL,
					       ymd(2025, 6, 30)),
			 ENF_OK);
	assert_counts(counts, zero, 3);
	enf_register_free(reg);
}

/*
 * The sample on the last day of enforcement year 2025: the buckets sum to
 * the cases open that day, counted with enf_register_filter() and a
 * states mask, and each bucket matches an age worked out case by case
 * through the public API (enf_case_event); likewise for one office.
 */
static void sample_ages(const enf_register *reg, const char *office, enf_date d,
			int64_t want[4], size_t *open)
{
	enf_filter f;
	size_t n = enf_register_count(reg), count = 0;
	size_t *idx = malloc(n * sizeof(*idx));

	assert_non_null(idx);
	assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION), ENF_OK);
	f.office = office;
	f.states = PENDING_STATES;
	f.date = d;
	assert_int_equal(enf_register_filter(idx, n, &count, reg, &f), ENF_OK);
	memset(want, 0, 4 * sizeof(*want));
	for (size_t i = 0; i < count; i++) {
		enf_case *c = NULL;
		enf_date decided = ENF_DATE_NONE, received = ENF_DATE_NONE;
		int64_t age;
		size_t b = 0;

		assert_int_equal(enf_register_at(&c, reg, idx[i]), ENF_OK);
		for (size_t k = 0; k < enf_case_event_count(c); k++) {
			enf_event e;

			assert_int_equal(enf_case_event(&e, c, k), ENF_OK);
			if (e.date > d)
				break;
			if (e.kind == ENF_EV_DECISION_ISSUED &&
			    decided == ENF_DATE_NONE)
				decided = e.date;
			if ((e.kind == ENF_EV_REQUEST_RECEIVED ||
			     e.kind == ENF_EV_ENTRUSTED_IN) &&
			    received == ENF_DATE_NONE)
				received = e.date;
		}
		assert_true(decided != ENF_DATE_NONE ||
			    received != ENF_DATE_NONE);
		age = (int64_t)d -
		      (decided != ENF_DATE_NONE ? decided : received);
		assert_true(age >= 0);
		while (b < 3 && age > bounds3[b])
			b++;
		want[b]++;
	}
	*open = count;
	free(idx);
}

static void test_stats_peer__pending_age_sample(void **state)
{
	enf_register *reg = load_sample();
	const enf_date d = year(2025).last;
	const char *offices[] = {NULL, "LS-CUC"};

	(void)state;
	for (size_t o = 0; o < 2; o++) {
		int64_t want[4], counts[4];
		size_t open = 0;
		enf_filter f;

		sample_ages(reg, offices[o], d, want, &open);
		assert_true(open > 0);
		assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION),
				 ENF_OK);
		f.office = offices[o];
		assert_int_equal(
			enf_stats_pending_age(counts, bounds3, 3, reg, &f, d),
			ENF_OK);
		assert_int_equal(counts[0] + counts[1] + counts[2] + counts[3],
				 (int64_t)open);
		assert_counts(counts, want, 4);
		if (o == 0) {
			/* The sample's caseload on 2025-09-30: 1300 open,
			 * every one decided, the pending of the 2025 report
			 * (test_stats_peer__sample_2025). */
			assert_int_equal(open, 1300);
			assert_int_equal(counts[0], 269);
			assert_int_equal(counts[1], 190);
			assert_int_equal(counts[2], 314);
			assert_int_equal(counts[3], 527);
		}
	}
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* Bad input                                                               */

static void test_stats_peer__indicators_bad_input(void **state)
{
	enf_stats_report *rep =
		report_of(worked_all, worked_agency, worked_request);
	enf_peer_indicators out = {-7, -7, -7};

	(void)state;
	assert_int_equal(enf_stats_peer_indicators(NULL, rep, ENF_GROUP_ALL),
			 ENF_EINVALID);
	assert_error_names("stats_peer_indicators", "out");
	assert_int_equal(enf_stats_peer_indicators(&out, NULL, ENF_GROUP_ALL),
			 ENF_EINVALID);
	assert_error_names("stats_peer_indicators", "rep");
	assert_int_equal(
		enf_stats_peer_indicators(&out, rep, (enf_stats_group)-1),
		ENF_EINVALID);
	assert_error_names("stats_peer_indicators", "group is -1");
	assert_int_equal(enf_stats_peer_indicators(
				 &out, rep, (enf_stats_group)ENF_GROUP_COUNT),
			 ENF_EINVALID);
	assert_error_names("stats_peer_indicators", "group is 6");
	assert_int_equal(out.clearance_rate, -7);
	assert_int_equal(out.disposition_days, -7);
	assert_int_equal(out.congestion_rate, -7);
	enf_stats_report_free(rep);
}

static void test_stats_peer__pending_age_bad_input(void **state)
{
	enf_register *reg = aging_register();
	const int32_t same[3] = {90, 90, 365}, down[2] = {180, 90};
	const enf_date d = ymd(2025, 6, 30);
	int64_t counts[4];
	enf_filter f;

	(void)state;
	fill(counts, 4);
	/* NULL */
	assert_int_equal(enf_stats_pending_age(NULL, bounds3, 3, reg, NULL, d),
			 ENF_EINVALID);
	assert_error_names("stats_pending_age", "counts");
	assert_int_equal(enf_stats_pending_age(counts, NULL, 3, reg, NULL, d),
			 ENF_EINVALID);
	assert_error_names("stats_pending_age", "bounds is NULL");
	assert_int_equal(
		enf_stats_pending_age(counts, bounds3, 3, NULL, NULL, d),
		ENF_EINVALID);
	assert_error_names("stats_pending_age", "reg");
	/* Bounds not increasing */
	assert_int_equal(enf_stats_pending_age(counts, same, 3, reg, NULL, d),
			 ENF_EINVALID);
	assert_error_names("stats_pending_age", "bounds[1]");
	assert_int_equal(enf_stats_pending_age(counts, down, 2, reg, NULL, d),
			 ENF_EINVALID);
	assert_error_names("stats_pending_age", "bounds[1]");
	/* Dates */
	assert_int_equal(enf_stats_pending_age(counts, bounds3, 3, reg, NULL,
					       ENF_DATE_NONE),
			 ENF_ERANGE);
	assert_error_names("stats_pending_age", "date");
	assert_int_equal(enf_stats_pending_age(counts, bounds3, 3, reg, NULL,
					       ENF_DATE_MAX + 1),
			 ENF_ERANGE);
	assert_error_names("stats_pending_age", "date");
	/* Filters */
	assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION), ENF_OK);
	f.version = 99;
	assert_int_equal(enf_stats_pending_age(counts, bounds3, 3, reg, &f, d),
			 ENF_EVERSION);
	assert_error_names("stats_pending_age", ": version");
	assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION), ENF_OK);
	f.modes = 0x100;
	assert_int_equal(enf_stats_pending_age(counts, bounds3, 3, reg, &f, d),
			 ENF_EINVALID);
	assert_error_names("stats_pending_age", ": modes");
	assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION), ENF_OK);
	f.states = 1u << ENF_STATE_POSTPONED; /* no as-of date */
	assert_int_equal(enf_stats_pending_age(counts, bounds3, 3, reg, &f, d),
			 ENF_EINVALID);
	assert_error_names("stats_pending_age", ": date");
	assert_filled(counts, 4);
	enf_register_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_peer__worked_example),
		cmocka_unit_test(test_stats_peer__rounding_half_up),
		cmocka_unit_test(test_stats_peer__zero_denominators),
		cmocka_unit_test(test_stats_peer__hand_built_cases),
		cmocka_unit_test(test_stats_peer__overflow),
		cmocka_unit_test(test_stats_peer__sample_2025),
		cmocka_unit_test(test_stats_peer__pending_age_buckets),
		cmocka_unit_test(test_stats_peer__pending_age_filters),
		cmocka_unit_test(test_stats_peer__pending_age_empty),
		cmocka_unit_test(test_stats_peer__pending_age_sample),
		cmocka_unit_test(test_stats_peer__indicators_bad_input),
		cmocka_unit_test(test_stats_peer__pending_age_bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
