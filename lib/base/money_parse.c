/*
 * Exact parsing of amounts and percentages as clerks and the press write
 * them ("281,2 tỷ đồng", "1.234.567 đ", "62,91%"). Decimal marks and
 * thousands separators are told apart by the language of the multiplier
 * word; anything that could be read two ways is refused.
 */
#include "internal.h"

#include <string.h>

enum { ENF__LANG_NONE = 0, ENF__LANG_VI = 1, ENF__LANG_EN = 2 };

typedef struct enf__word {
	const char *text;
	int64_t mult; /* 0 for a currency word */
	int lang;
} enf__word;

/* NFC UTF-8; ASCII letters are compared case-insensitively. */
static const enf__word enf__words[] = {
	{"t\xe1\xbb\xb7", 1000000000, ENF__LANG_VI}, /* tỷ */
	{"t\xe1\xbb\x89", 1000000000, ENF__LANG_VI}, /* tỉ */
	{"ty", 1000000000, ENF__LANG_VI},
	{"tri\xe1\xbb\x87u", 1000000, ENF__LANG_VI}, /* triệu */
	{"trieu", 1000000, ENF__LANG_VI},
	{"ngh\xc3\xacn", 1000, ENF__LANG_VI}, /* nghìn */
	{"ng\xc3\xa0n", 1000, ENF__LANG_VI},  /* ngàn */
	{"nghin", 1000, ENF__LANG_VI},
	{"ngan", 1000, ENF__LANG_VI},
	{"billion", 1000000000, ENF__LANG_EN},
	{"bn", 1000000000, ENF__LANG_EN},
	{"million", 1000000, ENF__LANG_EN},
	{"mn", 1000000, ENF__LANG_EN},
	{"thousand", 1000, ENF__LANG_EN},
	{"\xc4\x91", 0, ENF__LANG_NONE},	       /* đ */
	{"\xc4\x90", 0, ENF__LANG_NONE},	       /* Đ */
	{"\xe2\x82\xab", 0, ENF__LANG_NONE},	       /* ₫ */
	{"\xc4\x91\xe1\xbb\x93ng", 0, ENF__LANG_NONE}, /* đồng */
	{"dong", 0, ENF__LANG_NONE},
	{"vnd", 0, ENF__LANG_NONE},
	{"vn\xc4\x91", 0, ENF__LANG_NONE}, /* vnđ */
	{"vn\xc4\x90", 0, ENF__LANG_NONE}, /* VNĐ */
};

