/*
 * The io layer's fast paths against their plain forms (io_enums.c,
 * io_arena.c, io_internal.h): the index an import finds tokens by gives
 * what the family's table gives, for every token, every prefix and
 * extension of one, and texts that are none; the compare of two short
 * texts agrees with memcmp() at every length; memory with the huge-page
 * hint is ordinary memory; the string hash of every index tells texts
 * apart.
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
#include "register_internal.h"
#include <enforcement.h>

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
		for (int v = 0; v < 31; v++) {
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

/* An event row's fields, each replaced in turn: the events' conversion is
 * compiled for their columns (io_tokens.c), and each column's failures
 * must name it as the general conversion does. */
static const char ev_cases[] =
	"office,decision_no,decision_date,mode,judgment_kind\n"
	"LS-01,1/QĐ,2025-01-06,agency,civil\n";
static const char *const ev_cols[] = {"seq",	"date",	  "kind",
				      "detail", "amount", "asset"};
static const char *const ev_good[] = {"0", "2025-01-06", "decision_issued",
				      "0", "0",		 ""};

typedef struct ev_field {
	int col; /* index in ev_cols */
	const char *text;
	int parse_error; /* 1: refused by the conversion, naming the column */
} ev_field;

static const ev_field ev_fields[] = {
	{0, "x", 1},
	{0, "-1", 1},
	{0, "1x", 1},
	{0, "99999999999", 1},
	{0, "99999999999999999999", 1},
	{0, "00", 0},
	{0, "", 0},
	{1, "", 1},
	{1, "2025-02-30", 1},
	{1, "15/09/2025", 1},
	{2, "", 1},
	{2, "decision", 1},
	{2, "decision_issued_", 1},
	{3, "x", 1},
	{3, "3000000000", 1},
	{3, "-3000000000", 1},
	{3, "12", 0},
	{4, "1.5", 1},
	{4, "-", 1},
	{4, "12345678901234567890", 1},
	{4, "9223372036854775808", 1},
	{4, "-9223372036854775809", 1},
	{4, "9223372036854775807", 0},
	{4, "-9223372036854775808", 0},
	{4, "-5", 0},
	{4, "150000000", 0},
	{5, "x", 1},
	{5, "-1", 1},
	{5, "5000000000", 1},
	{5, "7", 0},
};

static void test_fast__event_fields(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(ev_fields) / sizeof(ev_fields[0]); i++) {
		const ev_field *f = &ev_fields[i];
		char events[512], where[64];
		size_t n = (size_t)snprintf(events, sizeof(events),
					    "office,decision_no,seq,date,kind,"
					    "detail,amount,asset\nLS-01,1/QĐ");
		enf_register *reg = NULL;
		enf_status st;

		for (int c = 0; c < 6; c++)
			n += (size_t)snprintf(
				events + n, sizeof(events) - n, ",%s",
				c == f->col ? f->text : ev_good[c]);
		(void)snprintf(events + n, sizeof(events) - n, "\n");
		assert_int_equal(enf_register_new(&reg), ENF_OK);
		st = enf_io_import_csv(reg, ev_cases, NULL, NULL, NULL, events);
		(void)snprintf(where, sizeof(where),
			       "events.csv:2: %s:", ev_cols[f->col]);
		if (f->parse_error) {
			if (st != ENF_EPARSE ||
			    strstr(enf_last_error(), where) == NULL)
				print_error("%s = \"%s\": %d %s\n",
					    ev_cols[f->col], f->text, (int)st,
					    enf_last_error());
			assert_int_equal(st, ENF_EPARSE);
			assert_non_null(strstr(enf_last_error(), where));
			assert_int_equal(enf_register_count(reg), 0);
		} else {
			/* Converted: the model may still refuse it. */
			assert_true(st == ENF_OK || st != ENF_EPARSE ||
				    strstr(enf_last_error(), where) == NULL);
		}
		enf_register_free(reg);
	}
}

/* The string hash every code and key index uses (enf__hash_str(), in
 * base): the same text gives the same hash wherever it lies, and the
 * prefixes of a text, which its overlapping words read alike, all differ,
 * as do texts that differ in one byte at any place. */
static void test_fast__hash_str(void **state)
{
	char text[48], copy[64];
	uint64_t seen[sizeof(text)];

	(void)state;
	for (size_t i = 0; i + 1 < sizeof(text); i++)
		text[i] = (char)('a' + (i * 7) % 26);
	text[sizeof(text) - 1] = '\0';
	for (size_t n = 0; n < sizeof(text); n++) {
		char *p = copy + n % 9;

		memcpy(p, text, n);
		p[n] = '\0';
		seen[n] = enf__hash_str(ENF__HASH_SEED, p);
		for (size_t k = 0; k < n; k++)
			assert_true(seen[k] != seen[n]);
		memmove(copy, p, n + 1);
		assert_true(enf__hash_str(ENF__HASH_SEED, copy) == seen[n]);
		for (size_t at = 0; at < n; at++) {
			copy[at] ^= 1;
			assert_true(enf__hash_str(ENF__HASH_SEED, copy) !=
				    seen[n]);
			copy[at] ^= 1;
		}
	}
	/* A key's two parts are not one text cut anywhere. */
	assert_true(enf__key_hash("LS-01", "15/QĐ") !=
		    enf__key_hash("LS-0", "115/QĐ"));
	assert_true(enf__key_hash("ab", "c") != enf__key_hash("a", "bc"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fast__token_index),
		cmocka_unit_test(test_fast__same_bytes),
		cmocka_unit_test(test_fast__huge_alloc),
		cmocka_unit_test(test_fast__event_fields),
		cmocka_unit_test(test_fast__hash_str),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
