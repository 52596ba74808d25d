/*
 * Corrections in every saved form of a register: the CSV folder
 * (corrections.csv, events.csv with seqs), the register JSON, the case
 * JSON and the SQLite store. A register with one correction of each kind
 * goes out and comes back with its history: every correction, with the
 * value it replaced, equal before and after, and the corrected log and
 * the events as entered the same. Bad input names file, line and column.
 */
#define _DEFAULT_SOURCE /* mkdtemp, mkstemp */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "test_helpers.h"

#define NONE ENF_INDEX_NONE

static void event(enf_case *c, enf_event_kind kind, enf_date date,
		  int32_t detail, enf_money amount, int32_t asset)
{
	enf_event ev = {kind, date, detail, amount, asset};

	assert_int_equal(enf_case_apply(c, &ev), ENF_OK);
}

static enf_case *new_case(const char *no, enf_date decided)
{
	enf_case_info info;
	enf_case *c = NULL;

	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = "LS-01", info.decision_no = no;
	info.decision_date = decided, info.mode = ENF_MODE_AGENCY;
	info.court = "TAND khu v\xe1\xbb\xb1"
		     "c 1";
	info.judgment_no = "12/2024/DS-ST";
	info.judgment_kind = ENF_JUDGMENT_CIVIL;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	return c;
}

static enf_correction corr(enf_correction_kind kind, enf_date recorded,
			   size_t target, const char *reason)
{
	enf_correction k;

	assert_int_equal(enf_correction_init(&k, ENF_CORRECTION_VERSION),
			 ENF_OK);
	k.kind = kind, k.recorded = recorded, k.target = target;
	k.reason = reason, k.author = "cv01";
	return k;
}

/* Case 1 (one correction of each kind but the withdrawal): an amount
 * collected on 10 March entered as of 20 March, replaced; a second
 * collection entered twice, voided; the judgment number, the debtor's
 * name, the fine and the asset's description amended. Case 2: entered
 * in error. */
static enf_register *corrected_register(void)
{
	enf_register *reg = NULL;
	enf_case *c = new_case("15/Q\xc4\x90-THADS", ymd(2025, 1, 6));
	enf_case *d = new_case("16/Q\xc4\x90-THADS", ymd(2025, 1, 7));
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON,
			    "Ph\xe1\xba\xa1m V\xc4\x83n A", "0123"};
	enf_party state = {ENF_PARTY_CREDITOR, ENF_PARTY_STATE_BUDGET, "NSNN",
			   NULL};
	enf_obligation fine = {ENF_OBL_FINE, 20000000, 0, NONE, 0};
	enf_asset moto = {ENF_ASSET_MOVABLE, "Xe may Honda", 0,
			  ENF_SECURITY_NONE, 0};
	enf_case_info info = {0};
	enf_correction k;

	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &state), ENF_OK);
	assert_int_equal(enf_case_add_obligation(NULL, c, &fine), ENF_OK);
	assert_int_equal(enf_case_add_asset(NULL, c, &moto), ENF_OK);
	event(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 6), 0, 0, NONE);
	event(c, ENF_EV_CLASSIFIED, ymd(2025, 1, 20), 1, 0, NONE);
	event(c, ENF_EV_COLLECTED, ymd(2025, 3, 20), 0, 5000000, NONE);
	event(c, ENF_EV_COLLECTED, ymd(2025, 3, 25), 0, 1000000, NONE);
	event(d, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 7), 0, 0, NONE);

	k = corr(ENF_CORRECT_REPLACE, ymd(2025, 3, 26), 2,
		 "collected on 10 March, entered as of 20 March");
	k.event.kind = ENF_EV_COLLECTED, k.event.date = ymd(2025, 3, 10);
	k.event.amount = 5000000, k.event.asset = NONE;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	k = corr(ENF_CORRECT_VOID, ymd(2025, 3, 27), 3, "entered twice");
	k.author = NULL;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	k = corr(ENF_CORRECT_INFO, ymd(2025, 3, 28), 0, "judgment number");
	assert_int_equal(enf_case_info_get(&info, c), ENF_OK);
	k.info = info;
	k.info.judgment_no = "21/2024/DS-ST";
	k.info.flags = ENF_CASE_UNKNOWN_ADDRESS;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	k = corr(ENF_CORRECT_PARTY, ymd(2025, 3, 28), 0, "name mistyped");
	k.party = debtor;
	k.party.name = "Ph\xe1\xba\xa1m V\xc4\x83n \xc3\x81nh";
	k.party.id = NULL;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	k = corr(ENF_CORRECT_OBLIGATION, ymd(2025, 3, 29), 0, "the fine");
	k.obligation = fine;
	k.obligation.amount = 25000000;
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	k = corr(ENF_CORRECT_ASSET, ymd(2025, 3, 30), 0, "plate number");
	k.asset = moto;
	k.asset.description = "Xe m\xc3\xa1y Honda, 12-B1 345.67";
	assert_int_equal(enf_case_correct(c, &k), ENF_OK);
	k = corr(ENF_CORRECT_ENTERED_IN_ERROR, ymd(2025, 2, 1), 0,
		 "a copy of 15/QĐ-THADS");
	assert_int_equal(enf_case_correct(d, &k), ENF_OK);

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	assert_int_equal(enf_register_add(reg, d), ENF_OK);
	return reg;
}

