/*
 * Tests of corrections (correct.h): voiding and replacing events by seq,
 * amending facts, withdrawing a case entered in error, the case and the
 * register as known on a day, the history, and every refusal leaving the
 * case as it was.
 *
 * The case of most tests, 15/QĐ-CCTHADS of office LS-01, on request, the
 * debtor owing the creditor 100,000,000 VND:
 *   seq 0 request received    2025-11-03
 *   seq 1 decision issued     2025-11-05
 *   seq 2 classified, means   2025-12-01
 *   seq 3 collected 100 M     2026-03-27  (the receipt says 2026-04-02)
 *   seq 4 done                2026-04-03
 * The clerk replaces seq 3 by the same collection dated 2026-04-02, on
 * 2026-04-06. By hand: on 2026-03-31 the case had collected 100 M and
 * owed nothing as it was entered, and collected nothing and owed 100 M as
 * corrected; on 2026-04-03 it is done either way. As known on 2026-04-05
 * (before the correction) the log is the one entered; as known on
 * 2026-04-06 the corrected one.
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

static enf_case *new_case(const char *no)
{
	enf_case_info info;
	enf_case *c = NULL;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON,
			    "Nguyễn Văn Bìh", "012345678"};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_ORGANISATION,
			      "Công ty SOMECO1", NULL};
	enf_obligation o = {ENF_OBL_OTHER_MONEY, 100 * M, 0, 1, 0};

	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = "LS-01";
	info.decision_no = no;
	info.mode = ENF_MODE_REQUEST;
	info.court = "TAND huyện Cao Lộc";
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

static enf_case *the_case(void)
{
	enf_case *c = new_case("15/QĐ-CCTHADS");

	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 11, 3), 0, 0);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2025, 11, 5), 0, 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2025, 12, 1), 1, 0);
	ev(c, ENF_EV_COLLECTED, ymd(2026, 3, 27), 0, 100 * M);
	ev(c, ENF_EV_DONE, ymd(2026, 4, 3), 0, 0);
	return c;
}

static enf_correction replace_date(void)
{
	enf_correction k;

	assert_int_equal(enf_correction_init(&k, ENF_CORRECTION_VERSION),
			 ENF_OK);
	k.kind = ENF_CORRECT_REPLACE;
	k.recorded = ymd(2026, 4, 6);
	k.reason = "the receipt is dated 2 April";
	k.author = "Trần Thị Hoa";
	k.target = 3;
	k.event.kind = ENF_EV_COLLECTED;
	k.event.date = ymd(2026, 4, 2);
	k.event.amount = 100 * M;
	return k;
}

static enf_case_status status_on(const enf_case *c, enf_date d)
{
	enf_case_status s;

	assert_int_equal(enf_case_status_on(&s, c, d), ENF_OK);
	return s;
}

/* The case's history text, to compare a case before and after a refused
 * correction. */
static char *history(const enf_case *c)
{
	char *text = NULL;

	assert_int_equal(enf_case_history_text(&text, NULL, c), ENF_OK);
	return text;
}

static void assert_unchanged(const enf_case *c, const char *before,
			     size_t nevents)
{
	char *now = history(c);

	assert_string_equal(now, before);
	assert_int_equal(enf_case_event_count(c), nevents);
	enf_free(now);
}

