/*
 * Hand-written CPython wrappers of stats.h that remain (included by
 * wrappers.i): structs with strings (published figures, the filter's
 * office), the byte serialisation (bytes, not text), org_split and
 * pending_age (arrays paired with others) and by_office (an array of new
 * reports).
 */

%{
/* Adds the cases of a register, of one office or (NULL) all. */
static PyObject *enf_py_stats_report_add_register(enf_stats_report *rep,
						  const enf_register *reg,
						  const char *office)
{
	enf_filter f;
	enf_status st;

	enf_filter_init(&f, ENF_FILTER_VERSION);
	f.office = office;
	st = enf_stats_report_add_register(rep, reg, &f);
	if (st != ENF_OK)
		return enf_py_fail(st);
	Py_RETURN_NONE;
}

static PyObject *enf_py_stats_report_to_bytes(const enf_stats_report *rep)
{
	char *data = NULL;
	size_t len = 0;
	enf_status st = enf_stats_report_to_bytes(&data, &len, rep);
	PyObject *b;

	if (st != ENF_OK)
		return enf_py_fail(st);
	b = PyBytes_FromStringAndSize(data, (Py_ssize_t)len);
	enf_free(data);
	return b;
}

/* Published figures as (unit, cases_with_means, cases_done,
 * money_with_means, money_done, target_cases, target_money) tuples. */
static int enf_py_published_in(PyObject *t, enf_published *p)
{
	long long v[6];

	if (!PyArg_ParseTuple(t, "zLLLLLL;published figures are (unit, "
				 "cases_with_means, cases_done, "
				 "money_with_means, money_done, target_cases, "
				 "target_money)",
			      &p->unit, &v[0], &v[1], &v[2], &v[3], &v[4],
			      &v[5]))
		return -1;
	p->cases_with_means = v[0], p->cases_done = v[1];
	p->money_with_means = v[2], p->money_done = v[3];
	p->target_cases = v[4], p->target_money = v[5];
	return 0;
}

static PyObject *enf_py_stats_published(PyObject *t)
{
	enf_published p;
	enf_published_result r;
	enf_status st;

	if (enf_py_published_in(t, &p) != 0)
		return NULL;
	st = enf_stats_published(&r, &p);
	if (st != ENF_OK)
		return enf_py_fail(st);
	return Py_BuildValue("(LL(iL)(iL))", (long long)r.rate_cases,
			     (long long)r.rate_money,
			     (int)r.vs_target_cases.verdict,
			     (long long)r.vs_target_cases.points,
			     (int)r.vs_target_money.verdict,
			     (long long)r.vs_target_money.points);
}

static PyObject *enf_py_stats_published_sum(const char *unit, PyObject *items)
{
	PyObject *seq = PySequence_Fast(items, "items must be a sequence");
	enf_published *ps, sum;
	Py_ssize_t n;
	enf_status st;

	if (seq == NULL)
		return NULL;
	n = PySequence_Fast_GET_SIZE(seq);
	ps = PyMem_Malloc((size_t)(n > 0 ? n : 1) * sizeof(*ps));
	if (ps == NULL) {
		Py_DECREF(seq);
		return PyErr_NoMemory();
	}
	for (Py_ssize_t i = 0; i < n; i++)
		if (enf_py_published_in(PySequence_Fast_GET_ITEM(seq, i),
					&ps[i]) != 0) {
			PyMem_Free(ps);
			Py_DECREF(seq);
			return NULL;
		}
	st = enf_stats_published_sum(&sum, unit, ps, (size_t)n);
	PyMem_Free(ps);
	Py_DECREF(seq);
	if (st != ENF_OK)
		return enf_py_fail(st);
	return Py_BuildValue("(sLLLLLL)", unit, (long long)sum.cases_with_means,
			     (long long)sum.cases_done,
			     (long long)sum.money_with_means,
			     (long long)sum.money_done,
			     (long long)sum.target_cases,
			     (long long)sum.target_money);
}

/* Collects a sequence of str into a NULL-free array of UTF-8 pointers that
 * live as long as the sequence (kept in *keep). */
static const char **enf_py_strings(PyObject *seq_in, size_t *n,
				   PyObject **keep)
{
	PyObject *seq = PySequence_Fast(seq_in, "expected a sequence of str");
	const char **out;
	Py_ssize_t k;

	if (seq == NULL)
		return NULL;
	k = PySequence_Fast_GET_SIZE(seq);
	out = PyMem_Malloc((size_t)(k > 0 ? k : 1) * sizeof(*out));
	if (out == NULL) {
		Py_DECREF(seq);
		PyErr_NoMemory();
		return NULL;
	}
	for (Py_ssize_t i = 0; i < k; i++) {
		out[i] = PyUnicode_AsUTF8(PySequence_Fast_GET_ITEM(seq, i));
		if (out[i] == NULL) {
			PyMem_Free(out);
			Py_DECREF(seq);
			return NULL;
		}
	}
	*n = (size_t)k;
	*keep = seq;
	return out;
}

static PyObject *enf_py_org_split(enf_org *org, const char *code,
				  PyObject *into, PyObject *weights,
				  enf_date from)
{
	PyObject *keep = NULL, *wseq;
	size_t n = 0;
	const char **names = enf_py_strings(into, &n, &keep);
	int64_t *w;
	enf_status st;

	if (names == NULL)
		return NULL;
	wseq = PySequence_Fast(weights, "weights must be a sequence");
	w = PyMem_Malloc((n ? n : 1) * sizeof(*w));
	if (wseq == NULL || w == NULL ||
	    PySequence_Fast_GET_SIZE(wseq) != (Py_ssize_t)n) {
		if (wseq != NULL && w != NULL)
			PyErr_SetString(PyExc_ValueError,
					"into and weights differ in length");
		PyMem_Free(w);
		Py_XDECREF(wseq);
		PyMem_Free(names);
		Py_DECREF(keep);
		return w == NULL ? PyErr_NoMemory() : NULL;
	}
	for (size_t i = 0; i < n; i++)
		w[i] = PyLong_AsLongLong(PySequence_Fast_GET_ITEM(wseq, i));
	st = PyErr_Occurred() ? ENF_OK
			      : enf_org_split(org, code, names, w, n, from);
	PyMem_Free(w);
	Py_DECREF(wseq);
	PyMem_Free(names);
	Py_DECREF(keep);
	if (PyErr_Occurred())
		return NULL;
	if (st != ENF_OK)
		return enf_py_fail(st);
	Py_RETURN_NONE;
}

/* Report options from the three codes (-1: from the rules) and a
 * rulebook (None: the built-in catalogue). */
static enf_stats_report_options enf_py_stats_options(int money_done,
						      int partial_entrusted_done,
						      int unclassified_row,
						      const enf_rulebook *book)
{
	enf_stats_report_options o = ENF_STATS_REPORT_OPTIONS_INIT;

	o.money_done = money_done;
	o.partial_entrusted_done = partial_entrusted_done;
	o.unclassified_row = unclassified_row;
	o.rulebook = book;
	return o;
}

/* Every office's report, as a list of owned report proxies. */
static PyObject *enf_py_stats_report_by_office(const enf_register *reg,
					       const enf_period *period,
					       int money_done,
					       int partial_entrusted_done,
					       int unclassified_row,
					       const enf_rulebook *rulebook)
{
	enf_stats_report_options o = enf_py_stats_options(
		money_done, partial_entrusted_done, unclassified_row, rulebook);
	enf_stats_report **reps = NULL;
	size_t n = 0;
	PyObject *list;
	enf_status st;

	Py_BEGIN_ALLOW_THREADS
	st = enf_stats_report_by_office_with(&reps, &n, reg, period, &o);
	Py_END_ALLOW_THREADS
	if (st != ENF_OK)
		return enf_py_fail(st);
	list = PyList_New((Py_ssize_t)n);
	for (size_t i = 0; i < n; i++) {
		PyObject *o = list == NULL ? NULL
				: SWIG_NewPointerObj(reps[i],
						     SWIGTYPE_p_enf_stats_report,
						     SWIG_POINTER_OWN);

		if (o == NULL) {
			/* The proxies made so far own theirs. */
			for (size_t k = i; k < n; k++)
				enf_stats_report_free(reps[k]);
			free(reps);
			Py_XDECREF(list);
			return PyErr_NoMemory();
		}
		PyList_SET_ITEM(list, (Py_ssize_t)i, o);
	}
	free(reps); /* the array only: the proxies own the reports */
	return list;
}

/* Age buckets of the open cases of one office (or all). */
static PyObject *enf_py_stats_pending_age(const enf_register *reg,
					  PyObject *bounds, const char *office,
					  enf_date date)
{
	PyObject *seq = PySequence_Fast(bounds, "bounds must be a sequence");
	Py_ssize_t n;
	int32_t *b;
	int64_t *counts;
	enf_filter f;
	enf_status st = ENF_OK;
	PyObject *list = NULL;

	if (seq == NULL)
		return NULL;
	n = PySequence_Fast_GET_SIZE(seq);
	b = PyMem_Malloc((size_t)(n > 0 ? n : 1) * sizeof(*b));
	counts = PyMem_Malloc((size_t)(n + 1) * sizeof(*counts));
	if (b == NULL || counts == NULL) {
		PyErr_NoMemory();
		goto done;
	}
	for (Py_ssize_t i = 0; i < n; i++)
		b[i] = (int32_t)PyLong_AsLong(PySequence_Fast_GET_ITEM(seq, i));
	if (PyErr_Occurred())
		goto done;
	enf_filter_init(&f, ENF_FILTER_VERSION);
	f.office = office;
	st = enf_stats_pending_age(counts, b, (size_t)n, reg, &f, date);
	if (st != ENF_OK) {
		enf_py_raise(st);
		goto done;
	}
	list = PyList_New(n + 1);
	for (Py_ssize_t i = 0; list != NULL && i <= n; i++)
		PyList_SET_ITEM(list, i, PyLong_FromLongLong(counts[i]));
done:
	PyMem_Free(b);
	PyMem_Free(counts);
	Py_DECREF(seq);
	return list;
}
%}

