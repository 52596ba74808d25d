/*
 * The built-in auction rule sets (rules.h), as text: the text is the only
 * source of their contents, parsed on each enf_auction_rules_builtin()
 * call, so a user can write one out with enf_auction_rules_to_text(),
 * edit it and load it back.
 *
 * Facts come from the domain notes (vietnam-thads.md §1 for Vietnam,
 * peers-and-rules.md §2 for the others) unless a cite says otherwise.
 * Notes carry the notes' confidence marks: "(U: ...)" where the text
 * could not be checked and an old value is kept, "(verify)" where the
 * article or figure awaits a check against the legal text, "(I)" for an
 * inference. Each set is an array of lines, one statement a line (a
 * single string literal may not pass the 4095 bytes ISO C guarantees).
 */
#include "auction_rules_text.h"

#include <stdio.h>
#include <string.h>

/* Posting periods of the Property Auction Law, shared by VN-2014 and
 * VN-2026 (the 2024 amendment's changes are unchecked). The shortened
 * procedure of Art 53(1) is one the auction organisation and the owner
 * agree to use; the sets assume the agreement from round 3 (the earliest
 * lawful dates) and cannot express Art 53(1)(a), enforcement assets whose
 * starting prices total under 50,000,000 VND, where the agreement may
 * shorten every posting, the first auction's included (a condition on
 * the value and on an agreement that steps do not have; the posting of
 * auction 1 precedes the sale's start and is not modelled at all). */
#define ENF__VN_POSTING(cite, extra)                                           \
	"step post wait 15 days realty from 2 to 2 after-cut cite \"" cite     \
	"\" note \"Real estate is posted at least 15 days before the "         \
	"auction" extra "; not modelled: the shortened posting that Law "      \
	"01/2016/QH14 Art 53(1)(a) allows by agreement when the starting "     \
	"prices total under 50,000,000 VND.\"",                                \
		"step post wait 7 working-days movable from 2 to 2 after-cut " \
		"cite \"" cite "\" note \"Movables are posted at least 7 "     \
		"working days before the auction" extra "; not modelled: the " \
		"shortened posting that Law 01/2016/QH14 Art 53(1)(a) allows " \
		"by agreement when the starting prices total under "           \
		"50,000,000 VND.\"",                                           \
		"step post-short wait 5 working-days realty from 3 after-cut " \
		"cite \"Law 01/2016/QH14 Art 53(1)\" note \"A re-auction "     \
		"after a 2nd failure may follow the shortened procedure, "     \
		"which the auction organisation and the owner agree to use "   \
		"(assumed here): real estate is posted at least 5 working "    \
		"days before.\"",                                              \
		"step post-short wait 3 working-days movable from 3 "          \
		"after-cut cite \"Law 01/2016/QH14 Art 53(1)\" note \"A "      \
		"re-auction after a 2nd failure may follow the shortened "     \
		"procedure, which the auction organisation and the owner "     \
		"agree to use (assumed here): movables are posted at least 3 " \
		"working days before.\""

