/*
 * Hand-written CPython wrappers of auction.h that remain (included by
 * wrappers.i): sell_order, whose out array pairs with an in array.
 */

%{
static int enf_py_money_item(PyObject *o, void *dst)
{
	long long v = PyLong_AsLongLong(o);

	if (v == -1 && PyErr_Occurred())
		return -1;
	*(enf_money *)dst = v;
	return 0;
}

/* (order, needed) for a list of asset values. */
static PyObject *enf_py_auction_sell_order(PyObject *values, enf_money target)
{
	size_t n = 0;
	enf_money *v = enf_py_array(values, sizeof(*v), &n, enf_py_money_item,
				    "values");
	size_t *order = v ? PyMem_Malloc((n ? n : 1) * sizeof(*order)) : NULL;
	size_t needed = 0;
	PyObject *list = NULL;
	enf_status st;

	if (v != NULL && order == NULL)
		PyErr_NoMemory();
	if (order != NULL) {
		st = enf_auction_sell_order(order, &needed, v, n, target);
		if (st != ENF_OK)
			enf_py_raise(st);
		else
			list = PyList_New((Py_ssize_t)n);
		for (size_t i = 0; list != NULL && i < n; i++)
			PyList_SET_ITEM(list, (Py_ssize_t)i,
					PyLong_FromSize_t(order[i]));
	}
	PyMem_Free(v);
	PyMem_Free(order);
	if (list == NULL)
		return NULL;
	return Py_BuildValue("(Nn)", list, (Py_ssize_t)needed);
}

%}

%ignore enf_auction_sell_order;
%rename(auction_sell_order) enf_py_auction_sell_order;
PyObject *enf_py_auction_sell_order(PyObject *values, enf_money target);

