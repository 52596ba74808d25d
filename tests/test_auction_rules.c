/*
 * Tests of the auction rule sets (rules.h): the built-in sets, their text
 * form and its parser, `extends`, lookup by country and date, info.
 *
 * The expected values are the figures of the law as the domain notes
 * give them (vietnam-thads.md §1, peers-and-rules.md §2), with the
 * arithmetic that turns a percentage into a reduced ratio worked in the
 * comment beside it; none was obtained by running the code.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"
#include "auction_rules_text.h" /* the parsed struct, the depth guard */

#define NBUILTIN 12

static const char *const ids[NBUILTIN] = {
	"VN-2008",     "VN-2014", "VN-2026", "JP", "CN", "PL-realty",
	"PL-movables", "DE",	  "RU",	     "KR", "UA", "US-OH"};

/* A minimal valid set: a round 1 and a bid from 1. */
#define MINIMAL "rules T\nround 1 price 1 1 1 of value\nbid 1 from 1\n"

static enf_auction_rules *builtin(const char *id)
{
	enf_auction_rules *r = NULL;

	assert_int_equal(enf_auction_rules_builtin(&r, id), ENF_OK);
	assert_non_null(r);
	return r;
}

static enf_auction_rules *parse_ok(const char *text)
{
	enf_auction_rules *r = NULL;
	enf_status st = enf_auction_rules_parse(&r, text);

	if (st != ENF_OK)
		fail_msg("parse failed: %s", enf_last_error());
	assert_non_null(r);
	return r;
}

static char *text_of(const enf_auction_rules *r)
{
	char *t = NULL;
	size_t n = 0;

	assert_int_equal(enf_auction_rules_to_text(&t, &n, r), ENF_OK);
	assert_non_null(t);
	assert_int_equal(n, strlen(t));
	return t;
}

/* The text of a built-in. */
static char *builtin_text(const char *id)
{
	enf_auction_rules *r = builtin(id);
	char *t = text_of(r);

	enf_auction_rules_free(r);
	return t;
}

static void assert_text_has(const char *text, const char *part)
{
	if (strstr(text, part) == NULL)
		fail_msg("missing \"%s\" in:\n%s", part, text);
}

/* Parsing fails with st; the message names the line and the word; out
 * stays NULL. */
static void parse_fails(const char *text, enf_status st, long line,
			const char *word)
{
	enf_auction_rules *r = (enf_auction_rules *)&r; /* not NULL */
	char where[64];
	enf_status got = enf_auction_rules_parse(&r, text);

	if (got != st)
		fail_msg("status %d, wanted %d: %s\ntext: %.200s", got, st,
			 enf_last_error(), text);
	assert_null(r);
	(void)snprintf(where, sizeof where,
		       "auction_rules_parse: line %ld: ", line);
	if (strstr(enf_last_error(), where) == NULL ||
	    strstr(enf_last_error(), word) == NULL)
		fail_msg("message \"%s\" lacks \"%s\" or \"%s\"",
			 enf_last_error(), where, word);
}

/* Field-by-field equality of two parsed sets (strings by content). */
static void assert_cite_eq(const enf__cite *a, const enf__cite *b)
{
	assert_string_equal(a->cite, b->cite);
	assert_string_equal(a->note, b->note);
}

static void assert_ratio_eq(enf__ratio a, enf__ratio b)
{
	assert_true(a.num == b.num && a.den == b.den);
}

static void assert_entries_eq(const enf_auction_rules *a,
			      const enf_auction_rules *b)
{
	size_t i;

	assert_int_equal(a->n_rounds, b->n_rounds);
	for (i = 0; i < a->n_rounds; i++) {
		assert_int_equal(a->rounds[i].from, b->rounds[i].from);
		assert_int_equal(a->rounds[i].mode, b->rounds[i].mode);
		assert_ratio_eq(a->rounds[i].lo, b->rounds[i].lo);
		assert_ratio_eq(a->rounds[i].hi, b->rounds[i].hi);
		assert_ratio_eq(a->rounds[i].dflt, b->rounds[i].dflt);
		assert_cite_eq(&a->rounds[i].why, &b->rounds[i].why);
	}
	assert_int_equal(a->n_bids, b->n_bids);
	assert_int_equal(a->n_deposits, b->n_deposits);
	for (i = 0; i < ENF__AUC_RATIOS; i++) {
		const enf__round_ratio *x = &a->bids[i], *y = &b->bids[i];

		for (int k = 0; k < 2; k++) {
			assert_int_equal(x->from, y->from);
			assert_ratio_eq(x->lo, y->lo);
			assert_ratio_eq(x->hi, y->hi);
			assert_cite_eq(&x->why, &y->why);
			x = &a->deposits[i], y = &b->deposits[i];
		}
	}
	assert_int_equal(a->n_steps, b->n_steps);
	for (i = 0; i < a->n_steps; i++) {
		const enf__step_rule *x = &a->steps[i], *y = &b->steps[i];

		assert_string_equal(x->label, y->label);
		assert_int_equal(x->wait, y->wait);
		assert_int_equal(x->n, y->n);
		assert_int_equal(x->unit, y->unit);
		assert_int_equal(x->asset, y->asset);
		assert_int_equal(x->from, y->from);
		assert_int_equal(x->to, y->to);
		assert_int_equal(x->after_cut, y->after_cut);
		assert_cite_eq(&x->why, &y->why);
	}
}

