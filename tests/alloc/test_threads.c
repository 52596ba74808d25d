/*
 * Threads (issue 8, item 4): ENF_THREADS threads share one calendar and
 * every auction rule set (built in, and one parsed from text), read-only,
 * as DESIGN.md allows, and each builds its own objects from them: a
 * register of the bundled sample, statistics reports (bytes, JSON, merge,
 * rollup over an organisation tree, directories loaded on threads, every
 * office in one pass), a worklist and statutory periods on
 * the shared calendar, a sale per rule set (dated plan, CSV, replay,
 * simulation), and the payout engines (fee, interest, distribution with a
 * trail, a ledger), and the rules catalogue of one shared rulebook
 * with overrides. Every thread must compute the same figures; they are
 * compared at the end. Each thread also makes calls fail with a message of
 * its own, waits on a barrier until every thread has done the same, and
 * checks that enf_last_error() and enf_last_status() still give its own
 * (they are thread-local).
 *
 * It passes in every build; scripts/tsan.sh builds it with
 * ThreadSanitizer and runs it with halt_on_error=1.
 */
#define _POSIX_C_SOURCE 200809L

#include <enforcement.h>

#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ENF_SAMPLE_DIR
#error "ENF_SAMPLE_DIR must name examples/data/sample"
#endif

#define ENF_THREADS  4
#define ERROR_ROUNDS 50
#define MAX_RULES    32

/* ---------------------------------------------------------------------- */
/* What the threads share (read-only once they start)                      */

static struct {
	enf_calendar *cal;
	enf_auction_rules *rules[MAX_RULES];
	size_t nrules;
	enf_rulebook *book; /* the rules catalogue with overrides */
	pthread_barrier_t barrier;
} shared;

static const char cal_text[] = "year 2027\n"
			       "off 2027-01-01 Tết Dương lịch\n"
			       "off 2027-02-04 2027-02-10 Tết Đinh Mùi\n"
			       "work 2027-02-20\n"
			       "off 2027-04-16 Giỗ Tổ Hùng Vương\n"
			       "off 2027-04-30 2027-05-03\n"
			       "off 2027-09-01 2027-09-02 Quốc khánh\n";

static const char rules_text[] = "rules LOCAL-2026\n"
				 "extends VN-2026\n"
				 "title \"A local variant\"\n"
				 "round 2 cut 0 1/10 1/20 of previous\n"
				 "max-rounds 9\n";

/* ---------------------------------------------------------------------- */
/* One thread's results                                                    */

typedef struct job {
	int id;
	long ops;      /* library calls made */
	long failures; /* checks that failed */
	char *text;    /* the figures, one per line */
	size_t n, cap;
} job;

static void put(job *j, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof(buf))
		n = sizeof(buf) - 1;
	if (j->n + (size_t)n + 1 > j->cap) {
		size_t cap = j->cap ? 2 * j->cap : 4096;
		char *p;

		while (cap < j->n + (size_t)n + 1)
			cap *= 2;
		p = realloc(j->text, cap);
		if (p == NULL)
			abort();
		j->text = p;
		j->cap = cap;
	}
	memcpy(j->text + j->n, buf, (size_t)n + 1);
	j->n += (size_t)n;
}

static void fail(job *j, const char *fmt, ...)
{
	va_list ap;

	j->failures++;
	fprintf(stderr, "test_threads: thread %d: ", j->id);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (last error: %s)\n", enf_last_error());
}

/* Counts a call and reports a status other than want. */
#define CALL(want, call)                                                       \
	do {                                                                   \
		enf_status st_ = (call);                                       \
		j->ops++;                                                      \
		if (st_ != (want))                                             \
			fail(j, "line %d: %s returned %s", __LINE__, #call,    \
			     enf_status_str(st_));                             \
	} while (0)
#define OK(call) CALL(ENF_OK, call)

/* FNV-1a of a text (0 for NULL), to keep the figures short. */
static uint64_t hash(const char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	if (p == NULL)
		return 0;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * 0x100000001b3ULL;
	return h;
}

static void put_text(job *j, const char *what, char *text, size_t n)
{
	put(j, "%s %zu %016" PRIx64 "\n", what, n, hash(text, n));
	enf_io_free(text);
}

static enf_date day(int y, int m, int d)
{
	enf_date out = ENF_DATE_NONE;

	(void)enf_date_from_ymd(&out, y, m, d);
	return out;
}

/* ---------------------------------------------------------------------- */
/* The work                                                                */

/* Fails calls with messages naming this thread and round, waits for the
 * others to do the same, and checks the message is still this thread's. */
