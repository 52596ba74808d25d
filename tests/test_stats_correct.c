/*
 * Tests of corrections in the indicator table (stats.h, restate; Joint
 * Circular 12/2021/TTLT Art 10, V: a correction counts in the period in
 * which it is recorded, a period already reported is not changed unless
 * restated), of a case withdrawn as entered in error, and of the restate
 * definition in the options, the rules and the byte and JSON forms.
 *
 * Periods: Q1 = 2025-10-01 .. 2025-12-31, Q2 = 2026-01-01 .. 2026-03-31,
 * Q3 = 2026-04-01 .. 2026-06-30 (all under the 2014 regime). Amounts in
 * millions of VND (M).
 *
 * Case K (agency): decided 2025-09-10, with means 2025-09-20, owes
 * 200 M; 100 M entered as collected on 2025-11-20 (seq 2), 30 M
 * collected on 2026-03-05 (seq 3). On 2026-03-10 the clerk finds the
 * receipt of 20 November says 10 M: seq 2 is replaced by 10 M.
 *
 * By hand, money (carried over, done, being enforced):
 * - Q1, reported before the correction: CO 200, DN 100, BE 100.
 * - Q1 after it, restate 0: the same (the correction is recorded after
 *   Q1: Q1 is counted as known on 2025-12-31).
 * - Q2 before the correction: CO 200 - 100 = 100; DN 30; BE 70.
 * - Q2 after it, restate 0: CO 100 as reported (known on 2025-12-31:
 *   100 collected); collected at the end 10 + 30 = 40, so the period's
 *   money is 40 - 100 = -60, counted 0: DN 0, BE 100.
 * - Q2 restated: CO 200 - 10 = 190, DN 30, BE 160.
 * - Q1 restated: CO 200, DN 10, BE 190.
 * - Q3 (no correction after 2026-03-31): CO 200 - 40 = 160, BE 160.
 * By cases K is carried over and being enforced in each.
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

#define M 1000000LL

static enf_period quarter(int y1, int m1, int d1, int y2, int m2, int d2)
{
	enf_period p = {ymd(y1, m1, d1), ymd(y2, m2, d2)};

	return p;
}

#define Q1 quarter(2025, 10, 1, 2025, 12, 31)
#define Q2 quarter(2026, 1, 1, 2026, 3, 31)
#define Q3 quarter(2026, 4, 1, 2026, 6, 30)

static enf_case *new_case(const char *no, enf_money owed)
{
	enf_case_info info;
	enf_case *c = NULL;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Hoàng Văn Nam",
			    NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
			      "Lý Thị Mai", NULL};
	enf_obligation o = {ENF_OBL_OTHER_MONEY, owed, 0, 1, 0};

	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = "LS-01";
	info.decision_no = no;
	info.mode = ENF_MODE_AGENCY;
	info.judgment_kind = ENF_JUDGMENT_CIVIL;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &creditor), ENF_OK);
	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
	return c;
}

static void ev(enf_case *c, enf_event_kind kind, enf_date date, int32_t detail,
	       enf_money amount)
{
	enf_event e = {kind, date, detail, amount, ENF_INDEX_NONE};

	assert_int_equal(enf_case_apply(c, &e), ENF_OK);
}

/* Case K of the file's comment, before its correction. */
static enf_case *case_k(void)
{
	enf_case *c = new_case("K-01", 200 * M);

	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 9, 10), 0, 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2025, 9, 20), 1, 0);
	ev(c, ENF_EV_COLLECTED, ymd(2025, 11, 20), 0, 100 * M);
	ev(c, ENF_EV_COLLECTED, ymd(2026, 3, 5), 0, 30 * M);
	return c;
}

/* The correction of K: seq 2 collected 10 M, recorded 2026-03-10. */
static void correct_k(enf_case *c)
{
	enf_correction corr;

	assert_int_equal(enf_correction_init(&corr, ENF_CORRECTION_VERSION),
			 ENF_OK);
	corr.kind = ENF_CORRECT_REPLACE;
	corr.recorded = ymd(2026, 3, 10);
	corr.reason = "receipt of 20/11/2025 reads 10,000,000 VND";
	corr.author = "clerk 7";
	corr.target = 2;
	corr.event.kind = ENF_EV_COLLECTED;
	corr.event.date = ymd(2025, 11, 20);
	corr.event.amount = 10 * M;
	corr.event.asset = ENF_INDEX_NONE;
	assert_int_equal(enf_case_correct(c, &corr), ENF_OK);
}

