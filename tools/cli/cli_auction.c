/*
 * enforcement auction plan|replay: the price-reduction sequence of a
 * seized asset that fails to sell, planned from its value or replayed
 * from a trail, each step with its rule and legal source.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char help[] =
	"usage: enforcement auction plan --value V [options]\n"
	"       enforcement auction replay FILE --value V [options]\n"
	"\n"
	"plan: every auction fails, each cut the policy's, until the rules "
	"end\n"
	"the sale. replay: the events of a trail in CSV (as --format csv\n"
	"writes it: the kind, date and amount columns) applied to a new sale,\n"
	"each checked against the rules.\n"
	"  --value V          appraised value, VND\n"
	"  --costs C          enforcement costs so far (default 0)\n"
	"  --debt D           what the creditor is owed (default 0)\n"
	"  --secured S        debt secured on the asset ranking first\n"
	"  --rules ID         a built-in rule set (VN-2014, VN-2026, DE, "
	"...);\n"
	"                     default the Vietnamese set in force on --start\n"
	"                     (or today)\n"
	"  --start D          date of auction 1: steps are dated on the\n"
	"                     working-day calendar\n"
	"  --real-estate      real estate (posting periods)\n"
	"  --state-budget     the debt is owed to the state budget\n"
	"  plan: --cut P (percent of each cut), --max-rounds N, --floor F,\n"
	"        --creditor-accepts\n"
	"  --format F         text (default), csv, json or svg\n";

static const cli_cmd cmd = {"auction", help};

typedef struct auction_args {
	const char *value, *costs, *debt, *secured, *rules, *start, *cut,
		*rounds, *floor, *format;
	int real_estate, state_budget, accepts;
} auction_args;

static int sale_options(const auction_args *a, enf_auction_options *o,
			enf_calendar **cal)
{
	enf_auction_options_init(o, ENF_AUCTION_OPTIONS_VERSION);
	if (a->value == NULL)
		return cli_usage(&cmd, "--value is required");
	if (cli_money(&cmd, "--value", a->value, &o->value) != CLI_OK ||
	    (a->costs != NULL &&
	     cli_money(&cmd, "--costs", a->costs, &o->costs) != CLI_OK) ||
	    (a->debt != NULL &&
	     cli_money(&cmd, "--debt", a->debt, &o->debt) != CLI_OK) ||
	    (a->secured != NULL &&
	     cli_money(&cmd, "--secured", a->secured, &o->secured) != CLI_OK) ||
	    (a->start != NULL &&
	     cli_date(&cmd, "--start", a->start, &o->start) != CLI_OK))
		return CLI_BAD;
	if (o->value == 0)
		return cli_fail(&cmd, "--value", "must be above 0");
	o->real_estate = a->real_estate;
	o->state_budget = a->state_budget;
	if (a->start != NULL) {
		if (enf_calendar_new(cal, NULL) != ENF_OK)
			return cli_fail_lib(&cmd, NULL);
		o->calendar = *cal;
	}
	return CLI_OK;
}

static int plan_policy(const auction_args *a, enf_auction_policy *p)
{
	int64_t cut = 0, rounds = 0;

	enf_auction_policy_init(p, ENF_AUCTION_POLICY_VERSION);
	if ((a->cut != NULL &&
	     cli_percent(&cmd, "--cut", a->cut, &cut) != CLI_OK) ||
	    (a->rounds != NULL && cli_int(&cmd, "--max-rounds", a->rounds, 1,
					  10000, &rounds) != CLI_OK) ||
	    (a->floor != NULL &&
	     cli_money(&cmd, "--floor", a->floor, &p->floor_price) != CLI_OK))
		return CLI_BAD;
	if (cut > 10000)
		return cli_fail(&cmd, "--cut", "'%s' is above 100%%", a->cut);
	p->cut_ppm = cut * 100; /* hundredths of a percent to ppm */
	p->max_rounds = (int32_t)rounds;
	p->creditor_accepts = a->accepts;
	return CLI_OK;
}

