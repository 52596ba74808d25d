/*
 * Private: the checks of a programme (programme.h), shared by the
 * assignment (lib/model/programme.c) and the report
 * (lib/engines/stats/stats_programme.c).
 */
#ifndef ENF_PROGRAMME_INTERNAL_H
#define ENF_PROGRAMME_INTERNAL_H

#include "enforcement/programme.h"
#include "text.h"

/* The longest code, name or office code a programme takes, in bytes. */
#define ENF__PROGRAMME_TEXT_MAX ENF__TEXT_FIELD_MAX

/* Fails (ENF_EVERSION, ENF_EINVALID, ENF_ERANGE) naming fn and the field
 * of p, as "p->offices[2]", unless p is a valid programme. */
enf_status enf__programme_check(const char *fn, const enf_programme *p);

/* Whether office takes part in p (checked). */
int enf__programme_has_office(const enf_programme *p, const char *office);

/* Why a text (a code, name, office) of n bytes is refused, or NULL:
 * empty, too long, not UTF-8. */
const char *enf__programme_text_problem(const char *s, size_t n);

/* d as YYYY-MM-DD for a message. */
typedef struct enf__pday {
	char s[16];
} enf__pday;
enf__pday enf__pday_of(enf_date d);

#endif /* ENF_PROGRAMME_INTERNAL_H */
