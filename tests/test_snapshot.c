/*
 * Tests of register snapshots and the writer's copy on write (case.h,
 * "Threads"): a snapshot reads as its register did when it was taken,
 * whatever the writer does afterwards; enf_register_apply() copies a
 * shared case before changing it; enf_case_apply() refuses a shared case;
 * writes to a snapshot are refused; every object is unchanged on failure.
 *
 * The report figures are worked out by hand from the classification rules
 * of the indicator table (stats.h) for enforcement year 2025
 * (2024-10-01 .. 2025-09-30), amounts in millions of VND (M):
 * A agency: owes 100 M; decided 2024-03-01, with means 2024-04-01, 30 M
 *   collected 2024-06-01: carried over (CO), being enforced (BE); money
 *   CO 70 (100 less what was collected before the period), BE 70.
 *   The writer then collects 20 M on 2025-01-10: money done (DN) 20,
 *   BE 50.
 * B request: owes 50 M; request 2024-11-01, decided 2024-11-05, with means
 *   2024-12-01: received (RE), BE; money RE 50, BE 50. The writer then
 *   collects 50 M on 2025-01-15 and closes it as done on 2025-02-01: RE,
 *   DN; money RE 50, DN 50.
 * C agency (added by the writer): owes 25 M; decided 2024-12-01, postponed
 *   for illness 2025-01-20: RE, without means (WO); money RE 25, WO 25.
 * D request (added by the writer): request received Thursday 2025-01-23,
 *   no decision: not in the table (never decided). Its decision is due 5
 *   working days later (Law 26/2008 Art 36(1)); the 2025 Tết break runs
 *   from Saturday 25 January to Sunday 2 February, so the days counted are
 *   24 January and 3, 4, 5, 6 February: due Thursday 2025-02-06.
 * So the snapshot (A, B as they were): cases CO 1, RE 1, total 2, DN 0,
 * BE 2, WO 0; money CO 70, RE 50, total 120, DN 0, BE 120, WO 0. The
 * register after the writer: cases CO 1, RE 2, total 3, DN 1, BE 1, WO 1;
 * money CO 70, RE 75, total 145, DN 70, BE 50, WO 25.
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

#ifndef ENF_SAMPLE_DIR
#error "ENF_SAMPLE_DIR must name examples/data/sample"
#endif

#define M   1000000LL
#define CAP 64

/* ---------------------------------------------------------------------- */
/* Helpers                                                                 */

static enf_case *new_case(const char *no, enf_mode mode)
{
	enf_case_info info;
	enf_case *c = NULL;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Hoàng Văn Nam",
			    NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
			      "Lý Thị Mai", NULL};

	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = "LS-01";
	info.decision_no = no;
	info.mode = mode;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &creditor), ENF_OK);
	return c;
}

static void owe(enf_case *c, enf_obligation_kind kind, enf_money amount)
{
	enf_obligation o = {kind, amount, 0, 1, 0};

	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
}

static enf_event event(enf_event_kind kind, enf_date date, int32_t detail,
		       enf_money amount)
{
	enf_event e = {kind, date, detail, amount, ENF_INDEX_NONE};

	return e;
}

static void ev(enf_case *c, enf_event_kind kind, enf_date date, int32_t detail,
	       enf_money amount)
{
	enf_event e = event(kind, date, detail, amount);

	assert_int_equal(enf_case_apply(c, &e), ENF_OK);
}

/* A register holding A and B as the header comment has them. */
static enf_register *register_ab(void)
{
	enf_register *reg = NULL;
	enf_case *c;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	c = new_case("A", ENF_MODE_AGENCY);
	owe(c, ENF_OBL_WAGES_HARM, 100 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 3, 1), 0, 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 4, 1), 1, 0);
	ev(c, ENF_EV_COLLECTED, ymd(2024, 6, 1), 0, 30 * M);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	c = new_case("B", ENF_MODE_REQUEST);
	owe(c, ENF_OBL_OTHER_MONEY, 50 * M);
	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2024, 11, 1), 0, 0);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 11, 5), 0, 0);
	ev(c, ENF_EV_CLASSIFIED, ymd(2024, 12, 1), 1, 0);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	return reg;
}

