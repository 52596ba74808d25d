/*
 * The register as one JSON document: a small recursive-descent parser
 * (objects, arrays, strings with escapes, integers, true, false, null;
 * no fractions) into a tree with line numbers, a walk of that tree into
 * the row texts that io_tokens.c converts and applies, and the writer.
 */
#include "io_internal.h"
#include "io_json_form.h"
#include "io_corrections.h"
#include "case_internal.h"
#include "register_internal.h"
#include "json_read.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENF__JSON_MAX_DEPTH 64

/* ---------------------------------------------------------------------- */
/* Paths for messages: "cases[3].events[2]"                                */

typedef struct enf__jpath {
	char s[256];
	size_t n;
} enf__jpath;

/* Appends ".key" (key non-NULL) or "[index]" to the path; returns the
 * length to cut back to. */
static size_t enf__jpath_add(enf__jpath *p, const char *key, size_t index)
{
	size_t mark = p->n, room = sizeof(p->s) - p->n;
	/* At most 40 bytes of the key, fewer where the path fills up, always
	 * cut between UTF-8 sequences. */
	int fit = (int)room - 1 - (p->n ? 1 : 0);
	int w = key != NULL
			? snprintf(p->s + p->n, room, "%s%.*s", p->n ? "." : "",
				   enf__utf8_prefix(key, fit < 40 ? fit : 40),
				   key)
			: snprintf(p->s + p->n, room, "[%zu]", index);

	if (w > 0)
		p->n += (size_t)w < room ? (size_t)w : room - 1;
	return mark;
}

static void enf__jpath_cut(enf__jpath *p, size_t mark)
{
	p->n = mark;
	p->s[mark] = '\0';
}

/* ---------------------------------------------------------------------- */
/* Tree                                                                    */

typedef enum enf__jtype {
	ENF__J_NULL,
	ENF__J_BOOL,
	ENF__J_INT,
	ENF__J_STR,
	ENF__J_ARR,
	ENF__J_OBJ
} enf__jtype;

typedef struct enf__jnode {
	enf__jtype type;
	long line;
	int64_t num; /* integer; 1 or 0 for true and false */
	char *str;
	char *key; /* of a member of an object */
	struct enf__jnode *kids;
	size_t n, cap;
} enf__jnode;

static void enf__jnode_free(enf__jnode *v)
{
	for (size_t i = 0; i < v->n; i++)
		enf__jnode_free(&v->kids[i]);
	free(v->kids);
	free(v->str);
	free(v->key);
}

/* Appends a member or item (which v owns from now on). */
static int enf__jnode_add(enf__jnode *v, const enf__jnode *kid)
{
	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 8;
		enf__jnode *kids = realloc(v->kids, cap * sizeof(*kids));

		if (kids == NULL)
			return -1;
		v->kids = kids, v->cap = cap;
	}
	v->kids[v->n++] = *kid;
	return 0;
}

static const char *enf__jtype_name(const enf__jnode *v)
{
	static const char *const names[] = {"null",	  "true or false",
					    "an integer", "a string",
					    "an array",	  "an object"};

	return names[v->type];
}

/* ---------------------------------------------------------------------- */
/* Parser                                                                  */

typedef struct enf__jparser {
	enf__json_lex lx;
	const char *name;
	enf__jpath path;
} enf__jparser;

ENF__PRINTF(2, 3)
static enf_status enf__jp_fail(const enf__jparser *jp, const char *fmt, ...)
{
	enf__io_loc loc = {jp->name, jp->lx.line, jp->path.s};
	va_list ap;
	enf_status st;

	va_start(ap, fmt);
	st = enf__io_vfail(ENF_EPARSE, &loc, NULL, fmt, ap);
	va_end(ap);
	return st;
}

static void enf__jp_ws(enf__jparser *jp)
{
	enf__json_ws(&jp->lx);
}

