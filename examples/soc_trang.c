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
	return 0;
}
