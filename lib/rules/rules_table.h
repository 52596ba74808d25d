/*
 * Private: the law's figures as effective-dated, cited rows (rules.h,
 * "Rules catalogue"). Each area keeps its rows in a data file of its own
 * (rules_data_*.c) as an array of enf__rule_row; rules_table.c joins them
 * into the catalogue, answers "what was in force on date D" and applies a
 * caller's overrides. Engines ask enf__rule_value() instead of holding a
 * legal number.
 */
#ifndef ENF_RULES_TABLE_H
#define ENF_RULES_TABLE_H

#include "internal.h"
#include "enforcement/rules.h"

/*
 * One dated value of a rule. from/to are civil dates (y, m, d), both
 * included; {0, 0, 0} leaves that end open. Rows of one id do not
 * overlap. unit is one of the words listed at enf_rule (rules.h);
 * confidence "V", "Vs", "I" or "U".
 */
typedef struct enf__rule_row {
	const char *id;
	const char *scope;
	int from_y, from_m, from_d;
	int to_y, to_m, to_d;
	int64_t value;
	const char *unit;
	const char *citation;
	const char *confidence;
	const char *note;
} enf__rule_row;

/* The areas' tables (rules_data_*.c). */
extern const enf__rule_row enf__rules_case[];
extern const size_t enf__rules_case_count;
extern const enf__rule_row enf__rules_money[];
extern const size_t enf__rules_money_count;
extern const enf__rule_row enf__rules_auction[];
extern const size_t enf__rules_auction_count;
extern const enf__rule_row enf__rules_calendar[];
extern const size_t enf__rules_calendar_count;
extern const enf__rule_row enf__rules_stats[];
extern const size_t enf__rules_stats_count;

/*
 * The value of rule id in force on date, from book's overrides first and
 * then the built-in rows (book NULL: built-in only). Fails with
 * ENF_ENOTFOUND and "fn: no value of rule ID is in force on YYYY-MM-DD"
 * (or "fn: ID is not a rule" for a typo in the library) and leaves *out
 * unchanged. row, when not NULL, gets the row that answered (borrowed).
 */
enf_status enf__rule_value(int64_t *out, enf_rule *row,
			   const enf_rulebook *book, const char *id,
			   enf_date date, const char *fn);

/* As enf__rule_value() for a rule with no dates (a parameter): the row
 * in force on any day, i.e. the first row of id. */
enf_status enf__rule_param(int64_t *out, const enf_rulebook *book,
			   const char *id, const char *fn);

/* The regime of a date, as enf_regime_on() says, without failing: dates
 * before the first regime (and invalid ones) count as VN2008. */
enf_regime enf__regime_of(enf_date d);

/* 1 and *out set when book has a caller's row of id (undated lookup:
 * the latest given); 0 otherwise. */
int enf__rulebook_own(int64_t *out, const enf_rulebook *book, const char *id);

/* 1 when date falls under Law 106/2025 and Decree 152/2026 (the rule
 * "VN.regime" of book is 2026 or later, from 1 Jul 2026 built in), so an
 * engine cites the new law; 0 before it and for ENF_DATE_NONE or an
 * invalid date. */
int enf__trail_new_law(const enf_rulebook *book, enf_date date);

#endif /* ENF_RULES_TABLE_H */
