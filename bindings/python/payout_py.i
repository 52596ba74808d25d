/*
 * Hand-written CPython wrappers of payout.h that remain (included by
 * wrappers.i): ledger_preview, whose (costs, rent_reserve, to_claims,
 * surplus, paid) tuple the tests read, and the sequence reader that
 * auction_py.i uses.
 */

%{
/* A list of tuples read with a format into an array of n records. */
typedef int (*enf_py_item_fn)(PyObject *item, void *dst);

static void *enf_py_array(PyObject *seq_in, size_t size, size_t *n,
			  enf_py_item_fn fn, const char *what)
{
	PyObject *seq;
	char *arr;
	Py_ssize_t k;

	*n = 0;
	if (seq_in == Py_None)
		return PyMem_Malloc(1);
	seq = PySequence_Fast(seq_in, what);
	if (seq == NULL)
		return NULL;
	k = PySequence_Fast_GET_SIZE(seq);
	arr = PyMem_Malloc((size_t)(k > 0 ? k : 1) * size);
	if (arr == NULL) {
		Py_DECREF(seq);
		PyErr_NoMemory();
		return NULL;
	}
	for (Py_ssize_t i = 0; i < k; i++)
		if (fn(PySequence_Fast_GET_ITEM(seq, i), arr + (size_t)i * size) !=
		    0) {
			PyMem_Free(arr);
			Py_DECREF(seq);
			return NULL;
		}
	Py_DECREF(seq);
	*n = (size_t)k;
	return arr;
}

static PyObject *enf_py_ledger_preview(const enf_ledger *ledger, size_t n,
				       enf_date date, enf_money amount,
				       const enf_payout_options *opts)
{
	enf_money *paid = PyMem_Malloc((n ? n : 1) * sizeof(*paid));
	enf_payout_result res;
	enf_status st;
	PyObject *list;

	if (paid == NULL)
		return PyErr_NoMemory();
	st = enf_ledger_preview(&res, paid, n, ledger, date, amount, opts);
	if (st != ENF_OK) {
		PyMem_Free(paid);
		return enf_py_fail(st);
	}
	list = PyList_New((Py_ssize_t)n);
	for (size_t i = 0; list != NULL && i < n; i++)
		PyList_SET_ITEM(list, (Py_ssize_t)i,
				PyLong_FromLongLong(paid[i]));
	PyMem_Free(paid);
	if (list == NULL)
		return NULL;
	return Py_BuildValue("(LLLLN)", (long long)res.costs,
			     (long long)res.rent_reserve,
			     (long long)res.to_claims, (long long)res.surplus,
			     list);
}
%}

%ignore enf_ledger_preview;
%rename(ledger_preview) enf_py_ledger_preview;

PyObject *enf_py_ledger_preview(const enf_ledger *ledger, size_t n,
				enf_date date, enf_money amount,
				const enf_payout_options *opts);