static const enf_case *case_at(const enf_register *reg, size_t i)
{
	enf_case *c = NULL;

	assert_int_equal(enf_register_at(&c, reg, i), ENF_OK);
	return c;
}

static void same_text(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		assert_true((a == NULL || a[0] == '\0') &&
			    (b == NULL || b[0] == '\0'));
	else
		assert_string_equal(a, b);
}

static const char *stage = "";

static void same_event(const enf_event *a, const enf_event *b)
{
	if (a->date != b->date || a->kind != b->kind)
		print_error("%s: %d %d / %d %d\n", stage, (int)a->kind,
			    (int)a->date, (int)b->kind, (int)b->date);
	assert_int_equal(a->kind, b->kind);
	assert_int_equal(a->date, b->date);
	assert_int_equal(a->detail, b->detail);
	assert_int_equal(a->amount, b->amount);
	assert_int_equal(a->asset, b->asset);
}

static void same_correction(const enf_correction *a, const enf_correction *b)
{
	assert_int_equal(a->kind, b->kind);
	if (a->recorded != b->recorded)
		print_error("kind %d target %zu: recorded %d and %d\n",
			    (int)a->kind, a->target, (int)a->recorded,
			    (int)b->recorded);
	assert_int_equal(a->recorded, b->recorded);
	same_text(a->reason, b->reason);
	same_text(a->author, b->author);
	assert_int_equal(a->target, b->target);
	switch (a->kind) {
	case ENF_CORRECT_VOID:
	case ENF_CORRECT_REPLACE: same_event(&a->event, &b->event); break;
	case ENF_CORRECT_INFO:
		assert_int_equal(a->info.decision_date, b->info.decision_date);
		assert_int_equal(a->info.mode, b->info.mode);
		same_text(a->info.court, b->info.court);
		same_text(a->info.judgment_no, b->info.judgment_no);
		assert_int_equal(a->info.judgment_effective,
				 b->info.judgment_effective);
		assert_int_equal(a->info.judgment_kind, b->info.judgment_kind);
		assert_int_equal(a->info.flags, b->info.flags);
		break;
	case ENF_CORRECT_PARTY:
		assert_int_equal(a->party.role, b->party.role);
		assert_int_equal(a->party.kind, b->party.kind);
		same_text(a->party.name, b->party.name);
		same_text(a->party.id, b->party.id);
		break;
	case ENF_CORRECT_OBLIGATION:
		assert_int_equal(a->obligation.kind, b->obligation.kind);
		assert_int_equal(a->obligation.amount, b->obligation.amount);
		assert_int_equal(a->obligation.debtor, b->obligation.debtor);
		assert_int_equal(a->obligation.creditor,
				 b->obligation.creditor);
		assert_int_equal(a->obligation.joint, b->obligation.joint);
		break;
	case ENF_CORRECT_ASSET:
		assert_int_equal(a->asset.kind, b->asset.kind);
		same_text(a->asset.description, b->asset.description);
		assert_int_equal(a->asset.owner, b->asset.owner);
		assert_int_equal(a->asset.security, b->asset.security);
		assert_int_equal(a->asset.secured_amount,
				 b->asset.secured_amount);
		break;
	default: break;
	}
}

/* The history of every case the same in both registers: corrections
 * with the values they replaced, entries, the corrected log and seqs. */