static void apply_ok(enf_register *reg, size_t i, enf_event_kind kind,
		     enf_date date, int32_t detail, enf_money amount)
{
	enf_event e = event(kind, date, detail, amount);

	assert_int_equal(enf_register_apply(reg, i, &e), ENF_OK);
}

/* What the writer does to the register of register_ab(). */
static void write_more(enf_register *reg)
{
	enf_case *c;

	apply_ok(reg, 0, ENF_EV_COLLECTED, ymd(2025, 1, 10), 0, 20 * M);
	apply_ok(reg, 1, ENF_EV_COLLECTED, ymd(2025, 1, 15), 0, 50 * M);
	apply_ok(reg, 1, ENF_EV_DONE, ymd(2025, 2, 1), 0, 0);
	c = new_case("C", ENF_MODE_AGENCY);
	owe(c, ENF_OBL_MAINTENANCE, 25 * M);
	ev(c, ENF_EV_DECISION_ISSUED, ymd(2024, 12, 1), 0, 0);
	ev(c, ENF_EV_POSTPONED, ymd(2025, 1, 20), ENF_POSTPONE_ILLNESS, 0);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	c = new_case("D", ENF_MODE_REQUEST);
	owe(c, ENF_OBL_OTHER_MONEY, 6 * M);
	ev(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 23), 0, 0);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
}

static enf_stats_report *report_of(const enf_register *reg)
{
	enf_stats_report *rep = NULL;
	enf_period p = {0, 0};

	assert_int_equal(enf_report_cumulative(&p, 2025, 12), ENF_OK);
	assert_int_equal(enf_stats_report_new(&rep, "LS-01", &p), ENF_OK);
	assert_int_equal(enf_stats_report_add_register(rep, reg, NULL), ENF_OK);
	return rep;
}

static int64_t cell(const enf_stats_report *rep, enf_measure m,
		    enf_indicator row)
{
	int64_t v = -1;

	assert_int_equal(enf_stats_report_get(&v, rep, ENF_GROUP_ALL, m, row),
			 ENF_OK);
	return v;
}

/* The six rows of the header comment: CO, RE, total, DN, BE, WO. */
static void assert_rows(const enf_stats_report *rep, enf_measure m,
			const int64_t want[6])
{
	static const enf_indicator rows[6] = {
		ENF_IND_CARRIED_OVER,	ENF_IND_RECEIVED,
		ENF_IND_TOTAL,		ENF_IND_DONE,
		ENF_IND_BEING_ENFORCED, ENF_IND_WITHOUT_MEANS};

	for (int i = 0; i < 6; i++)
		if (cell(rep, m, rows[i]) != want[i])
			fail_msg("measure %d, row %d: got %lld, want %lld",
				 (int)m, (int)rows[i],
				 (long long)cell(rep, m, rows[i]),
				 (long long)want[i]);
}

/* The JSON form of a report: equal texts, equal reports. */
static char *report_json(const enf_register *reg)
{
	enf_stats_report *rep = report_of(reg);
	char *text = NULL;
	size_t len = 0;

	assert_int_equal(enf_stats_report_to_json(&text, &len, rep), ENF_OK);
	enf_stats_report_free(rep);
	return text;
}

/* The JSON export of a register: equal texts, equal registers. */
static char *export_of(const enf_register *reg)
{
	char *text = NULL;
	size_t len = 0;

	assert_int_equal(enf_io_export_json(&text, &len, reg), ENF_OK);
	return text;
}

static void assert_export(const enf_register *reg, const char *want)
{
	char *now = export_of(reg);

	assert_string_equal(now, want);
	enf_free(now);
}

static enf_calendar *calendar(void)
{
	enf_calendar *cal = NULL;

	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	return cal;
}

