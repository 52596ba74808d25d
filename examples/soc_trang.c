/*
 * The Sóc Trăng "mobilisation team" pilot of 2017 (baophapluat.vn): per
 * district, the cases and money put to mobilisation, the part done and the
 * published rates; the example recomputes each rate, sums the pilot, and
 * checks each published rate against its own numbers with
 * enf_stats_denominators().
 *
 * Amounts the article gives as "trên 2 tỷ" (over 2 bn) or "gần 39 tỷ"
 * (nearly 39 bn) are taken at their round figure: the qualifiers are the
 * article's, and enf_money_parse() refuses them on purpose.
 *
 * Then the same pilot as an office would record it: a register of the
 * three district offices holding the cases each put to its teams, a
 * programme, the assignments in the case log, and the programme's report
 * per office. The article gives the counts and sums only; the rest is
 * chosen here and said so: every case is on request and classified with
 * means on 2016-12-15, put to the teams on 2017-03-01; the cases done
 * owe the money done between them (equal shares, the remainder on the
 * first) and pay it in full on 2017-06-30; the others owe the rest and
 * pay nothing; the programme runs to 2017-09-30, the end of the
 * enforcement year. The article says nothing of the cases not put to the
 * teams, so the report has none to compare with.
 */
#include <enforcement.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void check(enf_status st)
{
	if (st < 0) {
		fprintf(stderr, "error: %s (%s)\n", enf_last_error(),
			enf_status_str(st));
		exit(1);
	}
}

typedef struct district {
	const char *name;
	int64_t cases, done;
	const char *money, *money_done;
	const char *pub_cases, *pub_money; /* published rates */
} district;

static const district districts[] = {
	{"TP Sóc Trăng", 225, 65, "2 tỷ", "420 triệu", "28,44%", "17,76%"},
	{"TX Vĩnh Châu", 240, 107, "34 tỷ", "7 tỷ", "62,87%", "28,12%"},
	{"H. Mỹ Xuyên", 983, 600, "39 tỷ", "5 tỷ", "75,66%", "18,67%"},
};

#define N (sizeof(districts) / sizeof(districts[0]))

/* The office code of each district, in the order of districts[]. */
static const char *const codes[] = {"ST-TP", "ST-VC", "ST-MX"};

static void line(const enf_published *p, const char *pc, const char *pm)
{
	enf_published_result r;
	char a[32], b[32];
	int64_t want, lo, hi;

	check(enf_stats_published(&r, p));
	check(enf_stats_format_rate(a, sizeof(a), r.rate_cases, 2,
				    ENF_LOCALE_VI));
	check(enf_stats_format_rate(b, sizeof(b), r.rate_money, 2,
				    ENF_LOCALE_VI));
	printf("%-14s %5lld %5lld %8s  %-8s|", p->unit,
	       (long long)p->cases_with_means, (long long)p->cases_done, a,
	       pc ? pc : "");
	printf(" %12s %-8s|", b, pm ? pm : "");
	if (pc != NULL) {
		check(enf_percent_parse(&want, pc));
		check(enf_stats_denominators(&lo, &hi, p->cases_done, want, 2));
		if (lo > hi)
			printf(" no case count gives %s", pc);
		else
			printf(" %s fits %lld..%lld cases", pc, (long long)lo,
			       (long long)hi);
	}
	printf("\n");
}

/* Each office's figures in the report are the article's counts and sums,
 * and its rates those the example computed from them above. */
static void compare(const enf_programme_report *rep, const enf_published *pub)
{
	for (size_t i = 0; i < N; i++) {
		enf_programme_row row;
		enf_programme_rates r;
		enf_published_result want;
		size_t k = 0;

		while (k < enf_programme_report_count(rep)) {
			check(enf_programme_report_row(&row, rep, k));
			if (strcmp(row.office, codes[i]) == 0)
				break;
			k++;
		}
		check(enf_programme_report_rates(&r, rep, k));
		check(enf_stats_published(&want, &pub[i]));
		if (row.assigned.cases != pub[i].cases_with_means ||
		    row.assigned.cases_done != pub[i].cases_done ||
		    row.assigned.money != pub[i].money_with_means ||
		    row.assigned.money_done != pub[i].money_done ||
		    r.cases != want.rate_cases || r.money != want.rate_money) {
			fprintf(stderr,
				"error: %s: the report differs from "
				"the article's figures\n",
				codes[i]);
			exit(1);
		}
	}
	printf("each office's row matches the article's counts and sums\n");
}

static enf_date day(int y, int m, int d)
{
	enf_date out;

	check(enf_date_from_ymd(&out, y, m, d));
	return out;
}

