/*
 * Private: what the io layer shares between io_tokens.c (tokens, columns,
 * field conversion, rows), io_batch.c (building cases aside), io_csv.c and
 * io_json.c.
 *
 * Both formats go through the same text form of a row: one string per
 * column of the entity, as the CSV file holds it. An import turns each row
 * into those texts (the JSON reader after checking the JSON types), then
 * enf__io_case_row() or enf__io_entity_row() converts and applies them; an
 * export asks enf__io_row_texts() for them and writes them out.
 */
#ifndef ENF_IO_INTERNAL_H
#define ENF_IO_INTERNAL_H

#include "internal.h"
#include "enforcement/io.h"
#include "enforcement/correct.h"
#include "case_internal.h"
#include "text.h"
#include "csv_read.h"

#include <stdarg.h>
#include <stdint.h>
#include <string.h>

/* Most columns of any entity (cases.csv has 9). */
#define ENF__IO_MAX_COLS 9

/* Columns every entity starts with; the third is index (seq for events). */
enum { ENF__COL_OFFICE = 0, ENF__COL_NO = 1, ENF__COL_INDEX = 2 };

/* Columns of cases.csv. */
enum {
	ENF__CASE_DECISION_DATE = 2,
	ENF__CASE_MODE,
	ENF__CASE_COURT,
	ENF__CASE_JUDGMENT_NO,
	ENF__CASE_JUDGMENT_EFFECTIVE,
	ENF__CASE_JUDGMENT_KIND,
	ENF__CASE_FLAGS
};
/* Columns of parties.csv. */
enum { ENF__PARTY_ROLE = 3, ENF__PARTY_KIND, ENF__PARTY_NAME, ENF__PARTY_ID };
/* Columns of obligations.csv. */
enum {
	ENF__OBL_KIND = 3,
	ENF__OBL_AMOUNT,
	ENF__OBL_DEBTOR,
	ENF__OBL_CREDITOR,
	ENF__OBL_JOINT
};
/* Columns of assets.csv. */
enum {
	ENF__ASSET_KIND = 3,
	ENF__ASSET_DESCRIPTION,
	ENF__ASSET_OWNER,
	ENF__ASSET_SECURITY,
	ENF__ASSET_SECURED
};
/* Columns of events.csv. */
enum {
	ENF__EV_DATE = 3,
	ENF__EV_KIND,
	ENF__EV_DETAIL,
	ENF__EV_AMOUNT,
	ENF__EV_ASSET
};

/* What a column holds, for conversion and for the JSON types. */
typedef enum enf__io_type {
	ENF__T_TEXT,	/* UTF-8 text (JSON string) */
	ENF__T_OPTTEXT, /* text, empty for none (JSON string or null) */
	ENF__T_TOKEN,	/* a token of the column's family (JSON string) */
	ENF__T_DATE,	/* YYYY-MM-DD, empty for none (JSON string or null) */
	ENF__T_MONEY,	/* 64-bit integer, empty for 0 (JSON integer) */
	ENF__T_DETAIL,	/* 32-bit integer, empty for 0 (JSON integer) */
	ENF__T_INDEX,	/* 0-based index, empty for none (JSON integer/null) */
	ENF__T_BOOL,	/* 0 or 1, empty for 0 (JSON true/false) */
	ENF__T_FLAGS	/* tokens joined by '|' (JSON array of strings) */
} enf__io_type;

typedef struct enf__io_col {
	const char *name;
	enf__io_type type;
	int required; /* the column must be there and the field non-empty */
	int family;   /* enf_io_enum of a token column */
} enf__io_col;

typedef struct enf__io_table {
	const enf__io_col *cols;
	int ncols;
	const char *fallback; /* column blamed for a library error that
				 names none of the columns */
} enf__io_table;

extern const enf__io_table enf__io_tables[ENF_IO_ENTITY_COUNT];

/* Where a row or value comes from: "file:line: [path.]field: why". */
typedef struct enf__io_loc {
	const char *file;
	long line;
	const char *path; /* JSON: "cases[3].events[2]"; CSV: NULL */
} enf__io_loc;

/* Fails with "file:line: field: why"; field may be NULL (then path). */
enf_status enf__io_fail(enf_status st, const enf__io_loc *loc,
			const char *field, const char *fmt, ...)
	ENF__PRINTF(4, 5);
enf_status enf__io_vfail(enf_status st, const enf__io_loc *loc,
			 const char *field, const char *fmt, va_list ap)
	ENF__PRINTF(4, 0);

