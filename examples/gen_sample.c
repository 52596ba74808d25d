/*
 * gen_sample: a seeded generator of a synthetic province's case register,
 * written as the five CSV files of io.h.
 *
 *   gen_sample [--cases N] [--seed S] [--offices K] [--out DIR]
 *
 * Defaults: 3000 cases, seed 2025, 5 regional offices plus the provincial
 * body, output into the current directory. The same arguments always give
 * the same files (a private xorshift64* generator; no clock, no rand()).
 *
 * What it draws, per case (shares are rough figures from the domain notes,
 * not official data):
 * - decision dates spread over enforcement years 2024 and 2025
 *   (1 Oct 2023 - 30 Sep 2025), with 15% carried over from 2022-2023;
 * - 55% on the agency's initiative (court fees, fines, unlawful gains,
 *   owed to the state budget), 45% on request (civil debts, wages,
 *   maintenance; 4% bank credit holding most of the money);
 * - 3% corruption or economic cases; 1% administrative judgments;
 * - the lifecycle: request (if on request), decision within 5 working
 *   days, notice, verification; about 65% with means, of which most are
 *   done (collected in one to three payments), some postponed, suspended,
 *   terminated, entrusted or withdrawn; without means, re-verified every
 *   six months and moved to the separate book after a year with two
 *   verifications; bank-credit cases go through seizure, appraisal and
 *   auctions with 10% price cuts.
 * Every event goes through enf_case_apply(), so the data obeys the
 * transition table; events after 30 Sep 2025 are not generated.
 */
#include <enforcement.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct rng {
	uint64_t s;
} rng;

static uint64_t next(rng *r)
{
	r->s ^= r->s >> 12;
	r->s ^= r->s << 25;
	r->s ^= r->s >> 27;
	return r->s * 2685821657736338717ull;
}

/* Uniform in [0, n). */
static int64_t below(rng *r, int64_t n)
{
	return (int64_t)(next(r) % (uint64_t)n);
}

/* True with probability pct percent. */
static int chance(rng *r, int pct)
{
	return below(r, 100) < pct;
}

static void check(enf_status st, const char *what)
{
	if (st < 0) {
		fprintf(stderr, "gen_sample: %s: %s\n", what, enf_last_error());
		exit(1);
	}
}

static const char *const family[] = {"Nguyễn", "Trần", "Lê",   "Phạm",
				     "Hoàng",  "Vũ",   "Đặng", "Bùi",
				     "Đỗ",     "Hồ",   "Ngô",  "Lý"};
static const char *const middle[] = {"Văn",  "Thị", "Hữu",   "Đức",
				     "Minh", "Thu", "Quang", "Ngọc"};
static const char *const given[] = {
	"An",  "Bình", "Cường", "Dũng", "Hà",	"Hải", "Hoa", "Hùng",
	"Lan", "Long", "Mai",	"Nam",	"Phúc", "Sơn", "Tâm", "Thảo"};
static const char *const firms[] = {
	"Công ty TNHH Hoàng Long", "Công ty CP Xây dựng Đông Bắc",
	"Công ty CP Năng lượng Bắc Sơn", "HTX Nông nghiệp Tân Thành"};
static const char *const banks[] = {"Ngân hàng Nông nghiệp chi nhánh tỉnh",
				    "Ngân hàng Công thương chi nhánh tỉnh",
				    "Ngân hàng Đầu tư chi nhánh tỉnh"};

#define PICK(r, a) ((a)[below((r), (int64_t)(sizeof(a) / sizeof((a)[0])))])

static void person(rng *r, char *buf, size_t size)
{
	snprintf(buf, size, "%s %s %s", PICK(r, family), PICK(r, middle),
		 PICK(r, given));
}

typedef struct gen {
	rng r;
	const enf_calendar *cal;
	enf_date end; /* no event after this date */
} gen;

/* The next working day at least `days` after d. */
static enf_date later(gen *g, enf_date d, int days)
{
	enf_date out;

	check(enf_calendar_next_working_day(&out, g->cal, d + days), "date");
	return out;
}

/* Applies an event if it is not after the end; returns 0 when it is. */
static int event(gen *g, enf_case *c, enf_event_kind kind, enf_date date,
		 int32_t detail, enf_money amount, int32_t asset)
{
	enf_event ev = {kind, date, detail, amount, asset};

	if (date > g->end)
		return 0;
	check(enf_case_apply(c, &ev), "event");
	return 1;
}

