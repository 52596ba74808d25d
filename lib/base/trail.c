/*
 * The calculation trail of payout.h: an ordered list of steps whose rule
 * and source strings the trail owns, and its CSV and JSON text.
 */
#include "trail_internal.h"

#include "internal.h"
#include "text.h"
#include "enforcement/date.h" /* ENF_DATE_NONE */

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A step and the block it owns: rule, NUL, source, NUL. */
typedef struct enf__trail_item {
	enf_trail_step step; /* rule and source point into block */
	char *block;
} enf__trail_item;

struct enf_trail {
	enf__trail_item *steps;
	size_t n, cap;
};

enf_status enf_trail_new(enf_trail **out)
{
	enf_trail *t;

	ENF__CHECK_NULL("trail_new", out);
	*out = NULL;
	t = calloc(1, sizeof(*t));
	if (t == NULL)
		return enf__fail(ENF_ENOMEM, "trail_new: out of memory");
	*out = t;
	return ENF_OK;
}

void enf_trail_clear(enf_trail *trail)
{
	enf__trail_truncate(trail, 0);
}

void enf_trail_free(enf_trail *trail)
{
	if (trail == NULL)
		return;
	enf_trail_clear(trail);
	free(trail->steps);
	free(trail);
}

size_t enf_trail_count(const enf_trail *trail)
{
	return trail == NULL ? 0 : trail->n;
}

enf_status enf_trail_step_at(enf_trail_step *out, const enf_trail *trail,
			     size_t i)
{
	ENF__CHECK_NULL("trail_step_at", out);
	ENF__CHECK_NULL("trail_step_at", trail);
	if (i >= trail->n)
		return enf__fail(ENF_ERANGE,
				 "trail_step_at: i is %zu; the trail has %zu "
				 "steps",
				 i, trail->n);
	*out = trail->steps[i].step;
	return ENF_OK;
}

void enf__err_save(enf__err_keep *k)
{
	k->status = enf_last_status();
	(void)snprintf(k->msg, sizeof k->msg, "%s", enf_last_error());
}

void enf__err_restore(const enf__err_keep *k)
{
	if (k->status == ENF_OK)
		enf_error_clear();
	else
		(void)enf__fail(k->status, "%s", k->msg);
}

void enf__trail_truncate(enf_trail *t, size_t n)
{
	if (t == NULL)
		return;
	while (t->n > n) {
		t->n--;
		free(t->steps[t->n].block);
	}
}

enf_status enf__trail_note(enf_trail *t, const char *rule, const char *source,
			   enf_money base, int64_t rate_ppm, enf_money amount)
{
	enf_trail_step s;

	s.rule = rule;
	s.source = source;
	s.first = ENF_DATE_NONE;
	s.last = ENF_DATE_NONE;
	s.days = 0;
	s.base = base;
	s.rate_ppm = rate_ppm;
	s.amount = amount;
	return enf__trail_add(t, &s);
}

enf_status enf__trail_add(enf_trail *t, const enf_trail_step *step)
{
	const char *rule, *source;
	size_t lr, ls;
	char *block;

	if (t == NULL)
		return ENF_OK;
	if (step == NULL)
		return enf__fail(ENF_EINVALID, "trail_add: step is NULL");
	rule = step->rule != NULL ? step->rule : "";
	source = step->source != NULL ? step->source : "";
	if (t->n == t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 8;
		enf__trail_item *p;

		if (cap > SIZE_MAX / sizeof(*p))
			return enf__fail(ENF_ENOMEM, "trail: out of memory");
		p = realloc(t->steps, cap * sizeof(*p));
		if (p == NULL)
			return enf__fail(ENF_ENOMEM, "trail: out of memory");
		t->steps = p;
		t->cap = cap;
	}
	lr = strlen(rule);
	ls = strlen(source);
	if (lr > SIZE_MAX - ls - 2)
		return enf__fail(ENF_ENOMEM, "trail: out of memory");
	block = malloc(lr + ls + 2);
	if (block == NULL)
		return enf__fail(ENF_ENOMEM, "trail: out of memory");
	memcpy(block, rule, lr + 1);
	memcpy(block + lr + 1, source, ls + 1);
	t->steps[t->n].step = *step;
	t->steps[t->n].step.rule = block;
	t->steps[t->n].step.source = block + lr + 1;
	t->steps[t->n].block = block;
	t->n++;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Text                                                                    */

enf_status enf_trail_to_csv(char **out, size_t *len, const enf_trail *trail)
{
	enf__io_buf b = {NULL, 0, 0, 0};

	ENF__CHECK_NULL("trail_to_csv", out);
	*out = NULL;
	ENF__CHECK_NULL("trail_to_csv", trail);
	enf__io_puts(&b, "rule,source,first,last,days,base,rate_ppm,amount\n");
	for (size_t i = 0; i < trail->n; i++) {
		const enf_trail_step *s = &trail->steps[i].step;
		char first[16], last[16], num[96];

		enf__io_csv_field(&b, s->rule);
		enf__io_put(&b, ",", 1);
		enf__io_csv_field(&b, s->source);
		(void)snprintf(num, sizeof(num),
			       ",%s,%s,%" PRId32 ",%" PRId64 ",%" PRId64
			       ",%" PRId64 "\n",
			       enf__date_text(first, sizeof(first), s->first),
			       enf__date_text(last, sizeof(last), s->last),
			       s->days, s->base, s->rate_ppm, s->amount);
		enf__io_puts(&b, num);
	}
	return enf__io_buf_finish(&b, out, len, "trail_to_csv");
}

/* Writes "key": then a date string or null. */
static void enf__trail_json_date(enf__io_buf *b, const char *key, enf_date d)
{
	char buf[16];

	enf__io_puts(b, key);
	if (enf__date_text(buf, sizeof(buf), d)[0] == '\0')
		enf__io_puts(b, "null");
	else
		enf__io_json_string(b, buf);
}

enf_status enf_trail_to_json(char **out, size_t *len, const enf_trail *trail)
{
	enf__io_buf b = {NULL, 0, 0, 0};

	ENF__CHECK_NULL("trail_to_json", out);
	*out = NULL;
	ENF__CHECK_NULL("trail_to_json", trail);
	enf__io_puts(&b, "{\"schema\": \"enforcement-trail/1\", \"steps\": [");
	for (size_t i = 0; i < trail->n; i++) {
		const enf_trail_step *s = &trail->steps[i].step;
		char num[112];

		enf__io_puts(&b, i ? ",\n  {\"rule\": " : "\n  {\"rule\": ");
		enf__io_json_string(&b, s->rule);
		enf__io_puts(&b, ", \"source\": ");
		enf__io_json_string(&b, s->source);
		enf__trail_json_date(&b, ", \"first\": ", s->first);
		enf__trail_json_date(&b, ", \"last\": ", s->last);
		(void)snprintf(num, sizeof(num),
			       ", \"days\": %" PRId32 ", \"base\": %" PRId64
			       ", \"rate_ppm\": %" PRId64
			       ", \"amount\": %" PRId64 "}",
			       s->days, s->base, s->rate_ppm, s->amount);
		enf__io_puts(&b, num);
	}
	enf__io_puts(&b, trail->n ? "\n]}\n" : "]}\n");
	return enf__io_buf_finish(&b, out, len, "trail_to_json");
}
