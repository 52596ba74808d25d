/*
 * Tests of the pure rate functions of stats.h: options, completion rates at
 * every precision and rounding mode, target shares, growth, comparison with
 * a target, text, the denominators consistent with a published rate, rates
 * from published totals and their sums, and the national targets.
 *
 * Every expected value comes from the header's contract, the sources or a
 * hand calculation written next to it; none was obtained by running the
 * code under test.
 *
 * Sources used for known values:
 * - Lạng Sơn 2025, first six months (baolangson.vn, "Không để án đọng trên
 *   giấy"): 2,244 cases done = 62.91% of the
 *   cases with means, +6.7% on the same period of 2024; over 281.2 bn VND
 *   done = 30.71% of the money with means, +152.4%; targets 84.05% (cases,
 *   "still lacking 21.14%") and 52% (money, "still lacking 21.29%").
 * - Sóc Trăng 2017, pilot of the mobilisation teams (baophapluat.vn,
 *   "Sóc Trăng thí điểm mô hình Tổ vận động THADS"; sources/004_…), by
 *   district: Sóc Trăng city 225 cases, 65 done, 28,44%; "trên 2 tỷ",
 *   "trên 420 triệu" done, 17,76%. Vĩnh Châu 240 cases, 107 done, 62,87%;
 *   "trên 34 tỷ", "trên 7 tỷ" done, 28,12%. Mỹ Xuyên 983 cases, 600 done,
 *   75,66%; "gần 39 tỷ", "trên 5 tỷ" done, 18,67%.
 * - National targets (domain notes §6): 2023 82.50 / 45.50, 2024 83.25 /
 *   46.45, 2025 83.90 / 51.90; 2026 unknown.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include <enforcement.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* A value no function under test is expected to produce. */
#define SENTINEL ((int64_t)0x5eed5eed5eedLL)

/* NFC UTF-8, written as escapes so the file is plain ASCII. */
#define U_CON_THIEU "c\xc3\xb2n thi\xe1\xba\xbfu" /* còn thiếu */
#define U_VUOT	    "v\xc6\xb0\xe1\xbb\xa3t"	  /* vượt */
#define U_DAT_CHI_TIEU                                                         \
	"\xc4\x91\xe1\xba\xa1t ch\xe1\xbb\x89 ti\xc3\xaau" /* đạt chỉ tiêu */

/*
 * Asserts a failure: the status, the thread's last status, and that the
 * last-error message names the function and the field or value. The
 * message is cleared first so it must come from this very call.
 */
#define ASSERT_FAILS(call, want, fn, what)                                     \
	do {                                                                   \
		enf_status st_;                                                \
		enf_error_clear();                                             \
		st_ = (call);                                                  \
		assert_int_equal(st_, (want));                                 \
		assert_int_equal(enf_last_status(), (want));                   \
		if (strstr(enf_last_error(), (fn)) == NULL ||                  \
		    strstr(enf_last_error(), (what)) == NULL)                  \
			print_message("last error: \"%s\"; wanted \"%s\" and " \
				      "\"%s\"\n",                              \
				      enf_last_error(), (fn), (what));         \
		assert_non_null(strstr(enf_last_error(), (fn)));               \
		assert_non_null(strstr(enf_last_error(), (what)));             \
	} while (0)

/* Fixed-seed 64-bit LCG (Knuth's MMIX constants); no rand(). */
static uint64_t lcg_next(uint64_t *s)
{
	*s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
	return *s;
}

/* Options of a precision and rounding. */
static enf_rate_options opts_of(int precision, enf_rounding mode)
{
	enf_rate_options o = ENF_RATE_OPTIONS_INIT;

	o.precision = precision;
	o.rounding = mode;
	return o;
}

/* The rate done / with_means at a precision and rounding; must succeed. */
static int64_t rate_at(int64_t done, int64_t with_means, int precision,
		       enf_rounding mode)
{
	enf_rate_options o = opts_of(precision, mode);
	int64_t out = SENTINEL;

	assert_int_equal(enf_stats_rate(&out, done, with_means, &o), ENF_OK);
	return out;
}

/* Asserts the text of a rate. */
static void assert_rate_text(int64_t rate, int precision, enf_locale locale,
			     const char *want)
{
	char buf[64];

	memset(buf, 'x', sizeof(buf));
	assert_int_equal(enf_stats_format_rate(buf, sizeof(buf), rate,
					       precision, locale),
			 ENF_OK);
	assert_string_equal(buf, want);
}

/* Asserts the text of a target result. */
static void assert_result_text(enf_target_verdict v, int64_t points,
			       int precision, enf_locale locale,
			       const char *want)
{
	enf_target_result r;
	char buf[64];

	r.verdict = v;
	r.points = points;
	memset(buf, 'x', sizeof(buf));
	assert_int_equal(enf_stats_format_result(buf, sizeof(buf), &r,
						 precision, locale),
			 ENF_OK);
	assert_string_equal(buf, want);
}

/* Asserts the consistent denominators of a numerator at a rate. */
static void assert_denominators(int64_t numerator, int64_t rate, int precision,
				int64_t want_lo, int64_t want_hi)
{
	int64_t lo = SENTINEL, hi = SENTINEL;

	assert_int_equal(
		enf_stats_denominators(&lo, &hi, numerator, rate, precision),
		ENF_OK);
	assert_int_equal(lo, want_lo);
	assert_int_equal(hi, want_hi);
}

/* A published item with no targets. */
static enf_published published(const char *unit, int64_t cases_with_means,
			       int64_t cases_done, enf_money money_with_means,
			       enf_money money_done)
{
	enf_published p;

	p.unit = unit;
	p.cases_with_means = cases_with_means;
	p.cases_done = cases_done;
	p.money_with_means = money_with_means;
	p.money_done = money_done;
	p.target_cases = -1;
	p.target_money = -1;
	return p;
}

/* ------------------------------------------------------------------ */
/* Options                                                            */
/* ------------------------------------------------------------------ */

static void test_stats_rate__options_init(void **state)
{
	enf_rate_options o, keep;

	(void)state;
	memset(&o, 0x5a, sizeof(o));
	assert_int_equal(enf_rate_options_init(&o, ENF_RATE_OPTIONS_VERSION),
			 ENF_OK);
	/* The header: precision 2, half-up. */
	assert_int_equal(o.version, 1);
	assert_int_equal(o.precision, 2);
	assert_int_equal(o.rounding, ENF_ROUND_HALF_UP);

	/* An initialised struct gives the same rate as NULL (6291). */
	{
		int64_t a = SENTINEL, b = SENTINEL;

		assert_int_equal(enf_stats_rate(&a, 2244, 3567, &o), ENF_OK);
		assert_int_equal(enf_stats_rate(&b, 2244, 3567, NULL), ENF_OK);
		assert_int_equal(a, 6291);
		assert_int_equal(b, 6291);
	}

	memset(&o, 0x5a, sizeof(o));
	keep = o;
	ASSERT_FAILS(enf_rate_options_init(&o, 0), ENF_EVERSION,
		     "rate_options_init", "version is 0");
	assert_memory_equal(&o, &keep, sizeof(o));
	ASSERT_FAILS(enf_rate_options_init(&o, 2), ENF_EVERSION,
		     "rate_options_init", "version is 2");
	assert_memory_equal(&o, &keep, sizeof(o));
	ASSERT_FAILS(enf_rate_options_init(NULL, 1), ENF_EINVALID,
		     "rate_options_init", "opts is NULL");
}

/* ------------------------------------------------------------------ */
/* Lạng Sơn 2025, first six months                                    */
/* ------------------------------------------------------------------ */

static void test_stats_rate__langson_cases(void **state)
{
	enf_target_result r;
	int64_t rate = SENTINEL;
	char buf[64];

	(void)state;
	/* 2,244 / 3,567 = 0.629100084... = 62.9100...% -> 6291, as
	 * published. */
	assert_int_equal(enf_stats_rate(&rate, 2244, 3567, NULL), ENF_OK);
	assert_int_equal(rate, 6291);

	/* Target 84.05%: 8405 - 6291 = 2114, "still lacking 21.14%". */
	assert_int_equal(enf_stats_compare(&r, rate, 8405), ENF_OK);
	assert_int_equal(r.verdict, ENF_TARGET_SHORT);
	assert_int_equal(r.points, 2114);

	assert_int_equal(
		enf_stats_format_rate(buf, sizeof(buf), rate, 2, ENF_LOCALE_EN),
		ENF_OK);
	assert_string_equal(buf, "62.91%");
	assert_int_equal(
		enf_stats_format_result(buf, sizeof(buf), &r, 2, ENF_LOCALE_EN),
		ENF_OK);
	assert_string_equal(buf, "short by 21.14 points");
	assert_int_equal(
		enf_stats_format_result(buf, sizeof(buf), &r, 2, ENF_LOCALE_VI),
		ENF_OK);
	assert_string_equal(buf, U_CON_THIEU " 21,14%");

	/* Against the 2025 national target of 83.90%: 8390 - 6291 = 2099. */
	assert_int_equal(enf_stats_compare(&r, rate, 8390), ENF_OK);
	assert_int_equal(r.verdict, ENF_TARGET_SHORT);
	assert_int_equal(r.points, 2099);
}

