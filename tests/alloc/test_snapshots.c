/*
 * Snapshots under threads (case.h, "Threads"): one writer applies events
 * to the bundled sample's register (enf_register_apply(), which copies a
 * case a snapshot shares), corrects them (enf_register_correct(): every
 * 4th event replaced, every 4th + 2 voided) and adds cases, while READERS
 * threads take snapshots and compute from them, as a server answering reports
 * while a clerk writes. The register has one lock, held by the writer for each
 * change and by a reader only while it takes a snapshot (which reads the
 * register); everything else runs unlocked: the readers' reports,
 * worklists and exports on their snapshots beside the writer's changes,
 * and the freeing of snapshots, which frees on a reader's thread the
 * cases the writer has replaced.
 *
 * Each reader checks every snapshot it takes: its report (counted with
 * enf_stats_report_add_register()) is the same when counted twice, and
 * the same as one counted from the snapshot's cases one by one; its
 * worklist is the same twice; its count of cases and of events is exactly
 * what the writer had made when the snapshot was taken (the writer
 * publishes its counts under the lock); a snapshot of the snapshot
 * exports the same JSON. Snapshots taken later hold at least as much.
 *
 * It passes in every build; scripts/tsan.sh can build the target
 * test_snapshots with ThreadSanitizer and run it with halt_on_error=1.
 */
#define _POSIX_C_SOURCE 200809L

#include <enforcement.h>

#include <inttypes.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef ENF_SAMPLE_DIR
#error "ENF_SAMPLE_DIR must name examples/data/sample"
#endif

#define READERS	   3
#define SNAPSHOTS  8	 /* per reader */
#define EVENTS_MIN 200	 /* the writer's events: at least, */
#define EVENTS_MAX 20000 /* and at most (it stops once every reader is) */
#define PACE_NS                                                                \
	200000	     /* the writer's pause after an event (a clerk's           \
			pace, so that the readers see many states) */
#define ADD_EVERY 20 /* a new case after every ADD_EVERY events */
#define CORRECT_EVERY                                                          \
	4 /* the event just applied is replaced after every 4th, voided        \
	     after every 4th + 2 */

static struct {
	enf_register *reg;
	enf_calendar *cal;
	pthread_mutex_t lock; /* the writer's changes; taking a snapshot */
	/* What the writer has made, published under the lock. */
	size_t cases, events, corrections;
	int readers_done;
	long failures;
} w;

static pthread_mutex_t fail_lock = PTHREAD_MUTEX_INITIALIZER;

static void fail(const char *who, int line, const char *what)
{
	pthread_mutex_lock(&fail_lock);
	w.failures++;
	fprintf(stderr, "test_snapshots: %s, line %d: %s (last error: %s)\n",
		who, line, what, enf_last_error());
	pthread_mutex_unlock(&fail_lock);
}