/* A report of one case for p; restate -1 takes the rules' default. */
static enf_stats_report *report(const enf_case *c, enf_period p, int restate)
{
	enf_stats_report_options o;
	enf_stats_report *rep = NULL;

	assert_int_equal(enf_stats_report_options_init(
				 &o, ENF_STATS_REPORT_OPTIONS_VERSION),
			 ENF_OK);
	o.restate = restate;
	assert_int_equal(enf_stats_report_new_with(&rep, "LS-01", &p, &o),
			 ENF_OK);
	if (c != NULL)
		assert_int_equal(enf_stats_report_add_case(rep, c), ENF_OK);
	assert_int_equal(enf_stats_report_check(rep), ENF_OK);
	return rep;
}

static int64_t cell(const enf_stats_report *rep, enf_measure m,
		    enf_indicator row)
{
	int64_t v = -1;

	assert_int_equal(enf_stats_report_get(&v, rep, ENF_GROUP_ALL, m, row),
			 ENF_OK);
	return v;
}

/* Asserts the money carried over, done and being enforced, and that the
 * case counts once, carried over and being enforced. */
static void assert_money(const enf_stats_report *rep, int64_t co, int64_t dn,
			 int64_t be)
{
	assert_int_equal(cell(rep, ENF_BY_MONEY, ENF_IND_CARRIED_OVER), co);
	assert_int_equal(cell(rep, ENF_BY_MONEY, ENF_IND_DONE), dn);
	assert_int_equal(cell(rep, ENF_BY_MONEY, ENF_IND_BEING_ENFORCED), be);
	assert_int_equal(cell(rep, ENF_BY_CASES, ENF_IND_CARRIED_OVER), 1);
	assert_int_equal(cell(rep, ENF_BY_CASES, ENF_IND_BEING_ENFORCED), 1);
}

static void assert_empty(const enf_stats_report *rep)
{
	for (int m = 0; m < 2; m++)
		for (int r = 0; r < ENF_IND_COUNT; r++)
			assert_int_equal(
				cell(rep, (enf_measure)m, (enf_indicator)r), 0);
}

static void assert_same_bytes(const enf_stats_report *a,
			      const enf_stats_report *b)
{
	char *x = NULL, *y = NULL;
	size_t nx = 0, ny = 0;

	assert_int_equal(enf_stats_report_to_bytes(&x, &nx, a), ENF_OK);
	assert_int_equal(enf_stats_report_to_bytes(&y, &ny, b), ENF_OK);
	assert_int_equal(nx, ny);
	assert_memory_equal(x, y, nx);
	enf_free(x);
	enf_free(y);
}

/* ---------------------------------------------------------------------- */

/* The figures of the file's comment, by hand. */
static void test_stats_correct__period_recorded(void **state)
{
	enf_case *c = case_k();
	enf_stats_report *q1 = report(c, Q1, 0), *q2 = report(c, Q2, 0);
	enf_stats_report *r;

	(void)state;
	assert_money(q1, 200 * M, 100 * M, 100 * M);
	assert_money(q2, 100 * M, 30 * M, 70 * M);
	correct_k(c);
	/* Q1 as reported: unchanged, to the byte. */
	r = report(c, Q1, 0);
	assert_same_bytes(r, q1);
	enf_stats_report_free(r);
	/* Q2 takes the correction: 40 - 100 = -60 counted 0. */
	r = report(c, Q2, 0);
	assert_money(r, 100 * M, 0, 100 * M);
	enf_stats_report_free(r);
	/* The default (rule VN.stats.restate_corrections) is 0. */
	r = report(c, Q2, ENF_STATS_FROM_RULES);
	assert_money(r, 100 * M, 0, 100 * M);
	enf_stats_report_free(r);
	/* Q3 carries the corrected figure. */
	r = report(c, Q3, 0);
	assert_money(r, 160 * M, 0, 160 * M);
	enf_stats_report_free(r);
	enf_stats_report_free(q1);
	enf_stats_report_free(q2);
	enf_case_free(c);
}