/* The message of a tokenizer's error. */
static enf_status enf__jp_lex_fail(const enf__jparser *jp, enf__json_err why)
{
	/* The escaped character after the backslash at p; never past the
	 * end (p may be the terminator of an unterminated string). */
	char c = jp->lx.p[0] != '\0' ? jp->lx.p[1] : '\0';

	switch (why) {
	case ENF__JSON_NOMEM:
		return enf__fail(ENF_ENOMEM, "%s: out of memory", jp->name);
	case ENF__JSON_BAD_ESCAPE:
		return enf__jp_fail(jp, "unknown escape \\%c in a string",
				    c > ' ' && c < 0x7f ? c : '?');
	case ENF__JSON_LONE_LOW:
		return enf__jp_fail(jp,
				    "\\u%04X is a low surrogate without a "
				    "high one before it",
				    jp->lx.cp);
	case ENF__JSON_LONE_HIGH:
		return enf__jp_fail(jp,
				    "\\u%04X is a high surrogate "
				    "without a low one after it",
				    jp->lx.cp);
	case ENF__JSON_CONTROL:
		return enf__jp_fail(jp, "a control character in a string "
					"(write it as an escape)");
	default: return enf__jp_fail(jp, "%s", enf__json_why(why));
	}
}

/* Reads a string from its opening quote into *out (malloc'd). */
static enf_status enf__jp_string(enf__jparser *jp, char **out)
{
	enf__json_err why = enf__json_string(&jp->lx, out, NULL);

	return why == ENF__JSON_OK ? ENF_OK : enf__jp_lex_fail(jp, why);
}

static enf_status enf__jp_number(enf__jparser *jp, enf__jnode *v)
{
	enf__json_err why = enf__json_int(&jp->lx, &v->num);

	if (why != ENF__JSON_OK)
		return enf__jp_lex_fail(jp, why);
	v->type = ENF__J_INT;
	return ENF_OK;
}

static enf_status enf__jp_value(enf__jparser *jp, enf__jnode *v, int depth);

/* Reads the "key": before a member's value. */
static enf_status enf__jp_key(enf__jparser *jp, char **key)
{
	enf_status st;

	enf__jp_ws(jp);
	if (*jp->lx.p != '"')
		return enf__jp_fail(jp, "expected a key in double quotes");
	st = enf__jp_string(jp, key);
	if (st != ENF_OK)
		return st;
	enf__jp_ws(jp);
	if (*jp->lx.p != ':') {
		free(*key);
		*key = NULL; /* for clang-analyzer, which loses the status */
		return enf__jp_fail(jp, "expected ':' after a key");
	}
	jp->lx.p++;
	return ENF_OK;
}

/* Reads the next member or item of v; the path names it meanwhile. */
static enf_status enf__jp_kid(enf__jparser *jp, enf__jnode *v, int depth)
{
	enf__jnode kid;
	char *key = NULL;
	size_t mark;
	enf_status st = ENF_OK;

	if (v->type == ENF__J_OBJ)
		st = enf__jp_key(jp, &key);
	if (st != ENF_OK)
		return st;
	mark = enf__jpath_add(&jp->path, key, v->n);
	st = enf__jp_value(jp, &kid, depth + 1);
	kid.key = key;
	if (st == ENF_OK && enf__jnode_add(v, &kid) != 0)
		st = enf__fail(ENF_ENOMEM, "%s: out of memory", jp->name);
	if (st != ENF_OK)
		enf__jnode_free(&kid);
	enf__jpath_cut(&jp->path, mark); /* a message has been written */
	return st;
}

/* Reads an array or object from its opening bracket. */
static enf_status enf__jp_container(enf__jparser *jp, enf__jnode *v, int depth)
{
	int obj = *jp->lx.p == '{';
	char close = obj ? '}' : ']';

	if (depth > ENF__JSON_MAX_DEPTH)
		return enf__jp_fail(jp,
				    "arrays and objects nested deeper "
				    "than %d levels",
				    ENF__JSON_MAX_DEPTH);
	v->type = obj ? ENF__J_OBJ : ENF__J_ARR;
	jp->lx.p++;
	enf__jp_ws(jp);
	if (*jp->lx.p == close) {
		jp->lx.p++;
		return ENF_OK;
	}
	for (;;) {
		enf_status st = enf__jp_kid(jp, v, depth);

		if (st != ENF_OK)
			return st;
		enf__jp_ws(jp);
		if (*jp->lx.p != ',')
			break;
		jp->lx.p++;
	}
	if (*jp->lx.p != close)
		return enf__jp_fail(jp, "expected ',' or '%c' after %s", close,
				    obj ? "a member" : "an item");
	jp->lx.p++;
	return ENF_OK;
}