static void assert_rules_eq(const enf_auction_rules *a,
			    const enf_auction_rules *b)
{
	assert_string_equal(a->id, b->id);
	assert_string_equal(a->title, b->title);
	assert_string_equal(a->country, b->country);
	assert_string_equal(a->source, b->source);
	assert_int_equal(a->from, b->from);
	assert_int_equal(a->to, b->to);
	assert_int_equal(a->max_rounds, b->max_rounds);
	assert_cite_eq(&a->max_rounds_why, &b->max_rounds_why);
	assert_entries_eq(a, b);
	assert_int_equal(a->takeover_after, b->takeover_after);
	assert_int_equal(a->takeover_floor, b->takeover_floor);
	assert_int_equal(a->takeover_price, b->takeover_price);
	assert_ratio_eq(a->takeover_ratio, b->takeover_ratio);
	assert_int_equal(a->takeover_state, b->takeover_state);
	assert_int_equal(a->notice_n, b->notice_n);
	assert_int_equal(a->notice_unit, b->notice_unit);
	assert_int_equal(a->redeem_n, b->redeem_n);
	assert_int_equal(a->redeem_unit, b->redeem_unit);
	assert_int_equal(a->settlement, b->settlement);
	assert_cite_eq(&a->takeover_why, &b->takeover_why);
	assert_int_equal(a->floor_costs, b->floor_costs);
	assert_cite_eq(&a->floor_why, &b->floor_why);
	assert_int_equal(a->withdraw_secured, b->withdraw_secured);
	assert_cite_eq(&a->secured_why, &b->secured_why);
	assert_int_equal(a->no_surplus, b->no_surplus);
	assert_cite_eq(&a->surplus_why, &b->surplus_why);
	assert_int_equal(a->end, b->end);
	assert_int_equal(a->end_n, b->end_n);
	assert_int_equal(a->end_unit, b->end_unit);
	assert_cite_eq(&a->end_why, &b->end_why);
	assert_int_equal(a->reappraise_after_failure,
			 b->reappraise_after_failure);
	assert_cite_eq(&a->reappraise_why, &b->reappraise_why);
	assert_ratio_eq(a->overbid, b->overbid);
	assert_int_equal(a->overbid_n, b->overbid_n);
	assert_int_equal(a->overbid_unit, b->overbid_unit);
	assert_cite_eq(&a->overbid_why, &b->overbid_why);
}

/* parse(to_text(r)) has the same fields and writes the same text. */
static void assert_round_trip(const enf_auction_rules *r)
{
	char *t = text_of(r), *t2;
	enf_auction_rules *back = parse_ok(t);

	assert_rules_eq(r, back);
	t2 = text_of(back);
	assert_string_equal(t, t2);
	enf_io_free(t);
	enf_io_free(t2);
	enf_auction_rules_free(back);
}

/* ---------------------------------------------------------------------- */
/* Built-ins                                                               */

static void test_auction_rules__builtin_ids(void **state)
{
	(void)state;
	for (size_t i = 0; i < NBUILTIN; i++)
		assert_string_equal(enf_auction_rules_builtin_id(i), ids[i]);
	assert_null(enf_auction_rules_builtin_id(NBUILTIN));
	assert_null(enf_auction_rules_builtin_id(SIZE_MAX));
}

/* Every built-in parses, names itself, has every rule statement cited and
 * explained, and round-trips through its text. */
static void test_auction_rules__builtin_round_trip(void **state)
{
	(void)state;
	for (size_t i = 0; i < NBUILTIN; i++) {
		enf_auction_rules *r = builtin(ids[i]);
		enf_auction_rules_info info;

		assert_int_equal(enf_auction_rules_info_get(&info, r), ENF_OK);
		assert_string_equal(info.id, ids[i]);
		assert_true(info.title[0] != '\0' && info.source[0] != '\0');
		assert_true(info.country[0] != '\0');
		assert_true(r->max_rounds_why.cite[0] != '\0');
		for (size_t k = 0; k < r->n_rounds; k++)
			assert_true(r->rounds[k].why.cite[0] != '\0' &&
				    r->rounds[k].why.note[0] != '\0');
		for (size_t k = 0; k < r->n_steps; k++)
			assert_true(r->steps[k].why.cite[0] != '\0' &&
				    r->steps[k].why.note[0] != '\0');
		assert_round_trip(r);
		enf_auction_rules_free(r);
	}
}

static void test_auction_rules__builtin_unknown(void **state)
{
	enf_auction_rules *r = (enf_auction_rules *)&r;

	(void)state;
	assert_int_equal(enf_auction_rules_builtin(&r, "VN-2015"),
			 ENF_ENOTFOUND);
	assert_null(r);
	assert_error_names("auction_rules_builtin", "VN-2015");
	assert_error_names("known", "US-OH");
	/* Ids are case-sensitive. */
	assert_int_equal(enf_auction_rules_builtin(&r, "vn-2014"),
			 ENF_ENOTFOUND);
}

/* Vietnam, 2014 amendment: in force 1 Jul 2015 - 30 Jun 2026; the
 * creditor's option arises when the auction after the 2nd cut (the 3rd
 * auction) fails (Art 104(2)). */
static void test_auction_rules__info_vn(void **state)
{
	enf_auction_rules *r = builtin("VN-2014");
	enf_auction_rules_info info;

	(void)state;
	assert_int_equal(enf_auction_rules_info_get(&info, r), ENF_OK);
	assert_string_equal(info.country, "VN");
	assert_int_equal(info.from, ymd(2015, 7, 1));
	assert_int_equal(info.to, ymd(2026, 6, 30));
	assert_int_equal(info.max_rounds, 0);
	assert_int_equal(info.takeover_after, 3);
	assert_int_equal(info.takeover_at_floor, 1);
	assert_int_equal(info.floor_strict, 0); /* "bằng hoặc thấp hơn" */
	enf_auction_rules_free(r);

	/* 2008 text (Art 104 as first enacted): 1 Jul 2009 - 30 Jun 2015;
	 * the creditor's option only at the floor, and the floor strictly
	 * below the costs ("thấp hơn chi phí cưỡng chế"). */
	r = builtin("VN-2008");
	assert_int_equal(enf_auction_rules_info_get(&info, r), ENF_OK);
	assert_int_equal(info.from, ymd(2009, 7, 1));
	assert_int_equal(info.to, ymd(2015, 6, 30));
	assert_int_equal(info.takeover_after, 0);
	assert_int_equal(info.takeover_at_floor, 1);
	assert_int_equal(info.floor_strict, 1);
	enf_auction_rules_free(r);

	/* Decree 152/2026 Art 65(6): "Từ sau lần giảm giá thứ hai trở đi mà
	 * tài sản đấu giá không thành": the auction held after the 2nd cut
	 * is auction 3, as under the 2014 Art 104(2); no end date. */
	r = builtin("VN-2026");
	assert_int_equal(enf_auction_rules_info_get(&info, r), ENF_OK);
	assert_int_equal(info.from, ymd(2026, 7, 1));
	assert_int_equal(info.to, ENF_DATE_NONE);
	assert_int_equal(info.takeover_after, 3);
	assert_int_equal(info.takeover_at_floor, 1);
	assert_int_equal(info.floor_strict, 0);
	enf_auction_rules_free(r);
}

