/*
 * review.h and programme.h (included by enforcement.i), language-neutral.
 *
 * A programme is a record whose offices are an array of strings, which
 * no typemap of an input record can fill: enf_programme_assign and
 * enf_programme_report_new are bound through adapters that take the
 * programme's fields as arguments (number, code, name, offices, first and
 * last day), under the names of the functions they adapt.
 */

/* ---- review.h ------------------------------------------------------ */
ENF_OPTIONS(enf_review_options, ENF_REVIEW_OPTIONS_VERSION, enf_review_options_init)
ENF_RECORD_OWNS_STRING(enf_review_options, office)
ENF_OUT_RECORD_ARRAY(enf_review_item)
ENF_SIZED_BY_COUNT(enf_register_review)
ENF_OUT_VALUE(size_t, out)

%include "enforcement/review.h"

/* ---- programme.h --------------------------------------------------- */
ENF_OBJECT(enf_programme_report, enf_programme_report_free)
%immutable enf_programme_row::office;
ENF_OUT_RECORD(enf_programme_row)
ENF_OUT_RECORD(enf_programme_rates)
%ignore enf_programme;
%ignore enf_programme_init;
%ignore enf_programme_assign;
%ignore enf_programme_report_new;

%{
static enf_programme
enf_swig_programme(int32_t number, const char *code, const char *name,
		   const char *const *offices, size_t noffices, enf_date first,
		   enf_date last)
{
	enf_programme p;

	enf_programme_init(&p, ENF_PROGRAMME_VERSION);
	p.number = number;
	p.code = code;
	p.name = name;
	p.offices = offices;
	p.noffices = noffices;
	p.period.first = first;
	p.period.last = last;
	return p;
}

static enf_status
enf_swig_programme_assign(enf_register *reg, int32_t number, const char *code,
			  const char *name, const char *const *offices,
			  size_t noffices, enf_date first, enf_date last,
			  const char *office, const char *decision_no,
			  enf_date date)
{
	enf_programme p = enf_swig_programme(number, code, name, offices,
					     noffices, first, last);

	return enf_programme_assign(reg, &p, office, decision_no, date);
}

static enf_status
enf_swig_programme_report_new(enf_programme_report **out,
			      const enf_register *reg, int32_t number,
			      const char *code, const char *name,
			      const char *const *offices, size_t noffices,
			      enf_date first, enf_date last, enf_date date)
{
	enf_programme p = enf_swig_programme(number, code, name, offices,
					     noffices, first, last);

	return enf_programme_report_new(out, reg, &p, date);
}
%}

%rename(programme_assign) enf_swig_programme_assign;
%rename(programme_report_new) enf_swig_programme_report_new;
ENF_IN_STRINGS(offices, noffices)

enf_status enf_swig_programme_assign(enf_register *reg, int32_t number,
				     const char *code, const char *name,
				     const char *const *offices,
				     size_t noffices, enf_date first,
				     enf_date last, const char *office,
				     const char *decision_no, enf_date date);
enf_status enf_swig_programme_report_new(enf_programme_report **out,
					 const enf_register *reg,
					 int32_t number, const char *code,
					 const char *name,
					 const char *const *offices,
					 size_t noffices, enf_date first,
					 enf_date last, enf_date date);

%include "enforcement/programme.h"
