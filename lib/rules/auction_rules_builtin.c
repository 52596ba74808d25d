/*
 * Choosing a built-in auction rule set (rules.h): by its id, or by country
 * and date. The texts are in auction_rules_data.c and are parsed by
 * auction_rules.c; this file sits above both and nothing below calls it.
 */
#include "auction_rules_text.h"

#include <stdio.h>
#include <string.h>

enf_status enf_auction_rules_builtin(enf_auction_rules **out, const char *id)
{
	char known[256];
	int i;

	ENF__CHECK_NULL("auction_rules_builtin", out);
	*out = NULL;
	ENF__CHECK_NULL("auction_rules_builtin", id);
	i = enf__rt_builtin_find(id);
	if (i < 0) {
		enf__rt_builtin_list(known, sizeof known);
		return enf__fail(
			ENF_ENOTFOUND,
			"auction_rules_builtin: id is \"%.*s\"; known: "
			"%s",
			enf__utf8_prefix(id, 40), id, known);
	}
	return enf__rt_builtin_load(out, (size_t)i, 0);
}

/* Appends ", ID from A to B" of r to the list in buf. */
static void enf__rt_add_range(char *buf, size_t size,
			      const enf_auction_rules *r)
{
	size_t at = strlen(buf);

	(void)snprintf(buf + at, size - at, "%s%s from %s to %s",
		       at ? ", " : "", r->id,
		       r->from == ENF_DATE_NONE ? "any date"
						: enf__date_shown(r->from).s,
		       r->to == ENF_DATE_NONE ? "no end"
					      : enf__date_shown(r->to).s);
}

/* Appends a country to the list in buf unless it is there. */
static void enf__rt_add_country(char *buf, size_t size, const char *c)
{
	size_t at = strlen(buf), n = strlen(c);
	const char *p = buf;

	while ((p = strstr(p, c)) != NULL) {
		if ((p == buf || p[-1] == ' ') && (p[n] == ',' || p[n] == '\0'))
			return;
		p += n;
	}
	(void)snprintf(buf + at, size - at, "%s%s", at ? ", " : "", c);
}

static int enf__rt_in_force(const enf_auction_rules *r, enf_date date)
{
	return (r->from == ENF_DATE_NONE || date >= r->from) &&
	       (r->to == ENF_DATE_NONE || date <= r->to);
}

enf_status enf_auction_rules_on(enf_auction_rules **out, const char *country,
				enf_date date)
{
	char countries[128] = "", ranges[320] = "";
	int found = 0;

	ENF__CHECK_NULL("auction_rules_on", out);
	*out = NULL;
	ENF__CHECK_NULL("auction_rules_on", country);
	if (!enf__date_in_range(date))
		return enf__range_fail("auction_rules_on", "date", date);
	for (size_t i = 0; i < enf__rt_builtin_count(); i++) {
		enf_auction_rules *r = NULL;
		enf_status st = enf__rt_builtin_load(&r, i, 0);

		if (st != ENF_OK)
			return st;
		if (r == NULL) /* never: a load sets r or fails */
			continue;
		enf__rt_add_country(countries, sizeof countries, r->country);
		if (strcmp(r->country, country) == 0) {
			found = 1;
			if (enf__rt_in_force(r, date)) {
				*out = r;
				return ENF_OK;
			}
			enf__rt_add_range(ranges, sizeof ranges, r);
		}
		enf_auction_rules_free(r);
	}
	if (found)
		return enf__fail(ENF_ERANGE,
				 "auction_rules_on: date is %s; no built-in "
				 "rule set of %s is in force then (%s)",
				 enf__date_shown(date).s, country, ranges);
	return enf__fail(ENF_ENOTFOUND,
			 "auction_rules_on: country is \"%.*s\"; known: %s",
			 enf__utf8_prefix(country, 40), country, countries);
}
