/*
 * The CPython typemaps of the enforcement interface.
 *
 * ../enforcement.i (language-neutral) says which parameters are
 * out-parameters, owned objects, owned text or records through the ENF_*
 * macros; this file defines those macros for Python:
 *
 * - a negative enf_status raises the exception class of its code with
 *   enf_last_error() as the message; success returns the out-parameters;
 * - enf_date is datetime.date (ENF_DATE_NONE is None), periods are
 *   (first, last) tuples, lunar dates (year, month, day, leap) tuples;
 * - money and counts are int, text is str;
 * - objects returned through T **out are owned by Python and freed by it.
 *
 * Another target language writes its own file defining the same macros.
 */

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

/* A failed call: raise and return NULL (for hand-written wrappers). */
static PyObject *enf_py_fail(enf_status st)
{
	enf_py_raise(st);
	return NULL;
}

/* Copies a sequence of struct proxies of type ty (size bytes each) into a
 * new array (*out, PyMem_Free) of *n records; None gives (NULL, 0).
 * -1 with a Python error set on failure. */
static int enf_py_records(PyObject *in, swig_type_info *ty, size_t size,
			  void **out, size_t *n)
{
	PyObject *seq;
	char *v;

	*out = NULL;
	*n = 0;
	if (in == Py_None)
		return 0;
	seq = PySequence_Fast(in, "expected a sequence");
	if (seq == NULL)
		return -1;
	*n = (size_t)PySequence_Fast_GET_SIZE(seq);
	*out = v = PyMem_Malloc((*n ? *n : 1) * size);
	if (v == NULL)
		PyErr_NoMemory();
	for (size_t i = 0; v != NULL && i < *n; i++) {
		void *p = NULL;

		if (!SWIG_IsOK(SWIG_ConvertPtr(PySequence_Fast_GET_ITEM(seq, i),
					       &p, ty, 0))) {
			PyErr_Format(PyExc_TypeError, "expected a sequence of %s",
				     ty->str);
			break;
		}
		memcpy(v + i * size, p, size);
	}
	Py_DECREF(seq);
	return PyErr_Occurred() ? -1 : 0;
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
			const char *doc;
		} excs[] = {
			{-1, "InvalidArgumentError", &PyExc_ValueError,
			 "An argument is invalid (ENF_EINVALID): None, an "
			 "unknown enum value, a field out of its domain."},
			{-2, "RangeError", &PyExc_ValueError,
			 "A value is outside its allowed range (ENF_ERANGE): "
			 "a date outside the calendar, an index past the end, "
			 "a price cut above its cap."},
			{-3, "OverflowError", &PyExc_OverflowError,
			 "A result does not fit in 64 bits (ENF_EOVERFLOW)."},
			{-4, "NotFoundError", &PyExc_LookupError,
			 "The thing asked for does not exist (ENF_ENOTFOUND): "
			 "a case, a file, a rule in force on a date."},
			{-5, "StateError", NULL,
			 "Not allowed in the object's current state "
			 "(ENF_ESTATE): an event the transition table refuses, "
			 "a case already registered."},
			{-6, "ParseError", &PyExc_ValueError,
			 "Text could not be read (ENF_EPARSE); the message "
			 "names the line and the field."},
			{-7, "OutOfMemoryError", &PyExc_MemoryError,
			 "An allocation failed (ENF_ENOMEM)."},
			{-8, "VersionError", &PyExc_ValueError,
			 "An options structure has an unknown version "
			 "(ENF_EVERSION)."},
			{-9, "BufferSizeError", NULL,
			 "A buffer is too small (ENF_EBUFSIZE)."},
			{-10, "DivisionByZeroError", &PyExc_ZeroDivisionError,
			 "A denominator or base is zero (ENF_EDIVZERO)."},
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
				PyErr_NewExceptionWithDoc(qual, excs[i].doc,
							  bases, NULL);
			Py_XDECREF(bases);
			PyObject_SetAttrString(enf_py_exc[-excs[i].code],
					       "status", status);
			Py_XDECREF(status);
			PyDict_SetItemString(d, excs[i].name,
					     enf_py_exc[-excs[i].code]);
		}
	}
%}

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