static const char *const enf__vn2008[] = {
	"rules VN-2008",
	"title \"Viet Nam: Law 26/2008/QH12 on civil judgment enforcement, "
	"as first enacted\"",
	"country VN",
	"from 2009-07-01",
	"to 2015-06-30",
	"source \"Law 26/2008/QH12 (original text) Art 48, 98-104\"",
	"max-rounds 0 cite \"Law 26/2008/QH12 Art 104\" note \"No limit on "
	"the number of auctions: the price is cut after each failure until "
	"the asset sells or falls below the costs.\"",
	"round 1 price 1 1 1 of value cite \"Law 26/2008/QH12 Art 98-101\" "
	"note \"The first auction starts at the price agreed by the parties "
	"or set by the appraisal.\"",
	"round 2 cut 0 1/10 1/10 of first cite \"Law 26/2008/QH12 Art 104 "
	"(2008 text)\" note \"Each cut after a failed auction was at most "
	"10% of the set price, the first starting price.\"",
	"bid 1 from 1 cite \"Law 26/2008/QH12 Art 101\" note \"No bid below "
	"the starting price wins (I).\"",
	"deposit 1/20 1/5 from 1 cite \"Law 01/2016/QH14 Art 39\" note \"(U: "
	"Decree 17/2010 on auctions not checked; the 2016 range of 5% to 20% "
	"of the starting price is assumed.)\"",
	"takeover at-floor price last notice 0 days redeem 0 days state no "
	"settle jc11 cite \"Law 26/2008/QH12 Art 104 (2008 text)\" note "
	"\"The creditor could take the asset against the debt only once the "
	"price had been cut below the enforcement costs; the text set no "
	"notice or redemption periods (the option after the 2nd cut is the "
	"2004 Ordinance's and the 2014 amendment's). Debts to the state "
	"budget: U, no option assumed.\"",
	"floor below-costs cite \"Law 26/2008/QH12 Art 104 (2008 text)\" "
	"note \"Once the price has been cut below (not to) the enforcement "
	"costs and the creditor does not take the asset, it goes back to the "
	"debtor; at exactly the costs a further cut is still lawful (the "
	"2014 amendment added 'equal to').\"",
	"secured withdraw cite \"Joint Circular 11/2016 Art 4(3)\" note \"(U: "
	"the Joint Circular postdates this text; the 2014 rule is assumed) A "
	"mortgaged asset worth no more than the secured debt plus costs ends "
	"the coercion.\"",
	"reappraise after-failure cite \"Law 26/2008/QH12 Art 104 (2008 "
	"text)\" note \"After a failed auction the parties could ask for a "
	"re-appraisal; the 2014 amendment removed this.\"",
	"step request wait 10 days any from 2 cite \"Law 26/2008/QH12 Art 104 "
	"(2008 text)\" note \"If no party asks for a re-appraisal within 10 "
	"days of the failed auction, the enforcer decides the cut.\"",
	"step post wait 15 days realty from 2 after-cut cite \"Law "
	"01/2016/QH14 Art 35\" note \"(U: Decree 17/2010 periods not checked; "
	"the 2016 value is kept) Real estate is posted at least 15 days "
	"before the auction.\"",
	"step post wait 7 working-days movable from 2 after-cut cite \"Law "
	"01/2016/QH14 Art 35\" note \"(U: Decree 17/2010 periods not checked; "
	"the 2016 value is kept) Movables are posted at least 7 working days "
	"before the auction.\"",
	NULL};

static const char *const enf__vn2014[] = {
	"rules VN-2014",
	"title \"Viet Nam: Law 26/2008/QH12 as amended by Law 64/2014/QH13, "
	"Decree 62/2015/ND-CP\"",
	"country VN",
	"from 2015-07-01",
	"to 2026-06-30",
	"source \"Law 26/2008/QH12 as amended by Law 64/2014/QH13 Art 48, "
	"98-104; Decree 62/2015/ND-CP; Joint Circular 11/2016; Law "
	"01/2016/QH14 on Property Auction\"",
	"max-rounds 0 cite \"Law 26/2008/QH12 Art 104 as amended 2014\" note "
	"\"No limit on the number of auctions: the price is cut after each "
	"failure until the asset sells, the creditor takes it or it reaches "
	"the costs.\"",
	"round 1 price 1 1 1 of value cite \"Law 26/2008/QH12 Art 98-101; "
	"Decree 62/2015 Art 25-27\" note \"The first auction starts at the "
	"price agreed by the parties or set by the appraisal.\"",
	"round 2 cut 0 1/10 1/10 of previous cite \"Law 26/2008/QH12 Art "
	"104(1) as amended by Law 64/2014/QH13\" note \"Each cut is at most "
	"10% of the starting price of the auction just before.\"",
	"bid 1 from 1 cite \"Law 01/2016/QH14\" note \"Bids start at the "
	"starting price (I).\"",
	"deposit 1/20 1/5 from 1 cite \"Law 01/2016/QH14 Art 39\" note \"The "
	"bidder's deposit is 5% to 20% of the starting price.\"",
	"takeover after 3 price last notice 10 days redeem 30 days state no "
	"settle jc11 cite \"Law 26/2008/QH12 Art 104(2) as amended 2014; "
	"Joint Circular 11/2016 Art 7\" note \"If the auction after the 2nd "
	"cut fails, the creditor may take the asset at that price against the "
	"debt; the debtor is told within 10 days and has 30 days to pay and "
	"keep it; debts to the state budget have no such option.\"",
	"floor costs cite \"Law 26/2008/QH12 Art 104(3), Art 48(1)(h); Decree "
	"62/2015 Art 43(1)(b)\" note \"At a price at or below the enforcement "
	"costs, the creditor declining, the asset goes back to the debtor, "
	"enforcement is postponed and the state budget bears the costs.\"",
	"secured withdraw cite \"Joint Circular 11/2016 Art 4(3)\" note \"A "
	"mortgaged asset seized under Art 90 worth no more than the secured "
	"debt plus costs ends the coercion; the mortgagee enforces its "
	"security.\"",
	"reappraise none cite \"Law 64/2014/QH13\" note \"The 2014 amendment "
	"removed the parties' right to a re-appraisal after a failed "
	"auction.\"",
	"step notice within 5 working-days any from 2 to 2 cite \"Law "
	"26/2008/QH12 Art 104(1) as amended 2014\" note \"Within 5 working "
	"days of the report that the first auction failed the enforcer asks "
	"the parties to agree the cut; after later failures he decides it at "
	"once (Art 104(3); for the 2nd cut, which the text does not name: "
	"I).\"",
	"step agree wait 10 days any from 2 to 2 cite \"Law 26/2008/QH12 Art "
	"104(1) as amended 2014\" note \"The parties have 10 days from the "
	"notice to agree the first cut; then the enforcer decides it. Not "
	"modelled: for a debt to the state budget the enforcer decides within "
	"10 days without this step (Art 104(4)).\"",
	ENF__VN_POSTING("Law 01/2016/QH14 Art 35", ""),
	NULL};

