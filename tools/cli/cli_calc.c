/*
 * enforcement check, fee, interest, rules and calendar: the pure
 * calculators of the library (published figures, the enforcement fee,
 * late-payment interest, the rules catalogue, working days and periods).
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char *const text_json[] = {"text", "json", NULL};

/* ---------------------------------------------------------------------- */
/* check                                                                   */

static const char check_help[] =
	"usage: enforcement check --done N --rate R\n"
	"       enforcement check --identities FILE\n"
	"\n"
	"Checks published figures.\n"
	"  --done N --rate R   every whole denominator (cases or money with\n"
	"                      means) consistent with N done at the published\n"
	"                      rate R rounded half-up to two decimals (62.91\n"
	"                      or 62,91%); exit 1 when none is\n"
	"  --identities FILE   a CSV file with the header row,cases,money and\n"
	"                      one line per published row (carried_over,\n"
	"                      received, total, entrusted, withdrawn,\n"
	"                      to_enforce, with_means, done, being_enforced,\n"
	"                      postponed_agreement, with_means_other,\n"
	"                      without_means, separate_book, returned,\n"
	"                      carried_next; an empty cell is unknown): each\n"
	"                      identity between the rows whose rows are all\n"
	"                      given is checked; exit 1 when one fails\n";

static const cli_cmd check_cmd = {"check", check_help};

static const char *const row_words[] = {"carried_over",
					"received",
					"total",
					"entrusted",
					"withdrawn",
					"to_enforce",
					"with_means",
					"done",
					"being_enforced",
					"postponed_agreement",
					"with_means_other",
					"without_means",
					"separate_book",
					"returned",
					"carried_next",
					NULL};
#define NROWS 15

static int read_rows(const char *file, const char *text, int64_t v[2][NROWS],
		     int known[2][NROWS])
{
	long line = 0;

	while (*text != '\0') {
		const char *nl = strchr(text, '\n');
		size_t len = nl != NULL ? (size_t)(nl - text) : strlen(text);
		char buf[256], *f[3] = {buf, NULL, NULL}, arg[300];
		int row;

		line++;
		if (len >= sizeof(buf))
			len = sizeof(buf) - 1;
		memcpy(buf, text, len);
		buf[len] = '\0';
		if (len > 0 && buf[len - 1] == '\r')
			buf[len - 1] = '\0';
		text += len + (nl != NULL);
		if (buf[0] == '\0' ||
		    (line == 1 && strncmp(buf, "row,", 4) == 0))
			continue;
		for (int i = 1; i < 3; i++) {
			f[i] = f[i - 1] ? strchr(f[i - 1], ',') : NULL;
			if (f[i] != NULL)
				*f[i]++ = '\0';
		}
		snprintf(arg, sizeof(arg), "%s:%ld: row", file, line);
		if (cli_word(&check_cmd, arg, f[0], row_words, &row) != CLI_OK)
			return CLI_BAD;
		for (int m = 0; m < 2; m++) {
			if (f[m + 1] == NULL || *f[m + 1] == '\0')
				continue;
			snprintf(arg, sizeof(arg), "%s:%ld: %s", file, line,
				 m ? "money" : "cases");
			if (cli_money(&check_cmd, arg, f[m + 1], &v[m][row]) !=
			    CLI_OK)
				return CLI_BAD;
			known[m][row] = 1;
		}
	}
	return CLI_OK;
}

/* Prints what the check found of one identity; 1 when it fails. */
static int print_identity(int money, const enf_stats_identity *id)
{
	const char *m = money ? "money" : "cases";

	if (id->result == ENF_IDENTITY_UNCHECKED) {
		printf("%s, %s: not checked (a row is missing)\n", m, id->name);
		return 0;
	}
	printf("%s, %s: %s", m, id->name,
	       id->result == ENF_IDENTITY_HOLDS ? "holds" : "FAILS");
	if (id->result == ENF_IDENTITY_FAILS)
		printf(" (left - right = %lld)", (long long)id->difference);
	putchar('\n');
	return id->result == ENF_IDENTITY_FAILS;
}

