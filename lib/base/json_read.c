/*
 * The one JSON tokenizer: white space, strings and integers (RFC 8259;
 * only integers, as the library's documents hold no fractions).
 */
#include "json_read.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

void enf__json_lex_init(enf__json_lex *lx, const char *text)
{
	lx->p = text, lx->line = 1, lx->cp = 0;
	if (strncmp(lx->p, "\xef\xbb\xbf", 3) == 0) /* byte-order mark */
		lx->p += 3;
}

void enf__json_ws(enf__json_lex *lx)
{
	for (;; lx->p++) {
		char c = *lx->p;

		if (c == '\n')
			lx->line++;
		else if (c != ' ' && c != '\t' && c != '\r')
			return;
	}
}

static int enf__json_hex4(const char *s, unsigned *out)
{
	unsigned v = 0;

	for (int i = 0; i < 4; i++) {
		char c = s[i];
		unsigned d;

		if (c >= '0' && c <= '9')
			d = (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			d = (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			d = (unsigned)(c - 'A' + 10);
		else
			return -1;
		v = v << 4 | d;
	}
	*out = v;
	return 0;
}

/* Reads \uXXXX (and the low half of a surrogate pair) at lx->p. */
static enf__json_err enf__json_unicode(enf__json_lex *lx, enf__io_buf *b)
{
	unsigned cp, lo;

	if (enf__json_hex4(lx->p + 2, &cp) != 0)
		return ENF__JSON_HEX4;
	lx->p += 6;
	lx->cp = cp;
	if (cp >= 0xdc00 && cp <= 0xdfff)
		return ENF__JSON_LONE_LOW;
	if (cp >= 0xd800 && cp <= 0xdbff) {
		if (lx->p[0] != '\\' || lx->p[1] != 'u' ||
		    enf__json_hex4(lx->p + 2, &lo) != 0 || lo < 0xdc00 ||
		    lo > 0xdfff)
			return ENF__JSON_LONE_HIGH;
		cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
		lx->p += 6;
	}
	if (cp == 0)
		return ENF__JSON_NUL;
	enf__io_put_utf8(b, cp);
	return ENF__JSON_OK;
}

static enf__json_err enf__json_escape(enf__json_lex *lx, enf__io_buf *b)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *e = lx->p[1] != '\0' ? strchr(from, lx->p[1]) : NULL;

	if (lx->p[1] == 'u')
		return enf__json_unicode(lx, b);
	if (e == NULL)
		return ENF__JSON_BAD_ESCAPE;
	enf__io_put(b, &to[e - from], 1);
	lx->p += 2;
	return ENF__JSON_OK;
}

enf__json_err enf__json_string(enf__json_lex *lx, char **out, size_t *n)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	enf__json_err st = ENF__JSON_OK;

	enf__io_put(&b, "", 0);
	for (lx->p++; st == ENF__JSON_OK && *lx->p != '"';) {
		const unsigned char *u = (const unsigned char *)lx->p;
		int k = enf__io_utf8_len(u);

		if (*u == '\0')
			st = ENF__JSON_UNCLOSED;
		else if (*u < 0x20)
			st = ENF__JSON_CONTROL;
		else if (*u == '\\')
			st = enf__json_escape(lx, &b);
		else if (k == 0)
			st = ENF__JSON_BAD_UTF8;
		else
			enf__io_put(&b, lx->p, (size_t)k), lx->p += k;
	}
	if (st == ENF__JSON_OK && (b.oom || b.p == NULL))
		st = ENF__JSON_NOMEM;
	if (st != ENF__JSON_OK) {
		free(b.p);
		return st;
	}
	lx->p++;
	*out = b.p;
	if (n != NULL)
		*n = b.n;
	return ENF__JSON_OK;
}

enf__json_err enf__json_int(enf__json_lex *lx, int64_t *out)
{
	const char *s = lx->p;
	int neg = *s == '-';
	uint64_t acc = 0, lim = neg ? (uint64_t)INT64_MAX + 1 : INT64_MAX;

	s += neg;
	if (*s < '0' || *s > '9')
		return ENF__JSON_NO_DIGITS;
	if (s[0] == '0' && s[1] >= '0' && s[1] <= '9')
		return ENF__JSON_LEADING_ZERO;
	for (; *s >= '0' && *s <= '9'; s++) {
		unsigned d = (unsigned)(*s - '0');

		if (acc > (lim - d) / 10)
			return ENF__JSON_RANGE;
		acc = acc * 10 + d;
	}
	if (*s == '.' || *s == 'e' || *s == 'E')
		return ENF__JSON_FRACTION;
	*out = neg ? (int64_t)(0 - acc) : (int64_t)acc;
	lx->p = s;
	return ENF__JSON_OK;
}

const char *enf__json_why(enf__json_err why)
{
	switch (why) {
	case ENF__JSON_OK: return "no error";
	case ENF__JSON_NOMEM: return "out of memory";
	case ENF__JSON_UNCLOSED: return "the string is not closed";
	case ENF__JSON_CONTROL: return "a control character in a string";
	case ENF__JSON_BAD_UTF8: return "a string is not valid UTF-8";
	case ENF__JSON_BAD_ESCAPE: return "an unknown escape in a string";
	case ENF__JSON_HEX4: return "\\u needs four hexadecimal digits";
	case ENF__JSON_LONE_LOW: return "a low surrogate without a high one";
	case ENF__JSON_LONE_HIGH: return "a high surrogate without a low one";
	case ENF__JSON_NUL: return "\\u0000 is not allowed in text";
	case ENF__JSON_NO_DIGITS: return "a number needs digits";
	case ENF__JSON_LEADING_ZERO: return "a number with a leading zero";
	case ENF__JSON_RANGE: return "a number out of the 64-bit range";
	case ENF__JSON_FRACTION:
		return "a number with a fraction or an exponent; only "
		       "integers are read";
	}
	return "unknown error";
}
