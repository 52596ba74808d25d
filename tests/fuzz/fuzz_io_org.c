/*
 * Fuzzes enf_io_org_from_csv() on the input as one NUL-terminated string.
 * A refused text gives no tree and a message (valid UTF-8 when the input
 * was); a tree read has every office under a root province, and reading
 * the same text again gives a tree that answers the same.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fz_cstr(data, size);
	enf_org *org = (enf_org *)&org, *again = NULL;
	enf_date from;
	enf_status st;

	FZ_CHECK(enf_date_from_ymd(&from, 2025, 7, 1) == ENF_OK);
	st = enf_io_org_from_csv(&org, text, from);
	if (st != ENF_OK) {
		FZ_CHECK(org == NULL);
		FZ_CHECK(st == ENF_EPARSE || st == ENF_EINVALID ||
			 st == ENF_ENOMEM);
		fz_check_message(utf8_valid(text));
	} else {
		FZ_CHECK(org != NULL);
		FZ_CHECK(enf_io_org_from_csv(&again, text, from) == ENF_OK);
		FZ_CHECK(enf_org_version(org) == enf_org_version(again));
	}
	enf_org_free(org);
	enf_org_free(again);
	free(text);
	return 0;
}
