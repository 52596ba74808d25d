/*
 * Monte Carlo scenarios of a sale (auction.h): the plan of a sale in which
 * every auction fails gives the auctions that could be held, with their
 * starting prices and dates; a seeded model says how likely each is to
 * sell; the simulation draws the outcomes and the exact expectations come
 * from the same probabilities. Integer arithmetic only, so the figures are
 * the same on every machine.
 */
#include <stdlib.h>
#include <string.h>

#include "auction_internal.h"

#define FN "auction_simulate"

#define ENF__PPM      1000000
#define ENF__MAX_RUNS 100000000
/* Fixed-point scale of the exact probabilities: 10^18. */
#define ENF__SCALE ((enf__i128)1000000000000000000LL)

/* The auctions of a plan: starting price, days after auction 1 and the
 * chance of a sale (ppm) of each. */
typedef struct enf__sim {
	size_t n;
	enf_money *price;
	int64_t *days;
	int64_t *p;
	int dated;
} enf__sim;

static void enf__sim_free(enf__sim *s)
{
	free(s->price);
	free(s->days);
	free(s->p);
}

static enf_status enf__check_model(const enf_auction_model *m)
{
	enf_status st = enf__check_version(FN, "version", m->version,
					   ENF_AUCTION_MODEL_VERSION);

	if (st != ENF_OK)
		return st;
	if (m->p_value_ppm < 0 || m->p_value_ppm > ENF__PPM)
		return enf__fail(ENF_EINVALID,
				 FN ": p_value_ppm is %lld; a chance "
				    "is 0..1000000 ppm",
				 (long long)m->p_value_ppm);
	if (m->p_zero_ppm < 0 || m->p_zero_ppm > ENF__PPM)
		return enf__fail(ENF_EINVALID,
				 FN ": p_zero_ppm is %lld; a chance "
				    "is 0..1000000 ppm",
				 (long long)m->p_zero_ppm);
	if (m->runs < 1 || m->runs > ENF__MAX_RUNS)
		return enf__fail(ENF_EINVALID,
				 FN ": runs is %lld; it must be "
				    "1..100000000",
				 (long long)m->runs);
	return ENF_OK;
}

/* p(P) = p_zero + (p_value - p_zero) x P / value, rounded half up (away
 * from zero) to the ppm and clamped to 0..1,000,000. */
static int64_t enf__chance(const enf_auction_model *m, enf_money price,
			   enf_money value)
{
	enf_money slope = 0;
	int64_t p;

	/* |p_value - p_zero| <= 1e6 and price < 2^63: the product fits, and
	 * the quotient is at most 1e6 x price / value, which fits as long as
	 * price <= value x 9e12; otherwise the chance is clamped anyway. */
	if (enf__div_round(&slope,
			   (enf__i128)(m->p_value_ppm - m->p_zero_ppm) * price,
			   value, ENF_ROUND_HALF_UP) != ENF_OK)
		slope = m->p_value_ppm >= m->p_zero_ppm ? ENF__PPM : -ENF__PPM;
	if (slope > ENF__PPM)
		slope = ENF__PPM;
	if (slope < -ENF__PPM)
		slope = -ENF__PPM;
	p = m->p_zero_ppm + slope;
	return p < 0 ? 0 : p > ENF__PPM ? ENF__PPM : p;
}

/* Counts the FAILED steps of the planned sale: each is an auction. */
static size_t enf__count_auctions(const enf_auction *sale)
{
	size_t n = 0, steps = enf_auction_count(sale);
	enf_auction_step s;

	for (size_t i = 0; i < steps; i++)
		if (enf_auction_step_at(&s, sale, i) == ENF_OK &&
		    s.kind == ENF_AUCTION_FAILED)
			n++;
	return n;
}

/* Reads the auctions of the plan: price and date of each FAILED step. */
static enf_status enf__collect(enf__sim *s, const enf_auction *sale,
			       const enf_auction_model *m, enf_money value)
{
	size_t steps = enf_auction_count(sale), k = 0;
	enf_date first = ENF_DATE_NONE;
	enf_auction_step st;

	s->n = enf__count_auctions(sale);
	if (s->n > INT32_MAX)
		return enf__fail(ENF_ERANGE,
				 FN ": the plan holds %zu auctions, more than "
				    "the %d a scenario counts",
				 s->n, INT32_MAX);
	s->dated = 1;
	if (s->n == 0)
		return ENF_OK;
	s->price = malloc(s->n * sizeof(*s->price));
	s->days = malloc(s->n * sizeof(*s->days));
	s->p = malloc(s->n * sizeof(*s->p));
	if (s->price == NULL || s->days == NULL || s->p == NULL)
		return enf__fail(ENF_ENOMEM,
				 FN ": out of memory for %zu auctions", s->n);
	for (size_t i = 0; i < steps && k < s->n; i++) {
		if (enf_auction_step_at(&st, sale, i) != ENF_OK ||
		    st.kind != ENF_AUCTION_FAILED)
			continue;
		if (k == 0)
			first = st.date;
		if (st.date == ENF_DATE_NONE || first == ENF_DATE_NONE)
			s->dated = 0;
		s->price[k] = st.price;
		s->days[k] = s->dated ? (int64_t)st.date - first : 0;
		s->p[k] = enf__chance(m, st.price, value);
		k++;
	}
	if (!s->dated)
		memset(s->days, 0, s->n * sizeof(*s->days));
	return ENF_OK;
}

