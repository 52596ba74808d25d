/*
 * Tests of io.h: enum tokens, the five CSV files and the JSON document,
 * round trips through both, and refusals that name file, line and field
 * and leave the register unchanged.
 *
 * Expected texts are written by hand from the contract in io.h; event logs
 * follow the transition table of case.c (2025 dates fall under the 2014
 * regime, dates from 2026-07-01 under the 2026 one).
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp, rmdir */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <enforcement.h>

#include "test_helpers.h"

#define NONE ENF_INDEX_NONE

/* ---------------------------------------------------------------------- */
/* Building cases                                                          */

static enf_case *new_case(const char *office, const char *no, enf_date ddate,
			  enf_mode mode, const char *court, const char *jno,
			  enf_date jeff, enf_judgment_kind kind, unsigned flags)
{
	enf_case_info info;
	enf_case *c = NULL;

	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = office, info.decision_no = no;
	info.decision_date = ddate, info.mode = mode;
	info.court = court, info.judgment_no = jno;
	info.judgment_effective = jeff, info.judgment_kind = kind;
	info.flags = flags;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	return c;
}

static void party(enf_case *c, enf_party_role role, enf_party_kind kind,
		  const char *name, const char *id)
{
	enf_party p = {role, kind, name, id};

	assert_int_equal(enf_case_add_party(NULL, c, &p), ENF_OK);
}

static void obligation(enf_case *c, enf_obligation_kind kind, enf_money amt,
		       int32_t debtor, int32_t creditor, int joint)
{
	enf_obligation o = {kind, amt, debtor, creditor, joint};

	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
}

static void asset(enf_case *c, enf_asset_kind kind, const char *desc,
		  int32_t owner, enf_security sec, enf_money secured)
{
	enf_asset a = {kind, desc, owner, sec, secured};

	assert_int_equal(enf_case_add_asset(NULL, c, &a), ENF_OK);
}

static void event(enf_case *c, enf_event_kind kind, enf_date date,
		  int32_t detail, enf_money amount, int32_t asset_index)
{
	enf_event ev = {kind, date, detail, amount, asset_index};

	assert_int_equal(enf_case_apply(c, &ev), ENF_OK);
}

/* Case A: every entity and a long log through postponement, suspension,
 * two auctions, collection and payment, to done. */
static enf_case *case_a(void)
{
	enf_case *c = new_case(
		"LS-01", "15/Q\xc4\x90-THADS", ymd(2025, 1, 6),
		ENF_MODE_REQUEST,
		"T\xc3\xb2"
		"a \xc3\xa1n nh\xc3\xa2n d\xc3\xa2n TP L\xe1\xba\xa1ng "
		"S\xc6\xa1n",
		"12/2024/DS-ST", ymd(2024, 12, 20), ENF_JUDGMENT_CIVIL, 0);

	party(c, ENF_PARTY_DEBTOR, ENF_PARTY_PERSON,
	      "Nguy\xe1\xbb\x85n V\xc4\x83n \xc3\x81nh", "020085001234");
	party(c, ENF_PARTY_DEBTOR, ENF_PARTY_ORGANISATION,
	      "C\xc3\xb4ng ty Ho\xc3\xa0ng Long, chi nh\xc3\xa1nh "
	      "\"\xc4\x90\xc3"
	      "\xb4ng B\xe1\xba\xaf"
	      "c\"",
	      NULL);
	party(c, ENF_PARTY_CREDITOR, ENF_PARTY_ORGANISATION,
	      "Ng\xc3\xa2n h\xc3\xa0ng TMCP \xc3\x81 Ch\xc3\xa2u",
	      "0301452948");
	party(c, ENF_PARTY_CREDITOR, ENF_PARTY_STATE_BUDGET,
	      "Ng\xc3\xa2n s\xc3\xa1"
	      "ch nh\xc3\xa0 n\xc6\xb0\xe1\xbb\x9b"
	      "c",
	      NULL);
	obligation(c, ENF_OBL_BANK_CREDIT, 1250000000, 0, 2, 1);
	obligation(c, ENF_OBL_COURT_FEE, 46000000, 0, 3, 0);
	obligation(c, ENF_OBL_HAND_OVER, 0, 1, 2, 0);
	obligation(c, ENF_OBL_FINE, 5000000, 0, NONE, 0);
	asset(c, ENF_ASSET_REAL_ESTATE,
	      "Th\xe1\xbb\xad"
	      "a 45, t\xe1\xbb\x9d 12",
	      0, ENF_SECURITY_MORTGAGE, 800000000);
	asset(c, ENF_ASSET_MOVABLE,
	      "Xe Toyota Vios\nbi\xe1\xbb\x83n 12A-345.67", 0,
	      ENF_SECURITY_NONE, 0);
	asset(c, ENF_ASSET_ACCOUNT, "T\xc3\xa0i kho\xe1\xba\xa3n 0123456789", 1,
	      ENF_SECURITY_PLEDGE, 10000000);
	event(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 2), 0, 0, NONE);
	event(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 6), 0, 0, NONE);
	event(c, ENF_EV_DECISION_NOTIFIED, ymd(2025, 1, 8), 0, 0, NONE);
	event(c, ENF_EV_VERIFIED, ymd(2025, 1, 20), 0, 0, NONE);
	event(c, ENF_EV_CLASSIFIED, ymd(2025, 2, 3), 1, 0, NONE);
	event(c, ENF_EV_ASSET_SEIZED, ymd(2025, 2, 10), 0, 0, 0);
	event(c, ENF_EV_POSTPONED, ymd(2025, 2, 20), ENF_POSTPONE_AGREEMENT, 0,
	      NONE);
	event(c, ENF_EV_RESUMED, ymd(2025, 3, 20), 0, 0, NONE);
	event(c, ENF_EV_ASSET_APPRAISED, ymd(2025, 4, 1), 0, 1100000000, 0);
	event(c, ENF_EV_ASSET_AUCTIONED, ymd(2025, 5, 5), 0, 0, 0);
	event(c, ENF_EV_ASSET_AUCTIONED, ymd(2025, 6, 2), 0, 990000000, 0);
	event(c, ENF_EV_COLLECTED, ymd(2025, 6, 10), 0, 990000000, NONE);
	event(c, ENF_EV_PAID_OUT, ymd(2025, 6, 15), 0, 800000000, NONE);
	event(c, ENF_EV_ASSET_SEIZED, ymd(2025, 6, 20), 0, 0, 1);
	event(c, ENF_EV_SUSPENDED, ymd(2025, 7, 1), ENF_SUSPEND_PROTEST, 0,
	      NONE);
	event(c, ENF_EV_RESUMED, ymd(2025, 8, 1), 0, 0, NONE);
	event(c, ENF_EV_COLLECTED, ymd(2025, 8, 15), 0, 306000000, NONE);
	event(c, ENF_EV_PAID_OUT, ymd(2025, 8, 20), 0, 496000000, NONE);
	event(c, ENF_EV_DONE, ymd(2025, 9, 1), 0, 0, NONE);
	return c;
}

#define A_EVENTS 19

/* The fixture: case A, an agency criminal case through the separate book
 * to termination, a 2026 case whose request is returned, and a bare one. */
static enf_register *fixture(void)
{
	enf_register *reg = NULL;
	enf_case *c;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_register_add(reg, case_a()), ENF_OK);
	c = new_case("LS-01", "7/Q\xc4\x90-CTHADS", ENF_DATE_NONE,
		     ENF_MODE_AGENCY, NULL, NULL, ENF_DATE_NONE,
		     ENF_JUDGMENT_CRIMINAL,
		     ENF_CASE_CORRUPTION | ENF_CASE_PRISONER);
	party(c, ENF_PARTY_DEBTOR, ENF_PARTY_PERSON,
	      "Tr\xe1\xba\xa7n Th\xe1\xbb\x8b B\xc3\xad"
	      "ch Ng\xe1\xbb\x8d"
	      "c",
	      "");
	party(c, ENF_PARTY_CREDITOR, ENF_PARTY_STATE_BUDGET, "NSNN", NULL);
	obligation(c, ENF_OBL_UNLAWFUL_GAIN, 3000000000, 0, 1, 0);
	event(c, ENF_EV_DECISION_ISSUED, ymd(2024, 3, 4), 0, 0, NONE);
	event(c, ENF_EV_VERIFIED, ymd(2024, 4, 1), 0, 0, NONE);
	event(c, ENF_EV_CLASSIFIED, ymd(2024, 4, 15), 0, 0, NONE);
	event(c, ENF_EV_SEPARATE_BOOK, ymd(2024, 10, 15), 0, 0, NONE);
	event(c, ENF_EV_VERIFIED, ymd(2025, 3, 3), 1, 0, NONE);
	event(c, ENF_EV_POSTPONED, ymd(2025, 3, 10), ENF_POSTPONE_ILLNESS, 0,
	      NONE);
	event(c, ENF_EV_TERMINATED, ymd(2025, 5, 1), ENF_TERMINATE_DEBTOR_DIED,
	      0, NONE);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	c = new_case("HN-03", "120/Q\xc4\x90-CCTHADS", ymd(2026, 7, 3),
		     ENF_MODE_REQUEST, "TAND H\xc3\xa0 N\xe1\xbb\x99i",
		     "3/L\xc4\x90", ymd(2026, 6, 1), ENF_JUDGMENT_LABOUR,
		     ENF_CASE_UNKNOWN_ADDRESS);
	party(c, ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
	      "L\xc3\xaa Th\xe1\xbb\x8b "
	      "H\xe1\xbb\x93ng Nhung",
	      NULL);
	party(c, ENF_PARTY_DEBTOR, ENF_PARTY_ORGANISATION,
	      "May H\xc6\xb0ng Y"
	      "\xc3\xaan",
	      "0900123456");
	obligation(c, ENF_OBL_WAGES_HARM, 85500000, 1, 0, 0);
	obligation(c, ENF_OBL_PERFORM_ACT, 0, 1, 0, 0);
	asset(c, ENF_ASSET_RIGHT,
	      "Ph\xe1\xba\xa7n v\xe1\xbb\x91n g\xc3\xb3p 30%", 1,
	      ENF_SECURITY_NONE, 0);
	event(c, ENF_EV_REQUEST_RECEIVED, ymd(2026, 7, 1), 0, 0, NONE);
	event(c, ENF_EV_DECISION_ISSUED, ymd(2026, 7, 3), 0, 0, NONE);
	event(c, ENF_EV_DECISION_NOTIFIED, ymd(2026, 7, 6), 0, 0, NONE);
	event(c, ENF_EV_CLASSIFIED, ymd(2026, 7, 21), 0, 0, NONE);
	event(c, ENF_EV_REQUEST_RETURNED, ymd(2026, 9, 1), 0, 0, NONE);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	c = new_case("HN-03", "1/Q\xc4\x90", ENF_DATE_NONE, ENF_MODE_AGENCY,
		     "T\xc3\xb2"
		     "a \"H\xc3\xa0 N\xe1\xbb\x99i\", ph\xc3\xba"
		     "c "
		     "th\xe1\xba\xa9m",
		     "", ENF_DATE_NONE, ENF_JUDGMENT_ADMINISTRATIVE, 0);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	return reg;
}

#define FIXTURE_CASES 4

/* ---------------------------------------------------------------------- */
/* Comparing registers                                                     */

static void assert_text(const char *a, const char *b)
{
	assert_string_equal(a != NULL ? a : "", b != NULL ? b : "");
}

static void assert_same_info(const enf_case *a, const enf_case *b)
{
	enf_case_info x, y;

	assert_int_equal(enf_case_get_info(&x, a), ENF_OK);
	assert_int_equal(enf_case_get_info(&y, b), ENF_OK);
	assert_string_equal(x.office, y.office);
	assert_string_equal(x.decision_no, y.decision_no);
	assert_int_equal(x.decision_date, y.decision_date);
	assert_int_equal(x.mode, y.mode);
	assert_text(x.court, y.court);
	assert_text(x.judgment_no, y.judgment_no);
	assert_int_equal(x.judgment_effective, y.judgment_effective);
	assert_int_equal(x.judgment_kind, y.judgment_kind);
	assert_int_equal(x.flags, y.flags);
}

