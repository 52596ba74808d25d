/*
 * Programmes (programme.h): putting cases to a mobilisation programme in
 * the log, the refusals, the events through CSV and JSON, the report
 * against a hand calculation, merging, its JSON form and its tables.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>

#include "test_helpers.h"

#define MILLION 1000000LL

static const char *const offices[] = {"ST-VC", "ST-TP"};

static enf_programme programme(void)
{
	enf_programme p = ENF_PROGRAMME_INIT;

	p.number = 3;
	p.code = "ST-TVD-2017";
	p.name = "Tổ vận động thi hành án";
	p.offices = offices;
	p.noffices = 2;
	p.period.first = ymd(2017, 3, 1);
	p.period.last = ymd(2017, 12, 31);
	return p;
}

static void apply(enf_case *c, enf_event_kind kind, enf_date d, int32_t detail,
		  enf_money amount)
{
	enf_event ev = {kind, d, detail, amount, ENF_INDEX_NONE};

	assert_int_equal(enf_case_apply(c, &ev), ENF_OK);
}

static enf_case *add_case(enf_register *reg, const char *office, const char *no,
			  enf_mode mode, enf_money owed, enf_date classified,
			  int means)
{
	enf_case_info info = ENF_CASE_INFO_INIT;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "A", NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON, "B", NULL};
	enf_obligation o = {ENF_OBL_OTHER_MONEY, owed, 0, 1, 0};
	enf_case *c = NULL;

	info.office = office;
	info.decision_no = no;
	info.mode = mode;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &creditor), ENF_OK);
	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
	if (mode == ENF_MODE_REQUEST)
		apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2016, 12, 1), 0, 0);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2016, 12, 5), 0, 0);
	apply(c, ENF_EV_CLASSIFIED, classified, means, 0);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	return c;
}

/*
 * ST-TP, all on request unless said (M = million VND):
 *   1 owes 100 M, 20 M collected 2017-02-01, put 2017-03-15 (80 M),
 *     80 M collected and done 2017-06-01: done, 80 M done
 *   2 owes 50 M, put 2017-03-20 (50 M), 10 M collected 2017-05-05
 *   3 owes 40 M, with means, not put; 40 M collected, done 2017-09-01
 *   4 owes 60 M, without means: not comparable
 *   5 agency, owes 30 M, with means: not comparable (mode)
 *   6 owes 70 M, 7 M collected 2017-03-10 (before the office's first
 *     assignment, 2017-03-15: 63 M outstanding then), 14 M 2017-10-10
 *   7 owes 20 M, with means, put to the programme only on 2018-01-05,
 *     after its last day: comparable, nothing done
 * ST-VC: 8 owes 90 M, with means, nobody put: no comparison.
 * ST-MX (not taking part): 9 owes 10 M.
 */
static enf_register *sample(int assign)
{
	enf_register *reg = NULL;
	enf_programme p = programme();
	enf_case *c;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	c = add_case(reg, "ST-TP", "1", ENF_MODE_REQUEST, 100 * MILLION,
		     ymd(2017, 1, 10), 1);
	apply(c, ENF_EV_COLLECTED, ymd(2017, 2, 1), 0, 20 * MILLION);
	add_case(reg, "ST-TP", "2", ENF_MODE_REQUEST, 50 * MILLION,
		 ymd(2017, 1, 10), 1);
	c = add_case(reg, "ST-TP", "3", ENF_MODE_REQUEST, 40 * MILLION,
		     ymd(2017, 2, 1), 1);
	apply(c, ENF_EV_COLLECTED, ymd(2017, 9, 1), 0, 40 * MILLION);
	apply(c, ENF_EV_DONE, ymd(2017, 9, 1), 0, 0);
	add_case(reg, "ST-TP", "4", ENF_MODE_REQUEST, 60 * MILLION,
		 ymd(2017, 2, 1), 0);
	add_case(reg, "ST-TP", "5", ENF_MODE_AGENCY, 30 * MILLION,
		 ymd(2017, 2, 1), 1);
	c = add_case(reg, "ST-TP", "6", ENF_MODE_REQUEST, 70 * MILLION,
		     ymd(2017, 2, 10), 1);
	apply(c, ENF_EV_COLLECTED, ymd(2017, 3, 10), 0, 7 * MILLION);
	apply(c, ENF_EV_COLLECTED, ymd(2017, 10, 10), 0, 14 * MILLION);
	c = add_case(reg, "ST-TP", "7", ENF_MODE_REQUEST, 20 * MILLION,
		     ymd(2017, 1, 10), 1);
	apply(c, ENF_EV_PROGRAMME_ASSIGNED, ymd(2018, 1, 5), 3, 0);
	add_case(reg, "ST-VC", "8", ENF_MODE_REQUEST, 90 * MILLION,
		 ymd(2017, 1, 10), 1);
	add_case(reg, "ST-MX", "9", ENF_MODE_REQUEST, 10 * MILLION,
		 ymd(2017, 1, 10), 1);
	if (!assign)
		return reg;
	assert_int_equal(
		enf_programme_assign(reg, &p, "ST-TP", "1", ymd(2017, 3, 15)),
		ENF_OK);
	assert_int_equal(
		enf_programme_assign(reg, &p, "ST-TP", "2", ymd(2017, 3, 20)),
		ENF_OK);
	assert_int_equal(enf_register_find(&c, reg, "ST-TP", "1"), ENF_OK);
	apply(c, ENF_EV_COLLECTED, ymd(2017, 6, 1), 0, 80 * MILLION);
	apply(c, ENF_EV_DONE, ymd(2017, 6, 1), 0, 0);
	assert_int_equal(enf_register_find(&c, reg, "ST-TP", "2"), ENF_OK);
	apply(c, ENF_EV_COLLECTED, ymd(2017, 5, 5), 0, 10 * MILLION);
	return reg;
}

