/*
 * Auction rule sets (rules.h): the statements of the text form and the
 * parse of a whole text. The lexer, the word readers and the writer are
 * in auction_rules_text.c, the packed storage, info and free in
 * auction_rules_store.c, the built-in texts in auction_rules_data.c.
 *
 * A parse fills a work copy of the rule set line by line. Its strings
 * point into an arena sized to the text, which never moves, or into the
 * built-in that `extends` names; at the end every string is packed into
 * one buffer, `store`, that the result owns. Nothing recurses: an
 * extended built-in is parsed at depth 1, where `extends` is refused.
 */
#include "auction_rules_text.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A generic sorted insert reads `from` as the first member. */
_Static_assert(offsetof(enf__round_rule, from) == 0, "from first");
_Static_assert(offsetof(enf__round_ratio, from) == 0, "from first");

/* The index of `rules` in enf__rt_stmts. */
enum { ENF__S_RULES = 0 };

/* ---------------------------------------------------------------------- */
/* Entries                                                                 */

/* Entries of one kind given in the text must come in increasing order. */
static enf_status enf__rt_order(enf__rt_parser *p, int kind, int32_t from)
{
	if (from <= p->last_from[kind])
		return enf__rt_fail(p, ENF_ERANGE,
				    "`%s` from round %ld comes after one from "
				    "round %ld; give them in increasing order",
				    enf__rt_kw(p), (long)from,
				    (long)p->last_from[kind]);
	p->last_from[kind] = from;
	return ENF_OK;
}

/* Puts item (of size bytes, its first member int32_t from) into the array
 * v of *n entries sorted by from, replacing the entry with the same from;
 * -1 when full. */
static int enf__rt_insert(void *v, size_t *n, size_t max, size_t size,
			  const void *item)
{
	unsigned char *a = v;
	int32_t from = *(const int32_t *)item;
	size_t i = 0;

	while (i < *n && *(const int32_t *)(a + i * size) < from)
		i++;
	if (i < *n && *(const int32_t *)(a + i * size) == from) {
		memcpy(a + i * size, item, size);
		return 0;
	}
	if (*n >= max)
		return -1;
	memmove(a + (i + 1) * size, a + i * size, (*n - i) * size);
	memcpy(a + i * size, item, size);
	(*n)++;
	return 0;
}

