/*
 * The strict reader of the fixed shapes of reports (stats_json_read.h).
 */
#include "internal.h"
#include "stats_json_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Fails with "line L: path: why". Not variadic, so that the analyser
 * sees that it never returns ENF_OK. */
enf_status enf__rj_fail(const enf__rj *rj, const char *why)
{
	(void)enf__fail(ENF_EPARSE, "%s: line %ld: %s%s%s", rj->fn, rj->lx.line,
			rj->path, rj->path[0] ? ": " : "", why);
	return ENF_EPARSE;
}

void enf__rj_ws(enf__rj *rj)
{
	enf__json_ws(&rj->lx);
}

/* Skips white space and one expected character. */
enf_status enf__rj_expect(enf__rj *rj, char c, const char *what)
{
	char why[96];

	enf__rj_ws(rj);
	if (*rj->lx.p == c) {
		rj->lx.p++;
		return ENF_OK;
	}
	(void)snprintf(why, sizeof(why), "expected %s", what);
	return enf__rj_fail(rj, why);
}

/* The message of a tokenizer's error. */
enf_status enf__rj_lex_fail(const enf__rj *rj, enf__json_err why)
{
	if (why == ENF__JSON_NOMEM) {
		(void)enf__fail(ENF_ENOMEM, "%s: out of memory", rj->fn);
		return ENF_ENOMEM;
	}
	return enf__rj_fail(rj, why == ENF__JSON_NO_DIGITS
					? "expected an integer"
					: enf__json_why(why));
}

/* Reads a string (after white space) into *out, malloc'd, and its length
 * into *n. */
enf_status enf__rj_string(enf__rj *rj, char **out, size_t *n)
{
	enf__json_err why;

	enf__rj_ws(rj);
	if (*rj->lx.p != '"')
		return enf__rj_fail(rj, "expected a string");
	why = enf__json_string(&rj->lx, out, n);
	return why == ENF__JSON_OK ? ENF_OK : enf__rj_lex_fail(rj, why);
}

/* Reads a non-negative integer. */
enf_status enf__rj_count(enf__rj *rj, int64_t *out)
{
	enf__json_err why;

	enf__rj_ws(rj);
	if (*rj->lx.p == '-')
		return enf__rj_fail(rj, "a count or amount is never "
					"negative");
	why = enf__json_int(&rj->lx, out);
	return why == ENF__JSON_OK ? ENF_OK : enf__rj_lex_fail(rj, why);
}

/* Reads a date as a "YYYY-MM-DD" string. */
enf_status enf__rj_date(enf__rj *rj, enf_date *out)
{
	char *s = NULL;
	size_t n = 0;
	enf_status st = enf__rj_string(rj, &s, &n);

	if (st != ENF_OK)
		return st;
	if (n != 10 || s[4] != '-' || enf__date_scan(out, s) != 0)
		st = enf__rj_fail(rj, "expected a date as \"YYYY-MM-DD\"");
	free(s);
	return st;
}

enf_status enf__rj_schema(enf__rj *rj, const char *form, int max,
			  int64_t *version)
{
	char *s = NULL, why[128];
	size_t n = 0, f = strlen(form);
	long v = 0;
	enf_status st = enf__rj_string(rj, &s, &n);

	if (st != ENF_OK)
		return st;
	if (n > f + 1 && n <= f + 4 && memcmp(s, form, f) == 0 && s[f] == '/' &&
	    s[f + 1] != '0') {
		for (size_t i = f + 1; i < n && v >= 0; i++)
			v = s[i] >= '0' && s[i] <= '9' ? v * 10 + (s[i] - '0')
						       : -1;
	}
	free(s);
	if (v >= 1 && v <= max) {
		*version = v;
		return ENF_OK;
	}
	if (max > 1)
		(void)snprintf(why, sizeof(why),
			       "expected \"%s/N\", N from 1 to %d", form, max);
	else
		(void)snprintf(why, sizeof(why), "expected \"%s/1\"", form);
	return enf__rj_fail(rj, why);
}

enf_status enf__rj_schema_match(enf__rj *rj, const char *form, int64_t schema,
				int64_t version)
{
	char why[128];

	if (schema == 0 || schema == version)
		return ENF_OK;
	(void)snprintf(rj->path, sizeof(rj->path), "schema");
	(void)snprintf(why, sizeof(why),
		       "\"%s/%lld\" does not match \"version\": %lld", form,
		       (long long)schema, (long long)version);
	return enf__rj_fail(rj, why);
}

/* Reads an object whose members are the n keys, each once, in any order
 * (those of bit k of optional may be missing), calling read for each
 * value; the path names the member meanwhile. */
enf_status enf__rj_object(enf__rj *rj, const char *const *keys, int n,
			  unsigned long optional, enf__rj_member read,
			  void *ctx)
{
	unsigned long seen = 0;
	size_t mark = strlen(rj->path);
	enf_status st = enf__rj_expect(rj, '{', "an object");

	for (int first = 1; st == ENF_OK; first = 0) {
		char *key = NULL;
		size_t len = 0;
		int k = 0;

		enf__rj_ws(rj);
		if (*rj->lx.p == '}' && first)
			break;
		if (!first) {
			if (*rj->lx.p == '}')
				break;
			if ((st = enf__rj_expect(
				     rj, ',', "',' or '}' after a member")) !=
			    ENF_OK)
				return st;
		}
		if ((st = enf__rj_string(rj, &key, &len)) != ENF_OK)
			return st;
		while (k < n && strcmp(keys[k], key) != 0)
			k++;
		(void)snprintf(rj->path + mark, sizeof(rj->path) - mark,
			       "%s%.*s", mark ? "." : "",
			       enf__utf8_prefix(key, 32), key);
		free(key);
		if (k == n)
			return enf__rj_fail(rj, "unknown field");
		if (seen & 1ul << k)
			return enf__rj_fail(rj, "named twice");
		seen |= 1ul << k;
		st = enf__rj_expect(rj, ':', "':' after a key");
		if (st == ENF_OK)
			st = read(rj, k, ctx);
		rj->path[mark] = '\0';
	}
	if (st != ENF_OK)
		return st;
	rj->lx.p++;
	for (int k = 0; k < n; k++)
		if (!(seen & 1ul << k) && !(optional & 1ul << k)) {
			(void)snprintf(rj->path + mark, sizeof(rj->path) - mark,
				       "%s%s", mark ? "." : "", keys[k]);
			return enf__rj_fail(rj, "missing");
		}
	return ENF_OK;
}
