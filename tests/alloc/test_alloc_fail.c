/*
 * Allocation-failure injection (issue 8, item 2).
 *
 * The library objects are linked with -Wl,--wrap=malloc,--wrap=calloc,
 * --wrap=realloc,--wrap=free: every allocation the library (or this test)
 * makes goes through the wrappers below, which count the allocations made
 * while a library call is "armed" and fail the N-th of them (mode "one")
 * or every one from the N-th on (mode "from"). The library allocates only
 * through malloc, calloc and realloc (enf__strdup and enf__reserve are its
 * helpers); memory that libc allocates for itself (fopen) is not counted.
 *
 * Six workflows run. (a) Import: a slice of the bundled sample loaded as a
 * CSV directory, exported as JSON and CSV, the JSON imported into a register
 * that already holds other cases, the CSV texts imported from memory, cases
 * built by hand (parties, obligations, assets, events) and added, the
 * pending-age table and a worklist. (b) Report: reports of the sample
 * counted from the register and of a corrected case (copied as known
 * before the period and at its end), written as bytes and JSON, read back,
 * merged, tabled and charted, and an organisation tree that changes (create,
 * rename, merge, split, move) with rollups of office reports. (c) Auction: a
 * built-in rule set written as text and parsed back, one parsed with
 * `extends`, one found by country and date, a calendar with a loaded table,
 * a dated plan, CSV and JSON, a CSV replay, an event replay, two small
 * simulations and a chart. (d) Payout: fee, interest, distribution and
 * takeover with a trail, the trail as CSV and JSON, a ledger with claims,
 * costs, collections (fees, trail), balance and preview. (e) Rules: a
 * rulebook, overrides from two texts, the catalogue as CSV and JSON. (f)
 * Snapshot: a loaded register's snapshot, events applied to shared cases
 * (each copied on write), to the copies, and through a programme, cases
 * added, a snapshot of the snapshot; each failed call must leave the
 * register and every snapshot as they were. (g) Corrections: an event
 * replaced on a shared case (copied) and voided in place, a party
 * amended, a case withdrawn as entered in error, a case and the register
 * as known on a day, a history as text. (h) A corrected register
 * exported as CSV with corrections.csv and as JSON, each imported into a
 * new register. (i) With SQLite: that register saved to a store, a
 * correction appended, the store loaded back. Each workflow is run once to
 * count its allocations A, then for N = 1..A in both modes. For
 * every call that fails: the status is ENF_ENOMEM and enf_last_status() says
 * so, object out-parameters are NULL and value out-parameters as they were,
 * and the object the call works on serialises exactly as before the call
 * (the reference run recorded that serialisation). In mode "one" the failed
 * call is then retried and the workflow goes on; its final results must
 * equal the reference run's. The wrappers also count live blocks (free is
 * wrapped too), so every run must end with as many blocks as it started
 * with: a leak is caught in any build and named with its N, and the
 * sanitizer build adds LeakSanitizer at exit.
 *
 * When A exceeds 4,000 the runs cover N = 1..2,000, the last 200 and an
 * even stride between, about 4,000 in all (ENF_ALLOC_FULL=1 in the
 * environment covers every N).
 */
#define _POSIX_C_SOURCE 200809L

#include <enforcement.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef ENF_SAMPLE_DIR
#error "ENF_SAMPLE_DIR must name examples/data/sample"
#endif
#ifndef ENF_ALLOC_TMPDIR
#define ENF_ALLOC_TMPDIR "/tmp"
#endif

/* ---------------------------------------------------------------------- */
/* The wrappers                                                            */

void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t size);
void __real_free(void *p);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t size);
void __wrap_free(void *p);

enum af_mode { AF_COUNT = 0, AF_ONE = 1, AF_FROM = 2 };

static struct {
	int armed; /* 1 while a library call under test runs */
	enum af_mode mode;
	long n;	     /* the allocation to fail, from 1 */
	long count;  /* allocations seen while armed */
	long failed; /* allocations failed */
	long live;   /* blocks allocated and not freed, armed or not */
} af;

static int af_fail_now(void)
{
	if (!af.armed)
		return 0;
	af.count++;
	if ((af.mode == AF_ONE && af.count == af.n) ||
	    (af.mode == AF_FROM && af.count >= af.n)) {
		af.failed++;
		return 1;
	}
	return 0;
}

void *__wrap_malloc(size_t size)
{
	void *p;

	if (af_fail_now())
		return NULL;
	p = __real_malloc(size);
	if (p != NULL)
		af.live++;
	return p;
}

void *__wrap_calloc(size_t n, size_t size)
{
	void *p;

	if (af_fail_now())
		return NULL;
	p = __real_calloc(n, size);
	if (p != NULL)
		af.live++;
	return p;
}

void *__wrap_realloc(void *old, size_t size)
{
	void *p;

	if (af_fail_now())
		return NULL;
	p = __real_realloc(old, size);
	if (old == NULL && p != NULL)
		af.live++;
	else if (old != NULL && p == NULL && size == 0)
		af.live--;
	return p;
}

void __wrap_free(void *p)
{
	if (p != NULL)
		af.live--;
	__real_free(p);
}

/* ---------------------------------------------------------------------- */
/* A string builder (used disarmed)                                        */

typedef struct sb {
	char *p;
	size_t n, cap;
} sb;

static void sb_put(sb *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		char *p;

		while (cap < b->n + n + 1)
			cap *= 2;
		p = realloc(b->p, cap);
		if (p == NULL) {
			fprintf(stderr, "alloc_fail: out of memory\n");
			exit(2);
		}
		b->p = p;
		b->cap = cap;
	}
	if (n > 0)
		memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void sb_puts(sb *b, const char *s)
{
	sb_put(b, s, strlen(s));
}

