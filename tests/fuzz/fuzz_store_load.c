/*
 * Fuzzes the store's loader (enf_store_open(), enf_store_load()): the
 * input is written to a temporary file, opened as a store and loaded into
 * a register that already holds one case. A refusal sets a message and
 * leaves the register as it was (count and export); a load that succeeds
 * saves into a new store in memory (":memory:") that loads back to the
 * same export. Seeds: small stores (fuzz_gen_seeds writes one, or any
 * file enf_store_save() wrote).
 */
#define _POSIX_C_SOURCE 200809L /* mkstemp */

#include "fuzz_common.h"

#include <unistd.h>

static const char pre_cases[] =
	"office,decision_no,decision_date,mode,court,judgment_no,"
	"judgment_effective,judgment_kind,flags\n"
	"FZ-PRE,1/QĐ-THADS,2024-01-08,agency,TAND,1/2023/HS-ST,2023-04-06,"
	"criminal,prisoner\n";

static char *export_all(const enf_register *reg, size_t *len)
{
	char *out = NULL;

	FZ_CHECK(enf_io_export_json(&out, len, reg) == ENF_OK);
	return out;
}

static void round_trip(const enf_register *reg)
{
	enf_store *mem = NULL;
	enf_register *back = NULL, *pre = NULL;
	char *a, *b;
	size_t alen, blen;

	FZ_CHECK(enf_store_open(&mem, ":memory:", NULL) == ENF_OK);
	FZ_CHECK(enf_store_save(mem, reg) == ENF_OK);
	FZ_CHECK(enf_register_new(&back) == ENF_OK);
	FZ_CHECK(enf_store_load(mem, back) == ENF_OK);
	/* reg holds the case made before the load: so must back */
	FZ_CHECK(enf_register_count(back) == enf_register_count(reg));
	a = export_all(reg, &alen);
	b = export_all(back, &blen);
	FZ_CHECK(fz_same(a, alen, b, blen));
	enf_free(a);
	enf_free(b);
	enf_register_free(back);
	enf_register_free(pre);
	enf_store_free(mem);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/enf_fuzz_store_XXXXXX", side[64];
	int fd = mkstemp(path);
	enf_store_options o = ENF_STORE_OPTIONS_INIT;
	enf_store *st = NULL;
	enf_register *reg = NULL;
	char *before, *after;
	size_t blen, alen;

	FZ_CHECK(fd >= 0);
	FZ_CHECK(size == 0 || write(fd, data, size) == (ssize_t)size);
	(void)close(fd);
	FZ_CHECK(enf_register_new(&reg) == ENF_OK);
	FZ_CHECK(enf_io_import_csv(reg, pre_cases, NULL, NULL, NULL, NULL) ==
		 ENF_OK);
	before = export_all(reg, &blen);
	o.create = 0;
	if (enf_store_open(&st, path, &o) != ENF_OK) {
		FZ_CHECK(st == NULL);
		fz_check_message(0);
	} else if (enf_store_load(st, reg) != ENF_OK) {
		fz_check_message(0);
		after = export_all(reg, &alen);
		FZ_CHECK(fz_same(before, blen, after, alen));
		enf_free(after);
	} else {
		round_trip(reg);
	}
	enf_store_free(st);
	enf_free(before);
	enf_register_free(reg);
	(void)unlink(path);
	(void)snprintf(side, sizeof(side), "%s-wal", path);
	(void)unlink(side);
	(void)snprintf(side, sizeof(side), "%s-shm", path);
	(void)unlink(side);
	return 0;
}
