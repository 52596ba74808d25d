/*
 * Version, status names, the thread-local last error and the one UTF-8
 * checker (text.h), which every message goes through: the floor of base,
 * which calls no other file.
 */
#include "internal.h"
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One message per thread: the library keeps no other mutable state. */
static _Thread_local char enf__errbuf[512];
static _Thread_local enf_status enf__errstatus = ENF_OK;

const char *enf_version(void)
{
	return ENF_VERSION;
}

int enf_version_number(void)
{
	return ENF_VERSION_NUMBER;
}

const char *enf_status_str(enf_status status)
{
	switch (status) {
	case ENF_OK: return "ok";
	case ENF_EINVALID: return "invalid argument";
	case ENF_ERANGE: return "out of range";
	case ENF_EOVERFLOW: return "overflow";
	case ENF_ENOTFOUND: return "not found";
	case ENF_ESTATE: return "invalid state";
	case ENF_EPARSE: return "parse error";
	case ENF_ENOMEM: return "out of memory";
	case ENF_EVERSION: return "unsupported version";
	case ENF_EBUFSIZE: return "buffer too small";
	case ENF_EDIVZERO: return "division by zero";
	}
	return "unknown status";
}

const char *enf_last_error(void)
{
	return enf__errbuf;
}

enf_status enf_last_status(void)
{
	return enf__errstatus;
}

void enf_error_clear(void)
{
	enf__errbuf[0] = '\0';
	enf__errstatus = ENF_OK;
}

enf_status enf__check_version(const char *fn, const char *field,
			      unsigned int version, unsigned int max)
{
	if (version >= 1 && version <= max)
		return ENF_OK;
	return enf__fail(ENF_EVERSION, "%s: %s is %u; this library knows 1..%u",
			 fn, field, version, max);
}

char *enf__strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);

	if (p != NULL)
		memcpy(p, s, n);
	return p;
}

/* Unaligned loads, in the machine's byte order (the hash is never
 * saved). */
static uint64_t enf__load64(const char *p)
{
	uint64_t w;

	memcpy(&w, p, sizeof(w));
	return w;
}

static uint64_t enf__load32(const char *p)
{
	uint32_t w;

	memcpy(&w, p, sizeof(w));
	return w;
}

/* One word into the state: a multiply, its high bits folded down. */
static uint64_t enf__mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
	return h ^ (h >> 31);
}

/*
 * Eight bytes at a time, the last word overlapping the one before, and
 * short strings as two overlapping halves or three bytes: a code of 8 to
 * 16 bytes costs two or three multiplies, where a byte-at-a-time hash
 * (FNV-1a, say) chains a multiply per byte. The length goes in
 * first, so overlapping words cannot make two strings alike.
 */
uint64_t enf__hash_str(uint64_t h, const char *s)
{
	return enf__hash_bytes(h, s, strlen(s));
}

uint64_t enf__hash_bytes(uint64_t h, const char *s, size_t n)
{
	uint64_t w;

	h = enf__mix(h, n);
	if (n >= 8) {
		for (; n > 8; s += 8, n -= 8)
			h = enf__mix(h, enf__load64(s));
		w = enf__load64(s + n - 8);
	} else if (n >= 4) {
		w = enf__load32(s) << 32 | enf__load32(s + n - 4);
	} else if (n > 0) {
		w = (uint64_t)(unsigned char)s[0] << 16 |
		    (uint64_t)(unsigned char)s[n / 2] << 8 |
		    (unsigned char)s[n - 1];
	} else {
		w = 0;
	}
	h = enf__mix(h, w) * 0x94d049bb133111ebull;
	return h ^ (h >> 32);
}

int enf__reserve(void **items, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap ? *cap : 4;
	void *p;

	if (need <= *cap)
		return 0;
	while (c < need) {
		if (c > SIZE_MAX / 2)
			return -1;
		c *= 2;
	}
	if (c > SIZE_MAX / size)
		return -1;
	p = realloc(*items, c * size);
	if (p == NULL)
		return -1;
	*items = p;
	*cap = c;
	return 0;
}

enf_status enf__check_non_negative(const char *fn, const char *field, int64_t v)
{
	if (v < 0)
		return enf__fail(ENF_EINVALID,
				 "%s: %s is %lld; it must not be negative", fn,
				 field, (long long)v);
	return ENF_OK;
}

enf_status enf__emit(char *buf, size_t size, const char *text, const char *fn)
{
	size_t len = strlen(text);

	if (len + 1 > size)
		return enf__fail(ENF_EBUFSIZE,
				 "%s: size is %zu; the text needs %zu bytes",
				 fn, size, len + 1);
	memcpy(buf, text, len + 1);
	return ENF_OK;
}

int enf__io_utf8_len(const unsigned char *s)
{
	unsigned c = s[0];
	int n;
	unsigned cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		n = 2, cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3, cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4, cp = c & 0x07;
	else
		return 0;
	for (int i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3fu);
	}
	/* Overlong forms, surrogates and code points past U+10FFFF. */
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return n;
}

int enf__utf8_prefix(const char *s, int max)
{
	int n = 0;

	while (n < max && s[n] != '\0')
		n++;
	/* Back off over continuation bytes (10xxxxxx) and the lead byte of a
	 * sequence the cut would split. */
	if (n == max && s[n] != '\0') {
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	return n;
}

enf_status enf__fail(enf_status status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	/* clang-analyzer 14 loses track of va_start here (a false positive). */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	(void)vsnprintf(enf__errbuf, sizeof(enf__errbuf), fmt, ap);
	va_end(ap);
	/* Bindings decode the message strictly as UTF-8: a sequence cut by a
	 * truncation (here, or where a message was copied into a bounded
	 * buffer) or caller text that is not UTF-8 becomes '?'. */
	for (unsigned char *u = (unsigned char *)enf__errbuf; *u != 0;) {
		int n = enf__io_utf8_len(u);

		if (n == 0)
			*u++ = '?';
		else
			u += n;
	}
	enf__errstatus = status;
	return status;
}

void enf_free(void *text)
{
	free(text);
}