static void test_stats_rate__langson_money(void **state)
{
	enf_target_result r;
	char buf[64];

	(void)state;
	/* Published 30.71% against 52%: 5200 - 3071 = 2129, "still lacking
	 * 21.29%" in the article. */
	assert_int_equal(enf_stats_compare(&r, 3071, 5200), ENF_OK);
	assert_int_equal(r.verdict, ENF_TARGET_SHORT);
	assert_int_equal(r.points, 2129);
	assert_int_equal(
		enf_stats_format_result(buf, sizeof(buf), &r, 2, ENF_LOCALE_VI),
		ENF_OK);
	assert_string_equal(buf, U_CON_THIEU " 21,29%");
	assert_int_equal(
		enf_stats_format_result(buf, sizeof(buf), &r, 2, ENF_LOCALE_EN),
		ENF_OK);
	assert_string_equal(buf, "short by 21.29 points");

	/* Against the 2025 national money target of 51.90%: 2119. */
	assert_int_equal(enf_stats_compare(&r, 3071, 5190), ENF_OK);
	assert_int_equal(r.verdict, ENF_TARGET_SHORT);
	assert_int_equal(r.points, 2119);
}

static void test_stats_rate__langson_denominators(void **state)
{
	int64_t rate = SENTINEL;

	(void)state;
	/* 2,244 at 62.91%: 2244 / 0.62915 < d <= 2244 / 0.62905, i.e.
	 * 3566.72 < d <= 3567.28, so d = 3567 alone: the published pair
	 * is consistent. */
	assert_denominators(2244, 6291, 2, 3567, 3567);

	/* 281.2 bn at 30.71%: d in (281.2e9 / 0.30715, 281.2e9 / 0.30705]
	 * = (915,513,592,707.146..., 915,811,757,042.826...], so the money
	 * with means was 915,513,592,708 .. 915,811,757,042 VND (about
	 * 915.5 to 915.8 bn) if exactly 281.2 bn was done; the article says
	 * "over 281.2 billion", so this is the range for that figure. */
	assert_denominators(281200000000LL, 3071, 2, 915513592708LL,
			    915811757042LL);
	/* Both ends give 30.71%; one past either end does not. */
	assert_int_equal(
		enf_stats_rate(&rate, 281200000000LL, 915513592708LL, NULL),
		ENF_OK);
	assert_int_equal(rate, 3071);
	assert_int_equal(
		enf_stats_rate(&rate, 281200000000LL, 915811757042LL, NULL),
		ENF_OK);
	assert_int_equal(rate, 3071);
	assert_int_equal(
		enf_stats_rate(&rate, 281200000000LL, 915513592707LL, NULL),
		ENF_OK);
	assert_int_equal(rate, 3072);
	assert_int_equal(
		enf_stats_rate(&rate, 281200000000LL, 915811757043LL, NULL),
		ENF_OK);
	assert_int_equal(rate, 3070);

	/* At precision 0 the published 63% (2244 of 3567 rounded to whole
	 * percent) admits 2244 / 0.635 < d <= 2244 / 0.625: 3533.86 < d
	 * <= 3590.4, d in 3534..3590. */
	assert_denominators(2244, 63, 0, 3534, 3590);
	/* At precision 6, 62.910008% (2244 / 3567 = 0.62910008410...):
	 * 2244e8 * 2 / 125820017 = 3566.99997... and / 125820015 =
	 * 3567.00003..., d = 3567 again. */
	assert_denominators(2244, 62910008, 6, 3567, 3567);
}

static void test_stats_rate__langson_published(void **state)
{
	enf_published in = published("L\xe1\xba\xa1ng S\xc6\xa1n", 3567, 2244,
				     -1, 281200000000LL);
	enf_published_result out;

	(void)state;
	in.target_cases = 8405;
	in.target_money = 5200;
	assert_int_equal(enf_stats_published(&out, &in), ENF_OK);
	assert_int_equal(out.rate_cases, 6291);
	assert_int_equal(out.vs_target_cases.verdict, ENF_TARGET_SHORT);
	assert_int_equal(out.vs_target_cases.points, 2114);
	/* The money with means was not published: rate and gap unknown. */
	assert_int_equal(out.rate_money, -1);
	assert_int_equal(out.vs_target_money.points, -1);

	/* A hypothetical money with means of 915.6 bn, inside the range
	 * found above: 281.2 / 915.6 = 0.307120... -> 30.71%, short of 52%
	 * by 21.29 points. */
	in.money_with_means = 915600000000LL;
	assert_int_equal(enf_stats_published(&out, &in), ENF_OK);
	assert_int_equal(out.rate_money, 3071);
	assert_int_equal(out.vs_target_money.verdict, ENF_TARGET_SHORT);
	assert_int_equal(out.vs_target_money.points, 2129);

	/* No target: the rate is known, the gap is not. */
	in.target_cases = -1;
	assert_int_equal(enf_stats_published(&out, &in), ENF_OK);
	assert_int_equal(out.rate_cases, 6291);
	assert_int_equal(out.vs_target_cases.points, -1);

	/* Done unknown: the rate is unknown too. */
	in.cases_done = -1;
	assert_int_equal(enf_stats_published(&out, &in), ENF_OK);
	assert_int_equal(out.rate_cases, -1);
	assert_int_equal(out.vs_target_cases.points, -1);
}

static void test_stats_rate__langson_growth(void **state)
{
	enf_rate_options p1 = opts_of(1, ENF_ROUND_HALF_UP);
	int64_t g = SENTINEL;

	(void)state;
	/* The article gives only the growth (+6.7% cases, +152.4% money),
	 * not the base. HYPOTHETICAL bases chosen to reproduce it:
	 * 2,103 cases (money.h's example): (2244 - 2103) / 2103 = 141 /
	 * 2103 = 0.0670470... -> 6.70% (670), 6.7% (67 at precision 1). */
	assert_int_equal(enf_stats_growth(&g, 2244, 2103, NULL), ENF_OK);
	assert_int_equal(g, 670);
	assert_int_equal(enf_stats_growth(&g, 2244, 2103, &p1), ENF_OK);
	assert_int_equal(g, 67);

	/* 111.4 bn (281.2 / 2.524 = 111.41): (281.2 - 111.4) / 111.4 =
	 * 169.8 / 111.4 = 1.5242369838... -> 152.42% (15242), 152.4% (1524
	 * at precision 1). */
	assert_int_equal(
		enf_stats_growth(&g, 281200000000LL, 111400000000LL, NULL),
		ENF_OK);
	assert_int_equal(g, 15242);
	assert_int_equal(
		enf_stats_growth(&g, 281200000000LL, 111400000000LL, &p1),
		ENF_OK);
	assert_int_equal(g, 1524);
}

/* ------------------------------------------------------------------ */
/* Sóc Trăng 2017, mobilisation teams                                 */
/* ------------------------------------------------------------------ */

static void test_stats_rate__soctrang_rates(void **state)
{
	(void)state;
	/* The exact rates of the printed figures (half-up, precision 2),
	 * none of which is the printed rate:
	 * - city: 65 / 225 = 0.28888... -> 28.89% (printed 28,44%);
	 * - Vĩnh Châu: 107 / 240 = 0.4458333... -> 44.58% (printed 62,87%);
	 * - Mỹ Xuyên: 600 / 983 = 0.6103763... -> 61.04% (printed 75,66%). */
	assert_int_equal(rate_at(65, 225, 2, ENF_ROUND_HALF_UP), 2889);
	assert_int_equal(rate_at(107, 240, 2, ENF_ROUND_HALF_UP), 4458);
	assert_int_equal(rate_at(600, 983, 2, ENF_ROUND_HALF_UP), 6104);
	/* Money, with "trên"/"gần" dropped:
	 * - city: 420 m / 2 bn = 0.21 -> 21.00% (printed 17,76%);
	 * - Vĩnh Châu: 7 / 34 = 0.2058823... -> 20.59% (printed 28,12%);
	 * - Mỹ Xuyên: 5 / 39 = 0.1282051... -> 12.82% (printed 18,67%). */
	assert_int_equal(
		rate_at(420000000LL, 2000000000LL, 2, ENF_ROUND_HALF_UP), 2100);
	assert_int_equal(
		rate_at(7000000000LL, 34000000000LL, 2, ENF_ROUND_HALF_UP),
		2059);
	assert_int_equal(
		rate_at(5000000000LL, 39000000000LL, 2, ENF_ROUND_HALF_UP),
		1282);

	/* The city's 28,44% is 64 / 225 = 0.284444... -> 28.44%: one case
	 * fewer than the 65 printed. */
	assert_int_equal(rate_at(64, 225, 2, ENF_ROUND_HALF_UP), 2844);
}

