/*
 * The C API of libenforcement for SWIG, language-neutral.
 *
 * This file and the per-module files it includes only say what each
 * parameter is; they hold no code of a target language. A binding first
 * %includes its own typemap file, which maps enf_status (failure raises),
 * enf_date and defines the macros used here:
 *
 *   ENF_OUT_VALUE(TYPE, NAME)         TYPE *NAME is an integer out-parameter
 *   ENF_OUT_STRING(NAME)              const char **NAME: static text out
 *   ENF_OUT_TEXT_BUFFER(BUF, SIZE)    (char *BUF, size_t SIZE): text out
 *   ENF_OUT_OWNED_TEXT(OUT, LEN, FREE) (char **OUT, size_t *LEN): text the
 *                                     library allocates, freed with FREE
 *   ENF_OUT_DATE(NAME)                enf_date *NAME out
 *   ENF_OUT_PERIOD(NAME), ENF_IN_PERIOD(NAME)   enf_period * out / in
 *   ENF_OUT_LUNAR(NAME), ENF_IN_LUNAR(NAME)     enf_lunar_date * out / in
 *   ENF_OUT_RECORD_NAMED(T, NAME)     T *NAME: a record returned by value
 *   ENF_OUT_OBJECT(T)                 T **out: a new object the caller owns
 *   ENF_IN_BYTES(DATA, LEN)           (const char *DATA, size_t LEN): bytes
 *   ENF_IN_STRINGS(PTRS, COUNT)       (const char *const *PTRS, size_t
 *                                     COUNT): an array of text
 *   ENF_IN_OBJECTS(T, PTRS, N)        (const T *const *PTRS, size_t N): an
 *                                     array of objects
 *   ENF_IN_RECORDS(T, PTR, N)         (const T *PTR, size_t N): an array of
 *                                     records (none: NULL, 0)
 *   ENF_OUT_VALUES_FOR_RECORDS(OUT_T, OUT, T, PTR, N)   (OUT_T *OUT,
 *                                     const T *PTR, size_t N): records in,
 *                                     one integer out for each
 *   ENF_OUT_VALUES_FOR_VALUES(OUT_T, OUT, IN_T, PTR, N, EXTRA)   (OUT_T
 *                                     *OUT, const IN_T *PTR, size_t N):
 *                                     integers in, N + EXTRA integers out
 *   ENF_OUT_VALUES_SIZED(T, PTR, N)   (T *PTR, size_t N): N integers out,
 *                                     N given by the caller
 *   ENF_IN_VALUES(T, PTR, N)          (const T *PTR, size_t N): integers in
 *   ENF_IN_NAMED_VALUES(NAMES, T, VALUES, N)   (const char *const *NAMES,
 *                                     const T *VALUES, size_t N): pairs
 *   ENF_OUT_BORROWED(T, NAME)         T **NAME: an object the library
 *                                     lends (its owner stays alive)
 *   ENF_OUT_OWNED_BYTES(OUT, LEN, FREE)   (char **OUT, size_t *LEN):
 *                                     bytes the library allocates
 *   ENF_OUT_VALUE_ARRAY(T), ENF_OUT_RECORD_ARRAY(T)   (T *out, size_t
 *                                     cap, size_t *count), the first three
 *                                     parameters: an array out in the
 *                                     library's two-call convention, with
 *   ENF_SIZED_BY_COUNT(FN)            FN called again with the count the
 *                                     first call gave
 *   ENF_OUT_OBJECT_ARRAY(T, OUT, COUNT, FREE)   (T ***OUT, size_t *COUNT):
 *                                     new objects, the array freed by FREE
 *   ENF_OUT_COLUMN(T, PTR, LEN)       (T *PTR, size_t LEN): a column the
 *                                     caller creates (a writable array of
 *                                     integers of sizeof(T) bytes, or none)
 *                                     and the library fills
 *   ENF_BLOCKING(FN)                  FN may run long and never calls back:
 *                                     a binding may release its lock
 *
 * then this file. Python: python/typemaps_python.i, python/core.i.
 *
 * What no typemap can say (strings inside an input record, an array out
 * whose count comes later in the call) is said by adapters.i: a few
 * language-neutral C functions over the C API.
 */

