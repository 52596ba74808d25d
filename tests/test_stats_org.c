/*
 * Tests of the organisation tree of stats.h: units with effective-dated
 * names and parents, merges and splits, queries on a date, rollups that
 * restate figures onto the tree of a date, and the basis of a report.
 *
 * The tree is modelled on the reorganisation of 1 Jul 2025 (Decision
 * 1898/QĐ-BTP; domain notes §7): a nation of four provinces, each with
 * district offices (Chi cục) from 2009-07-01. On 2025-07-01 Lạng Sơn and
 * Cao Bằng stay separate, Hà Giang merges into Tuyên Quang (its city
 * office moved and renamed first), the district offices of Lạng Sơn merge
 * into two regional offices, and in Cao Bằng the city office merges into
 * region 1 while Hòa An is split 3:1 between regions 1 and 2.
 *
 * Reports are JSON texts written by the helpers below from their base rows
 * (derived rows worked out in the helper: total = carried over + received,
 * and so on). Office figures, by cases (money is 10 M VND a case except
 * in Hòa An):
 *
 *   office  carried received done being without   total
 *   LS-TP       100      60    90    50     20       160
 *   LS-CL        40      20    30    20     10        60
 *   LS-LB        30      10    20    10     10        40
 *   LS-DD        20      20    24    10      6        40
 *   CB-TP        80      40    70    30     20       120
 *   CB-HQ        48      32    44    24     12        80
 *   HG-TP        50      30    50    20     10        80
 *   HG-VX        30      10    20    15      5        40
 *   TQ-TP        60      40    60    25     15       100
 *   TQ-SD        20      20    20    10     10        40
 *   nation      478     282   428   214    118       760
 *
 * Every expected value is worked out by hand next to its test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"
#include "stats_internal.h"

#define M 1000000LL

enum { CO, RE, TO, EN, WD, TE, WM, DN, BE, PA, OT, WO, SB, RT, CN };

/* ---------------------------------------------------------------------- */
/* Reports                                                                 */

/* The base rows of one group and measure. */
typedef struct rows {
	int64_t co, re, en, wd, dn, be, pa, ot, wo, sb, rt;
} rows;

/* One group of a report: its rows by cases and by money. */
typedef struct table {
	rows cases, money;
} table;

static const rows none = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

/* Carried over, received, done, being enforced, without means. */
static rows r5(int64_t co, int64_t re, int64_t dn, int64_t be, int64_t wo)
{
	rows r = none;

	r.co = co, r.re = re, r.dn = dn, r.be = be, r.wo = wo;
	return r;
}

static rows times(rows r, int64_t k)
{
	rows o = {r.co * k, r.re * k, r.en * k, r.wd * k, r.dn * k, r.be * k,
		  r.pa * k, r.ot * k, r.wo * k, r.sb * k, r.rt * k};

	return o;
}

static rows plus(rows a, rows b)
{
	rows o = {a.co + b.co, a.re + b.re, a.en + b.en, a.wd + b.wd,
		  a.dn + b.dn, a.be + b.be, a.pa + b.pa, a.ot + b.ot,
		  a.wo + b.wo, a.sb + b.sb, a.rt + b.rt};

	return o;
}

/* Appends the 15 rows of r as a JSON object, the derived rows worked out
 * from the identities of stats.h. */
static void put_rows(char *buf, size_t size, const rows *r)
{
	long long total = r->co + r->re, te = total - r->en - r->wd,
		  wm = r->dn + r->be + r->pa + r->ot, cn = te - r->dn;
	size_t n = strlen(buf);

	assert_true(snprintf(buf + n, size - n,
			     "{\"carried_over\": %lld, \"received\": %lld, "
			     "\"total\": %lld, \"entrusted\": %lld, "
			     "\"withdrawn\": %lld, \"to_enforce\": %lld, "
			     "\"with_means\": %lld, \"done\": %lld, "
			     "\"being_enforced\": %lld, "
			     "\"postponed_agreement\": %lld, "
			     "\"with_means_other\": %lld, "
			     "\"without_means\": %lld, \"separate_book\": "
			     "%lld, \"returned\": %lld, \"carried_next\": "
			     "%lld}",
			     (long long)r->co, (long long)r->re, total,
			     (long long)r->en, (long long)r->wd, te, wm,
			     (long long)r->dn, (long long)r->be,
			     (long long)r->pa, (long long)r->ot,
			     (long long)r->wo, (long long)r->sb,
			     (long long)r->rt, cn) < (int)(size - n));
}

/* A report of unit over p from its agency and request tables and its
 * bank-credit, corruption and administrative tables (each NULL: none);
 * all is agency + request. */
static enf_stats_report *report5(const char *unit, enf_period p,
				 const table *agency, const table *request,
				 const table *bank, const table *corruption,
				 const table *administrative)
{
	static const char *const groups[6] = {"all",	    "agency",
					      "request",    "bank_credit",
					      "corruption", "administrative"};
	table t[6], zero = {none, none};
	char *buf = calloc(1, 16384), d[2][16] = {"", ""};
	enf_stats_report *rep = NULL;

	assert_non_null(buf);
	t[1] = *agency;
	t[2] = *request;
	t[0].cases = plus(agency->cases, request->cases);
	t[0].money = plus(agency->money, request->money);
	t[3] = bank ? *bank : zero;
	t[4] = corruption ? *corruption : zero;
	t[5] = administrative ? *administrative : zero;
	assert_int_equal(enf_date_format(d[0], 16, p.first, ENF_LOCALE_EN),
			 ENF_OK);
	assert_int_equal(enf_date_format(d[1], 16, p.last, ENF_LOCALE_EN),
			 ENF_OK);
	(void)snprintf(buf, 16384,
		       "{\"format\": \"enforcement-report\", \"version\": 1, "
		       "\"unit\": \"%s\", \"period\": [\"%s\", \"%s\"], "
		       "\"groups\": {",
		       unit, d[0], d[1]);
	for (int g = 0; g < 6; g++) {
		size_t n = strlen(buf);

		(void)snprintf(buf + n, 16384 - n,
			       "%s\"%s\": {\"cases\": ", g ? ", " : "",
			       groups[g]);
		put_rows(buf, 16384, &t[g].cases);
		strcat(buf, ", \"money\": ");
		put_rows(buf, 16384, &t[g].money);
		strcat(buf, "}");
	}
	strcat(buf, "}}");
	assert_int_equal(enf_stats_report_from_json(&rep, buf), ENF_OK);
	free(buf);
	return rep;
}

static enf_stats_report *report(const char *unit, enf_period p,
				const table *agency, const table *request,
				const table *bank)
{
	return report5(unit, p, agency, request, bank, NULL, NULL);
}

/* An office whose cases are all on request, 10 M VND each. */
static enf_stats_report *office(const char *unit, enf_period p, int64_t co,
				int64_t re, int64_t dn, int64_t be, int64_t wo)
{
	table agency = {none, none}, request;

	request.cases = r5(co, re, dn, be, wo);
	request.money = times(request.cases, 10 * M);
	return report(unit, p, &agency, &request, NULL);
}

/* Hòa An (CB-HQ), every cell a multiple of 4: agency cases at 10 M,
 * request cases at 20 M, and bank-credit cases among them. */
static enf_stats_report *hoa_an(enf_period p)
{
	table agency, request, bank;

	agency.cases = r5(16, 8, 12, 8, 4);
	agency.money = times(agency.cases, 10 * M);
	request.cases = r5(32, 24, 32, 16, 8);
	request.money = times(request.cases, 20 * M);
	bank.cases = r5(8, 4, 4, 4, 4);
	bank.money = r5(320 * M, 160 * M, 160 * M, 160 * M, 160 * M);
	return report("CB-HQ", p, &agency, &request, &bank);
}

static enf_period year(int y)
{
	enf_period p = {0, 0};

	assert_int_equal(enf_report_cumulative(&p, y, 12), ENF_OK);
	return p;
}

#define NOFFICES 10

/* The ten office reports of a year (table at the top). */
static void offices(enf_stats_report *reps[NOFFICES], int y)
{
	enf_period p = year(y);

	reps[0] = office("LS-TP", p, 100, 60, 90, 50, 20);
	reps[1] = office("LS-CL", p, 40, 20, 30, 20, 10);
	reps[2] = office("LS-LB", p, 30, 10, 20, 10, 10);
	reps[3] = office("LS-DD", p, 20, 20, 24, 10, 6);
	reps[4] = office("CB-TP", p, 80, 40, 70, 30, 20);
	reps[5] = hoa_an(p);
	reps[6] = office("HG-TP", p, 50, 30, 50, 20, 10);
	reps[7] = office("HG-VX", p, 30, 10, 20, 15, 5);
	reps[8] = office("TQ-TP", p, 60, 40, 60, 25, 15);
	reps[9] = office("TQ-SD", p, 20, 20, 20, 10, 10);
}

static void free_all(enf_stats_report **reps, size_t n)
{
	for (size_t i = 0; i < n; i++)
		enf_stats_report_free(reps[i]);
}

static int64_t cell(const enf_stats_report *rep, enf_stats_group g,
		    enf_measure m, enf_indicator r)
{
	int64_t v = -1;

	assert_int_equal(enf_stats_report_get(&v, rep, g, m, r), ENF_OK);
	return v;
}

