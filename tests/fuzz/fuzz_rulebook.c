/*
 * Fuzzes enf_rulebook_override() on the input as one NUL-terminated
 * string. A failure leaves the book as it was (same rows) with a message;
 * a success adds one row per line with words, each marked overridden,
 * with the unit of its rule and a value the lookup gives back on a day
 * the row covers (unless a later row of the same id covers that day too),
 * and the CSV and JSON forms of the book are written.
 */
#include "fuzz_common.h"

static void check_rows(const enf_rulebook *book, size_t n0)
{
	size_t n = enf_rules_catalogue_count(book);

	for (size_t i = n0; i < n; i++) {
		enf_rule r, later, hit;
		enf_date day;
		int64_t v;
		int shadowed = 0;

		FZ_CHECK(enf_rules_catalogue_at(&r, book, i) == ENF_OK);
		FZ_CHECK(r.overridden == 1);
		FZ_CHECK(r.citation != NULL && r.note != NULL);
		day = r.from != ENF_DATE_NONE ? r.from
		      : r.to != ENF_DATE_NONE ? r.to
					      : 0;
		for (size_t j = i + 1; j < n; j++) {
			FZ_CHECK(enf_rules_catalogue_at(&later, book, j) ==
				 ENF_OK);
			if (strcmp(later.id, r.id) == 0 &&
			    (later.from == ENF_DATE_NONE ||
			     later.from <= day) &&
			    (later.to == ENF_DATE_NONE || later.to >= day))
				shadowed = 1;
		}
		FZ_CHECK(enf_rules_value(&v, &hit, book, r.id, day) == ENF_OK);
		FZ_CHECK(shadowed || (v == r.value && hit.overridden == 1));
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fz_cstr(data, size), *out = NULL;
	enf_rulebook *book = NULL;
	size_t n0, len = 0;
	enf_status st;

	FZ_CHECK(enf_rulebook_new(&book) == ENF_OK);
	/* One row already there, so all-or-nothing is visible. */
	FZ_CHECK(enf_rulebook_override(book, "VN.base_salary 2030-01-01 none "
					     "3000000\n") == ENF_OK);
	n0 = enf_rules_catalogue_count(book);
	st = enf_rulebook_override(book, text);
	if (st != ENF_OK) {
		FZ_CHECK(st == ENF_EPARSE || st == ENF_ERANGE ||
			 st == ENF_ENOTFOUND || st == ENF_ENOMEM);
		fz_check_message(utf8_valid(text));
		FZ_CHECK(enf_rules_catalogue_count(book) == n0);
	} else {
		check_rows(book, n0);
		FZ_CHECK(enf_rules_catalogue_to_csv(&out, &len, book) ==
			 ENF_OK);
		FZ_CHECK(strlen(out) == len);
		enf_io_free(out);
		FZ_CHECK(enf_rules_catalogue_to_json(&out, &len, book) ==
			 ENF_OK);
		FZ_CHECK(utf8_valid(out));
		enf_io_free(out);
	}
	enf_rulebook_free(book);
	free(text);
	return 0;
}
