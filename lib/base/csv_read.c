/*
 * The one RFC 4180 record reader: quoted fields with "" for a quote, CRLF
 * or LF line ends; the first fields of each record kept as NUL-terminated
 * texts in one growing buffer.
 */
#include "csv_read.h"

#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#define ENF__CSV_WIDE 1
#else
#define ENF__CSV_WIDE 0
#endif

void enf__csv_reader_init(enf__csv_reader *r, const char *text, size_t keep,
			  int lax)
{
	enf__csv_reader_init_n(r, text, text != NULL ? strlen(text) : 0, keep,
			       lax);
}

void enf__csv_reader_init_n(enf__csv_reader *r, const char *text, size_t n,
			    size_t keep, int lax)
{
	memset(r, 0, sizeof(*r));
	r->p = text != NULL ? text : "";
	r->end = r->p + (text != NULL ? n : 0);
	r->wide = ENF__CSV_WIDE;
	r->line = 1;
	r->keep = keep < ENF__CSV_KEEP_MAX ? keep : ENF__CSV_KEEP_MAX;
	r->lax = lax;
}

void enf__csv_reader_free(enf__csv_reader *r)
{
	free(r->buf);
	r->buf = NULL;
	r->len = r->cap = 0;
}

/* Makes room for n more bytes of field text and a NUL. */
static int enf__csv_reserve(enf__csv_reader *r, size_t n)
{
	if (r->cap - r->len <= n) {
		size_t cap = r->cap ? r->cap : 256;
		char *p;

		while (cap - r->len <= n)
			cap *= 2;
		p = realloc(r->buf, cap);
		if (p == NULL)
			return -1;
		r->buf = p, r->cap = cap;
	}
	return 0;
}

static int enf__csv_push(enf__csv_reader *r, char ch)
{
	if (enf__csv_reserve(r, 1) != 0)
		return -1;
	r->buf[r->len++] = ch;
	return 0;
}

/* Bytes that end an unquoted field or make it wrong: the scan below stops
 * only on these, one table lookup per byte (a per-byte push with four
 * comparisons was a fifth of the import). */
static const unsigned char enf__csv_stop[256] = {
	['\0'] = 1, [','] = 1, ['\n'] = 1, ['\r'] = 1, ['"'] = 1};

static int enf__csv_at_end(const char *p)
{
	return *p == ',' || *p == '\n' || *p == '\0' ||
	       (p[0] == '\r' && p[1] == '\n');
}

static enf__csv_err enf__csv_err_at(enf__csv_reader *r, size_t pos, long line,
				    enf__csv_err why)
{
	r->err_field = pos;
	r->err_line = line;
	return why;
}

/* Reads a quoted field from its opening quote. */
static enf__csv_err enf__csv_quoted(enf__csv_reader *r, size_t pos, int keep)
{
	long start = r->line;

	for (r->p++;; r->p++) {
		char ch = *r->p;

		if (ch == '\0')
			return enf__csv_err_at(r, pos, start,
					       ENF__CSV_UNCLOSED);
		if (ch == '"' && r->p[1] != '"')
			break;
		r->p += ch == '"'; /* "" stands for one quote */
		r->line += ch == '\n';
		if (keep && enf__csv_push(r, ch) != 0)
			return enf__csv_err_at(r, pos, r->line, ENF__CSV_NOMEM);
	}
	r->p++;
	if (!enf__csv_at_end(r->p))
		return enf__csv_err_at(r, pos, r->line, ENF__CSV_AFTER_QUOTE);
	return ENF__CSV_OK;
}

/* Copies the text from r->p to q (kept or not) and moves r->p to q. */
static int enf__csv_take(enf__csv_reader *r, const char *q, int keep)
{
	if (keep && q > r->p) {
		if (enf__csv_reserve(r, (size_t)(q - r->p)) != 0)
			return -1;
		memcpy(r->buf + r->len, r->p, (size_t)(q - r->p));
		r->len += (size_t)(q - r->p);
	}
	r->p = q;
	return 0;
}

/* Reads the rest of a field after its quoted part, if any. */
static enf__csv_err enf__csv_rest(enf__csv_reader *r, size_t pos, int keep)
{
	while (!enf__csv_at_end(r->p)) {
		const char *q = r->p;

		if (*q == '"' && !r->lax)
			return enf__csv_err_at(r, pos, r->line,
					       ENF__CSV_BARE_QUOTE);
		if (*q == '\r' && !r->lax)
			return enf__csv_err_at(r, pos, r->line,
					       ENF__CSV_BARE_CR);
		if (*q == '"' || *q == '\r')
			q++; /* lax: text */
		while (!enf__csv_stop[(unsigned char)*q])
			q++;
		if (enf__csv_take(r, q, keep) != 0)
			return enf__csv_err_at(r, pos, r->line, ENF__CSV_NOMEM);
	}
	return ENF__CSV_OK;
}

