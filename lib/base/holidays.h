/*
 * Private: holiday rules as data, read by calendar.c.
 *
 * The figures the law sets for the computed holidays (how many days Tết
 * lasts, and from which year) are the macros below, each with its source.
 * holidays_vn.c builds the rules from them, and the rules catalogue
 * (rules layer) lists the same macros as its calendar rows: the calendar
 * is in the base layer, which may not look figures up in the rules layer,
 * so the one place both read is this header.
 */
#ifndef ENF_HOLIDAYS_H
#define ENF_HOLIDAYS_H

#include <stddef.h>

/*
 * Tết: 4 days under Labour Code 1994 Art 73 (the text as amended by Law
 * 84/2007/QH11; Vs), 5 days under Labour Code 10/2012/QH13 Art 115 (in force
 * 1 May 2013) and Labour Code 45/2019/QH14 Art 112(1). Tết 2013 fell on
 * 10 February, before the 2012 code took effect, so the switch is by year:
 * 4 days through 2013, 5 from 2014.
 */
#define ENF__TET_DAYS_1994	4
#define ENF__TET_DAYS_1994_LAST 2013
#define ENF__TET_DAYS_1994_CITATION                                            \
	"Labour Code 1994 Art 73 as amended by Law 84/2007"
#define ENF__TET_DAYS_2012	 5
#define ENF__TET_DAYS_2012_FIRST 2014
#define ENF__TET_DAYS_2012_CITATION                                            \
	"Labour Code 10/2012/QH13 Art 115(1); Labour Code 45/2019/QH14 Art "   \
	"112(1)"

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

/*
 * One computed holiday: what day(s), in which years, and its legal source
 * with a confidence mark ("V" read in the text, "Vs" secondary, "I"
 * inferred, "U" unknown).
 */
typedef struct enf__holiday_rule {
	enf__rule_kind kind;
	int month, day, days;
	int from_year, to_year;
	int name;
	const char *citation;
	const char *confidence;
} enf__holiday_rule;

extern const char *const enf__static_names[ENF__NAME_STATIC_COUNT];
extern const enf__holiday_rule enf__vn_rules[];
extern const size_t enf__vn_rule_count;
extern const int enf__vn_national_adjacent[7];
extern const char enf__vn_official_tables[];

#endif /* ENF_HOLIDAYS_H */