/* Asserts the base rows of a group and measure, and their derived rows. */
static void assert_rows(const enf_stats_report *rep, enf_stats_group g,
			enf_measure m, rows want)
{
	int64_t total = want.co + want.re, te = total - want.en - want.wd;

	assert_int_equal(cell(rep, g, m, ENF_IND_CARRIED_OVER), want.co);
	assert_int_equal(cell(rep, g, m, ENF_IND_RECEIVED), want.re);
	assert_int_equal(cell(rep, g, m, ENF_IND_TOTAL), total);
	assert_int_equal(cell(rep, g, m, ENF_IND_ENTRUSTED), want.en);
	assert_int_equal(cell(rep, g, m, ENF_IND_WITHDRAWN), want.wd);
	assert_int_equal(cell(rep, g, m, ENF_IND_TO_ENFORCE), te);
	assert_int_equal(cell(rep, g, m, ENF_IND_WITH_MEANS),
			 want.dn + want.be + want.pa + want.ot);
	assert_int_equal(cell(rep, g, m, ENF_IND_DONE), want.dn);
	assert_int_equal(cell(rep, g, m, ENF_IND_BEING_ENFORCED), want.be);
	assert_int_equal(cell(rep, g, m, ENF_IND_POSTPONED_AGREEMENT), want.pa);
	assert_int_equal(cell(rep, g, m, ENF_IND_WITH_MEANS_OTHER), want.ot);
	assert_int_equal(cell(rep, g, m, ENF_IND_WITHOUT_MEANS), want.wo);
	assert_int_equal(cell(rep, g, m, ENF_IND_SEPARATE_BOOK), want.sb);
	assert_int_equal(cell(rep, g, m, ENF_IND_RETURNED), want.rt);
	assert_int_equal(cell(rep, g, m, ENF_IND_CARRIED_NEXT), te - want.dn);
}

/* Asserts that two reports have the same cells. */
static void assert_same_cells(const enf_stats_report *a,
			      const enf_stats_report *b)
{
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < 2; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++)
				assert_int_equal(
					cell(a, (enf_stats_group)g,
					     (enf_measure)m, (enf_indicator)r),
					cell(b, (enf_stats_group)g,
					     (enf_measure)m, (enf_indicator)r));
}

/* ---------------------------------------------------------------------- */
/* The tree                                                                */

static void create(enf_org *org, const char *code, const char *name,
		   const char *parent, enf_date from)
{
	uint64_t v = enf_org_version(org);

	assert_int_equal(enf_org_create(org, code, name, parent, from), ENF_OK);
	assert_int_equal(enf_org_version(org), v + 1);
}

static void rename_(enf_org *org, const char *code, const char *name,
		    enf_date from)
{
	assert_int_equal(enf_org_rename(org, code, name, from), ENF_OK);
}

static void merge(enf_org *org, const char *code, const char *into,
		  enf_date from)
{
	assert_int_equal(enf_org_merge(org, code, into, from), ENF_OK);
}

#define EVENTS_2025 32 /* events recorded by tree_2025() */

/* The tree of the top comment: 15 units from 2009-07-01 and 17 events
 * on 2025-07-01. */
static enf_org *tree_2025(void)
{
	const enf_date d0 = ymd(2009, 7, 1), d1 = ymd(2025, 7, 1);
	const char *const cb_into[2] = {"CB-KV1", "CB-KV2"};
	const int64_t cb_weights[2] = {3, 1};
	enf_org *org = NULL;

	assert_int_equal(enf_org_new(&org), ENF_OK);
	assert_int_equal(enf_org_version(org), 0);
	create(org, "VN", "Tổng cục Thi hành án dân sự", NULL, d0);
	create(org, "LS", "Cục Thi hành án dân sự tỉnh Lạng Sơn", "VN", d0);
	create(org, "CB", "Cục Thi hành án dân sự tỉnh Cao Bằng", "VN", d0);
	create(org, "HG", "Cục Thi hành án dân sự tỉnh Hà Giang", "VN", d0);
	create(org, "TQ", "Cục Thi hành án dân sự tỉnh Tuyên Quang", "VN", d0);
	create(org, "LS-TP", "Chi cục THADS thành phố Lạng Sơn", "LS", d0);
	create(org, "LS-CL", "Chi cục THADS huyện Cao Lộc", "LS", d0);
	create(org, "LS-LB", "Chi cục THADS huyện Lộc Bình", "LS", d0);
	create(org, "LS-DD", "Chi cục THADS huyện Đình Lập", "LS", d0);
	create(org, "CB-TP", "Chi cục THADS thành phố Cao Bằng", "CB", d0);
	create(org, "CB-HQ", "Chi cục THADS huyện Hòa An", "CB", d0);
	create(org, "HG-TP", "Chi cục THADS thành phố Hà Giang", "HG", d0);
	create(org, "HG-VX", "Chi cục THADS huyện Vị Xuyên", "HG", d0);
	create(org, "TQ-TP", "Chi cục THADS thành phố Tuyên Quang", "TQ", d0);
	create(org, "TQ-SD", "Chi cục THADS huyện Sơn Dương", "TQ", d0);

	rename_(org, "VN", "Cục Quản lý thi hành án dân sự", d1);
	rename_(org, "LS", "Thi hành án dân sự tỉnh Lạng Sơn", d1);
	rename_(org, "CB", "Thi hành án dân sự tỉnh Cao Bằng", d1);
	rename_(org, "TQ", "Thi hành án dân sự tỉnh Tuyên Quang", d1);
	assert_int_equal(enf_org_move(org, "HG-TP", "TQ", d1), ENF_OK);
	rename_(org, "HG-TP", "Phòng THADS khu vực 1 - Tuyên Quang", d1);
	merge(org, "HG", "TQ", d1);
	create(org, "LS-KV1", "Phòng THADS khu vực 1 - Lạng Sơn", "LS", d1);
	create(org, "LS-KV2", "Phòng THADS khu vực 2 - Lạng Sơn", "LS", d1);
	merge(org, "LS-TP", "LS-KV1", d1);
	merge(org, "LS-CL", "LS-KV1", d1);
	merge(org, "LS-LB", "LS-KV2", d1);
	merge(org, "LS-DD", "LS-KV2", d1);
	create(org, "CB-KV1", "Phòng THADS khu vực 1 - Cao Bằng", "CB", d1);
	create(org, "CB-KV2", "Phòng THADS khu vực 2 - Cao Bằng", "CB", d1);
	merge(org, "CB-TP", "CB-KV1", d1);
	assert_int_equal(
		enf_org_split(org, "CB-HQ", cb_into, cb_weights, 2, d1),
		ENF_OK);
	assert_int_equal(enf_org_version(org), EVENTS_2025);
	return org;
}

static void assert_parent(const enf_org *org, const char *code, enf_date d,
			  const char *want)
{
	const char *got = NULL;

	assert_int_equal(enf_org_parent(&got, org, code, d), ENF_OK);
	assert_string_equal(got, want);
}

static void assert_name(const enf_org *org, const char *code, enf_date d,
			const char *want)
{
	const char *got = NULL;

	assert_int_equal(enf_org_name(&got, org, code, d), ENF_OK);
	assert_string_equal(got, want);
}

/* Asserts that code does not exist on d, and that the message says so. */
static void assert_gone(const enf_org *org, const char *code, enf_date d)
{
	const char *got = "unchanged";

	assert_int_equal(enf_org_parent(&got, org, code, d), ENF_ENOTFOUND);
	assert_string_equal(got, "unchanged");
	assert_error_names("org_parent", code);
	assert_int_equal(enf_org_name(&got, org, code, d), ENF_ENOTFOUND);
	assert_string_equal(got, "unchanged");
}

/* Parents and names before and after each event of 2025-07-01. */
static void test_stats_org__tree_2025(void **state)
{
	enf_org *org = tree_2025();
	const enf_date before = ymd(2025, 6, 30), after = ymd(2025, 7, 1);

	(void)state;
	/* The nation: a root, renamed. */
	assert_parent(org, "VN", before, "");
	assert_parent(org, "VN", after, "");
	assert_name(org, "VN", before, "Tổng cục Thi hành án dân sự");
	assert_name(org, "VN", after, "Cục Quản lý thi hành án dân sự");
	assert_gone(org, "VN", ymd(2009, 6, 30)); /* not yet created */
	assert_name(org, "VN", ymd(2009, 7, 1), "Tổng cục Thi hành án dân sự");

	/* Cao Bằng and Lạng Sơn stay separate, renamed. */
	assert_parent(org, "LS", before, "VN");
	assert_parent(org, "LS", after, "VN");
	assert_parent(org, "CB", after, "VN");
	assert_name(org, "LS", before, "Cục Thi hành án dân sự tỉnh Lạng Sơn");
	assert_name(org, "LS", after, "Thi hành án dân sự tỉnh Lạng Sơn");
	assert_name(org, "CB", after, "Thi hành án dân sự tỉnh Cao Bằng");

	/* Hà Giang merges into Tuyên Quang: it ceases, its office Vị Xuyên
	 * moves with the merge; its city office was moved and renamed. */
	assert_parent(org, "HG", before, "VN");
	assert_name(org, "HG", before, "Cục Thi hành án dân sự tỉnh Hà Giang");
	assert_gone(org, "HG", after);
	assert_gone(org, "HG", ymd(2030, 1, 1));
	assert_parent(org, "HG-VX", before, "HG");
	assert_parent(org, "HG-VX", after, "TQ");
	assert_parent(org, "HG-TP", before, "HG");
	assert_parent(org, "HG-TP", after, "TQ");
	assert_name(org, "HG-TP", before, "Chi cục THADS thành phố Hà Giang");
	assert_name(org, "HG-TP", after, "Phòng THADS khu vực 1 - Tuyên Quang");
	assert_name(org, "TQ", after, "Thi hành án dân sự tỉnh Tuyên Quang");

	/* District offices of Lạng Sơn become regional offices. */
	assert_parent(org, "LS-TP", before, "LS");
	assert_name(org, "LS-TP", before, "Chi cục THADS thành phố Lạng Sơn");
	assert_gone(org, "LS-TP", after);
	assert_gone(org, "LS-DD", after);
	assert_gone(org, "LS-KV1", before);
	assert_parent(org, "LS-KV1", after, "LS");
	assert_parent(org, "LS-KV2", after, "LS");
	assert_name(org, "LS-KV2", after, "Phòng THADS khu vực 2 - Lạng Sơn");

	/* Cao Bằng: the city office merged, Hòa An split. */
	assert_parent(org, "CB-HQ", before, "CB");
	assert_gone(org, "CB-HQ", after);
	assert_gone(org, "CB-TP", after);
	assert_parent(org, "CB-KV1", after, "CB");
	assert_parent(org, "CB-KV2", after, "CB");

	/* Offices untouched by the reform. */
	assert_parent(org, "TQ-SD", before, "TQ");
	assert_parent(org, "TQ-SD", after, "TQ");
	assert_name(org, "TQ-SD", after, "Chi cục THADS huyện Sơn Dương");
	assert_int_equal(enf_org_version(org), EVENTS_2025);
	enf_org_free(org);
}