/* Cell texts of the CSV writers (io_csv.c): a date as YYYY-MM-DD ("" for
 * none), an integer, an index ("" for ENF_INDEX_NONE), a token ("" for
 * none); buf holds 48 bytes. */
const char *enf__fmt_date(char *buf, enf_date d);
const char *enf__fmt_int(char *buf, int64_t v);
const char *enf__fmt_index(char *buf, int32_t v);
const char *enf__tok(enf_io_enum family, int value);

/* Index of a column name in an entity, or -1. */
int enf__io_col_find(enf_io_entity e, const char *name, size_t len);

/*
 * An import's arena (io_arena.c): the parts of the cases a CSV import
 * builds come from it, by bumping a pointer, and go with it at once when
 * the cases have been packed; nothing in it is freed on its own.
 * enf__arena_alloc() gives 16-byte aligned memory, or NULL when out of
 * memory; enf__arena_mem() is the arena as the model takes it (NULL for a
 * NULL arena: the heap).
 */
/*
 * Huge pages (io_arena.c). A national load builds and reads gigabytes of
 * fresh memory; in 4 KiB pages the kernel's first touch of each page and
 * the processor's page walks took half its time. enf__io_huge() asks for
 * 2 MiB pages for the whole such pages inside [p, p + n) (a hint, Linux
 * only); enf__io_huge_alloc() is malloc() with that hint from 2 MiB up
 * (freed with free()).
 */
#define ENF__IO_HUGE ((size_t)2 * 1024 * 1024)
void enf__io_huge(void *p, size_t n);
void *enf__io_huge_alloc(size_t n);

/*
 * Memory a loading thread keeps from one directory to the next
 * (io_arena.c): the chunks of the last import's arena, which the next
 * import's arena and the slabs its cases are packed into take before
 * asking for more. Memory the kernel hands out fresh is cleared first,
 * and how much of what an import frees malloc() hands to the next one
 * depends on its state in the process: a load from Python had three times
 * the kernel's clearing of the same load from C. Zero a pool to start;
 * enf__io_pool_free() at the end. enf__io_pool_take() gives a block of at
 * least n bytes to free with free(), as an enf__slabs takes it: a kept
 * chunk of n to n + n/16 bytes (a slab keeps all of its block), else a
 * new one (ctx: the pool, or NULL for none).
 */
typedef struct enf__io_pool {
	struct enf__chunk *chunks;
} enf__io_pool;
void enf__io_pool_free(enf__io_pool *pool);
void *enf__io_pool_take(void *ctx, size_t n);

/* enf__arena_new(pool): an arena that takes its chunks from pool first
 * and gives them back to it when freed (pool NULL: the heap's);
 * enf__arena_detach(): from then on to the heap (an arena that may
 * outlive its pool). */
typedef struct enf__arena enf__arena;
enf__arena *enf__arena_new(enf__io_pool *pool);
void enf__arena_detach(enf__arena *a);
void enf__arena_free(enf__arena *a);
void *enf__arena_alloc(enf__arena *a, size_t n);
const enf__case_mem *enf__arena_mem(enf__arena *a);

/* Cases built aside until the whole import has been read. */
/*
 * Tokens (io_enums.c). The index of every family's tokens, built from the
 * const tables for one import (a few thousand instructions), so nothing
 * is kept between calls. A national load asks for a token on every row
 * (an event's kind among thirty), and going down a family's table cost a
 * tenth of the load; the index answers with one probe, usually, and one
 * compare. Slot h of the open-addressing hash holds
 * family << 24 | length << 16 | 1 (0: empty), the token's text and its
 * value. enf__io_token_find() finds the value of the token of len bytes
 * at token, with the index or (t NULL) down the family's table, or
 * returns -1.
 */
#define ENF__TOKIDX_BITS  9
#define ENF__TOKIDX_SLOTS (1u << ENF__TOKIDX_BITS)
typedef struct enf__io_tokidx {
	uint32_t key[ENF__TOKIDX_SLOTS];
	int value[ENF__TOKIDX_SLOTS];
	const char *text[ENF__TOKIDX_SLOTS];
} enf__io_tokidx;
void enf__io_tokidx_build(enf__io_tokidx *t);
int enf__io_token_find(int *out, enf_io_enum family, const char *token,
		       size_t len, const enf__io_tokidx *t);