static void assert_same_entities(const enf_case *a, const enf_case *b)
{
	assert_int_equal(enf_case_party_count(a), enf_case_party_count(b));
	for (size_t i = 0; i < enf_case_party_count(a); i++) {
		enf_party x, y;

		assert_int_equal(enf_case_party(&x, a, i), ENF_OK);
		assert_int_equal(enf_case_party(&y, b, i), ENF_OK);
		assert_int_equal(x.role, y.role);
		assert_int_equal(x.kind, y.kind);
		assert_string_equal(x.name, y.name);
		assert_text(x.id, y.id); /* an empty id reads back as none */
	}
	assert_int_equal(enf_case_obligation_count(a),
			 enf_case_obligation_count(b));
	for (size_t i = 0; i < enf_case_obligation_count(a); i++) {
		enf_obligation x, y;

		assert_int_equal(enf_case_obligation(&x, a, i), ENF_OK);
		assert_int_equal(enf_case_obligation(&y, b, i), ENF_OK);
		assert_int_equal(x.kind, y.kind);
		assert_int_equal(x.amount, y.amount);
		assert_int_equal(x.debtor, y.debtor);
		assert_int_equal(x.creditor, y.creditor);
		assert_int_equal(x.joint, y.joint);
	}
	assert_int_equal(enf_case_asset_count(a), enf_case_asset_count(b));
	for (size_t i = 0; i < enf_case_asset_count(a); i++) {
		enf_asset x, y;

		assert_int_equal(enf_case_asset(&x, a, i), ENF_OK);
		assert_int_equal(enf_case_asset(&y, b, i), ENF_OK);
		assert_int_equal(x.kind, y.kind);
		assert_string_equal(x.description, y.description);
		assert_int_equal(x.owner, y.owner);
		assert_int_equal(x.security, y.security);
		assert_int_equal(x.secured_amount, y.secured_amount);
	}
}

static void assert_same_events(const enf_case *a, const enf_case *b)
{
	assert_int_equal(enf_case_event_count(a), enf_case_event_count(b));
	for (size_t i = 0; i < enf_case_event_count(a); i++) {
		enf_event x, y;

		assert_int_equal(enf_case_event(&x, a, i), ENF_OK);
		assert_int_equal(enf_case_event(&y, b, i), ENF_OK);
		assert_int_equal(x.kind, y.kind);
		assert_int_equal(x.date, y.date);
		assert_int_equal(x.detail, y.detail);
		assert_int_equal(x.amount, y.amount);
		assert_int_equal(x.asset, y.asset);
	}
}

/* The cases of a from index `from` of b on, in the same order. */
static void assert_same_cases(const enf_register *a, const enf_register *b,
			      size_t from)
{
	assert_int_equal(enf_register_count(b), from + enf_register_count(a));
	for (size_t i = 0; i < enf_register_count(a); i++) {
		enf_case *x = NULL, *y = NULL;

		assert_int_equal(enf_register_at(&x, a, i), ENF_OK);
		assert_int_equal(enf_register_at(&y, b, from + i), ENF_OK);
		assert_same_info(x, y);
		assert_same_entities(x, y);
		assert_same_events(x, y);
	}
}

/* The five CSV texts of a register. */
typedef struct csv_set {
	char *text[ENF_IO_ENTITY_COUNT];
} csv_set;

static csv_set export_all(const enf_register *reg)
{
	csv_set s;

	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++) {
		size_t len = 0;

		assert_int_equal(enf_io_export_csv(&s.text[e], &len, reg,
						   (enf_io_entity)e),
				 ENF_OK);
		assert_int_equal(len, strlen(s.text[e]));
	}
	return s;
}

static void free_all(csv_set *s)
{
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		enf_io_free(s->text[e]);
}

static enf_status import_set(enf_register *reg, const csv_set *s)
{
	return enf_io_import_csv(reg, s->text[0], s->text[1], s->text[2],
				 s->text[3], s->text[4]);
}

/* Asserts a refusal: status, message prefix "file:line: field", and the
 * fixture register untouched. */
static void assert_refused(const enf_register *reg, enf_status got,
			   enf_status want, const char *prefix, const char *why)
{
	enf_case *c = NULL;

	if (strncmp(enf_last_error(), prefix, strlen(prefix)) != 0 ||
	    strstr(enf_last_error(), why) == NULL)
		print_error("message: %s\nwanted:  %s ... %s\n",
			    enf_last_error(), prefix, why);
	assert_int_equal(got, want);
	assert_int_equal(enf_last_status(), want);
	assert_int_equal(strncmp(enf_last_error(), prefix, strlen(prefix)), 0);
	assert_non_null(strstr(enf_last_error(), why));
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES);
	assert_int_equal(
		enf_register_find(&c, reg, "LS-01", "15/Q\xc4\x90-THADS"),
		ENF_OK);
	assert_int_equal(enf_case_event_count(c), A_EVENTS);
}

/* ---------------------------------------------------------------------- */
/* Tokens                                                                  */

static void assert_token(enf_io_enum family, int value, const char *token)
{
	int back = -99;

	assert_string_equal(enf_io_token(family, value), token);
	assert_int_equal(enf_io_value(&back, family, token), ENF_OK);
	assert_int_equal(back, value);
}

static void test_io__tokens(void **state)
{
	static const int counts[] = {
		2, 6, 2, 3, 10, 4, 3, ENF_EV_COUNT, ENF_STATE_COUNT};

	(void)state;
	assert_token(ENF_IO_ENUM_MODE, ENF_MODE_AGENCY, "agency");
	assert_token(ENF_IO_ENUM_MODE, ENF_MODE_REQUEST, "request");
	assert_token(ENF_IO_ENUM_JUDGMENT_KIND, ENF_JUDGMENT_CIVIL, "civil");
	assert_token(ENF_IO_ENUM_JUDGMENT_KIND, ENF_JUDGMENT_BANKRUPTCY,
		     "bankruptcy");
	assert_token(ENF_IO_ENUM_PARTY_ROLE, ENF_PARTY_CREDITOR, "creditor");
	assert_token(ENF_IO_ENUM_PARTY_KIND, ENF_PARTY_STATE_BUDGET,
		     "state_budget");
	assert_token(ENF_IO_ENUM_OBLIGATION, ENF_OBL_BANK_CREDIT,
		     "bank_credit");
	assert_token(ENF_IO_ENUM_OBLIGATION, ENF_OBL_STOP_ACT, "stop_act");
	assert_token(ENF_IO_ENUM_ASSET_KIND, ENF_ASSET_ACCOUNT, "account");
	assert_token(ENF_IO_ENUM_SECURITY, ENF_SECURITY_PLEDGE, "pledge");
	assert_token(ENF_IO_ENUM_EVENT, ENF_EV_DECISION_ISSUED,
		     "decision_issued");
	assert_token(ENF_IO_ENUM_EVENT, ENF_EV_DECISION_WITHDRAWN,
		     "decision_withdrawn");
	assert_token(ENF_IO_ENUM_EVENT, ENF_EV_OBLIGATION_REDUCED,
		     "obligation_reduced");
	assert_token(ENF_IO_ENUM_STATE, ENF_STATE_WITH_MEANS, "with_means");
	assert_token(ENF_IO_ENUM_STATE, ENF_STATE_NONE, "none");
	assert_token(ENF_IO_ENUM_FLAG, ENF_CASE_CORRUPTION, "corruption");
	assert_token(ENF_IO_ENUM_FLAG, ENF_CASE_PRISONER, "prisoner");
	assert_token(ENF_IO_ENUM_FLAG, ENF_CASE_UNKNOWN_ADDRESS,
		     "unknown_address");
	/* Every value of every family reads back, and no further. */
	for (int f = 0; f < 9; f++) {
		for (int v = 0; v < counts[f]; v++) {
			const char *t = enf_io_token((enf_io_enum)f, v);
			int back = -1;

			assert_non_null(t);
			assert_int_equal(enf_io_value(&back, (enf_io_enum)f, t),
					 ENF_OK);
			assert_int_equal(back, v);
		}
		assert_null(enf_io_token((enf_io_enum)f, counts[f]));
		assert_null(enf_io_token((enf_io_enum)f, -1));
	}
}

static void test_io__tokens_unknown(void **state)
{
	int out = 42;

	(void)state;
	assert_null(enf_io_token(ENF_IO_ENUM_FLAG, 0));
	assert_null(enf_io_token(ENF_IO_ENUM_FLAG, 3)); /* two flags */
	assert_null(enf_io_token(ENF_IO_ENUM_FLAG, 16));
	assert_null(enf_io_token((enf_io_enum)10, 0));
	assert_null(enf_io_token((enf_io_enum)-1, 0));
	assert_int_equal(enf_io_value(&out, ENF_IO_ENUM_MODE, "Request"),
			 ENF_ENOTFOUND);
	assert_error_names("io_value", "\"Request\" is not a mode");
	assert_int_equal(enf_io_value(&out, ENF_IO_ENUM_EVENT, "decision"),
			 ENF_ENOTFOUND);
	assert_int_equal(enf_io_value(&out, ENF_IO_ENUM_STATE, ""),
			 ENF_ENOTFOUND);
	assert_int_equal(
		enf_io_value(&out, ENF_IO_ENUM_FLAG, "corruption|prisoner"),
		ENF_ENOTFOUND);
	assert_int_equal(out, 42);
}

static void test_io__tokens_bad_input(void **state)
{
	int out = 42;

	(void)state;
	assert_int_equal(enf_io_value(NULL, ENF_IO_ENUM_MODE, "agency"),
			 ENF_EINVALID);
	assert_error_names("io_value", "out is NULL");
	assert_int_equal(enf_io_value(&out, ENF_IO_ENUM_MODE, NULL),
			 ENF_EINVALID);
	assert_error_names("io_value", "token is NULL");
	assert_int_equal(enf_io_value(&out, (enf_io_enum)10, "agency"),
			 ENF_EINVALID);
	assert_error_names("io_value", "family is 10");
	assert_int_equal(out, 42);
}

static void test_io__file_names(void **state)
{
	(void)state;
	assert_string_equal(enf_io_file_name(ENF_IO_CASES), "cases.csv");
	assert_string_equal(enf_io_file_name(ENF_IO_PARTIES), "parties.csv");
	assert_string_equal(enf_io_file_name(ENF_IO_OBLIGATIONS),
			    "obligations.csv");
	assert_string_equal(enf_io_file_name(ENF_IO_ASSETS), "assets.csv");
	assert_string_equal(enf_io_file_name(ENF_IO_EVENTS), "events.csv");
	assert_null(enf_io_file_name((enf_io_entity)5));
	assert_null(enf_io_file_name((enf_io_entity)-1));
}

/* ---------------------------------------------------------------------- */
/* CSV                                                                     */

static void test_io__csv_round_trip(void **state)
{
	enf_register *reg = fixture(), *back = NULL;
	csv_set s = export_all(reg);

	(void)state;
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(import_set(back, &s), ENF_OK);
	assert_same_cases(reg, back, 0);
	free_all(&s);
	enf_register_free(back);
	enf_register_free(reg);
}

/* A small register whose five files are written out by hand. The case is
 * on the agency's initiative: its log starts with the decision, which an
 * on-request case may only follow its request with (Art 36). */