/* Length of the blank at s (ASCII space/tab, U+00A0, U+202F), or 0. */
static size_t enf__blank_len(const char *s)
{
	if (*s == ' ' || *s == '\t')
		return 1;
	if ((unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0)
		return 2;
	if ((unsigned char)s[0] == 0xe2 && (unsigned char)s[1] == 0x80 &&
	    (unsigned char)s[2] == 0xaf)
		return 3;
	return 0;
}

static const char *enf__skip_blank(const char *s)
{
	size_t n;

	while ((n = enf__blank_len(s)) != 0)
		s += n;
	return s;
}

static int enf__lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Matches a whole word at s (ended by a blank or NUL); sets *len. */
static const enf__word *enf__match_word(const char *s, size_t *len)
{
	for (size_t i = 0; i < sizeof(enf__words) / sizeof(enf__words[0]);
	     i++) {
		const char *w = enf__words[i].text;
		size_t n = 0;

		while (w[n] &&
		       enf__lower((unsigned char)s[n]) == (unsigned char)w[n])
			n++;
		if (w[n] == '\0' && (s[n] == '\0' || enf__blank_len(s + n))) {
			*len = n;
			return &enf__words[i];
		}
	}
	return NULL;
}

/* The number as written: digits with '.' and ',' between them. */
typedef struct enf__numtext {
	const char *p;
	size_t len;
} enf__numtext;

static enf_status enf__bad(const char *text, const char *why)
{
	return enf__fail(ENF_EPARSE, "money_parse: text \"%.*s\" %s",
			 enf__utf8_prefix(text, 80), text, why);
}

/* Appends digit c to *acc, or returns -1 when it would not fit. */
static int enf__push_digit(uint64_t *acc, char c)
{
	if (*acc > (UINT64_MAX - 9) / 10)
		return -1;
	*acc = *acc * 10 + (uint64_t)(c - '0');
	return 0;
}

/*
 * Reads digits with group separators `group` (first group 1-3 digits, the
 * others exactly 3) and at most one decimal mark `dec` (0: none allowed)
 * into an integer part and a fraction of k digits. Returns 0 or -1.
 */
static int enf__read_number(const enf__numtext *nt, char group, char dec,
			    uint64_t *ip, uint64_t *frac, int *k)
{
	int digits = 0; /* digits in the current group */
	int grouped = 0, after_dec = 0;

	*ip = 0, *frac = 0, *k = 0;
	for (size_t i = 0; i < nt->len; i++) {
		char c = nt->p[i];
		int group_ok =
			grouped ? digits == 3 : digits >= 1 && digits <= 3;

		if (c >= '0' && c <= '9') {
			if (enf__push_digit(after_dec ? frac : ip, c) != 0)
				return -1;
			digits++;
			*k += after_dec;
		} else if (c == group && !after_dec && group_ok) {
			grouped = 1, digits = 0;
		} else if (dec && c == dec && !after_dec &&
			   (!grouped || digits == 3) && digits > 0) {
			after_dec = 1, digits = 0;
		} else {
			return -1;
		}
	}
	if (after_dec)
		return *k > 0 ? 0 : -1;
	return (grouped && digits != 3) || digits == 0 ? -1 : 0;
}

/* int_part * mult + frac / 10^k * mult, exactly, or -1 if not an integer
 * or too large. */
static int enf__scale(uint64_t ip, uint64_t frac, int k, int64_t mult,
		      enf__u128 *out)
{
	enf__u128 v = (enf__u128)ip * (enf__u128)mult;
	uint64_t p10 = 1;

	while (k > 0 && frac % 10 == 0)
		frac /= 10, k--;
	for (int i = 0; i < k; i++) {
		if (p10 > (uint64_t)mult)
			return -1;
		p10 *= 10;
	}
	if ((uint64_t)mult % p10 != 0)
		return -1;
	*out = v + (enf__u128)frac * ((uint64_t)mult / p10);
	return 0;
}
/* Reads the words after the number: at most one multiplier, then at most
 * one currency word. */
static enf_status enf__read_words(const char *text, const char *s,
				  const enf__word **mult)
{
	const enf__word *cur = NULL;
	size_t len;

	*mult = NULL;
	for (s = enf__skip_blank(s); *s; s = enf__skip_blank(s + len)) {
		const enf__word *w = enf__match_word(s, &len);

		if (w == NULL)
			return enf__bad(text, "has a word that is neither a "
					      "multiplier nor a currency");
		if (cur != NULL || (w->mult != 0 && *mult != NULL))
			return enf__bad(text, "has words out of order or "
					      "repeated");
		if (w->mult != 0)
			*mult = w;
		else
			cur = w;
	}
	return ENF_OK;
}

enf_status enf_money_parse(enf_money *out, const char *text)
{
	const enf__word *mult;
	enf__numtext nt;
	enf__u128 v;
	uint64_t ip, frac;
	int k, neg = 0;
	const char *s;
	enf_status st;

	ENF__CHECK_NULL("money_parse", out);
	ENF__CHECK_NULL("money_parse", text);
	s = enf__skip_blank(text);
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	nt.p = s;
	while ((*s >= '0' && *s <= '9') || *s == '.' || *s == ',')
		s++;
	nt.len = (size_t)(s - nt.p);
	if (nt.len == 0 || nt.p[0] < '0' || nt.p[0] > '9')
		return enf__bad(text, "does not start with a number");
	st = enf__read_words(text, s, &mult);
	if (st != ENF_OK)
		return st;

	if (mult == NULL) {
		int dots = memchr(nt.p, '.', nt.len) != NULL;
		int commas = memchr(nt.p, ',', nt.len) != NULL;

		if (dots && commas)
			return enf__bad(text, "mixes '.' and ','; without a "
					      "multiplier both would be "
					      "separators and dong have no "
					      "fraction");
		if (enf__read_number(&nt, commas ? ',' : '.', 0, &ip, &frac,
				     &k) != 0)
			return enf__bad(text, "is not a whole number of dong "
					      "in groups of three digits");
		v = ip;
	} else {
		int vi = mult->lang == ENF__LANG_VI;

		if (enf__read_number(&nt, vi ? '.' : ',', vi ? ',' : '.', &ip,
				     &frac, &k) != 0)
			return enf__bad(text, vi ? "is not a number in the "
						   "Vietnamese convention "
						   "(1.234,5)"
						 : "is not a number in the "
						   "English convention "
						   "(1,234.5)");
		if (enf__scale(ip, frac, k, mult->mult, &v) != 0)
			return enf__bad(text, "is not a whole number of dong "
					      "or is out of range");
	}
	if (v > (enf__u128)INT64_MAX + (unsigned)neg)
		return enf__bad(text, "is out of the 64-bit range");
	*out = neg ? (v == (enf__u128)INT64_MAX + 1 ? INT64_MIN : -(enf_money)v)
		   : (enf_money)v;
	return ENF_OK;
}

enf_status enf_percent_parse(int64_t *out, const char *text)
{
	uint64_t v = 0;
	int neg = 0, decimals = -1;
	const char *s;

	ENF__CHECK_NULL("percent_parse", out);
	ENF__CHECK_NULL("percent_parse", text);
	s = enf__skip_blank(text);
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	if (*s < '0' || *s > '9')
		goto bad;
	for (; (*s >= '0' && *s <= '9') || *s == '.' || *s == ','; s++) {
		if (*s == '.' || *s == ',') {
			if (decimals >= 0)
				goto bad;
			decimals = 0;
		} else if (decimals >= 2 || enf__push_digit(&v, *s) != 0) {
			goto bad;
		} else if (decimals >= 0) {
			decimals++;
		}
	}
	if (decimals == 0)
		goto bad;
	for (int i = decimals < 0 ? 0 : decimals; i < 2; i++)
		if (enf__push_digit(&v, '0') != 0)
			goto bad;
	s = enf__skip_blank(s);
	if (*s == '%')
		s = enf__skip_blank(s + 1);
	if (*s != '\0' || v > (uint64_t)INT64_MAX + (unsigned)neg)
		goto bad;
	*out = neg ? (v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v)
		   : (int64_t)v;
	return ENF_OK;
bad:
	return enf__fail(ENF_EPARSE,
			 "percent_parse: text \"%.*s\" is not a percentage "
			 "with at most two decimals",
			 enf__utf8_prefix(text, 80), text);
}
