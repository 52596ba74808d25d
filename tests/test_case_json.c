/*
 * Tests of the JSON forms of one case and of a worklist (io.h:
 * enf_case_to_json(), enf_worklist_to_json()): a case built by hand whose
 * status, sale and deadlines are worked out below, the worklist of the
 * sample register, and bad input.
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

/* Asserts that text holds want, showing the text when it does not. */
static void assert_has(const char *text, const char *want)
{
	if (strstr(text, want) == NULL)
		print_error("\"%s\" not in:\n%s\n", want, text);
	assert_non_null(strstr(text, want));
}

static void apply(enf_case *c, enf_event_kind kind, enf_date date,
		  int32_t detail, enf_money amount, int32_t asset)
{
	enf_event ev = {kind, date, detail, amount, asset};

	assert_int_equal(enf_case_apply(c, &ev), ENF_OK);
}

/*
 * A fine of 20,000,000 VND to the state budget, enforced on the agency's
 * initiative (Law 26/2008 Art 36(2)): decided 6 January 2025, notified on
 * the 7th, means found on the 17th and classified with means on the 20th;
 * 5,000,000 collected and paid out in February; a plot of land seized and
 * valued at 300,000,000; postponed on 3 March 2025 because the parties
 * agree (Art 48(1)(c)); resumed on 15 April 2025.
 */
static enf_case *fine_case(void)
{
	enf_case_info info = ENF_CASE_INFO_INIT;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Hoàng Văn A",
			    NULL};
	enf_party state = {ENF_PARTY_CREDITOR, ENF_PARTY_STATE_BUDGET,
			   "Ngân sách nhà nước", NULL};
	enf_obligation fine = {ENF_OBL_FINE, 20000000, 0, 1, 0};
	enf_asset land = {ENF_ASSET_REAL_ESTATE, "Thửa đất số 12", 0,
			  ENF_SECURITY_NONE, 0};
	enf_case *c = NULL;

	info.office = "LS-01";
	info.decision_no = "7/QĐ-THADS";
	info.decision_date = ymd(2025, 1, 6);
	info.mode = ENF_MODE_AGENCY;
	info.judgment_kind = ENF_JUDGMENT_CRIMINAL;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &state), ENF_OK);
	assert_int_equal(enf_case_add_obligation(NULL, c, &fine), ENF_OK);
	assert_int_equal(enf_case_add_asset(NULL, c, &land), ENF_OK);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 6), 0, 0, -1);
	apply(c, ENF_EV_DECISION_NOTIFIED, ymd(2025, 1, 7), 0, 0, -1);
	apply(c, ENF_EV_VERIFIED, ymd(2025, 1, 17), 1, 0, -1);
	apply(c, ENF_EV_CLASSIFIED, ymd(2025, 1, 20), 1, 0, -1);
	apply(c, ENF_EV_COLLECTED, ymd(2025, 2, 3), 0, 5000000, -1);
	apply(c, ENF_EV_ASSET_SEIZED, ymd(2025, 2, 4), 0, 0, 0);
	apply(c, ENF_EV_PAID_OUT, ymd(2025, 2, 10), 0, 5000000, -1);
	apply(c, ENF_EV_ASSET_APPRAISED, ymd(2025, 2, 20), 0, 300000000, 0);
	apply(c, ENF_EV_POSTPONED, ymd(2025, 3, 3), ENF_POSTPONE_AGREEMENT, 0,
	      -1);
	apply(c, ENF_EV_RESUMED, ymd(2025, 4, 15), 0, 0, -1);
	return c;
}

static enf_calendar *calendar(void)
{
	enf_calendar *cal = NULL;

	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	return cal;
}

/* On 31 March 2025 the case stands postponed since 3 March: owed
 * 20,000,000, collected and paid 5,000,000, so 15,000,000 outstanding; one
 * verification; the amended Law 26/2008 in force (VN-2014); an agreed
 * postponement counts with means. The land is appraised: value and
 * starting price 300,000,000. The log's ten events are all listed, the
 * resumption of 15 April included. */
