/*
 * Tests of the money side of a sale (auction.h): who sets the starting
 * price and who pays for the appraisal (Law 26/2008 Art 98-99, Decree
 * 62/2015 Art 17, 25-26; Decree 152/2026 Art 60-62), the order in which
 * several assets are sold, and the takeover settlement (Joint Circular
 * 11/2016 Art 7; Decree 152/2026 Art 66).
 *
 * Every expected value is worked by hand in the comment beside it; none
 * was obtained by running the code.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"
#include "auction_internal.h" /* hand-made rule sets for the takeover */

#define M 1000000LL /* one million VND */

/* ---------------------------------------------------------------------- */
/* Appraisal                                                               */

static enf_appraisal_facts facts_on(int y, int m, int d)
{
	enf_appraisal_facts f = ENF_APPRAISAL_FACTS_INIT;

	f.date = ymd(y, m, d);
	return f;
}

static enf_appraisal appraise(const enf_appraisal_facts *f)
{
	enf_appraisal a;

	memset(&a, 0xab, sizeof a);
	assert_int_equal(enf_auction_appraisal(&a, f), ENF_OK);
	return a;
}

static void test_appraisal__init(void **state)
{
	enf_appraisal_facts f = ENF_APPRAISAL_FACTS_INIT;

	(void)state;
	/* The defaults: no date, region I, an appraisal firm available. */
	assert_int_equal(f.version, ENF_APPRAISAL_FACTS_VERSION);
	assert_int_equal(f.date, ENF_DATE_NONE);
	assert_int_equal(f.region, 1);
	assert_int_equal(f.firm_available, 1);
	assert_int_equal(f.agreed, 0);
	assert_int_equal(f.party_request, 0);
	assert_int_equal(f.price_change_request, 0);
}

/* Old law: an identical new item of at most 10,000,000 VND is of small
 * value and the enforcer prices it (Decree 62/2015 Art 25(1)); one dong
 * more and a firm is contracted within 5 working days, paid by the
 * debtor. */
static void test_appraisal__old_threshold(void **state)
{
	enf_appraisal_facts f = facts_on(2020, 1, 1);
	enf_appraisal a;

	(void)state;
	f.new_item_value = 10000000;
	a = appraise(&f);
	assert_int_equal(a.regime, ENF_REGIME_VN2014);
	assert_int_equal(a.small_value, 10000000);
	assert_int_equal(a.setter, ENF_PRICE_ENFORCER);
	assert_int_equal(a.contract_working_days, 0);
	assert_int_equal(a.appraisal_payer, ENF_PAYER_NONE);
	assert_int_equal(a.reappraise, 0);
	assert_int_equal(a.reappraise_reason, 0);
	assert_int_equal(a.reappraisal_payer, ENF_PAYER_NONE);
	assert_non_null(strstr(a.source, "Decree 62/2015 Art 17, 25-26, 43"));
	assert_non_null(strstr(a.source, "Art 98-99"));

	f.new_item_value = 10000001;
	a = appraise(&f);
	assert_int_equal(a.setter, ENF_PRICE_APPRAISER);
	assert_int_equal(a.contract_working_days, 5);
	assert_int_equal(a.appraisal_payer, ENF_PAYER_DEBTOR);

	/* No firm under the old law: the enforcer, after trying one out of
	 * the province (Law Art 98(3)). */
	f.firm_available = 0;
	a = appraise(&f);
	assert_int_equal(a.setter, ENF_PRICE_ENFORCER);
	assert_int_equal(a.contract_working_days, 0);
	assert_int_equal(a.appraisal_payer, ENF_PAYER_NONE);

	/* The 2008 text: same threshold, its own source line. */
	f = facts_on(2010, 3, 1);
	f.new_item_value = 10000000;
	a = appraise(&f);
	assert_int_equal(a.regime, ENF_REGIME_VN2008);
	assert_int_equal(a.small_value, 10000000);
	assert_int_equal(a.setter, ENF_PRICE_ENFORCER);
	assert_non_null(strstr(a.source, "2008 text"));
	/* The last day of the old law. */
	f = facts_on(2026, 6, 30);
	f.new_item_value = 20000000;
	a = appraise(&f);
	assert_int_equal(a.regime, ENF_REGIME_VN2014);
	assert_int_equal(a.setter, ENF_PRICE_APPRAISER);
}

/* New law: 5 x the regional minimum monthly wage (Decree 152/2026 Art
 * 60). On 2026-07-01 the wages are those of Decree 293/2025 from
 * 2026-01-01: region I 5,310,000 -> 26,550,000; region IV 3,700,000 ->
 * 18,500,000. No listed appraiser: a price-determination council, paid by
 * the debtor. */
static void test_appraisal__new_threshold(void **state)
{
	enf_appraisal_facts f = facts_on(2026, 7, 1);
	enf_appraisal a;

	(void)state;
	f.new_item_value = 26550000;
	a = appraise(&f);
	assert_int_equal(a.regime, ENF_REGIME_VN2026);
	assert_int_equal(a.small_value, 26550000);
	assert_int_equal(a.setter, ENF_PRICE_ENFORCER);
	assert_non_null(strstr(a.source, "Decree 152/2026 Art 60-62"));

	f.new_item_value = 26550001;
	a = appraise(&f);
	assert_int_equal(a.setter, ENF_PRICE_APPRAISER);
	assert_int_equal(a.contract_working_days, 5);
	assert_int_equal(a.appraisal_payer, ENF_PAYER_DEBTOR);

	f.firm_available = 0;
	a = appraise(&f);
	assert_int_equal(a.setter, ENF_PRICE_COUNCIL);
	assert_int_equal(a.contract_working_days, 0);
	assert_int_equal(a.appraisal_payer, ENF_PAYER_DEBTOR);

	f.region = 4;
	f.new_item_value = 18500000;
	a = appraise(&f);
	assert_int_equal(a.small_value, 18500000);
	assert_int_equal(a.setter, ENF_PRICE_ENFORCER);
	f.new_item_value = 18500001;
	a = appraise(&f);
	assert_int_equal(a.setter, ENF_PRICE_COUNCIL);
	/* Regions II and III: 5 x 4,730,000 and 5 x 4,140,000. */
	f.region = 2;
	assert_int_equal(appraise(&f).small_value, 23650000);
	f.region = 3;
	assert_int_equal(appraise(&f).small_value, 20700000);
}

