/*
 * Reporting periods of enforcement statistics: the year runs 1 October to
 * 30 September and is named by its ending calendar year (Circular
 * 06/2019/TT-BTP Art 4, cumulative monthly reports); the inter-agency
 * periods end 31/12, 31/3, 31/7 and 30/9 (Joint Circular 12/2021/TTLT
 * Art 6).
 */
#include "internal.h"

/* Year 1's first month would be October of year 0: not a valid date. */
static enf_status enf__check_year(const char *fn, int year)
{
	if (year < 2 || year > 9999)
		return enf__fail(ENF_ERANGE,
				 "%s: year is %d; enforcement years run from "
				 "2 to 9999",
				 fn, year);
	return ENF_OK;
}

/* Calendar year and month of month k of enforcement year `year`. */
static void enf__report_ym(int year, int k, int *y, int *m)
{
	*m = (k + 8) % 12 + 1; /* k = 1 is October */
	*y = k <= 3 ? year - 1 : year;
}

static enf_status enf__check_k(const char *fn, int year, int k)
{
	if (k < 1 || k > 12)
		return enf__fail(ENF_ERANGE,
				 "%s: k is %d; a reporting month is 1..12 "
				 "(1 = October)",
				 fn, k);
	return enf__check_year(fn, year);
}

/* The enforcement year of date; failures name fn. */
static enf_status enf__year_of(const char *fn, int *out, enf_date date)
{
	int y, m, d;

	if (!enf__date_in_range(date))
		return enf__range_fail(fn, "date", date);
	enf__civil_from_days(date, &y, &m, &d);
	if (m >= 10 && y == 9999)
		return enf__fail(ENF_ERANGE,
				 "%s: date 9999-%02d-%02d falls in "
				 "enforcement year 10000",
				 fn, m, d);
	*out = m >= 10 ? y + 1 : y;
	return ENF_OK;
}

static enf_status enf__year_of_checked(const char *fn, int *out, enf_date date)
{
	ENF__CHECK_NULL(fn, out);
	return enf__year_of(fn, out, date);
}

enf_status enf_period_year_of(int *out, enf_date date)
{
	return enf__year_of_checked("period_year_of", out, date);
}

enf_status enf_report_year_of(int *out, enf_date date)
{
	return enf__year_of_checked("report_year_of", out, date);
}

/* Month k of enforcement year `year`, checked; failures name fn. */
static enf_status enf__month(const char *fn, enf_period *out, int year, int k)
{
	int y, m;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	st = enf__check_k(fn, year, k);
	if (st != ENF_OK)
		return st;
	enf__report_ym(year, k, &y, &m);
	out->first = enf__days_from_civil(y, m, 1);
	out->last = enf__days_from_civil(y, m, enf__month_days(y, m));
	return ENF_OK;
}

enf_status enf_period_month(enf_period *out, int year, int k)
{
	return enf__month("period_month", out, year, k);
}

enf_status enf_report_month(enf_period *out, int year, int k)
{
	return enf__month("report_month", out, year, k);
}

static enf_status enf__cumulative(const char *fn, enf_period *out, int year,
				  int k)
{
	enf_status st = enf__month(fn, out, year, k);

	if (st == ENF_OK)
		out->first = enf__days_from_civil(year - 1, 10, 1);
	return st;
}

enf_status enf_period_cumulative(enf_period *out, int year, int k)
{
	return enf__cumulative("period_cumulative", out, year, k);
}

enf_status enf_report_cumulative(enf_period *out, int year, int k)
{
	return enf__cumulative("report_cumulative", out, year, k);
}

static enf_status enf__to_date(const char *fn, enf_period *out, enf_date date)
{
	int year = 0;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	st = enf__year_of(fn, &year, date);
	if (st != ENF_OK)
		return st;
	if (year < 2)
		return enf__check_year(fn, year);
	out->first = enf__days_from_civil(year - 1, 10, 1);
	out->last = date;
	return ENF_OK;
}

enf_status enf_period_to_date(enf_period *out, enf_date date)
{
	return enf__to_date("period_to_date", out, date);
}

enf_status enf_report_to_date(enf_period *out, enf_date date)
{
	return enf__to_date("report_to_date", out, date);
}

static enf_status enf__last_year(const char *fn, enf_period *out,
				 const enf_period *p)
{
	enf_date first, last;

	ENF__CHECK_NULL(fn, out);
	ENF__CHECK_NULL(fn, p);
	if (!enf__date_in_range(p->first) || !enf__date_in_range(p->last))
		return enf__range_fail(
			fn, enf__date_in_range(p->first) ? "last" : "first",
			enf__date_in_range(p->first) ? p->last : p->first);
	if (p->last < p->first)
		return enf__fail(ENF_EINVALID,
				 "%s: last (%s) is before first (%s)", fn,
				 enf__date_shown(p->last).s,
				 enf__date_shown(p->first).s);
	if (enf__add_months(&first, p->first, -12) != 0 ||
	    enf__add_months(&last, p->last, -12) != 0)
		return enf__range_fail(fn, "first", p->first);
	out->first = first, out->last = last;
	return ENF_OK;
}

enf_status enf_period_last_year(enf_period *out, const enf_period *p)
{
	return enf__last_year("period_last_year", out, p);
}

enf_status enf_report_same_period_last_year(enf_period *out,
					    const enf_period *p)
{
	return enf__last_year("report_same_period_last_year", out, p);
}

static enf_status enf__interagency(const char *fn, enf_period *out, int year,
				   int months)
{
	ENF__CHECK_NULL(fn, out);
	if (months != 3 && months != 6 && months != 10 && months != 12)
		return enf__fail(ENF_EINVALID,
				 "%s: months is %d; the inter-agency periods "
				 "are 3, 6, 10 and 12 months",
				 fn, months);
	if (enf__check_year(fn, year) != ENF_OK)
		return ENF_ERANGE;
	return enf__cumulative(fn, out, year, months);
}

enf_status enf_period_interagency(enf_period *out, int year, int months)
{
	return enf__interagency("period_interagency", out, year, months);
}

enf_status enf_report_interagency(enf_period *out, int year, int months)
{
	return enf__interagency("report_interagency", out, year, months);
}