static void test_stats_rate__soctrang_denominators(void **state)
{
	int64_t rate = SENTINEL;

	(void)state;
	/* City, 65 at 28.44%: d in (65 / 0.28445, 65 / 0.28435] =
	 * (228.511, 228.592]: no whole number, lo 229 > hi 228. 65 done
	 * cannot give 28,44% of any count (65 / 228 = 28.51%, 65 / 229 =
	 * 28.38%); with 225 the printed rate needs 64 done. */
	assert_denominators(65, 2844, 2, 229, 228);

	/* Vĩnh Châu, 107 at 62.87%: (107 / 0.62875, 107 / 0.62865] =
	 * (170.179, 170.206]: none, lo 171 > hi 170. Nor does any count
	 * done fit 240: n / 240 in [0.62865, 0.62875) needs n in
	 * [150.876, 150.9). The printed rate matches neither figure. */
	assert_denominators(107, 6287, 2, 171, 170);

	/* Mỹ Xuyên, 600 at 75.66%: (600 / 0.75665, 600 / 0.75655] =
	 * (792.969, 793.074], d = 793, not the 983 printed: the rate is
	 * 600 of 793 (perhaps the cases with means among the 983
	 * mobilised), 600 / 793 = 0.756620... -> 75.66%. */
	assert_denominators(600, 7566, 2, 793, 793);
	assert_int_equal(enf_stats_rate(&rate, 600, 793, NULL), ENF_OK);
	assert_int_equal(rate, 7566);

	/* City money, "trên 420 triệu" at 17.76%: (420e6 / 0.17765,
	 * 420e6 / 0.17755] = (2,364,199,268.22, 2,365,530,836.38]: about
	 * 2.364 to 2.366 bn, consistent with "trên 2 tỷ" (over 2 bn). */
	assert_denominators(420000000LL, 1776, 2, 2364199269LL, 2365530836LL);

	/* Vĩnh Châu money, "trên 7 tỷ" at 28.12%: (7e9 / 0.28125, 7e9 /
	 * 0.28115] = (24,888,888,888.89, 24,897,741,419.17]: about 24.9 bn,
	 * not "trên 34 tỷ" (with 34 bn the rate needs about 9.56 bn done). */
	assert_denominators(7000000000LL, 2812, 2, 24888888889LL,
			    24897741419LL);

	/* Mỹ Xuyên money, "trên 5 tỷ" at 18.67%: (5e9 / 0.18675, 5e9 /
	 * 0.18665] = (26,773,761,713.52, 26,788,106,080.90]: about 26.8 bn,
	 * not "gần 39 tỷ" (with 39 bn the rate needs about 7.28 bn done). */
	assert_denominators(5000000000LL, 1867, 2, 26773761714LL,
			    26788106080LL);
}

static void test_stats_rate__soctrang_sum(void **state)
{
	/* Money with "trên" (over) and "gần" (nearly) dropped. */
	const enf_published d[] = {
		published("TP S\xc3\xb3"
			  "c Tr\xc4\x83ng",
			  225, 65, 2000000000LL, 420000000LL),
		published("V\xc4\xa9nh Ch\xc3\xa2u", 240, 107, 34000000000LL,
			  7000000000LL),
		published("M\xe1\xbb\xb9 Xuy\xc3\xaan", 983, 600, 39000000000LL,
			  5000000000LL),
	};
	const char *unit = "S\xc3\xb3"
			   "c Tr\xc4\x83ng pilot";
	enf_published sum, with_unknown[3];
	enf_published_result r;

	(void)state;
	memset(&sum, 0x5a, sizeof(sum));
	assert_int_equal(enf_stats_published_sum(&sum, unit, d, ARRAY_LEN(d)),
			 ENF_OK);
	assert_ptr_equal(sum.unit, unit);
	/* 225 + 240 + 983 = 1448; 65 + 107 + 600 = 772. */
	assert_int_equal(sum.cases_with_means, 1448);
	assert_int_equal(sum.cases_done, 772);
	/* 2 + 34 + 39 = 75 bn; 0.42 + 7 + 5 = 12.42 bn. */
	assert_int_equal(sum.money_with_means, 75000000000LL);
	assert_int_equal(sum.money_done, 12420000000LL);
	assert_int_equal(sum.target_cases, -1);
	assert_int_equal(sum.target_money, -1);

	/* 772 / 1448 = 0.5331491... -> 53.31%; 12.42 / 75 = 0.1656 exactly
	 * -> 16.56%. No target: gaps unknown. */
	assert_int_equal(enf_stats_published(&r, &sum), ENF_OK);
	assert_int_equal(r.rate_cases, 5331);
	assert_int_equal(r.rate_money, 1656);
	assert_int_equal(r.vs_target_cases.points, -1);
	assert_int_equal(r.vs_target_money.points, -1);

	/* Targets are never summed, even when every item has one. */
	memcpy(with_unknown, d, sizeof(d));
	for (size_t i = 0; i < ARRAY_LEN(with_unknown); i++) {
		with_unknown[i].target_cases = 8000;
		with_unknown[i].target_money = 4000;
	}
	/* One district without its money with means: unknown in the sum,
	 * the other fields still add. */
	with_unknown[1].money_with_means = -1;
	assert_int_equal(enf_stats_published_sum(&sum, NULL, with_unknown,
						 ARRAY_LEN(with_unknown)),
			 ENF_OK);
	assert_null(sum.unit);
	assert_int_equal(sum.cases_with_means, 1448);
	assert_int_equal(sum.cases_done, 772);
	assert_int_equal(sum.money_with_means, -1);
	assert_int_equal(sum.money_done, 12420000000LL);
	assert_int_equal(sum.target_cases, -1);
	assert_int_equal(sum.target_money, -1);

	/* A single item is itself (targets dropped). */
	assert_int_equal(enf_stats_published_sum(&sum, unit, d, 1), ENF_OK);
	assert_int_equal(sum.cases_with_means, 225);
	assert_int_equal(sum.cases_done, 65);
	assert_int_equal(sum.money_with_means, 2000000000LL);
	assert_int_equal(sum.money_done, 420000000LL);
}

/* ------------------------------------------------------------------ */
/* Rates: precision and rounding                                      */
/* ------------------------------------------------------------------ */

static void test_stats_rate__precision(void **state)
{
	/* 2244 / 3567 = 0.629100084104289... = 62.9100084104...%. */
	static const int64_t want[] = {63,     629,	6291,	 62910,
				       629100, 6291001, 62910008};

	(void)state;
	for (int p = 0; p <= 6; p++)
		assert_int_equal(rate_at(2244, 3567, p, ENF_ROUND_HALF_UP),
				 want[p]);
	/* 100% and 0% at every precision: 100 * 10^p and 0. */
	for (int p = 0, hundred = 100; p <= 6; p++, hundred *= 10) {
		assert_int_equal(rate_at(3567, 3567, p, ENF_ROUND_HALF_UP),
				 hundred);
		assert_int_equal(rate_at(0, 3567, p, ENF_ROUND_HALF_UP), 0);
	}
}

