/*
 * Tests of rules.h: the regime in force on a date and the durations each
 * regime sets for the case lifecycle.
 *
 * Expected values come from the law, written out here by hand:
 * - in force dates: Law 26/2008/QH12 from 2009-07-01; Law 64/2014/QH13
 *   from 2015-07-01; Law 106/2025/QH15 and Decree 152/2026/NĐ-CP from
 *   2026-07-01, a step being governed by the law in force on its date
 *   (Decree 152 Art 115);
 * - Law 26/2008 Art 36(1): decision within 5 working days of the request;
 * - Art 45(1): voluntary period of 10 days since the 2014 amendment; the
 *   2008 text said 15 days ("Thời hạn tự nguyện thi hành án là 15 ngày"),
 *   cut to 10 by Law 64/2014 from 2015-07-01;
 * - Art 44(1): verification within 10 days (2008 text, Art 44(2): within 10
 *   days of the decision; 2014: of the end of the voluntary period);
 *   Art 44(4): re-verification at least every 6 months, every year for a
 *   prisoner with 2+ years left or an unknown address;
 * - Decree 62/2015 Art 9(5): separate book after 1 year without means (2
 *   years for prisoners and unknown addresses), after 2 verifications;
 * - Decree 152/2026 Art 22: 2 years; on-request cases returned to the
 *   creditor; Art 8, 11: one decision per debtor;
 * - Art 30(1): limitation of 5 years from the judgment taking effect;
 *   Law 106/2025 Art 34(2) (Vs): none on a request filed again after the
 *   agency sent it back (Decree 152 Art 9(7)(đ), 22(2));
 * - the 2008 text: first verification from the decision (Art 44(1)-(2)),
 *   no separate book (it began with Decree 62/2015);
 * - Decree 152 Art 42(2), Decree 62/2015 Art 13(2): no coercion with
 *   mobilised forces 15 days before and after Tết (the 1st-3rd days of the
 *   lunar year, as the Ministry of Justice's directives count);
 * - Decree 152 Art 21(5): delegated verification answered within 30 days
 *   (registered assets), 45 if complex, 15 (other assets).
 * Values of Law 106 that the domain notes mark U keep the old values as
 * documented defaults (rules.h); so do the 2008 text's U values.
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

static enf_regime regime_on(enf_date d)
{
	enf_regime out = (enf_regime)-1;

	assert_int_equal(enf_regime_on(&out, d), ENF_OK);
	return out;
}

static void test_rules__regime_on_boundaries(void **state)
{
	(void)state;
	assert_int_equal(regime_on(ymd(2009, 7, 1)), ENF_REGIME_VN2008);
	assert_int_equal(regime_on(ymd(2012, 3, 15)), ENF_REGIME_VN2008);
	assert_int_equal(regime_on(ymd(2015, 6, 30)), ENF_REGIME_VN2008);
	assert_int_equal(regime_on(ymd(2015, 7, 1)), ENF_REGIME_VN2014);
	assert_int_equal(regime_on(ymd(2020, 2, 29)), ENF_REGIME_VN2014);
	assert_int_equal(regime_on(ymd(2026, 6, 30)), ENF_REGIME_VN2014);
	assert_int_equal(regime_on(ymd(2026, 7, 1)), ENF_REGIME_VN2026);
	assert_int_equal(regime_on(ymd(2040, 1, 1)), ENF_REGIME_VN2026);
	assert_int_equal(regime_on(ymd(9999, 12, 31)), ENF_REGIME_VN2026);
	assert_int_equal(regime_on(ENF_DATE_MAX), ENF_REGIME_VN2026);
}

static void test_rules__regime_on_bad_input(void **state)
{
	enf_regime out = ENF_REGIME_VN2014;

	(void)state;
	/* The day before Law 26/2008 took effect. */
	assert_int_equal(enf_regime_on(&out, ymd(2009, 6, 30)), ENF_ERANGE);
	assert_error_names("regime_on", "2009-07-01");
	assert_int_equal(out, ENF_REGIME_VN2014);
	assert_int_equal(enf_regime_on(&out, ymd(1990, 1, 1)), ENF_ERANGE);
	assert_int_equal(enf_regime_on(&out, ENF_DATE_MIN), ENF_ERANGE);
	assert_int_equal(out, ENF_REGIME_VN2014);
	/* Not a date. */
	assert_int_equal(enf_regime_on(&out, ENF_DATE_MAX + 1), ENF_ERANGE);
	assert_error_names("regime_on", "2932897");
	assert_int_equal(enf_regime_on(&out, ENF_DATE_MIN - 1), ENF_ERANGE);
	assert_int_equal(enf_regime_on(&out, INT32_MIN), ENF_ERANGE);
	assert_int_equal(out, ENF_REGIME_VN2014);
	assert_int_equal(enf_regime_on(NULL, ymd(2025, 1, 1)), ENF_EINVALID);
	assert_error_names("regime_on", "out");
}

