/*
 * Counting a case into the cells of a report: its classification for a
 * period, by a replay of its log, and the adds of its rows.
 *
 * Classification of a case for a period [first, last] (stats.h, domain
 * notes §6):
 * - The decision is the DECISION_ISSUED event, or info.decision_date
 *   without one; a case not decided by `last` adds nothing.
 * - Its state at the end of first - 1: closed (done, terminated,
 *   entrusted, returned, withdrawn) or in the separate book adds nothing;
 *   otherwise it is carried over (decided before `first`) or received
 *   (decided within the period).
 * - Its state at the end of `last` gives its end row: entrusted,
 *   withdrawn, done (terminated counts as done), separate book, returned,
 *   being enforced (with means), decided but not yet classified
 *   (voluntary, or no event yet: with means other, or without means by the
 *   report's unclassified_row), postponed by agreement (48(1)(c)), without
 *   means (other postponements, suspensions, no means).
 * - By cases it also counts as done when some money of it was done and its
 *   rest entrusted (partial_entrusted_done), and when its rest was reduced
 *   (giảm) and nothing is left owed; both after the GSO definition (Vs).
 *   A case of which nothing was left owed after a reduction before the
 *   period is off the table, as a closed one.
 * - By money its amount is what it still owed before the period (all of
 *   it when received) by the report's counter (collected, or paid out),
 *   less the sums reduced up to the end of the period, which leave the
 *   table; money of that counter in the period, up to the amount, is done,
 *   and the remainder goes to the end row, except that a case done or
 *   terminated in the period, or reduced to nothing, counts its whole
 *   amount as done.
 * - Corrections (correct.h) count in the period in which they were
 *   recorded (Joint Circular 12/2021/TTLT Art 10, V; the report's
 *   restate 0): the state before the period is the case as known on the
 *   day before it, the state at its end the case as known on its last
 *   day (stats_known.c); money taken down by a correction counts 0 in
 *   the period, never less. A case withdrawn as entered in error adds
 *   nothing, in any period (a register as known before the withdrawal
 *   still holds it).
 * The derived rows (total, to enforce, with means, carried to the next
 * period) are linear in the others, so each case's contribution satisfies
 * the identities and so does every sum; a register's sums add only the
 * base rows and make the derived ones once at the end (enf__add_placing()).
 */
#include "internal.h"
#include "enforcement/correct.h"
#include "case_internal.h"
#include "stats_internal.h"

/* Where one case goes on the table: its row at the start (carried over or
 * received) and at the end, by cases and by money; `amount` by money, of
 * which `done` in the done row and the rest in money_row; and the groups
 * it counts in (bit 1 << group). Only base rows: the derived ones follow
 * from them (enf__stats_derive()). */
typedef struct enf__placing {
	enf_indicator start, case_row, money_row;
	enf_money amount, done;
	unsigned groups;
} enf__placing;

/* Every row one case adds, derived rows included. */
typedef struct enf__contrib {
	int64_t v[ENF__MEASURE_COUNT][ENF_IND_COUNT];
} enf__contrib;

/* The end row of a case from its state at the end of the period. */
static enf_indicator enf__end_row(const enf__replay *rs,
				  const enf__stats_defs *d)
{
	switch (rs->state) {
	case ENF_STATE_ENTRUSTED: return ENF_IND_ENTRUSTED;
	case ENF_STATE_WITHDRAWN: return ENF_IND_WITHDRAWN;
	case ENF_STATE_DONE:
	case ENF_STATE_TERMINATED: return ENF_IND_DONE;
	case ENF_STATE_SEPARATE_BOOK: return ENF_IND_SEPARATE_BOOK;
	case ENF_STATE_RETURNED: return ENF_IND_RETURNED;
	case ENF_STATE_WITH_MEANS: return ENF_IND_BEING_ENFORCED;
	case ENF_STATE_POSTPONED:
		return rs->detail == ENF_POSTPONE_AGREEMENT
			       ? ENF_IND_POSTPONED_AGREEMENT
			       : ENF_IND_WITHOUT_MEANS;
	case ENF_STATE_WITHOUT_MEANS:
	case ENF_STATE_SUSPENDED: return ENF_IND_WITHOUT_MEANS;
	default:
		/* Voluntary, or decided by its facts with no event yet:
		 * decided and not classified. */
		return d->unclassified_row == ENF_UNCLASSIFIED_WITHOUT_MEANS
			       ? ENF_IND_WITHOUT_MEANS
			       : ENF_IND_WITH_MEANS_OTHER;
	}
}