static void test_programme__init(void **state)
{
	enf_programme p;

	(void)state;
	memset(&p, 0x5a, sizeof(p));
	assert_int_equal(enf_programme_init(&p, ENF_PROGRAMME_VERSION), ENF_OK);
	assert_int_equal(p.version, 1);
	assert_null(p.code);
	assert_int_equal(p.noffices, 0);
	assert_int_equal(p.period.first, ENF_DATE_NONE);
	assert_int_equal(enf_programme_init(&p, 2), ENF_EVERSION);
	assert_error_names("programme_init", "version");
	assert_int_equal(enf_programme_init(NULL, 1), ENF_EINVALID);
}

/* The assignment is an event of the log with the programme's number. */
static void test_programme__assign_event(void **state)
{
	enf_register *reg = sample(1);
	enf_case *c = NULL;
	enf_event ev;
	enf_case_status st;

	(void)state;
	assert_int_equal(enf_register_find(&c, reg, "ST-TP", "2"), ENF_OK);
	assert_int_equal(enf_case_event(&ev, c, 3), ENF_OK);
	assert_int_equal(ev.kind, ENF_EV_PROGRAMME_ASSIGNED);
	assert_int_equal(ev.date, ymd(2017, 3, 20));
	assert_int_equal(ev.detail, 3);
	assert_int_equal(ev.amount, 0);
	assert_int_equal(ev.asset, ENF_INDEX_NONE);
	assert_string_equal(enf_event_kind_name(ev.kind), "programme_assigned");
	/* The state does not change. */
	assert_int_equal(enf_case_status_on(&st, c, ymd(2017, 3, 20)), ENF_OK);
	assert_int_equal(st.state, ENF_STATE_WITH_MEANS);
	assert_int_equal(st.since, ymd(2017, 1, 10));
	enf_register_free(reg);
}

/* Refusals leave the log as it was. */
static void expect_refused(enf_register *reg, const enf_programme *p,
			   const char *office, const char *no, enf_date d,
			   enf_status want, const char *what)
{
	enf_case *c = NULL;
	size_t n = 0;

	if (enf_register_find(&c, reg, office, no) == ENF_OK)
		n = enf_case_event_count(c);
	assert_int_equal(enf_programme_assign(reg, p, office, no, d), want);
	if (strstr(enf_last_error(), what) == NULL)
		fail_msg("%s", enf_last_error());
	if (c != NULL)
		assert_int_equal(enf_case_event_count(c), n);
}