#define CHECK(who, cond)                                                       \
	do {                                                                   \
		if (!(cond))                                                   \
			fail((who), __LINE__, #cond);                          \
	} while (0)

static enf_date day(int y, int m, int d)
{
	enf_date out = ENF_DATE_NONE;

	(void)enf_date_from_ymd(&out, y, m, d);
	return out;
}

/* ---------------------------------------------------------------------- */
/* The writer                                                              */

/* The cases being enforced that still owe enough for the writer's
 * collections of 1 VND each. */
static size_t collectable(size_t *out, size_t cap)
{
	size_t n = 0;

	for (size_t i = 0; i < enf_register_count(w.reg) && n < cap; i++) {
		enf_case *c = NULL;
		enf_case_status s;

		if (enf_register_at(&c, w.reg, i) == ENF_OK &&
		    enf_case_status_on(&s, c, ENF_DATE_MAX) == ENF_OK &&
		    s.state == ENF_STATE_WITH_MEANS &&
		    s.outstanding >= EVENTS_MAX)
			out[n++] = i;
	}
	return n;
}

/* A new case with two events: on the writer's thread until added. */
static enf_case *new_case(int k)
{
	char no[32];
	enf_case_info info;
	enf_case *c = NULL;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Vi Văn Tâm",
			    NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
			      "Hà Thị Lan", NULL};
	enf_obligation o = {ENF_OBL_OTHER_MONEY, 10000000, 0, 1, 0};
	enf_event d = {ENF_EV_DECISION_ISSUED, day(2025, 1, 2), 0, 0, -1};
	enf_event m = {ENF_EV_CLASSIFIED, day(2025, 1, 10), 1, 0, -1};

	(void)snprintf(no, sizeof(no), "%d/QĐ-W", k);
	(void)enf_case_info_init(&info, ENF_CASE_INFO_VERSION);
	info.office = "LS-TP";
	info.decision_no = no;
	info.mode = ENF_MODE_AGENCY;
	if (enf_case_new(&c, &info) != ENF_OK ||
	    enf_case_add_party(NULL, c, &debtor) != ENF_OK ||
	    enf_case_add_party(NULL, c, &creditor) != ENF_OK ||
	    enf_case_add_obligation(NULL, c, &o) != ENF_OK ||
	    enf_case_apply(c, &d) != ENF_OK || enf_case_apply(c, &m) != ENF_OK)
		fail("writer", __LINE__, "cannot build a case");
	return c;
}

/* Corrects the last event entered in case i (dated day): replaces it by
 * the same collection, or voids it. */
static void correct_last(size_t i, enf_date day, int void_it)
{
	enf_case *c = NULL;
	enf_correction k;

	CHECK("writer", enf_register_at(&c, w.reg, i) == ENF_OK);
	(void)enf_correction_init(&k, ENF_CORRECTION_VERSION);
	k.kind = void_it ? ENF_CORRECT_VOID : ENF_CORRECT_REPLACE;
	k.recorded = day;
	k.reason = void_it ? "entered twice" : "receipt number checked";
	k.author = "writer";
	k.target = enf_case_entry_count(c) - 1;
	k.event.kind = ENF_EV_COLLECTED;
	k.event.date = day;
	k.event.amount = 1;
	pthread_mutex_lock(&w.lock);
	CHECK("writer", enf_register_correct(w.reg, i, &k) == ENF_OK);
	w.corrections++;
	w.events -= (size_t)void_it;
	pthread_mutex_unlock(&w.lock);
}

static void *writer(void *arg)
{
	size_t idx[256], n = collectable(idx, 256);
	long *written = arg;

	CHECK("writer", n > 0);
	for (int k = 0; k < EVENTS_MAX && n > 0; k++) {
		size_t i = idx[(size_t)k % n];
		enf_case *c = NULL;
		enf_event last, e = {ENF_EV_COLLECTED, 0, 0, 1, -1};

		/* The writer reads its own register unlocked: only it
		 * writes. */
		CHECK("writer", enf_register_at(&c, w.reg, i) == ENF_OK);
		CHECK("writer",
		      enf_case_event(&last, c, enf_case_event_count(c) - 1) ==
			      ENF_OK);
		e.date = last.date;
		pthread_mutex_lock(&w.lock);
		CHECK("writer", enf_register_apply(w.reg, i, &e) == ENF_OK);
		w.events++;
		pthread_mutex_unlock(&w.lock);
		if (k % CORRECT_EVERY == 0 || k % CORRECT_EVERY == 2)
			correct_last(i, e.date, k % CORRECT_EVERY == 2);
		if ((k + 1) % ADD_EVERY == 0) {
			enf_case *nc = new_case(k);

			pthread_mutex_lock(&w.lock);
			CHECK("writer", enf_register_add(w.reg, nc) == ENF_OK);
			w.cases++;
			w.events += 2;
			pthread_mutex_unlock(&w.lock);
		}
		(*written)++;
		{
			struct timespec pause = {0, PACE_NS};

			(void)nanosleep(&pause, NULL);
		}
		if (k + 1 >= EVENTS_MIN) {
			int stop;

			pthread_mutex_lock(&w.lock);
			stop = w.readers_done == READERS;
			pthread_mutex_unlock(&w.lock);
			if (stop)
				break;
		}
	}
	return NULL;
}

