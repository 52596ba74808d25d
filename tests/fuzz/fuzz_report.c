/*
 * Fuzzes enf_stats_report_from_bytes() and enf_stats_report_from_json().
 * The first byte's low bit asks for the last four bytes of the rest to be
 * set to its CRC-32 before reading it as bytes, so the fuzzer gets past
 * the checksum; the rest is also read as JSON. A report read from bytes
 * writes back the same bytes; each report read, merged into a fresh
 * report of the same unit, period and definitions, writes the same bytes
 * as itself (merged a second time it keeps the identities, or overflows
 * and is left as it was), and its JSON reads back to the same bytes.
 */
#include "fuzz_common.h"

static uint32_t crc32(const unsigned char *p, size_t n)
{
	uint32_t crc = 0xffffffffu;

	for (size_t i = 0; i < n; i++) {
		crc ^= p[i];
		for (int b = 0; b < 8; b++)
			crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
	}
	return ~crc;
}

static char *to_bytes(const enf_stats_report *rep, size_t *len)
{
	char *out = NULL;

	FZ_CHECK(enf_stats_report_to_bytes(&out, len, rep) == ENF_OK);
	return out;
}

/* Merging into an empty report of the same unit and period, and reading
 * the JSON form back, both give the report's bytes. */
static void check(const enf_stats_report *rep)
{
	enf_stats_report *fresh = NULL, *back = NULL;
	char *bytes, *merged, *json = NULL, *again;
	size_t len, mlen, jlen = 0, alen, tlen;
	char *twice;
	enf_status st;
	enf_period period;
	enf_stats_report_options opts;
	int64_t v;

	FZ_CHECK(enf_stats_report_check(rep) == ENF_OK);
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < 2; m++)
			FZ_CHECK(enf_stats_report_get(
					 &v, rep, (enf_stats_group)g,
					 (enf_measure)m,
					 ENF_IND_CARRIED_NEXT) == ENF_OK);
	bytes = to_bytes(rep, &len);
	FZ_CHECK(enf_stats_report_period(&period, rep) == ENF_OK);
	/* Of the same definitions: others do not merge. */
	FZ_CHECK(enf_stats_report_options_get(&opts, rep) == ENF_OK);
	FZ_CHECK(enf_stats_report_new_with(&fresh, enf_stats_report_unit(rep),
					   &period, &opts) == ENF_OK);
	FZ_CHECK(enf_stats_report_merge(fresh, rep) == ENF_OK);
	merged = to_bytes(fresh, &mlen);
	FZ_CHECK(fz_same(bytes, len, merged, mlen));
	/* Twice the report keeps the identities, or overflows and leaves the
	 * sum as it was. */
	st = enf_stats_report_merge(fresh, rep);
	FZ_CHECK(st == ENF_OK || st == ENF_EOVERFLOW);
	if (st == ENF_OK) {
		FZ_CHECK(enf_stats_report_check(fresh) == ENF_OK);
	} else {
		twice = to_bytes(fresh, &tlen);
		FZ_CHECK(fz_same(bytes, len, twice, tlen));
		enf_io_free(twice);
	}

	FZ_CHECK(enf_stats_report_to_json(&json, &jlen, rep) == ENF_OK);
	FZ_CHECK(strlen(json) == jlen);
	FZ_CHECK(enf_stats_report_from_json(&back, json) == ENF_OK);
	again = to_bytes(back, &alen);
	FZ_CHECK(fz_same(bytes, len, again, alen));

	enf_io_free(again);
	enf_io_free(json);
	enf_io_free(merged);
	enf_io_free(bytes);
	enf_stats_report_free(back);
	enf_stats_report_free(fresh);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	enf_stats_report *rep = NULL;
	unsigned char *bin;
	char *text, *out;
	size_t n, len;
	uint32_t crc;

	if (size < 1)
		return 0;
	n = size - 1;
	bin = (unsigned char *)fz_cstr(data + 1, n);
	if ((data[0] & 1) && n >= 4) {
		crc = crc32(bin, n - 4);
		for (int i = 0; i < 4; i++)
			bin[n - 4 + (size_t)i] =
				(unsigned char)(crc >> (8 * i));
	}
	if (enf_stats_report_from_bytes(&rep, (const char *)bin, n) == ENF_OK) {
		out = to_bytes(rep, &len);
		FZ_CHECK(fz_same((const char *)bin, n, out, len));
		enf_io_free(out);
		check(rep);
		enf_stats_report_free(rep);
	} else {
		FZ_CHECK(rep == NULL);
	}
	free(bin);

	text = fz_cstr(data + 1, n);
	rep = NULL;
	if (enf_stats_report_from_json(&rep, text) == ENF_OK) {
		check(rep);
		enf_stats_report_free(rep);
	} else {
		FZ_CHECK(rep == NULL);
		fz_check_message(utf8_valid(text));
	}
	free(text);
	return 0;
}
