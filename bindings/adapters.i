/*
 * Language-neutral adapters (included last by enforcement.i, which
 * %ignores the functions they adapt): C functions over
 * the C API for the few calls whose shape no typemap can express, each
 * bound under the name of the function it adapts. They hold no code of a
 * target language, so every binding shares them.
 *
 * - enf_case_new, enf_case_add_party, enf_case_add_asset: their input
 *   records carry strings, which the record only borrows, and the same
 *   records come back from getters with strings borrowed from the case;
 *   the adapters take the fields as arguments instead.
 * - enf_case_correct, enf_register_correct: the correction record and the
 *   facts, party or asset in it carry strings the record only borrows;
 *   the adapters take the record for its other fields and the strings
 *   as arguments (NULL: none), each used by the kinds it belongs to.
 * - enf_money_allocate, enf_auction_sell_order: an array out whose size is
 *   the count of an array in, with another parameter between them; the
 *   adapters put the arrays side by side (and a list out after any other
 *   out-parameter, which some languages append to the first).
 * - enf_stats_published_sum: its result borrows the unit's text; the
 *   adapter's result owns a copy (enf_published owns its unit here).
 * - enf_stats_table_with: its options carry an array of last year's
 *   reports and a title, which the options record only borrows; the
 *   adapter takes the fields as arguments (no reports of last year: an
 *   empty array).
 */
%{
static enf_status
enf_swig_case_new(enf_case **out, const char *office, const char *decision_no,
		  enf_date decision_date, enf_mode mode, const char *court,
		  const char *judgment_no, enf_date judgment_effective,
		  enf_judgment_kind judgment_kind, unsigned int flags)
{
	enf_case_info info;

	enf_case_info_init(&info, ENF_CASE_INFO_VERSION);
	info.office = office;
	info.decision_no = decision_no;
	info.decision_date = decision_date;
	info.mode = mode;
	info.court = court;
	info.judgment_no = judgment_no;
	info.judgment_effective = judgment_effective;
	info.judgment_kind = judgment_kind;
	info.flags = flags;
	return enf_case_new(out, &info);
}

static enf_status enf_swig_case_add_party(int32_t *out_index, enf_case *c,
					  enf_party_role role,
					  enf_party_kind kind,
					  const char *name, const char *id)
{
	enf_party p = {role, kind, name, id};

	return enf_case_add_party(out_index, c, &p);
}

static enf_status
enf_swig_case_add_asset(int32_t *out_index, enf_case *c, enf_asset_kind kind,
			const char *description, int32_t owner,
			enf_security security, enf_money secured_amount)
{
	enf_asset a = {kind, description, owner, security, secured_amount};

	return enf_case_add_asset(out_index, c, &a);
}

/* corr with its strings: reason and author; the amended facts' office,
 * decision number, court and judgment number (INFO), the party's name and
 * id (PARTY), the asset's description (ASSET). */
static enf_correction enf_swig_correction(
	const enf_correction *corr, const char *reason, const char *author,
	const char *office, const char *decision_no, const char *court,
	const char *judgment_no, const char *name, const char *id,
	const char *description)
{
	enf_correction r = *corr;

	r.reason = reason;
	r.author = author;
	r.info.office = office;
	r.info.decision_no = decision_no;
	r.info.court = court;
	r.info.judgment_no = judgment_no;
	r.party.name = name;
	r.party.id = id;
	r.asset.description = description;
	return r;
}

static enf_status enf_swig_case_correct(
	enf_case *c, const enf_correction *corr, const char *reason,
	const char *author, const char *office, const char *decision_no,
	const char *court, const char *judgment_no, const char *name,
	const char *id, const char *description)
{
	enf_correction r;

	if (corr == NULL)
		return enf_case_correct(c, NULL);
	r = enf_swig_correction(corr, reason, author, office, decision_no,
				court, judgment_no, name, id, description);
	return enf_case_correct(c, &r);
}

static enf_status enf_swig_register_correct(
	enf_register *reg, size_t index, const enf_correction *corr,
	const char *reason, const char *author, const char *office,
	const char *decision_no, const char *court, const char *judgment_no,
	const char *name, const char *id, const char *description)
{
	enf_correction r;

	if (corr == NULL)
		return enf_register_correct(reg, index, NULL);
	r = enf_swig_correction(corr, reason, author, office, decision_no,
				court, judgment_no, name, id, description);
	return enf_register_correct(reg, index, &r);
}

static enf_status enf_swig_money_allocate(enf_money total, enf_money *parts,
					  const int64_t *weights, size_t count)
{
	return enf_money_allocate(parts, total, weights, count);
}

static enf_status enf_swig_auction_sell_order(size_t *needed, size_t *order,
					      const enf_money *values,
					      size_t n, enf_money target)
{
	return enf_auction_sell_order(order, needed, values, n, target);
}

static enf_status enf_swig_stats_published_sum(enf_published *out,
					       const char *unit,
					       const enf_published *items,
					       size_t count)
{
	enf_status st = enf_stats_published_sum(out, unit, items, count);

	if (st == ENF_OK && out->unit != NULL &&
	    (out->unit = enf_swig_strdup(out->unit)) == NULL)
		st = ENF_ENOMEM;
	return st;
}

static enf_status enf_swig_stats_table_with(
	char **out, size_t *len, const enf_stats_report *const *reps,
	size_t count, enf_stats_group group, enf_table_format format,
	enf_locale locale, char separator,
	const enf_stats_report *const *previous, size_t previous_count,
	int64_t target_cases, int64_t target_money, const char *title)
{
	enf_table_options o;
	const enf_stats_report **prev;
	enf_status st;

	enf_table_options_init(&o, ENF_TABLE_OPTIONS_VERSION);
	o.group = group;
	o.format = format;
	o.locale = locale;
	o.separator = separator;
	o.target_cases = target_cases;
	o.target_money = target_money;
	o.title = title;
	if (previous_count == 0)
		return enf_stats_table_with(out, len, reps, count, &o);
	/* Aligned with reps: entries missing at the end are NULL (no
	 * figures last year), entries beyond count are not read. */
	prev = calloc(count != 0 ? count : 1, sizeof(*prev));
	if (prev == NULL)
		return ENF_ENOMEM;
	for (size_t i = 0; i < count && i < previous_count; i++)
		prev[i] = previous[i];
	o.previous = prev;
	st = enf_stats_table_with(out, len, reps, count, &o);
	free(prev);
	return st;
}
%}

