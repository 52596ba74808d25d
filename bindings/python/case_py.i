/*
 * Hand-written CPython wrappers of case.h that remain (included by
 * wrappers.i): calls whose structs carry strings (case_new, add_party,
 * add_asset, the filter's office), counted arrays filled in two calls
 * (register_filter, register_worklist, case_deadlines) and the cases a
 * register lends (register_at, register_find: borrowed, not owned).
 */

%{
static PyObject *enf_py_case_new(const char *office, const char *decision_no,
				 enf_date decision_date, int mode,
				 const char *court, const char *judgment_no,
				 enf_date judgment_effective,
				 int judgment_kind, unsigned int flags)
{
	enf_case_info info;
	enf_case *c = NULL;
	enf_status st;

	enf_case_info_init(&info, ENF_CASE_INFO_VERSION);
	info.office = office;
	info.decision_no = decision_no;
	info.decision_date = decision_date;
	info.mode = (enf_mode)mode;
	info.court = court;
	info.judgment_no = judgment_no;
	info.judgment_effective = judgment_effective;
	info.judgment_kind = (enf_judgment_kind)judgment_kind;
	info.flags = flags;
	st = enf_case_new(&c, &info);
	if (st != ENF_OK)
		return enf_py_fail(st);
	return SWIG_NewPointerObj(c, SWIGTYPE_p_enf_case, SWIG_POINTER_OWN);
}

static PyObject *enf_py_case_add_party(enf_case *c, int role, int kind,
				       const char *name, const char *id)
{
	enf_party p = {(enf_party_role)role, (enf_party_kind)kind, name, id};
	int32_t i = 0;
	enf_status st = enf_case_add_party(&i, c, &p);

	return st != ENF_OK ? enf_py_fail(st) : PyLong_FromLong(i);
}

static PyObject *enf_py_case_add_asset(enf_case *c, int kind,
				       const char *description, int32_t owner,
				       int security, enf_money secured_amount)
{
	enf_asset a = {(enf_asset_kind)kind, description, owner,
		       (enf_security)security, secured_amount};
	int32_t i = 0;
	enf_status st = enf_case_add_asset(&i, c, &a);

	return st != ENF_OK ? enf_py_fail(st) : PyLong_FromLong(i);
}

/* Deadlines as a list of (kind, due, from, rule, source) tuples. */
static PyObject *enf_py_case_deadlines(const enf_case *c,
				       const enf_calendar *cal,
				       const enf_case_rules *rules,
				       enf_date date)
{
	enf_deadline d[16];
	size_t n = 0;
	enf_status st = enf_case_deadlines(d, 16, &n, c, cal, rules, date);
	PyObject *list;

	if (st != ENF_OK)
		return enf_py_fail(st);
	list = PyList_New((Py_ssize_t)n);
	for (size_t i = 0; list != NULL && i < n; i++) {
		PyObject *due = enf_py_from_date(d[i].due);
		PyObject *from = enf_py_from_date(d[i].from);

		PyList_SET_ITEM(list, (Py_ssize_t)i,
				Py_BuildValue("(iNNss)", (int)d[i].kind, due,
					      from, d[i].rule, d[i].source));
	}
	return list;
}

static PyObject *enf_py_register_at(const enf_register *reg, size_t i)
{
	enf_case *c = NULL;
	enf_status st = enf_register_at(&c, reg, i);

	/* Borrowed: the package keeps the register alive beside it. */
	return st != ENF_OK ? enf_py_fail(st)
			    : SWIG_NewPointerObj(c, SWIGTYPE_p_enf_case, 0);
}

static PyObject *enf_py_register_find(const enf_register *reg,
				      const char *office,
				      const char *decision_no)
{
	enf_case *c = NULL;
	enf_status st = enf_register_find(&c, reg, office, decision_no);

	return st != ENF_OK ? enf_py_fail(st)
			    : SWIG_NewPointerObj(c, SWIGTYPE_p_enf_case, 0);
}

static int enf_py_fill_filter(enf_filter *f, const char *office,
			      unsigned int states, unsigned int modes,
			      unsigned int judgment_kinds,
			      unsigned int obligation_kinds,
			      unsigned int flags, enf_date date)
{
	enf_filter_init(f, ENF_FILTER_VERSION);
	f->office = office;
	f->states = states;
	f->modes = modes;
	f->judgment_kinds = judgment_kinds;
	f->obligation_kinds = obligation_kinds;
	f->flags = flags;
	f->date = date;
	return 0;
}

static PyObject *enf_py_register_filter(const enf_register *reg,
					const char *office, unsigned int states,
					unsigned int modes,
					unsigned int judgment_kinds,
					unsigned int obligation_kinds,
					unsigned int flags, enf_date date)
{
	enf_filter f;
	size_t n = 0, *idx;
	enf_status st;
	PyObject *list;

	enf_py_fill_filter(&f, office, states, modes, judgment_kinds,
			   obligation_kinds, flags, date);
	st = enf_register_filter(NULL, 0, &n, reg, &f);
	if (st != ENF_OK && st != ENF_EBUFSIZE)
		return enf_py_fail(st);
	idx = PyMem_Malloc((n ? n : 1) * sizeof(*idx));
	if (idx == NULL)
		return PyErr_NoMemory();
	st = enf_register_filter(idx, n, &n, reg, &f);
	list = st == ENF_OK ? PyList_New((Py_ssize_t)n) : enf_py_fail(st);
	for (size_t i = 0; list != NULL && i < n; i++)
		PyList_SET_ITEM(list, (Py_ssize_t)i, PyLong_FromSize_t(idx[i]));
	PyMem_Free(idx);
	return list;
}

/* The worklist as (case_index, kind, due, from, rule, source) tuples. */
static PyObject *enf_py_register_worklist(const enf_register *reg,
					  const char *office,
					  const enf_calendar *cal,
					  const enf_case_rules *rules,
					  enf_date date)
{
	enf_filter f;
	size_t n = 0;
	enf_work_item *items;
	enf_status st;
	PyObject *list;

	enf_py_fill_filter(&f, office, 0, 0, 0, 0, 0, date);
	st = enf_register_worklist(NULL, 0, &n, reg, &f, cal, rules, date);
	if (st != ENF_OK && st != ENF_EBUFSIZE)
		return enf_py_fail(st);
	items = PyMem_Malloc((n ? n : 1) * sizeof(*items));
	if (items == NULL)
		return PyErr_NoMemory();
	st = enf_register_worklist(items, n, &n, reg, &f, cal, rules, date);
	list = st == ENF_OK ? PyList_New((Py_ssize_t)n) : enf_py_fail(st);
	for (size_t i = 0; list != NULL && i < n; i++) {
		const enf_deadline *d = &items[i].deadline;

		PyList_SET_ITEM(list, (Py_ssize_t)i,
				Py_BuildValue("(niNNss)",
					      (Py_ssize_t)items[i].case_index,
					      (int)d->kind,
					      enf_py_from_date(d->due),
					      enf_py_from_date(d->from),
					      d->rule, d->source));
	}
	PyMem_Free(items);
	return list;
}
%}