static const char *const enf__vn2026[] = {
	"rules VN-2026",
	"title \"Viet Nam: Law 106/2025/QH15 on civil judgment enforcement, "
	"Decree 152/2026/ND-CP\"",
	"country VN",
	"from 2026-07-01",
	"to none",
	"source \"Law 106/2025/QH15 Art 83(3); Decree 152/2026/ND-CP Art "
	"60-66; Law 01/2016/QH14 on Property Auction as amended by Law "
	"37/2024/QH15\"",
	"max-rounds 0 cite \"Law 106/2025/QH15 Art 83(3)\" note \"(U) No "
	"limit on the number of auctions is known; the floor and the "
	"creditor's option end the sequence.\"",
	"round 1 price 1 1 1 of value cite \"Decree 152/2026 Art 60-62\" note "
	"\"The first auction starts at the appraised price or the price a "
	"price-determination council sets.\"",
	"round 2 cut 0 1/10 1/10 of previous cite \"Law 106/2025/QH15 Art "
	"83(3)\" note \"(U: cap unchecked; old value kept) Each cut is at "
	"most 10% of the previous starting price.\"",
	"bid 1 from 1 cite \"Law 01/2016/QH14\" note \"Bids start at the "
	"starting price (I).\"",
	"deposit 1/20 1/5 from 1 cite \"Law 01/2016/QH14 Art 39\" note \"The "
	"bidder's deposit is 5% to 20% of the starting price (U: changes by "
	"Law 37/2024 unchecked).\"",
	"takeover after 3 price last notice 3 working-days redeem 5 "
	"working-days state no settle pro-rata cite \"Decree 152/2026 Art "
	"65(6), 66\" note \"Once an auction held after the 2nd cut fails "
	"(auction 3 on), the notice offers the creditor the asset before the "
	"next cut; the debtor is told in 3 working days and has 5 to redeem; "
	"the creditor pays any difference, net of its pro-rata share "
	"(state-budget exclusion of the old law kept, U).\"",
	"floor costs cite \"Decree 152/2026 Art 65(7)(b)\" note \"The "
	"enforcer may halt the sale once the price is at or below the "
	"enforcement costs.\"",
	"secured withdraw cite \"Decree 152/2026 Art 65(7)(a)\" note \"The "
	"enforcer may halt the sale of a pledged or mortgaged asset once the "
	"price is at or below the costs plus the secured obligations.\"",
	"step notice within 2 working-days any from 2 cite \"Decree 152/2026 "
	"Art 65(6)\" note \"The enforcer notifies the parties within 2 "
	"working days of the report of a failed auction, after every "
	"failure.\"",
	"step agree wait 10 days any from 2 to 2 cite \"Law 106/2025/QH15 Art "
	"83(3)\" note \"(U: Law 106 unchecked; the old law's value and "
	"structure are kept, Law 26/2008 Art 104(1) as amended 2014) The "
	"parties have 10 days to agree the first cut; then the enforcer "
	"decides it, and later cuts at once.\"",
	ENF__VN_POSTING("Law 01/2016/QH14 Art 35 (amended by Law 37/2024)",
			" (U: changes by Law 37/2024 unchecked)"),
	NULL};