/* The order agreed -> perishable | small -> firm -> enforcer or council.
 * Old Art 98(1): an agreed price is the starting price; Art 98(3)(b): the
 * enforcer prices perishable or small-value items only "mà đương sự
 * không thỏa thuận được với nhau về giá". New: Decree 152 Art 60(1), an
 * agreement received before the appraisal contract is used. */
static void test_appraisal__setter_order(void **state)
{
	enf_appraisal_facts f = facts_on(2020, 1, 1);
	enf_appraisal a;

	(void)state;
	/* Perishable, agreed: the agreement (Art 98(3)(b)). */
	f.new_item_value = 500 * M;
	f.agreed = 1;
	f.perishable = 1;
	a = appraise(&f);
	assert_int_equal(a.setter, ENF_PRICE_AGREED);
	assert_int_equal(a.contract_working_days, 0);
	assert_int_equal(a.appraisal_payer, ENF_PAYER_NONE);
	/* Perishable, not agreed: the enforcer whatever the value. */
	f.agreed = 0;
	a = appraise(&f);
	assert_int_equal(a.setter, ENF_PRICE_ENFORCER);
	assert_int_equal(a.appraisal_payer, ENF_PAYER_NONE);

	f.perishable = 0;
	f.agreed = 1;
	a = appraise(&f);
	assert_int_equal(a.setter, ENF_PRICE_AGREED);
	assert_int_equal(a.contract_working_days, 0);
	assert_int_equal(a.appraisal_payer, ENF_PAYER_NONE);

	/* Small value (new item 0 <= 10,000,000), agreed: the agreement;
	 * not agreed: the enforcer. */
	f.new_item_value = 0;
	assert_int_equal(appraise(&f).setter, ENF_PRICE_AGREED);
	f.agreed = 0;
	assert_int_equal(appraise(&f).setter, ENF_PRICE_ENFORCER);
	/* New law: agreed beats the council and the small-value rule
	 * (26,550,000 in region I on 2027-01-01, Decree 293/2025). */
	f = facts_on(2027, 1, 1);
	f.new_item_value = 500 * M;
	f.agreed = 1;
	f.firm_available = 0;
	assert_int_equal(appraise(&f).setter, ENF_PRICE_AGREED);
	f.new_item_value = 26550000;
	assert_int_equal(appraise(&f).setter, ENF_PRICE_AGREED);
	f.agreed = 0;
	assert_int_equal(appraise(&f).setter, ENF_PRICE_ENFORCER);
	f.perishable = 1;
	f.agreed = 1;
	assert_int_equal(appraise(&f).setter, ENF_PRICE_AGREED);
}

/* Appraisal when the price moved 20% or more since the judgment, on a
 * party's request with proof, at the requester's cost (Decree 62/2015 Art
 * 17(1)(b), (2): "Chi phí định giá do người yêu cầu định giá chịu";
 * Decree 152/2026 Art 62(1)-(2)): judgment 10,000,000; 12,000,000 is +20%
 * exactly (2,000,000 x 5 = 10,000,000 >= 10,000,000); 11,999,999 is
 * +19.99999% (1,999,999 x 5 = 9,999,995 < 10,000,000); 8,000,000 is -20%,
 * 8,000,001 is not. Without a request a moved price is no ground. */
static void test_appraisal__twenty_percent(void **state)
{
	enf_appraisal_facts f = facts_on(2020, 1, 1);
	enf_appraisal a;

	(void)state;
	f.new_item_value = 50 * M;
	f.judgment_price = 10000000;
	f.market_price = 12000000;
	/* No request: nothing, though the price moved 20%. */
	a = appraise(&f);
	assert_int_equal(a.reappraise, 0);
	assert_int_equal(a.reappraise_reason, 0);
	assert_int_equal(a.reappraisal_payer, ENF_PAYER_NONE);
	/* The creditor asks: it pays; the debtor asks: he pays. */
	f.price_change_request = 1;
	a = appraise(&f);
	assert_int_equal(a.reappraise, 1);
	assert_int_equal(a.reappraise_reason, 1);
	assert_int_equal(a.reappraisal_payer, ENF_PAYER_CREDITOR);
	f.price_change_request = 2;
	a = appraise(&f);
	assert_int_equal(a.reappraise_reason, 1);
	assert_int_equal(a.reappraisal_payer, ENF_PAYER_DEBTOR);
	/* A caller built against version 1 has no such field: read as 0. */
	f.version = 1;
	assert_int_equal(appraise(&f).reappraise, 0);
	f.version = ENF_APPRAISAL_FACTS_VERSION;

	f.market_price = 11999999;
	a = appraise(&f);
	assert_int_equal(a.reappraise, 0);
	assert_int_equal(a.reappraise_reason, 0);
	assert_int_equal(a.reappraisal_payer, ENF_PAYER_NONE);

	f.market_price = 8000000;
	assert_int_equal(appraise(&f).reappraise_reason, 1);
	f.market_price = 8000001;
	assert_int_equal(appraise(&f).reappraise_reason, 0);

	/* Unknown prices (0) never trigger it. */
	f.market_price = 0;
	assert_int_equal(appraise(&f).reappraise, 0);
	f.market_price = 50 * M;
	f.judgment_price = 0;
	assert_int_equal(appraise(&f).reappraise, 0);

	/* Kept by the new law (Decree 152 Art 62(2): "Chi phí thẩm định giá
	 * do người yêu cầu thẩm định giá chịu"). */
	f = facts_on(2026, 8, 3);
	f.judgment_price = 100 * M;
	f.market_price = 120 * M;
	assert_int_equal(appraise(&f).reappraise_reason, 0);
	f.price_change_request = 1;
	a = appraise(&f);
	assert_int_equal(a.reappraise_reason, 1);
	assert_int_equal(a.reappraisal_payer, ENF_PAYER_CREDITOR);
}

