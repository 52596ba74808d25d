/*
 * payout.h for Python (included by enforcement.i): trails are owned
 * objects; calls taking arrays of payments, pauses, rates or claims go
 * through the enf_py_* helpers below and take lists of tuples.
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

static int enf_py_payment(PyObject *t, void *dst)
{
	enf_payment *p = dst;
	PyObject *d;
	long long amount;

	if (!PyArg_ParseTuple(t, "OL;a payment is (date, amount)", &d, &amount))
		return -1;
	p->amount = amount;
	return enf_py_to_date(d, &p->date);
}

static int enf_py_pause(PyObject *t, void *dst)
{
	enf_pause *p = dst;
	PyObject *a, *b;

	if (!PyArg_ParseTuple(t, "OO;a pause is (first, last)", &a, &b))
		return -1;
	return enf_py_to_date(a, &p->first) || enf_py_to_date(b, &p->last);
}

static int enf_py_rate_change(PyObject *t, void *dst)
{
	enf_rate_change *r = dst;
	PyObject *d;
	long long ppm;

	if (!PyArg_ParseTuple(t, "OL;a rate is (from, rate_ppm)", &d, &ppm))
		return -1;
	r->rate_ppm = ppm;
	return enf_py_to_date(d, &r->from);
}

static int enf_py_claim(PyObject *t, void *dst)
{
	enf_claim *c = dst;
	PyObject *d;
	int tier, is_creditor = 0;
	long judgment = 0;
	long long principal, interest, secured;

	if (!PyArg_ParseTuple(t, "iLLOL|il;a claim is (tier, principal, "
				 "interest, requested, secured[, "
				 "secured_is_creditor, judgment])",
			      &tier, &principal, &interest, &d, &secured,
			      &is_creditor, &judgment))
		return -1;
	if (judgment < INT32_MIN || judgment > INT32_MAX) {
		PyErr_SetString(PyExc_OverflowError,
				"a claim's judgment must fit in 32 bits");
		return -1;
	}
	c->tier = (enf_tier)tier;
	c->principal = principal, c->interest = interest;
	c->secured = secured;
	c->secured_is_creditor = is_creditor;
	c->judgment = (int32_t)judgment;
	return enf_py_to_date(d, &c->requested);
}

static PyObject *enf_py_interest_compute(enf_money principal, enf_date from,
					 enf_date to, PyObject *payments,
					 PyObject *pauses, PyObject *rates,
					 const enf_interest_options *opts,
					 enf_trail *trail)
{
	size_t np = 0, nq = 0, nr = 0;
	enf_payment *p = enf_py_array(payments, sizeof(*p), &np,
				      enf_py_payment, "payments");
	enf_pause *q = p ? enf_py_array(pauses, sizeof(*q), &nq, enf_py_pause,
					"pauses")
			 : NULL;
	enf_rate_change *r = q ? enf_py_array(rates, sizeof(*r), &nr,
					      enf_py_rate_change, "rates")
			       : NULL;
	enf_interest_result res;
	enf_status st;
	PyObject *out = NULL;

	if (r != NULL) {
		st = enf_interest_compute(&res, principal, from, to, p, np, q,
					  nq, rates == Py_None ? NULL : r, nr,
					  opts, trail);
		out = st != ENF_OK ? enf_py_fail(st)
				   : Py_BuildValue("(LLLL)",
						   (long long)res.interest,
						   (long long)res.interest_unpaid,
						   (long long)res.principal_unpaid,
						   (long long)res.overpaid);
	}
	PyMem_Free(p);
	PyMem_Free(q);
	PyMem_Free(r);
	return out;
}

static PyObject *enf_py_payout_distribute(PyObject *claims, enf_money amount,
					  const enf_payout_options *opts,
					  enf_trail *trail)
{
	size_t n = 0;
	enf_claim *c = enf_py_array(claims, sizeof(*c), &n, enf_py_claim,
				    "claims");
	enf_money *paid = c ? PyMem_Malloc((n ? n : 1) * sizeof(*paid)) : NULL;
	enf_payout_result res;
	enf_status st;
	PyObject *list = NULL;

	if (c != NULL && paid == NULL)
		PyErr_NoMemory();
	if (paid != NULL) {
		st = enf_payout_distribute(&res, paid, c, n, amount, opts,
					   trail);
		if (st != ENF_OK)
			enf_py_raise(st);
		else
			list = PyList_New((Py_ssize_t)n);
		for (size_t i = 0; list != NULL && i < n; i++)
			PyList_SET_ITEM(list, (Py_ssize_t)i,
					PyLong_FromLongLong(paid[i]));
	}
	PyMem_Free(c);
	PyMem_Free(paid);
	if (list == NULL)
		return NULL;
	return Py_BuildValue("(LLLLN)", (long long)res.costs,
			     (long long)res.rent_reserve,
			     (long long)res.to_claims, (long long)res.surplus,
			     list);
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

ENF_OUT_RECORD(enf_trail_step)

%typemap(in, numinputs=0) enf_trail **out (enf_trail *tmp = NULL) { $1 = &tmp; }
%typemap(argout) enf_trail **out {
	$result = SWIG_Python_AppendOutput($result,
		SWIG_NewPointerObj(*$1, $*1_descriptor, SWIG_POINTER_OWN));
}
%nodefaultctor enf_trail;
%nodefaultdtor enf_trail;
struct enf_trail {};
%extend enf_trail {
	~enf_trail() { enf_trail_free($self); }
}
ENF_OUT_RECORD(enf_ledger_balance)
%typemap(in, numinputs=0) enf_ledger **out (enf_ledger *tmp = NULL) { $1 = &tmp; }
%typemap(argout) enf_ledger **out {
	$result = SWIG_Python_AppendOutput($result,
		SWIG_NewPointerObj(*$1, $*1_descriptor, SWIG_POINTER_OWN));
}
%nodefaultctor enf_ledger;
%nodefaultdtor enf_ledger;
struct enf_ledger {};
%extend enf_ledger {
	~enf_ledger() { enf_ledger_free($self); }
}
%immutable enf_trail_step::rule;
%immutable enf_trail_step::source;
%extend enf_fee_options {
	enf_fee_options() {
		enf_fee_options *o = calloc(1, sizeof(*o));
		if (o != NULL)
			enf_fee_options_init(o, ENF_FEE_OPTIONS_VERSION);
		return o;
	}
}
%extend enf_interest_options {
	enf_interest_options(int rules) {
		enf_interest_options *o = calloc(1, sizeof(*o));
		if (o != NULL)
			enf_interest_options_init(o, ENF_INTEREST_OPTIONS_VERSION,
						  (enf_interest_rules)rules);
		return o;
	}
}
%extend enf_payout_options {
	enf_payout_options() {
		enf_payout_options *o = calloc(1, sizeof(*o));
		if (o != NULL)
			enf_payout_options_init(o, ENF_PAYOUT_OPTIONS_VERSION);
		return o;
	}
}

%ignore enf_trail_free;
%ignore enf_interest_compute;
%ignore enf_payout_distribute;
%ignore enf_ledger_free;
%ignore enf_ledger_preview;
%rename(ledger_preview) enf_py_ledger_preview;
%rename(interest_compute) enf_py_interest_compute;
%rename(payout_distribute) enf_py_payout_distribute;
PyObject *enf_py_interest_compute(enf_money principal, enf_date from,
				  enf_date to, PyObject *payments,
				  PyObject *pauses, PyObject *rates,
				  const enf_interest_options *opts,
				  enf_trail *trail);
PyObject *enf_py_payout_distribute(PyObject *claims, enf_money amount,
				   const enf_payout_options *opts,
				   enf_trail *trail);

PyObject *enf_py_ledger_preview(const enf_ledger *ledger, size_t n,
				enf_date date, enf_money amount,
				const enf_payout_options *opts);

%include "enforcement/trail.h"
%include "enforcement/payout.h"