static int check_identities(const char *file)
{
	int64_t v[2][NROWS] = {{0}};
	int known[2][NROWS] = {{0}}, fails = 0;
	char *text = NULL;

	if (cli_read_file(&check_cmd, "--identities", file, &text) != CLI_OK)
		return CLI_BAD;
	if (read_rows(file, text, v, known) != CLI_OK) {
		free(text);
		return CLI_BAD;
	}
	free(text);
	for (int m = 0; m < 2; m++) {
		enf_stats_identity ids[ENF_STATS_IDENTITY_COUNT];
		int64_t rows[NROWS];
		size_t n = 0;

		for (int r = 0; r < NROWS; r++)
			rows[r] = known[m][r] ? v[m][r] : -1;
		if (enf_stats_identities(ids, ENF_STATS_IDENTITY_COUNT, &n,
					 rows, NROWS) != ENF_OK)
			return cli_fail_lib(&check_cmd, file);
		for (size_t k = 0; k < n; k++)
			fails += print_identity(m, &ids[k]);
	}
	if (fails)
		return cli_fail(&check_cmd, file, "%d identit%s fail%s", fails,
				fails > 1 ? "ies" : "y", fails > 1 ? "" : "s");
	return CLI_OK;
}

int cli_check(int argc, char **argv)
{
	const char *done_s = NULL, *rate_s = NULL, *file = NULL;
	const cli_opt opts[] = {{"done", &done_s, NULL},
				{"rate", &rate_s, NULL},
				{"identities", &file, NULL},
				{NULL, NULL, NULL}};
	int64_t done, rate, lo, hi;
	size_t npos;
	int rc;

	if ((rc = cli_parse(&check_cmd, argc, argv, opts, NULL, 0, 0, &npos)) !=
	    CLI_OK)
		return rc;
	if (file != NULL && done_s == NULL && rate_s == NULL)
		return check_identities(file);
	if (file != NULL || done_s == NULL || rate_s == NULL)
		return cli_usage(&check_cmd, "give --done and --rate, or "
					     "--identities");
	if (cli_money(&check_cmd, "--done", done_s, &done) != CLI_OK ||
	    cli_percent(&check_cmd, "--rate", rate_s, &rate) != CLI_OK)
		return CLI_BAD;
	if (rate == 0 || rate > 10000)
		return cli_fail(&check_cmd, "--rate",
				"'%s' is not above 0 and "
				"at most 100%%",
				rate_s);
	if (enf_stats_denominators(&lo, &hi, done, rate, 2) != ENF_OK)
		return cli_fail_lib(&check_cmd, "--rate");
	if (lo > hi)
		return cli_fail(&check_cmd, "--rate",
				"no whole number gives %s with %s done: the "
				"published pair is inconsistent",
				rate_s, done_s);
	if (lo == hi)
		printf("%lld\n", (long long)lo);
	else
		printf("%lld..%lld\n", (long long)lo, (long long)hi);
	return CLI_OK;
}

/* ---------------------------------------------------------------------- */
/* fee                                                                     */

static const char fee_help[] =
	"usage: enforcement fee --amount A --date D [options]\n"
	"\n"
	"The enforcement fee (Circular 216/2016/TT-BTC) on an amount received\n"
	"on a date, after what earlier instalments of the case received.\n"
	"  --amount A      the amount received now, VND (1500000, "
	"\"1.500.000 đ\")\n"
	"  --date D        the day it is received\n"
	"  --before B      received in earlier instalments (default 0)\n"
	"  --settled       the parties settled before coercion (one third)\n"
	"  --exempt        an exempt item (no fee)\n"
	"  --reduction P   a reduction in percent, 0..100\n"
	"  --rules FILE    rules overrides (enforcement rules --help)\n"
	"  --format F      text (the fee, then the trail) or json\n";

static int load_book(const cli_cmd *cmd, const char *arg, const char *file,
		     enf_rulebook **out)
{
	char *text = NULL;
	int rc = CLI_OK;

	*out = NULL;
	if (file == NULL)
		return CLI_OK;
	if (cli_read_file(cmd, arg, file, &text) != CLI_OK)
		return CLI_BAD;
	if (enf_rulebook_new(out) != ENF_OK ||
	    enf_rulebook_override(*out, text) != ENF_OK) {
		rc = cli_fail(cmd, arg, "%s: %s", file, enf_last_error());
		enf_rulebook_free(*out);
		*out = NULL;
	}
	free(text);
	return rc;
}

/* The result and its trail, as text lines or one JSON object. */
static int print_trail(const cli_cmd *cmd, const enf_trail *trail, int json,
		       const char *head)
{
	char *t = NULL, m[40];
	size_t len;

	if (json) {
		if (enf_trail_to_json(&t, &len, trail) != ENF_OK)
			return cli_fail_lib(cmd, NULL);
		printf("{%s, \"trail\": %s}\n", head, t);
		enf_free(t);
		return CLI_OK;
	}
	for (size_t i = 0; i < enf_trail_count(trail); i++) {
		enf_trail_step s;

		if (enf_trail_step_at(&s, trail, i) != ENF_OK)
			continue;
		enf_money_format(m, sizeof(m), s.amount, ENF_LOCALE_EN);
		printf("  %s (%s): %s\n", s.rule, s.source, m);
	}
	return CLI_OK;
}