/* A party's request (Law Art 99(1)(b)): the requester pays in advance;
 * a serious breach by the enforcer (Art 99(1)(a)): the state. A breach
 * outranks a request, a request the 20% rule. */
static void test_appraisal__payers(void **state)
{
	enf_appraisal_facts f = facts_on(2020, 1, 1);
	enf_appraisal a;

	(void)state;
	f.new_item_value = 50 * M;
	f.judgment_price = 10 * M;
	f.market_price = 20 * M; /* +100%: reason 1 alone */
	f.price_change_request = 2;
	f.party_request = 1;
	a = appraise(&f);
	assert_int_equal(a.reappraise, 1);
	assert_int_equal(a.reappraise_reason, 2);
	assert_int_equal(a.reappraisal_payer, ENF_PAYER_CREDITOR);

	f.party_request = 2;
	a = appraise(&f);
	assert_int_equal(a.reappraise_reason, 2);
	assert_int_equal(a.reappraisal_payer, ENF_PAYER_DEBTOR);

	f.breach = 1;
	a = appraise(&f);
	assert_int_equal(a.reappraise_reason, 3);
	assert_int_equal(a.reappraisal_payer, ENF_PAYER_STATE);

	f.party_request = 0;
	f.market_price = 0;
	a = appraise(&f);
	assert_int_equal(a.reappraise_reason, 3);
	assert_int_equal(a.reappraisal_payer, ENF_PAYER_STATE);
}

static void expect_bad_appraisal(const enf_appraisal_facts *f,
				 enf_status status, const char *what)
{
	enf_appraisal a, before;

	memset(&a, 0x5a, sizeof a);
	before = a;
	assert_int_equal(enf_auction_appraisal(&a, f), status);
	assert_error_names("auction_appraisal", what);
	assert_memory_equal(&a, &before, sizeof a);
}

/* The appraisal's figures are rows of the rules catalogue: the built-in
 * rows, then a caller's overrides through facts->rulebook. */
static void test_appraisal__rules_catalogue(void **state)
{
	enf_appraisal_facts f = facts_on(2020, 1, 1);
	enf_rulebook *book = NULL;
	enf_rule row;
	int64_t v = 0;
	enf_appraisal a;

	(void)state;
	/* Decree 62/2015 Art 25(1): 10,000,000 VND; Art 17(1)(b): 20% =
	 * 200,000 ppm; Law 26/2008 Art 98(2): 5 working days; Decree
	 * 152/2026 Art 60(5): 5 wages. */
	assert_int_equal(enf_rules_value(&v, &row, NULL, "VN.small_value",
					 ymd(2020, 1, 1)),
			 ENF_OK);
	assert_int_equal(v, 10000000);
	assert_non_null(strstr(row.citation, "Decree 62/2015"));
	assert_int_equal(enf_rules_value(&v, NULL, NULL, "VN.price_change_ppm",
					 ymd(2026, 7, 1)),
			 ENF_OK);
	assert_int_equal(v, 200000);
	assert_int_equal(enf_rules_value(&v, &row, NULL,
					 "VN-2026.small_value_wages",
					 ymd(2026, 7, 1)),
			 ENF_OK);
	assert_int_equal(v, 5);
	assert_string_equal(row.confidence, "V");
	/* The new threshold has no value before 1 Jul 2026, the old one
	 * none after 30 Jun 2026. */
	assert_int_equal(enf_rules_value(&v, NULL, NULL, "VN.small_value",
					 ymd(2026, 7, 1)),
			 ENF_ENOTFOUND);

	/* A caller's rulebook: a threshold of 20,000,000 in 2020, a 30%
	 * price-change share, 7 working days, 6 wages from 1 Jul 2026. */
	assert_int_equal(enf_rulebook_new(&book), ENF_OK);
	assert_int_equal(
		enf_rulebook_override(
			book, "VN.small_value 2020-01-01 2020-12-31 20000000\n"
			      "VN.price_change_ppm 2020-01-01 none 300000\n"
			      "VN.appraisal_contract_working_days 2020-01-01 "
			      "none 7\n"
			      "VN-2026.small_value_wages 2026-07-01 none 6\n"),
		ENF_OK);
	f.rulebook = book;
	f.new_item_value = 15000000;
	a = appraise(&f);
	assert_int_equal(a.small_value, 20000000);
	assert_int_equal(a.setter, ENF_PRICE_ENFORCER);
	f.new_item_value = 20000001;
	a = appraise(&f);
	assert_int_equal(a.setter, ENF_PRICE_APPRAISER);
	assert_int_equal(a.contract_working_days, 7);
	/* +20% is below a 30% share; +30% reaches it (3 m x 10^6 >= 10 m x
	 * 300,000). */
	f.judgment_price = 10000000;
	f.market_price = 12000000;
	f.price_change_request = 1;
	assert_int_equal(appraise(&f).reappraise, 0);
	f.market_price = 13000000;
	assert_int_equal(appraise(&f).reappraise_reason, 1);
	/* 6 x 5,310,000 (region I, Decree 293/2025) = 31,860,000. */
	f = facts_on(2026, 7, 1);
	f.rulebook = book;
	assert_int_equal(appraise(&f).small_value, 31860000);
	/* Version 1 facts have no rulebook: the built-in rows. */
	f.version = 1;
	assert_int_equal(appraise(&f).small_value, 26550000);
	enf_rulebook_free(book);
}

