/*
 * Writes the seeds that are easiest made through the library itself into
 * the corpus directories under DIR (run once; the output is committed in
 * tests/fuzz/corpus/):
 *   fuzz_auction_rules/  each built-in rule set as text
 *   fuzz_auction_replay/ the CSV trail of a planned sale per built-in set
 *                        and option variant (first byte: set + variant)
 *   fuzz_report/         a report of the sample's eight cases as bytes and
 *                        as JSON (first byte 0: no checksum fix-up)
 *   fuzz_io_json/        the sample's eight cases as a register document
 * Usage: fuzz_gen_seeds DIR
 */
#include "fuzz_auction.h"
#include "fuzz_sample.h"

static const char *root;

static void put(const char *target, const char *name, int first,
		const char *data, size_t len)
{
	char path[512];
	FILE *f;

	(void)snprintf(path, sizeof(path), "%s/%s/%s", root, target, name);
	f = fopen(path, "wb");
	if (f == NULL) {
		fprintf(stderr, "cannot write %s\n", path);
		exit(1);
	}
	if (first >= 0)
		(void)fputc(first, f);
	(void)fwrite(data, 1, len, f);
	(void)fclose(f);
}

static void rules_and_sales(void)
{
	enf_auction_policy policy = ENF_AUCTION_POLICY_INIT;
	enf_auction_rules *rules;
	enf_auction_options opts;
	enf_auction *sale;
	const char *id;
	char name[64], *text;
	size_t n = 0, len;

	while (enf_auction_rules_builtin_id(n) != NULL)
		n++;
	for (size_t i = 0; i < n; i++) {
		id = enf_auction_rules_builtin_id(i);
		rules = NULL;
		FZ_CHECK(enf_auction_rules_builtin(&rules, id) == ENF_OK);
		text = NULL;
		FZ_CHECK(enf_auction_rules_to_text(&text, &len, rules) ==
			 ENF_OK);
		(void)snprintf(name, sizeof(name), "builtin-%s.txt", id);
		put("fuzz_auction_rules", name, -1, text, len);
		enf_io_free(text);
		for (int v = 0; v < 2; v++) {
			fz_options(&opts, v);
			sale = NULL;
			FZ_CHECK(enf_auction_new(&sale, rules, &opts) ==
				 ENF_OK);
			policy.creditor_accepts = v;
			policy.max_rounds = 8;
			(void)enf_auction_plan(sale, &policy);
			text = NULL;
			FZ_CHECK(enf_auction_to_csv(&text, &len, sale) ==
				 ENF_OK);
			(void)snprintf(name, sizeof(name), "plan-%s-%d.csv", id,
				       v);
			put("fuzz_auction_replay", name,
			    (int)(i + n * (size_t)v), text, len);
			enf_io_free(text);
			enf_auction_free(sale);
		}
		enf_auction_rules_free(rules);
	}
}

static void register_and_report(void)
{
	enf_register *reg = NULL;
	enf_stats_report *rep = NULL;
	enf_period period;
	char *text;
	size_t len;

	FZ_CHECK(enf_register_new(&reg) == ENF_OK);
	FZ_CHECK(enf_io_import_csv(reg, fz_sample_cases, fz_sample_parties,
				   fz_sample_obligations, fz_sample_assets,
				   fz_sample_events) == ENF_OK);
	text = NULL;
	FZ_CHECK(enf_io_export_json(&text, &len, reg) == ENF_OK);
	put("fuzz_io_json", "sample.json", -1, text, len);
	enf_io_free(text);

	FZ_CHECK(enf_report_cumulative(&period, 2025, 12) == ENF_OK);
	FZ_CHECK(enf_stats_report_new(&rep, "Lạng Sơn", &period) == ENF_OK);
	FZ_CHECK(enf_stats_report_add_register(rep, reg, NULL) == ENF_OK);
	text = NULL;
	FZ_CHECK(enf_stats_report_to_bytes(&text, &len, rep) == ENF_OK);
	put("fuzz_report", "sample.bin", 0, text, len);
	enf_io_free(text);
	text = NULL;
	FZ_CHECK(enf_stats_report_to_json(&text, &len, rep) == ENF_OK);
	put("fuzz_report", "sample.json", 0, text, len);
	enf_io_free(text);
	enf_stats_report_free(rep);
	enf_register_free(reg);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: fuzz_gen_seeds DIR\n");
		return 2;
	}
	root = argv[1];
	rules_and_sales();
	register_and_report();
	return 0;
}
