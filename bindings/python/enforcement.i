/*
 * enforcement.core: the C API of libenforcement for Python, kept thin.
 *
 * - Names lose their prefix: enf_money_add -> money_add, ENF_LOCALE_VI ->
 *   LOCALE_VI.
 * - A negative enf_status raises the exception class of its code, carrying
 *   enf_last_error() as the message; success returns the out-parameters.
 * - Money and counts are int; dates are datetime.date; periods are
 *   (first, last) tuples; lunar dates are (year, month, day, leap) tuples.
 * - Objects returned through T **out are owned by Python and freed by it.
 * The package enforcement (__init__.py) adds the Pythonic layer.
 */
%module(package="enforcement") core

%{
#define SWIG_FILE_WITH_INIT
#include <Python.h>
#include <datetime.h>
#include <enforcement.h>

/* Exception classes by status code, created in %init. */
#define ENF_PY_NCODES 11
static PyObject *enf_py_exc[ENF_PY_NCODES];

static PyObject *enf_py_exc_for(enf_status st)
{
	int i = -(int)st;

	return i > 0 && i < ENF_PY_NCODES && enf_py_exc[i] ? enf_py_exc[i]
							    : enf_py_exc[0];
}

static void enf_py_raise(enf_status st)
{
	const char *msg = enf_last_error();

	PyErr_SetString(enf_py_exc_for(st), *msg ? msg : enf_status_str(st));
}

/* datetime.date -> day number; None -> ENF_DATE_NONE; -1 with a Python
 * error set on failure. */
static int enf_py_to_date(PyObject *o, enf_date *out)
{
	enf_status st;

	if (o == Py_None) {
		*out = ENF_DATE_NONE;
		return 0;
	}
	if (!PyDate_Check(o)) {
		PyErr_SetString(PyExc_TypeError, "expected a datetime.date");
		return -1;
	}
	st = enf_date_from_ymd(out, PyDateTime_GET_YEAR(o),
			       PyDateTime_GET_MONTH(o), PyDateTime_GET_DAY(o));
	if (st != ENF_OK) {
		enf_py_raise(st);
		return -1;
	}
	return 0;
}

static PyObject *enf_py_from_date(enf_date d)
{
	int y, m, day;
	enf_status st;

	if (d == ENF_DATE_NONE)
		Py_RETURN_NONE;
	st = enf_date_to_ymd(&y, &m, &day, d);

	if (st != ENF_OK) {
		enf_py_raise(st);
		return NULL;
	}
	return PyDate_FromDate(y, m, day);
}

/* Splits total over a sequence of weights (enf_money_allocate). */
static PyObject *enf_py_money_allocate(enf_money total, PyObject *weights)
{
	PyObject *seq = PySequence_Fast(weights, "weights must be a sequence");
	PyObject *list = NULL;
	Py_ssize_t n, i;
	int64_t *w = NULL;
	enf_money *parts = NULL;
	enf_status st;

	if (seq == NULL)
		return NULL;
	n = PySequence_Fast_GET_SIZE(seq);
	w = PyMem_Malloc((size_t)(n > 0 ? n : 1) * sizeof(*w));
	parts = PyMem_Malloc((size_t)(n > 0 ? n : 1) * sizeof(*parts));
	if (w == NULL || parts == NULL) {
		PyErr_NoMemory();
		goto done;
	}
	for (i = 0; i < n; i++) {
		w[i] = PyLong_AsLongLong(PySequence_Fast_GET_ITEM(seq, i));
		if (w[i] == -1 && PyErr_Occurred())
			goto done;
	}
	st = enf_money_allocate(parts, total, w, (size_t)n);
	if (st != ENF_OK) {
		enf_py_raise(st);
		goto done;
	}
	list = PyList_New(n);
	for (i = 0; list != NULL && i < n; i++)
		PyList_SET_ITEM(list, i, PyLong_FromLongLong(parts[i]));
done:
	PyMem_Free(w);
	PyMem_Free(parts);
	Py_DECREF(seq);
	return list;
}
%}

%include <stdint.i>

