/*
 * The register as one JSON document, written: each case with its facts,
 * its corrected log (each event with its seq) and, for a corrected case,
 * its corrections with the values they replaced (the columns of
 * corrections.csv, io_corrections.h).
 */
#include "io_corrections.h"
#include "io_json_form.h"
#include "register_internal.h"

#include <stdio.h>
#include <string.h>

/* Names of the entities' arrays in the document. */
static const char *const enf__jo_lists[ENF_IO_ENTITY_COUNT] = {
	"cases", "parties", "obligations", "assets", "events"};

/* ---------------------------------------------------------------------- */
/* Export                                                                  */

/* Writes a row text as the JSON value of its column type. */
static void enf__jo_value(enf__io_buf *b, enf__io_type type, const char *v)
{
	int empty = v[0] == '\0';

	switch (type) {
	case ENF__T_TEXT:
	case ENF__T_TOKEN: enf__io_json_string(b, v); break;
	case ENF__T_OPTTEXT:
	case ENF__T_DATE:
		if (empty)
			enf__io_puts(b, "null");
		else
			enf__io_json_string(b, v);
		break;
	case ENF__T_INDEX: enf__io_puts(b, empty ? "null" : v); break;
	case ENF__T_BOOL:
		enf__io_puts(b, v[0] == '1' ? "true" : "false");
		break;
	case ENF__T_FLAGS:
		enf__io_put(b, "[", 1);
		for (const char *p = v; *p;) {
			size_t n = strcspn(p, "|");

			enf__io_put(b, "\"", 1);
			enf__io_put(b, p, n);
			enf__io_put(b, "\"", 1);
			p += n;
			if (*p == '|')
				enf__io_put(b, ", ", 2), p++;
		}
		enf__io_put(b, "]", 1);
		break;
	default: enf__io_puts(b, empty ? "0" : v); break;
	}
}

/* Writes "name": value for the columns from..ncols of a row. */
static void enf__jo_members(enf__io_buf *b, enf_io_entity e,
			    const char *const *v, int from, const char *sep)
{
	const enf__io_table *t = &enf__io_tables[e];

	for (int i = from; i < t->ncols; i++) {
		if (i > from)
			enf__io_puts(b, sep);
		enf__io_json_string(b, t->cols[i].name);
		enf__io_put(b, ": ", 2);
		enf__jo_value(b, t->cols[i].type, v[i]);
	}
}

void enf__io_json_case(enf__io_buf *b, const enf_case *c, enf_io_entity last)
{
	enf_case *withdrawn = NULL;
	const char *v[ENF__IO_MAX_COLS];
	enf__io_scratch s;

	if (last == ENF_IO_EVENTS &&
	    enf_case_withdrawn_in_error(c) != ENF_DATE_NONE) {
		withdrawn = enf__io_before_withdrawal(c);
		b->oom |= withdrawn == NULL;
	}
	enf__io_row_texts(v, &s, c, ENF_IO_CASES, 0);
	enf__io_puts(b, "    {\n      ");
	enf__jo_members(b, ENF_IO_CASES, v, 0, ",\n      ");
	for (int e = ENF_IO_PARTIES; e <= (int)last; e++) {
		size_t rows = enf__io_row_count(c, (enf_io_entity)e);
		const enf_case *src = c;

		/* A case withdrawn as entered in error: its log before. */
		if (e == ENF_IO_EVENTS && withdrawn != NULL)
			src = withdrawn,
			rows = enf__io_row_count(src, ENF_IO_EVENTS);

		enf__io_puts(b, ",\n      ");
		enf__io_json_string(b, enf__jo_lists[e]);
		enf__io_puts(b, rows ? ": [\n" : ": []");
		for (size_t i = 0; i < rows; i++) {
			enf__io_row_texts(v, &s, src, (enf_io_entity)e, i);
			enf__io_puts(b, "        {");
			/* Events keep their seq (version 2). */
			enf__jo_members(b, (enf_io_entity)e, v,
					e == ENF_IO_EVENTS ? ENF__COL_INDEX
							   : ENF__COL_INDEX + 1,
					", ");
			enf__io_puts(b, i + 1 < rows ? "},\n" : "}\n");
		}
		if (rows)
			enf__io_puts(b, "      ]");
	}
	if (last == ENF_IO_EVENTS)
		enf__io_json_corrections(b, c);
	enf_case_free(withdrawn);
	enf__io_puts(b, "\n    }");
}

void enf__io_json_corrections(enf__io_buf *b, const enf_case *c)
{
	size_t m = enf_case_correction_count(c);
	const char *v[ENF__CR_COLS];
	enf__cr_scratch s;

	if (m == 0)
		return;
	enf__io_puts(b, ",\n      \"corrections\": [\n");
	for (size_t i = 0; i < m; i++) {
		int first = 1;

		enf__cr_row_texts(v, &s, c, i);
		enf__io_puts(b, "        {");
		/* The correction, then the columns of its values: those a
		 * kind has not are left out. */
		for (int k = ENF__CR_KIND; k < ENF__CR_COLS; k++) {
			if (k >= ENF__CR_VALUES && v[k][0] == '\0')
				continue;
			if (!first)
				enf__io_puts(b, ", ");
			first = 0;
			enf__io_json_string(b, enf__cr_cols[k].name);
			enf__io_put(b, ": ", 2);
			enf__jo_value(b, enf__cr_cols[k].type, v[k]);
		}
		enf__io_puts(b, i + 1 < m ? "},\n" : "}\n");
	}
	enf__io_puts(b, "      ]");
}

enf_status enf_io_export_json(char **out, size_t *len, const enf_register *reg)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	char head[160];

	ENF__CHECK_NULL("io_export_json", out);
	*out = NULL;
	ENF__CHECK_NULL("io_export_json", reg);
	(void)snprintf(head, sizeof(head),
		       "{\n  \"schema\": \"%s\",\n  \"format\": \"%s\",\n"
		       "  \"version\": %d,\n  \"cases\": [",
		       ENF__JSON_SCHEMA, ENF__JSON_FORMAT, ENF__JSON_VERSION);
	enf__io_puts(&b, head);
	for (size_t k = 0; k < reg->ncases; k++) {
		enf__io_puts(&b, k ? ",\n" : "\n");
		enf__io_json_case(&b, reg->cases[k], ENF_IO_EVENTS);
	}
	enf__io_puts(&b, reg->ncases ? "\n  ]\n}\n" : "]\n}\n");
	return enf__io_buf_finish(&b, out, len, "io_export_json");
}