static const char *const enf__jp[] = {
	"rules JP",
	"title \"Japan: auction of real property under the Civil Execution "
	"Act (民事執行法)\"",
	"country JP",
	"source \"民事執行法 (Civil Execution Act) Art 60, 63; 民事執行規則 "
	"(Rules of Civil Execution) Art 39, 51\"",
	"max-rounds 1 cite \"民事執行規則 Art 51\" note \"When nobody bids, "
	"the court may move to a special sale instead of a new auction.\"",
	"round 1 price 1 1 1 of value cite \"民事執行法 Art 60(1)\" note \"The "
	"court sets the base sale price (売却基準価額) from the appraiser's "
	"valuation.\"",
	"bid 4/5 from 1 cite \"民事執行法 Art 60(3)\" note \"The lowest "
	"acceptable bid (買受可能価額) is the base price less 2/10.\"",
	"deposit 1/5 from 1 cite \"民事執行規則 Art 39\" note \"The bid "
	"deposit is normally 20% of the base price.\"",
	"takeover none cite \"民事執行法\" note \"No option for the creditor "
	"to take the property at a set price; it may bid like anyone (I).\"",
	"no-surplus cancel cite \"民事執行法 Art 63\" note \"If the lowest "
	"acceptable bid cannot cover the costs and the claims ranking ahead "
	"of the applicant, the sale is cancelled (無剰余取消し).\"",
	"end special-sale 0 days cite \"民事執行規則 Art 51\" note \"After a "
	"failed auction the property may go to the first buyer at the lowest "
	"acceptable bid (特別売却) within a period the court sets (0: as "
	"set).\"",
	NULL};

static const char *const enf__cn[] = {
	"rules CN",
	"title \"China: online judicial auctions (SPC Fa Shi [2016] 18)\"",
	"country CN",
	"source \"最高人民法院关于人民法院网络司法拍卖若干问题的规定 (SPC "
	"Provisions on Online Judicial Auctions, Fa Shi [2016] No. 18)\"",
	"max-rounds 2 cite \"Fa Shi [2016] 18 Art 26\" note \"An auction and "
	"one re-auction; if the re-auction fails the asset may be sold off "
	"on the same platform.\"",
	"round 1 price 7/10 1 7/10 of value cite \"Fa Shi [2016] 18 Art 10 "
	"(text seen at cplssw.com/b/paimaichengxu/238608)\" note \"The "
	"starting price is set by reference to the appraisal and may not be "
	"below 70% of it.\"",
	"round 2 cut 0 1/5 1/5 of previous cite \"Fa Shi [2016] 18 Art 26 "
	"(text seen at bjxgfjob.com/changshi/616448.html)\" note \"The "
	"re-auction's starting price may be at most 20% below the previous "
	"one (70% of the appraisal becomes 56%).\"",
	"bid 1 from 1 cite \"Fa Shi [2016] 18 Art 20 (text seen at "
	"lujiaxie.com)\" note \"Bidding starts "
	"at the starting price; a lower bid is void.\"",
	"deposit 1/20 1/5 from 1 cite \"Fa Shi [2016] 18 Art 17 (text seen at "
	"lujiaxie.com)\" note \"The court sets the deposit at 5% to 20% of "
	"the starting price.\"",
	"end sell-off 60 days cite \"Fa Shi [2016] 18 Art 26; 60 days per "
	"ecns.cn 2016-08-04 (verify)\" note \"If the re-auction fails, the "
	"asset is offered for sale (变卖) for 60 days at the re-auction's "
	"starting price.\"",
	"step post within 30 days any from 2 after-cut cite \"Fa Shi [2016] "
	"18 Art 26\" note \"The re-auction is held on the same platform "
	"within 30 days of the failure.\"",
	"step announce wait 15 days realty from 2 after-cut cite \"Fa Shi "
	"[2016] 18 Art 26 (text seen at bjxgfjob.com/changshi/616448.html)\" "
	"note \"A re-auction of real estate is announced "
	"at least 15 days before.\"",
	"step announce wait 7 days movable from 2 after-cut cite \"Fa Shi "
	"[2016] 18 Art 26 (text seen at bjxgfjob.com/changshi/616448.html)\" "
	"note \"A re-auction of movables is announced at "
	"least 7 days before.\"",
	NULL};