static void test_case_json__status_and_history(void **state)
{
	enf_case *c = fine_case();
	enf_calendar *cal = calendar();
	char *json = NULL;
	size_t len = 0;

	(void)state;
	assert_int_equal(
		enf_case_to_json(&json, &len, c, cal, ymd(2025, 3, 31)),
		ENF_OK);
	assert_int_equal(len, strlen(json));
	assert_memory_equal(json, "{\n  \"schema\": \"enforcement-case/2\",\n",
			    36);
	assert_has(json, "\"as_of\": \"2025-03-31\"");
	assert_has(json, "\"office\": \"LS-01\"");
	assert_has(json, "\"decision_no\": \"7/QĐ-THADS\"");
	assert_has(json, "\"judgment_kind\": \"criminal\"");
	assert_has(json, "{\"kind\": \"fine\", \"amount\": 20000000, "
			 "\"debtor\": 0, \"creditor\": 1, \"joint\": false}");
	assert_has(json, "\"description\": \"Thửa đất số 12\"");
	assert_has(json, "\"status\": {\"state\": \"postponed\", \"since\": "
			 "\"2025-03-03\", \"detail\": 2, \"detail_token\": "
			 "\"agreement\"");
	assert_has(json, "\"owed\": 20000000, \"collected\": 5000000, "
			 "\"paid\": 5000000, \"outstanding\": 15000000");
	assert_has(json, "\"verifications\": 1, \"regime\": \"VN-2014\", "
			 "\"counts_with_means\": true}");
	assert_has(json, "{\"asset\": 0, \"stage\": \"appraised\", \"since\": "
			 "\"2025-02-20\", \"value\": 300000000, \"price\": "
			 "300000000, \"auctions\": 0, \"cuts\": 0");
	assert_has(json, "\"sold_on\": null, \"handed_over\": null}");
	assert_has(json,
		   "{\"seq\": 0, \"date\": \"2025-01-06\", \"kind\": "
		   "\"decision_issued\", \"detail\": 0, \"detail_token\": "
		   "null, \"amount\": 0, \"asset\": null}");
	assert_has(json, "{\"seq\": 2, \"date\": \"2025-01-17\", \"kind\": "
			 "\"verified\", \"detail\": 1, \"detail_token\": "
			 "\"with_means\"");
	assert_has(json, "{\"seq\": 5, \"date\": \"2025-02-04\", \"kind\": "
			 "\"asset_seized\", \"detail\": 0, \"detail_token\": "
			 "null, \"amount\": 0, \"asset\": 0}");
	assert_has(json, "\"kind\": \"postponed\", \"detail\": 2, "
			 "\"detail_token\": \"agreement\"");
	assert_has(json, "{\"seq\": 9, \"date\": \"2025-04-15\", \"kind\": "
			 "\"resumed\"");
	/* The facts carry no log of their own: the history is the log. */
	assert_null(strstr(json, "\"events\""));
	assert_null(strstr(json, "\"seq\": 10"));
	enf_free(json);
	enf_calendar_free(cal);
	enf_case_free(c);
}

/* On 8 January 2025 the debtor's voluntary period runs: 10 days from the
 * notice of 7 January (Law 26/2008 Art 45(1)), counted from the next day
 * (Civil Code Art 147), end on Friday 17 January 2025. The deadlines
 * written are those enf_case_deadlines() gives, in its order. */