/* ---- the macros of ../enforcement.i -------------------------------- */

/* An integer out-parameter TYPE *NAME, returned as int. */
%define ENF_OUT_VALUE(TYPE, NAME)
%typemap(in, numinputs=0) TYPE *NAME (TYPE tmp = 0) { $1 = &tmp; }
%typemap(argout) TYPE *NAME {
	$result = SWIG_Python_AppendOutput($result, PyLong_FromLongLong((long long)*$1));
}
%enddef

/* A static string out-parameter const char **NAME, returned as str. */
%define ENF_OUT_STRING(NAME)
%typemap(in, numinputs=0) const char **NAME (const char *tmp = NULL) { $1 = ($1_ltype)&tmp; }
%typemap(argout) const char **NAME {
	$result = SWIG_Python_AppendOutput($result, PyUnicode_FromString(*$1 ? *$1 : ""));
}
%enddef

/* Text written into a caller's buffer (char *BUF, size_t SIZE): str. */
%define ENF_OUT_TEXT_BUFFER(BUF, SIZE)
%typemap(in, numinputs=0) (char *BUF, size_t SIZE) (char tmp[128]) {
	$1 = tmp;
	$2 = sizeof(tmp);
	tmp[0] = '\0';
}
%typemap(argout) (char *BUF, size_t SIZE) {
	$result = SWIG_Python_AppendOutput($result, PyUnicode_FromString($1));
}
%enddef

/* Text the library allocates (char **OUT, size_t *LEN), freed with
 * FREE: returned as str. */
%define ENF_OUT_OWNED_TEXT(OUT, LEN, FREE)
%typemap(in, numinputs=0) (char **OUT, size_t *LEN) (char *tmp = NULL, size_t tmplen = 0) {
	$1 = &tmp;
	$2 = &tmplen;
}
%typemap(argout) (char **OUT, size_t *LEN) {
	PyObject *s = PyUnicode_DecodeUTF8(*$1 ? *$1 : "", (Py_ssize_t)*$2, "strict");
	FREE(*$1);
	if (s == NULL)
		SWIG_fail;
	$result = SWIG_Python_AppendOutput($result, s);
}
%enddef

/* A date out-parameter enf_date *NAME: datetime.date or None. */
%define ENF_OUT_DATE(NAME)
%typemap(in, numinputs=0) enf_date *NAME (enf_date tmp = 0) { $1 = &tmp; }
%typemap(argout) enf_date *NAME {
	PyObject *o = enf_py_from_date(*$1);
	if (o == NULL)
		SWIG_fail;
	$result = SWIG_Python_AppendOutput($result, o);
}
%enddef

/* Periods: out as a (first, last) tuple, in from any pair of dates. */
%define ENF_OUT_PERIOD(NAME)
%typemap(in, numinputs=0) enf_period *NAME (enf_period tmp) { $1 = &tmp; }
%typemap(argout) enf_period *NAME {
	PyObject *a = enf_py_from_date($1->first), *b = a ? enf_py_from_date($1->last) : NULL;
	if (b == NULL) {
		Py_XDECREF(a);
		SWIG_fail;
	}
	$result = SWIG_Python_AppendOutput($result, Py_BuildValue("(NN)", a, b));
}
%enddef
%define ENF_IN_PERIOD(NAME)
%typemap(in) const enf_period *NAME (enf_period tmp) {
	PyObject *a, *b;
	if (!PyArg_ParseTuple($input, "OO;a period is a (first, last) pair of dates", &a, &b))
		SWIG_fail;
	if (enf_py_to_date(a, &tmp.first) != 0 || enf_py_to_date(b, &tmp.last) != 0)
		SWIG_fail;
	$1 = &tmp;
}
%enddef

/* Lunar dates as (year, month, day, leap) tuples. */
%define ENF_OUT_LUNAR(NAME)
%typemap(in, numinputs=0) enf_lunar_date *NAME (enf_lunar_date tmp) { $1 = &tmp; }
%typemap(argout) enf_lunar_date *NAME {
	$result = SWIG_Python_AppendOutput($result,
		Py_BuildValue("(iiii)", $1->year, $1->month, $1->day, $1->leap));
}
%enddef
%define ENF_IN_LUNAR(NAME)
%typemap(in) const enf_lunar_date *NAME (enf_lunar_date tmp) {
	if (!PyArg_ParseTuple($input, "iiii;a lunar date is (year, month, day, leap)",
			      &tmp.year, &tmp.month, &tmp.day, &tmp.leap))
		SWIG_fail;
	$1 = &tmp;
}
%enddef

