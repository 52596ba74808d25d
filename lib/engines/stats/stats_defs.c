/*
 * The definitions a statistics report counts by where the official forms
 * leave a choice (stats.h, enf_stats_report_options): their codes, tokens
 * and wording, options resolved against the rules catalogue
 * (rules_data_stats.c) or a caller's rulebook, and the sentence that says
 * how the definitions of two reports differ.
 */
#include "internal.h"
#include "rules_table.h"
#include "stats_internal.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* One definition: the option field, its rule, and by code its JSON token
 * (NULL: the code itself, a flag) and how a report counting by it reads. */
typedef struct enf__def {
	const char *field;
	const char *rule;
	const char *tokens[2];
	const char *reads[2];
	const char *expect;
} enf__def;

static const enf__def enf__defs[ENF__DEFS_FIELDS] = {
	{"money_done",
	 "VN.stats.money_done_basis",
	 {"collected", "paid_out"},
	 {"money done when collected", "money done when paid out"},
	 "0 (collected) or 1 (paid out)"},
	{"partial_entrusted_done",
	 "VN.stats.partial_entrusted_done",
	 {NULL, NULL},
	 {"a case done in part whose rest was entrusted as entrusted",
	  "a case done in part whose rest was entrusted as done"},
	 "0 (entrusted) or 1 (done)"},
	{"unclassified_row",
	 "VN.stats.unclassified_row",
	 {"with_means_other", "without_means"},
	 {"a case not yet classified as with means, other",
	  "a case not yet classified as without means"},
	 "0 (with means, other) or 1 (without means)"},
	{"restate",
	 "VN.stats.restate_corrections",
	 {NULL, NULL},
	 {"corrections in the period in which they were recorded",
	  "every case as it is known now (a restatement)"},
	 "0 (in the period recorded) or 1 (restated)"},
};

/* Every definition has the codes 0 and 1. */
int enf__stats_def_ok(int code)
{
	return code == 0 || code == 1;
}

const char *enf__stats_def_name(int f)
{
	return enf__defs[f].field;
}

const char *enf__stats_def_token(int f, int code)
{
	return enf__defs[f].tokens[code];
}

int enf__stats_def_get(const enf__stats_defs *d, int f)
{
	return f == 0	? d->money_done
	       : f == 1 ? d->partial_entrusted_done
	       : f == 2 ? d->unclassified_row
			: d->restate;
}

void enf__stats_def_set(enf__stats_defs *d, int f, int code)
{
	if (f == 0)
		d->money_done = code;
	else if (f == 1)
		d->partial_entrusted_done = code;
	else if (f == 2)
		d->unclassified_row = code;
	else
		d->restate = code;
}

/* Field f of opts; a version 1 value has no restate and takes it from
 * the rules. */
static int enf__opt_field(const enf_stats_report_options *opts, int f)
{
	return f == 0		    ? opts->money_done
	       : f == 1		    ? opts->partial_entrusted_done
	       : f == 2		    ? opts->unclassified_row
	       : opts->version >= 2 ? opts->restate
				    : ENF_STATS_FROM_RULES;
}

/* The code of definition f from its rule in book. */
static enf_status enf__def_from_rules(int *out, const enf_rulebook *book, int f,
				      const char *fn)
{
	int64_t v = 0;
	enf_status st = enf__rule_param(&v, book, enf__defs[f].rule, fn);

	if (st != ENF_OK)
		return st;
	if (v != 0 && v != 1)
		return enf__fail(ENF_EINVALID,
				 "%s: rule %s is %lld in the rulebook; "
				 "%s takes %s",
				 fn, enf__defs[f].rule, (long long)v,
				 enf__defs[f].field, enf__defs[f].expect);
	*out = (int)v;
	return ENF_OK;
}

enf_status enf__stats_defs_resolve(enf__stats_defs *out,
				   const enf_stats_report_options *opts,
				   const char *fn)
{
	enf__stats_defs d = {0, 0, 0, 0};
	const enf_rulebook *book = NULL;

	if (opts != NULL) {
		if (enf__check_version(fn, "version", opts->version,
				       ENF_STATS_REPORT_OPTIONS_VERSION) !=
		    ENF_OK)
			return ENF_EVERSION;
		book = opts->rulebook;
	}
	for (int f = 0; f < ENF__DEFS_FIELDS; f++) {
		int code = opts != NULL ? enf__opt_field(opts, f)
					: ENF_STATS_FROM_RULES;

		if (code == ENF_STATS_FROM_RULES) {
			enf_status st = enf__def_from_rules(&code, book, f, fn);

			if (st != ENF_OK)
				return st;
		} else if (!enf__stats_def_ok(code)) {
			return enf__fail(ENF_EINVALID,
					 "%s: %s is %d; expected -1 "
					 "(from the rules), %s",
					 fn, enf__defs[f].field, code,
					 enf__defs[f].expect);
		}
		enf__stats_def_set(&d, f, code);
	}
	*out = d;
	return ENF_OK;
}

enf__stats_defs enf__stats_defs_default(void)
{
	/* The catalogue's rows, which the lookup always finds; the same
	 * codes stand in should it not. */
	enf__stats_defs d = {ENF_MONEY_DONE_COLLECTED, 1,
			     ENF_UNCLASSIFIED_WITH_MEANS_OTHER, 0};

	(void)enf__stats_defs_resolve(&d, NULL, "stats_report");
	return d;
}

int enf__stats_defs_differ(char *why, size_t size, const enf__stats_defs *a,
			   const char *an, const enf__stats_defs *b,
			   const char *bn)
{
	for (int f = 0; f < ENF__DEFS_FIELDS; f++) {
		int x = enf__stats_def_get(a, f), y = enf__stats_def_get(b, f);

		if (x != y) {
			(void)snprintf(why, size, "%s counts %s, %s %s", an,
				       enf__defs[f].reads[x], bn,
				       enf__defs[f].reads[y]);
			return -1;
		}
	}
	return 0;
}

enf_status enf_stats_report_options_init(enf_stats_report_options *opts,
					 unsigned int version)
{
	enf_stats_report_options def = ENF_STATS_REPORT_OPTIONS_INIT;

	ENF__CHECK_NULL("stats_report_options_init", opts);
	if (enf__check_version("stats_report_options_init", "version", version,
			       ENF_STATS_REPORT_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	/* A version 1 value ends before restate. */
	memcpy(opts, &def,
	       version >= 2 ? sizeof(def)
			    : offsetof(enf_stats_report_options, restate));
	opts->version = version;
	return ENF_OK;
}

enf_status enf_stats_report_options_get(enf_stats_report_options *out,
					const enf_stats_report *rep)
{
	enf_stats_report_options o = ENF_STATS_REPORT_OPTIONS_INIT;

	ENF__CHECK_NULL("stats_report_options_get", out);
	ENF__CHECK_NULL("stats_report_options_get", rep);
	o.money_done = rep->defs.money_done;
	o.partial_entrusted_done = rep->defs.partial_entrusted_done;
	o.unclassified_row = rep->defs.unclassified_row;
	o.restate = rep->defs.restate;
	*out = o;
	return ENF_OK;
}
