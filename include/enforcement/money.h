/**
 * @file enforcement/money.h
 * @brief Exact money and percentages: checked arithmetic, ratios with a
 *        chosen rounding, pro-rata allocation, formatting and parsing.
 *
 * An amount (::enf_money) is a signed 64-bit count of the currency's minor
 * unit; the Vietnamese dong has no minor unit, so one unit is one dong.
 * Nothing here uses floating point: ratios go through 128-bit intermediates
 * and are rounded once, by the rule the caller names.
 *
 * Percentages are integers in hundredths of a percent (6291 means 62.91%),
 * the precision to which enforcement statistics are published (Circular
 * 05/2024/TT-BTP; rounded half-up). A completion rate is computed by
 * enf_stats_rate() (stats.h), the one rate API; enf_percent_of() here is
 * its deprecated forerunner. A difference of two rates is in
 * percentage points (enf_percent_points()); the relative growth of a count or
 * amount over a base is a different quantity (enf_percent_growth()).
 *
 * All functions here are pure: they allocate nothing and keep no state.
 */
#ifndef ENF_MONEY_H
#define ENF_MONEY_H

#include "common.h"

ENF_BEGIN_DECL

/** An amount in the currency's minor unit (for VND: dong). */
typedef int64_t enf_money;

/** Largest amount. */
#define ENF_MONEY_MAX INT64_MAX
/** Smallest amount. */
#define ENF_MONEY_MIN INT64_MIN

/**
 * How an inexact quotient is rounded to an integer. Negative quotients are
 * rounded symmetrically (by magnitude): half-up of -2.5 is -3, down of -2.7
 * is -2.
 */
typedef enum enf_rounding {
	ENF_ROUND_HALF_UP = 0, /**< nearest; halves away from zero (default) */
	ENF_ROUND_HALF_EVEN = 1, /**< nearest; halves to the even neighbour */
	ENF_ROUND_DOWN = 2,	 /**< toward zero (truncate) */
	ENF_ROUND_UP = 3	 /**< away from zero */
} enf_rounding;

/** Text conventions for formatting. */
typedef enum enf_locale {
	ENF_LOCALE_VI = 0,   /**< "1.234.567 đ", "62,91%" */
	ENF_LOCALE_EN = 1,   /**< "1,234,567 VND", "62.91%" */
	ENF_LOCALE_PLAIN = 2 /**< "1234567", "62.91" */
} enf_locale;

/**
 * out = a + b, or ENF_EOVERFLOW if the sum does not fit.
 * @param[out] out the sum; unchanged on error.
 * @param a an amount, VND.
 * @param b an amount, VND.
 * @return ENF_OK, ENF_EINVALID (out NULL) or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status) enf_money_add(enf_money *out, enf_money a, enf_money b);

/**
 * out = a - b, or ENF_EOVERFLOW if the difference does not fit.
 * @param[out] out the difference; unchanged on error.
 * @param a the amount subtracted from, VND.
 * @param b the amount subtracted, VND.
 * @return ENF_OK, ENF_EINVALID or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status) enf_money_sub(enf_money *out, enf_money a, enf_money b);

/**
 * out = a * n (an amount times a count), or ENF_EOVERFLOW.
 * @param[out] out the product; unchanged on error.
 * @param a an amount, VND.
 * @param n a count.
 * @return ENF_OK, ENF_EINVALID or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status) enf_money_mul(enf_money *out, enf_money a, int64_t n);

/**
 * out = -a; ENF_EOVERFLOW for ENF_MONEY_MIN, whose negation does not fit.
 * @param[out] out the negation; unchanged on error.
 * @param a an amount, VND.
 * @return ENF_OK, ENF_EINVALID or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status) enf_money_neg(enf_money *out, enf_money a);

/**
 * out = a * num / den, computed exactly in 128 bits and rounded once by mode.
 * Use it for fee rates ("3% of x" is x * 3 / 100), pro-rata shares and any
 * scaled ratio. Example: 18,000,000,000 * 1 / 10000 = 1,800,000.
 * @param[out] out the rounded quotient; unchanged on error.
 * @param a the amount scaled, VND.
 * @param num the numerator of the ratio.
 * @param den its denominator; must not be zero.
 * @param mode one of ::enf_rounding.
 * @return ENF_OK, ENF_EINVALID (out NULL, unknown mode), ENF_EDIVZERO or
 *         ENF_EOVERFLOW (the rounded quotient does not fit in 64 bits).
 */
ENF_EXTERN(enf_status)
enf_money_muldiv(enf_money *out, int64_t a, int64_t num, int64_t den,
		 enf_rounding mode);

/**
 * Splits total over weights in proportion, exactly: the parts always sum to
 * total (largest-remainder method). Each part first gets the truncated share
 * total * w[i] / sum(w); the units left over go one each to the parts with
 * the largest remainders; among equal remainders the earlier index wins.
 * A negative total is split as its magnitude and every part negated. A zero
 * weight always gets zero.
 * Example: 100 over weights {1, 1, 1} gives {34, 33, 33}.
 * @param[out] out_parts array of count amounts; unchanged on error. It must
 *        not overlap weights (the weights are read again after parts are
 *        written).
 * @param total the amount to split.
 * @param weights count non-negative weights, not all zero.
 * @param count number of weights, at least 1.
 * @return ENF_OK, ENF_EINVALID (NULL array, count 0, a negative weight),
 *         ENF_EDIVZERO (all weights zero).
 */
ENF_EXTERN(enf_status)
enf_money_allocate(enf_money *out_parts, enf_money total,
		   const int64_t *weights, size_t count);

