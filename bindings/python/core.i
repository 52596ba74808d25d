/*
 * enforcement.core: the C API of libenforcement for Python, kept thin.
 *
 * Names lose their prefix: enf_money_add -> money_add, ENF_LOCALE_VI ->
 * LOCALE_VI. The declarations are the language-neutral ../enforcement.i;
 * typemaps_python.i maps its types and parameter kinds to Python. No
 * call is wrapped by hand: the package enforcement (enforcement/*.py)
 * adds the Pythonic layer.
 */
%module(package="enforcement") core

%include "typemaps_python.i"

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
