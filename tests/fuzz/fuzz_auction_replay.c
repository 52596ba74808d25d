/*
 * Fuzzes enf_auction_replay_csv(). The first byte picks a built-in rule
 * set (enf_auction_rules_builtin_id()) and an option variant; the rest is
 * the CSV. A refused replay leaves the sale as it was (its CSV trail); a
 * successful one replays from its own CSV trail into a fresh sale to the
 * same state and CSV.
 */
#include "fuzz_auction.h"

static size_t builtin_count(void)
{
	static size_t n;

	if (n == 0)
		while (enf_auction_rules_builtin_id(n) != NULL)
			n++;
	FZ_CHECK(n > 0);
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	enf_auction_rules *rules = NULL;
	enf_auction_options opts;
	enf_auction *sale = NULL;
	char *text, *before = NULL, *after = NULL;
	size_t n, blen = 0, alen = 0;
	enf_status st;

	if (size < 1)
		return 0;
	n = builtin_count();
	FZ_CHECK(enf_auction_rules_builtin(
			 &rules, enf_auction_rules_builtin_id(data[0] % n)) ==
		 ENF_OK);
	fz_options(&opts, (int)(data[0] / n));
	text = fz_cstr(data + 1, size - 1);
	FZ_CHECK(enf_auction_new(&sale, rules, &opts) == ENF_OK);
	FZ_CHECK(enf_auction_to_csv(&before, &blen, sale) == ENF_OK);
	st = enf_auction_replay_csv(sale, text);
	if (st != ENF_OK) {
		FZ_CHECK(st == ENF_EINVALID || st == ENF_ESTATE ||
			 st == ENF_ERANGE || st == ENF_EPARSE ||
			 st == ENF_ENOMEM);
		fz_check_message(utf8_valid(text));
		FZ_CHECK(enf_auction_to_csv(&after, &alen, sale) == ENF_OK);
		FZ_CHECK(fz_same(before, blen, after, alen));
		enf_io_free(after);
	} else {
		fz_sale_round_trip(sale, rules, &opts);
	}
	enf_io_free(before);
	enf_auction_free(sale);
	enf_auction_rules_free(rules);
	free(text);
	return 0;
}
