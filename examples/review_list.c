/*
 * The review list of "hot spots" from the bundled sample data
 * (examples/data/sample, made by gen_sample), as the Lạng Sơn province
 * reviewed them in 2025 (baolangson.vn, "Không để án đọng trên giấy"):
 * every case with means for over a year and not done, cases of great
 * value (the article gives no threshold: 1 bn VND outstanding is chosen
 * here), corruption and economic cases, and difficult, complex ones;
 * first the longest waiting, then the largest sums.
 *
 *   review_list [DATA_DIR] [DATE] [MONTHS] [MIN_VND]
 *   (defaults: the sample, 2025-06-30, 12, 1000000000)
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

/* Which criteria an item met, as letters: A(ge), M(oney), F(lags). */
static const char *reasons(unsigned r)
{
	static char text[4];
	int n = 0;

	if (r & ENF_REVIEW_AGE)
		text[n++] = 'A';
	if (r & ENF_REVIEW_MONEY)
		text[n++] = 'M';
	if (r & ENF_REVIEW_FLAGS)
		text[n++] = 'F';
	text[n] = '\0';
	return text;
}

/* Prints the first `shown` items of a list. */
static void print(const enf_register *reg, const enf_review_item *items,
		  size_t n, size_t shown)
{
	printf("%-7s %-16s %-10s %-10s %6s %20s  why\n", "office", "decision",
	       "state", "since", "days", "outstanding");
	for (size_t i = 0; i < n && i < shown; i++) {
		enf_case *c;
		enf_case_info info;
		char since[16], money[40];

		check(enf_register_at(&c, reg, items[i].case_index));
		check(enf_case_info_get(&info, c));
		check(enf_date_format(since, sizeof(since), items[i].since,
				      ENF_LOCALE_EN));
		check(enf_money_format(money, sizeof(money),
				       items[i].outstanding, ENF_LOCALE_VI));
		printf("%-7s %-16s %-10s %-10s %6ld %20s  %s\n", info.office,
		       info.decision_no, enf_case_state_name(items[i].state),
		       since, (long)items[i].age_days, money,
		       reasons(items[i].reasons));
	}
	if (n > shown)
		printf("... and %zu more\n", n - shown);
}

/* Lists the review with opts, counting first (the two-call convention). */
static void list(const enf_register *reg, const enf_review_options *opts,
		 const char *title)
{
	enf_review_item *items;
	size_t n = 0;

	check(enf_register_review_count(&n, reg, opts));
	items = malloc((n ? n : 1) * sizeof(*items));
	if (items == NULL)
		exit(1);
	check(enf_register_review(items, n, &n, reg, opts));
	printf("\n%s: %zu cases\n", title, n);
	print(reg, items, n, 12);
	free(items);
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : ENF_SAMPLE_DIR;
	const char *when = argc > 2 ? argv[2] : "2025-06-30";
	int months = argc > 3 ? atoi(argv[3]) : 12;
	const char *min = argc > 4 ? argv[4] : "1000000000";
	enf_register *reg;
	enf_review_options o;
	char since[16];

	check(enf_register_new(&reg));
	check(enf_io_load_csv_dir(reg, dir));
	check(enf_review_options_init(&o, ENF_REVIEW_OPTIONS_VERSION));
	check(enf_date_parse(&o.date, when));
	check(enf_date_add_months(&o.since_before, o.date, -months));
	check(enf_money_parse(&o.min_outstanding, min));
	check(enf_date_format(since, sizeof(since), o.since_before,
			      ENF_LOCALE_EN));
	printf("%zu cases loaded; review on %s (with means since before %s)\n",
	       enf_register_count(reg), when, since);
	o.flags = ENF_CASE_CORRUPTION | ENF_CASE_DIFFICULT;
	o.match_any = 1;
	o.order = ENF_REVIEW_BY_AGE;
	list(reg, &o,
	     "hot spots, longest waiting first (A: age, M: money, "
	     "F: corruption, economic or difficult)");
	o.order = ENF_REVIEW_BY_OUTSTANDING;
	list(reg, &o, "the same, largest sums first");
	o.match_any = 0;
	o.min_outstanding = 0;
	o.flags = 0;
	list(reg, &o, "with means for over the months and not done");
	enf_register_free(reg);
	return 0;
}
