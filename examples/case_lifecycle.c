/*
 * One case from the creditor's request to completion: each event is
 * checked by the transition table, and after each the example prints the
 * case's state, money and the deadlines it still has open.
 *
 * A creditor asks on Thursday 23 January 2025, just before the 2025 Tết
 * break, to enforce a civil judgment for 150,000,000 VND.
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

static const char *fmt(char *buf, enf_date d)
{
	check(enf_date_format(buf, 16, d, ENF_LOCALE_VI));
	return buf;
}

/* Applies an event and prints where the case stands afterwards. */
static void step(enf_case *c, const enf_calendar *cal, enf_event_kind kind,
		 const char *date, int32_t detail, enf_money amount)
{
	enf_event ev = {kind, day(date), detail, amount, ENF_INDEX_NONE};
	enf_case_status s;
	enf_deadline dl[8];
	size_t n;
	char a[16], b[32];

	check(enf_case_apply(c, &ev));
	check(enf_case_status_on(&s, c, ev.date));
	check(enf_money_format(b, sizeof(b), s.outstanding, ENF_LOCALE_VI));
	printf("%s  %-18s -> %-13s outstanding %s\n", fmt(a, ev.date),
	       enf_event_kind_name(kind), enf_case_state_name(s.state), b);
	check(enf_case_deadlines(dl, 8, &n, c, cal, NULL, ev.date));
	for (size_t i = 0; i < n; i++)
		printf("            due %s  %s (%s)\n", fmt(a, dl[i].due),
		       dl[i].rule, dl[i].source);
}

int main(void)
{
	enf_calendar *cal;
	enf_case_info info;
	enf_case *c;
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
			      "Nguyễn Văn An", NULL};
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Trần Thị Hoa",
			    NULL};
	enf_obligation debt = {ENF_OBL_OTHER_MONEY, 150000000, 0, 0, 0};

	check(enf_calendar_new(&cal, NULL));
	check(enf_case_info_init(&info, ENF_CASE_INFO_VERSION));
	info.office = "LS-TP";
	info.decision_no = "112/QĐ-THADS";
	info.decision_date = day("05/02/2025");
	info.mode = ENF_MODE_REQUEST;
	info.court = "TAND thành phố Lạng Sơn";
	info.judgment_no = "12/2024/DS-ST";
	info.judgment_effective = day("02/01/2025");
	check(enf_case_new(&c, &info));
	check(enf_case_add_party(&debt.debtor, c, &debtor));
	check(enf_case_add_party(&debt.creditor, c, &creditor));
	check(enf_case_add_obligation(NULL, c, &debt));

	step(c, cal, ENF_EV_REQUEST_RECEIVED, "23/01/2025", 0, 0);
	step(c, cal, ENF_EV_DECISION_ISSUED, "05/02/2025", 0, 0);
	step(c, cal, ENF_EV_DECISION_NOTIFIED, "06/02/2025", 0, 0);
	step(c, cal, ENF_EV_VERIFIED, "27/02/2025", 1, 0); /* means found */
	step(c, cal, ENF_EV_COLLECTED, "20/03/2025", 0, 50000000);
	step(c, cal, ENF_EV_PAID_OUT, "25/03/2025", 0, 50000000);
	step(c, cal, ENF_EV_POSTPONED, "10/04/2025", ENF_POSTPONE_AGREEMENT, 0);
	step(c, cal, ENF_EV_RESUMED, "10/06/2025", 0, 0);
	step(c, cal, ENF_EV_COLLECTED, "15/07/2025", 0, 100000000);
	step(c, cal, ENF_EV_PAID_OUT, "18/07/2025", 0, 100000000);
	step(c, cal, ENF_EV_DONE, "21/07/2025", 0, 0);

	/* The transition table refuses what the law does not allow. */
	{
		enf_event late = {ENF_EV_POSTPONED, day("22/07/2025"),
				  ENF_POSTPONE_ILLNESS, 0, ENF_INDEX_NONE};

		if (enf_case_apply(c, &late) == ENF_ESTATE)
			printf("refused: %s\n", enf_last_error());
	}
	enf_case_free(c);
	enf_calendar_free(cal);
	return 0;
}