/* Events may be recorded out of date order while the tree stays coherent
 * on every day; a later rename in the past, a move in the past, and the
 * same day's events in the order recorded. */
static void test_stats_org__events_out_of_order(void **state)
{
	enf_org *org = NULL;
	const enf_date d0 = ymd(2009, 7, 1);

	(void)state;
	assert_int_equal(enf_org_new(&org), ENF_OK);
	create(org, "VN", "Việt Nam", NULL, d0);
	create(org, "A", "Tỉnh A", "VN", d0);
	create(org, "B", "Tỉnh B", "VN", d0);
	create(org, "C", "Chi cục C", "A", d0);
	rename_(org, "A", "Tỉnh A (2020)", ymd(2020, 1, 1));
	rename_(org, "A", "Tỉnh A (2015)",
		ymd(2015, 1, 1)); /* recorded later */
	assert_name(org, "A", ymd(2014, 12, 31), "Tỉnh A");
	assert_name(org, "A", ymd(2015, 1, 1), "Tỉnh A (2015)");
	assert_name(org, "A", ymd(2019, 12, 31), "Tỉnh A (2015)");
	assert_name(org, "A", ymd(2020, 1, 1), "Tỉnh A (2020)");
	/* Two renames the same day: the last recorded holds. */
	rename_(org, "B", "Tỉnh B mới", ymd(2021, 1, 1));
	rename_(org, "B", "Tỉnh B mới nhất", ymd(2021, 1, 1));
	assert_name(org, "B", ymd(2021, 1, 1), "Tỉnh B mới nhất");

	/* A merges into B on 2022-01-01: C moves under B. Then C is moved
	 * under B from 2018 (in the past) and back under A from 2019. */
	merge(org, "A", "B", ymd(2022, 1, 1));
	assert_parent(org, "C", ymd(2021, 12, 31), "A");
	assert_parent(org, "C", ymd(2022, 1, 1), "B");
	assert_int_equal(enf_org_move(org, "C", "B", ymd(2018, 1, 1)), ENF_OK);
	assert_int_equal(enf_org_move(org, "C", "A", ymd(2019, 1, 1)), ENF_OK);
	assert_parent(org, "C", ymd(2017, 12, 31), "A");
	assert_parent(org, "C", ymd(2018, 6, 1), "B");
	assert_parent(org, "C", ymd(2019, 6, 1), "A");
	assert_parent(org, "C", ymd(2022, 1, 1), "B");
	assert_int_equal(enf_org_version(org), 11);
	enf_org_free(org);
}

/* ---------------------------------------------------------------------- */
/* Rollups                                                                 */

static enf_stats_report *rollup(const enf_org *org, const char *unit,
				enf_date d, enf_stats_report *const *reps,
				size_t n)
{
	enf_stats_report *out = NULL;

	assert_int_equal(enf_org_rollup(&out, org, unit, d,
					(const enf_stats_report *const *)reps,
					n),
			 ENF_OK);
	assert_non_null(out);
	assert_string_equal(enf_stats_report_unit(out), unit);
	assert_int_equal(enf_stats_report_check(out), ENF_OK);
	return out;
}

/* The national table (top comment) by cases; by money 10 M a case except
 * Hòa An's 800 / 560 / 760 / 400 / 200 M (agency at 10 M, request at
 * 20 M): carried over 430 x 10 + 800 = 5,100 M, received 250 x 10 + 560
 * = 3,060 M, done 384 x 10 + 760 = 4,600 M, being enforced 190 x 10 +
 * 400 = 2,300 M, without means 106 x 10 + 200 = 1,260 M. */
static void assert_nation(const enf_stats_report *rep)
{
	assert_rows(rep, ENF_GROUP_ALL, ENF_BY_CASES,
		    r5(478, 282, 428, 214, 118));
	assert_rows(rep, ENF_GROUP_ALL, ENF_BY_MONEY,
		    r5(5100 * M, 3060 * M, 4600 * M, 2300 * M, 1260 * M));
	/* Only Hòa An has agency and bank-credit cases. */
	assert_rows(rep, ENF_GROUP_AGENCY, ENF_BY_CASES, r5(16, 8, 12, 8, 4));
	assert_rows(rep, ENF_GROUP_REQUEST, ENF_BY_CASES,
		    r5(462, 274, 416, 206, 114));
	assert_rows(rep, ENF_GROUP_BANK_CREDIT, ENF_BY_MONEY,
		    r5(320 * M, 160 * M, 160 * M, 160 * M, 160 * M));
}

/* The requirement: rollups to the nation before and after the
 * merge give the same national totals; provinces before and after. */
static void test_stats_org__same_national_totals(void **state)
{
	enf_org *org = tree_2025();
	enf_stats_report *reps[NOFFICES], *vn[3], *p;
	const enf_date before = ymd(2025, 6, 30), after = ymd(2025, 7, 1),
		       later = ymd(2026, 3, 31);
	int64_t rate = 0;

	(void)state;
	offices(reps, 2025);
	vn[0] = rollup(org, "VN", before, reps, NOFFICES);
	vn[1] = rollup(org, "VN", after, reps, NOFFICES);
	vn[2] = rollup(org, "VN", later, reps, NOFFICES);
	assert_nation(vn[0]);
	assert_same_cells(vn[0], vn[1]);
	assert_same_cells(vn[0], vn[2]);
	/* 428 done of 642 with means: 66.67%. */
	assert_int_equal(enf_stats_report_rate(&rate, vn[1], ENF_GROUP_ALL,
					       ENF_BY_CASES, NULL),
			 ENF_OK);
	assert_int_equal(rate, 6667);

	/* Lạng Sơn, the same on both days: 190 / 110 / 164 / 90 / 46. */
	p = rollup(org, "LS", before, reps, NOFFICES);
	assert_rows(p, ENF_GROUP_ALL, ENF_BY_CASES, r5(190, 110, 164, 90, 46));
	enf_stats_report_free(p);
	p = rollup(org, "LS", after, reps, NOFFICES);
	assert_rows(p, ENF_GROUP_ALL, ENF_BY_CASES, r5(190, 110, 164, 90, 46));
	assert_rows(p, ENF_GROUP_ALL, ENF_BY_MONEY,
		    r5(1900 * M, 1100 * M, 1640 * M, 900 * M, 460 * M));
	enf_stats_report_free(p);

	/* Tuyên Quang alone before (80 / 60 / 80 / 35 / 25); with Hà Giang
	 * after (80 / 40 / 70 / 35 / 15 more: 160 / 100 / 150 / 70 / 40). */
	p = rollup(org, "TQ", before, reps, NOFFICES);
	assert_rows(p, ENF_GROUP_ALL, ENF_BY_CASES, r5(80, 60, 80, 35, 25));
	enf_stats_report_free(p);
	p = rollup(org, "HG", before, reps, NOFFICES);
	assert_rows(p, ENF_GROUP_ALL, ENF_BY_CASES, r5(80, 40, 70, 35, 15));
	enf_stats_report_free(p);
	p = rollup(org, "TQ", after, reps, NOFFICES);
	assert_rows(p, ENF_GROUP_ALL, ENF_BY_CASES, r5(160, 100, 150, 70, 40));
	enf_stats_report_free(p);

	/* Cao Bằng: 80 + 48 / 40 + 32 / 70 + 44 / 30 + 24 / 20 + 12. */
	p = rollup(org, "CB", after, reps, NOFFICES);
	assert_rows(p, ENF_GROUP_ALL, ENF_BY_CASES, r5(128, 72, 114, 54, 32));
	enf_stats_report_free(p);

	/* Regional offices of Lạng Sơn: KV1 = TP + CL, KV2 = LB + DD. */
	p = rollup(org, "LS-KV1", after, reps, NOFFICES);
	assert_rows(p, ENF_GROUP_ALL, ENF_BY_CASES, r5(140, 80, 120, 70, 30));
	enf_stats_report_free(p);
	p = rollup(org, "LS-KV2", after, reps, NOFFICES);
	assert_rows(p, ENF_GROUP_ALL, ENF_BY_CASES, r5(50, 30, 44, 20, 16));
	enf_stats_report_free(p);

	/* An office is its own rollup on a day it exists. */
	p = rollup(org, "TQ-SD", after, reps, NOFFICES);
	assert_same_cells(p, reps[9]);
	enf_stats_report_free(p);
	free_all(vn, 3);
	free_all(reps, NOFFICES);
	enf_org_free(org);
}

/* Last year's figures on today's structure: a 2024 report of Hà Giang
 * lands on Tuyên Quang, so the province compares like with like. */
