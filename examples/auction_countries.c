/*
 * One asset appraised at 1,000,000,000 (in the local currency unit) sold
 * under each built-in rule set, every auction failing: the starting price
 * of each auction as a share of the value, and how each law ends the
 * sale. With a file name as argument, writes the price ladders as an SVG
 * chart there.
 */
#include <enforcement.h>
#include <stdio.h>
#include <stdlib.h>

static void check(enf_status st)
{
	if (st < 0) {
		fprintf(stderr, "error: %s (%s)\n", enf_last_error(),
			enf_status_str(st));
		exit(1);
	}
}

#define MAX_SETS 16

int main(int argc, char **argv)
{
	const enf_money value = 1000000000;
	enf_auction_rules *rules[MAX_SETS];
	enf_auction *sales[MAX_SETS];
	enf_auction_policy policy = ENF_AUCTION_POLICY_INIT;
	size_t n = 0;
	char *svg = NULL;
	size_t len = 0;

	policy.max_rounds = 8;
	printf("%-12s %s\n", "rules",
	       "starting price of each auction, % of "
	       "the value -> end");
	for (const char *id;
	     n < MAX_SETS && (id = enf_auction_rules_builtin_id(n)) != NULL;
	     n++) {
		enf_auction_options opts = ENF_AUCTION_OPTIONS_INIT;
		enf_auction_state st;

		opts.value = value;
		opts.costs = 50000000;
		opts.debt = 800000000;
		check(enf_auction_rules_builtin(&rules[n], id));
		check(enf_auction_new(&sales[n], rules[n], &opts));
		check(enf_auction_plan(sales[n], &policy));
		printf("%-12s", id);
		for (size_t i = 0; i < enf_auction_count(sales[n]); i++) {
			enf_auction_step s;

			check(enf_auction_step_at(&s, sales[n], i));
			if (s.kind == ENF_AUCTION_FAILED)
				printf(" %5.1f",
				       100.0 * (double)s.price / (double)value);
		}
		check(enf_auction_state_get(&st, sales[n]));
		printf(" -> %s after auction %d\n",
		       enf_auction_phase_name(st.phase), (int)st.round);
	}
	check(enf_auction_svg(&svg, &len, (const enf_auction *const *)sales, n,
			      "Starting price by auction, % of the value"));
	if (argc > 1) {
		FILE *f = fopen(argv[1], "wb");

		if (f == NULL || fwrite(svg, 1, len, f) != len) {
			perror(argv[1]);
			return 1;
		}
		fclose(f);
		printf("wrote %s (%zu bytes)\n", argv[1], len);
	} else {
		printf("SVG chart: %zu bytes (pass a file name to write it)\n",
		       len);
	}
	enf_free(svg);
	for (size_t i = 0; i < n; i++) {
		enf_auction_free(sales[i]);
		enf_auction_rules_free(rules[i]);
	}
	return 0;
}
