/*
 * Vietnamese lunar calendar, computed from the astronomy rather than read
 * from a table, so the whole 1900..2100 range costs no data and the rules
 * stay visible:
 *  - a month starts on the local (UTC+7) day of a true new moon;
 *  - month 11 is the month containing the winter solstice (sun at 270 deg);
 *  - when 13 months lie between two months 11, the first month after the
 *    first month 11 in which no major solar term (sun longitude a multiple
 *    of 30 deg) begins is the leap month, numbered after the month before it.
 *
 * Time scales: every instant below is a double counting days since
 * 1970-01-01 00:00, either in UT ("ut") or in Terrestrial Time ("tt");
 * Meeus's formulas are in TT, the civil day is UT + 7 h.
 */
#include "lunar.h"

#include <math.h>
#include <stddef.h>

#define LUNAR_PI 3.14159265358979323846
/* Vietnam has kept lunar time at UTC+7 since 1967/68; every year uses it. */
#define LUNAR_TZ_DAYS (7.0 / 24.0)
/* J2000.0 (JD 2451545.0) in days since 1970-01-01 00:00. */
#define LUNAR_J2000 10957.5
/* Meeus 49.1 epoch: the new moon k = 0 (JDE 2451550.09766) since 1970. */
#define LUNAR_K0      10962.59766
#define LUNAR_SYNODIC 29.530588861

/* Sine of an angle in degrees; fmod first so huge k-multiples keep digits. */
static double lunar_sin(double deg)
{
	return sin(fmod(deg, 360.0) * (LUNAR_PI / 180.0));
}

/* Days since 1970-01-01 of January 1 of a positive year. */
static int32_t lunar_jan1(int year)
{
	int p = year - 1;
	int leaps = p / 4 - p / 100 + p / 400;

	/* 477 leap years fall in 1..1969. */
	return (int32_t)(365 * (year - 1970) + leaps - 477);
}

/* Gregorian year of a day number (range-limited callers only). */
static int lunar_civil_year(int32_t day)
{
	double guess = floor(day / 365.2425);
	int y = 1970 + (int)guess;

	while (lunar_jan1(y + 1) <= day)
		y++;
	while (lunar_jan1(y) > day)
		y--;
	return y;
}

/*
 * TT - UT in seconds (Espenak & Meeus polynomials). Only needed to within
 * tens of seconds here, but without it a new moon or solar term near
 * midnight could land on the wrong day by up to about 3 minutes in 2100.
 */
static double lunar_delta_t(double ut)
{
	double y = 2000.0 + (ut - LUNAR_J2000) / 365.25;
	double t;

	if (y < 1900.0) {
		t = y - 1860.0;
		return 7.62 + t * (0.5737 +
				   t * (-0.251754 +
					t * (0.01680668 + t * (-0.0004473624 +
							       t / 233174.0))));
	}
	if (y < 1920.0) {
		t = y - 1900.0;
		return -2.79 +
		       t * (1.494119 +
			    t * (-0.0598939 + t * (0.0061966 - 0.000197 * t)));
	}
	if (y < 1941.0) {
		t = y - 1920.0;
		return 21.20 + t * (0.84493 + t * (-0.0761 + 0.0020936 * t));
	}
	if (y < 1961.0) {
		t = y - 1950.0;
		return 29.07 + t * (0.407 + t * (-1.0 / 233.0 + t / 2547.0));
	}
	if (y < 1986.0) {
		t = y - 1975.0;
		return 45.45 + t * (1.067 + t * (-1.0 / 260.0 - t / 718.0));
	}
	if (y < 2005.0) {
		t = y - 2000.0;
		return 63.86 +
		       t * (0.3345 +
			    t * (-0.060374 +
				 t * (0.0017275 +
				      t * (0.000651814 + 0.00002373599 * t))));
	}
	if (y < 2050.0) {
		t = y - 2000.0;
		return 62.92 + t * (0.32217 + 0.005589 * t);
	}
	t = (y - 1820.0) / 100.0;
	return -20.0 + 32.0 * t * t - 0.5628 * (2150.0 - y);
}

/*
 * Periodic terms of the true new moon (Meeus table 49.A, new moon column):
 * coefficient in days and the multiples of M (sun's anomaly), M' (moon's
 * anomaly) and F (moon's argument of latitude). Each term carries E to the
 * power |multiple of M|, the eccentricity damping Meeus applies.
 */
static const struct lunar_term {
	double c;
	signed char m, mp, f;
} lunar_nm_terms[] = {
	{-0.40720, 0, 1, 0},   {0.17241, 1, 0, 0},   {0.01608, 0, 2, 0},
	{0.01039, 0, 0, 2},    {0.00739, -1, 1, 0},  {-0.00514, 1, 1, 0},
	{0.00208, 2, 0, 0},    {-0.00111, 0, 1, -2}, {-0.00057, 0, 1, 2},
	{0.00056, 1, 2, 0},    {-0.00042, 0, 3, 0},  {0.00042, 1, 0, 2},
	{0.00038, 1, 0, -2},   {-0.00024, -1, 2, 0}, {-0.00007, 2, 1, 0},
	{0.00004, 0, 2, -2},   {0.00004, 3, 0, 0},   {0.00003, 1, 1, -2},
	{0.00003, 0, 2, 2},    {-0.00003, 1, 1, 2},  {0.00003, -1, 1, 2},
	{-0.00002, -1, 1, -2}, {-0.00002, 1, 3, 0},  {0.00002, 0, 4, 0},
};