static void sb_printf(sb *b, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		sb_put(b, buf,
		       (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

/* Appends a library text (or "<status>") and frees it. */
static void sb_take(sb *b, enf_status st, char *text)
{
	if (st != ENF_OK)
		sb_printf(b, "<%s>", enf_status_str(st));
	else
		sb_puts(b, text);
	enf_io_free(text);
	sb_puts(b, "\n");
}

static char *sb_done(sb *b)
{
	if (b->p == NULL)
		sb_put(b, "", 0);
	return b->p;
}

/* ---------------------------------------------------------------------- */
/* Runs, steps and checks                                                  */

#define AF_MAX_STEPS 96

typedef struct af_flow {
	const char *name;
	char *ref[AF_MAX_STEPS]; /* the worked-on object before each step,
				    recorded by the reference run */
	char *final;		 /* the results of the reference run */
	long allocs;		 /* A: allocations of the reference run */
	int step;		 /* the current step */
	int failed_step;	 /* the first step that failed, or -1 */
	long errors;
} af_flow;

typedef char *(*af_snap)(const void *obj);

static long af_errors_total;

static const char *af_mode_name(enum af_mode m)
{
	return m == AF_ONE ? "one" : m == AF_FROM ? "from" : "reference";
}

static void af_error(af_flow *F, int line, const char *fmt, ...)
{
	va_list ap;

	F->errors++;
	af_errors_total++;
	if (af_errors_total > 40)
		return;
	fprintf(stderr,
		"alloc_fail: %s, mode %s, N=%ld, step %d (line %d): ", F->name,
		af_mode_name(af.mode), af.n, F->step, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
}

static void af_begin(af_flow *F, af_snap snap, const void *obj)
{
	if (F->step >= AF_MAX_STEPS) {
		fprintf(stderr, "alloc_fail: too many steps\n");
		exit(2);
	}
	if (af.mode == AF_COUNT)
		F->ref[F->step] = snap != NULL ? snap(obj) : NULL;
}

/* Checks a failed call; returns 1 when the run goes on (mode one). */
static int af_failed(af_flow *F, enf_status st, const char *call, int line,
		     int post_ok, af_snap snap, const void *obj)
{
	if (af.mode == AF_COUNT) {
		af_error(F, line, "%s returned %s (%s) with no failure", call,
			 enf_status_str(st), enf_last_error());
		return 0;
	}
	if (F->failed_step < 0)
		F->failed_step = F->step;
	if (st != ENF_ENOMEM) {
		af_error(F, line, "%s returned %s, not ENF_ENOMEM (%s)", call,
			 enf_status_str(st), enf_last_error());
		return 0;
	}
	if (enf_last_status() != ENF_ENOMEM || enf_last_error()[0] == '\0')
		af_error(F, line, "%s: last error is %s \"%s\"", call,
			 enf_status_str(enf_last_status()), enf_last_error());
	if (!post_ok)
		af_error(F, line, "%s: an out-parameter was changed", call);
	if (snap != NULL) {
		char *now = snap(obj);

		if (strcmp(now, F->ref[F->step]) != 0)
			af_error(F, line,
				 "%s changed the object:\n--- before\n"
				 "%.600s\n--- after\n%.600s",
				 call, F->ref[F->step], now);
		free(now);
	}
	return af.mode == AF_ONE;
}

/* Runs `call` armed. On failure checks it; in mode one retries it (no
 * allocation fails any more) and goes on, else jumps to the clean-up.
 * `post` must hold after a failure (out-parameters as on error); `snap`
 * serialises `obj`, the object the call works on (NULL: none). */
#define STEP(snap, obj, post, call)                                            \
	do {                                                                   \
		enf_status st_;                                                \
		af_begin(F, (snap), (obj));                                    \
		af.armed = 1;                                                  \
		st_ = (call);                                                  \
		af.armed = 0;                                                  \
		if (st_ != ENF_OK) {                                           \
			if (!af_failed(F, st_, #call, __LINE__, (post),        \
				       (snap), (obj)))                         \
				goto done;                                     \
			af.armed = 1;                                          \
			st_ = (call);                                          \
			af.armed = 0;                                          \
			if (st_ != ENF_OK) {                                   \
				af_error(F, __LINE__, "retry of %s: %s",       \
					 #call, enf_status_str(st_));          \
				goto done;                                     \
			}                                                      \
		}                                                              \
		F->step++;                                                     \
	} while (0)

/* The end of a workflow that ran to completion: its results. */
static void af_final(af_flow *F, char *results, int line)
{
	if (af.mode == AF_COUNT) {
		F->final = results;
		return;
	}
	if (strcmp(results, F->final) != 0)
		af_error(F, line, "results differ from the reference run");
	free(results);
}

/* ---------------------------------------------------------------------- */
/* Snapshots                                                               */

static char *snap_register(const void *obj)
{
	const enf_register *reg = obj;
	sb b = {NULL, 0, 0};

	sb_printf(&b, "%zu cases\n", enf_register_count(reg));
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++) {
		char *t = NULL;
		enf_status st = enf_io_export_csv(&t, NULL, reg, e);

		sb_take(&b, st, t);
	}
	return sb_done(&b);
}

static char *snap_report(const void *obj)
{
	const enf_stats_report *rep = obj;
	sb b = {NULL, 0, 0};
	char *bytes = NULL;
	size_t len = 0;

	if (enf_stats_report_to_bytes(&bytes, &len, rep) != ENF_OK)
		return sb_done(&b);
	for (size_t i = 0; i < len; i++)
		sb_printf(&b, "%02x", (unsigned char)bytes[i]);
	enf_io_free(bytes);
	return sb_done(&b);
}

static char *snap_sale(const void *obj)
{
	const enf_auction *sale = obj;
	sb b = {NULL, 0, 0};
	enf_auction_state s;
	char *t = NULL;
	enf_status st;

	if (enf_auction_state_get(&s, sale) == ENF_OK)
		sb_printf(&b,
			  "%d %d %d %lld %lld %lld %lld %lld %lld %d %d %d "
			  "%ld %ld\n",
			  (int)s.phase, (int)s.round, (int)s.cuts,
			  (long long)s.value, (long long)s.price,
			  (long long)s.lowest_bid, (long long)s.deposit,
			  (long long)s.next_min, (long long)s.proceeds,
			  s.offer_open, s.at_floor, s.below_secured,
			  (long)s.date, (long)s.next_date);
	sb_printf(&b, "%zu steps\n", enf_auction_count(sale));
	st = enf_auction_to_csv(&t, NULL, sale);
	sb_take(&b, st, t);
	return sb_done(&b);
}

static char *snap_trail(const void *obj)
{
	const enf_trail *trail = obj;
	sb b = {NULL, 0, 0};
	char *t = NULL;
	enf_status st;

	sb_printf(&b, "%zu steps\n", enf_trail_count(trail));
	st = enf_trail_to_csv(&t, NULL, trail);
	sb_take(&b, st, t);
	return sb_done(&b);
}

static enf_date day(int y, int m, int d)
{
	enf_date out = ENF_DATE_NONE;

	if (enf_date_from_ymd(&out, y, m, d) != ENF_OK) {
		fprintf(stderr, "alloc_fail: bad date\n");
		exit(2);
	}
	return out;
}

static char *snap_ledger(const void *obj)
{
	const enf_ledger *l = obj;
	static const int dates[][3] = {
		{2025, 1, 31}, {2025, 6, 30}, {2025, 12, 31}, {2027, 1, 1}};
	sb b = {NULL, 0, 0};

	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
		enf_ledger_balance x;
		enf_status st = enf_ledger_balance_on(
			&x, l, day(dates[i][0], dates[i][1], dates[i][2]));

		if (st != ENF_OK)
			sb_printf(&b, "<%s>\n", enf_status_str(st));
		else
			sb_printf(&b, "%lld %lld %lld %lld %lld %lld %lld\n",
				  (long long)x.principal, (long long)x.interest,
				  (long long)x.costs, (long long)x.fees,
				  (long long)x.collected, (long long)x.paid_out,
				  (long long)x.total);
	}
	return sb_done(&b);
}

/* A case through its getters. */
static char *snap_case(const void *obj)
{
	const enf_case *c = obj;
	sb b = {NULL, 0, 0};
	enf_case_info info;
	enf_case_status cs;

	if (enf_case_get_info(&info, c) == ENF_OK)
		sb_printf(&b, "%s %s %ld\n", info.office, info.decision_no,
			  (long)info.decision_date);
	for (size_t i = 0; i < enf_case_party_count(c); i++) {
		enf_party x;

		if (enf_case_party(&x, c, i) == ENF_OK)
			sb_printf(&b, "party %d %d %s %s\n", (int)x.role,
				  (int)x.kind, x.name, x.id ? x.id : "-");
	}
	for (size_t i = 0; i < enf_case_obligation_count(c); i++) {
		enf_obligation x;

		if (enf_case_obligation(&x, c, i) == ENF_OK)
			sb_printf(&b, "obligation %d %lld %d %d %d\n",
				  (int)x.kind, (long long)x.amount,
				  (int)x.debtor, (int)x.creditor, x.joint);
	}
	for (size_t i = 0; i < enf_case_asset_count(c); i++) {
		enf_asset x;

		if (enf_case_asset(&x, c, i) == ENF_OK)
			sb_printf(&b, "asset %d %s %d %d %lld\n", (int)x.kind,
				  x.description, (int)x.owner, (int)x.security,
				  (long long)x.secured_amount);
	}
	for (size_t i = 0; i < enf_case_event_count(c); i++) {
		enf_event x;

		if (enf_case_event(&x, c, i) == ENF_OK)
			sb_printf(&b, "event %d %ld %d %lld %d\n", (int)x.kind,
				  (long)x.date, (int)x.detail,
				  (long long)x.amount, (int)x.asset);
	}
	if (enf_case_status_on(&cs, c, 2100000) == ENF_OK)
		sb_printf(&b, "state %d %lld %lld\n", (int)cs.state,
			  (long long)cs.owed, (long long)cs.collected);
	return sb_done(&b);
}

/* A ledger and the trail its collections write to. */
typedef struct ledger_trail {
	const enf_ledger *l;
	const enf_trail *t;
} ledger_trail;

static char *snap_ledger_trail(const void *obj)
{
	const ledger_trail *lt = obj;
	char *a = snap_ledger(lt->l), *b = snap_trail(lt->t);
	sb s = {NULL, 0, 0};

	sb_puts(&s, a);
	sb_puts(&s, b);
	free(a);
	free(b);
	return sb_done(&s);
}

/* Every day of 2026-2027: working or not, and the holiday's name. */
static char *snap_calendar(const void *obj)
{
	const enf_calendar *cal = obj;
	sb b = {NULL, 0, 0};

	for (enf_date d = day(2026, 1, 1); d <= day(2027, 12, 31); d++) {
		int w = -1;
		const char *name = NULL;

		(void)enf_calendar_is_working_day(&w, cal, d);
		sb_printf(&b, "%d", w);
		if (enf_calendar_holiday_name(&name, cal, d) == ENF_OK &&
		    name != NULL)
			sb_printf(&b, "[%s]", name);
	}
	return sb_done(&b);
}

static const char *const af_units[] = {"LS",	"LS-BG",  "LS-CUC",
				       "LS-HL", "LS-LB",  "LS-TP",
				       "LS-VL", "LS-KV1", "LS-KV2"};
#define AF_NUNITS (sizeof(af_units) / sizeof(af_units[0]))

/* The version, and the parent and name of every unit on three dates. */
static char *snap_org(const void *obj)
{
	const enf_org *org = obj;
	const enf_date dates[] = {day(2010, 1, 1), day(2025, 6, 30),
				  day(2025, 7, 1)};
	sb b = {NULL, 0, 0};

	sb_printf(&b, "version %llu\n",
		  (unsigned long long)enf_org_version(org));
	for (size_t d = 0; d < 3; d++)
		for (size_t i = 0; i < AF_NUNITS; i++) {
			const char *parent = NULL, *name = NULL;
			enf_status a, c;

			a = enf_org_parent(&parent, org, af_units[i], dates[d]);
			c = enf_org_name(&name, org, af_units[i], dates[d]);
			sb_printf(&b, "%s %d %s %d %s\n", af_units[i], (int)a,
				  a == ENF_OK ? parent : "-", (int)c,
				  c == ENF_OK ? name : "-");
		}
	return sb_done(&b);
}

/* ---------------------------------------------------------------------- */
/* The sample slices                                                       */

static const char *const af_files[ENF_IO_ENTITY_COUNT] = {
	"cases.csv", "parties.csv", "obligations.csv", "assets.csv",
	"events.csv"};

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	sb b = {NULL, 0, 0};
	char buf[65536];
	size_t n;

	if (f == NULL) {
		fprintf(stderr, "alloc_fail: cannot read %s\n", path);
		exit(2);
	}
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sb_put(&b, buf, n);
	fclose(f);
	return sb_done(&b);
}

/* The "office,decision_no," prefix of a row (its first two fields). */
static size_t key_len(const char *line)
{
	const char *c = strchr(line, ',');

	if (c == NULL || (c = strchr(c + 1, ',')) == NULL)
		return 0;
	return (size_t)(c - line) + 1;
}

typedef struct slice {
	const char *keys[320];
	size_t nkeys;
	char *text[ENF_IO_ENTITY_COUNT];
} slice;

static int slice_has(const slice *s, const char *line)
{
	size_t k = key_len(line);

	for (size_t i = 0; i < s->nkeys && k > 0; i++)
		if (strncmp(s->keys[i], line, k) == 0 &&
		    key_len(s->keys[i]) == k)
			return 1;
	return 0;
}

/* The rows of each file that belong to the slice's cases, with the
 * header. */
static void slice_fill(slice *s, char *const files[ENF_IO_ENTITY_COUNT])
{
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++) {
		const char *p = files[e];
		sb b = {NULL, 0, 0};
		int header = 1;

		while (*p != '\0') {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);

			if (header || slice_has(s, p))
				sb_put(&b, p, n);
			header = 0;
			p += n;
		}
		s->text[e] = sb_done(&b);
	}
}

