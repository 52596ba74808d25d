/*
 * The enforcement fee (phí thi hành án dân sự) of Circular 216/2016/TT-BTC
 * (Ministry of Finance, in force 1 Jan 2017) and the dated base salary
 * (lương cơ sở) its cliff depends on. The figures are rows of the rules
 * catalogue (rules_data_money.c), read on the day the money is received.
 * Exact integer arithmetic: each fee(x) is one 128-bit quotient rounded
 * once.
 */
#include "trail_internal.h"

#include "enforcement/payout.h"

#include "internal.h"
#include "rules_table.h"
#include "enforcement/date.h" /* ENF_DATE_NONE */

#include <stdio.h>
#include <string.h>

#define ENF__FEE_SOURCE_GEN "Circular 216/2016/TT-BTC"
#define ENF__NBRACKETS	    5

/*
 * The schedule in force on a day, read from the rules catalogue: bracket
 * k (0-based) applies above from[k]: fixed[k] + rate[k] x (x - over[k]),
 * where bracket 0 starts at the threshold and charges the whole amount
 * (over 0). Each rule text is built from the figures, so an override
 * shows in the trail as it is.
 */
typedef struct enf__schedule {
	int64_t threshold_ppm; /* of the base salary */
	enf_money from[ENF__NBRACKETS], fixed[ENF__NBRACKETS];
	enf_money over[ENF__NBRACKETS];
	int64_t rate[ENF__NBRACKETS];
	int64_t divisor; /* of the fee when the parties settle */
	const char *cite_threshold, *cite_rate[ENF__NBRACKETS], *cite_settled;
} enf__schedule;

/* "1,234,567" */
static void enf__fee_num(char *buf, size_t size, enf_money v)
{
	char digits[24];
	int n = snprintf(digits, sizeof digits, "%lld", (long long)v), k = 0;
	size_t j = 0;

	for (int i = 0; i < n && j + 2 < size; i++) {
		buf[j++] = digits[i];
		k = n - i - 1;
		if (k > 0 && k % 3 == 0 && digits[i] != '-')
			buf[j++] = ',';
	}
	buf[j] = '\0';
}

/* ppm of a whole as a decimal without trailing zeros: 2000000 -> "2",
 * 5000 with scale 10000 -> "0.5". */
static void enf__fee_dec(char *buf, size_t size, int64_t v, int64_t scale)
{
	int64_t frac = v % scale;
	int w = 0;

	for (int64_t s = scale; s > 1; s /= 10)
		w++;
	if (frac == 0) {
		(void)snprintf(buf, size, "%lld", (long long)(v / scale));
		return;
	}
	while (frac % 10 == 0) {
		frac /= 10;
		w--;
	}
	(void)snprintf(buf, size, "%lld.%0*lld", (long long)(v / scale), w,
		       (long long)frac);
}

/* One figure of the schedule on date. */
static enf_status enf__fee_rule(int64_t *out, const char **cite,
				const enf_fee_options *opts, const char *id)
{
	enf_rule row;
	enf_status st = enf__rule_value(out, &row, opts->rulebook, id,
					opts->date, "fee_compute");

	if (st == ENF_OK && cite != NULL)
		*cite = row.citation;
	return st;
}

/* Reads the schedule in force on opts->date. */
static enf_status enf__fee_schedule(enf__schedule *k,
				    const enf_fee_options *opts)
{
	enf_status st;
	char id[40];

	st = enf__fee_rule(&k->threshold_ppm, &k->cite_threshold, opts,
			   "VN.fee.threshold");
	if (st == ENF_OK)
		st = enf__fee_rule(&k->rate[0], &k->cite_rate[0], opts,
				   "VN.fee.bracket1.rate");
	if (st == ENF_OK)
		st = enf__fee_rule(&k->divisor, &k->cite_settled, opts,
				   "VN.fee.settled_divisor");
	k->from[0] = k->fixed[0] = k->over[0] = 0;
	for (int i = 1; i < ENF__NBRACKETS && st == ENF_OK; i++) {
		(void)snprintf(id, sizeof id, "VN.fee.bracket%d.from", i + 1);
		st = enf__fee_rule(&k->from[i], NULL, opts, id);
		(void)snprintf(id, sizeof id, "VN.fee.bracket%d.fixed", i + 1);
		if (st == ENF_OK)
			st = enf__fee_rule(&k->fixed[i], NULL, opts, id);
		(void)snprintf(id, sizeof id, "VN.fee.bracket%d.rate", i + 1);
		if (st == ENF_OK)
			st = enf__fee_rule(&k->rate[i], &k->cite_rate[i], opts,
					   id);
		k->over[i] = k->from[i];
		if (st == ENF_OK && k->from[i] <= k->from[i - 1])
			return enf__fail(ENF_EINVALID,
					 "fee_compute: rule "
					 "VN.fee.bracket%d.from is %lld, not "
					 "above the bracket before it",
					 i + 1, (long long)k->from[i]);
	}
	if (st == ENF_OK && k->divisor < 1)
		return enf__fail(ENF_EINVALID,
				 "fee_compute: rule VN.fee.settled_divisor is "
				 "%lld; it must be 1 or more",
				 (long long)k->divisor);
	return st;
}

