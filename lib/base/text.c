/*
 * The text floor of libenforcement, shared by every layer: a growing output
 * buffer and the CSV and JSON escapers. The one UTF-8 checker is in
 * common.c, below it, since every error message goes through it.
 */
#include "text.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void enf__io_putf(enf__io_buf *b, const char *fmt, ...)
{
	char line[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	/* clang-analyzer 14 loses track of va_start (a false positive, as in
	 * common.c). */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	n = vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof(line)) {
		b->oom = 1; /* cannot happen: the formats are short */
		return;
	}
	enf__io_put(b, line, (size_t)n);
}

void enf__io_put(enf__io_buf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->p == NULL || b->cap - b->n <= n) {
		size_t cap = b->cap ? b->cap : 1024;
		char *p;

		while (cap - b->n <= n) {
			if (cap > SIZE_MAX / 2) {
				b->oom = 1;
				return;
			}
			cap *= 2;
		}
		p = realloc(b->p, cap);
		if (p == NULL) {
			b->oom = 1;
			return;
		}
		b->p = p, b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

void enf__io_put_utf8(enf__io_buf *b, unsigned cp)
{
	char u[4];
	size_t n;

	if (cp < 0x80)
		u[0] = (char)cp, n = 1;
	else if (cp < 0x800)
		u[0] = (char)(0xc0 | cp >> 6), n = 2;
	else if (cp < 0x10000)
		u[0] = (char)(0xe0 | cp >> 12), n = 3;
	else
		u[0] = (char)(0xf0 | cp >> 18), n = 4;
	for (size_t i = 1; i < n; i++)
		u[i] = (char)(0x80 | ((cp >> (6 * (n - 1 - i))) & 0x3f));
	enf__io_put(b, u, n);
}

void enf__io_puts(enf__io_buf *b, const char *s)
{
	enf__io_put(b, s, strlen(s));
}

enf_status enf__io_buf_finish(enf__io_buf *b, char **out, size_t *len,
			      const char *fn)
{
	if (b->p == NULL)
		enf__io_put(b, "", 0);
	if (b->oom) {
		free(b->p);
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	}
	*out = b->p;
	if (len != NULL)
		*len = b->n;
	return ENF_OK;
}

void enf__io_csv_field(enf__io_buf *b, const char *s)
{
	enf__io_csv_field_sep(b, s, ',');
}

void enf__io_csv_field_sep(enf__io_buf *b, const char *s, char sep)
{
	const char special[] = {sep, '"', '\r', '\n', '\0'};
	const char *q;

	if (strpbrk(s, special) == NULL) {
		enf__io_puts(b, s);
		return;
	}
	enf__io_put(b, "\"", 1);
	while ((q = strchr(s, '"')) != NULL) {
		enf__io_put(b, s, (size_t)(q - s) + 1);
		enf__io_put(b, "\"", 1);
		s = q + 1;
	}
	enf__io_puts(b, s);
	enf__io_put(b, "\"", 1);
}

void enf__io_json_string(enf__io_buf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	static const char from[] = "\"\\\b\f\n\r\t", to[] = "\"\\bfnrt";
	const char *run = s;

	enf__io_put(b, "\"", 1);
	for (const char *p = s;; p++) {
		unsigned char c = (unsigned char)*p;
		const char *e = c != 0 ? strchr(from, c) : NULL;

		if (c >= 0x20 && e == NULL)
			continue;
		enf__io_put(b, run, (size_t)(p - run));
		if (c == 0)
			break;
		if (e != NULL) {
			char esc[2] = {'\\', to[e - from]};

			enf__io_put(b, esc, 2);
		} else {
			char esc[6] = {'\\', 'u',	  '0',
				       '0',  hex[c >> 4], hex[c & 15]};

			enf__io_put(b, esc, 6);
		}
		run = p + 1;
	}
	enf__io_put(b, "\"", 1);
}

const char *enf__text_field_problem(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n == 0)
		return "is empty";
	if (n > ENF__TEXT_FIELD_MAX)
		return "is longer than 1024 bytes";
	for (size_t i = 0; i < n;) {
		int k = u[i] != 0 ? enf__io_utf8_len(u + i) : 0;

		if (k == 0 || (size_t)k > n - i)
			return "is not valid UTF-8 text";
		i += (size_t)k;
	}
	return NULL;
}

/* The entity of an XML special character c, or of one XML does not allow
 * (U+FFFD); NULL to copy c as it is. */
static const char *enf__xml_entity(unsigned char c)
{
	switch (c) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return "&quot;";
	case '\'': return "&apos;";
	default: break;
	}
	if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
		return "\xef\xbf\xbd";
	return NULL;
}

size_t enf__io_xml_text_n(enf__io_buf *b, const char *s, size_t max)
{
	const unsigned char *p = (const unsigned char *)s;

	for (size_t k = 0; *p != '\0' && k < max; k++) {
		int n = enf__io_utf8_len(p);
		const char *ent = n == 1 ? enf__xml_entity(*p) : NULL;

		/* U+FFFE and U+FFFF are not XML characters. */
		if (n == 3 && p[0] == 0xef && p[1] == 0xbf && p[2] >= 0xbe)
			n = 0, p += 2;
		if (n == 0) {
			enf__io_puts(b, "\xef\xbf\xbd");
			p++;
		} else if (ent != NULL) {
			enf__io_puts(b, ent);
			p++;
		} else {
			enf__io_put(b, (const char *)p, (size_t)n);
			p += n;
		}
	}
	return (size_t)(p - (const unsigned char *)s);
}

void enf__io_xml_text(enf__io_buf *b, const char *s)
{
	(void)enf__io_xml_text_n(b, s, (size_t)-1);
}