static void test_auction_rules__info_peers(void **state)
{
	/* id, country, max rounds, takeover after */
	static const struct {
		const char *id, *country;
		int32_t max, take;
	} want[] = {
		{"JP", "JP", 1, 0},	   /* special sale after one auction */
		{"CN", "CN", 2, 0},	   /* auction, re-auction, sell-off */
		{"PL-realty", "PL", 2, 2}, /* Art 984: after the 2nd */
		{"PL-movables", "PL", 2, 0},
		{"DE", "DE", 2, 0},
		{"RU", "RU", 2, 2}, /* Art 87(12): after the 2nd sale */
		{"KR", "KR", 0, 0},
		{"UA", "UA", 3, 0}, /* auction and two repeats */
		{"US-OH", "US-OH", 2, 0},
	};

	(void)state;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		enf_auction_rules *r = builtin(want[i].id);
		enf_auction_rules_info info;

		assert_int_equal(enf_auction_rules_info_get(&info, r), ENF_OK);
		assert_string_equal(info.country, want[i].country);
		assert_int_equal(info.max_rounds, want[i].max);
		assert_int_equal(info.takeover_after, want[i].take);
		assert_int_equal(info.from, ENF_DATE_NONE);
		assert_int_equal(info.to, ENF_DATE_NONE);
		enf_auction_rules_free(r);
	}
}

static void test_auction_rules__info_bad(void **state)
{
	enf_auction_rules *r = builtin("JP");
	enf_auction_rules_info info;

	(void)state;
	memset(&info, 0x5a, sizeof info);
	assert_int_equal(enf_auction_rules_info_get(&info, NULL), ENF_EINVALID);
	assert_error_names("auction_rules_info_get", "rules");
	assert_int_equal(info.max_rounds, 0x5a5a5a5a); /* unchanged */
	assert_int_equal(enf_auction_rules_info_get(NULL, r), ENF_EINVALID);
	assert_error_names("auction_rules_info_get", "out");
	enf_auction_rules_free(r);
}

/* Vietnam's numbers as the text writes them. */
static void test_auction_rules__text_vn(void **state)
{
	char *t = builtin_text("VN-2014");

	(void)state;
	/* Art 104(1) as amended: each cut <= 10% of the previous start. */
	assert_text_has(t, "round 1 price 1 1 1 of value");
	assert_text_has(t, "round 2 cut 0 1/10 1/10 of previous");
	/* Law 01/2016 Art 39: deposit 5%..20% = 1/20..1/5. */
	assert_text_has(t, "deposit 1/20 1/5 from 1");
	/* Art 104(2): told within 10 days, 30 days to redeem. */
	assert_text_has(t, "takeover after 3 price last notice 10 days "
			   "redeem 30 days state no settle jc11");
	assert_text_has(t, "floor costs cite");
	assert_text_has(t, "secured withdraw cite \"Joint Circular 11/2016");
	assert_text_has(t, "reappraise none");
	/* Art 104(1): the 5 + 10-day agreement window after the first
	 * failure only (round 2); later cuts at once (Art 104(3)). */
	assert_text_has(t, "step notice within 5 working-days any from 2 to 2");
	assert_text_has(t, "step agree wait 10 days any from 2 to 2");
	/* Law 01/2016 Art 35 and the Art 53 shortening after a 2nd failure. */
	assert_text_has(t, "step post wait 15 days realty from 2 to 2 "
			   "after-cut");
	assert_text_has(t, "step post wait 7 working-days movable from 2 to 2 "
			   "after-cut");
	/* Law 01/2016 Art 53(1)(a) (starting prices under 50,000,000 VND,
	 * shortened by agreement from the start) is a stated limitation. */
	assert_text_has(t, "not modelled: the shortened posting that Law "
			   "01/2016/QH14 Art 53(1)(a) allows by agreement");
	assert_text_has(t, "step post-short wait 5 working-days realty from 3 "
			   "to 0 after-cut");
	assert_text_has(t, "step post-short wait 3 working-days movable from 3 "
			   "to 0 after-cut");
	enf_io_free(t);

	/* 2008 text: the cap is 10% of the first (set) price; re-appraisal
	 * after a failure; no Art 53 shortening. */
	t = builtin_text("VN-2008");
	assert_text_has(t, "round 2 cut 0 1/10 1/10 of first");
	assert_text_has(t, "reappraise after-failure");
	assert_null(strstr(t, "post-short"));
	assert_text_has(t, "(U:");
	/* Art 104 (2008 text): the creditor's option only at the floor, no
	 * notice or redemption periods; the floor strictly below the costs
	 * ("đã giảm thấp hơn chi phí cưỡng chế"). */
	assert_text_has(t, "takeover at-floor price last notice 0 days redeem "
			   "0 days state no settle jc11");
	assert_text_has(t, "floor below-costs cite");
	enf_io_free(t);

	/* Decree 152/2026 Art 65(6), 66: the option from the failure of the
	 * auction after the 2nd cut (auction 3); 3 working days' notice, 5
	 * to redeem, pro rata; the 2-working-day notice after every failure;
	 * the 10-day agreement after the first (U, the old structure); the
	 * 10% cap kept as U; the floor and the secured stop of Art 65(7). */
	t = builtin_text("VN-2026");
	assert_text_has(t, "takeover after 3 price last notice 3 working-days "
			   "redeem 5 working-days state no settle pro-rata "
			   "cite \"Decree 152/2026 Art 65(6), 66\"");
	assert_text_has(t, "step notice within 2 working-days any from 2 to 0");
	assert_text_has(t, "step agree wait 10 days any from 2 to 2");
	assert_text_has(t, "floor costs cite \"Decree 152/2026 Art "
			   "65(7)(b)\"");
	assert_text_has(t, "secured withdraw cite \"Decree 152/2026 Art "
			   "65(7)(a)\"");
	assert_text_has(t,
			"round 2 cut 0 1/10 1/10 of previous cite \"Law "
			"106/2025/QH15 Art 83(3)\" note \"(U: cap unchecked; "
			"old value kept)");
	assert_text_has(t, "to none");
	enf_io_free(t);
}