static enf_status enf__jp_literal(enf__jparser *jp, enf__jnode *v)
{
	static const char *const words[] = {"null", "true", "false"};

	for (int i = 0; i < 3; i++) {
		size_t n = strlen(words[i]);

		if (strncmp(jp->lx.p, words[i], n) == 0) {
			v->type = i == 0 ? ENF__J_NULL : ENF__J_BOOL;
			v->num = i == 1;
			jp->lx.p += n;
			return ENF_OK;
		}
	}
	if (*jp->lx.p == '\0')
		return enf__jp_fail(jp, "the document ends where a value "
					"should be");
	return enf__jp_fail(jp, "unexpected '%c' where a value should be",
			    *jp->lx.p > ' ' && *jp->lx.p < 0x7f ? *jp->lx.p
								: '?');
}

/* Reads any value; v is always left valid to free. */
static enf_status enf__jp_value(enf__jparser *jp, enf__jnode *v, int depth)
{
	memset(v, 0, sizeof(*v));
	enf__jp_ws(jp);
	v->line = jp->lx.line;
	if (*jp->lx.p == '{' || *jp->lx.p == '[')
		return enf__jp_container(jp, v, depth);
	if (*jp->lx.p == '"') {
		v->type = ENF__J_STR;
		return enf__jp_string(jp, &v->str);
	}
	if (*jp->lx.p == '-' || (*jp->lx.p >= '0' && *jp->lx.p <= '9'))
		return enf__jp_number(jp, v);
	return enf__jp_literal(jp, v);
}

static enf_status enf__jp_parse(enf__jnode *root, const char *text,
				const char *name)
{
	enf__jparser jp;
	enf_status st;

	memset(&jp, 0, sizeof(jp));
	enf__json_lex_init(&jp.lx, text);
	jp.name = name;
	st = enf__jp_value(&jp, root, 1);
	if (st == ENF_OK) {
		enf__jp_ws(&jp);
		if (*jp.lx.p != '\0')
			st = enf__jp_fail(&jp, "text after the end of the "
					       "document");
	}
	return st;
}

/* ---------------------------------------------------------------------- */
/* Walk                                                                    */

typedef struct enf__jwalk {
	const char *name;
	int version; /* of the document: 1 or 2 */
	enf__io_batch *batch;
	enf__jpath path;
} enf__jwalk;

ENF__PRINTF(4, 5)
static enf_status enf__jw_fail(const enf__jwalk *w, const enf__jnode *at,
			       const char *field, const char *fmt, ...)
{
	enf__io_loc loc = {w->name, at->line, w->path.s};
	va_list ap;
	enf_status st;

	va_start(ap, fmt);
	st = enf__io_vfail(ENF_EPARSE, &loc, field, fmt, ap);
	va_end(ap);
	return st;
}

/* The row texts of one column: v is the text, buf room for a number. */
typedef struct enf__jrow {
	const char *v[ENF__IO_MAX_COLS];
	char buf[ENF__IO_MAX_COLS][48];
	unsigned seen;
} enf__jrow;

/* Flags: an array of tokens, written as the CSV text "a|b" in buf. */
static enf_status enf__jw_flags(const enf__jwalk *w, const enf__jnode *v,
				const char *name, const char **out, char *buf)
{
	unsigned flags = 0;

	for (size_t i = 0; i < v->n; i++) {
		const enf__jnode *k = &v->kids[i];
		int bit = 0;

		if (k->type != ENF__J_STR ||
		    enf_io_value(&bit, ENF_IO_ENUM_FLAG, k->str) != ENF_OK)
			return enf__jw_fail(
				w, k, name,
				"item %zu is not a flag (corruption, "
				"prisoner, unknown_address)",
				i);
		flags |= (unsigned)bit;
	}
	*out = enf__io_fmt_flags(buf, flags);
	return ENF_OK;
}

/* Checks the JSON type of a member of column c and sets its text *out
 * (buf: 48 bytes of room for a number or flags). */