static void test_case_json__deadlines(void **state)
{
	enf_case *c = fine_case();
	enf_calendar *cal = calendar();
	enf_deadline d[8];
	size_t n = 0;
	char *json = NULL, want[400], day[2][16];

	(void)state;
	assert_int_equal(enf_case_to_json(&json, NULL, c, cal, ymd(2025, 1, 8)),
			 ENF_OK);
	assert_has(json, "\"status\": {\"state\": \"voluntary\", \"since\": "
			 "\"2025-01-06\"");
	assert_has(json, "{\"kind\": \"voluntary_end\", \"due\": "
			 "\"2025-01-17\", \"from\": \"2025-01-07\", "
			 "\"overdue\": false");
	assert_has(json, "{\"asset\": 0, \"stage\": \"none\", \"since\": null");
	assert_int_equal(
		enf_case_deadlines(d, 8, &n, c, cal, NULL, ymd(2025, 1, 8)),
		ENF_OK);
	assert_true(n >= 1);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(
			enf_date_format(day[0], 16, d[i].due, ENF_LOCALE_EN),
			ENF_OK);
		assert_int_equal(
			enf_date_format(day[1], 16, d[i].from, ENF_LOCALE_EN),
			ENF_OK);
		(void)snprintf(want, sizeof(want),
			       "\"due\": \"%s\", \"from\": \"%s\", "
			       "\"overdue\": false, \"rule\": \"%s\", "
			       "\"source\": \"%s\"}",
			       day[0], day[1], d[i].rule, d[i].source);
		assert_has(json, want);
	}
	enf_free(json);
	/* Before the first event: no state, no deadline, the whole log. */
	assert_int_equal(enf_case_to_json(&json, NULL, c, cal, ymd(2025, 1, 1)),
			 ENF_OK);
	assert_has(json, "\"status\": {\"state\": \"none\", \"since\": null");
	assert_has(json, "\"deadlines\": []");
	assert_has(json, "{\"seq\": 9,");
	enf_free(json);
	enf_calendar_free(cal);
	enf_case_free(c);
}

static void test_case_json__bad_input(void **state)
{
	enf_case *c = fine_case();
	enf_calendar *cal = calendar();
	char *json = (char *)(uintptr_t)1;
	size_t len = 77;

	(void)state;
	assert_int_equal(enf_case_to_json(NULL, &len, c, cal, ymd(2025, 1, 8)),
			 ENF_EINVALID);
	assert_error_names("case_to_json", "out");
	assert_int_equal(
		enf_case_to_json(&json, &len, NULL, cal, ymd(2025, 1, 8)),
		ENF_EINVALID);
	assert_error_names("case_to_json", "c is NULL");
	assert_null(json);
	json = (char *)(uintptr_t)1;
	assert_int_equal(
		enf_case_to_json(&json, &len, c, NULL, ymd(2025, 1, 8)),
		ENF_EINVALID);
	assert_error_names("case_to_json", "cal is NULL");
	assert_null(json);
	assert_int_equal(enf_case_to_json(&json, &len, c, cal, ENF_DATE_NONE),
			 ENF_ERANGE);
	assert_error_names("case_to_json", "as_of");
	assert_int_equal(enf_case_to_json(&json, &len, c, cal, INT32_MAX),
			 ENF_ERANGE);
	assert_error_names("case_to_json", "as_of");
	assert_null(json);
	assert_int_equal(len, 77);
	/* The case is as it was. */
	assert_int_equal(enf_case_event_count(c), 10);
	enf_calendar_free(cal);
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* Worklist                                                                */

static enf_register *sample(void)
{
	enf_register *reg = NULL;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(reg, ENF_SAMPLE_DIR), ENF_OK);
	return reg;
}

/* The sample's LS-TP 1/QĐ-THADS was found without means on 31 December
 * 2024; without means, the debtor is verified again at least every six
 * months (Law 26/2008 Art 44(2)): by 30 June 2025, in the window of June
 * 2025 looked at from 1 June (its next verification, of 4 June, is later
 * than as_of and not looked at). */