int cli_fee(int argc, char **argv)
{
	static const cli_cmd cmd = {"fee", fee_help};
	const char *amount_s = NULL, *date_s = NULL, *before_s = NULL,
		   *red_s = NULL, *rules_s = NULL, *format_s = NULL;
	int settled = 0, exempt = 0, format = 0, rc;
	const cli_opt opts[] = {
		{"amount", &amount_s, NULL}, {"date", &date_s, NULL},
		{"before", &before_s, NULL}, {"reduction", &red_s, NULL},
		{"rules", &rules_s, NULL},   {"format", &format_s, NULL},
		{"settled", NULL, &settled}, {"exempt", NULL, &exempt},
		{NULL, NULL, NULL}};
	enf_fee_options fo;
	enf_money amount, before = 0, fee;
	enf_rulebook *book = NULL;
	enf_trail *trail = NULL;
	int64_t red = 0;
	size_t npos;
	char head[64];

	if ((rc = cli_parse(&cmd, argc, argv, opts, NULL, 0, 0, &npos)) !=
	    CLI_OK)
		return rc;
	if (amount_s == NULL || date_s == NULL)
		return cli_usage(&cmd, "--amount and --date are required");
	enf_fee_options_init(&fo, ENF_FEE_OPTIONS_VERSION);
	if (cli_money(&cmd, "--amount", amount_s, &amount) != CLI_OK ||
	    cli_date(&cmd, "--date", date_s, &fo.date) != CLI_OK ||
	    (before_s != NULL &&
	     cli_money(&cmd, "--before", before_s, &before) != CLI_OK) ||
	    (red_s != NULL &&
	     cli_int(&cmd, "--reduction", red_s, 0, 100, &red) != CLI_OK) ||
	    (format_s != NULL && cli_word(&cmd, "--format", format_s, text_json,
					  &format) != CLI_OK) ||
	    load_book(&cmd, "--rules", rules_s, &book) != CLI_OK)
		return CLI_BAD;
	fo.settled = settled;
	fo.exempt = exempt;
	fo.reduction_pct = (int32_t)red;
	fo.rulebook = book;
	if (enf_trail_new(&trail) != ENF_OK ||
	    enf_fee_compute(&fee, before, amount, &fo, trail) != ENF_OK) {
		rc = cli_fail_lib(&cmd, "--date");
	} else {
		snprintf(head, sizeof(head), "\"fee\": %lld", (long long)fee);
		if (format == 0)
			printf("%lld\n", (long long)fee);
		rc = print_trail(&cmd, trail, format, head);
	}
	enf_trail_free(trail);
	enf_rulebook_free(book);
	return rc;
}

/* ---------------------------------------------------------------------- */
/* interest                                                                */

static const char interest_help[] =
	"usage: enforcement interest --principal P --from D --to D [options]\n"
	"\n"
	"Late-payment interest on a principal from the first day that accrues\n"
	"to the last, simple, by the rules of a country.\n"
	"  --rate R      the agreed yearly rate in percent (Vietnam: capped "
	"at\n"
	"                the Civil Code's cap); default the statutory rate\n"
	"  --law L       vn (default), de, uk or us\n"
	"  --rules FILE  rules overrides (enforcement rules --help)\n"
	"  --format F    text (the interest, then the trail) or json\n";