/* The slot a token's probe starts at (len at least 1). */
static inline unsigned enf__io_tok_hash(int family, const char *token,
					size_t len)
{
	const unsigned char *u = (const unsigned char *)token;
	uint32_t h = (uint32_t)len * 0x9e3779b1u + u[0] * 0x85ebca6bu +
		     u[len - 1] * 0xc2b2ae35u + u[len / 2] * 0x27d4eb2fu +
		     (uint32_t)family * 0x165667b1u;

	return (unsigned)(h * 0x2c1b3c6du) >> (32 - ENF__TOKIDX_BITS);
}

/* Whether the len bytes at a and b are the same: two overlapping loads a
 * side for 4 to 16 bytes (every token but the longest), where a call of
 * memcmp() cost as much as the rest of the lookup. */
static inline int enf__io_same_bytes(const char *a, const char *b, size_t len)
{
	uint64_t x0, x1, y0, y1;
	uint32_t u0, u1, w0, w1;

	if (len >= 8 && len <= 16) {
		memcpy(&x0, a, 8), memcpy(&y0, b, 8);
		memcpy(&x1, a + len - 8, 8), memcpy(&y1, b + len - 8, 8);
		return ((x0 ^ y0) | (x1 ^ y1)) == 0;
	}
	if (len >= 4 && len < 8) {
		memcpy(&u0, a, 4), memcpy(&w0, b, 4);
		memcpy(&u1, a + len - 4, 4), memcpy(&w1, b + len - 4, 4);
		return ((u0 ^ w0) | (u1 ^ w1)) == 0;
	}
	return memcmp(a, b, len) == 0;
}

/* enf__io_token_find() with an index, inline for the row loop. */
static inline int enf__io_token_probe(int *out, int family, const char *token,
				      size_t len, const enf__io_tokidx *t)
{
	uint32_t want = (uint32_t)family << 24 | (uint32_t)len << 16 | 1u;
	unsigned h;

	if (len == 0 || len > 255)
		return -1;
	h = enf__io_tok_hash(family, token, len);
	for (uint32_t k; (k = t->key[h]) != 0;
	     h = (h + 1) & (ENF__TOKIDX_SLOTS - 1))
		if (k == want && enf__io_same_bytes(t->text[h], token, len)) {
			*out = t->value[h];
			return 0;
		}
	return -1;
}

/* A family's noun for messages ("an event kind"), and the list of its
 * tokens as " (a, b, c)" in list (size bytes, cut if need be). */
const char *enf__io_family_noun(enf_io_enum family);
void enf__io_family_list(char *list, size_t size, enf_io_enum family);

typedef struct enf__io_batch {
	enf_register *reg;
	enf_case **cases;
	long *lines;	  /* where each case was read */
	uint64_t *hashes; /* the hash of each case's key (enf__key_hash()) */
	size_t n, cap;
	size_t *slots; /* hash index: case index + 1, 0 empty */
	size_t nslots;
	size_t last; /* index of the case of the last CSV row */
	/* The replay of all events of rs_case (NULL: none kept), so that a
	 * case's events are checked in one pass over its log. */
	const enf_case *rs_case;
	enf__replay rs;
	/* Where a CSV import's cases are built until they are packed (NULL
	 * for a JSON import, whose cases come from the heap), and the pool
	 * its arena and slabs take memory from (NULL: none). */
	enf__arena *arena;
	enf__io_pool *pool;
	/* The working-day calendar the steps of a sale are checked with
	 * (enf_auction_case_check()), made at the first such step. */
	enf_calendar *sale_cal;
	/* The seqs of the events of the cases whose events.csv rows are not
	 * in seq order 0, 1, ... (corrected cases; io_corrections.c). */
	struct enf__io_seqs *seqs;
	size_t nseqs, cap_seqs;
	enf__io_tokidx tokens; /* the index a row's tokens are found by */
} enf__io_batch;

void enf__io_batch_init(enf__io_batch *b, enf_register *reg);
/* Frees the cases still held (none after a commit). */
void enf__io_batch_free(enf__io_batch *b);
/* The index of the case of a key in the batch, or SIZE_MAX. */
size_t enf__io_batch_index(const enf__io_batch *b, const char *office,
			   const char *no);
/* Adds a new case whose key is in neither the register nor the batch
 * (ENF_ESTATE naming the line of loc where it is, ENF_ENOMEM); the batch
 * owns it, or it is freed on error. */
enf_status enf__io_batch_add(enf__io_batch *b, enf_case *c,
			     const enf__io_loc *loc);