static void own_errors(job *j)
{
	for (int r = 0; r < ERROR_ROUNDS; r++) {
		char text[64], want[64];
		enf_money m = 0;
		enf_date d = 0;

		(void)snprintf(text, sizeof(text), "thread-%d-round-%d", j->id,
			       r);
		if (r % 2 == 0) {
			CALL(ENF_EPARSE, enf_money_parse(&m, text));
			(void)snprintf(want, sizeof(want), "%s", text);
		} else {
			CALL(ENF_ERANGE,
			     enf_date_from_ymd(&d, 2000 + j->id, 13, r));
			(void)snprintf(want, sizeof(want), "13");
		}
		(void)pthread_barrier_wait(&shared.barrier);
		if (strstr(enf_last_error(), want) == NULL ||
		    enf_last_status() != (r % 2 == 0 ? ENF_EPARSE : ENF_ERANGE))
			fail(j, "round %d: the last error is not mine", r);
		if (r % 2 == 0 && j->id > 0) {
			char other[64];

			(void)snprintf(other, sizeof(other),
				       "thread-%d-round-%d", j->id - 1, r);
			if (strstr(enf_last_error(), other) != NULL)
				fail(j, "round %d: I see thread %d's error", r,
				     j->id - 1);
		}
		(void)pthread_barrier_wait(&shared.barrier);
		enf_error_clear();
		j->ops++;
		if (enf_last_error()[0] != '\0' || enf_last_status() != ENF_OK)
			fail(j, "round %d: clear did not clear", r);
	}
}

static void registers_and_reports(job *j)
{
	static const char *const offices[] = {"LS-BG", "LS-CUC", "LS-HL",
					      "LS-LB", "LS-TP",	 "LS-VL"};
	enf_register *reg = NULL, *back = NULL;
	enf_stats_report *reps[6] = {NULL}, *all = NULL, *sum = NULL;
	enf_stats_report *copy = NULL, *roll = NULL;
	enf_org *org = NULL;
	enf_period period;
	enf_work_item *items = NULL;
	char *text = NULL;
	size_t n = 0, nitems = 0;
	int64_t rate = 0;

	OK(enf_register_new(&reg));
	OK(enf_io_load_csv_dir(reg, ENF_SAMPLE_DIR));
	put(j, "cases %zu\n", enf_register_count(reg));
	OK(enf_io_export_json(&text, &n, reg));
	OK(enf_register_new(&back));
	OK(enf_io_import_json(back, text, "sample.json"));
	put_text(j, "json", text, n);
	OK(enf_io_export_csv(&text, &n, back, ENF_IO_EVENTS));
	put_text(j, "events.csv", text, n);

	OK(enf_report_cumulative(&period, 2025, 12));
	OK(enf_stats_report_new(&all, "LS", &period));
	OK(enf_stats_report_add_register(all, reg, NULL));
	OK(enf_stats_report_new(&sum, "LS (merged)", &period));
	OK(enf_org_new(&org));
	OK(enf_org_create(org, "LS", "Lạng Sơn", NULL, day(2009, 7, 1)));
	OK(enf_org_create(org, "LS-KV1", "Khu vực 1", "LS", day(2025, 7, 1)));
	for (size_t i = 0; i < 6; i++) {
		enf_filter f;

		OK(enf_org_create(org, offices[i], offices[i], "LS",
				  day(2009, 7, 1)));
		OK(enf_filter_init(&f, ENF_FILTER_VERSION));
		f.office = offices[i];
		OK(enf_stats_report_new(&reps[i], offices[i], &period));
		OK(enf_stats_report_add_register(reps[i], reg, &f));
		OK(enf_stats_report_merge(sum, reps[i]));
		OK(enf_stats_report_rate(&rate, reps[i], ENF_GROUP_ALL,
					 ENF_BY_CASES, NULL));
		put(j, "rate %s %" PRId64 "\n", offices[i], rate);
	}
	OK(enf_org_merge(org, "LS-TP", "LS-KV1", day(2025, 7, 1)));
	OK(enf_org_merge(org, "LS-CUC", "LS-KV1", day(2025, 7, 1)));
	OK(enf_org_rollup(&roll, org, "LS-KV1", day(2025, 9, 30),
			  (const enf_stats_report *const *)reps, 6));
	OK(enf_stats_report_to_bytes(&text, &n, roll));
	put_text(j, "rollup", text, n);
	OK(enf_stats_report_to_bytes(&text, &n, all));
	OK(enf_stats_report_from_bytes(&copy, text, n));
	put_text(j, "all.bytes", text, n);
	OK(enf_stats_report_to_bytes(&text, &n, sum));
	put_text(j, "merged.bytes", text, n);
	OK(enf_stats_report_to_json(&text, &n, copy));
	put_text(j, "all.json", text, n);
	{
		const enf_stats_report *t[] = {all, reps[0], reps[4]};

		OK(enf_stats_table(&text, &n, t, 3, ENF_GROUP_ALL,
				   ENF_TABLE_CSV, ENF_LOCALE_VI));
		put_text(j, "table", text, n);
	}
	/* Directories loaded on threads of the library's own, inside this
	 * thread (twice the same: refused at the end), and every office in
	 * one pass. */
	{
		const char *dirs[2] = {ENF_SAMPLE_DIR, ENF_SAMPLE_DIR};
		enf_register *two = NULL;
		enf_stats_report **by = NULL;
		size_t nby = 0;

		OK(enf_register_new(&two));
		CALL(ENF_ESTATE, enf_io_load_csv_dirs(two, dirs, 2, 2));
		OK(enf_io_load_csv_dirs(two, dirs, 1, 2));
		OK(enf_stats_report_by_office(&by, &nby, two, &period));
		for (size_t i = 0; i < nby; i++) {
			OK(enf_stats_report_to_bytes(&text, &n, by[i]));
			put_text(j, enf_stats_report_unit(by[i]), text, n);
		}
		enf_stats_reports_free(by, nby);
		enf_register_free(two);
	}

	/* The worklist on the shared calendar. */
	CALL(ENF_EBUFSIZE,
	     enf_register_worklist(NULL, 0, &nitems, reg, NULL, shared.cal,
				   NULL, day(2025, 3, 31)));
	items = malloc((nitems ? nitems : 1) * sizeof(*items));
	if (items == NULL)
		abort();
	OK(enf_register_worklist(items, nitems, &nitems, reg, NULL, shared.cal,
				 NULL, day(2025, 3, 31)));
	{
		uint64_t h = 0;

		for (size_t i = 0; i < nitems; i++)
			h = h * 31 + (uint64_t)items[i].case_index * 7 +
			    (uint64_t)items[i].deadline.due;
		put(j, "worklist %zu %016" PRIx64 "\n", nitems, h);
	}
	free(items);
	for (size_t i = 0; i < 6; i++)
		enf_stats_report_free(reps[i]);
	enf_stats_report_free(all);
	enf_stats_report_free(sum);
	enf_stats_report_free(copy);
	enf_stats_report_free(roll);
	enf_org_free(org);
	enf_register_free(reg);
	enf_register_free(back);
}