static void same_history(const enf_register *x, const enf_register *y)
{
	assert_int_equal(enf_register_count(x), enf_register_count(y));
	for (size_t k = 0; k < enf_register_count(x); k++) {
		const enf_case *a = case_at(x, k);
		const enf_case *b = case_at(y, k);
		size_t m = enf_case_correction_count(a);

		assert_int_equal(m, enf_case_correction_count(b));
		for (size_t i = 0; i < m; i++) {
			enf_correction ra, ba, rb, bb;

			assert_int_equal(enf_case_correction(&ra, &ba, a, i),
					 ENF_OK);
			assert_int_equal(enf_case_correction(&rb, &bb, b, i),
					 ENF_OK);
			stage = "rec";
			same_correction(&ra, &rb);
			stage = "before";
			same_correction(&ba, &bb);
			stage = "entries";
		}
		assert_int_equal(enf_case_entry_count(a),
				 enf_case_entry_count(b));
		for (size_t s = 0; s < enf_case_entry_count(a); s++) {
			enf_event ea, eb;

			assert_int_equal(enf_case_entry(&ea, a, s), ENF_OK);
			assert_int_equal(enf_case_entry(&eb, b, s), ENF_OK);
			same_event(&ea, &eb);
		}
		assert_int_equal(enf_case_event_count(a),
				 enf_case_event_count(b));
		for (size_t i = 0; i < enf_case_event_count(a); i++) {
			enf_event ea, eb;
			size_t sa = 99, sb = 98;

			stage = "log";
			assert_int_equal(enf_case_event(&ea, a, i), ENF_OK);
			assert_int_equal(enf_case_event(&eb, b, i), ENF_OK);
			same_event(&ea, &eb);
			assert_int_equal(enf_case_event_seq(&sa, a, i), ENF_OK);
			assert_int_equal(enf_case_event_seq(&sb, b, i), ENF_OK);
			assert_int_equal(sa, sb);
		}
		assert_int_equal(enf_case_withdrawn_in_error(a),
				 enf_case_withdrawn_in_error(b));
	}
}

/* ---------------------------------------------------------------------- */
/* CSV                                                                     */

typedef struct csv6 {
	char *t[6];
} csv6;

static csv6 export6(const enf_register *reg)
{
	csv6 s;

	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		assert_int_equal(
			enf_io_export_csv(&s.t[e], NULL, reg, (enf_io_entity)e),
			ENF_OK);
	assert_int_equal(enf_io_export_csv_corrections(&s.t[5], NULL, reg),
			 ENF_OK);
	return s;
}

static void free6(csv6 *s)
{
	for (int e = 0; e < 6; e++)
		enf_io_free(s->t[e]);
}

static enf_status import6(enf_register *reg, const csv6 *s)
{
	return enf_io_import_csv_corrected(reg, s->t[0], s->t[1], s->t[2],
					   s->t[3], s->t[4], s->t[5]);
}

static void test_corr__csv_round_trip(void **state)
{
	enf_register *reg = corrected_register(), *back = NULL;
	csv6 s = export6(reg), s2;

	(void)state;
	/* The corrected log: the replacement (seq 2) in its place, seq 3
	 * voided; case 2, withdrawn, with its log as it was before. */
	assert_string_equal(s.t[ENF_IO_EVENTS],
			    "office,decision_no,seq,date,kind,detail,amount,"
			    "asset\n"
			    "LS-01,15/Q\xc4\x90-THADS,0,2025-01-06,"
			    "decision_issued,0,0,\n"
			    "LS-01,15/Q\xc4\x90-THADS,1,2025-01-20,"
			    "classified,1,0,\n"
			    "LS-01,15/Q\xc4\x90-THADS,2,2025-03-10,"
			    "collected,0,5000000,\n"
			    "LS-01,16/Q\xc4\x90-THADS,0,2025-01-07,"
			    "decision_issued,0,0,\n");
	assert_non_null(strstr(s.t[5], "\nLS-01,15/Q\xc4\x90-THADS,1,void,"
				       "2025-03-27,entered twice,,3,"));
	assert_non_null(strstr(s.t[5], "entered_in_error,2025-02-01"));
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(import6(back, &s), ENF_OK);
	same_history(reg, back);
	s2 = export6(back);
	for (int e = 0; e < 6; e++)
		assert_string_equal(s.t[e], s2.t[e]);
	free6(&s2);
	free6(&s);
	enf_register_free(back);
	enf_register_free(reg);
}