static void test_stats_rate__rounding_modes(void **state)
{
	(void)state;
	/* 1 / 8 = 12.5% at precision 0: a half, previous digit even. */
	assert_int_equal(rate_at(1, 8, 0, ENF_ROUND_HALF_UP), 13);
	assert_int_equal(rate_at(1, 8, 0, ENF_ROUND_HALF_EVEN), 12);
	assert_int_equal(rate_at(1, 8, 0, ENF_ROUND_DOWN), 12);
	assert_int_equal(rate_at(1, 8, 0, ENF_ROUND_UP), 13);
	/* 3 / 8 = 37.5%: a half, previous digit odd. */
	assert_int_equal(rate_at(3, 8, 0, ENF_ROUND_HALF_UP), 38);
	assert_int_equal(rate_at(3, 8, 0, ENF_ROUND_HALF_EVEN), 38);
	assert_int_equal(rate_at(3, 8, 0, ENF_ROUND_DOWN), 37);
	assert_int_equal(rate_at(3, 8, 0, ENF_ROUND_UP), 38);
	/* 1 / 16 = 6.25% at precision 1: 62.5 tenths. */
	assert_int_equal(rate_at(1, 16, 1, ENF_ROUND_HALF_UP), 63);
	assert_int_equal(rate_at(1, 16, 1, ENF_ROUND_HALF_EVEN), 62);
	assert_int_equal(rate_at(1, 16, 1, ENF_ROUND_DOWN), 62);
	assert_int_equal(rate_at(1, 16, 1, ENF_ROUND_UP), 63);
	/* 1 / 3 = 33.333...%, 2 / 3 = 66.666...%: no half. */
	assert_int_equal(rate_at(1, 3, 2, ENF_ROUND_HALF_UP), 3333);
	assert_int_equal(rate_at(1, 3, 2, ENF_ROUND_HALF_EVEN), 3333);
	assert_int_equal(rate_at(1, 3, 2, ENF_ROUND_DOWN), 3333);
	assert_int_equal(rate_at(1, 3, 2, ENF_ROUND_UP), 3334);
	assert_int_equal(rate_at(2, 3, 2, ENF_ROUND_HALF_UP), 6667);
	assert_int_equal(rate_at(2, 3, 2, ENF_ROUND_HALF_EVEN), 6667);
	assert_int_equal(rate_at(2, 3, 2, ENF_ROUND_DOWN), 6666);
	assert_int_equal(rate_at(2, 3, 2, ENF_ROUND_UP), 6667);
	/* Lạng Sơn 62.9100084...%: only up moves it. */
	assert_int_equal(rate_at(2244, 3567, 2, ENF_ROUND_HALF_EVEN), 6291);
	assert_int_equal(rate_at(2244, 3567, 2, ENF_ROUND_DOWN), 6291);
	assert_int_equal(rate_at(2244, 3567, 2, ENF_ROUND_UP), 6292);
	/* The domain notes: 31.046% is 31.05 half-up, 31.04 truncated
	 * (31046 / 100000 at precision 2: 3104.6). */
	assert_int_equal(rate_at(31046, 100000, 2, ENF_ROUND_HALF_UP), 3105);
	assert_int_equal(rate_at(31046, 100000, 2, ENF_ROUND_DOWN), 3104);
	/* An exact rate is the same in every mode: 1 / 2 = 50.00%. */
	assert_int_equal(rate_at(1, 2, 2, ENF_ROUND_HALF_UP), 5000);
	assert_int_equal(rate_at(1, 2, 2, ENF_ROUND_HALF_EVEN), 5000);
	assert_int_equal(rate_at(1, 2, 2, ENF_ROUND_DOWN), 5000);
	assert_int_equal(rate_at(1, 2, 2, ENF_ROUND_UP), 5000);
}

static void test_stats_rate__rate_extremes(void **state)
{
	(void)state;
	/* INT64_MAX of itself: 100% exactly, 10^8 at precision 6. */
	assert_int_equal(rate_at(INT64_MAX, INT64_MAX, 6, ENF_ROUND_DOWN),
			 100000000);
	/* (M - 1) / M at precision 6 is 10^8 - 10^8 / M = 10^8 - 1.08e-11:
	 * half-up gives 10^8, down 99,999,999. The product (M - 1) * 10^8
	 * needs 128 bits. */
	assert_int_equal(
		rate_at(INT64_MAX - 1, INT64_MAX, 6, ENF_ROUND_HALF_UP),
		100000000);
	assert_int_equal(rate_at(INT64_MAX - 1, INT64_MAX, 6, ENF_ROUND_DOWN),
			 99999999);
	/* 1 / M: 10^8 / 9.2e18 is about 1.08e-11: 0 half-up, 1 up. */
	assert_int_equal(rate_at(1, INT64_MAX, 6, ENF_ROUND_HALF_UP), 0);
	assert_int_equal(rate_at(1, INT64_MAX, 6, ENF_ROUND_UP), 1);
}

static void test_stats_rate__rate_bad_input(void **state)
{
	enf_rate_options o = ENF_RATE_OPTIONS_INIT;
	int64_t out = SENTINEL;

	(void)state;
	ASSERT_FAILS(enf_stats_rate(NULL, 1, 2, NULL), ENF_EINVALID,
		     "stats_rate", "out is NULL");
	ASSERT_FAILS(enf_stats_rate(&out, -1, 2, NULL), ENF_EINVALID,
		     "stats_rate", "done is -1");
	ASSERT_FAILS(enf_stats_rate(&out, 1, -2, NULL), ENF_EINVALID,
		     "stats_rate", "with_means is -2");
	ASSERT_FAILS(enf_stats_rate(&out, INT64_MIN, 2, NULL), ENF_EINVALID,
		     "stats_rate", "done is -9223372036854775808");
	ASSERT_FAILS(enf_stats_rate(&out, 3568, 3567, NULL), ENF_EINVALID,
		     "stats_rate", "done is 3568");
	assert_non_null(strstr(enf_last_error(), "3567"));
	ASSERT_FAILS(enf_stats_rate(&out, 0, 0, NULL), ENF_EDIVZERO,
		     "stats_rate", "with_means is 0");
	ASSERT_FAILS(enf_stats_rate(&out, 5, 0, NULL), ENF_EDIVZERO,
		     "stats_rate", "with_means is 0");

	o.precision = 7;
	ASSERT_FAILS(enf_stats_rate(&out, 1, 2, &o), ENF_EINVALID, "stats_rate",
		     "precision is 7");
	o.precision = -1;
	ASSERT_FAILS(enf_stats_rate(&out, 1, 2, &o), ENF_EINVALID, "stats_rate",
		     "precision is -1");
	o.precision = 2;
	o.rounding = (enf_rounding)4;
	ASSERT_FAILS(enf_stats_rate(&out, 1, 2, &o), ENF_EINVALID, "stats_rate",
		     "rounding is 4");
	o.rounding = ENF_ROUND_HALF_UP;
	o.version = 0;
	ASSERT_FAILS(enf_stats_rate(&out, 1, 2, &o), ENF_EVERSION, "stats_rate",
		     "version is 0");
	o.version = 2;
	ASSERT_FAILS(enf_stats_rate(&out, 1, 2, &o), ENF_EVERSION, "stats_rate",
		     "version is 2");
	assert_int_equal(out, SENTINEL);
}

/* ------------------------------------------------------------------ */
/* Target share and growth                                            */
/* ------------------------------------------------------------------ */

static void test_stats_rate__target_share(void **state)
{
	enf_rate_options p0 = opts_of(0, ENF_ROUND_HALF_UP);
	enf_rate_options p2d = opts_of(2, ENF_ROUND_DOWN);
	int64_t out = SENTINEL;

	(void)state;
	/* The header: 62.91 / 84.05 = 0.748483... -> 74.85% (7485). */
	assert_int_equal(enf_stats_target_share(&out, 6291, 8405, NULL),
			 ENF_OK);
	assert_int_equal(out, 7485);
	/* Truncated: 74.84. */
	assert_int_equal(enf_stats_target_share(&out, 6291, 8405, &p2d),
			 ENF_OK);
	assert_int_equal(out, 7484);
	/* Money: 30.71 / 52.00 = 0.590576... -> 59.06%. */
	assert_int_equal(enf_stats_target_share(&out, 3071, 5200, NULL),
			 ENF_OK);
	assert_int_equal(out, 5906);
	/* At precision 0 both are whole percent: 63 / 84 = 0.75 -> 75%. */
	assert_int_equal(enf_stats_target_share(&out, 63, 84, &p0), ENF_OK);
	assert_int_equal(out, 75);
	/* Above the target (hypothetical 85.46 against 83.90):
	 * 8546 / 8390 = 1.0185935... -> 101.86%. */
	assert_int_equal(enf_stats_target_share(&out, 8546, 8390, NULL),
			 ENF_OK);
	assert_int_equal(out, 10186);
	/* Exactly on target: 100%. Zero rate: 0%. */
	assert_int_equal(enf_stats_target_share(&out, 8390, 8390, NULL),
			 ENF_OK);
	assert_int_equal(out, 10000);
	assert_int_equal(enf_stats_target_share(&out, 0, 8390, NULL), ENF_OK);
	assert_int_equal(out, 0);
}