static enf_register *small_register(void)
{
	enf_register *reg = NULL;
	enf_case *c = new_case(
		"LS-01", "15/Q\xc4\x90-THADS", ymd(2025, 1, 6), ENF_MODE_AGENCY,
		"T\xc3\xb2"
		"a \"L\xe1\xba\xa1ng S\xc6\xa1n\", "
		"ph\xc3\xba"
		"c th\xe1\xba\xa9m",
		"12/2024/DS-ST", ENF_DATE_NONE, ENF_JUDGMENT_CIVIL,
		ENF_CASE_CORRUPTION | ENF_CASE_UNKNOWN_ADDRESS);

	party(c, ENF_PARTY_DEBTOR, ENF_PARTY_PERSON,
	      "Ph\xe1\xba\xa1m V\xc4\x83n "
	      "\xc4\x90\xe1\xbb\xa9"
	      "c",
	      "0123");
	party(c, ENF_PARTY_CREDITOR, ENF_PARTY_STATE_BUDGET, "NSNN", NULL);
	obligation(c, ENF_OBL_FINE, 20000000, 0, NONE, 0);
	asset(c, ENF_ASSET_MOVABLE, "Xe m\xc3\xa1y\nHonda", 0,
	      ENF_SECURITY_NONE, 0);
	event(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 6), 0, 0, NONE);
	event(c, ENF_EV_CLASSIFIED, ymd(2025, 1, 20), 1, 0, NONE);
	event(c, ENF_EV_ASSET_SEIZED, ymd(2025, 2, 3), 0, 0, 0);
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	return reg;
}

#define KEY "LS-01,15/Q\xc4\x90-THADS,"

static void test_io__csv_export_text(void **state)
{
	enf_register *reg = small_register();
	csv_set s = export_all(reg);

	(void)state;
	assert_string_equal(
		s.text[ENF_IO_CASES],
		"office,decision_no,decision_date,mode,court,judgment_no,"
		"judgment_effective,judgment_kind,flags\n" KEY "2025-01-06,"
		"agency,\"T\xc3\xb2"
		"a \"\"L\xe1\xba\xa1ng S\xc6\xa1n\"\", "
		"ph\xc3\xba"
		"c th\xe1\xba\xa9m\",12/2024/DS-ST,,civil,"
		"corruption|unknown_address\n");
	assert_string_equal(s.text[ENF_IO_PARTIES],
			    "office,decision_no,index,role,kind,name,id\n" KEY
			    "0,debtor,person,Ph\xe1\xba\xa1m V\xc4\x83n "
			    "\xc4\x90\xe1\xbb\xa9"
			    "c,0123\n" KEY "1,creditor,state_budget,NSNN,\n");
	assert_string_equal(s.text[ENF_IO_OBLIGATIONS],
			    "office,decision_no,index,kind,amount,debtor,"
			    "creditor,joint\n" KEY "0,fine,20000000,0,,0\n");
	assert_string_equal(s.text[ENF_IO_ASSETS],
			    "office,decision_no,index,kind,description,owner,"
			    "security,secured_amount\n" KEY
			    "0,movable,\"Xe m\xc3\xa1y\nHonda\",0,none,0\n");
	assert_string_equal(s.text[ENF_IO_EVENTS],
			    "office,decision_no,seq,date,kind,detail,amount,"
			    "asset\n" KEY
			    "0,2025-01-06,decision_issued,0,0,\n" KEY
			    "1,2025-01-20,classified,1,0,\n" KEY
			    "2,2025-02-03,asset_seized,0,0,0\n");
	free_all(&s);
	enf_register_free(reg);
}

/* Hand-written files for two new cases (line numbers matter below). Both
 * are agency cases, whose logs start with the decision (Art 36(2)); an
 * on-request case would need its request first (Art 36(1)). */
static const char *const base_csv[ENF_IO_ENTITY_COUNT] = {
	"office,decision_no,decision_date,mode,court,judgment_no,"
	"judgment_effective,judgment_kind,flags\n"
	"LS-02,1/THADS,2025-01-06,agency,TAND,5/2024,2024-12-20,civil,\n"
	"LS-02,2/THADS,2025-01-07,agency,,,,criminal,corruption\n",
	"office,decision_no,index,role,kind,name,id\n"
	"LS-02,1/THADS,0,debtor,person,Ph\xe1\xba\xa1m V\xc4\x83n A,\n"
	"LS-02,1/THADS,1,creditor,organisation,\"C\xc3\xb4ng ty A, "
	"\"\"B\"\"\",0101\n"
	"LS-02,2/THADS,0,debtor,person,V\xc5\xa9 Th\xe1\xbb\x8b Mai,\n"
	"LS-02,2/THADS,1,creditor,state_budget,NSNN,\n",
	"office,decision_no,index,kind,amount,debtor,creditor,joint\n"
	"LS-02,1/THADS,0,other_money,120000000,0,1,0\n"
	"LS-02,2/THADS,0,fine,20000000,0,1,0\n",
	"office,decision_no,index,kind,description,owner,security,"
	"secured_amount\n"
	"LS-02,1/THADS,0,movable,Xe m\xc3\xa1y Honda,0,none,0\n",
	"office,decision_no,seq,date,kind,detail,amount,asset\n"
	"LS-02,1/THADS,0,2025-01-06,decision_issued,0,0,\n"
	"LS-02,1/THADS,1,2025-01-20,classified,1,0,\n"
	"LS-02,1/THADS,2,2025-02-03,asset_seized,0,0,0\n"
	"LS-02,2/THADS,0,2025-01-07,decision_issued,0,0,\n",
};

/* Imports the base files with one of them replaced. */
static enf_status import_with(enf_register *reg, enf_io_entity e,
			      const char *text)
{
	const char *t[ENF_IO_ENTITY_COUNT];

	for (int i = 0; i < ENF_IO_ENTITY_COUNT; i++)
		t[i] = i == (int)e ? text : base_csv[i];
	return enf_io_import_csv(reg, t[0], t[1], t[2], t[3], t[4]);
}

static void test_io__csv_import_into_non_empty(void **state)
{
	enf_register *reg = fixture(), *copy = fixture();
	enf_case *c = NULL;
	enf_party p;
	enf_case_status st;

	(void)state;
	assert_int_equal(import_with(reg, ENF_IO_CASES, base_csv[0]), ENF_OK);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES + 2);
	/* The old cases are as they were, and come first. */
	for (size_t i = 0; i < FIXTURE_CASES; i++) {
		enf_case *x = NULL, *y = NULL;

		assert_int_equal(enf_register_at(&x, reg, i), ENF_OK);
		assert_int_equal(enf_register_at(&y, copy, i), ENF_OK);
		assert_same_info(x, y);
		assert_same_events(x, y);
	}
	assert_int_equal(enf_register_find(&c, reg, "LS-02", "1/THADS"),
			 ENF_OK);
	assert_int_equal(enf_case_party(&p, c, 1), ENF_OK);
	assert_string_equal(p.name, "C\xc3\xb4ng ty A, \"B\"");
	assert_string_equal(p.id, "0101");
	assert_int_equal(enf_case_party(&p, c, 0), ENF_OK);
	assert_null(p.id);
	assert_int_equal(enf_case_event_count(c), 3);
	assert_int_equal(enf_case_status_on(&st, c, ymd(2025, 3, 1)), ENF_OK);
	assert_int_equal(st.state, ENF_STATE_WITH_MEANS);
	assert_int_equal(st.owed, 120000000);
	assert_int_equal(enf_register_find(&c, reg, "LS-02", "2/THADS"),
			 ENF_OK);
	assert_int_equal(enf_case_obligation_count(c), 1);
	/* The same files again: both cases are now in the register. */
	assert_int_equal(import_with(reg, ENF_IO_CASES, base_csv[0]),
			 ENF_ESTATE);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES + 2);
	enf_register_free(copy);
	enf_register_free(reg);
}

/* Imports the base files with one replaced into the fixture and asserts
 * the refusal. */
static void refuse(enf_io_entity e, const char *text, enf_status want,
		   const char *prefix, const char *why)
{
	enf_register *reg = fixture();

	enf_error_clear();
	assert_refused(reg, import_with(reg, e, text), want, prefix, why);
	enf_register_free(reg);
}

/* CASE1 is an agency case, like base_csv's: EV0 starts its log with the
 * decision, which an on-request case may not do without its request
 * (Art 36). */
#define HEAD_CASES                                                             \
	"office,decision_no,decision_date,mode,court,judgment_no,"             \
	"judgment_effective,judgment_kind,flags\n"
#define HEAD_PARTIES "office,decision_no,index,role,kind,name,id\n"
#define HEAD_OBLIGATIONS                                                       \
	"office,decision_no,index,kind,amount,debtor,creditor,joint\n"
#define HEAD_EVENTS "office,decision_no,seq,date,kind,detail,amount,asset\n"
#define CASE1	    "LS-02,1/THADS,2025-01-06,agency,TAND,5/2024,2024-12-20,civil,\n"
#define CASE2	    "LS-02,2/THADS,2025-01-07,agency,,,,criminal,corruption\n"
#define EV0	    "LS-02,1/THADS,0,2025-01-06,decision_issued,0,0,\n"
#define PARTY0	    "LS-02,1/THADS,0,debtor,person,A,\n"

static void test_io__csv_bad_date(void **state)
{
	(void)state;
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,2025-02-30,classified,1,0,\n",
	       ENF_EPARSE, "events.csv:3: date: \"2025-02-30\" is not a date",
	       "");
	refuse(ENF_IO_CASES,
	       HEAD_CASES CASE1 "LS-02,2/THADS,7/1/2025,agency,,,,criminal,\n",
	       ENF_EPARSE, "cases.csv:3: decision_date: \"7/1/2025\"", "");
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS "LS-02,1/THADS,0,,decision_issued,0,0,\n",
	       ENF_EPARSE, "events.csv:2: date: empty", "");
}

static void test_io__csv_bad_token(void **state)
{
	(void)state;
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES "LS-02,1/THADS,0,debtors,person,A,\n", ENF_EPARSE,
	       "parties.csv:2: role: \"debtors\" is not a party role",
	       "(debtor, creditor)");
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS "LS-02,1/THADS,0,2025-01-06,Decision_Issued,0,0,\n",
	       ENF_EPARSE, "events.csv:2: kind: \"Decision_Issued\"",
	       "not an event kind");
	refuse(ENF_IO_CASES,
	       HEAD_CASES CASE1
	       "LS-02,2/THADS,,agency,,,,criminal,corruption|fraud\n",
	       ENF_EPARSE, "cases.csv:3: flags: \"corruption|fraud\"",
	       "not a flag");
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,fine,12a,0,,0\n", ENF_EPARSE,
	       "obligations.csv:2: amount: \"12a\" is not an integer", "");
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,fine,100,0,,2\n", ENF_EPARSE,
	       "obligations.csv:2: joint: \"2\" is not 0 or 1", "");
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,fine,100,-1,,0\n", ENF_EPARSE,
	       "obligations.csv:2: debtor: \"-1\" is not an index", "");
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES "LS-02,1/THADS,0,debtor,person,\xff\xfe,\n",
	       ENF_EPARSE, "parties.csv:2: name: not valid UTF-8 at byte 0",
	       "");
}

/* Numbers out of their column's range, and dates in another shape. */
static void test_io__csv_bad_numbers(void **state)
{
	(void)state;
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,2025-01-20,classified,"
			       "3000000000,0,\n",
	       ENF_EPARSE,
	       "events.csv:3: detail: \"3000000000\" is out of range", "");
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,fine,100,2147483648,,0\n",
	       ENF_EPARSE,
	       "obligations.csv:2: debtor: \"2147483648\" is not an index", "");
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,fine,100,x,,0\n", ENF_EPARSE,
	       "obligations.csv:2: debtor: \"x\" is not an index", "");
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,fine,100,0,,yes\n", ENF_EPARSE,
	       "obligations.csv:2: joint: \"yes\" is not 0 or 1", "");
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,fine,-,0,,0\n", ENF_EPARSE,
	       "obligations.csv:2: amount: \"-\" is not an integer", "");
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,fine,99999999999999999999,0,,"
				"0\n",
	       ENF_EPARSE, "obligations.csv:2: amount", "is not an integer");
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,2025/01/20,classified,1,0,\n",
	       ENF_EPARSE, "events.csv:3: date: \"2025/01/20\" is not a date",
	       "");
}