/* An amount in VND, rounded to thousands, by obligation kind. */
static enf_money amount_for(rng *r, enf_obligation_kind k)
{
	static const enf_money bank_bn[] = {1, 2, 3, 5, 8, 12, 20, 35, 60};
	enf_money lo = 1000000, span = 50000000;

	switch (k) {
	case ENF_OBL_COURT_FEE: lo = 300000, span = 20000000; break;
	case ENF_OBL_FINE: lo = 1000000, span = 100000000; break;
	case ENF_OBL_UNLAWFUL_GAIN: lo = 5000000, span = 500000000; break;
	case ENF_OBL_MAINTENANCE: lo = 12000000, span = 100000000; break;
	case ENF_OBL_WAGES_HARM: lo = 20000000, span = 400000000; break;
	case ENF_OBL_BANK_CREDIT:
		lo = PICK(r, bank_bn) * 1000000000;
		span = lo;
		break;
	default: lo = 10000000, span = 1500000000; break;
	}
	return (lo + below(r, span)) / 1000 * 1000;
}

/* Collects `total` in one to three payments from `from`, each paid out
 * within ten days; returns the date of the last payment, or 0 if the
 * end came first. */
static enf_date collect(gen *g, enf_case *c, enf_date from, enf_money total)
{
	int parts = 1 + (int)below(&g->r, 3);
	enf_money left = total;
	enf_date d = from;

	for (int i = 0; i < parts && left > 0; i++) {
		enf_money amt =
			i == parts - 1 ? left : left / (2 + below(&g->r, 3));

		d = later(g, d, 5 + (int)below(&g->r, 60));
		if (amt <= 0 || !event(g, c, ENF_EV_COLLECTED, d, 0, amt, -1))
			return 0;
		left -= amt;
		d = later(g, d, (int)below(&g->r, 10));
		if (!event(g, c, ENF_EV_PAID_OUT, d, 0, amt, -1))
			return 0;
	}
	return d;
}

/* Seizure, appraisal and auctions with 10% cuts until a sale (bank
 * credit). Returns the amount the sale brings, 0 if none by the end. */
static enf_money sell_asset(gen *g, enf_case *c, enf_date from, enf_money owed,
			    enf_date *when)
{
	enf_date d = later(g, from, 20 + (int)below(&g->r, 40));
	enf_money price = owed / 100 * (60 + below(&g->r, 90));
	int fails = (int)below(&g->r, 7);

	if (!event(g, c, ENF_EV_ASSET_SEIZED, d, 0, 0, 0))
		return 0;
	d = later(g, d, 30 + (int)below(&g->r, 30));
	if (!event(g, c, ENF_EV_ASSET_APPRAISED, d, 0, price, 0))
		return 0;
	for (int i = 0; i < fails; i++) {
		d = later(g, d, 30 + (int)below(&g->r, 30));
		if (!event(g, c, ENF_EV_ASSET_AUCTIONED, d, 0, 0, 0))
			return 0;
		price = price / 10 * 9; /* each cut at most 10% (Art 104) */
	}
	d = later(g, d, 30 + (int)below(&g->r, 30));
	if (!event(g, c, ENF_EV_ASSET_AUCTIONED, d, 0, price, 0))
		return 0;
	*when = d;
	return price;
}

/* A case with means: done, paused, stopped or still running. */
static void with_means(gen *g, enf_case *c, enf_date d, enf_money owed,
		       int bank)
{
	int roll = (int)below(&g->r, 100);
	enf_date last;

	if (bank) {
		enf_money got = sell_asset(g, c, d, owed, &d);

		if (got == 0)
			return;
		last = collect(g, c, d, got < owed ? got : owed);
		if (last && got >= owed)
			event(g, c, ENF_EV_DONE, later(g, last, 3), 0, 0, -1);
		return;
	}
	if (roll < 62) {
		last = collect(g, c, d, owed);
		if (last)
			event(g, c, ENF_EV_DONE, later(g, last, 2), 0, 0, -1);
	} else if (roll < 72) {
		int32_t why = chance(&g->r, 60) ? ENF_POSTPONE_AGREEMENT
						: (int32_t)below(&g->r, 2);
		d = later(g, d, 15 + (int)below(&g->r, 60));
		if (event(g, c, ENF_EV_POSTPONED, d, why, 0, -1) &&
		    chance(&g->r, 50) &&
		    event(g, c, ENF_EV_RESUMED, later(g, d, 90), 0, 0, -1) &&
		    (last = collect(g, c, later(g, d, 90), owed)) != 0)
			event(g, c, ENF_EV_DONE, later(g, last, 2), 0, 0, -1);
	} else if (roll < 75) {
		event(g, c, ENF_EV_SUSPENDED, later(g, d, 30),
		      ENF_SUSPEND_PROTEST, 0, -1);
	} else if (roll < 79) {
		event(g, c, ENF_EV_TERMINATED, later(g, d, 20),
		      chance(&g->r, 70) ? ENF_TERMINATE_AGREEMENT
					: ENF_TERMINATE_DEBTOR_DIED,
		      0, -1);
	} else if (roll < 82) {
		event(g, c, ENF_EV_ENTRUSTED_OUT, later(g, d, 10), 0, 0, -1);
	} else if (roll < 83) {
		event(g, c, ENF_EV_DECISION_WITHDRAWN, later(g, d, 10), 0, 0,
		      -1);
	} else {
		collect(g, c, d, owed / (2 + below(&g->r, 4)));
	}
}

