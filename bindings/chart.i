/*
 * The charts of stats.h and auction.h (enf_stats_chart,
 * enf_auction_chart), language-neutral adapters: their options carry
 * strings and an array of names, which no typemap sets in a record, so
 * the adapters take the fields as arguments and build the options. An
 * empty names array is none; an empty name, or a missing one at the end
 * of a shorter array, is the default (the report's unit, the sale's rule
 * set id).
 */
%{
static const char **enf_swig_chart_names(const char *const *names,
					 size_t nnames, size_t count)
{
	const char **v;

	if (nnames == 0)
		return NULL;
	v = calloc(count > nnames ? count : nnames, sizeof(*v));
	for (size_t i = 0; v != NULL && i < nnames; i++)
		v[i] = names[i][0] != '\0' ? names[i] : NULL;
	return v;
}

static enf_status
enf_swig_stats_chart(char **out, size_t *len,
		     const enf_stats_report *const *reps, size_t count,
		     const char *const *names, size_t nnames,
		     enf_measure measure, int64_t target,
		     const char *target_label, enf_locale locale,
		     const char *title, const char *value_title,
		     const char *unit_title, enf_chart_layout layout,
		     unsigned int label_chars)
{
	enf_chart_options o;
	const char **v = enf_swig_chart_names(names, nnames, count);
	enf_status st;

	if (nnames != 0 && v == NULL)
		return ENF_ENOMEM;
	enf_chart_options_init(&o, ENF_CHART_OPTIONS_VERSION);
	o.measure = measure;
	o.target = target;
	o.target_label = target_label;
	o.locale = locale;
	o.title = title;
	o.value_title = value_title;
	o.unit_title = unit_title;
	o.layout = layout;
	o.label_chars = label_chars;
	o.names = v;
	st = enf_stats_chart(out, len, reps, count, &o);
	free((void *)v);
	return st;
}

static enf_status
enf_swig_auction_chart(char **out, size_t *len,
		       const enf_auction *const *sales, size_t n,
		       const char *const *names, size_t nnames,
		       int64_t target, const char *target_label,
		       enf_locale locale, const char *title,
		       const char *value_title, const char *unit_title,
		       unsigned int label_chars)
{
	enf_chart_options o;
	const char **v = enf_swig_chart_names(names, nnames, n);
	enf_status st;

	if (nnames != 0 && v == NULL)
		return ENF_ENOMEM;
	enf_chart_options_init(&o, ENF_CHART_OPTIONS_VERSION);
	o.target = target;
	o.target_label = target_label;
	o.locale = locale;
	o.title = title;
	o.value_title = value_title;
	o.unit_title = unit_title;
	o.label_chars = label_chars;
	st = enf_auction_chart(out, len, sales, v, n, &o);
	free((void *)v);
	return st;
}
%}
%rename(stats_chart) enf_swig_stats_chart;
%rename(auction_chart) enf_swig_auction_chart;
ENF_IN_STRINGS(names, nnames)
enf_status
enf_swig_stats_chart(char **out, size_t *len,
		     const enf_stats_report *const *reps, size_t count,
		     const char *const *names, size_t nnames,
		     enf_measure measure, int64_t target,
		     const char *target_label, enf_locale locale,
		     const char *title, const char *value_title,
		     const char *unit_title, enf_chart_layout layout,
		     unsigned int label_chars);
enf_status
enf_swig_auction_chart(char **out, size_t *len,
		       const enf_auction *const *sales, size_t n,
		       const char *const *names, size_t nnames,
		       int64_t target, const char *target_label,
		       enf_locale locale, const char *title,
		       const char *value_title, const char *unit_title,
		       unsigned int label_chars);