/* The worklist of 2025-02-06 into out; returns its length. */
static size_t worklist(enf_work_item out[CAP], const enf_register *reg,
		       const enf_calendar *cal)
{
	size_t n = 0;

	memset(out, 0, CAP * sizeof(*out));
	assert_int_equal(enf_register_worklist(out, CAP, &n, reg, NULL, cal,
					       NULL, ymd(2025, 2, 6)),
			 ENF_OK);
	return n;
}

static void assert_same_worklist(const enf_work_item *x, size_t nx,
				 const enf_work_item *y, size_t ny)
{
	assert_int_equal(nx, ny);
	for (size_t i = 0; i < nx; i++) {
		assert_int_equal(x[i].case_index, y[i].case_index);
		assert_int_equal(x[i].deadline.kind, y[i].deadline.kind);
		assert_int_equal(x[i].deadline.due, y[i].deadline.due);
		assert_int_equal(x[i].deadline.from, y[i].deadline.from);
	}
}

static enf_case *at(const enf_register *reg, size_t i)
{
	enf_case *c = NULL;

	assert_int_equal(enf_register_at(&c, reg, i), ENF_OK);
	return c;
}

static enf_register *snapshot_of(const enf_register *reg)
{
	enf_register *snap = NULL;

	assert_int_equal(enf_register_snapshot(&snap, reg), ENF_OK);
	assert_non_null(snap);
	return snap;
}

/* ---------------------------------------------------------------------- */
/* A snapshot reads as its register                                        */

static void test_snapshot__same_as_register(void **state)
{
	enf_register *reg = register_ab(), *snap;
	enf_calendar *cal = calendar();
	enf_work_item wr[CAP], ws[CAP];
	char *jr, *js, *er;
	enf_case *c = NULL;
	size_t nr, ns;

	(void)state;
	snap = snapshot_of(reg);
	assert_int_equal(enf_register_is_snapshot(snap), 1);
	assert_int_equal(enf_register_is_snapshot(reg), 0);
	assert_int_equal(enf_register_is_snapshot(NULL), 0);
	assert_int_equal(enf_register_count(snap), 2);
	/* The same cases, not copies. */
	assert_ptr_equal(at(snap, 0), at(reg, 0));
	assert_ptr_equal(at(snap, 1), at(reg, 1));
	assert_int_equal(enf_register_find(&c, snap, "LS-01", "B"), ENF_OK);
	assert_ptr_equal(c, at(reg, 1));
	assert_int_equal(enf_register_find(&c, snap, "LS-01", "Z"),
			 ENF_ENOTFOUND);
	{
		size_t i = 99;

		assert_int_equal(enf_register_index(&i, snap, "LS-01", "B"),
				 ENF_OK);
		assert_int_equal(i, 1);
		assert_int_equal(enf_register_index(&i, reg, "LS-01", "A"),
				 ENF_OK);
		assert_int_equal(i, 0);
		i = 99;
		assert_int_equal(enf_register_index(&i, reg, "LS-01", "Z"),
				 ENF_ENOTFOUND);
		assert_error_names("register_index",
				   "no case Z of office LS-01");
		assert_int_equal(enf_register_index(NULL, reg, "LS-01", "A"),
				 ENF_EINVALID);
		assert_error_names("register_index", "out");
		assert_int_equal(enf_register_index(&i, NULL, "LS-01", "A"),
				 ENF_EINVALID);
		assert_int_equal(enf_register_index(&i, reg, NULL, "A"),
				 ENF_EINVALID);
		assert_error_names("register_index", "office");
		assert_int_equal(enf_register_index(&i, reg, "LS-01", NULL),
				 ENF_EINVALID);
		assert_error_names("register_index", "decision_no");
		assert_int_equal(i, 99);
	}
	jr = report_json(reg);
	js = report_json(snap);
	assert_string_equal(js, jr);
	er = export_of(reg);
	assert_export(snap, er);
	nr = worklist(wr, reg, cal);
	ns = worklist(ws, snap, cal);
	assert_same_worklist(ws, ns, wr, nr);
	enf_free(jr);
	enf_free(js);
	enf_free(er);
	enf_register_free(snap);
	enf_register_free(reg);
	enf_calendar_free(cal);
}