/* A record out-parameter T *NAME: an owned struct proxy holding a copy. */
%define ENF_OUT_RECORD_NAMED(T, NAME)
%typemap(in, numinputs=0) T *NAME (T tmp) { memset(&tmp, 0, sizeof(tmp)); $1 = &tmp; }
%typemap(argout) T *NAME {
	T *copy = malloc(sizeof(T));
	if (copy == NULL)
		SWIG_fail;
	*copy = *$1;
	$result = SWIG_Python_AppendOutput($result,
		SWIG_NewPointerObj(copy, $1_descriptor, SWIG_POINTER_OWN));
}
%enddef

/* A new object T **out: a proxy that owns it (its destructor is the
 * one ENF_OBJECT declares). */
%define ENF_OUT_OBJECT(T)
%typemap(in, numinputs=0) T **out (T *tmp = NULL) { $1 = &tmp; }
%typemap(argout) T **out {
	$result = SWIG_Python_AppendOutput($result,
		SWIG_NewPointerObj(*$1, $*1_descriptor, SWIG_POINTER_OWN));
}
%enddef

/* Bytes in: (const char *DATA, size_t LEN) from a bytes object. */
%define ENF_IN_BYTES(DATA, LEN)
%typemap(in) (const char *DATA, size_t LEN) {
	char *p = NULL;
	Py_ssize_t n = 0;
	if (PyBytes_AsStringAndSize($input, &p, &n) != 0)
		SWIG_fail;
	$1 = p;
	$2 = (size_t)n;
}
%enddef

/* An array of text in: (const char *const *PTRS, size_t COUNT) from a
 * sequence of str (the pointers live as long as the call). */
%define ENF_IN_STRINGS(PTRS, COUNT)
%typemap(in) (const char *const *PTRS, size_t COUNT) (PyObject *seq = NULL) {
	const char **v;
	seq = PySequence_Fast($input, "expected a sequence of str");
	if (seq == NULL)
		SWIG_fail;
	$2 = (size_t)PySequence_Fast_GET_SIZE(seq);
	v = PyMem_Malloc(($2 ? $2 : 1) * sizeof(*v));
	if (v == NULL) {
		PyErr_NoMemory();
		SWIG_fail;
	}
	$1 = ($1_ltype)v;
	for (size_t i = 0; i < $2; i++)
		if ((v[i] = PyUnicode_AsUTF8(PySequence_Fast_GET_ITEM(seq, i))) == NULL)
			SWIG_fail;
}
%typemap(freearg) (const char *const *PTRS, size_t COUNT) {
	PyMem_Free((void *)$1);
	Py_XDECREF(seq$argnum);
}
%enddef

/* An array of objects in: (const T *const *PTRS, size_t N) from a
 * sequence of proxies (borrowed for the call). */
