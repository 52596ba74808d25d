/*
 * A seized asset's sale in the case log: the stage, prices and dates the
 * recorded events give (bookkeeping), and the order the steps must come
 * in (seized, valued, auctions and cuts, one ending). Whether a step was
 * lawful (the cap of a cut, the notice before an auction, when the
 * creditor may take the asset) is not decided here: the auction engine
 * replays the log under the rule set of each step's date
 * (engines/auction/auction_case.c).
 */
#include "internal.h"
#include "case_internal.h"

#include <string.h>

static const char *const enf__stage_names[] = {
	"none",	       "seized",   "appraised", "in_auction", "sold",
	"handed_over", "returned", "redeemed",	"taken",
};
_Static_assert(sizeof(enf__stage_names) / sizeof(enf__stage_names[0]) ==
		       ENF_ASSET_STAGE_TAKEN + 1,
	       "one name per stage");

const char *enf_asset_stage_name(enf_asset_stage stage)
{
	return (unsigned)stage <= ENF_ASSET_STAGE_TAKEN
		       ? enf__stage_names[stage]
		       : "unknown";
}

static void enf__stage_to(enf_asset_status *st, enf_asset_stage stage,
			  enf_date date)
{
	if (st->stage != stage) {
		st->stage = stage;
		st->since = date;
	}
}

/* The end of a sale: a sale, redemption or takeover at a price. */
static void enf__sale_end(enf_asset_status *st, enf_asset_stage stage,
			  enf_date date, enf_money price)
{
	enf__stage_to(st, stage, date);
	st->sale_price = price;
	st->sold_on = date;
}

/* One event of the asset, the events before it taken. */
static void enf__sale_step(enf_asset_status *st, const enf__event *e)
{
	switch ((enf_event_kind)e->kind) {
	case ENF_EV_ASSET_SEIZED:
		enf__stage_to(st, ENF_ASSET_STAGE_SEIZED, e->date);
		break;
	case ENF_EV_ASSET_APPRAISED:
		/* A new value also restarts the price (a re-appraisal). */
		st->value = e->amount;
		st->price = e->amount;
		if (st->stage < ENF_ASSET_STAGE_APPRAISED)
			enf__stage_to(st, ENF_ASSET_STAGE_APPRAISED, e->date);
		break;
	case ENF_EV_ASSET_AUCTIONED: /* an old log's auction, checked by no
					engine */
		st->auctions++;
		if (e->amount > 0)
			enf__sale_end(st, ENF_ASSET_STAGE_SOLD, e->date,
				      e->amount);
		else
			enf__stage_to(st, ENF_ASSET_STAGE_IN_AUCTION, e->date);
		break;
	case ENF_EV_AUCTION_FAILED:
		st->auctions++;
		enf__stage_to(st, ENF_ASSET_STAGE_IN_AUCTION, e->date);
		break;
	case ENF_EV_PRICE_CUT:
		st->cuts++;
		st->price = e->amount;
		break;
	case ENF_EV_CREDITOR_ANSWERED: st->creditor_takes = e->detail; break;
	case ENF_EV_ASSET_SOLD:
		st->auctions++;
		enf__sale_end(st, ENF_ASSET_STAGE_SOLD, e->date, e->amount);
		break;
	case ENF_EV_ASSET_TAKEN: /* at the price of the failed auction */
		enf__sale_end(st, ENF_ASSET_STAGE_TAKEN, e->date, st->price);
		break;
	case ENF_EV_ASSET_REDEEMED:
		enf__sale_end(st, ENF_ASSET_STAGE_REDEEMED, e->date, e->amount);
		break;
	case ENF_EV_ASSET_HANDED_OVER:
		enf__stage_to(st, ENF_ASSET_STAGE_HANDED_OVER, e->date);
		st->handed_over = e->date;
		break;
	case ENF_EV_ASSET_RETURNED:
		enf__stage_to(st, ENF_ASSET_STAGE_RETURNED, e->date);
		break;
	default: break;
	}
}

