/*
 * Sale options shared by the auction targets (four variants: undated,
 * dated realty, state budget near the floor with a secured debt and prior
 * claims, dated movable under the 2026 law's dates) and the round trip of
 * a sale through its CSV trail.
 */
#ifndef ENF_FUZZ_AUCTION_H
#define ENF_FUZZ_AUCTION_H

#include "fuzz_common.h"

#define FZ_VARIANTS 4

/* The working-day calendar, made once and shared read-only. */
static inline const enf_calendar *fz_calendar(void)
{
	static enf_calendar *cal;

	if (cal == NULL)
		FZ_CHECK(enf_calendar_new(&cal, NULL) == ENF_OK);
	return cal;
}

static inline void fz_options(enf_auction_options *o, int variant)
{
	FZ_CHECK(enf_auction_options_init(o, ENF_AUCTION_OPTIONS_VERSION) ==
		 ENF_OK);
	switch (variant % FZ_VARIANTS) {
	case 0:
		o->value = 10000000000, o->costs = 50000000;
		o->debt = 8000000000;
		break;
	case 1:
		o->value = 300000000000, o->costs = 2000000000;
		o->debt = 199100000000, o->real_estate = 1;
		FZ_CHECK(enf_date_from_ymd(&o->start, 2025, 3, 3) == ENF_OK);
		o->calendar = fz_calendar();
		break;
	case 2:
		o->value = 1000000000, o->costs = 900000000;
		o->debt = 500000000, o->secured = 100000000;
		o->prior = 200000000, o->state_budget = 1;
		break;
	default:
		o->value = 500000000, o->costs = 10000000;
		o->debt = 1000000000;
		FZ_CHECK(enf_date_from_ymd(&o->start, 2026, 7, 6) == ENF_OK);
		o->calendar = fz_calendar();
		break;
	}
}

/* The sale's CSV trail replayed into a new sale under the same rules and
 * options gives the same state and the same CSV; the JSON form writes. */
static inline void fz_sale_round_trip(const enf_auction *sale,
				      const enf_auction_rules *rules,
				      const enf_auction_options *opts)
{
	char *csv = NULL, *csv2 = NULL, *json = NULL;
	size_t len = 0, len2 = 0, jlen = 0;
	enf_auction_state s1, s2;
	enf_auction *fresh = NULL;
	enf_auction_step step;

	for (size_t i = 0; i < enf_auction_count(sale); i++) {
		FZ_CHECK(enf_auction_step_at(&step, sale, i) == ENF_OK);
		FZ_CHECK(step.rule != NULL && step.source != NULL);
	}
	FZ_CHECK(enf_auction_to_csv(&csv, &len, sale) == ENF_OK);
	FZ_CHECK(strlen(csv) == len);
	FZ_CHECK(enf_auction_to_json(&json, &jlen, sale) == ENF_OK);
	FZ_CHECK(strlen(json) == jlen);
	FZ_CHECK(enf_auction_new(&fresh, rules, opts) == ENF_OK);
	FZ_CHECK(enf_auction_replay_csv(fresh, csv) == ENF_OK);
	FZ_CHECK(enf_auction_to_csv(&csv2, &len2, fresh) == ENF_OK);
	FZ_CHECK(fz_same(csv, len, csv2, len2));
	FZ_CHECK(enf_auction_state_get(&s1, sale) == ENF_OK);
	FZ_CHECK(enf_auction_state_get(&s2, fresh) == ENF_OK);
	FZ_CHECK(s1.phase == s2.phase && s1.round == s2.round &&
		 s1.cuts == s2.cuts && s1.value == s2.value &&
		 s1.price == s2.price && s1.lowest_bid == s2.lowest_bid &&
		 s1.deposit == s2.deposit && s1.next_min == s2.next_min &&
		 s1.proceeds == s2.proceeds && s1.offer_open == s2.offer_open &&
		 s1.at_floor == s2.at_floor &&
		 s1.below_secured == s2.below_secured && s1.date == s2.date &&
		 s1.next_date == s2.next_date);
	enf_io_free(csv2);
	enf_io_free(json);
	enf_io_free(csv);
	enf_auction_free(fresh);
}

#endif /* ENF_FUZZ_AUCTION_H */