/* Planetary arguments A1..A14 (Meeus 49): base, rate per lunation, amplitude.
 */
static const struct lunar_planetary {
	double a0, rate, amp;
} lunar_nm_planetary[] = {
	{299.77, 0.107408, 0.000325},  {251.88, 0.016321, 0.000165},
	{251.83, 26.651886, 0.000164}, {349.42, 36.412478, 0.000126},
	{84.66, 18.206239, 0.000110},  {141.74, 53.303771, 0.000062},
	{207.14, 2.453732, 0.000060},  {154.84, 7.306860, 0.000056},
	{34.52, 27.261239, 0.000047},  {207.19, 0.121824, 0.000042},
	{291.34, 1.844379, 0.000040},  {161.72, 24.198154, 0.000037},
	{239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
};

#define LUNAR_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Sum of the periodic and planetary corrections to the mean new moon k. */
static double lunar_nm_correction(double k, double t)
{
	double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
	double e = 1.0 - 0.002516 * t - 0.0000074 * t2;
	double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
	double mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 +
		    0.00001238 * t3 - 0.000000058 * t4;
	double f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 -
		   0.00000227 * t3 + 0.000000011 * t4;
	double om =
		124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
	double sum = -0.00017 * lunar_sin(om);
	size_t i;

	for (i = 0; i < LUNAR_COUNT(lunar_nm_terms); i++) {
		const struct lunar_term *p = &lunar_nm_terms[i];
		double arg = p->m * m + p->mp * mp + p->f * f;
		double c = p->c;
		int n;

		for (n = p->m < 0 ? -p->m : p->m; n > 0; n--)
			c *= e;
		sum += c * lunar_sin(arg);
	}
	for (i = 0; i < LUNAR_COUNT(lunar_nm_planetary); i++) {
		const struct lunar_planetary *p = &lunar_nm_planetary[i];
		double arg = p->a0 + p->rate * k;

		if (i == 0) /* only A1 has a secular term */
			arg -= 0.009173 * t2;
		sum += p->amp * lunar_sin(arg);
	}
	return sum;
}

/* Instant (TT) of true new moon number k, k = 0 being 2000-01-06. */
static double lunar_new_moon_tt(int k)
{
	double kk = (double)k;
	double t = kk / 1236.85; /* Julian centuries from J2000 */
	double t2 = t * t;
	double mean = LUNAR_K0 + LUNAR_SYNODIC * kk + 0.00015437 * t2 -
		      0.000000150 * t2 * t + 0.00000000073 * t2 * t2;

	return mean + lunar_nm_correction(kk, t);
}

/*
 * Local civil day on which new moon k falls: the floor of the UTC+7 time,
 * so a new moon at 23:59 local stays on its day and one at 00:00 starts
 * the next. Delta T is evaluated at the TT instant; the error (under a
 * millisecond) is far below the astronomy's own.
 */
static int32_t lunar_month_start(int k)
{
	double tt = lunar_new_moon_tt(k);
	double ut = tt - lunar_delta_t(tt) / 86400.0;
	double local = floor(ut + LUNAR_TZ_DAYS);

	return (int32_t)local;
}

/* Apparent geocentric longitude of the sun in degrees [0, 360) (Meeus 25). */
static double lunar_sun_longitude(double tt)
{
	double t = (tt - LUNAR_J2000) / 36525.0;
	double l0 = 280.46646 + t * (36000.76983 + 0.0003032 * t);
	double m = 357.52911 + t * (35999.05029 - 0.0001537 * t);
	double c = (1.914602 - t * (0.004817 + 0.000014 * t)) * lunar_sin(m) +
		   (0.019993 - 0.000101 * t) * lunar_sin(2.0 * m) +
		   0.000289 * lunar_sin(3.0 * m);
	double omega = 125.04 - 1934.136 * t;
	/* Aberration and nutation turn the true longitude into the apparent. */
	double lambda = l0 + c - 0.00569 - 0.00478 * lunar_sin(omega);

	lambda = fmod(lambda, 360.0);
	return lambda < 0.0 ? lambda + 360.0 : lambda;
}

/*
 * Which 30-degree sector (0..11, sector 9 starting at the winter solstice)
 * the sun is in at local midnight beginning day. Two month starts in the
 * same sector mean no major term begins in the month between them; taking
 * both at midnight assigns a term to exactly one local day.
 */
static int lunar_sector(int32_t day)
{
	double ut = (double)day - LUNAR_TZ_DAYS;
	double tt = ut + lunar_delta_t(ut) / 86400.0;
	double sector = floor(lunar_sun_longitude(tt) / 30.0);
	int s = (int)sector;

	return s > 11 ? 11 : s; /* guards a longitude rounded up to 360 */
}

/* Number k of the new moon that starts the month containing day. */
static int lunar_month_k(int32_t day)
{
	double guess = floor(((double)day - LUNAR_K0) / LUNAR_SYNODIC);
	int k = (int)guess;

	/* The estimate is off by at most one lunation: true and mean new
	 * moons differ by under a day. */
	while (lunar_month_start(k + 1) <= day)
		k++;
	while (lunar_month_start(k) > day)
		k--;
	return k;
}

/* Number k of the new moon starting month 11 of a Gregorian year. */
static int lunar_month11_k(int year)
{
	/* The month holding Dec 31 starts after Dec 1, so it either holds the
	 * solstice (about Dec 21) or starts after it; in that case month 11
	 * is the one before. */
	int k = lunar_month_k(lunar_jan1(year + 1) - 1);

	if (lunar_sector(lunar_month_start(k)) >= 9)
		k--;
	return k;
}

/*
 * The months from month 11 of a Gregorian year up to (not including) the
 * next month 11: where they start and which of them, if any, is leap.
 */
typedef struct lunar_span {
	int year;  /* Gregorian year of the first month 11's solstice */
	int k11;   /* new moon number of that month 11 */
	int count; /* 12 or 13 months */
	int leap;  /* index 1..12 of the leap month within the span, or 0 */
} lunar_span;

static int lunar_span_init(lunar_span *s, int year)
{
	int i;

	s->year = year;
	s->k11 = lunar_month11_k(year);
	s->count = lunar_month11_k(year + 1) - s->k11;
	s->leap = 0;
	if (s->count == 12)
		return 0;
	if (s->count != 13)
		return -1;
	/* Month 11 itself holds the solstice, so the search starts after it;
	 * 12 terms among 13 months guarantee a hit. */
	for (i = 1; i < 13; i++) {
		int a = lunar_sector(lunar_month_start(s->k11 + i));
		int b = lunar_sector(lunar_month_start(s->k11 + i + 1));

		if (a == b) {
			s->leap = i;
			return 0;
		}
	}
	return -1;
}

/* Month number, leap flag and lunar year of the month at index i of s. */
static void lunar_span_month(const lunar_span *s, int i, int *year, int *month,
			     int *leap)
{
	/* Counting only non-leap months, index 0 is month 11, 2 is month 1. */
	int j = (s->leap != 0 && i >= s->leap) ? i - 1 : i;

	*month = (10 + j) % 12 + 1;
	*leap = s->leap != 0 && i == s->leap;
	*year = j < 2 ? s->year : s->year + 1;
}

int enf__lunar_from_solar(enf__lunar_date *out, int32_t day)
{
	lunar_span s;
	int k, y, m, leap;

	if (out == NULL || day < ENF__LUNAR_MIN_DAY || day > ENF__LUNAR_MAX_DAY)
		return -1;
	k = lunar_month_k(day);
	/* Days before this year's month 11 belong to last year's span. */
	y = lunar_civil_year(day);
	if (k < lunar_month11_k(y))
		y--;
	if (lunar_span_init(&s, y) != 0 || k - s.k11 >= s.count)
		return -1;
	lunar_span_month(&s, k - s.k11, &y, &m, &leap);
	out->year = y;
	out->month = m;
	out->day = (int)(day - lunar_month_start(k)) + 1;
	out->leap = leap;
	return 0;
}

int enf__lunar_to_solar(int32_t *out_day, int year, int month, int day,
			int leap)
{
	lunar_span s;
	int i;

	/* Lunar years 1899 and 2100 reach into the range only in part; the
	 * final range check below sorts out their days. */
	if (out_day == NULL || year < 1899 || year > 2100 || month < 1 ||
	    month > 12 || day < 1 || day > 30 || (leap != 0 && leap != 1))
		return -1;
	/* Months 11 and 12 (and a leap 11 or 12) open the span of their own
	 * year; months 1..10 close the span begun the year before. */
	if (lunar_span_init(&s, month >= 11 ? year : year - 1) != 0)
		return -1;
	for (i = 0; i < s.count; i++) {
		int y, m, l;
		int32_t start, length, result;

		lunar_span_month(&s, i, &y, &m, &l);
		if (y != year || m != month || l != leap)
			continue;
		start = lunar_month_start(s.k11 + i);
		length = lunar_month_start(s.k11 + i + 1) - start;
		result = start + day - 1;
		if (day > length || result < ENF__LUNAR_MIN_DAY ||
		    result > ENF__LUNAR_MAX_DAY)
			return -1;
		*out_day = result;
		return 0;
	}
	return -1;
}

int enf__lunar_new_year(int32_t *out_day, int year)
{
	if (year < 1900 || year > 2100)
		return -1;
	return enf__lunar_to_solar(out_day, year, 1, 1, 0);
}