static void test_programme__assign_refused(void **state)
{
	enf_register *reg = sample(1);
	enf_programme p = programme(), b;

	(void)state;
	/* Twice to the same programme. */
	expect_refused(reg, &p, "ST-TP", "2", ymd(2017, 6, 1), ENF_EINVALID,
		       "already put to that programme");
	/* A done case (3), a case of an office not taking part (9). */
	expect_refused(reg, &p, "ST-TP", "3", ymd(2017, 9, 2), ENF_ESTATE,
		       "is done on 2017-09-02");
	expect_refused(reg, &p, "ST-MX", "9", ymd(2017, 4, 1), ENF_EINVALID,
		       "office \"ST-MX\" does not take part");
	expect_refused(reg, &p, "ST-TP", "99", ymd(2017, 4, 1), ENF_ENOTFOUND,
		       "no case 99 of office ST-TP");
	/* Outside the period, dates shown as dates. */
	expect_refused(reg, &p, "ST-TP", "6", ymd(2018, 1, 1), ENF_EINVALID,
		       "date is 2018-01-01, outside programme ST-TVD-2017 "
		       "(2017-03-01 to 2017-12-31)");
	expect_refused(reg, &p, "ST-TP", "6", ENF_DATE_MAX + 1, ENF_ERANGE,
		       "programme_assign: date");
	/* A programme that is not valid. */
	b = p, b.number = 256;
	expect_refused(reg, &b, "ST-TP", "6", ymd(2017, 4, 1), ENF_EINVALID,
		       "number is 256");
	b = p, b.code = "";
	expect_refused(reg, &b, "ST-TP", "6", ymd(2017, 4, 1), ENF_EINVALID,
		       "code is empty");
	b = p, b.noffices = 0;
	expect_refused(reg, &b, "ST-TP", "6", ymd(2017, 4, 1), ENF_EINVALID,
		       "offices is empty");
	{
		static const char *const twice[] = {"ST-TP", "ST-TP"};

		b = p, b.offices = twice;
		expect_refused(reg, &b, "ST-TP", "6", ymd(2017, 4, 1),
			       ENF_EINVALID, "offices[1] is \"ST-TP\"");
	}
	b = p, b.period.last = ymd(2017, 2, 28);
	expect_refused(reg, &b, "ST-TP", "6", ymd(2017, 4, 1), ENF_EINVALID,
		       "period ends on 2017-02-28, before it starts on "
		       "2017-03-01");
	b = p, b.version = 2;
	expect_refused(reg, &b, "ST-TP", "6", ymd(2017, 4, 1), ENF_EVERSION,
		       "version");
	assert_int_equal(
		enf_programme_assign(NULL, &p, "ST-TP", "6", ymd(2017, 4, 1)),
		ENF_EINVALID);
	assert_error_names("programme_assign", "reg");
	assert_int_equal(
		enf_programme_assign(reg, NULL, "ST-TP", "6", ymd(2017, 4, 1)),
		ENF_EINVALID);
	assert_int_equal(
		enf_programme_assign(reg, &p, NULL, "6", ymd(2017, 4, 1)),
		ENF_EINVALID);
	assert_error_names("programme_assign", "office");
	assert_int_equal(
		enf_programme_assign(reg, &p, "ST-TP", NULL, ymd(2017, 4, 1)),
		ENF_EINVALID);
	assert_error_names("programme_assign", "decision_no");
	enf_register_free(reg);
}

/* Figures of one group. */
static void assert_figs(const enf_programme_figures *f, int64_t cases,
			int64_t done, enf_money money, enf_money money_done)
{
	assert_int_equal(f->cases, cases);
	assert_int_equal(f->cases_done, done);
	assert_int_equal(f->money, money);
	assert_int_equal(f->money_done, money_done);
}

/* The ST-TP figures of the hand calculation in sample(). */
static void assert_tp(const enf_programme_report *rep)
{
	enf_programme_row row;
	enf_programme_rates r;

	assert_int_equal(enf_programme_report_count(rep), 2);
	assert_int_equal(enf_programme_report_row(&row, rep, 0), ENF_OK);
	assert_string_equal(row.office, "ST-TP"); /* byte order */
	/* Put: 1 (80 M) and 2 (50 M); done: 1; money done 80 + 10. */
	assert_figs(&row.assigned, 2, 1, 130 * MILLION, 90 * MILLION);
	/* Others: 3 (40 M, done), 6 (63 M, 14 M done), 7 (20 M). */
	assert_figs(&row.others, 3, 1, 123 * MILLION, 54 * MILLION);
	assert_int_equal(enf_programme_report_rates(&r, rep, 0), ENF_OK);
	assert_int_equal(r.cases, 5000);       /* 1 / 2 */
	assert_int_equal(r.money, 6923);       /* 90 / 130 = 69.2307..% */
	assert_int_equal(r.other_cases, 3333); /* 1 / 3 = 33.333..% */
	assert_int_equal(r.other_money, 4390); /* 54 / 123 = 43.9024..% */
	assert_int_equal(r.diff_cases, 1667);
	assert_int_equal(r.diff_money, 2533);
	/* ST-VC: nobody put, nothing to compare. */
	assert_int_equal(enf_programme_report_row(&row, rep, 1), ENF_OK);
	assert_string_equal(row.office, "ST-VC");
	assert_figs(&row.assigned, 0, 0, 0, 0);
	assert_figs(&row.others, 0, 0, 0, 0);
	assert_int_equal(enf_programme_report_rates(&r, rep, 1), ENF_OK);
	assert_true(r.cases == ENF_PROGRAMME_NO_RATE &&
		    r.other_money == ENF_PROGRAMME_NO_RATE &&
		    r.diff_cases == ENF_PROGRAMME_NO_RATE);
	/* The total is ST-TP's. */
	assert_int_equal(enf_programme_report_row(&row, rep, 2), ENF_OK);
	assert_string_equal(row.office, "");
	assert_figs(&row.assigned, 2, 1, 130 * MILLION, 90 * MILLION);
	assert_figs(&row.others, 3, 1, 123 * MILLION, 54 * MILLION);
}