/* The edges of the fast field readers: 19-digit integers (read with their
 * overflow check), the last int64, dates wrong in each of their places. */
static void test_io__csv_field_edges(void **state)
{
	enf_register *reg = NULL;
	enf_case *c = NULL;
	enf_obligation o;

	(void)state;
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,fine,9223372036854775808,0,,"
				"0\n",
	       ENF_EPARSE, "obligations.csv:2: amount", "is not an integer");
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,fine,1000000000000000000x,0,,"
				"0\n",
	       ENF_EPARSE, "obligations.csv:2: amount", "is not an integer");
	/* Nineteen digits that fit. */
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(
		import_with(reg, ENF_IO_OBLIGATIONS,
			    HEAD_OBLIGATIONS
			    "LS-02,1/THADS,0,fine,1000000000000000007,0,,0\n"
			    "LS-02,2/THADS,0,fine,20000000,0,1,0\n"),
		ENF_OK);
	assert_int_equal(enf_register_find(&c, reg, "LS-02", "1/THADS"),
			 ENF_OK);
	assert_int_equal(enf_case_obligation(&o, c, 0), ENF_OK);
	assert_int_equal(o.amount, 1000000000000000007LL);
	enf_register_free(reg);
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,2025-13-20,classified,1,0,\n",
	       ENF_EPARSE, "events.csv:3: date: \"2025-13-20\" is not a date",
	       "");
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,0000-01-20,classified,1,0,\n",
	       ENF_EPARSE, "events.csv:3: date: \"0000-01-20\" is not a date",
	       "");
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,2025-01-2,classified,1,0,\n",
	       ENF_EPARSE, "events.csv:3: date: \"2025-01-2\" is not a date",
	       "");
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,2025-01-200,classified,1,0,\n",
	       ENF_EPARSE, "events.csv:3: date: \"2025-01-200\" is not a date",
	       "");
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,20/01/2025,classified,1,0,\n",
	       ENF_EPARSE, "events.csv:3: date: \"20/01/2025\"",
	       "2025-01-20, if it is day/month/year");
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,2025-01-20,c,1,0,\n",
	       ENF_EPARSE, "events.csv:3: kind: \"c\"", "not an event kind");
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,2025-01-20,classifiedx,1,0,\n",
	       ENF_EPARSE, "events.csv:3: kind: \"classifiedx\"",
	       "not an event kind");
}

static void test_io__csv_bad_columns(void **state)
{
	(void)state;
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,other_money,1,0,1,0\n"
				"LS-02,2/THADS,0,fine,2,0,1,0,9\n",
	       ENF_EPARSE, "obligations.csv:3: row: 9 fields; the header has 8",
	       "");
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,other_money,1,0,1\n",
	       ENF_EPARSE, "obligations.csv:2: row: 7 fields", "");
	refuse(ENF_IO_ASSETS,
	       "office,decision_no,index,kind,description,owner,colour\n",
	       ENF_EPARSE, "assets.csv:1: colour: unknown column", "");
	refuse(ENF_IO_CASES,
	       "office,decision_no,decision_date,court,judgment_kind\n",
	       ENF_EPARSE, "cases.csv:1: mode: missing required column", "");
	refuse(ENF_IO_PARTIES, "office,decision_no,index,role,kind,name,name\n",
	       ENF_EPARSE, "parties.csv:1: name: column named twice", "");
	refuse(ENF_IO_PARTIES, "office,decision_no,index,role,kind,name,\n",
	       ENF_EPARSE, "parties.csv:1: column 7: no name", "");
	/* Columns in any order; optional ones may be left out. */
	{
		enf_register *reg = fixture();

		assert_int_equal(
			enf_io_import_csv(reg,
					  "judgment_kind,mode,decision_no,"
					  "office\ncivil,agency,9/X,LS-09\n",
					  NULL, "", NULL, NULL),
			ENF_OK);
		assert_int_equal(enf_register_count(reg), FIXTURE_CASES + 1);
		enf_register_free(reg);
	}
}

static void test_io__csv_duplicate_case(void **state)
{
	(void)state;
	refuse(ENF_IO_CASES, HEAD_CASES CASE1 CASE2 CASE1, ENF_ESTATE,
	       "cases.csv:4: decision_no: case \"1/THADS\" of office "
	       "\"LS-02\" is already on line 2",
	       "");
	refuse(ENF_IO_CASES,
	       HEAD_CASES CASE1 CASE2
	       "LS-01,15/Q\xc4\x90-THADS,,agency,,,,civil,\n",
	       ENF_ESTATE,
	       "cases.csv:4: decision_no: case \"15/Q\xc4\x90-THADS\" of "
	       "office \"LS-01\" is already in the register",
	       "");
}

static void test_io__csv_unknown_case(void **state)
{
	(void)state;
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,9/THADS,0,2025-01-06,decision_issued,0,"
			       "0,\n",
	       ENF_ENOTFOUND,
	       "events.csv:3: decision_no: no case \"9/THADS\" of office "
	       "\"LS-02\" in cases.csv",
	       "");
	/* A case already registered cannot be added to. */
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES "LS-01,15/Q\xc4\x90-THADS,4,debtor,person,X,\n",
	       ENF_ENOTFOUND, "parties.csv:2: decision_no: no case",
	       "it is in the register");
}

static void test_io__csv_illegal_event(void **state)
{
	(void)state;
	/* The separate book is for cases without means, not in the voluntary
	 * period. */
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0
	       "LS-02,1/THADS,1,2025-01-20,separate_book,0,0,\n",
	       ENF_ESTATE, "events.csv:3: kind: case_apply: case 1/THADS",
	       "not allowed in that state");
	/* Library refusals keep their status and name the column. */
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,2025-01-20,collected,0,0,\n",
	       ENF_EINVALID,
	       "events.csv:3: amount: case_apply:", "amount must be above 0");
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,2025-01-05,verified,0,0,\n",
	       ENF_EINVALID,
	       "events.csv:3: date: case_apply:", "the log is in date order");
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,1,2025-01-07,verified,0,0,0\n",
	       ENF_EINVALID,
	       "events.csv:3: asset: case_apply:", "asset must be -1");
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES "LS-02,1/THADS,0,debtor,state_budget,NSNN,\n",
	       ENF_EINVALID,
	       "parties.csv:2: kind: case_add_party:", "only ever a creditor");
	refuse(ENF_IO_OBLIGATIONS,
	       HEAD_OBLIGATIONS "LS-02,1/THADS,0,fine,100,1,,0\n", ENF_EINVALID,
	       "obligations.csv:2: debtor: case_add_obligation: "
	       "debtor is 1",
	       "");
	refuse(ENF_IO_CASES, HEAD_CASES ",3/THADS,,agency,,,,civil,\n",
	       ENF_EPARSE, "cases.csv:2: office: empty", "");
}

static void test_io__csv_sequence_gap(void **state)
{
	(void)state;
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "LS-02,1/THADS,2,2025-01-20,classified,1,0,\n",
	       ENF_EPARSE, "events.csv:3: seq: 2; expected 1", "");
	refuse(ENF_IO_EVENTS, HEAD_EVENTS EV0 EV0, ENF_EPARSE,
	       "events.csv:3: seq: 0; expected 1", "");
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES PARTY0 "LS-02,1/THADS,2,creditor,person,B,\n",
	       ENF_EPARSE, "parties.csv:3: index: 2; expected 1", "");
}

static void test_io__csv_quotes(void **state)
{
	(void)state;
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES PARTY0
	       "LS-02,1/THADS,1,creditor,person,\"C\xc3\xb4ng ty A,\n"
	       "LS-02,2/THADS,0,debtor,person,B,\n",
	       ENF_EPARSE,
	       "parties.csv:3: name: the quoted field is not closed", "");
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES "LS-02,1/THADS,0,debtor,person,\"A\"B,\n",
	       ENF_EPARSE, "parties.csv:2: name: text after the closing quote",
	       "");
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES "LS-02,1/THADS,0,debtor,person,A \"B\",\n",
	       ENF_EPARSE, "parties.csv:2: name: a quote in an unquoted field",
	       "");
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES "LS-02,1/THADS,0,debtor\r,person,A,\n", ENF_EPARSE,
	       "parties.csv:2: role: a carriage return", "");
	/* A line break inside quotes: later lines count physical lines. */
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES "LS-02,1/THADS,0,debtor,person,\"A\nB\n\",\n"
			    "LS-02,1/THADS,1,lender,person,C,\n",
	       ENF_EPARSE, "parties.csv:5: role: \"lender\"", "");
}

static void test_io__csv_crlf_bom(void **state)
{
	enf_register *reg = NULL;
	enf_case *c = NULL;
	enf_asset a;
	enf_party p;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(
		enf_io_import_csv(
			reg,
			"\xef\xbb\xbfoffice,decision_no,mode,judgment_kind\r\n"
			"LS-02,1/THADS,agency,civil\r\n\r\n",
			"\xef\xbb\xbf"
			"office,decision_no,index,role,kind,"
			"name\r\nLS-02,1/THADS,0,debtor,person,\"A,\r\n"
			"\"\"B\"\"\"\r\n",
			"",
			"office,decision_no,index,kind,description,owner\r\n"
			"LS-02,1/THADS,0,movable,\"Nh\xc3\xa0 3 t\xe1\xba\xa7ng"
			"\r\ns\xe1\xbb\x91 5\",0",
			NULL),
		ENF_OK);
	assert_int_equal(enf_register_find(&c, reg, "LS-02", "1/THADS"),
			 ENF_OK);
	assert_int_equal(enf_case_party(&p, c, 0), ENF_OK);
	assert_string_equal(p.name, "A,\r\n\"B\"");
	assert_int_equal(enf_case_asset(&a, c, 0), ENF_OK);
	assert_string_equal(a.description,
			    "Nh\xc3\xa0 3 t\xe1\xba\xa7ng\r\ns\xe1\xbb\x91 5");
	assert_int_equal(a.security, ENF_SECURITY_NONE);
	assert_int_equal(enf_case_event_count(c), 0);
	/* Errors after CRLF lines still count lines. */
	assert_int_equal(enf_io_import_csv(reg,
					   "office,decision_no,mode,"
					   "judgment_kind\r\nLS-02,2/X,agency,"
					   "civil\r\nLS-02,3/X,agent,civil\r\n",
					   NULL, NULL, NULL, NULL),
			 ENF_EPARSE);
	assert_string_equal(enf_last_error(),
			    "cases.csv:3: mode: \"agent\" is not a mode "
			    "(agency, request)");
	assert_int_equal(enf_register_count(reg), 1);
	enf_register_free(reg);
}

static void test_io__csv_bad_input(void **state)
{
	enf_register *reg = fixture();
	char *out = (char *)"sentinel";
	size_t len = 7;

	(void)state;
	assert_int_equal(enf_io_import_csv(NULL, "", NULL, NULL, NULL, NULL),
			 ENF_EINVALID);
	assert_error_names("io_import_csv", "reg is NULL");
	assert_int_equal(enf_io_import_csv(reg, NULL, "", "", "", ""),
			 ENF_EINVALID);
	assert_error_names("io_import_csv", "cases is NULL");
	/* NULL and "" are files with no rows. */
	assert_int_equal(enf_io_import_csv(reg, "", NULL, NULL, NULL, NULL),
			 ENF_OK);
	assert_int_equal(enf_io_import_csv(reg, HEAD_CASES, "", "", "", ""),
			 ENF_OK);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES);
	assert_int_equal(enf_io_export_csv(NULL, &len, reg, ENF_IO_CASES),
			 ENF_EINVALID);
	assert_error_names("io_export_csv", "out is NULL");
	assert_int_equal(enf_io_export_csv(&out, &len, NULL, ENF_IO_CASES),
			 ENF_EINVALID);
	assert_error_names("io_export_csv", "reg is NULL");
	assert_null(out);
	out = (char *)"sentinel";
	assert_int_equal(enf_io_export_csv(&out, &len, reg, (enf_io_entity)5),
			 ENF_EINVALID);
	assert_error_names("io_export_csv", "entity is 5");
	assert_null(out);
	assert_int_equal(len, 7);
	/* len may be NULL. */
	assert_int_equal(enf_io_export_csv(&out, NULL, reg, ENF_IO_CASES),
			 ENF_OK);
	assert_non_null(out);
	enf_io_free(out);
	enf_io_free(NULL);
	enf_register_free(reg);
}