/* A restatement counts the case as it is known now. */
static void test_stats_correct__restated(void **state)
{
	enf_case *c = case_k();
	enf_stats_report *r;
	enf_stats_report_options got;

	(void)state;
	correct_k(c);
	r = report(c, Q1, 1);
	assert_money(r, 200 * M, 10 * M, 190 * M);
	assert_int_equal(enf_stats_report_options_get(&got, r), ENF_OK);
	assert_int_equal(got.restate, 1);
	enf_stats_report_free(r);
	r = report(c, Q2, 1);
	assert_money(r, 190 * M, 30 * M, 160 * M);
	enf_stats_report_free(r);
	enf_case_free(c);
}

/* A case entered in error leaves every report, Q1 as well (correct.h: it
 * was never a case); the register as known before the withdrawal, on
 * 2026-01-31, still counts it in Q1: CO 50, BE 50. */
static void test_stats_correct__entered_in_error(void **state)
{
	enf_case *c = new_case("K-02", 50 * M);
	enf_correction corr;
	enf_stats_report *r;
	enf_register *reg = NULL, *old = NULL;

	(void)state;
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 9, 15), 0, 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2025, 9, 25), 1, 0);
	assert_int_equal(enf_correction_init(&corr, ENF_CORRECTION_VERSION),
			 ENF_OK);
	corr.kind = ENF_CORRECT_ENTERED_IN_ERROR;
	corr.recorded = ymd(2026, 2, 1);
	corr.reason = "the same decision entered twice";
	assert_int_equal(enf_case_correct(c, &corr), ENF_OK);
	assert_int_equal(enf_case_withdrawn_in_error(c), ymd(2026, 2, 1));
	r = report(c, Q1, 0);
	assert_empty(r);
	enf_stats_report_free(r);
	r = report(c, Q2, 0);
	assert_empty(r);
	enf_stats_report_free(r);
	r = report(c, Q1, 1);
	assert_empty(r);
	enf_stats_report_free(r);
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	assert_int_equal(enf_register_as_known(&old, reg, ymd(2026, 1, 31)),
			 ENF_OK);
	r = report(NULL, Q1, 0);
	assert_int_equal(enf_stats_report_add_register(r, old, NULL), ENF_OK);
	assert_money(r, 50 * M, 0, 50 * M);
	enf_stats_report_free(r);
	r = report(NULL, Q1, 0);
	assert_int_equal(enf_stats_report_add_register(r, reg, NULL), ENF_OK);
	assert_empty(r);
	enf_stats_report_free(r);
	enf_register_free(old);
	enf_register_free(reg);
}

/* A case closed as done in Q1 whose DONE (seq 3) is voided in Q2: off
 * Q2 as reported (done before it, as known then), carried over in Q3 by
 * cases (1, being enforced) with nothing owed by money (200 collected of
 * 200); a restated Q2 carries it over too. */
static void test_stats_correct__reopened(void **state)
{
	enf_case *c = new_case("K-03", 200 * M);
	enf_correction corr;
	enf_stats_report *r;

	(void)state;
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 9, 10), 0, 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2025, 9, 20), 1, 0);
	ev(c, ENF_EV_COLLECTED, ymd(2025, 11, 20), 0, 200 * M);
	ev(c, ENF_EV_DONE, ymd(2025, 11, 25), 0, 0);
	assert_int_equal(enf_correction_init(&corr, ENF_CORRECTION_VERSION),
			 ENF_OK);
	corr.kind = ENF_CORRECT_VOID;
	corr.recorded = ymd(2026, 2, 10);
	corr.reason = "closed by mistake: the creditor has not been paid";
	corr.target = 3;
	assert_int_equal(enf_case_correct(c, &corr), ENF_OK);
	r = report(c, Q1, 0);
	assert_int_equal(cell(r, ENF_BY_CASES, ENF_IND_DONE), 1);
	assert_int_equal(cell(r, ENF_BY_MONEY, ENF_IND_DONE), 200 * M);
	enf_stats_report_free(r);
	r = report(c, Q2, 0);
	assert_empty(r);
	enf_stats_report_free(r);
	r = report(c, Q3, 0);
	assert_money(r, 0, 0, 0);
	enf_stats_report_free(r);
	r = report(c, Q2, 1);
	assert_money(r, 0, 0, 0);
	enf_stats_report_free(r);
	enf_case_free(c);
}

