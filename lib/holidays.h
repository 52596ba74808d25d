/*
 * Private: holiday rules as data, read by calendar.c.
 */
#ifndef ENF_HOLIDAYS_H
#define ENF_HOLIDAYS_H

#include <stddef.h>

typedef enum enf__rule_kind {
	ENF__RULE_SOLAR,	    /* a fixed solar date month/day */
	ENF__RULE_LUNAR,	    /* a lunar date month/day */
	ENF__RULE_LUNAR_NEW_YEAR,   /* `days` days from the eve of Tết */
	ENF__RULE_NATIONAL_ADJACENT /* the day next to solar month/day, side
				       chosen by enf__vn_national_adjacent */
} enf__rule_kind;

/* Names of computed holidays; index 0 is the empty name. */
enum {
	ENF__NAME_NONE = 0,
	ENF__NAME_NEW_YEAR,
	ENF__NAME_TET,
	ENF__NAME_HUNG_KINGS,
	ENF__NAME_REUNIFICATION,
	ENF__NAME_LABOUR,
	ENF__NAME_NATIONAL,
	ENF__NAME_CULTURE,
	ENF__NAME_COMPENSATORY,
	ENF__NAME_STATIC_COUNT
};

typedef struct enf__holiday_rule {
	enf__rule_kind kind;
	int month, day, days;
	int from_year, to_year;
	int name;
} enf__holiday_rule;

extern const char *const enf__static_names[ENF__NAME_STATIC_COUNT];
extern const enf__holiday_rule enf__vn_rules[];
extern const size_t enf__vn_rule_count;
extern const int enf__vn_national_adjacent[7];
extern const char enf__vn_official_tables[];

#endif /* ENF_HOLIDAYS_H */