/* Other countries, peers-and-rules.md §2. */
static void test_auction_rules__text_peers(void **state)
{
	static const struct {
		const char *id, *part;
	} want[] = {
		/* JP Art 60(3): base - 2/10 = 8/10 = 4/5; deposit 20% = 1/5 */
		{"JP", "bid 4/5 from 1"},
		{"JP", "deposit 1/5 from 1"},
		{"JP", "no-surplus cancel"},
		{"JP", "end special-sale 0 days"},
		{"JP", "takeover none"},
		/* CN: start >= 70% = 7/10; re-auction <= 20% = 1/5 lower */
		{"CN", "round 1 price 7/10 1 7/10 of value"},
		{"CN", "round 2 cut 0 1/5 1/5 of previous"},
		{"CN", "end sell-off 60 days"},
		{"CN", "step post within 30 days any from 2 to 0 after-cut"},
		/* PL: 3/4 then 2/3; deposit 1/10 of the value, i.e.
		 * (1/10)/(3/4) = 4/30 = 2/15 and (1/10)/(2/3) = 3/20 */
		{"PL-realty", "round 1 price 3/4 3/4 3/4 of value"},
		{"PL-realty", "round 2 price 2/3 2/3 2/3 of value"},
		{"PL-realty", "deposit 2/15 from 1"},
		{"PL-realty", "deposit 3/20 from 2"},
		{"PL-realty", "state yes settle jc11"},
		{"PL-realty", "end discontinue"},
		{"PL-movables", "round 2 price 1/2 1/2 1/2 of value"},
		/* DE §85a: 5/10 = 1/2, none at the next sale; §68: 1/10 */
		{"DE", "bid 1/2 from 1"},
		{"DE", "bid 0 from 2"},
		{"DE", "deposit 1/10 from 1"},
		{"DE", "no-surplus raise"},
		/* RU Art 92(2): 1 - 15% = 85/100 = 17/20; Art 87(12):
		 * 1 - 25% = 3/4; deposit at most 5% = 1/20 */
		{"RU", "round 2 price 17/20 17/20 17/20 of value"},
		{"RU", "takeover after 2 price 3/4 notice 5 days redeem 0 days "
		       "state yes"},
		{"RU", "deposit 0 1/20 from 1"},
		{"RU", "end return"},
		{"RU", "step post wait 10 days any from 2 to 0 after-cut"},
		/* KR: 20% (Seoul) default, 30% (Incheon) top; deposit 1/10 */
		{"KR", "round 2 cut 0 3/10 1/5 of previous"},
		{"KR", "deposit 1/10 from 1 cite \"민사집행규칙 (Rules of "
		       "Civil Execution) Art 63 (I)\""},
		/* UA Art 79(2): -20% = 1/5; Art 79(4): then -25% = 1/4 */
		{"UA", "round 2 cut 1/5 1/5 1/5 of previous cite \"Bankruptcy "
		       "Code Art 79(2)\""},
		{"UA", "round 3 cut 1/4 1/4 1/4 of previous cite \"Bankruptcy "
		       "Code Art 79(4)\""},
		{"UA", "end none cite"},
		/* US-OH 2329.20: 2/3; 2329.52(B): no minimum at the 2nd */
		{"US-OH", "bid 2/3 from 1"},
		{"US-OH", "bid 0 from 2"},
		{"US-OH", "end return"},
	};

	(void)state;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		char *t = builtin_text(want[i].id);

		assert_text_has(t, want[i].part);
		enf_io_free(t);
	}
}

/* ---------------------------------------------------------------------- */
/* Lookup by country and date                                              */

static void assert_on(const char *country, enf_date date, const char *id)
{
	enf_auction_rules *r = NULL;
	enf_auction_rules_info info;

	assert_int_equal(enf_auction_rules_on(&r, country, date), ENF_OK);
	assert_int_equal(enf_auction_rules_info_get(&info, r), ENF_OK);
	assert_string_equal(info.id, id);
	enf_auction_rules_free(r);
}

static void test_auction_rules__on_vn(void **state)
{
	(void)state;
	assert_on("VN", ymd(2009, 7, 1), "VN-2008");
	assert_on("VN", ymd(2015, 6, 30), "VN-2008");
	assert_on("VN", ymd(2015, 7, 1), "VN-2014");
	assert_on("VN", ymd(2026, 6, 30), "VN-2014");
	assert_on("VN", ymd(2026, 7, 1), "VN-2026");
	assert_on("VN", ymd(2099, 12, 31), "VN-2026");
}

static void test_auction_rules__on_vn_before(void **state)
{
	enf_auction_rules *r = (enf_auction_rules *)&r;

	(void)state;
	assert_int_equal(enf_auction_rules_on(&r, "VN", ymd(2009, 6, 30)),
			 ENF_ERANGE);
	assert_null(r);
	assert_error_names("auction_rules_on", "2009-06-30");
	assert_error_names("VN-2008 from 2009-07-01", "VN-2026");
	/* Not a date at all. */
	assert_int_equal(enf_auction_rules_on(&r, "VN", ENF_DATE_NONE),
			 ENF_ERANGE);
	assert_error_names("auction_rules_on", "date");
	assert_int_equal(enf_auction_rules_on(&r, "JP", ENF_DATE_MAX + 1),
			 ENF_ERANGE);
	assert_null(r);
}

static void test_auction_rules__on_others(void **state)
{
	(void)state;
	assert_on("JP", ymd(1990, 1, 1), "JP"); /* no dates: any date */
	assert_on("PL", ymd(2025, 1, 13), "PL-realty");
	assert_on("US-OH", ymd(2025, 1, 13), "US-OH");
	assert_on("UA", ymd(2025, 1, 13), "UA");
}

static void test_auction_rules__on_unknown(void **state)
{
	enf_auction_rules *r = (enf_auction_rules *)&r;

	(void)state;
	assert_int_equal(enf_auction_rules_on(&r, "FR", ymd(2025, 1, 13)),
			 ENF_ENOTFOUND);
	assert_null(r);
	assert_error_names("auction_rules_on", "\"FR\"");
	assert_error_names("known: VN, JP, CN, PL, DE, RU, KR, UA, US-OH",
			   "known");
	/* Countries, not ids. */
	assert_int_equal(
		enf_auction_rules_on(&r, "PL-movables", ymd(2025, 1, 13)),
		ENF_ENOTFOUND);
	assert_int_equal(enf_auction_rules_on(&r, NULL, ymd(2025, 1, 13)),
			 ENF_EINVALID);
	assert_error_names("auction_rules_on", "country");
	assert_int_equal(enf_auction_rules_on(NULL, "VN", ymd(2025, 1, 13)),
			 ENF_EINVALID);
	assert_error_names("auction_rules_on", "out");
}

/* ---------------------------------------------------------------------- */
/* Parser                                                                  */

