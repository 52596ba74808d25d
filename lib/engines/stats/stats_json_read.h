/*
 * Private: the strict reader of the fixed shapes of reports (stats_json_
 * read.c), over the one JSON tokenizer: objects with known keys, each
 * once, strings, non-negative integers and dates. Shared by the reader of
 * stats reports (stats_serial.c) and of programme reports
 * (stats_programme_io.c). Messages read "fn: line L: path: why".
 */
#ifndef ENF_STATS_JSON_READ_H
#define ENF_STATS_JSON_READ_H

#include "internal.h"
#include "json_read.h"

typedef struct enf__rj {
	enf__json_lex lx;
	char path[96];
	const char *fn; /* the public function, for messages */
} enf__rj;

/* Fails with ENF_EPARSE and "fn: line L: path: why". */
enf_status enf__rj_fail(const enf__rj *rj, const char *why);
/* Skips white space. */
void enf__rj_ws(enf__rj *rj);
/* Skips white space and one expected character (what names it). */
enf_status enf__rj_expect(enf__rj *rj, char c, const char *what);
/* The message of a tokenizer's error. */
enf_status enf__rj_lex_fail(const enf__rj *rj, enf__json_err why);
/* Reads a string into *out (malloc'd) and its length into *n. */
enf_status enf__rj_string(enf__rj *rj, char **out, size_t *n);
/* Reads a non-negative integer. */
enf_status enf__rj_count(enf__rj *rj, int64_t *out);
/* Reads a date as a "YYYY-MM-DD" string. */
enf_status enf__rj_date(enf__rj *rj, enf_date *out);

/* Reads a "schema" member, "<form>/<N>" with N a version from 1 to
 * max, into *version; the caller checks it against the "version"
 * member once the object has been read (enf__rj_schema_match()). */
enf_status enf__rj_schema(enf__rj *rj, const char *form, int max,
			  int64_t *version);
/* Fails, naming "schema", when a schema version was read (schema > 0)
 * that is not the document's version. */
enf_status enf__rj_schema_match(enf__rj *rj, const char *form, int64_t schema,
				int64_t version);

/* A member reader: reads the value of member k of an object. */
typedef enf_status (*enf__rj_member)(enf__rj *rj, int k, void *ctx);

/* Reads an object whose members are the n keys (n at most the bits of an
 * unsigned long), each once, in any order (those of bit k of optional
 * may be missing), calling read for each value; the path names the
 * member meanwhile. */
enf_status enf__rj_object(enf__rj *rj, const char *const *keys, int n,
			  unsigned long optional, enf__rj_member read,
			  void *ctx);

#endif /* ENF_STATS_JSON_READ_H */
