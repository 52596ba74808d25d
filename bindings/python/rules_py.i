/*
 * Hand-written CPython wrappers of the rules catalogue of rules.h
 * (included by core.i): rows come back as dicts
 * whose strings are copied, so none outlives its book.
 */
%{
/* One row as a dict (keys as the CSV columns). */
static PyObject *enf_py_rule_dict(const enf_rule *r)
{
	PyObject *from = enf_py_from_date(r->from), *to = NULL;

	if (from == NULL || (to = enf_py_from_date(r->to)) == NULL) {
		Py_XDECREF(from);
		return NULL;
	}
	return Py_BuildValue("{s:s,s:s,s:N,s:N,s:L,s:s,s:s,s:s,s:s,s:O}",
			     "id", r->id, "scope", r->scope, "from", from,
			     "to", to, "value", (long long)r->value, "unit",
			     r->unit, "citation", r->citation, "confidence",
			     r->confidence, "note", r->note, "overridden",
			     r->overridden ? Py_True : Py_False);
}

static PyObject *enf_py_rules_catalogue(const enf_rulebook *book)
{
	size_t n = enf_rules_catalogue_count(book);
	PyObject *list = PyList_New((Py_ssize_t)n);

	for (size_t i = 0; list != NULL && i < n; i++) {
		enf_rule r;
		PyObject *d;
		enf_status st = enf_rules_catalogue_at(&r, book, i);

		if (st != ENF_OK) {
			enf_py_raise(st);
			Py_CLEAR(list);
			break;
		}
		d = enf_py_rule_dict(&r);
		if (d == NULL) {
			Py_CLEAR(list);
			break;
		}
		PyList_SET_ITEM(list, (Py_ssize_t)i, d);
	}
	return list;
}

/* (value, row) of the rule in force on a date. */
static PyObject *enf_py_rules_value(const enf_rulebook *book, const char *id,
				    enf_date date)
{
	int64_t v = 0;
	enf_rule r;
	enf_status st = enf_rules_value(&v, &r, book, id, date);

	if (st != ENF_OK) {
		enf_py_raise(st);
		return NULL;
	}
	return Py_BuildValue("(LN)", (long long)v, enf_py_rule_dict(&r));
}
%}

%ignore enf_rule;
%ignore enf_rules_catalogue_at;
%ignore enf_rules_value;

%rename(rules_catalogue) enf_py_rules_catalogue;
%rename(rules_value) enf_py_rules_value;
PyObject *enf_py_rules_catalogue(const enf_rulebook *book);
PyObject *enf_py_rules_value(const enf_rulebook *book, const char *id,
			     enf_date date);