%define ENF_IN_OBJECTS(T, PTRS, N)
%typemap(in) (const T *const *PTRS, size_t N) (PyObject *seq = NULL) {
	const T **v;
	seq = PySequence_Fast($input, "expected a sequence");
	if (seq == NULL)
		SWIG_fail;
	$2 = (size_t)PySequence_Fast_GET_SIZE(seq);
	v = PyMem_Malloc(($2 ? $2 : 1) * sizeof(*v));
	if (v == NULL) {
		PyErr_NoMemory();
		SWIG_fail;
	}
	$1 = ($1_ltype)v;
	for (size_t i = 0; i < $2; i++) {
		void *p = NULL;
		if (!SWIG_IsOK(SWIG_ConvertPtr(PySequence_Fast_GET_ITEM(seq, i), &p,
					       $descriptor(T *), 0))) {
			PyErr_SetString(PyExc_TypeError, "expected a sequence of " #T);
			SWIG_fail;
		}
		v[i] = p;
	}
}
%typemap(freearg) (const T *const *PTRS, size_t N) {
	PyMem_Free((void *)$1);
	Py_XDECREF(seq$argnum);
}
%enddef

/* An array of records in: (const T *PTR, size_t N) copied from a
 * sequence of struct proxies; None gives (NULL, 0). */
%define ENF_IN_RECORDS(T, PTR, N)
%typemap(in) (const T *PTR, size_t N) (void *v = NULL) {
	if (enf_py_records($input, $descriptor(T *), sizeof(T), &v, &$2) != 0)
		SWIG_fail;
	$1 = v;
}
%typemap(freearg) (const T *PTR, size_t N) {
	PyMem_Free(v$argnum);
}
%enddef

/* An integer array out, one per record of an array in: (OUT_T *OUT,
 * const T *PTR, size_t N) from a sequence of struct proxies, returned as
 * a list of int. */
%define ENF_OUT_VALUES_FOR_RECORDS(OUT_T, OUT, T, PTR, N)
%typemap(in) (OUT_T *OUT, const T *PTR, size_t N) (void *v = NULL, OUT_T *o = NULL) {
	if (enf_py_records($input, $descriptor(T *), sizeof(T), &v, &$3) != 0)
		SWIG_fail;
	$2 = v;
	o = PyMem_Malloc(($3 ? $3 : 1) * sizeof(*o));
	if (o == NULL) {
		PyErr_NoMemory();
		SWIG_fail;
	}
	$1 = o;
}
%typemap(argout) (OUT_T *OUT, const T *PTR, size_t N) {
	PyObject *list = PyList_New((Py_ssize_t)$3);
	if (list == NULL)
		SWIG_fail;
	for (size_t i = 0; i < $3; i++)
		PyList_SET_ITEM(list, (Py_ssize_t)i, PyLong_FromLongLong((long long)$1[i]));
	$result = SWIG_Python_AppendOutput($result, list);
}
%typemap(freearg) (OUT_T *OUT, const T *PTR, size_t N) {
	PyMem_Free(v$argnum);
	PyMem_Free(o$argnum);
}
%enddef

/* A call that may run long on the library's own threads and never calls
 * back into Python: the GIL is released around it. */
%define ENF_BLOCKING(FN)
%exception FN {
	Py_BEGIN_ALLOW_THREADS
	$action
	Py_END_ALLOW_THREADS
}
%enddef

/* Counted text in: a str (as UTF-8) or a bytes-like object, with its
 * length, so that an embedded NUL reaches the library
 * (enf_io_import_json_n). */
%typemap(in) (const char *text, size_t len) (Py_buffer view, int got = 0) {
	if (PyUnicode_Check($input)) {
		Py_ssize_t n = 0;
		$1 = ($1_ltype)PyUnicode_AsUTF8AndSize($input, &n);
		if ($1 == NULL)
			SWIG_fail;
		$2 = (size_t)n;
	} else if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) == 0) {
		got = 1;
		$1 = ($1_ltype)view.buf;
		$2 = (size_t)view.len;
	} else {
		SWIG_fail;
	}
}
%typemap(freearg) (const char *text, size_t len) {
	if (got$argnum)
		PyBuffer_Release(&view$argnum);
}

/* A borrowed object T **NAME: a proxy that does not own it (the layer
 * above keeps its owner alive beside it). */
%define ENF_OUT_BORROWED(T, NAME)
%typemap(in, numinputs=0) T **NAME (T *tmp = NULL) { $1 = &tmp; }
%typemap(argout) T **NAME {
	$result = SWIG_Python_AppendOutput($result,
		SWIG_NewPointerObj(*$1, $*1_descriptor, 0));
}
%enddef

/* Bytes the library allocates (char **OUT, size_t *LEN), freed with
 * FREE: returned as bytes. */
%define ENF_OUT_OWNED_BYTES(OUT, LEN, FREE)
%typemap(in, numinputs=0) (char **OUT, size_t *LEN) (char *tmp = NULL, size_t tmplen = 0) {
	$1 = &tmp;
	$2 = &tmplen;
}
%typemap(argout) (char **OUT, size_t *LEN) {
	PyObject *b = PyBytes_FromStringAndSize(*$1 ? *$1 : "", (Py_ssize_t)*$2);
	FREE(*$1);
	if (b == NULL)
		SWIG_fail;
	$result = SWIG_Python_AppendOutput($result, b);
}
%enddef

