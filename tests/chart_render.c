/*
 * chart_render: the charts of a register written as SVG files, for the
 * render test (check_render.sh), which draws them in a browser.
 *
 *   chart_render OUT_DIR SAMPLE_DIR [NATIONAL_DIR]
 *
 * Writes OUT_DIR/sample.svg (the sample register's offices as columns,
 * by cases, with a target) and OUT_DIR/auction.svg (two sales under one
 * rule set with two cut policies, named apart); with NATIONAL_DIR (what
 * bench/gen_national writes: offices.csv and a register per province)
 * also provinces.svg (the 34 provinces by their names, by cases),
 * provinces_vi.svg (the same by money, in Vietnamese) and offices.svg
 * (the 355 offices as bars, named "Phòng THADS khu vực N – Province"),
 * for the enforcement year 1 Oct 2024 - 30 Sep 2025. Public API only.
 */
#define _POSIX_C_SOURCE 200809L
#include <enforcement.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_UNITS 1024

typedef struct unit {
	char code[32], parent[32], name[128];
} unit;

static void check(enf_status st, const char *what)
{
	if (st != ENF_OK) {
		fprintf(stderr, "chart_render: %s: %s\n", what,
			enf_last_error());
		exit(1);
	}
}

static void save(const char *dir, const char *file, const char *text)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	f = fopen(path, "wb");
	if (f == NULL || fputs(text, f) < 0 || fclose(f) != 0) {
		fprintf(stderr, "chart_render: cannot write %s\n", path);
		exit(1);
	}
}

/* Field k of a line of offices.csv (no quotes there). */
static void field(char *out, size_t size, const char *line, int k)
{
	size_t n;

	for (; k > 0 && line != NULL; k--) {
		line = strchr(line, ',');
		line = line != NULL ? line + 1 : NULL;
	}
	n = line != NULL ? strcspn(line, ",\r\n") : 0;
	if (n == 0 || n >= size) {
		fprintf(stderr, "chart_render: bad offices.csv line\n");
		exit(1);
	}
	memcpy(out, line, n);
	out[n] = '\0';
}

static size_t read_offices(unit *u, const char *dir)
{
	char path[4096], line[512];
	size_t n = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/offices.csv", dir);
	f = fopen(path, "r");
	if (f == NULL || fgets(line, sizeof(line), f) == NULL) {
		fprintf(stderr, "chart_render: cannot read %s\n", path);
		exit(1);
	}
	while (n < MAX_UNITS && fgets(line, sizeof(line), f) != NULL) {
		field(u[n].code, sizeof(u[n].code), line, 0);
		field(u[n].parent, sizeof(u[n].parent), line, 1);
		field(u[n].name, sizeof(u[n].name), line, 2);
		n++;
	}
	fclose(f);
	return n;
}

static void chart(const char *dir, const char *file,
		  enf_stats_report *const *reps, size_t n,
		  const enf_chart_options *o)
{
	char *svg = NULL;

	check(enf_stats_chart(&svg, NULL, (const enf_stats_report *const *)reps,
			      n, o),
	      file);
	save(dir, file, svg);
	enf_free(svg);
}

static void sample(const char *out, const char *dir, const enf_period *p)
{
	enf_register *reg = NULL;
	enf_stats_report **reps = NULL;
	size_t n = 0;
	enf_chart_options o;

	check(enf_register_new(&reg), "register_new");
	check(enf_io_load_csv_dir(reg, dir), dir);
	check(enf_stats_report_by_office(&reps, &n, reg, p), "by_office");
	check(enf_chart_options_init(&o, ENF_CHART_OPTIONS_VERSION), "init");
	o.target = 8405;
	o.title = "Sample register: completion rate by office";
	chart(out, "sample.svg", reps, n, &o);
	enf_stats_reports_free(reps, n);
	enf_register_free(reg);
}

static void auction(const char *out)
{
	enf_auction_rules *r = NULL;
	enf_auction_options ao = ENF_AUCTION_OPTIONS_INIT;
	enf_auction_policy p = ENF_AUCTION_POLICY_INIT;
	enf_auction *a = NULL, *b = NULL;
	const enf_auction *two[2];
	const char *names[2] = {"VN-2014, cuts of 10%", "VN-2014, cuts of 5%"};
	enf_chart_options o;
	char *svg = NULL;

	check(enf_auction_rules_builtin(&r, "VN-2014"), "rules");
	ao.value = 100000000;
	check(enf_auction_new(&a, r, &ao), "auction_new");
	check(enf_auction_new(&b, r, &ao), "auction_new");
	p.max_rounds = 6;
	p.cut_ppm = 100000;
	check(enf_auction_plan(a, &p), "plan");
	p.cut_ppm = 50000;
	check(enf_auction_plan(b, &p), "plan");
	two[0] = a;
	two[1] = b;
	check(enf_chart_options_init(&o, ENF_CHART_OPTIONS_VERSION), "init");
	o.title = "Two cut policies under one rule set";
	o.target = 5000;
	o.target_label = "Half the appraised value";
	check(enf_auction_chart(&svg, NULL, two, names, 2, &o), "auction");
	save(out, "auction.svg", svg);
	enf_free(svg);
	enf_auction_free(a);
	enf_auction_free(b);
	enf_auction_rules_free(r);
}

