/*
 * national: the national indicator table of a synthetic year, from CSV,
 * through the C library (the "enforcement (C)" line of bench/run.py).
 *
 *   national DATA_DIR OUT_CSV [--threads N] [--repeat K]
 *
 * DATA_DIR is what bench/gen_national writes: offices.csv (office,
 * province, province_name) and one directory of the five register files
 * per province. The program
 *   1. builds the organisation tree (the nation VN, its provinces, their
 *      offices) from offices.csv;
 *   2. loads every province directory into one register with
 *      enf_io_load_csv_dirs() on N threads (default 2);
 *   3. counts every office's table in one pass (enf_stats_report_by_office)
 *      for the statistical year 1 Oct 2024 - 30 Sep 2025;
 *   4. rolls the offices up to each province and to the nation
 *      (enf_org_rollup) and writes the canonical result CSV of
 *      bench/run.py (unit,group,measure,indicator,value).
 * It prints one line of figures, "key value" pairs that run.py reads:
 * load and aggregation seconds, cases and events, the heap the register
 * holds per event, and the in-memory aggregation rate (the best of K
 * repeats of step 3, default 5) against a reference in the same run: a
 * bare loop that reads every event of every case once (date and amount),
 * the floor under any aggregation over this layout.
 */
#define _POSIX_C_SOURCE 200809L
#include <enforcement.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_UNITS 4096

typedef struct unit {
	char code[64];
	char parent[64];
	char name[192];
} unit;

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Bytes the allocator has handed out and not taken back (glibc). */
static size_t heap_in_use(void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
	struct mallinfo2 mi = mallinfo2();

	return mi.uordblks + mi.hblkhd;
#else
	return 0;
#endif
}

static void check(enf_status st, const char *what)
{
	if (st != ENF_OK) {
		fprintf(stderr, "national: %s: %s\n", what, enf_last_error());
		exit(1);
	}
}

/* Copies CSV field k of line (no quotes in offices.csv but around names,
 * which are not read here unquoted) into out. */
static int field(char *out, size_t size, const char *line, int k)
{
	const char *p = line;
	size_t n;

	for (; k > 0; k--) {
		p = strchr(p, ',');
		if (p == NULL)
			return -1;
		p++;
	}
	n = strcspn(p, ",\r\n");
	if (*p == '"') {
		p++;
		n = strcspn(p, "\"");
	}
	if (n == 0 || n >= size)
		return -1;
	memcpy(out, p, n);
	out[n] = '\0';
	return 0;
}

/* Reads offices.csv: the provinces (first seen order) and the offices. */
static size_t read_offices(unit *offices, unit *provinces, size_t *nprov,
			   const char *dir)
{
	char path[4096], line[1024];
	size_t n = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/offices.csv", dir);
	f = fopen(path, "r");
	if (f == NULL) {
		fprintf(stderr, "national: cannot read %s\n", path);
		exit(1);
	}
	*nprov = 0;
	if (fgets(line, sizeof(line), f) == NULL ||
	    strncmp(line, "office,province", 15) != 0) {
		fprintf(stderr, "national: %s: no header\n", path);
		exit(1);
	}
	while (fgets(line, sizeof(line), f) != NULL && n < MAX_UNITS) {
		unit *o = &offices[n];
		size_t k;

		if (line[0] == '\n' || line[0] == '\r')
			continue;
		if (field(o->code, sizeof(o->code), line, 0) != 0 ||
		    field(o->parent, sizeof(o->parent), line, 1) != 0 ||
		    field(o->name, sizeof(o->name), line, 2) != 0) {
			fprintf(stderr, "national: %s: bad line: %s", path,
				line);
			exit(1);
		}
		for (k = 0; k < *nprov; k++)
			if (strcmp(provinces[k].code, o->parent) == 0)
				break;
		if (k == *nprov && *nprov < MAX_UNITS) {
			snprintf(provinces[k].code, sizeof(provinces[k].code),
				 "%s", o->parent);
			snprintf(provinces[k].name, sizeof(provinces[k].name),
				 "%s", o->name);
			(*nprov)++;
		}
		n++;
	}
	fclose(f);
	return n;
}