static void test_appraisal__bad_input(void **state)
{
	enf_appraisal_facts f = facts_on(2020, 1, 1), g;
	enf_appraisal a;

	(void)state;
	assert_int_equal(enf_auction_appraisal(NULL, &f), ENF_EINVALID);
	assert_error_names("auction_appraisal", "out");
	assert_int_equal(enf_auction_appraisal(&a, NULL), ENF_EINVALID);
	assert_error_names("auction_appraisal", "facts");

	g = f;
	g.version = 0;
	expect_bad_appraisal(&g, ENF_EVERSION, ": version");
	g.version = 3;
	expect_bad_appraisal(&g, ENF_EVERSION, ": version");
	g = f;
	g.region = 0;
	expect_bad_appraisal(&g, ENF_EINVALID, "region is 0");
	g.region = 5;
	expect_bad_appraisal(&g, ENF_EINVALID, "region is 5");
	g = f;
	g.agreed = 2;
	expect_bad_appraisal(&g, ENF_EINVALID, "agreed is 2");
	g = f;
	g.perishable = -1;
	expect_bad_appraisal(&g, ENF_EINVALID, "perishable is -1");
	g = f;
	g.firm_available = 3;
	expect_bad_appraisal(&g, ENF_EINVALID, "firm_available is 3");
	g = f;
	g.breach = 2;
	expect_bad_appraisal(&g, ENF_EINVALID, "breach is 2");
	g = f;
	g.party_request = 3;
	expect_bad_appraisal(&g, ENF_EINVALID, "party_request is 3");
	g.party_request = -1;
	expect_bad_appraisal(&g, ENF_EINVALID, "party_request is -1");
	g = f;
	g.price_change_request = 3;
	expect_bad_appraisal(&g, ENF_EINVALID, "price_change_request is 3");
	g.version = 1; /* not read under version 1 */
	assert_int_equal(appraise(&g).reappraise, 0);
	g = f;
	g.new_item_value = -1;
	expect_bad_appraisal(&g, ENF_EINVALID, "new_item_value");
	g = f;
	g.judgment_price = -5;
	expect_bad_appraisal(&g, ENF_EINVALID, "judgment_price");
	g = f;
	g.market_price = -5;
	expect_bad_appraisal(&g, ENF_EINVALID, "market_price");
	/* Before Law 26/2008 (2009-07-01), and no date at all. */
	g = facts_on(2009, 6, 30);
	expect_bad_appraisal(&g, ENF_ERANGE, "2009-07-01");
	expect_bad_appraisal(&g, ENF_ERANGE, "date is 2009-06-30");
	g.date = ENF_DATE_NONE;
	expect_bad_appraisal(&g, ENF_ERANGE, ": date");
	/* The first day of the law is fine. */
	g = facts_on(2009, 7, 1);
	assert_int_equal(appraise(&g).regime, ENF_REGIME_VN2008);
}

/* ---------------------------------------------------------------------- */
/* Sell order                                                              */

/* {5, 9, 9, 1}: largest first, the two 9s by index: 1, 2, 0, 3. Target
 * 10: 9 < 10, 9 + 9 = 18 >= 10, so 2 assets. */
static void test_sell_order__example(void **state)
{
	const enf_money v[4] = {5, 9, 9, 1};
	size_t order[4], needed = 99;

	(void)state;
	assert_int_equal(enf_auction_sell_order(order, &needed, v, 4, 10),
			 ENF_OK);
	assert_int_equal(order[0], 1);
	assert_int_equal(order[1], 2);
	assert_int_equal(order[2], 0);
	assert_int_equal(order[3], 3);
	assert_int_equal(needed, 2);

	/* 9 covers 9; 9 + 9 + 5 = 23 covers 23; all 24 cover 24; 25 is not
	 * covered (n); target 0 needs nothing. */
	assert_int_equal(enf_auction_sell_order(order, &needed, v, 4, 9),
			 ENF_OK);
	assert_int_equal(needed, 1);
	assert_int_equal(enf_auction_sell_order(order, &needed, v, 4, 23),
			 ENF_OK);
	assert_int_equal(needed, 3);
	assert_int_equal(enf_auction_sell_order(order, &needed, v, 4, 24),
			 ENF_OK);
	assert_int_equal(needed, 4);
	assert_int_equal(enf_auction_sell_order(order, &needed, v, 4, 25),
			 ENF_OK);
	assert_int_equal(needed, 4);
	assert_int_equal(enf_auction_sell_order(order, &needed, v, 4, 0),
			 ENF_OK);
	assert_int_equal(needed, 0);

	/* No assets: nothing to sell, nothing needed. */
	assert_int_equal(enf_auction_sell_order(NULL, &needed, NULL, 0, 5),
			 ENF_OK);
	assert_int_equal(needed, 0);
}

/* Sums beyond 64 bits: three assets of INT64_MAX cover a target of
 * INT64_MAX with one; zero-value assets keep their index order. */
