/*
 * The provincial report of the bundled sample (a synthetic province of six
 * offices): the indicator table of the first six months of enforcement year
 * 2025 for each office and for the province (the merge of the offices'
 * reports), as a Markdown table, and an SVG chart of each office's rate by
 * cases against the 2025 national target.
 *
 *   province_report [DATA_DIR] [SVG_FILE]
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

static const char *const offices[] = {"LS-CUC", "LS-TP", "LS-HL",
				      "LS-LB",	"LS-VL", "LS-BG"};
#define NOFF (sizeof(offices) / sizeof(offices[0]))

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : ENF_SAMPLE_DIR;
	const char *svg_path = argc > 2 ? argv[2] : NULL;
	enf_register *reg;
	enf_stats_report *reps[NOFF + 1];
	enf_period half;
	enf_filter f;
	int64_t target_cases, target_money, rate;
	char *text;
	size_t len;

	check(enf_register_new(&reg));
	check(enf_io_load_csv_dir(reg, dir));
	check(enf_report_cumulative(&half, 2025, 6));
	check(enf_stats_national_target(&target_cases, &target_money, 2025));
	check(enf_stats_report_new(&reps[NOFF], "Tỉnh", &half));
	check(enf_filter_init(&f, ENF_FILTER_VERSION));
	for (size_t i = 0; i < NOFF; i++) {
		f.office = offices[i];
		check(enf_stats_report_new(&reps[i], offices[i], &half));
		check(enf_stats_report_add_register(reps[i], reg, &f));
		check(enf_stats_report_merge(reps[NOFF], reps[i]));
	}
	check(enf_stats_report_check(reps[NOFF]));
	check(enf_stats_table(
		&text, &len, (const enf_stats_report *const *)reps, NOFF + 1,
		ENF_GROUP_ALL, ENF_TABLE_MARKDOWN, ENF_LOCALE_EN));
	fwrite(text, 1, len, stdout);
	enf_free(text);

	check(enf_stats_report_rate(&rate, reps[NOFF], ENF_GROUP_ALL,
				    ENF_BY_CASES, NULL));
	printf("\nProvince: %lld.%02lld%% by cases against the 2025 target "
	       "%lld.%02lld%%\n",
	       (long long)(rate / 100), (long long)(rate % 100),
	       (long long)(target_cases / 100),
	       (long long)(target_cases % 100));
	if (svg_path != NULL) {
		FILE *out = fopen(svg_path, "wb");

		check(enf_stats_svg(&text, &len,
				    (const enf_stats_report *const *)reps,
				    NOFF + 1, ENF_BY_CASES, target_cases,
				    "Completion rate by cases, H1 2025"));
		if (out == NULL || fwrite(text, 1, len, out) != len) {
			fprintf(stderr, "cannot write %s\n", svg_path);
			return 1;
		}
		fclose(out);
		enf_free(text);
		printf("chart written to %s\n", svg_path);
	}
	for (size_t i = 0; i <= NOFF; i++)
		enf_stats_report_free(reps[i]);
	enf_register_free(reg);
	return 0;
}