/* Every AF_STRIDE-th case of the sample goes into a slice: slice a takes
 * rows 0, 2 x AF_STRIDE, ... of cases.csv and the first two cases with
 * assets, slice b rows AF_STRIDE, 3 x AF_STRIDE, ... (8 + 2 and 7 cases:
 * about 1,600 allocations, which keeps the import workflow near 20 s in the
 * ASan + UBSan build; the time grows as the square of the slice). */
#define AF_STRIDE 200
static void make_slices(slice *a, slice *b, char *files[ENF_IO_ENTITY_COUNT])
{
	const char *p = strchr(files[0], '\n');
	size_t row = 0;
	int with_assets = 0;

	memset(a, 0, sizeof(*a));
	memset(b, 0, sizeof(*b));
	while (p != NULL && p[1] != '\0') {
		const char *line = p + 1;

		if (row % (2 * AF_STRIDE) == 0)
			a->keys[a->nkeys++] = line;
		else if (row % (2 * AF_STRIDE) == AF_STRIDE)
			b->keys[b->nkeys++] = line;
		row++;
		p = strchr(line, '\n');
	}
	/* Cases with assets (rows of assets.csv): the first two. */
	p = strchr(files[ENF_IO_ASSETS], '\n');
	while (p != NULL && p[1] != '\0' && with_assets < 2) {
		const char *line = p + 1;

		if (!slice_has(a, line) && !slice_has(b, line)) {
			/* Find the case row of the same key. */
			const char *c = strchr(files[0], '\n');
			size_t k = key_len(line);

			while (c != NULL && c[1] != '\0') {
				if (strncmp(c + 1, line, k) == 0) {
					a->keys[a->nkeys++] = c + 1;
					with_assets++;
					break;
				}
				c = strchr(c + 1, '\n');
			}
		}
		p = strchr(line, '\n');
	}
	slice_fill(a, files);
	slice_fill(b, files);
}

/* Every 10th case of the sample (300 cases). */
static void make_tenth(slice *t, char *files[ENF_IO_ENTITY_COUNT])
{
	const char *p = strchr(files[0], '\n');
	size_t row = 0;

	memset(t, 0, sizeof(*t));
	while (p != NULL && p[1] != '\0') {
		if (row % 10 == 0 && t->nkeys < 320)
			t->keys[t->nkeys++] = p + 1;
		row++;
		p = strchr(p + 1, '\n');
	}
	slice_fill(t, files);
}

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[4096];
	FILE *f;

	if (snprintf(path, sizeof(path), "%s/%s", dir, name) >=
	    (int)sizeof(path))
		f = NULL;
	else
		f = fopen(path, "wb");
	if (f == NULL || fwrite(text, 1, strlen(text), f) != strlen(text) ||
	    fclose(f) != 0) {
		fprintf(stderr, "alloc_fail: cannot write %s\n", path);
		exit(2);
	}
}

/* ---------------------------------------------------------------------- */
/* The shared inputs                                                       */

static struct {
	char dir[4096];	    /* slice a as a CSV directory */
	slice a, b;	    /* the slices */
	slice tenth;	    /* every 10th case */
	enf_register *full; /* the whole sample */
	enf_register *mid;  /* every 10th case */
	enf_calendar *cal;  /* the default calendar */
	enf_auction_rules *vn2014;
	/* A case whose collection was corrected after the year 2025: its
	 * report copies it as known before and at the end of the period. */
	enf_case *corrected;
} in;

#define SENT ((enf_money)0x5eed5eed5eedLL)

/* ---------------------------------------------------------------------- */
/* (a) Import                                                              */

static void flow_import(af_flow *F)
{
	enf_register *reg = NULL, *reg2 = NULL, *reg3 = NULL, *reg4 = NULL;
	enf_register *reg5 = NULL;
	const char *dirs[1];
	enf_case *c = NULL;
	int64_t age[4] = {7, 7, 7, 7};
	const int32_t bounds[] = {90, 365, 730};
	enf_work_item work[64];
	enf_worklist_item win[64];
	enf_io_problem probs[4];
	int32_t codes[64];
	size_t nwork = 7, nwin = 7, nprob = 7;
	char *json = NULL, *json2 = NULL, *offices = NULL;
	char *wjson = NULL, *cjson = NULL;
	enf_case *first = NULL;
	static const char dirty[] = "office,decision_no,mode,judgment_kind\n"
				    "LS-01,1/QĐ,robot,civil\n"
				    "LS-01,2/QĐ,agency,civil\n"
				    "LS-01,2/QĐ,agency,civl\n";
	char *csv[ENF_IO_ENTITY_COUNT] = {NULL};
	size_t len = 0;

	STEP(NULL, NULL, reg == NULL, enf_register_new(&reg));
	STEP(snap_register, reg, 1, enf_io_load_csv_dir(reg, in.dir));
	/* The same through a loading thread's kept buffers and pool
	 * (io_files.c, io_arena.c). */
	dirs[0] = in.dir;
	STEP(NULL, NULL, reg5 == NULL, enf_register_new(&reg5));
	STEP(snap_register, reg5, 1, enf_io_load_csv_dirs(reg5, dirs, 1, 1));
	STEP(NULL, NULL, json == NULL, enf_io_export_json(&json, &len, reg));
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		STEP(NULL, NULL, csv[e] == NULL,
		     enf_io_export_csv(&csv[e], NULL, reg, e));
	STEP(NULL, NULL, reg2 == NULL, enf_register_new(&reg2));
	STEP(snap_register, reg2, 1,
	     enf_io_import_csv(reg2, in.b.text[0], in.b.text[1], in.b.text[2],
			       in.b.text[3], in.b.text[4]));
	/* Into a register that already holds other cases. */
	STEP(snap_register, reg2, 1, enf_io_import_json(reg2, json, "a.json"));
	STEP(NULL, NULL, json2 == NULL, enf_io_export_json(&json2, NULL, reg2));
	/* The counted form, which copies the text first. */
	STEP(NULL, NULL, reg4 == NULL, enf_register_new(&reg4));
	STEP(snap_register, reg4, 1,
	     enf_io_import_json_n(reg4, json, len, "a.json"));
	/* The CSV texts of slice a, imported from memory. */
	STEP(NULL, NULL, reg3 == NULL, enf_register_new(&reg3));
	STEP(snap_register, reg3, 1,
	     enf_io_import_csv(reg3, csv[0], csv[1], csv[2], csv[3], csv[4]));
	/* Cases built by hand, added to a register that holds 14. */
	for (int k = 0; k < 3; k++) {
		static const char *const nos[] = {
			"901/QĐ-THADS", "902/QĐ-THADS", "903/QĐ-THADS"};
		enf_case_info info;
		enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON,
				    "Nông Văn Dũng", "012345678901"};
		enf_party creditor = {ENF_PARTY_CREDITOR,
				      ENF_PARTY_ORGANISATION,
				      "Ngân hàng Nông nghiệp", NULL};
		enf_obligation obl = {ENF_OBL_BANK_CREDIT, 750000000, 0, 1, 0};
		enf_asset asset = {ENF_ASSET_REAL_ESTATE, "Nhà đất", 0,
				   ENF_SECURITY_MORTGAGE, 500000000};
		const enf_event evs[] = {
			{ENF_EV_REQUEST_RECEIVED, day(2024, 11, 4), 0, 0, -1},
			{ENF_EV_DECISION_ISSUED, day(2024, 11, 8), 0, 0, -1},
			{ENF_EV_DECISION_NOTIFIED, day(2024, 11, 12), 0, 0, -1},
			{ENF_EV_VERIFIED, day(2024, 12, 2), 1, 0, -1},
			{ENF_EV_CLASSIFIED, day(2024, 12, 3), 1, 0, -1},
			{ENF_EV_ASSET_SEIZED, day(2025, 1, 6), 0, 0, 0},
			{ENF_EV_COLLECTED, day(2025, 2, 3), 0, 100000000, -1},
			{ENF_EV_PAID_OUT, day(2025, 2, 10), 0, 100000000, -1}};
		int32_t pi = -7;

		(void)enf_case_info_init(&info, ENF_CASE_INFO_VERSION);
		info.office = "LS-TP";
		info.decision_no = nos[k];
		info.decision_date = day(2024, 11, 8);
		info.mode = ENF_MODE_REQUEST;
		info.court = "TAND thành phố Lạng Sơn";
		info.judgment_no = "12/2024/KDTM-ST";
		info.judgment_effective = day(2024, 9, 20);
		info.judgment_kind = ENF_JUDGMENT_COMMERCIAL;
		STEP(NULL, NULL, c == NULL, enf_case_new(&c, &info));
		STEP(snap_case, c, pi == -7,
		     enf_case_add_party(&pi, c, &debtor));
		STEP(snap_case, c, 1, enf_case_add_party(NULL, c, &creditor));
		STEP(snap_case, c, 1, enf_case_add_obligation(NULL, c, &obl));
		STEP(snap_case, c, 1, enf_case_add_asset(NULL, c, &asset));
		for (size_t e = 0; e < sizeof(evs) / sizeof(evs[0]); e++)
			STEP(snap_case, c, 1, enf_case_apply(c, &evs[e]));
		STEP(snap_register, reg3, 1, enf_register_add(reg3, c));
		c = NULL; /* the register's now */
	}
	STEP(NULL, NULL, age[0] == 7 && age[3] == 7,
	     enf_stats_pending_age(age, bounds, 3, reg3, NULL,
				   day(2025, 6, 30)));
	/* The shared calendar: enf_calendar_new() takes milliseconds (it
	 * works out the lunar holidays), too long to repeat 4,000 times
	 * here; the auction workflow creates its own. */
	STEP(NULL, NULL, nwork == 7,
	     enf_register_worklist(work, 64, &nwork, reg2, NULL, in.cal, NULL,
				   day(2025, 3, 31)));
	STEP(NULL, NULL, nwin == 7,
	     enf_register_worklist_window(win, 64, &nwin, reg2, NULL, in.cal,
					  NULL, day(2025, 3, 3),
					  day(2025, 3, 31)));
	STEP(NULL, NULL, wjson == NULL,
	     enf_worklist_to_json(&wjson, NULL, reg2, win, nwin,
				  day(2025, 3, 3), day(2025, 3, 31)));
	(void)enf_register_at(&first, reg2, 0);
	STEP(NULL, NULL, cjson == NULL,
	     enf_case_to_json(&cjson, NULL, first, in.cal, day(2025, 3, 31)));
	/* The validation of the texts of slice b, and of a dirty text. */
	STEP(NULL, NULL, nprob == 7,
	     enf_io_validate_csv(probs, 4, &nprob, in.b.text[0], in.b.text[1],
				 in.b.text[2], in.b.text[3], in.b.text[4], 4));
	if (nprob != 0)
		af_error(F, __LINE__, "slice b: %zu problems", nprob);
	nprob = 7;
	STEP(NULL, NULL, nprob == 7,
	     enf_io_validate_csv(probs, 4, &nprob, dirty, NULL, NULL, NULL,
				 NULL, 4));
	STEP(NULL, NULL, offices == NULL,
	     enf_register_text_codes(&offices, NULL, codes,
				     enf_register_count(reg3), reg3,
				     ENF_CASE_TEXT_OFFICE));
	{
		sb b = {NULL, 0, 0};
		char *t = NULL;
		enf_status st = enf_io_export_json(&t, NULL, reg3);

		sb_printf(&b, "%lld %lld %lld %lld\n", (long long)age[0],
			  (long long)age[1], (long long)age[2],
			  (long long)age[3]);
		for (size_t i = 0; i < nwork; i++)
			sb_printf(&b, "%zu %d %ld\n", work[i].case_index,
				  (int)work[i].deadline.kind,
				  (long)work[i].deadline.due);
		for (size_t i = 0; i < nwin; i++)
			sb_printf(&b, "%zu %d %ld %d\n", win[i].case_index,
				  (int)win[i].deadline.kind,
				  (long)win[i].deadline.due, win[i].overdue);
		for (size_t i = 0; i < nprob; i++)
			sb_printf(&b, "%d %ld %s\n", probs[i].status,
				  probs[i].line, probs[i].message);
		sb_printf(&b, "%s %d %d\n", offices, (int)codes[0],
			  (int)codes[16]);

		sb_printf(&b, "%zu %zu %zu\n", enf_register_count(reg),
			  enf_register_count(reg2), enf_register_count(reg3));
		sb_puts(&b, json2);
		sb_take(&b, st, t);
		af_final(F, sb_done(&b), __LINE__);
	}