/* The two-call convention of an array out (T *out, size_t cap, size_t
 * *count), the first three parameters: the typemap calls with no room,
 * and ENF_SIZED_BY_COUNT(FN) calls FN again with the count it learnt. */
%define ENF_ARRAY_OUT_IN(T)
%typemap(in, numinputs=0) (T *out, size_t cap, size_t *count) (size_t n = 0) {
	$1 = NULL;
	$2 = 0;
	$3 = &n;
}
%typemap(freearg) (T *out, size_t cap, size_t *count) {
	PyMem_Free($1);
}
%enddef
%define ENF_SIZED_BY_COUNT(FN)
%exception FN {
	$action
	if (result == ENF_EBUFSIZE) {
		arg1 = PyMem_Malloc((*arg3 ? *arg3 : 1) * sizeof(*arg1));
		if (arg1 == NULL) {
			PyErr_NoMemory();
			SWIG_fail;
		}
		arg2 = *arg3;
		$action
	}
}
%enddef
/* ... returned as a list of int. */
%define ENF_OUT_VALUE_ARRAY(T)
ENF_ARRAY_OUT_IN(T)
%typemap(argout) (T *out, size_t cap, size_t *count) {
	PyObject *list = PyList_New((Py_ssize_t)*$3);
	if (list == NULL)
		SWIG_fail;
	for (size_t i = 0; i < *$3; i++)
		PyList_SET_ITEM(list, (Py_ssize_t)i, PyLong_FromLongLong((long long)$1[i]));
	$result = SWIG_Python_AppendOutput($result, list);
}
%enddef
/* ... returned as a list of owned struct proxies, each a copy. */
%define ENF_OUT_RECORD_ARRAY(T)
ENF_ARRAY_OUT_IN(T)
%typemap(argout) (T *out, size_t cap, size_t *count) {
	PyObject *list = PyList_New((Py_ssize_t)*$3);
	for (size_t i = 0; list != NULL && i < *$3; i++) {
		T *copy = malloc(sizeof(T));
		if (copy == NULL) {
			Py_CLEAR(list);
			PyErr_NoMemory();
			break;
		}
		*copy = $1[i];
		PyList_SET_ITEM(list, (Py_ssize_t)i,
			SWIG_NewPointerObj(copy, $descriptor(T *), SWIG_POINTER_OWN));
	}
	if (list == NULL)
		SWIG_fail;
	$result = SWIG_Python_AppendOutput($result, list);
}
%enddef

/* An array of new objects (T ***OUT, size_t *COUNT): a list of proxies
 * that own them; the array itself is freed with FREE. */
%define ENF_OUT_OBJECT_ARRAY(T, OUT, COUNT, FREE)
%typemap(in, numinputs=0) (T ***OUT, size_t *COUNT) (T **tmp = NULL, size_t n = 0) {
	$1 = &tmp;
	$2 = &n;
}
%typemap(argout) (T ***OUT, size_t *COUNT) {
	PyObject *list = PyList_New((Py_ssize_t)*$2);
	for (size_t i = 0; i < *$2; i++) {
		PyObject *o = list == NULL ? NULL
			: SWIG_NewPointerObj((*$1)[i], $descriptor(T *), SWIG_POINTER_OWN);
		if (o == NULL) { /* the proxies made so far own theirs */
			for (size_t k = i; k < *$2; k++)
				T##_free((*$1)[k]);
			break;
		}
		PyList_SET_ITEM(list, (Py_ssize_t)i, o);
	}
	FREE(*$1);
	if (list == NULL || PyErr_Occurred()) {
		Py_XDECREF(list);
		SWIG_fail;
	}
	$result = SWIG_Python_AppendOutput($result, list);
}
%enddef

/* Reads a sequence of int into a new array (*out, PyMem_Free) of *n
 * integers of elem bytes (4: int32_t, 8: int64_t); -1 with a Python error
 * set. */