static void test_programme__report(void **state)
{
	enf_register *reg = sample(1);
	enf_programme p = programme();
	enf_programme_report *rep = NULL;
	enf_period per;

	(void)state;
	assert_int_equal(
		enf_programme_report_new(&rep, reg, &p, ymd(2018, 6, 30)),
		ENF_OK);
	assert_string_equal(enf_programme_report_code(rep), "ST-TVD-2017");
	assert_int_equal(enf_programme_report_period(&per, rep), ENF_OK);
	assert_int_equal(per.first, ymd(2017, 3, 1));
	assert_int_equal(per.last, ymd(2017, 12, 31)); /* the last day */
	assert_tp(rep);
	enf_programme_report_free(rep);
	/* On 2017-07-01: 6 has collected nothing since, 3 is not done. */
	assert_int_equal(
		enf_programme_report_new(&rep, reg, &p, ymd(2017, 7, 1)),
		ENF_OK);
	{
		enf_programme_row row;

		assert_int_equal(enf_programme_report_row(&row, rep, 0),
				 ENF_OK);
		assert_figs(&row.assigned, 2, 1, 130 * MILLION, 90 * MILLION);
		assert_figs(&row.others, 3, 0, 123 * MILLION, 0);
	}
	enf_programme_report_free(rep);
	enf_register_free(reg);
}

/* The events go out and come back through CSV and JSON, and the report
 * of the copy is the same. */
static void test_programme__io_round_trip(void **state)
{
	enf_register *reg = sample(1), *csv_back = NULL, *json_back = NULL;
	enf_programme p = programme();
	enf_programme_report *rep = NULL;
	char *t[ENF_IO_ENTITY_COUNT] = {NULL}, *json = NULL;

	(void)state;
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		assert_int_equal(
			enf_io_export_csv(&t[e], NULL, reg, (enf_io_entity)e),
			ENF_OK);
	assert_non_null(strstr(t[ENF_IO_EVENTS],
			       "ST-TP,2,3,2017-03-20,programme_assigned,3,0,"));
	assert_int_equal(enf_register_new(&csv_back), ENF_OK);
	assert_int_equal(
		enf_io_import_csv(csv_back, t[0], t[1], t[2], t[3], t[4]),
		ENF_OK);
	assert_int_equal(
		enf_programme_report_new(&rep, csv_back, &p, ymd(2018, 1, 1)),
		ENF_OK);
	assert_tp(rep);
	enf_programme_report_free(rep);
	assert_int_equal(enf_io_export_json(&json, NULL, reg), ENF_OK);
	assert_non_null(strstr(json, "\"programme_assigned\""));
	assert_int_equal(enf_register_new(&json_back), ENF_OK);
	assert_int_equal(enf_io_import_json(json_back, json, NULL), ENF_OK);
	assert_int_equal(
		enf_programme_report_new(&rep, json_back, &p, ymd(2018, 1, 1)),
		ENF_OK);
	assert_tp(rep);
	enf_programme_report_free(rep);
	/* A second assignment to the same programme in a file is refused
	 * with its line. */
	{
		const char *ev = "office,decision_no,seq,date,kind,detail\n"
				 "ST-TP,1,0,2016-12-01,request_received,0\n"
				 "ST-TP,1,1,2016-12-05,decision_issued,0\n"
				 "ST-TP,1,2,2017-03-01,programme_assigned,4\n"
				 "ST-TP,1,3,2017-03-02,programme_assigned,4\n";
		enf_register *r2 = NULL;

		assert_int_equal(enf_register_new(&r2), ENF_OK);
		assert_int_equal(
			enf_io_import_csv(r2,
					  "office,decision_no,mode,judgment_"
					  "kind\nST-TP,1,request,civil\n",
					  NULL, NULL, NULL, ev),
			ENF_EINVALID);
		assert_non_null(strstr(enf_last_error(), "events.csv:5"));
		assert_non_null(strstr(enf_last_error(), "already put"));
		assert_int_equal(enf_register_count(r2), 0);
		enf_register_free(r2);
	}
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		enf_free(t[e]);
	enf_free(json);
	enf_register_free(csv_back);
	enf_register_free(json_back);
	enf_register_free(reg);
}

/* Reports of two halves of a register merge into the report of the
 * whole; different programmes or periods do not merge. */