%init %{
	PyDateTime_IMPORT;
	{
		static const struct {
			int code;
			const char *name;
			PyObject **base;
		} excs[] = {
			{-1, "InvalidArgumentError", &PyExc_ValueError},
			{-2, "RangeError", &PyExc_ValueError},
			{-3, "OverflowError", &PyExc_OverflowError},
			{-4, "NotFoundError", &PyExc_LookupError},
			{-5, "StateError", NULL},
			{-6, "ParseError", &PyExc_ValueError},
			{-7, "OutOfMemoryError", &PyExc_MemoryError},
			{-8, "VersionError", &PyExc_ValueError},
			{-9, "BufferSizeError", NULL},
			{-10, "DivisionByZeroError", &PyExc_ZeroDivisionError},
		};
		char qual[96];

		enf_py_exc[0] = PyErr_NewExceptionWithDoc(
			"enforcement.Error",
			"Base class of every error raised by libenforcement.",
			NULL, NULL);
		PyObject_SetAttrString(enf_py_exc[0], "status", PyLong_FromLong(0));
		PyDict_SetItemString(d, "Error", enf_py_exc[0]);
		for (size_t i = 0; i < sizeof(excs) / sizeof(excs[0]); i++) {
			PyObject *bases = excs[i].base
				? PyTuple_Pack(2, enf_py_exc[0], *excs[i].base)
				: PyTuple_Pack(1, enf_py_exc[0]);
			PyObject *status = PyLong_FromLong(excs[i].code);

			snprintf(qual, sizeof(qual), "enforcement.%s", excs[i].name);
			enf_py_exc[-excs[i].code] =
				PyErr_NewException(qual, bases, NULL);
			Py_XDECREF(bases);
			PyObject_SetAttrString(enf_py_exc[-excs[i].code],
					       "status", status);
			Py_XDECREF(status);
			PyDict_SetItemString(d, excs[i].name,
					     enf_py_exc[-excs[i].code]);
		}
	}
%}

/* enf_ and ENF_ prefixes go: the module is the namespace. */
%rename("%(regex:/^(enf_|ENF_)(.*)/\\2/)s") "";

/* ---- status -> exception ------------------------------------------- */
%typemap(out) enf_status {
	if ($1 < 0) {
		enf_py_raise($1);
		SWIG_fail;
	}
	$result = SWIG_Py_Void();
}
/* enf_status_str takes a status as a plain int. */
%typemap(in) enf_status status {
	$1 = (enf_status)PyLong_AsLong($input);
	if (PyErr_Occurred())
		SWIG_fail;
}
%typemap(out) enf_status enf_last_status {
	$result = PyLong_FromLong((long)$1);
}

/* ---- scalar out-parameters ----------------------------------------- */
%define ENF_OUT_INT(TYPE, NAME)
%typemap(in, numinputs=0) TYPE *NAME (TYPE tmp = 0) { $1 = &tmp; }
%typemap(argout) TYPE *NAME {
	$result = SWIG_Python_AppendOutput($result, PyLong_FromLongLong((long long)*$1));
}
%enddef
ENF_OUT_INT(int64_t, out)
ENF_OUT_INT(enf_money, out)
ENF_OUT_INT(int32_t, out)
ENF_OUT_INT(int, out)
ENF_OUT_INT(int, year)
ENF_OUT_INT(int, month)
ENF_OUT_INT(int, day)
ENF_OUT_INT(enf_weekday, out)

%typemap(in, numinputs=0) const char **out (const char *tmp = NULL) { $1 = ($1_ltype)&tmp; }
%typemap(argout) const char **out {
	$result = SWIG_Python_AppendOutput($result, PyUnicode_FromString(*$1 ? *$1 : ""));
}

/* Text out: (char *buf, size_t size) becomes a returned str. */
%typemap(in, numinputs=0) (char *buf, size_t size) (char tmp[128]) {
	$1 = tmp;
	$2 = sizeof(tmp);
	tmp[0] = '\0';
}
%typemap(argout) (char *buf, size_t size) {
	$result = SWIG_Python_AppendOutput($result, PyUnicode_FromString($1));
}