static void test_sell_order__large(void **state)
{
	const enf_money v[5] = {0, INT64_MAX, 0, INT64_MAX, INT64_MAX};
	size_t order[5], needed = 0;

	(void)state;
	assert_int_equal(
		enf_auction_sell_order(order, &needed, v, 5, INT64_MAX),
		ENF_OK);
	assert_int_equal(needed, 1);
	assert_int_equal(order[0], 1);
	assert_int_equal(order[1], 3);
	assert_int_equal(order[2], 4);
	assert_int_equal(order[3], 0);
	assert_int_equal(order[4], 2);
}

/* 200,000 assets with values i % 1000 (heap sort, n log n): checked for
 * the order (value down, index up within a value) and needed against a
 * count by value. */
static void test_sell_order__many(void **state)
{
	const size_t n = 200000;
	enf_money *v = malloc(n * sizeof(*v));
	size_t *order = malloc(n * sizeof(*order)), needed = 0;
	unsigned char *seen = calloc(n, 1);

	(void)state;
	assert_non_null(v);
	assert_non_null(order);
	assert_non_null(seen);
	for (size_t i = 0; i < n; i++)
		v[i] = (enf_money)((i * 7919) % 1000);
	/* 200 assets of each value 0..999; the 200 of value 999 sum to
	 * 199,800 and one of value 998 more reaches 200,798 >= 200,000. */
	assert_int_equal(enf_auction_sell_order(order, &needed, v, n, 200000),
			 ENF_OK);
	assert_int_equal(needed, 201);
	for (size_t k = 0; k < n; k++) {
		assert_true(order[k] < n);
		assert_false(seen[order[k]]);
		seen[order[k]] = 1;
		if (k > 0) {
			size_t a = order[k - 1], b = order[k];

			assert_true(v[a] > v[b] || (v[a] == v[b] && a < b));
		}
	}
	assert_int_equal(v[order[0]], 999);
	assert_int_equal(v[order[n - 1]], 0);
	free(v);
	free(order);
	free(seen);
}

static void test_sell_order__bad_input(void **state)
{
	const enf_money v[3] = {5, 9, -1};
	size_t order[3] = {7, 7, 7}, needed = 42;

	(void)state;
	assert_int_equal(enf_auction_sell_order(order, NULL, v, 2, 1),
			 ENF_EINVALID);
	assert_error_names("auction_sell_order", "needed");
	assert_int_equal(enf_auction_sell_order(NULL, &needed, v, 2, 1),
			 ENF_EINVALID);
	assert_error_names("auction_sell_order", "order");
	assert_int_equal(enf_auction_sell_order(order, &needed, NULL, 2, 1),
			 ENF_EINVALID);
	assert_error_names("auction_sell_order", "values");
	assert_int_equal(enf_auction_sell_order(order, &needed, v, 3, 1),
			 ENF_EINVALID);
	assert_error_names("auction_sell_order", "values[2] is -1");
	assert_int_equal(enf_auction_sell_order(order, &needed, v, 2, -3),
			 ENF_EINVALID);
	assert_error_names("auction_sell_order", "target is -3");
	assert_int_equal(needed, 42);
	assert_int_equal(order[0], 7);
	assert_int_equal(order[1], 7);
	assert_int_equal(order[2], 7);
}

/* ---------------------------------------------------------------------- */
/* Takeover                                                                */

/* A hand-made rule set with only what the takeover reads. */
static enf_auction_rules fake_rules(enf__settlement settle, int32_t after)
{
	enf_auction_rules r;

	memset(&r, 0, sizeof r);
	r.id = settle == ENF__SETTLE_JC11 ? "TEST-JC11" : "TEST-PRO";
	r.settlement = settle;
	r.takeover_after = after;
	r.takeover_floor = after > 0;
	return r;
}

static enf_takeover_facts tfacts(enf_money value, enf_money entitlement,
				 enf_money costs, enf_money reserve,
				 enf_money priority, enf_money others, int only)
{
	enf_takeover_facts f = ENF_TAKEOVER_FACTS_INIT;

	f.value = value;
	f.entitlement = entitlement;
	f.costs = costs;
	f.rent_reserve = reserve;
	f.priority = priority;
	f.others = others;
	f.only_asset = only;
	return f;
}

/* Settles and checks what every settlement keeps: no negative part, the
 * parts of the pay-in sum to it, the credit never above the entitlement,
 * and above the costs value = credited + pay-in. */
static enf_takeover settle(const enf_auction_rules *r,
			   const enf_takeover_facts *f, enf_trail *trail)
{
	enf_takeover t;

	memset(&t, 0xab, sizeof t);
	assert_int_equal(enf_auction_takeover(&t, r, f, trail), ENF_OK);
	assert_true(t.pay_in >= 0 && t.credited >= 0 && t.to_costs >= 0 &&
		    t.to_reserve >= 0 && t.to_priority >= 0 &&
		    t.to_others >= 0 && t.surplus >= 0);
	assert_int_equal(t.to_costs + t.to_reserve + t.to_priority +
				 t.to_others + t.surplus,
			 t.pay_in);
	assert_true(t.credited <= f->entitlement);
	assert_true(t.to_costs <= f->costs);
	assert_true(t.to_reserve <= f->rent_reserve);
	assert_true(t.to_priority <= f->priority);
	assert_true(t.to_others <= f->others);
	if (f->value > f->costs)
		assert_int_equal(t.credited + t.pay_in, f->value);
	return t;
}

static void assert_take(const enf_takeover *t, enf_money pay_in,
			enf_money credited, enf_money costs, enf_money reserve,
			enf_money priority, enf_money others, enf_money surplus)
{
	assert_int_equal(t->pay_in, pay_in);
	assert_int_equal(t->credited, credited);
	assert_int_equal(t->to_costs, costs);
	assert_int_equal(t->to_reserve, reserve);
	assert_int_equal(t->to_priority, priority);
	assert_int_equal(t->to_others, others);
	assert_int_equal(t->surplus, surplus);
}