/* Replaced by the helpers above. */
%ignore enf_case_new;
%ignore enf_case_add_party;
%ignore enf_case_add_asset;
%ignore enf_case_deadlines;
%ignore enf_register_at;
%ignore enf_register_find;
%ignore enf_register_filter;
%ignore enf_register_worklist;
%ignore enf_py_fill_filter;

%rename(case_new) enf_py_case_new;
%rename(case_add_party) enf_py_case_add_party;
%rename(case_add_asset) enf_py_case_add_asset;
%rename(case_deadlines) enf_py_case_deadlines;
%rename(register_at) enf_py_register_at;
%rename(register_find) enf_py_register_find;
%rename(register_filter) enf_py_register_filter;
%rename(register_worklist) enf_py_register_worklist;

PyObject *enf_py_case_new(const char *office, const char *decision_no,
			  enf_date decision_date, int mode, const char *court,
			  const char *judgment_no, enf_date judgment_effective,
			  int judgment_kind, unsigned int flags);
PyObject *enf_py_case_add_party(enf_case *c, int role, int kind,
				const char *name, const char *id);
PyObject *enf_py_case_add_asset(enf_case *c, int kind, const char *description,
				int32_t owner, int security,
				enf_money secured_amount);
PyObject *enf_py_case_deadlines(const enf_case *c, const enf_calendar *cal,
				const enf_case_rules *rules, enf_date date);
PyObject *enf_py_register_at(const enf_register *reg, size_t i);
PyObject *enf_py_register_find(const enf_register *reg, const char *office,
			       const char *decision_no);
PyObject *enf_py_register_filter(const enf_register *reg, const char *office,
				 unsigned int states, unsigned int modes,
				 unsigned int judgment_kinds,
				 unsigned int obligation_kinds,
				 unsigned int flags, enf_date date);
PyObject *enf_py_register_worklist(const enf_register *reg, const char *office,
				   const enf_calendar *cal,
				   const enf_case_rules *rules, enf_date date);