static void sale_text(const enf_auction *sale)
{
	char d[11], p[40], m[40];
	enf_auction_state st;

	for (size_t i = 0; i < enf_auction_count(sale); i++) {
		enf_auction_step s;

		if (enf_auction_step_at(&s, sale, i) != ENF_OK)
			continue;
		enf_money_format(p, sizeof(p), s.price, ENF_LOCALE_EN);
		enf_money_format(m, sizeof(m), s.amount, ENF_LOCALE_EN);
		printf("%3d %-10s %-10s price %-22s amount %-22s %s (%s)\n",
		       (int)s.round, enf_auction_kind_name(s.kind),
		       cli_date_text(d, s.date), p, m, s.rule, s.source);
	}
	if (enf_auction_state_get(&st, sale) == ENF_OK) {
		enf_money_format(p, sizeof(p), st.price, ENF_LOCALE_EN);
		printf("phase %s after auction %d, %d cuts, price %s\n",
		       enf_auction_phase_name(st.phase), (int)st.round,
		       (int)st.cuts, p);
	}
}

static int sale_out(const enf_auction *sale, int format)
{
	char *t = NULL;
	size_t len = 0;
	enf_status st;
	int rc;

	if (format == 0) {
		sale_text(sale);
		return CLI_OK;
	}
	if (format == 1)
		st = enf_auction_to_csv(&t, &len, sale);
	else if (format == 2)
		st = enf_auction_to_json(&t, &len, sale);
	else
		st = enf_auction_chart(&t, &len, &sale, NULL, 1, NULL);
	rc = st != ENF_OK ? cli_fail_lib(&cmd, NULL) : cli_write(&cmd, t, len);
	enf_free(t);
	return rc;
}

static int run(const auction_args *a, int plan, const char *file)
{
	static const char *const all[] = {"text", "csv", "json", "svg", NULL};
	enf_auction_options o;
	enf_auction_policy pol;
	enf_auction_rules *rules = NULL;
	enf_auction *sale = NULL;
	enf_calendar *cal = NULL;
	char *text = NULL;
	int format = 0, rc;

	if ((rc = sale_options(a, &o, &cal)) != CLI_OK ||
	    (a->format != NULL && (rc = cli_word(&cmd, "--format", a->format,
						 all, &format)) != CLI_OK) ||
	    (plan && (rc = plan_policy(a, &pol)) != CLI_OK) ||
	    (!plan &&
	     (rc = cli_read_file(&cmd, "FILE", file, &text)) != CLI_OK))
		goto out;
	if (a->rules != NULL
		    ? enf_auction_rules_builtin(&rules, a->rules)
		    : enf_auction_rules_on(&rules, "VN",
					   a->start != NULL ? o.start
							    : cli_today())) {
		rc = cli_fail_lib(&cmd,
				  a->rules != NULL ? "--rules" : "--start");
		goto out;
	}
	if (enf_auction_new(&sale, rules, &o) != ENF_OK)
		rc = cli_fail_lib(&cmd, "--value");
	else if (plan && enf_auction_plan(sale, &pol) != ENF_OK)
		rc = cli_fail_lib(&cmd, NULL);
	else if (!plan && enf_auction_replay_csv(sale, text) != ENF_OK)
		rc = cli_fail(&cmd, file, "%s", enf_last_error());
	else
		rc = sale_out(sale, format);
out:
	enf_auction_free(sale);
	enf_auction_rules_free(rules);
	enf_calendar_free(cal);
	free(text);
	return rc;
}

int cli_auction(int argc, char **argv)
{
	auction_args a;
	const cli_opt opts[] = {{"value", &a.value, NULL},
				{"costs", &a.costs, NULL},
				{"debt", &a.debt, NULL},
				{"secured", &a.secured, NULL},
				{"rules", &a.rules, NULL},
				{"start", &a.start, NULL},
				{"cut", &a.cut, NULL},
				{"max-rounds", &a.rounds, NULL},
				{"floor", &a.floor, NULL},
				{"format", &a.format, NULL},
				{"real-estate", NULL, &a.real_estate},
				{"state-budget", NULL, &a.state_budget},
				{"creditor-accepts", NULL, &a.accepts},
				{NULL, NULL, NULL}};
	const char *pos[2];
	size_t npos;
	int rc;

	memset(&a, 0, sizeof(a));
	if ((rc = cli_parse(&cmd, argc, argv, opts, pos, 1, 2, &npos)) !=
	    CLI_OK)
		return rc;
	if (strcmp(pos[0], "plan") == 0 && npos == 1)
		return run(&a, 1, NULL);
	if (strcmp(pos[0], "replay") == 0 && npos == 2)
		return run(&a, 0, pos[1]);
	return cli_usage(&cmd, "expected plan or replay FILE");
}