static void assert_tstep(const enf_trail *t, size_t i, const char *rule,
			 const char *source, enf_money base, int64_t ppm,
			 enf_money amount)
{
	enf_trail_step s;

	assert_int_equal(enf_trail_step_at(&s, t, i), ENF_OK);
	assert_non_null(strstr(s.rule, rule));
	assert_non_null(strstr(s.source, source));
	assert_int_equal(s.base, base);
	assert_int_equal(s.rate_ppm, ppm);
	assert_int_equal(s.amount, amount);
	assert_int_equal(s.first, ENF_DATE_NONE);
	assert_int_equal(s.days, 0);
}

/*
 * JC 11/2016 Art 7, value above the total. Value 1,000 m VND, entitlement
 * 600 m, costs 50 m, rent reserve 60 m, priority 40 m: total T = 750 m <
 * 1,000 m, so the creditor pays in 50 + 60 + 40 + (1,000 - 750 = 250
 * surplus) = 400 m = value - entitlement, and 600 m is credited.
 */
static void test_takeover__jc11_above(void **state)
{
	enf_auction_rules r = fake_rules(ENF__SETTLE_JC11, 3);
	enf_takeover_facts f =
		tfacts(1000 * M, 600 * M, 50 * M, 60 * M, 40 * M, 0, 0);
	enf_trail *trail = NULL;
	enf_takeover t;

	(void)state;
	assert_int_equal(enf_trail_new(&trail), ENF_OK);
	t = settle(&r, &f, trail);
	assert_take(&t, 400 * M, 600 * M, 50 * M, 60 * M, 40 * M, 0, 250 * M);
	assert_int_equal(enf_trail_count(trail), 2);
	assert_tstep(trail, 0, "value above", "Joint Circular 11/2016 Art 7",
		     750 * M, 0, 400 * M);
	assert_tstep(trail, 1, "credited", "Art 104(3)", 600 * M, 0, 600 * M);
	/* The same when it is the only asset. */
	f.only_asset = 1;
	t = settle(&r, &f, NULL);
	assert_take(&t, 400 * M, 600 * M, 50 * M, 60 * M, 40 * M, 0, 250 * M);
	/* Others of the creditor's rank play no part under JC 11: the
	 * 250 m above the total is the debtor's surplus. */
	f.others = 400 * M;
	t = settle(&r, &f, NULL);
	assert_take(&t, 400 * M, 600 * M, 50 * M, 60 * M, 40 * M, 0, 250 * M);
	enf_trail_free(trail);
}

/*
 * JC 11/2016 Art 7, the debtor's only asset worth at most the total
 * (entitlement 600 m, costs 50 m, reserve 60 m, priority 40 m; T = 750 m):
 * - value 400 m: the creditor pays in reserve 60 + priority 40 = 100 m
 *   and 400 - 100 = 300 m is credited;
 * - value 740 m: 740 - 100 = 640 m would exceed the entitlement by 40 m,
 *   which it pays in too (to costs): pay-in 140 m, credited 600 m;
 * - value 750 m = T: pay-in 150 m (costs 50 m), credited 600 m, as the
 *   branch above would give at the total;
 * - value 80 m: only 80 - 50 = 30 m is left after the costs, all of it to
 *   the reserve: pay-in 30 m, credited 50 m (I);
 * - value 50 m = costs: nothing is due; 50 m credited.
 */
static void test_takeover__jc11_only_asset(void **state)
{
	enf_auction_rules r = fake_rules(ENF__SETTLE_JC11, 3);
	enf_takeover_facts f =
		tfacts(400 * M, 600 * M, 50 * M, 60 * M, 40 * M, 0, 1);
	enf_trail *trail = NULL;
	enf_takeover t;

	(void)state;
	assert_int_equal(enf_trail_new(&trail), ENF_OK);
	t = settle(&r, &f, trail);
	assert_take(&t, 100 * M, 300 * M, 0, 60 * M, 40 * M, 0, 0);
	assert_int_equal(enf_trail_count(trail), 2);
	assert_tstep(trail, 0, "only asset", "(the only asset)", 750 * M, 0,
		     100 * M);
	assert_tstep(trail, 1, "credited", "Law 26/2008 Art 104(3)", 600 * M, 0,
		     300 * M);

	f.value = 740 * M;
	t = settle(&r, &f, NULL);
	assert_take(&t, 140 * M, 600 * M, 40 * M, 60 * M, 40 * M, 0, 0);
	f.value = 750 * M;
	t = settle(&r, &f, NULL);
	assert_take(&t, 150 * M, 600 * M, 50 * M, 60 * M, 40 * M, 0, 0);
	f.value = 80 * M;
	t = settle(&r, &f, NULL);
	assert_take(&t, 30 * M, 50 * M, 0, 30 * M, 0, 0, 0);

	enf_trail_clear(trail);
	f.value = 50 * M;
	t = settle(&r, &f, trail);
	assert_take(&t, 0, 50 * M, 0, 0, 0, 0, 0);
	assert_int_equal(enf_trail_count(trail), 2);
	assert_tstep(trail, 0, "at most the costs", "Art 104(3)", 750 * M, 0,
		     0);
	enf_trail_free(trail);
}

/*
 * JC 11/2016 Art 7, not the only asset and value at most the total
 * (entitlement 600 m, costs 50 m, reserve 60 m, priority 40 m): value
 * 400 m is all credited, nothing paid in; value 700 m credits the
 * entitlement and the 100 m above it goes to costs (50 m) then the
 * reserve (50 m of 60 m); an entitlement of 0 puts the whole value 30 m
 * to costs.
 */