/* An old folder (no corrections.csv, events.csv without seq) loads as
 * before. */
static void test_corr__csv_old_forms(void **state)
{
	enf_register *reg = NULL;
	const enf_case *c;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_io_import_csv_corrected(
				 reg,
				 "office,decision_no,mode,judgment_kind\n"
				 "LS-02,1/T,agency,civil\n",
				 NULL, NULL, NULL,
				 "office,decision_no,date,kind\n"
				 "LS-02,1/T,2025-01-06,decision_issued\n"
				 "LS-02,1/T,2025-01-09,decision_notified\n",
				 NULL),
			 ENF_OK);
	c = case_at(reg, 0);
	assert_int_equal(enf_case_event_count(c), 2);
	assert_int_equal(enf_case_correction_count(c), 0);
	enf_register_free(reg);
}

/* A corrections.csv text with one row given by the test. */
#define CR_HEAD                                                                \
	"office,decision_no,index,kind,recorded,reason,target,"                \
	"was_event_kind,was_event_date,was_event_amount\n"

static void refuse_csv(const char *events, const char *corrections,
		       enf_status want, const char *where, const char *what)
{
	enf_register *reg = corrected_register();
	csv6 s = export6(reg);
	enf_register *into = NULL;
	enf_status got;

	assert_int_equal(enf_register_new(&into), ENF_OK);
	got = enf_io_import_csv_corrected(into, s.t[0], s.t[1], s.t[2], s.t[3],
					  events != NULL ? events : s.t[4],
					  corrections);
	if (got != want)
		print_error("%s\n", enf_last_error());
	assert_int_equal(got, want);
	assert_error_names(where, what);
	assert_int_equal(enf_register_count(into), 0);
	free6(&s);
	enf_register_free(into);
	enf_register_free(reg);
}

#define EVENTS_1                                                               \
	"office,decision_no,seq,date,kind,detail,amount,asset\n"               \
	"LS-01,15/Q\xc4\x90-THADS,0,2025-01-06,decision_issued,0,0,\n"         \
	"LS-01,15/Q\xc4\x90-THADS,1,2025-01-20,classified,1,0,\n"