static void test_rules__regime_name(void **state)
{
	(void)state;
	assert_string_equal(enf_regime_name(ENF_REGIME_VN2008), "VN-2008");
	assert_string_equal(enf_regime_name(ENF_REGIME_VN2014), "VN-2014");
	assert_string_equal(enf_regime_name(ENF_REGIME_VN2026), "VN-2026");
	assert_string_equal(enf_regime_name((enf_regime)3), "unknown");
	assert_string_equal(enf_regime_name((enf_regime)-1), "unknown");
	assert_string_equal(enf_regime_name((enf_regime)1000), "unknown");
}

/* The values of one regime, written out from the law. */
typedef struct expected_rules {
	enf_regime regime;
	int32_t decision_working_days;	      /* Art 36(1) */
	int32_t voluntary_days;		      /* Art 45(1) */
	int32_t verification_days;	      /* Art 44(1) */
	int32_t reverify_months;	      /* Art 44(2) as amended 2014 */
	int32_t reverify_months_special;      /* Art 44(2) */
	int32_t separate_book_months;	      /* D62 Art 9(5); D152 Art 22 */
	int32_t separate_book_months_special; /* D62 Art 9(5); D152 Art 22 */
	int32_t separate_book_verifications;  /* D62 Art 9(5) */
	int32_t limitation_years;	      /* Art 30(1) */
	int returns_request;		      /* D152 Art 22 */
	int case_per_debtor;		      /* D152 Art 8, 11 */
	int verification_from_decision;	      /* 2008 text Art 44(1)-(2) */
	int separate_book;		      /* D62 Art 9(5); D152 Art 22(1) */
	int limitation_after_return;	      /* Law 106 Art 34(2) */
	int32_t blackout_before, blackout_after, blackout_tet; /* Art 42(2) */
	int32_t reply, reply_complex, reply_other; /* D152 Art 21(5) */
} expected_rules;

static const expected_rules law[] = {
	/* Law 26/2008 as enacted: 15-day voluntary period (Art 45, 2008
	 * text); verification counted from the decision (Art 44); requests
	 * of creditors whose debtor had no means were returned (Art 51, trả
	 * đơn) and there was no separate book; the limitation after the
	 * return is U and kept. The blackout before 2015 is U (kept); no
	 * delegated reply limit (0). */
	{ENF_REGIME_VN2008,
	 5,
	 15,
	 10,
	 6,
	 12,
	 12,
	 24,
	 2,
	 5,
	 1,
	 0,
	 1,
	 0,
	 1,
	 15,
	 15,
	 3,
	 0,
	 0,
	 0},
	/* Law 26/2008 as amended by Law 64/2014, Decree 62/2015 (Art 9(5),
	 * 13(2)). */
	{ENF_REGIME_VN2014,
	 5,
	 10,
	 10,
	 6,
	 12,
	 12,
	 24,
	 2,
	 5,
	 0,
	 0,
	 0,
	 1,
	 1,
	 15,
	 15,
	 3,
	 0,
	 0,
	 0},
	/* Law 106/2025, Decree 152/2026 Art 22 (24 months for every case,
	 * request returned, one case per debtor), Art 34(2) (no limitation
	 * after the return), Art 42(2), Art 21(5); the rest U: old values. */
	{ENF_REGIME_VN2026,
	 5,
	 10,
	 10,
	 6,
	 12,
	 24,
	 24,
	 2,
	 5,
	 1,
	 1,
	 0,
	 1,
	 0,
	 15,
	 15,
	 3,
	 30,
	 45,
	 15},
};

