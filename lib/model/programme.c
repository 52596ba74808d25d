/*
 * Programmes (programme.h): their checks and the assignment of a case of
 * a register to one, an event of the case log.
 */
#include "internal.h"
#include "text.h"
#include "case_internal.h"
#include "register_internal.h"
#include "programme_internal.h"

#include <stdio.h>
#include <string.h>

enf_status enf_programme_init(enf_programme *p, unsigned int version)
{
	static const enf_programme init = ENF_PROGRAMME_INIT;

	ENF__CHECK_NULL("programme_init", p);
	if (enf__check_version("programme_init", "version", version,
			       ENF_PROGRAMME_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*p = init;
	p->version = version;
	return ENF_OK;
}

enf__pday enf__pday_of(enf_date d)
{
	enf__pday r = {""};

	(void)enf__date_text(r.s, sizeof(r.s), d);
	return r;
}

const char *enf__programme_text_problem(const char *s, size_t n)
{
	return enf__text_field_problem(s, n);
}

/* A required text field of p. */
static enf_status enf__check_text(const char *fn, const char *field,
				  const char *s)
{
	const char *why;

	if (s == NULL)
		return enf__fail(ENF_EINVALID, "%s: %s is NULL", fn, field);
	why = enf__programme_text_problem(s, strlen(s));
	if (why != NULL)
		return enf__fail(ENF_EINVALID, "%s: %s %s", fn, field, why);
	return ENF_OK;
}

static enf_status enf__check_offices(const char *fn, const enf_programme *p)
{
	char field[48];
	enf_status st;

	if (p->noffices == 0 || p->offices == NULL)
		return enf__fail(ENF_EINVALID,
				 "%s: offices is empty; a programme needs "
				 "the offices taking part",
				 fn);
	for (size_t i = 0; i < p->noffices; i++) {
		(void)snprintf(field, sizeof(field), "offices[%zu]", i);
		if ((st = enf__check_text(fn, field, p->offices[i])) != ENF_OK)
			return st;
		for (size_t j = 0; j < i; j++)
			if (strcmp(p->offices[j], p->offices[i]) == 0)
				return enf__fail(
					ENF_EINVALID,
					"%s: %s is \"%.*s\", as "
					"offices[%zu]; each office "
					"once",
					fn, field,
					enf__utf8_prefix(p->offices[i], 64),
					p->offices[i], j);
	}
	return ENF_OK;
}

enf_status enf__programme_check(const char *fn, const enf_programme *p)
{
	enf_status st;

	if (enf__check_version(fn, "version", p->version,
			       ENF_PROGRAMME_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (p->number < 0 || p->number > ENF_PROGRAMME_NUMBER_MAX)
		return enf__fail(ENF_EINVALID,
				 "%s: number is %ld; programme numbers run "
				 "from 0 to %d",
				 fn, (long)p->number, ENF_PROGRAMME_NUMBER_MAX);
	if ((st = enf__check_text(fn, "code", p->code)) != ENF_OK)
		return st;
	if (p->name != NULL &&
	    (st = enf__check_text(fn, "name", p->name)) != ENF_OK)
		return st;
	if ((st = enf__check_offices(fn, p)) != ENF_OK)
		return st;
	if (!enf__date_in_range(p->period.first))
		return enf__range_fail(fn, "period.first", p->period.first);
	if (!enf__date_in_range(p->period.last))
		return enf__range_fail(fn, "period.last", p->period.last);
	if (p->period.last < p->period.first)
		return enf__fail(ENF_EINVALID,
				 "%s: period ends on %s, before it starts "
				 "on %s",
				 fn, enf__pday_of(p->period.last).s,
				 enf__pday_of(p->period.first).s);
	return ENF_OK;
}

int enf__programme_has_office(const enf_programme *p, const char *office)
{
	for (size_t i = 0; i < p->noffices; i++)
		if (strcmp(p->offices[i], office) == 0)
			return 1;
	return 0;
}

enf_status enf_programme_assign(enf_register *reg, const enf_programme *p,
				const char *office, const char *decision_no,
				enf_date date)
{
	static const char fn[] = "programme_assign";
	enf_event ev = {ENF_EV_PROGRAMME_ASSIGNED, 0, 0, 0, ENF_INDEX_NONE};
	size_t i;
	enf_status st;

	ENF__CHECK_NULL(fn, reg);
	ENF__CHECK_NULL(fn, p);
	ENF__CHECK_NULL(fn, office);
	ENF__CHECK_NULL(fn, decision_no);
	if ((st = enf__programme_check(fn, p)) != ENF_OK)
		return st;
	if ((st = enf__register_writable(fn, reg)) != ENF_OK)
		return st;
	if (!enf__programme_has_office(p, office))
		return enf__fail(ENF_EINVALID,
				 "%s: office \"%.*s\" does not take part in "
				 "programme %.*s",
				 fn, enf__utf8_prefix(office, 64), office,
				 enf__utf8_prefix(p->code, 64), p->code);
	if (!enf__date_in_range(date))
		return enf__range_fail(fn, "date", date);
	if (date < p->period.first || date > p->period.last)
		return enf__fail(ENF_EINVALID,
				 "%s: date is %s, outside programme %.*s (%s "
				 "to %s)",
				 fn, enf__pday_of(date).s,
				 enf__utf8_prefix(p->code, 64), p->code,
				 enf__pday_of(p->period.first).s,
				 enf__pday_of(p->period.last).s);
	i = enf__register_index(reg, office, decision_no);
	if (i == SIZE_MAX)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: no case %.*s of office %.*s in the "
				 "register",
				 fn, enf__utf8_prefix(decision_no, 64),
				 decision_no, enf__utf8_prefix(office, 64),
				 office);
	ev.date = date;
	ev.detail = p->number;
	/* Through the register: a case a snapshot shares is copied first. */
	return enf__register_apply(reg, i, &ev);
}