static void test_takeover__jc11_not_only(void **state)
{
	enf_auction_rules r = fake_rules(ENF__SETTLE_JC11, 3);
	enf_takeover_facts f =
		tfacts(400 * M, 600 * M, 50 * M, 60 * M, 40 * M, 0, 0);
	enf_trail *trail = NULL;
	enf_takeover t;

	(void)state;
	assert_int_equal(enf_trail_new(&trail), ENF_OK);
	t = settle(&r, &f, trail);
	assert_take(&t, 0, 400 * M, 0, 0, 0, 0, 0);
	assert_int_equal(enf_trail_count(trail), 2);
	assert_tstep(trail, 0, "only the excess over the entitlement",
		     "Law 26/2008 Art 104(3)", 750 * M, 0, 0);
	f.value = 700 * M;
	t = settle(&r, &f, NULL);
	assert_take(&t, 100 * M, 600 * M, 50 * M, 50 * M, 0, 0, 0);
	f = tfacts(30 * M, 0, 50 * M, 0, 0, 0, 0);
	t = settle(&r, &f, NULL);
	assert_take(&t, 30 * M, 0, 30 * M, 0, 0, 0, 0);
	enf_trail_free(trail);
}

/*
 * Decree 152/2026 Art 66. Value 1,000 m, entitlement 600 m, others of its
 * rank 400 m, costs 50 m, reserve 60 m, priority 40 m: left = 1,000 -
 * 150 = 850 m; share = 850 x 600 / 1,000 = 510 m (600,000 ppm); pay-in =
 * 1,000 - 510 = 490 m = 50 + 60 + 40 + 340 m to the others (850 - 510).
 * With no others the share is capped at the entitlement: 600 m, pay-in
 * 400 m with 250 m surplus, the same as JC 11 above the total.
 */
static void test_takeover__pro_rata(void **state)
{
	enf_auction_rules r = fake_rules(ENF__SETTLE_PRO_RATA, 2);
	enf_takeover_facts f =
		tfacts(1000 * M, 600 * M, 50 * M, 60 * M, 40 * M, 400 * M, 0);
	enf_trail *trail = NULL;
	enf_takeover t;

	(void)state;
	assert_int_equal(enf_trail_new(&trail), ENF_OK);
	t = settle(&r, &f, trail);
	assert_take(&t, 490 * M, 510 * M, 50 * M, 60 * M, 40 * M, 340 * M, 0);
	assert_int_equal(enf_trail_count(trail), 3);
	assert_tstep(trail, 0, "left after costs", "Decree 152/2026 Art 66",
		     1000 * M, 0, 850 * M);
	assert_tstep(trail, 1, "pro-rata share", "Decree 152/2026 Art 66",
		     850 * M, 600000, 510 * M);
	assert_tstep(trail, 2, "value less its share", "Decree 152/2026 Art 66",
		     1000 * M, 0, 490 * M);

	f.others = 0;
	t = settle(&r, &f, NULL);
	assert_take(&t, 400 * M, 600 * M, 50 * M, 60 * M, 40 * M, 0, 250 * M);
	enf_trail_free(trail);
}

/*
 * Decree 152/2026 Art 66, rounding and caps:
 * - value 250, entitlement 100, others 200, nothing before them: share =
 *   250 x 100 / 300 = 83.33 -> 83 (333,333 ppm); pay-in 167, all to the
 *   others;
 * - value 100, entitlement 1, others 2: share 100 x 1 / 3 = 33, capped at
 *   1; pay-in 99: others 2, surplus 97;
 * - value 120 m between the costs (50 m) and costs + reserve + priority
 *   (150 m): nothing is left, share 0, the creditor pays in the whole
 *   value: costs 50, reserve 60, priority 10;
 * - entitlement and others 0: share 0, pay-in the value 100 m: costs
 *   10 m, surplus 90 m;
 * - value 50 m at the costs 50 m: nothing paid in, nothing credited, one
 *   trail step.
 */
static void test_takeover__pro_rata_edges(void **state)
{
	enf_auction_rules r = fake_rules(ENF__SETTLE_PRO_RATA, 2);
	enf_takeover_facts f = tfacts(250, 100, 0, 0, 0, 200, 0);
	enf_trail *trail = NULL;
	enf_takeover t;

	(void)state;
	assert_int_equal(enf_trail_new(&trail), ENF_OK);
	t = settle(&r, &f, trail);
	assert_take(&t, 167, 83, 0, 0, 0, 167, 0);
	assert_tstep(trail, 1, "pro-rata share", "Art 66", 250, 333333, 83);

	f = tfacts(100, 1, 0, 0, 0, 2, 0);
	t = settle(&r, &f, NULL);
	assert_take(&t, 99, 1, 0, 0, 0, 2, 97);

	f = tfacts(120 * M, 600 * M, 50 * M, 60 * M, 40 * M, 0, 1);
	t = settle(&r, &f, NULL);
	assert_take(&t, 120 * M, 0, 50 * M, 60 * M, 10 * M, 0, 0);

	f = tfacts(100 * M, 0, 10 * M, 0, 0, 0, 0);
	t = settle(&r, &f, NULL);
	assert_take(&t, 100 * M, 0, 10 * M, 0, 0, 0, 90 * M);

	enf_trail_clear(trail);
	f = tfacts(50 * M, 600 * M, 50 * M, 60 * M, 40 * M, 0, 1);
	t = settle(&r, &f, trail);
	assert_take(&t, 0, 0, 0, 0, 0, 0, 0);
	assert_int_equal(enf_trail_count(trail), 1);
	assert_tstep(trail, 0, "at or below the costs",
		     "Decree 152/2026 Art 66", 50 * M, 0, 0);
	enf_trail_free(trail);
}

