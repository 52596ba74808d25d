/*
 * Fuzzes enf_calendar_load() on the input as one NUL-terminated string,
 * into a default calendar kept from one input to the next (making one
 * computes 201 years of holidays) and made anew after a load changed it.
 * A failed load leaves the calendar as it was: the years with a table, and
 * each day of 2024-2027 (the years the seeds name): working or not, and its
 * holiday name. A successful load, given again, changes nothing more, and
 * the calendar answers queries over the years with a table.
 */
#include "fuzz_common.h"

#define FP_FIRST_YEAR 2024
#define FP_YEARS      4
#define FP_DAYS	      (FP_YEARS * 366)

typedef struct fingerprint {
	signed char table[203];	      /* has_table of 1899..2101 */
	signed char working[FP_DAYS]; /* is_working_day */
	uint32_t name[FP_DAYS];	      /* FNV-1a of holiday_name */
} fingerprint;

static uint32_t fnv1a(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void take(fingerprint *fp, const enf_calendar *cal)
{
	enf_date first;
	const char *name;
	int v;

	memset(fp, 0, sizeof(*fp));
	for (int y = 1899; y <= 2101; y++) {
		v = -1;
		FZ_CHECK(enf_calendar_has_table(&v, cal, y) == ENF_OK);
		fp->table[y - 1899] = (signed char)v;
	}
	FZ_CHECK(enf_date_from_ymd(&first, FP_FIRST_YEAR, 1, 1) == ENF_OK);
	for (int i = 0; i < FP_DAYS; i++) {
		v = -1;
		name = NULL;
		FZ_CHECK(enf_calendar_is_working_day(&v, cal, first + i) ==
			 ENF_OK);
		FZ_CHECK(enf_calendar_holiday_name(&name, cal, first + i) ==
			 ENF_OK);
		FZ_CHECK(name != NULL);
		fp->working[i] = (signed char)v;
		fp->name[i] = fnv1a(name);
	}
}

/* Queries over each year that has a table: the next working day after
 * every 1 January and a 10-working-day period from it. */
static void query(const enf_calendar *cal)
{
	enf_date d, out, out2;
	int32_t n;
	int v;

	for (int y = 1900; y <= 2100; y++) {
		FZ_CHECK(enf_calendar_has_table(&v, cal, y) == ENF_OK);
		if (!v)
			continue;
		FZ_CHECK(enf_date_from_ymd(&d, y, 1, 1) == ENF_OK);
		if (enf_calendar_next_working_day(&out, cal, d) == ENF_OK) {
			FZ_CHECK(out >= d);
			FZ_CHECK(enf_calendar_is_working_day(&v, cal, out) ==
				 ENF_OK);
			FZ_CHECK(v == 1);
		}
		if (enf_calendar_period_end(&out2, cal, d, 10,
					    ENF_UNIT_WORKING_DAYS) == ENF_OK) {
			FZ_CHECK(enf_calendar_count_working_days(
					 &n, cal, d + 1, out2) == ENF_OK);
			FZ_CHECK(n == 10);
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static enf_calendar *cal;
	static fingerprint base, now, again;
	char *text = fz_cstr(data, size);
	enf_status st;

	if (cal == NULL) {
		FZ_CHECK(enf_calendar_new(&cal, NULL) == ENF_OK);
		take(&base, cal);
	}
	st = enf_calendar_load(cal, text);
	if (st != ENF_OK) {
		FZ_CHECK(st == ENF_EPARSE || st == ENF_ERANGE ||
			 st == ENF_ENOMEM);
		fz_check_message(utf8_valid(text));
		take(&now, cal);
		FZ_CHECK(memcmp(&base, &now, sizeof(base)) == 0);
	} else {
		take(&now, cal);
		FZ_CHECK(enf_calendar_load(cal, text) == ENF_OK);
		take(&again, cal);
		FZ_CHECK(memcmp(&now, &again, sizeof(now)) == 0);
		query(cal);
		if (memcmp(&base, &now, sizeof(base)) != 0) {
			enf_calendar_free(cal);
			cal = NULL;
		}
	}
	free(text);
	return 0;
}
