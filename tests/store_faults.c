/*
 * The store under SIGKILL: for each run (seeded), a child process opens a
 * new store and makes a seeded random sequence of transactions on it
 * (a new case, an event applied to a case then appended, a correction
 * made to a case then appended, a whole save),
 * writing its count of committed transactions to a pipe after each
 * commit; the parent kills it with SIGKILL after a random delay, then
 * opens the store, loads it, and rebuilds the register from the same
 * seeded sequence in memory. The store must open and hold exactly the
 * transactions committed: every one the child reported, and the one in
 * flight when it was killed either whole or not at all (whole when its
 * commit record had reached the file: a killed process loses nothing the
 * kernel holds, even before the fsync returns): the loaded
 * register's CSV export (corrections.csv too) equals the rebuilt one
 * after K or K + 1 transactions, byte for byte.
 *
 *   store_faults [RUNS [SEED]]    (default 300 runs, seed 20)
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp, nanosleep, kill */

#include <enforcement.h>

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Transactions a child makes at most. */
#define MAX_TX 40

static uint64_t next_rand(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static void die(const char *what)
{
	fprintf(stderr, "store_faults: %s: %s\n", what, enf_last_error());
	exit(2);
}

/* The event number k of every case's log: request, decision, notice,
 * verification with means, then collections of 1,000 VND. */
static enf_event event_at(size_t k)
{
	enf_event ev = {ENF_EV_COLLECTED, 0, 0, 1000, ENF_INDEX_NONE};
	enf_event_kind chain[] = {ENF_EV_REQUEST_RECEIVED,
				  ENF_EV_DECISION_ISSUED,
				  ENF_EV_DECISION_NOTIFIED, ENF_EV_VERIFIED};
	enf_date base = 0;

	(void)enf_date_from_ymd(&base, 2025, 1, 1);
	ev.date = base + (enf_date)k;
	if (k < 4) {
		ev.kind = chain[k];
		ev.amount = 0;
		ev.detail = k == 3; /* with means */
	}
	return ev;
}

/* A new case number n, with a debtor, a creditor, a debt and its
 * request. */
static enf_case *new_case(unsigned n)
{
	enf_case_info info;
	enf_case *c = NULL;
	char no[32];
	enf_party d = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Nguyễn Văn A",
		       NULL};
	enf_party cr = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON, "Trần Thị B",
			NULL};
	enf_obligation o = {ENF_OBL_OTHER_MONEY, 1000000000, 0, 1, 0};
	enf_event ev = event_at(0);

	(void)snprintf(no, sizeof(no), "%u/QĐ-THADS", n);
	(void)enf_case_info_init(&info, ENF_CASE_INFO_VERSION);
	info.office = "LS-TP", info.decision_no = no;
	info.mode = ENF_MODE_REQUEST, info.judgment_kind = ENF_JUDGMENT_CIVIL;
	if (enf_case_new(&c, &info) != ENF_OK ||
	    enf_case_add_party(NULL, c, &d) != ENF_OK ||
	    enf_case_add_party(NULL, c, &cr) != ENF_OK ||
	    enf_case_add_obligation(NULL, c, &o) != ENF_OK ||
	    enf_case_apply(c, &ev) != ENF_OK)
		die("new case");
	return c;
}

/* A correction of case i of reg, appended to st unless NULL: the last
 * collection of a case not corrected yet replaced by one of 2,000 VND
 * (replace 1), else the debtor's name amended. Recorded on the day of the
 * case's last event. */