static enf_status enf__jw_text(const enf__jwalk *w, const enf__io_col *c,
			       const enf__jnode *v, const char **out, char *buf)
{
	enf__jtype t = v->type;
	int null_ok = c->type == ENF__T_OPTTEXT || c->type == ENF__T_DATE ||
		      (c->type == ENF__T_INDEX && !c->required);
	int str = c->type == ENF__T_TEXT || c->type == ENF__T_OPTTEXT ||
		  c->type == ENF__T_TOKEN || c->type == ENF__T_DATE;
	int num = c->type == ENF__T_MONEY || c->type == ENF__T_DETAIL ||
		  c->type == ENF__T_INDEX;

	if (t == ENF__J_NULL && null_ok)
		return ENF_OK;
	if (str && t == ENF__J_STR)
		*out = v->str;
	else if (num && t == ENF__J_INT)
		*out = buf, (void)snprintf(buf, 48, "%lld", (long long)v->num);
	else if (c->type == ENF__T_BOOL && t == ENF__J_BOOL)
		*out = v->num ? "1" : "0";
	else if (c->type == ENF__T_FLAGS && t == ENF__J_ARR)
		return enf__jw_flags(w, v, c->name, out, buf);
	else
		return enf__jw_fail(
			w, v, c->name, "expected %s%s, found %s",
			str			 ? "a string"
			: num			 ? "an integer"
			: c->type == ENF__T_BOOL ? "true or false"
						 : "an array of flags",
			null_ok ? " or null" : "", enf__jtype_name(v));
	return ENF_OK;
}

/* Checks the JSON type of a member and sets its row text. */
static enf_status enf__jw_field(const enf__jwalk *w, enf_io_entity e, int col,
				const enf__jnode *v, enf__jrow *row)
{
	return enf__jw_text(w, &enf__io_tables[e].cols[col], v, &row->v[col],
			    row->buf[col]);
}

/* Names of the entities' arrays in the document. */
static const char *const enf__jw_lists[ENF_IO_ENTITY_COUNT] = {
	"cases", "parties", "obligations", "assets", "events"};

/* The nested arrays of a case: those of the entities, then (from
 * version 2) its corrections. */
#define ENF__JW_LISTS (ENF_IO_ENTITY_COUNT + 1)

/* The entity of a nested array name ("parties", ...), ENF_IO_ENTITY_COUNT
 * for "corrections", or -1. */
static int enf__jw_entity(const enf__jwalk *w, const char *key)
{
	for (int e = ENF_IO_PARTIES; e < ENF_IO_ENTITY_COUNT; e++)
		if (strcmp(enf__jw_lists[e], key) == 0)
			return e;
	if (w->version >= 2 && strcmp(key, "corrections") == 0)
		return ENF_IO_ENTITY_COUNT;
	return -1;
}

/* Reads the members of an object as row texts of entity e; members that
 * name a nested entity go to lists (cases only). */
static enf_status enf__jw_members(const enf__jwalk *w, const enf__jnode *obj,
				  enf_io_entity e, enf__jrow *row,
				  const enf__jnode **lists)
{
	const enf__io_table *t = &enf__io_tables[e];

	for (size_t i = 0; i < obj->n; i++) {
		const char *key = obj->kids[i].key;
		int col = enf__io_col_find(e, key, strlen(key));
		int sub = lists != NULL ? enf__jw_entity(w, key) : -1;
		int bit = col >= 0 ? col : sub + ENF__IO_MAX_COLS;
		enf_status st = ENF_OK;

		if ((col < 0 && sub < 0) ||
		    (e != ENF_IO_CASES && col >= 0 && col < ENF__COL_INDEX))
			return enf__jw_fail(w, &obj->kids[i], key,
					    "unknown field");
		if (row->seen & 1u << bit)
			return enf__jw_fail(w, &obj->kids[i], key,
					    "named twice");
		row->seen |= 1u << bit;
		if (col >= 0)
			st = enf__jw_field(w, e, col, &obj->kids[i], row);
		else if (obj->kids[i].type != ENF__J_ARR)
			st = enf__jw_fail(w, &obj->kids[i], key,
					  "expected an array, found %s",
					  enf__jtype_name(&obj->kids[i]));
		else
			lists[sub] = &obj->kids[i];
		if (st != ENF_OK)
			return st;
	}
	for (int c = 0; c < t->ncols; c++)
		if (t->cols[c].required && !(row->seen & 1u << c) &&
		    (e == ENF_IO_CASES || c > ENF__COL_INDEX))
			return enf__jw_fail(w, obj, t->cols[c].name, "missing");
	return ENF_OK;
}

