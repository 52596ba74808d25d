/*
 * bench_import: how fast a register loads from CSV and how much memory a
 * case takes, against reading the same bytes as the reference.
 *
 *   bench_import DIR     (a directory written by gen_sample)
 *
 * Prints the cases and events loaded, the wall time of enf_io_load_csv_dir
 * and of just reading the five files (the ratio of the two is the cost of
 * parsing and building), and the growth of the peak resident set per case.
 * Make a large set with: gen_sample --cases 1000000 --out /tmp/big
 */
#define _POSIX_C_SOURCE 200809L
#include <enforcement.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long peak_kib(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* Bytes the allocator has handed out and not taken back (glibc). */
static size_t heap_in_use(void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
	return mallinfo2().uordblks + mallinfo2().hblkhd;
#else
	return 0;
#endif
}

/* Reads every file of the set once and counts its lines: the floor under
 * any import. */
static long read_all(const char *dir)
{
	static const char *const names[] = {"cases.csv", "parties.csv",
					    "obligations.csv", "assets.csv",
					    "events.csv"};
	char path[4096], buf[1 << 16];
	long lines = 0;

	for (size_t i = 0; i < 5; i++) {
		FILE *f;
		size_t n;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		f = fopen(path, "rb");
		if (f == NULL)
			continue;
		while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
			for (size_t k = 0; k < n; k++)
				lines += buf[k] == '\n';
		fclose(f);
	}
	return lines;
}

int main(int argc, char **argv)
{
	enf_register *reg;
	double t0, t1, t2;
	long kib0, kib1, lines;
	size_t events = 0, cases, heap0;

	if (argc != 2) {
		fprintf(stderr, "usage: bench_import DIR\n");
		return 2;
	}
	t0 = now();
	lines = read_all(argv[1]);
	t1 = now();
	kib0 = peak_kib();
	heap0 = heap_in_use();
	if (enf_register_new(&reg) != ENF_OK ||
	    enf_io_load_csv_dir(reg, argv[1]) != ENF_OK) {
		fprintf(stderr, "bench_import: %s\n", enf_last_error());
		return 1;
	}
	t2 = now();
	kib1 = peak_kib();
	cases = enf_register_count(reg);
	for (size_t i = 0; i < cases; i++) {
		enf_case *c;

		if (enf_register_at(&c, reg, i) == ENF_OK)
			events += enf_case_event_count(c);
	}
	printf("cases %zu, events %zu, lines %ld\n", cases, events, lines);
	printf("read files: %.3f s; import: %.3f s (%.1fx the read); "
	       "%.0f cases/s\n",
	       t1 - t0, t2 - t1, (t2 - t1) / (t1 - t0 > 0 ? t1 - t0 : 1e-9),
	       (double)cases / (t2 - t1));
	printf("peak memory grew %ld KiB during the import (file text "
	       "included): %.0f bytes per case\n",
	       kib1 - kib0,
	       cases ? (double)(kib1 - kib0) * 1024.0 / (double)cases : 0.0);
	if (heap_in_use() > heap0 && cases > 0)
		printf("register held in memory: %.0f bytes per case, %.1f "
		       "bytes per event (all allocations of the register)\n",
		       (double)(heap_in_use() - heap0) / (double)cases,
		       (double)(heap_in_use() - heap0) /
			       (double)(events ? events : 1));
	enf_register_free(reg);
	return 0;
}
