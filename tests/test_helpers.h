/* Helpers shared by the cmocka tests; include after <cmocka.h>. */
#ifndef ENF_TEST_HELPERS_H
#define ENF_TEST_HELPERS_H

#include <stdint.h>
#include <string.h>

#include <enforcement.h>

/* The day number of y-m-d; the date must be valid. */
static inline enf_date ymd(int y, int m, int d)
{
	enf_date out = INT32_MIN;

	assert_int_equal(enf_date_from_ymd(&out, y, m, d), ENF_OK);
	return out;
}

/* Asserts that the last error names the function and the value. */
static inline void assert_error_names(const char *fn, const char *what)
{
	assert_non_null(strstr(enf_last_error(), fn));
	assert_non_null(strstr(enf_last_error(), what));
}

#endif /* ENF_TEST_HELPERS_H */