/* Through a register, and by office: the same figures. */
static void test_stats_correct__register(void **state)
{
	enf_register *reg = NULL;
	enf_stats_report *r = report(NULL, Q2, 0), **offices = NULL;
	enf_stats_report_options o;
	enf_period p = Q2;
	size_t n = 0;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_register_add(reg, case_k()), ENF_OK);
	assert_int_equal(
		enf_register_correct(reg, 0,
				     &(enf_correction){
					     .version = 1,
					     .kind = ENF_CORRECT_VOID,
					     .recorded = ymd(2026, 3, 10),
					     .reason = "no such receipt",
					     .target = 2,
				     }),
		ENF_OK);
	/* Voided: before Q2 as known on 2025-12-31, 100 collected; at the
	 * end 30: -70 counted 0. */
	assert_int_equal(enf_stats_report_add_register(r, reg, NULL), ENF_OK);
	assert_money(r, 100 * M, 0, 100 * M);
	assert_int_equal(enf_stats_report_options_init(
				 &o, ENF_STATS_REPORT_OPTIONS_VERSION),
			 ENF_OK);
	o.restate = 1;
	assert_int_equal(
		enf_stats_report_by_office_with(&offices, &n, reg, &p, &o),
		ENF_OK);
	assert_int_equal(n, 1);
	assert_money(offices[0], 200 * M, 30 * M, 170 * M);
	enf_stats_reports_free(offices, n);
	enf_stats_report_free(r);
	enf_register_free(reg);
}

/* restate through the byte and JSON forms; 0 keeps the earlier forms. */
static void test_stats_correct__forms(void **state)
{
	enf_stats_report *r = report(NULL, Q2, 1), *back = NULL;
	enf_stats_report *plain = report(NULL, Q2, 0);
	enf_stats_report_options got;
	char *b = NULL;
	size_t n = 0;

	(void)state;
	assert_int_equal(enf_stats_report_to_bytes(&b, &n, r), ENF_OK);
	/* Version 2 bytes: the definitions, restate their fourth byte,
	 * just before the CRC. */
	assert_int_equal((unsigned char)b[4], 2);
	assert_int_equal((unsigned char)b[n - 5], 1);
	assert_int_equal(enf_stats_report_from_bytes(&back, b, n), ENF_OK);
	assert_int_equal(enf_stats_report_options_get(&got, back), ENF_OK);
	assert_int_equal(got.restate, 1);
	assert_same_bytes(back, r);
	enf_stats_report_free(back);
	back = NULL;
	enf_free(b);
	assert_int_equal(enf_stats_report_to_json(&b, &n, r), ENF_OK);
	assert_non_null(strstr(b, "\"unclassified_row\": \"with_means_other\", "
				  "\"restate\": 1}"));
	assert_int_equal(enf_stats_report_from_json(&back, b), ENF_OK);
	assert_int_equal(enf_stats_report_options_get(&got, back), ENF_OK);
	assert_int_equal(got.restate, 1);
	enf_stats_report_free(back);
	enf_free(b);
	/* restate 0: version 1 bytes and no restate key, as before it. */
	assert_int_equal(enf_stats_report_to_bytes(&b, &n, plain), ENF_OK);
	assert_int_equal((unsigned char)b[4], 1);
	enf_free(b);
	assert_int_equal(enf_stats_report_to_json(&b, &n, plain), ENF_OK);
	assert_null(strstr(b, "restate"));
	enf_free(b);
	enf_stats_report_free(plain);
	enf_stats_report_free(r);
}

/* Reports of different restate do not merge; the message says how. */
static void test_stats_correct__merge(void **state)
{
	enf_stats_report *a = report(NULL, Q2, 0), *b = report(NULL, Q2, 1);

	(void)state;
	assert_int_equal(enf_stats_report_merge(a, b), ENF_EINVALID);
	assert_error_names("stats_report_merge", "restatement");
	enf_stats_report_free(a);
	enf_stats_report_free(b);
}

