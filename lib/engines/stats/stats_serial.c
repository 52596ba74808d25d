/*
 * Reports as bytes (versioned, little-endian, with a CRC-32) and as JSON,
 * written and read back with every identity checked (the reader of JSON
 * is strict: each key once, no unknown keys, non-negative integers).
 */
#include "internal.h"
#include "case_internal.h"
#include "text.h"
#include "json_read.h"
#include "stats_internal.h"
#include "stats_json_read.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENF__REPORT_FORMAT "enforcement-report"
#define ENF__REPORT_MAGIC  "ENFR"
/* The JSON form: version 2 carries the definitions, version 1 (read only)
 * does not and stands for the built-in ones. */
#define ENF__JSON_VERSION 2

/*
 * The byte form, little-endian throughout:
 *   0  "ENFR"
 *   4  u32 version (1 or 2)
 *   8  i32 period first, 12 i32 period last (day numbers)
 *   16 u32 n, the unit's length in bytes (1..1024)
 *   20 the unit, UTF-8, no terminator
 *   20 + n  180 i64 cells, by group, then measure, then row (enum order)
 *   version 2 only: 4 bytes, the codes of money_done,
 *           partial_entrusted_done, unclassified_row and restate (a 0
 *           in the bytes of releases before restate: restate 0)
 *   then u32 CRC-32 (IEEE) of every byte before it.
 * A report with the built-in definitions is written as version 1, the
 * form of earlier releases, so that their bytes and these stay the same;
 * version 2 is for other definitions only (each report has one form).
 */
#define ENF__BYTES_HEAD	 20u
#define ENF__NCELLS	 (ENF_GROUP_COUNT * ENF__MEASURE_COUNT * ENF_IND_COUNT)
#define ENF__BYTES_CELLS ((size_t)ENF__NCELLS * 8u)
#define ENF__BYTES_DEFS	 4u
/* ---------------------------------------------------------------------- */
/* Bytes                                                                   */

/* CRC-32 (IEEE 802.3, reflected), bit by bit: reports are small. */
uint32_t enf__crc32(const unsigned char *p, size_t n)
{
	uint32_t crc = 0xffffffffu;

	for (size_t i = 0; i < n; i++) {
		crc ^= p[i];
		for (int b = 0; b < 8; b++)
			crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
	}
	return ~crc;
}

