/*
 * store_bench: save and load times of a national year in the SQLite store
 * (store.h) beside the CSV folder (io.h), in one run.
 *
 *   store_bench DATA WORK [THREADS]
 *
 * DATA is what gen_national wrote (DATA/P01 .. DATA/P34, five CSV files
 * each); WORK a scratch directory (created when missing) that receives
 * the CSV folder WORK/csv and the store WORK/register.db. The register is
 * read from the 34 province folders (on THREADS threads, default 1), then
 * saved as one CSV folder and loaded back, then saved to the store in one
 * transaction and loaded back; each loaded register must have the same
 * cases and the same events export as the first. Prints one line a step,
 * seconds of wall-clock time and the bytes on disk.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime, mkdir */

#include <enforcement.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;

	(void)clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void check(enf_status st, const char *what)
{
	if (st != ENF_OK) {
		fprintf(stderr, "store_bench: %s: %s\n", what,
			enf_last_error());
		exit(1);
	}
}

static long long file_size(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 ? (long long)sb.st_size : 0;
}

/* Whether a and b export the same events.csv. */
static int same_events(const enf_register *a, const enf_register *b)
{
	char *x = NULL, *y = NULL;
	size_t nx = 0, ny = 0;
	int eq;

	check(enf_io_export_csv(&x, &nx, a, ENF_IO_EVENTS), "export");
	check(enf_io_export_csv(&y, &ny, b, ENF_IO_EVENTS), "export");
	eq = nx == ny && memcmp(x, y, nx) == 0;
	enf_free(x);
	enf_free(y);
	return eq;
}

int main(int argc, char **argv)
{
	char *dirs[34], csv[1024], db[1024];
	unsigned threads = argc > 3 ? (unsigned)atoi(argv[3]) : 1;
	enf_register *reg = NULL, *back = NULL;
	enf_store *st = NULL;
	long long csv_bytes = 0;
	double t;

	if (argc < 3) {
		fprintf(stderr, "usage: store_bench DATA WORK [THREADS]\n");
		return 2;
	}
	for (int i = 0; i < 34; i++) {
		dirs[i] = malloc(strlen(argv[1]) + 8);
		sprintf(dirs[i], "%s/P%02d", argv[1], i + 1);
	}
	(void)mkdir(argv[2], 0777);
	(void)snprintf(csv, sizeof(csv), "%s/csv", argv[2]);
	(void)snprintf(db, sizeof(db), "%s/register.db", argv[2]);
	(void)mkdir(csv, 0777);
	(void)remove(db);

	check(enf_register_new(&reg), "register_new");
	t = now();
	check(enf_io_load_csv_dirs(reg, (const char *const *)dirs, 34, threads),
	      "load_csv_dirs");
	printf("read 34 province folders (%u threads): %zu cases, %.2f s\n",
	       threads, enf_register_count(reg), now() - t);

	t = now();
	check(enf_io_save_csv_dir(reg, csv), "save_csv_dir");
	t = now() - t;
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++) {
		char p[1100];

		(void)snprintf(p, sizeof(p), "%s/%s", csv,
			       enf_io_file_name((enf_io_entity)e));
		csv_bytes += file_size(p);
	}
	printf("CSV folder save: %.2f s, %.1f MB\n", t, csv_bytes / 1e6);
	check(enf_register_new(&back), "register_new");
	t = now();
	check(enf_io_load_csv_dir(back, csv), "load_csv_dir");
	printf("CSV folder load: %.2f s (%s)\n", now() - t,
	       same_events(reg, back) ? "same register" : "DIFFERENT");
	enf_register_free(back);

	check(enf_store_open(&st, db, NULL), "store_open");
	t = now();
	check(enf_store_save(st, reg), "store_save");
	printf("SQLite store save: %.2f s, %.1f MB\n", now() - t,
	       file_size(db) / 1e6);
	enf_store_free(st);
	check(enf_store_open(&st, db, NULL), "store_open");
	check(enf_register_new(&back), "register_new");
	t = now();
	check(enf_store_load(st, back), "store_load");
	printf("SQLite store load: %.2f s (%s)\n", now() - t,
	       same_events(reg, back) ? "same register" : "DIFFERENT");
	enf_register_free(back);
	enf_store_free(st);
	enf_register_free(reg);
	for (int i = 0; i < 34; i++)
		free(dirs[i]);
	return 0;
}