static void correction(enf_store *st, enf_register *reg, size_t i, int replace)
{
	enf_case *c = NULL;
	enf_correction k;
	enf_event last;
	size_t seq = 0, n;
	char name[64];

	if (enf_register_at(&c, reg, i) != ENF_OK ||
	    enf_correction_init(&k, ENF_CORRECTION_VERSION) != ENF_OK)
		die("correction");
	n = enf_case_entry_count(c);
	if (enf_case_entry(&last, c, n - 1) != ENF_OK)
		die("case_entry");
	k.recorded = last.date, k.author = "cv01";
	if (replace && last.kind == ENF_EV_COLLECTED &&
	    enf_case_correction_count(c) == 0 &&
	    enf_case_event_seq(&seq, c, enf_case_event_count(c) - 1) ==
		    ENF_OK &&
	    seq == n - 1) {
		k.kind = ENF_CORRECT_REPLACE, k.target = seq;
		k.reason = "amount mistyped";
		k.event = last, k.event.amount = 2000;
	} else {
		k.kind = ENF_CORRECT_PARTY, k.target = 0;
		k.reason = "name mistyped";
		if (enf_case_party(&k.party, c, 0) != ENF_OK)
			die("case_party");
		(void)snprintf(name, sizeof(name), "Nguyễn Văn A (%zu)",
			       enf_case_correction_count(c) + 1);
		k.party.name = name;
	}
	if (enf_case_correct(c, &k) != ENF_OK)
		die("case_correct");
	if (st != NULL &&
	    enf_store_add_correction(st, c, enf_case_correction_count(c) - 1) !=
		    ENF_OK)
		die("store_add_correction");
}

/* Makes transaction tx of the sequence of seed on reg, and on st unless
 * NULL. */
static void transaction(enf_store *st, enf_register *reg, uint64_t *rng)
{
	size_t n = enf_register_count(reg);
	unsigned r = (unsigned)(next_rand(rng) % 100);

	if (n == 0 || r < 15) {
		enf_case *c = new_case((unsigned)n + 1), *in = NULL;

		if (enf_register_add(reg, c) != ENF_OK ||
		    enf_register_at(&in, reg, n) != ENF_OK)
			die("register_add");
		if (st != NULL && enf_store_add_case(st, in) != ENF_OK)
			die("store_add_case");
	} else if (r < 22) {
		if (st != NULL && enf_store_save(st, reg) != ENF_OK)
			die("store_save");
	} else if (r < 32) {
		correction(st, reg, (size_t)(next_rand(rng) % n), r < 27);
	} else {
		enf_case *c = NULL;
		enf_event ev;

		if (enf_register_at(&c, reg, (size_t)(next_rand(rng) % n)) !=
		    ENF_OK)
			die("register_at");
		/* Numbered by entries: a voided or moved event keeps its
		 * day. */
		ev = event_at(enf_case_entry_count(c));
		if (enf_case_apply(c, &ev) != ENF_OK)
			die("case_apply");
		if (st != NULL && enf_store_add_event(st, c, &ev) != ENF_OK)
			die("store_add_event");
	}
}

/* The child: every transaction, its count to fd after each commit. */
static void child(const char *path, uint64_t seed, int fd)
{
	enf_store *st = NULL;
	enf_register *reg = NULL;
	uint64_t rng = seed;

	if (enf_store_open(&st, path, NULL) != ENF_OK ||
	    enf_register_new(&reg) != ENF_OK)
		die("child open");
	for (uint32_t k = 1; k <= MAX_TX; k++) {
		transaction(st, reg, &rng);
		if (write(fd, &k, sizeof(k)) != (ssize_t)sizeof(k))
			_exit(3);
	}
	_exit(0);
}

/* The register after the first count transactions of seed. */
static enf_register *rebuilt(uint64_t seed, uint32_t count)
{
	enf_register *reg = NULL;
	uint64_t rng = seed;

	if (enf_register_new(&reg) != ENF_OK)
		die("register_new");
	for (uint32_t k = 0; k < count; k++)
		transaction(NULL, reg, &rng);
	return reg;
}

static int same(const enf_register *a, const enf_register *b)
{
	int eq = enf_register_count(a) == enf_register_count(b);

	for (int e = 0; e < ENF_IO_ENTITY_COUNT && eq; e++) {
		char *x = NULL, *y = NULL;
		size_t nx = 0, ny = 0;

		if (enf_io_export_csv(&x, &nx, a, e) != ENF_OK ||
		    enf_io_export_csv(&y, &ny, b, e) != ENF_OK)
			die("export");
		eq = nx == ny && memcmp(x, y, nx) == 0;
		enf_free(x);
		enf_free(y);
	}
	if (eq) {
		char *x = NULL, *y = NULL;
		size_t nx = 0, ny = 0;

		if (enf_io_export_csv_corrections(&x, &nx, a) != ENF_OK ||
		    enf_io_export_csv_corrections(&y, &ny, b) != ENF_OK)
			die("export");
		eq = nx == ny && memcmp(x, y, nx) == 0;
		enf_free(x);
		enf_free(y);
	}
	return eq;
}