/* Starts the row texts of an object of entity e ("" for all; for a
 * nested row the key and index come from where it is) and reads them. */
static enf_status enf__jw_object(const enf__jwalk *w, const enf__jnode *obj,
				 enf_io_entity e, enf__jrow *row,
				 const enf__jnode **lists)
{
	memset(row, 0, sizeof(*row));
	for (int i = 0; i < ENF__IO_MAX_COLS; i++)
		row->v[i] = "";
	if (obj->type != ENF__J_OBJ)
		return enf__jw_fail(w, obj, NULL,
				    "expected an object, found %s",
				    enf__jtype_name(obj));
	return enf__jw_members(w, obj, e, row, lists);
}

/* Adds item j of a nested array to c. */
static enf_status enf__jw_row(enf__jwalk *w, enf_case *c, enf_io_entity e,
			      const enf__jnode *item, size_t j)
{
	enf__jrow row;
	enf__io_loc loc = {w->name, item->line, w->path.s};
	enf_status st = enf__jw_object(w, item, e, &row, NULL);

	if (st != ENF_OK)
		return st;
	row.v[ENF__COL_OFFICE] = c->info.office;
	row.v[ENF__COL_NO] = c->info.decision_no;
	/* An event's seq (version 2) is kept for the case's corrections;
	 * the row is then added at its place. */
	if (e == ENF_IO_EVENTS && (row.seen & 1u << ENF__COL_INDEX) &&
	    row.v[ENF__COL_INDEX][0] != '\0' && w->version >= 2) {
		st = enf__io_note_seq(
			w->batch, c,
			(size_t)strtoull(row.v[ENF__COL_INDEX], NULL, 10),
			&loc);
		if (st != ENF_OK)
			return st;
		row.seen &= ~(1u << ENF__COL_INDEX);
	}
	if (!(row.seen & 1u << ENF__COL_INDEX)) {
		(void)snprintf(row.buf[ENF__COL_INDEX], sizeof(row.buf[0]),
			       "%zu", j);
		row.v[ENF__COL_INDEX] = row.buf[ENF__COL_INDEX];
	}
	return enf__io_entity_row(c, e, row.v, &loc, NULL);
}

/* Reads item j of "corrections" into the texts of a corrections.csv row
 * (buf: room for numbers and flags). */
static enf_status enf__jw_correction(const enf__jwalk *w, const enf_case *c,
				     const enf__jnode *obj, size_t j,
				     const char **v, char (*buf)[48])
{
	uint64_t seen = 0;

	for (int i = 0; i < ENF__CR_COLS; i++)
		v[i] = "";
	if (obj->type != ENF__J_OBJ)
		return enf__jw_fail(w, obj, NULL,
				    "expected an object, found %s",
				    enf__jtype_name(obj));
	for (size_t i = 0; i < obj->n; i++) {
		const enf__jnode *m = &obj->kids[i];
		int col = ENF__CR_KIND;
		enf_status st;

		while (col < ENF__CR_COLS &&
		       strcmp(enf__cr_cols[col].name, m->key) != 0)
			col++;
		if (col == ENF__CR_COLS || (seen & (uint64_t)1 << col))
			return enf__jw_fail(w, m, m->key, "%s",
					    col == ENF__CR_COLS
						    ? "unknown field"
						    : "named twice");
		seen |= (uint64_t)1 << col;
		st = enf__jw_text(w, &enf__cr_cols[col], m, &v[col], buf[col]);
		if (st != ENF_OK)
			return st;
	}
	v[ENF__CR_OFFICE] = c->info.office;
	v[ENF__CR_NO] = c->info.decision_no;
	(void)snprintf(buf[ENF__CR_INDEX], 48, "%zu", j);
	v[ENF__CR_INDEX] = buf[ENF__CR_INDEX];
	return ENF_OK;
}

