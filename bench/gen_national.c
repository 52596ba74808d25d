/*
 * gen_national: a seeded generator of a synthetic national year of civil
 * judgment enforcement, written as the benchmark's data set: DIR/offices.csv
 * and, per province, the five CSV files of io.h in DIR/<province>.
 *
 *   gen_national [--cases N] [--seed S] [--out DIR]
 *
 * Defaults: 1000000 cases, seed 2025, output into the current directory
 * (DIR and the province directories are created when missing). The same
 * arguments always give byte-identical files, whatever the compiler: each
 * province draws from its own splitmix64 stream seeded from S and the
 * province number, integers only, one draw per statement, no clock, no
 * rand(). One province's register is built, saved and freed at a time, so
 * memory stays at the size of the largest province (about 280 MB and 11 s
 * for the default million cases, ~10 events a case, ~840 MB of CSV).
 * Prints "cases N events E offices 355 provinces 34" at the end; fails if
 * the money owed reaches 9e14 VND (about 3.4e14 at N = 1000000).
 *
 * What it draws (rough shares from the domain notes, not official data):
 * - the 34 provinces of July 2025 (P01..P34) and 355 regional offices
 *   "Pnn-KVmm", at least 5 a province, more in the big ones (Hà Nội,
 *   TP Hồ Chí Minh); cases split over provinces by a fixed caseload weight
 *   and over a province's offices with the first third busier;
 * - the reporting year 1 Oct 2024 - 30 Sep 2025: ~10% of cases decided
 *   2019-2024 and closed before it (done, terminated, entrusted,
 *   withdrawn, separate book), ~40% carried over open from 2019-10 ..
 *   2024-09, ~50% decided within the year; no event after 30 Sep 2025;
 * - ~55% on the agency's initiative (court fees, fines, unlawful gains,
 *   owed to the state budget), ~45% on request (civil debts,
 *   maintenance, wages and damages, a few non-money acts); ~3% of all
 *   cases bank credit (commercial judgments) holding ~70% of the money;
 *   ~3% corruption (large unlawful gains), ~1% administrative judgments;
 *   amounts skewed towards small ones, in whole thousands of VND;
 * - the lifecycle: request (or, for ~1%, an entrusted case) received,
 *   decision within a week, notice, verification after the voluntary
 *   period; some debtors pay within the voluntary period; about 65/35
 *   with/without means of those classified; with means mostly done
 *   (collected in 1-4 instalments, each paid out within days, in one or
 *   two payments), some still being enforced at the year end, a few
 *   postponed by agreement (detail 2) or on other grounds, suspended,
 *   resumed later, terminated, entrusted out or withdrawn; carried-over
 *   cases re-verified yearly and closed only within the year; bank credit
 *   (and some large debts) through seizure, appraisal and auctions with
 *   10% price cuts, or a frozen account collected; without means
 *   classified, re-verified every ~6 months (yearly for prisoners) and,
 *   after a year with two verifications, often moved to the separate
 *   book, or (agency cases) exempted.
 * Every event goes through enf_case_apply(), so the data obeys the
 * transition table; request_returned is never drawn (not legal before
 * July 2026). A verification that finds no means is only drawn in the
 * without-means state and a classification only from the voluntary
 * state, so reading "verified/classified 0" as "without means" (the
 * benchmark's closed form) and the library's replay agree.
 */
#define _POSIX_C_SOURCE 200809L
#include <enforcement.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

/* ---------------------------------------------------------------------- */
/* Random numbers and small helpers                                        */

typedef struct rng {
	uint64_t s;
} rng;

