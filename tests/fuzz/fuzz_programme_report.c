/*
 * Fuzzes enf_programme_report_from_bytes() and _from_json(). The first
 * byte's low bit asks for the last four bytes of the rest to be set to
 * its CRC-32 before reading it as bytes, so the fuzzer gets past the
 * checksum; the rest is also read as JSON. A report read from bytes
 * writes the same bytes back; any report read writes JSON and bytes that
 * read back to the same JSON; merged into a copy of itself it doubles
 * every row (or overflows and is left as it was); its rows and rates and
 * its tables in every format can be had. A failure leaves out NULL with
 * a message.
 */
#include "fuzz_common.h"

static char *to_json(const enf_programme_report *rep, size_t *len)
{
	char *out = NULL;

	FZ_CHECK(enf_programme_report_to_json(&out, len, rep) == ENF_OK);
	FZ_CHECK(out != NULL && strlen(out) == *len);
	return out;
}

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

static char *to_bytes(const enf_programme_report *rep, size_t *len)
{
	char *out = NULL;

	FZ_CHECK(enf_programme_report_to_bytes(&out, len, rep) == ENF_OK);
	return out;
}

/* The bytes of rep read back give the same JSON. */
static void check_bytes(const enf_programme_report *rep, const char *json,
			size_t len)
{
	enf_programme_report *back = NULL;
	size_t blen = 0, alen = 0;
	char *bytes = to_bytes(rep, &blen), *again;

	FZ_CHECK(enf_programme_report_from_bytes(&back, bytes, blen) == ENF_OK);
	again = to_json(back, &alen);
	FZ_CHECK(fz_same(json, len, again, alen));
	enf_io_free(again);
	enf_io_free(bytes);
	enf_programme_report_free(back);
}

static void check(const enf_programme_report *rep)
{
	enf_programme_report *back = NULL;
	enf_programme_row row, twice;
	enf_programme_rates r;
	char *json, *again, *t = NULL;
	size_t len, alen, n = enf_programme_report_count(rep);
	enf_status st;

	json = to_json(rep, &len);
	check_bytes(rep, json, len);
	FZ_CHECK(enf_programme_report_from_json(&back, json) == ENF_OK);
	again = to_json(back, &alen);
	FZ_CHECK(fz_same(json, len, again, alen));
	enf_io_free(again);
	for (size_t i = 0; i < n; i++) {
		FZ_CHECK(enf_programme_report_row(&row, rep, i) == ENF_OK);
		FZ_CHECK(enf_programme_report_rates(&r, rep, i) == ENF_OK);
		FZ_CHECK(row.assigned.cases_done <= row.assigned.cases);
	}
	st = enf_programme_report_merge(back, rep);
	FZ_CHECK(st == ENF_OK || st == ENF_EOVERFLOW);
	again = to_json(back, &alen);
	if (st == ENF_EOVERFLOW) {
		FZ_CHECK(fz_same(json, len, again, alen));
	} else {
		FZ_CHECK(enf_programme_report_count(back) == n);
		for (size_t i = 0; i < n; i++) {
			FZ_CHECK(enf_programme_report_row(&row, rep, i) ==
				 ENF_OK);
			FZ_CHECK(enf_programme_report_row(&twice, back, i) ==
				 ENF_OK);
			FZ_CHECK(twice.assigned.cases ==
					 2 * row.assigned.cases &&
				 twice.others.money_done ==
					 2 * row.others.money_done);
		}
	}
	enf_io_free(again);
	/* The total may overflow; then every table fails the same way. */
	st = enf_programme_report_row(&row, rep, n);
	for (int f = 0; f <= ENF_TABLE_JSON; f++) {
		FZ_CHECK(enf_programme_table(&t, NULL, rep, (enf_table_format)f,
					     ENF_LOCALE_VI) == st);
		FZ_CHECK(st != ENF_OK || utf8_valid(t));
		enf_io_free(t);
		t = NULL;
	}
	enf_io_free(json);
	enf_programme_report_free(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	enf_programme_report *rep = NULL;
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
	if (enf_programme_report_from_bytes(&rep, (const char *)bin, n) ==
	    ENF_OK) {
		out = to_bytes(rep, &len);
		FZ_CHECK(fz_same((const char *)bin, n, out, len));
		enf_io_free(out);
		check(rep);
		enf_programme_report_free(rep);
	} else {
		FZ_CHECK(rep == NULL);
	}
	free(bin);

	text = fz_cstr(data + 1, n);
	rep = NULL;
	if (enf_programme_report_from_json(&rep, text) == ENF_OK) {
		check(rep);
		enf_programme_report_free(rep);
	} else {
		FZ_CHECK(rep == NULL);
		fz_check_message(utf8_valid(text));
	}
	free(text);
	return 0;
}