/* ---------------------------------------------------------------------- */
/* The readers                                                             */

typedef struct reader_job {
	int id;
	long checked;
	char name[16];
} reader_job;

static enf_period year_2025(void)
{
	enf_period p = {0, 0};

	(void)enf_report_cumulative(&p, 2025, 12);
	return p;
}

/* The JSON of the report of reg: all at once, or case by case. */
static char *report(const enf_register *reg, int one_by_one)
{
	enf_stats_report *rep = NULL;
	enf_period p = year_2025();
	char *text = NULL;
	enf_status st = enf_stats_report_new(&rep, "LS", &p);

	if (st == ENF_OK && !one_by_one)
		st = enf_stats_report_add_register(rep, reg, NULL);
	for (size_t i = 0;
	     st == ENF_OK && one_by_one && i < enf_register_count(reg); i++) {
		enf_case *c = NULL;

		st = enf_register_at(&c, reg, i);
		if (st == ENF_OK)
			st = enf_stats_report_add_case(rep, c);
	}
	if (st == ENF_OK)
		st = enf_stats_report_to_json(&text, NULL, rep);
	enf_stats_report_free(rep);
	return st == ENF_OK ? text : NULL;
}

/* A digest of the worklist of reg on 2025-03-31, or 0 on failure. */
static uint64_t worklist(const enf_register *reg)
{
	enf_work_item *items;
	size_t n = 0;
	uint64_t h = 1;

	if (enf_register_worklist(NULL, 0, &n, reg, NULL, w.cal, NULL,
				  day(2025, 3, 31)) != ENF_EBUFSIZE &&
	    n != 0)
		return 0;
	items = malloc((n ? n : 1) * sizeof(*items));
	if (items == NULL ||
	    enf_register_worklist(items, n, &n, reg, NULL, w.cal, NULL,
				  day(2025, 3, 31)) != ENF_OK) {
		free(items);
		return 0;
	}
	for (size_t i = 0; i < n; i++)
		h = h * 1000003u + items[i].case_index * 31u +
		    (uint64_t)items[i].deadline.kind * 7u +
		    (uint64_t)items[i].deadline.due;
	free(items);
	return h;
}

/* The corrections of every case of reg. */
static size_t corrections(const enf_register *reg)
{
	size_t n = 0;

	for (size_t i = 0; i < enf_register_count(reg); i++) {
		enf_case *c = NULL;

		if (enf_register_at(&c, reg, i) == ENF_OK)
			n += enf_case_correction_count(c);
	}
	return n;
}

static void check_snapshot(reader_job *j, const enf_register *snap,
			   size_t cases, size_t events, size_t corrected)
{
	char *a = report(snap, 0), *b = report(snap, 0), *c = report(snap, 1);
	char *x = NULL, *y = NULL;
	enf_register *again = NULL;

	CHECK(j->name, a != NULL && b != NULL && c != NULL);
	CHECK(j->name, a == NULL || b == NULL || strcmp(a, b) == 0);
	CHECK(j->name, a == NULL || c == NULL || strcmp(a, c) == 0);
	CHECK(j->name, worklist(snap) != 0);
	CHECK(j->name, worklist(snap) == worklist(snap));
	CHECK(j->name, enf_register_count(snap) == cases);
	CHECK(j->name, enf_register_event_total(snap) == events);
	CHECK(j->name, corrections(snap) == corrected);
	/* The register as known before the sample's last day: the same
	 * twice, and without the corrections made since. */
	{
		enf_register *known = NULL;
		char *k1, *k2;

		CHECK(j->name,
		      enf_register_as_known(&known, snap, day(2024, 12, 31)) ==
			      ENF_OK);
		k1 = report(known, 0), k2 = report(known, 1);
		CHECK(j->name, k1 != NULL && k2 != NULL && strcmp(k1, k2) == 0);
		CHECK(j->name, corrections(known) <= corrected);
		enf_free(k1);
		enf_free(k2);
		enf_register_free(known);
	}
	/* A snapshot of a snapshot, taken unlocked: nothing writes it. */
	CHECK(j->name, enf_register_snapshot(&again, snap) == ENF_OK);
	CHECK(j->name, enf_io_export_json(&x, NULL, snap) == ENF_OK);
	CHECK(j->name, enf_io_export_json(&y, NULL, again) == ENF_OK);
	CHECK(j->name, x != NULL && y != NULL && strcmp(x, y) == 0);
	enf_register_free(again);
	enf_free(x);
	enf_free(y);
	enf_free(a);
	enf_free(b);
	enf_free(c);
	j->checked++;
}