/* A case without means: classified, re-verified every six months, and
 * after a year with two verifications often moved to the separate book. */
static void without_means(gen *g, enf_case *c, enf_date d, enf_money owed)
{
	enf_date since = later(g, d, 1 + (int)below(&g->r, 5));
	int verifications = 1;

	if (!event(g, c, ENF_EV_CLASSIFIED, since, 0, 0, -1))
		return;
	for (d = since;;) {
		d = later(g, d, 150 + (int)below(&g->r, 30));
		if (chance(&g->r, 12)) {
			if (event(g, c, ENF_EV_VERIFIED, d, 1, 0, -1))
				with_means(g, c, d, owed, 0);
			return;
		}
		if (!event(g, c, ENF_EV_VERIFIED, d, 0, 0, -1))
			return;
		verifications++;
		if (verifications >= 2 && d - since >= 365 &&
		    chance(&g->r, 60)) {
			event(g, c, ENF_EV_SEPARATE_BOOK, later(g, d, 3), 0, 0,
			      -1);
			return;
		}
	}
}

/* The parties and obligations of a case; returns the amount owed. */
static enf_money fill_case(gen *g, enf_case *c, int request, int bank)
{
	static const enf_obligation_kind agency_kinds[] = {
		ENF_OBL_COURT_FEE, ENF_OBL_COURT_FEE, ENF_OBL_FINE,
		ENF_OBL_UNLAWFUL_GAIN};
	static const enf_obligation_kind request_kinds[] = {
		ENF_OBL_OTHER_MONEY, ENF_OBL_OTHER_MONEY, ENF_OBL_MAINTENANCE,
		ENF_OBL_WAGES_HARM};
	char name[96];
	int org = bank || chance(&g->r, 10);
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, name, NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_STATE_BUDGET,
			      "Ngân sách nhà nước", NULL};
	enf_obligation obl = {ENF_OBL_COURT_FEE, 0, 0, 1, 0};
	int32_t di, ci;

	if (org) {
		snprintf(name, sizeof(name), "%s", PICK(&g->r, firms));
		debtor.kind = ENF_PARTY_ORGANISATION;
	} else {
		person(&g->r, name, sizeof(name));
	}
	check(enf_case_add_party(&di, c, &debtor), "debtor");
	if (request) {
		creditor.kind =
			bank ? ENF_PARTY_ORGANISATION : ENF_PARTY_PERSON;
		if (bank)
			snprintf(name, sizeof(name), "%s", PICK(&g->r, banks));
		else
			person(&g->r, name, sizeof(name));
		creditor.name = name;
	}
	check(enf_case_add_party(&ci, c, &creditor), "creditor");
	obl.kind = bank	     ? ENF_OBL_BANK_CREDIT
		   : request ? PICK(&g->r, request_kinds)
			     : PICK(&g->r, agency_kinds);
	obl.amount = amount_for(&g->r, obl.kind);
	obl.debtor = di, obl.creditor = ci;
	check(enf_case_add_obligation(NULL, c, &obl), "obligation");
	if (bank) {
		enf_asset a = {ENF_ASSET_REAL_ESTATE,
			       "Quyền sử dụng đất và tài sản gắn liền", di,
			       ENF_SECURITY_MORTGAGE, obl.amount};
		check(enf_case_add_asset(NULL, c, &a), "asset");
	}
	return obl.amount;
}

