/*
 * Private: the text floor every layer writes through (text.c): a growing
 * output buffer, the CSV and JSON escapers and the one UTF-8 checker.
 */
#ifndef ENF_TEXT_H
#define ENF_TEXT_H

#include "internal.h"

#include <stddef.h>

/* Length of the well-formed UTF-8 sequence at s (1-4), or 0 if it is not
 * one (no overlong forms, surrogates or code points past U+10FFFF); in
 * common.c, since enf__fail() checks every message with it. */
int enf__io_utf8_len(const unsigned char *s);

/* The longest name field the library keeps (a report's unit, a
 * programme's code or name), in bytes. */
#define ENF__TEXT_FIELD_MAX 1024

/* What is wrong with the n bytes at s as a name field: "is empty", "is
 * longer than 1024 bytes" or "is not valid UTF-8 text" (an embedded NUL
 * included); NULL when nothing is. */
const char *enf__text_field_problem(const char *s, size_t n);

/* A growing output text; an allocation failure is remembered. */
typedef struct enf__io_buf {
	char *p;
	size_t n, cap;
	int oom;
} enf__io_buf;

void enf__io_put(enf__io_buf *b, const char *s, size_t n);
void enf__io_puts(enf__io_buf *b, const char *s);
/* Appends printf-formatted text of at most 255 bytes (numbers and
 * literal text; a longer result marks the buffer out of memory). */
void enf__io_putf(enf__io_buf *b, const char *fmt, ...) ENF__PRINTF(2, 3);
/* Writes s as a CSV field, quoted when it holds a comma, a quote or a
 * line break (RFC 4180). */
void enf__io_csv_field(enf__io_buf *b, const char *s);
/* The same with another field separator sep (';' for Excel where the
 * decimal mark is a comma): quoted when s holds sep, a quote or a line
 * break. */
void enf__io_csv_field_sep(enf__io_buf *b, const char *s, char sep);
/* Writes s as a JSON string: quotes, backslash escapes, \u00XX for the
 * other control characters; UTF-8 passed through. */
void enf__io_json_string(enf__io_buf *b, const char *s);
/* Writes s as XML or HTML text, fit for an element or an attribute
 * value: & < > " ' as entities, invalid UTF-8, U+FFFE, U+FFFF and the
 * control characters XML 1.0 does not allow (all below U+0020 but tab,
 * line feed and carriage return) as U+FFFD. */
void enf__io_xml_text(enf__io_buf *b, const char *s);
/* enf__io_xml_text() of the first max characters of s (an invalid byte or
 * a replaced sequence is one); returns the bytes of s read. */
size_t enf__io_xml_text_n(enf__io_buf *b, const char *s, size_t max);
/* Appends code point cp (not a surrogate, at most U+10FFFF) as UTF-8. */
void enf__io_put_utf8(enf__io_buf *b, unsigned cp);
/* Hands the text over (ENF_OK) or frees it (ENF_ENOMEM naming fn). */
enf_status enf__io_buf_finish(enf__io_buf *b, char **out, size_t *len,
			      const char *fn);

#endif /* ENF_TEXT_H */