/* The base salary row of date (NULL book: built-in), or a message. */
static enf_status enf__salary_on(enf_money *out, const char **cite,
				 const enf_rulebook *book, enf_date date,
				 const char *fn, const char *field)
{
	enf_rule row, first;
	char day[16], start[16];
	int64_t v;

	if (date == ENF_DATE_NONE)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: %s is missing (no date); the base "
				 "salary goes by date",
				 fn, field);
	if (!enf__date_in_range(date))
		return enf__fail(ENF_ENOTFOUND,
				 "%s: %s is %s, not a date from 0001-01-01 "
				 "to 9999-12-31; the base salary goes by date",
				 fn, field, enf__date_shown(date).s);
	if (enf__rule_value(&v, &row, book, "VN.base_salary", date, fn) ==
	    ENF_OK) {
		*out = v;
		if (cite != NULL)
			*cite = row.citation;
		return ENF_OK;
	}
	(void)enf__date_text(day, sizeof day, date);
	if (enf__rule_value(&v, &first, book, "VN.base_salary", ENF_DATE_NONE,
			    fn) != ENF_OK ||
	    first.from == ENF_DATE_NONE)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: %s is %s; no base salary is in force on "
				 "it",
				 fn, field, day);
	(void)enf__date_text(start, sizeof start, first.from);
	return enf__fail(ENF_ENOTFOUND,
			 "%s: %s is %s; no base salary (rule VN.base_salary) "
			 "is known before %s",
			 fn, field, day, start);
}

enf_status enf_fee_base_salary(enf_money *out, enf_date date)
{
	enf_money v = 0;
	enf_status st;

	ENF__CHECK_NULL("fee_base_salary", out);
	st = enf__salary_on(&v, NULL, NULL, date, "fee_base_salary", "date");
	if (st == ENF_OK)
		*out = v;
	return st;
}

