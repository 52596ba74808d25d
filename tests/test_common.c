/* Tests of common.h: version, status names, the last-error message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>
#include <pthread.h>

static void test_common__version(void **state)
{
	(void)state;
	assert_string_equal(enf_version(), ENF_VERSION);
	assert_int_equal(enf_version_number(), ENF_VERSION_NUMBER);
	assert_int_equal(ENF_VERSION_NUMBER, ENF_VERSION_MAJOR * 1000000 +
						     ENF_VERSION_MINOR * 1000 +
						     ENF_VERSION_PATCH);
	assert_true(ENF_VERSION_CHECK(0, 0, 1));
	assert_false(ENF_VERSION_CHECK(ENF_VERSION_MAJOR + 1, 0, 0));
}

static void test_common__status_str(void **state)
{
	(void)state;
	assert_string_equal(enf_status_str(ENF_OK), "ok");
	assert_string_equal(enf_status_str(ENF_EINVALID), "invalid argument");
	assert_string_equal(enf_status_str(ENF_ERANGE), "out of range");
	assert_string_equal(enf_status_str(ENF_EOVERFLOW), "overflow");
	assert_string_equal(enf_status_str(ENF_ENOTFOUND), "not found");
	assert_string_equal(enf_status_str(ENF_ESTATE), "invalid state");
	assert_string_equal(enf_status_str(ENF_EPARSE), "parse error");
	assert_string_equal(enf_status_str(ENF_ENOMEM), "out of memory");
	assert_string_equal(enf_status_str(ENF_EVERSION),
			    "unsupported version");
	assert_string_equal(enf_status_str(ENF_EBUFSIZE), "buffer too small");
	assert_string_equal(enf_status_str(ENF_EDIVZERO), "division by zero");
	/* Bad input: an unknown code still gives a string. */
	assert_string_equal(enf_status_str((enf_status)-999), "unknown status");
	assert_string_equal(enf_status_str((enf_status)5), "unknown status");
}

static void test_common__codes_are_stable(void **state)
{
	(void)state;
	/* Codes are append-only; these values are part of the ABI. */
	assert_int_equal(ENF_OK, 0);
	assert_int_equal(ENF_EINVALID, -1);
	assert_int_equal(ENF_ERANGE, -2);
	assert_int_equal(ENF_EOVERFLOW, -3);
	assert_int_equal(ENF_ENOTFOUND, -4);
	assert_int_equal(ENF_ESTATE, -5);
	assert_int_equal(ENF_EPARSE, -6);
	assert_int_equal(ENF_ENOMEM, -7);
	assert_int_equal(ENF_EVERSION, -8);
	assert_int_equal(ENF_EBUFSIZE, -9);
	assert_int_equal(ENF_EDIVZERO, -10);
}

static void test_common__last_error(void **state)
{
	enf_money out = 42;

	(void)state;
	enf_error_clear();
	assert_string_equal(enf_last_error(), "");
	assert_int_equal(enf_last_status(), ENF_OK);

	assert_int_equal(enf_money_add(&out, INT64_MAX, 1), ENF_EOVERFLOW);
	assert_int_equal(out, 42);
	assert_int_equal(enf_last_status(), ENF_EOVERFLOW);
	assert_non_null(strstr(enf_last_error(), "9223372036854775807 + 1"));

	/* Success does not clear the message; enf_error_clear() does. */
	assert_int_equal(enf_money_add(&out, 1, 1), ENF_OK);
	assert_int_equal(enf_last_status(), ENF_EOVERFLOW);
	enf_error_clear();
	assert_string_equal(enf_last_error(), "");

	/* A NULL out-parameter is named. */
	assert_int_equal(enf_money_add(NULL, 1, 1), ENF_EINVALID);
	assert_string_equal(enf_last_error(), "money_add: out is NULL");
}

/* Each thread sees its own last error. */
static void *enf_test_thread(void *arg)
{
	enf_money out;
	int *ok = arg;

	*ok = enf_money_neg(&out, INT64_MIN) == ENF_EOVERFLOW &&
	      strstr(enf_last_error(), "money_neg") != NULL;
	return NULL;
}

static void test_common__last_error_is_thread_local(void **state)
{
	pthread_t t;
	int ok = 0;

	(void)state;
	enf_error_clear();
	assert_int_equal(enf_money_add(NULL, 1, 1), ENF_EINVALID);
	assert_int_equal(pthread_create(&t, NULL, enf_test_thread, &ok), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_true(ok);
	/* The other thread's failure did not touch this thread's message. */
	assert_string_equal(enf_last_error(), "money_add: out is NULL");
	assert_int_equal(enf_last_status(), ENF_EINVALID);
}

/* enf_free() frees any text the library returns, and NULL is a no-op;
 * enf_io_free() is the same, kept until 1.0. */
static void test_common__free(void **state)
{
	enf_trail *t = NULL;
	char *text = NULL;
	size_t len = 0;

	(void)state;
	enf_free(NULL);
	enf_io_free(NULL);
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	assert_int_equal(enf_trail_to_csv(&text, &len, t), ENF_OK);
	assert_non_null(text);
	enf_free(text);
	assert_int_equal(enf_trail_to_json(&text, &len, t), ENF_OK);
	enf_io_free(text);
	enf_trail_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_common__version),
		cmocka_unit_test(test_common__status_str),
		cmocka_unit_test(test_common__codes_are_stable),
		cmocka_unit_test(test_common__last_error),
		cmocka_unit_test(test_common__last_error_is_thread_local),
		cmocka_unit_test(test_common__free),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
