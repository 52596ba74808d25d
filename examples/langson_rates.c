/*
 * The Lạng Sơn figures of the first six months of enforcement year 2025
 * (baolangson.vn, "Không để án đọng trên giấy"): 2,244 cases done, 62.91%
 * of the cases with means; 281.2 bn VND done, 30.71% of the money with
 * means; targets 84.05% (cases) and 52% (money), still short by 21.14 and
 * 21.29 percentage points; +6.7% cases and +152.4% money on the same
 * period of 2024.
 *
 * The article gives the done figures and the rates, not the totals with
 * means: the example recovers the totals consistent with the published
 * rates, then computes the rates and gaps from them.
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

static const char *pct(char *buf, size_t size, int64_t v)
{
	check(enf_stats_format_rate(buf, size, v, 2, ENF_LOCALE_EN));
	return buf;
}

int main(void)
{
	char a[64], b[64], c[64];
	enf_period half, last_year;
	enf_published pub;
	enf_published_result res;
	enf_money done_money;
	int64_t rate_cases, rate_money, target_cases, target_money;
	int64_t lo_cases, hi_cases, lo_money, hi_money;

	/* "6 tháng đầu năm 2025": 1 Oct 2024 - 31 Mar 2025. */
	check(enf_report_cumulative(&half, 2025, 6));
	check(enf_report_same_period_last_year(&last_year, &half));
	check(enf_date_format(a, sizeof(a), half.first, ENF_LOCALE_VI));
	check(enf_date_format(b, sizeof(b), half.last, ENF_LOCALE_VI));
	check(enf_date_format(c, sizeof(c), last_year.last, ENF_LOCALE_VI));
	printf("Period: %s - %s (same period last year ends %s)\n", a, b, c);

	/* The published figures, parsed as the press wrote them. */
	check(enf_money_parse(&done_money, "281,2 tỷ đồng"));
	check(enf_percent_parse(&rate_cases, "62,91%"));
	check(enf_percent_parse(&rate_money, "30,71%"));
	check(enf_percent_parse(&target_cases, "84,05%"));
	check(enf_percent_parse(&target_money, "52%"));

	/* Which totals with means fit the published rates (half-up)? */
	check(enf_stats_denominators(&lo_cases, &hi_cases, 2244, rate_cases,
				     2));
	check(enf_stats_denominators(&lo_money, &hi_money, done_money,
				     rate_money, 2));
	check(enf_money_format(a, sizeof(a), lo_money, ENF_LOCALE_EN));
	check(enf_money_format(b, sizeof(b), hi_money, ENF_LOCALE_EN));
	printf("Cases with means consistent with 62.91%%: %lld..%lld\n",
	       (long long)lo_cases, (long long)hi_cases);
	printf("Money with means consistent with 30.71%%: %s .. %s\n", a, b);

	pub.unit = "Lạng Sơn";
	pub.cases_with_means = lo_cases;
	pub.cases_done = 2244;
	pub.money_with_means = lo_money;
	pub.money_done = done_money;
	pub.target_cases = target_cases;
	pub.target_money = target_money;
	check(enf_stats_published(&res, &pub));
	check(enf_stats_format_result(c, sizeof(c), &res.vs_target_cases, 2,
				      ENF_LOCALE_EN));
	printf("Cases: 2,244 of %lld = %s; target %s; %s\n",
	       (long long)lo_cases, pct(a, sizeof(a), res.rate_cases),
	       pct(b, sizeof(b), target_cases), c);
	check(enf_stats_format_result(c, sizeof(c), &res.vs_target_money, 2,
				      ENF_LOCALE_EN));
	check(enf_money_format(a, sizeof(a), done_money, ENF_LOCALE_EN));
	printf("Money: %s done = %s", a, pct(b, sizeof(b), res.rate_money));
	printf("; target %s; %s\n", pct(b, sizeof(b), target_money), c);
	check(enf_stats_format_result(c, sizeof(c), &res.vs_target_cases, 2,
				      ENF_LOCALE_VI));
	printf("Báo chí: %s về việc; ", c);
	check(enf_stats_format_result(c, sizeof(c), &res.vs_target_money, 2,
				      ENF_LOCALE_VI));
	printf("%s về tiền\n", c);
	return 0;
}