/* Kills the child after delay_us, and reads the last count it wrote. */
static uint32_t kill_child(pid_t pid, int fd, long delay_us)
{
	struct timespec ts = {delay_us / 1000000, (delay_us % 1000000) * 1000};
	uint32_t k = 0, last = 0;
	int status;

	(void)nanosleep(&ts, NULL);
	(void)kill(pid, SIGKILL);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	while (read(fd, &k, sizeof(k)) == (ssize_t)sizeof(k))
		last = k;
	if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
		fprintf(stderr, "store_faults: the child failed (%d)\n",
			WEXITSTATUS(status));
		exit(2);
	}
	return last;
}

/* One run: 0 when the store holds what it must. */
static int run(const char *dir, unsigned i, uint64_t seed, long delay_us,
	       uint32_t *committed, int *extra)
{
	char path[128], cmd[512];
	int fds[2];
	pid_t pid = -1;
	enf_store *st = NULL;
	enf_register *got = NULL, *want, *want1;
	int ok;

	(void)snprintf(path, sizeof(path), "%s/run%u.db", dir, i);
	if (pipe(fds) != 0 || (pid = fork()) < 0)
		die("fork");
	if (pid == 0) {
		(void)close(fds[0]);
		child(path, seed, fds[1]);
	}
	(void)close(fds[1]);
	*committed = kill_child(pid, fds[0], delay_us);
	(void)close(fds[0]);
	if (enf_store_open(&st, path, NULL) != ENF_OK ||
	    enf_register_new(&got) != ENF_OK ||
	    enf_store_load(st, got) != ENF_OK) {
		fprintf(stderr, "run %u: the store does not open or load: %s\n",
			i, enf_last_error());
		return 1;
	}
	want = rebuilt(seed, *committed);
	want1 = rebuilt(seed, *committed + 1);
	*extra = !same(got, want) && same(got, want1);
	ok = same(got, want) || *extra;
	if (!ok)
		fprintf(stderr,
			"run %u (seed %llu, killed after %ld us): the store "
			"holds %zu cases, not the register after %u or %u "
			"transactions\n",
			i, (unsigned long long)seed, delay_us,
			enf_register_count(got), *committed, *committed + 1);
	enf_register_free(want);
	enf_register_free(want1);
	enf_register_free(got);
	enf_store_free(st);
	(void)snprintf(cmd, sizeof(cmd), "rm -f '%s' '%s-wal' '%s-shm'", path,
		       path, path);
	if (system(cmd) != 0)
		die("rm");
	return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
	unsigned runs = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 300;
	uint64_t rng = argc > 2 ? strtoull(argv[2], NULL, 10) : 20;
	char dir[] = "/tmp/enf_faults_XXXXXX";
	unsigned char points[MAX_TX + 2] = {0};
	unsigned kill_points = 0, failed = 0, extra_runs = 0;
	unsigned long checked = 0;

	if (rng == 0 || mkdtemp(dir) == NULL)
		return 2;
	for (unsigned i = 0; i < runs; i++) {
		uint64_t seed = next_rand(&rng) | 1;
		/* Most kills within the first transactions; some later. */
		long delay =
			(long)(next_rand(&rng) % (i % 4 == 0 ? 250000 : 40000));
		uint32_t committed = 0;
		int extra = 0;

		failed +=
			(unsigned)run(dir, i, seed, delay, &committed, &extra);
		if (!points[committed])
			points[committed] = 1, kill_points++;
		checked += committed + (unsigned)extra;
		extra_runs += (unsigned)extra;
	}
	(void)rmdir(dir);
	if (failed != 0) {
		fprintf(stderr,
			"store faults: %u of %u runs lost or kept a "
			"transaction wrongly\n",
			failed, runs);
		return 1;
	}
	printf("store faults: %u runs, %u kill points, %lu transactions "
	       "checked, nothing lost (%u runs killed with the transaction in "
	       "flight already whole on the file)\n",
	       runs, kill_points, checked, extra_runs);
	return 0;
}