static void test_stats_rate__target_share_bad_input(void **state)
{
	enf_rate_options o = ENF_RATE_OPTIONS_INIT;
	int64_t out = SENTINEL;

	(void)state;
	ASSERT_FAILS(enf_stats_target_share(NULL, 6291, 8405, NULL),
		     ENF_EINVALID, "stats_target_share", "out is NULL");
	ASSERT_FAILS(enf_stats_target_share(&out, -6291, 8405, NULL),
		     ENF_EINVALID, "stats_target_share", "rate is -6291");
	ASSERT_FAILS(enf_stats_target_share(&out, 6291, -8405, NULL),
		     ENF_EINVALID, "stats_target_share", "target is -8405");
	ASSERT_FAILS(enf_stats_target_share(&out, 6291, 0, NULL), ENF_EDIVZERO,
		     "stats_target_share", "target is 0");
	/* INT64_MAX * 10^4 / 1 does not fit. */
	ASSERT_FAILS(enf_stats_target_share(&out, INT64_MAX, 1, NULL),
		     ENF_EOVERFLOW, "stats_target_share",
		     "9223372036854775807");
	o.precision = 7;
	ASSERT_FAILS(enf_stats_target_share(&out, 6291, 8405, &o), ENF_EINVALID,
		     "stats_target_share", "precision is 7");
	o.precision = 2;
	o.version = 0;
	ASSERT_FAILS(enf_stats_target_share(&out, 6291, 8405, &o), ENF_EVERSION,
		     "stats_target_share", "version is 0");
	o.version = 2;
	ASSERT_FAILS(enf_stats_target_share(&out, 6291, 8405, &o), ENF_EVERSION,
		     "stats_target_share", "version is 2");
	assert_int_equal(out, SENTINEL);
}

static void test_stats_rate__growth(void **state)
{
	int64_t g = SENTINEL;

	(void)state;
	/* No change: 0. Doubling: 100.00%. */
	assert_int_equal(enf_stats_growth(&g, 2244, 2244, NULL), ENF_OK);
	assert_int_equal(g, 0);
	assert_int_equal(enf_stats_growth(&g, 4488, 2244, NULL), ENF_OK);
	assert_int_equal(g, 10000);
	/* To zero: -100.00%. */
	assert_int_equal(enf_stats_growth(&g, 0, 2244, NULL), ENF_OK);
	assert_int_equal(g, -10000);
	/* Decline, rounded by magnitude: 7 against 8 is -12.5% at
	 * precision 0, so half-up -13, half-even -12, down -12, up -13. */
	{
		const enf_rounding m[] = {ENF_ROUND_HALF_UP,
					  ENF_ROUND_HALF_EVEN, ENF_ROUND_DOWN,
					  ENF_ROUND_UP};
		const int64_t want[] = {-13, -12, -12, -13};

		for (size_t i = 0; i < ARRAY_LEN(m); i++) {
			enf_rate_options o = opts_of(0, m[i]);

			assert_int_equal(enf_stats_growth(&g, 7, 8, &o),
					 ENF_OK);
			assert_int_equal(g, want[i]);
		}
	}
	/* Growth at every precision: 2244 over 2103 is +6.70470756...%. */
	{
		const int64_t want[] = {7,     67,     670,    6705,
					67047, 670471, 6704708};

		for (int p = 0; p <= 6; p++) {
			enf_rate_options o = opts_of(p, ENF_ROUND_HALF_UP);

			assert_int_equal(enf_stats_growth(&g, 2244, 2103, &o),
					 ENF_OK);
			assert_int_equal(g, want[p]);
		}
	}
	/* Large: INT64_MAX over INT64_MAX / 2 (= 4611686018427387903):
	 * M = 2 * (M / 2) + 1, growth (M / 2 + 1) / (M / 2) = 1 + 2.2e-19,
	 * so 100.00% at precision 2; the product needs 128 bits. */
	assert_int_equal(enf_stats_growth(&g, INT64_MAX, INT64_MAX / 2, NULL),
			 ENF_OK);
	assert_int_equal(g, 10000);
}

static void test_stats_rate__growth_bad_input(void **state)
{
	enf_rate_options o = ENF_RATE_OPTIONS_INIT;
	int64_t g = SENTINEL;

	(void)state;
	ASSERT_FAILS(enf_stats_growth(NULL, 2244, 2103, NULL), ENF_EINVALID,
		     "stats_growth", "out is NULL");
	ASSERT_FAILS(enf_stats_growth(&g, -1, 2103, NULL), ENF_EINVALID,
		     "stats_growth", "current is -1");
	ASSERT_FAILS(enf_stats_growth(&g, 2244, -2103, NULL), ENF_EINVALID,
		     "stats_growth", "previous is -2103");
	ASSERT_FAILS(enf_stats_growth(&g, 2244, 0, NULL), ENF_EDIVZERO,
		     "stats_growth", "previous is 0");
	/* (M - 1) * 10^4 / 1 does not fit in 64 bits. */
	ASSERT_FAILS(enf_stats_growth(&g, INT64_MAX, 1, NULL), ENF_EOVERFLOW,
		     "stats_growth", "9223372036854775807");
	o.precision = 7;
	ASSERT_FAILS(enf_stats_growth(&g, 2244, 2103, &o), ENF_EINVALID,
		     "stats_growth", "precision is 7");
	o.precision = 2;
	o.rounding = (enf_rounding)-1;
	ASSERT_FAILS(enf_stats_growth(&g, 2244, 2103, &o), ENF_EINVALID,
		     "stats_growth", "rounding is -1");
	o.rounding = ENF_ROUND_HALF_UP;
	o.version = 0;
	ASSERT_FAILS(enf_stats_growth(&g, 2244, 2103, &o), ENF_EVERSION,
		     "stats_growth", "version is 0");
	o.version = 2;
	ASSERT_FAILS(enf_stats_growth(&g, 2244, 2103, &o), ENF_EVERSION,
		     "stats_growth", "version is 2");
	assert_int_equal(g, SENTINEL);
}

/* ------------------------------------------------------------------ */
/* Comparison with a target                                           */
/* ------------------------------------------------------------------ */

static void test_stats_rate__compare(void **state)
{
	enf_target_result r;

	(void)state;
	/* Reached: 83.90 against 83.90. */
	assert_int_equal(enf_stats_compare(&r, 8390, 8390), ENF_OK);
	assert_int_equal(r.verdict, ENF_TARGET_REACHED);
	assert_int_equal(r.points, 0);
	/* Exceeded (hypothetical 85.31 against the 2025 national 83.90):
	 * 8531 - 8390 = 141, "vượt 1,41%". */
	assert_int_equal(enf_stats_compare(&r, 8531, 8390), ENF_OK);
	assert_int_equal(r.verdict, ENF_TARGET_EXCEEDED);
	assert_int_equal(r.points, 141);
	/* Short by one hundredth. */
	assert_int_equal(enf_stats_compare(&r, 8389, 8390), ENF_OK);
	assert_int_equal(r.verdict, ENF_TARGET_SHORT);
	assert_int_equal(r.points, 1);
	/* Extremes: the gap of non-negative values always fits. */
	assert_int_equal(enf_stats_compare(&r, INT64_MAX, 0), ENF_OK);
	assert_int_equal(r.verdict, ENF_TARGET_EXCEEDED);
	assert_int_equal(r.points, INT64_MAX);
	assert_int_equal(enf_stats_compare(&r, 0, INT64_MAX), ENF_OK);
	assert_int_equal(r.verdict, ENF_TARGET_SHORT);
	assert_int_equal(r.points, INT64_MAX);
	assert_int_equal(enf_stats_compare(&r, 0, 0), ENF_OK);
	assert_int_equal(r.verdict, ENF_TARGET_REACHED);
	assert_int_equal(r.points, 0);
}

static void test_stats_rate__compare_bad_input(void **state)
{
	enf_target_result r, keep;

	(void)state;
	r.verdict = ENF_TARGET_EXCEEDED;
	r.points = SENTINEL;
	keep = r;
	ASSERT_FAILS(enf_stats_compare(NULL, 6291, 8405), ENF_EINVALID,
		     "stats_compare", "out is NULL");
	ASSERT_FAILS(enf_stats_compare(&r, -6291, 8405), ENF_EINVALID,
		     "stats_compare", "rate is -6291");
	ASSERT_FAILS(enf_stats_compare(&r, 6291, -1), ENF_EINVALID,
		     "stats_compare", "target is -1");
	assert_int_equal(r.verdict, keep.verdict);
	assert_int_equal(r.points, keep.points);
}

/* ------------------------------------------------------------------ */
/* Text                                                               */
/* ------------------------------------------------------------------ */