static void test_case_json__worklist_sample(void **state)
{
	enf_register *reg = sample();
	enf_calendar *cal = calendar();
	enf_worklist_item items[800];
	size_t n = 0, overdue = 0;
	char *json = NULL, want[96];
	const char *p;

	(void)state;
	assert_int_equal(enf_register_worklist_window(
				 items, 800, &n, reg, NULL, cal, NULL,
				 ymd(2025, 6, 1), ymd(2025, 6, 30)),
			 ENF_OK);
	assert_true(n > 0);
	for (size_t i = 0; i < n; i++)
		overdue += items[i].overdue != 0;
	assert_int_equal(enf_worklist_to_json(&json, NULL, reg, items, n,
					      ymd(2025, 6, 1),
					      ymd(2025, 6, 30)),
			 ENF_OK);
	assert_memory_equal(json,
			    "{\n  \"schema\": \"enforcement-worklist/1\",\n"
			    "  \"as_of\": \"2025-06-01\",\n"
			    "  \"until\": \"2025-06-30\",\n",
			    90);
	(void)snprintf(want, sizeof(want),
		       "\"count\": %zu,\n  \"overdue\": %zu,", n, overdue);
	assert_has(json, want);
	assert_has(json,
		   "\"office\": \"LS-TP\", \"decision_no\": "
		   "\"1/QĐ-THADS\", \"state\": \"without_means\", "
		   "\"kind\": \"reverification\", \"due\": \"2025-06-30\", "
		   "\"from\": \"2024-12-31\", \"overdue\": false, "
		   "\"rule\": \"verify the debtor's means again\", "
		   "\"source\": \"Law 26/2008 Art 44(2)\"}");
	/* One line per item, in the order given. */
	p = json;
	for (size_t i = 0; i < n; i++) {
		(void)snprintf(want, sizeof(want), "{\"case_index\": %zu,",
			       items[i].case_index);
		p = strstr(p, want);
		assert_non_null(p);
		p++;
	}
	enf_free(json);
	/* No items: an empty list. */
	assert_int_equal(enf_worklist_to_json(&json, NULL, reg, NULL, 0,
					      ymd(2025, 6, 1), ymd(2025, 6, 1)),
			 ENF_OK);
	assert_has(json,
		   "\"count\": 0,\n  \"overdue\": 0,\n  \"items\": []\n}");
	enf_free(json);
	enf_calendar_free(cal);
	enf_register_free(reg);
}

static void worklist_refused(const enf_register *reg,
			     const enf_worklist_item *items, size_t count,
			     enf_date as_of, enf_date until, enf_status want,
			     const char *what)
{
	char *json = (char *)(uintptr_t)1;

	assert_int_equal(enf_worklist_to_json(&json, NULL, reg, items, count,
					      as_of, until),
			 want);
	assert_null(json);
	assert_error_names("worklist_to_json", what);
}

static void test_case_json__worklist_bad_input(void **state)
{
	enf_register *reg = sample();
	enf_date a = ymd(2025, 6, 1), u = ymd(2025, 6, 30);
	enf_worklist_item it;
	size_t n = enf_register_count(reg);
	char why[96];

	(void)state;
	memset(&it, 0, sizeof(it));
	it.case_index = 1;
	it.deadline.kind = ENF_DEADLINE_REVERIFICATION;
	it.deadline.due = ymd(2025, 6, 30);
	it.deadline.from = ymd(2024, 12, 31);
	assert_int_equal(enf_worklist_to_json(NULL, NULL, reg, &it, 1, a, u),
			 ENF_EINVALID);
	assert_error_names("worklist_to_json", "out is NULL");
	worklist_refused(NULL, &it, 1, a, u, ENF_EINVALID, "reg is NULL");
	worklist_refused(reg, NULL, 2, a, u, ENF_EINVALID,
			 "items is NULL and count is 2");
	worklist_refused(reg, &it, 1, u, a, ENF_EINVALID,
			 "until (2025-06-01) is before as_of (2025-06-30)");
	worklist_refused(reg, &it, 1, ENF_DATE_NONE, u, ENF_ERANGE, "as_of");
	worklist_refused(reg, &it, 1, a, ENF_DATE_NONE, ENF_ERANGE, "until");
	(void)snprintf(why, sizeof(why),
		       "items[0].case_index is %zu; the register holds %zu "
		       "cases",
		       n, n);
	it.case_index = n;
	worklist_refused(reg, &it, 1, a, u, ENF_ERANGE, why);
	it.case_index = 1;
	it.deadline.kind = (enf_deadline_kind)42;
	worklist_refused(reg, &it, 1, a, u, ENF_EINVALID,
			 "items[0].deadline.kind is 42");
	it.deadline.kind = ENF_DEADLINE_DECISION;
	it.deadline.due = ENF_DATE_NONE;
	worklist_refused(reg, &it, 1, a, u, ENF_ERANGE,
			 "items[0].deadline.due is no date");
	assert_int_equal(enf_register_count(reg), n);
	enf_register_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_case_json__status_and_history),
		cmocka_unit_test(test_case_json__deadlines),
		cmocka_unit_test(test_case_json__bad_input),
		cmocka_unit_test(test_case_json__worklist_sample),
		cmocka_unit_test(test_case_json__worklist_bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
