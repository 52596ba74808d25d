/*
 * Programme reports as bytes (versioned, little-endian, with a CRC-32, as
 * the reports of stats_serial.c), written and read back with every field
 * checked.
 *
 *   0  "ENFP"
 *   4  u32 version (1)
 *   8  i32 period first, 12 i32 period last (day numbers)
 *   16 u32 programme number (0..255)
 *   20 u32 n, the code's length (1..1024), then the code (UTF-8)
 *      u32 m, the name's length (0: no name; else 1..1024), then the name
 *      u32 r, the number of offices, then each office:
 *        u32 k, the code's length (1..1024), the code, then 8 i64: the
 *        cases, cases done, money and money done put to the programme,
 *        then the same of the others
 *   then u32 CRC-32 (IEEE) of every byte before it.
 */
#include "internal.h"
#include "programme_internal.h"
#include "stats_internal.h"
#include "stats_programme.h"

#include <stdlib.h>
#include <string.h>

#define ENF__PROG_MAGIC "ENFP"
#define ENF__PROG_HEAD	20u

/* The figures of a row in the order of the bytes. */
static int64_t *enf__fig(enf__prog_row *row, int k)
{
	enf_programme_figures *f = &row->f[k / 4];
	int64_t *v[] = {&f->cases, &f->cases_done, &f->money, &f->money_done};

	return v[k % 4];
}

/* The bytes of rep (every text at most 1024 bytes: no overflow). */
static size_t enf__bytes_size(const enf_programme_report *rep)
{
	size_t n = ENF__PROG_HEAD + 4 + strlen(rep->code) + 4 +
		   (rep->name ? strlen(rep->name) : 0) + 4 + 4;

	for (size_t i = 0; i < rep->nrows; i++)
		n += 4 + strlen(rep->rows[i].office) + (size_t)64;
	return n;
}

/* Writes a length and a text at q; returns the byte after it. */
static unsigned char *enf__put_text(unsigned char *q, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	enf__put_le(q, n, 4);
	for (size_t i = 0; i < n; i++) /* the text without its NUL */
		q[4 + i] = (unsigned char)s[i];
	return q + 4 + n;
}

enf_status enf_programme_report_to_bytes(char **bytes, size_t *len,
					 const enf_programme_report *rep)
{
	unsigned char *p, *q;
	size_t total;

	ENF__CHECK_NULL("programme_report_to_bytes", bytes);
	*bytes = NULL;
	ENF__CHECK_NULL("programme_report_to_bytes", len);
	ENF__CHECK_NULL("programme_report_to_bytes", rep);
	total = enf__bytes_size(rep);
	if ((p = malloc(total)) == NULL)
		return enf__fail(ENF_ENOMEM,
				 "programme_report_to_bytes: out of memory");
	memcpy(p, ENF__PROG_MAGIC, 4);
	enf__put_le(p + 4, 1, 4);
	enf__put_le(p + 8, (uint32_t)rep->period.first, 4);
	enf__put_le(p + 12, (uint32_t)rep->period.last, 4);
	enf__put_le(p + 16, (uint32_t)rep->number, 4);
	q = enf__put_text(p + ENF__PROG_HEAD, rep->code);
	q = enf__put_text(q, rep->name);
	enf__put_le(q, rep->nrows, 4);
	q += 4;
	for (size_t i = 0; i < rep->nrows; i++) {
		q = enf__put_text(q, rep->rows[i].office);
		for (int k = 0; k < 8; k++, q += 8)
			enf__put_le(q, (uint64_t)*enf__fig(&rep->rows[i], k),
				    8);
	}
	enf__put_le(q, enf__crc32(p, total - 4), 4);
	*bytes = (char *)p;
	*len = total;
	return ENF_OK;
}

/* A reader of the bytes: where it is and where the data ends (before the
 * checksum). */
typedef struct enf__pb {
	const unsigned char *p, *end;
} enf__pb;

static const char enf__pb_fn[] = "programme_report_from_bytes";

static enf_status enf__pb_fail(const char *why)
{
	(void)enf__fail(ENF_EPARSE, "%s: %s", enf__pb_fn, why);
	return ENF_EPARSE;
}

/* A u32 of the data, or a failure naming what. */
static enf_status enf__pb_u32(enf__pb *b, uint64_t *out, const char *what)
{
	if (b->end - b->p < 4) {
		(void)enf__fail(ENF_EPARSE, "%s: the data ends before %s",
				enf__pb_fn, what);
		return ENF_EPARSE;
	}
	*out = enf__get_le(b->p, 4);
	b->p += 4;
	return ENF_OK;
}

/* A text of the data (length first) as a malloc'd string; NULL for an
 * empty one where empty is allowed. */