%rename(case_new) enf_swig_case_new;
%rename(case_add_party) enf_swig_case_add_party;
%rename(case_add_asset) enf_swig_case_add_asset;
%rename(case_correct) enf_swig_case_correct;
%rename(register_correct) enf_swig_register_correct;
%rename(money_allocate) enf_swig_money_allocate;
%rename(auction_sell_order) enf_swig_auction_sell_order;
%rename(stats_published_sum) enf_swig_stats_published_sum;
%rename(stats_table_with) enf_swig_stats_table_with;

ENF_OUT_VALUES_FOR_VALUES(enf_money, parts, int64_t, weights, count, 0)
ENF_OUT_VALUES_FOR_VALUES(size_t, order, enf_money, values, n, 0)
ENF_OUT_VALUE(size_t, needed)

enf_status enf_swig_case_new(enf_case **out, const char *office,
			     const char *decision_no, enf_date decision_date,
			     enf_mode mode, const char *court,
			     const char *judgment_no,
			     enf_date judgment_effective,
			     enf_judgment_kind judgment_kind,
			     unsigned int flags);
enf_status enf_swig_case_add_party(int32_t *out_index, enf_case *c,
				   enf_party_role role, enf_party_kind kind,
				   const char *name, const char *id);
enf_status enf_swig_case_add_asset(int32_t *out_index, enf_case *c,
				   enf_asset_kind kind,
				   const char *description, int32_t owner,
				   enf_security security,
				   enf_money secured_amount);
enf_status enf_swig_case_correct(
	enf_case *c, const enf_correction *corr, const char *reason,
	const char *author, const char *office, const char *decision_no,
	const char *court, const char *judgment_no, const char *name,
	const char *id, const char *description);
enf_status enf_swig_register_correct(
	enf_register *reg, size_t index, const enf_correction *corr,
	const char *reason, const char *author, const char *office,
	const char *decision_no, const char *court, const char *judgment_no,
	const char *name, const char *id, const char *description);
enf_status enf_swig_money_allocate(enf_money total, enf_money *parts,
				   const int64_t *weights, size_t count);
enf_status enf_swig_auction_sell_order(size_t *needed, size_t *order,
				       const enf_money *values, size_t n,
				       enf_money target);
enf_status enf_swig_stats_published_sum(enf_published *out, const char *unit,
					const enf_published *items,
					size_t count);
ENF_IN_OBJECTS(enf_stats_report, previous, previous_count)
enf_status enf_swig_stats_table_with(
	char **out, size_t *len, const enf_stats_report *const *reps,
	size_t count, enf_stats_group group, enf_table_format format,
	enf_locale locale, char separator,
	const enf_stats_report *const *previous, size_t previous_count,
	int64_t target_cases, int64_t target_money, const char *title);