static void test_programme__merge(void **state)
{
	enf_register *reg = sample(1), *vc = NULL;
	enf_programme p = programme(), pv = programme();
	enf_programme_report *a = NULL, *b = NULL, *c = NULL;
	enf_programme_row row;
	static const char *const tp_only[] = {"ST-TP"}, *const vc_only[] = {
								"ST-VC"};

	(void)state;
	p.offices = tp_only, p.noffices = 1;
	pv.offices = vc_only, pv.noffices = 1;
	assert_int_equal(enf_register_new(&vc), ENF_OK);
	add_case(vc, "ST-VC", "8", ENF_MODE_REQUEST, 90 * MILLION,
		 ymd(2017, 1, 10), 1);
	assert_int_equal(
		enf_programme_assign(vc, &pv, "ST-VC", "8", ymd(2017, 4, 1)),
		ENF_OK);
	assert_int_equal(enf_programme_report_new(&a, reg, &p, ymd(2018, 1, 1)),
			 ENF_OK);
	assert_int_equal(enf_programme_report_new(&b, vc, &pv, ymd(2018, 1, 1)),
			 ENF_OK);
	assert_int_equal(enf_programme_report_merge(a, b), ENF_OK);
	assert_int_equal(enf_programme_report_count(a), 2);
	assert_int_equal(enf_programme_report_row(&row, a, 1), ENF_OK);
	assert_string_equal(row.office, "ST-VC");
	assert_figs(&row.assigned, 1, 0, 90 * MILLION, 0);
	assert_int_equal(enf_programme_report_row(&row, a, 2), ENF_OK);
	assert_figs(&row.assigned, 3, 1, 220 * MILLION, 90 * MILLION);
	/* Merging the same office adds. */
	assert_int_equal(enf_programme_report_merge(b, b), ENF_OK);
	assert_int_equal(enf_programme_report_row(&row, b, 0), ENF_OK);
	assert_figs(&row.assigned, 2, 0, 180 * MILLION, 0);
	/* A different programme or period is refused, dst unchanged. */
	pv.code = "OTHER";
	assert_int_equal(enf_programme_report_new(&c, vc, &pv, ymd(2018, 1, 1)),
			 ENF_OK);
	assert_int_equal(enf_programme_report_merge(a, c), ENF_EINVALID);
	assert_error_names("programme_report_merge",
			   "dst is programme ST-TVD-2017 but src OTHER");
	enf_programme_report_free(c);
	pv.code = p.code;
	assert_int_equal(
		enf_programme_report_new(&c, vc, &pv, ymd(2017, 6, 30)),
		ENF_OK);
	assert_int_equal(enf_programme_report_merge(a, c), ENF_EINVALID);
	assert_error_names("programme_report_merge",
			   "dst covers 2017-03-01 to 2017-12-31 but src "
			   "2017-03-01 to 2017-06-30");
	assert_int_equal(enf_programme_report_count(a), 2);
	assert_int_equal(enf_programme_report_merge(NULL, c), ENF_EINVALID);
	assert_int_equal(enf_programme_report_merge(a, NULL), ENF_EINVALID);
	enf_programme_report_free(a);
	enf_programme_report_free(b);
	enf_programme_report_free(c);
	enf_register_free(vc);
	enf_register_free(reg);
}

static void test_programme__json_round_trip(void **state)
{
	enf_register *reg = sample(1);
	enf_programme p = programme();
	enf_programme_report *rep = NULL, *back = NULL;
	char *json = NULL, *again = NULL;

	(void)state;
	assert_int_equal(
		enf_programme_report_new(&rep, reg, &p, ymd(2018, 1, 1)),
		ENF_OK);
	assert_int_equal(enf_programme_report_to_json(&json, NULL, rep),
			 ENF_OK);
	assert_non_null(strstr(json, "\"code\": \"ST-TVD-2017\""));
	assert_memory_equal(
		json,
		"{\n  \"schema\": \"enforcement-programme-report/1\",\n"
		"  \"format\": \"enforcement-programme-report\",\n",
		92);
	assert_non_null(strstr(json, "\"period\": [\"2017-03-01\", "
				     "\"2017-12-31\"]"));
	assert_int_equal(enf_programme_report_from_json(&back, json), ENF_OK);
	assert_tp(back);
	assert_int_equal(enf_programme_report_to_json(&again, NULL, back),
			 ENF_OK);
	assert_string_equal(json, again);
	enf_free(json);
	enf_free(again);
	enf_programme_report_free(back);
	enf_programme_report_free(rep);
	enf_register_free(reg);
}

/* CRC-32 (IEEE), to build damaged data that gets past the checksum. */
static uint32_t crc32(const unsigned char *p, size_t n)
{
	uint32_t crc = 0xffffffffu;

	for (size_t i = 0; i < n; i++) {
		crc ^= p[i];
		for (int b = 0; b < 8; b++)
			crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
	}
	return ~crc;
}

static void expect_bytes_bad(unsigned char *data, size_t len, int fix_crc,
			     const char *what)
{
	enf_programme_report *rep = (enf_programme_report *)1;

	if (fix_crc) {
		uint32_t c = crc32(data, len - 4);

		for (int i = 0; i < 4; i++)
			data[len - 4 + (size_t)i] =
				(unsigned char)(c >> (8 * i));
	}
	assert_int_equal(
		enf_programme_report_from_bytes(&rep, (const char *)data, len),
		ENF_EPARSE);
	assert_null(rep);
	assert_error_names("programme_report_from_bytes", what);
}

