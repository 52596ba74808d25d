/*
 * Pure rate functions of stats.h: completion rates, target shares, growth,
 * comparison with a target, their text, the denominators consistent with a
 * published rate, rates from published totals and the national targets.
 *
 * A rate of precision p is an integer in units of 10^-p percent, so a
 * ratio a / b is a * 100 * 10^p / b, computed exactly in 128 bits and
 * rounded once by enf__div_round(). No floating point, no allocation.
 */
#include "internal.h"
#include "rules_table.h"

#include "enforcement/stats.h"

#include <stdio.h>
#include <string.h>

#define ENF__PRECISION_MAX 6

/* 10^p for p = 0..6. */
static const int64_t enf__pow10[ENF__PRECISION_MAX + 1] = {
	1, 10, 100, 1000, 10000, 100000, 1000000};

/* 100 * 10^p: the value of 100% at precision p. */
static int64_t enf__scale(int precision)
{
	return 100 * enf__pow10[precision];
}

static int enf__precision_valid(int precision)
{
	return precision >= 0 && precision <= ENF__PRECISION_MAX;
}

static int enf__locale_ok(enf_locale locale)
{
	return locale == ENF_LOCALE_VI || locale == ENF_LOCALE_EN ||
	       locale == ENF_LOCALE_PLAIN;
}

/*
 * Reads the precision and rounding of opts (NULL: 2, half-up) for fn, or
 * fails with ENF_EVERSION or ENF_EINVALID naming the field.
 */