static void test_stats_org__last_year_restated(void **state)
{
	enf_org *org = tree_2025();
	enf_period p24 = year(2024);
	enf_stats_report *last[2], *now[NOFFICES], *tq24, *tq25, *hg;
	const enf_date today = ymd(2025, 12, 31);
	int64_t rate = 0, growth = 0, done24, done25;

	(void)state;
	/* 2024, by province: Hà Giang 70 / 50 / 60 / 40 / 20, Tuyên Quang
	 * 90 / 50 / 80 / 40 / 20. */
	last[0] = office("HG", p24, 70, 50, 60, 40, 20);
	last[1] = office("TQ", p24, 90, 50, 80, 40, 20);
	tq24 = rollup(org, "TQ", today, last, 2);
	assert_rows(tq24, ENF_GROUP_ALL, ENF_BY_CASES,
		    r5(160, 100, 140, 80, 40));
	assert_rows(tq24, ENF_GROUP_ALL, ENF_BY_MONEY,
		    r5(1600 * M, 1000 * M, 1400 * M, 800 * M, 400 * M));
	/* On a day before the merge Hà Giang's report stays with it. */
	hg = rollup(org, "HG", ymd(2024, 9, 30), last, 2);
	assert_rows(hg, ENF_GROUP_ALL, ENF_BY_CASES, r5(70, 50, 60, 40, 20));

	/* This year, the same structure: 150 done of 220 with means
	 * (68.18%) against 140 of 220 (63.64%) restated; done grew by
	 * 10 / 140 = 7.14%. */
	offices(now, 2025);
	tq25 = rollup(org, "TQ", today, now, NOFFICES);
	assert_int_equal(enf_stats_report_rate(&rate, tq25, ENF_GROUP_ALL,
					       ENF_BY_CASES, NULL),
			 ENF_OK);
	assert_int_equal(rate, 6818);
	assert_int_equal(enf_stats_report_rate(&rate, tq24, ENF_GROUP_ALL,
					       ENF_BY_CASES, NULL),
			 ENF_OK);
	assert_int_equal(rate, 6364);
	done24 = cell(tq24, ENF_GROUP_ALL, ENF_BY_CASES, ENF_IND_DONE);
	done25 = cell(tq25, ENF_GROUP_ALL, ENF_BY_CASES, ENF_IND_DONE);
	assert_int_equal(enf_stats_growth(&growth, done25, done24, NULL),
			 ENF_OK);
	assert_int_equal(growth, 714);
	/* Rolled up with the tree of the reform: the same day and version
	 * in both. */
	{
		uint64_t v24 = 0, v25 = 0;
		enf_date d24 = 0, d25 = 0;
		enf_regime g24 = ENF_REGIME_VN2026, g25 = ENF_REGIME_VN2026;

		assert_int_equal(enf_stats_report_basis(&v24, &d24, &g24, tq24),
				 ENF_OK);
		assert_int_equal(enf_stats_report_basis(&v25, &d25, &g25, tq25),
				 ENF_OK);
		assert_int_equal(v24, v25);
		assert_int_equal(d24, d25);
		assert_int_equal(g24, ENF_REGIME_VN2014);
	}
	enf_stats_report_free(tq24);
	enf_stats_report_free(tq25);
	enf_stats_report_free(hg);
	free_all(last, 2);
	free_all(now, NOFFICES);
	enf_org_free(org);
}

/* Hòa An split 3:1: every cell is a multiple of 4, so region 1 gets
 * exactly three quarters and region 2 one quarter; the parts sum to the
 * whole and every identity holds in each. */
static void test_stats_org__split_3_to_1(void **state)
{
	enf_org *org = tree_2025();
	enf_stats_report *reps[1], *kv1, *kv2, *cb;
	const enf_date d1 = ymd(2025, 7, 1);

	(void)state;
	reps[0] = hoa_an(year(2025));
	kv1 = rollup(org, "CB-KV1", d1, reps, 1);
	kv2 = rollup(org, "CB-KV2", d1, reps, 1);
	cb = rollup(org, "CB", d1, reps, 1);

	/* All: 48 / 32 / 44 / 24 / 12 cases -> 36 / 24 / 33 / 18 / 9 and
	 * 12 / 8 / 11 / 6 / 3; money 800 / 560 / 760 / 400 / 200 M ->
	 * 600 / 420 / 570 / 300 / 150 and 200 / 140 / 190 / 100 / 50. */
	assert_rows(kv1, ENF_GROUP_ALL, ENF_BY_CASES, r5(36, 24, 33, 18, 9));
	assert_rows(kv2, ENF_GROUP_ALL, ENF_BY_CASES, r5(12, 8, 11, 6, 3));
	assert_rows(kv1, ENF_GROUP_ALL, ENF_BY_MONEY,
		    r5(600 * M, 420 * M, 570 * M, 300 * M, 150 * M));
	assert_rows(kv2, ENF_GROUP_ALL, ENF_BY_MONEY,
		    r5(200 * M, 140 * M, 190 * M, 100 * M, 50 * M));
	/* Agency 16 / 8 / 12 / 8 / 4, request 32 / 24 / 32 / 16 / 8,
	 * bank credit 8 / 4 / 4 / 4 / 4 (money 320 / 160 x 4 M). */
	assert_rows(kv1, ENF_GROUP_AGENCY, ENF_BY_CASES, r5(12, 6, 9, 6, 3));
	assert_rows(kv2, ENF_GROUP_AGENCY, ENF_BY_CASES, r5(4, 2, 3, 2, 1));
	assert_rows(kv1, ENF_GROUP_REQUEST, ENF_BY_CASES,
		    r5(24, 18, 24, 12, 6));
	assert_rows(kv2, ENF_GROUP_REQUEST, ENF_BY_MONEY,
		    r5(160 * M, 120 * M, 160 * M, 80 * M, 40 * M));
	assert_rows(kv1, ENF_GROUP_BANK_CREDIT, ENF_BY_CASES,
		    r5(6, 3, 3, 3, 3));
	assert_rows(kv2, ENF_GROUP_BANK_CREDIT, ENF_BY_MONEY,
		    r5(80 * M, 40 * M, 40 * M, 40 * M, 40 * M));

	/* The parts sum to the whole, cell by cell; the province holds the
	 * whole. */
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < 2; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++) {
				enf_stats_group gg = (enf_stats_group)g;
				enf_measure mm = (enf_measure)m;
				enf_indicator rr = (enf_indicator)r;

				assert_int_equal(cell(kv1, gg, mm, rr) +
							 cell(kv2, gg, mm, rr),
						 cell(reps[0], gg, mm, rr));
			}
	assert_same_cells(cb, reps[0]);
	assert_int_equal(enf_stats_report_check(kv1), ENF_OK);
	assert_int_equal(enf_stats_report_check(kv2), ENF_OK);
	enf_stats_report_free(kv1);
	enf_stats_report_free(kv2);
	enf_stats_report_free(cb);
	free_all(reps, 1);
	enf_org_free(org);
}

/* A small tree: X with unit P split on 2025-07-01 into Q1 and Q2 by the
 * weights given (and Q3 when three are given). */
static enf_org *split_tree(const int64_t *weights, size_t n)
{
	const char *const into[3] = {"Q1", "Q2", "Q3"};
	enf_org *org = NULL;

	assert_int_equal(enf_org_new(&org), ENF_OK);
	create(org, "X", "Tỉnh X", NULL, ymd(2020, 1, 1));
	create(org, "P", "Chi cục P", "X", ymd(2020, 1, 1));
	for (size_t i = 0; i < n; i++)
		create(org, into[i], into[i], "X", ymd(2025, 7, 1));
	assert_int_equal(
		enf_org_split(org, "P", into, weights, n, ymd(2025, 7, 1)),
		ENF_OK);
	return org;
}

/* Splits one report of P and returns the parts on 2025-07-01. */
static void split_parts(enf_stats_report **parts, const int64_t *weights,
			size_t n, enf_stats_report *whole)
{
	static const char *const codes[3] = {"Q1", "Q2", "Q3"};
	enf_org *org = split_tree(weights, n);

	for (size_t i = 0; i < n; i++)
		parts[i] = rollup(org, codes[i], ymd(2025, 7, 1), &whole, 1);
	enf_org_free(org);
}

/* Rounding of a split, worked by hand from the steps of stats_org.c
 * (shares by the largest remainder, ties to the first part). Rounding
 * each row by itself would break the identities: carried over 1,
 * received 1 and done 2 split 1:1 give 1, 1 and 1 to Q1, whose "to
 * enforce" (2) is then not its "with means" (1). */