/* Options: version 1 values keep working (restate from the rules);
 * restate 2 is refused naming it; the rule's override. */
static void test_stats_correct__options(void **state)
{
	enf_stats_report_options o, got;
	enf_stats_report *rep = NULL;
	enf_rulebook *book = NULL;
	enf_period p = Q2;

	(void)state;
	/* Version 1: init leaves restate alone, the report takes 0. */
	memset(&o, 0x5a, sizeof(o));
	assert_int_equal(enf_stats_report_options_init(&o, 1), ENF_OK);
	assert_int_equal(o.version, 1);
	assert_int_equal(o.money_done, ENF_STATS_FROM_RULES);
	assert_int_equal(o.restate, 0x5a5a5a5a);
	assert_int_equal(enf_stats_report_new_with(&rep, "LS-01", &p, &o),
			 ENF_OK);
	assert_int_equal(enf_stats_report_options_get(&got, rep), ENF_OK);
	assert_int_equal(got.version, ENF_STATS_REPORT_OPTIONS_VERSION);
	assert_int_equal(got.restate, 0);
	enf_stats_report_free(rep);
	rep = NULL;
	/* Version 2 defaults. */
	{
		enf_stats_report_options def = ENF_STATS_REPORT_OPTIONS_INIT;

		assert_int_equal(def.version, 2);
		assert_int_equal(def.restate, ENF_STATS_FROM_RULES);
	}
	/* restate 2: refused, nothing made. */
	assert_int_equal(enf_stats_report_options_init(&o, 2), ENF_OK);
	o.restate = 2;
	assert_int_equal(enf_stats_report_new_with(&rep, "LS-01", &p, &o),
			 ENF_EINVALID);
	assert_null(rep);
	assert_error_names("stats_report_new_with", "restate is 2");
	o.restate = -2;
	assert_int_equal(enf_stats_report_new_with(&rep, "LS-01", &p, &o),
			 ENF_EINVALID);
	assert_error_names("stats_report_new_with", "restate");
	/* The rule: a rulebook may set it to 1, not to 2. */
	assert_int_equal(enf_rulebook_new(&book), ENF_OK);
	assert_int_equal(
		enf_rulebook_override(book, "VN.stats.restate_corrections none "
					    "none 2\n"),
		ENF_ERANGE);
	assert_int_equal(
		enf_rulebook_override(book, "VN.stats.restate_corrections none "
					    "none 1\n"),
		ENF_OK);
	o.restate = ENF_STATS_FROM_RULES;
	o.rulebook = book;
	assert_int_equal(enf_stats_report_new_with(&rep, "LS-01", &p, &o),
			 ENF_OK);
	assert_int_equal(enf_stats_report_options_get(&got, rep), ENF_OK);
	assert_int_equal(got.restate, 1);
	enf_stats_report_free(rep);
	enf_rulebook_free(book);
}

/* The catalogue's row: its value, citation and confidence. */
static void test_stats_correct__rule(void **state)
{
	enf_rule r;
	int64_t v = -1;

	(void)state;
	assert_int_equal(enf_rules_value(&v, &r, NULL,
					 "VN.stats.restate_corrections",
					 ymd(2026, 3, 31)),
			 ENF_OK);
	assert_int_equal(v, 0);
	assert_string_equal(r.unit, "flag");
	assert_string_equal(r.citation, "Joint Circular 12/2021/TTLT Art 10");
	assert_string_equal(r.confidence, "V");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_correct__period_recorded),
		cmocka_unit_test(test_stats_correct__restated),
		cmocka_unit_test(test_stats_correct__entered_in_error),
		cmocka_unit_test(test_stats_correct__reopened),
		cmocka_unit_test(test_stats_correct__register),
		cmocka_unit_test(test_stats_correct__forms),
		cmocka_unit_test(test_stats_correct__merge),
		cmocka_unit_test(test_stats_correct__options),
		cmocka_unit_test(test_stats_correct__rule),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