static void event(enf_case *c, enf_event_kind kind, enf_date d, int32_t detail,
		  enf_money amount)
{
	enf_event ev = {kind, d, detail, amount, ENF_INDEX_NONE};

	check(enf_case_apply(c, &ev));
}

/* Case k of a district: owes `owed`, with means from 2016-12-15. */
static void add_case(enf_register *reg, const char *office, size_t k,
		     enf_money owed)
{
	enf_case_info info = ENF_CASE_INFO_INIT;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON,
			    "Người phải THA", NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
			      "Người được THA", NULL};
	enf_obligation o = {ENF_OBL_OTHER_MONEY, owed, 0, 1, 0};
	enf_case *c;
	char no[32];

	(void)snprintf(no, sizeof(no), "%zu/QĐ-CCTHADS", k + 1);
	info.office = office;
	info.decision_no = no;
	info.decision_date = day(2016, 11, 10);
	check(enf_case_new(&c, &info));
	check(enf_case_add_party(NULL, c, &debtor));
	check(enf_case_add_party(NULL, c, &creditor));
	check(enf_case_add_obligation(NULL, c, &o));
	event(c, ENF_EV_REQUEST_RECEIVED, day(2016, 11, 1), 0, 0);
	event(c, ENF_EV_DECISION_ISSUED, day(2016, 11, 10), 0, 0);
	event(c, ENF_EV_CLASSIFIED, day(2016, 12, 15), 1, 0);
	check(enf_register_add(reg, c));
}

/* Share k of total split in n (the remainder on the first). */
static enf_money share(enf_money total, int64_t n, int64_t k)
{
	return total / n + (k == 0 ? total % n : 0);
}

/* District d's cases, put to programme p; the first `done` are done. */
static void district_cases(enf_register *reg, const enf_programme *p,
			   const enf_published *d, const char *office)
{
	enf_money rest = d->money_with_means - d->money_done;

	for (int64_t k = 0; k < d->cases_with_means; k++) {
		int done = k < d->cases_done;
		enf_money owed =
			done ? share(d->money_done, d->cases_done, k)
			     : share(rest, d->cases_with_means - d->cases_done,
				     k - d->cases_done);
		enf_case *c;
		char no[32];

		add_case(reg, office, (size_t)k, owed);
		(void)snprintf(no, sizeof(no), "%lld/QĐ-CCTHADS",
			       (long long)k + 1);
		check(enf_programme_assign(reg, p, office, no,
					   day(2017, 3, 1)));
		if (!done)
			continue;
		check(enf_register_find(&c, reg, office, no));
		event(c, ENF_EV_COLLECTED, day(2017, 6, 30), 0, owed);
		event(c, ENF_EV_DONE, day(2017, 6, 30), 0, 0);
	}
}

/* The register of the pilot and its programme report. */
static void pilot_register(const enf_published *pub)
{
	enf_programme p = ENF_PROGRAMME_INIT;
	enf_register *reg;
	enf_programme_report *rep;
	char *table;

	p.number = 1;
	p.code = "ST-TVD-2017";
	p.name = "Tổ vận động thi hành án dân sự (thí điểm)";
	p.offices = codes;
	p.noffices = N;
	p.period.first = day(2017, 1, 1);
	p.period.last = day(2017, 9, 30);
	check(enf_register_new(&reg));
	for (size_t i = 0; i < N; i++)
		district_cases(reg, &p, &pub[i], codes[i]);
	check(enf_programme_report_new(&rep, reg, &p, day(2017, 9, 30)));
	printf("\nprogramme %s, %zu cases in the register; its report:\n",
	       enf_programme_report_code(rep), enf_register_count(reg));
	check(enf_programme_table(&table, NULL, rep, ENF_TABLE_MARKDOWN,
				  ENF_LOCALE_VI));
	fputs(table, stdout);
	enf_free(table);
	compare(rep, pub);
	enf_programme_report_free(rep);
	enf_register_free(reg);
}

int main(void)
{
	enf_published pub[N], total;

	printf("%-14s %5s %5s %8s  %-8s| %12s %-8s| check\n", "unit", "cases",
	       "done", "rate", "press", "money rate", "press");
	for (size_t i = 0; i < N; i++) {
		pub[i].unit = districts[i].name;
		pub[i].cases_with_means = districts[i].cases;
		pub[i].cases_done = districts[i].done;
		check(enf_money_parse(&pub[i].money_with_means,
				      districts[i].money));
		check(enf_money_parse(&pub[i].money_done,
				      districts[i].money_done));
		pub[i].target_cases = pub[i].target_money = -1;
		line(&pub[i], districts[i].pub_cases, districts[i].pub_money);
	}
	check(enf_stats_published_sum(&total, "3 đơn vị", pub, N));
	line(&total, NULL, NULL);
	pilot_register(pub);
	return 0;
}
