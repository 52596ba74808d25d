/*
 * The auction rule sets of rules.h for Python (included by case.i just
 * before rules.h): owned objects with an info record.
 */
ENF_OUT_RECORD(enf_auction_rules_info)
%immutable enf_auction_rules_info::id;
%immutable enf_auction_rules_info::title;
%immutable enf_auction_rules_info::country;
%immutable enf_auction_rules_info::source;
%typemap(in, numinputs=0) enf_auction_rules **out (enf_auction_rules *tmp = NULL) { $1 = &tmp; }
%typemap(argout) enf_auction_rules **out {
	$result = SWIG_Python_AppendOutput($result,
		SWIG_NewPointerObj(*$1, $*1_descriptor, SWIG_POINTER_OWN));
}
%nodefaultctor enf_auction_rules;
%nodefaultdtor enf_auction_rules;
struct enf_auction_rules {};
%extend enf_auction_rules {
	~enf_auction_rules() { enf_auction_rules_free($self); }
}
%ignore enf_auction_rules_free;