/* Enough cases to grow the import's index several times. */
static void test_io__many_cases(void **state)
{
	enf_register *reg = NULL, *back = NULL, *again = NULL;
	char no[32], *json = NULL, *dup;
	csv_set s;
	size_t n;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	for (int i = 0; i < 300; i++) {
		enf_case *c;

		(void)snprintf(no, sizeof(no), "%d/Q\xc4\x90-THADS", i);
		c = new_case(i % 2 ? "LS-01" : "HN-03", no, ymd(2025, 1, 6),
			     ENF_MODE_AGENCY, NULL, NULL, ENF_DATE_NONE,
			     ENF_JUDGMENT_CIVIL, 0);
		party(c, ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, no, NULL);
		event(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 6), 0, 0, NONE);
		assert_int_equal(enf_register_add(reg, c), ENF_OK);
	}
	s = export_all(reg);
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(import_set(back, &s), ENF_OK);
	assert_same_cases(reg, back, 0);
	assert_int_equal(enf_io_export_json(&json, NULL, reg), ENF_OK);
	assert_int_equal(enf_register_new(&again), ENF_OK);
	assert_int_equal(enf_io_import_json(again, json, NULL), ENF_OK);
	assert_same_cases(reg, again, 0);
	/* The first case once more at the end: line 302. */
	n = strlen(s.text[0]);
	dup = malloc(n + 100);
	assert_non_null(dup);
	(void)snprintf(dup, n + 100,
		       "%sHN-03,0/Q\xc4\x90-THADS,,agency,,,,"
		       "civil,\n",
		       s.text[0]);
	enf_register_free(again);
	assert_int_equal(enf_register_new(&again), ENF_OK);
	assert_int_equal(enf_io_import_csv(again, dup, NULL, NULL, NULL, NULL),
			 ENF_ESTATE);
	assert_string_equal(enf_last_error(),
			    "cases.csv:302: decision_no: case "
			    "\"0/Q\xc4\x90-THADS\" of office \"HN-03\" is "
			    "already on line 2");
	assert_int_equal(enf_register_count(again), 0);
	free(dup);
	enf_io_free(json);
	free_all(&s);
	enf_register_free(again);
	enf_register_free(back);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* JSON                                                                    */

static void test_io__json_round_trip(void **state)
{
	enf_register *reg = fixture(), *back = NULL;
	enf_case *c = NULL;
	char *text = NULL;
	size_t len = 0;

	(void)state;
	/* A control character and a backslash travel too. */
	assert_int_equal(enf_register_find(&c, reg, "HN-03", "1/Q\xc4\x90"),
			 ENF_OK);
	party(c, ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Tab\there\x01\\end",
	      "\xe2\x80\xa8");
	assert_int_equal(enf_io_export_json(&text, &len, reg), ENF_OK);
	assert_int_equal(len, strlen(text));
	assert_non_null(strstr(text, "\"Tab\\there\\u0001\\\\end\""));
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(enf_io_import_json(back, text, "reg.json"), ENF_OK);
	assert_same_cases(reg, back, 0);
	/* And into a register that already holds cases. */
	assert_int_equal(enf_io_import_json(back, text, NULL), ENF_ESTATE);
	assert_non_null(strstr(enf_last_error(), "json:6: cases[0]."
						 "decision_no: case"));
	enf_io_free(text);
	enf_register_free(back);
	enf_register_free(reg);
}

static void test_io__json_export_text(void **state)
{
	enf_register *reg = small_register(), *empty = NULL;
	char *text = NULL;

	(void)state;
	assert_int_equal(enf_io_export_json(&text, NULL, reg), ENF_OK);
	assert_string_equal(
		text,
		"{\n  \"schema\": \"enforcement-register/2\",\n"
		"  \"format\": \"enforcement-register\",\n  \"version\": "
		"2,\n"
		"  \"cases\": [\n    {\n"
		"      \"office\": \"LS-01\",\n"
		"      \"decision_no\": \"15/Q\xc4\x90-THADS\",\n"
		"      \"decision_date\": \"2025-01-06\",\n"
		"      \"mode\": \"agency\",\n"
		"      \"court\": \"T\xc3\xb2"
		"a \\\"L\xe1\xba\xa1ng S\xc6\xa1n\\\", "
		"ph\xc3\xba"
		"c th\xe1\xba\xa9m\",\n"
		"      \"judgment_no\": \"12/2024/DS-ST\",\n"
		"      \"judgment_effective\": null,\n"
		"      \"judgment_kind\": \"civil\",\n"
		"      \"flags\": [\"corruption\", \"unknown_address\"],\n"
		"      \"parties\": [\n"
		"        {\"role\": \"debtor\", \"kind\": \"person\", "
		"\"name\": "
		"\"Ph\xe1\xba\xa1m V\xc4\x83n \xc4\x90\xe1\xbb\xa9"
		"c\", \"id\": "
		"\"0123\"},\n"
		"        {\"role\": \"creditor\", \"kind\": \"state_budget\", "
		"\"name\": \"NSNN\", \"id\": null}\n      ],\n"
		"      \"obligations\": [\n"
		"        {\"kind\": \"fine\", \"amount\": 20000000, "
		"\"debtor\": 0, "
		"\"creditor\": null, \"joint\": false}\n      ],\n"
		"      \"assets\": [\n"
		"        {\"kind\": \"movable\", \"description\": \"Xe "
		"m\xc3\xa1y\\n"
		"Honda\", \"owner\": 0, \"security\": \"none\", "
		"\"secured_amount\": 0}\n      ],\n"
		"      \"events\": [\n"
		"        {\"seq\": 0, \"date\": \"2025-01-06\", \"kind\": "
		"\"decision_issued\", "
		"\"detail\": 0, \"amount\": 0, \"asset\": null},\n"
		"        {\"seq\": 1, \"date\": \"2025-01-20\", \"kind\": "
		"\"classified\", "
		"\"detail\": 1, \"amount\": 0, \"asset\": null},\n"
		"        {\"seq\": 2, \"date\": \"2025-02-03\", \"kind\": "
		"\"asset_seized\", "
		"\"detail\": 0, \"amount\": 0, \"asset\": 0}\n      ]\n"
		"    }\n  ]\n}\n");
	enf_io_free(text);
	assert_int_equal(enf_register_new(&empty), ENF_OK);
	assert_int_equal(enf_io_export_json(&text, NULL, empty), ENF_OK);
	assert_string_equal(text,
			    "{\n  \"schema\": \"enforcement-register/2\",\n"
			    "  \"format\": \"enforcement-register\",\n"
			    "  \"version\": 2,\n  \"cases\": []\n}\n");
	enf_io_free(text);
	enf_register_free(empty);
	enf_register_free(reg);
}

/* A document whose second event (line 6) is given by the test. The case
 * is on the agency's initiative, so its log may start with the decision
 * (Art 36(2); an on-request case starts with its request). */
#define J_PRE                                                                  \
	"{\"format\": \"enforcement-register\", \"version\": 1, \"cases\": "   \
	"[\n"                                                                  \
	"{\"office\": \"LS-02\", \"decision_no\": \"1/THADS\", \"mode\": "     \
	"\"agency\", \"judgment_kind\": \"civil\", \"flags\": [],\n"           \
	" \"parties\": [{\"role\": \"debtor\", \"kind\": \"person\", "         \
	"\"name\": \"A\"}],\n"                                                 \
	" \"events\": [\n"                                                     \
	"  {\"date\": \"2025-01-06\", \"kind\": \"decision_issued\"},\n"
#define J_POST "]}]}\n"

static void refuse_json(const char *text, enf_status want, const char *prefix,
			const char *why)
{
	enf_register *reg = fixture();

	enf_error_clear();
	assert_refused(reg, enf_io_import_json(reg, text, "reg.json"), want,
		       prefix, why);
	enf_register_free(reg);
}

static void test_io__json_import(void **state)
{
	enf_register *reg = fixture();
	enf_case *c = NULL;
	enf_event ev;

	(void)state;
	assert_int_equal(
		enf_io_import_json(reg,
				   "\xef\xbb\xbf" J_PRE
				   "  {\"date\": \"2025-01-20\", \"kind\": "
				   "\"classified\", \"detail\": 1, \"seq\": 1, "
				   "\"asset\": null}\n" J_POST,
				   "reg.json"),
		ENF_OK);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES + 1);
	assert_int_equal(enf_register_find(&c, reg, "LS-02", "1/THADS"),
			 ENF_OK);
	assert_int_equal(enf_case_event(&ev, c, 1), ENF_OK);
	assert_int_equal(ev.kind, ENF_EV_CLASSIFIED);
	assert_int_equal(ev.detail, 1);
	assert_int_equal(ev.asset, ENF_INDEX_NONE);
	enf_register_free(reg);
}

static void test_io__json_field_errors(void **state)
{
	(void)state;
	refuse_json(
		J_PRE "  {\"date\": \"2025-02-30\", \"kind\": \"verified\"}"
		      "\n" J_POST,
		ENF_EPARSE,
		"reg.json:6: cases[0].events[1].date: \"2025-02-30\" is not "
		"a date",
		"");
	refuse_json(
		J_PRE "  {\"date\": \"2025-01-20\", \"kind\": \"verified\","
		      " \"detail\": \"1\"}\n" J_POST,
		ENF_EPARSE,
		"reg.json:6: cases[0].events[1].detail: expected an integer, "
		"found a string",
		"");
	refuse_json(J_PRE "  {\"date\": null, \"kind\": \"verified\"}\n" J_POST,
		    ENF_EPARSE, "reg.json:6: cases[0].events[1].date: empty",
		    "");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\", \"kind\": 4}\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:6: cases[0].events[1].kind: expected a string, "
		    "found an integer",
		    "");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\", \"kind\": "
			  "\"separate_book\"}\n" J_POST,
		    ENF_ESTATE,
		    "reg.json:6: cases[0].events[1].kind: case_apply: case "
		    "1/THADS",
		    "not allowed");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\", \"kind\": \"verified\","
			  " \"colour\": 1}\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:6: cases[0].events[1].colour: unknown "
		    "field",
		    "");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\", \"date\": "
			  "\"2025-01-21\"}\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:6: cases[0].events[1].date: named "
		    "twice",
		    "");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\"}\n" J_POST, ENF_EPARSE,
		    "reg.json:6: cases[0].events[1].kind: missing", "");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\", \"kind\": \"verified\","
			  " \"seq\": 3}\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:6: cases[0].events[1].seq: 3; "
		    "expected 1",
		    "");
	refuse_json(J_PRE "  [\"2025-01-20\", \"verified\"]\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:6: cases[0].events[1]: expected an "
		    "object, found an array",
		    "");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\", \"kind\": \"verified\","
			  " \"amount\": 1.5}\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:6: cases[0].events[1].amount: a number "
		    "with a fraction",
		    "");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\", \"kind\": \"verified\","
			  " \"amount\": 1e3}\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:6: cases[0].events[1].amount: a number "
		    "with a fraction",
		    "");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\", \"kind\": \"verified\","
			  " \"amount\": 9223372036854775808}\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:6: cases[0].events[1].amount: a number "
		    "out of the 64-bit range",
		    "");
}