void enf__put_le(unsigned char *p, uint64_t v, int n)
{
	for (int i = 0; i < n; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

uint64_t enf__get_le(const unsigned char *p, int n)
{
	uint64_t v = 0;

	for (int i = n - 1; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

/* Whether d are the built-in definitions. */
static int enf__defs_builtin(const enf__stats_defs *d)
{
	enf__stats_defs def = enf__stats_defs_default();
	char why[8];

	return enf__stats_defs_differ(why, sizeof(why), d, "", &def, "") == 0;
}

/* The bytes of a report of version v with a unit of n bytes (n below
 * 2^32: no overflow). */
static uint64_t enf__bytes_size(uint64_t v, uint64_t n)
{
	return ENF__BYTES_HEAD + n + ENF__BYTES_CELLS +
	       (v == 2 ? ENF__BYTES_DEFS : 0) + 4;
}

enf_status enf_stats_report_to_bytes(char **out, size_t *len,
				     const enf_stats_report *rep)
{
	size_t n, total;
	unsigned char *p, *q;
	uint32_t version;

	ENF__CHECK_NULL("stats_report_to_bytes", out);
	*out = NULL;
	ENF__CHECK_NULL("stats_report_to_bytes", len);
	ENF__CHECK_NULL("stats_report_to_bytes", rep);
	n = strlen(rep->unit);
	version = enf__defs_builtin(&rep->defs) ? 1 : 2;
	total = (size_t)enf__bytes_size(version, n);
	p = malloc(total);
	if (p == NULL)
		return enf__fail(ENF_ENOMEM,
				 "stats_report_to_bytes: out of memory");
	memcpy(p, ENF__REPORT_MAGIC, 4);
	enf__put_le(p + 4, version, 4);
	enf__put_le(p + 8, (uint32_t)rep->period.first, 4);
	enf__put_le(p + 12, (uint32_t)rep->period.last, 4);
	enf__put_le(p + 16, n, 4);
	memcpy(p + ENF__BYTES_HEAD, rep->unit, n);
	q = p + ENF__BYTES_HEAD + n;
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < ENF__MEASURE_COUNT; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++, q += 8)
				enf__put_le(q, (uint64_t)rep->cells.v[g][m][r],
					    8);
	if (version == 2) {
		for (int f = 0; f < ENF__DEFS_FIELDS; f++)
			*q++ = (unsigned char)enf__stats_def_get(&rep->defs, f);
	}
	enf__put_le(q, enf__crc32(p, total - 4), 4);
	*out = (char *)p;
	*len = total;
	return ENF_OK;
}

/* Builds a report from read parts, refusing (ENF_EPARSE) a unit, period
 * or table that a report cannot have. */
static enf_status enf__report_from_parts(enf_stats_report **out,
					 const char *unit, size_t n,
					 const enf_period *period,
					 const enf__stats_cells *cells,
					 const enf__stats_defs *defs,
					 const char *fn)
{
	const char *why;
	char text[400];
	int range;
	enf_status st;

	if ((why = enf__stats_unit_problem(unit, n)) != NULL)
		return enf__fail(ENF_EPARSE, "%s: the unit %s", fn, why);
	if ((why = enf__stats_period_problem(period, &range, text,
					     sizeof text)) != NULL)
		return enf__fail(ENF_EPARSE, "%s: %s", fn, why);
	if (enf__stats_verify(cells, text, sizeof(text)) != 0)
		return enf__fail(ENF_EPARSE,
				 "%s: the table fails its identities: %s", fn,
				 text);
	st = enf__stats_report_alloc(out, unit, n, period, defs, fn);
	if (st == ENF_OK)
		(*out)->cells = *cells;
	return st;
}

/* The definitions of version 2 bytes at q: known codes, and not the
 * built-in ones (those are written as version 1). */
static enf_status enf__defs_from_bytes(enf__stats_defs *d,
				       const unsigned char *q, const char *fn)
{
	for (int f = 0; f < ENF__DEFS_FIELDS; f++) {
		if (!enf__stats_def_ok(q[f]))
			return enf__fail(ENF_EPARSE,
					 "%s: definition %s is %u; not a code "
					 "of it",
					 fn, enf__stats_def_name(f),
					 (unsigned)q[f]);
		enf__stats_def_set(d, f, q[f]);
	}
	if (enf__defs_builtin(d))
		return enf__fail(ENF_EPARSE,
				 "%s: version 2 with the built-in definitions; "
				 "such a report is written as version 1",
				 fn);
	return ENF_OK;
}

enf_status enf_stats_report_from_bytes(enf_stats_report **out, const char *data,
				       size_t len)
{
	const unsigned char *p = (const unsigned char *)data;
	static const char fn[] = "stats_report_from_bytes";
	enf__stats_cells cells;
	enf__stats_defs defs = enf__stats_defs_default();
	enf_period period;
	uint64_t version, n;
	const unsigned char *q;
	enf_status st;

	ENF__CHECK_NULL("stats_report_from_bytes", out);
	*out = NULL;
	ENF__CHECK_NULL("stats_report_from_bytes", data);
	if (len < ENF__BYTES_HEAD || memcmp(p, ENF__REPORT_MAGIC, 4) != 0)
		return enf__fail(ENF_EPARSE,
				 "%s: the data does not start with the "
				 "report header \"ENFR\"",
				 fn);
	version = enf__get_le(p + 4, 4);
	if (version != 1 && version != 2)
		return enf__fail(ENF_EPARSE,
				 "%s: the data is version %llu; this library "
				 "reads versions 1 and 2",
				 fn, (unsigned long long)version);
	n = enf__get_le(p + 16, 4);
	if (n > ENF__UNIT_MAX || len != enf__bytes_size(version, n))
		return enf__fail(
			ENF_EPARSE,
			"%s: %zu bytes; a report of version %llu with "
			"a unit of %llu bytes has %llu",
			fn, len, (unsigned long long)version,
			(unsigned long long)n,
			(unsigned long long)enf__bytes_size(version, n));
	if (enf__get_le(p + len - 4, 4) != enf__crc32(p, len - 4))
		return enf__fail(ENF_EPARSE,
				 "%s: the checksum does not match; the data "
				 "is corrupted",
				 fn);
	period.first = (enf_date)(int32_t)(uint32_t)enf__get_le(p + 8, 4);
	period.last = (enf_date)(int32_t)(uint32_t)enf__get_le(p + 12, 4);
	q = p + ENF__BYTES_HEAD + n;
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < ENF__MEASURE_COUNT; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++, q += 8)
				cells.v[g][m][r] = (int64_t)enf__get_le(q, 8);
	if (version == 2 && (st = enf__defs_from_bytes(&defs, q, fn)) != ENF_OK)
		return st;
	return enf__report_from_parts(out, data + ENF__BYTES_HEAD, (size_t)n,
				      &period, &cells, &defs, fn);
}

/* ---------------------------------------------------------------------- */
/* JSON                                                                    */

/* The "definitions" member: a token for each code, 0 or 1 for a flag;
 * restate only when 1, so that the reports of earlier releases and these
 * read the same (a reader takes its absence as 0). */
static void enf__json_defs(enf__io_buf *b, const enf__stats_defs *d)
{
	enf__io_puts(b, "  \"definitions\": {");
	for (int f = 0; f < ENF__DEFS_FIELDS; f++) {
		int code = enf__stats_def_get(d, f);
		const char *token = enf__stats_def_token(f, code);

		if (f == ENF__DEF_RESTATE && code == 0)
			continue;
		enf__io_puts(b, f ? ", \"" : "\"");
		enf__io_puts(b, enf__stats_def_name(f));
		enf__io_puts(b, "\": ");
		if (token != NULL) {
			enf__io_json_string(b, token);
		} else {
			char digit[2] = {(char)('0' + code), '\0'};

			enf__io_puts(b, digit);
		}
	}
	enf__io_puts(b, "},\n");
}

enf_status enf_stats_report_to_json(char **out, size_t *len,
				    const enf_stats_report *rep)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	char text[96], d[2][16] = {"", ""};

	ENF__CHECK_NULL("stats_report_to_json", out);
	*out = NULL;
	ENF__CHECK_NULL("stats_report_to_json", rep);
	(void)enf_date_format(d[0], 16, rep->period.first, ENF_LOCALE_EN);
	(void)enf_date_format(d[1], 16, rep->period.last, ENF_LOCALE_EN);
	(void)snprintf(text, sizeof(text),
		       "{\n  \"schema\": \"%s/%d\",\n  \"format\": \"%s\",\n"
		       "  \"version\": %d,\n",
		       ENF__REPORT_FORMAT, ENF__JSON_VERSION,
		       ENF__REPORT_FORMAT, ENF__JSON_VERSION);
	enf__io_puts(&b, text);
	enf__io_puts(&b, "  \"unit\": ");
	enf__io_json_string(&b, rep->unit);
	(void)snprintf(text, sizeof(text),
		       ",\n  \"period\": [\"%s\", \"%s\"],\n", d[0], d[1]);
	enf__io_puts(&b, text);
	enf__json_defs(&b, &rep->defs);
	enf__io_puts(&b, "  \"groups\": {");
	for (int g = 0; g < ENF_GROUP_COUNT; g++) {
		enf__io_puts(&b, g ? ",\n    \"" : "\n    \"");
		enf__io_puts(&b, enf__stats_group_tokens[g]);
		enf__io_puts(&b, "\": {");
		for (int m = 0; m < ENF__MEASURE_COUNT; m++) {
			enf__io_puts(&b, m ? ",\n      \"" : "\n      \"");
			enf__io_puts(&b, enf__stats_measure_tokens[m]);
			enf__io_puts(&b, "\": {");
			for (int r = 0; r < ENF_IND_COUNT; r++) {
				(void)snprintf(
					text, sizeof(text), "%s\"%s\": %lld",
					r ? ", " : "", enf__stats_row_tokens[r],
					(long long)rep->cells.v[g][m][r]);
				enf__io_puts(&b, text);
			}
			enf__io_puts(&b, "}");
		}
		enf__io_puts(&b, "\n    }");
	}
	enf__io_puts(&b, "\n  }\n}\n");
	return enf__io_buf_finish(&b, out, len, "stats_report_to_json");
}

static const char enf__rj_fn[] = "stats_report_from_json";

/* What the reader of a report fills. */
typedef struct enf__rj_report {
	char *unit;
	size_t unit_len;
	enf_period period;
	enf__stats_cells cells;
	enf__stats_defs defs;
	int64_t version;
	int64_t schema; /* the version "schema" names; 0 without it */
	int has_defs;
	int group; /* being read */
	int measure;
} enf__rj_report;

/* A member of "definitions": the token of a code, or 0 or 1 for the
 * flag. */
static enf_status enf__rj_def(enf__rj *rj, int f, void *ctx)
{
	enf__rj_report *r = ctx;
	char *s = NULL, why[160];
	size_t n = 0;
	int64_t v = -1;
	enf_status st;

	if (enf__stats_def_token(f, 0) == NULL) {
		if ((st = enf__rj_count(rj, &v)) != ENF_OK)
			return st;
		if (v != 0 && v != 1)
			return enf__rj_fail(rj, "expected 0 or 1");
		enf__stats_def_set(&r->defs, f, (int)v);
		return ENF_OK;
	}
	if ((st = enf__rj_string(rj, &s, &n)) != ENF_OK)
		return st;
	for (int code = 0; code < 2; code++)
		if (strcmp(s, enf__stats_def_token(f, code)) == 0)
			v = code;
	free(s);
	if (v < 0) {
		(void)snprintf(why, sizeof(why), "expected \"%s\" or \"%s\"",
			       enf__stats_def_token(f, 0),
			       enf__stats_def_token(f, 1));
		return enf__rj_fail(rj, why);
	}
	enf__stats_def_set(&r->defs, f, (int)v);
	return ENF_OK;
}

static enf_status enf__rj_defs(enf__rj *rj, void *ctx)
{
	const char *keys[ENF__DEFS_FIELDS];

	for (int f = 0; f < ENF__DEFS_FIELDS; f++)
		keys[f] = enf__stats_def_name(f);
	((enf__rj_report *)ctx)->has_defs = 1;
	/* restate may be absent: the form of earlier releases, restate 0. */
	return enf__rj_object(rj, keys, ENF__DEFS_FIELDS,
			      1ul << ENF__DEF_RESTATE, enf__rj_def, ctx);
}

static enf_status enf__rj_row(enf__rj *rj, int k, void *ctx)
{
	enf__rj_report *r = ctx;

	return enf__rj_count(rj, &r->cells.v[r->group][r->measure][k]);
}

static enf_status enf__rj_measure(enf__rj *rj, int k, void *ctx)
{
	enf__rj_report *r = ctx;

	r->measure = k;
	return enf__rj_object(rj, enf__stats_row_tokens, ENF_IND_COUNT, 0,
			      enf__rj_row, ctx);
}

static enf_status enf__rj_group(enf__rj *rj, int k, void *ctx)
{
	enf__rj_report *r = ctx;

	r->group = k;
	return enf__rj_object(rj, enf__stats_measure_tokens, ENF__MEASURE_COUNT,
			      0, enf__rj_measure, ctx);
}

static const char *const enf__rj_root_keys[] = {
	"format", "version",	 "unit",  "period",
	"groups", "definitions", "schema"};

/* "definitions" may be missing (version 1), "schema" too (before 1.0). */
#define ENF__RJ_ROOT_OPTIONAL (1ul << 5 | 1ul << 6)

static enf_status enf__rj_root(enf__rj *rj, int k, void *ctx)
{
	enf__rj_report *r = ctx;
	char *s = NULL;
	size_t n = 0;
	int64_t v = 0;
	enf_status st;

	switch (k) {
	case 0:
		if ((st = enf__rj_string(rj, &s, &n)) != ENF_OK)
			return st;
		if (strcmp(s, ENF__REPORT_FORMAT) != 0)
			st = enf__rj_fail(rj, "expected \"" ENF__REPORT_FORMAT
					      "\"");
		free(s);
		return st;
	case 1:
		if ((st = enf__rj_count(rj, &v)) != ENF_OK)
			return st;
		if (v != 1 && v != ENF__JSON_VERSION) {
			char why[96];

			(void)snprintf(why, sizeof(why),
				       "version %lld; this library reads "
				       "versions 1 and %d",
				       (long long)v, ENF__JSON_VERSION);
			return enf__rj_fail(rj, why);
		}
		r->version = v;
		return ENF_OK;
	case 2: return enf__rj_string(rj, &r->unit, &r->unit_len);
	case 3:
		if ((st = enf__rj_expect(rj, '[', "an array of two dates")) !=
			    ENF_OK ||
		    (st = enf__rj_date(rj, &r->period.first)) != ENF_OK ||
		    (st = enf__rj_expect(rj, ',', "',' and the last day")) !=
			    ENF_OK ||
		    (st = enf__rj_date(rj, &r->period.last)) != ENF_OK)
			return st;
		return enf__rj_expect(rj, ']',
				      "']' after the two dates of the period");
	case 4:
		return enf__rj_object(rj, enf__stats_group_tokens,
				      ENF_GROUP_COUNT, 0, enf__rj_group, ctx);
	case 5: return enf__rj_defs(rj, ctx);
	default:
		return enf__rj_schema(rj, ENF__REPORT_FORMAT, ENF__JSON_VERSION,
				      &r->schema);
	}
}

/* Version 2 has the definitions, version 1 (the built-in ones) not. */
static enf_status enf__rj_check_defs(enf__rj *rj, const enf__rj_report *r)
{
	if (r->has_defs == (r->version == 2))
		return ENF_OK;
	(void)snprintf(rj->path, sizeof(rj->path), "definitions");
	return enf__rj_fail(rj, r->has_defs ? "not in a version 1 report "
					      "(the built-in definitions)"
					    : "missing (version 2)");
}

enf_status enf_stats_report_from_json(enf_stats_report **out, const char *text)
{
	enf__rj rj;
	enf__rj_report r;
	enf_status st;

	ENF__CHECK_NULL("stats_report_from_json", out);
	*out = NULL;
	ENF__CHECK_NULL("stats_report_from_json", text);
	memset(&rj, 0, sizeof(rj));
	rj.fn = enf__rj_fn;
	memset(&r, 0, sizeof(r));
	r.defs = enf__stats_defs_default();
	enf__json_lex_init(&rj.lx, text);
	st = enf__rj_object(&rj, enf__rj_root_keys, 7, ENF__RJ_ROOT_OPTIONAL,
			    enf__rj_root, &r);
	if (st == ENF_OK) {
		enf__rj_ws(&rj);
		if (*rj.lx.p != '\0')
			st = enf__rj_fail(&rj, "text after the end of the "
					       "document");
	}
	if (st == ENF_OK)
		st = enf__rj_check_defs(&rj, &r);
	if (st == ENF_OK)
		st = enf__rj_schema_match(&rj, ENF__REPORT_FORMAT, r.schema,
					  r.version);
	if (st == ENF_OK)
		st = enf__report_from_parts(out, r.unit, r.unit_len, &r.period,
					    &r.cells, &r.defs, enf__rj_fn);
	free(r.unit);
	return st;
}