/* The smallest set: defaults everywhere else. */
static void test_auction_rules__parse_minimal(void **state)
{
	enf_auction_rules *r = parse_ok(MINIMAL);
	enf_auction_rules_info info;
	char *t = text_of(r);

	(void)state;
	assert_int_equal(enf_auction_rules_info_get(&info, r), ENF_OK);
	assert_string_equal(info.id, "T");
	assert_string_equal(info.title, "");
	assert_string_equal(info.country, "");
	assert_int_equal(info.from, ENF_DATE_NONE);
	assert_int_equal(info.takeover_after, 0);
	assert_string_equal(t, "rules T\n"
			       "title \"\"\n"
			       "country \"\"\n"
			       "from none\n"
			       "to none\n"
			       "source \"\"\n"
			       "max-rounds 0\n"
			       "round 1 price 1 1 1 of value\n"
			       "bid 1 from 1\n"
			       "takeover none\n"
			       "floor none\n"
			       "secured none\n"
			       "no-surplus none\n"
			       "end none\n"
			       "reappraise none\n"
			       "overbid none\n");
	assert_round_trip(r);
	enf_io_free(t);
	enf_auction_rules_free(r);
}

/* Ratios are stored reduced: 2/4 = 1/2, 10/10 = 1, 6/8 = 3/4, 0/7 = 0. */
static void test_auction_rules__parse_ratios(void **state)
{
	enf_auction_rules *r =
		parse_ok("rules T\n"
			 "round 1 price 2/4 10/10 6/8 of value\n"
			 "round 2 cut 0/7 1000000000000/1000000000000 1/3 of "
			 "previous\n"
			 "bid 3/3\n");
	char *t = text_of(r);

	(void)state;
	assert_text_has(t, "round 1 price 1/2 1 3/4 of value\n");
	assert_text_has(t, "round 2 cut 0 1 1/3 of previous\n");
	assert_text_has(t, "bid 1 from 1\n");
	assert_true(r->rounds[0].lo.num == 1 && r->rounds[0].lo.den == 2);
	assert_true(r->rounds[1].hi.num == 1 && r->rounds[1].hi.den == 1);
	enf_io_free(t);
	enf_auction_rules_free(r);
}

/* Comments, blank lines, CRLF, tabs, UTF-8 and escapes in strings, units
 * in the singular, clauses in any order, names that need quotes. */
static void test_auction_rules__parse_syntax(void **state)
{
	enf_auction_rules *r = parse_ok(
		"# a rule set\r\n"
		"\r\n"
		"rules \"my set\"   # trailing comment\r\n"
		"title \"Sở Tư pháp \\\"A\\\" \\\\ # not a comment\"\n"
		"\tcountry\tVN\n"
		"from 1/7/2026\n"
		"round 1 price 1 1 1 of value note \"x\" cite \"y\"\n"
		"bid 1\n"
		"takeover after 4 settle pro-rata redeem 1 working-day "
		"state yes price 1/2 notice 2 weeks\n"
		"end special-sale 3 months\n"
		"overbid 1/10 10 days cite \"R.322-50\"\n"
		"step \"a label\" within 1 year movable from 2 to 5\n");
	char *t = text_of(r);

	(void)state;
	assert_string_equal(r->id, "my set");
	assert_string_equal(r->title, "Sở Tư pháp \"A\" \\ # not a comment");
	assert_int_equal(r->from, ymd(2026, 7, 1));
	assert_string_equal(r->rounds[0].why.note, "x");
	assert_string_equal(r->rounds[0].why.cite, "y");
	assert_text_has(t, "rules \"my set\"\n");
	assert_text_has(t, "title \"Sở Tư pháp \\\"A\\\" \\\\ # not a "
			   "comment\"\n");
	assert_text_has(t, "from 2026-07-01\n");
	assert_text_has(t, "takeover after 4 price 1/2 notice 2 weeks redeem 1 "
			   "working-days state yes settle pro-rata\n");
	assert_text_has(t, "end special-sale 3 months\n");
	assert_text_has(t, "overbid 1/10 10 days cite \"R.322-50\"\n");
	assert_text_has(t, "step \"a label\" within 1 years movable from 2 to "
			   "5\n");
	assert_round_trip(r);
	enf_io_free(t);
	enf_auction_rules_free(r);
}

/* The 2008 forms: `takeover at-floor` (the creditor's option only at the
 * floor) and `floor below-costs` (price < costs); written back as given
 * and read back to the same set. */
static void test_auction_rules__parse_at_floor(void **state)
{
	enf_auction_rules *r =
		parse_ok(MINIMAL "takeover at-floor redeem 3 days\n"
				 "floor below-costs note \"<\"\n");
	enf_auction_rules_info info;
	char *t = text_of(r);

	(void)state;
	assert_int_equal(r->takeover_after, 0);
	assert_int_equal(r->takeover_floor, 1);
	assert_int_equal(r->redeem_n, 3);
	assert_int_equal(r->floor_costs, 2);
	assert_int_equal(enf_auction_rules_info_get(&info, r), ENF_OK);
	assert_int_equal(info.takeover_after, 0);
	assert_int_equal(info.takeover_at_floor, 1);
	assert_int_equal(info.floor_strict, 1);
	assert_text_has(t, "takeover at-floor price last notice 0 days redeem "
			   "3 days state no settle jc11\n");
	assert_text_has(t, "floor below-costs note \"<\"\n");
	assert_round_trip(r);
	enf_io_free(t);
	enf_auction_rules_free(r);

	/* `takeover after N` also opens the option at the floor; `none`
	 * neither. */
	r = parse_ok(MINIMAL "takeover after 2\n");
	assert_int_equal(r->takeover_floor, 1);
	enf_auction_rules_free(r);
	r = parse_ok(MINIMAL "takeover none\nfloor costs\n");
	assert_int_equal(r->takeover_floor, 0);
	assert_int_equal(r->floor_costs, 1);
	assert_int_equal(enf_auction_rules_info_get(&info, r), ENF_OK);
	assert_int_equal(info.takeover_at_floor, 0);
	assert_int_equal(info.floor_strict, 0);
	enf_auction_rules_free(r);
}

