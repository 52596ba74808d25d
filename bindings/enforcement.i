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
 *   ENF_BLOCKING(FN)                  FN may run long and never calls back:
 *                                     a binding may release its lock
 *
 * then this file, which includes the binding's wrappers.i (below).
 * Python: python/typemaps_python.i, python/wrappers.i, python/core.i.
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

/* The binding's hand-written wrappers, with the %ignore of what they
 * replace: a file named wrappers.i in the binding's own directory (empty
 * when it has none). */
%include "wrappers.i"

%include "enforcement/common.h"
%include "enforcement/money.h"
%include "enforcement/date.h"
%include "case.i"
%include "stats.i"
%include "payout.i"
%include "auction.i"