/* enf_ and ENF_ prefixes go: the module is the namespace. */
%rename("%(regex:/^(enf_|ENF_)(.*)/\\2/)s") "";

/* The usual record out-parameter, T *out. */
%define ENF_OUT_RECORD(T)
ENF_OUT_RECORD_NAMED(T, out)
%enddef

/* An opaque object owned by its proxy and freed with FREE. */
%define ENF_OBJECT(T, FREE)
ENF_OUT_OBJECT(T)
%nodefaultctor T;
%nodefaultdtor T;
struct T {};
%extend T {
	~T() { FREE($self); }
}
%ignore FREE;
%enddef

/* A versioned options struct whose constructor applies INIT(o, VERSION). */
%define ENF_OPTIONS(T, VERSION, INIT)
%extend T {
	T() {
		T *o = calloc(1, sizeof(*o));
		if (o != NULL)
			INIT(o, VERSION);
		return o;
	}
}
%enddef

/* A struct whose constructor copies its T_INIT initializer. */
%define ENF_OPTIONS_STATIC(T, INITVAL)
%extend T {
	T() {
		static const T init = INITVAL;
		T *o = malloc(sizeof(*o));
		if (o != NULL)
			*o = init;
		return o;
	}
}
%enddef

/* ---- common.h, money.h, date.h ------------------------------------- */
ENF_OUT_VALUE(int64_t, out)
ENF_OUT_VALUE(enf_money, out)
ENF_OUT_VALUE(int32_t, out)
ENF_OUT_VALUE(int, out)
ENF_OUT_VALUE(int, year)
ENF_OUT_VALUE(int, month)
ENF_OUT_VALUE(int, day)
ENF_OUT_VALUE(enf_weekday, out)
ENF_OUT_STRING(out)
ENF_OUT_TEXT_BUFFER(buf, size)
ENF_OUT_DATE(out)
ENF_OUT_PERIOD(out)
ENF_IN_PERIOD(p)
ENF_IN_PERIOD(period)
ENF_OUT_LUNAR(out)
ENF_IN_LUNAR(lunar)

ENF_OBJECT(enf_calendar, enf_calendar_free)
ENF_OPTIONS(enf_calendar_options, ENF_CALENDAR_OPTIONS_VERSION, enf_calendar_options_init)

/*
 * An input record with a string field that the binding sets: the record
 * owns a copy of the text (set with strdup, freed with the record). Only
 * for records the library never returns, whose strings would be
 * borrowed.
 */
%{
#include <stdlib.h>
#include <string.h>
static char *enf_swig_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);

	return p != NULL ? memcpy(p, s, n) : NULL;
}
%}
%define ENF_RECORD_OWNS_STRING(T, FIELD)
%typemap(memberin) const char *FIELD {
	free((char *)$1);
	$1 = $input != NULL ? enf_swig_strdup($input) : NULL;
}
%extend T {
	~T() {
		free((char *)$self->FIELD);
		free($self);
	}
}
%enddef

/* Bound through adapters.i (included last, once the types are known). */
%ignore enf_case_new;
%ignore enf_case_add_party;
%ignore enf_case_add_asset;
%ignore enf_case_correct;
%ignore enf_register_correct;
%ignore enf_money_allocate;
%ignore enf_auction_sell_order;
%ignore enf_stats_published_sum;
%ignore enf_stats_table_with;
%ignore enf_table_options;
%ignore enf_table_options_init;
/* Bound through chart.i: options with strings and an array of names. */
%ignore enf_stats_chart;
%ignore enf_auction_chart;
%ignore enf_chart_options;
%ignore enf_chart_options_init;

%include "enforcement/common.h"
%include "enforcement/money.h"
%include "enforcement/date.h"
%include "case.i"
%include "correct.i"
%include "stats.i"
%include "programme.i"
%include "payout.i"
%include "auction.i"
%include "adapters.i"
%include "chart.i"
