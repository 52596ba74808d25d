/*
 * Private: the one JSON tokenizer (json_read.c) under the register import
 * (io_json.c) and the report reader (stats_serial.c): white space, strings
 * (escapes, surrogate pairs, UTF-8 checked) and 64-bit integers. It says
 * why it stopped; each caller composes its own messages and reads its own
 * structure.
 */
#ifndef ENF_JSON_READ_H
#define ENF_JSON_READ_H

#include "internal.h"

#include <stddef.h>
#include <stdint.h>

/* Why a token could not be read. */
typedef enum enf__json_err {
	ENF__JSON_OK = 0,
	ENF__JSON_NOMEM,	/* no memory for a string */
	ENF__JSON_UNCLOSED,	/* the string is not closed */
	ENF__JSON_CONTROL,	/* a control character in a string */
	ENF__JSON_BAD_UTF8,	/* a string is not valid UTF-8 */
	ENF__JSON_BAD_ESCAPE,	/* an unknown escape (p on its backslash) */
	ENF__JSON_HEX4,		/* \u without four hexadecimal digits */
	ENF__JSON_LONE_LOW,	/* a low surrogate first (cp says which) */
	ENF__JSON_LONE_HIGH,	/* a high surrogate alone (cp says which) */
	ENF__JSON_NUL,		/* \u0000 */
	ENF__JSON_NO_DIGITS,	/* a number without digits */
	ENF__JSON_LEADING_ZERO, /* a number with a leading zero */
	ENF__JSON_RANGE,	/* a number out of the 64-bit range */
	ENF__JSON_FRACTION	/* a fraction or an exponent */
} enf__json_err;

typedef struct enf__json_lex {
	const char *p; /* next byte */
	long line;     /* line of p, from 1 */
	unsigned cp;   /* the code point of a surrogate error */
} enf__json_lex;

/* Starts at text, after a UTF-8 byte-order mark if there is one. */
void enf__json_lex_init(enf__json_lex *lx, const char *text);
/* Skips white space, counting lines. */
void enf__json_ws(enf__json_lex *lx);
/* Reads the string whose opening quote is at lx->p into *out (malloc'd,
 * NUL-terminated; \u0000 is refused) and its length into *n (may be
 * NULL). */
enf__json_err enf__json_string(enf__json_lex *lx, char **out, size_t *n);
/* The reason of an error in words ("the string is not closed"), for the
 * callers whose wording does not differ. */
const char *enf__json_why(enf__json_err why);
/* Reads an integer at lx->p ('-' or a digit) into *out. */
enf__json_err enf__json_int(enf__json_lex *lx, int64_t *out);

#endif /* ENF_JSON_READ_H */