static void test_io__json_document_errors(void **state)
{
	(void)state;
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\" \"kind\": \"verified\"}"
			  "\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:6: cases[0].events[1]: expected ',' "
		    "or '}' after a member",
		    "");
	refuse_json(J_PRE, ENF_EPARSE,
		    "reg.json:6: cases[0].events[1]: the document ends where a "
		    "value should be",
		    "");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\", \"kind\": \"verified"
			  "\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:6: cases[0].events[1].kind: a control "
		    "character in a string",
		    "");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\", \"kind\": \"verified\"}"
			  "\n" J_POST "x",
		    ENF_EPARSE,
		    "reg.json:8: text after the end of the document", "");
	refuse_json(J_PRE
		    "  {\"date\": \"2025-01-20\", \"kind\": tru}\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:6: cases[0].events[1].kind: unexpected "
		    "'t' where a value should be",
		    "");
	refuse_json(J_PRE "  {\"date\": \"2025-01-20\", \"kind\": \"verified\"}"
			  ",\n" J_POST,
		    ENF_EPARSE,
		    "reg.json:7: cases[0].events[2]: unexpected ']'", "");
	refuse_json("", ENF_EPARSE,
		    "reg.json:1: the document ends where a value should be",
		    "");
	refuse_json("[]", ENF_EPARSE,
		    "reg.json:1: the document is an array, not an object", "");
	refuse_json("{\"format\": \"csv\", \"version\": 1, \"cases\": []}",
		    ENF_EPARSE,
		    "reg.json:1: format: expected "
		    "\"enforcement-register\"",
		    "");
	refuse_json("{\"format\": \"enforcement-register\",\n\"version\": 3, "
		    "\"cases\": []}",
		    ENF_EPARSE, "reg.json:2: version: expected 2 (or 1)", "");
	refuse_json("{\"format\": \"enforcement-register\", \"version\": 1}",
		    ENF_EPARSE, "reg.json:1: cases: missing", "");
	refuse_json("{\"format\": \"enforcement-register\", \"version\": 1, "
		    "\"cases\": [], \"extra\": 0}",
		    ENF_EPARSE, "reg.json:1: extra: unknown field", "");
	refuse_json(
		"{\"format\": \"enforcement-register\", \"version\": 01, "
		"\"cases\": []}",
		ENF_EPARSE,
		"reg.json:1: version: a number with a leading "
		"zero",
		""); /* "schema" is optional (files written before it) and, when
		      * there, names the form and version the document has. */
	refuse_json("{\"schema\": \"enforcement-register/2\", \"format\": "
		    "\"enforcement-register\", \"version\": 1, \"cases\": []}",
		    ENF_EPARSE,
		    "reg.json:1: schema: \"enforcement-register/2\" names "
		    "another version than \"version\": 1",
		    "");
	refuse_json("{\"format\": \"enforcement-register\", \"version\": 1, "
		    "\"cases\": [],\n\"schema\": 1}",
		    ENF_EPARSE,
		    "reg.json:2: schema: expected \"enforcement-register/2\" "
		    "(or \"enforcement-register/1\")",
		    "");
	refuse_json("{\"schema\": \"enforcement-register/1\", \"schema\": "
		    "\"enforcement-register/1\", \"format\": "
		    "\"enforcement-register\", \"version\": 1, \"cases\": []}",
		    ENF_EPARSE, "reg.json:1: schema: named twice", "");
}

/* The rest of the grammar and of the document's shape. */
#define J_TOP "{\"format\": \"enforcement-register\", \"version\": 1, "
#define J_CASE                                                                 \
	J_TOP "\"cases\": [\n{\"office\": \"LS-02\", \"decision_no\": "        \
	      "\"1/T\", \"mode\": \"agency\", \"judgment_kind\": \"civil\""

static void test_io__json_grammar_errors(void **state)
{
	(void)state;
	refuse_json("{\"format\" \"enforcement-register\"}", ENF_EPARSE,
		    "reg.json:1: expected ':' after a key", "");
	refuse_json("{\"format\": \"enforcement-regis", ENF_EPARSE,
		    "reg.json:1: format: the string is not closed", "");
	refuse_json(J_TOP "\"cases\": [-]}", ENF_EPARSE,
		    "reg.json:1: cases[0]: a number needs digits", "");
	refuse_json(J_TOP "\"cases\": [1 2]}", ENF_EPARSE,
		    "reg.json:1: cases: expected ',' or ']' after an item", "");
	refuse_json(J_TOP "\"cases\": [\"\\ud83d\\u0041\"]}", ENF_EPARSE,
		    "reg.json:1: cases[0]: ",
		    "\\uD83D is a high surrogate without a low one");
	refuse_json(J_TOP "\"cases\": [\"\\ud83d\\n\"]}", ENF_EPARSE,
		    "reg.json:1: cases[0]: ",
		    "\\uD83D is a high surrogate without a low one");
	refuse_json(J_TOP "\"cases\": [\"\\", ENF_EPARSE,
		    "reg.json:1: cases[0]: unknown escape \\? in a string", "");
	/* The document's members: each once, of the right type. */
	refuse_json("{\"format\": 1, \"version\": 1, \"cases\": []}",
		    ENF_EPARSE, "reg.json:1: format: expected", "");
	refuse_json("{\"format\": \"enforcement-register\", \"version\": "
		    "\"1\", \"cases\": []}",
		    ENF_EPARSE, "reg.json:1: version: expected 2 (or 1)", "");
	refuse_json(J_TOP "\"cases\": {}}", ENF_EPARSE,
		    "reg.json:1: cases: expected an array, found an object",
		    "");
	refuse_json(J_TOP "\"version\": 1, \"cases\": []}", ENF_EPARSE,
		    "reg.json:1: version: named twice", "");
	/* Fields of the wrong type: a flag, a list of flags. */
	refuse_json(J_CASE ", \"obligations\": [{\"kind\": \"fine\", "
			   "\"amount\": 5, \"debtor\": 0, \"joint\": 1}]}]}",
		    ENF_EPARSE,
		    "reg.json:2: cases[0].obligations[0].joint: expected true "
		    "or false, found an integer",
		    "");
	refuse_json(J_CASE ", \"flags\": \"prisoner\"}]}", ENF_EPARSE,
		    "reg.json:2: cases[0].flags: expected an array of flags, "
		    "found a string",
		    "");
	/* A negative amount is read, and refused by the register. */
	refuse_json(J_CASE ", \"parties\": [{\"role\": \"debtor\", \"kind\": "
			   "\"person\", \"name\": \"A\"}], \"obligations\": "
			   "[{\"kind\": \"fine\", \"amount\": -5, \"debtor\": "
			   "0}]}]}",
		    ENF_EINVALID, "reg.json:2: cases[0].obligations[0].amount",
		    "-5");
}

static void test_io__json_duplicate_case(void **state)
{
	(void)state;
	refuse_json("{\"format\": \"enforcement-register\", \"version\": 1, "
		    "\"cases\": [\n{\"office\": \"LS-02\", \"decision_no\": "
		    "\"1/T\", \"mode\": \"agency\", \"judgment_kind\": "
		    "\"civil\"},\n{\"office\": \"LS-02\", \"decision_no\": "
		    "\"1/T\", \"mode\": \"agency\", \"judgment_kind\": "
		    "\"civil\"}]}",
		    ENF_ESTATE,
		    "reg.json:3: cases[1].decision_no: case \"1/T\" of office "
		    "\"LS-02\" is already on line 2",
		    "");
	refuse_json("{\"format\": \"enforcement-register\", \"version\": 1, "
		    "\"cases\": [\n{\"office\": \"LS-02\", \"decision_no\": "
		    "\"1/T\", \"mode\": \"agency\", \"judgment_kind\": "
		    "\"civil\", \"flags\": [\"prisoner\", 7]}]}",
		    ENF_EPARSE,
		    "reg.json:2: cases[0].flags: item 1 is not a flag", "");
	refuse_json("{\"format\": \"enforcement-register\", \"version\": 1, "
		    "\"cases\": [\n{\"office\": \"LS-02\", \"decision_no\": "
		    "\"1/T\", \"mode\": \"agency\", \"judgment_kind\": "
		    "\"civil\", \"events\": {}}]}",
		    ENF_EPARSE,
		    "reg.json:2: cases[0].events: expected an array, found an "
		    "object",
		    "");
}

static void test_io__json_deep_nesting(void **state)
{
	char text[200];

	(void)state;
	memset(text, 0, sizeof(text));
	memset(text, '[', 65);
	memset(text + 65, ']', 65);
	refuse_json(text, ENF_EPARSE,
		    "reg.json:1: ", "nested deeper than 64 levels");
	/* 64 levels are read (and then refused as not an object). */
	memset(text, 0, sizeof(text));
	memset(text, '[', 64);
	memset(text + 64, ']', 64);
	refuse_json(text, ENF_EPARSE,
		    "reg.json:1: the document is an array, not an object", "");
	/* Deep nesting inside a field. */
	memset(text, 0, sizeof(text));
	strcpy(text, "{\"cases\": ");
	memset(text + strlen(text), '[', 70);
	refuse_json(text, ENF_EPARSE,
		    "reg.json:1: cases[0][0][0][0][0][0][0][0][0][0][0][0][0]",
		    "nested deeper than 64 levels");
}

/* A one-case document with the debtor's name as given (JSON source). */
static enf_status import_name(enf_register *reg, const char *name)
{
	char text[512];

	(void)snprintf(
		text, sizeof(text),
		"{\"format\": \"enforcement-register\", \"version\": 1, "
		"\"cases\": [{\"office\": \"X\", \"decision_no\": \"1\", "
		"\"mode\": \"agency\", \"judgment_kind\": \"civil\", "
		"\"parties\": [{\"role\": \"debtor\", \"kind\": "
		"\"person\", \"name\": \"%s\"}]}]}",
		name);
	return enf_io_import_json(reg, text, "u.json");
}

static void test_io__json_unicode_escapes(void **state)
{
	enf_register *reg = fixture();
	enf_case *c = NULL;
	enf_party p;

	(void)state;
	assert_int_equal(import_name(reg, "Nguy\\u1ec5n \\u00C1nh "
					  "\\ud83d\\ude00 \\\" \\\\ \\/ \\t\\n"
					  "\\b\\f\\r \xc4\x90"),
			 ENF_OK);
	assert_int_equal(enf_register_find(&c, reg, "X", "1"), ENF_OK);
	assert_int_equal(enf_case_party(&p, c, 0), ENF_OK);
	assert_string_equal(p.name, "Nguy\xe1\xbb\x85n \xc3\x81nh "
				    "\xf0\x9f\x98\x80 \" \\ / \t\n\b\f\r "
				    "\xc4\x90");
	enf_register_free(reg);
	reg = fixture();
	assert_int_equal(import_name(reg, "\\ud83d x"), ENF_EPARSE);
	assert_error_names("u.json:1: cases[0].parties[0].name: ",
			   "\\uD83D is a high surrogate without a low one");
	assert_int_equal(import_name(reg, "\\ude00"), ENF_EPARSE);
	assert_error_names("u.json:1: cases[0].parties[0].name: ",
			   "a low surrogate without a high one");
	assert_int_equal(import_name(reg, "a\\u0000b"), ENF_EPARSE);
	assert_error_names("u.json:1: ", "\\u0000 is not allowed");
	assert_int_equal(import_name(reg, "\\u12G4"), ENF_EPARSE);
	assert_error_names("u.json:1: ", "four hexadecimal digits");
	assert_int_equal(import_name(reg, "\\x41"), ENF_EPARSE);
	assert_error_names("u.json:1: ", "unknown escape \\x");
	assert_int_equal(import_name(reg, "\xc3\x28"), ENF_EPARSE);
	assert_error_names("u.json:1: ", "not valid UTF-8");
	assert_int_equal(import_name(reg, "\xed\xa0\x80"), ENF_EPARSE);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES);
	enf_register_free(reg);
}

