/*
 * vn.enforcement.core: the C API of libenforcement for Java, kept thin.
 *
 * Names lose their prefix: enf_money_add -> Core.money_add,
 * ENF_LOCALE_VI -> Core.LOCALE_VI (enum values are int constants). The
 * declarations are the language-neutral ../enforcement.i;
 * typemaps_java.i maps its types and parameter kinds to Java. No call is
 * wrapped by hand here: the package vn.enforcement (src/) is the layer
 * programmers use.
 */
%module Core

/* enf_case would be "case", a Java keyword. */
%rename(case_) enf_case;

%include "typemaps_java.i"

%include "enforcement.i"