static const char *const group_names[ENF_GROUP_COUNT] = {
	"all",	       "agency",     "request",
	"bank_credit", "corruption", "administrative"};
static const char *const measure_names[2] = {"cases", "money"};
static const char *const row_names[ENF_IND_COUNT] = {"carried_over",
						     "received",
						     "total",
						     "entrusted",
						     "withdrawn",
						     "to_enforce",
						     "with_means",
						     "done",
						     "being_enforced",
						     "postponed_agreement",
						     "with_means_other",
						     "without_means",
						     "separate_book",
						     "returned",
						     "carried_next"};

/* Writes the rows of one unit: 15 indicators and the rate (hundredths of
 * a percent, half up; none when nothing is with means). */
static void write_unit(FILE *out, const enf_stats_report *rep)
{
	const char *u = enf_stats_report_unit(rep);

	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < 2; m++) {
			int64_t v, rate;

			for (int r = 0; r < ENF_IND_COUNT; r++) {
				check(enf_stats_report_get(
					      &v, rep, (enf_stats_group)g,
					      (enf_measure)m, (enf_indicator)r),
				      "report_get");
				fprintf(out, "%s,%s,%s,%s,%lld\n", u,
					group_names[g], measure_names[m],
					row_names[r], (long long)v);
			}
			if (enf_stats_report_rate(
				    &rate, rep, (enf_stats_group)g,
				    (enf_measure)m, NULL) == ENF_OK)
				fprintf(out, "%s,%s,%s,rate,%lld\n", u,
					group_names[g], measure_names[m],
					(long long)rate);
		}
}

/* The reference: every event of every case read once. */
static long long scan_events(const enf_register *reg)
{
	long long sum = 0;
	size_t n = enf_register_count(reg);

	for (size_t i = 0; i < n; i++) {
		enf_case *c;
		size_t k;

		check(enf_register_at(&c, reg, i), "register_at");
		k = enf_case_event_count(c);
		for (size_t j = 0; j < k; j++) {
			enf_event ev;

			check(enf_case_event(&ev, c, j), "case_event");
			sum += ev.amount + ev.date;
		}
	}
	return sum;
}

