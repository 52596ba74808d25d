/*
 * The hand-written CPython wrappers that remain (included by
 * ../enforcement.i before the headers, so their %ignore apply).
 */
%include "case_py.i"
%include "stats_py.i"
%include "payout_py.i"
%include "auction_py.i"
