/*
 * Private: the one RFC 4180 record reader (csv_read.c) under the register
 * import (io_csv.c) and the auction replay (auction_out.c). It reads
 * records and says where and why it stopped; each caller composes its own
 * messages, names its columns and decides what a blank line means.
 */
#ifndef ENF_CSV_READ_H
#define ENF_CSV_READ_H

#include "internal.h"

#include <stddef.h>

/* Most fields a reader keeps per record (those after are counted only). */
#define ENF__CSV_KEEP_MAX 64

/* Why a record could not be read. */
typedef enum enf__csv_err {
	ENF__CSV_OK = 0,
	ENF__CSV_NOMEM,	      /* no memory for the field texts */
	ENF__CSV_UNCLOSED,    /* a quoted field open at the end of the text */
	ENF__CSV_AFTER_QUOTE, /* text after a closing quote */
	ENF__CSV_BARE_QUOTE,  /* a quote in an unquoted field (strict) */
	ENF__CSV_BARE_CR      /* a carriage return without a line feed
				 (strict) */
} enf__csv_err;

typedef struct enf__csv_reader {
	const char *p;	 /* next byte */
	const char *end; /* the text's NUL */
	int wide;	 /* 1: records read 16 bytes at a time where they can
			    be (the default where SSE2 is); 0: byte by byte */
	long line;	 /* physical line of p, from 1 */
	long row_line;	 /* line where the last record starts */
	size_t keep;	 /* fields kept per record */
	int lax;	 /* keep quotes and lone CRs of unquoted fields */
	char *buf;	 /* texts of the kept fields, NUL-terminated */
	size_t len, cap;
	/* Where each kept field starts in buf; the 16 after the last are
	 * room for the wide reader, which writes a block's fields before it
	 * knows how many there are. */
	size_t off[ENF__CSV_KEEP_MAX + 16];
	size_t nfields;	  /* fields of the last record, kept or not */
	size_t err_field; /* position of the field an error is in */
	long err_line;	  /* line of the error */
} enf__csv_reader;

/* Starts reading text (NULL reads as ""), keeping the first keep fields
 * of each record (at most ENF__CSV_KEEP_MAX). Strict (lax 0): a quote or a
 * lone carriage return in an unquoted field is an error; lax: text.
 * enf__csv_reader_init_n() is the same for a text whose length n the
 * caller knows (its NUL at text[n], none before): a file's text is then
 * not read once more only to find its end. */
void enf__csv_reader_init(enf__csv_reader *r, const char *text, size_t keep,
			  int lax);
void enf__csv_reader_init_n(enf__csv_reader *r, const char *text, size_t n,
			    size_t keep, int lax);
/* Frees the field texts. */
void enf__csv_reader_free(enf__csv_reader *r);
/* Skips line ends; the line of the first one skipped, 0 for none. */
long enf__csv_skip_blank(enf__csv_reader *r);
/* Reads the record at r->p (which the caller has checked is not the end
 * of the text) up to and with its line end; on an error err_field and
 * err_line say where. */
enf__csv_err enf__csv_read_record(enf__csv_reader *r);
/* The text of kept field i of the last record (inline: the import asks
 * for every field of every row). */
static inline const char *enf__csv_field_text(const enf__csv_reader *r,
					      size_t i)
{
	return r->buf + r->off[i];
}

#endif /* ENF_CSV_READ_H */