/* A changed decree is a new text: VN-2026 with a 5% cap (1/20). */
static void test_auction_rules__extends_override(void **state)
{
	enf_auction_rules *r = parse_ok(
		"rules VN-2026-5pct\n"
		"extends VN-2026\n"
		"title \"VN-2026 with a 5% cap\"\n"
		"round 2 cut 0 1/20 1/20 of previous cite \"hypothetical\"\n");
	enf_auction_rules *base = builtin("VN-2026");
	enf_auction_rules_info info;
	char *t = text_of(r);

	(void)state;
	assert_int_equal(enf_auction_rules_info_get(&info, r), ENF_OK);
	assert_string_equal(info.id, "VN-2026-5pct");
	assert_string_equal(info.title, "VN-2026 with a 5% cap");
	assert_string_equal(info.source, base->source); /* kept */
	assert_int_equal(info.from, ymd(2026, 7, 1));
	assert_int_equal(info.takeover_after, 3); /* Decree 152 Art 65(6) */
	/* Round 2 replaced (same from), the cite with it; no extends. */
	assert_int_equal(r->n_rounds, 2);
	assert_text_has(t, "round 2 cut 0 1/20 1/20 of previous cite "
			   "\"hypothetical\"\n");
	assert_null(strstr(t, "1/10 1/10"));
	assert_null(strstr(t, "extends"));
	assert_text_has(t, "settle pro-rata");
	assert_int_equal(r->n_steps, base->n_steps);
	assert_round_trip(r);
	enf_io_free(t);
	enf_auction_rules_free(r);
	enf_auction_rules_free(base);
}

/* Switching rules off, inserting entries and replacing or adding steps. */
static void test_auction_rules__extends_edit(void **state)
{
	enf_auction_rules *base = builtin("VN-2014");
	enf_auction_rules *r = parse_ok(
		"rules X\n"
		"extends VN-2014\n"
		"round 4 cut 0 1/20 1/20 of previous\n"
		"round 6 cut 0 0 0 of previous\n"
		"bid 9/10 from 3\n"
		"takeover none note \"off\"\n"
		"floor none\n"
		"secured none\n"
		"reappraise after-failure\n"
		"step notice within 3 working-days any from 2 note \"3\"\n"
		"step extra wait 1 days\n");
	char *t = text_of(r);

	(void)state;
	assert_int_equal(r->n_rounds, 4); /* 1, 2 (base), 4, 6 */
	assert_int_equal(r->rounds[2].from, 4);
	assert_int_equal(r->rounds[3].from, 6);
	assert_int_equal(r->n_bids, 2);
	assert_int_equal(r->takeover_after, 0);
	assert_string_equal(r->takeover_why.note, "off");
	assert_int_equal(r->floor_costs, 0);
	assert_int_equal(r->withdraw_secured, 0);
	assert_int_equal(r->reappraise_after_failure, 1);
	/* notice replaced in place, extra appended */
	assert_int_equal(r->n_steps, base->n_steps + 1);
	assert_int_equal(r->steps[0].n, 3);
	assert_string_equal(r->steps[0].why.cite, "");
	assert_string_equal(r->steps[r->n_steps - 1].label, "extra");
	assert_text_has(t, "takeover none note \"off\"\n");
	assert_round_trip(r);
	enf_io_free(t);
	enf_auction_rules_free(r);

	r = parse_ok("rules Y\nextends VN-2014\nsteps clear\n"
		     "step only within 1 days\n");
	assert_int_equal(r->n_steps, 1);
	assert_string_equal(r->steps[0].label, "only");
	enf_auction_rules_free(r);
	enf_auction_rules_free(base);
}

static void test_auction_rules__extends_errors(void **state)
{
	enf_auction_rules *r = (enf_auction_rules *)&r;

	(void)state;
	parse_fails("rules X\nextends FR\n", ENF_ENOTFOUND, 2, "FR");
	assert_error_names("known: VN-2008", "US-OH");
	parse_fails("rules X\ntitle \"t\"\nextends VN-2014\n", ENF_EPARSE, 3,
		    "right after `rules`");
	parse_fails("rules X\nextends VN-2014\nextends JP\n", ENF_EPARSE, 3,
		    "given twice");
	/* Own entries still increase: round 2 of the base may be replaced
	 * once, not twice. */
	parse_fails("rules X\nextends VN-2014\nround 3 cut 0 0 0 of previous\n"
		    "round 2 cut 0 0 0 of previous\n",
		    ENF_ERANGE, 4, "increasing order");
	/* The base of an extends may not itself extend (one level). */
	assert_int_equal(enf__rt_parse(&r, "rules A\nextends VN-2014\n", 1),
			 ENF_EPARSE);
	assert_error_names("line 2", "only one level");
}

