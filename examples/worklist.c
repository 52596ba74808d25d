/*
 * The worklist of one office on a date, from the bundled sample data
 * (examples/data/sample, made by gen_sample): every deadline due on or
 * before the date, earliest first.
 *
 *   worklist [DATA_DIR] [OFFICE] [DATE]   (defaults: the sample, LS-TP,
 *                                          2025-03-31)
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

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : ENF_SAMPLE_DIR;
	const char *office = argc > 2 ? argv[2] : "LS-TP";
	const char *when = argc > 3 ? argv[3] : "2025-03-31";
	enf_register *reg;
	enf_calendar *cal;
	enf_filter f;
	enf_work_item *items;
	enf_date date;
	size_t n = 0, shown;
	enf_status st;
	char due[16];

	check(enf_date_parse(&date, when));
	check(enf_calendar_new(&cal, NULL));
	check(enf_register_new(&reg));
	check(enf_io_load_csv_dir(reg, dir));
	check(enf_filter_init(&f, ENF_FILTER_VERSION));
	f.office = office;
	/* First ask how many, then fetch them. */
	st = enf_register_worklist(NULL, 0, &n, reg, &f, cal, NULL, date);
	if (st != ENF_EBUFSIZE)
		check(st);
	items = malloc((n ? n : 1) * sizeof(*items));
	if (items == NULL)
		return 1;
	check(enf_register_worklist(items, n, &n, reg, &f, cal, NULL, date));
	printf("%zu cases loaded; office %s has %zu deadlines due by %s\n",
	       enf_register_count(reg), office, n, when);
	shown = n < 15 ? n : 15;
	for (size_t i = 0; i < shown; i++) {
		enf_case *c;
		enf_case_info info;

		check(enf_register_at(&c, reg, items[i].case_index));
		check(enf_case_get_info(&info, c));
		check(enf_date_format(due, sizeof(due), items[i].deadline.due,
				      ENF_LOCALE_VI));
		printf("%s  %-16s %s (%s)\n", due, info.decision_no,
		       items[i].deadline.rule, items[i].deadline.source);
	}
	if (shown < n)
		printf("... and %zu more\n", n - shown);
	free(items);
	enf_register_free(reg);
	enf_calendar_free(cal);
	return 0;
}