/* Draws the lifecycle of a case decided on `decided`. */
static void lifecycle(gen *g, enf_case *c, enf_date received, enf_date decided,
		      int request, int bank, enf_money owed)
{
	enf_date n, v;
	int means = chance(&g->r, bank ? 90 : 62);

	if (request &&
	    !event(g, c, ENF_EV_REQUEST_RECEIVED, received, 0, 0, -1))
		return;
	if (!event(g, c, ENF_EV_DECISION_ISSUED, decided, 0, 0, -1))
		return;
	n = later(g, decided, (int)below(&g->r, 4));
	if (!event(g, c, ENF_EV_DECISION_NOTIFIED, n, 0, 0, -1))
		return;
	/* Some debtors pay within the voluntary period. */
	if (!bank && chance(&g->r, 15)) {
		enf_date last = collect(g, c, n, owed);

		if (last)
			event(g, c, ENF_EV_DONE, later(g, last, 1), 0, 0, -1);
		return;
	}
	v = later(g, n, 11 + (int)below(&g->r, 15));
	if (!event(g, c, ENF_EV_VERIFIED, v, means, 0, -1))
		return;
	if (means)
		with_means(g, c, v, owed, bank);
	else
		without_means(g, c, v, owed);
}

static const char *const office_codes[] = {"LS-CUC", "LS-TP", "LS-HL",
					   "LS-LB",  "LS-VL", "LS-BG"};

static void make_case(gen *g, enf_register *reg, int i, int offices,
		      int *serial)
{
	enf_case_info info;
	enf_case *c;
	char no[48], jno[48], court[96];
	int office = i % 10 == 0 ? 0 : 1 + (int)below(&g->r, offices);
	int request = chance(&g->r, 45);
	int bank = request && chance(&g->r, 9);
	enf_date start, decided, received;
	enf_money owed;

	/* 15% carried over from 2022-2023, the rest over 2023-10..2025-09. */
	check(enf_date_from_ymd(&start, chance(&g->r, 15) ? 2022 : 2023, 10, 1),
	      "start");
	received = later(g, start, (int)below(&g->r, 720));
	decided = later(g, received, 1 + (int)below(&g->r, 4));
	if (decided > g->end)
		decided = received = later(g, g->end - 30, 0);
	check(enf_case_info_init(&info, ENF_CASE_INFO_VERSION), "info");
	snprintf(no, sizeof(no), "%d/QĐ-THADS", ++serial[office]);
	snprintf(jno, sizeof(jno), "%d/%d/%s", 1 + (int)below(&g->r, 300),
		 2021 + (int)below(&g->r, 4),
		 request ? "DS-ST" : (bank ? "KDTM-ST" : "HS-ST"));
	snprintf(court, sizeof(court), "TAND %s",
		 office == 0 ? "tỉnh Lạng Sơn" : "khu vực");
	info.office = office_codes[office];
	info.decision_no = no;
	info.decision_date = decided;
	info.mode = request ? ENF_MODE_REQUEST : ENF_MODE_AGENCY;
	info.court = court;
	info.judgment_no = jno;
	info.judgment_effective = decided - 30 - (int32_t)below(&g->r, 300);
	info.judgment_kind = bank      ? ENF_JUDGMENT_COMMERCIAL
			     : request ? ENF_JUDGMENT_CIVIL
				       : ENF_JUDGMENT_CRIMINAL;
	if (chance(&g->r, 1))
		info.judgment_kind = ENF_JUDGMENT_ADMINISTRATIVE;
	if (!request && chance(&g->r, 6))
		info.flags |= ENF_CASE_CORRUPTION;
	check(enf_case_new(&c, &info), "case");
	owed = fill_case(g, c, request, bank);
	lifecycle(g, c, received, decided, request, bank, owed);
	check(enf_register_add(reg, c), "register");
}

int main(int argc, char **argv)
{
	int cases = 3000, offices = 5, serial[6] = {0};
	unsigned long long seed = 2025;
	const char *out = ".";
	enf_calendar *cal;
	enf_register *reg;
	gen g;

	for (int i = 1; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--cases") == 0)
			cases = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--seed") == 0)
			seed = strtoull(argv[i + 1], NULL, 10);
		else if (strcmp(argv[i], "--offices") == 0)
			offices = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--out") == 0)
			out = argv[i + 1];
	}
	if (cases < 1 || offices < 1 || offices > 5 || (argc - 1) % 2) {
		fprintf(stderr, "usage: gen_sample [--cases N] [--seed S] "
				"[--offices 1..5] [--out DIR]\n");
		return 2;
	}
	check(enf_calendar_new(&cal, NULL), "calendar");
	check(enf_register_new(&reg), "register");
	g.r.s = seed * 0x9e3779b97f4a7c15ull + 1;
	g.cal = cal;
	check(enf_date_from_ymd(&g.end, 2025, 9, 30), "end");
	for (int i = 0; i < cases; i++)
		make_case(&g, reg, i, offices, serial);
	check(enf_io_save_csv_dir(reg, out), "save");
	printf("gen_sample: %d cases (seed %llu) written to %s\n", cases, seed,
	       out);
	enf_register_free(reg);
	enf_calendar_free(cal);
	return 0;
}