/* Periods on the shared calendar. */
static void periods(job *j)
{
	uint64_t h = 0;

	for (enf_date d = day(2024, 12, 1); d < day(2027, 12, 1); d += 3) {
		enf_date end = 0;
		int32_t count = 0;
		int w = 0;

		OK(enf_calendar_period_end(&end, shared.cal, d, 5,
					   ENF_UNIT_WORKING_DAYS));
		h = h * 31 + (uint64_t)end;
		OK(enf_calendar_period_end(&end, shared.cal, d, 1,
					   ENF_UNIT_MONTHS));
		h = h * 31 + (uint64_t)end;
		OK(enf_calendar_count_working_days(&count, shared.cal, d,
						   d + 40));
		OK(enf_calendar_is_working_day(&w, shared.cal, d));
		h = h * 31 + (uint64_t)count * 2 + (uint64_t)w;
	}
	put(j, "periods %016" PRIx64 "\n", h);
}

/* A sale under each shared rule set. */
static void auctions(job *j)
{
	for (size_t i = 0; i < shared.nrules; i++) {
		const enf_auction_rules *rules = shared.rules[i];
		enf_auction_options opts = ENF_AUCTION_OPTIONS_INIT;
		enf_auction_policy policy = ENF_AUCTION_POLICY_INIT;
		enf_auction_model model = ENF_AUCTION_MODEL_INIT;
		enf_auction_scenario sc;
		enf_auction_rules_info info;
		enf_auction_state s1, s2;
		enf_auction *sale = NULL, *again = NULL;
		char *csv = NULL, *csv2 = NULL, *text = NULL;
		size_t n = 0, n2 = 0;
		int32_t rounds = 0;
		enf_money low = 0;

		OK(enf_auction_rules_info_get(&info, rules));
		opts.value = 2000000000;
		opts.costs = 150000000;
		opts.debt = 1500000000;
		opts.real_estate = 1;
		opts.start = day(2026, 9, 7);
		opts.calendar = shared.cal;
		policy.max_rounds = 8;
		OK(enf_auction_new(&sale, rules, &opts));
		OK(enf_auction_plan(sale, &policy));
		OK(enf_auction_to_csv(&csv, &n, sale));
		OK(enf_auction_new(&again, rules, &opts));
		OK(enf_auction_replay_csv(again, csv));
		OK(enf_auction_to_csv(&csv2, &n2, again));
		OK(enf_auction_state_get(&s1, sale));
		OK(enf_auction_state_get(&s2, again));
		if (n != n2 || strcmp(csv, csv2) != 0 ||
		    memcmp(&s1, &s2, sizeof(s1)) != 0)
			fail(j, "%s: the replay differs", info.id);
		put(j, "sale %s %d %d %" PRId64 " %ld\n", info.id,
		    (int)s1.phase, (int)s1.round, s1.price, (long)s1.date);
		put_text(j, "sale.csv", csv, n);
		enf_io_free(csv2);
		OK(enf_auction_to_json(&text, &n, sale));
		put_text(j, "sale.json", text, n);
		OK(enf_auction_rules_to_text(&text, &n, rules));
		put_text(j, "rules", text, n);
		model.runs = 2000;
		model.seed = 7;
		OK(enf_auction_simulate(&sc, rules, &opts, &policy, &model));
		put(j,
		    "scenario %" PRId64 " %" PRId64 " %" PRId64 " %" PRId64
		    "\n",
		    sc.sold_ppm, sc.mean_proceeds, sc.exp_proceeds,
		    sc.exp_days_milli);
		if (enf_auction_rounds_to_reach(&rounds, rules, 1000000000,
						500000000) == ENF_OK)
			put(j, "rounds %d\n", (int)rounds);
		j->ops++;
		if (enf_auction_lowest_price(&low, rules, 1000000000, 2) ==
		    ENF_OK)
			put(j, "lowest %" PRId64 "\n", low);
		j->ops++;
		enf_auction_free(sale);
		enf_auction_free(again);
	}
}

