/*
 * The history of a corrected case (case_history.h): its memory, the
 * corrected log computed from the entries and the corrections, and a
 * case built afresh from facts and a log through the case model's own
 * checks, which is how a correction is checked before it is taken.
 */
#include "internal.h"
#include "case_history.h"

#include <stdlib.h>
#include <string.h>

static int enf__dup(const char **dst, const char *src)
{
	char *p;

	*dst = NULL;
	if (src == NULL)
		return 0;
	p = malloc(strlen(src) + 1);
	if (p == NULL)
		return -1;
	memcpy(p, src, strlen(src) + 1);
	*dst = p;
	return 0;
}

/* The string fields a correction of a kind owns. */
static int enf__strings_of(const char ***out, enf_correction *c)
{
	int n = 0;

	out[n++] = &c->reason;
	out[n++] = &c->author;
	if (c->kind == ENF_CORRECT_INFO) {
		out[n++] = &c->info.office;
		out[n++] = &c->info.decision_no;
		out[n++] = &c->info.court;
		out[n++] = &c->info.judgment_no;
	} else if (c->kind == ENF_CORRECT_PARTY) {
		out[n++] = &c->party.name;
		out[n++] = &c->party.id;
	} else if (c->kind == ENF_CORRECT_ASSET) {
		out[n++] = &c->asset.description;
	}
	return n;
}

void enf__correction_disown(enf_correction *c)
{
	const char **s[8];
	int n = enf__strings_of(s, c);

	for (int i = 0; i < n; i++) {
		free((char *)*s[i]);
		*s[i] = NULL;
	}
}

int enf__correction_own(enf_correction *dst, const enf_correction *src)
{
	const char **s[8];
	int n;

	*dst = *src;
	n = enf__strings_of(s, dst);
	for (int i = 0; i < n; i++)
		*s[i] = NULL;
	{
		enf_correction tmp = *src;
		const char **from[8];

		(void)enf__strings_of(from, &tmp);
		for (int i = 0; i < n; i++)
			if (enf__dup(s[i], *from[i]) != 0) {
				enf__correction_disown(dst);
				return -1;
			}
	}
	return 0;
}

void enf__history_free(enf__history *h)
{
	if (h == NULL)
		return;
	for (size_t i = 0; i < h->nrecs; i++) {
		enf__correction_disown(&h->recs[i].now);
		enf__correction_disown(&h->recs[i].before);
	}
	free(h->recs);
	free(h->entries);
	free(h->seqs);
	free(h);
}

/* An empty history with room for n entries and seqs. */
static enf__history *enf__history_alloc(size_t n)
{
	enf__history *h = calloc(1, sizeof(*h));

	if (h == NULL)
		return NULL;
	h->in_error = h->known = ENF_DATE_NONE;
	h->entries = malloc((n ? n : 1) * sizeof(*h->entries));
	h->seqs = malloc((n ? n : 1) * sizeof(*h->seqs));
	if (h->entries == NULL || h->seqs == NULL) {
		enf__history_free(h);
		return NULL;
	}
	h->cap_entries = h->cap_seqs = n ? n : 1;
	return h;
}

enf__history *enf__history_from_log(const enf_case *c)
{
	enf__history *h = enf__history_alloc(c->nevents);

	if (h == NULL)
		return NULL;
	if (c->nevents > 0)
		memcpy(h->entries, c->events, c->nevents * sizeof(*c->events));
	for (size_t i = 0; i < c->nevents; i++)
		h->seqs[i] = i;
	h->nentries = c->nevents;
	return h;
}

int enf__history_push_record(enf__history *h, const enf__record *r)
{
	if (enf__reserve((void **)&h->recs, &h->cap_recs, h->nrecs + 1,
			 sizeof(*h->recs)) != 0)
		return -1;
	h->recs[h->nrecs++] = *r;
	return 0;
}