/* Plans the sale (every auction failing) and reads its auctions. */
static enf_status enf__plan(enf__sim *s, const enf_auction_rules *rules,
			    const enf_auction_options *opts,
			    const enf_auction_policy *policy,
			    const enf_auction_model *m)
{
	enf_auction *sale = NULL;
	enf_status st;

	st = enf_auction_new(&sale, rules, opts);
	if (st == ENF_OK)
		st = enf_auction_plan(sale, policy);
	if (st == ENF_OK)
		st = enf__collect(s, sale, m, opts->value);
	enf_auction_free(sale);
	return st;
}

/* splitmix64 (Steele, Lea and Flood 2014; Vigna's constants). */
static uint64_t enf__splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* A uniform draw in 0..999,999 without modulo bias: outputs at or above
 * the largest multiple of 10^6 that fits in 2^64 are drawn again (a chance
 * of about 5e-14 per draw). */
static int64_t enf__draw_ppm(uint64_t *state)
{
	const uint64_t limit = UINT64_MAX - UINT64_MAX % ENF__PPM;
	uint64_t x;

	do
		x = enf__splitmix64(state);
	while (x >= limit);
	return (int64_t)(x % ENF__PPM);
}

/* q / d rounded half up, for q >= 0 and d > 0 (fits: callers' bounds). */
static int64_t enf__mean(enf__i128 q, enf__i128 d)
{
	enf_money v = 0;

	(void)enf__div_round(&v, q, d, ENF_ROUND_HALF_UP);
	return v;
}

/* The simulated figures: one draw per auction until a sale. */
static void enf__simulate(enf_auction_scenario *o, const enf__sim *s,
			  const enf_auction_model *m)
{
	uint64_t state = m->seed;
	enf__i128 proceeds = 0, auctions = 0, days = 0;
	int64_t sold = 0;

	for (int64_t r = 0; r < m->runs; r++) {
		size_t i;

		for (i = 0; i < s->n; i++)
			if (enf__draw_ppm(&state) < s->p[i])
				break;
		if (i < s->n) {
			sold++;
			proceeds += s->price[i];
			days += s->days[i];
			auctions += (enf__i128)i + 1;
		} else {
			auctions += (enf__i128)s->n;
		}
	}
	o->runs = m->runs;
	o->sold_ppm = enf__mean((enf__i128)sold * ENF__PPM, m->runs);
	o->mean_proceeds = enf__mean(proceeds, m->runs);
	o->mean_auctions_milli = enf__mean(auctions * 1000, m->runs);
	o->mean_days_milli = sold > 0 ? enf__mean(days * 1000, sold) : 0;
}

/*
 * The exact figures in fixed point at scale 10^18: surv is the chance
 * that auctions 1..i-1 all failed, q = surv x p_i / 10^6 (rounded down)
 * the chance of a sale at auction i, and surv falls by exactly q, so the
 * chances of the outcomes sum to 1 exactly. Each q is low by less than
 * 10^-18, so for plans of realistic length the error is far below 1 VND,
 * 1 ppm or 0.001 auction. Bounds: q <= 10^18 and price < 2^63, so the sum
 * of q x price stays below 10^18 x 2^63 < 2^127.
 */
static void enf__expect(enf_auction_scenario *o, const enf__sim *s)
{
	enf__i128 surv = ENF__SCALE, sold = 0, proceeds = 0, auctions = 0;
	enf__i128 days = 0;

	for (size_t i = 0; i < s->n; i++) {
		enf__i128 q = surv * s->p[i] / ENF__PPM;

		surv -= q;
		sold += q;
		proceeds += q * s->price[i];
		auctions += q * (enf__i128)(i + 1);
		days += q * s->days[i];
	}
	auctions += surv * (enf__i128)s->n;
	o->exp_sold_ppm = enf__mean(sold * ENF__PPM, ENF__SCALE);
	o->exp_proceeds = enf__mean(proceeds, ENF__SCALE);
	o->exp_auctions_milli = enf__mean(auctions * 1000, ENF__SCALE);
	o->exp_days_milli = sold > 0 ? enf__mean(days * 1000, sold) : 0;
	o->max_auctions = (int32_t)s->n;
}

enf_status enf_auction_model_init(enf_auction_model *model,
				  unsigned int version)
{
	static const enf_auction_model def = ENF_AUCTION_MODEL_INIT;

	ENF__CHECK_NULL("auction_model_init", model);
	if (enf__check_version("auction_model_init", "version", version,
			       ENF_AUCTION_MODEL_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*model = def;
	model->version = version;
	return ENF_OK;
}

enf_status enf_auction_simulate(enf_auction_scenario *out,
				const enf_auction_rules *rules,
				const enf_auction_options *opts,
				const enf_auction_policy *policy,
				const enf_auction_model *model)
{
	enf__sim s;
	enf_auction_scenario o;
	enf_status st;

	ENF__CHECK_NULL(FN, out);
	ENF__CHECK_NULL(FN, rules);
	ENF__CHECK_NULL(FN, opts);
	ENF__CHECK_NULL(FN, model);
	st = enf__check_model(model);
	if (st != ENF_OK)
		return st;
	memset(&s, 0, sizeof(s));
	st = enf__plan(&s, rules, opts, policy, model);
	if (st == ENF_OK) {
		memset(&o, 0, sizeof(o));
		enf__simulate(&o, &s, model);
		enf__expect(&o, &s);
		memcpy(out, &o, sizeof(o)); /* padding too: memcmp-able */
	}
	enf__sim_free(&s);
	return st;
}