static void payouts(job *j)
{
	enf_trail *trail = NULL;
	enf_ledger *l = NULL;
	enf_fee_options fo = ENF_FEE_OPTIONS_INIT;
	enf_interest_options io = ENF_INTEREST_OPTIONS_INIT;
	enf_payout_options po = ENF_PAYOUT_OPTIONS_INIT;
	enf_payment pays[2];
	enf_claim claims[3];
	enf_money fee = 0, paid[3];
	enf_interest_result ir;
	enf_payout_result pr;
	enf_ledger_balance b;
	char *text = NULL;
	size_t n = 0;

	memset(claims, 0, sizeof(claims));
	for (int i = 0; i < 3; i++) {
		claims[i].tier = (enf_tier)i;
		claims[i].principal = 100000000 * (i + 1);
		claims[i].interest = 1000000 * i;
		claims[i].requested = day(2025, 1, 1 + i);
	}
	pays[0].date = day(2025, 3, 1);
	pays[0].amount = 50000000;
	pays[1].date = day(2025, 7, 1);
	pays[1].amount = 30000000;
	fo.date = day(2025, 3, 1);
	po.costs = 10000000;
	OK(enf_trail_new(&trail));
	OK(enf_fee_compute(&fee, 1000000000, 17000000000, &fo, trail));
	OK(enf_interest_compute(&ir, 200000000, day(2025, 1, 1),
				day(2025, 12, 31), pays, 2, NULL, 0, NULL, 0,
				&io, trail));
	OK(enf_payout_distribute(&pr, paid, claims, 3, 300000000, &po, trail));
	put(j,
	    "fee %" PRId64 " interest %" PRId64 " paid %" PRId64 " %" PRId64
	    " %" PRId64 "\n",
	    fee, ir.interest, paid[0], paid[1], paid[2]);
	OK(enf_trail_to_csv(&text, &n, trail));
	put_text(j, "trail", text, n);
	OK(enf_ledger_new(&l));
	for (int i = 0; i < 3; i++)
		OK(enf_ledger_add_claim(NULL, l, &claims[i], day(2025, 1, 1),
					NULL));
	OK(enf_ledger_add_costs(l, day(2025, 2, 1), 2000000));
	fo.date = ENF_DATE_NONE;
	OK(enf_ledger_collect(l, day(2025, 3, 1), 150000000, NULL, &fo, trail));
	OK(enf_ledger_collect(l, day(2025, 9, 1), 250000000, NULL, &fo, trail));
	OK(enf_ledger_balance_on(&b, l, day(2025, 12, 31)));
	put(j, "ledger %" PRId64 " %" PRId64 " %" PRId64 " %zu\n", b.total,
	    b.fees, b.paid_out, enf_trail_count(trail));
	enf_ledger_free(l);
	enf_trail_free(trail);
}