static void test_io__json_bad_input(void **state)
{
	enf_register *reg = fixture();
	char *out = (char *)"sentinel";
	size_t len = 7;

	(void)state;
	assert_int_equal(enf_io_import_json(NULL, "{}", NULL), ENF_EINVALID);
	assert_error_names("io_import_json", "reg is NULL");
	assert_int_equal(enf_io_import_json(reg, NULL, NULL), ENF_EINVALID);
	assert_error_names("io_import_json", "text is NULL");
	assert_int_equal(enf_io_import_json(reg, "{", NULL), ENF_EPARSE);
	assert_error_names("json:1: ", "expected a key in double quotes");
	assert_int_equal(enf_io_export_json(NULL, &len, reg), ENF_EINVALID);
	assert_error_names("io_export_json", "out is NULL");
	assert_int_equal(enf_io_export_json(&out, &len, NULL), ENF_EINVALID);
	assert_error_names("io_export_json", "reg is NULL");
	assert_null(out);
	assert_int_equal(len, 7);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* Directories                                                             */

static char *join(char *buf, size_t size, const char *dir, const char *name)
{
	(void)snprintf(buf, size, "%s/%s", dir, name);
	return buf;
}

static void remove_dir(const char *dir)
{
	char path[512];

	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		(void)remove(join(path, sizeof(path), dir,
				  enf_io_file_name((enf_io_entity)e)));
	(void)remove(join(path, sizeof(path), dir, "corrections.csv"));
	assert_int_equal(rmdir(dir), 0);
}

static void test_io__csv_dir_round_trip(void **state)
{
	char dir[] = "/tmp/enf-test-io-XXXXXX", path[512];
	enf_register *reg = fixture(), *back = NULL;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	assert_int_equal(enf_io_save_csv_dir(reg, dir), ENF_OK);
	/* Saving again replaces the files. */
	assert_int_equal(enf_io_save_csv_dir(reg, dir), ENF_OK);
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(back, dir), ENF_OK);
	assert_same_cases(reg, back, 0);
	/* Loading twice is refused: the cases are there already. */
	assert_int_equal(enf_io_load_csv_dir(back, dir), ENF_ESTATE);
	assert_int_equal(enf_register_count(back), FIXTURE_CASES);
	enf_register_free(back);
	/* Only cases.csv: the other files are optional. */
	for (int e = 1; e < ENF_IO_ENTITY_COUNT; e++)
		assert_int_equal(
			remove(join(path, sizeof(path), dir,
				    enf_io_file_name((enf_io_entity)e))),
			0);
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(back, dir), ENF_OK);
	assert_int_equal(enf_register_count(back), FIXTURE_CASES);
	enf_register_free(back);
	/* A NUL byte in a file is refused with its line. */
	f = fopen(join(path, sizeof(path), dir, "events.csv"), "wb");
	assert_non_null(f);
	assert_int_equal(
		fwrite(HEAD_EVENTS "x\0y\n", 1, sizeof(HEAD_EVENTS) + 3, f),
		sizeof(HEAD_EVENTS) + 3);
	assert_int_equal(fclose(f), 0);
	enf_error_clear();
	assert_refused(reg, enf_io_load_csv_dir(reg, dir), ENF_EPARSE,
		       "events.csv:2: a NUL byte", "");
	remove_dir(dir);
	enf_register_free(reg);
}

static void test_io__csv_dir_bad_input(void **state)
{
	char dir[] = "/tmp/enf-test-io-XXXXXX", missing[600];
	enf_register *reg = fixture();

	(void)state;
	assert_int_equal(enf_io_load_csv_dir(NULL, "/tmp"), ENF_EINVALID);
	assert_error_names("io_load_csv_dir", "reg is NULL");
	assert_int_equal(enf_io_load_csv_dir(reg, NULL), ENF_EINVALID);
	assert_error_names("io_load_csv_dir", "dir is NULL");
	assert_int_equal(enf_io_save_csv_dir(NULL, "/tmp"), ENF_EINVALID);
	assert_error_names("io_save_csv_dir", "reg is NULL");
	assert_int_equal(enf_io_save_csv_dir(reg, NULL), ENF_EINVALID);
	assert_error_names("io_save_csv_dir", "dir is NULL");
	/* An empty directory has no cases.csv. */
	assert_non_null(mkdtemp(dir));
	assert_int_equal(enf_io_load_csv_dir(reg, dir), ENF_ENOTFOUND);
	assert_error_names("io_load_csv_dir", "/cases.csv\"");
	/* A directory that does not exist cannot be written. */
	(void)snprintf(missing, sizeof(missing), "%s/none/", dir);
	assert_int_equal(enf_io_save_csv_dir(reg, missing), ENF_ENOTFOUND);
	assert_error_names("io_save_csv_dir", "none/cases.csv");
	assert_int_equal(enf_io_load_csv_dir(reg, missing), ENF_ENOTFOUND);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES);
	remove_dir(dir);
	enf_register_free(reg);
}

/* Imported cases are packed into one block each; every case of the
 * round trip can still take a party, an obligation, an asset and events,
 * and an exported copy of the changed register imports back equal (run
 * under ASan and valgrind, this also checks what is freed). */
static void test_io__imported_cases_change(void **state)
{
	enf_register *reg = fixture(), *back = NULL, *again = NULL;
	csv_set s = export_all(reg), t;

	(void)state;
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(import_set(back, &s), ENF_OK);
	for (size_t i = 0; i < enf_register_count(back); i++) {
		enf_case *c = NULL;
		enf_party p = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Added",
			       "079"};
		enf_asset a = {ENF_ASSET_MOVABLE, "Xe máy", 0,
			       ENF_SECURITY_NONE, 0};
		enf_obligation o = {ENF_OBL_COURT_FEE, 1000, 0, NONE, 0};
		int32_t k = -1;
		size_t np, no, na;

		assert_int_equal(enf_register_at(&c, back, i), ENF_OK);
		np = enf_case_party_count(c);
		no = enf_case_obligation_count(c);
		na = enf_case_asset_count(c);
		assert_int_equal(enf_case_add_party(&k, c, &p), ENF_OK);
		assert_int_equal(k, (int32_t)np);
		o.debtor = k, a.owner = k;
		assert_int_equal(enf_case_add_obligation(&k, c, &o), ENF_OK);
		assert_int_equal(k, (int32_t)no);
		assert_int_equal(enf_case_add_asset(&k, c, &a), ENF_OK);
		assert_int_equal(k, (int32_t)na);
		assert_int_equal(enf_case_party_count(c), np + 1);
	}
	/* Events after the packed log: it moves out of the block. */
	{
		enf_register *one = NULL;
		enf_case *c = NULL;
		enf_event n = {ENF_EV_DECISION_NOTIFIED, ymd(2025, 1, 7), 0, 0,
			       NONE},
			  k = {ENF_EV_CLASSIFIED, ymd(2025, 1, 20), 1, 0, NONE},
			  got;

		assert_int_equal(enf_register_new(&one), ENF_OK);
		assert_int_equal(enf_io_import_csv(one, HEAD_CASES CASE1, NULL,
						   NULL, NULL, HEAD_EVENTS EV0),
				 ENF_OK);
		assert_int_equal(enf_register_at(&c, one, 0), ENF_OK);
		assert_int_equal(enf_case_apply(c, &n), ENF_OK);
		assert_int_equal(enf_case_apply(c, &k), ENF_OK);
		assert_int_equal(enf_case_event_count(c), 3);
		assert_int_equal(enf_case_event(&got, c, 0), ENF_OK);
		assert_int_equal(got.kind, ENF_EV_DECISION_ISSUED);
		assert_int_equal(got.asset, NONE);
		assert_int_equal(enf_case_event(&got, c, 2), ENF_OK);
		assert_int_equal(got.kind, ENF_EV_CLASSIFIED);
		assert_int_equal(got.detail, 1);
		enf_register_free(one);
	}
	t = export_all(back);
	assert_int_equal(enf_register_new(&again), ENF_OK);
	assert_int_equal(import_set(again, &t), ENF_OK);
	assert_same_cases(back, again, 0);
	free_all(&s);
	free_all(&t);
	enf_register_free(again);
	enf_register_free(back);
	enf_register_free(reg);
}

/* At most 65,535 assets a case (events keep an asset index in 16 bits). */
static void test_io__asset_limit(void **state)
{
	enf_register *reg = fixture();
	enf_case *c = NULL;
	enf_asset a = {ENF_ASSET_MOVABLE, "x", 0, ENF_SECURITY_NONE, 0};
	int32_t k = -1;

	(void)state;
	assert_int_equal(enf_register_at(&c, reg, 0), ENF_OK);
	while (enf_case_asset_count(c) < 65535)
		assert_int_equal(enf_case_add_asset(&k, c, &a), ENF_OK);
	assert_int_equal(k, 65534);
	k = -7;
	assert_int_equal(enf_case_add_asset(&k, c, &a), ENF_ERANGE);
	assert_error_names("case_add_asset", "65535 assets");
	assert_int_equal(k, -7);
	assert_int_equal(enf_case_asset_count(c), 65535);
	enf_register_free(reg);
}

/* Writes text as dir/name. */
static void write_file(const char *dir, const char *name, const char *text)
{
	char path[512];
	FILE *f = fopen(join(path, sizeof(path), dir, name), "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	assert_int_equal(fclose(f), 0);
}

/* Several directories: the fixture's and a one-case directory, on 1 and 2
 * threads, equal to loading them one by one; a case in two directories
 * and a bad file refuse the whole load and name the directory. */
static void test_io__csv_dirs(void **state)
{
	char a[] = "/tmp/enf-test-io-XXXXXX", b[] = "/tmp/enf-test-io-XXXXXX";
	enf_register *reg = fixture(), *one = NULL, *two = NULL;
	const char *dirs[3];
	enf_case *c = NULL;

	(void)state;
	assert_non_null(mkdtemp(a));
	assert_non_null(mkdtemp(b));
	assert_int_equal(enf_io_save_csv_dir(reg, a), ENF_OK);
	write_file(b, "cases.csv", HEAD_CASES CASE1);
	write_file(b, "events.csv", HEAD_EVENTS EV0);
	dirs[0] = a, dirs[1] = b;
	for (unsigned threads = 0; threads <= 2; threads++) {
		assert_int_equal(enf_register_new(&two), ENF_OK);
		assert_int_equal(enf_io_load_csv_dirs(two, dirs, 2, threads),
				 ENF_OK);
		assert_int_equal(enf_register_count(two), FIXTURE_CASES + 1);
		assert_int_equal(enf_register_at(&c, two, FIXTURE_CASES),
				 ENF_OK);
		assert_int_equal(enf_case_event_count(c), 1);
		assert_int_equal(enf_register_find(&c, two, "LS-01",
						   "15/Q\xc4\x90-THADS"),
				 ENF_OK);
		assert_int_equal(enf_case_event_count(c), A_EVENTS);
		enf_register_free(two);
		/* The first directory alone gives the fixture back. */
		assert_int_equal(enf_register_new(&two), ENF_OK);
		assert_int_equal(enf_io_load_csv_dirs(two, dirs, 1, threads),
				 ENF_OK);
		assert_same_cases(reg, two, 0);
		enf_register_free(two);
	}
	/* The same as one directory after the other. */
	assert_int_equal(enf_register_new(&one), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(one, a), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(one, b), ENF_OK);
	assert_int_equal(enf_register_count(one), FIXTURE_CASES + 1);
	enf_register_free(one);
	/* No directory: nothing to do. */
	assert_int_equal(enf_io_load_csv_dirs(reg, dirs, 0, 2), ENF_OK);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES);
	/* b's case is new to reg but in both b and a copy of it. */
	dirs[0] = b, dirs[1] = b;
	assert_refused(reg, enf_io_load_csv_dirs(reg, dirs, 2, 2), ENF_ESTATE,
		       "io_load_csv_dirs: dirs[1]", "also in an earlier");
	/* a's cases are in reg already: refused by the directory's check. */
	dirs[0] = b, dirs[1] = a;
	assert_refused(reg, enf_io_load_csv_dirs(reg, dirs, 2, 2), ENF_ESTATE,
		       "io_load_csv_dirs: dirs[1] (\"",
		       "already in the register");
	/* A bad row in the second directory: the file, line and column. */
	write_file(b, "events.csv",
		   HEAD_EVENTS EV0
		   "LS-02,1/THADS,1,2025-02-30,classified,1,0,\n");
	dirs[0] = b;
	assert_refused(reg, enf_io_load_csv_dirs(reg, dirs, 1, 1), ENF_EPARSE,
		       "io_load_csv_dirs: dirs[0]",
		       "events.csv:3: date: \"2025-02-30\"");
	remove_dir(a);
	remove_dir(b);
	enf_register_free(reg);
}