/**
 * Writes amount as text: "1.234.567 đ" (ENF_LOCALE_VI), "1,234,567 VND"
 * (ENF_LOCALE_EN) or "1234567" (ENF_LOCALE_PLAIN); negative amounts start
 * with '-'. The text is UTF-8 and NUL-terminated; 32 bytes always suffice.
 * @param[out] buf the text; left unchanged on error.
 * @param size bytes available in buf.
 * @param amount the amount, VND.
 * @param locale one of ::enf_locale.
 * @return ENF_OK, ENF_EINVALID (buf NULL, unknown locale) or ENF_EBUFSIZE.
 */
ENF_EXTERN(enf_status)
enf_money_format(char *buf, size_t size, enf_money amount, enf_locale locale);

/**
 * Reads an amount of VND from text, exactly. Accepted forms:
 * - plain or grouped digits with an optional sign and currency:
 *   "1234567", "-1.234.567 đ", "1,234,567 VND", "1.234.567 đồng", "500₫";
 * - press style with a Vietnamese or English multiplier and an optional
 *   decimal part: "281,2 tỷ đồng", "420 triệu", "2 tỷ", "15 nghìn",
 *   "1.5 billion VND", "3 million", "2 bn".
 *
 * Without a multiplier every '.' or ',' is a thousands separator in groups
 * of three (the dong has no fractional part). With a multiplier the decimal
 * mark follows the multiplier's language: Vietnamese words (tỷ, triệu,
 * nghìn) take ',' as the decimal mark and '.' as the separator ("1.234 tỷ"
 * is 1,234 tỷ), English words (billion, bn, million, thousand) the reverse.
 * The text is refused with ENF_EPARSE when it is malformed, mixes the two
 * conventions ("1.5 tỷ"), has a fractional dong ("1,5 đ",
 * "1,2345678901 tỷ"), or is outside the 64-bit range. Qualifiers such as
 * "trên" (over) or "gần" (nearly) are not accepted: strip them first.
 * Words are matched in NFC UTF-8, ASCII letters case-insensitively; the
 * unaccented spellings "ty", "trieu", "nghin", "dong" are accepted too.
 * @param[out] out the amount; unchanged on error.
 * @param text NUL-terminated UTF-8.
 * @return ENF_OK, ENF_EINVALID (NULL argument) or ENF_EPARSE.
 */
ENF_EXTERN(enf_status) enf_money_parse(enf_money *out, const char *text);

/**
 * Deprecated: use enf_stats_rate() (stats.h), the library's one rate
 * function; kept until 1.0. For 0 <= part <= whole, enf_percent_of(&r,
 * part, whole, mode) gives what enf_stats_rate() gives with precision 2
 * and rounding mode; enf_stats_rate() refuses a negative part or whole and
 * a part above the whole, which this returns as a signed percentage or
 * one above 100%.
 *
 * out = part / whole as hundredths of a percent, rounded by mode.
 * 2,244 of 3,567 is 62.9100...% and gives 6291.
 * @param[out] out hundredths of a percent; unchanged on error.
 * @param part the count or amount measured.
 * @param whole the count or amount it is a share of; must not be zero.
 * @param mode one of ::enf_rounding.
 * @return ENF_OK, ENF_EINVALID, ENF_EDIVZERO or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status)
enf_percent_of(int64_t *out, int64_t part, int64_t whole, enf_rounding mode);

/**
 * out = rate - target, the gap in percentage points, both in hundredths of a
 * percent. A target of 84.05% and a rate of 62.91% give -2114 (short by
 * 21.14 points); a positive result means the target was exceeded.
 * @param[out] out hundredths of a percentage point; unchanged on error.
 * @param rate the rate reached, hundredths of a percent.
 * @param target the target, hundredths of a percent.
 * @return ENF_OK, ENF_EINVALID or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status)
enf_percent_points(int64_t *out, int64_t rate, int64_t target);

/**
 * out = (current - previous) / previous as hundredths of a percent, rounded
 * by mode: the relative growth of a count or amount over a base period
 * (not a difference of two rates: see enf_percent_points()).
 * 2,244 cases against 2,103 a year earlier is growth of 670 (6.70%).
 * @param[out] out hundredths of a percent; unchanged on error.
 * @param current the count or amount of the period.
 * @param previous the base; must not be zero, must not be negative.
 * @param mode one of ::enf_rounding.
 * @return ENF_OK, ENF_EINVALID (out NULL, unknown mode, negative base),
 *         ENF_EDIVZERO (zero base) or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status)
enf_percent_growth(int64_t *out, int64_t current, int64_t previous,
		   enf_rounding mode);

/**
 * Writes hundredths of a percent as text: "62,91%" (ENF_LOCALE_VI),
 * "62.91%" (ENF_LOCALE_EN) or "62.91" (ENF_LOCALE_PLAIN); always two
 * decimals, '-' for negative values. 32 bytes always suffice.
 * @param[out] buf the text; unchanged on error.
 * @param size bytes available in buf.
 * @param hundredths the value, hundredths of a percent (6291 for 62.91%).
 * @param locale one of ::enf_locale.
 * @return ENF_OK, ENF_EINVALID or ENF_EBUFSIZE.
 */
ENF_EXTERN(enf_status)
enf_percent_format(char *buf, size_t size, int64_t hundredths,
		   enf_locale locale);

/**
 * Reads a percentage into hundredths of a percent: "62,91%", "62.91 %",
 * "62.91", "-21,14%", "100%", "5,5%". At most two decimals; ',' or '.' is
 * the decimal mark; no thousands separators.
 * @param[out] out hundredths of a percent; unchanged on error.
 * @param text NUL-terminated UTF-8.
 * @return ENF_OK, ENF_EINVALID (NULL argument) or ENF_EPARSE.
 */
ENF_EXTERN(enf_status) enf_percent_parse(int64_t *out, const char *text);

ENF_END_DECL

#endif /* ENF_MONEY_H */
