/*
 * Fuzzes enf_auction_rules_parse() on the input as one NUL-terminated
 * string. A parsed set written as text parses again and writes the same
 * text; a sale under it, planned for a few rounds in each option variant,
 * replays from its CSV trail to the same state.
 */
#include "fuzz_auction.h"

static void plan(const enf_auction_rules *rules, int variant)
{
	enf_auction_policy policy = ENF_AUCTION_POLICY_INIT;
	enf_auction_options opts;
	enf_auction *sale = NULL;
	enf_status st;

	fz_options(&opts, variant);
	st = enf_auction_new(&sale, rules, &opts);
	if (st != ENF_OK) {
		FZ_CHECK(sale == NULL);
		fz_check_message(1);
		return;
	}
	policy.max_rounds = 12;
	policy.creditor_accepts = variant & 1;
	st = enf_auction_plan(sale, &policy);
	FZ_CHECK(st == ENF_OK || st == ENF_ERANGE || st == ENF_ESTATE);
	if (st != ENF_OK)
		fz_check_message(1);
	fz_sale_round_trip(sale, rules, &opts);
	enf_auction_free(sale);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fz_cstr(data, size), *t1 = NULL, *t2 = NULL;
	enf_auction_rules *rules = NULL, *again = NULL;
	enf_auction_rules_info info;
	size_t len1 = 0, len2 = 0;
	enf_status st;

	st = enf_auction_rules_parse(&rules, text);
	if (st != ENF_OK) {
		FZ_CHECK(rules == NULL);
		fz_check_message(utf8_valid(text));
		FZ_CHECK(st == ENF_EPARSE || st == ENF_ERANGE ||
			 st == ENF_ENOTFOUND || st == ENF_ENOMEM);
		free(text);
		return 0;
	}
	FZ_CHECK(enf_auction_rules_info_get(&info, rules) == ENF_OK);
	FZ_CHECK(info.id != NULL && info.title != NULL &&
		 info.country != NULL && info.source != NULL);
	FZ_CHECK(enf_auction_rules_to_text(&t1, &len1, rules) == ENF_OK);
	FZ_CHECK(strlen(t1) == len1);
	st = enf_auction_rules_parse(&again, t1);
	if (st != ENF_OK)
		fprintf(stderr, "text written:\n%s\n", t1);
	FZ_CHECK(st == ENF_OK);
	FZ_CHECK(enf_auction_rules_to_text(&t2, &len2, again) == ENF_OK);
	if (!fz_same(t1, len1, t2, len2))
		fprintf(stderr, "first:\n%s\nsecond:\n%s\n", t1, t2);
	FZ_CHECK(fz_same(t1, len1, t2, len2));
	for (int v = 0; v < FZ_VARIANTS; v++)
		plan(rules, v);
	enf_io_free(t2);
	enf_io_free(t1);
	enf_auction_rules_free(again);
	enf_auction_rules_free(rules);
	free(text);
	return 0;
}