/* Packs every case of the batch into one block each (case_pack.c): ENF_OK
 * or ENF_ENOMEM (some packed, the others as they were). */
enf_status enf__io_batch_pack(enf__io_batch *b, const char *fn);
/* Packs and hands every case to the register (ENF_OK or ENF_ENOMEM,
 * register unchanged). */
enf_status enf__io_batch_commit(enf__io_batch *b, const char *fn);
/* Reads the CSV texts of the five entities (NULL for none) into b, in
 * the order of the entities; enf__io_parse_csv_file() reads one, of n
 * bytes (its NUL at text[n], none before; 0 for NULL). */
enf_status enf__io_parse_csv(enf__io_batch *b, const char *const *texts);
enf_status enf__io_parse_csv_file(enf__io_batch *b, enf_io_entity e,
				  const char *text, size_t n);
/*
 * The files of a directory in memory (io_files.c): text[e] is the file of
 * entity e, text[ENF__IO_TEXT_CORRECTIONS] corrections.csv, NULL for a
 * missing optional file; a regular file is mapped where the system can
 * (Linux), else read into a buffer. The buffers, with their capacity, are
 * kept for the next directory read with the same enf__io_texts (zero it
 * first; enf__io_texts_free() at the end).
 */
#define ENF__IO_TEXTS		 (ENF_IO_ENTITY_COUNT + 1)
#define ENF__IO_TEXT_CORRECTIONS ENF_IO_ENTITY_COUNT
typedef struct enf__io_texts {
	const char *text[ENF__IO_TEXTS];
	size_t len[ENF__IO_TEXTS]; /* bytes of text[i], its NUL after */
	void *map[ENF__IO_TEXTS];  /* text[i] if mapped (len[i]), else NULL */
	char *buf[ENF__IO_TEXTS];
	size_t cap[ENF__IO_TEXTS];
	enf__io_pool pool; /* the thread's kept memory (enf__io_pool) */
} enf__io_texts;
void enf__io_texts_free(enf__io_texts *t);
/* Reads the five files and corrections.csv of dir into t, refusing an
 * empty cases.csv; fn names the caller in messages. */
enf_status enf__io_read_dir(enf__io_texts *t, const char *dir, const char *fn);
/* Reads the files of dir into b (nothing is committed), into the buffers
 * of keep (NULL: buffers of its own, freed); fn names the caller in the
 * messages of missing files. */
/* The bytes of the five CSV files of dir, as the system tells them
 * without reading them (0 for a file it cannot tell, and where it
 * cannot tell any): which directories take longest to load. */
size_t enf__io_dir_bytes(const char *dir);
enf_status enf__io_load_dir(enf__io_batch *b, enf__io_texts *keep,
			    const char *dir, const char *fn);

/*
 * The CSV file of an entity as the import reads it (io_csv.c), shared with
 * the validation (io_validate.c): enf__csv_header() reads the header row,
 * enf__csv_record() the next record (*got 0 at the end), enf__csv_row()
 * applies a data row of ncols fields to the batch; each fails with the
 * import's message. enf__csv_text() is the text of a field.
 */
/* Fields kept per record: one more than any entity has columns, so that a
 * header naming too many columns shows a bad one among those kept. */
#define ENF__CSV_KEEP (ENF__IO_MAX_COLS + 1)

typedef struct enf__csv {
	enf_io_entity entity;
	const char *file;
	enf__csv_reader rd;
	int col[ENF__CSV_KEEP]; /* column of each header position */
	size_t ncols;		/* fields of the header; 0 before it */
	int whole; /* 1: the header names every column, in the table's order */
} enf__csv;

void enf__csv_init(enf__csv *r, enf_io_entity e, const char *text);
/* enf__csv_init() of a text of n bytes (its NUL at text[n], none before). */
void enf__csv_init_n(enf__csv *r, enf_io_entity e, const char *text, size_t n);
enf_status enf__csv_header(enf__csv *r);
enf_status enf__csv_record(enf__csv *r, int *got);
enf_status enf__csv_row(enf__io_batch *b, const enf__csv *r);
const char *enf__csv_text(const enf__csv *r, size_t pos);

/* Converts the non-empty text of one field by the rules of col into *n
 * (numbers, dates, tokens) or *s (texts), failing as the import does. */
enf_status enf__io_value(int64_t *n, const char **s, const enf__io_col *col,
			 const char *text, const enf__io_loc *loc);