void enf__sale_status(enf_asset_status *out, const enf_case *c, int32_t asset,
		      enf_date date)
{
	memset(out, 0, sizeof(*out));
	out->stage = ENF_ASSET_STAGE_NONE;
	out->since = ENF_DATE_NONE;
	out->sold_on = ENF_DATE_NONE;
	out->handed_over = ENF_DATE_NONE;
	for (size_t i = 0; i < c->nevents && c->events[i].date <= date; i++)
		if (enf__event_asset(&c->events[i]) == asset)
			enf__sale_step(out, &c->events[i]);
}

enf_status enf_case_asset_status(enf_asset_status *out, const enf_case *c,
				 size_t asset, enf_date date)
{
	ENF__CHECK_NULL("case_asset_status", out);
	ENF__CHECK_NULL("case_asset_status", c);
	if (asset >= c->nassets)
		return enf__fail(ENF_ERANGE,
				 "case_asset_status: asset is %zu; case %s has "
				 "%zu asset(s)",
				 asset, enf__case_name(c), c->nassets);
	if (!enf__date_in_range(date))
		return enf__range_fail("case_asset_status", "date", date);
	enf__sale_status(out, c, (int32_t)asset, date);
	return ENF_OK;
}

/* Why a sale that has ended takes no more steps. */
static const char *enf__ended(const enf_asset_status *st)
{
	switch (st->stage) {
	case ENF_ASSET_STAGE_SOLD:
	case ENF_ASSET_STAGE_HANDED_OVER: return "the asset is already sold";
	case ENF_ASSET_STAGE_RETURNED:
		return "the asset was returned to the debtor";
	case ENF_ASSET_STAGE_REDEEMED: return "the debtor redeemed the asset";
	case ENF_ASSET_STAGE_TAKEN: return "the creditor took the asset";
	default: return NULL;
	}
}

/* The order of the steps after the appraisal. */
static const char *enf__sale_order(const enf_asset_status *st, enf_event_kind k)
{
	int held = st->stage == ENF_ASSET_STAGE_IN_AUCTION;

	if (k == ENF_EV_ASSET_TAKEN)
		return st->creditor_takes ? NULL
					  : "the creditor has not said it "
					    "takes the asset";
	if (st->creditor_takes)
		return "the creditor takes the asset: it is delivered "
		       "(asset_taken) or the debtor redeems it";
	if ((k == ENF_EV_PRICE_CUT || k == ENF_EV_CREDITOR_ANSWERED ||
	     k == ENF_EV_ASSET_RETURNED) &&
	    !held)
		return "no auction of the asset has been held";
	return NULL;
}

const char *enf__sale_refusal(const enf_case *c, const enf_event *ev)
{
	enf_asset_status st;
	const char *why;

	enf__sale_status(&st, c, ev->asset, ENF_DATE_MAX);
	if (ev->kind == ENF_EV_ASSET_SEIZED)
		return st.stage != ENF_ASSET_STAGE_NONE
			       ? "the asset is already seized"
			       : NULL;
	if (st.stage == ENF_ASSET_STAGE_NONE)
		return "the asset is not seized";
	if (ev->kind == ENF_EV_ASSET_HANDED_OVER)
		return st.stage == ENF_ASSET_STAGE_SOLD ? NULL
		       : st.stage == ENF_ASSET_STAGE_HANDED_OVER
			       ? "the asset is already handed over"
			       : "the asset is not sold";
	why = enf__ended(&st);
	if (why != NULL)
		return why;
	if (ev->kind == ENF_EV_ASSET_SEIZED ||
	    ev->kind == ENF_EV_ASSET_APPRAISED)
		return NULL;
	if (st.value == 0)
		return "the asset has no appraised price";
	return ev->kind == ENF_EV_ASSET_AUCTIONED
		       ? NULL
		       : enf__sale_order(&st, ev->kind);
}