/* Whether a state before the period keeps the case off the table. */
static int enf__off_books(enf_case_state s)
{
	return s == ENF_STATE_DONE || s == ENF_STATE_TERMINATED ||
	       s == ENF_STATE_ENTRUSTED || s == ENF_STATE_RETURNED ||
	       s == ENF_STATE_WITHDRAWN || s == ENF_STATE_SEPARATE_BOOK;
}

/* The derived rows of one measure from its other rows (no overflow: a
 * case's rows are at most its amount, and a sum's are bounded or checked,
 * enf__add_placing()). */
void enf__stats_derive(int64_t *v)
{
	v[ENF_IND_TOTAL] = v[ENF_IND_CARRIED_OVER] + v[ENF_IND_RECEIVED];
	v[ENF_IND_TO_ENFORCE] =
		v[ENF_IND_TOTAL] - v[ENF_IND_ENTRUSTED] - v[ENF_IND_WITHDRAWN];
	v[ENF_IND_WITH_MEANS] = v[ENF_IND_DONE] + v[ENF_IND_BEING_ENFORCED] +
				v[ENF_IND_POSTPONED_AGREEMENT] +
				v[ENF_IND_WITH_MEANS_OTHER];
	v[ENF_IND_CARRIED_NEXT] = v[ENF_IND_TO_ENFORCE] - v[ENF_IND_DONE];
}

/* The groups a case counts in. */
static unsigned enf__groups_of(const enf_case *c)
{
	unsigned g = 1u << ENF_GROUP_ALL;

	g |= 1u << (c->info.mode == ENF_MODE_AGENCY ? ENF_GROUP_AGENCY
						    : ENF_GROUP_REQUEST);
	for (size_t i = 0; i < c->nobligations; i++)
		if (c->obligations[i].kind == ENF_OBL_BANK_CREDIT)
			g |= 1u << ENF_GROUP_BANK_CREDIT;
	if (c->info.flags & ENF_CASE_CORRUPTION)
		g |= 1u << ENF_GROUP_CORRUPTION;
	if (c->info.judgment_kind == ENF_JUDGMENT_ADMINISTRATIVE)
		g |= 1u << ENF_GROUP_ADMINISTRATIVE;
	return g;
}

/* What the log of a case says besides its replayed state: the date of
 * its decision (its first DECISION_ISSUED event, else its facts' date),
 * and the sums reduced (ENF_EV_OBLIGATION_REDUCED) up to the day before
 * the period and up to its last day. */
typedef struct enf__log_facts {
	enf_date decided;
	int issued; /* decided comes from an event */
	enf_money reduced_before, reduced_end;
} enf__log_facts;

/*
 * Goes on replaying c into rs up to the events dated on or before until
 * (at most the period's last day), noting the facts of each event in f
 * on the way: one pass over the log where a replay and a scan for the
 * facts made two.
 */
static void enf__walk(enf__replay *rs, enf__log_facts *f, const enf_case *c,
		      enf_date until, const enf_period *p)
{
	/* The log in locals: the replay's stores could alias them. */
	const enf__event *ev = c->events;
	size_t n = c->nevents;

	for (size_t i = rs->count; i < n && ev[i].date <= until; i++) {
		const enf__event *e = &ev[i];

		enf__replay_apply(rs, e, 0);
		if (e->kind == ENF_EV_DECISION_ISSUED && !f->issued) {
			f->decided = e->date;
			f->issued = 1;
		} else if (e->kind == ENF_EV_OBLIGATION_REDUCED) {
			f->reduced_end += e->amount;
			if (e->date < p->first)
				f->reduced_before += e->amount;
		}
	}
}

/* The decision's date when no event replayed so far (rs) gave it: the
 * first DECISION_ISSUED among the rest, else the case's facts. */
static void enf__walk_decided(enf__log_facts *f, const enf_case *c,
			      const enf__replay *rs)
{
	for (size_t i = rs->count; i < c->nevents && !f->issued; i++)
		if (c->events[i].kind == ENF_EV_DECISION_ISSUED) {
			f->decided = c->events[i].date;
			f->issued = 1;
		}
}

/* Whether nothing is left owed after reductions: a case whose rest was
 * reduced counts as done (GSO: "phần còn lại đã ... giảm thi hành án";
 * Vs). Collections alone do not close a case: its DONE event does. */
static int enf__reduced_out(const enf_case *c, enf_money reduced,
			    enf_money collected)
{
	return reduced > 0 && c->owed - reduced <= collected;
}

/* The money counter of the report's definition of money done. */
static enf_money enf__basis(const enf__replay *rs, const enf__stats_defs *d)
{
	return d->money_done == ENF_MONEY_DONE_PAID_OUT ? rs->paid
							: rs->collected;
}