int cli_interest(int argc, char **argv)
{
	static const cli_cmd cmd = {"interest", interest_help};
	static const char *const laws[] = {"vn", "de", "uk", "us", NULL};
	const char *p_s = NULL, *from_s = NULL, *to_s = NULL, *rate_s = NULL,
		   *law_s = NULL, *rules_s = NULL, *format_s = NULL;
	const cli_opt opts[] = {
		{"principal", &p_s, NULL},   {"from", &from_s, NULL},
		{"to", &to_s, NULL},	     {"rate", &rate_s, NULL},
		{"law", &law_s, NULL},	     {"rules", &rules_s, NULL},
		{"format", &format_s, NULL}, {NULL, NULL, NULL}};
	enf_interest_options io;
	enf_interest_result r;
	enf_money principal;
	enf_date from, to;
	enf_rulebook *book = NULL;
	enf_trail *trail = NULL;
	int64_t rate = -1;
	int law = 0, format = 0, rc;
	size_t npos;
	char head[160];

	if ((rc = cli_parse(&cmd, argc, argv, opts, NULL, 0, 0, &npos)) !=
	    CLI_OK)
		return rc;
	if (p_s == NULL || from_s == NULL || to_s == NULL)
		return cli_usage(&cmd, "--principal, --from and --to are "
				       "required");
	if (cli_money(&cmd, "--principal", p_s, &principal) != CLI_OK ||
	    cli_date(&cmd, "--from", from_s, &from) != CLI_OK ||
	    cli_date(&cmd, "--to", to_s, &to) != CLI_OK ||
	    (rate_s != NULL &&
	     cli_percent(&cmd, "--rate", rate_s, &rate) != CLI_OK) ||
	    (law_s != NULL &&
	     cli_word(&cmd, "--law", law_s, laws, &law) != CLI_OK) ||
	    (format_s != NULL && cli_word(&cmd, "--format", format_s, text_json,
					  &format) != CLI_OK) ||
	    load_book(&cmd, "--rules", rules_s, &book) != CLI_OK)
		return CLI_BAD;
	if (to < from) {
		enf_rulebook_free(book);
		return cli_fail(&cmd, "--to", "%s is before --from %s", to_s,
				from_s);
	}
	enf_interest_options_init(&io, ENF_INTEREST_OPTIONS_VERSION,
				  (enf_interest_rules)law);
	/* hundredths of a percent to parts per million */
	io.agreed_rate_ppm = rate < 0 ? -1 : rate * 100;
	io.rulebook = book;
	if (enf_trail_new(&trail) != ENF_OK ||
	    enf_interest_compute(&r, principal, from, to, NULL, 0, NULL, 0,
				 NULL, 0, &io, trail) != ENF_OK) {
		rc = cli_fail_lib(&cmd, NULL);
	} else {
		snprintf(head, sizeof(head),
			 "\"interest\": %lld, \"interest_unpaid\": %lld, "
			 "\"principal_unpaid\": %lld",
			 (long long)r.interest, (long long)r.interest_unpaid,
			 (long long)r.principal_unpaid);
		if (format == 0)
			printf("%lld\n", (long long)r.interest);
		rc = print_trail(&cmd, trail, format, head);
	}
	enf_trail_free(trail);
	enf_rulebook_free(book);
	return rc;
}

/* ---------------------------------------------------------------------- */
/* rules                                                                   */

static const char rules_help[] =
	"usage: enforcement rules [--format csv|json] [--overrides FILE]\n"
	"       enforcement rules --id ID [--date D] [--overrides FILE]\n"
	"\n"
	"The catalogue of the dated legal figures the library applies, each\n"
	"with its citation and confidence (V read in the text, Vs secondary\n"
	"source, I inferred, U unknown), or the value of one rule on a date\n"
	"(default today). An overrides file has one row a line:\n"
	"    ID FROM TO VALUE [confidence C] [cite \"...\"] [note \"...\"]\n"
	"e.g. VN.target.cases 2024-10-01 2025-09-30 8405\n";

int cli_rules(int argc, char **argv)
{
	static const cli_cmd cmd = {"rules", rules_help};
	static const char *const formats[] = {"csv", "json", NULL};
	const char *format_s = NULL, *file = NULL, *id = NULL, *date_s = NULL;
	const cli_opt opts[] = {{"format", &format_s, NULL},
				{"overrides", &file, NULL},
				{"id", &id, NULL},
				{"date", &date_s, NULL},
				{NULL, NULL, NULL}};
	enf_rulebook *book = NULL;
	enf_date date = cli_today();
	int format = 0, rc;
	size_t npos;
	char *text = NULL;

	if ((rc = cli_parse(&cmd, argc, argv, opts, NULL, 0, 0, &npos)) !=
	    CLI_OK)
		return rc;
	if ((format_s != NULL && cli_word(&cmd, "--format", format_s, formats,
					  &format) != CLI_OK) ||
	    (date_s != NULL &&
	     cli_date(&cmd, "--date", date_s, &date) != CLI_OK) ||
	    load_book(&cmd, "--overrides", file, &book) != CLI_OK)
		return CLI_BAD;
	if (file != NULL && book == NULL)
		return CLI_BAD;
	if (id != NULL) {
		enf_rule row;
		int64_t v;

		if (enf_rules_value(&v, &row, book, id, date) != ENF_OK)
			rc = cli_fail_lib(&cmd, "--id");
		else
			printf("%lld %s (%s; %s)\n", (long long)v, row.unit,
			       row.citation, row.confidence);
	} else {
		size_t len = 0;
		enf_status st =
			format ? enf_rules_catalogue_to_json(&text, &len, book)
			       : enf_rules_catalogue_to_csv(&text, &len, book);

		rc = st != ENF_OK ? cli_fail_lib(&cmd, NULL)
				  : cli_write(&cmd, text, len);
		enf_free(text);
	}
	enf_rulebook_free(book);
	return rc;
}