/* The rules catalogue of the shared rulebook: every row, values by date,
 * and its CSV and JSON forms. */
static void catalogue(job *j)
{
	size_t n = enf_rules_catalogue_count(shared.book);
	char *text = NULL;
	size_t len = 0;
	int64_t v = 0;

	for (size_t i = 0; i < n; i++) {
		enf_rule r;

		OK(enf_rules_catalogue_at(&r, shared.book, i));
		put(j, "rule %s %" PRId64 " %s\n", r.id, r.value, r.confidence);
	}
	OK(enf_rules_value(&v, NULL, shared.book, "VN.base_salary",
			   day(2027, 3, 1)));
	put(j, "salary %" PRId64 "\n", v);
	OK(enf_rules_catalogue_to_csv(&text, &len, shared.book));
	put_text(j, "catalogue.csv", text, len);
	OK(enf_rules_catalogue_to_json(&text, &len, shared.book));
	put_text(j, "catalogue.json", text, len);
}

static void *work(void *arg)
{
	job *j = arg;

	(void)pthread_barrier_wait(&shared.barrier);
	own_errors(j);
	registers_and_reports(j);
	periods(j);
	auctions(j);
	payouts(j);
	catalogue(j);
	return NULL;
}

/* ---------------------------------------------------------------------- */
/* Main                                                                    */

static int setup(void)
{
	const char *id;

	if (enf_calendar_new(&shared.cal, NULL) != ENF_OK ||
	    enf_calendar_load(shared.cal, cal_text) != ENF_OK)
		return -1;
	for (size_t i = 0; (id = enf_auction_rules_builtin_id(i)) != NULL &&
			   shared.nrules < MAX_RULES - 1;
	     i++)
		if (enf_auction_rules_builtin(&shared.rules[shared.nrules++],
					      id) != ENF_OK)
			return -1;
	if (enf_auction_rules_parse(&shared.rules[shared.nrules++],
				    rules_text) != ENF_OK)
		return -1;
	if (enf_rulebook_new(&shared.book) != ENF_OK ||
	    enf_rulebook_override(shared.book,
				  "VN.base_salary 2027-01-01 none 2700000\n") !=
		    ENF_OK)
		return -1;
	return 0;
}

int main(void)
{
	pthread_t tid[ENF_THREADS];
	job jobs[ENF_THREADS];
	long ops = 0, failures = 0, lines = 0;
	enf_money m = 0;

	if (setup() != 0) {
		fprintf(stderr, "test_threads: setup: %s\n", enf_last_error());
		return 1;
	}
	/* The main thread's own last error must survive the threads. */
	(void)enf_money_parse(&m, "main-thread");
	if (pthread_barrier_init(&shared.barrier, NULL, ENF_THREADS) != 0)
		return 1;
	memset(jobs, 0, sizeof(jobs));
	for (int i = 0; i < ENF_THREADS; i++) {
		jobs[i].id = i;
		if (pthread_create(&tid[i], NULL, work, &jobs[i]) != 0) {
			fprintf(stderr, "test_threads: pthread_create\n");
			return 1;
		}
	}
	for (int i = 0; i < ENF_THREADS; i++)
		(void)pthread_join(tid[i], NULL);
	if (strstr(enf_last_error(), "main-thread") == NULL) {
		fprintf(stderr, "test_threads: main's last error is \"%s\"\n",
			enf_last_error());
		failures++;
	}
	for (int i = 0; i < ENF_THREADS; i++) {
		ops += jobs[i].ops;
		failures += jobs[i].failures;
		if (jobs[i].text == NULL || jobs[0].text == NULL ||
		    strcmp(jobs[i].text, jobs[0].text) != 0) {
			fprintf(stderr,
				"test_threads: thread %d's figures differ "
				"from thread 0's\n",
				i);
			failures++;
		}
	}
	if (failures == 0 && jobs[0].text != NULL)
		for (const char *p = jobs[0].text; *p != '\0'; p++)
			lines += *p == '\n';
	for (int i = 0; i < ENF_THREADS; i++)
		free(jobs[i].text);
	(void)pthread_barrier_destroy(&shared.barrier);
	for (size_t i = 0; i < shared.nrules; i++)
		enf_auction_rules_free(shared.rules[i]);
	enf_calendar_free(shared.cal);
	enf_rulebook_free(shared.book);
	if (failures > 0) {
		fprintf(stderr, "test_threads: %ld failures\n", failures);
		return 1;
	}
	printf("test_threads: %d threads, %ld operations, the same %ld figures "
	       "in every thread\n",
	       ENF_THREADS, ops, lines);
	return 0;
}