done:
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		enf_io_free(csv[e]);
	enf_io_free(json);
	enf_io_free(json2);
	enf_free(wjson);
	enf_free(cjson);
	enf_free(offices);
	enf_register_free(reg);
	enf_register_free(reg2);
	enf_register_free(reg3);
	enf_register_free(reg4);
	enf_register_free(reg5);
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* (b) Report                                                              */

static void flow_report(af_flow *F)
{
	enf_stats_report *r1 = NULL, *r2 = NULL, *r3 = NULL, *r4 = NULL;
	enf_stats_report *all = NULL, *roll = NULL, *roll1 = NULL;
	enf_stats_report *offices[6] = {NULL};
	enf_org *org = NULL;
	const char *const split_into[] = {"LS-KV1", "LS-KV2"};
	const int64_t split_w[] = {2, 1};
	const enf_date d1 = day(2025, 7, 1);
	char *bytes = NULL, *json = NULL, *bytes3 = NULL, *json4 = NULL;
	char *table = NULL, *svg = NULL, *chart = NULL;
	char *with_json = NULL, *with_html = NULL;
	enf_table_options to;
	size_t nbytes = 0, n = 0;
	enf_chart_options copts = ENF_CHART_OPTIONS_INIT;
	enf_period period;
	enf_filter f1, f2;

	(void)enf_report_cumulative(&period, 2025, 12);
	(void)enf_filter_init(&f1, ENF_FILTER_VERSION);
	(void)enf_filter_init(&f2, ENF_FILTER_VERSION);
	f1.office = "LS-HL";
	f2.office = "LS-TP";
	STEP(NULL, NULL, r1 == NULL,
	     enf_stats_report_new(&r1, "LS-HL", &period));
	STEP(snap_report, r1, 1,
	     enf_stats_report_add_register(r1, in.mid, &f1));
	STEP(NULL, NULL, r2 == NULL,
	     enf_stats_report_new(&r2, "LS-TP", &period));
	STEP(snap_report, r2, 1,
	     enf_stats_report_add_register(r2, in.mid, &f2));
	STEP(NULL, NULL, bytes == NULL,
	     enf_stats_report_to_bytes(&bytes, &nbytes, r1));
	STEP(NULL, NULL, json == NULL, enf_stats_report_to_json(&json, &n, r1));
	STEP(NULL, NULL, r3 == NULL,
	     enf_stats_report_from_bytes(&r3, bytes, nbytes));
	STEP(NULL, NULL, r4 == NULL, enf_stats_report_from_json(&r4, json));
	STEP(snap_report, r3, 1, enf_stats_report_merge(r3, r2));
	STEP(snap_report, r4, 1, enf_stats_report_merge(r4, r2));
	STEP(NULL, NULL, bytes3 == NULL,
	     enf_stats_report_to_bytes(&bytes3, &n, r3));
	STEP(NULL, NULL, json4 == NULL,
	     enf_stats_report_to_json(&json4, &n, r4));
	STEP(NULL, NULL, all == NULL,
	     enf_stats_report_new(&all, "Lạng Sơn", &period));
	STEP(snap_report, all, 1,
	     enf_stats_report_add_register(all, in.full, NULL));
	STEP(snap_report, all, 1, enf_stats_report_add_case(all, in.corrected));
	/* The offices of the sample in a tree that changes on 2025-07-01:
	 * two offices merge into region 1, one is split 2:1 between the
	 * regions, one moves under region 2, one is renamed. */
	STEP(NULL, NULL, org == NULL, enf_org_new(&org));
	STEP(snap_org, org, 1,
	     enf_org_create(org, "LS", "Lạng Sơn", NULL, day(2009, 7, 1)));
	for (size_t i = 1; i <= 6; i++)
		STEP(snap_org, org, 1,
		     enf_org_create(org, af_units[i], af_units[i], "LS",
				    day(2009, 7, 1)));
	STEP(snap_org, org, 1,
	     enf_org_create(org, "LS-KV1", "Khu vực 1", "LS", d1));
	STEP(snap_org, org, 1,
	     enf_org_create(org, "LS-KV2", "Khu vực 2", "LS", d1));
	STEP(snap_org, org, 1,
	     enf_org_rename(org, "LS-BG", "Chi cục Bắc Sơn", day(2020, 1, 1)));
	STEP(snap_org, org, 1, enf_org_merge(org, "LS-TP", "LS-KV1", d1));
	STEP(snap_org, org, 1, enf_org_merge(org, "LS-CUC", "LS-KV1", d1));
	STEP(snap_org, org, 1,
	     enf_org_split(org, "LS-HL", split_into, split_w, 2, d1));
	STEP(snap_org, org, 1, enf_org_move(org, "LS-VL", "LS-KV2", d1));
	for (size_t i = 0; i < 6; i++) {
		enf_filter fo;

		(void)enf_filter_init(&fo, ENF_FILTER_VERSION);
		fo.office = af_units[i + 1];
		STEP(NULL, NULL, offices[i] == NULL,
		     enf_stats_report_new(&offices[i], af_units[i + 1],
					  &period));
		STEP(snap_report, offices[i], 1,
		     enf_stats_report_add_register(offices[i], in.mid, &fo));
	}
	STEP(NULL, NULL, roll == NULL,
	     enf_org_rollup(&roll, org, "LS", day(2025, 9, 30),
			    (const enf_stats_report *const *)offices, 6));
	STEP(NULL, NULL, roll1 == NULL,
	     enf_org_rollup(&roll1, org, "LS-KV1", day(2025, 9, 30),
			    (const enf_stats_report *const *)offices, 6));
	{
		const enf_stats_report *reps[] = {r1, r2, r3, all};

		STEP(NULL, NULL, table == NULL,
		     enf_stats_table(&table, &n, reps, 4, ENF_GROUP_ALL,
				     ENF_TABLE_MARKDOWN, ENF_LOCALE_VI));
		STEP(NULL, NULL, svg == NULL,
		     enf_stats_svg(&svg, &n, reps, 4, ENF_BY_CASES, 8405,
				   "Lạng Sơn"));
		STEP(NULL, NULL, chart == NULL,
		     enf_stats_chart(&chart, &n, reps, 4, &copts));
		(void)enf_table_options_init(&to, ENF_TABLE_OPTIONS_VERSION);
		to.format = ENF_TABLE_JSON;
		to.target_cases = 8405;
		to.target_money = 5200;
		to.title = "Lạng Sơn";
		STEP(NULL, NULL, with_json == NULL,
		     enf_stats_table_with(&with_json, &n, reps, 4, &to));
		to.format = ENF_TABLE_HTML;
		to.locale = ENF_LOCALE_VI;
		STEP(NULL, NULL, with_html == NULL,
		     enf_stats_table_with(&with_html, &n, reps, 4, &to));
	}
	{
		sb b = {NULL, 0, 0};
		char *s;

		s = snap_report(r3);
		sb_puts(&b, s);
		free(s);
		sb_puts(&b, "\n");
		sb_puts(&b, json4);
		sb_puts(&b, table);
		sb_puts(&b, svg);
		sb_puts(&b, chart);
		sb_puts(&b, with_json);
		sb_puts(&b, with_html);
		s = snap_report(all);
		sb_puts(&b, s);
		free(s);
		s = snap_report(roll);
		sb_puts(&b, s);
		free(s);
		s = snap_report(roll1);
		sb_puts(&b, s);
		free(s);
		s = snap_org(org);
		sb_puts(&b, s);
		free(s);
		af_final(F, sb_done(&b), __LINE__);
	}
done:
	for (size_t i = 0; i < 6; i++)
		enf_stats_report_free(offices[i]);
	enf_stats_report_free(roll);
	enf_stats_report_free(roll1);
	enf_org_free(org);
	enf_io_free(bytes);
	enf_io_free(json);
	enf_io_free(bytes3);
	enf_io_free(json4);
	enf_io_free(table);
	enf_io_free(with_json);
	enf_io_free(with_html);
	enf_io_free(svg);
	enf_io_free(chart);
	enf_stats_report_free(r1);
	enf_stats_report_free(r2);
	enf_stats_report_free(r3);
	enf_stats_report_free(r4);
	enf_stats_report_free(all);
}