/* One text per error class: status, line and the word at fault. */
static void test_auction_rules__parse_errors(void **state)
{
	static const struct {
		const char *text;
		enf_status st;
		long line;
		const char *word;
	} bad[] = {
		{"", ENF_EPARSE, 1, "rules ID"},
		{"# only a comment\n\n", ENF_EPARSE, 2, "rules ID"},
		{"title \"x\"\n", ENF_EPARSE, 1, "`title`"},
		{MINIMAL "rules U\n", ENF_EPARSE, 4, "`rules` given twice"},
		{MINIMAL "title \"a\"\ntitle \"b\"\n", ENF_EPARSE, 5,
		 "first on line 4"},
		{MINIMAL "frobnicate 1\n", ENF_EPARSE, 4, "`frobnicate`"},
		{MINIMAL "\"floor\" costs\n", ENF_EPARSE, 4, "`floor`"},
		{MINIMAL "floor costs extra\n", ENF_EPARSE, 4, "`extra`"},
		{MINIMAL "title \"t\" cite \"c\"\n", ENF_EPARSE, 4, "`cite`"},
		{MINIMAL "floor costs cite \"a\" cite \"b\"\n", ENF_EPARSE, 4,
		 "`cite`"},
		{"rules T\nround 1 price 3/2 1 1 of value\n", ENF_ERANGE, 2,
		 "3/2"},
		{"rules T\nround 1 price 1/0 1 1 of value\n", ENF_ERANGE, 2,
		 "1/0"},
		{"rules T\nround 1 price 1/1000000000001 1 1 of value\n",
		 ENF_ERANGE, 2, "1/1000000000001"},
		{"rules T\nround 1 price -1 1 1 of value\n", ENF_EPARSE, 2,
		 "-1"},
		{"rules T\nround 1 price 1/2/3 1 1 of value\n", ENF_EPARSE, 2,
		 "1/2/3"},
		{"rules T\nround 1 price 1/2 1/3 1/2 of value\n", ENF_ERANGE, 2,
		 "lowest <= default <= highest"},
		{"rules T\nround 1 cut 0 1/10 1/10 of previous\n", ENF_EPARSE,
		 2, "nothing to cut from"},
		{"rules T\nround 1 price 1 1 1 of previous\n", ENF_EPARSE, 2,
		 "of previous"},
		{"rules T\nround 0 price 1 1 1 of value\n", ENF_ERANGE, 2, "0"},
		{"rules T\nround 1 price 1 1\n", ENF_EPARSE, 2,
		 "line ends before"},
		{"rules T\nround 1 price 1 1 1 of value\n", ENF_EPARSE, 2,
		 "`bid R from 1`"},
		{"rules T\nbid 1\n", ENF_EPARSE, 2, "`round 1 price"},
		{"rules T\nround 1 price 1 1 1 of value\nbid 1 from 2\n",
		 ENF_EPARSE, 3, "`bid R from 1`"},
		{MINIMAL "round 3 cut 0 0 0 of first\n"
			 "round 2 cut 0 0 0 of first\n",
		 ENF_ERANGE, 5, "increasing order"},
		{MINIMAL "deposit 1/5 1/20\n", ENF_ERANGE, 4, "above"},
		{MINIMAL "from 2025-02-30\n", ENF_EPARSE, 4, "2025-02-30"},
		{MINIMAL "from 1899-12-31\n", ENF_ERANGE, 4, "1899-12-31"},
		{MINIMAL "from 2026-07-01\nto 2026-06-30\n", ENF_ERANGE, 5,
		 "before `from`"},
		{MINIMAL "takeover after 2 notice 5 days notice 3 days\n",
		 ENF_EPARSE, 4, "`notice` given twice"},
		{MINIMAL "takeover after 0\n", ENF_ERANGE, 4, "0"},
		{MINIMAL "takeover after 2 notice 5 fortnights\n", ENF_EPARSE,
		 4, "fortnights"},
		{MINIMAL "takeover 2\n", ENF_EPARSE, 4,
		 "`after N`, `at-floor` or `none`"},
		{MINIMAL "takeover at-floor 3\n", ENF_EPARSE, 4, "`3`"},
		{MINIMAL "takeover none after 3\n", ENF_EPARSE, 4, "`after`"},
		{MINIMAL "floor below\n", ENF_EPARSE, 4,
		 "`costs`, `below-costs` or `none`"},
		{MINIMAL "end special-sale\n", ENF_EPARSE, 4, "period"},
		{MINIMAL "end auction\n", ENF_EPARSE, 4, "auction"},
		{MINIMAL "overbid 0 10 days\n", ENF_ERANGE, 4, "overbid none"},
		{MINIMAL "step x within 1 days from 3 to 2\n", ENF_ERANGE, 4,
		 "to 2 is before from 3"},
		{MINIMAL "step x within 1 days\nstep x wait 2 days\n",
		 ENF_ERANGE, 5, "given twice"},
		{MINIMAL "step \"\" within 1 days\n", ENF_EPARSE, 4, "empty"},
		{MINIMAL "steps\n", ENF_EPARSE, 4, "`clear`"},
		{MINIMAL "max-rounds 1001\n", ENF_ERANGE, 4, "1001"},
		{MINIMAL "title \"open\n", ENF_EPARSE, 4, "not closed"},
		{MINIMAL "title \"a\\n\"\n", ENF_EPARSE, 4, "bad escape"},
		{MINIMAL "title \"a\"b\n", ENF_EPARSE, 4,
		 "followed by a blank"},
		{MINIMAL "country V\"N\n", ENF_EPARSE, 4, "quote inside"},
		{MINIMAL "title \"\xc3\x28\"\n", ENF_EPARSE, 4, "UTF-8"},
		{MINIMAL "title \"a\x01\"\n", ENF_EPARSE, 4, "0x01"},
		{MINIMAL "title \"a\rb\"\n", ENF_EPARSE, 4, "0x0d"},
	};

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		parse_fails(bad[i].text, bad[i].st, bad[i].line, bad[i].word);
}

/* The size limits: line, string, words, entries. */
static void test_auction_rules__parse_limits(void **state)
{
	char *text = malloc(8192);
	size_t n;

	(void)state;
	assert_non_null(text);
	/* A 4096-byte line is fine, 4097 is not (comment padding). */
	n = (size_t)snprintf(text, 8192, MINIMAL "#");
	memset(text + n, 'x', 4095);
	text[n + 4095] = '\0';
	enf_auction_rules_free(parse_ok(text));
	strcpy(text + n + 4095, "x\n");
	parse_fails(text, ENF_EPARSE, 4, "4097 bytes");

	/* A string of 1024 bytes as written is fine, 1025 is not; a quote
	 * counts twice (\"). */
	n = (size_t)snprintf(text, 8192, MINIMAL "title \"");
	memset(text + n, 'a', 1024);
	strcpy(text + n + 1024, "\"\n");
	enf_auction_rules_free(parse_ok(text));
	strcpy(text + n + 1023, "\\\"\"\n");
	parse_fails(text, ENF_ERANGE, 4, "1025 bytes");

	/* 33 words. */
	n = (size_t)snprintf(text, 8192, MINIMAL "floor costs");
	for (int i = 0; i < 31; i++)
		n += (size_t)snprintf(text + n, 8192 - n, " w");
	parse_fails(text, ENF_EPARSE, 4, "more than 32 words");

	/* 9 round entries, 5 bids, 13 steps. */
	n = (size_t)snprintf(text, 8192, MINIMAL);
	for (int i = 2; i <= 9; i++)
		n += (size_t)snprintf(text + n, 8192 - n,
				      "round %d cut 0 0 0 of previous\n", i);
	parse_fails(text, ENF_ERANGE, 11, "more than 8 round entries");
	n = (size_t)snprintf(text, 8192, MINIMAL);
	for (int i = 2; i <= 5; i++)
		n += (size_t)snprintf(text + n, 8192 - n, "bid 1 from %d\n", i);
	parse_fails(text, ENF_ERANGE, 7, "more than 4 bid entries");
	n = (size_t)snprintf(text, 8192, MINIMAL);
	for (int i = 1; i <= 13; i++)
		n += (size_t)snprintf(text + n, 8192 - n,
				      "step s%d within 1 days\n", i);
	parse_fails(text, ENF_ERANGE, 16, "more than 12 steps");
	free(text);
}

/* Every status the parser may return. */
static int known_status(enf_status st)
{
	return st == ENF_OK || st == ENF_EPARSE || st == ENF_ERANGE ||
	       st == ENF_ENOTFOUND;
}

/* No prefix of any built-in text crashes the parser; each gives OK or an
 * error status with a message, and a parsed prefix round-trips. */