/* An empty register has an empty snapshot, which a writer can't fill. */
static void test_snapshot__empty(void **state)
{
	enf_register *reg = NULL, *snap;
	enf_case *c = new_case("A", ENF_MODE_AGENCY);

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	snap = snapshot_of(reg);
	assert_int_equal(enf_register_count(snap), 0);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	assert_int_equal(enf_register_count(snap), 0);
	assert_int_equal(enf_register_count(reg), 1);
	enf_register_free(snap);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* The writer goes on; the snapshot does not move                          */

static void test_snapshot__writer_goes_on(void **state)
{
	static const int64_t snap_cases[6] = {1, 1, 2, 0, 2, 0};
	static const int64_t snap_money[6] = {70 * M, 50 * M,  120 * M,
					      0,      120 * M, 0};
	static const int64_t reg_cases[6] = {1, 2, 3, 1, 1, 1};
	static const int64_t reg_money[6] = {70 * M, 75 * M, 145 * M,
					     70 * M, 50 * M, 25 * M};
	enf_register *reg = register_ab(), *snap;
	enf_calendar *cal = calendar();
	enf_work_item before[CAP], now[CAP];
	enf_stats_report *rep;
	enf_case *old_a;
	char *json_before, *json_now, *exp_before;
	size_t nb, nn, found = 0;

	(void)state;
	nb = worklist(before, reg, cal);
	snap = snapshot_of(reg);
	json_before = report_json(snap);
	exp_before = export_of(snap);
	old_a = at(reg, 0);
	write_more(reg);

	/* The snapshot: A and B as they were, no C or D. */
	assert_int_equal(enf_register_count(snap), 2);
	assert_ptr_equal(at(snap, 0), old_a);
	assert_int_equal(enf_case_event_count(old_a), 3);
	rep = report_of(snap);
	assert_rows(rep, ENF_BY_CASES, snap_cases);
	assert_rows(rep, ENF_BY_MONEY, snap_money);
	enf_stats_report_free(rep);
	json_now = report_json(snap);
	assert_string_equal(json_now, json_before);
	enf_free(json_now);
	assert_export(snap, exp_before);
	nn = worklist(now, snap, cal);
	assert_same_worklist(now, nn, before, nb);

	/* The register: A and B copied, with their new events; C and D. */
	assert_int_equal(enf_register_count(reg), 4);
	assert_true(at(reg, 0) != old_a);
	assert_int_equal(enf_case_event_count(at(reg, 0)), 4);
	assert_int_equal(enf_case_event_count(at(reg, 1)), 5);
	rep = report_of(reg);
	assert_rows(rep, ENF_BY_CASES, reg_cases);
	assert_rows(rep, ENF_BY_MONEY, reg_money);
	enf_stats_report_free(rep);
	nn = worklist(now, reg, cal);
	for (size_t i = 0; i < nn; i++)
		if (now[i].case_index == 3 &&
		    now[i].deadline.kind == ENF_DEADLINE_DECISION) {
			assert_int_equal(now[i].deadline.due, ymd(2025, 2, 6));
			assert_int_equal(now[i].deadline.from,
					 ymd(2025, 1, 23));
			found++;
		}
	assert_int_equal(found, 1);
	for (size_t i = 0; i < nb; i++)
		assert_true(before[i].case_index < 2);

	/* The register's report equals one built case by case. */
	rep = report_of(reg);
	{
		enf_stats_report *one = NULL;
		enf_period p = {0, 0};
		char *a = NULL, *b = NULL;
		size_t la = 0, lb = 0;

		assert_int_equal(enf_report_cumulative(&p, 2025, 12), ENF_OK);
		assert_int_equal(enf_stats_report_new(&one, "LS-01", &p),
				 ENF_OK);
		for (size_t i = 0; i < enf_register_count(reg); i++)
			assert_int_equal(
				enf_stats_report_add_case(one, at(reg, i)),
				ENF_OK);
		assert_int_equal(enf_stats_report_to_json(&a, &la, rep),
				 ENF_OK);
		assert_int_equal(enf_stats_report_to_json(&b, &lb, one),
				 ENF_OK);
		assert_string_equal(a, b);
		enf_free(a);
		enf_free(b);
		enf_stats_report_free(one);
	}
	enf_stats_report_free(rep);
	enf_free(json_before);
	enf_free(exp_before);
	enf_register_free(snap);
	enf_register_free(reg);
	enf_calendar_free(cal);
}

/* The register may go first: the snapshot keeps its cases alive. */
static void test_snapshot__outlives_register(void **state)
{
	enf_register *reg = register_ab(), *snap, *snap2;
	char *exp;
	enf_event e = event(ENF_EV_COLLECTED, ymd(2025, 1, 10), 0, 20 * M);

	(void)state;
	snap = snapshot_of(reg);
	exp = export_of(reg);
	write_more(reg);
	snap2 = snapshot_of(snap); /* a snapshot of a snapshot */
	enf_register_free(reg);
	assert_export(snap, exp);
	assert_export(snap2, exp);
	/* Held by snapshots alone, a case still refuses a change. */
	assert_int_equal(enf_case_apply(at(snap, 0), &e), ENF_ESTATE);
	enf_register_free(snap);
	assert_export(snap2, exp);
	assert_int_equal(enf_case_apply(at(snap2, 0), &e), ENF_ESTATE);
	assert_int_equal(enf_case_event_count(at(snap2, 0)), 3);
	enf_register_free(snap2);
	enf_free(exp);
}

/* ---------------------------------------------------------------------- */
/* Copy on write                                                           */

static void test_snapshot__copy_only_when_shared(void **state)
{
	enf_register *reg = register_ab(), *snap;
	enf_case *a = at(reg, 0), *copy;

	(void)state;
	/* Not shared: in place. */
	apply_ok(reg, 0, ENF_EV_VERIFIED, ymd(2024, 7, 1), 1, 0);
	assert_ptr_equal(at(reg, 0), a);
	snap = snapshot_of(reg);
	/* Shared: copied once, then the copy is the register's alone. */
	apply_ok(reg, 0, ENF_EV_COLLECTED, ymd(2025, 1, 10), 0, 20 * M);
	copy = at(reg, 0);
	assert_true(copy != a);
	assert_ptr_equal(at(snap, 0), a);
	apply_ok(reg, 0, ENF_EV_COLLECTED, ymd(2025, 2, 10), 0, 10 * M);
	assert_ptr_equal(at(reg, 0), copy);
	assert_int_equal(enf_case_event_count(a), 4);
	assert_int_equal(enf_case_event_count(copy), 6);
	/* B was not written: still shared, still the same case. */
	assert_ptr_equal(at(reg, 1), at(snap, 1));
	/* The copy is found under its key. */
	{
		enf_case *c = NULL;

		assert_int_equal(enf_register_find(&c, reg, "LS-01", "A"),
				 ENF_OK);
		assert_ptr_equal(c, copy);
	}
	enf_register_free(snap);
	enf_register_free(reg);
}

/* The copy of a packed case (a loaded register) is the same case: the
 * register written through copies on write exports as one written in
 * place; events past the copy's spare room move to the heap. */
static void test_snapshot__packed_copy(void **state)
{
	enf_register *reg = NULL, *plain = NULL, *snap;
	char *before, *x, *y;
	enf_case *c;
	size_t i, n;
	enf_case_info info;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_register_new(&plain), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(reg, ENF_SAMPLE_DIR), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(plain, ENF_SAMPLE_DIR), ENF_OK);
	n = enf_register_count(reg);
	assert_true(n > 0);
	snap = snapshot_of(reg);
	before = export_of(reg);
	/* The first case in the being-enforced state takes six collections
	 * of 1 VND after its last event (more than the spare room). */
	for (i = 0; i < n; i++) {
		enf_case_status s;
		enf_event last;

		c = at(reg, i);
		assert_int_equal(enf_case_status_on(&s, c, ENF_DATE_MAX),
				 ENF_OK);
		if (s.state != ENF_STATE_WITH_MEANS || s.outstanding < 6)
			continue;
		assert_int_equal(
			enf_case_event(&last, c, enf_case_event_count(c) - 1),
			ENF_OK);
		for (int k = 0; k < 6; k++) {
			enf_event e =
				event(ENF_EV_COLLECTED, last.date + k, 0, 1);
			enf_case *p = NULL;

			assert_int_equal(enf_register_apply(reg, i, &e),
					 ENF_OK);
			assert_int_equal(enf_register_at(&p, plain, i), ENF_OK);
			assert_int_equal(enf_case_apply(p, &e), ENF_OK);
		}
		break;
	}
	assert_true(i < n);
	assert_int_equal(enf_case_info_get(&info, at(reg, i)), ENF_OK);
	assert_int_equal(
		enf_register_find(&c, reg, info.office, info.decision_no),
		ENF_OK);
	assert_ptr_equal(c, at(reg, i));
	x = export_of(reg);
	y = export_of(plain);
	assert_string_equal(x, y);
	assert_export(snap, before);
	for (int e = 0; e < 5; e++) {
		char *cx = NULL, *cy = NULL;
		size_t lx = 0, ly = 0;

		assert_int_equal(
			enf_io_export_csv(&cx, &lx, reg, (enf_io_entity)e),
			ENF_OK);
		assert_int_equal(
			enf_io_export_csv(&cy, &ly, plain, (enf_io_entity)e),
			ENF_OK);
		assert_int_equal(lx, ly);
		assert_memory_equal(cx, cy, lx);
		enf_free(cx);
		enf_free(cy);
	}
	enf_free(x);
	enf_free(y);
	enf_free(before);
	enf_register_free(snap);
	enf_register_free(reg);
	enf_register_free(plain);
}