/* The byte form: the same report back, and damaged data refused. */
static void test_programme__bytes(void **state)
{
	enf_register *reg = sample(1);
	enf_programme p = programme();
	enf_programme_report *rep = NULL, *back = NULL;
	char *bytes = NULL, *again = NULL;
	unsigned char *d;
	size_t len = 0, alen = 0;

	(void)state;
	assert_int_equal(
		enf_programme_report_new(&rep, reg, &p, ymd(2018, 1, 1)),
		ENF_OK);
	assert_int_equal(enf_programme_report_to_bytes(&bytes, &len, rep),
			 ENF_OK);
	/* Head 20, code 4 + 11, name 4 + its bytes, count 4, two offices
	 * of 4 + 5 + 8 x 8, CRC 4. */
	assert_int_equal(len, 20 + 15 + 4 + strlen(p.name) + 4 + 2 * 73 + 4);
	assert_memory_equal(bytes, "ENFP\x01\0\0\0", 8);
	assert_int_equal(enf_programme_report_from_bytes(&back, bytes, len),
			 ENF_OK);
	assert_tp(back);
	assert_int_equal(enf_programme_report_to_bytes(&again, &alen, back),
			 ENF_OK);
	assert_int_equal(alen, len);
	assert_memory_equal(again, bytes, len);
	d = malloc(len);
	assert_non_null(d);
	memcpy(d, bytes, len);
	d[0] = 'X';
	expect_bytes_bad(d, len, 0, "header \"ENFP\"");
	d[0] = 'E';
	d[30] ^= 1;
	expect_bytes_bad(d, len, 0, "checksum");
	memcpy(d, bytes, len);
	d[4] = 2;
	expect_bytes_bad(d, len, 1, "not version 1");
	memcpy(d, bytes, len);
	d[16] = 0, d[17] = 1; /* number 256 */
	expect_bytes_bad(d, len, 1, "number is above 255");
	memcpy(d, bytes, len);
	expect_bytes_bad(d, len - 8, 1, "the data ends within");
	memcpy(d, bytes, len);
	d[len - 4 - 64 - 5 + 3] = 'A'; /* "ST-VC" -> "ST-AC", before "ST-TP" */
	expect_bytes_bad(d, len, 1, "offices come in byte order");
	memcpy(d, bytes, len);
	/* ST-VC's figures are the last 64 bytes before the CRC: the others'
	 * cases done (the sixth) 1 of 0 cases. */
	d[len - 4 - 24] = 1;
	expect_bytes_bad(d, len, 1, "more done than put");
	enf_programme_report_free(back);
	back = NULL;
	enf_free(again);
	again = NULL;
	assert_int_equal(enf_programme_report_from_bytes(NULL, bytes, len),
			 ENF_EINVALID);
	assert_int_equal(enf_programme_report_from_bytes(&back, NULL, 0),
			 ENF_EINVALID);
	assert_int_equal(enf_programme_report_to_bytes(NULL, &len, rep),
			 ENF_EINVALID);
	assert_int_equal(enf_programme_report_to_bytes(&again, NULL, rep),
			 ENF_EINVALID);
	assert_int_equal(enf_programme_report_to_bytes(&again, &len, NULL),
			 ENF_EINVALID);
	free(d);
	enf_free(bytes);
	enf_free(again);
	enf_programme_report_free(back);
	enf_programme_report_free(rep);
	enf_register_free(reg);
}

static void expect_json_bad(const char *text, const char *what)
{
	enf_programme_report *rep = (enf_programme_report *)1;

	assert_int_equal(enf_programme_report_from_json(&rep, text),
			 ENF_EPARSE);
	assert_null(rep);
	assert_error_names("programme_report_from_json", what);
}

#define HEAD                                                                   \
	"{\"format\": \"enforcement-programme-report\", \"version\": 1, "      \
	"\"code\": \"P\", \"name\": null, \"number\": 1, "                     \
	"\"period\": [\"2017-03-01\", \"2017-12-31\"], "
#define FIGS                                                                   \
	"{\"cases\": 2, \"cases_done\": 1, \"money\": 5, \"money_done\": 5}"