static const char *const enf__pl_realty[] = {
	"rules PL-realty",
	"title \"Poland: execution against real estate (Kodeks postępowania "
	"cywilnego)\"",
	"country PL",
	"source \"Kodeks postępowania cywilnego (Code of Civil Procedure) Art "
	"962, 965, 983-985\"",
	"max-rounds 2 cite \"KPC Art 983, 985 (verify)\" note \"A second "
	"auction follows a failed first one; after it the proceedings end "
	"(verify).\"",
	"round 1 price 3/4 3/4 3/4 of value cite \"KPC Art 965 (verify)\" "
	"note \"At the first auction the lowest bid is 3/4 of the "
	"valuation.\"",
	"round 2 price 2/3 2/3 2/3 of value cite \"KPC Art 983 (verify)\" "
	"note \"At the second auction the lowest bid is 2/3 of the "
	"valuation.\"",
	"bid 1 from 1 cite \"KPC Art 965\" note \"The starting price is the "
	"lowest bid (cena wywołania) (I).\"",
	"deposit 2/15 from 1 cite \"KPC Art 962 §1\" note \"The deposit "
	"(rękojmia) is 1/10 of the valuation, which is 2/15 of the first "
	"auction's starting price of 3/4.\"",
	"deposit 3/20 from 2 cite \"KPC Art 962 §1\" note \"The deposit "
	"(rękojmia) is 1/10 of the valuation, which is 3/20 of the second "
	"auction's starting price of 2/3.\"",
	"takeover after 2 price last notice 0 days redeem 0 days state yes "
	"settle jc11 cite \"KPC Art 984\" note \"(verify: Art 984, the "
	"creditor may take over at the 2nd auction's price) A creditor may "
	"take the property over at the second auction's price.\"",
	"end discontinue cite \"KPC Art 985 (verify)\" note \"If nobody takes "
	"the property after the second auction, the proceedings are "
	"discontinued (verify).\"",
	NULL};

static const char *const enf__pl_movables[] = {
	"rules PL-movables",
	"title \"Poland: execution against movables (Kodeks postępowania "
	"cywilnego)\"",
	"country PL",
	"source \"Kodeks postępowania cywilnego (Code of Civil Procedure) Art "
	"867, 872\"",
	"max-rounds 2 cite \"KPC Art 872 (verify)\" note \"A second auction "
	"follows a failed first one (verify).\"",
	"round 1 price 3/4 3/4 3/4 of value cite \"KPC Art 867 (verify)\" "
	"note \"At the first auction the lowest bid is 3/4 of the "
	"valuation.\"",
	"round 2 price 1/2 1/2 1/2 of value cite \"KPC Art 872 (verify)\" "
	"note \"At the second auction the lowest bid is half the "
	"valuation.\"",
	"bid 1 from 1 cite \"KPC Art 867\" note \"The starting price is the "
	"lowest bid (I).\"",
	"end discontinue cite \"KPC (verify)\" note \"If the second auction "
	"fails the execution against the movable ends (verify).\"",
	NULL};