static void test_stats_org__split_rounding(void **state)
{
	const int64_t even[2] = {1, 1}, three[2] = {3, 1}, four[3] = {2, 1, 1};
	table agency = {none, none}, request;
	enf_stats_report *whole, *parts[3];

	(void)state;
	/* co 1, re 1, done 2 at 1:1: Q1's total is 1 (2 x 1/2), all done;
	 * its carried over is 1 (0.5, the tie to Q1); received 0. Q2: 0 / 1
	 * / 1. */
	request.cases = r5(1, 1, 2, 0, 0);
	request.money = r5(0, 0, 0, 0, 0);
	whole = report("P", year(2025), &agency, &request, NULL);
	split_parts(parts, even, 2, whole);
	assert_rows(parts[0], ENF_GROUP_ALL, ENF_BY_CASES, r5(1, 0, 1, 0, 0));
	assert_rows(parts[1], ENF_GROUP_ALL, ENF_BY_CASES, r5(0, 1, 1, 0, 0));
	assert_rows(parts[1], ENF_GROUP_REQUEST, ENF_BY_CASES,
		    r5(0, 1, 1, 0, 0));
	free_all(parts, 2);
	enf_stats_report_free(whole);

	/* co 3, re 2, done 3, without means 2 at 3:1: Q1's total is 3.75
	 * -> 4 (remainders 3 against 1), shared 4 x 3/5 = 2.4 done and
	 * 4 x 2/5 = 1.6 without means -> 2 and 2; carried over 3 x 3/4 =
	 * 2.25 -> 2, received 4 - 2 = 2. Q2: 1 / 0 / 1 / 0. By money, 300 /
	 * 200 / 250 / 250 M go exactly: 225 / 150 / 187.5 / 187.5 M. */
	request.cases = r5(3, 2, 3, 0, 2);
	request.money = r5(300 * M, 200 * M, 250 * M, 0, 250 * M);
	whole = report("P", year(2025), &agency, &request, NULL);
	split_parts(parts, three, 2, whole);
	assert_rows(parts[0], ENF_GROUP_ALL, ENF_BY_CASES, r5(2, 2, 2, 0, 2));
	assert_rows(parts[1], ENF_GROUP_ALL, ENF_BY_CASES, r5(1, 0, 1, 0, 0));
	assert_rows(parts[0], ENF_GROUP_ALL, ENF_BY_MONEY,
		    r5(225 * M, 150 * M, 187500000, 0, 187500000));
	assert_rows(parts[1], ENF_GROUP_ALL, ENF_BY_MONEY,
		    r5(75 * M, 50 * M, 62500000, 0, 62500000));
	free_all(parts, 2);
	enf_stats_report_free(whole);

	/* Three parts 2:1:1 of 4 / 4 / 4 / 0 / 4: halves, then quarters. */
	request.cases = r5(4, 4, 4, 0, 4);
	request.money = times(request.cases, M);
	whole = report("P", year(2025), &agency, &request, NULL);
	split_parts(parts, four, 3, whole);
	assert_rows(parts[0], ENF_GROUP_ALL, ENF_BY_CASES, r5(2, 2, 2, 0, 2));
	assert_rows(parts[1], ENF_GROUP_ALL, ENF_BY_CASES, r5(1, 1, 1, 0, 1));
	assert_rows(parts[2], ENF_GROUP_ALL, ENF_BY_MONEY, r5(M, M, M, 0, M));
	free_all(parts, 3);
	enf_stats_report_free(whole);
}

/* A successor with weight 0 gets nothing; the others share the whole:
 * 4 / 4 / 4 / 0 / 4 at 0:1:1 gives none, then two halves. */
static void test_stats_org__split_zero_weight(void **state)
{
	const int64_t w[3] = {0, 1, 1};
	table agency = {none, none}, request;
	enf_stats_report *whole, *parts[3];

	(void)state;
	request.cases = r5(4, 4, 4, 0, 4);
	request.money = times(request.cases, M);
	whole = report("P", year(2025), &agency, &request, NULL);
	split_parts(parts, w, 3, whole);
	assert_rows(parts[0], ENF_GROUP_ALL, ENF_BY_CASES, none);
	assert_rows(parts[0], ENF_GROUP_ALL, ENF_BY_MONEY, none);
	assert_rows(parts[1], ENF_GROUP_ALL, ENF_BY_CASES, r5(2, 2, 2, 0, 2));
	assert_rows(parts[2], ENF_GROUP_ALL, ENF_BY_CASES, r5(2, 2, 2, 0, 2));
	assert_rows(parts[2], ENF_GROUP_ALL, ENF_BY_MONEY,
		    r5(2 * M, 2 * M, 2 * M, 0, 2 * M));
	free_all(parts, 3);
	enf_stats_report_free(whole);
}

/* A table that no set of cases could give (it can come from an earlier
 * split): one case carried over, which agency puts in being enforced,
 * bank credit in the separate book, corruption in returned and
 * administrative in done. Any part holding that case must hold all four
 * end rows, so no split keeps every relation but all or nothing: the
 * whole table goes to the heavier part (the first on a tie). */
static void test_stats_org__split_all_or_nothing(void **state)
{
	const int64_t even[2] = {1, 1}, light[2] = {1, 3};
	table agency = {none, none}, request = {none, none},
	      bank = {none, none}, corruption = {none, none},
	      administrative = {none, none};
	enf_stats_report *whole, *parts[2];
	rows all = none;

	(void)state;
	agency.cases.co = 1, agency.cases.be = 1;
	request.cases.re = 3, request.cases.dn = 1, request.cases.sb = 1,
	request.cases.rt = 1;
	bank.cases.co = 1, bank.cases.sb = 1;
	corruption.cases.co = 1, corruption.cases.rt = 1;
	administrative.cases.co = 1, administrative.cases.dn = 1;
	whole = report5("P", year(2025), &agency, &request, &bank, &corruption,
			&administrative);
	all.co = 1, all.re = 3, all.dn = 1, all.be = 1, all.sb = 1, all.rt = 1;

	split_parts(parts, even, 2, whole);
	assert_same_cells(parts[0], whole);
	assert_rows(parts[1], ENF_GROUP_ALL, ENF_BY_CASES, none);
	assert_rows(parts[1], ENF_GROUP_CORRUPTION, ENF_BY_CASES, none);
	free_all(parts, 2);

	split_parts(parts, light, 2, whole);
	assert_rows(parts[0], ENF_GROUP_ALL, ENF_BY_CASES, none);
	assert_rows(parts[1], ENF_GROUP_ALL, ENF_BY_CASES, all);
	assert_same_cells(parts[1], whole);
	free_all(parts, 2);
	enf_stats_report_free(whole);
}

/* A successor of a merge later split: the figures follow the chain. */
static void test_stats_org__merge_then_split(void **state)
{
	enf_org *org = tree_2025();
	enf_stats_report *reps[2], *a, *b, *kv2, *ls;
	const char *const into[2] = {"LS-KV2A", "LS-KV2B"};
	const int64_t weights[2] = {1, 1};
	const enf_date d2 = ymd(2026, 7, 1);
	enf_period p = year(2025);

	(void)state;
	create(org, "LS-KV2A", "Phòng THADS khu vực 2A", "LS", d2);
	create(org, "LS-KV2B", "Phòng THADS khu vực 2B", "LS", d2);
	assert_int_equal(enf_org_split(org, "LS-KV2", into, weights, 2, d2),
			 ENF_OK);
	assert_gone(org, "LS-KV2", d2);
	assert_parent(org, "LS-KV2", ymd(2026, 6, 30), "LS");

	/* Lộc Bình 30 / 10 / 20 / 10 / 10 and Đình Lập 20 / 20 / 24 / 10 /
	 * 6 merged into region 2 (50 / 30 / 44 / 20 / 16), then halved:
	 * 15 + 10 / 5 + 10 / 10 + 12 / 5 + 5 / 5 + 3 each. */
	reps[0] = office("LS-LB", p, 30, 10, 20, 10, 10);
	reps[1] = office("LS-DD", p, 20, 20, 24, 10, 6);
	kv2 = rollup(org, "LS-KV2", ymd(2026, 6, 30), reps, 2);
	assert_rows(kv2, ENF_GROUP_ALL, ENF_BY_CASES, r5(50, 30, 44, 20, 16));
	a = rollup(org, "LS-KV2A", d2, reps, 2);
	b = rollup(org, "LS-KV2B", d2, reps, 2);
	assert_rows(a, ENF_GROUP_ALL, ENF_BY_CASES, r5(25, 15, 22, 10, 8));
	assert_rows(b, ENF_GROUP_ALL, ENF_BY_CASES, r5(25, 15, 22, 10, 8));
	assert_rows(b, ENF_GROUP_ALL, ENF_BY_MONEY,
		    r5(250 * M, 150 * M, 220 * M, 100 * M, 80 * M));
	ls = rollup(org, "LS", d2, reps, 2);
	assert_same_cells(ls, kv2);
	enf_stats_report_free(a);
	enf_stats_report_free(b);
	enf_stats_report_free(kv2);
	enf_stats_report_free(ls);
	free_all(reps, 2);
	enf_org_free(org);
}

/* The basis of a report: the tree version and date of its rollup, and
 * the regime at the end of its period. */