static void test_stats_rate__format_rate(void **state)
{
	(void)state;
	/* The header's three forms. */
	assert_rate_text(6291, 2, ENF_LOCALE_EN, "62.91%");
	assert_rate_text(6291, 2, ENF_LOCALE_VI, "62,91%");
	assert_rate_text(6291, 2, ENF_LOCALE_PLAIN, "62.91");
	/* Every precision of 2244 / 3567 (values from the precision test). */
	assert_rate_text(63, 0, ENF_LOCALE_EN, "63%");
	assert_rate_text(63, 0, ENF_LOCALE_VI, "63%");
	assert_rate_text(63, 0, ENF_LOCALE_PLAIN, "63");
	assert_rate_text(629, 1, ENF_LOCALE_VI, "62,9%");
	assert_rate_text(62910, 3, ENF_LOCALE_EN, "62.910%");
	assert_rate_text(629100, 4, ENF_LOCALE_VI, "62,9100%");
	assert_rate_text(6291001, 5, ENF_LOCALE_PLAIN, "62.91001");
	assert_rate_text(62910008, 6, ENF_LOCALE_EN, "62.910008%");
	assert_rate_text(62910008, 6, ENF_LOCALE_VI, "62,910008%");
	/* Leading zeros of the fraction, zero, and 100%. */
	assert_rate_text(5, 2, ENF_LOCALE_EN, "0.05%");
	assert_rate_text(5, 6, ENF_LOCALE_VI, "0,000005%");
	assert_rate_text(0, 0, ENF_LOCALE_EN, "0%");
	assert_rate_text(0, 3, ENF_LOCALE_PLAIN, "0.000");
	assert_rate_text(100000000, 6, ENF_LOCALE_EN, "100.000000%");
	/* Above 100% (target shares, growth). */
	assert_rate_text(15242, 2, ENF_LOCALE_VI, "152,42%");
	/* Negative values (growth, gaps). */
	assert_rate_text(-2114, 2, ENF_LOCALE_EN, "-21.14%");
	assert_rate_text(-2114, 2, ENF_LOCALE_VI, "-21,14%");
	assert_rate_text(-5, 2, ENF_LOCALE_PLAIN, "-0.05");
	assert_rate_text(-13, 0, ENF_LOCALE_EN, "-13%");
	assert_rate_text(-125, 1, ENF_LOCALE_VI, "-12,5%");
	/* The extremes: 9223372036854775807 hundred-thousandths... */
	assert_rate_text(INT64_MAX, 6, ENF_LOCALE_EN, "9223372036854.775807%");
	assert_rate_text(INT64_MIN, 6, ENF_LOCALE_VI, "-9223372036854,775808%");
	assert_rate_text(INT64_MIN, 0, ENF_LOCALE_PLAIN,
			 "-9223372036854775808");
}

static void test_stats_rate__format_rate_matches_percent_format(void **state)
{
	/* Precision 2 is money.h's percent text, in every locale. */
	static const int64_t v[] = {0,	   1,	  -1,	     5,
				    99,	   100,	  6291,	     -2114,
				    10000, 15242, INT64_MAX, INT64_MIN};
	static const enf_locale loc[] = {ENF_LOCALE_VI, ENF_LOCALE_EN,
					 ENF_LOCALE_PLAIN};

	(void)state;
	for (size_t i = 0; i < ARRAY_LEN(v); i++) {
		for (size_t j = 0; j < ARRAY_LEN(loc); j++) {
			char a[64], b[64];

			assert_int_equal(enf_stats_format_rate(a, sizeof(a),
							       v[i], 2, loc[j]),
					 ENF_OK);
			assert_int_equal(
				enf_percent_format(b, sizeof(b), v[i], loc[j]),
				ENF_OK);
			assert_string_equal(a, b);
		}
	}
}

static void test_stats_rate__format_rate_bad_input(void **state)
{
	char buf[16];

	(void)state;
	ASSERT_FAILS(enf_stats_format_rate(NULL, 16, 6291, 2, ENF_LOCALE_EN),
		     ENF_EINVALID, "stats_format_rate", "buf is NULL");
	memset(buf, 'x', sizeof(buf));
	ASSERT_FAILS(
		enf_stats_format_rate(buf, sizeof(buf), 6291, 7, ENF_LOCALE_EN),
		ENF_EINVALID, "stats_format_rate", "precision is 7");
	ASSERT_FAILS(enf_stats_format_rate(buf, sizeof(buf), 6291, -1,
					   ENF_LOCALE_EN),
		     ENF_EINVALID, "stats_format_rate", "precision is -1");
	ASSERT_FAILS(
		enf_stats_format_rate(buf, sizeof(buf), 6291, 2, (enf_locale)3),
		ENF_EINVALID, "stats_format_rate", "locale is 3");
	/* "62.91%" needs 7 bytes: 7 fits, 6 does not, nothing written. */
	ASSERT_FAILS(enf_stats_format_rate(buf, 6, 6291, 2, ENF_LOCALE_EN),
		     ENF_EBUFSIZE, "stats_format_rate", "size is 6");
	assert_non_null(strstr(enf_last_error(), "needs 7 bytes"));
	ASSERT_FAILS(enf_stats_format_rate(buf, 0, 6291, 2, ENF_LOCALE_EN),
		     ENF_EBUFSIZE, "stats_format_rate", "size is 0");
	for (size_t i = 0; i < sizeof(buf); i++)
		assert_int_equal(buf[i], 'x');
	assert_int_equal(enf_stats_format_rate(buf, 7, 6291, 2, ENF_LOCALE_EN),
			 ENF_OK);
	assert_string_equal(buf, "62.91%");
}

static void test_stats_rate__format_result(void **state)
{
	(void)state;
	/* The header's forms, precision 2. */
	assert_result_text(ENF_TARGET_SHORT, 2114, 2, ENF_LOCALE_EN,
			   "short by 21.14 points");
	assert_result_text(ENF_TARGET_EXCEEDED, 141, 2, ENF_LOCALE_EN,
			   "exceeded by 1.41 points");
	assert_result_text(ENF_TARGET_REACHED, 0, 2, ENF_LOCALE_EN, "reached");
	assert_result_text(ENF_TARGET_SHORT, 2114, 2, ENF_LOCALE_VI,
			   U_CON_THIEU " 21,14%");
	assert_result_text(ENF_TARGET_EXCEEDED, 141, 2, ENF_LOCALE_VI,
			   U_VUOT " 1,41%");
	assert_result_text(ENF_TARGET_REACHED, 0, 2, ENF_LOCALE_VI,
			   U_DAT_CHI_TIEU);
	/* PLAIN: the signed gap rate - target. */
	assert_result_text(ENF_TARGET_SHORT, 2114, 2, ENF_LOCALE_PLAIN,
			   "-21.14");
	assert_result_text(ENF_TARGET_EXCEEDED, 141, 2, ENF_LOCALE_PLAIN,
			   "1.41");
	assert_result_text(ENF_TARGET_REACHED, 0, 2, ENF_LOCALE_PLAIN, "0.00");
	/* Other precisions: 21 points (0), 21.1 (1), 21.140 (3), 0.000005
	 * (6), and a point under one. */
	assert_result_text(ENF_TARGET_SHORT, 21, 0, ENF_LOCALE_EN,
			   "short by 21 points");
	assert_result_text(ENF_TARGET_SHORT, 21, 0, ENF_LOCALE_VI,
			   U_CON_THIEU " 21%");
	assert_result_text(ENF_TARGET_EXCEEDED, 211, 1, ENF_LOCALE_VI,
			   U_VUOT " 21,1%");
	assert_result_text(ENF_TARGET_SHORT, 21140, 3, ENF_LOCALE_EN,
			   "short by 21.140 points");
	assert_result_text(ENF_TARGET_EXCEEDED, 5, 6, ENF_LOCALE_EN,
			   "exceeded by 0.000005 points");
	assert_result_text(ENF_TARGET_SHORT, 5, 6, ENF_LOCALE_PLAIN,
			   "-0.000005");
	assert_result_text(ENF_TARGET_REACHED, 0, 0, ENF_LOCALE_PLAIN, "0");
	assert_result_text(ENF_TARGET_REACHED, 0, 6, ENF_LOCALE_VI,
			   U_DAT_CHI_TIEU);
	/* The largest gap. */
	assert_result_text(ENF_TARGET_SHORT, INT64_MAX, 0, ENF_LOCALE_PLAIN,
			   "-9223372036854775807");
}