static enf_status enf__rt_put(enf__rt_parser *p, int kind, const void *item)
{
	static const char *const names[] = {"round", "bid", "deposit"};
	static const size_t max[] = {ENF__AUC_ROUND_RULES, ENF__AUC_RATIOS,
				     ENF__AUC_RATIOS};
	enf_auction_rules *r = &p->r;
	int full;

	if (kind == ENF__K_ROUND)
		full = enf__rt_insert(r->rounds, &r->n_rounds, max[kind],
				      sizeof r->rounds[0], item);
	else if (kind == ENF__K_BID)
		full = enf__rt_insert(r->bids, &r->n_bids, max[kind],
				      sizeof r->bids[0], item);
	else
		full = enf__rt_insert(r->deposits, &r->n_deposits, max[kind],
				      sizeof r->deposits[0], item);
	if (full)
		return enf__rt_fail(p, ENF_ERANGE,
				    "`%s`: more than %zu %s entries",
				    enf__rt_kw(p), max[kind], names[kind]);
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Statements                                                              */

static enf_status enf__st_rules(enf__rt_parser *p)
{
	enf_status st = enf__rt_string(p, &p->r.id, "an id", 1);

	return st ? st : enf__rt_tail(p, NULL);
}

static enf_status enf__st_extends(enf__rt_parser *p)
{
	const char *id = p->r.id;
	enf_auction_rules *base = NULL;
	const char *name;
	char known[256];
	int i;
	enf_status st;

	if (p->stmts != 2) /* counted before the statement runs */
		return enf__rt_fail(p, ENF_EPARSE,
				    "`extends` must come right after `rules`");
	if (p->depth > 0)
		return enf__rt_fail(p, ENF_EPARSE,
				    "`extends` in a built-in that another set "
				    "extends; only one level is allowed");
	st = enf__rt_string(p, &name, "the id of a built-in set", 1);
	if (st == ENF_OK)
		st = enf__rt_tail(p, NULL);
	if (st != ENF_OK)
		return st;
	i = enf__rt_builtin_find(name);
	if (i < 0) {
		enf__rt_builtin_list(known, sizeof known);
		return enf__rt_fail(p, ENF_ENOTFOUND,
				    "`extends %.*s`: no built-in set has that "
				    "id; known: %s",
				    enf__utf8_prefix(name, 40), name, known);
	}
	st = enf__rt_builtin_load(&base, (size_t)i, p->depth + 1);
	if (st != ENF_OK || base == NULL) /* never NULL: a load sets or fails */
		return st;
	p->r = *base;
	p->r.id = id;
	p->base = base;
	return ENF_OK;
}

static enf_status enf__st_title(enf__rt_parser *p)
{
	enf_status st = enf__rt_string(p, &p->r.title, "a quoted title", 0);

	return st ? st : enf__rt_tail(p, NULL);
}

static enf_status enf__st_country(enf__rt_parser *p)
{
	enf_status st = enf__rt_string(p, &p->r.country, "a country code", 0);

	return st ? st : enf__rt_tail(p, NULL);
}

static enf_status enf__st_source(enf__rt_parser *p)
{
	enf_status st = enf__rt_string(p, &p->r.source, "a quoted source", 0);

	return st ? st : enf__rt_tail(p, NULL);
}

static enf_status enf__st_from(enf__rt_parser *p)
{
	enf_status st = enf__rt_date(p, &p->r.from);

	return st ? st : enf__rt_tail(p, NULL);
}

static enf_status enf__st_to(enf__rt_parser *p)
{
	enf_status st = enf__rt_date(p, &p->r.to);

	return st ? st : enf__rt_tail(p, NULL);
}

static enf_status enf__st_max_rounds(enf__rt_parser *p)
{
	int32_t n;
	enf__cite why;
	enf_status st = enf__rt_int(p, &n, 0, ENF__AUC_ROUND_MAX,
				    "the number of auctions");

	if (st == ENF_OK)
		st = enf__rt_tail(p, &why);
	if (st == ENF_OK)
		p->r.max_rounds = n, p->r.max_rounds_why = why;
	return st;
}

/* round N price LO HI DEFAULT of value | round N cut ... of previous|first */
static enf_status enf__st_round(enf__rt_parser *p)
{
	static const char *const modes[] = {"price", "cut", NULL};
	static const char *const bases[] = {"value", "previous", "first", NULL};
	enf__round_rule rr;
	int mode = 0, base = 0;
	enf_status st;

	memset(&rr, 0, sizeof rr);
	st = enf__rt_int(p, &rr.from, 1, ENF__AUC_ROUND_MAX, "the round");
	if (st == ENF_OK)
		st = enf__rt_choice(p, &mode, modes, "`price` or `cut`");
	if (st == ENF_OK)
		st = enf__rt_ratio(p, &rr.lo, "the lowest share");
	if (st == ENF_OK)
		st = enf__rt_ratio(p, &rr.hi, "the highest share");
	if (st == ENF_OK)
		st = enf__rt_ratio(p, &rr.dflt, "the default share");
	if (st == ENF_OK)
		st = enf__rt_expect(p, "of");
	if (st == ENF_OK)
		st = enf__rt_choice(p, &base, bases,
				    "`value`, `previous` or `first`");
	if (st != ENF_OK)
		return st;
	if ((mode == 0) != (base == 0))
		return enf__rt_fail(p, ENF_EPARSE,
				    "`round %ld`: a price is a share `of "
				    "value`, a cut a share `of previous` or "
				    "`of first`; found `%s ... of %s`",
				    (long)rr.from, modes[mode], bases[base]);
	if (rr.from == 1 && mode != 0)
		return enf__rt_fail(p, ENF_EPARSE,
				    "`round 1` must be `price ... of value`: "
				    "a cut has nothing to cut from");
	if (!enf__rt_le(rr.lo, rr.dflt) || !enf__rt_le(rr.dflt, rr.hi))
		return enf__rt_fail(p, ENF_ERANGE,
				    "`round %ld`: the shares need lowest <= "
				    "default <= highest",
				    (long)rr.from);
	rr.mode = (enf__price_mode)base;
	st = enf__rt_tail(p, &rr.why);
	if (st == ENF_OK)
		st = enf__rt_order(p, ENF__K_ROUND, rr.from);
	return st ? st : enf__rt_put(p, ENF__K_ROUND, &rr);
}

/* An optional `from N` (default 1). */
static enf_status enf__rt_opt_from(enf__rt_parser *p, int32_t *from)
{
	*from = 1;
	if (!enf__rt_is(enf__rt_peek(p), "from"))
		return ENF_OK;
	p->pos++;
	return enf__rt_int(p, from, 1, ENF__AUC_ROUND_MAX, "the round");
}

/* bid R [from N] | deposit LO [HI] [from N] */
static enf_status enf__rt_ratio_entry(enf__rt_parser *p, int kind)
{
	enf__round_ratio e;
	const enf__rt_word *w;
	enf_status st;

	memset(&e, 0, sizeof e);
	st = enf__rt_ratio(p, &e.lo,
			   kind == ENF__K_BID ? "the lowest bid"
					      : "the lowest deposit");
	e.hi = e.lo;
	w = enf__rt_peek(p);
	if (st == ENF_OK && kind == ENF__K_DEPOSIT && w != NULL && !w->quoted &&
	    w->s[0] >= '0' && w->s[0] <= '9')
		st = enf__rt_ratio(p, &e.hi, "the highest deposit");
	if (st == ENF_OK)
		st = enf__rt_opt_from(p, &e.from);
	if (st == ENF_OK && !enf__rt_le(e.lo, e.hi))
		st = enf__rt_fail(p, ENF_ERANGE,
				  "`deposit`: the lowest share is above the "
				  "highest");
	if (st == ENF_OK)
		st = enf__rt_tail(p, &e.why);
	if (st == ENF_OK)
		st = enf__rt_order(p, kind, e.from);
	return st ? st : enf__rt_put(p, kind, &e);
}

static enf_status enf__st_bid(enf__rt_parser *p)
{
	return enf__rt_ratio_entry(p, ENF__K_BID);
}

static enf_status enf__st_deposit(enf__rt_parser *p)
{
	return enf__rt_ratio_entry(p, ENF__K_DEPOSIT);
}

/* Turns the creditor's option off (the defaults of `takeover after`). */
static void enf__rt_takeover_off(enf_auction_rules *r)
{
	r->takeover_after = 0;
	r->takeover_floor = 0;
	r->takeover_price = ENF__TAKE_AT_LAST;
	r->takeover_ratio.num = 0, r->takeover_ratio.den = 1;
	r->takeover_state = 0;
	r->notice_n = 0, r->notice_unit = ENF_UNIT_DAYS;
	r->redeem_n = 0, r->redeem_unit = ENF_UNIT_DAYS;
	r->settlement = ENF__SETTLE_JC11;
}

/* One clause of `takeover after N ...` into t. */
static enf_status enf__rt_takeover_clause(enf__rt_parser *p, int which,
					  enf_auction_rules *t)
{
	static const char *const yn[] = {"no", "yes", NULL};
	static const char *const settle[] = {"jc11", "pro-rata", NULL};
	int i = 0;
	enf_status st;

	switch (which) {
	case 0: /* price last | R */
		if (enf__rt_is(enf__rt_peek(p), "last")) {
			p->pos++;
			return ENF_OK;
		}
		t->takeover_price = ENF__TAKE_AT_RATIO;
		return enf__rt_ratio(p, &t->takeover_ratio,
				     "`last` or a share of the value");
	case 1:
		return enf__rt_period(p, &t->notice_n, &t->notice_unit,
				      "the notice period");
	case 2:
		return enf__rt_period(p, &t->redeem_n, &t->redeem_unit,
				      "the redemption period");
	case 3:
		st = enf__rt_choice(p, &i, yn, "`yes` or `no`");
		t->takeover_state = i;
		return st;
	default:
		st = enf__rt_choice(p, &i, settle, "`jc11` or `pro-rata`");
		t->settlement = (enf__settlement)i;
		return st;
	}
}

/* takeover none | takeover after N|at-floor [price last|R] [notice N U]
 * [redeem N U] [state yes|no] [settle jc11|pro-rata], clauses in any
 * order. at-floor: the option only at the floor (2008 text). */
static enf_status enf__st_takeover(enf__rt_parser *p)
{
	static const char *const clauses[] = {"price", "notice", "redeem",
					      "state", "settle", NULL};
	static const char *const kinds[] = {"none", "after", "at-floor", NULL};
	enf_auction_rules t = p->r;
	const enf__rt_word *w;
	int seen[5] = {0}, i = 0, kind = 0;
	enf_status st;

	enf__rt_takeover_off(&t);
	st = enf__rt_choice(p, &kind, kinds, "`after N`, `at-floor` or `none`");
	if (st == ENF_OK && kind == 1)
		st = enf__rt_int(p, &t.takeover_after, 1, ENF__AUC_ROUND_MAX,
				 "the round");
	t.takeover_floor = kind != 0;
	while (st == ENF_OK && t.takeover_floor &&
	       (w = enf__rt_peek(p)) != NULL && !enf__rt_is(w, "cite") &&
	       !enf__rt_is(w, "note")) {
		st = enf__rt_choice(p, &i, clauses,
				    "`price`, `notice`, `redeem`, `state` or "
				    "`settle`");
		if (st == ENF_OK && seen[i]++)
			st = enf__rt_fail(p, ENF_EPARSE,
					  "`takeover`: `%s` given twice",
					  clauses[i]);
		if (st == ENF_OK)
			st = enf__rt_takeover_clause(p, i, &t);
	}
	if (st == ENF_OK)
		st = enf__rt_tail(p, &t.takeover_why);
	if (st == ENF_OK)
		p->r = t;
	return st;
}

/* A switch: `KW on-word|none`; sets *flag and *why. */
static enf_status enf__rt_switch(enf__rt_parser *p, const char *on, int *flag,
				 enf__cite *why)
{
	const char *const words[] = {"none", on, NULL};
	char what[64];
	int i = 0;
	enf__cite c;
	enf_status st;

	(void)snprintf(what, sizeof what, "`%s` or `none`", on);
	st = enf__rt_choice(p, &i, words, what);
	if (st == ENF_OK)
		st = enf__rt_tail(p, &c);
	if (st == ENF_OK)
		*flag = i, *why = c;
	return st;
}

/* floor none|costs|below-costs: the asset goes back at a price <= the
 * costs (2014 on), or < them (`below-costs`, the 2008 text). */
static enf_status enf__st_floor(enf__rt_parser *p)
{
	const char *const words[] = {"none", "costs", "below-costs", NULL};
	int i = 0;
	enf__cite c;
	enf_status st;

	st = enf__rt_choice(p, &i, words, "`costs`, `below-costs` or `none`");
	if (st == ENF_OK)
		st = enf__rt_tail(p, &c);
	if (st == ENF_OK)
		p->r.floor_costs = i, p->r.floor_why = c;
	return st;
}

static enf_status enf__st_secured(enf__rt_parser *p)
{
	return enf__rt_switch(p, "withdraw", &p->r.withdraw_secured,
			      &p->r.secured_why);
}

/* no-surplus none|cancel|raise: 1 cancels the sale when the lowest bid
 * cannot cover costs + prior claims (JP Art 63, KR Art 102); 2 raises the
 * lowest bid to cover them (DE ZVG §44, the geringstes Gebot). */
static enf_status enf__st_surplus(enf__rt_parser *p)
{
	const char *const words[] = {"none", "cancel", "raise", NULL};
	int i = 0;
	enf__cite c;
	enf_status st;

	st = enf__rt_choice(p, &i, words, "`cancel`, `raise` or `none`");
	if (st == ENF_OK)
		st = enf__rt_tail(p, &c);
	if (st == ENF_OK)
		p->r.no_surplus = i, p->r.surplus_why = c;
	return st;
}

static enf_status enf__st_reappraise(enf__rt_parser *p)
{
	return enf__rt_switch(p, "after-failure",
			      &p->r.reappraise_after_failure,
			      &p->r.reappraise_why);
}

/* end none|return|discontinue|takeover|special-sale N U|sell-off N U */
static enf_status enf__st_end(enf__rt_parser *p)
{
	const char *const *words = enf__rt_end_words;
	const char *const list[] = {words[0], words[1], words[2], words[3],
				    words[4], words[5], NULL};
	enf_auction_rules t = p->r;
	int i = 0;
	enf_status st;

	st = enf__rt_choice(p, &i, list,
			    "`return`, `discontinue`, `takeover`, "
			    "`special-sale N UNIT`, `sell-off N UNIT` or "
			    "`none`");
	t.end = (enf__end_branch)i;
	t.end_n = 0, t.end_unit = ENF_UNIT_DAYS;
	if (st == ENF_OK &&
	    (t.end == ENF__END_SPECIAL_SALE || t.end == ENF__END_SELL_OFF))
		st = enf__rt_period(p, &t.end_n, &t.end_unit, "the period");
	if (st == ENF_OK)
		st = enf__rt_tail(p, &t.end_why);
	if (st == ENF_OK)
		p->r = t;
	return st;
}

/* overbid none | overbid R N UNIT (R > 0) */
static enf_status enf__st_overbid(enf__rt_parser *p)
{
	enf_auction_rules t = p->r;
	enf_status st = ENF_OK;

	t.overbid.num = 0, t.overbid.den = 1;
	t.overbid_n = 0, t.overbid_unit = ENF_UNIT_DAYS;
	if (enf__rt_is(enf__rt_peek(p), "none")) {
		p->pos++;
	} else {
		st = enf__rt_ratio(p, &t.overbid, "the overbid share");
		if (st == ENF_OK && t.overbid.num == 0)
			st = enf__rt_fail(p, ENF_ERANGE,
					  "`overbid`: a share of 0; write "
					  "`overbid none`");
		if (st == ENF_OK)
			st = enf__rt_period(p, &t.overbid_n, &t.overbid_unit,
					    "the overbid period");
	}
	if (st == ENF_OK)
		st = enf__rt_tail(p, &t.overbid_why);
	if (st == ENF_OK)
		p->r = t;
	return st;
}

/* Optional parts of a step: [asset] [from N] [to N] [after-cut]. */
static enf_status enf__rt_step_opts(enf__rt_parser *p, enf__step_rule *s)
{
	enf_status st = ENF_OK;

	for (int i = 0; i < 3; i++)
		if (enf__rt_is(enf__rt_peek(p), enf__rt_asset_words[i])) {
			s->asset = (enf__asset_kind)i;
			p->pos++;
		}
	st = enf__rt_opt_from(p, &s->from);
	if (st == ENF_OK && enf__rt_is(enf__rt_peek(p), "to")) {
		p->pos++;
		st = enf__rt_int(p, &s->to, 0, ENF__AUC_ROUND_MAX,
				 "the last round (0: no end)");
		if (st == ENF_OK && s->to != 0 && s->to < s->from)
			st = enf__rt_fail(p, ENF_ERANGE,
					  "`step`: to %ld is before from %ld",
					  (long)s->to, (long)s->from);
	}
	if (st == ENF_OK && enf__rt_is(enf__rt_peek(p), "after-cut")) {
		p->pos++;
		s->after_cut = 1;
	}
	return st;
}

/* step LABEL within|wait N UNIT [asset] [from N] [to N] [after-cut] */
static enf_status enf__st_step(enf__rt_parser *p)
{
	static const char *const kinds[] = {"within", "wait", NULL};
	enf_auction_rules *r = &p->r;
	enf__step_rule s;
	size_t i;
	enf_status st;

	memset(&s, 0, sizeof s);
	st = enf__rt_string(p, &s.label, "a label", 1);
	if (st == ENF_OK)
		st = enf__rt_choice(p, &s.wait, kinds, "`within` or `wait`");
	if (st == ENF_OK)
		st = enf__rt_period(p, &s.n, &s.unit, "the period");
	if (st == ENF_OK)
		st = enf__rt_step_opts(p, &s);
	if (st == ENF_OK)
		st = enf__rt_tail(p, &s.why);
	if (st != ENF_OK)
		return st;
	for (i = 0; i < r->n_steps; i++)
		if (strcmp(r->steps[i].label, s.label) == 0 &&
		    r->steps[i].asset == s.asset && r->steps[i].from == s.from)
			break;
	if (i < r->n_steps && p->own_step[i])
		return enf__rt_fail(p, ENF_ERANGE,
				    "`step %.*s` for %s from round %ld is "
				    "given twice",
				    enf__utf8_prefix(s.label, 40), s.label,
				    enf__rt_asset_words[s.asset], (long)s.from);
	if (i == ENF__AUC_STEPS)
		return enf__rt_fail(p, ENF_ERANGE, "`step`: more than %d steps",
				    ENF__AUC_STEPS);
	r->steps[i] = s;
	p->own_step[i] = 1;
	if (i == r->n_steps)
		r->n_steps++;
	return ENF_OK;
}

/* steps clear */
static enf_status enf__st_steps(enf__rt_parser *p)
{
	enf_status st = enf__rt_expect(p, "clear");

	if (st == ENF_OK)
		st = enf__rt_tail(p, NULL);
	if (st == ENF_OK) {
		p->r.n_steps = 0;
		memset(p->own_step, 0, sizeof p->own_step);
	}
	return st;
}

typedef struct enf__rt_stmt {
	const char *kw;
	enf_status (*fn)(enf__rt_parser *p);
	int repeat; /* 1: may be given more than once */
} enf__rt_stmt;

static const enf__rt_stmt enf__rt_stmts[ENF__AUC_STMTS] = {
	{"rules", enf__st_rules, 0},
	{"extends", enf__st_extends, 0},
	{"title", enf__st_title, 0},
	{"country", enf__st_country, 0},
	{"from", enf__st_from, 0},
	{"to", enf__st_to, 0},
	{"source", enf__st_source, 0},
	{"max-rounds", enf__st_max_rounds, 0},
	{"round", enf__st_round, 1},
	{"bid", enf__st_bid, 1},
	{"deposit", enf__st_deposit, 1},
	{"takeover", enf__st_takeover, 0},
	{"floor", enf__st_floor, 0},
	{"secured", enf__st_secured, 0},
	{"no-surplus", enf__st_surplus, 0},
	{"end", enf__st_end, 0},
	{"reappraise", enf__st_reappraise, 0},
	{"overbid", enf__st_overbid, 0},
	{"step", enf__st_step, 1},
	{"steps", enf__st_steps, 0},
};

/* Runs the statement of the words of the current line. */
static enf_status enf__rt_statement(enf__rt_parser *p)
{
	const enf__rt_word *w = &p->w[0];
	int i = 0;

	while (i < ENF__AUC_STMTS && !enf__rt_is(w, enf__rt_stmts[i].kw))
		i++;
	if (i == ENF__AUC_STMTS)
		return enf__rt_fail(p, ENF_EPARSE, "unknown keyword `%.*s`",
				    ENF__W(w));
	if (p->stmts == 0 && i != ENF__S_RULES)
		return enf__rt_fail(p, ENF_EPARSE,
				    "expected `rules ID` first, found `%s`",
				    w->s);
	if (!enf__rt_stmts[i].repeat && p->seen[i] != 0)
		return enf__rt_fail(p, ENF_EPARSE,
				    "`%s` given twice (first on line %ld)",
				    w->s, p->seen[i]);
	p->seen[i] = p->line;
	p->pos = 1;
	p->stmts++;
	return enf__rt_stmts[i].fn(p);
}

/* ---------------------------------------------------------------------- */
/* Whole text                                                              */

/* What the whole text must have given. */
static enf_status enf__rt_finish(const enf__rt_parser *p)
{
	const enf_auction_rules *r = &p->r;

	if (p->seen[ENF__S_RULES] == 0)
		return enf__rt_fail(p, ENF_EPARSE,
				    "no statements; a rule set starts with "
				    "`rules ID`");
	if (r->n_rounds == 0 || r->rounds[0].from != 1)
		return enf__rt_fail(p, ENF_EPARSE,
				    "end of text without `round 1 price ... "
				    "of value`");
	if (r->n_bids == 0 || r->bids[0].from != 1)
		return enf__rt_fail(p, ENF_EPARSE,
				    "end of text without `bid R from 1`");
	if (r->from != ENF_DATE_NONE && r->to != ENF_DATE_NONE &&
	    r->to < r->from)
		return enf__rt_fail(p, ENF_ERANGE,
				    "end of text: `to` is before `from`");
	return ENF_OK;
}

static enf_status enf__rt_statement_cb(enf__rt_parser *p, void *ctx)
{
	(void)ctx;
	return enf__rt_statement(p);
}

enf_status enf__rt_lines(enf__rt_parser *p, const char *text,
			 enf_status (*statement)(enf__rt_parser *p, void *ctx),
			 void *ctx)
{
	const char *s = text;
	enf_status st = ENF_OK;

	for (;;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl != NULL ? (size_t)(nl - s) : strlen(s);

		p->line++;
		if (n > 0 && s[n - 1] == '\r')
			n--;
		if (n > ENF__AUC_LINE_MAX)
			return enf__rt_fail(p, ENF_EPARSE,
					    "the line is %zu bytes long; at "
					    "most %d",
					    n, ENF__AUC_LINE_MAX);
		st = enf__rt_words(p, s, n);
		if (st == ENF_OK && p->nw > 0)
			st = statement(p, ctx);
		if (st != ENF_OK || nl == NULL || nl[1] == '\0')
			return st;
		s = nl + 1;
	}
}

enf_status enf__rt_parse(enf_auction_rules **out, const char *text, int depth)
{
	enf__rt_parser *p = calloc(1, sizeof *p);
	enf_status st;

	if (p == NULL)
		return enf__fail(ENF_ENOMEM, "auction_rules_parse: out of "
					     "memory");
	p->depth = depth;
	p->r.from = p->r.to = ENF_DATE_NONE;
	enf__rt_takeover_off(&p->r);
	p->r.overbid.den = 1;
	p->cap = strlen(text) + 1;
	p->arena = malloc(p->cap);
	if (p->arena == NULL)
		st = enf__fail(ENF_ENOMEM, "auction_rules_parse: out of "
					   "memory");
	else
		st = enf__rt_lines(p, text, enf__rt_statement_cb, NULL);
	if (st == ENF_OK)
		st = enf__rt_finish(p);
	if (st == ENF_OK)
		st = enf__rt_pack(out, &p->r);
	enf_auction_rules_free(p->base);
	free(p->arena);
	free(p);
	return st;
}

/* ---------------------------------------------------------------------- */
/* Public                                                                  */

enf_status enf_auction_rules_parse(enf_auction_rules **out, const char *text)
{
	ENF__CHECK_NULL("auction_rules_parse", out);
	*out = NULL;
	ENF__CHECK_NULL("auction_rules_parse", text);
	return enf__rt_parse(out, text, 0);
}

/* A built-in set (auction_rules_data.c) is parsed as any text; here, with
 * the parser, since its `extends` loads a built-in in turn. */
enf_status enf__rt_builtin_load(enf_auction_rules **out, size_t i, int depth)
{
	const char *const *lines = enf__rt_builtin_lines(i);
	size_t n = 0, at = 0, k;
	char *text;
	enf_status st;

	for (k = 0; lines[k] != NULL; k++)
		n += strlen(lines[k]) + 1;
	text = malloc(n + 1);
	if (text == NULL)
		return enf__fail(ENF_ENOMEM, "auction_rules_builtin: out of "
					     "memory");
	for (k = 0; lines[k] != NULL; k++) {
		size_t len = strlen(lines[k]);

		memcpy(text + at, lines[k], len);
		text[at + len] = '\n';
		at += len + 1;
	}
	text[at] = '\0';
	st = enf__rt_parse(out, text, depth);
	free(text);
	return st;
}