static void test_stats_org__basis(void **state)
{
	enf_org *org = tree_2025();
	enf_stats_report *r25, *r26, *vn25, *vn26, *old;
	uint64_t version = 99;
	enf_date date = 99;
	enf_regime regime = ENF_REGIME_VN2026;
	enf_period p = {0, 0};
	const char *const into[2] = {"LS-KV2A", "LS-KV2B"};
	const int64_t weights[2] = {1, 1};

	(void)state;
	/* Counted, not rolled up: 0, no date; 2025 ends 2025-09-30: the
	 * 2014 text. */
	r25 = office("LS-KV1", year(2025), 10, 10, 10, 5, 5);
	assert_int_equal(enf_stats_report_basis(&version, &date, &regime, r25),
			 ENF_OK);
	assert_int_equal(version, 0);
	assert_int_equal(date, ENF_DATE_NONE);
	assert_int_equal(regime, ENF_REGIME_VN2014);

	/* Rolled up on 2025-07-01: the version of the tree then. */
	vn25 = rollup(org, "VN", ymd(2025, 7, 1), &r25, 1);
	assert_int_equal(enf_stats_report_basis(&version, &date, &regime, vn25),
			 ENF_OK);
	assert_int_equal(version, EVENTS_2025);
	assert_int_equal(date, ymd(2025, 7, 1));
	assert_int_equal(regime, ENF_REGIME_VN2014);

	/* Another event: new rollups record the new version, the old one
	 * keeps its own. Enforcement year 2026 ends 2026-09-30, under the
	 * new law. */
	create(org, "LS-KV2A", "Phòng THADS khu vực 2A", "LS", ymd(2026, 7, 1));
	create(org, "LS-KV2B", "Phòng THADS khu vực 2B", "LS", ymd(2026, 7, 1));
	assert_int_equal(
		enf_org_split(org, "LS-KV2", into, weights, 2, ymd(2026, 7, 1)),
		ENF_OK);
	r26 = office("LS-KV1", year(2026), 10, 10, 10, 5, 5);
	vn26 = rollup(org, "VN", ymd(2026, 9, 30), &r26, 1);
	assert_int_equal(enf_stats_report_basis(&version, &date, &regime, vn26),
			 ENF_OK);
	assert_int_equal(version, EVENTS_2025 + 3);
	assert_int_equal(date, ymd(2026, 9, 30));
	assert_int_equal(regime, ENF_REGIME_VN2026);
	assert_int_equal(enf_stats_report_basis(&version, &date, &regime, vn25),
			 ENF_OK);
	assert_int_equal(version, EVENTS_2025);
	assert_int_equal(date, ymd(2025, 7, 1));

	/* Periods ending before 2009-07-01, or before the 2014 amendment
	 * took effect (2015-07-01): the 2008 text. */
	p.first = ymd(2008, 10, 1);
	p.last = ymd(2009, 6, 30);
	assert_int_equal(enf_stats_report_new(&old, "LS", &p), ENF_OK);
	assert_int_equal(enf_stats_report_basis(&version, &date, &regime, old),
			 ENF_OK);
	assert_int_equal(regime, ENF_REGIME_VN2008);
	enf_stats_report_free(old);
	p.first = ymd(2014, 10, 1);
	p.last = ymd(2015, 6, 30);
	assert_int_equal(enf_stats_report_new(&old, "LS", &p), ENF_OK);
	assert_int_equal(enf_stats_report_basis(&version, &date, &regime, old),
			 ENF_OK);
	assert_int_equal(regime, ENF_REGIME_VN2008);
	assert_int_equal(version, 0);
	assert_int_equal(date, ENF_DATE_NONE);

	/* NULL: an error, the outputs unchanged. */
	version = 7, date = 7, regime = ENF_REGIME_VN2026;
	assert_int_equal(enf_stats_report_basis(&version, &date, &regime, NULL),
			 ENF_EINVALID);
	assert_error_names("stats_report_basis", "rep");
	assert_int_equal(enf_stats_report_basis(NULL, &date, &regime, old),
			 ENF_EINVALID);
	assert_error_names("stats_report_basis", "org_version");
	assert_int_equal(enf_stats_report_basis(&version, NULL, &regime, old),
			 ENF_EINVALID);
	assert_int_equal(enf_stats_report_basis(&version, &date, NULL, old),
			 ENF_EINVALID);
	assert_int_equal(version, 7);
	assert_int_equal(date, 7);
	assert_int_equal(regime, ENF_REGIME_VN2026);
	enf_stats_report_free(old);
	enf_stats_report_free(r25);
	enf_stats_report_free(r26);
	enf_stats_report_free(vn25);
	enf_stats_report_free(vn26);
	enf_org_free(org);
}

/* ---------------------------------------------------------------------- */
/* Bad input                                                               */

/* Asserts that a call failed with status st, naming fn and what, and
 * that the tree is as it was: its version, and a few queries. */
#define assert_refused(org, call, st, fn, what)                                \
	do {                                                                   \
		assert_int_equal((call), (st));                                \
		assert_error_names((fn), (what));                              \
		assert_unchanged(org);                                         \
	} while (0)

static void assert_unchanged(const enf_org *org)
{
	const enf_date before = ymd(2025, 6, 30), after = ymd(2025, 7, 1);

	assert_int_equal(enf_org_version(org), EVENTS_2025);
	assert_parent(org, "LS", after, "VN");
	assert_parent(org, "LS-KV1", after, "LS");
	assert_parent(org, "HG-VX", after, "TQ");
	assert_parent(org, "HG-VX", before, "HG");
	assert_name(org, "LS", after, "Thi hành án dân sự tỉnh Lạng Sơn");
	assert_name(org, "HG-TP", after, "Phòng THADS khu vực 1 - Tuyên Quang");
	assert_gone(org, "LS-TP", after);
	assert_gone(org, "HG", after);
	assert_gone(org, "LS-X", after);
}

static void test_stats_org__bad_create(void **state)
{
	enf_org *org = tree_2025();
	const enf_date d0 = ymd(2009, 7, 1), d1 = ymd(2025, 7, 1);

	(void)state;
	/* Codes are unique for all time, including units that ceased. */
	assert_refused(org, enf_org_create(org, "LS", "Lạng Sơn", "VN", d1),
		       ENF_EINVALID, "org_create", "\"LS\" is already used");
	assert_refused(org, enf_org_create(org, "HG", "Hà Giang", "VN", d1),
		       ENF_EINVALID, "org_create", "\"HG\" is already used");
	/* Parents: unknown, ceased, not yet created. */
	assert_refused(org, enf_org_create(org, "LS-X", "X", "XX", d1),
		       ENF_ENOTFOUND, "org_create", "parent \"XX\"");
	assert_refused(org, enf_org_create(org, "LS-X", "X", "HG", d1),
		       ENF_ENOTFOUND, "org_create", "ceased on 2025-07-01");
	assert_refused(
		org,
		enf_org_create(org, "LS-X", "X", "LS-KV1", ymd(2025, 6, 30)),
		ENF_ENOTFOUND, "org_create",
		"\"LS-KV1\" does not exist on 2025-06-30");
	/* A parent alive then that ceases later would leave it orphaned. */
	assert_refused(
		org, enf_org_create(org, "LS-X", "X", "HG", ymd(2020, 1, 1)),
		ENF_EINVALID, "org_create", "\"HG\" ceases on 2025-07-01");
	/* Text and dates. */
	assert_refused(org, enf_org_create(org, NULL, "X", "VN", d0),
		       ENF_EINVALID, "org_create", "code is NULL");
	assert_refused(org, enf_org_create(org, "", "X", "VN", d0),
		       ENF_EINVALID, "org_create", "code is empty");
	assert_refused(org, enf_org_create(org, "LS-X", NULL, "VN", d0),
		       ENF_EINVALID, "org_create", "name is NULL");
	assert_refused(org, enf_org_create(org, "LS-X", "\xff", "VN", d0),
		       ENF_EINVALID, "org_create", "name is not valid UTF-8");
	assert_refused(org,
		       enf_org_create(org, "LS-X", "X", "VN", ENF_DATE_NONE),
		       ENF_EINVALID, "org_create", "from is missing (no date)");
	assert_int_equal(enf_org_create(NULL, "LS-X", "X", "VN", d0),
			 ENF_EINVALID);
	assert_error_names("org_create", "org is NULL");
	assert_unchanged(org);
	enf_org_free(org);
}

static void test_stats_org__bad_change(void **state)
{
	enf_org *org = tree_2025();
	const enf_date d1 = ymd(2025, 7, 1), d2 = ymd(2025, 8, 1);

	(void)state;
	/* Renames: a unit that ceased, an unknown one, no name. */
	assert_refused(org, enf_org_rename(org, "HG", "X", d1), ENF_ENOTFOUND,
		       "org_rename", "\"HG\" does not exist on 2025-07-01");
	assert_refused(org, enf_org_rename(org, "ZZ", "X", d1), ENF_ENOTFOUND,
		       "org_rename", "\"ZZ\" is no unit");
	assert_refused(org, enf_org_rename(org, "LS", "", d1), ENF_EINVALID,
		       "org_rename", "name is empty");

	/* Moves: a cycle (Lạng Sơn under its own regional office), under
	 * itself, under an unknown unit, of a unit that ceased. */
	assert_refused(org, enf_org_move(org, "LS", "LS-KV1", d2), ENF_EINVALID,
		       "org_move", "cycle");
	assert_refused(org, enf_org_move(org, "LS", "LS", d2), ENF_EINVALID,
		       "org_move", "cycle");
	assert_refused(org, enf_org_move(org, "LS", "XX", d2), ENF_ENOTFOUND,
		       "org_move", "parent \"XX\"");
	assert_refused(org, enf_org_move(org, "LS-TP", "CB", d2), ENF_ENOTFOUND,
		       "org_move", "\"LS-TP\" does not exist");
	/* Under Hà Giang before its merge, then left there after it. */
	assert_refused(org, enf_org_move(org, "TQ-SD", "HG", ymd(2025, 1, 1)),
		       ENF_EINVALID, "org_move", "\"HG\" ceases on 2025-07-01");

	/* Merges: into itself, into its own office, of a unit that ceased,
	 * into one that does not exist yet, before changes recorded later. */
	assert_refused(org, enf_org_merge(org, "LS", "LS", d2), ENF_EINVALID,
		       "org_merge", "into is \"LS\", the unit itself");
	assert_refused(org, enf_org_merge(org, "LS", "LS-KV1", d2),
		       ENF_EINVALID, "org_merge", "below \"LS\"");
	assert_refused(org, enf_org_merge(org, "HG", "CB", d2), ENF_ENOTFOUND,
		       "org_merge", "code \"HG\" does not exist on 2025-08-01");
	assert_refused(org, enf_org_merge(org, "LS", "LS-KV1", ymd(2025, 6, 1)),
		       ENF_ENOTFOUND, "org_merge", "into \"LS-KV1\"");
	assert_refused(org, enf_org_merge(org, "TQ", "CB", ymd(2025, 6, 1)),
		       ENF_EINVALID, "org_merge",
		       "change recorded on 2025-07-01");
	assert_refused(org, enf_org_merge(org, "LS", NULL, d2), ENF_EINVALID,
		       "org_merge", "into is NULL");
	enf_org_free(org);
}