static void test_rules__case_rules_for(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(law) / sizeof(law[0]); i++) {
		const expected_rules *e = &law[i];
		enf_case_rules r;

		memset(&r, 0xa5, sizeof(r));
		assert_int_equal(enf_case_rules_for(&r, e->regime), ENF_OK);
		assert_int_equal(r.version, ENF_CASE_RULES_VERSION);
		assert_int_equal(r.regime, e->regime);
		assert_int_equal(r.decision_working_days,
				 e->decision_working_days);
		assert_int_equal(r.voluntary_days, e->voluntary_days);
		assert_int_equal(r.verification_days, e->verification_days);
		assert_int_equal(r.reverify_months, e->reverify_months);
		assert_int_equal(r.reverify_months_special,
				 e->reverify_months_special);
		assert_int_equal(r.separate_book_months,
				 e->separate_book_months);
		assert_int_equal(r.separate_book_months_special,
				 e->separate_book_months_special);
		assert_int_equal(r.separate_book_verifications,
				 e->separate_book_verifications);
		assert_int_equal(r.limitation_years, e->limitation_years);
		assert_int_equal(r.returns_request, e->returns_request);
		assert_int_equal(r.case_per_debtor, e->case_per_debtor);
		assert_int_equal(r.verification_from_decision,
				 e->verification_from_decision);
		assert_int_equal(r.separate_book, e->separate_book);
		assert_int_equal(r.limitation_after_return,
				 e->limitation_after_return);
		assert_int_equal(r.blackout_days_before, e->blackout_before);
		assert_int_equal(r.blackout_days_after, e->blackout_after);
		assert_int_equal(r.blackout_tet_days, e->blackout_tet);
		assert_int_equal(r.delegated_reply_days, e->reply);
		assert_int_equal(r.delegated_reply_days_complex,
				 e->reply_complex);
		assert_int_equal(r.delegated_reply_days_other, e->reply_other);
		/* The library's own values pass its check. */
		assert_int_equal(enf_case_rules_check(&r), ENF_OK);
	}
}

static void test_rules__case_rules_for_bad_input(void **state)
{
	enf_case_rules r;
	enf_case_rules before;

	(void)state;
	memset(&r, 0x5a, sizeof(r));
	before = r;
	assert_int_equal(enf_case_rules_for(&r, (enf_regime)3), ENF_EINVALID);
	assert_error_names("case_rules_for", "3");
	assert_memory_equal(&r, &before, sizeof(r));
	assert_int_equal(enf_case_rules_for(&r, (enf_regime)-1), ENF_EINVALID);
	assert_memory_equal(&r, &before, sizeof(r));
	assert_int_equal(enf_case_rules_for(NULL, ENF_REGIME_VN2014),
			 ENF_EINVALID);
	assert_error_names("case_rules_for", "out");
}

static enf_case_rules vn2014(void)
{
	enf_case_rules r;

	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2014), ENF_OK);
	return r;
}

/* Sets one duration field of r by its name. */
static int32_t *field(enf_case_rules *r, const char *name)
{
	if (strcmp(name, "decision_working_days") == 0)
		return &r->decision_working_days;
	if (strcmp(name, "voluntary_days") == 0)
		return &r->voluntary_days;
	if (strcmp(name, "verification_days") == 0)
		return &r->verification_days;
	if (strcmp(name, "reverify_months") == 0)
		return &r->reverify_months;
	if (strcmp(name, "reverify_months_special") == 0)
		return &r->reverify_months_special;
	if (strcmp(name, "separate_book_months") == 0)
		return &r->separate_book_months;
	if (strcmp(name, "separate_book_months_special") == 0)
		return &r->separate_book_months_special;
	if (strcmp(name, "separate_book_verifications") == 0)
		return &r->separate_book_verifications;
	assert_string_equal(name, "limitation_years");
	return &r->limitation_years;
}

