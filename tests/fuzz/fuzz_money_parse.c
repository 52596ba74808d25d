/*
 * Fuzzes the amount, percentage and date readers on the input as one
 * NUL-terminated string. A failed read leaves the output as it was; a
 * successful one, written back in each locale, reads back to the same
 * value and is written the same way again.
 */
#include "fuzz_common.h"

static const enf_locale locales[] = {ENF_LOCALE_VI, ENF_LOCALE_EN,
				     ENF_LOCALE_PLAIN};

static void money(const char *text)
{
	enf_money v = 12345, again;
	char buf[32], buf2[32];

	if (enf_money_parse(&v, text) != ENF_OK) {
		FZ_CHECK(v == 12345);
		fz_check_message(utf8_valid(text));
		return;
	}
	for (size_t i = 0; i < sizeof(locales) / sizeof(locales[0]); i++) {
		FZ_CHECK(enf_money_format(buf, sizeof(buf), v, locales[i]) ==
			 ENF_OK);
		again = ~v;
		FZ_CHECK(enf_money_parse(&again, buf) == ENF_OK);
		FZ_CHECK(again == v);
		FZ_CHECK(enf_money_format(buf2, sizeof(buf2), again,
					  locales[i]) == ENF_OK);
		FZ_CHECK(strcmp(buf, buf2) == 0);
	}
}

static void percent(const char *text)
{
	int64_t v = 12345, again;
	char buf[32], buf2[32];

	if (enf_percent_parse(&v, text) != ENF_OK) {
		FZ_CHECK(v == 12345);
		fz_check_message(utf8_valid(text));
		return;
	}
	for (size_t i = 0; i < sizeof(locales) / sizeof(locales[0]); i++) {
		FZ_CHECK(enf_percent_format(buf, sizeof(buf), v, locales[i]) ==
			 ENF_OK);
		again = ~v;
		FZ_CHECK(enf_percent_parse(&again, buf) == ENF_OK);
		FZ_CHECK(again == v);
		FZ_CHECK(enf_percent_format(buf2, sizeof(buf2), again,
					    locales[i]) == ENF_OK);
		FZ_CHECK(strcmp(buf, buf2) == 0);
	}
}

static void date(const char *text)
{
	enf_date v = 12345, again;
	char buf[16], buf2[16];
	int y, m, d;

	if (enf_date_parse(&v, text) != ENF_OK) {
		FZ_CHECK(v == 12345);
		fz_check_message(utf8_valid(text));
		return;
	}
	FZ_CHECK(v >= ENF_DATE_MIN && v <= ENF_DATE_MAX);
	FZ_CHECK(enf_date_to_ymd(&y, &m, &d, v) == ENF_OK);
	FZ_CHECK(enf_date_valid(y, m, d));
	for (size_t i = 0; i < sizeof(locales) / sizeof(locales[0]); i++) {
		FZ_CHECK(enf_date_format(buf, sizeof(buf), v, locales[i]) ==
			 ENF_OK);
		again = v + 1;
		FZ_CHECK(enf_date_parse(&again, buf) == ENF_OK);
		FZ_CHECK(again == v);
		FZ_CHECK(enf_date_format(buf2, sizeof(buf2), again,
					 locales[i]) == ENF_OK);
		FZ_CHECK(strcmp(buf, buf2) == 0);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fz_cstr(data, size);

	money(text);
	percent(text);
	date(text);
	free(text);
	return 0;
}