%ignore enf_org_split;
%ignore enf_stats_pending_age;
%rename(org_split) enf_py_org_split;
%rename(stats_pending_age) enf_py_stats_pending_age;
%ignore enf_stats_report_by_office;
%ignore enf_stats_report_by_office_with;
%ignore enf_stats_reports_free;
%rename(stats_report_by_office) enf_py_stats_report_by_office;
PyObject *enf_py_stats_report_by_office(const enf_register *reg,
					const enf_period *period,
					int money_done,
					int partial_entrusted_done,
					int unclassified_row,
					const enf_rulebook *rulebook);
PyObject *enf_py_org_split(enf_org *org, const char *code, PyObject *into,
			   PyObject *weights, enf_date from);
PyObject *enf_py_stats_pending_age(const enf_register *reg, PyObject *bounds,
				   const char *office, enf_date date);


%ignore enf_stats_report_add_register;
%rename(stats_report_add_register) enf_py_stats_report_add_register;
%ignore enf_stats_report_to_bytes;
%ignore enf_stats_published;
%ignore enf_stats_published_sum;
%rename(stats_report_to_bytes) enf_py_stats_report_to_bytes;
%rename(stats_published) enf_py_stats_published;
%rename(stats_published_sum) enf_py_stats_published_sum;

PyObject *enf_py_stats_report_add_register(enf_stats_report *rep,
					   const enf_register *reg,
					   const char *office);
PyObject *enf_py_stats_report_to_bytes(const enf_stats_report *rep);
PyObject *enf_py_stats_published(PyObject *t);
PyObject *enf_py_stats_published_sum(const char *unit, PyObject *items);