static void test_stats_org__bad_split(void **state)
{
	enf_org *org = tree_2025();
	const enf_date d1 = ymd(2025, 7, 1), d2 = ymd(2025, 8, 1);
	const char *const into[2] = {"LS-KV1", "LS-KV2"};
	const char *const twice[2] = {"LS-KV1", "LS-KV1"};
	const char *const self[2] = {"TQ-SD", "LS-KV2"};
	const char *const unknown[2] = {"LS-KV1", "LS-KV9"};
	const char *const gone[2] = {"LS-KV1", "LS-TP"};
	const int64_t zero[2] = {0, 0}, negative[2] = {3, -1}, ok[2] = {3, 1};
	const int64_t huge[2] = {INT64_MAX, 1};

	(void)state;
	assert_refused(org, enf_org_split(org, "TQ-SD", into, zero, 2, d2),
		       ENF_EINVALID, "org_split", "all 2 weights are 0");
	assert_refused(org, enf_org_split(org, "TQ-SD", into, negative, 2, d2),
		       ENF_EINVALID, "org_split", "weights[1] is -1");
	assert_refused(org, enf_org_split(org, "TQ-SD", into, huge, 2, d2),
		       ENF_EINVALID, "org_split", "weights[1]");
	assert_refused(org, enf_org_split(org, "TQ-SD", into, ok, 0, d2),
		       ENF_EINVALID, "org_split", "count is 0");
	assert_refused(org, enf_org_split(org, "TQ-SD", twice, ok, 2, d2),
		       ENF_EINVALID, "org_split", "also into[0]");
	assert_refused(org, enf_org_split(org, "TQ-SD", self, ok, 2, d2),
		       ENF_EINVALID, "org_split", "into[0] is \"TQ-SD\"");
	assert_refused(org, enf_org_split(org, "TQ-SD", unknown, ok, 2, d2),
		       ENF_ENOTFOUND, "org_split", "into[1] \"LS-KV9\"");
	assert_refused(org, enf_org_split(org, "TQ-SD", gone, ok, 2, d2),
		       ENF_ENOTFOUND, "org_split", "into[1] \"LS-TP\"");
	/* Its successors exist from 2025-07-01 only. */
	assert_refused(
		org, enf_org_split(org, "TQ-SD", into, ok, 2, ymd(2025, 6, 30)),
		ENF_ENOTFOUND, "org_split", "2025-06-30");
	/* A unit with offices under it cannot be split. */
	assert_refused(org, enf_org_split(org, "TQ", into, ok, 2, d2),
		       ENF_EINVALID, "org_split", "is under \"TQ\"");
	/* Split twice. */
	assert_refused(org, enf_org_split(org, "CB-HQ", into, ok, 2, d1),
		       ENF_ENOTFOUND, "org_split", "\"CB-HQ\"");
	assert_refused(org, enf_org_split(org, "TQ-SD", NULL, ok, 2, d2),
		       ENF_EINVALID, "org_split", "into is NULL");
	assert_refused(org, enf_org_split(org, "TQ-SD", into, NULL, 2, d2),
		       ENF_EINVALID, "org_split", "weights is NULL");
	enf_org_free(org);
}

/* A cycle that a move would make only later, through a move recorded
 * earlier for a later date. */
static void test_stats_org__later_cycle(void **state)
{
	enf_org *org = NULL;
	const enf_date d0 = ymd(2009, 7, 1);

	(void)state;
	assert_int_equal(enf_org_new(&org), ENF_OK);
	create(org, "VN", "Việt Nam", NULL, d0);
	create(org, "A", "Tỉnh A", "VN", d0);
	create(org, "B", "Tỉnh B", "VN", d0);
	create(org, "C", "Chi cục C", "A", d0);
	assert_int_equal(enf_org_move(org, "A", "B", ymd(2022, 1, 1)), ENF_OK);
	/* B under C from 2021: no cycle in 2021, but from 2022 A is under
	 * B, so B -> C -> A -> B. */
	assert_int_equal(enf_org_move(org, "B", "C", ymd(2021, 1, 1)),
			 ENF_EINVALID);
	assert_error_names("org_move", "2022-01-01");
	assert_parent(org, "B", ymd(2021, 6, 1), "VN");
	assert_parent(org, "A", ymd(2022, 1, 1), "B");
	assert_int_equal(enf_org_version(org), 5);
	/* Merging A into C (its own office) is refused; into B is fine. */
	assert_int_equal(enf_org_merge(org, "A", "C", ymd(2023, 1, 1)),
			 ENF_EINVALID);
	assert_error_names("org_merge", "below \"A\"");
	merge(org, "A", "B", ymd(2023, 1, 1));
	assert_parent(org, "C", ymd(2023, 1, 1), "B");
	enf_org_free(org);
}

static void test_stats_org__bad_rollup(void **state)
{
	enf_org *org = tree_2025();
	enf_stats_report *reps[NOFFICES], *mixed[2], *out, *bad[1], *kv1[1];
	const enf_date d1 = ymd(2025, 7, 1);
	const enf_stats_report *const *all =
		(const enf_stats_report *const *)reps;
	const enf_stats_report *const holes[2] = {NULL, NULL};

	(void)state;
	offices(reps, 2025);
	/* Reports of different periods. */
	mixed[0] = reps[0];
	mixed[1] = office("LS-CL", year(2024), 1, 1, 1, 1, 0);
	out = reps[1];
	assert_int_equal(enf_org_rollup(&out, org, "VN", d1,
					(const enf_stats_report *const *)mixed,
					2),
			 ENF_EINVALID);
	assert_null(out);
	assert_error_names("org_rollup", "reps[1] (\"LS-CL\") covers "
					 "2023-10-01..2024-09-30");
	enf_stats_report_free(mixed[1]);
	/* A report of a unit the tree does not know. */
	mixed[1] = office("LS-99", year(2025), 1, 1, 1, 1, 0);
	out = reps[1];
	assert_int_equal(enf_org_rollup(&out, org, "VN", d1,
					(const enf_stats_report *const *)mixed,
					2),
			 ENF_ENOTFOUND);
	assert_null(out);
	assert_error_names("org_rollup", "reps[1] is of \"LS-99\"");
	enf_stats_report_free(mixed[1]);
	/* Sums past 64 bits: two offices of 6e18 VND carried over each. */
	{
		table agency = {none, none}, big = {none, none};
		enf_stats_report *two[2];

		big.cases = r5(1, 0, 1, 0, 0);
		big.money =
			r5(6000000000000000000, 0, 6000000000000000000, 0, 0);
		two[0] = report("LS-TP", year(2025), &agency, &big, NULL);
		two[1] = report("LS-CL", year(2025), &agency, &big, NULL);
		out = reps[1];
		assert_int_equal(
			enf_org_rollup(&out, org, "LS", d1,
				       (const enf_stats_report *const *)two, 2),
			ENF_EOVERFLOW);
		assert_null(out);
		assert_error_names("org_rollup",
				   "\"LS-CL\": row carried_over by money in "
				   "group all overflows 64 bits");
		free_all(two, 2);
	}
	/* The unit asked for does not exist that day, or at all. */
	assert_int_equal(enf_org_rollup(&out, org, "HG", d1, all, NOFFICES),
			 ENF_ENOTFOUND);
	assert_error_names("org_rollup", "unit \"HG\" does not exist");
	assert_int_equal(enf_org_rollup(&out, org, "ZZ", d1, all, NOFFICES),
			 ENF_ENOTFOUND);
	assert_error_names("org_rollup", "unit \"ZZ\"");
	/* A report of a unit created after the day. */
	kv1[0] = office("LS-KV1", year(2025), 1, 1, 1, 1, 0);
	assert_int_equal(enf_org_rollup(&out, org, "VN", ymd(2025, 6, 30),
					(const enf_stats_report *const *)kv1,
					1),
			 ENF_ENOTFOUND);
	assert_error_names("org_rollup", "created on 2025-07-01");
	assert_null(out);
	/* No reports, NULL reports, NULL arguments, a bad date. */
	assert_int_equal(enf_org_rollup(&out, org, "VN", d1, all, 0),
			 ENF_EINVALID);
	assert_error_names("org_rollup", "count is 0");
	assert_int_equal(enf_org_rollup(&out, org, "VN", d1, holes, 2),
			 ENF_EINVALID);
	assert_error_names("org_rollup", "reps[0] is NULL");
	assert_int_equal(enf_org_rollup(&out, org, "VN", d1, NULL, 1),
			 ENF_EINVALID);
	assert_error_names("org_rollup", "reps is NULL");
	assert_int_equal(enf_org_rollup(&out, NULL, "VN", d1, all, 1),
			 ENF_EINVALID);
	assert_int_equal(enf_org_rollup(&out, org, NULL, d1, all, 1),
			 ENF_EINVALID);
	assert_error_names("org_rollup", "unit is NULL");
	assert_int_equal(enf_org_rollup(NULL, org, "VN", d1, all, 1),
			 ENF_EINVALID);
	assert_int_equal(enf_org_rollup(&out, org, "VN", ENF_DATE_NONE, all, 1),
			 ENF_EINVALID);
	assert_error_names("org_rollup", "date is missing (no date)");
	/* A table that breaks its identities (only through the private
	 * layout: reports read or counted always hold them). */
	bad[0] = office("LS-KV1", year(2025), 1, 1, 1, 1, 0);
	bad[0]->cells.v[ENF_GROUP_ALL][ENF_BY_CASES][ENF_IND_DONE] = 5;
	assert_int_equal(enf_org_rollup(&out, org, "VN", d1,
					(const enf_stats_report *const *)bad,
					1),
			 ENF_EINVALID);
	assert_error_names("org_rollup", "fails its identities");
	assert_null(out);
	enf_stats_report_free(bad[0]);
	enf_stats_report_free(kv1[0]);
	free_all(reps, NOFFICES);
	enf_org_free(org);
}