static const char *const enf__de[] = {
	"rules DE",
	"title \"Germany: forced sale of real property "
	"(Zwangsversteigerungsgesetz)\"",
	"country DE",
	"source \"Gesetz über die Zwangsversteigerung und die "
	"Zwangsverwaltung (ZVG) §44, §68, §74a, §77, §85a\"",
	"max-rounds 2 cite \"ZVG §77, §85a(2)\" note \"A sale date and a next "
	"one without the bid limits.\"",
	"round 1 price 1 1 1 of value cite \"ZVG §74a(5)\" note \"The court "
	"fixes the market value (Verkehrswert), the base of the bid "
	"limits.\"",
	"round 2 price 1 1 1 of value cite \"ZVG §85a(2)\" note \"The next "
	"sale keeps the fixed value as its base; only the limits lapse.\"",
	"bid 1/2 from 1 cite \"ZVG §85a(1), §74a(1)\" note \"A bid below 5/10 "
	"of the value is refused ex officio; below 7/10 an entitled creditor "
	"may apply for refusal (§74a, not modelled as a floor).\"",
	"bid 0 from 2 cite \"ZVG §85a(2)\" note \"At the next sale neither "
	"limit applies.\"",
	"deposit 1/10 from 1 cite \"ZVG §68(1)\" note \"A bidder gives "
	"security of 1/10 of the value on demand.\"",
	"no-surplus raise cite \"ZVG §44\" note \"Only bids covering the "
	"costs and the rights ranking ahead of the creditor (geringstes "
	"Gebot) are admitted.\"",
	"end discontinue cite \"ZVG §77(2)\" note \"If the second sale brings "
	"no bid either, the proceedings are discontinued (verify).\"",
	NULL};

static const char *const enf__ru[] = {
	"rules RU",
	"title \"Russia: sale of seized property under Federal Law 229-FZ On "
	"Enforcement Proceedings\"",
	"country RU",
	"source \"Federal Law 229-FZ of 2 October 2007 Art 87, 92; Civil Code "
	"Art 448\"",
	"max-rounds 2 cite \"229-FZ Art 87, 92\" note \"A sale and a second "
	"sale; then the creditor is offered the property.\"",
	"round 1 price 1 1 1 of value cite \"229-FZ Art 87\" note \"The first "
	"sale starts at the valuation (I).\"",
	"round 2 price 17/20 17/20 17/20 of value cite \"229-FZ Art 92(2)\" "
	"note \"A failed sale is followed by a second one at a price 15% "
	"lower.\"",
	"bid 1 from 1 cite \"229-FZ Art 87\" note \"Bids start at the "
	"starting price (I).\"",
	"deposit 0 1/20 from 1 cite \"Civil Code Art 448(4)\" note \"The "
	"deposit may not exceed 5% of the starting price (verify).\"",
	"takeover after 2 price 3/4 notice 5 days redeem 0 days state yes "
	"settle jc11 cite \"229-FZ Art 87(12)\" note \"(verify) If the second "
	"sale fails, the creditor is offered the property at 25% below its "
	"valuation.\"",
	"end return cite \"229-FZ Art 87(13)-(14)\" note \"If the creditor "
	"declines, the property is returned to the debtor (verify).\"",
	"step post wait 10 days any from 2 after-cut cite \"229-FZ Art "
	"92(3)\" note \"The second sale comes no sooner than 10 days (and "
	"within a month) after the first failed (verify).\"",
	NULL};

static const char *const enf__kr[] = {
	"rules KR",
	"title \"Korea: auction of real property under the Civil Execution "
	"Act (민사집행법)\"",
	"country KR",
	"source \"민사집행법 (Civil Execution Act) Art 91, 97, 102, 113, "
	"119; 민사집행규칙 (Rules of Civil Execution) Art 63\"",
	"max-rounds 0 cite \"민사집행법 Art 119\" note \"A new sale date "
	"follows each failure; no limit is set (I).\"",
	"round 1 price 1 1 1 of value cite \"민사집행법 Art 97\" note \"The "
	"court sets the minimum sale price from the appraisal (I).\"",
	"round 2 cut 0 3/10 1/5 of previous cite \"민사집행법 Art 119; "
	"hankyung.com 202402169185Q\" note \"With no lawful bid the court "
	"lowers the minimum price considerably: 20% in Seoul, 30% in Incheon "
	"in practice.\"",
	"bid 1 from 1 cite \"민사집행법 Art 97\" note \"No bid below the "
	"minimum sale price (I).\"",
	"deposit 1/10 from 1 cite \"민사집행규칙 (Rules of Civil Execution) "
	"Art 63 (I)\" note \"The bid deposit is 1/10 of the minimum sale "
	"price; the rate is in the Rules, not Act Art 113 (I, not checked "
	"against the text).\"",
	"no-surplus cancel cite \"민사집행법 Art 91, 102\" note \"If the "
	"minimum price cannot cover the costs and the prior claims, the sale "
	"is cancelled unless the creditor buys.\"",
	NULL};