static void test_rules__check_durations(void **state)
{
	static const char *const names[] = {
		"decision_working_days",
		"voluntary_days",
		"verification_days",
		"reverify_months",
		"reverify_months_special",
		"separate_book_months",
		"separate_book_months_special",
		"separate_book_verifications",
		"limitation_years",
	};
	static const int32_t bad[] = {0, -1, INT32_MIN, 1201, INT32_MAX};

	(void)state;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		char want[64];

		/* ": reverify_months is" is not found in a message about
		 * reverify_months_special. */
		(void)snprintf(want, sizeof(want), ": %s is", names[i]);
		for (size_t j = 0; j < sizeof(bad) / sizeof(bad[0]); j++) {
			enf_case_rules r = vn2014();

			*field(&r, names[i]) = bad[j];
			assert_int_equal(enf_case_rules_check(&r),
					 ENF_EINVALID);
			assert_error_names("case_rules_check", want);
		}
		{
			/* The limits themselves are fine (rules.h: at least
			 * 1; the library caps at 1200). */
			enf_case_rules r = vn2014();

			*field(&r, names[i]) = 1;
			assert_int_equal(enf_case_rules_check(&r), ENF_OK);
			*field(&r, names[i]) = 1200;
			assert_int_equal(enf_case_rules_check(&r), ENF_OK);
		}
	}
}

static void test_rules__check_flags_regime_version(void **state)
{
	enf_case_rules r;

	(void)state;
	r = vn2014();
	r.returns_request = 2;
	assert_int_equal(enf_case_rules_check(&r), ENF_EINVALID);
	assert_error_names("case_rules_check", "returns_request");
	r.returns_request = -1;
	assert_int_equal(enf_case_rules_check(&r), ENF_EINVALID);
	assert_error_names("case_rules_check", "returns_request");
	r.returns_request = 1; /* a caller may turn it on */
	assert_int_equal(enf_case_rules_check(&r), ENF_OK);

	r = vn2014();
	r.case_per_debtor = 2;
	assert_int_equal(enf_case_rules_check(&r), ENF_EINVALID);
	assert_error_names("case_rules_check", "case_per_debtor");
	r.case_per_debtor = 1;
	assert_int_equal(enf_case_rules_check(&r), ENF_OK);

	r = vn2014();
	r.regime = (enf_regime)3;
	assert_int_equal(enf_case_rules_check(&r), ENF_EINVALID);
	assert_error_names("case_rules_check", "regime");
	r.regime = (enf_regime)-1;
	assert_int_equal(enf_case_rules_check(&r), ENF_EINVALID);
	assert_error_names("case_rules_check", "regime");

	r = vn2014();
	r.version = 0;
	assert_int_equal(enf_case_rules_check(&r), ENF_EVERSION);
	assert_error_names("case_rules_check", "version");
	r.version = ENF_CASE_RULES_VERSION + 1;
	assert_int_equal(enf_case_rules_check(&r), ENF_EVERSION);
	assert_error_names("case_rules_check", "version");
	/* The version is checked before the fields. */
	r.voluntary_days = 0;
	assert_int_equal(enf_case_rules_check(&r), ENF_EVERSION);

	assert_int_equal(enf_case_rules_check(NULL), ENF_EINVALID);
	assert_error_names("case_rules_check", "rules is NULL");
}

/* The fields version 2 added: flags 0/1; day counts 0 (none) up to their
 * caps (rules.h). */