static void test_io__csv_dirs_bad_input(void **state)
{
	enf_register *reg = fixture();
	const char *dirs[2] = {"/tmp", NULL};

	(void)state;
	assert_int_equal(enf_io_load_csv_dirs(NULL, dirs, 1, 1), ENF_EINVALID);
	assert_error_names("io_load_csv_dirs", "reg is NULL");
	assert_int_equal(enf_io_load_csv_dirs(reg, NULL, 1, 1), ENF_EINVALID);
	assert_error_names("io_load_csv_dirs", "dirs is NULL");
	assert_int_equal(enf_io_load_csv_dirs(reg, dirs, 2, 1), ENF_EINVALID);
	assert_error_names("io_load_csv_dirs", "dirs[1] is NULL");
	assert_int_equal(enf_io_load_csv_dirs(reg, dirs, 1, 257), ENF_EINVALID);
	assert_error_names("io_load_csv_dirs", "threads is 257; at most 256");
	dirs[1] = "/nonexistent/enf";
	assert_int_equal(enf_io_load_csv_dirs(reg, dirs + 1, 1, 2),
			 ENF_ENOTFOUND);
	assert_error_names("io_load_csv_dirs",
			   "dirs[0] (\"/nonexistent/enf\"): cannot read");
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* Empty files, blank lines and counted JSON                               */

#define HEAD_ASSETS                                                            \
	"office,decision_no,index,kind,description,owner,security,"            \
	"secured_amount\n"

/* RFC 4180 has no empty record: a blank line before the header or between
 * rows is refused at its own line, the first of several; line ends at the
 * end of a file are let be. */
static void test_io__csv_blank_lines(void **state)
{
	enf_register *reg = fixture();
	char events[512];

	(void)state;
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES PARTY0 "\nLS-02,1/THADS,1,creditor,person,B,\n",
	       ENF_EPARSE, "parties.csv:3: row: a blank line between rows",
	       "RFC 4180");
	refuse(ENF_IO_CASES, HEAD_CASES CASE1 "\r\n" CASE2, ENF_EPARSE,
	       "cases.csv:3: row: a blank line between rows", "");
	/* Lines 3 to 5 are blank; a quoted line break counts as a line. */
	refuse(ENF_IO_EVENTS,
	       HEAD_EVENTS EV0 "\n\r\n\n"
			       "LS-02,1/THADS,1,2025-01-20,classified,1,0,\n",
	       ENF_EPARSE, "events.csv:3: row: a blank line", "");
	refuse(ENF_IO_PARTIES,
	       HEAD_PARTIES "LS-02,1/THADS,0,debtor,person,\"A\nB\",\n"
			    "\nLS-02,1/THADS,1,creditor,person,B,\n",
	       ENF_EPARSE, "parties.csv:4: row: a blank line", "");
	/* Before the header, or a text of blank lines alone: no header. */
	refuse(ENF_IO_ASSETS, "\n" HEAD_ASSETS, ENF_EPARSE,
	       "assets.csv:1: header: a blank line",
	       "the first line is the header row");
	refuse(ENF_IO_CASES, "\n", ENF_EPARSE, "cases.csv:1: header: a blank",
	       "");
	refuse(ENF_IO_PARTIES, "\xef\xbb\xbf\r\n\r\n", ENF_EPARSE,
	       "parties.csv:1: header: a blank line", "");
	/* Line ends after the last row or after a header alone. */
	(void)snprintf(events, sizeof(events), "%s\n\r\n\n",
		       base_csv[ENF_IO_EVENTS]);
	assert_int_equal(import_with(reg, ENF_IO_EVENTS, events), ENF_OK);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES + 2);
	enf_register_free(reg);
	reg = fixture();
	assert_int_equal(
		import_with(reg, ENF_IO_OBLIGATIONS, HEAD_OBLIGATIONS "\n\n"),
		ENF_OK);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES + 2);
	enf_register_free(reg);
	reg = fixture();
	assert_int_equal(enf_io_import_csv(reg, HEAD_CASES "\r\n\r\n", NULL,
					   NULL, NULL, NULL),
			 ENF_OK);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES);
	enf_register_free(reg);
}

/* cases.csv is the one file a directory must have, with its header; the
 * other four may be missing or empty. */
static void test_io__csv_dir_empty_file(void **state)
{
	char dir[] = "/tmp/enf-test-io-XXXXXX";
	const char *dirs[1] = {dir};
	enf_register *reg = fixture();

	(void)state;
	assert_non_null(mkdtemp(dir));
	write_file(dir, "cases.csv", "");
	assert_refused(reg, enf_io_load_csv_dir(reg, dir), ENF_EPARSE,
		       "cases.csv:1: the file is empty; it needs the header "
		       "row naming the columns (at least office,decision_no,"
		       "mode,judgment_kind)",
		       "");
	assert_refused(reg, enf_io_load_csv_dirs(reg, dirs, 1, 1), ENF_EPARSE,
		       "io_load_csv_dirs: dirs[0]",
		       "cases.csv:1: the file is empty");
	write_file(dir, "cases.csv", "\xef\xbb\xbf");
	assert_refused(reg, enf_io_load_csv_dir(reg, dir), ENF_EPARSE,
		       "cases.csv:1: the file is empty", "");
	/* Header-less: blank lines alone, or a data row first. */
	write_file(dir, "cases.csv", "\n\n");
	assert_refused(reg, enf_io_load_csv_dir(reg, dir), ENF_EPARSE,
		       "cases.csv:1: header: a blank line", "");
	write_file(dir, "cases.csv", CASE1);
	assert_refused(reg, enf_io_load_csv_dir(reg, dir), ENF_EPARSE,
		       "cases.csv:1: LS-02: unknown column", "");
	/* A header alone is a file with no rows. */
	write_file(dir, "cases.csv", HEAD_CASES);
	assert_int_equal(enf_io_load_csv_dir(reg, dir), ENF_OK);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES);
	/* Empty optional files hold no rows. */
	write_file(dir, "cases.csv", HEAD_CASES CASE1);
	write_file(dir, "parties.csv", "");
	write_file(dir, "events.csv", "");
	assert_int_equal(enf_io_load_csv_dir(reg, dir), ENF_OK);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES + 1);
	remove_dir(dir);
	enf_register_free(reg);
}

/* A document of 8 lines, the last empty. */
#define J_DOC                                                                  \
	J_PRE "  {\"date\": \"2025-01-20\", \"kind\": \"classified\", "        \
	      "\"detail\": 1}\n" J_POST

/* A NUL-free copy of J_DOC lies in exactly len bytes. */
static void test_io__json_n(void **state)
{
	static const char doc[] = J_DOC;
	size_t len = sizeof(doc) - 1;
	enf_register *reg = fixture();
	char *exact = malloc(len), padded[512] = J_DOC;
	/* Line 2 starts at byte 35 and holds 13 bytes and its line feed: the
	 * NUL is at byte 49, on line 3, of 62. */
	static const char nul[] = "{\"format\": \"enforcement-register\",\n"
				  "\"version\": 1,\n"
				  "\0\"cases\": []}";

	(void)state;
	assert_non_null(exact);
	memcpy(exact, doc, len); /* no NUL after it: ASan sees an overread */
	assert_int_equal(enf_io_import_json_n(reg, exact, len, "reg.json"),
			 ENF_OK);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES + 1);
	free(exact);
	enf_register_free(reg);
	reg = fixture();
	/* An embedded NUL: the text after it is not dropped but refused. */
	assert_refused(
		reg,
		enf_io_import_json_n(reg, nul, sizeof(nul) - 1, "reg.json"),
		ENF_EPARSE, "reg.json:3: a NUL byte at byte offset 49 of 62",
		"JSON text holds none");
	/* A len past the text reaches its terminating NUL, on line 8. */
	assert_refused(reg,
		       enf_io_import_json_n(reg, padded, sizeof(padded), NULL),
		       ENF_EPARSE, "json:8: a NUL byte at byte offset", "");
	assert_non_null(strstr(enf_last_error(), " of 512; "));
	/* A len short of the text cuts the document. */
	assert_refused(reg, enf_io_import_json_n(reg, doc, len - 2, "reg.json"),
		       ENF_EPARSE, "reg.json:7: ", "expected ',' or '}'");
	assert_refused(reg, enf_io_import_json_n(reg, doc, 0, "reg.json"),
		       ENF_EPARSE, "reg.json:1: ", "the document ends");
	/* NULL, and a len no text has. */
	assert_int_equal(enf_io_import_json_n(NULL, doc, len, NULL),
			 ENF_EINVALID);
	assert_error_names("io_import_json_n", "reg is NULL");
	assert_int_equal(enf_io_import_json_n(reg, NULL, 0, NULL),
			 ENF_EINVALID);
	assert_error_names("io_import_json_n", "text is NULL");
	assert_int_equal(enf_io_import_json_n(reg, doc, SIZE_MAX, NULL),
			 ENF_EINVALID);
	assert_error_names("io_import_json_n", "longer than any text");
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES);
	/* The NUL-terminated form reads up to the first NUL. */
	assert_int_equal(enf_io_import_json(reg, padded, "reg.json"), ENF_OK);
	assert_int_equal(enf_register_count(reg), FIXTURE_CASES + 1);
	enf_register_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_io__csv_dirs),
		cmocka_unit_test(test_io__imported_cases_change),
		cmocka_unit_test(test_io__asset_limit),
		cmocka_unit_test(test_io__csv_dirs_bad_input),
		cmocka_unit_test(test_io__csv_blank_lines),
		cmocka_unit_test(test_io__csv_dir_empty_file),
		cmocka_unit_test(test_io__json_n),
		cmocka_unit_test(test_io__tokens),
		cmocka_unit_test(test_io__tokens_unknown),
		cmocka_unit_test(test_io__tokens_bad_input),
		cmocka_unit_test(test_io__file_names),
		cmocka_unit_test(test_io__csv_round_trip),
		cmocka_unit_test(test_io__csv_export_text),
		cmocka_unit_test(test_io__csv_import_into_non_empty),
		cmocka_unit_test(test_io__csv_bad_date),
		cmocka_unit_test(test_io__csv_bad_token),
		cmocka_unit_test(test_io__csv_bad_numbers),
		cmocka_unit_test(test_io__csv_field_edges),
		cmocka_unit_test(test_io__csv_bad_columns),
		cmocka_unit_test(test_io__csv_duplicate_case),
		cmocka_unit_test(test_io__csv_unknown_case),
		cmocka_unit_test(test_io__csv_illegal_event),
		cmocka_unit_test(test_io__csv_sequence_gap),
		cmocka_unit_test(test_io__csv_quotes),
		cmocka_unit_test(test_io__csv_crlf_bom),
		cmocka_unit_test(test_io__csv_bad_input),
		cmocka_unit_test(test_io__many_cases),
		cmocka_unit_test(test_io__json_round_trip),
		cmocka_unit_test(test_io__json_export_text),
		cmocka_unit_test(test_io__json_import),
		cmocka_unit_test(test_io__json_field_errors),
		cmocka_unit_test(test_io__json_document_errors),
		cmocka_unit_test(test_io__json_duplicate_case),
		cmocka_unit_test(test_io__json_grammar_errors),
		cmocka_unit_test(test_io__json_deep_nesting),
		cmocka_unit_test(test_io__json_unicode_escapes),
		cmocka_unit_test(test_io__json_bad_input),
		cmocka_unit_test(test_io__csv_dir_round_trip),
		cmocka_unit_test(test_io__csv_dir_bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