enf__history *enf__history_copy(const enf__history *h, int *ok)
{
	enf__history *n;
	size_t nseq = h != NULL ? h->cap_seqs : 0;

	*ok = 1;
	if (h == NULL)
		return NULL;
	n = enf__history_alloc(h->nentries > nseq ? h->nentries : nseq);
	if (n == NULL) {
		*ok = 0;
		return NULL;
	}
	if (h->nentries > 0)
		memcpy(n->entries, h->entries,
		       h->nentries * sizeof(*h->entries));
	memcpy(n->seqs, h->seqs, h->cap_seqs * sizeof(*h->seqs));
	n->nentries = h->nentries;
	n->in_error = h->in_error;
	n->known = h->known;
	for (size_t i = 0; i < h->nrecs; i++) {
		enf__record r;

		if (enf__correction_own(&r.now, &h->recs[i].now) != 0)
			goto oom;
		if (enf__correction_own(&r.before, &h->recs[i].before) != 0) {
			enf__correction_disown(&r.now);
			goto oom;
		}
		if (enf__history_push_record(n, &r) != 0) {
			enf__correction_disown(&r.now);
			enf__correction_disown(&r.before);
			goto oom;
		}
	}
	return n;
oom:
	enf__history_free(n);
	*ok = 0;
	return NULL;
}

/* A seq and the date it stands at in the corrected log. */
typedef struct enf__placed {
	enf_date date;
	size_t seq;
} enf__placed;