static void test_stats_rate__format_result_bad_input(void **state)
{
	enf_target_result r = {ENF_TARGET_SHORT, 2114};
	char buf[32];

	(void)state;
	ASSERT_FAILS(enf_stats_format_result(NULL, 32, &r, 2, ENF_LOCALE_EN),
		     ENF_EINVALID, "stats_format_result", "buf is NULL");
	memset(buf, 'x', sizeof(buf));
	ASSERT_FAILS(enf_stats_format_result(buf, sizeof(buf), NULL, 2,
					     ENF_LOCALE_EN),
		     ENF_EINVALID, "stats_format_result", "result is NULL");
	ASSERT_FAILS(
		enf_stats_format_result(buf, sizeof(buf), &r, 7, ENF_LOCALE_EN),
		ENF_EINVALID, "stats_format_result", "precision is 7");
	ASSERT_FAILS(enf_stats_format_result(buf, sizeof(buf), &r, 2,
					     (enf_locale)-1),
		     ENF_EINVALID, "stats_format_result", "locale is -1");
	r.verdict = (enf_target_verdict)3;
	ASSERT_FAILS(
		enf_stats_format_result(buf, sizeof(buf), &r, 2, ENF_LOCALE_EN),
		ENF_EINVALID, "stats_format_result", "verdict is 3");
	r.verdict = ENF_TARGET_SHORT;
	r.points = -2114;
	ASSERT_FAILS(
		enf_stats_format_result(buf, sizeof(buf), &r, 2, ENF_LOCALE_EN),
		ENF_EINVALID, "stats_format_result", "points is -2114");
	/* Inconsistent: reached with a gap, short with none. */
	r.verdict = ENF_TARGET_REACHED;
	r.points = 141;
	ASSERT_FAILS(
		enf_stats_format_result(buf, sizeof(buf), &r, 2, ENF_LOCALE_EN),
		ENF_EINVALID, "stats_format_result", "points is 141");
	r.verdict = ENF_TARGET_SHORT;
	r.points = 0;
	ASSERT_FAILS(
		enf_stats_format_result(buf, sizeof(buf), &r, 2, ENF_LOCALE_EN),
		ENF_EINVALID, "stats_format_result", "points is 0");
	/* "short by 21.14 points" is 21 bytes and needs 22. */
	r.points = 2114;
	ASSERT_FAILS(enf_stats_format_result(buf, 21, &r, 2, ENF_LOCALE_EN),
		     ENF_EBUFSIZE, "stats_format_result", "size is 21");
	assert_non_null(strstr(enf_last_error(), "needs 22 bytes"));
	/* "còn thiếu 21,14%": c, ò (2 bytes), n, space, t, h, i, ế (3), u,
	 * space, "21,14%" (6) = 19 bytes, 20 with the NUL. */
	ASSERT_FAILS(enf_stats_format_result(buf, 19, &r, 2, ENF_LOCALE_VI),
		     ENF_EBUFSIZE, "stats_format_result", "needs 20 bytes");
	for (size_t i = 0; i < sizeof(buf); i++)
		assert_int_equal(buf[i], 'x');
	assert_int_equal(enf_stats_format_result(buf, 20, &r, 2, ENF_LOCALE_VI),
			 ENF_OK);
	assert_string_equal(buf, U_CON_THIEU " 21,14%");
}

/* ------------------------------------------------------------------ */
/* Denominators                                                       */
/* ------------------------------------------------------------------ */

static void test_stats_rate__denominators_edges(void **state)
{
	(void)state;
	/* The header's example. */
	assert_denominators(600, 7566, 2, 793, 793);
	/* 100.00% of 600: (1,200,000 / 20,001, 1,200,000 / 19,999] =
	 * (59.997 * 10, 60.003 * 10] = (599.97, 600.03]: 600 alone. */
	assert_denominators(600, 10000, 2, 600, 600);
	/* Above 100%: 3 at 150.00%: (60,000 / 30,001, 60,000 / 29,999] =
	 * (1.99993, 2.00007]: 2. */
	assert_denominators(3, 15000, 2, 2, 2);
	/* 0 done gives 0% of any d, never a positive rate: lo 1 > hi 0. */
	assert_denominators(0, 1, 2, 1, 0);
	/* 1 at 0.01% (precision 2): 1 / d in [0.00005, 0.00015), so
	 * d in (20,000 / 3, 20,000] = (6666.67, 20000]. */
	assert_denominators(1, 1, 2, 6667, 20000);
	/* 1 at 1% (precision 0): 1 / d in [0.005, 0.015): d in
	 * (66.67, 200]. */
	assert_denominators(1, 1, 0, 67, 200);
	/* 1 at 50% (precision 0): 1 / d in [0.495, 0.505): d in
	 * (1.980, 2.020]: 2. */
	assert_denominators(1, 50, 0, 2, 2);
	/* 10^18 at 50.00%: d in (2e22 / 10001, 2e22 / 9999]. With
	 * 1 / 1.0001 = 0.99990000999900009999... and 1 / 0.9999 =
	 * 1.00010001000100010001..., 2e18 times them is
	 * 1,999,800,019,998,000,199.98... and
	 * 2,000,200,020,002,000,200.02..., so lo and hi end in ...200. */
	assert_denominators(1000000000000000000LL, 5000, 2,
			    1999800019998000200LL, 2000200020002000200LL);
}

static void test_stats_rate__denominators_agree_with_rate(void **state)
{
	uint64_t seed = 20250630;

	(void)state;
	/*
	 * For random n <= d at random precisions, with the rate r = round(n
	 * / d) half-up, the range must contain d, both ends must give r and
	 * the neighbours outside must not. The rates of the neighbours are
	 * computed with enf_money_muldiv() (n * 100 * 10^p / d, half-up),
	 * which also covers d < n.
	 */
	for (int i = 0; i < 2000; i++) {
		int p = (int)(lcg_next(&seed) % 7);
		int64_t scale = 100, d, n, r, lo = SENTINEL, hi = SENTINEL, x;

		for (int k = 0; k < p; k++)
			scale *= 10;
		d = (int64_t)(lcg_next(&seed) %
			      (i < 1000 ? 5000 : 10000000000ULL)) +
		    1;
		n = (int64_t)(lcg_next(&seed) % (uint64_t)(d + 1));
		if (n == 0)
			n = 1;
		r = rate_at(n, d, p, ENF_ROUND_HALF_UP);
		if (r == 0)
			continue;
		assert_int_equal(enf_stats_denominators(&lo, &hi, n, r, p),
				 ENF_OK);
		assert_true(lo <= d && d <= hi);
		assert_int_equal(
			enf_money_muldiv(&x, n, scale, lo, ENF_ROUND_HALF_UP),
			ENF_OK);
		assert_int_equal(x, r);
		assert_int_equal(
			enf_money_muldiv(&x, n, scale, hi, ENF_ROUND_HALF_UP),
			ENF_OK);
		assert_int_equal(x, r);
		if (lo > 1) {
			assert_int_equal(enf_money_muldiv(&x, n, scale, lo - 1,
							  ENF_ROUND_HALF_UP),
					 ENF_OK);
			assert_true(x > r);
		}
		assert_int_equal(enf_money_muldiv(&x, n, scale, hi + 1,
						  ENF_ROUND_HALF_UP),
				 ENF_OK);
		assert_true(x < r);
	}
}

static void test_stats_rate__denominators_bad_input(void **state)
{
	int64_t lo = SENTINEL, hi = SENTINEL;

	(void)state;
	ASSERT_FAILS(enf_stats_denominators(NULL, &hi, 600, 7566, 2),
		     ENF_EINVALID, "stats_denominators", "lo is NULL");
	ASSERT_FAILS(enf_stats_denominators(&lo, NULL, 600, 7566, 2),
		     ENF_EINVALID, "stats_denominators", "hi is NULL");
	ASSERT_FAILS(enf_stats_denominators(&lo, &hi, -600, 7566, 2),
		     ENF_EINVALID, "stats_denominators", "numerator is -600");
	ASSERT_FAILS(enf_stats_denominators(&lo, &hi, 600, 0, 2), ENF_EINVALID,
		     "stats_denominators", "rate is 0");
	ASSERT_FAILS(enf_stats_denominators(&lo, &hi, 600, -7566, 2),
		     ENF_EINVALID, "stats_denominators", "rate is -7566");
	ASSERT_FAILS(enf_stats_denominators(&lo, &hi, 600, 7566, 7),
		     ENF_EINVALID, "stats_denominators", "precision is 7");
	ASSERT_FAILS(enf_stats_denominators(&lo, &hi, 600, 7566, -1),
		     ENF_EINVALID, "stats_denominators", "precision is -1");
	/* INT64_MAX at 0.000001% (precision 6): hi = 2 * M * 10^8 / 1 does
	 * not fit. */
	ASSERT_FAILS(enf_stats_denominators(&lo, &hi, INT64_MAX, 1, 6),
		     ENF_EOVERFLOW, "stats_denominators",
		     "9223372036854775807");
	/* INT64_MAX at 100.00%: d up to 2M * 10^4 / 19999 = 1.00005 M,
	 * above the 64-bit range. */
	ASSERT_FAILS(enf_stats_denominators(&lo, &hi, INT64_MAX, 10000, 2),
		     ENF_EOVERFLOW, "stats_denominators", "rate 10000");
	assert_int_equal(lo, SENTINEL);
	assert_int_equal(hi, SENTINEL);
}

/* ------------------------------------------------------------------ */
/* Published totals: bad input                                        */
/* ------------------------------------------------------------------ */

