/*
 * The CSV record reader's two paths against each other (csv_read.c): the
 * one that reads a usual record 16 bytes at a time and the byte-by-byte
 * one must give the same fields, field counts, lines, positions and
 * errors on any text. The texts are drawn from a seeded generator over
 * the bytes that matter (commas, quotes, line ends, letters, UTF-8), with
 * fields and records of every length around the 16-byte blocks, and a
 * few written out.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_read.h"

/* Reads text to its end with both paths and compares every record: the
 * wide one told the text's length, as the import of a file is, and the
 * byte-by-byte one finding it. */
static void same_both_ways(const char *text, size_t keep, int lax)
{
	enf__csv_reader a, b;

	enf__csv_reader_init_n(&a, text, strlen(text), keep, lax);
	enf__csv_reader_init(&b, text, keep, lax);
	assert_ptr_equal(a.end, b.end);
	b.wide = 0;
	for (;;) {
		enf__csv_err ea, eb;

		assert_int_equal(enf__csv_skip_blank(&a),
				 enf__csv_skip_blank(&b));
		assert_ptr_equal(a.p - text, b.p - text);
		if (*a.p == '\0')
			break;
		ea = enf__csv_read_record(&a);
		eb = enf__csv_read_record(&b);
		assert_int_equal(ea, eb);
		assert_int_equal(a.row_line, b.row_line);
		if (ea != ENF__CSV_OK) {
			assert_int_equal(a.err_field, b.err_field);
			assert_int_equal(a.err_line, b.err_line);
			break;
		}
		assert_int_equal(a.nfields, b.nfields);
		assert_int_equal(a.line, b.line);
		assert_int_equal(a.p - text, b.p - text);
		for (size_t i = 0; i < a.nfields && i < a.keep; i++)
			assert_string_equal(enf__csv_field_text(&a, i),
					    enf__csv_field_text(&b, i));
	}
	enf__csv_reader_free(&a);
	enf__csv_reader_free(&b);
}

static void test_csv_read__written(void **state)
{
	static const char *const texts[] = {
		"office,decision_no,seq,date,kind\n"
		"LS-01,15/QĐ-CCTHADS,0,2025-11-03,request_received\n"
		"LS-01,15/QĐ-CCTHADS,1,2025-11-05,decision_issued\n",
		"a,b\r\nc,d\r\n",
		"\"quoted, with comma\",plain,\"a \"\"quote\"\"\"\n",
		"a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z\n",
		",,,,,,,,,,,,,,,,,,,,,\n\n\n,\n",
		"no line end at the end of the text, but long enough",
		"bare \"quote\" inside a field of more than sixteen\n",
		"a lone \r carriage return in a long enough field\n",
		"0123456789abcdef\n0123456789abcde\n0123456789abcdefg\n",
	};

	(void)state;
	for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++)
		for (size_t keep = 0; keep <= 5; keep++) {
			same_both_ways(texts[t], keep, 0);
			same_both_ways(texts[t], keep, 1);
		}
}

static void test_csv_read__random(void **state)
{
	static const char pool[] = ",,,,\"\n\n\r abcXYZ019-/\xc3\xa1";
	char text[600];
	uint64_t seed = 2025;

	(void)state;
	for (int run = 0; run < 20000; run++) {
		size_t n;

		seed = seed * 6364136223846793005ull + 1442695040888963407ull;
		n = (size_t)(seed >> 33) % (sizeof(text) - 1);
		for (size_t i = 0; i < n; i++) {
			seed = seed * 6364136223846793005ull +
			       1442695040888963407ull;
			/* Mostly letters, so that records run past 16
			 * bytes. */
			text[i] = (seed >> 60) < 10
					  ? "abcdefghij"[(seed >> 40) % 10]
					  : pool[(seed >> 33) %
						 (sizeof(pool) - 1)];
		}
		text[n] = '\0';
		same_both_ways(text, (size_t)(seed >> 20) % 18, (int)(run & 1));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_read__written),
		cmocka_unit_test(test_csv_read__random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