static void test_correct__replace_date(void **state)
{
	enf_case *c = the_case();
	enf_correction k = replace_date(), got, before;
	enf_event e;
	size_t seq;

	(void)state;
	assert_int_equal(status_on(c, ymd(2026, 3, 31)).collected, 100 * M);
	assert_int_equal(status_on(c, ymd(2026, 3, 31)).outstanding, 0);
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	assert_int_equal(status_on(c, ymd(2026, 3, 31)).collected, 0);
	assert_int_equal(status_on(c, ymd(2026, 3, 31)).outstanding, 100 * M);
	assert_int_equal(status_on(c, ymd(2026, 4, 3)).state, ENF_STATE_DONE);
	/* The log: five events, the collection now on 2 April, seq 3. */
	assert_int_equal(enf_case_event_count(c), 5);
	assert_int_equal(enf_case_entry_count(c), 5);
	assert_int_equal(enf_case_event(&e, c, 3), ENF_OK);
	assert_int_equal(e.date, ymd(2026, 4, 2));
	assert_int_equal(enf_case_event_seq(&seq, c, 3), ENF_OK);
	assert_int_equal(seq, 3);
	/* The entry keeps what was typed in. */
	assert_int_equal(enf_case_entry(&e, c, 3), ENF_OK);
	assert_int_equal(e.date, ymd(2026, 3, 27));
	/* The record, and the value it replaced. */
	assert_int_equal(enf_case_correction_count(c), 1);
	assert_int_equal(enf_case_correction(&got, &before, c, 0), ENF_OK);
	assert_int_equal(got.kind, ENF_CORRECT_REPLACE);
	assert_string_equal(got.reason, "the receipt is dated 2 April");
	assert_string_equal(got.author, "Trần Thị Hoa");
	assert_int_equal(got.event.date, ymd(2026, 4, 2));
	assert_int_equal(before.event.date, ymd(2026, 3, 27));
	assert_int_equal(before.event.amount, 100 * M);
	assert_int_equal(enf_case_withdrawn_in_error(c), ENF_DATE_NONE);
	enf_case_free(c);
}

static void test_correct__moved_event_reorders(void **state)
{
	enf_case *c = the_case();
	enf_correction k = replace_date();
	size_t seq;
	enf_event e;

	(void)state;
	/* The collection moved to 2 December goes before nothing else
	 * (classified on 1 December) but after it: position 3 still. Moved
	 * to 1 December, it goes after the classification of that day,
	 * which was entered first. */
	k.event.date = ymd(2025, 12, 1);
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	assert_int_equal(enf_case_event(&e, c, 2), ENF_OK);
	assert_int_equal(e.kind, ENF_EV_CLASSIFIED);
	assert_int_equal(enf_case_event_seq(&seq, c, 3), ENF_OK);
	assert_int_equal(seq, 3);
	enf_case_free(c);
}

static void test_correct__void(void **state)
{
	enf_case *c = the_case();
	enf_correction k = replace_date();
	enf_event e;
	size_t seq;

	(void)state;
	/* The decision of completion was entered a case too early: void it,
	 * then the case is still being enforced. */
	k.kind = ENF_CORRECT_VOID;
	k.target = 4;
	k.reason = "entered for the wrong case";
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	assert_int_equal(enf_case_event_count(c), 4);
	assert_int_equal(enf_case_entry_count(c), 5);
	assert_int_equal(status_on(c, ymd(2026, 5, 1)).state,
			 ENF_STATE_WITH_MEANS);
	/* A new event takes seq 5. */
	ev(c, ENF_EV_DONE, ymd(2026, 5, 4), 0, 0);
	assert_int_equal(enf_case_event_seq(&seq, c, 4), ENF_OK);
	assert_int_equal(seq, 5);
	assert_int_equal(enf_case_entry(&e, c, 5), ENF_OK);
	assert_int_equal(e.date, ymd(2026, 5, 4));
	/* A voided event cannot be corrected again. */
	k.recorded = ymd(2026, 5, 5);
	assert_int_equal(enf_case_correct(c, &k), ENF_EINVALID);
	assert_error_names("case_correct", "voided on 2026-04-06");
	enf_case_free(c);
}

static void test_correct__refused_by_table(void **state)
{
	enf_case *c = the_case();
	enf_correction k = replace_date();
	char *before = history(c);

	(void)state;
	/* Moving the decision after the classification breaks the table:
	 * a received case cannot be classified. */
	k.target = 1;
	k.event.kind = ENF_EV_DECISION_ISSUED;
	k.event.amount = 0;
	k.event.date = ymd(2026, 4, 4);
	assert_int_equal(enf_case_correct(c, &k), ENF_ESTATE);
	assert_error_names("case_correct", "replacing event seq 1");
	assert_error_names("case_correct", "classified");
	assert_unchanged(c, before, 5);
	/* Voiding the collection is fine; voiding the classification under
	 * a done case is not (a case is done only once being enforced or
	 * in its voluntary period, which the request alone is not). */
	k = replace_date();
	k.kind = ENF_CORRECT_VOID;
	k.target = 1;
	assert_int_equal(enf_case_correct(c, &k), ENF_ESTATE);
	assert_error_names("case_correct", "voiding event seq 1");
	assert_unchanged(c, before, 5);
	enf_free(before);
	enf_case_free(c);
}