static enf_status enf__rate_opts(const char *fn, const enf_rate_options *opts,
				 int *precision, enf_rounding *mode)
{
	if (opts == NULL) {
		*precision = 2;
		*mode = ENF_ROUND_HALF_UP;
		return ENF_OK;
	}
	if (enf__check_version(fn, "version", opts->version,
			       ENF_RATE_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (!enf__precision_valid(opts->precision))
		return enf__fail(ENF_EINVALID,
				 "%s: precision is %d; allowed 0..%d", fn,
				 opts->precision, ENF__PRECISION_MAX);
	if (!enf__rounding_valid(opts->rounding))
		return enf__fail(ENF_EINVALID,
				 "%s: rounding is %d; not a rounding mode", fn,
				 (int)opts->rounding);
	*precision = opts->precision;
	*mode = opts->rounding;
	return ENF_OK;
}

enf_status enf_rate_options_init(enf_rate_options *opts, unsigned int version)
{
	enf_rate_options def = ENF_RATE_OPTIONS_INIT;

	ENF__CHECK_NULL("rate_options_init", opts);
	if (enf__check_version("rate_options_init", "version", version,
			       ENF_RATE_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*opts = def;
	opts->version = version;
	return ENF_OK;
}

enf_status enf_stats_rate(int64_t *out, int64_t done, int64_t with_means,
			  const enf_rate_options *opts)
{
	static const char fn[] = "stats_rate";
	enf_rounding mode = ENF_ROUND_HALF_UP;
	enf_status st;
	enf_money r;
	int p = 2;

	ENF__CHECK_NULL(fn, out);
	st = enf__rate_opts(fn, opts, &p, &mode);
	if (st != ENF_OK)
		return st;
	if (enf__check_non_negative(fn, "done", done) != ENF_OK ||
	    enf__check_non_negative(fn, "with_means", with_means) != ENF_OK)
		return ENF_EINVALID;
	if (with_means == 0)
		return enf__fail(ENF_EDIVZERO,
				 "%s: with_means is 0; a rate of nothing is "
				 "undefined",
				 fn);
	if (done > with_means)
		return enf__fail(ENF_EINVALID,
				 "%s: done is %lld; above with_means %lld", fn,
				 (long long)done, (long long)with_means);
	if (enf__div_round(&r, (enf__i128)done * enf__scale(p), with_means,
			   mode) != ENF_OK)
		return enf__fail(ENF_EOVERFLOW,
				 "%s: %lld of %lld does not fit in 64 bits", fn,
				 (long long)done, (long long)with_means);
	*out = r;
	return ENF_OK;
}

enf_status enf_stats_target_share(int64_t *out, int64_t rate, int64_t target,
				  const enf_rate_options *opts)
{
	static const char fn[] = "stats_target_share";
	enf_rounding mode = ENF_ROUND_HALF_UP;
	enf_status st;
	enf_money r;
	int p = 2;

	ENF__CHECK_NULL(fn, out);
	st = enf__rate_opts(fn, opts, &p, &mode);
	if (st != ENF_OK)
		return st;
	if (enf__check_non_negative(fn, "rate", rate) != ENF_OK ||
	    enf__check_non_negative(fn, "target", target) != ENF_OK)
		return ENF_EINVALID;
	if (target == 0)
		return enf__fail(ENF_EDIVZERO,
				 "%s: target is 0; a share of no target is "
				 "undefined",
				 fn);
	if (enf__div_round(&r, (enf__i128)rate * enf__scale(p), target, mode) !=
	    ENF_OK)
		return enf__fail(ENF_EOVERFLOW,
				 "%s: rate %lld of target %lld does not fit in "
				 "64 bits",
				 fn, (long long)rate, (long long)target);
	*out = r;
	return ENF_OK;
}

enf_status enf_stats_growth(int64_t *out, int64_t current, int64_t previous,
			    const enf_rate_options *opts)
{
	static const char fn[] = "stats_growth";
	enf_rounding mode = ENF_ROUND_HALF_UP;
	enf_status st;
	enf_money r;
	int p = 2;

	ENF__CHECK_NULL(fn, out);
	st = enf__rate_opts(fn, opts, &p, &mode);
	if (st != ENF_OK)
		return st;
	if (enf__check_non_negative(fn, "current", current) != ENF_OK ||
	    enf__check_non_negative(fn, "previous", previous) != ENF_OK)
		return ENF_EINVALID;
	if (previous == 0)
		return enf__fail(ENF_EDIVZERO,
				 "%s: previous is 0; growth over nothing is "
				 "undefined",
				 fn);
	if (enf__div_round(&r, ((enf__i128)current - previous) * enf__scale(p),
			   previous, mode) != ENF_OK)
		return enf__fail(ENF_EOVERFLOW,
				 "%s: growth of %lld over %lld does not fit in "
				 "64 bits",
				 fn, (long long)current, (long long)previous);
	*out = r;
	return ENF_OK;
}

enf_status enf_stats_compare(enf_target_result *out, int64_t rate,
			     int64_t target)
{
	static const char fn[] = "stats_compare";
	enf_target_result r;

	ENF__CHECK_NULL(fn, out);
	if (enf__check_non_negative(fn, "rate", rate) != ENF_OK ||
	    enf__check_non_negative(fn, "target", target) != ENF_OK)
		return ENF_EINVALID;
	/* Both are non-negative, so the difference always fits. */
	if (rate > target) {
		r.verdict = ENF_TARGET_EXCEEDED;
		r.points = rate - target;
	} else if (rate < target) {
		r.verdict = ENF_TARGET_SHORT;
		r.points = target - rate;
	} else {
		r.verdict = ENF_TARGET_REACHED;
		r.points = 0;
	}
	*out = r;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Text                                                                    */

/*
 * Writes the number (negative ? -mag : mag) * 10^-precision into out (at
 * least 48 bytes) with the locale's decimal mark and, when with_unit is set
 * and the locale is not PLAIN, a '%'. At precision 2 the text is that of
 * enf_percent_format(): "62,91%", "62.91%", "62.91".
 */
static void enf__number(char *out, int negative, uint64_t mag, int precision,
			enf_locale locale, int with_unit)
{
	char rev[32];
	size_t n = 0, len = 0;
	uint64_t ip = mag / (uint64_t)enf__pow10[precision];
	uint64_t fp = mag % (uint64_t)enf__pow10[precision];

	if (negative && mag != 0)
		out[n++] = '-';
	do {
		rev[len++] = (char)('0' + ip % 10);
		ip /= 10;
	} while (ip != 0);
	while (len > 0)
		out[n++] = rev[--len];
	if (precision > 0) {
		out[n++] = locale == ENF_LOCALE_VI ? ',' : '.';
		for (int i = precision - 1; i >= 0; i--) {
			out[n + (size_t)i] = (char)('0' + fp % 10);
			fp /= 10;
		}
		n += (size_t)precision;
	}
	if (with_unit && locale != ENF_LOCALE_PLAIN)
		out[n++] = '%';
	out[n] = '\0';
}

static uint64_t enf__mag(int64_t v)
{
	return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

enf_status enf_stats_format_rate(char *buf, size_t size, int64_t rate,
				 int precision, enf_locale locale)
{
	static const char fn[] = "stats_format_rate";
	char text[48];

	ENF__CHECK_NULL(fn, buf);
	if (!enf__precision_valid(precision))
		return enf__fail(ENF_EINVALID,
				 "%s: precision is %d; allowed 0..%d", fn,
				 precision, ENF__PRECISION_MAX);
	if (!enf__locale_ok(locale))
		return enf__fail(ENF_EINVALID, "%s: locale is %d; not a locale",
				 fn, (int)locale);
	enf__number(text, rate < 0, enf__mag(rate), precision, locale, 1);
	return enf__emit(buf, size, text, fn);
}

/* NFC UTF-8, as the press writes them: "còn thiếu ", "vượt ", "đạt chỉ
 * tiêu". */
#define ENF__VI_SHORT	 "c\xc3\xb2n thi\xe1\xba\xbfu "
#define ENF__VI_EXCEEDED "v\xc6\xb0\xe1\xbb\xa3t "
#define ENF__VI_REACHED	 "\xc4\x91\xe1\xba\xa1t ch\xe1\xbb\x89 ti\xc3\xaau"

enf_status enf_stats_format_result(char *buf, size_t size,
				   const enf_target_result *result,
				   int precision, enf_locale locale)
{
	static const char fn[] = "stats_format_result";
	char num[48], text[96];
	enf_target_verdict v;
	int64_t pts;

	ENF__CHECK_NULL(fn, buf);
	ENF__CHECK_NULL(fn, result);
	v = result->verdict;
	pts = result->points;
	if (v != ENF_TARGET_REACHED && v != ENF_TARGET_EXCEEDED &&
	    v != ENF_TARGET_SHORT)
		return enf__fail(ENF_EINVALID,
				 "%s: verdict is %d; not a verdict", fn,
				 (int)v);
	if (pts < 0)
		return enf__fail(ENF_EINVALID,
				 "%s: points is %lld; a gap is never "
				 "negative",
				 fn, (long long)pts);
	if ((v == ENF_TARGET_REACHED) != (pts == 0))
		return enf__fail(ENF_EINVALID,
				 "%s: points is %lld with "
				 "verdict %d; a gap is 0 exactly when "
				 "the target is reached",
				 fn, (long long)pts, (int)v);
	if (!enf__precision_valid(precision))
		return enf__fail(ENF_EINVALID,
				 "%s: precision is %d; allowed 0..%d", fn,
				 precision, ENF__PRECISION_MAX);
	if (!enf__locale_ok(locale))
		return enf__fail(ENF_EINVALID, "%s: locale is %d; not a locale",
				 fn, (int)locale);
	if (locale == ENF_LOCALE_PLAIN) {
		/* The signed gap rate - target: "-21.14", "1.41", "0.00". */
		enf__number(text, v == ENF_TARGET_SHORT, (uint64_t)pts,
			    precision, locale, 0);
		return enf__emit(buf, size, text, fn);
	}
	enf__number(num, 0, (uint64_t)pts, precision, locale,
		    locale == ENF_LOCALE_VI);
	if (locale == ENF_LOCALE_EN) {
		static const char *const head[] = {"reached", "exceeded by ",
						   "short by "};

		(void)snprintf(text, sizeof(text), "%s%s%s", head[v],
			       v == ENF_TARGET_REACHED ? "" : num,
			       v == ENF_TARGET_REACHED ? "" : " points");
	} else {
		static const char *const head[] = {
			ENF__VI_REACHED, ENF__VI_EXCEEDED, ENF__VI_SHORT};

		(void)snprintf(text, sizeof(text), "%s%s", head[v],
			       v == ENF_TARGET_REACHED ? "" : num);
	}
	return enf__emit(buf, size, text, fn);
}

/* ---------------------------------------------------------------------- */
/* Checks of published figures                                             */

/*
 * With S = 100 * 10^p, a positive r and half-up rounding,
 *     round(N S / d) = r  <=>  r - 1/2 <= N S / d < r + 1/2
 *                         <=>  2 N S / (2r + 1) < d <= 2 N S / (2r - 1),
 * so lo = floor(2NS / (2r+1)) + 1 = ceil((2NS + 1) / (2r+1)) and
 * hi = floor(2NS / (2r-1)); 2NS < 2^127 and both quotients are exact.
 * Example: 600 at 7566 (p = 2): 12,000,000 / 15,133 = 792.97 and
 * 12,000,000 / 15,131 = 793.07 give lo = hi = 793.
 */
enf_status enf_stats_denominators(int64_t *lo, int64_t *hi, int64_t numerator,
				  int64_t rate, int precision)
{
	static const char fn[] = "stats_denominators";
	enf__i128 twice;
	enf_money l, h;

	ENF__CHECK_NULL(fn, lo);
	ENF__CHECK_NULL(fn, hi);
	if (!enf__precision_valid(precision))
		return enf__fail(ENF_EINVALID,
				 "%s: precision is %d; allowed 0..%d", fn,
				 precision, ENF__PRECISION_MAX);
	if (enf__check_non_negative(fn, "numerator", numerator) != ENF_OK)
		return ENF_EINVALID;
	if (rate <= 0)
		return enf__fail(ENF_EINVALID,
				 "%s: rate is %lld; it must be above 0", fn,
				 (long long)rate);
	twice = (enf__i128)2 * numerator * enf__scale(precision);
	if (enf__div_round(&l, twice + 1, (enf__i128)2 * rate + 1,
			   ENF_ROUND_UP) != ENF_OK ||
	    enf__div_round(&h, twice, (enf__i128)2 * rate - 1,
			   ENF_ROUND_DOWN) != ENF_OK)
		return enf__fail(ENF_EOVERFLOW,
				 "%s: the denominators of numerator %lld at "
				 "rate %lld do not fit in 64 bits",
				 fn, (long long)numerator, (long long)rate);
	*lo = l;
	*hi = h;
	return ENF_OK;
}

/* A published figure is -1 (not published) or non-negative. */
static enf_status enf__published_field(const char *head, const char *tail,
				       int64_t v)
{
	if (v < -1)
		return enf__fail(ENF_EINVALID,
				 "stats_published: %s%s is %lld; use -1 "
				 "for not published",
				 head, tail, (long long)v);
	return ENF_OK;
}

/*
 * One measure of enf_stats_published(): the rate (-1 when with means or
 * done is unknown) and its comparison with the target (points -1 when the
 * rate or the target is unknown).
 */
static enf_status enf__published_one(int64_t *rate, enf_target_result *vs,
				     int64_t with_means, int64_t done,
				     int64_t target, const char *measure)
{
	static const char fn[] = "stats_published";
	int64_t r = -1;

	if (enf__published_field(measure, "_with_means", with_means) !=
		    ENF_OK ||
	    enf__published_field(measure, "_done", done) != ENF_OK ||
	    enf__published_field("target_", measure, target) != ENF_OK)
		return ENF_EINVALID;
	if (with_means >= 0 && done >= 0) {
		if (with_means == 0)
			return enf__fail(ENF_EDIVZERO,
					 "%s: %s_with_means is 0; a rate "
					 "of nothing is undefined",
					 fn, measure);
		if (done > with_means)
			return enf__fail(ENF_EINVALID,
					 "%s: %s_done is %lld; above "
					 "%s_with_means %lld",
					 fn, measure, (long long)done, measure,
					 (long long)with_means);
		if (enf_stats_rate(&r, done, with_means, NULL) != ENF_OK)
			return enf_last_status();
	}
	*rate = r;
	if (r >= 0 && target >= 0)
		return enf_stats_compare(vs, r, target);
	vs->verdict = ENF_TARGET_REACHED;
	vs->points = -1;
	return ENF_OK;
}

enf_status enf_stats_published(enf_published_result *out,
			       const enf_published *in)
{
	enf_published_result r;

	ENF__CHECK_NULL("stats_published", out);
	ENF__CHECK_NULL("stats_published", in);
	if (enf__published_one(&r.rate_cases, &r.vs_target_cases,
			       in->cases_with_means, in->cases_done,
			       in->target_cases, "cases") != ENF_OK ||
	    enf__published_one(&r.rate_money, &r.vs_target_money,
			       in->money_with_means, in->money_done,
			       in->target_money, "money") != ENF_OK)
		return enf_last_status();
	*out = r;
	return ENF_OK;
}

/* Adds item i's field into *sum: -1 (unknown) is absorbing. */
static enf_status enf__sum_field(int64_t *sum, int64_t v, size_t i,
				 const char *field)
{
	static const char fn[] = "stats_published_sum";

	if (v < -1)
		return enf__fail(ENF_EINVALID,
				 "%s: items[%zu].%s is %lld; use -1 for not "
				 "published",
				 fn, i, field, (long long)v);
	if (*sum == -1 || v == -1) {
		*sum = -1;
		return ENF_OK;
	}
	if (__builtin_add_overflow(*sum, v, sum))
		return enf__fail(ENF_EOVERFLOW,
				 "%s: items[%zu].%s %lld overflows the sum", fn,
				 i, field, (long long)v);
	return ENF_OK;
}

enf_status enf_stats_published_sum(enf_published *out, const char *unit,
				   const enf_published *items, size_t count)
{
	static const char fn[] = "stats_published_sum";
	enf_published s;

	ENF__CHECK_NULL(fn, out);
	ENF__CHECK_NULL(fn, items);
	if (count == 0)
		return enf__fail(ENF_EINVALID, "%s: count is 0; nothing to sum",
				 fn);
	memset(&s, 0, sizeof(s));
	s.unit = unit;
	for (size_t i = 0; i < count; i++) {
		const enf_published *it = &items[i];

		if (enf__sum_field(&s.cases_with_means, it->cases_with_means, i,
				   "cases_with_means") != ENF_OK ||
		    enf__sum_field(&s.cases_done, it->cases_done, i,
				   "cases_done") != ENF_OK ||
		    enf__sum_field(&s.money_with_means, it->money_with_means, i,
				   "money_with_means") != ENF_OK ||
		    enf__sum_field(&s.money_done, it->money_done, i,
				   "money_done") != ENF_OK)
			return enf_last_status();
	}
	s.target_cases = -1;
	s.target_money = -1;
	*out = s;
	return ENF_OK;
}

/* The national targets are rows of the rules catalogue
 * (rules_data_stats.c, "VN.target.cases" and "VN.target.money"), each over
 * its enforcement year: the target of year Y is the row in force on 30
 * September of Y. */
enf_status enf_stats_national_target(int64_t *cases, int64_t *money, int year)
{
	static const char fn[] = "stats_national_target";
	int64_t c, m;
	enf_date day;

	ENF__CHECK_NULL(fn, cases);
	ENF__CHECK_NULL(fn, money);
	if (year < 1901 || year > 2100)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: year is %d; no national target is known "
				 "for it",
				 fn, year);
	day = enf__days_from_civil(year, 9, 30);
	if (enf__rule_value(&c, NULL, NULL, "VN.target.cases", day, fn) !=
		    ENF_OK ||
	    enf__rule_value(&m, NULL, NULL, "VN.target.money", day, fn) !=
		    ENF_OK)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: year is %d; no national target of that "
				 "enforcement year is in the rules catalogue "
				 "(VN.target.cases, VN.target.money)",
				 fn, year);
	*cases = c;
	*money = m;
	return ENF_OK;
}