static enf_status enf__pb_text(enf__pb *b, char **out, int may_be_empty,
			       const char *what)
{
	uint64_t n = 0;
	const char *why;
	enf_status st = enf__pb_u32(b, &n, what);

	*out = NULL;
	if (st != ENF_OK || (n == 0 && may_be_empty))
		return st;
	if (n > (uint64_t)(b->end - b->p))
		return enf__pb_fail("a text runs past the end of the data");
	if ((why = enf__programme_text_problem((const char *)b->p,
					       (size_t)n)) != NULL) {
		(void)enf__fail(ENF_EPARSE, "%s: %s %s", enf__pb_fn, what, why);
		return ENF_EPARSE;
	}
	if ((*out = malloc((size_t)n + 1)) == NULL) {
		(void)enf__fail(ENF_ENOMEM, "%s: out of memory", enf__pb_fn);
		return ENF_ENOMEM;
	}
	memcpy(*out, b->p, (size_t)n);
	(*out)[n] = '\0';
	b->p += n;
	return ENF_OK;
}

/* The rows of the data into rep, which has none yet. */
static enf_status enf__pb_rows(enf__pb *b, enf_programme_report *rep)
{
	uint64_t r = 0;
	enf_status st = enf__pb_u32(b, &r, "the number of offices");

	if (st != ENF_OK)
		return st;
	/* Each office takes at least 69 bytes: a count past that is wrong,
	 * and never allocated. */
	if (r > (uint64_t)(b->end - b->p) / 69)
		return enf__pb_fail("more offices than the data can hold");
	if (r > 0 &&
	    (rep->rows = calloc((size_t)r, sizeof(*rep->rows))) == NULL) {
		(void)enf__fail(ENF_ENOMEM, "%s: out of memory", enf__pb_fn);
		return ENF_ENOMEM;
	}
	while (rep->nrows < r) {
		/* Counted at once, so that freeing the report frees its
		 * office. */
		enf__prog_row *row = &rep->rows[rep->nrows++];

		if ((st = enf__pb_text(b, &row->office, 0, "an office")) !=
		    ENF_OK)
			return st;
		if (rep->nrows > 1 &&
		    strcmp(rep->rows[rep->nrows - 2].office, row->office) >= 0)
			return enf__pb_fail("offices come in byte order of "
					    "their codes, each once");
		if (b->end - b->p < 64)
			return enf__pb_fail("the data ends within an office's "
					    "figures");
		for (int k = 0; k < 8; k++, b->p += 8)
			*enf__fig(row, k) = (int64_t)enf__get_le(b->p, 8);
		if (!enf__prog_figures_ok(&row->f[0]) ||
		    !enf__prog_figures_ok(&row->f[1]))
			return enf__pb_fail("an office's figures are negative "
					    "or more done than put");
	}
	return b->p == b->end ? ENF_OK
			      : enf__pb_fail("bytes after the last office");
}

/* The head after the magic: version, period, number. */
static enf_status enf__pb_head(enf_programme_report *rep,
			       const unsigned char *p)
{
	if (enf__get_le(p + 4, 4) != 1)
		return enf__pb_fail("the data is not version 1");
	rep->period.first = (enf_date)(int32_t)(uint32_t)enf__get_le(p + 8, 4);
	rep->period.last = (enf_date)(int32_t)(uint32_t)enf__get_le(p + 12, 4);
	if (!enf__date_in_range(rep->period.first) ||
	    !enf__date_in_range(rep->period.last) ||
	    rep->period.last < rep->period.first)
		return enf__pb_fail("the period is not two dates in order");
	if (enf__get_le(p + 16, 4) > ENF_PROGRAMME_NUMBER_MAX)
		return enf__pb_fail("the programme number is above 255");
	rep->number = (int32_t)enf__get_le(p + 16, 4);
	return ENF_OK;
}

enf_status enf_programme_report_from_bytes(enf_programme_report **out,
					   const char *data, size_t len)
{
	const unsigned char *p = (const unsigned char *)data;
	enf_programme_report *rep;
	enf__pb b;
	enf_status st;

	ENF__CHECK_NULL("programme_report_from_bytes", out);
	*out = NULL;
	ENF__CHECK_NULL("programme_report_from_bytes", data);
	if (len < ENF__PROG_HEAD + 4 || memcmp(p, ENF__PROG_MAGIC, 4) != 0)
		return enf__pb_fail("the data does not start with the header "
				    "\"ENFP\"");
	if (enf__get_le(p + len - 4, 4) != enf__crc32(p, len - 4))
		return enf__pb_fail("the checksum does not match; the data is "
				    "corrupted");
	if ((rep = calloc(1, sizeof(*rep))) == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", enf__pb_fn);
	b.p = p + ENF__PROG_HEAD;
	b.end = p + len - 4;
	if ((st = enf__pb_head(rep, p)) == ENF_OK &&
	    (st = enf__pb_text(&b, &rep->code, 0, "the code")) == ENF_OK &&
	    (st = enf__pb_text(&b, &rep->name, 1, "the name")) == ENF_OK)
		st = enf__pb_rows(&b, rep);
	if (st != ENF_OK) {
		enf_programme_report_free(rep);
		return st;
	}
	*out = rep;
	return ENF_OK;
}