/* Trees of many units (the index grows), and the NULL cases. */
static void test_stats_org__many_units(void **state)
{
	enf_org *org = NULL;
	char code[32], parent[32];
	const char *got = NULL;

	(void)state;
	assert_int_equal(enf_org_new(NULL), ENF_EINVALID);
	assert_error_names("org_new", "out is NULL");
	assert_int_equal(enf_org_version(NULL), 0);
	enf_org_free(NULL);
	assert_int_equal(enf_org_new(&org), ENF_OK);
	create(org, "VN", "Việt Nam", NULL, ymd(2025, 7, 1));
	/* 34 provinces with 10 regional offices each: 355 in the reform,
	 * rounded. */
	for (int p = 1; p <= 34; p++) {
		(void)snprintf(parent, sizeof(parent), "P%02d", p);
		create(org, parent, parent, "VN", ymd(2025, 7, 1));
		for (int k = 1; k <= 10; k++) {
			(void)snprintf(code, sizeof(code), "P%02d-KV%d", p, k);
			create(org, code, code, parent, ymd(2025, 7, 1));
		}
	}
	assert_int_equal(enf_org_version(org), 1 + 34 * 11);
	assert_parent(org, "P17-KV9", ymd(2025, 7, 1), "P17");
	assert_name(org, "P34-KV10", ymd(2026, 1, 1), "P34-KV10");
	assert_int_equal(enf_org_parent(&got, org, "P35", ymd(2025, 7, 1)),
			 ENF_ENOTFOUND);
	assert_int_equal(enf_org_parent(NULL, org, "P01", ymd(2025, 7, 1)),
			 ENF_EINVALID);
	assert_int_equal(enf_org_name(&got, NULL, "P01", ymd(2025, 7, 1)),
			 ENF_EINVALID);
	assert_int_equal(enf_org_name(&got, org, "P01", ENF_DATE_NONE),
			 ENF_EINVALID);
	assert_error_names("org_name", "date is missing (no date)");
	enf_org_free(org);
}

/* Asserts that a call on the small tree below failed with st, naming fn
 * and what, and left the tree at version v. */
static void refused_at(const enf_org *org, enf_status got, enf_status st,
		       const char *fn, const char *what, uint64_t v)
{
	assert_int_equal(got, st);
	assert_error_names(fn, what);
	assert_int_equal(enf_org_version(org), v);
}

/*
 * When a unit may cease: A merges into B from 2022. B cannot merge into C
 * from 2021 (it succeeds A in 2022), A cannot merge again from 2021 (it
 * already ceases in 2022), and D, moved under C from 2023, cannot merge
 * from 2022 (a change is recorded after). A root created with an empty
 * parent has the parent "".
 */
static void test_stats_org__cease_checks(void **state)
{
	enf_org *org = NULL;
	const enf_date d0 = ymd(2009, 7, 1);
	const char *const into[1] = {"C"};
	const int64_t w[1] = {1};
	uint64_t v;

	(void)state;
	assert_int_equal(enf_org_new(&org), ENF_OK);
	create(org, "VN", "Việt Nam", "", d0);
	create(org, "A", "Tỉnh A", "VN", d0);
	create(org, "B", "Tỉnh B", "VN", d0);
	create(org, "C", "Tỉnh C", "VN", d0);
	create(org, "D", "Chi cục D", "B", d0);
	merge(org, "A", "B", ymd(2022, 1, 1));
	assert_int_equal(enf_org_move(org, "D", "C", ymd(2023, 1, 1)), ENF_OK);
	v = enf_org_version(org);
	assert_parent(org, "VN", d0, "");
	refused_at(org, enf_org_merge(org, "B", "C", ymd(2021, 1, 1)),
		   ENF_EINVALID, "org_merge",
		   "\"B\" succeeds \"A\" on 2022-01-01; it cannot cease "
		   "before, on 2021-01-01",
		   v);
	refused_at(org, enf_org_split(org, "B", into, w, 1, ymd(2021, 1, 1)),
		   ENF_EINVALID, "org_split", "\"B\" succeeds \"A\"", v);
	refused_at(org, enf_org_merge(org, "A", "C", ymd(2021, 6, 1)),
		   ENF_EINVALID, "org_merge",
		   "\"A\" already ceases on 2022-01-01", v);
	refused_at(org, enf_org_merge(org, "D", "A", ymd(2021, 6, 1)),
		   ENF_EINVALID, "org_merge",
		   "\"D\" has a change recorded on 2023-01-01, after "
		   "2021-06-01",
		   v);
	/* After 2022 B may go. */
	merge(org, "B", "C", ymd(2024, 1, 1));
	assert_parent(org, "D", ymd(2024, 1, 1), "C");
	enf_org_free(org);
}

/* Each call with a NULL tree, a bad code or a bad date. */
static void test_stats_org__bad_arguments(void **state)
{
	enf_org *org = tree_2025();
	const enf_date d1 = ymd(2025, 7, 1);
	const char *got = "unchanged";
	char *big = malloc(1026);

	(void)state;
	assert_non_null(big);
	memset(big, 'x', 1025);
	big[1025] = '\0';
	assert_int_equal(enf_org_rename(NULL, "LS", "X", d1), ENF_EINVALID);
	assert_error_names("org_rename", "org is NULL");
	assert_int_equal(enf_org_move(NULL, "LS", "VN", d1), ENF_EINVALID);
	assert_error_names("org_move", "org is NULL");
	assert_int_equal(enf_org_merge(NULL, "LS", "CB", d1), ENF_EINVALID);
	assert_error_names("org_merge", "org is NULL");
	assert_int_equal(enf_org_parent(&got, NULL, "LS", d1), ENF_EINVALID);
	assert_error_names("org_parent", "org is NULL");
	assert_int_equal(enf_org_name(&got, NULL, "LS", d1), ENF_EINVALID);
	assert_error_names("org_name", "org is NULL");
	assert_int_equal(enf_org_name(NULL, org, "LS", d1), ENF_EINVALID);
	assert_error_names("org_name", "out is NULL");
	assert_string_equal(got, "unchanged");
	/* A code of 1,025 bytes is too long, whatever the call. */
	assert_refused(org, enf_org_rename(org, big, "X", d1), ENF_EINVALID,
		       "org_rename", "is 1025 bytes; at most 1024");
	assert_refused(org, enf_org_rename(org, "LS", big, d1), ENF_EINVALID,
		       "org_rename", "name \"xxx");
	assert_refused(org, enf_org_rename(org, "LS", "X", ENF_DATE_NONE),
		       ENF_EINVALID, "org_rename", "from is missing (no date)");
	assert_refused(org, enf_org_move(org, NULL, "VN", d1), ENF_EINVALID,
		       "org_move", "code is NULL");
	assert_refused(org, enf_org_move(org, "LS", "VN", ENF_DATE_NONE),
		       ENF_EINVALID, "org_move", "from is missing (no date)");
	assert_refused(org, enf_org_move(org, "LS", "\xff", d1), ENF_EINVALID,
		       "org_move", "parent is not valid UTF-8");
	assert_refused(org, enf_org_merge(org, "", "CB", d1), ENF_EINVALID,
		       "org_merge", "code is empty");
	assert_refused(org, enf_org_merge(org, "LS", "CB", ENF_DATE_NONE),
		       ENF_EINVALID, "org_merge", "from is missing (no date)");
	assert_refused(org, enf_org_split(org, NULL, NULL, NULL, 1, d1),
		       ENF_EINVALID, "org_split", "into is NULL");
	assert_int_equal(enf_org_parent(&got, org, "", d1), ENF_EINVALID);
	assert_error_names("org_parent", "code is empty");
	assert_int_equal(enf_org_parent(&got, org, "LS", ENF_DATE_NONE),
			 ENF_EINVALID);
	assert_error_names("org_parent", "date is missing (no date)");
	assert_int_equal(enf_org_name(&got, org, big, d1), ENF_EINVALID);
	assert_error_names("org_name", "1025 bytes");
	assert_int_equal(enf_org_name(&got, org, "LS", ENF_DATE_NONE),
			 ENF_EINVALID);
	assert_error_names("org_name", "date is missing (no date)");
	assert_string_equal(got, "unchanged");
	free(big);
	enf_org_free(org);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_org__tree_2025),
		cmocka_unit_test(test_stats_org__events_out_of_order),
		cmocka_unit_test(test_stats_org__same_national_totals),
		cmocka_unit_test(test_stats_org__last_year_restated),
		cmocka_unit_test(test_stats_org__split_3_to_1),
		cmocka_unit_test(test_stats_org__split_rounding),
		cmocka_unit_test(test_stats_org__split_zero_weight),
		cmocka_unit_test(test_stats_org__split_all_or_nothing),
		cmocka_unit_test(test_stats_org__merge_then_split),
		cmocka_unit_test(test_stats_org__basis),
		cmocka_unit_test(test_stats_org__bad_create),
		cmocka_unit_test(test_stats_org__bad_change),
		cmocka_unit_test(test_stats_org__bad_split),
		cmocka_unit_test(test_stats_org__later_cycle),
		cmocka_unit_test(test_stats_org__bad_rollup),
		cmocka_unit_test(test_stats_org__many_units),
		cmocka_unit_test(test_stats_org__cease_checks),
		cmocka_unit_test(test_stats_org__bad_arguments),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