static void test_correct__amend_facts(void **state)
{
	enf_case *c = the_case();
	enf_correction k = replace_date(), got, before;
	enf_party p;
	enf_case *old = NULL;
	enf_case_info info;

	(void)state;
	k.kind = ENF_CORRECT_PARTY;
	k.target = 0;
	k.reason = "name mistyped";
	k.party.role = ENF_PARTY_DEBTOR;
	k.party.kind = ENF_PARTY_PERSON;
	k.party.name = "Nguyễn Văn Bình";
	k.party.id = "012345678";
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	assert_int_equal(enf_case_party(&p, c, 0), ENF_OK);
	assert_string_equal(p.name, "Nguyễn Văn Bình");
	assert_int_equal(enf_case_correction(&got, &before, c, 0), ENF_OK);
	assert_string_equal(before.party.name, "Nguyễn Văn Bìh");
	assert_string_equal(got.party.name, "Nguyễn Văn Bình");
	/* The obligation was 120 M, not 100 M: 20 M still owed. */
	k.kind = ENF_CORRECT_OBLIGATION;
	k.recorded = ymd(2026, 4, 7);
	k.reason = "the judgment says 120,000,000";
	k.obligation.kind = ENF_OBL_OTHER_MONEY;
	k.obligation.amount = 120 * M;
	k.obligation.debtor = 0;
	k.obligation.creditor = 1;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	assert_int_equal(status_on(c, ymd(2026, 4, 7)).owed, 120 * M);
	/* The court's name, keeping the rest. */
	k.kind = ENF_CORRECT_INFO;
	assert_int_equal(enf_case_info_get(&k.info, c), ENF_OK);
	k.info.court = "TAND thành phố Lạng Sơn";
	k.info.office = "LS-01"; /* the same office may be given */
	k.info.decision_no = NULL;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	assert_int_equal(enf_case_info_get(&info, c), ENF_OK);
	assert_string_equal(info.court, "TAND thành phố Lạng Sơn");
	assert_string_equal(info.decision_no, "15/QĐ-CCTHADS");
	/* As known on 6 April: the name corrected, the amount not yet. */
	assert_int_equal(enf_case_as_known(&old, c, ymd(2026, 4, 6)), ENF_OK);
	assert_int_equal(status_on(old, ymd(2026, 4, 7)).owed, 100 * M);
	assert_int_equal(enf_case_party(&p, old, 0), ENF_OK);
	assert_string_equal(p.name, "Nguyễn Văn Bình");
	assert_int_equal(enf_case_info_get(&info, old), ENF_OK);
	assert_string_equal(info.court, "TAND huyện Cao Lộc");
	assert_int_equal(enf_case_correction_count(old), 1);
	enf_case_free(old);
	enf_case_free(c);
}

static void test_correct__as_known(void **state)
{
	enf_case *c = the_case(), *v = NULL;
	enf_correction k = replace_date();
	enf_event e;

	(void)state;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	assert_int_equal(enf_case_as_known(&v, c, ymd(2026, 4, 5)), ENF_OK);
	assert_int_equal(status_on(v, ymd(2026, 3, 31)).collected, 100 * M);
	assert_int_equal(enf_case_correction_count(v), 0);
	assert_int_equal(enf_case_entry_count(v), 5);
	/* The copy is read-only. */
	e.kind = ENF_EV_PAID_OUT, e.date = ymd(2026, 4, 5), e.detail = 0;
	e.amount = M, e.asset = ENF_INDEX_NONE;
	assert_int_equal(enf_case_apply(v, &e), ENF_ESTATE);
	assert_error_names("case_apply", "as known on 2026-04-05");
	enf_case_free(v);
	/* As known on 1 April: the done event of 3 April is not there. */
	assert_int_equal(enf_case_as_known(&v, c, ymd(2026, 4, 1)), ENF_OK);
	assert_int_equal(enf_case_event_count(v), 4);
	assert_int_equal(status_on(v, ymd(2026, 4, 30)).state,
			 ENF_STATE_WITH_MEANS);
	enf_case_free(v);
	assert_int_equal(enf_case_as_known(&v, c, ymd(2026, 4, 6)), ENF_OK);
	assert_int_equal(status_on(v, ymd(2026, 3, 31)).collected, 0);
	assert_int_equal(enf_case_correction_count(v), 1);
	enf_case_free(v);
	enf_case_free(c);
}