static void test_stats_rate__published_bad_input(void **state)
{
	const enf_published good = published("x", 3567, 2244, -1, -1);
	enf_published in;
	enf_published_result out, keep;

	(void)state;
	memset(&out, 0x5a, sizeof(out));
	keep = out;
	ASSERT_FAILS(enf_stats_published(NULL, &good), ENF_EINVALID,
		     "stats_published", "out is NULL");
	ASSERT_FAILS(enf_stats_published(&out, NULL), ENF_EINVALID,
		     "stats_published", "in is NULL");

	in = good;
	in.cases_done = 3568;
	ASSERT_FAILS(enf_stats_published(&out, &in), ENF_EINVALID,
		     "stats_published", "cases_done is 3568");
	in = good;
	in.cases_with_means = -2;
	ASSERT_FAILS(enf_stats_published(&out, &in), ENF_EINVALID,
		     "stats_published", "cases_with_means is -2");
	in = good;
	in.cases_done = -5;
	ASSERT_FAILS(enf_stats_published(&out, &in), ENF_EINVALID,
		     "stats_published", "cases_done is -5");
	in = good;
	in.money_with_means = INT64_MIN;
	ASSERT_FAILS(enf_stats_published(&out, &in), ENF_EINVALID,
		     "stats_published",
		     "money_with_means is -9223372036854775808");
	in = good;
	in.money_done = -3;
	ASSERT_FAILS(enf_stats_published(&out, &in), ENF_EINVALID,
		     "stats_published", "money_done is -3");
	in = good;
	in.target_cases = -8405;
	ASSERT_FAILS(enf_stats_published(&out, &in), ENF_EINVALID,
		     "stats_published", "target_cases is -8405");
	in = good;
	in.target_money = -2;
	ASSERT_FAILS(enf_stats_published(&out, &in), ENF_EINVALID,
		     "stats_published", "target_money is -2");
	in = good;
	in.money_with_means = 1000;
	in.money_done = 1001;
	ASSERT_FAILS(enf_stats_published(&out, &in), ENF_EINVALID,
		     "stats_published", "money_done is 1001");
	in = good;
	in.cases_with_means = 0;
	in.cases_done = 0;
	ASSERT_FAILS(enf_stats_published(&out, &in), ENF_EDIVZERO,
		     "stats_published", "cases_with_means is 0");
	in = good;
	in.money_with_means = 0;
	in.money_done = 0;
	ASSERT_FAILS(enf_stats_published(&out, &in), ENF_EDIVZERO,
		     "stats_published", "money_with_means is 0");
	assert_memory_equal(&out, &keep, sizeof(out));
}

static void test_stats_rate__published_sum_bad_input(void **state)
{
	enf_published items[2] = {
		published("a", 10, 5, 100, 50),
		published("b", 20, 10, 200, 100),
	};
	enf_published out, keep;

	(void)state;
	memset(&out, 0x5a, sizeof(out));
	keep = out;
	ASSERT_FAILS(enf_stats_published_sum(NULL, "s", items, 2), ENF_EINVALID,
		     "stats_published_sum", "out is NULL");
	ASSERT_FAILS(enf_stats_published_sum(&out, "s", NULL, 2), ENF_EINVALID,
		     "stats_published_sum", "items is NULL");
	ASSERT_FAILS(enf_stats_published_sum(&out, "s", items, 0), ENF_EINVALID,
		     "stats_published_sum", "count is 0");
	items[1].cases_done = -7;
	ASSERT_FAILS(enf_stats_published_sum(&out, "s", items, 2), ENF_EINVALID,
		     "stats_published_sum", "items[1].cases_done is -7");
	items[1].cases_done = 10;
	items[0].money_with_means = -2;
	ASSERT_FAILS(enf_stats_published_sum(&out, "s", items, 2), ENF_EINVALID,
		     "stats_published_sum", "items[0].money_with_means is -2");
	/* INT64_MAX + 200 overflows. */
	items[0].money_with_means = INT64_MAX;
	ASSERT_FAILS(enf_stats_published_sum(&out, "s", items, 2),
		     ENF_EOVERFLOW, "stats_published_sum",
		     "items[1].money_with_means");
	assert_memory_equal(&out, &keep, sizeof(out));
	/* Unknown absorbs even a value that would overflow. */
	items[1].money_with_means = -1;
	assert_int_equal(enf_stats_published_sum(&out, "s", items, 2), ENF_OK);
	assert_int_equal(out.money_with_means, -1);
}

/* ------------------------------------------------------------------ */
/* National targets                                                   */
/* ------------------------------------------------------------------ */

static void test_stats_rate__national_targets(void **state)
{
	int64_t cases = SENTINEL, money = SENTINEL;

	(void)state;
	/* Domain notes §6. */
	assert_int_equal(enf_stats_national_target(&cases, &money, 2023),
			 ENF_OK);
	assert_int_equal(cases, 8250);
	assert_int_equal(money, 4550);
	assert_int_equal(enf_stats_national_target(&cases, &money, 2024),
			 ENF_OK);
	assert_int_equal(cases, 8325);
	assert_int_equal(money, 4645);
	assert_int_equal(enf_stats_national_target(&cases, &money, 2025),
			 ENF_OK);
	assert_int_equal(cases, 8390);
	assert_int_equal(money, 5190);

	/* Unknown years leave the outputs alone. */
	cases = SENTINEL;
	money = SENTINEL;
	ASSERT_FAILS(enf_stats_national_target(&cases, &money, 2026),
		     ENF_ENOTFOUND, "stats_national_target", "year is 2026");
	ASSERT_FAILS(enf_stats_national_target(&cases, &money, 2022),
		     ENF_ENOTFOUND, "stats_national_target", "year is 2022");
	ASSERT_FAILS(enf_stats_national_target(&cases, &money, 0),
		     ENF_ENOTFOUND, "stats_national_target", "year is 0");
	ASSERT_FAILS(enf_stats_national_target(NULL, &money, 2025),
		     ENF_EINVALID, "stats_national_target", "cases is NULL");
	ASSERT_FAILS(enf_stats_national_target(&cases, NULL, 2025),
		     ENF_EINVALID, "stats_national_target", "money is NULL");
	assert_int_equal(cases, SENTINEL);
	assert_int_equal(money, SENTINEL);

	/* Lạng Sơn 2025 against the national target rather than its own:
	 * 62.91 is short of 83.90 by 20.99 points (money: 30.71 against
	 * 51.90, 21.19). */
	{
		enf_target_result r;

		assert_int_equal(
			enf_stats_national_target(&cases, &money, 2025),
			ENF_OK);
		assert_int_equal(enf_stats_compare(&r, 6291, cases), ENF_OK);
		assert_int_equal(r.points, 2099);
		assert_int_equal(enf_stats_compare(&r, 3071, money), ENF_OK);
		assert_int_equal(r.points, 2119);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_rate__options_init),
		cmocka_unit_test(test_stats_rate__langson_cases),
		cmocka_unit_test(test_stats_rate__langson_money),
		cmocka_unit_test(test_stats_rate__langson_denominators),
		cmocka_unit_test(test_stats_rate__langson_published),
		cmocka_unit_test(test_stats_rate__langson_growth),
		cmocka_unit_test(test_stats_rate__soctrang_rates),
		cmocka_unit_test(test_stats_rate__soctrang_denominators),
		cmocka_unit_test(test_stats_rate__soctrang_sum),
		cmocka_unit_test(test_stats_rate__precision),
		cmocka_unit_test(test_stats_rate__rounding_modes),
		cmocka_unit_test(test_stats_rate__rate_extremes),
		cmocka_unit_test(test_stats_rate__rate_bad_input),
		cmocka_unit_test(test_stats_rate__target_share),
		cmocka_unit_test(test_stats_rate__target_share_bad_input),
		cmocka_unit_test(test_stats_rate__growth),
		cmocka_unit_test(test_stats_rate__growth_bad_input),
		cmocka_unit_test(test_stats_rate__compare),
		cmocka_unit_test(test_stats_rate__compare_bad_input),
		cmocka_unit_test(test_stats_rate__format_rate),
		cmocka_unit_test(
			test_stats_rate__format_rate_matches_percent_format),
		cmocka_unit_test(test_stats_rate__format_rate_bad_input),
		cmocka_unit_test(test_stats_rate__format_result),
		cmocka_unit_test(test_stats_rate__format_result_bad_input),
		cmocka_unit_test(test_stats_rate__denominators_edges),
		cmocka_unit_test(test_stats_rate__denominators_agree_with_rate),
		cmocka_unit_test(test_stats_rate__denominators_bad_input),
		cmocka_unit_test(test_stats_rate__published_bad_input),
		cmocka_unit_test(test_stats_rate__published_sum_bad_input),
		cmocka_unit_test(test_stats_rate__national_targets),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