static void test_corr__csv_bad_input(void **state)
{
	(void)state;
	/* A row naming a case that is not in cases.csv. */
	refuse_csv(NULL,
		   CR_HEAD "LS-09,1/T,0,void,2025-03-27,x,1,classified,"
			   "2025-01-20,0\n",
		   ENF_ENOTFOUND, "corrections.csv:2: decision_no",
		   "no case \"1/T\" of office \"LS-09\"");
	/* An unknown kind token. */
	refuse_csv(NULL,
		   CR_HEAD "LS-01,15/Q\xc4\x90-THADS,0,retract,2025-03-27,x,"
			   "1,classified,2025-01-20,0\n",
		   ENF_EPARSE, "corrections.csv:2: kind",
		   "\"retract\" is not a correction");
	/* A value the kind has not. */
	refuse_csv(NULL,
		   "office,decision_no,index,kind,recorded,reason,target,"
		   "party_name\nLS-01,15/Q\xc4\x90-THADS,0,entered_in_error,"
		   "2025-03-27,x,0,A\n",
		   ENF_EPARSE, "corrections.csv:2: party_name",
		   "an entered_in_error correction has no such value");
	/* A void correction without the event it voided. */
	refuse_csv(NULL,
		   "office,decision_no,index,kind,recorded,reason,target\n"
		   "LS-01,15/Q\xc4\x90-THADS,0,void,2025-03-27,x,1\n",
		   ENF_EPARSE, "corrections.csv:2: was_event_kind",
		   "empty; a void correction needs it");
	/* Rows of a case out of index order. */
	refuse_csv(EVENTS_1,
		   CR_HEAD "LS-01,15/Q\xc4\x90-THADS,1,void,2025-03-27,x,2,"
			   "classified,2025-01-20,0\n",
		   ENF_EPARSE, "corrections.csv:2: index", "1; expected 0");
	/* Events out of seq order in a case without corrections. */
	refuse_csv("office,decision_no,seq,date,kind\n"
		   "LS-01,15/Q\xc4\x90-THADS,0,2025-01-06,decision_issued\n"
		   "LS-01,15/Q\xc4\x90-THADS,2,2025-01-20,classified\n",
		   NULL, ENF_EPARSE, "events.csv:3: seq",
		   "2; expected 1 (the events of a case");
	/* Columns named twice, or not known. */
	refuse_csv(NULL,
		   "office,decision_no,index,kind,kind,recorded,reason,target\n"
		   "LS-01,15/Q\xc4\x90-THADS,0,void,void,2025-03-27,x,1\n",
		   ENF_EPARSE, "corrections.csv:1", "kind");
	refuse_csv(NULL,
		   "office,decision_no,index,kind,recorded,reason,target,foo\n"
		   "LS-01,15/Q\xc4\x90-THADS,0,void,2025-03-27,x,1,2\n",
		   ENF_EPARSE, "corrections.csv:1", "foo");
	/* A row with more fields than the header. */
	refuse_csv(NULL,
		   "office,decision_no,index,kind,recorded,reason,target\n"
		   "LS-01,15/Q\xc4\x90-THADS,0,void,2025-03-27,x,1,9,9\n",
		   ENF_EPARSE, "corrections.csv:2", "fields");
	/* A void whose voided event the transition table refuses where it
	 * stood: the case as known before the correction cannot be built,
	 * so the history is refused when it is loaded. */
	refuse_csv("office,decision_no,seq,date,kind\n"
		   "LS-01,15/Q\xc4\x90-THADS,0,2025-01-06,decision_issued\n"
		   "LS-01,15/Q\xc4\x90-THADS,2,2025-01-20,classified\n",
		   CR_HEAD "LS-01,15/Q\xc4\x90-THADS,0,void,2025-03-27,x,1,"
			   "done,2025-01-10,0\n",
		   ENF_ESTATE, "corrections.csv:2: target",
		   "before correction 0 (recorded on 2025-03-27): "
		   "case_as_known: case 15/Q\xc4\x90-THADS as known on "
		   "2025-03-26: case_apply:");
	/* A seq given twice. */
	refuse_csv("office,decision_no,seq,date,kind\n"
		   "LS-01,15/Q\xc4\x90-THADS,0,2025-01-06,decision_issued\n"
		   "LS-01,15/Q\xc4\x90-THADS,0,2025-01-20,classified\n",
		   NULL, ENF_EPARSE, "events.csv:3: seq", "0; expected 1");
}

/* Corrections the model refuses: a seq that does not exist, and a
 * replacement the transition table refuses. The message names the line
 * of the correction. */
/* A corrections.csv with its header only, or blank lines, adds nothing. */
static void test_corr__csv_empty(void **state)
{
	enf_register *reg = corrected_register(), *into = NULL;
	csv6 s = export6(reg);
	static const char *const texts[] = {"", CR_HEAD, CR_HEAD "\n\n", "\n"};

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		enf_status st;

		assert_int_equal(enf_register_new(&into), ENF_OK);
		st = enf_io_import_csv_corrected(into, s.t[0], s.t[1], s.t[2],
						 s.t[3], EVENTS_1, texts[i]);
		if (st != ENF_OK)
			print_error("%zu: %s\n", i, enf_last_error());
		assert_int_equal(st, ENF_OK);
		enf_register_free(into);
	}
	free6(&s);
	enf_register_free(reg);
}

static void test_corr__csv_refused(void **state)
{
	(void)state;
	refuse_csv(EVENTS_1,
		   CR_HEAD "LS-01,15/Q\xc4\x90-THADS,0,void,2025-03-27,x,7,"
			   "classified,2025-01-20,0\n",
		   ENF_EINVALID, "corrections.csv:2: target", "seq");
	refuse_csv(EVENTS_1,
		   "office,decision_no,index,kind,recorded,reason,target,"
		   "event_kind,event_date,was_event_kind,was_event_date\n"
		   "LS-01,15/Q\xc4\x90-THADS,0,replace,2025-03-27,x,1,"
		   "request_received,2025-01-20,classified,2025-01-20\n",
		   ENF_ESTATE, "corrections.csv:2:", "");
}