enf_status enf_fee_options_init(enf_fee_options *opts, unsigned int version)
{
	static const enf_fee_options defaults = ENF_FEE_OPTIONS_INIT;
	enf_status st;

	ENF__CHECK_NULL("fee_options_init", opts);
	st = enf__check_version("fee_options_init", "version", version,
				ENF_FEE_OPTIONS_VERSION);
	if (st != ENF_OK)
		return st;
	*opts = defaults;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* The schedule                                                            */

/* Text buffers of the steps whose rule is built from the figures. */
typedef struct enf__fee_texts {
	char threshold[64], of_total[128], of_before[128], settled[96];
	char reduced[64];
} enf__fee_texts;

/* fee(x) rounded to whole dong, and the trail step that explains it
 * (its rule written into text). */
static enf_status enf__fee_of(enf_money *out, enf_trail_step *step, char *text,
			      size_t size, enf_money x, const enf__schedule *k,
			      enf__i128 threshold, enf_rounding mode)
{
	char times[24], pct[24], fixed[32], over[40];
	enf__i128 num;
	int b = 0;

	step->base = x;
	enf__fee_dec(times, sizeof times, k->threshold_ppm, 1000000);
	if ((enf__i128)x <= threshold) {
		(void)snprintf(text, size, "no fee up to %s x base salary",
			       times);
		step->rule = text;
		step->source = k->cite_threshold;
		step->rate_ppm = 0;
		step->amount = 0;
		*out = 0;
		return ENF_OK;
	}
	for (int i = 1; i < ENF__NBRACKETS; i++)
		if (x > k->from[i])
			b = i;
	/* fixed + rate * (x - over) / 10^6, one quotient. */
	num = (enf__i128)k->fixed[b] * 1000000 +
	      (enf__i128)(x - k->over[b]) * k->rate[b];
	if (enf__div_round(out, num, 1000000, mode) != ENF_OK)
		return enf__fail(ENF_EOVERFLOW,
				 "fee_compute: the fee of %lld overflows 64 "
				 "bits",
				 (long long)x);
	enf__fee_dec(pct, sizeof pct, k->rate[b], 10000);
	if (b == 0) {
		(void)snprintf(text, size,
			       "%s%% of the whole amount above %s x base "
			       "salary",
			       pct, times);
	} else {
		enf__fee_num(fixed, sizeof fixed, k->fixed[b]);
		if (k->over[b] % 1000000000 == 0)
			(void)snprintf(over, sizeof over, "%lld bn",
				       (long long)(k->over[b] / 1000000000));
		else
			enf__fee_num(over, sizeof over, k->over[b]);
		(void)snprintf(text, size, "%s + %s%% of the excess over %s",
			       fixed, pct, over);
	}
	step->rule = text;
	step->source = k->cite_rate[b];
	step->rate_ppm = k->rate[b];
	step->amount = *out;
	return ENF_OK;
}

/* Checks the options; ENF_OK or the failure with a message. */
static enf_status enf__fee_check(const enf_fee_options *opts)
{
	enf_status st;

	st = enf__check_version("fee_compute", "version", opts->version,
				ENF_FEE_OPTIONS_VERSION);
	if (st != ENF_OK)
		return st;
	if (opts->base_salary < 0)
		return enf__fail(ENF_EINVALID,
				 "fee_compute: base_salary is %lld; it "
				 "must be 0 (by date) or positive",
				 (long long)opts->base_salary);
	if (opts->settled != 0 && opts->settled != 1)
		return enf__fail(ENF_EINVALID,
				 "fee_compute: settled is %d; it must be "
				 "0 or 1",
				 opts->settled);
	if (opts->exempt != 0 && opts->exempt != 1)
		return enf__fail(ENF_EINVALID,
				 "fee_compute: exempt is %d; it must be "
				 "0 or 1",
				 opts->exempt);
	if (opts->reduction_pct < 0 || opts->reduction_pct > 100)
		return enf__fail(ENF_EINVALID,
				 "fee_compute: reduction_pct is %ld; it "
				 "must be 0..100",
				 (long)opts->reduction_pct);
	if (!enf__rounding_valid(opts->rounding))
		return enf__fail(ENF_EINVALID,
				 "fee_compute: rounding is %d; not a "
				 "rounding mode",
				 (int)opts->rounding);
	return ENF_OK;
}

/* Appends the n steps, or puts the trail back and fails. */
static enf_status enf__fee_trail(enf_trail *trail, const enf_trail_step *s,
				 size_t n)
{
	size_t was = enf_trail_count(trail);

	for (size_t i = 0; i < n; i++) {
		enf_status st = enf__trail_add(trail, &s[i]);

		if (st != ENF_OK) {
			enf__trail_truncate(trail, was);
			return enf__fail(st, "fee_compute: trail: out of "
					     "memory");
		}
	}
	return ENF_OK;
}

/* A step of the fee on the day the money is received. */
static enf_trail_step enf__fee_step(const enf_fee_options *opts)
{
	enf_trail_step s = {NULL,
			    ENF__FEE_SOURCE_GEN,
			    ENF_DATE_NONE,
			    ENF_DATE_NONE,
			    0,
			    0,
			    0,
			    0};

	s.first = s.last = opts->date;
	return s;
}

/* The base salary: given, or in force on opts->date. */
static enf_status enf__fee_base(enf_money *base, const char **cite,
				const enf_fee_options *opts)
{
	*base = opts->base_salary;
	*cite = "base_salary";
	if (*base != 0)
		return ENF_OK;
	return enf__salary_on(base, cite, opts->rulebook, opts->date,
			      "fee_compute", "date");
}

/* The threshold step: the base salary times the schedule's multiple;
 * *twice is the threshold in 128 bits. */
static void enf__fee_threshold(enf_trail_step *step, enf__i128 *twice,
			       char *text, size_t size, enf_money base,
			       const char *cite, const enf__schedule *k,
			       const enf_fee_options *opts)
{
	enf_money amount;
	char times[24];

	/* As a rate (200% = 2,000,000 ppm); it may exceed 64 bits for an
	 * absurd base salary, hence 128. */
	*twice = (enf__i128)base * k->threshold_ppm / 1000000;
	amount = *twice > INT64_MAX ? INT64_MAX : (enf_money)*twice;
	enf__fee_dec(times, sizeof times, k->threshold_ppm, 1000000);
	(void)snprintf(text, size, "threshold: %s x base salary", times);
	*step = enf__fee_step(opts);
	step->rule = text;
	step->source = cite;
	step->base = base;
	step->rate_ppm = k->threshold_ppm;
	step->amount = amount;
}

/* The settled, reduced and exempt adjustments of *fee, as steps. */
static size_t enf__fee_adjust(enf_trail_step *steps, enf_money *fee,
			      enf__fee_texts *tx, const enf__schedule *k,
			      const enf_fee_options *opts)
{
	enf_trail_step *s = steps;

	if (opts->settled) {
		*s = enf__fee_step(opts);
		if (k->divisor == 3)
			(void)snprintf(tx->settled, sizeof tx->settled,
				       "one third");
		else
			(void)snprintf(tx->settled, sizeof tx->settled,
				       "1/%lld", (long long)k->divisor);
		(void)snprintf(tx->settled + strlen(tx->settled),
			       sizeof tx->settled - strlen(tx->settled),
			       ": the parties settled after the decision and "
			       "before coercion");
		s->rule = tx->settled;
		s->source = k->cite_settled;
		s->base = *fee;
		(void)enf__div_round(fee, *fee, k->divisor, opts->rounding);
		s->amount = *fee;
		s++;
	}
	if (opts->reduction_pct > 0) {
		*s = enf__fee_step(opts);
		(void)snprintf(tx->reduced, sizeof(tx->reduced),
			       "reduced by %ld%%: %ld%% of the fee",
			       (long)opts->reduction_pct,
			       (long)(100 - opts->reduction_pct));
		s->rule = tx->reduced;
		s->base = *fee;
		s->rate_ppm = (int64_t)(100 - opts->reduction_pct) * 10000;
		(void)enf__div_round(
			fee, (enf__i128)*fee * (100 - opts->reduction_pct), 100,
			opts->rounding);
		s->amount = *fee;
		s++;
	}
	if (opts->exempt) {
		*s = enf__fee_step(opts);
		s->rule = "exempt: no fee";
		s->base = *fee;
		*fee = 0;
		s++;
	}
	return (size_t)(s - steps);
}

/* Checks the amounts; *total = before + now. */
static enf_status enf__fee_amounts(enf_money *total, enf_money before,
				   enf_money now)
{
	if (enf__check_non_negative("fee_compute", "received_before", before) !=
		    ENF_OK ||
	    enf__check_non_negative("fee_compute", "received_now", now) !=
		    ENF_OK)
		return ENF_EINVALID;
	if (__builtin_add_overflow(before, now, total))
		return enf__fail(ENF_EOVERFLOW,
				 "fee_compute: received_before + received_now "
				 "(%lld + %lld) overflows 64 bits",
				 (long long)before, (long long)now);
	return ENF_OK;
}

enf_status enf_fee_compute(enf_money *out, enf_money received_before,
			   enf_money received_now, const enf_fee_options *opts,
			   enf_trail *trail)
{
	enf_trail_step steps[7];
	enf__fee_texts tx;
	enf__schedule k;
	size_t n = 0;
	enf_money total, fee_total, fee_before = 0, fee, base;
	const char *cite;
	enf__i128 threshold;
	enf_status st;

	ENF__CHECK_NULL("fee_compute", out);
	ENF__CHECK_NULL("fee_compute", opts);
	st = enf__fee_check(opts);
	if (st == ENF_OK)
		st = enf__fee_amounts(&total, received_before, received_now);
	if (st == ENF_OK)
		st = enf__fee_base(&base, &cite, opts);
	if (st == ENF_OK)
		st = enf__fee_schedule(&k, opts);
	if (st != ENF_OK)
		return st;
	enf__fee_threshold(&steps[n++], &threshold, tx.threshold,
			   sizeof tx.threshold, base, cite, &k, opts);
	steps[n] = enf__fee_step(opts);
	st = enf__fee_of(&fee_total, &steps[n++], tx.of_total,
			 sizeof tx.of_total, total, &k, threshold,
			 opts->rounding);
	if (st != ENF_OK)
		return st;
	fee = fee_total;
	if (received_before > 0) {
		steps[n] = enf__fee_step(opts);
		st = enf__fee_of(&fee_before, &steps[n++], tx.of_before,
				 sizeof tx.of_before, received_before, &k,
				 threshold, opts->rounding);
		if (st != ENF_OK)
			return st;
		if (fee_total < fee_before)
			return enf__fail(ENF_EINVALID,
					 "fee_compute: the schedule of the "
					 "rulebook charges less on %lld than "
					 "on %lld; its brackets must not fall",
					 (long long)total,
					 (long long)received_before);
		fee = fee_total - fee_before;
		steps[n] = enf__fee_step(opts);
		steps[n].rule = "instalment: fee(before + now) - fee(before)";
		steps[n].base = received_now;
		steps[n++].amount = fee;
	}
	n += enf__fee_adjust(&steps[n], &fee, &tx, &k, opts);
	st = enf__fee_trail(trail, steps, n);
	if (st != ENF_OK)
		return st;
	*out = fee;
	return ENF_OK;
}