%{
static int enf_py_ints(PyObject *in, size_t elem, void **out, size_t *n)
{
	PyObject *seq = PySequence_Fast(in, "expected a sequence of int");
	char *v;

	*out = NULL;
	if (seq == NULL)
		return -1;
	*n = (size_t)PySequence_Fast_GET_SIZE(seq);
	*out = v = PyMem_Malloc((*n ? *n : 1) * elem);
	if (v == NULL)
		PyErr_NoMemory();
	for (size_t i = 0; v != NULL && i < *n; i++) {
		long long x = PyLong_AsLongLong(PySequence_Fast_GET_ITEM(seq, i));

		if (x == -1 && PyErr_Occurred())
			break;
		if (elem == sizeof(int32_t) && (x < INT32_MIN || x > INT32_MAX)) {
			PyErr_SetString(PyExc_OverflowError, "value out of range");
			break;
		}
		if (elem == sizeof(int32_t))
			((int32_t *)(void *)v)[i] = (int32_t)x;
		else
			((int64_t *)(void *)v)[i] = (int64_t)x;
	}
	Py_DECREF(seq);
	return PyErr_Occurred() ? -1 : 0;
}
%}

/* An integer array out with one value per value in, plus EXTRA: (OUT_T
 * *OUT, const IN_T *PTR, size_t N) from a sequence of int (IN_T of 4 or
 * 8 bytes), returned as a list of int. */
%define ENF_OUT_VALUES_FOR_VALUES(OUT_T, OUT, IN_T, PTR, N, EXTRA)
%typemap(in) (OUT_T *OUT, const IN_T *PTR, size_t N) (void *v = NULL, OUT_T *o = NULL) {
	if (enf_py_ints($input, sizeof(IN_T), &v, &$3) != 0)
		SWIG_fail;
	$2 = v;
	o = PyMem_Malloc(($3 + EXTRA ? $3 + EXTRA : 1) * sizeof(*o));
	if (o == NULL) {
		PyErr_NoMemory();
		SWIG_fail;
	}
	$1 = o;
}
%typemap(argout) (OUT_T *OUT, const IN_T *PTR, size_t N) {
	PyObject *list = PyList_New((Py_ssize_t)($3 + EXTRA));
	if (list == NULL)
		SWIG_fail;
	for (size_t i = 0; i < $3 + EXTRA; i++)
		PyList_SET_ITEM(list, (Py_ssize_t)i, PyLong_FromLongLong((long long)$1[i]));
	$result = SWIG_Python_AppendOutput($result, list);
}
%typemap(freearg) (OUT_T *OUT, const IN_T *PTR, size_t N) {
	PyMem_Free(v$argnum);
	PyMem_Free(o$argnum);
}
%enddef

/* Integers in: (const T *PTR, size_t N) from a sequence of int. */
%define ENF_IN_VALUES(T, PTR, N)
%typemap(in) (const T *PTR, size_t N) (void *v = NULL) {
	if (enf_py_ints($input, sizeof(T), &v, &$2) != 0)
		SWIG_fail;
	$1 = v;
}
%typemap(freearg) (const T *PTR, size_t N) {
	PyMem_Free(v$argnum);
}
%enddef

/* An integer array out of a size the caller gives: (T *PTR, size_t N)
 * from an int, returned as a list of int. */