/* Reads the corrections of c (arr NULL: none) and restores its history. */
static enf_status enf__jw_corrections(enf__jwalk *w, enf_case *c,
				      const enf__jnode *arr, long line)
{
	size_t m = arr != NULL ? arr->n : 0;
	enf_correction *recs = calloc(m ? m : 1, sizeof(*recs));
	enf_correction *befores = calloc(m ? m : 1, sizeof(*befores));
	long *lines = calloc(m ? m : 1, sizeof(*lines));
	const char *v[ENF__CR_COLS];
	char buf[ENF__CR_COLS][48];
	size_t mark;
	enf__io_loc where = {w->name, line, w->path.s};
	enf_status st = ENF_OK;

	if (recs == NULL || befores == NULL || lines == NULL) {
		free(recs);
		free(befores);
		free(lines);
		return enf__fail(ENF_ENOMEM, "%s: out of memory", w->name);
	}
	mark = enf__jpath_add(&w->path, "corrections", 0);

	for (size_t j = 0; j < m && st == ENF_OK; j++) {
		size_t at = enf__jpath_add(&w->path, NULL, j), index;
		enf__io_loc loc = {w->name, arr->kids[j].line, w->path.s};

		lines[j] = arr->kids[j].line;
		st = enf__jw_correction(w, c, &arr->kids[j], j, v, buf);
		if (st == ENF_OK)
			st = enf__cr_convert(&recs[j], &befores[j], &index, v,
					     c, &loc);
		enf__jpath_cut(&w->path, at);
	}
	/* Without corrections, a refusal is about the case's events. */
	if (m == 0)
		enf__jpath_cut(&w->path, mark);
	if (st == ENF_OK)
		st = enf__io_restore(w->batch, c, recs, befores, m, &where,
				     lines);
	enf__jpath_cut(&w->path, mark);
	free(recs);
	free(befores);
	free(lines);
	return st;
}

/* Walks an item of "cases" (the path names it). */
static enf_status enf__jw_case(enf__jwalk *w, const enf__jnode *item)
{
	const enf__jnode *lists[ENF__JW_LISTS] = {NULL};
	enf__io_loc loc = {w->name, item->line, w->path.s};
	enf__jrow row;
	enf_case *c = NULL;
	enf_status st = enf__jw_object(w, item, ENF_IO_CASES, &row, lists);

	if (st == ENF_OK)
		st = enf__io_case_row(&c, w->batch, row.v, &loc);
	for (int e = ENF_IO_PARTIES; e < ENF_IO_ENTITY_COUNT && st == ENF_OK;
	     e++) {
		for (size_t j = 0; lists[e] && j < lists[e]->n && st == ENF_OK;
		     j++) {
			size_t mark =
				enf__jpath_add(&w->path, enf__jw_lists[e], 0);

			(void)enf__jpath_add(&w->path, NULL, j);
			st = enf__jw_row(w, c, (enf_io_entity)e,
					 &lists[e]->kids[j], j);
			enf__jpath_cut(&w->path, mark);
		}
	}
	/* The strings of the corrections are the document's: restored
	 * while the tree is there. */
	if (st == ENF_OK)
		st = enf__jw_corrections(w, c, lists[ENF_IO_ENTITY_COUNT],
					 item->line);
	return st;
}

/* Walks the root object: schema (optional), format, version and cases. */
static enf_status enf__jw_root(enf__jwalk *w, const enf__jnode *root)
{
	static const char *const keys[] = {"format", "version", "cases",
					   "schema"};
	const enf__jnode *m[4] = {NULL, NULL, NULL, NULL};
	enf_status st = ENF_OK;

	if (root->type != ENF__J_OBJ)
		return enf__jw_fail(w, root, NULL,
				    "the document is %s, not an object",
				    enf__jtype_name(root));
	for (size_t i = 0; i < root->n; i++) {
		int k = 0;

		while (k < 4 && strcmp(keys[k], root->kids[i].key) != 0)
			k++;
		if (k == 4 || m[k] != NULL)
			return enf__jw_fail(
				w, &root->kids[i], root->kids[i].key,
				k == 4 ? "unknown field" : "named twice");
		m[k] = &root->kids[i];
	}
	for (int k = 0; k < 3; k++)
		if (m[k] == NULL)
			return enf__jw_fail(w, root, keys[k], "missing");
	if (m[3] != NULL && (m[3]->type != ENF__J_STR ||
			     (strcmp(m[3]->str, ENF__JSON_SCHEMA) != 0 &&
			      strcmp(m[3]->str, ENF__JSON_SCHEMA_1) != 0)))
		return enf__jw_fail(w, m[3], "schema",
				    "expected \"" ENF__JSON_SCHEMA
				    "\" (or \"" ENF__JSON_SCHEMA_1 "\")");
	if (m[0]->type != ENF__J_STR ||
	    strcmp(m[0]->str, ENF__JSON_FORMAT) != 0)
		return enf__jw_fail(w, m[0], "format",
				    "expected \"" ENF__JSON_FORMAT "\"");
	if (m[1]->type != ENF__J_INT || m[1]->num < 1 ||
	    m[1]->num > ENF__JSON_VERSION)
		return enf__jw_fail(
			w, m[1], "version",
			"expected %d (or 1); this library reads versions 1 "
			"to %d",
			ENF__JSON_VERSION, ENF__JSON_VERSION);
	w->version = (int)m[1]->num;
	if (m[3] != NULL &&
	    m[3]->str[strlen(m[3]->str) - 1] - '0' != w->version)
		return enf__jw_fail(w, m[3], "schema",
				    "\"%s\" names another version than "
				    "\"version\": %d",
				    m[3]->str, w->version);
	if (m[2]->type != ENF__J_ARR)
		return enf__jw_fail(w, m[2], "cases",
				    "expected an array, found %s",
				    enf__jtype_name(m[2]));
	for (size_t i = 0; i < m[2]->n && st == ENF_OK; i++) {
		enf__jpath_cut(&w->path, 0);
		(void)enf__jpath_add(&w->path, "cases", 0);
		(void)enf__jpath_add(&w->path, NULL, i);
		st = enf__jw_case(w, &m[2]->kids[i]);
	}
	return st;
}