static int enf__placed_cmp(const void *a, const void *b)
{
	const enf__placed *x = a, *y = b;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Applies the corrections of h recorded up to known to cur and alive. */
static void enf__history_apply(const enf__history *h, enf_date known,
			       enf__event *cur, unsigned char *alive)
{
	for (size_t j = 0; j < h->nrecs; j++) {
		const enf_correction *k = &h->recs[j].now;

		if (known != ENF_DATE_NONE && k->recorded > known)
			break; /* made in date order */
		if (k->kind == ENF_CORRECT_VOID)
			alive[k->target] = 0;
		else if (k->kind == ENF_CORRECT_REPLACE)
			cur[k->target] = enf__event_put(&k->event);
		else if (k->kind == ENF_CORRECT_ENTERED_IN_ERROR)
			memset(alive, 0, h->nentries);
	}
}

int enf__history_log(const enf__history *h, enf_date known, enf__event **log,
		     size_t **seqs, size_t *n)
{
	size_t m = h->nentries, k = 0;
	enf__event *cur = malloc((m ? m : 1) * sizeof(*cur));
	unsigned char *alive = malloc(m ? m : 1);
	enf__placed *order = malloc((m ? m : 1) * sizeof(*order));
	int rc = -1;

	*log = NULL, *seqs = NULL, *n = 0;
	if (cur == NULL || alive == NULL || order == NULL)
		goto done;
	for (size_t s = 0; s < m; s++) {
		cur[s] = h->entries[s];
		alive[s] = known == ENF_DATE_NONE || cur[s].date <= known;
	}
	enf__history_apply(h, known, cur, alive);
	for (size_t s = 0; s < m; s++)
		if (alive[s])
			order[k].date = cur[s].date, order[k++].seq = s;
	qsort(order, k, sizeof(*order), enf__placed_cmp);
	if (k > 0) {
		*log = malloc(k * sizeof(**log));
		*seqs = malloc(k * sizeof(**seqs));
		if (*log == NULL || *seqs == NULL) {
			free(*log), free(*seqs);
			*log = NULL, *seqs = NULL;
			goto done;
		}
	}
	for (size_t i = 0; i < k; i++) {
		(*log)[i] = cur[order[i].seq];
		(*seqs)[i] = order[i].seq;
	}
	*n = k;
	rc = 0;
done:
	free(cur);
	free(alive);
	free(order);
	return rc;
}

enf__facts enf__facts_of_case(const enf_case *c)
{
	enf__facts f;

	f.info = c->info;
	f.parties = c->parties, f.nparties = c->nparties;
	f.obligations = c->obligations, f.nobligations = c->nobligations;
	f.assets = c->assets, f.nassets = c->nassets;
	return f;
}

enf_status enf__case_build(enf_case **out, const enf__facts *f,
			   const enf__event *log, size_t n)
{
	enf_case *c = NULL;
	enf__replay rs;
	enf_status st = enf_case_new(&c, &f->info);

	for (size_t i = 0; st == ENF_OK && i < f->nparties; i++)
		st = enf_case_add_party(NULL, c, &f->parties[i]);
	for (size_t i = 0; st == ENF_OK && i < f->nobligations; i++)
		st = enf_case_add_obligation(NULL, c, &f->obligations[i]);
	for (size_t i = 0; st == ENF_OK && i < f->nassets; i++)
		st = enf_case_add_asset(NULL, c, &f->assets[i]);
	if (st == ENF_OK)
		enf__replay_until(&rs, c, ENF_DATE_MAX);
	for (size_t i = 0; st == ENF_OK && i < n; i++) {
		enf_event ev = enf__event_get(&log[i]);

		st = enf__case_apply_after(c, &rs, &ev, NULL);
	}
	if (st != ENF_OK) {
		enf_case_free(c);
		return st;
	}
	*out = c;
	return ENF_OK;
}

static void enf__free_outside(const enf_case *c, const void *p)
{
	if (!enf__case_in_block(c, p))
		free((void *)p);
}

/* Info strings for c on the heap: office, decision number, court and
 * judgment number of in, one after the other; NULL when out of memory. */
static char *enf__info_strings(enf_case_info *in)
{
	const char **f[4] = {&in->office, &in->decision_no, &in->court,
			     &in->judgment_no};
	size_t size = 1;
	char *block, *p;

	for (int i = 0; i < 4; i++)
		size += *f[i] != NULL ? strlen(*f[i]) + 1 : 0;
	block = p = malloc(size);
	if (block == NULL)
		return NULL;
	for (int i = 0; i < 4; i++)
		if (*f[i] != NULL) {
			size_t k = strlen(*f[i]) + 1;

			memcpy(p, *f[i], k);
			*f[i] = p;
			p += k;
		}
	return block;
}

static int enf__same_text(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static int enf__info_same(const enf_case_info *a, const enf_case_info *b)
{
	return enf__same_text(a->court, b->court) &&
	       enf__same_text(a->judgment_no, b->judgment_no) &&
	       a->decision_date == b->decision_date && a->mode == b->mode &&
	       a->judgment_effective == b->judgment_effective &&
	       a->judgment_kind == b->judgment_kind && a->flags == b->flags;
}

/* Frees the parts of c outside its block, as enf_case_free would, but
 * not c itself nor its info strings. */
static void enf__case_drop_parts(enf_case *c)
{
	for (size_t i = 0; i < c->nparties; i++)
		enf__free_outside(c, c->parties[i].name);
	for (size_t i = 0; i < c->nassets; i++)
		enf__free_outside(c, c->assets[i].description);
	enf__free_outside(c, c->parties);
	enf__free_outside(c, c->obligations);
	enf__free_outside(c, c->assets);
	enf__free_outside(c, c->events);
}

int enf__case_take(enf_case *c, enf_case *built)
{
	enf_case_info info = built->info;
	char *strings = NULL;

	if (!enf__info_same(&c->info, &built->info)) {
		strings = enf__info_strings(&info);
		if (strings == NULL)
			return -1;
	}
	enf__case_drop_parts(c);
	if (strings != NULL) {
		if (c->strings != (char *)(c + 1))
			enf__free_outside(c, c->strings);
		c->strings = strings;
		c->info = info;
	}
	c->parties = built->parties, c->nparties = built->nparties;
	c->cap_parties = built->cap_parties;
	c->obligations = built->obligations;
	c->nobligations = built->nobligations;
	c->cap_obligations = built->cap_obligations;
	c->assets = built->assets, c->nassets = built->nassets;
	c->cap_assets = built->cap_assets;
	c->events = built->events, c->nevents = built->nevents;
	c->cap_events = built->cap_events;
	c->owed = built->owed;
	built->parties = NULL, built->nparties = 0;
	built->obligations = NULL, built->nobligations = 0;
	built->assets = NULL, built->nassets = 0;
	built->events = NULL, built->nevents = 0;
	enf_case_free(built);
	return 0;
}
