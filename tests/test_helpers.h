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

/* Asserts that the last error names the function and the value; shows
 * the message when it does not. */
static inline void assert_error_names(const char *fn, const char *what)
{
	if (strstr(enf_last_error(), fn) == NULL ||
	    strstr(enf_last_error(), what) == NULL)
		print_error("last error \"%s\" lacks \"%s\" or \"%s\"\n",
			    enf_last_error(), fn, what);
	assert_non_null(strstr(enf_last_error(), fn));
	assert_non_null(strstr(enf_last_error(), what));
}

/* States compared field by field: a struct returned by value need not
 * keep its padding bytes (gcc -O3 does not). */
static inline void assert_auction_state_equal(const enf_auction_state *x,
					      const enf_auction_state *y)
{
	assert_int_equal(x->phase, y->phase);
	assert_int_equal(x->round, y->round);
	assert_int_equal(x->cuts, y->cuts);
	assert_int_equal(x->value, y->value);
	assert_int_equal(x->price, y->price);
	assert_int_equal(x->lowest_bid, y->lowest_bid);
	assert_int_equal(x->deposit, y->deposit);
	assert_int_equal(x->next_min, y->next_min);
	assert_int_equal(x->proceeds, y->proceeds);
	assert_int_equal(x->offer_open, y->offer_open);
	assert_int_equal(x->at_floor, y->at_floor);
	assert_int_equal(x->below_secured, y->below_secured);
	assert_int_equal(x->date, y->date);
	assert_int_equal(x->next_date, y->next_date);
}

#endif /* ENF_TEST_HELPERS_H */