/* splitmix64 (Steele, Lea, Flood 2014). */
static uint64_t rnd(rng *r)
{
	uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* Uniform in [0, n); 0 when n <= 0. */
static int64_t uni(rng *r, int64_t n)
{
	return n > 0 ? (int64_t)(rnd(r) % (uint64_t)n) : 0;
}

/* True with probability pm per mille. */
static int pm(rng *r, int per_mille)
{
	return uni(r, 1000) < per_mille;
}

/* A value in [lo, hi] skewed towards lo: the span times a product of
 * `factors` uniforms (mean lo + (hi - lo) / 2^factors), in whole
 * thousands of VND. Integers only, so every platform draws the same. */
static enf_money skewed(rng *r, enf_money lo, enf_money hi, int factors)
{
	enf_money span = hi - lo;

	for (int i = 0; i < factors; i++)
		span = span / 1000 * uni(r, 1001);
	return (lo + span) / 1000 * 1000;
}

static void die_on(enf_status st, const char *what)
{
	if (st < 0) {
		fprintf(stderr, "gen_national: %s: %s\n", what,
			enf_last_error());
		exit(1);
	}
}

#define COUNT(a)   (sizeof(a) / sizeof((a)[0]))
#define PICK(r, a) ((a)[uni((r), (int64_t)COUNT(a))])

/* ---------------------------------------------------------------------- */
/* Provinces and names                                                     */

typedef struct province {
	const char *name;
	int city;   /* centrally run city (thành phố) */
	int weight; /* relative caseload */
} province;

/* The 34 provinces from 1 July 2025, in the order of their codes. */
static const province provinces[] = {
	{"Hà Nội", 1, 118},	    {"Huế", 1, 14},
	{"Lai Châu", 0, 4},	    {"Điện Biên", 0, 6},
	{"Sơn La", 0, 11},	    {"Lạng Sơn", 0, 9},
	{"Quảng Ninh", 0, 18},	    {"Thanh Hóa", 0, 36},
	{"Nghệ An", 0, 32},	    {"Hà Tĩnh", 0, 13},
	{"Cao Bằng", 0, 5},	    {"Tuyên Quang", 0, 13},
	{"Lào Cai", 0, 13},	    {"Thái Nguyên", 0, 18},
	{"Phú Thọ", 0, 32},	    {"Bắc Ninh", 0, 32},
	{"Hưng Yên", 0, 26},	    {"Hải Phòng", 1, 40},
	{"Ninh Bình", 0, 28},	    {"Quảng Trị", 0, 13},
	{"Đà Nẵng", 1, 30},	    {"Quảng Ngãi", 0, 16},
	{"Gia Lai", 0, 25},	    {"Khánh Hòa", 0, 20},
	{"Lâm Đồng", 0, 30},	    {"Đắk Lắk", 0, 27},
	{"TP Hồ Chí Minh", 1, 160}, {"Đồng Nai", 0, 46},
	{"Tây Ninh", 0, 36},	    {"Cần Thơ", 1, 30},
	{"Vĩnh Long", 0, 28},	    {"Đồng Tháp", 0, 28},
	{"Cà Mau", 0, 19},	    {"An Giang", 0, 34},
};

#define NPROV	    ((int)COUNT(provinces))
#define NOFFICES    355
#define MIN_OFFICES 5
#define MAX_OFFICES 64

static const char *const surnames[] = {
	"Nguyễn", "Trần", "Lê",	 "Phạm", "Hoàng", "Huỳnh", "Phan",  "Vũ",
	"Võ",	  "Đặng", "Bùi", "Đỗ",	 "Hồ",	  "Ngô",   "Dương", "Lý"};
static const char *const middles[] = {"Văn",  "Thị",  "Hữu",  "Đức",
				      "Công", "Minh", "Ngọc", "Thanh",
				      "Xuân", "Kim",  "Quốc", "Bảo"};
static const char *const givens[] = {
	"Anh",	 "Bình", "Chi",	  "Cường", "Dung", "Dũng",  "Giang", "Hạnh",
	"Hiếu",	 "Hòa",	 "Hùng",  "Hương", "Khoa", "Lâm",   "Linh",  "Lộc",
	"Mai",	 "Nga",	 "Nhung", "Phong", "Quân", "Quyên", "Sang",  "Tài",
	"Thắng", "Thủy", "Trang", "Trung", "Tuấn", "Uyên",  "Việt",  "Yến"};
static const char *const firm_kinds[] = {"Công ty TNHH", "Công ty CP",
					 "Doanh nghiệp tư nhân", "HTX"};
static const char *const firm_words[] = {
	"Thành Đạt", "Phú Gia",	   "Hưng Thịnh", "An Phát",
	"Minh Long", "Sao Mai",	   "Đại Việt",	 "Hoàng Gia",
	"Tân Tiến",  "Phương Nam", "Bắc Hà",	 "Trường An"};
static const char *const banks[] = {
	"Ngân hàng TMCP Ngoại thương Việt Nam",
	"Ngân hàng TMCP Công thương Việt Nam",
	"Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",
	"Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam",
	"Ngân hàng TMCP Sài Gòn Thương Tín",
	"Ngân hàng TMCP Quân đội",
	"Ngân hàng TMCP Á Châu",
	"Công ty Quản lý tài sản của các TCTD Việt Nam"};

/* ---------------------------------------------------------------------- */
/* The generator                                                           */

enum { CLOSED_BEFORE, CARRIED, RECEIVED };

enum outcome {
	OUT_DONE,
	OUT_RUNNING,
	OUT_POSTPONE_AGREED,
	OUT_POSTPONE_OTHER,
	OUT_SUSPEND,
	OUT_TERMINATE,
	OUT_ENTRUST,
	OUT_WITHDRAW
};

/* Next-working-day table over the years the data can touch. */
#define NWD_FROM_YEAR 2018
#define NWD_DAYS      (10 * 366)

typedef struct gen {
	rng r;
	const enf_calendar *cal;
	enf_date nwd_base;
	enf_date nwd[NWD_DAYS];
	enf_date first, last; /* the reporting year */
	long long events;     /* events written, all provinces */
	enf_money owed_total; /* money owed, all provinces */

	/* The case being drawn. */
	enf_case *c;
	int cls;		 /* CLOSED_BEFORE, CARRIED or RECEIVED */
	int request;		 /* on request */
	int bank;		 /* bank credit */
	int org;		 /* the debtor is an organisation */
	int prisoner;		 /* re-verified yearly */
	int nassets;		 /* assets that may be seized */
	enf_asset_kind kinds[2]; /* their kinds */
	enf_money owed;		 /* sum of the money obligations */
	enf_money got;		 /* collected so far */
	enf_date cut;		 /* no event after this date */
	enf_date gate;		 /* no closing event before this date */
	enf_date at;		 /* date of the last event */
	int stopped;		 /* an event fell after the cut */
} gen;

/* The first working day on or after d. */
static enf_date workday(gen *g, enf_date d)
{
	enf_date out;

	if (d >= g->nwd_base && d < g->nwd_base + NWD_DAYS)
		return g->nwd[d - g->nwd_base];
	die_on(enf_calendar_next_working_day(&out, g->cal, d), "calendar");
	return out;
}

/* The first working day at least `days` after d. */
static enf_date after(gen *g, enf_date d, int64_t days)
{
	return workday(g, d + (enf_date)days);
}

static enf_date ymd(int y, int m, int d)
{
	enf_date out;

	die_on(enf_date_from_ymd(&out, y, m, d), "date");
	return out;
}

/* Appends an event to the current case, no earlier than the last one.
 * Returns 0 (and appends nothing, now or later) once a date passes the
 * cut. */
static int ev(gen *g, enf_event_kind kind, enf_date date, int32_t detail,
	      enf_money amount, int32_t asset)
{
	enf_event e;

	if (g->stopped)
		return 0;
	if (date < g->at)
		date = g->at;
	if (date > g->cut) {
		g->stopped = 1;
		return 0;
	}
	e.kind = kind;
	e.date = date;
	e.detail = detail;
	e.amount = amount;
	e.asset = asset;
	die_on(enf_case_apply(g->c, &e), "event");
	g->at = date;
	g->events++;
	if (kind == ENF_EV_COLLECTED)
		g->got += amount;
	return 1;
}

/* The date of a closing event that would naturally fall on `natural`:
 * a case carried over open is not closed before the year starts. */
static enf_date closing(gen *g, enf_date natural)
{
	if (natural < g->gate)
		natural = g->gate + (enf_date)uni(&g->r, 360);
	return workday(g, natural);
}

/* Collects `total` in n instalments spread from `from` to `until` (the
 * last one on until), each paid out within ten days. Returns 1 if all of
 * it came in before the cut. */
static int instalments(gen *g, enf_date from, enf_date until, enf_money total,
		       int n)
{
	enf_money left = total;

	for (int i = 0; i < n && left > 0; i++) {
		enf_money part = left;
		enf_date d = until;

		if (i < n - 1) {
			part = left / (n - i) / 100 * (60 + uni(&g->r, 80)) /
			       1000 * 1000;
			d = from +
			    (enf_date)((int64_t)(until - from) * (i + 1) / n) -
			    (enf_date)uni(&g->r, 8);
		}
		if (part <= 0 || part > left)
			part = left;
		if (!ev(g, ENF_EV_COLLECTED, workday(g, d), 0, part, -1))
			return 0;
		left -= part;
		/* Paid out within ten days, sometimes in two payments (to
		 * several creditors, or fees first). */
		if (part >= 2000 && pm(&g->r, 500)) {
			enf_money half = part / 2000 * 1000;

			if (!ev(g, ENF_EV_PAID_OUT,
				after(g, g->at, uni(&g->r, 6)), 0, half, -1))
				return 0;
			part -= half;
		}
		if (!ev(g, ENF_EV_PAID_OUT, after(g, g->at, uni(&g->r, 10)), 0,
			part, -1))
			return 0;
	}
	return 1;
}

/* One to four instalments, more often several. */
static int how_many(gen *g)
{
	int roll = (int)uni(&g->r, 100);

	return roll < 10 ? 1 : roll < 35 ? 2 : roll < 65 ? 3 : 4;
}

/* Full performance from d: the rest collected in one to four instalments,
 * then done (non-money cases are just done). */
static void finish(gen *g, enf_date d)
{
	enf_date end =
		d + 5 + (enf_date)uni(&g->r, 30) + (enf_date)uni(&g->r, 30);

	if (pm(&g->r, 150))
		end += (enf_date)uni(&g->r, 250); /* a slow payer */
	end = closing(g, end);
	if (g->owed > g->got &&
	    !instalments(g, d, end, g->owed - g->got, how_many(g)))
		return;
	ev(g, ENF_EV_DONE, after(g, g->at, uni(&g->r, 4)), 0, 0, -1);
}

/* Still being enforced: part of the money in one or two instalments. */
static void partial(gen *g, enf_date d)
{
	enf_money part =
		(g->owed - g->got) / 100 * (10 + uni(&g->r, 50)) / 1000 * 1000;
	enf_date until = d + 30 + (enf_date)uni(&g->r, 400);

	if (g->gate > d && until < g->gate)
		until = g->gate + (enf_date)uni(&g->r, 300);
	if (part > 0)
		instalments(g, d, until, part, 1 + (int)uni(&g->r, 2));
}

/* Seizure, appraisal and auctions of an asset until a sale, each failed
 * auction cutting the price by 10%; the sale price is collected and paid
 * to the creditor. Returns 1 if sold before the cut. */
static int sell(gen *g, enf_date from, int32_t asset)
{
	enf_date d = after(g, from, 20 + uni(&g->r, 60));
	enf_money price =
		(g->owed - g->got) / 100 * (60 + uni(&g->r, 90)) / 1000 * 1000;
	int fails;

	if (g->gate > d + 330)
		d = workday(g, g->gate - (enf_date)uni(&g->r, 330));
	if (price < 1000)
		price = 1000;
	if (g->kinds[asset] == ENF_ASSET_ACCOUNT) {
		/* A frozen account: its balance is collected, no sale. */
		price = price / 1000 * (200 + uni(&g->r, 800)) / 1000 * 1000;
		if (price > g->owed - g->got)
			price = g->owed - g->got;
		return ev(g, ENF_EV_ASSET_SEIZED, d, 0, 0, asset) &&
		       (price <= 0 ||
			instalments(g, after(g, g->at, 3),
				    after(g, g->at, 5 + uni(&g->r, 20)), price,
				    1));
	}
	/* Mortgaged land often fails a few times; other assets sell
	 * sooner. */
	fails = g->bank ? (int)uni(&g->r, 4) + (int)uni(&g->r, 4)
			: (int)uni(&g->r, 3);
	if (!ev(g, ENF_EV_ASSET_SEIZED, d, 0, 0, asset) ||
	    !ev(g, ENF_EV_ASSET_APPRAISED, after(g, g->at, 25 + uni(&g->r, 50)),
		0, price, asset))
		return 0;
	for (int i = 0; i < fails; i++) {
		if (!ev(g, ENF_EV_ASSET_AUCTIONED,
			after(g, g->at, 30 + uni(&g->r, 35)), 0, 0, asset))
			return 0;
		price = price / 10 * 9 / 1000 * 1000; /* Art 104: <= 10% */
	}
	if (!ev(g, ENF_EV_ASSET_AUCTIONED, after(g, g->at, 30 + uni(&g->r, 35)),
		0, price, asset))
		return 0;
	if (price > g->owed - g->got)
		price = g->owed - g->got; /* the surplus goes back */
	return price <= 0 ||
	       instalments(g, after(g, g->at, 5),
			   after(g, g->at, 10 + uni(&g->r, 30)), price, 1);
}

/* Coercion: the debtor's assets seized and sold (or accounts
 * collected) one after the other while money is owed. Returns 1 if all
 * went through before the cut. */
static int coerce(gen *g, enf_date d)
{
	for (int32_t a = 0; a < g->nassets && g->owed > g->got; a++)
		if (!sell(g, a == 0 ? d : g->at, a))
			return 0;
	return 1;
}

static int32_t termination_reason(gen *g)
{
	int roll = (int)uni(&g->r, 100);

	if (!g->request && roll < 40)
		return ENF_TERMINATE_EXEMPTED;
	if (g->org && roll < 55)
		return ENF_TERMINATE_DISSOLVED;
	if (roll < 70)
		return g->request ? ENF_TERMINATE_AGREEMENT
				  : ENF_TERMINATE_DEBTOR_DIED;
	if (roll < 85)
		return ENF_TERMINATE_DEBTOR_DIED;
	if (roll < 92)
		return ENF_TERMINATE_ANNULLED;
	return g->request ? ENF_TERMINATE_CREDITOR_DIED
			  : ENF_TERMINATE_DEBTOR_DIED;
}

/* After a pause, often resumed and then done or still running. */
static void maybe_resume(gen *g, enf_date paused, int per_mille)
{
	enf_date d;

	if (!pm(&g->r, per_mille))
		return;
	d = closing(g, after(g, paused, 60 + uni(&g->r, 240)));
	if (!ev(g, ENF_EV_RESUMED, d, 0, 0, -1))
		return;
	if (pm(&g->r, 750))
		finish(g, g->at);
	else
		partial(g, g->at);
}

/* A case with means from d, to the given outcome. */
static void with_means(gen *g, enf_date d, enum outcome out)
{
	static const int32_t other_grounds[] = {
		ENF_POSTPONE_ILLNESS,	    ENF_POSTPONE_ILLNESS,
		ENF_POSTPONE_ADDRESS,	    ENF_POSTPONE_DISPUTE,
		ENF_POSTPONE_DISPUTE,	    ENF_POSTPONE_INTERPRETATION,
		ENF_POSTPONE_NOT_COLLECTED, ENF_POSTPONE_TRANSFER,
		ENF_POSTPONE_PROTEST};
	enf_date p;

	/* A case open for years is verified again about once a year. */
	for (p = after(g, d, 300 + uni(&g->r, 100)); p < g->gate;
	     p = after(g, p, 300 + uni(&g->r, 100)))
		if (!ev(g, ENF_EV_VERIFIED, p, 1, 0, -1))
			return;
	/* Otherwise often verified once more before coercion. */
	if (g->at <= d && pm(&g->r, 300) &&
	    !ev(g, ENF_EV_VERIFIED, after(g, d, 10 + uni(&g->r, 20)), 1, 0, -1))
		return;
	if (g->at > d)
		d = g->at;
	switch (out) {
	case OUT_DONE:
		/* Seized assets pay part or all; the rest is paid. */
		if (g->nassets > 0 && pm(&g->r, 600) && !coerce(g, d))
			break;
		finish(g, g->at > d ? g->at : d);
		break;
	case OUT_RUNNING: partial(g, d); break;
	case OUT_POSTPONE_AGREED:
	case OUT_POSTPONE_OTHER:
		if (pm(&g->r, 300))
			partial(g, d);
		p = after(g, g->at > d ? g->at : d, 15 + uni(&g->r, 150));
		if (ev(g, ENF_EV_POSTPONED, p,
		       out == OUT_POSTPONE_AGREED ? ENF_POSTPONE_AGREEMENT
						  : PICK(&g->r, other_grounds),
		       0, -1))
			maybe_resume(g, p, 400);
		break;
	case OUT_SUSPEND:
		p = after(g, d, 20 + uni(&g->r, 250));
		if (ev(g, ENF_EV_SUSPENDED, p,
		       g->org && pm(&g->r, 600) ? ENF_SUSPEND_BANKRUPTCY
						: ENF_SUSPEND_PROTEST,
		       0, -1))
			maybe_resume(g, p, 300);
		break;
	case OUT_TERMINATE:
		if (pm(&g->r, 300))
			partial(g, d);
		p = closing(g, (g->at > d ? g->at : d) + 20 +
				       (enf_date)uni(&g->r, 250));
		ev(g, ENF_EV_TERMINATED, p, termination_reason(g), 0, -1);
		break;
	case OUT_ENTRUST:
		/* Some are done in part before the rest is entrusted: the
		 * statistics count them done by cases (GSO definition). */
		if (pm(&g->r, 300))
			partial(g, d);
		ev(g, ENF_EV_ENTRUSTED_OUT,
		   closing(g, (g->at > d ? g->at : d) + 10 +
				      (enf_date)uni(&g->r, 120)),
		   0, 0, -1);
		break;
	case OUT_WITHDRAW:
		ev(g, ENF_EV_DECISION_WITHDRAWN,
		   closing(g, d + 10 + (enf_date)uni(&g->r, 200)), 0, 0, -1);
		break;
	}
}

/* The outcome of a case with means. */
static enum outcome draw_outcome(gen *g)
{
	int roll = (int)uni(&g->r, 1000);

	if (g->cls == CLOSED_BEFORE)
		return roll < 780   ? OUT_DONE
		       : roll < 900 ? OUT_TERMINATE
		       : roll < 970 ? OUT_ENTRUST
				    : OUT_WITHDRAW;
	return roll < 760   ? OUT_DONE
	       : roll < 810 ? OUT_RUNNING
	       : roll < 850 ? OUT_POSTPONE_AGREED
	       : roll < 880 ? OUT_POSTPONE_OTHER
	       : roll < 900 ? OUT_SUSPEND
	       : roll < 950 ? OUT_TERMINATE
	       : roll < 980 ? OUT_ENTRUST
			    : OUT_WITHDRAW;
}

/* A bank-credit case with means: mostly the sale of the mortgaged
 * assets. */
static void bank_case(gen *g, enf_date d)
{
	int roll = (int)uni(&g->r, 100);

	if (g->cls == CLOSED_BEFORE || roll < 12) {
		finish(g, d); /* paid after a restructuring */
		return;
	}
	if (roll < 20) {
		with_means(g, d, OUT_POSTPONE_AGREED);
		return;
	}
	if (roll < 24) {
		with_means(g, d, OUT_SUSPEND);
		return;
	}
	if (roll < 27) {
		with_means(g, d, OUT_TERMINATE);
		return;
	}
	if (!coerce(g, d))
		return;
	if (g->owed <= g->got)
		ev(g, ENF_EV_DONE, closing(g, after(g, g->at, uni(&g->r, 5))),
		   0, 0, -1);
	else if (pm(&g->r, 300))
		partial(g, g->at);
}

/* A case without means: classified, re-verified every ~6 months (yearly
 * for prisoners); means may turn up; after a year with two
 * verifications it may go to the separate book (from the year on for a
 * carried-over case; always for one closed before the year). */
static void without_means(gen *g, enf_date v)
{
	enf_date since = after(g, v, 1 + uni(&g->r, 8)), d = since;
	int interval = g->prisoner ? 350 : 165, checks = 0;
	int sb = g->cls == CLOSED_BEFORE ? 1000 : 330;

	if (!ev(g, ENF_EV_CLASSIFIED, since, 0, 0, -1))
		return;
	for (;;) {
		d = after(g, d, interval + uni(&g->r, 30));
		if (g->cls != CLOSED_BEFORE && d >= g->gate && pm(&g->r, 60)) {
			if (ev(g, ENF_EV_VERIFIED, d, 1, 0, -1))
				with_means(g, d, draw_outcome(g));
			return;
		}
		if (!ev(g, ENF_EV_VERIFIED, d, 0, 0, -1))
			return;
		checks++;
		if (d < g->gate)
			continue;
		if (checks >= 2 && d - since >= 365 && pm(&g->r, sb)) {
			ev(g, ENF_EV_SEPARATE_BOOK,
			   after(g, d, 1 + uni(&g->r, 10)), 0, 0, -1);
			return;
		}
		if (!g->request && pm(&g->r, 40)) {
			ev(g, ENF_EV_TERMINATED,
			   after(g, d, 5 + uni(&g->r, 30)),
			   ENF_TERMINATE_EXEMPTED, 0, -1);
			return;
		}
	}
}

/* ---------------------------------------------------------------------- */
/* Parties, obligations and assets                                         */

/* (Each draw is a statement of its own: the order in which a call's
 * arguments are evaluated differs between compilers, and the files must
 * not.) */

static void person_name(gen *g, char *buf, size_t size)
{
	const char *sur = PICK(&g->r, surnames);
	const char *mid = PICK(&g->r, middles);
	const char *giv = PICK(&g->r, givens);

	snprintf(buf, size, "%s %s %s", sur, mid, giv);
}

static void firm_name(gen *g, char *buf, size_t size)
{
	const char *kind = PICK(&g->r, firm_kinds);
	const char *word = PICK(&g->r, firm_words);

	snprintf(buf, size, "%s %s", kind, word);
}

/* A citizen ID (12 digits, province prefix) or a tax code (10 digits). */
static const char *party_id(gen *g, char *buf, size_t size, int org, int prov)
{
	long long serial = (long long)uni(&g->r, 400000000);

	if (org)
		snprintf(buf, size, "%02d%08lld", 1 + prov % 96,
			 serial % 100000000);
	else
		snprintf(buf, size, "0%02d%09lld", 1 + prov % 96, serial);
	return buf;
}

static int32_t add_party(gen *g, enf_party_role role, enf_party_kind kind,
			 const char *name, const char *id)
{
	enf_party p;
	int32_t at;

	p.role = role;
	p.kind = kind;
	p.name = name;
	p.id = id;
	die_on(enf_case_add_party(&at, g->c, &p), "party");
	return at;
}

static void add_obligation(gen *g, enf_obligation_kind kind, enf_money amount,
			   int32_t debtor, int32_t creditor, int joint)
{
	enf_obligation o;

	o.kind = kind;
	o.amount = kind >= ENF_OBL_HAND_OVER ? 0 : amount;
	o.debtor = debtor;
	o.creditor = creditor;
	o.joint = joint;
	die_on(enf_case_add_obligation(NULL, g->c, &o), "obligation");
	g->owed += o.amount;
}

/* An amount by obligation kind (whole thousands of VND). */
static enf_money amount_of(gen *g, enf_obligation_kind kind, int corruption)
{
	switch (kind) {
	case ENF_OBL_COURT_FEE: return skewed(&g->r, 200000, 40000000, 2);
	case ENF_OBL_FINE: return skewed(&g->r, 1000000, 200000000, 2);
	case ENF_OBL_UNLAWFUL_GAIN:
		return corruption ? skewed(&g->r, 100000000, 6000000000, 3)
				  : skewed(&g->r, 2000000, 500000000, 2);
	case ENF_OBL_MAINTENANCE: return skewed(&g->r, 6000000, 200000000, 2);
	case ENF_OBL_WAGES_HARM: return skewed(&g->r, 10000000, 600000000, 2);
	case ENF_OBL_BANK_CREDIT:
		return skewed(&g->r, 500000000, 30000000000, 2);
	default: return skewed(&g->r, 5000000, 1200000000, 3);
	}
}

/* The assets of a debtor that may be seized: the mortgaged land of a
 * bank-credit case (one or two plots), else land, a car or an account. */
static void add_assets(gen *g, int32_t debtor, int bank, int any)
{
	int n = bank ? 1 + (int)pm(&g->r, 350) : any ? 1 : 0;

	for (int i = 0; i < n; i++) {
		int roll = bank ? 0 : (int)uni(&g->r, 100);
		long long x = (long long)uni(&g->r, 10000000000);
		char what[160];
		enf_asset a;

		a.kind = roll < 50   ? ENF_ASSET_REAL_ESTATE
			 : roll < 75 ? ENF_ASSET_MOVABLE
				     : ENF_ASSET_ACCOUNT;
		if (a.kind == ENF_ASSET_REAL_ESTATE)
			snprintf(what, sizeof(what),
				 "Quyền sử dụng đất thửa %d, tờ bản đồ số %d",
				 1 + (int)(x % 900), 1 + (int)(x / 900 % 60));
		else if (a.kind == ENF_ASSET_MOVABLE)
			snprintf(what, sizeof(what),
				 "Xe ô tô biển số %02dA-%03d.%02d",
				 11 + (int)(x % 88), (int)(x / 88 % 1000),
				 (int)(x / 88000 % 100));
		else
			snprintf(what, sizeof(what),
				 "Tài khoản số %010lld tại %s", x,
				 banks[x % (long long)COUNT(banks)]);
		a.description = what;
		a.owner = debtor;
		a.security = bank ? ENF_SECURITY_MORTGAGE : ENF_SECURITY_NONE;
		a.secured_amount = bank ? g->owed / n / 1000 * 1000 : 0;
		die_on(enf_case_add_asset(NULL, g->c, &a), "asset");
		g->kinds[i] = a.kind;
	}
	g->nassets = n;
}

/* The parties, obligations and assets of the current case. */
static void fill(gen *g, int prov, enf_judgment_kind jk, int bank,
		 int corruption)
{
	static const enf_obligation_kind criminal_kinds[] = {
		ENF_OBL_COURT_FEE,    ENF_OBL_COURT_FEE, ENF_OBL_COURT_FEE,
		ENF_OBL_FINE,	      ENF_OBL_FINE,	 ENF_OBL_UNLAWFUL_GAIN,
		ENF_OBL_UNLAWFUL_GAIN};
	static const enf_obligation_kind non_money[] = {
		ENF_OBL_HAND_OVER, ENF_OBL_HAND_OVER, ENF_OBL_PERFORM_ACT,
		ENF_OBL_STOP_ACT};
	char debtor[128], debtor2[128], creditor[128], id1[40], id2[40];
	int32_t di, di2 = -1, ci;
	enf_obligation_kind kind;
	int roll = (int)uni(&g->r, 100), creditor_org;

	if (g->org)
		firm_name(g, debtor, sizeof(debtor));
	else
		person_name(g, debtor, sizeof(debtor));
	di = add_party(
		g, ENF_PARTY_DEBTOR,
		g->org ? ENF_PARTY_ORGANISATION : ENF_PARTY_PERSON, debtor,
		pm(&g->r, 700) ? party_id(g, id1, sizeof(id1), g->org, prov)
			       : NULL);
	if (g->request && !g->org && pm(&g->r, 60)) {
		person_name(g, debtor2, sizeof(debtor2));
		di2 = add_party(g, ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, debtor2,
				NULL);
	}
	if (!g->request) {
		ci = add_party(g, ENF_PARTY_CREDITOR, ENF_PARTY_STATE_BUDGET,
			       "Ngân sách nhà nước", NULL);
		kind = corruption ? ENF_OBL_UNLAWFUL_GAIN
		       : jk == ENF_JUDGMENT_CRIMINAL
			       ? PICK(&g->r, criminal_kinds)
			       : ENF_OBL_COURT_FEE;
		add_obligation(g, kind, amount_of(g, kind, corruption), di, ci,
			       0);
		if (jk == ENF_JUDGMENT_CRIMINAL && kind != ENF_OBL_COURT_FEE &&
		    pm(&g->r, 300))
			add_obligation(g, ENF_OBL_COURT_FEE,
				       amount_of(g, ENF_OBL_COURT_FEE, 0), di,
				       ci, 0);
		add_assets(g, di, 0, corruption && pm(&g->r, 600));
		return;
	}
	creditor_org = bank || jk == ENF_JUDGMENT_COMMERCIAL || pm(&g->r, 80);
	if (bank)
		snprintf(creditor, sizeof(creditor), "%s", PICK(&g->r, banks));
	else if (creditor_org)
		firm_name(g, creditor, sizeof(creditor));
	else
		person_name(g, creditor, sizeof(creditor));
	ci = add_party(g, ENF_PARTY_CREDITOR,
		       creditor_org ? ENF_PARTY_ORGANISATION : ENF_PARTY_PERSON,
		       creditor,
		       pm(&g->r, 400) ? party_id(g, id2, sizeof(id2), 0, prov)
				      : NULL);
	if (bank)
		kind = ENF_OBL_BANK_CREDIT;
	else if (jk == ENF_JUDGMENT_CRIMINAL || jk == ENF_JUDGMENT_LABOUR)
		kind = ENF_OBL_WAGES_HARM;
	else if (jk == ENF_JUDGMENT_CIVIL && roll < 20)
		kind = ENF_OBL_MAINTENANCE;
	else if (roll >= 94)
		kind = PICK(&g->r, non_money);
	else
		kind = ENF_OBL_OTHER_MONEY;
	add_obligation(g, kind, amount_of(g, kind, 0), di, ci, di2 >= 0);
	add_assets(g, di, bank,
		   (kind == ENF_OBL_OTHER_MONEY && g->owed >= 100000000 &&
		    pm(&g->r, 400)) ||
			   (kind == ENF_OBL_WAGES_HARM &&
			    g->owed >= 100000000 && pm(&g->r, 300)));
}

/* ---------------------------------------------------------------------- */
/* One case                                                                */

static const char *const judgment_code[] = {"DS-ST",   "HS-ST", "HC-ST",
					    "KDTM-ST", "LĐ-ST", "QĐ-TBPS"};

/* The decision date of a case of the given class. */
static enf_date decision_date(gen *g, int means)
{
	static const int carried_means[] = {55, 20, 12, 8, 5};
	static const int carried_none[] = {22, 21, 20, 19, 18};
	const int *w = means ? carried_means : carried_none;
	int roll = (int)uni(&g->r, 100), back = 0;
	enf_date from, d;

	if (g->cls == RECEIVED)
		return workday(g, g->first + (enf_date)uni(&g->r, 360));
	if (g->cls == CLOSED_BEFORE) {
		/* Those closed through the separate book need two years. */
		from = ymd(2019, 10, 1);
		d = from + (enf_date)uni(&g->r, means ? 1640 : 1250);
		return workday(g, d);
	}
	while (back < 4 && roll >= w[back])
		roll -= w[back++];
	from = ymd(2023 - back, 10, 1);
	d = workday(g, from + (enf_date)uni(&g->r, 365));
	return d >= g->first ? workday(g, g->first - 12) : d;
}

static void make_case(gen *g, enf_register *reg, int prov, const char *office,
		      int number)
{
	enf_case_info info;
	char no[32], court[96], jno[48];
	int roll = (int)uni(&g->r, 100), year, month, day;
	int bank, corruption = 0, means, voluntary, entrusted;
	enf_judgment_kind jk;
	enf_date decided, received;
	const province *p = &provinces[prov];

	g->cls = roll < 10 ? CLOSED_BEFORE : roll < 50 ? CARRIED : RECEIVED;
	g->request = pm(&g->r, 450);
	bank = g->request && pm(&g->r, 67);
	if (pm(&g->r, 10))
		jk = ENF_JUDGMENT_ADMINISTRATIVE;
	else if (bank)
		jk = ENF_JUDGMENT_COMMERCIAL;
	else if (g->request) {
		roll = (int)uni(&g->r, 100);
		jk = roll < 72	 ? ENF_JUDGMENT_CIVIL
		     : roll < 88 ? ENF_JUDGMENT_CRIMINAL
		     : roll < 95 ? ENF_JUDGMENT_LABOUR
				 : ENF_JUDGMENT_COMMERCIAL;
	} else {
		roll = (int)uni(&g->r, 1000);
		jk = roll < 620	  ? ENF_JUDGMENT_CRIMINAL
		     : roll < 950 ? ENF_JUDGMENT_CIVIL
		     : roll < 985 ? ENF_JUDGMENT_COMMERCIAL
		     : roll < 995 ? ENF_JUDGMENT_LABOUR
				  : ENF_JUDGMENT_BANKRUPTCY;
		corruption = jk == ENF_JUDGMENT_CRIMINAL && pm(&g->r, 90);
	}
	g->org = bank || corruption ? pm(&g->r, bank ? 850 : 300)
				    : pm(&g->r, 80);
	g->prisoner = jk == ENF_JUDGMENT_CRIMINAL && !g->org && pm(&g->r, 80);
	voluntary = g->cls != CARRIED && !bank && pm(&g->r, 200);
	means = g->cls == CLOSED_BEFORE ? pm(&g->r, 880)
		: bank			? pm(&g->r, 920)
		: g->cls == CARRIED	? pm(&g->r, 520)
					: pm(&g->r, 740);
	entrusted = g->cls != CLOSED_BEFORE && pm(&g->r, 10);
	decided = decision_date(g, means || voluntary);
	received = decided - 1 - (enf_date)uni(&g->r, 6);

	die_on(enf_case_info_init(&info, ENF_CASE_INFO_VERSION), "info");
	snprintf(no, sizeof(no), "%d/QĐ-THADS", number);
	info.office = office;
	info.decision_no = no;
	info.decision_date = decided;
	info.mode = g->request ? ENF_MODE_REQUEST : ENF_MODE_AGENCY;
	info.judgment_effective =
		decided - 10 - (enf_date)uni(&g->r, g->request ? 400 : 60);
	if (pm(&g->r, 250))
		snprintf(court, sizeof(court), "TAND %s%s",
			 !p->city			   ? "tỉnh "
			 : strncmp(p->name, "TP ", 3) == 0 ? ""
							   : "thành phố ",
			 p->name);
	else if (info.judgment_effective >= ymd(2025, 7, 1))
		snprintf(court, sizeof(court), "TAND khu vực %d - %s",
			 1 + (int)uni(&g->r, 12), p->name);
	else
		snprintf(court, sizeof(court), "TAND cấp huyện số %d - %s",
			 1 + (int)uni(&g->r, 30), p->name);
	die_on(enf_date_to_ymd(&year, &month, &day, info.judgment_effective),
	       "date");
	snprintf(jno, sizeof(jno), "%d/%d/%s", 1 + (int)uni(&g->r, 400), year,
		 judgment_code[jk]);
	info.court = court;
	info.judgment_no = jno;
	info.judgment_kind = jk;
	info.flags = (corruption ? ENF_CASE_CORRUPTION : 0u) |
		     (g->prisoner ? ENF_CASE_PRISONER : 0u) |
		     (pm(&g->r, 20) ? ENF_CASE_UNKNOWN_ADDRESS : 0u);
	die_on(enf_case_new(&g->c, &info), "case");

	g->owed = g->got = 0;
	g->nassets = 0;
	g->bank = bank;
	g->at = received;
	g->stopped = 0;
	g->cut = g->cls == CLOSED_BEFORE ? g->first - 1 : g->last;
	g->gate = g->cls == CARRIED ? g->first : ENF_DATE_MIN;
	fill(g, prov, jk, bank, corruption);
	g->owed_total += g->owed;

	if (entrusted)
		ev(g, ENF_EV_ENTRUSTED_IN, received, 0, 0, -1);
	else if (g->request)
		ev(g, ENF_EV_REQUEST_RECEIVED, received, 0, 0, -1);
	/* The decision is notified to the debtor and, mostly, to the
	 * creditor (or the procuracy) too. */
	if (ev(g, ENF_EV_DECISION_ISSUED, decided, 0, 0, -1) &&
	    ev(g, ENF_EV_DECISION_NOTIFIED, after(g, decided, uni(&g->r, 4)), 0,
	       0, -1) &&
	    (!(g->request || pm(&g->r, 800)) ||
	     ev(g, ENF_EV_DECISION_NOTIFIED, after(g, g->at, uni(&g->r, 3)), 0,
		0, -1))) {
		enf_date v = after(g, g->at, 10 + uni(&g->r, 20));

		if (voluntary) {
			if (g->owed == 0 ||
			    instalments(g, after(g, g->at, 1), v - 5, g->owed,
					1 + (int)pm(&g->r, 300)))
				ev(g, ENF_EV_DONE, after(g, g->at, 1), 0, 0,
				   -1);
		} else if (!means) {
			without_means(g, v);
		} else if (ev(g, ENF_EV_VERIFIED, v, 1, 0, -1)) {
			if (bank)
				bank_case(g, v);
			else
				with_means(g, v, draw_outcome(g));
		}
	}
	die_on(enf_register_add(reg, g->c), "register");
	g->c = NULL;
}

/* ---------------------------------------------------------------------- */
/* Files                                                                   */

/* mkdir -p. */
static void make_dir(const char *path)
{
	char buf[4096];
	size_t n = strlen(path);

	if (n == 0 || n >= sizeof(buf)) {
		fprintf(stderr, "gen_national: bad directory \"%s\"\n", path);
		exit(1);
	}
	memcpy(buf, path, n + 1);
	for (size_t i = 1; i <= n; i++) {
		if (buf[i] != '/' && buf[i] != '\0')
			continue;
		buf[i] = '\0';
		if (mkdir(buf, 0777) != 0 && errno != EEXIST) {
			fprintf(stderr,
				"gen_national: cannot create \"%s\": %s\n", buf,
				strerror(errno));
			exit(1);
		}
		buf[i] = path[i];
	}
}

/* Splits total over weights by largest remainder: parts sum to total. */
static void apportion(long long *out, const int *weights, int n,
		      long long total)
{
	long long wsum = 0, given = 0;
	long long rem[NPROV];

	for (int i = 0; i < n; i++)
		wsum += weights[i];
	for (int i = 0; i < n; i++) {
		out[i] = total * weights[i] / wsum;
		rem[i] = total * weights[i] % wsum;
		given += out[i];
	}
	while (given < total) {
		int best = 0;

		for (int i = 1; i < n; i++)
			if (rem[i] > rem[best])
				best = i;
		out[best]++;
		rem[best] = -1;
		given++;
	}
}

int main(int argc, char **argv)
{
	long long cases = 1000000, seed = 2025, per_prov[NPROV],
		  extra_offices[NPROV];
	const char *out = ".";
	int weights[NPROV], nof[NPROV];
	char path[4096];
	enf_calendar *cal;
	FILE *f;
	static gen g;

	for (int i = 1; i < argc; i += 2) {
		char *end = NULL;
		long long v = 0;

		if (i + 1 >= argc)
			goto usage;
		if (strcmp(argv[i], "--out") == 0) {
			out = argv[i + 1];
			continue;
		}
		errno = 0;
		v = strtoll(argv[i + 1], &end, 10);
		if (errno || *end != '\0' || end == argv[i + 1])
			goto usage;
		if (strcmp(argv[i], "--cases") == 0)
			cases = v;
		else if (strcmp(argv[i], "--seed") == 0)
			seed = v;
		else
			goto usage;
	}
	if (cases < 1 || cases > 100000000)
		goto usage;

	die_on(enf_calendar_new(&cal, NULL), "calendar");
	g.cal = cal;
	g.nwd_base = ymd(NWD_FROM_YEAR, 1, 1);
	for (int i = 0; i < NWD_DAYS; i++)
		die_on(enf_calendar_next_working_day(&g.nwd[i], cal,
						     g.nwd_base + i),
		       "calendar");
	g.first = ymd(2024, 10, 1);
	g.last = ymd(2025, 9, 30);

	/* Offices: 5 a province, the other 185 by caseload. */
	for (int p = 0; p < NPROV; p++)
		weights[p] = provinces[p].weight;
	apportion(extra_offices, weights, NPROV,
		  NOFFICES - MIN_OFFICES * NPROV);
	apportion(per_prov, weights, NPROV, cases);
	for (int p = 0; p < NPROV; p++) {
		nof[p] = MIN_OFFICES + (int)extra_offices[p];
		if (nof[p] > MAX_OFFICES) {
			fprintf(stderr, "gen_national: too many offices\n");
			return 1;
		}
	}

	make_dir(out);
	snprintf(path, sizeof(path), "%s/offices.csv", out);
	f = fopen(path, "wb");
	if (f == NULL) {
		fprintf(stderr, "gen_national: cannot write \"%s\": %s\n", path,
			strerror(errno));
		return 1;
	}
	fputs("office,province,province_name\n", f);
	for (int p = 0; p < NPROV; p++)
		for (int k = 0; k < nof[p]; k++)
			fprintf(f, "P%02d-KV%02d,P%02d,%s\n", p + 1, k + 1,
				p + 1, provinces[p].name);
	if (fclose(f) != 0) {
		fprintf(stderr, "gen_national: cannot write \"%s\"\n", path);
		return 1;
	}

	for (int p = 0; p < NPROV; p++) {
		int cum[MAX_OFFICES], serial[MAX_OFFICES] = {0}, wsum = 0;
		char office[32];
		enf_register *reg;

		/* The first third of the offices (the towns) are busier. */
		for (int k = 0; k < nof[p]; k++) {
			wsum += k == 0 ? 4 : k < nof[p] / 3 ? 2 : 1;
			cum[k] = wsum;
		}
		g.r.s = (uint64_t)seed * 0x9e3779b97f4a7c15ull ^
			((uint64_t)(p + 1) << 32);
		(void)rnd(&g.r);
		die_on(enf_register_new(&reg), "register");
		for (long long i = 0; i < per_prov[p]; i++) {
			int w = (int)uni(&g.r, wsum), k = 0;

			while (cum[k] <= w)
				k++;
			snprintf(office, sizeof(office), "P%02d-KV%02d", p + 1,
				 k + 1);
			make_case(&g, reg, p, office, ++serial[k]);
		}
		snprintf(path, sizeof(path), "%s/P%02d", out, p + 1);
		make_dir(path);
		die_on(enf_io_save_csv_dir(reg, path), "save");
		enf_register_free(reg);
	}
	enf_calendar_free(cal);
	if (g.owed_total >= 900000000000000ll) {
		fprintf(stderr,
			"gen_national: money owed %lld VND is 9e14 or "
			"more\n",
			(long long)g.owed_total);
		return 1;
	}
	printf("cases %lld events %lld offices %d provinces %d\n", cases,
	       g.events, NOFFICES, NPROV);
	return 0;

usage:
	fprintf(stderr,
		"usage: gen_national [--cases N] [--seed S] [--out DIR]\n");
	return 2;
}