/* Every row of a case placed by pl, by cases and by money. */
static void enf__fill(enf__contrib *k, const enf__placing *pl)
{
	/* Every row written, none cleared first: cleared with memset (a
	 * string instruction), the contribution took a sixth of a report's
	 * time. start is never a row of the end, so never case_row. */
	for (int r = 0; r < ENF_IND_COUNT; r++) {
		k->v[ENF_BY_CASES][r] =
			(r == (int)pl->start) + (r == (int)pl->case_row);
		k->v[ENF_BY_MONEY][r] =
			(r == (int)pl->start ? pl->amount : 0) +
			(r == ENF_IND_DONE ? pl->done : 0) +
			(r == (int)pl->money_row ? pl->amount - pl->done : 0);
	}
	enf__stats_derive(k->v[ENF_BY_CASES]);
	enf__stats_derive(k->v[ENF_BY_MONEY]);
}

/*
 * Classifies a case for period p by the definitions d; returns 0 if it
 * adds nothing. b is the case as known before the period and c as known
 * at its end (the same case but for corrections, stats_known.c). By
 * money the amount is what the case owed before the period by the basis
 * counter, less every sum reduced up to the end of the period: reduced
 * money leaves the table, neither done nor carried (I). The money of the
 * period is the end's counter less the one before, 0 when a correction
 * took the counter down (stats.h, restate).
 */
static int enf__classify(enf__placing *pl, const enf_case *b, const enf_case *c,
			 const enf_period *p, const enf__stats_defs *d)
{
	enf__log_facts f = {c->info.decision_date, 0, 0, 0};
	enf__log_facts fb = {b->info.decision_date, 0, 0, 0};
	enf__log_facts *fbp = b == c ? &f : &fb;
	enf__replay before, end;
	enf_indicator start, row, case_row;
	enf_money left, amount, in, done;
	int whole;

	enf__replay_start(&before);
	enf__walk(&before, fbp, b, p->first - 1, p);
	if (enf__off_books(before.state) ||
	    enf__reduced_out(b, fbp->reduced_before, before.collected))
		return 0;
	/* One pass over the log when there is one log: the end state
	 * continues from the state before the period. */
	if (b == c) {
		end = before;
	} else {
		enf__walk_decided(&fb, b, &before);
		enf__replay_start(&end);
	}
	enf__walk(&end, &f, c, p->last, p);
	enf__walk_decided(&f, c, &end);
	if (f.decided == ENF_DATE_NONE || f.decided > p->last)
		return 0;
	/* Carried over as reported: decided before the period as known
	 * then, or as known now. */
	start = (fbp->decided != ENF_DATE_NONE && fbp->decided < p->first) ||
				f.decided < p->first
			? ENF_IND_CARRIED_OVER
			: ENF_IND_RECEIVED;
	row = case_row = enf__end_row(&end, d);
	left = c->owed - f.reduced_end;
	amount = left > enf__basis(&before, d) ? left - enf__basis(&before, d)
					       : 0;
	in = enf__basis(&end, d) - enf__basis(&before, d);
	if (in < 0)
		in = 0;
	whole = row == ENF_IND_DONE;
	/* Reduced to nothing while open: done, all of it. */
	if (row != ENF_IND_ENTRUSTED && row != ENF_IND_WITHDRAWN &&
	    row != ENF_IND_RETURNED &&
	    enf__reduced_out(c, f.reduced_end, end.collected)) {
		case_row = ENF_IND_DONE;
		whole = 1;
	}
	/* Done in part, the rest entrusted: done by cases only. */
	if (row == ENF_IND_ENTRUSTED && d->partial_entrusted_done &&
	    enf__basis(&end, d) > 0)
		case_row = ENF_IND_DONE;
	done = whole || in > amount ? amount : in;
	pl->start = start;
	pl->case_row = case_row;
	pl->money_row = whole ? ENF_IND_DONE : row;
	pl->amount = amount;
	pl->done = done;
	pl->groups = enf__groups_of(c);
	return 1;
}

/* Adds a contribution to cells, checked; cells are unchanged on
 * overflow, and *bad names the group, measure and row that overflowed. */
