/*
 * Money and percentage text: formatting in the Vietnamese and English
 * conventions and exact parsing of amounts as the press writes them.
 */
#include "internal.h"

#include <string.h>

size_t enf__group_digits(char *out, uint64_t v, char sep)
{
	char rev[32];
	size_t n = 0, len = 0;

	do {
		if (sep && n > 0 && n % 3 == 0)
			rev[len++] = sep;
		rev[len++] = (char)('0' + v % 10);
		v /= 10;
		n++;
	} while (v != 0);
	for (size_t i = 0; i < len; i++)
		out[i] = rev[len - 1 - i];
	out[len] = '\0';
	return len;
}

static uint64_t enf__magnitude(int64_t v)
{
	return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

static int enf__locale_valid(enf_locale locale)
{
	return locale == ENF_LOCALE_VI || locale == ENF_LOCALE_EN ||
	       locale == ENF_LOCALE_PLAIN;
}

enf_status enf_money_format(char *buf, size_t size, enf_money amount,
			    enf_locale locale)
{
	static const char sep[] = {'.', ',', 0};
	static const char *const unit[] = {" \xc4\x91", " VND", ""};
	char text[48];
	size_t n = 0;

	ENF__CHECK_NULL("money_format", buf);
	if (!enf__locale_valid(locale))
		return enf__fail(ENF_EINVALID,
				 "money_format: locale is %d; not a locale",
				 (int)locale);
	if (amount < 0)
		text[n++] = '-';
	n += enf__group_digits(text + n, enf__magnitude(amount), sep[locale]);
	memcpy(text + n, unit[locale], strlen(unit[locale]) + 1);
	return enf__emit(buf, size, text, "money_format");
}

enf_status enf_percent_format(char *buf, size_t size, int64_t hundredths,
			      enf_locale locale)
{
	static const char mark[] = {',', '.', '.'};
	static const char *const unit[] = {"%", "%", ""};
	uint64_t mag = enf__magnitude(hundredths);
	char text[48];
	size_t n = 0;

	ENF__CHECK_NULL("percent_format", buf);
	if (!enf__locale_valid(locale))
		return enf__fail(ENF_EINVALID,
				 "percent_format: locale is %d; not a locale",
				 (int)locale);
	if (hundredths < 0)
		text[n++] = '-';
	n += enf__group_digits(text + n, mag / 100, 0);
	text[n++] = mark[locale];
	text[n++] = (char)('0' + mag % 100 / 10);
	text[n++] = (char)('0' + mag % 10);
	memcpy(text + n, unit[locale], strlen(unit[locale]) + 1);
	return enf__emit(buf, size, text, "percent_format");
}