static void test_programme__json_bad(void **state)
{
	enf_programme_report *rep = NULL;

	(void)state;
	assert_int_equal(enf_programme_report_from_json(
				 &rep, HEAD "\"offices\": [{\"office\": \"A\", "
					    "\"assigned\": " FIGS
					    ", \"others\": " FIGS "}]}"),
			 ENF_OK);
	enf_programme_report_free(rep);
	expect_json_bad(HEAD "\"offices\": [], \"extra\": 1}",
			"line 1: extra: unknown field");
	expect_json_bad(HEAD "\"offices\": [{\"office\": \"A\", \"assigned\": "
			     "{\"cases\": 1, \"cases_done\": 2, \"money\": 0, "
			     "\"money_done\": 0}, \"others\": " FIGS "}]}",
			"offices[0].assigned: more done than put");
	expect_json_bad(HEAD
			"\"offices\": [{\"office\": \"B\", \"assigned\": " FIGS
			", \"others\": " FIGS "}, {\"office\": \"A\", "
			"\"assigned\": " FIGS ", \"others\": " FIGS "}]}",
			"offices[1].office: offices come in byte order");
	expect_json_bad(HEAD "\"offices\": [{\"office\": \"A\", \"assigned\": "
			     "{\"cases\": -1}}]}",
			"never negative");
	expect_json_bad("{\"format\": \"enforcement-programme-report\", "
			"\"version\": 2}",
			"version: this library reads version 1");
	expect_json_bad("{\"format\": \"enforcement-report\"}",
			"format: expected");
	expect_json_bad("{\"format\": \"enforcement-programme-report\", "
			"\"number\": 300}",
			"number: programme numbers run from 0 to 255");
	expect_json_bad("{\"format\": \"enforcement-programme-report\", "
			"\"period\": [\"2017-03-01\", \"2017-02-01\"]}",
			"period: the period ends before it starts");
	expect_json_bad(HEAD "\"offices\": []} x", "text after the end");
	/* "schema" is optional (older files) and names form and version. */
	assert_int_equal(
		enf_programme_report_from_json(
			&rep,
			"{\"schema\": \"enforcement-programme-report/1\", "
			"\"format\": \"enforcement-programme-report\", "
			"\"version\": 1, \"code\": \"P\", \"name\": null, "
			"\"number\": 1, \"period\": [\"2017-03-01\", "
			"\"2017-12-31\"], \"offices\": []}"),
		ENF_OK);
	enf_programme_report_free(rep);
	expect_json_bad("{\"schema\": \"enforcement-programme-report/2\"}",
			"line 1: schema: expected "
			"\"enforcement-programme-report/1\"");
	expect_json_bad("{\"schema\": \"enforcement-report/1\"}",
			"schema: expected");
	expect_json_bad("{\"format\": \"enforcement-programme-report\"}",
			"version: missing");
	assert_int_equal(enf_programme_report_from_json(NULL, "{}"),
			 ENF_EINVALID);
	assert_int_equal(enf_programme_report_from_json(&rep, NULL),
			 ENF_EINVALID);
	assert_error_names("programme_report_from_json", "text");
}

static void test_programme__table(void **state)
{
	enf_register *reg = sample(1);
	enf_programme p = programme();
	enf_programme_report *rep = NULL;
	char *t = NULL;
	size_t len = 0;

	(void)state;
	assert_int_equal(
		enf_programme_report_new(&rep, reg, &p, ymd(2018, 1, 1)),
		ENF_OK);
	assert_int_equal(enf_programme_table(&t, &len, rep, ENF_TABLE_CSV,
					     ENF_LOCALE_EN),
			 ENF_OK);
	assert_int_equal(strlen(t), len);
	assert_non_null(strstr(t, "office,cases put,cases done,rate by cases"));
	assert_non_null(strstr(t, "\r\nST-TP,2,1,50.00%,130000000,90000000,"
				  "69.23%,3,1,33.33%,123000000,54000000,"
				  "43.90%,16.67%,25.33%\r\n"));
	assert_non_null(strstr(t, "\r\nST-VC,0,0,,0,0,,0,0,,0,0,,,\r\n"));
	assert_non_null(strstr(t, "\r\ntotal,2,1,50.00%"));
	enf_free(t);
	assert_int_equal(enf_programme_table(&t, NULL, rep, ENF_TABLE_MARKDOWN,
					     ENF_LOCALE_VI),
			 ENF_OK);
	assert_non_null(strstr(t, "| đơn vị | số việc đưa ra |"));
	assert_non_null(strstr(t, "| ST-TP | 2 | 1 | 50,00% |"));
	enf_free(t);
	assert_int_equal(enf_programme_table(&t, NULL, rep, ENF_TABLE_JSON,
					     ENF_LOCALE_EN),
			 ENF_OK);
	assert_non_null(strstr(t, "\"office\": \"ST-TP\", \"cases\": 2, "
				  "\"cases_done\": 1, \"rate_cases\": 5000"));
	assert_non_null(strstr(t, "\"diff_money\": 2533"));
	assert_non_null(strstr(t, "\"rate_cases\": null"));
	enf_free(t);
	assert_int_equal(enf_programme_table(&t, NULL, rep, ENF_TABLE_CSV_BOM,
					     ENF_LOCALE_EN),
			 ENF_OK);
	assert_memory_equal(t,
			    "\xef\xbb\xbf"
			    "office,",
			    10);
	enf_free(t);
	assert_int_equal(enf_programme_table(&t, NULL, rep, (enf_table_format)4,
					     ENF_LOCALE_EN),
			 ENF_EINVALID);
	assert_error_names("programme_table", "format is 4");
	assert_null(t);
	assert_int_equal(enf_programme_table(&t, NULL, rep, ENF_TABLE_CSV,
					     (enf_locale)3),
			 ENF_EINVALID);
	assert_error_names("programme_table", "locale is 3");
	assert_int_equal(enf_programme_table(&t, NULL, NULL, ENF_TABLE_CSV,
					     ENF_LOCALE_EN),
			 ENF_EINVALID);
	assert_int_equal(enf_programme_table(NULL, NULL, rep, ENF_TABLE_CSV,
					     ENF_LOCALE_EN),
			 ENF_EINVALID);
	enf_programme_report_free(rep);
	enf_register_free(reg);
}

