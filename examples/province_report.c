/*
 * The provincial report of a register (by default the bundled sample, a
 * synthetic province of six offices): the indicator table of a period for
 * each office found in the data and for the province (the merge of the
 * offices' reports), with the rates, their gaps to the national targets of
 * the year and the growth of done over the same period a year earlier, as
 * a Markdown table; and, given a file name, an SVG chart of each office's
 * rate by cases against the national target.
 *
 *   province_report [DATA_DIR [SVG_FILE [YEAR [MONTHS]]]]
 *
 * YEAR and MONTHS (default 2025 and 6: the first half of enforcement year
 * 2025, 1 October 2024 to 31 March 2025) name the period, cumulative from
 * the start of the enforcement year.
 */
#include <enforcement.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef ENF_SAMPLE_DIR
#define ENF_SAMPLE_DIR "examples/data/sample"
#endif

static void check(enf_status st)
{
	if (st < 0) {
		fprintf(stderr, "error: %s (%s)\n", enf_last_error(),
			enf_status_str(st));
		exit(1);
	}
}

/* The offices' reports of a period and their sum, the province. */
typedef struct province {
	enf_stats_report **offices; /* the library's array */
	size_t n;
	enf_stats_report *sum;
	const enf_stats_report **all; /* offices then the sum, n + 1 */
} province;

static void province_count(province *p, const enf_register *reg,
			   const enf_period *period)
{
	check(enf_stats_report_by_office(&p->offices, &p->n, reg, period));
	check(enf_stats_report_new(&p->sum, "Province", period));
	p->all = calloc(p->n + 1, sizeof(*p->all));
	if (p->all == NULL)
		check(ENF_ENOMEM);
	for (size_t i = 0; i < p->n; i++) {
		check(enf_stats_report_merge(p->sum, p->offices[i]));
		p->all[i] = p->offices[i];
	}
	p->all[p->n] = p->sum;
	check(enf_stats_report_check(p->sum));
}

static void province_free(province *p)
{
	enf_stats_reports_free(p->offices, p->n);
	enf_stats_report_free(p->sum);
	free(p->all);
}

static void write_chart(const char *path, const enf_stats_report *const *reps,
			size_t n, int64_t target)
{
	enf_chart_options o;
	FILE *out = fopen(path, "wb");
	char *svg;
	size_t len;

	check(enf_chart_options_init(&o, ENF_CHART_OPTIONS_VERSION));
	o.target = target;
	o.title = "Completion rate by cases";
	check(enf_stats_chart(&svg, &len, reps, n, &o));
	if (out == NULL || fwrite(svg, 1, len, out) != len ||
	    fclose(out) != 0) {
		fprintf(stderr, "cannot write %s\n", path);
		exit(1);
	}
	enf_free(svg);
	printf("chart written to %s\n", path);
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : ENF_SAMPLE_DIR;
	int year = argc > 3 ? atoi(argv[3]) : 2025;
	int months = argc > 4 ? atoi(argv[4]) : 6;
	enf_register *reg;
	province now, before;
	enf_period period, last;
	enf_table_options o;
	int64_t rate;
	char *text;
	size_t len;

	check(enf_register_new(&reg));
	check(enf_io_load_csv_dir(reg, dir));
	check(enf_period_cumulative(&period, year, months));
	check(enf_period_last_year(&last, &period));
	province_count(&now, reg, &period);
	province_count(&before, reg, &last);
	check(enf_table_options_init(&o, ENF_TABLE_OPTIONS_VERSION));
	check(enf_stats_national_target(&o.target_cases, &o.target_money,
					year));
	/* Growth is counted unit by unit: last year's offices must be this
	 * year's, in the same order. */
	if (before.n == now.n)
		o.previous = before.all;
	check(enf_stats_table_with(&text, &len, now.all, now.n + 1, &o));
	fwrite(text, 1, len, stdout);
	enf_free(text);

	check(enf_stats_report_rate(&rate, now.sum, ENF_GROUP_ALL, ENF_BY_CASES,
				    NULL));
	printf("\nProvince: %lld.%02lld%% by cases against the %d target "
	       "%lld.%02lld%%\n",
	       (long long)(rate / 100), (long long)(rate % 100), year,
	       (long long)(o.target_cases / 100),
	       (long long)(o.target_cases % 100));
	if (argc > 2)
		write_chart(argv[2], now.all, now.n + 1, o.target_cases);
	province_free(&now);
	province_free(&before);
	enf_register_free(reg);
	return 0;
}
