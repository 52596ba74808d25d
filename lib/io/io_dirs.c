/*
 * Loading several directories of CSV files at once (a nation's provincial
 * exports): each directory is read and checked into a batch of its own on
 * one of a few threads, the largest first, then all batches are handed to
 * the register in the order of the directories, all or nothing.
 */
#include "io_internal.h"
#include "case_internal.h"
#include "register_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* The most threads a load starts (more would only contend for memory). */
#define ENF__LOAD_THREADS_MAX 256

typedef struct enf__dir_job {
	const char *dir;
	enf__io_batch batch;
	enf_status st;
	char *why; /* the worker thread's message (owned), NULL if none */
} enf__dir_job;

/* A job and the bytes of its files (enf__io_dir_bytes()). */
typedef struct enf__dir_rank {
	size_t bytes, job;
} enf__dir_rank;

typedef struct enf__dir_pool {
	enf__dir_job *jobs;
	size_t n;
	enf__dir_rank *order; /* the jobs, largest first */
	atomic_size_t next;   /* the next of them to take */
} enf__dir_pool;

/* Takes jobs until none is left. enf_last_error() is per thread, so a
 * failure's message is copied for the calling thread to report. */
static void *enf__dir_worker(void *arg)
{
	enf__dir_pool *pool = arg;
	/* One set of file buffers a thread, reused from one directory to
	 * the next (io_files.c). */
	enf__io_texts texts = {0};
	size_t i;

	while ((i = atomic_fetch_add(&pool->next, 1)) < pool->n) {
		enf__dir_job *j = &pool->jobs[pool->order[i].job];

		j->st = enf__io_load_dir(&j->batch, &texts, j->dir,
					 "io_load_csv_dirs");
		if (j->st != ENF_OK)
			j->why = enf__strdup(enf_last_error());
	}
	enf__io_texts_free(&texts);
	return NULL;
}

/* Jobs largest first (by the bytes of their files), then as given: a
 * thread that takes a large directory last finishes alone while the
 * others wait (a nation's capital may be a seventh of it). */
static int enf__by_bytes(const void *a, const void *b)
{
	const enf__dir_rank *x = a, *y = b;

	if (x->bytes != y->bytes)
		return x->bytes > y->bytes ? -1 : 1;
	return x->job < y->job ? -1 : x->job > y->job;
}

/* Runs the pool on up to `threads` threads, the caller's included; a
 * thread that cannot be started leaves its share to the others. */
static void enf__dir_run(enf__dir_pool *pool, unsigned threads)
{
	pthread_t tid[ENF__LOAD_THREADS_MAX];
	size_t started = 0;

	for (unsigned k = 1; k < threads && k < pool->n; k++) {
		if (pthread_create(&tid[started], NULL, enf__dir_worker,
				   pool) != 0)
			break;
		started++;
	}
	(void)enf__dir_worker(pool);
	for (size_t k = 0; k < started; k++)
		(void)pthread_join(tid[k], NULL);
}

/* Hands the batches to the register in order. A key found in two
 * directories undoes the hand-over (the register is restored to its
 * first `before` cases; the batches still own their cases). */
static enf_status enf__dir_commit(enf_register *reg, enf__dir_job *jobs,
				  size_t count)
{
	size_t total = 0, before = enf_register_count(reg);

	for (size_t i = 0; i < count; i++)
		total += jobs[i].batch.n;
	if (enf__register_reserve(reg, total) != ENF_OK)
		return enf__fail(ENF_ENOMEM, "io_load_csv_dirs: out of memory");
	for (size_t i = 0; i < count; i++)
		for (size_t k = 0; k < jobs[i].batch.n; k++) {
			enf_case *c = jobs[i].batch.cases[k];

			if (enf__register_push_new(
				    reg, c, jobs[i].batch.hashes[k]) != 0) {
				enf__register_truncate(reg, before);
				return enf__fail(
					ENF_ESTATE,
					"io_load_csv_dirs: dirs[%zu] (\"%s\"): "
					"case \"%s\" of office \"%s\" is also "
					"in an earlier directory",
					i, jobs[i].dir, c->info.decision_no,
					c->info.office);
			}
		}
	for (size_t i = 0; i < count; i++)
		jobs[i].batch.n = 0; /* the register owns them now */
	return ENF_OK;
}

/* A worker's message without the function name it starts with. */
static const char *enf__dir_why(const enf__dir_job *j)
{
	static const char prefix[] = "io_load_csv_dirs: ";

	if (j->why == NULL)
		return "(no message)";
	if (strncmp(j->why, prefix, sizeof(prefix) - 1) == 0)
		return j->why + sizeof(prefix) - 1;
	return j->why;
}

enf_status enf_io_load_csv_dirs(enf_register *reg, const char *const *dirs,
				size_t count, unsigned int threads)
{
	enf__dir_pool pool;
	enf_status st = ENF_OK;

	ENF__CHECK_NULL("io_load_csv_dirs", reg);
	ENF__CHECK_NULL("io_load_csv_dirs", dirs);
	if ((st = enf__register_writable("io_load_csv_dirs", reg)) != ENF_OK)
		return st;
	for (size_t i = 0; i < count; i++)
		if (dirs[i] == NULL)
			return enf__fail(ENF_EINVALID,
					 "io_load_csv_dirs: dirs[%zu] is NULL",
					 i);
	if (threads > ENF__LOAD_THREADS_MAX)
		return enf__fail(ENF_EINVALID,
				 "io_load_csv_dirs: threads is %u; at most %d",
				 threads, ENF__LOAD_THREADS_MAX);
	if (count == 0)
		return ENF_OK;
	pool.jobs = calloc(count, sizeof(*pool.jobs));
	pool.order = calloc(count, sizeof(*pool.order));
	if (pool.jobs == NULL || pool.order == NULL) {
		free(pool.jobs);
		free(pool.order);
		return enf__fail(ENF_ENOMEM, "io_load_csv_dirs: out of memory");
	}
	pool.n = count;
	atomic_init(&pool.next, 0);
	for (size_t i = 0; i < count; i++) {
		pool.jobs[i].dir = dirs[i];
		pool.order[i].job = i;
		pool.order[i].bytes =
			threads > 1 ? enf__io_dir_bytes(dirs[i]) : 0;
		enf__io_batch_init(&pool.jobs[i].batch, reg);
	}
	qsort(pool.order, count, sizeof(*pool.order), enf__by_bytes);
	enf__dir_run(&pool, threads ? threads : 1);
	for (size_t i = 0; i < count && st == ENF_OK; i++) {
		const enf__dir_job *j = &pool.jobs[i];

		if (j->st == ENF_ENOMEM)
			st = enf__fail(ENF_ENOMEM,
				       "io_load_csv_dirs: out of memory");
		else if (j->st != ENF_OK)
			st = enf__fail(j->st,
				       "io_load_csv_dirs: dirs[%zu] "
				       "(\"%s\"): %s",
				       i, j->dir, enf__dir_why(j));
	}
	if (st == ENF_OK)
		st = enf__dir_commit(reg, pool.jobs, count);
	for (size_t i = 0; i < count; i++) {
		enf__io_batch_free(&pool.jobs[i].batch);
		free(pool.jobs[i].why);
	}
	free(pool.jobs);
	free(pool.order);
	return st;
}