static void test_correct__entered_in_error(void **state)
{
	enf_register *reg = NULL, *then = NULL;
	enf_case *c = the_case(), *twin = new_case("16/QĐ-CCTHADS");
	enf_correction k = replace_date();
	size_t idx[4], n = 0;
	enf_work_item items[8];
	enf_calendar *cal = NULL;

	(void)state;
	ev(twin, ENF_EV_REQUEST_RECEIVED, ymd(2025, 11, 3), 0, 0);
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	assert_int_equal(enf_register_add(reg, twin), ENF_OK);
	k.kind = ENF_CORRECT_ENTERED_IN_ERROR;
	k.reason = "the same request entered twice (see 15/QĐ-CCTHADS)";
	k.recorded = ymd(2025, 11, 10);
	assert_int_equal(enf_register_correct(reg, 1, &k), ENF_OK);
	assert_int_equal(enf_case_withdrawn_in_error(twin), ymd(2025, 11, 10));
	assert_int_equal(enf_case_event_count(twin), 0);
	assert_int_equal(enf_register_filter(idx, 4, &n, reg, NULL), ENF_OK);
	assert_int_equal(n, 1);
	assert_int_equal(idx[0], 0);
	/* No deadline of it on the worklist (the decision on its request
	 * would be due); the other case's verification is. */
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	assert_int_equal(enf_register_worklist(items, 8, &n, reg, NULL, cal,
					       NULL, ymd(2026, 12, 31)),
			 ENF_OK);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(items[i].case_index, 0);
	enf_calendar_free(cal);
	/* It takes nothing more. */
	k.recorded = ymd(2025, 11, 11);
	assert_int_equal(enf_register_correct(reg, 1, &k), ENF_ESTATE);
	assert_error_names("register_correct", "index 1");
	assert_error_names("register_correct", "entered in error");
	/* As known on 9 November, it was there. */
	assert_int_equal(enf_register_as_known(&then, reg, ymd(2025, 11, 9)),
			 ENF_OK);
	assert_int_equal(enf_register_filter(idx, 4, &n, then, NULL), ENF_OK);
	assert_int_equal(n, 2);
	enf_register_free(then);
	enf_register_free(reg);
}

static void test_correct__register_copy_on_write(void **state)
{
	enf_register *reg = NULL, *snap = NULL, *known = NULL;
	enf_case *c = the_case(), *seen = NULL;
	enf_correction k = replace_date();
	enf_case_status s;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	assert_int_equal(enf_register_snapshot(&snap, reg), ENF_OK);
	/* The shared case refuses a correction in place. */
	assert_int_equal(enf_case_correct(c, &k), ENF_ESTATE);
	assert_error_names("case_correct", "shared with a snapshot");
	assert_int_equal(enf_register_correct(reg, 0, &k), ENF_OK);
	assert_int_equal(enf_register_at(&seen, snap, 0), ENF_OK);
	assert_int_equal(enf_case_status_on(&s, seen, ymd(2026, 3, 31)),
			 ENF_OK);
	assert_int_equal(s.collected, 100 * M); /* the snapshot's old case */
	assert_int_equal(enf_register_at(&seen, reg, 0), ENF_OK);
	assert_int_equal(enf_case_status_on(&s, seen, ymd(2026, 3, 31)),
			 ENF_OK);
	assert_int_equal(s.collected, 0);
	/* The register as known before the correction, and after it. */
	assert_int_equal(enf_register_as_known(&known, reg, ymd(2026, 4, 5)),
			 ENF_OK);
	assert_true(enf_register_is_snapshot(known));
	assert_int_equal(enf_register_at(&seen, known, 0), ENF_OK);
	assert_int_equal(status_on(seen, ymd(2026, 3, 31)).collected, 100 * M);
	assert_int_equal(enf_register_correct(known, 0, &k), ENF_ESTATE);
	enf_register_free(known);
	assert_int_equal(enf_register_as_known(&known, reg, ymd(2026, 12, 1)),
			 ENF_OK);
	assert_int_equal(enf_register_at(&seen, known, 0), ENF_OK);
	assert_int_equal(status_on(seen, ymd(2026, 3, 31)).collected, 0);
	enf_register_free(known);
	enf_register_free(snap);
	/* Unshared now: corrected in place. */
	assert_int_equal(enf_register_at(&c, reg, 0), ENF_OK);
	k.kind = ENF_CORRECT_VOID;
	k.target = 4;
	k.recorded = ymd(2026, 4, 8);
	assert_int_equal(enf_register_correct(reg, 0, &k), ENF_OK);
	assert_int_equal(enf_register_at(&seen, reg, 0), ENF_OK);
	assert_ptr_equal(seen, c);
	assert_int_equal(enf_case_event_count(c), 4);
	enf_register_free(reg);
}