/* ---------------------------------------------------------------------- */
/* calendar                                                                */

static const char calendar_help[] =
	"usage: enforcement calendar workdays FROM TO [--holidays FILE]\n"
	"       enforcement calendar end DATE N UNIT [--holidays FILE]\n"
	"       enforcement calendar tet YEAR\n"
	"\n"
	"  workdays   the working days from FROM to TO, both included\n"
	"  end        the last day of a statutory period of N UNITs (days,\n"
	"             working-days, weeks, months, years) after DATE, counted\n"
	"             from the next day and moved off a day off (Civil Code\n"
	"             Art 147-148)\n"
	"  tet        the first day of the lunar year that begins in YEAR\n"
	"  --holidays FILE  official days off and swapped working days, one\n"
	"             statement a line: year 2027 / off FROM [TO] [name] /\n"
	"             work DATE\n";

static int calendar_run(const cli_cmd *cmd, const enf_calendar *cal,
			const char **pos, size_t npos)
{
	static const char *const units[] = {"days",   "working-days", "weeks",
					    "months", "years",	      NULL};
	enf_date a, b;
	int64_t n;
	int unit;
	char buf[11];

	if (strcmp(pos[0], "workdays") == 0 && npos == 3) {
		int32_t count;

		if (cli_date(cmd, "FROM", pos[1], &a) != CLI_OK ||
		    cli_date(cmd, "TO", pos[2], &b) != CLI_OK)
			return CLI_BAD;
		if (enf_calendar_count_working_days(&count, cal, a, b) !=
		    ENF_OK)
			return cli_fail_lib(cmd, NULL);
		printf("%d\n", (int)count);
		return CLI_OK;
	}
	if (strcmp(pos[0], "end") == 0 && npos == 4) {
		if (cli_date(cmd, "DATE", pos[1], &a) != CLI_OK ||
		    cli_int(cmd, "N", pos[2], 1, 36500, &n) != CLI_OK ||
		    cli_word(cmd, "UNIT", pos[3], units, &unit) != CLI_OK)
			return CLI_BAD;
		if (enf_calendar_period_end(&b, cal, a, (int32_t)n,
					    (enf_period_unit)unit) != ENF_OK)
			return cli_fail_lib(cmd, NULL);
		printf("%s\n", cli_date_text(buf, b));
		return CLI_OK;
	}
	if (strcmp(pos[0], "tet") == 0 && npos == 2) {
		enf_lunar_date l = {0, 1, 1, 0};

		if (cli_int(cmd, "YEAR", pos[1], 1900, 2100, &n) != CLI_OK)
			return CLI_BAD;
		l.year = (int)n;
		if (enf_lunar_to_date(&b, &l) != ENF_OK)
			return cli_fail_lib(cmd, "YEAR");
		printf("%s\n", cli_date_text(buf, b));
		return CLI_OK;
	}
	return cli_usage(cmd, "expected workdays FROM TO, end DATE N UNIT or "
			      "tet YEAR");
}

int cli_calendar(int argc, char **argv)
{
	static const cli_cmd cmd = {"calendar", calendar_help};
	const char *file = NULL, *pos[4];
	const cli_opt opts[] = {{"holidays", &file, NULL}, {NULL, NULL, NULL}};
	enf_calendar *cal = NULL;
	char *text = NULL;
	size_t npos;
	int rc;

	if ((rc = cli_parse(&cmd, argc, argv, opts, pos, 1, 4, &npos)) !=
	    CLI_OK)
		return rc;
	if (enf_calendar_new(&cal, NULL) != ENF_OK)
		return cli_fail_lib(&cmd, NULL);
	if (file != NULL &&
	    (rc = cli_read_file(&cmd, "--holidays", file, &text)) == CLI_OK &&
	    enf_calendar_load(cal, text) != ENF_OK)
		rc = cli_fail(&cmd, "--holidays", "%s: %s", file,
			      enf_last_error());
	if (rc == CLI_OK)
		rc = calendar_run(&cmd, cal, pos, npos);
	free(text);
	enf_calendar_free(cal);
	return rc;
}