static const char *const enf__ua[] = {
	"rules UA",
	"title \"Ukraine: sale of a debtor's property under the Bankruptcy "
	"Code\"",
	"country UA",
	"source \"Кодекс України з процедур банкрутства (Bankruptcy Code) Art "
	"79-80\"",
	"max-rounds 3 cite \"Bankruptcy Code Art 79-80\" note \"An auction, a "
	"repeat auction and a second repeat auction.\"",
	"round 1 price 1 1 1 of value cite \"Bankruptcy Code Art 79\" note "
	"\"The first auction starts at the valuation (I).\"",
	"round 2 cut 1/5 1/5 1/5 of previous cite \"Bankruptcy Code Art "
	"79(2)\" note \"The repeat auction starts 20% lower.\"",
	"round 3 cut 1/4 1/4 1/4 of previous cite \"Bankruptcy Code Art "
	"79(4)\" "
	"note \"The second repeat auction starts 25% below the repeat "
	"auction's starting price; the creditors may set it lower.\"",
	"bid 1 from 1 cite \"Bankruptcy Code Art 79\" note \"Bids start at "
	"the starting price (I).\"",
	"end none cite \"Bankruptcy Code Art 80\" note \"The second repeat "
	"auction may run Dutch-style, the price falling during the auction, "
	"which these rules do not model.\"",
	NULL};

static const char *const enf__us_oh[] = {
	"rules US-OH",
	"title \"United States, Ohio: sheriff's sale of real property (Ohio "
	"Revised Code)\"",
	"country US-OH",
	"source \"Ohio Revised Code 2329.20, 2329.52\"",
	"max-rounds 2 cite \"ORC 2329.52(B)\" note \"A first auction and a "
	"second one with no minimum bid.\"",
	"round 1 price 1 1 1 of value cite \"ORC 2329.20\" note \"The sale "
	"refers to the appraised value.\"",
	"round 2 price 1 1 1 of value cite \"ORC 2329.52(B)\" note \"The "
	"second auction keeps the appraised value as its reference.\"",
	"bid 2/3 from 1 cite \"ORC 2329.20\" note \"The property may not be "
	"sold for less than 2/3 of the appraised value.\"",
	"bid 0 from 2 cite \"ORC 2329.52(B)\" note \"In a residential "
	"foreclosure the second auction has no minimum bid.\"",
	"end return cite \"ORC 2329.52\" note \"If the second auction fails "
	"too, the property stays with the owner (verify).\"",
	NULL};

typedef const char *const *enf__rt_text;

/* In the order rules.h lists them. */
static const enf__rt_text enf__rt_builtins[] = {
	enf__vn2008, enf__vn2014,    enf__vn2026,      enf__jp,
	enf__cn,     enf__pl_realty, enf__pl_movables, enf__de,
	enf__ru,     enf__kr,	     enf__ua,	       enf__us_oh};

#define ENF__AUC_NBUILTIN (sizeof enf__rt_builtins / sizeof enf__rt_builtins[0])

const char *enf_auction_rules_builtin_id(size_t i)
{
	/* The first line of each text is "rules ID". */
	return i < ENF__AUC_NBUILTIN ? enf__rt_builtins[i][0] + 6 : NULL;
}

int enf__rt_builtin_find(const char *id)
{
	for (size_t i = 0; i < ENF__AUC_NBUILTIN; i++)
		if (strcmp(enf_auction_rules_builtin_id(i), id) == 0)
			return (int)i;
	return -1;
}

void enf__rt_builtin_list(char *buf, size_t size)
{
	size_t at = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < ENF__AUC_NBUILTIN && at < size; i++) {
		int k = snprintf(buf + at, size - at, "%s%s", i ? ", " : "",
				 enf_auction_rules_builtin_id(i));

		if (k < 0)
			break;
		at += (size_t)k;
	}
}

size_t enf__rt_builtin_count(void)
{
	return ENF__AUC_NBUILTIN;
}

const char *const *enf__rt_builtin_lines(size_t i)
{
	return enf__rt_builtins[i];
}
