/*
 * Helpers shared by the libFuzzer targets: a NUL-terminated copy of the
 * input and a check that aborts (so libFuzzer reports a crash) with the
 * library's last error when an invariant does not hold.
 */
#ifndef ENF_FUZZ_COMMON_H
#define ENF_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <enforcement.h>

#include "../utf8_valid.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FZ_CHECK(cond)                                                         \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr,                                        \
				"%s:%d: invariant failed: %s\n"                \
				"last error: %s\n",                            \
				__FILE__, __LINE__, #cond, enf_last_error());  \
			abort();                                               \
		}                                                              \
	} while (0)

/* A malloc'ed NUL-terminated copy of size bytes (never NULL: aborts). */
static inline char *fz_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	FZ_CHECK(s != NULL);
	if (size > 0)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* Whether two texts (either may be NULL) are equal. */
static inline int fz_same(const char *a, size_t alen, const char *b,
			  size_t blen)
{
	if (a == NULL || b == NULL)
		return a == b;
	return alen == blen && memcmp(a, b, alen) == 0;
}

/* After a failure on text that was valid UTF-8 (input_ok), the message is
 * set and valid UTF-8 too: bindings decode it strictly. */
static inline void fz_check_message(int input_ok)
{
	const char *msg = enf_last_error();

	FZ_CHECK(msg[0] != '\0');
	if (input_ok && !utf8_valid(msg)) {
		fprintf(stderr, "message: %s\n", msg);
		FZ_CHECK(!"the message of a failure on valid UTF-8 is valid "
			  "UTF-8");
	}
}

/* The statistics of a register, for each enforcement year 2023..2027
 * (those of the sample), keep the identities of the table and read back
 * from their bytes. */
static inline void fz_register_stats(const enf_register *reg)
{
	for (int year = 2023; year <= 2027; year++) {
		enf_stats_report *rep = NULL, *back = NULL;
		char *bytes = NULL, *again = NULL;
		size_t len = 0, alen = 0;
		enf_period period;
		enf_status st;

		FZ_CHECK(enf_report_cumulative(&period, year, 12) == ENF_OK);
		FZ_CHECK(enf_stats_report_new(&rep, "fuzz", &period) == ENF_OK);
		st = enf_stats_report_add_register(rep, reg, NULL);
		FZ_CHECK(st == ENF_OK || st == ENF_EOVERFLOW);
		if (st == ENF_OK) {
			FZ_CHECK(enf_stats_report_check(rep) == ENF_OK);
			FZ_CHECK(enf_stats_report_to_bytes(&bytes, &len, rep) ==
				 ENF_OK);
			FZ_CHECK(enf_stats_report_from_bytes(&back, bytes,
							     len) == ENF_OK);
			FZ_CHECK(enf_stats_report_to_bytes(&again, &alen,
							   back) == ENF_OK);
			FZ_CHECK(fz_same(bytes, len, again, alen));
		}
		enf_io_free(again);
		enf_io_free(bytes);
		enf_stats_report_free(back);
		enf_stats_report_free(rep);
	}
}

#endif /* ENF_FUZZ_COMMON_H */