/* ---------------------------------------------------------------------- */
/* (c) Auction                                                             */

static const char af_cal_text[] = "# official days off of 2027 (a test table)\n"
				  "year 2027\n"
				  "off 2027-01-01 Tết Dương lịch\n"
				  "off 2027-02-04 2027-02-10 Tết Đinh Mùi\n"
				  "work 2027-02-20 swapped\n"
				  "off 2027-04-16 Giỗ Tổ Hùng Vương\n"
				  "off 2027-04-30 2027-05-03\n"
				  "off 2027-09-01 2027-09-02 Quốc khánh\n";

static const char af_rules_text[] =
	"rules LOCAL-2026\n"
	"extends VN-2026\n"
	"title \"A local variant\"\n"
	"round 2 cut 0 1/10 1/20 of previous cite \"test\" note \"5% cuts\"\n"
	"step post wait 20 days realty from 2 to 0 after-cut\n";

static void flow_auction(af_flow *F)
{
	enf_auction_rules *builtin = NULL, *rules = NULL, *local = NULL;
	enf_calendar *cal = NULL;
	enf_auction *sale = NULL, *sale2 = NULL, *sale3 = NULL, *sale4 = NULL;
	enf_auction_rules *dated = NULL;
	/* VN-2026: the creditor's option from the failure of auction 3
	 * (Decree 152/2026 Art 65(6)). */
	const enf_auction_event evs[] = {
		{ENF_AUCTION_FAILED, ENF_DATE_NONE, 0},
		{ENF_AUCTION_CUT, ENF_DATE_NONE, 1900000000},
		{ENF_AUCTION_FAILED, ENF_DATE_NONE, 0},
		{ENF_AUCTION_CUT, ENF_DATE_NONE, 1800000000},
		{ENF_AUCTION_FAILED, ENF_DATE_NONE, 0},
		{ENF_AUCTION_DECLINED, ENF_DATE_NONE, 0},
		{ENF_AUCTION_CUT, ENF_DATE_NONE, 1700000000},
		{ENF_AUCTION_SOLD, ENF_DATE_NONE, 1750000000}};
	char *text = NULL, *csv = NULL, *json = NULL, *csv2 = NULL;
	char *svg = NULL, *chart = NULL;
	enf_auction_options opts = ENF_AUCTION_OPTIONS_INIT;
	enf_auction_policy policy = ENF_AUCTION_POLICY_INIT;
	enf_auction_model model = ENF_AUCTION_MODEL_INIT;
	enf_auction_scenario sc, sc2;
	size_t n = 0;

	memset(&sc, 0x5e, sizeof(sc));
	memset(&sc2, 0x5e, sizeof(sc2));
	STEP(NULL, NULL, builtin == NULL,
	     enf_auction_rules_builtin(&builtin, "VN-2014"));
	STEP(NULL, NULL, text == NULL,
	     enf_auction_rules_to_text(&text, &n, builtin));
	STEP(NULL, NULL, rules == NULL, enf_auction_rules_parse(&rules, text));
	STEP(NULL, NULL, local == NULL,
	     enf_auction_rules_parse(&local, af_rules_text));
	STEP(NULL, NULL, cal == NULL, enf_calendar_new(&cal, NULL));
	STEP(snap_calendar, cal, 1, enf_calendar_load(cal, af_cal_text));
	opts.value = 2000000000;
	opts.costs = 150000000;
	opts.debt = 1500000000;
	opts.real_estate = 1;
	opts.start = day(2026, 9, 7);
	opts.calendar = cal;
	policy.max_rounds = 8;
	STEP(NULL, NULL, sale == NULL, enf_auction_new(&sale, rules, &opts));
	STEP(snap_sale, sale, 1, enf_auction_plan(sale, &policy));
	STEP(NULL, NULL, csv == NULL, enf_auction_to_csv(&csv, &n, sale));
	STEP(NULL, NULL, json == NULL, enf_auction_to_json(&json, &n, sale));
	STEP(NULL, NULL, sale2 == NULL, enf_auction_new(&sale2, rules, &opts));
	STEP(snap_sale, sale2, 1, enf_auction_replay_csv(sale2, csv));
	STEP(NULL, NULL, csv2 == NULL, enf_auction_to_csv(&csv2, &n, sale2));
	model.runs = 50;
	STEP(NULL, NULL, sc.runs == (int64_t)0x5e5e5e5e5e5e5e5eLL,
	     enf_auction_simulate(&sc, rules, &opts, &policy, &model));
	opts.start = day(2026, 7, 6);
	policy.max_rounds = 0;
	policy.creditor_accepts = 1;
	STEP(NULL, NULL, sc2.runs == (int64_t)0x5e5e5e5e5e5e5e5eLL,
	     enf_auction_simulate(&sc2, local, &opts, &policy, &model));
	STEP(NULL, NULL, dated == NULL,
	     enf_auction_rules_on(&dated, "VN", day(2026, 8, 1)));
	opts.start = ENF_DATE_NONE;
	opts.calendar = NULL;
	STEP(NULL, NULL, sale3 == NULL, enf_auction_new(&sale3, dated, &opts));
	STEP(snap_sale, sale3, 1,
	     enf_auction_replay(sale3, evs, sizeof(evs) / sizeof(evs[0])));
	/* The same events one at a time: the trail grows past its first
	 * block. */
	STEP(NULL, NULL, sale4 == NULL, enf_auction_new(&sale4, dated, &opts));
	for (size_t k = 0; k < sizeof(evs) / sizeof(evs[0]); k++)
		STEP(snap_sale, sale4, 1, enf_auction_apply(sale4, &evs[k]));
	{
		const enf_auction *sales[] = {sale, sale2};

		const char *names[] = {"Cắt 10%", NULL};

		STEP(NULL, NULL, svg == NULL,
		     enf_auction_svg(&svg, &n, sales, 2, "Hai phiên"));
		STEP(NULL, NULL, chart == NULL,
		     enf_auction_chart(&chart, &n, sales, names, 2, NULL));
	}
	{
		sb b = {NULL, 0, 0};
		char *s = snap_sale(sale2);

		sb_puts(&b, s);
		free(s);
		sb_printf(&b, "%d\n", strcmp(csv, csv2));
		s = snap_sale(sale3);
		sb_puts(&b, s);
		free(s);
		s = snap_sale(sale4);
		sb_puts(&b, s);
		free(s);
		sb_puts(&b, json);
		sb_puts(&b, svg);
		sb_puts(&b, chart);
		sb_printf(&b, "%lld %lld %lld %lld %lld %lld %d\n",
			  (long long)sc.sold_ppm, (long long)sc.mean_proceeds,
			  (long long)sc.exp_sold_ppm,
			  (long long)sc.exp_proceeds,
			  (long long)sc.exp_days_milli,
			  (long long)sc2.exp_proceeds, (int)sc2.max_auctions);
		af_final(F, sb_done(&b), __LINE__);
	}
done:
	enf_io_free(text);
	enf_io_free(csv);
	enf_io_free(csv2);
	enf_io_free(json);
	enf_io_free(svg);
	enf_io_free(chart);
	enf_auction_free(sale);
	enf_auction_free(sale2);
	enf_auction_free(sale3);
	enf_auction_free(sale4);
	enf_auction_rules_free(dated);
	enf_calendar_free(cal);
	enf_auction_rules_free(builtin);
	enf_auction_rules_free(rules);
	enf_auction_rules_free(local);
}

/* ---------------------------------------------------------------------- */
/* (d) Payout                                                              */

static int money_all(const enf_money *v, size_t n, enf_money x)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] != x)
			return 0;
	return 1;
}