static void test_rules__check_version2_fields(void **state)
{
	static const struct {
		const char *name;
		size_t offset;
		int32_t hi;
		int is_flag;
	} f[] = {
#define F(name, hi, flag) {#name, offsetof(enf_case_rules, name), hi, flag}
		F(verification_from_decision, 1, 1),
		F(separate_book, 1, 1),
		F(limitation_after_return, 1, 1),
		F(blackout_days_before, 120, 0),
		F(blackout_days_after, 120, 0),
		F(blackout_tet_days, 30, 0),
		F(delegated_reply_days, 1200, 0),
		F(delegated_reply_days_complex, 1200, 0),
		F(delegated_reply_days_other, 1200, 0),
#undef F
	};

	(void)state;
	for (size_t i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		const int32_t bad[] = {-1, f[i].hi + 1, INT32_MIN};
		char want[64];

		(void)snprintf(want, sizeof(want), ": %s is", f[i].name);
		for (size_t j = 0; j < 3; j++) {
			enf_case_rules r = vn2014();
			char *at = (char *)&r + f[i].offset;

			if (f[i].is_flag) {
				int v = (int)bad[j];

				memcpy(at, &v, sizeof(v));
			} else {
				memcpy(at, &bad[j], sizeof(bad[j]));
			}
			assert_int_equal(enf_case_rules_check(&r),
					 ENF_EINVALID);
			assert_error_names("case_rules_check", want);
			/* A version 1 value has no such field: not read. */
			r.version = 1;
			assert_int_equal(enf_case_rules_check(&r), ENF_OK);
		}
		{
			enf_case_rules r = vn2014();
			char *at = (char *)&r + f[i].offset;
			int32_t lo = 0;

			memcpy(at, &lo, sizeof(lo));
			assert_int_equal(enf_case_rules_check(&r), ENF_OK);
			memcpy(at, &f[i].hi, sizeof(f[i].hi));
			assert_int_equal(enf_case_rules_check(&r), ENF_OK);
		}
	}
}

/*
 * The case rules are rows of the catalogue: "VN-2014.voluntary_days" is 10
 * days (Law 26/2008 Art 45(1), V), in force 1 Jul 2015 - 30 Jun 2026;
 * "VN-2026.delegated_reply_days" 30 (Decree 152/2026 Art 21(5)(a), V);
 * "VN-2026.limitation_after_return" 0 (Law 106/2025 Art 34(2), Vs); the
 * Tết days 4 through 2013 (Labour Code 1994 Art 73) and 5 from 2014
 * (Labour Code 2012 Art 115).
 */
static void test_rules__case_rules_are_catalogue_rows(void **state)
{
	static const struct {
		const char *id;
		int y, m, d;
		int64_t value;
		const char *unit, *confidence;
	} rows[] = {
		{"VN-2014.voluntary_days", 2015, 7, 1, 10, "days", "V"},
		{"VN-2008.voluntary_days", 2010, 1, 1, 15, "days", "V"},
		{"VN-2026.voluntary_days", 2026, 7, 1, 10, "days", "U"},
		{"VN-2026.separate_book_months", 2027, 1, 1, 24, "months", "V"},
		{"VN-2026.delegated_reply_days", 2026, 7, 1, 30, "days", "V"},
		{"VN-2026.delegated_reply_days_complex", 2026, 7, 1, 45, "days",
		 "V"},
		{"VN-2026.delegated_reply_days_other", 2026, 7, 1, 15, "days",
		 "V"},
		{"VN-2026.limitation_after_return", 2026, 7, 1, 0, "flag",
		 "Vs"},
		{"VN-2008.separate_book", 2010, 1, 1, 0, "flag", "Vs"},
		{"VN-2026.blackout_days_before", 2027, 2, 6, 15, "days", "V"},
		{"VN-2014.blackout_days_after", 2018, 2, 16, 15, "days", "Vs"},
		{"VN.tet_days", 2013, 2, 10, 4, "days", "Vs"},
		{"VN.tet_days", 2014, 1, 31, 5, "days", "V"},
	};
	enf_rule row;
	int64_t v;

	(void)state;
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		enf_date d = 0;

		assert_int_equal(
			enf_date_from_ymd(&d, rows[i].y, rows[i].m, rows[i].d),
			ENF_OK);
		v = -1;
		assert_int_equal(enf_rules_value(&v, &row, NULL, rows[i].id, d),
				 ENF_OK);
		assert_int_equal(v, rows[i].value);
		assert_string_equal(row.unit, rows[i].unit);
		assert_string_equal(row.confidence, rows[i].confidence);
		assert_true(strlen(row.citation) > 0);
	}
	/* A regime's row is not in force outside the regime. */
	assert_int_equal(enf_rules_value(&v, NULL, NULL,
					 "VN-2014.voluntary_days",
					 ymd(2026, 7, 1)),
			 ENF_ENOTFOUND);
	assert_error_names("rules_value", "2026-07-01");
}