%define ENF_OUT_VALUES_SIZED(T, PTR, N)
%typemap(in) (T *PTR, size_t N) (T *o = NULL) {
	Py_ssize_t k = PyLong_AsSsize_t($input);
	if (k == -1 && PyErr_Occurred())
		SWIG_fail;
	if (k < 0) {
		PyErr_SetString(PyExc_ValueError, #N " is negative");
		SWIG_fail;
	}
	$2 = (size_t)k;
	o = PyMem_Malloc(($2 ? $2 : 1) * sizeof(*o));
	if (o == NULL) {
		PyErr_NoMemory();
		SWIG_fail;
	}
	$1 = o;
}
%typemap(argout) (T *PTR, size_t N) {
	PyObject *list = PyList_New((Py_ssize_t)$2);
	if (list == NULL)
		SWIG_fail;
	for (size_t i = 0; i < $2; i++)
		PyList_SET_ITEM(list, (Py_ssize_t)i, PyLong_FromLongLong((long long)$1[i]));
	$result = SWIG_Python_AppendOutput($result, list);
}
%typemap(freearg) (T *PTR, size_t N) {
	PyMem_Free(o$argnum);
}
%enddef

/* Named values in: (const char *const *NAMES, const T *VALUES, size_t N)
 * from a sequence of (str, int) pairs (the text lives as long as the
 * call). */
%define ENF_IN_NAMED_VALUES(NAMES, T, VALUES, N)
%typemap(in) (const char *const *NAMES, const T *VALUES, size_t N) (PyObject *seq = NULL, const char **names = NULL, T *values = NULL) {
	seq = PySequence_Fast($input, "expected a sequence of (str, int) pairs");
	if (seq == NULL)
		SWIG_fail;
	$3 = (size_t)PySequence_Fast_GET_SIZE(seq);
	names = PyMem_Malloc(($3 ? $3 : 1) * sizeof(*names));
	values = PyMem_Malloc(($3 ? $3 : 1) * sizeof(*values));
	if (names == NULL || values == NULL) {
		PyErr_NoMemory();
		SWIG_fail;
	}
	for (size_t i = 0; i < $3; i++) {
		PyObject *pair = PySequence_Fast_GET_ITEM(seq, i);
		long long x;
		if (!PyTuple_Check(pair)) {
			PyErr_SetString(PyExc_TypeError, "expected a sequence of (str, int) pairs");
			SWIG_fail;
		}
		if (!PyArg_ParseTuple(pair, "sL;expected a sequence of (str, int) pairs",
				      &names[i], &x))
			SWIG_fail;
		values[i] = (T)x;
	}
	$1 = ($1_ltype)names;
	$2 = values;
}
%typemap(freearg) (const char *const *NAMES, const T *VALUES, size_t N) {
	PyMem_Free((void *)names$argnum);
	PyMem_Free(values$argnum);
	Py_XDECREF(seq$argnum);
}
%enddef

/* A column (T *PTR, size_t LEN) the caller creates and the library fills:
 * any writable, contiguous buffer of signed integers of sizeof(T) bytes
 * (a numpy array of int32 or int64, an array.array), or None for a
 * column not wanted; LEN is its number of items. */
%{
static int enf_py_column(PyObject *in, Py_buffer *view, size_t itemsize,
			 const char *name, const char *ctype, void **ptr,
			 size_t *len)
{
	const char *fmt;

	*ptr = NULL;
	*len = 0;
	if (in == Py_None)
		return 0;
	if (PyObject_GetBuffer(in, view, PyBUF_WRITABLE | PyBUF_FORMAT |
					 PyBUF_ANY_CONTIGUOUS) != 0) {
		PyErr_Clear();
		PyErr_Format(PyExc_TypeError,
			     "%s: expected a writable array of %s (a numpy "
			     "array), got %s", name, ctype, Py_TYPE(in)->tp_name);
		return -1;
	}
	fmt = view->format != NULL ? view->format : "B";
	if (*fmt == '@' || *fmt == '=' || *fmt == '<')
		fmt++;
	if ((size_t)view->itemsize != itemsize || fmt[0] == '\0' ||
	    fmt[1] != '\0' || strchr("bhilq", fmt[0]) == NULL) {
		PyErr_Format(PyExc_TypeError,
			     "%s: expected an array of %s, got items of %zd "
			     "bytes of format '%s'", name, ctype,
			     view->itemsize, view->format ? view->format : "B");
		PyBuffer_Release(view);
		return -1;
	}
	*ptr = view->buf;
	*len = (size_t)(view->len / view->itemsize);
	return 1;
}
%}
%define ENF_OUT_COLUMN(T, PTR, LEN)
%typemap(in) (T *PTR, size_t LEN) (Py_buffer view, int got = 0) {
	void *p = NULL;
	got = enf_py_column($input, &view, sizeof(T), #PTR, #T, &p, &$2);
	if (got < 0) {
		got = 0;
		SWIG_fail;
	}
	$1 = ($1_ltype)p;
}
%typemap(freearg) (T *PTR, size_t LEN) {
	if (got$argnum)
		PyBuffer_Release(&view$argnum);
}
%enddef