static void test_programme__report_bad_input(void **state)
{
	enf_register *reg = sample(1);
	enf_programme p = programme(), b;
	enf_programme_report *rep = (enf_programme_report *)1;
	enf_programme_row row = {"unchanged", {0, 0, 0, 0}, {0, 0, 0, 0}};
	enf_programme_rates r = {1, 2, 3, 4, 5, 6};
	enf_period per = {7, 8};

	(void)state;
	assert_int_equal(
		enf_programme_report_new(&rep, reg, &p, ymd(2017, 2, 28)),
		ENF_EINVALID);
	assert_null(rep);
	assert_error_names("programme_report_new",
			   "date is 2017-02-28, before programme ST-TVD-2017 "
			   "starts on 2017-03-01");
	assert_int_equal(
		enf_programme_report_new(&rep, reg, &p, ENF_DATE_MIN - 1),
		ENF_ERANGE);
	b = p, b.number = -1;
	assert_int_equal(
		enf_programme_report_new(&rep, reg, &b, ymd(2018, 1, 1)),
		ENF_EINVALID);
	assert_error_names("programme_report_new", "number is -1");
	b = p, b.period.first = ENF_DATE_NONE;
	assert_int_equal(
		enf_programme_report_new(&rep, reg, &b, ymd(2018, 1, 1)),
		ENF_ERANGE);
	assert_error_names("programme_report_new", "period.first");
	b = p, b.name = "\xff";
	assert_int_equal(
		enf_programme_report_new(&rep, reg, &b, ymd(2018, 1, 1)),
		ENF_EINVALID);
	assert_error_names("programme_report_new", "name is not valid");
	assert_int_equal(
		enf_programme_report_new(NULL, reg, &p, ymd(2018, 1, 1)),
		ENF_EINVALID);
	assert_int_equal(
		enf_programme_report_new(&rep, NULL, &p, ymd(2018, 1, 1)),
		ENF_EINVALID);
	assert_error_names("programme_report_new", "reg");
	assert_int_equal(
		enf_programme_report_new(&rep, reg, NULL, ymd(2018, 1, 1)),
		ENF_EINVALID);
	assert_int_equal(
		enf_programme_report_new(&rep, reg, &p, ymd(2018, 1, 1)),
		ENF_OK);
	assert_int_equal(enf_programme_report_row(&row, rep, 3), ENF_ERANGE);
	assert_error_names("programme_report_row", "i is 3");
	assert_string_equal(row.office, "unchanged");
	assert_int_equal(enf_programme_report_rates(&r, rep, 3), ENF_ERANGE);
	assert_int_equal(r.cases, 1);
	assert_int_equal(enf_programme_report_row(NULL, rep, 0), ENF_EINVALID);
	assert_int_equal(enf_programme_report_row(&row, NULL, 0), ENF_EINVALID);
	assert_int_equal(enf_programme_report_rates(NULL, rep, 0),
			 ENF_EINVALID);
	assert_int_equal(enf_programme_report_period(&per, NULL), ENF_EINVALID);
	assert_int_equal(per.first, 7);
	assert_int_equal(enf_programme_report_period(NULL, rep), ENF_EINVALID);
	assert_int_equal(enf_programme_report_count(NULL), 0);
	assert_string_equal(enf_programme_report_code(NULL), "");
	assert_int_equal(enf_programme_report_to_json(NULL, NULL, rep),
			 ENF_EINVALID);
	{
		char *t = (char *)1;

		assert_int_equal(enf_programme_report_to_json(&t, NULL, NULL),
				 ENF_EINVALID);
		assert_null(t);
	}
	enf_programme_report_free(rep);
	enf_programme_report_free(NULL);
	enf_register_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_programme__init),
		cmocka_unit_test(test_programme__assign_event),
		cmocka_unit_test(test_programme__assign_refused),
		cmocka_unit_test(test_programme__report),
		cmocka_unit_test(test_programme__io_round_trip),
		cmocka_unit_test(test_programme__merge),
		cmocka_unit_test(test_programme__json_round_trip),
		cmocka_unit_test(test_programme__json_bad),
		cmocka_unit_test(test_programme__bytes),
		cmocka_unit_test(test_programme__table),
		cmocka_unit_test(test_programme__report_bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
