/*
 * The io layer's fast paths against their plain forms (io_enums.c,
 * io_arena.c, io_internal.h): the index an import finds tokens by gives
 * what the family's table gives, for every token, every prefix and
 * extension of one, and texts that are none; the compare of two short
 * texts agrees with memcmp() at every length; memory with the huge-page
 * hint is ordinary memory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io_internal.h"

#define FAMILIES (ENF_IO_ENUM_FLAG + 1)

/* The index and the table agree on text[0, len). */
static void same_answer(const enf__io_tokidx *t, enf_io_enum fam,
			const char *text, size_t len)
{
	int a = -7, b = -7;
	int fa = enf__io_token_find(&a, fam, text, len, t);
	int fb = enf__io_token_find(&b, fam, text, len, NULL);

	assert_int_equal(fa, fb);
	assert_int_equal(a, b);
}

/* Every token of every family, found by value both ways; its prefixes,
 * its extensions and its neighbours' spellings. */
static void test_fast__token_index(void **state)
{
	enf__io_tokidx *t = malloc(sizeof(*t));
	char buf[300];

	(void)state;
	assert_non_null(t);
	enf__io_tokidx_build(t);
	for (int fam = 0; fam < FAMILIES; fam++)
		for (int v = 0; v < 64; v++) {
			int value = fam == ENF_IO_ENUM_FLAG ? 1 << v : v;
			const char *tok = enf_io_token((enf_io_enum)fam, value);
			size_t len;
			int got = -1;

			if (tok == NULL)
				continue;
			len = strlen(tok);
			assert_int_equal(enf__io_token_find(&got,
							    (enf_io_enum)fam,
							    tok, len, t),
					 0);
			assert_int_equal(got, value);
			for (size_t k = 0; k <= len; k++)
				same_answer(t, (enf_io_enum)fam, tok, k);
			(void)snprintf(buf, sizeof(buf), "%sx", tok);
			same_answer(t, (enf_io_enum)fam, buf, len + 1);
			buf[0] ^= 0x20; /* another case: not a token */
			same_answer(t, (enf_io_enum)fam, buf, len);
			/* The token in every other family. */
			for (int g = 0; g < FAMILIES; g++)
				same_answer(t, (enf_io_enum)g, tok, len);
		}
	/* Texts no family has: empty, one byte, 255 and 256 bytes. */
	memset(buf, 'a', sizeof(buf));
	for (int fam = 0; fam < FAMILIES; fam++) {
		same_answer(t, (enf_io_enum)fam, "", 0);
		same_answer(t, (enf_io_enum)fam, "a", 1);
		same_answer(t, (enf_io_enum)fam, buf, 255);
		same_answer(t, (enf_io_enum)fam, buf, 256);
	}
	free(t);
}

/* enf__io_same_bytes() and memcmp() agree for every length up to 24,
 * texts equal and differing at each byte. */
static void test_fast__same_bytes(void **state)
{
	char a[32], b[32];

	(void)state;
	for (size_t len = 0; len <= 24; len++) {
		for (size_t i = 0; i < sizeof(a); i++)
			a[i] = b[i] = (char)('a' + i % 26);
		assert_true(enf__io_same_bytes(a, b, len));
		for (size_t at = 0; at < len; at++) {
			b[at] = '#';
			assert_false(enf__io_same_bytes(a, b, len));
			b[at] = a[at];
		}
		/* A difference past len does not count. */
		b[len] = '#';
		assert_true(enf__io_same_bytes(a, b, len));
	}
}

/* Memory with the hint holds what is written to it, small or large. */
static void test_fast__huge_alloc(void **state)
{
	static const size_t sizes[] = {1, 4096, ENF__IO_HUGE - 1, ENF__IO_HUGE,
				       3 * ENF__IO_HUGE + 123};

	(void)state;
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		unsigned char *p = enf__io_huge_alloc(sizes[i]);

		assert_non_null(p);
		memset(p, 0x5a, sizes[i]);
		assert_int_equal(p[0], 0x5a);
		assert_int_equal(p[sizes[i] - 1], 0x5a);
		free(p);
	}
	/* The hint on a range with no whole huge page in it, or none. */
	{
		char small[64];

		enf__io_huge(small, sizeof(small));
		enf__io_huge(small, 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fast__token_index),
		cmocka_unit_test(test_fast__same_bytes),
		cmocka_unit_test(test_fast__huge_alloc),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