static void test_corr__csv_dir(void **state)
{
	char dir[] = "/tmp/enf-test-corr-XXXXXX", path[600];
	enf_register *reg = corrected_register(), *back = NULL;
	static const char *const files[] = {
		"cases.csv",	  "parties.csv", "obligations.csv",
		"assets.csv",	  "events.csv",	 "corrections.csv",
		"corrections.csv"};

	(void)state;
	assert_non_null(mkdtemp(dir));
	assert_int_equal(enf_io_save_csv_dir(reg, dir), ENF_OK);
	(void)snprintf(path, sizeof(path), "%s/corrections.csv", dir);
	assert_int_equal(access(path, R_OK), 0);
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(back, dir), ENF_OK);
	same_history(reg, back);
	for (size_t i = 0; i < 6; i++) {
		(void)snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		(void)remove(path);
	}
	assert_int_equal(rmdir(dir), 0);
	enf_register_free(back);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* JSON                                                                    */

static void test_corr__json_round_trip(void **state)
{
	enf_register *reg = corrected_register(), *back = NULL;
	char *json = NULL, *json2 = NULL, *one = NULL;
	enf_calendar *cal = NULL;

	(void)state;
	assert_int_equal(enf_io_export_json(&json, NULL, reg), ENF_OK);
	assert_non_null(strstr(json, "\"schema\": \"enforcement-register/2\""));
	assert_non_null(strstr(json, "{\"seq\": 2, \"date\": \"2025-03-10\""));
	assert_non_null(strstr(json, "\"corrections\": ["));
	assert_non_null(strstr(json,
			       "{\"kind\": \"void\", \"recorded\": "
			       "\"2025-03-27\", \"reason\": \"entered "
			       "twice\", \"author\": null, \"target\": 3, "
			       "\"was_event_kind\": \"collected\""));
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(enf_io_import_json(back, json, "reg.json"), ENF_OK);
	same_history(reg, back);
	assert_int_equal(enf_io_export_json(&json2, NULL, back), ENF_OK);
	assert_string_equal(json, json2);
	/* The case JSON: the seqs and the corrections. */
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	assert_int_equal(enf_case_to_json(&one, NULL, case_at(reg, 0), cal,
					  ymd(2025, 4, 1)),
			 ENF_OK);
	assert_non_null(strstr(one, "\"schema\": \"enforcement-case/2\""));
	assert_non_null(strstr(one, "{\"seq\": 2, \"date\": \"2025-03-10\""));
	assert_non_null(strstr(one, "\"kind\": \"asset\", \"recorded\": "
				    "\"2025-03-30\""));
	enf_calendar_free(cal);
	enf_io_free(one);
	enf_io_free(json2);
	enf_io_free(json);
	enf_register_free(back);
	enf_register_free(reg);
}

static void refuse_json(const char *text, enf_status want, const char *where,
			const char *what)
{
	enf_register *into = NULL;
	enf_status got;

	assert_int_equal(enf_register_new(&into), ENF_OK);
	got = enf_io_import_json(into, text, "reg.json");
	if (got != want)
		print_error("%s\n", enf_last_error());
	assert_int_equal(got, want);
	assert_error_names(where, what);
	assert_int_equal(enf_register_count(into), 0);
	enf_register_free(into);
}

#define J2                                                                     \
	"{\"format\": \"enforcement-register\", \"version\": 2, \"cases\": "   \
	"[\n{\"office\": \"LS-02\", \"decision_no\": \"1/T\", \"mode\": "      \
	"\"agency\", \"judgment_kind\": \"civil\",\n\"events\": [{\"seq\": "   \
	"0, \"date\": \"2025-01-06\", \"kind\": \"decision_issued\"}],\n"

