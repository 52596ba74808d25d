/*
 * enforcement.core: the C API of libenforcement for Python, kept thin.
 *
 * Names lose their prefix: enf_money_add -> money_add, ENF_LOCALE_VI ->
 * LOCALE_VI. The declarations are the language-neutral ../enforcement.i;
 * typemaps_python.i maps its types and parameter kinds to Python;
 * wrappers.i (the *_py.i files) holds the hand-written wrappers that
 * remain. The package enforcement (enforcement/*.py) adds the Pythonic
 * layer.
 */
%module(package="enforcement") core

%include "typemaps_python.i"

%{
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

/* ---- counted arrays ------------------------------------------------ */
%ignore enf_money_allocate;
%rename(money_allocate) enf_py_money_allocate;
PyObject *enf_py_money_allocate(enf_money total, PyObject *weights);
%feature("docstring") enf_py_money_allocate
"money_allocate(total, weights) -> list of int

Splits total over weights exactly (largest remainder; parts sum to total;
ties go to the earlier weight).";

%include "enforcement.i"

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