static void flow_payout(af_flow *F)
{
	enf_trail *trail = NULL, *ltrail = NULL;
	enf_ledger *l = NULL;
	char *tcsv = NULL, *tjson = NULL;
	enf_fee_options fo = ENF_FEE_OPTIONS_INIT;
	enf_interest_options io = ENF_INTEREST_OPTIONS_INIT;
	enf_payout_options po = ENF_PAYOUT_OPTIONS_INIT;
	enf_takeover_facts tf = ENF_TAKEOVER_FACTS_INIT;
	const enf_payment pays[] = {{0, 50000000}, {0, 30000000}};
	enf_payment payments[2];
	enf_pause pause;
	enf_claim claims[3];
	enf_money fee = SENT, paid[3], pv[3];
	enf_interest_result ir;
	enf_payout_result pr, prev;
	enf_ledger_balance bal;
	enf_takeover to;
	ledger_trail lt;
	int32_t idx = -7;

	memcpy(payments, pays, sizeof(pays));
	payments[0].date = day(2025, 3, 1);
	payments[1].date = day(2025, 7, 1);
	pause.first = day(2025, 5, 1);
	pause.last = day(2025, 5, 31);
	memset(claims, 0, sizeof(claims));
	claims[0].tier = ENF_TIER_A;
	claims[0].principal = 60000000;
	claims[0].requested = day(2025, 1, 1);
	claims[1].tier = ENF_TIER_B;
	claims[1].principal = 5000000;
	claims[1].interest = 100000;
	claims[1].requested = day(2025, 1, 1);
	claims[2].tier = ENF_TIER_C;
	claims[2].principal = 400000000;
	claims[2].interest = 12000000;
	claims[2].requested = day(2025, 2, 1);
	for (int i = 0; i < 3; i++)
		paid[i] = pv[i] = SENT;
	memset(&ir, 0x5e, sizeof(ir));
	memset(&pr, 0x5e, sizeof(pr));
	memset(&prev, 0x5e, sizeof(prev));
	memset(&bal, 0x5e, sizeof(bal));
	memset(&to, 0x5e, sizeof(to));
	fo.date = day(2025, 3, 1);
	po.costs = 10000000;
	po.coercion = day(2025, 1, 15);

	STEP(NULL, NULL, trail == NULL, enf_trail_new(&trail));
	STEP(snap_trail, trail, fee == SENT,
	     enf_fee_compute(&fee, 1000000000, 5000000000, &fo, trail));
	STEP(snap_trail, trail, ir.interest == (enf_money)0x5e5e5e5e5e5e5e5eLL,
	     enf_interest_compute(&ir, 200000000, day(2025, 1, 1),
				  day(2025, 12, 31), payments, 2, &pause, 1,
				  NULL, 0, &io, trail));
	STEP(snap_trail, trail,
	     pr.costs == (enf_money)0x5e5e5e5e5e5e5e5eLL &&
		     money_all(paid, 3, SENT),
	     enf_payout_distribute(&pr, paid, claims, 3, 300000000, &po,
				   trail));
	tf.value = 3000000000;
	tf.entitlement = 2500000000;
	tf.costs = 100000000;
	tf.rent_reserve = 60000000;
	tf.priority = 20000000;
	STEP(snap_trail, trail, to.pay_in == (enf_money)0x5e5e5e5e5e5e5e5eLL,
	     enf_auction_takeover(&to, in.vn2014, &tf, trail));
	STEP(NULL, NULL, tcsv == NULL, enf_trail_to_csv(&tcsv, NULL, trail));
	STEP(NULL, NULL, tjson == NULL, enf_trail_to_json(&tjson, NULL, trail));

	STEP(NULL, NULL, ltrail == NULL, enf_trail_new(&ltrail));
	STEP(NULL, NULL, l == NULL, enf_ledger_new(&l));
	for (int i = 0; i < 3; i++)
		STEP(snap_ledger, l, idx == -7,
		     enf_ledger_add_claim(i == 2 ? &idx : NULL, l, &claims[i],
					  day(2025, 1, 1), i ? &io : NULL));
	STEP(snap_ledger, l, 1,
	     enf_ledger_add_costs(l, day(2025, 2, 1), 2000000));
	STEP(snap_ledger, l, 1,
	     enf_ledger_add_costs(l, day(2025, 4, 1), 3000000));
	fo.date = ENF_DATE_NONE;
	lt.l = l;
	lt.t = ltrail;
	STEP(snap_ledger_trail, &lt, 1,
	     enf_ledger_collect(l, day(2025, 3, 1), 50000000, NULL, &fo,
				ltrail));
	STEP(snap_ledger_trail, &lt, 1,
	     enf_ledger_collect(l, day(2025, 7, 1), 250000000, &po, &fo,
				ltrail));
	STEP(NULL, NULL, bal.total == (enf_money)0x5e5e5e5e5e5e5e5eLL,
	     enf_ledger_balance_on(&bal, l, day(2025, 12, 31)));
	STEP(NULL, NULL,
	     prev.costs == (enf_money)0x5e5e5e5e5e5e5e5eLL &&
		     money_all(pv, 3, SENT),
	     enf_ledger_preview(&prev, pv, 3, l, day(2025, 12, 31), 100000000,
				NULL));
	{
		sb b = {NULL, 0, 0};
		char *s;

		sb_printf(&b, "fee %lld; interest %lld %lld %lld %lld\n",
			  (long long)fee, (long long)ir.interest,
			  (long long)ir.interest_unpaid,
			  (long long)ir.principal_unpaid,
			  (long long)ir.overpaid);
		sb_printf(&b, "payout %lld %lld %lld %lld; %lld %lld %lld\n",
			  (long long)pr.costs, (long long)pr.rent_reserve,
			  (long long)pr.to_claims, (long long)pr.surplus,
			  (long long)paid[0], (long long)paid[1],
			  (long long)paid[2]);
		sb_printf(&b, "takeover %lld %lld %lld\n", (long long)to.pay_in,
			  (long long)to.credited, (long long)to.surplus);
		sb_printf(&b, "ledger %d %lld %lld; preview %lld %lld %lld\n",
			  (int)idx, (long long)bal.total, (long long)bal.fees,
			  (long long)pv[0], (long long)pv[1], (long long)pv[2]);
		sb_puts(&b, tcsv);
		sb_puts(&b, tjson);
		s = snap_trail(ltrail);
		sb_puts(&b, s);
		free(s);
		s = snap_ledger(l);
		sb_puts(&b, s);
		free(s);
		af_final(F, sb_done(&b), __LINE__);
	}
done:
	enf_io_free(tcsv);
	enf_io_free(tjson);
	enf_trail_free(trail);
	enf_trail_free(ltrail);
	enf_ledger_free(l);
}

/* (e) The rules catalogue: a rulebook, overrides in two texts, the
 * catalogue as CSV and JSON. */
static char *snap_book(const void *obj)
{
	char *csv = NULL, *copy;
	size_t len = 0;

	if (enf_rules_catalogue_to_csv(&csv, &len, (const enf_rulebook *)obj) !=
	    ENF_OK) {
		fprintf(stderr, "alloc_fail: snapshot: %s\n", enf_last_error());
		exit(2);
	}
	copy = malloc(len + 1);
	if (copy == NULL)
		exit(2);
	memcpy(copy, csv, len + 1);
	enf_io_free(csv);
	return copy;
}

static void flow_rules(af_flow *F)
{
	enf_rulebook *book = NULL;
	char *csv = NULL, *json = NULL;
	size_t len = 0;

	STEP(NULL, NULL, book == NULL, enf_rulebook_new(&book));
	STEP(snap_book, book, 1,
	     enf_rulebook_override(book,
				   "VN.base_salary 2027-01-01 none 2700000\n"
				   "VN.target.cases 2025-10-01 2026-09-30 "
				   "8500 cite \"Provincial plan\"\n"));
	STEP(snap_book, book, 1,
	     enf_rulebook_override(book, "VN.stats.unclassified_row none "
					 "none 1 note \"practice\"\n"));
	STEP(NULL, NULL, csv == NULL,
	     enf_rules_catalogue_to_csv(&csv, &len, book));
	STEP(NULL, NULL, json == NULL,
	     enf_rules_catalogue_to_json(&json, &len, book));
	{
		sb b = {NULL, 0, 0};

		sb_puts(&b, csv);
		sb_puts(&b, json);
		af_final(F, sb_done(&b), __LINE__);
	}
done:
	enf_io_free(csv);
	enf_io_free(json);
	enf_rulebook_free(book);
}

/* ---------------------------------------------------------------------- */
/* (f) Snapshot                                                            */

/* A register and its snapshots, serialised together: a write to the
 * register must change neither when it fails. */
typedef struct snap_set {
	const enf_register *reg, *snap, *snap2;
} snap_set;

static char *snap_registers(const void *obj)
{
	const snap_set *set = obj;
	sb b = {NULL, 0, 0};
	const enf_register *regs[3] = {set->reg, set->snap, set->snap2};

	for (int i = 0; i < 3; i++) {
		char *t = regs[i] != NULL ? snap_register(regs[i]) : NULL;

		sb_puts(&b, t != NULL ? t : "(none)\n");
		free(t);
	}
	return sb_done(&b);
}

/* The first case of reg being enforced that still owes more than 4 VND,
 * and the date of its last event. */
static size_t case_to_collect(const enf_register *reg, enf_date *last)
{
	for (size_t i = 0; i < enf_register_count(reg); i++) {
		enf_case *c = NULL;
		enf_case_status s;
		enf_event e;

		if (enf_register_at(&c, reg, i) != ENF_OK ||
		    enf_case_status_on(&s, c, ENF_DATE_MAX) != ENF_OK ||
		    s.state != ENF_STATE_WITH_MEANS || s.outstanding <= 4 ||
		    enf_case_event(&e, c, enf_case_event_count(c) - 1) !=
			    ENF_OK)
			continue;
		*last = e.date;
		return i;
	}
	return SIZE_MAX;
}