static void test_correct__history_text(void **state)
{
	enf_case *c = the_case();
	enf_correction k = replace_date();
	char *text = NULL;
	size_t len = 0;

	(void)state;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	assert_int_equal(enf_case_history_text(&text, &len, c), ENF_OK);
	assert_int_equal(strlen(text), len);
	assert_non_null(strstr(text, "5 events entered, 5 in the log, 1 "
				     "corrections"));
	assert_non_null(strstr(text, "  seq 3  collected  2026-03-27  "
				     "100,000,000 VND\n"));
	assert_non_null(strstr(text, "      replaced on 2026-04-06 by Trần "
				     "Thị Hoa: the receipt is dated 2 April\n"
				     "        now: collected  2026-04-02  "
				     "100,000,000 VND\n"));
	enf_free(text);
	enf_case_free(c);
}

static void test_correct__history_of_amendments(void **state)
{
	enf_case *c = the_case();
	enf_correction k = replace_date();
	enf_asset a = {ENF_ASSET_REAL_ESTATE, "Nhà số 5, Cao Lộc", 0,
		       ENF_SECURITY_NONE, 0};
	char *text = NULL;

	(void)state;
	assert_int_equal(enf_case_add_asset(NULL, c, &a), ENF_OK);
	/* Without an author; an asset amended; the facts; an obligation. */
	k.author = NULL;
	k.kind = ENF_CORRECT_ASSET;
	k.target = 0;
	k.asset = a;
	k.asset.description = "Nhà số 15, Cao Lộc";
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	k.kind = ENF_CORRECT_INFO;
	assert_int_equal(enf_case_info_get(&k.info, c), ENF_OK);
	k.info.judgment_no = "12/2025/DS-ST";
	k.info.mode = ENF_MODE_AGENCY;
	k.info.office = NULL, k.info.decision_no = NULL;
	/* An agency case does not start with a request: refused. */
	assert_int_equal(enf_case_correct(c, &k), ENF_ESTATE);
	k.info.mode = ENF_MODE_REQUEST;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	k.kind = ENF_CORRECT_OBLIGATION;
	k.obligation.kind = ENF_OBL_OTHER_MONEY;
	k.obligation.amount = 110 * M;
	k.obligation.debtor = 0;
	k.obligation.creditor = 1;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	assert_int_equal(enf_case_history_text(&text, NULL, c), ENF_OK);
	assert_non_null(strstr(text,
			       "  asset 0 amended on 2026-04-06: the "
			       "receipt is dated 2 April\n"
			       "      was: Nhà số 5, Cao Lộc, owner 0\n"
			       "      now: Nhà số 15, Cao Lộc, owner 0\n"));
	assert_non_null(strstr(text, "judgment 12/2025/DS-ST of TAND huyện "
				     "Cao Lộc"));
	assert_non_null(strstr(text, "now: kind 6, 110,000,000 VND, debtor 0, "
				     "creditor 1"));
	assert_non_null(strstr(text, "  seq 2  classified  2025-12-01  "
				     "detail 1\n"));
	enf_free(text);
	/* The creditor's id, and facts without court or judgment number. */
	k.kind = ENF_CORRECT_PARTY;
	k.target = 1;
	k.party.role = ENF_PARTY_CREDITOR;
	k.party.kind = ENF_PARTY_ORGANISATION;
	k.party.name = "Công ty SOMECO1";
	k.party.id = "4900100251";
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	k.kind = ENF_CORRECT_INFO;
	assert_int_equal(enf_case_info_get(&k.info, c), ENF_OK);
	k.info.court = NULL;
	k.info.judgment_no = NULL;
	k.info.office = NULL, k.info.decision_no = NULL;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	assert_int_equal(enf_case_history_text(&text, NULL, c), ENF_OK);
	assert_non_null(strstr(text, "now: creditor Công ty SOMECO1 "
				     "(4900100251)"));
	assert_non_null(strstr(text, "request, judgment - of -"));
	enf_free(text);
	/* Withdrawn in error, then shown. */
	k.kind = ENF_CORRECT_ENTERED_IN_ERROR;
	k.author = "Trần Thị Hoa";
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	assert_int_equal(enf_case_history_text(&text, NULL, c), ENF_OK);
	assert_non_null(strstr(text, "  withdrawn as entered in error on "
				     "2026-04-06 by Trần Thị Hoa"));
	enf_free(text);
	enf_case_free(c);
}