static void test_corr__json_bad_input(void **state)
{
	(void)state;
	refuse_json(J2 "\"corrections\": [{\"kind\": \"retract\", "
		       "\"recorded\": \"2025-02-01\", \"reason\": \"x\"}]}]}",
		    ENF_EPARSE, "reg.json:4: cases[0].corrections[0].kind",
		    "\"retract\" is not a correction");
	refuse_json(J2 "\"corrections\": [{\"kind\": \"void\", "
		       "\"recorded\": \"2025-02-01\", \"reason\": \"x\", "
		       "\"wrong\": 1}]}]}",
		    ENF_EPARSE, "reg.json:4: cases[0].corrections[0].wrong",
		    "unknown field");
	/* Version 1 documents have no corrections. */
	refuse_json("{\"format\": \"enforcement-register\", \"version\": 1, "
		    "\"cases\": [{\"office\": \"LS-02\", \"decision_no\": "
		    "\"1/T\", \"mode\": \"agency\", \"judgment_kind\": "
		    "\"civil\", \"corrections\": []}]}",
		    ENF_EPARSE, "reg.json:1: cases[0].corrections",
		    "unknown field");
	/* Events out of seq order without corrections. */
	refuse_json("{\"format\": \"enforcement-register\", \"version\": 2, "
		    "\"cases\": [\n{\"office\": \"LS-02\", \"decision_no\": "
		    "\"1/T\", \"mode\": \"agency\", \"judgment_kind\": "
		    "\"civil\", \"events\": [{\"seq\": 1, \"date\": "
		    "\"2025-01-06\", \"kind\": \"decision_issued\"}]}]}",
		    ENF_EPARSE, "reg.json:2: cases[0].events",
		    "seq 1; expected 0");
	/* A void of an event that is not there. */
	refuse_json(J2 "\"corrections\": [{\"kind\": \"void\", "
		       "\"recorded\": \"2025-02-01\", \"reason\": \"x\", "
		       "\"target\": 4, \"was_event_kind\": \"verified\", "
		       "\"was_event_date\": \"2025-01-20\"}]}]}",
		    ENF_EINVALID, "reg.json:", "seq");
}

/* ---------------------------------------------------------------------- */
/* The store                                                               */

#ifdef ENF_WITH_SQLITE
static void test_corr__store(void **state)
{
	char path[] = "/tmp/enf-test-corr-store-XXXXXX";
	enf_register *reg = corrected_register(), *back = NULL;
	enf_store *st = NULL;
	enf_case *c = NULL;
	enf_correction k;
	enf_event ev = {ENF_EV_COLLECTED, 0, 0, 2000000, NONE};
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	(void)close(fd);
	assert_int_equal(enf_store_open(&st, path, NULL), ENF_OK);
	assert_int_equal(enf_store_save(st, reg), ENF_OK);
	/* Then one more event and one more correction, appended. */
	ev.date = ymd(2025, 4, 2);
	assert_int_equal(enf_register_apply(reg, 0, &ev), ENF_OK);
	assert_int_equal(enf_register_at(&c, reg, 0), ENF_OK);
	assert_int_equal(enf_store_add_event(st, c, &ev), ENF_OK);
	k = corr(ENF_CORRECT_PARTY, ymd(2025, 4, 3), 1, "creditor");
	assert_int_equal(enf_case_party(&k.party, c, 1), ENF_OK);
	k.party.name = "Ng\xc3\xa2n s\xc3\xa1"
		       "ch nh\xc3\xa0 n\xc6\xb0\xe1\xbb\x9b"
		       "c";
	assert_int_equal(enf_register_correct(reg, 0, &k), ENF_OK);
	assert_int_equal(enf_register_at(&c, reg, 0), ENF_OK);
	/* Out of order: the store holds 6 corrections of the case. */
	assert_int_equal(enf_store_add_correction(st, c, 2), ENF_ESTATE);
	assert_error_names("store_add_correction", "holds 6 corrections");
	assert_int_equal(enf_store_add_correction(st, c, 9), ENF_ERANGE);
	assert_int_equal(enf_store_add_correction(NULL, c, 6), ENF_EINVALID);
	assert_int_equal(enf_store_add_correction(st, c, 6), ENF_OK);
	enf_store_free(st);
	assert_int_equal(enf_store_open(&st, path, NULL), ENF_OK);
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(enf_store_load(st, back), ENF_OK);
	same_history(reg, back);
	enf_store_free(st);
	enf_register_free(back);
	(void)remove(path);
	enf_register_free(reg);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_corr__csv_round_trip),
		cmocka_unit_test(test_corr__csv_old_forms),
		cmocka_unit_test(test_corr__csv_bad_input),
		cmocka_unit_test(test_corr__csv_refused),
		cmocka_unit_test(test_corr__csv_empty),
		cmocka_unit_test(test_corr__csv_dir),
		cmocka_unit_test(test_corr__json_round_trip),
		cmocka_unit_test(test_corr__json_bad_input),
#ifdef ENF_WITH_SQLITE
		cmocka_unit_test(test_corr__store),
#endif
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