int main(int argc, char **argv)
{
	static unit offices[MAX_UNITS], provinces[MAX_UNITS];
	const enf_period year = {0, 0};
	enf_period p = year;
	enf_register *reg;
	enf_org *org;
	enf_stats_report **reps = NULL;
	size_t noff, nprov, nreps = 0, events = 0, heap0, heap1;
	unsigned threads = 2;
	int repeat = 5;
	const char **dirs;
	char(*paths)[4096];
	double t0, t1, t2, t3, best = 1e30, scan = 1e30;
	enf_date founded, day;
	FILE *out;

	if (argc < 3) {
		fprintf(stderr, "usage: national DATA_DIR OUT_CSV [--threads "
				"N] [--repeat K]\n");
		return 2;
	}
	for (int i = 3; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--threads") == 0)
			threads = (unsigned)atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--repeat") == 0)
			repeat = atoi(argv[i + 1]);
	}
	if (repeat < 1)
		repeat = 1;
	check(enf_date_from_ymd(&p.first, 2024, 10, 1), "date");
	check(enf_date_from_ymd(&p.last, 2025, 9, 30), "date");
	check(enf_date_from_ymd(&founded, 2025, 7, 1), "date");

	/* 1. The tree: VN, provinces, offices (created 1 Jul 2025). */
	noff = read_offices(offices, provinces, &nprov, argv[1]);
	check(enf_org_new(&org), "org_new");
	check(enf_org_create(org, "VN", "Việt Nam", NULL, founded), "VN");
	for (size_t k = 0; k < nprov; k++)
		check(enf_org_create(org, provinces[k].code, provinces[k].name,
				     "VN", founded),
		      provinces[k].code);
	for (size_t k = 0; k < noff; k++)
		check(enf_org_create(org, offices[k].code, offices[k].code,
				     offices[k].parent, founded),
		      offices[k].code);

	/* 2. Load every province directory that exists. */
	dirs = calloc(nprov ? nprov : 1, sizeof(*dirs));
	paths = calloc(nprov ? nprov : 1, sizeof(*paths));
	if (dirs == NULL || paths == NULL)
		return 1;
	{
		size_t nd = 0;

		for (size_t k = 0; k < nprov; k++) {
			FILE *f;

			snprintf(paths[nd], sizeof(paths[nd]),
				 "%s/%s/cases.csv", argv[1], provinces[k].code);
			f = fopen(paths[nd], "rb");
			if (f == NULL)
				continue; /* a province with no data */
			fclose(f);
			snprintf(paths[nd], sizeof(paths[nd]), "%s/%s", argv[1],
				 provinces[k].code);
			dirs[nd] = paths[nd];
			nd++;
		}
		check(enf_register_new(&reg), "register_new");
		heap0 = heap_in_use();
		t0 = now();
		check(enf_io_load_csv_dirs(reg, dirs, nd, threads),
		      "load_csv_dirs");
		t1 = now();
		heap1 = heap_in_use();
	}

	/* 3. Every office's table, best of `repeat` passes. */
	for (int r = 0; r < repeat; r++) {
		double a = now(), b;

		enf_stats_reports_free(reps, nreps);
		check(enf_stats_report_by_office(&reps, &nreps, reg, &p),
		      "report_by_office");
		b = now();
		if (b - a < best)
			best = b - a;
		if (r == 0)
			t2 = b;
	}
	for (size_t i = 0; i < enf_register_count(reg); i++) {
		enf_case *c;

		check(enf_register_at(&c, reg, i), "register_at");
		events += enf_case_event_count(c);
	}
	for (int r = 0; r < (repeat > 1 ? repeat : 0); r++) {
		double a = now(), b;
		volatile long long sink = scan_events(reg);

		(void)sink;
		b = now();
		if (b - a < scan)
			scan = b - a;
	}

	/* 4. Provinces and the nation, written out. */
	t3 = now();
	day = p.last;
	out = fopen(argv[2], "w");
	if (out == NULL) {
		fprintf(stderr, "national: cannot write %s\n", argv[2]);
		return 1;
	}
	fprintf(out, "unit,group,measure,indicator,value\n");
	for (size_t k = 0; k <= nprov; k++) {
		const char *code = k < nprov ? provinces[k].code : "VN";
		enf_stats_report *rep;

		check(enf_org_rollup(&rep, org, code, day,
				     (const enf_stats_report *const *)reps,
				     nreps),
		      code);
		write_unit(out, rep);
		enf_stats_report_free(rep);
	}
	if (fclose(out) != 0)
		return 1;
	{
		double t4 = now();

		printf("threads %u cases %zu events %zu load_s %.3f "
		       "aggregate_s %.3f rollup_write_s %.3f total_s %.3f "
		       "best_aggregate_s %.4f events_per_s %.0f "
		       "scan_events_per_s %.0f aggregate_vs_scan %.2f "
		       "bytes_per_event %.1f bytes_per_case %.1f\n",
		       threads, enf_register_count(reg), events, t1 - t0,
		       t2 - t1, t4 - t3, (t1 - t0) + (t2 - t1) + (t4 - t3),
		       best, best > 0 ? (double)events / best : 0.0,
		       scan > 0 ? (double)events / scan : 0.0,
		       scan > 0 ? best / scan : 0.0,
		       events ? (double)(heap1 - heap0) / (double)events : 0.0,
		       enf_register_count(reg)
			       ? (double)(heap1 - heap0) /
					 (double)enf_register_count(reg)
			       : 0.0);
	}
	enf_stats_reports_free(reps, nreps);
	enf_register_free(reg);
	enf_org_free(org);
	free(dirs);
	free(paths);
	return 0;
}
