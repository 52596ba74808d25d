/*
 * The Lạng Sơn figures of the first six months of enforcement year 2025
 * (baolangson.vn, ../shared/sources/000_*.txt): 2,244 cases done, 62.91%
 * of the cases with means; 281.2 bn VND done, 30.71% of the money with
 * means; targets 84.05% (cases) and 52% (money), still short by 21.14 and
 * 21.29 percentage points.
 *
 * The article gives the money done but not the money with means; the
 * example works out which totals are consistent with the published rate.
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

static const char *pct(char *buf, size_t size, int64_t hundredths)
{
	check(enf_percent_format(buf, size, hundredths, ENF_LOCALE_EN));
	return buf;
}

/* A gap in percentage points: the number without the % sign. */
static const char *pts(char *buf, size_t size, int64_t hundredths)
{
	check(enf_percent_format(buf, size, hundredths, ENF_LOCALE_PLAIN));
	return buf;
}

int main(void)
{
	char a[32], b[32], c[32];
	enf_period half;
	enf_money done_money, lo, hi;
	int64_t rate_cases, gap_cases, target_cases, target_money, rate_money,
		gap_money;

	/* "6 tháng đầu năm 2025": 1 Oct 2024 - 31 Mar 2025. */
	check(enf_report_cumulative(&half, 2025, 6));
	check(enf_date_format(a, sizeof(a), half.first, ENF_LOCALE_VI));
	check(enf_date_format(b, sizeof(b), half.last, ENF_LOCALE_VI));
	printf("Period: %s - %s\n", a, b);

	check(enf_percent_of(&rate_cases, 2244, 3567, ENF_ROUND_HALF_UP));
	check(enf_percent_parse(&target_cases, "84,05%"));
	check(enf_percent_points(&gap_cases, rate_cases, target_cases));
	printf("Cases: 2,244 of 3,567 with means = %s; target %s; gap %s "
	       "points\n",
	       pct(a, sizeof(a), rate_cases), pct(b, sizeof(b), target_cases),
	       pts(c, sizeof(c), gap_cases));

	check(enf_money_parse(&done_money, "281,2 tỷ đồng"));
	check(enf_percent_parse(&rate_money, "30,71%"));
	check(enf_percent_parse(&target_money, "52%"));
	check(enf_percent_points(&gap_money, rate_money, target_money));
	/* Money with means M such that done/M rounds to 30.71%:
	 * done/M in [30.705%, 30.715%), so M in (done/0.30715, done/0.30705].
	 */
	check(enf_money_muldiv(&lo, done_money, 1000000, 307150,
			       ENF_ROUND_DOWN));
	check(enf_money_muldiv(&hi, done_money, 1000000, 307050,
			       ENF_ROUND_DOWN));
	check(enf_money_format(a, sizeof(a), done_money, ENF_LOCALE_EN));
	printf("Money: %s done = %s", a, pct(b, sizeof(b), rate_money));
	printf("; target %s; gap %s points\n", pct(b, sizeof(b), target_money),
	       pts(c, sizeof(c), gap_money));
	check(enf_money_format(a, sizeof(a), lo + 1, ENF_LOCALE_EN));
	check(enf_money_format(b, sizeof(b), hi, ENF_LOCALE_EN));
	printf("Money with means consistent with 30.71%%: %s .. %s\n", a, b);
	return 0;
}
