/*
 * The Lạng Sơn hydropower case (baolangson.vn, "Không để án đọng trên
 * giấy"): a project
 * securing a debt of more than 199.1 bn VND was sold "for nearly 73 bn VND"
 * on 26 Dec 2024, at the 7th auction, after 6 price reductions.
 *
 * The article gives neither the appraised value nor the single cuts. The
 * law of the day (Law 26/2008 Art 104 as amended 2014) caps each cut at
 * 10% of the previous starting price, so:
 * 1. the inverse query gives every first starting price consistent with a
 *    sale at 73 bn at auction 7 after 6 cuts;
 * 2. the sale is replayed from the highest of them, each cut the largest
 *    the law allowed, the creditor declining each offer of the asset, and
 *    each step is printed with the rule and the article that allowed it;
 * 3. the same start with 5% cuts shows how far from 73 bn it would stay.
 * The costs are not in the article: 0 here.
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

static const char *vnd(char *buf, enf_money m)
{
	check(enf_money_format(buf, 40, m, ENF_LOCALE_EN));
	return buf;
}

static void event(enf_auction *sale, enf_auction_event_kind kind, enf_date date,
		  enf_money amount)
{
	enf_auction_event e;

	e.kind = kind;
	e.date = date;
	e.amount = amount;
	check(enf_auction_apply(sale, &e));
}

static void print_steps(const enf_auction *sale)
{
	char a[40], b[40];

	printf("  %-5s %-9s %22s %22s  %s\n", "round", "step", "starting price",
	       "amount", "rule (source)");
	for (size_t i = 0; i < enf_auction_count(sale); i++) {
		enf_auction_step s;

		check(enf_auction_step_at(&s, sale, i));
		printf("  %-5d %-9s %22s %22s  %s (%s)\n", (int)s.round,
		       enf_auction_kind_name(s.kind), vnd(a, s.price),
		       vnd(b, s.amount), s.rule, s.source);
	}
}

int main(void)
{
	const enf_money debt = 199100000000, sold = 73000000000;
	enf_auction_rules *rules = NULL;
	enf_auction_rules_info info;
	enf_auction_options opts = ENF_AUCTION_OPTIONS_INIT;
	enf_auction_policy policy = ENF_AUCTION_POLICY_INIT;
	enf_auction_bounds b;
	enf_auction_state st;
	enf_auction *sale = NULL, *slow = NULL;
	enf_date sale_day;
	char x[40], y[40], z[40];

	check(enf_date_from_ymd(&sale_day, 2024, 12, 26));
	check(enf_auction_rules_on(&rules, "VN", sale_day));
	check(enf_auction_rules_info_get(&info, rules));
	printf("Rules in force on 2024-12-26: %s, %s\n", info.id, info.title);

	check(enf_auction_first_price_range(&b, rules, 6, sold));
	printf("A sale at %s at auction 7, after 6 cuts:\n", vnd(x, sold));
	printf("  first starting price between %s and %s\n", vnd(x, b.first_lo),
	       vnd(y, b.first_hi));
	printf("  the highest is %.1f%% of the %s debt\n",
	       100.0 * (double)b.first_hi / (double)debt, vnd(x, debt));

	opts.value = b.first_hi;
	opts.debt = debt;
	check(enf_auction_new(&sale, rules, &opts));
	printf("\nWhat the law allowed after each failed auction:\n");
	for (int k = 1; k <= 6; k++) {
		event(sale, ENF_AUCTION_FAILED, ENF_DATE_NONE, 0);
		check(enf_auction_state_get(&st, sale));
		printf("  auction %d at %s failed: next price %s .. %s%s\n", k,
		       vnd(x, st.price), vnd(y, st.next_min),
		       vnd(z, st.price - 1),
		       st.offer_open ? "; the creditor may take the asset"
				     : "");
		if (st.offer_open)
			event(sale, ENF_AUCTION_DECLINED, ENF_DATE_NONE, 0);
		check(enf_auction_state_get(&st, sale));
		event(sale, ENF_AUCTION_CUT, ENF_DATE_NONE, st.next_min);
	}
	event(sale, ENF_AUCTION_SOLD, sale_day, sold);
	check(enf_auction_state_get(&st, sale));
	printf("\nReplay from %s, every cut the largest allowed:\n",
	       vnd(x, b.first_hi));
	print_steps(sale);
	printf("Ended: %s in round %d at %s; %s of the debt left.\n",
	       enf_auction_phase_name(st.phase), (int)st.round,
	       vnd(x, st.proceeds), vnd(y, debt - st.proceeds));

	check(enf_auction_new(&slow, rules, &opts));
	policy.cut_ppm = 50000;
	policy.max_rounds = 7;
	check(enf_auction_plan(slow, &policy));
	check(enf_auction_state_get(&st, slow));
	printf("\nWith 5%% cuts from the same start, auction 7 would open at "
	       "%s.\n",
	       vnd(x, st.price));

	enf_auction_free(slow);
	enf_auction_free(sale);
	enf_auction_rules_free(rules);
	return 0;
}