/*
 * Corrections (io_corrections.c). enf__io_note_seq() keeps the seq of the
 * event row being added to c (the seq column of events.csv), when it is
 * not the row's position or an earlier one of c was not.
 * enf__io_parse_corrections() reads corrections.csv (NULL or "": none)
 * and restores each corrected case's history (enf__case_restore()); it
 * then refuses a case whose events are out of seq order without
 * corrections. enf__io_seqs_free() frees the seqs kept.
 */
struct enf__io_seqs;
enf_status enf__io_note_seq(enf__io_batch *b, const enf_case *c, size_t seq,
			    const enf__io_loc *loc);
enf_status enf__io_parse_corrections(enf__io_batch *b, const char *text);
void enf__io_seqs_free(enf__io_batch *b);
/* A case with c's facts, the events as entered that c's corrected log
 * (the seq of each event in seqs) and the m corrections give, and those
 * corrections (io_corr_rebuild.c), whose corrected log must be c's; a
 * refusal is reported at where, on lines[i] for correction i. */
enf_status enf__io_rebuild(enf_case **out, const enf_case *c,
			   const size_t *seqs,
			   const struct enf_correction *recs,
			   const struct enf_correction *befores, size_t m,
			   const enf__io_loc *where, const long *lines);
/* For a case withdrawn as entered in error, a copy with its log as it
 * stood before the withdrawal (what events.csv holds for it); NULL when
 * out of memory. Free with enf_case_free(). */
enf_case *enf__io_before_withdrawal(const enf_case *c);
/* c, packed into a block of its own when it is in b's arena (the batch
 * then holds the packed case); NULL when out of memory. */
enf_case *enf__io_own_case(enf__io_batch *b, enf_case *c);
/* Restores c's history from its m corrections and the seqs kept for its
 * events (none: their positions), as enf__case_restore() does; a refusal
 * is reported at where, on lines[i] for correction i. With m 0, refuses
 * seqs kept for c that are not positions (at where). */
enf_status enf__io_restore(enf__io_batch *b, enf_case *c,
			   const struct enf_correction *recs,
			   const struct enf_correction *befores, size_t m,
			   const enf__io_loc *where, const long *lines);
/* The name of corrections.csv. */
#define ENF__IO_CORRECTIONS_FILE "corrections.csv"

/* Converts the text of one field of a row, v[col] (the field's rules:
 * required, type, family), failing as the import does. */
enf_status enf__io_check_field(enf_io_entity e, int col, const char *text,
			       const enf__io_loc *loc);

/*
 * The texts v[col] of one row of an entity (never NULL; "" for a column
 * that is absent). enf__io_case_row() creates the case and adds it to the
 * batch; enf__io_entity_row() adds a party, obligation, asset or event to
 * c, checking the index or seq column against what c already has (its
 * office and decision number columns are c's, not read again).
 */
enf_status enf__io_case_row(enf_case **out, enf__io_batch *b,
			    const char *const *v, const enf__io_loc *loc);
enf_status enf__io_entity_row(enf_case *c, enf_io_entity e,
			      const char *const *v, const enf__io_loc *loc,
			      enf__io_batch *b);

/* Texts of row i of an entity of c (row 0 for ENF_IO_CASES); numbers and
 * dates are written into scratch. */
typedef struct enf__io_scratch {
	char text[ENF__IO_MAX_COLS][48];
} enf__io_scratch;
void enf__io_row_texts(const char *v[ENF__IO_MAX_COLS], enf__io_scratch *s,
		       const enf_case *c, enf_io_entity e, size_t i);
/* Texts of the event of seq `seq` as it was entered (enf_case_entry()),
 * as a row of events.csv. */
void enf__io_entry_texts(const char *v[ENF__IO_MAX_COLS], enf__io_scratch *s,
			 const enf_case *c, size_t seq);
/* Flags as tokens joined by '|' in buf (48 bytes); "" for none. */
const char *enf__io_fmt_flags(char *buf, unsigned flags);
/* Number of rows of an entity in c (1 for ENF_IO_CASES). */
size_t enf__io_row_count(const enf_case *c, enf_io_entity e);

/* Writes a case as an item of the register's JSON "cases" (io_json.c),
 * with its nested lists from parties up to last (ENF_IO_EVENTS: all;
 * ENF_IO_ASSETS: the facts without the log), indented for that place. */
void enf__io_json_case(enf__io_buf *b, const enf_case *c, enf_io_entity last);

#endif /* ENF_IO_INTERNAL_H */