static void flow_snapshot(af_flow *F)
{
	const char *offices[1] = {NULL};
	enf_register *reg = NULL, *snap = NULL, *snap2 = NULL;
	snap_set set = {NULL, NULL, NULL};
	enf_case *c = NULL;
	enf_programme prog;
	enf_date last = 0;
	size_t i;

	STEP(NULL, NULL, reg == NULL, enf_register_new(&reg));
	STEP(snap_register, reg, 1, enf_io_load_csv_dir(reg, in.dir));
	set.reg = reg;
	STEP(snap_register, reg, snap == NULL,
	     enf_register_snapshot(&snap, reg));
	set.snap = snap;
	i = case_to_collect(reg, &last);
	if (i == SIZE_MAX) {
		af_error(F, __LINE__, "no case being enforced in slice a");
		goto done;
	}
	/* A shared case: copied on write; then the copy, in place and past
	 * its spare room. */
	for (int k = 0; k < 6; k++) {
		enf_event e = {ENF_EV_COLLECTED, last + k, 0, 1, -1};

		STEP(snap_registers, &set, 1, enf_register_apply(reg, i, &e));
	}
	STEP(snap_registers, &set, snap2 == NULL,
	     enf_register_snapshot(&snap2, snap));
	set.snap2 = snap2;
	/* Every case shared again: each apply below copies (case i is
	 * left to the programme). */
	for (size_t k = 0; k < enf_register_count(reg) && k < 4; k++) {
		enf_event e = {ENF_EV_VERIFIED, day(2026, 6, 1), 0, 0, -1};

		enf_case *kc = NULL;

		(void)enf_register_at(&kc, reg, k);
		if (k == i || enf_auction_case_check(kc, &e, NULL) != ENF_OK)
			continue;
		STEP(snap_registers, &set, 1, enf_register_apply(reg, k, &e));
	}
	/* Through a programme, on the case copied above (snap2 shares the
	 * copy). */
	{
		enf_case *ic = NULL;
		enf_case_info info;

		(void)enf_register_at(&ic, reg, i);
		(void)enf_case_info_get(&info, ic);
		offices[0] = info.office;
		(void)enf_programme_init(&prog, ENF_PROGRAMME_VERSION);
		prog.number = 3;
		prog.code = "LS-2025";
		prog.offices = offices;
		prog.noffices = 1;
		prog.period.first = last;
		prog.period.last = last + 30;
		STEP(snap_registers, &set, 1,
		     enf_programme_assign(reg, &prog, info.office,
					  info.decision_no, last + 6));
	}
	/* A new case while two snapshots hold the old ones. */
	{
		enf_case_info info;

		(void)enf_case_info_init(&info, ENF_CASE_INFO_VERSION);
		info.office = "LS-TP";
		info.decision_no = "950/QĐ-THADS";
		info.mode = ENF_MODE_AGENCY;
		STEP(NULL, NULL, c == NULL, enf_case_new(&c, &info));
		STEP(snap_registers, &set, 1, enf_register_add(reg, c));
		c = NULL;
	}
	{
		char *t = snap_registers(&set);

		af_final(F, t, __LINE__);
	}
done:
	enf_register_free(snap);
	enf_register_free(reg);
	enf_register_free(snap2);
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* (g) Corrections                                                         */

/* A register, its snapshot and the histories of their first cases. */
static char *snap_corrected(const void *obj)
{
	const snap_set *set = obj;
	char *t = snap_registers(set);
	sb b = {NULL, 0, 0};

	sb_puts(&b, t != NULL ? t : "(none)\n");
	free(t);
	for (size_t i = 0; i < enf_register_count(set->reg) && i < 8; i++) {
		enf_case *c = NULL;
		char *h = NULL;

		enf_status st;

		(void)enf_register_at(&c, set->reg, i);
		st = enf_case_history_text(&h, NULL, c);
		sb_take(&b, st, h);
	}
	return sb_done(&b);
}

/* Correction n (0 to 3) of the set the corrections' flows make on case i
 * of reg, whose last event, seq seq, was collected on last: an event
 * replaced, a party amended, the event voided, another case withdrawn as
 * entered in error. Fills k (kept from the correction before) and
 * returns the index of the case to correct; it allocates nothing. */
static size_t next_correction(enf_correction *k, int n, const enf_register *reg,
			      size_t i, size_t seq, enf_date last)
{
	enf_case *c = NULL;

	switch (n) {
	case 0:
		(void)enf_correction_init(k, ENF_CORRECTION_VERSION);
		k->kind = ENF_CORRECT_REPLACE;
		k->recorded = last + 2;
		k->reason = "mistyped amount";
		k->author = "clerk 7";
		k->target = seq;
		k->event.kind = ENF_EV_COLLECTED;
		k->event.date = last;
		k->event.amount = 4;
		return i;
	case 1:
		k->kind = ENF_CORRECT_PARTY;
		k->target = 0;
		(void)enf_register_at(&c, reg, i);
		(void)enf_case_party(&k->party, c, 0);
		k->party.name = "Tên đã sửa";
		return i;
	case 2:
		k->kind = ENF_CORRECT_VOID;
		k->target = seq;
		k->recorded = last + 3;
		return i;
	default: k->kind = ENF_CORRECT_ENTERED_IN_ERROR; return i == 0 ? 1 : 0;
	}
}

#define N_CORRECTIONS 4

static void flow_correct(af_flow *F)
{
	enf_register *reg = NULL, *snap = NULL, *known = NULL;
	snap_set set = {NULL, NULL, NULL};
	enf_case *c = NULL, *v = NULL;
	enf_correction k;
	enf_date last = 0;
	char *text = NULL;
	size_t i, seq;

	STEP(NULL, NULL, reg == NULL, enf_register_new(&reg));
	STEP(snap_register, reg, 1, enf_io_load_csv_dir(reg, in.dir));
	set.reg = reg;
	i = case_to_collect(reg, &last);
	if (i == SIZE_MAX) {
		af_error(F, __LINE__, "no case being enforced in slice a");
		goto done;
	}
	{
		enf_event e = {ENF_EV_COLLECTED, last, 0, 3, -1};

		STEP(snap_corrected, &set, 1, enf_register_apply(reg, i, &e));
	}
	(void)enf_register_at(&c, reg, i);
	seq = enf_case_entry_count(c) - 1;
	STEP(snap_corrected, &set, snap == NULL,
	     enf_register_snapshot(&snap, reg));
	set.snap = snap;
	/* On a shared case (copied), then in place. */
	for (int n = 0; n < N_CORRECTIONS; n++) {
		size_t at = next_correction(&k, n, reg, i, seq, last);

		STEP(snap_corrected, &set, 1,
		     enf_register_correct(reg, at, &k));
	}
	(void)enf_register_at(&c, reg, i);
	STEP(snap_corrected, &set, v == NULL,
	     enf_case_as_known(&v, c, last + 2));
	STEP(snap_corrected, &set, known == NULL,
	     enf_register_as_known(&known, reg, last + 2));
	STEP(snap_corrected, &set, text == NULL,
	     enf_case_history_text(&text, NULL, c));
	{
		sb b = {NULL, 0, 0};
		char *t = snap_corrected(&set), *h = NULL;

		enf_status st;

		sb_puts(&b, t);
		free(t);
		st = enf_case_history_text(&h, NULL, v);
		sb_take(&b, st, h);
		sb_puts(&b, text);
		t = snap_register(known);
		sb_puts(&b, t);
		free(t);
		af_final(F, sb_done(&b), __LINE__);
	}
done:
	enf_free(text);
	enf_case_free(v);
	enf_register_free(known);
	enf_register_free(snap);
	enf_register_free(reg);
}

/* Slice a of the sample with case i corrected in every way that travels
 * in files (an event replaced, a party amended, an event voided) and
 * another withdrawn as entered in error; no allocation is failed here. */
static enf_register *corrected_register(void)
{
	enf_register *reg = NULL;
	enf_case *c = NULL;
	enf_correction k;
	enf_date last = 0;
	size_t i, seq;
	int ok;

	if (enf_register_new(&reg) != ENF_OK ||
	    enf_io_load_csv_dir(reg, in.dir) != ENF_OK) {
		enf_register_free(reg);
		return NULL;
	}
	i = case_to_collect(reg, &last);
	{
		enf_event e = {ENF_EV_COLLECTED, last, 0, 3, -1};

		ok = i != SIZE_MAX &&
		     enf_register_apply(reg, i, &e) == ENF_OK &&
		     enf_register_at(&c, reg, i) == ENF_OK;
	}
	seq = ok ? enf_case_entry_count(c) - 1 : 0;
	for (int n = 0; ok && n < N_CORRECTIONS; n++) {
		size_t at = next_correction(&k, n, reg, i, seq, last);

		ok = enf_register_correct(reg, at, &k) == ENF_OK;
	}
	if (!ok) {
		enf_register_free(reg);
		return NULL;
	}
	return reg;
}

/* (h) A corrected register through its saved forms: the CSV texts with
 * corrections.csv, and the JSON document, each imported into a new
 * register, which a failed import leaves empty. */
static void flow_correct_io(af_flow *F)
{
	enf_register *reg = corrected_register(), *back = NULL, *json = NULL;
	char *texts[ENF_IO_ENTITY_COUNT] = {NULL}, *corr = NULL, *doc = NULL;
	snap_set sback = {NULL, NULL, NULL}, sjson = {NULL, NULL, NULL};

	if (reg == NULL) {
		af_error(F, __LINE__, "cannot build the corrected register");
		goto done;
	}
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		STEP(NULL, NULL, texts[e] == NULL,
		     enf_io_export_csv(&texts[e], NULL, reg, (enf_io_entity)e));
	STEP(NULL, NULL, corr == NULL,
	     enf_io_export_csv_corrections(&corr, NULL, reg));
	STEP(NULL, NULL, doc == NULL, enf_io_export_json(&doc, NULL, reg));
	STEP(NULL, NULL, back == NULL, enf_register_new(&back));
	sback.reg = back;
	STEP(snap_corrected, &sback, 1,
	     enf_io_import_csv_corrected(back, texts[0], texts[1], texts[2],
					 texts[3], texts[4], corr));
	STEP(NULL, NULL, json == NULL, enf_register_new(&json));
	sjson.reg = json;
	STEP(snap_corrected, &sjson, 1,
	     enf_io_import_json(json, doc, "register.json"));
	{
		sb b = {NULL, 0, 0};
		char *t = snap_corrected(&sback);

		sb_puts(&b, t);
		free(t);
		t = snap_corrected(&sjson);
		sb_puts(&b, t);
		free(t);
		af_final(F, sb_done(&b), __LINE__);
	}
done:
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		enf_free(texts[e]);
	enf_free(corr);
	enf_free(doc);
	enf_register_free(json);
	enf_register_free(back);
	enf_register_free(reg);
}

#ifdef ENF_WITH_SQLITE
/* (i) A corrected register saved to a store, loaded back, and a new
 * correction appended to it; the store file is removed after each run. */
static void store_unlink(const char *path)
{
	char side[sizeof(in.dir) + 64];

	(void)unlink(path);
	(void)snprintf(side, sizeof(side), "%s-wal", path);
	(void)unlink(side);
	(void)snprintf(side, sizeof(side), "%s-shm", path);
	(void)unlink(side);
}

static void flow_store(af_flow *F)
{
	enf_register *reg = corrected_register(), *back = NULL;
	snap_set sback = {NULL, NULL, NULL};
	enf_store *st = NULL;
	enf_case *c = NULL;
	enf_correction k;
	char path[sizeof(in.dir) + 32];

	(void)snprintf(path, sizeof(path), "%s-store.db", in.dir);
	store_unlink(path);
	if (reg == NULL) {
		af_error(F, __LINE__, "cannot build the corrected register");
		goto done;
	}
	STEP(NULL, NULL, st == NULL, enf_store_open(&st, path, NULL));
	STEP(NULL, NULL, 1, enf_store_save(st, reg));
	/* One more correction, appended on its own. */
	(void)enf_register_at(&c, reg, 2);
	(void)enf_correction_init(&k, ENF_CORRECTION_VERSION);
	k.kind = ENF_CORRECT_PARTY;
	k.recorded = ENF_DATE_MAX - 1;
	k.reason = "name mistyped";
	(void)enf_case_party(&k.party, c, 0);
	k.party.name = "Tên mới";
	if (enf_register_correct(reg, 2, &k) != ENF_OK) {
		af_error(F, __LINE__, "%s", enf_last_error());
		goto done;
	}
	(void)enf_register_at(&c, reg, 2);
	STEP(NULL, NULL, 1,
	     enf_store_add_correction(st, c, enf_case_correction_count(c) - 1));
	STEP(NULL, NULL, back == NULL, enf_register_new(&back));
	sback.reg = back;
	STEP(snap_corrected, &sback, 1, enf_store_load(st, back));
	af_final(F, snap_corrected(&sback), __LINE__);
done:
	enf_store_free(st);
	store_unlink(path);
	enf_register_free(back);
	enf_register_free(reg);
}
#endif

/* ---------------------------------------------------------------------- */
/* Driver                                                                  */

/* The N of each run: every N up to 4,000 allocations, else 1..2,000, the
 * last 200 and about 1,800 N evenly strided between. */
static long next_n(long n, long a, int full)
{
	long stride;

	if (full || a <= 4000 || n < 2000 || n >= a - 200)
		return n + 1;
	stride = (a - 2200 + 1799) / 1800;
	return n + stride < a - 200 ? n + stride : a - 200;
}

static void run_flow(const char *name, void (*flow)(af_flow *), int full)
{
	af_flow F;
	long base, runs[3] = {0, 0, 0}, absorbed[3] = {0, 0, 0};

	memset(&F, 0, sizeof(F));
	F.name = name;
	F.failed_step = -1;
	af.mode = AF_COUNT;
	af.n = 0;
	af.count = 0;
	base = af.live;
	flow(&F);
	F.allocs = af.count;
	if (F.final == NULL)
		af_error(&F, __LINE__, "the reference run did not finish");
	/* The run keeps its snapshots and results, one block each. */
	for (int i = 0; i < AF_MAX_STEPS; i++)
		base += F.ref[i] != NULL;
	base += F.final != NULL;
	if (af.live != base)
		af_error(&F, __LINE__, "the reference run leaks %ld blocks",
			 af.live - base);
	for (int m = AF_ONE; m <= AF_FROM && F.final != NULL; m++) {
		for (long n = 1; n <= F.allocs; n = next_n(n, F.allocs, full)) {
			af.mode = (enum af_mode)m;
			af.n = n;
			af.count = 0;
			af.failed = 0;
			F.step = 0;
			F.failed_step = -1;
			base = af.live;
			flow(&F);
			if (af.failed == 0)
				af_error(&F, __LINE__,
					 "allocation %ld never came "
					 "(%ld allocations)",
					 n, af.count);
			if (F.failed_step < 0)
				absorbed[m]++;
			if (af.live != base)
				af_error(&F, __LINE__, "leak of %ld blocks",
					 af.live - base);
			runs[m]++;
			af.mode = AF_COUNT;
			if (F.errors > 20)
				break; /* enough to go on */
		}
	}
	printf("alloc_fail: %-8s A = %5ld allocations; N covered: %ld (one), "
	       "%ld (from)%s; failures absorbed (call succeeded): %ld, %ld; "
	       "errors %ld\n",
	       name, F.allocs, runs[AF_ONE], runs[AF_FROM],
	       (full || F.allocs <= 4000) ? " = all" : " (strided)",
	       absorbed[AF_ONE], absorbed[AF_FROM], F.errors);
	for (int i = 0; i < AF_MAX_STEPS; i++)
		free(F.ref[i]);
	free(F.final);
}

/* in.corrected: decided 2024-11-05, with means, 30,000,000 VND entered
 * as collected on 2025-03-10 and corrected to 3,000,000 on 2025-10-05. */
static enf_status make_corrected(enf_case **out)
{
	enf_case_info info;
	enf_party p[2] = {
		{ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Hà Văn Tú", NULL},
		{ENF_PARTY_CREDITOR, ENF_PARTY_PERSON, "Vi Thị Lan", NULL}};
	enf_obligation o = {ENF_OBL_OTHER_MONEY, 90000000, 0, 1, 0};
	enf_event ev[3] = {
		{ENF_EV_DECISION_ISSUED, day(2024, 11, 5), 0, 0,
		 ENF_INDEX_NONE},
		{ENF_EV_CLASSIFIED, day(2024, 12, 1), 1, 0, ENF_INDEX_NONE},
		{ENF_EV_COLLECTED, day(2025, 3, 10), 0, 30000000,
		 ENF_INDEX_NONE}};
	enf_correction corr;
	enf_status st;

	(void)enf_case_info_init(&info, ENF_CASE_INFO_VERSION);
	info.office = "LS-TP";
	info.decision_no = "AF-1";
	info.mode = ENF_MODE_AGENCY;
	st = enf_case_new(out, &info);
	for (int i = 0; i < 2 && st == ENF_OK; i++)
		st = enf_case_add_party(NULL, *out, &p[i]);
	if (st == ENF_OK)
		st = enf_case_add_obligation(NULL, *out, &o);
	for (int i = 0; i < 3 && st == ENF_OK; i++)
		st = enf_case_apply(*out, &ev[i]);
	if (st == ENF_OK)
		st = enf_correction_init(&corr, ENF_CORRECTION_VERSION);
	if (st == ENF_OK) {
		corr.kind = ENF_CORRECT_REPLACE;
		corr.recorded = day(2025, 10, 5);
		corr.reason = "receipt reads 3,000,000";
		corr.target = 2;
		corr.event = ev[2];
		corr.event.amount = 3000000;
		st = enf_case_correct(*out, &corr);
	}
	return st;
}

int main(int argc, char **argv)
{
	const char *only = argc > 1 ? argv[1] : NULL;
	const char *env = getenv("ENF_ALLOC_FULL");
	int full = env != NULL && env[0] == '1';
	char *files[ENF_IO_ENTITY_COUNT];
	enf_status st;

	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++) {
		char path[4096];

		(void)snprintf(path, sizeof(path), "%s/%s", ENF_SAMPLE_DIR,
			       af_files[e]);
		files[e] = read_file(path);
	}
	make_slices(&in.a, &in.b, files);
	(void)snprintf(in.dir, sizeof(in.dir), "%s/alloc_fail_XXXXXX",
		       ENF_ALLOC_TMPDIR);
	if (mkdtemp(in.dir) == NULL) {
		fprintf(stderr, "alloc_fail: cannot create %s\n", in.dir);
		return 2;
	}
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		write_file(in.dir, af_files[e], in.a.text[e]);
	st = enf_register_new(&in.full);
	if (st == ENF_OK)
		st = enf_io_import_csv(in.full, files[0], files[1], files[2],
				       files[3], files[4]);
	make_tenth(&in.tenth, files);
	if (st == ENF_OK)
		st = enf_register_new(&in.mid);
	if (st == ENF_OK)
		st = enf_io_import_csv(in.mid, in.tenth.text[0],
				       in.tenth.text[1], in.tenth.text[2],
				       in.tenth.text[3], in.tenth.text[4]);
	if (st == ENF_OK)
		st = enf_auction_rules_builtin(&in.vn2014, "VN-2014");
	if (st == ENF_OK)
		st = enf_calendar_new(&in.cal, NULL);
	if (st == ENF_OK)
		st = make_corrected(&in.corrected);
	if (st != ENF_OK) {
		fprintf(stderr, "alloc_fail: setup: %s\n", enf_last_error());
		return 2;
	}
	printf("alloc_fail: slices of %zu and %zu cases of the sample; "
	       "reports of %zu and %zu cases\n",
	       in.a.nkeys, in.b.nkeys, enf_register_count(in.mid),
	       enf_register_count(in.full));

	if (only == NULL || strcmp(only, "import") == 0)
		run_flow("import", flow_import, full);
	if (only == NULL || strcmp(only, "report") == 0)
		run_flow("report", flow_report, full);
	if (only == NULL || strcmp(only, "auction") == 0)
		run_flow("auction", flow_auction, full);
	if (only == NULL || strcmp(only, "payout") == 0)
		run_flow("payout", flow_payout, full);
	if (only == NULL || strcmp(only, "rules") == 0)
		run_flow("rules", flow_rules, full);
	if (only == NULL || strcmp(only, "snapshot") == 0)
		run_flow("snapshot", flow_snapshot, full);
	if (only == NULL || strcmp(only, "correct") == 0)
		run_flow("correct", flow_correct, full);
	if (only == NULL || strcmp(only, "correct_io") == 0)
		run_flow("correct_io", flow_correct_io, full);
#ifdef ENF_WITH_SQLITE
	if (only == NULL || strcmp(only, "store") == 0)
		run_flow("store", flow_store, full);
#endif

	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++) {
		char path[sizeof(in.dir) + 32];

		(void)snprintf(path, sizeof(path), "%s/%s", in.dir,
			       af_files[e]);
		(void)unlink(path);
		free(files[e]);
		free(in.a.text[e]);
		free(in.b.text[e]);
		free(in.tenth.text[e]);
	}
	(void)rmdir(in.dir);
	enf_register_free(in.full);
	enf_register_free(in.mid);
	enf_calendar_free(in.cal);
	enf_auction_rules_free(in.vn2014);
	enf_case_free(in.corrected);
	if (af_errors_total > 0) {
		printf("alloc_fail: %ld errors\n", af_errors_total);
		return 1;
	}
	printf("alloc_fail: every failed call returned ENF_ENOMEM, left its "
	       "objects unchanged and leaked nothing\n");
	return 0;
}