/*
 * enf_case_rules_from(): a caller's row of the id wins, whatever its dates;
 * every other field is the built-in one; NULL is the built-in rules.
 */
static void test_rules__case_rules_from_book(void **state)
{
	enf_rulebook *book = NULL;
	enf_case_rules r, builtin, before;

	(void)state;
	assert_int_equal(enf_rulebook_new(&book), ENF_OK);
	assert_int_equal(enf_case_rules_for(&builtin, ENF_REGIME_VN2026),
			 ENF_OK);
	assert_int_equal(enf_case_rules_from(&r, NULL, ENF_REGIME_VN2026),
			 ENF_OK);
	assert_memory_equal(&r, &builtin, sizeof(r));
	assert_int_equal(enf_case_rules_from(&r, book, ENF_REGIME_VN2026),
			 ENF_OK);
	assert_memory_equal(&r, &builtin, sizeof(r));
	assert_int_equal(enf_rulebook_override(
				 book, "VN-2026.voluntary_days 2027-01-01 none "
				       "15 cite \"Law 106/2025 Art 36(1)\"\n"
				       "VN-2026.limitation_after_return none "
				       "none 1\n"),
			 ENF_OK);
	assert_int_equal(enf_case_rules_from(&r, book, ENF_REGIME_VN2026),
			 ENF_OK);
	assert_int_equal(r.voluntary_days, 15);
	assert_int_equal(r.limitation_after_return, 1);
	r.voluntary_days = builtin.voluntary_days;
	r.limitation_after_return = builtin.limitation_after_return;
	assert_memory_equal(&r, &builtin, sizeof(r));
	/* Other regimes are untouched. */
	assert_int_equal(enf_case_rules_from(&r, book, ENF_REGIME_VN2014),
			 ENF_OK);
	assert_int_equal(r.voluntary_days, 10);
	/* A value the catalogue's unit allows but the case rules do not. */
	assert_int_equal(enf_rulebook_override(
				 book, "VN-2026.blackout_days_before none none "
				       "200\n"),
			 ENF_OK);
	memset(&before, 0x5a, sizeof(before));
	r = before;
	assert_int_equal(enf_case_rules_from(&r, book, ENF_REGIME_VN2026),
			 ENF_ERANGE);
	assert_error_names("case_rules_from", "VN-2026.blackout_days_before");
	assert_memory_equal(&r, &before, sizeof(r));
	assert_int_equal(enf_case_rules_from(&r, book, (enf_regime)3),
			 ENF_EINVALID);
	assert_error_names("case_rules_from", "regime is 3");
	assert_int_equal(enf_case_rules_from(NULL, book, ENF_REGIME_VN2026),
			 ENF_EINVALID);
	enf_rulebook_free(book);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules__regime_on_boundaries),
		cmocka_unit_test(test_rules__regime_on_bad_input),
		cmocka_unit_test(test_rules__regime_name),
		cmocka_unit_test(test_rules__case_rules_for),
		cmocka_unit_test(test_rules__case_rules_for_bad_input),
		cmocka_unit_test(test_rules__check_durations),
		cmocka_unit_test(test_rules__check_flags_regime_version),
		cmocka_unit_test(test_rules__check_version2_fields),
		cmocka_unit_test(test_rules__case_rules_are_catalogue_rows),
		cmocka_unit_test(test_rules__case_rules_from_book),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