/* A programme's assignment goes through the register: copied too. */
static void test_snapshot__programme_assign(void **state)
{
	static const char *const offices[] = {"LS-01"};
	enf_register *reg = register_ab(), *snap;
	enf_programme p;
	char *exp;
	enf_case *b;

	(void)state;
	assert_int_equal(enf_programme_init(&p, ENF_PROGRAMME_VERSION), ENF_OK);
	p.number = 1;
	p.code = "LS-2025";
	p.offices = offices;
	p.noffices = 1;
	p.period.first = ymd(2024, 10, 1);
	p.period.last = ymd(2025, 9, 30);
	snap = snapshot_of(reg);
	exp = export_of(reg);
	b = at(reg, 1);
	assert_int_equal(
		enf_programme_assign(reg, &p, "LS-01", "B", ymd(2025, 1, 5)),
		ENF_OK);
	assert_true(at(reg, 1) != b);
	assert_int_equal(enf_case_event_count(at(reg, 1)), 4);
	assert_int_equal(enf_case_event_count(b), 3);
	assert_export(snap, exp);
	/* Not on a snapshot. */
	assert_int_equal(
		enf_programme_assign(snap, &p, "LS-01", "A", ymd(2025, 1, 5)),
		ENF_ESTATE);
	assert_error_names("programme_assign", "snapshot");
	assert_export(snap, exp);
	enf_free(exp);
	enf_register_free(snap);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* A shared case does not change in place                                  */

static void test_snapshot__case_apply_refused_when_shared(void **state)
{
	enf_register *reg = register_ab(), *snap;
	enf_case *a = at(reg, 0);
	enf_event e = event(ENF_EV_COLLECTED, ymd(2025, 1, 10), 0, 20 * M);
	enf_party party = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON, "Lê Văn Ba",
			   NULL};
	enf_obligation obl = {ENF_OBL_OTHER_MONEY, 5 * M, 0, 1, 0};
	enf_asset asset;
	char *exp;

	(void)state;
	memset(&asset, 0, sizeof(asset));
	asset.owner = 0;
	asset.description = "Nhà số 5";
	snap = snapshot_of(reg);
	exp = export_of(reg);
	assert_int_equal(enf_case_apply(a, &e), ENF_ESTATE);
	assert_error_names("case_apply", "register_apply");
	assert_error_names("case A (office LS-01)", "snapshot");
	assert_int_equal(enf_case_add_party(NULL, a, &party), ENF_ESTATE);
	assert_error_names("case_add_party", "snapshot");
	assert_int_equal(enf_case_add_obligation(NULL, a, &obl), ENF_ESTATE);
	assert_error_names("case_add_obligation", "snapshot");
	assert_int_equal(enf_case_add_asset(NULL, a, &asset), ENF_ESTATE);
	assert_error_names("case_add_asset", "snapshot");
	/* The auction engine's checked apply ends in enf_case_apply(). */
	assert_int_equal(enf_auction_case_apply(a, &e, NULL), ENF_ESTATE);
	assert_export(reg, exp);
	assert_export(snap, exp);
	/* Once the snapshot is gone, the case is the register's alone. */
	enf_register_free(snap);
	assert_int_equal(enf_case_apply(a, &e), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, a, &party), ENF_OK);
	assert_int_equal(enf_case_event_count(a), 4);
	enf_free(exp);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* A snapshot is read-only                                                 */

