/*
 * Tests of enf_stats_identities(): the identities of the indicator table
 * checked between published rows, some of them unknown. The figures are
 * the sample office LS-BG's first half of enforcement year 2025 (the
 * column of `enforcement report examples/data/sample --period 2025-H1`),
 * whose identities hold by hand:
 *   182 + 109 = 291; 291 - 3 - 2 = 286; 185 + 93 + 8 + 0 = 286;
 *   73 + 81 + 8 + 23 = 185; 286 - 73 = 213.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

/* In the order of enf_indicator. */
static const int64_t ls_bg[ENF_IND_COUNT] = {182, 109, 291, 3,	2, 286, 185, 73,
					     81,  8,   23,  93, 8, 0,	213};

static void check(const int64_t *rows, enf_stats_identity *out)
{
	size_t n = 0;

	assert_int_equal(enf_stats_identities(out, ENF_STATS_IDENTITY_COUNT, &n,
					      rows, ENF_IND_COUNT),
			 ENF_OK);
	assert_int_equal(n, ENF_STATS_IDENTITY_COUNT);
}

static void test_identities__a_consistent_table_holds(void **state)
{
	enf_stats_identity out[ENF_STATS_IDENTITY_COUNT];

	(void)state;
	check(ls_bg, out);
	assert_string_equal(out[0].name, "total = carried_over + received");
	assert_string_equal(out[4].name, "carried_next = to_enforce - done");
	for (int k = 0; k < ENF_STATS_IDENTITY_COUNT; k++) {
		assert_int_equal(out[k].result, ENF_IDENTITY_HOLDS);
		assert_int_equal(out[k].difference, 0);
	}
}

/* A total misprinted as 290 breaks the two identities that name it: 290 -
 * (182 + 109) = -1, and 286 - (290 - 3 - 2) = +1. */
static void test_identities__a_misprint_fails_where_it_is_used(void **state)
{
	enf_stats_identity out[ENF_STATS_IDENTITY_COUNT];
	int64_t rows[ENF_IND_COUNT];

	(void)state;
	memcpy(rows, ls_bg, sizeof(rows));
	rows[ENF_IND_TOTAL] = 290;
	check(rows, out);
	assert_int_equal(out[0].result, ENF_IDENTITY_FAILS);
	assert_int_equal(out[0].difference, -1);
	assert_int_equal(out[1].result, ENF_IDENTITY_FAILS);
	assert_int_equal(out[1].difference, 1);
	assert_int_equal(out[2].result, ENF_IDENTITY_HOLDS);
	assert_int_equal(out[3].result, ENF_IDENTITY_HOLDS);
	assert_int_equal(out[4].result, ENF_IDENTITY_HOLDS);
}

/* Lạng Sơn's press figures give with means (3,567) and done (2,244) only:
 * nothing can be checked. Without carried over, the first identity is not
 * checked and the others still are. */
static void test_identities__unknown_rows_are_not_checked(void **state)
{
	enf_stats_identity out[ENF_STATS_IDENTITY_COUNT];
	int64_t rows[ENF_IND_COUNT];

	(void)state;
	for (int r = 0; r < ENF_IND_COUNT; r++)
		rows[r] = -1;
	rows[ENF_IND_WITH_MEANS] = 3567;
	rows[ENF_IND_DONE] = 2244;
	check(rows, out);
	for (int k = 0; k < ENF_STATS_IDENTITY_COUNT; k++)
		assert_int_equal(out[k].result, ENF_IDENTITY_UNCHECKED);
	memcpy(rows, ls_bg, sizeof(rows));
	rows[ENF_IND_CARRIED_OVER] = -1;
	check(rows, out);
	assert_int_equal(out[0].result, ENF_IDENTITY_UNCHECKED);
	for (int k = 1; k < ENF_STATS_IDENTITY_COUNT; k++)
		assert_int_equal(out[k].result, ENF_IDENTITY_HOLDS);
}

static void test_identities__bad_input(void **state)
{
	enf_stats_identity out[ENF_STATS_IDENTITY_COUNT];
	int64_t rows[ENF_IND_COUNT];
	size_t n = 99;

	(void)state;
	memcpy(rows, ls_bg, sizeof(rows));
	assert_int_equal(enf_stats_identities(out, 5, &n, rows, 14),
			 ENF_EINVALID);
	assert_non_null(strstr(enf_last_error(), "rows holds 14 figures"));
	assert_int_equal(n, 99);
	rows[ENF_IND_DONE] = -2;
	assert_int_equal(enf_stats_identities(out, 5, &n, rows, ENF_IND_COUNT),
			 ENF_EINVALID);
	assert_non_null(strstr(enf_last_error(), "rows[7] (done) is -2"));
	assert_int_equal(n, 99);
	rows[ENF_IND_DONE] = 73;
	assert_int_equal(
		enf_stats_identities(out, 5, NULL, rows, ENF_IND_COUNT),
		ENF_EINVALID);
	assert_int_equal(enf_stats_identities(out, 5, &n, NULL, ENF_IND_COUNT),
			 ENF_EINVALID);
	/* The two-call convention: the count first, then the results. */
	assert_int_equal(enf_stats_identities(NULL, 0, &n, rows, ENF_IND_COUNT),
			 ENF_EBUFSIZE);
	assert_int_equal(n, ENF_STATS_IDENTITY_COUNT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identities__a_consistent_table_holds),
		cmocka_unit_test(
			test_identities__a_misprint_fails_where_it_is_used),
		cmocka_unit_test(test_identities__unknown_rows_are_not_checked),
		cmocka_unit_test(test_identities__bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