static void test_auction_rules__fuzz_truncations(void **state)
{
	(void)state;
	for (size_t i = 0; i < NBUILTIN; i++) {
		char *t = builtin_text(ids[i]);
		size_t len = strlen(t);
		char *cut = malloc(len + 1);

		assert_non_null(cut);
		for (size_t k = 0; k <= len; k++) {
			enf_auction_rules *r = NULL;
			enf_status st;

			memcpy(cut, t, k);
			cut[k] = '\0';
			st = enf_auction_rules_parse(&r, cut);
			assert_true(known_status(st));
			if (st == ENF_OK) {
				char *back = text_of(r);

				enf_io_free(back);
			} else {
				assert_null(r);
				assert_non_null(strstr(enf_last_error(),
						       "auction_rules_parse: "
						       "line "));
			}
			enf_auction_rules_free(r);
		}
		free(cut);
		enf_io_free(t);
	}
}

/* Byte mutations of a built-in text (a fixed pseudo-random sequence):
 * never a crash, always a known status, and what parses round-trips. */
static void test_auction_rules__fuzz_mutations(void **state)
{
	static const char bytes[] = " \t\"\\#/0129\n\x80\xff-aZ";
	char *t = builtin_text("VN-2014");
	size_t len = strlen(t);
	uint32_t seed = 12345;
	int ok = 0;

	(void)state;
	for (int i = 0; i < 3000; i++) {
		char *m = malloc(len + 1);
		enf_auction_rules *r = NULL;
		enf_status st;

		assert_non_null(m);
		memcpy(m, t, len + 1);
		for (int k = 0; k < 1 + i % 3; k++) {
			seed = seed * 1103515245u + 12345u;
			m[(seed >> 8) % len] =
				bytes[(seed >> 20) % (sizeof bytes - 1)];
		}
		st = enf_auction_rules_parse(&r, m);
		assert_true(known_status(st));
		if (st == ENF_OK) {
			ok++;
			assert_round_trip(r);
		}
		enf_auction_rules_free(r);
		free(m);
	}
	assert_true(ok > 0);
	enf_io_free(t);
}

/* A set using every statement, written and read back. */
static void test_auction_rules__round_trip_full(void **state)
{
	enf_auction_rules *r = parse_ok(
		"rules \"F#1\"\n"
		"title \"Full\"\ncountry \"F R\"\nfrom 2000-01-01\nto "
		"2100-12-31\nsource \"s\"\n"
		"max-rounds 5 cite \"m\" note \"n\"\n"
		"round 1 price 1/4 1/3 1/3 of value\n"
		"round 3 cut 1/100 1/10 1/20 of first\n"
		"bid 0 from 1\nbid 1/2 from 4\n"
		"deposit 1/10 from 1\ndeposit 0 3/20 from 2\n"
		"takeover after 5 price 7/10 notice 1 months redeem 2 years "
		"state yes settle pro-rata\n"
		"floor costs\nsecured withdraw\nno-surplus cancel note \"ns\"\n"
		"end sell-off 60 days\nreappraise after-failure\n"
		"overbid 1/10 10 days\n"
		"step \"with \\\"quotes\\\"\" wait 2 weeks realty from 3 to 4 "
		"after-cut cite \"c\" note \"n\"\n");

	(void)state;
	assert_string_equal(r->country, "F R");
	assert_int_equal(r->rounds[1].mode, ENF__CUT_OF_FIRST);
	assert_int_equal(r->takeover_price, ENF__TAKE_AT_RATIO);
	assert_int_equal(r->end, ENF__END_SELL_OFF);
	assert_int_equal(r->steps[0].unit, ENF_UNIT_WEEKS);
	assert_round_trip(r);
	enf_auction_rules_free(r);
}

static void test_auction_rules__null_args(void **state)
{
	enf_auction_rules *r = (enf_auction_rules *)&r;
	char *t = (char *)&t;
	size_t n = 77;

	(void)state;
	assert_int_equal(enf_auction_rules_parse(NULL, MINIMAL), ENF_EINVALID);
	assert_error_names("auction_rules_parse", "out");
	assert_int_equal(enf_auction_rules_parse(&r, NULL), ENF_EINVALID);
	assert_error_names("auction_rules_parse", "text");
	assert_null(r);
	assert_int_equal(enf_auction_rules_builtin(NULL, "JP"), ENF_EINVALID);
	assert_error_names("auction_rules_builtin", "out");
	r = (enf_auction_rules *)&r;
	assert_int_equal(enf_auction_rules_builtin(&r, NULL), ENF_EINVALID);
	assert_error_names("auction_rules_builtin", "id");
	assert_null(r);
	assert_int_equal(enf_auction_rules_to_text(&t, &n, NULL), ENF_EINVALID);
	assert_error_names("auction_rules_to_text", "rules");
	assert_null(t);
	assert_int_equal(n, 77); /* unchanged */
	r = builtin("KR");
	assert_int_equal(enf_auction_rules_to_text(NULL, &n, r), ENF_EINVALID);
	assert_error_names("auction_rules_to_text", "out");
	assert_int_equal(enf_auction_rules_to_text(&t, NULL, r), ENF_OK);
	assert_non_null(t);
	enf_io_free(t);
	enf_auction_rules_free(r);
	enf_auction_rules_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_auction_rules__builtin_ids),
		cmocka_unit_test(test_auction_rules__builtin_round_trip),
		cmocka_unit_test(test_auction_rules__builtin_unknown),
		cmocka_unit_test(test_auction_rules__info_vn),
		cmocka_unit_test(test_auction_rules__info_peers),
		cmocka_unit_test(test_auction_rules__info_bad),
		cmocka_unit_test(test_auction_rules__text_vn),
		cmocka_unit_test(test_auction_rules__text_peers),
		cmocka_unit_test(test_auction_rules__on_vn),
		cmocka_unit_test(test_auction_rules__on_vn_before),
		cmocka_unit_test(test_auction_rules__on_others),
		cmocka_unit_test(test_auction_rules__on_unknown),
		cmocka_unit_test(test_auction_rules__parse_minimal),
		cmocka_unit_test(test_auction_rules__parse_ratios),
		cmocka_unit_test(test_auction_rules__parse_syntax),
		cmocka_unit_test(test_auction_rules__parse_at_floor),
		cmocka_unit_test(test_auction_rules__extends_override),
		cmocka_unit_test(test_auction_rules__extends_edit),
		cmocka_unit_test(test_auction_rules__extends_errors),
		cmocka_unit_test(test_auction_rules__parse_errors),
		cmocka_unit_test(test_auction_rules__parse_limits),
		cmocka_unit_test(test_auction_rules__fuzz_truncations),
		cmocka_unit_test(test_auction_rules__fuzz_mutations),
		cmocka_unit_test(test_auction_rules__round_trip_full),
		cmocka_unit_test(test_auction_rules__null_args),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