static void test_correct__bad_input(void **state)
{
	enf_case *c = the_case(), *v = NULL;
	enf_correction k = replace_date(), out;
	enf_register *reg = NULL;
	char *before = history(c);
	enf_event e;
	size_t seq;

	(void)state;
	assert_int_equal(enf_correction_init(NULL, 1), ENF_EINVALID);
	assert_int_equal(enf_correction_init(&k, 2), ENF_EVERSION);
	assert_error_names("correction_init", "version");
	k = replace_date();
	assert_int_equal(enf_case_correct(NULL, &k), ENF_EINVALID);
	assert_int_equal(enf_case_correct(c, NULL), ENF_EINVALID);
	assert_error_names("case_correct", "corr");
	k.version = 7;
	assert_int_equal(enf_case_correct(c, &k), ENF_EVERSION);
	k = replace_date();
	k.kind = (enf_correction_kind)99;
	assert_int_equal(enf_case_correct(c, &k), ENF_EINVALID);
	assert_error_names("case_correct", "kind is 99");
	k = replace_date();
	k.recorded = ENF_DATE_NONE;
	assert_int_equal(enf_case_correct(c, &k), ENF_ERANGE);
	assert_error_names("case_correct", "recorded");
	k = replace_date();
	k.reason = "";
	assert_int_equal(enf_case_correct(c, &k), ENF_EINVALID);
	assert_error_names("case_correct", "reason");
	k = replace_date();
	k.reason = NULL;
	assert_int_equal(enf_case_correct(c, &k), ENF_EINVALID);
	assert_error_names("case_correct", "reason");
	k = replace_date();
	k.event.date = ENF_DATE_NONE;
	assert_int_equal(enf_case_correct(c, &k), ENF_ERANGE);
	assert_error_names("case_correct", "event.date");
	k = replace_date();
	k.target = 5;
	assert_int_equal(enf_case_correct(c, &k), ENF_EINVALID);
	assert_error_names("case_correct", "no event seq 5");
	k = replace_date();
	k.recorded = ymd(2026, 3, 26);
	k.event.date = ymd(2026, 3, 20);
	assert_int_equal(enf_case_correct(c, &k), ENF_ESTATE);
	assert_error_names("case_correct", "before the event it corrects");
	k = replace_date();
	k.event.date = ymd(2026, 4, 7);
	assert_int_equal(enf_case_correct(c, &k), ENF_EINVALID);
	assert_error_names("case_correct", "event.date is 2026-04-07");
	k = replace_date();
	k.event.amount = -5;
	assert_int_equal(enf_case_correct(c, &k), ENF_EINVALID);
	assert_error_names("case_correct", "replacing event seq 3");
	k = replace_date();
	k.kind = ENF_CORRECT_PARTY;
	k.target = 2;
	assert_int_equal(enf_case_correct(c, &k), ENF_EINVALID);
	assert_error_names("case_correct", "no party 2");
	k.target = 1;
	k.party.name = ""; /* the model refuses an empty name */
	assert_int_equal(enf_case_correct(c, &k), ENF_EINVALID);
	assert_error_names("case_correct", "name is empty");
	/* The creditor made a debtor: the obligation's creditor is then no
	 * creditor party. */
	k.party.name = "Công ty SOMECO1";
	k.party.role = ENF_PARTY_DEBTOR;
	assert_int_equal(enf_case_correct(c, &k), ENF_EINVALID);
	assert_error_names("case_correct", "amending party 1");
	k.kind = ENF_CORRECT_INFO;
	assert_int_equal(enf_case_info_get(&k.info, c), ENF_OK);
	k.info.decision_no = "99/QĐ";
	assert_int_equal(enf_case_correct(c, &k), ENF_EINVALID);
	assert_error_names("case_correct", "info.decision_no");
	assert_unchanged(c, before, 5);
	/* Corrections come in date order. */
	k = replace_date();
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	k.recorded = ymd(2026, 4, 5);
	k.event.date = ymd(2026, 4, 1);
	assert_int_equal(enf_case_correct(c, &k), ENF_ESTATE);
	assert_error_names("case_correct", "2026-04-05, before 2026-04-06");
	/* Reads. */
	assert_int_equal(enf_case_correction(&out, NULL, c, 1), ENF_ERANGE);
	assert_error_names("case_correction", "i is 1");
	assert_int_equal(enf_case_correction(NULL, NULL, c, 0), ENF_EINVALID);
	assert_int_equal(enf_case_entry(&e, c, 5), ENF_ERANGE);
	assert_error_names("case_entry", "seq is 5");
	assert_int_equal(enf_case_entry(NULL, c, 0), ENF_EINVALID);
	assert_int_equal(enf_case_event_seq(&seq, c, 5), ENF_ERANGE);
	assert_error_names("case_event_seq", "i is 5");
	assert_int_equal(enf_case_event_seq(NULL, c, 0), ENF_EINVALID);
	assert_int_equal(enf_case_correction_count(NULL), 0);
	assert_int_equal(enf_case_entry_count(NULL), 0);
	assert_int_equal(enf_case_withdrawn_in_error(NULL), ENF_DATE_NONE);
	assert_int_equal(enf_case_as_known(&v, c, ENF_DATE_NONE), ENF_ERANGE);
	assert_error_names("case_as_known", "known");
	assert_null(v);
	assert_int_equal(enf_case_as_known(&v, NULL, ymd(2026, 1, 1)),
			 ENF_EINVALID);
	assert_int_equal(enf_case_history_text(NULL, NULL, c), ENF_EINVALID);
	{
		char *t = NULL;
		enf_register *r = NULL;

		assert_int_equal(enf_case_history_text(&t, NULL, NULL),
				 ENF_EINVALID);
		assert_null(t);
		assert_int_equal(enf_case_correction(&out, NULL, NULL, 0),
				 ENF_EINVALID);
		assert_int_equal(enf_case_entry(&e, NULL, 0), ENF_EINVALID);
		assert_int_equal(enf_case_event_seq(&seq, NULL, 0),
				 ENF_EINVALID);
		assert_int_equal(enf_case_as_known(NULL, c, ymd(2026, 1, 1)),
				 ENF_EINVALID);
		assert_int_equal(
			enf_register_as_known(&r, NULL, ymd(2026, 1, 1)),
			ENF_EINVALID);
		assert_null(r);
	}
	assert_string_equal(enf_correction_kind_name(ENF_CORRECT_REPLACE),
			    "replace");
	assert_string_equal(
		enf_correction_kind_name(ENF_CORRECT_ENTERED_IN_ERROR),
		"entered_in_error");
	assert_string_equal(enf_correction_kind_name((enf_correction_kind)7),
			    "unknown");
	/* The register's. */
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_register_correct(reg, 0, &k), ENF_ERANGE);
	assert_error_names("register_correct", "index is 0");
	assert_int_equal(enf_register_correct(NULL, 0, &k), ENF_EINVALID);
	assert_int_equal(enf_register_correct(reg, 0, NULL), ENF_EINVALID);
	assert_int_equal(enf_register_as_known(NULL, reg, ymd(2026, 1, 1)),
			 ENF_EINVALID);
	assert_int_equal(enf_register_as_known(NULL, NULL, 0), ENF_EINVALID);
	enf_register_free(reg);
	enf_free(before);
	enf_case_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_correct__replace_date),
		cmocka_unit_test(test_correct__moved_event_reorders),
		cmocka_unit_test(test_correct__void),
		cmocka_unit_test(test_correct__refused_by_table),
		cmocka_unit_test(test_correct__amend_facts),
		cmocka_unit_test(test_correct__as_known),
		cmocka_unit_test(test_correct__entered_in_error),
		cmocka_unit_test(test_correct__register_copy_on_write),
		cmocka_unit_test(test_correct__history_text),
		cmocka_unit_test(test_correct__history_of_amendments),
		cmocka_unit_test(test_correct__bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