/* Imports a NUL-terminated text (the checks of the caller fn done). */
static enf_status enf__json_import(enf_register *reg, const char *text,
				   const char *name, const char *fn)
{
	enf__jnode root;
	enf__jwalk w;
	enf__io_batch b;
	enf_status st;

	memset(&w, 0, sizeof(w));
	w.name = name != NULL ? name : "json";
	st = enf__jp_parse(&root, text, w.name);
	if (st != ENF_OK) {
		enf__jnode_free(&root);
		return st;
	}
	enf__io_batch_init(&b, reg);
	w.batch = &b;
	st = enf__jw_root(&w, &root);
	if (st == ENF_OK)
		st = enf__io_batch_commit(&b, fn);
	enf__io_batch_free(&b);
	enf__jnode_free(&root);
	return st;
}

enf_status enf_io_import_json_n(enf_register *reg, const char *text, size_t len,
				const char *name)
{
	const char *nul;
	char *copy;
	enf_status st;

	ENF__CHECK_NULL("io_import_json_n", reg);
	ENF__CHECK_NULL("io_import_json_n", text);
	if ((st = enf__register_writable("io_import_json_n", reg)) != ENF_OK)
		return st;
	if (len > PTRDIFF_MAX)
		return enf__fail(ENF_EINVALID,
				 "io_import_json_n: len is %zu; longer than "
				 "any text",
				 len);
	nul = memchr(text, '\0', len);
	if (nul != NULL) {
		enf__io_loc loc = {name != NULL ? name : "json", 1, NULL};

		for (const char *p = text; p < nul; p++)
			loc.line += *p == '\n';
		return enf__io_fail(ENF_EPARSE, &loc, NULL,
				    "a NUL byte at byte offset %zu of %zu; "
				    "JSON text holds none (or the length "
				    "counts past the end of the text)",
				    (size_t)(nul - text), len);
	}
	/* The parser reads up to a NUL: a copy gives it one (the tree that
	 * the parse builds is several times the text). */
	copy = malloc(len + 1);
	if (copy == NULL)
		return enf__fail(ENF_ENOMEM, "io_import_json_n: out of memory");
	memcpy(copy, text, len);
	copy[len] = '\0';
	st = enf__json_import(reg, copy, name, "io_import_json_n");
	free(copy);
	return st;
}

enf_status enf_io_import_json(enf_register *reg, const char *text,
			      const char *name)
{
	ENF__CHECK_NULL("io_import_json", reg);
	ENF__CHECK_NULL("io_import_json", text);
	if (enf__register_writable("io_import_json", reg) != ENF_OK)
		return ENF_ESTATE;
	/* As enf_io_import_json_n(reg, text, strlen(text), name), without
	 * the copy: the text already ends at its first NUL. */
	return enf__json_import(reg, text, name, "io_import_json");
}
