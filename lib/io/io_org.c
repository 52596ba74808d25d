/*
 * The organisation tree of a register from a CSV file (offices.csv): one
 * row per office with the province it belongs to, read with the one CSV
 * record reader of the text floor.
 */
#include "io_internal.h"

#include "enforcement/stats.h"

#include <stdio.h>
#include <string.h>

/* The columns, found by name in the header row. */
enum {
	ENF__ORG_OFFICE,
	ENF__ORG_PROVINCE,
	ENF__ORG_ONAME,
	ENF__ORG_PNAME,
	ENF__ORG_N
};
static const char *const enf__org_cols[ENF__ORG_N] = {
	"office", "province", "office_name", "province_name"};

static const char enf__org_fn[] = "io_org_from_csv";

static enf_status enf__org_header(int col[ENF__ORG_N], const enf__csv_reader *r)
{
	for (int k = 0; k < ENF__ORG_N; k++)
		col[k] = -1;
	for (size_t i = 0; i < r->nfields; i++) {
		const char *name = i < r->keep ? enf__csv_field_text(r, i) : "";
		int k;

		for (k = 0; k < ENF__ORG_N; k++)
			if (strcmp(name, enf__org_cols[k]) == 0)
				break;
		if (k == ENF__ORG_N || col[k] >= 0)
			return enf__fail(
				ENF_EPARSE,
				"%s: offices.csv:%ld: header: column \"%.*s\" "
				"is %s; expected office, province, "
				"office_name, province_name",
				enf__org_fn, r->row_line,
				enf__utf8_prefix(name, 40), name,
				k == ENF__ORG_N ? "unknown" : "given twice");
		col[k] = (int)i;
	}
	for (int k = 0; k < 2; k++)
		if (col[k] < 0)
			return enf__fail(ENF_EPARSE,
					 "%s: offices.csv:%ld: header: no "
					 "column \"%s\" (the header needs "
					 "office and province)",
					 enf__org_fn, r->row_line,
					 enf__org_cols[k]);
	return ENF_OK;
}

static const char *enf__org_field(const enf__csv_reader *r, int col)
{
	return col >= 0 && (size_t)col < r->nfields
		       ? enf__csv_field_text(r, (size_t)col)
		       : "";
}

/* The tree's message about a row, with the file, the line and the field. */
static enf_status enf__org_row_fail(enf_status st, long line, const char *field)
{
	char why[300];

	(void)snprintf(why, sizeof(why), "%s", enf_last_error());
	return enf__fail(st, "%s: offices.csv:%ld: %s: %s", enf__org_fn, line,
			 field, why);
}

/* One office row: its province first (created on its first row), then
 * the office under it. */
static enf_status enf__org_row(enf_org *org, const enf__csv_reader *r,
			       const int col[ENF__ORG_N], enf_date from)
{
	const char *office = enf__org_field(r, col[ENF__ORG_OFFICE]);
	const char *prov = enf__org_field(r, col[ENF__ORG_PROVINCE]);
	const char *oname = enf__org_field(r, col[ENF__ORG_ONAME]);
	const char *pname = enf__org_field(r, col[ENF__ORG_PNAME]);
	const char *known = NULL;
	long line = r->row_line;
	enf_status st;

	if (r->nfields != r->keep || r->nfields == 0)
		return enf__fail(ENF_EPARSE,
				 "%s: offices.csv:%ld: row: %zu field%s; the "
				 "header has %zu",
				 enf__org_fn, line, r->nfields,
				 r->nfields == 1 ? "" : "s", r->keep);
	if (enf_org_name(&known, org, prov, from) != ENF_OK) {
		st = enf_org_create(org, prov, *pname ? pname : prov, NULL,
				    from);
		if (st != ENF_OK)
			return enf__org_row_fail(st, line, "province");
	} else if (*pname && strcmp(known, pname) != 0) {
		return enf__fail(ENF_EPARSE,
				 "%s: offices.csv:%ld: province_name: "
				 "\"%.*s\" differs from \"%.*s\", the name "
				 "an earlier row gave province \"%.*s\"",
				 enf__org_fn, line, enf__utf8_prefix(pname, 60),
				 pname, enf__utf8_prefix(known, 60), known,
				 enf__utf8_prefix(prov, 40), prov);
	}
	st = enf_org_create(org, office, *oname ? oname : office, prov, from);
	if (st != ENF_OK)
		return enf__org_row_fail(st, line, "office");
	return ENF_OK;
}

static enf_status enf__org_read(enf_org *org, enf__csv_reader *r, enf_date from)
{
	int col[ENF__ORG_N];
	enf__csv_err why;
	enf_status st;
	int header = 1;

	enf__csv_skip_blank(r);
	if (*r->p == '\0')
		return enf__fail(ENF_EPARSE,
				 "%s: offices.csv:1: the file is empty; it "
				 "needs the header row office,province",
				 enf__org_fn);
	while (*r->p != '\0') {
		if ((why = enf__csv_read_record(r)) != ENF__CSV_OK)
			return why == ENF__CSV_NOMEM
				       ? enf__fail(ENF_ENOMEM,
						   "%s: out of memory",
						   enf__org_fn)
				       : enf__fail(ENF_EPARSE,
						   "%s: offices.csv:%ld: row: "
						   "a malformed quoted field",
						   enf__org_fn, r->err_line);
		if (header) {
			if ((st = enf__org_header(col, r)) != ENF_OK)
				return st;
			r->keep = r->nfields; /* rows have as many fields */
			header = 0;
		} else if ((st = enf__org_row(org, r, col, from)) != ENF_OK) {
			return st;
		}
		if (enf__csv_skip_blank(r) != 0 && *r->p != '\0')
			return enf__fail(ENF_EPARSE,
					 "%s: offices.csv:%ld: row: a blank "
					 "line between rows",
					 enf__org_fn, r->line - 1);
	}
	return ENF_OK;
}

enf_status enf_io_org_from_csv(enf_org **out, const char *text, enf_date from)
{
	enf__csv_reader r;
	enf_org *org = NULL;
	enf_status st;
	int y, m, d;

	ENF__CHECK_NULL(enf__org_fn, out);
	*out = NULL;
	ENF__CHECK_NULL(enf__org_fn, text);
	if (enf_date_to_ymd(&y, &m, &d, from) != ENF_OK)
		return enf__fail(ENF_ERANGE, "%s: from is not a valid date",
				 enf__org_fn);
	if ((unsigned char)text[0] == 0xEF && (unsigned char)text[1] == 0xBB &&
	    (unsigned char)text[2] == 0xBF)
		text += 3;
	if ((st = enf_org_new(&org)) != ENF_OK)
		return st;
	enf__csv_reader_init(&r, text, 16, 0);
	st = enf__org_read(org, &r, from);
	enf__csv_reader_free(&r);
	if (st != ENF_OK) {
		enf_org_free(org);
		return st;
	}
	*out = org;
	return ENF_OK;
}