/* Reads one field; r->p is left on the ',', line end or NUL after it. */
static enf__csv_err enf__csv_field(enf__csv_reader *r, size_t pos)
{
	int keep = pos < r->keep;
	enf__csv_err st = ENF__CSV_OK;
	const char *end = r->p;

	if (keep)
		r->off[pos] = r->len;
	/* The usual field, unquoted and ending at a comma or line end: one
	 * scan, one copy with its NUL. */
	while (!enf__csv_stop[(unsigned char)*end])
		end++;
	if (keep && *end != '"' && enf__csv_at_end(end) &&
	    enf__csv_reserve(r, (size_t)(end - r->p) + 1) == 0) {
		memcpy(r->buf + r->len, r->p, (size_t)(end - r->p));
		r->len += (size_t)(end - r->p);
		r->buf[r->len++] = '\0';
		r->p = end;
		return ENF__CSV_OK;
	}
	if (*r->p == '"')
		st = enf__csv_quoted(r, pos, keep);
	if (st == ENF__CSV_OK)
		st = enf__csv_rest(r, pos, keep);
	if (st == ENF__CSV_OK && keep && enf__csv_push(r, '\0') != 0)
		st = enf__csv_err_at(r, pos, r->line, ENF__CSV_NOMEM);
	return st;
}

long enf__csv_skip_blank(enf__csv_reader *r)
{
	long blank = 0;

	while (*r->p == '\n' || (r->p[0] == '\r' && r->p[1] == '\n')) {
		if (blank == 0)
			blank = r->line;
		r->p += *r->p == '\r' ? 2 : 1;
		r->line++;
	}
	return blank;
}

#if ENF__CSV_WIDE
/* Bit i set where byte i of the 16 at p is c. */
static unsigned enf__csv_mask(__m128i b, char c)
{
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, _mm_set1_epi8(c)));
}

/* Whether the block at s + i can be read (the text goes on 16 bytes
 * past it) and stored, after making room; *lim is then how far blocks can
 * go without asking again. */
static int enf__csv_wide_room(enf__csv_reader *r, const char *s, size_t i,
			      size_t *lim)
{
	size_t text = (size_t)(r->end - s);

	if (text < i + 16 || enf__csv_reserve(r, i + 64) != 0)
		return 0;
	*lim = text < r->cap - 1 ? text : r->cap - 1;
	return 1;
}

/*
 * The usual record, read 16 bytes at a time: no quote, no carriage return
 * and a line feed before the text's last 16 bytes. Each block gives two
 * bit masks, its commas and its stops (line feed, quote, carriage
 * return); the commas before the first stop end fields. A block lies
 * wholly before the text's end, so it holds no NUL. Each block is stored
 * in the buffer as it is read, its commas and line feed turned into NULs
 * in the same register. Returns 0, having changed nothing the
 * byte-by-byte reader does not set again, when the record is not of that
 * kind: that reader reads it.
 */
static int enf__csv_wide_record(enf__csv_reader *r)
{
	const char *s = r->p;
	size_t nf = 1, e = 0, lim = 0;

	for (size_t i = 0;; i += 16) {
		__m128i b, cm, lf;
		unsigned comma, stop;

		if (i + 16 > lim && !enf__csv_wide_room(r, s, i, &lim))
			return 0;
		b = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		cm = _mm_cmpeq_epi8(b, _mm_set1_epi8(','));
		lf = _mm_cmpeq_epi8(b, _mm_set1_epi8('\n'));
		comma = (unsigned)_mm_movemask_epi8(cm);
		stop = (unsigned)_mm_movemask_epi8(lf) | enf__csv_mask(b, '"') |
		       enf__csv_mask(b, '\r');
		/* The block goes to the buffer with its commas and line feed
		 * as NULs: each field ends where it should (bytes after the
		 * line end are written too, and never read). */
		_mm_storeu_si128((__m128i *)(void *)(r->buf + i),
				 _mm_andnot_si128(_mm_or_si128(cm, lf), b));
		if (stop != 0)
			comma &= (1u << __builtin_ctz(stop)) - 1u;
		/* At most 16 fields a block: off has room for them past the
		 * fields kept, so only a record of many fields is counted
		 * without keeping them. */
		if (nf <= ENF__CSV_KEEP_MAX)
			for (; comma != 0; comma &= comma - 1u, nf++)
				r->off[nf] =
					i + (size_t)__builtin_ctz(comma) + 1;
		else
			nf += (size_t)__builtin_popcount(comma);
		if (stop != 0) {
			e = i + (size_t)__builtin_ctz(stop);
			if (s[e] != '\n')
				return 0;
			break;
		}
	}
	r->off[0] = 0;
	r->len = e + 1;
	r->nfields = nf;
	r->p = s + e + 1;
	r->line++;
	return 1;
}
#endif

enf__csv_err enf__csv_read_record(enf__csv_reader *r)
{
	r->row_line = r->line;
	r->len = 0, r->nfields = 0;
#if ENF__CSV_WIDE
	if (r->wide && enf__csv_wide_record(r))
		return ENF__CSV_OK;
#endif
	for (;;) {
		enf__csv_err st = enf__csv_field(r, r->nfields);

		if (st != ENF__CSV_OK)
			return st;
		r->nfields++;
		if (*r->p != ',')
			break;
		r->p++;
	}
	r->p += *r->p == '\r';
	if (*r->p == '\n')
		r->p++, r->line++;
	return ENF__CSV_OK;
}