static void expect_bad_take(const enf_auction_rules *r,
			    const enf_takeover_facts *f, enf_trail *trail,
			    enf_status status, const char *what)
{
	enf_takeover t, before;
	size_t n = enf_trail_count(trail);

	memset(&t, 0x5a, sizeof t);
	before = t;
	assert_int_equal(enf_auction_takeover(&t, r, f, trail), status);
	assert_error_names("auction_takeover", what);
	assert_memory_equal(&t, &before, sizeof t);
	assert_int_equal(enf_trail_count(trail), n);
}

static void test_takeover__bad_input(void **state)
{
	enf_auction_rules r = fake_rules(ENF__SETTLE_JC11, 3);
	enf_auction_rules none = fake_rules(ENF__SETTLE_JC11, 0);
	enf_takeover_facts f = tfacts(100, 50, 10, 0, 0, 0, 0), g;
	enf_trail *trail = NULL;
	enf_takeover t;

	(void)state;
	assert_int_equal(enf_trail_new(&trail), ENF_OK);
	(void)settle(&r, &f, trail); /* 2 steps the errors must keep */
	assert_int_equal(enf_auction_takeover(NULL, &r, &f, trail),
			 ENF_EINVALID);
	assert_error_names("auction_takeover", "out");
	assert_int_equal(enf_auction_takeover(&t, NULL, &f, trail),
			 ENF_EINVALID);
	assert_error_names("auction_takeover", "rules");
	assert_int_equal(enf_auction_takeover(&t, &r, NULL, trail),
			 ENF_EINVALID);
	assert_error_names("auction_takeover", "facts");

	g = f;
	g.version = 0;
	expect_bad_take(&r, &g, trail, ENF_EVERSION, ": version");
	g.version = 2;
	expect_bad_take(&r, &g, trail, ENF_EVERSION, ": version");
	g = f;
	g.value = -1;
	expect_bad_take(&r, &g, trail, ENF_EINVALID, ": value");
	g = f;
	g.entitlement = -1;
	expect_bad_take(&r, &g, trail, ENF_EINVALID, ": entitlement");
	g = f;
	g.costs = -1;
	expect_bad_take(&r, &g, trail, ENF_EINVALID, ": costs");
	g = f;
	g.rent_reserve = -1;
	expect_bad_take(&r, &g, trail, ENF_EINVALID, ": rent_reserve");
	g = f;
	g.priority = -1;
	expect_bad_take(&r, &g, trail, ENF_EINVALID, ": priority");
	g = f;
	g.others = -1;
	expect_bad_take(&r, &g, trail, ENF_EINVALID, ": others");
	g = f;
	g.only_asset = 2;
	expect_bad_take(&r, &g, trail, ENF_EINVALID, "only_asset is 2");
	g = f;
	g.entitlement = INT64_MAX;
	expect_bad_take(&r, &g, trail, ENF_EOVERFLOW, "64 bits");
	/* A rule set without a takeover (e.g. "takeover none"). */
	expect_bad_take(&none, &f, trail, ENF_ESTATE, "TEST-JC11");
	assert_int_equal(enf_trail_count(trail), 2);
	enf_trail_free(trail);
}

/* The built-in Vietnamese rule sets: VN-2014 settles by Joint Circular
 * 11/2016, VN-2026 pro rata by Decree 152/2026 Art 66; figures as in the
 * tests above. */
static void test_takeover__builtin(void **state)
{
	enf_auction_rules *old = NULL, *neu = NULL;
	enf_takeover_facts f =
		tfacts(1000 * M, 600 * M, 50 * M, 60 * M, 40 * M, 400 * M, 0);
	enf_takeover t;

	(void)state;
	assert_int_equal(enf_auction_rules_builtin(&old, "VN-2014"), ENF_OK);
	assert_int_equal(enf_auction_rules_builtin(&neu, "VN-2026"), ENF_OK);
	/* JC 11 ignores the others: T = 750 m, pay-in 400 m. */
	t = settle(old, &f, NULL);
	assert_take(&t, 400 * M, 600 * M, 50 * M, 60 * M, 40 * M, 0, 250 * M);
	t = settle(neu, &f, NULL);
	assert_take(&t, 490 * M, 510 * M, 50 * M, 60 * M, 40 * M, 340 * M, 0);
	enf_auction_rules_free(old);
	enf_auction_rules_free(neu);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_appraisal__init),
		cmocka_unit_test(test_appraisal__old_threshold),
		cmocka_unit_test(test_appraisal__new_threshold),
		cmocka_unit_test(test_appraisal__setter_order),
		cmocka_unit_test(test_appraisal__twenty_percent),
		cmocka_unit_test(test_appraisal__payers),
		cmocka_unit_test(test_appraisal__rules_catalogue),
		cmocka_unit_test(test_appraisal__bad_input),
		cmocka_unit_test(test_sell_order__example),
		cmocka_unit_test(test_sell_order__large),
		cmocka_unit_test(test_sell_order__many),
		cmocka_unit_test(test_sell_order__bad_input),
		cmocka_unit_test(test_takeover__jc11_above),
		cmocka_unit_test(test_takeover__jc11_only_asset),
		cmocka_unit_test(test_takeover__jc11_not_only),
		cmocka_unit_test(test_takeover__pro_rata),
		cmocka_unit_test(test_takeover__pro_rata_edges),
		cmocka_unit_test(test_takeover__bad_input),
		cmocka_unit_test(test_takeover__builtin),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
