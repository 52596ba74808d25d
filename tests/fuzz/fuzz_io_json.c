/*
 * Fuzzes enf_io_import_json_n() on the input's exact bytes (no NUL after
 * them, so that AddressSanitizer sees any read past the length), into a
 * register that already holds one case. An input holding a NUL is
 * refused (ENF_EPARSE). A failed import leaves the register as it was
 * (count and export); a successful one exports a document that imports
 * into a fresh register to the same export, and whose CSV files import
 * to the same register too, and its statistics keep the table's
 * identities; each of its first cases, and its worklist, written as the
 * JSON a back end reads (enf_case_to_json(), enf_worklist_to_json()),
 * is UTF-8 of the length given.
 */
#include "fuzz_common.h"

static const char pre_cases[] =
	"office,decision_no,decision_date,mode,court,judgment_no,"
	"judgment_effective,judgment_kind,flags\n"
	"FZ-PRE,1/QĐ-THADS,2024-01-08,agency,TAND,1/2023/HS-ST,2023-04-06,"
	"criminal,prisoner\n";
static const char pre_parties[] = "office,decision_no,index,role,kind,name,id\n"
				  "FZ-PRE,1/QĐ-THADS,0,debtor,person,A,\n"
				  "FZ-PRE,1/QĐ-THADS,1,creditor,person,B,1\n";

static char *export_json(const enf_register *reg, size_t *len)
{
	char *out = NULL;

	FZ_CHECK(enf_io_export_json(&out, len, reg) == ENF_OK);
	FZ_CHECK(out != NULL && strlen(out) == *len);
	return out;
}

static void round_trip(const enf_register *reg)
{
	char *json, *json2, *csv[ENF_IO_ENTITY_COUNT], *corr = NULL;
	size_t jlen, jlen2, len;
	enf_register *fresh = NULL;

	json = export_json(reg, &jlen);
	FZ_CHECK(enf_register_new(&fresh) == ENF_OK);
	FZ_CHECK(enf_io_import_json(fresh, json, NULL) == ENF_OK);
	json2 = export_json(fresh, &jlen2);
	FZ_CHECK(fz_same(json, jlen, json2, jlen2));
	enf_io_free(json2);
	enf_register_free(fresh);

	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++) {
		csv[e] = NULL;
		FZ_CHECK(enf_io_export_csv(&csv[e], &len, reg,
					   (enf_io_entity)e) == ENF_OK);
	}
	fresh = NULL;
	FZ_CHECK(enf_register_new(&fresh) == ENF_OK);
	/* The corrections go through corrections.csv. */
	FZ_CHECK(enf_io_export_csv_corrections(&corr, &len, reg) == ENF_OK);
	FZ_CHECK(enf_io_import_csv_corrected(fresh, csv[0], csv[1], csv[2],
					     csv[3], csv[4], corr) == ENF_OK);
	json2 = export_json(fresh, &jlen2);
	FZ_CHECK(fz_same(json, jlen, json2, jlen2));
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		enf_io_free(csv[e]);
	enf_io_free(corr);
	enf_io_free(json2);
	enf_io_free(json);
	enf_register_free(fresh);
}

/* One calendar for every input: making one works out the lunar holidays
 * of two centuries. */
static const enf_calendar *calendar(void)
{
	static enf_calendar *cal;

	if (cal == NULL)
		FZ_CHECK(enf_calendar_new(&cal, NULL) == ENF_OK);
	return cal;
}

static void check_text(enf_status st, char *text, size_t len)
{
	FZ_CHECK(st == ENF_OK || st == ENF_ERANGE || st == ENF_ENOMEM);
	if (st == ENF_OK)
		FZ_CHECK(strlen(text) == len && utf8_valid(text));
	else
		FZ_CHECK(text == NULL);
	enf_free(text);
}

/* The back end's forms of the first cases and of a quarter's worklist. */
static void back_end_forms(const enf_register *reg)
{
	enf_date as_of = 0, until = 0;
	enf_worklist_item *items = NULL;
	size_t n = 0, len = 0;
	char *text = NULL;
	enf_status st;

	FZ_CHECK(enf_date_from_ymd(&as_of, 2025, 3, 31) == ENF_OK);
	FZ_CHECK(enf_date_from_ymd(&until, 2025, 6, 30) == ENF_OK);
	for (size_t i = 0; i < enf_register_count(reg) && i < 4; i++) {
		enf_case *c = NULL;

		FZ_CHECK(enf_register_at(&c, reg, i) == ENF_OK);
		st = enf_case_to_json(&text, &len, c, calendar(), as_of);
		check_text(st, text, len);
		text = NULL;
	}
	st = enf_register_worklist_window(NULL, 0, &n, reg, NULL, calendar(),
					  NULL, as_of, until);
	if ((st != ENF_OK && st != ENF_EBUFSIZE) || n > 4096)
		return;
	items = calloc(n + 1, sizeof(*items));
	FZ_CHECK(items != NULL);
	st = enf_register_worklist_window(items, n, &n, reg, NULL, calendar(),
					  NULL, as_of, until);
	if (st == ENF_OK) {
		st = enf_worklist_to_json(&text, &len, reg, items, n, as_of,
					  until);
		check_text(st, text, len);
	}
	free(items);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fz_cstr(data, size), *before, *after;
	enf_register *reg = NULL;
	size_t count, blen, alen;
	enf_status st;

	FZ_CHECK(enf_register_new(&reg) == ENF_OK);
	FZ_CHECK(enf_io_import_csv(reg, pre_cases, pre_parties, NULL, NULL,
				   NULL) == ENF_OK);
	count = enf_register_count(reg);
	before = export_json(reg, &blen);
	st = enf_io_import_json_n(reg, (const char *)data, size, "fuzz.json");
	if (size > 0 && memchr(data, 0, size) != NULL)
		FZ_CHECK(st == ENF_EPARSE);
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
		back_end_forms(reg);
	}
	enf_io_free(before);
	enf_register_free(reg);
	free(text);
	return 0;
}
