/*
 * Fuzzes enf_io_import_csv_corrected(). The first byte picks the file the
 * rest of the input stands for: an entity, or (5) corrections.csv; the
 * entities before it are the fixed sample of fuzz_sample.h (so rows can
 * name real cases, parties and events), those after it are absent. The
 * register already holds one case of another office.
 *
 * A failed import leaves the register as it was (count and JSON export);
 * a successful one exports CSV and JSON that import into a fresh register
 * to the same exports, and its statistics keep the table's identities.
 * The validation of the same texts finds no problem where the import
 * succeeds, and its first problem is the import's error when that error
 * is not about the register imported into.
 */
#include "fuzz_common.h"
#include "fuzz_sample.h"

static const char pre_cases[] =
	"office,decision_no,decision_date,mode,court,judgment_no,"
	"judgment_effective,judgment_kind,flags\n"
	"FZ-PRE,1/QĐ-THADS,2024-01-08,agency,TAND,1/2023/HS-ST,2023-04-06,"
	"criminal,prisoner\n";
static const char pre_parties[] = "office,decision_no,index,role,kind,name,id\n"
				  "FZ-PRE,1/QĐ-THADS,0,debtor,person,A,\n"
				  "FZ-PRE,1/QĐ-THADS,1,creditor,person,B,1\n";

/* The files: the five entities, then corrections.csv. */
#define FZ_FILES (ENF_IO_ENTITY_COUNT + 1)

static const char *const sample[ENF_IO_ENTITY_COUNT] = {
	fz_sample_cases, fz_sample_parties, fz_sample_obligations,
	fz_sample_assets, fz_sample_events};

static char *export_json(const enf_register *reg, size_t *len)
{
	char *out = NULL;

	FZ_CHECK(enf_io_export_json(&out, len, reg) == ENF_OK);
	FZ_CHECK(out != NULL && strlen(out) == *len);
	return out;
}

/* Exports every entity and the JSON document, imports each form into a
 * fresh register and compares the exports. */
static void round_trip(const enf_register *reg)
{
	char *csv[FZ_FILES], *csv2, *json, *json2;
	size_t len[FZ_FILES], len2, jlen, jlen2;
	enf_register *fresh = NULL;

	for (int e = 0; e < FZ_FILES; e++) {
		csv[e] = NULL;
		FZ_CHECK((e < ENF_IO_ENTITY_COUNT
				  ? enf_io_export_csv(&csv[e], &len[e], reg,
						      (enf_io_entity)e)
				  : enf_io_export_csv_corrections(
					    &csv[e], &len[e], reg)) == ENF_OK);
		FZ_CHECK(strlen(csv[e]) == len[e]);
	}
	FZ_CHECK(enf_register_new(&fresh) == ENF_OK);
	FZ_CHECK(enf_io_import_csv_corrected(fresh, csv[0], csv[1], csv[2],
					     csv[3], csv[4], csv[5]) == ENF_OK);
	FZ_CHECK(enf_register_count(fresh) == enf_register_count(reg));
	for (int e = 0; e < FZ_FILES; e++) {
		csv2 = NULL;
		FZ_CHECK((e < ENF_IO_ENTITY_COUNT
				  ? enf_io_export_csv(&csv2, &len2, fresh,
						      (enf_io_entity)e)
				  : enf_io_export_csv_corrections(
					    &csv2, &len2, fresh)) == ENF_OK);
		FZ_CHECK(fz_same(csv[e], len[e], csv2, len2));
		enf_io_free(csv2);
		enf_io_free(csv[e]);
	}
	enf_register_free(fresh);

	json = export_json(reg, &jlen);
	fresh = NULL;
	FZ_CHECK(enf_register_new(&fresh) == ENF_OK);
	FZ_CHECK(enf_io_import_json(fresh, json, "fuzz.json") == ENF_OK);
	json2 = export_json(fresh, &jlen2);
	FZ_CHECK(fz_same(json, jlen, json2, jlen2));
	enf_io_free(json2);
	enf_io_free(json);
	enf_register_free(fresh);
}

/* Validates the texts the import was given (st, with its message). */
static void check_validation(const char *const *texts, enf_status st,
			     const char *msg)
{
	enf_io_problem out[8];
	size_t n = 0;
	enf_status vs = enf_io_validate_csv(out, 8, &n, texts[0], texts[1],
					    texts[2], texts[3], texts[4], 8);

	if (vs == ENF_ENOMEM || st == ENF_ENOMEM)
		return;
	FZ_CHECK(vs == ENF_OK && n <= 8);
	for (size_t i = 0; i < n; i++) {
		FZ_CHECK(out[i].status < 0 && out[i].line >= 0);
		FZ_CHECK(memchr(out[i].message, '\0', sizeof(out[i].message)));
		FZ_CHECK(utf8_valid(out[i].message));
		FZ_CHECK(utf8_valid(out[i].value));
	}
	if (st == ENF_OK)
		FZ_CHECK(n == 0);
	else if (strstr(msg, "in the register") == NULL)
		FZ_CHECK(n >= 1 && strcmp(out[0].message, msg) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *texts[FZ_FILES] = {NULL, NULL, NULL, NULL, NULL, NULL};
	enf_register *reg = NULL;
	char *text, *before, *after;
	size_t count, blen, alen;
	char msg[512];
	enf_status st;
	int entity;

	if (size < 1)
		return 0;
	entity = data[0] % FZ_FILES;
	text = fz_cstr(data + 1, size - 1);
	for (int e = 0; e < entity; e++)
		texts[e] = sample[e];
	texts[entity] = text;

	FZ_CHECK(enf_register_new(&reg) == ENF_OK);
	FZ_CHECK(enf_io_import_csv(reg, pre_cases, pre_parties, NULL, NULL,
				   NULL) == ENF_OK);
	count = enf_register_count(reg);
	before = export_json(reg, &blen);
	st = enf_io_import_csv_corrected(reg, texts[0], texts[1], texts[2],
					 texts[3], texts[4], texts[5]);
	(void)snprintf(msg, sizeof(msg), "%s", enf_last_error());
	if (st != ENF_OK) {
		FZ_CHECK(st == ENF_EINVALID || st == ENF_EOVERFLOW ||
			 st == ENF_EPARSE || st == ENF_ESTATE ||
			 st == ENF_ENOTFOUND || st == ENF_ERANGE ||
			 st == ENF_ENOMEM);
		fz_check_message(utf8_valid(text));
		FZ_CHECK(enf_register_count(reg) == count);
		after = export_json(reg, &alen);
		FZ_CHECK(fz_same(before, blen, after, alen));
		enf_io_free(after);
	} else {
		FZ_CHECK(enf_register_count(reg) >= count);
		round_trip(reg);
		fz_register_stats(reg);
	}
	/* The validation reads the five files, not corrections.csv. */
	if (entity < ENF_IO_ENTITY_COUNT)
		check_validation(texts, st, msg);
	enf_io_free(before);
	enf_register_free(reg);
	free(text);
	return 0;
}