/* Loads every province directory of dir into reg. */
static void load_national(enf_register *reg, const char *dir, const unit *prov,
			  size_t np)
{
	char(*paths)[4096] = calloc(np, sizeof(*paths));
	const char **dirs = calloc(np, sizeof(*dirs));

	if (paths == NULL || dirs == NULL)
		exit(1);
	for (size_t k = 0; k < np; k++) {
		if (snprintf(paths[k], sizeof(paths[k]), "%s/%s", dir,
			     prov[k].code) >= (int)sizeof(paths[k]))
			exit(1);
		dirs[k] = paths[k];
	}
	check(enf_io_load_csv_dirs(reg, dirs, np, 2), "load_csv_dirs");
	free(paths);
	free(dirs);
}

/* The offices' display names, in the order of their reports. */
static void office_names(char (*names)[160], enf_stats_report *const *reps,
			 size_t n, const unit *off, size_t no)
{
	for (size_t i = 0; i < n; i++) {
		const char *code = enf_stats_report_unit(reps[i]);
		const char *kv = strstr(code, "-KV");

		snprintf(names[i], sizeof(names[i]), "%s", code);
		for (size_t k = 0; k < no && kv != NULL; k++)
			if (strcmp(off[k].code, code) == 0)
				snprintf(names[i], sizeof(names[i]),
					 "Phòng THADS khu vực %d – %s",
					 atoi(kv + 3), off[k].name);
	}
}

static void national(const char *out, const char *dir, const enf_period *p)
{
	static unit off[MAX_UNITS], prov[64];
	static char onames[MAX_UNITS][160];
	const char *names[MAX_UNITS];
	enf_stats_report *preps[64];
	enf_register *reg = NULL;
	enf_org *org = NULL;
	enf_stats_report **reps = NULL;
	size_t no = read_offices(off, dir), np = 0, n = 0;
	enf_chart_options o;

	check(enf_org_new(&org), "org_new");
	check(enf_org_create(org, "VN", "Việt Nam", NULL, p->first), "VN");
	for (size_t k = 0; k < no; k++) {
		if (np == 0 || strcmp(prov[np - 1].code, off[k].parent) != 0) {
			if (np == 64)
				exit(1);
			snprintf(prov[np].code, sizeof(prov[np].code), "%s",
				 off[k].parent);
			snprintf(prov[np].name, sizeof(prov[np].name), "%s",
				 off[k].name);
			check(enf_org_create(org, prov[np].code, prov[np].name,
					     "VN", p->first),
			      prov[np].code);
			np++;
		}
		check(enf_org_create(org, off[k].code, off[k].code,
				     off[k].parent, p->first),
		      off[k].code);
	}
	check(enf_register_new(&reg), "register_new");
	load_national(reg, dir, prov, np);
	check(enf_stats_report_by_office(&reps, &n, reg, p), "by_office");
	for (size_t k = 0; k < np; k++) {
		check(enf_org_rollup(&preps[k], org, prov[k].code, p->last,
				     (const enf_stats_report *const *)reps, n),
		      prov[k].code);
		names[k] = prov[k].name;
	}
	check(enf_chart_options_init(&o, ENF_CHART_OPTIONS_VERSION), "init");
	o.target = 8405;
	o.names = names;
	o.title = "Completion rate by province, enforcement year 2025";
	chart(out, "provinces.svg", preps, np, &o);
	o.locale = ENF_LOCALE_VI;
	o.measure = ENF_BY_MONEY;
	o.target = 5200;
	o.title = "Tỷ lệ thi hành xong về tiền theo tỉnh, năm 2025";
	chart(out, "provinces_vi.svg", preps, np, &o);
	office_names(onames, reps, n, off, no);
	for (size_t i = 0; i < n && i < MAX_UNITS; i++)
		names[i] = onames[i];
	o = (enf_chart_options)ENF_CHART_OPTIONS_INIT;
	o.target = 8405;
	o.names = names;
	o.title = "Completion rate by regional office, enforcement year 2025";
	chart(out, "offices.svg", reps, n < MAX_UNITS ? n : MAX_UNITS, &o);
	for (size_t k = 0; k < np; k++)
		enf_stats_report_free(preps[k]);
	enf_stats_reports_free(reps, n);
	enf_register_free(reg);
	enf_org_free(org);
}

int main(int argc, char **argv)
{
	enf_period year;

	if (argc < 3) {
		fprintf(stderr, "usage: chart_render OUT_DIR SAMPLE_DIR "
				"[NATIONAL_DIR]\n");
		return 2;
	}
	check(enf_date_from_ymd(&year.first, 2024, 10, 1), "date");
	check(enf_date_from_ymd(&year.last, 2025, 9, 30), "date");
	sample(argv[1], argv[2], &year);
	auction(argv[1]);
	if (argc > 3)
		national(argv[1], argv[3], &year);
	return 0;
}