static void test_snapshot__writes_refused(void **state)
{
	enf_register *reg = register_ab(), *snap;
	enf_case *c = new_case("E", ENF_MODE_AGENCY);
	enf_event e = event(ENF_EV_COLLECTED, ymd(2025, 1, 10), 0, 20 * M);
	const char *dirs[1] = {ENF_SAMPLE_DIR};
	char *exp, *csv = NULL, *json = NULL;
	size_t len = 0;

	(void)state;
	snap = snapshot_of(reg);
	exp = export_of(snap);
	assert_int_equal(enf_io_export_csv(&csv, &len, snap, ENF_IO_CASES),
			 ENF_OK);
	assert_int_equal(enf_io_export_json(&json, &len, snap), ENF_OK);

	assert_int_equal(enf_register_add(snap, c), ENF_ESTATE);
	assert_error_names("register_add", "snapshot");
	assert_int_equal(enf_register_apply(snap, 0, &e), ENF_ESTATE);
	assert_error_names("register_apply", "snapshot");
	assert_int_equal(enf_io_import_csv(snap, csv, NULL, NULL, NULL, NULL),
			 ENF_ESTATE);
	assert_error_names("io_import_csv", "snapshot");
	assert_int_equal(enf_io_import_json(snap, json, "x.json"), ENF_ESTATE);
	assert_error_names("io_import_json", "snapshot");
	assert_int_equal(enf_io_import_json_n(snap, json, strlen(json), NULL),
			 ENF_ESTATE);
	assert_error_names("io_import_json_n", "snapshot");
	assert_int_equal(enf_io_load_csv_dir(snap, ENF_SAMPLE_DIR), ENF_ESTATE);
	assert_error_names("io_load_csv_dir", "snapshot");
	assert_int_equal(enf_io_load_csv_dirs(snap, dirs, 1, 1), ENF_ESTATE);
	assert_error_names("io_load_csv_dirs", "snapshot");
	assert_int_equal(enf_register_count(snap), 2);
	assert_export(snap, exp);
	assert_export(reg, exp);
	/* The refused case is still the caller's, and goes to the
	 * register. */
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	assert_int_equal(enf_register_count(snap), 2);
	enf_free(exp);
	enf_free(csv);
	enf_free(json);
	enf_register_free(snap);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* Bad input                                                               */

static void test_snapshot__bad_input(void **state)
{
	enf_register *reg = register_ab(), *snap = NULL;
	enf_register *out = (enf_register *)&snap; /* a value to see reset */

	(void)state;
	assert_int_equal(enf_register_snapshot(NULL, reg), ENF_EINVALID);
	assert_error_names("register_snapshot", "out");
	assert_int_equal(enf_register_snapshot(&out, NULL), ENF_EINVALID);
	assert_error_names("register_snapshot", "reg");
	assert_null(out);
	enf_register_free(NULL);
	enf_register_free(reg);
}

static void test_snapshot__apply_bad_input(void **state)
{
	enf_register *reg = register_ab(), *snap;
	enf_event good = event(ENF_EV_COLLECTED, ymd(2025, 1, 10), 0, 20 * M);
	/* B is being enforced: a second decision is not legal; a payment of
	 * more than was collected is refused; a date before the last
	 * event's is refused. */
	enf_event twice = event(ENF_EV_DECISION_ISSUED, ymd(2025, 1, 10), 0, 0);
	enf_event overpaid = event(ENF_EV_PAID_OUT, ymd(2025, 1, 10), 0, M);
	enf_event early = event(ENF_EV_COLLECTED, ymd(2024, 1, 1), 0, M);
	enf_event bad_kind = event((enf_event_kind)999, ymd(2025, 1, 10), 0, 0);
	enf_case *a = at(reg, 0), *b = at(reg, 1);
	char *exp = export_of(reg);

	(void)state;
	assert_int_equal(enf_register_apply(NULL, 0, &good), ENF_EINVALID);
	assert_error_names("register_apply", "reg");
	assert_int_equal(enf_register_apply(reg, 0, NULL), ENF_EINVALID);
	assert_error_names("register_apply", "ev");
	assert_int_equal(enf_register_apply(reg, 2, &good), ENF_ERANGE);
	assert_error_names("register_apply: index is 2", "holds 2 cases");
	assert_int_equal(enf_register_apply(reg, SIZE_MAX, &good), ENF_ERANGE);
	/* Refused events, with the case not shared and then shared: the
	 * message names the index and the case; nothing changes, no copy
	 * is made. */
	for (int shared = 0; shared < 2; shared++) {
		snap = shared ? snapshot_of(reg) : NULL;
		assert_int_equal(enf_register_apply(reg, 1, &twice),
				 ENF_ESTATE);
		assert_error_names("register_apply: index 1: case B",
				   "decision_issued");
		assert_null(strstr(enf_last_error(), "case_apply"));
		assert_int_equal(enf_register_apply(reg, 1, &overpaid),
				 ENF_EINVALID);
		assert_error_names("register_apply: index 1", "paid_out");
		assert_int_equal(enf_register_apply(reg, 0, &early),
				 ENF_EINVALID);
		assert_error_names("register_apply: index 0", "case A");
		assert_int_equal(enf_register_apply(reg, 0, &bad_kind),
				 ENF_EINVALID);
		assert_error_names("register_apply", "kind is 999");
		assert_ptr_equal(at(reg, 0), a);
		assert_ptr_equal(at(reg, 1), b);
		assert_export(reg, exp);
		if (snap != NULL) {
			assert_export(snap, exp);
			enf_register_free(snap);
		}
	}
	enf_free(exp);
	enf_register_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_snapshot__same_as_register),
		cmocka_unit_test(test_snapshot__empty),
		cmocka_unit_test(test_snapshot__writer_goes_on),
		cmocka_unit_test(test_snapshot__outlives_register),
		cmocka_unit_test(test_snapshot__copy_only_when_shared),
		cmocka_unit_test(test_snapshot__packed_copy),
		cmocka_unit_test(test_snapshot__programme_assign),
		cmocka_unit_test(test_snapshot__case_apply_refused_when_shared),
		cmocka_unit_test(test_snapshot__writes_refused),
		cmocka_unit_test(test_snapshot__bad_input),
		cmocka_unit_test(test_snapshot__apply_bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
