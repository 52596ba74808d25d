/*
 * An event entered with the wrong date, put right by a correction (the
 * worked example of correct.h).
 *
 * The debtor of a 150,000,000 VND judgment pays 50,000,000 VND on Friday
 * 27 February 2026; the clerk enters the receipt as collected on 3 March.
 * The five-month report (1 October 2025 to 28 February 2026) goes out
 * without it. On 5 March the clerk sees the date on the receipt and
 * replaces the event by the same one dated 27 February.
 *
 * The example prints the case on 28 February and the money done in the
 * five- and six-month reports before the correction and after it: the
 * five-month report as reported stays as it was (Joint Circular
 * 12/2021/TTLT Art 10: a correction counts in the period in which it is
 * recorded), a restatement moves the 50,000,000 VND into it; then the
 * case's history, the entry and its correction.
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

static enf_date day(const char *text)
{
	enf_date d;

	check(enf_date_parse(&d, text));
	return d;
}

static void apply(enf_case *c, enf_event_kind kind, const char *date,
		  int32_t detail, enf_money amount)
{
	enf_event ev = {kind, day(date), detail, amount, ENF_INDEX_NONE};

	check(enf_case_apply(c, &ev));
}

/* The case's state and money collected at the end of 28 February. */
static void status(const char *when, const enf_case *c)
{
	enf_case_status s;
	char money[32];

	check(enf_case_status_on(&s, c, day("28/02/2026")));
	check(enf_money_format(money, sizeof(money), s.collected,
			       ENF_LOCALE_EN));
	printf("%-22s on 28/02/2026: %s, collected %s\n", when,
	       enf_case_state_name(s.state), money);
}

/* The money done in the report of the first k months of year 2026. */
static int64_t done(const char *when, const enf_case *c, int k, int restate)
{
	enf_stats_report_options o;
	enf_stats_report *rep;
	enf_period p;
	int64_t v;
	char money[32];

	check(enf_period_cumulative(&p, 2026, k));
	check(enf_stats_report_options_init(&o,
					    ENF_STATS_REPORT_OPTIONS_VERSION));
	o.restate = restate;
	check(enf_stats_report_new_with(&rep, "LS-TP", &p, &o));
	check(enf_stats_report_add_case(rep, c));
	check(enf_stats_report_get(&v, rep, ENF_GROUP_ALL, ENF_BY_MONEY,
				   ENF_IND_DONE));
	check(enf_money_format(money, sizeof(money), v, ENF_LOCALE_EN));
	printf("%-22s %d-month report%s: done %s\n", when, k,
	       restate ? " (restated)" : "", money);
	enf_stats_report_free(rep);
	return v;
}

int main(void)
{
	enf_case_info info;
	enf_case *c;
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
			      "Nguyễn Văn An", NULL};
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Trần Thị Hoa",
			    NULL};
	enf_obligation debt = {ENF_OBL_OTHER_MONEY, 150000000, 0, 0, 0};
	enf_correction corr;
	char *history;
	int64_t got[5];

	check(enf_case_info_init(&info, ENF_CASE_INFO_VERSION));
	info.office = "LS-TP";
	info.decision_no = "35/QĐ-THADS";
	info.mode = ENF_MODE_REQUEST;
	check(enf_case_new(&c, &info));
	check(enf_case_add_party(&debt.debtor, c, &debtor));
	check(enf_case_add_party(&debt.creditor, c, &creditor));
	check(enf_case_add_obligation(NULL, c, &debt));
	apply(c, ENF_EV_REQUEST_RECEIVED, "10/11/2025", 0, 0);
	apply(c, ENF_EV_DECISION_ISSUED, "14/11/2025", 0, 0);
	apply(c, ENF_EV_VERIFIED, "15/12/2025", 1, 0); /* means found */
	/* seq 3: the wrong date. */
	apply(c, ENF_EV_COLLECTED, "03/03/2026", 0, 50000000);

	status("before the correction", c);
	got[0] = done("before the correction", c, 5, 0);
	got[1] = done("before the correction", c, 6, 0);

	check(enf_correction_init(&corr, ENF_CORRECTION_VERSION));
	corr.kind = ENF_CORRECT_REPLACE;
	corr.recorded = day("05/03/2026");
	corr.reason = "the receipt is dated 27/02/2026";
	corr.author = "clerk Hà";
	corr.target = 3;
	check(enf_case_entry(&corr.event, c, 3));
	corr.event.date = day("27/02/2026");
	check(enf_case_correct(c, &corr));

	status("after the correction", c);
	got[2] = done("after the correction", c, 5, 0);
	got[3] = done("after the correction", c, 5, 1);
	got[4] = done("after the correction", c, 6, 0);
	/* By hand: the five-month report as reported, 0 before and after;
	 * restated, 50,000,000; the six-month report, 50,000,000 each time
	 * (collected in its span either way). */
	if (got[0] != 0 || got[1] != 50000000 || got[2] != 0 ||
	    got[3] != 50000000 || got[4] != 50000000) {
		fprintf(stderr, "error: the figures differ from the hand "
				"calculation\n");
		return 1;
	}

	check(enf_case_history_text(&history, NULL, c));
	printf("\n%s", history);
	enf_free(history);
	enf_case_free(c);
	return 0;
}
