/*
 * Auction rule sets (rules.h): the packed storage of a parsed set (every
 * string in one buffer the set owns), its info and its free. The parser
 * (auction_rules.c) fills a work copy whose strings live in its arena or
 * in an extended built-in and hands it to enf__rt_pack().
 */
#include "auction_rules_text.h"

#include <stdlib.h>
#include <string.h>

/* Every string field of r: 88 of them. */
#define ENF__AUC_SLOTS 96

static size_t enf__rt_slots(enf_auction_rules *r, const char **v[])
{
	enf__cite *whys[] = {&r->max_rounds_why, &r->takeover_why,
			     &r->floor_why,	 &r->secured_why,
			     &r->surplus_why,	 &r->end_why,
			     &r->reappraise_why, &r->overbid_why};
	size_t n = 0, i;

	v[n++] = &r->id, v[n++] = &r->title;
	v[n++] = &r->country, v[n++] = &r->source;
	for (i = 0; i < sizeof whys / sizeof whys[0]; i++)
		v[n++] = &whys[i]->cite, v[n++] = &whys[i]->note;
	for (i = 0; i < ENF__AUC_ROUND_RULES; i++)
		v[n++] = &r->rounds[i].why.cite,
		v[n++] = &r->rounds[i].why.note;
	for (i = 0; i < ENF__AUC_RATIOS; i++) {
		v[n++] = &r->bids[i].why.cite, v[n++] = &r->bids[i].why.note;
		v[n++] = &r->deposits[i].why.cite;
		v[n++] = &r->deposits[i].why.note;
	}
	for (i = 0; i < ENF__AUC_STEPS; i++) {
		v[n++] = &r->steps[i].label;
		v[n++] = &r->steps[i].why.cite, v[n++] = &r->steps[i].why.note;
	}
	return n;
}

/* Copies the work set into a new object whose strings live in one owned
 * buffer; entries past the counts are zeroed, every string non-NULL. */
enf_status enf__rt_pack(enf_auction_rules **out, const enf_auction_rules *work)
{
	const char **slot[ENF__AUC_SLOTS];
	enf_auction_rules *r = malloc(sizeof *r);
	size_t n, total = 1, at = 1, i;

	if (r == NULL)
		return enf__fail(ENF_ENOMEM, "auction_rules_parse: out of "
					     "memory for the rule set");
	*r = *work;
	memset(r->rounds + r->n_rounds, 0,
	       (ENF__AUC_ROUND_RULES - r->n_rounds) * sizeof r->rounds[0]);
	memset(r->bids + r->n_bids, 0,
	       (ENF__AUC_RATIOS - r->n_bids) * sizeof r->bids[0]);
	memset(r->deposits + r->n_deposits, 0,
	       (ENF__AUC_RATIOS - r->n_deposits) * sizeof r->deposits[0]);
	memset(r->steps + r->n_steps, 0,
	       (ENF__AUC_STEPS - r->n_steps) * sizeof r->steps[0]);
	n = enf__rt_slots(r, slot);
	for (i = 0; i < n; i++)
		if (*slot[i] != NULL && **slot[i] != '\0')
			total += strlen(*slot[i]) + 1;
	r->store = malloc(total);
	if (r->store == NULL) {
		free(r);
		return enf__fail(ENF_ENOMEM, "auction_rules_parse: out of "
					     "memory for the rule set");
	}
	r->store[0] = '\0';
	for (i = 0; i < n; i++) {
		size_t len = *slot[i] != NULL ? strlen(*slot[i]) : 0;

		if (len == 0) {
			*slot[i] = r->store;
			continue;
		}
		memcpy(r->store + at, *slot[i], len + 1);
		*slot[i] = r->store + at;
		at += len + 1;
	}
	*out = r;
	return ENF_OK;
}

void enf_auction_rules_free(enf_auction_rules *rules)
{
	if (rules == NULL)
		return;
	free(rules->store);
	free(rules);
}

enf_status enf_auction_rules_info_get(enf_auction_rules_info *out,
				      const enf_auction_rules *rules)
{
	ENF__CHECK_NULL("auction_rules_info_get", out);
	ENF__CHECK_NULL("auction_rules_info_get", rules);
	out->id = rules->id;
	out->title = rules->title;
	out->country = rules->country;
	out->source = rules->source;
	out->from = rules->from;
	out->to = rules->to;
	out->max_rounds = rules->max_rounds;
	out->takeover_after = rules->takeover_after;
	out->takeover_at_floor = rules->takeover_floor;
	out->floor_strict = rules->floor_costs == 2;
	return ENF_OK;
}