static void *reader(void *arg)
{
	reader_job *j = arg;
	size_t last_cases = 0, last_events = 0;

	for (int k = 0; k < SNAPSHOTS; k++) {
		enf_register *snap = NULL;
		size_t cases, events, corrected;

		pthread_mutex_lock(&w.lock);
		CHECK(j->name, enf_register_snapshot(&snap, w.reg) == ENF_OK);
		cases = w.cases, events = w.events, corrected = w.corrections;
		pthread_mutex_unlock(&w.lock);
		if (snap == NULL)
			break;
		CHECK(j->name, cases >= last_cases && events >= last_events);
		last_cases = cases, last_events = events;
		check_snapshot(j, snap, cases, events, corrected);
		enf_register_free(snap); /* may free the writer's old cases */
	}
	pthread_mutex_lock(&w.lock);
	w.readers_done++;
	pthread_mutex_unlock(&w.lock);
	return NULL;
}

int main(void)
{
	pthread_t wt, rt[READERS];
	reader_job jobs[READERS];
	long written = 0, checked = 0;
	size_t cases0;

	if (enf_register_new(&w.reg) != ENF_OK ||
	    enf_io_load_csv_dir(w.reg, ENF_SAMPLE_DIR) != ENF_OK ||
	    enf_calendar_new(&w.cal, NULL) != ENF_OK) {
		fprintf(stderr, "test_snapshots: setup: %s\n",
			enf_last_error());
		return 2;
	}
	cases0 = w.cases = enf_register_count(w.reg);
	w.events = enf_register_event_total(w.reg);
	(void)pthread_mutex_init(&w.lock, NULL);
	for (int i = 0; i < READERS; i++) {
		jobs[i].id = i;
		jobs[i].checked = 0;
		(void)snprintf(jobs[i].name, sizeof(jobs[i].name), "reader %d",
			       i);
	}
	if (pthread_create(&wt, NULL, writer, &written) != 0)
		return 2;
	for (int i = 0; i < READERS; i++)
		if (pthread_create(&rt[i], NULL, reader, &jobs[i]) != 0)
			return 2;
	(void)pthread_join(wt, NULL);
	for (int i = 0; i < READERS; i++) {
		(void)pthread_join(rt[i], NULL);
		checked += jobs[i].checked;
	}
	/* The register after the writer, checked the same way. */
	{
		reader_job main_job = {READERS, 0, "main"};

		check_snapshot(&main_job, w.reg, w.cases, w.events,
			       w.corrections);
	}
	CHECK("main", written >= EVENTS_MIN);
	CHECK("main", w.cases == cases0 + (size_t)written / ADD_EVERY);
	(void)pthread_mutex_destroy(&w.lock);
	enf_register_free(w.reg);
	enf_calendar_free(w.cal);
	if (w.failures > 0) {
		fprintf(stderr, "test_snapshots: %ld failures\n", w.failures);
		return 1;
	}
	printf("test_snapshots: 1 writer (%ld events, %zu corrections, %ld "
	       "cases added), %d readers, %ld snapshots checked, each "
	       "consistent\n",
	       written, w.corrections, written / ADD_EVERY, READERS, checked);
	return 0;
}