/* ---- dates --------------------------------------------------------- */
%typemap(in) enf_date {
	if (enf_py_to_date($input, &$1) != 0)
		SWIG_fail;
}
%typemap(out) enf_date {
	$result = enf_py_from_date($1);
	if ($result == NULL)
		SWIG_fail;
}
%typemap(in, numinputs=0) enf_date *out (enf_date tmp = 0) { $1 = &tmp; }
%typemap(argout) enf_date *out {
	PyObject *o = enf_py_from_date(*$1);
	if (o == NULL)
		SWIG_fail;
	$result = SWIG_Python_AppendOutput($result, o);
}

/* Periods as (first, last) tuples of dates. */
%typemap(in, numinputs=0) enf_period *out (enf_period tmp) { $1 = &tmp; }
%typemap(argout) enf_period *out {
	PyObject *a = enf_py_from_date($1->first), *b = a ? enf_py_from_date($1->last) : NULL;
	if (b == NULL) {
		Py_XDECREF(a);
		SWIG_fail;
	}
	$result = SWIG_Python_AppendOutput($result, Py_BuildValue("(NN)", a, b));
}
%typemap(in) const enf_period * (enf_period tmp) {
	PyObject *a, *b;
	if (!PyArg_ParseTuple($input, "OO;a period is a (first, last) pair of dates", &a, &b))
		SWIG_fail;
	if (enf_py_to_date(a, &tmp.first) != 0 || enf_py_to_date(b, &tmp.last) != 0)
		SWIG_fail;
	$1 = &tmp;
}

/* Lunar dates as (year, month, day, leap) tuples. */
%typemap(in, numinputs=0) enf_lunar_date *out (enf_lunar_date tmp) { $1 = &tmp; }
%typemap(argout) enf_lunar_date *out {
	$result = SWIG_Python_AppendOutput($result,
		Py_BuildValue("(iiii)", $1->year, $1->month, $1->day, $1->leap));
}
%typemap(in) const enf_lunar_date *lunar (enf_lunar_date tmp) {
	if (!PyArg_ParseTuple($input, "iiii;a lunar date is (year, month, day, leap)",
			      &tmp.year, &tmp.month, &tmp.day, &tmp.leap))
		SWIG_fail;
	$1 = &tmp;
}

/* ---- objects ------------------------------------------------------- */
%typemap(in, numinputs=0) enf_calendar **out (enf_calendar *tmp = NULL) { $1 = &tmp; }
%typemap(argout) enf_calendar **out {
	$result = SWIG_Python_AppendOutput($result,
		SWIG_NewPointerObj(*$1, $*1_descriptor, SWIG_POINTER_OWN));
}
%nodefaultctor enf_calendar;
%nodefaultdtor enf_calendar;
struct enf_calendar {};
%extend enf_calendar {
	~enf_calendar() { enf_calendar_free($self); }
}
/* Python frees calendars itself. */
%ignore enf_calendar_free;
/* Python owns no C text: the wrappers free it. */
%ignore enf_free;

/* Options start from their defaults. */
%extend enf_calendar_options {
	enf_calendar_options() {
		enf_calendar_options *o = calloc(1, sizeof(*o));
		if (o != NULL)
			enf_calendar_options_init(o, ENF_CALENDAR_OPTIONS_VERSION);
		return o;
	}
}

/* ---- counted arrays ------------------------------------------------ */
%ignore enf_money_allocate;
%rename(money_allocate) enf_py_money_allocate;
PyObject *enf_py_money_allocate(enf_money total, PyObject *weights);
%feature("docstring") enf_py_money_allocate
"money_allocate(total, weights) -> list of int

Splits total over weights exactly (largest remainder; parts sum to total;
ties go to the earlier weight).";

%include "enforcement/common.h"
%include "enforcement/money.h"
%include "enforcement/date.h"
%include "case.i"
%include "stats.i"
%include "payout.i"
%include "auction.i"

%pythoncode %{
Error = _core.Error
InvalidArgumentError = _core.InvalidArgumentError
RangeError = _core.RangeError
OverflowError = _core.OverflowError
NotFoundError = _core.NotFoundError
StateError = _core.StateError
ParseError = _core.ParseError
OutOfMemoryError = _core.OutOfMemoryError
VersionError = _core.VersionError
BufferSizeError = _core.BufferSizeError
DivisionByZeroError = _core.DivisionByZeroError
%}