static int enf__add_checked(enf__stats_cells *cells, const enf__contrib *k,
			    unsigned groups, int bad[3])
{
	unsigned over = 0;

	/* One pass of adds that note any overflow (the builtins store the
	 * wrapped sum), undone by wrapped subtraction in the rare case one
	 * overflowed. */
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		if (groups & 1u << g)
			for (int m = 0; m < ENF__MEASURE_COUNT; m++)
				for (int r = 0; r < ENF_IND_COUNT; r++)
					over |= (unsigned)
						__builtin_add_overflow(
							cells->v[g][m][r],
							k->v[m][r],
							&cells->v[g][m][r]);
	if (!over)
		return 0;
	bad[0] = bad[1] = bad[2] = 0;
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		if (groups & 1u << g)
			for (int m = 0; m < ENF__MEASURE_COUNT; m++)
				for (int r = 0; r < ENF_IND_COUNT; r++) {
					int64_t *v = &cells->v[g][m][r];

					(void)__builtin_sub_overflow(
						*v, k->v[m][r], v);
					if (over && __builtin_add_overflow(
							    *v, k->v[m][r],
							    &(int64_t){0})) {
						bad[0] = g, bad[1] = m;
						bad[2] = r, over = 0;
					}
				}
	return -1;
}

/* The largest cell of cells, at least 0: where a sum's headroom starts. */
int64_t enf__stats_cells_top(const enf__stats_cells *cells)
{
	int64_t top = 0;

	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < ENF__MEASURE_COUNT; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++)
				if (cells->v[g][m][r] > top)
					top = cells->v[g][m][r];
	return top;
}

/* Brings the derived rows of every group and measure up to the base
 * rows (counting with a bound leaves them behind). */
void enf__stats_cells_derive(enf__stats_cells *cells)
{
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < ENF__MEASURE_COUNT; m++)
			enf__stats_derive(cells->v[g][m]);
}

/*
 * Adds a case placed by pl to cells. With no bound (top NULL) every row is
 * added, checked: cells are unchanged on overflow, and bad names the
 * group, measure and row that overflowed. With *top bounding every cell
 * from above, as the derived rows will be once brought up: every row of a
 * case lies in [0, amount] (in [0, 1] by cases), so while *top + (amount |
 * 1) fits no cell can overflow, and only the five base rows are added, in
 * each of the case's groups. The derived rows are linear in them, so they
 * are made once at the end (enf__stats_cells_derive()) where adding all 30
 * rows of every case was half a report's instructions. Near the top the
 * derived rows are brought up and the checked adds take over.
 */
static int enf__add_placing(enf__stats_cells *cells, int64_t *top,
			    const enf__placing *pl, int bad[3])
{
	int64_t sum;

	if (top == NULL || pl->amount < 0 ||
	    __builtin_add_overflow(*top, pl->amount | 1, &sum)) {
		enf__contrib k;

		if (top != NULL)
			enf__stats_cells_derive(cells);
		enf__fill(&k, pl);
		if (enf__add_checked(cells, &k, pl->groups, bad) != 0)
			return -1;
		if (top != NULL)
			*top = enf__stats_cells_top(cells);
		return 0;
	}
	for (unsigned gs = pl->groups; gs != 0; gs &= gs - 1) {
		int64_t(*v)[ENF_IND_COUNT] = cells->v[__builtin_ctz(gs)];

		v[ENF_BY_CASES][pl->start]++;
		v[ENF_BY_CASES][pl->case_row]++;
		v[ENF_BY_MONEY][pl->start] += pl->amount;
		v[ENF_BY_MONEY][ENF_IND_DONE] += pl->done;
		v[ENF_BY_MONEY][pl->money_row] += pl->amount - pl->done;
	}
	*top = sum;
	return 0;
}

enf_status enf__stats_count_case(enf__stats_cells *cells, int64_t *top,
				 const enf_case *c, const enf_period *p,
				 const enf__stats_defs *defs, const char *fn)
{
	enf__placing pl;
	enf_case *before = NULL, *end = NULL;
	int bad[3], adds;
	enf_status st;

	/* A case entered in error was never a case: no period counts it
	 * (correct.h), as enf_register_filter() leaves it out. A case never
	 * corrected (no history, most of a register) is counted as it is. */
	if (c->history != NULL) {
		if (enf_case_withdrawn_in_error(c) != ENF_DATE_NONE)
			return ENF_OK;
		st = enf__stats_known(&before, &end, c, p, defs->restate, fn);
		if (st != ENF_OK)
			return st;
	}
	adds = enf__classify(&pl, before != NULL ? before : c,
			     end != NULL ? end : c, p, defs);
	if (c->history != NULL) {
		enf_case_free(before);
		enf_case_free(end);
	}
	if (!adds)
		return ENF_OK;
	if (enf__add_placing(cells, top, &pl, bad) != 0)
		return enf__fail(ENF_EOVERFLOW,
				 "%s: case %s (office %s): row %s by %s in "
				 "group %s overflows 64 bits",
				 fn, enf__case_name(c), c->info.office,
				 enf__stats_row_tokens[bad[2]],
				 enf__stats_measure_tokens[bad[1]],
				 enf__stats_group_tokens[bad[0]]);
	return ENF_OK;
}
