/**
 * @file enforcement/case.h
 * @brief The case register: judgments, decisions, parties, obligations,
 *        assets, and the case lifecycle as an append-only event log.
 *
 * One enforcement decision is one case (việc). A case carries the fixed
 * facts of its decision and judgment (::enf_case_info), its parties,
 * obligations and assets, and a log of dated events. The state of the case
 * on any date is the replay of its events up to that date; which event is
 * legal in which state is decided by one transition table drawn from Law
 * 26/2008 as amended (Art 36, 44, 44a, 45, 48-50, 55 and Decree 62/2015
 * Art 9) and Decree 152/2026 Art 22 (request returned to the creditor).
 * An illegal event is refused with ENF_ESTATE and a message naming the
 * case, the state and the event, and the log is left unchanged.
 *
 * States and the statistics they feed (Circular 05/2024/TT-BTP): with
 * means (có điều kiện) = being enforced + postponed under Art 48(1)(c) +
 * done; postponed on other grounds and suspended count as without means;
 * terminated (đình chỉ) counts as done; entrusted out, withdrawn and
 * returned leave the office's books.
 *
 * A register (::enf_register) holds many cases, looked up by office and
 * decision number; deadlines and the worklist are computed from the events
 * with a working-day calendar and the regime's ::enf_case_rules.
 *
 * Strings passed in are copied; strings handed out are borrowed from the
 * case and live until it is freed. Cases in a register belong to it.
 *
 * @par Threads
 * The library has no global mutable state and no locks; what may run at
 * once is decided by the objects a call reads and writes (docs/threads.md
 * has the table of every function):
 * - A register has one writer at a time: enf_register_add(),
 *   enf_register_apply(), the imports and loads of io.h,
 *   enf_programme_assign(), and changes through its borrowed cases
 *   (enf_case_apply(), enf_case_add_party(), ...). While a writer runs,
 *   no other thread may read that register, its cases or pointers
 *   borrowed from it.
 * - Readers on other threads work on a snapshot (enf_register_snapshot()):
 *   a read-only register that shares the cases and never changes, however
 *   the register it was taken from changes afterwards. Taking a snapshot
 *   reads the register, so it is done by the writer's thread or under the
 *   lock the writer holds; it is quick (a few pointers a case, no case
 *   copied). Any number of threads may then read one snapshot at once
 *   (reports, worklists, columns, exports, JSON), take snapshots of it,
 *   and free it on whichever thread holds it last, while the writer goes
 *   on. The writer changes a registered case with enf_register_apply(),
 *   which copies a case that a snapshot shares before changing it;
 *   enf_case_apply() and the enf_case_add_ functions refuse a shared case
 *   (ENF_ESTATE).
 * - A case that no register holds belongs to the thread that made it.
 * - Immutable objects (a calendar once loaded, a rulebook, auction rule
 *   sets, an organisation tree once built) are shared freely by any
 *   number of threads.
 * - Every other object (a statistics report, a ledger, a sale, a trail)
 *   is used by one thread at a time.
 * - The last-error message and status are per thread (common.h).
 */
#ifndef ENF_CASE_H
#define ENF_CASE_H

#include "common.h"
#include "date.h"
#include "money.h"
#include "rules.h"

ENF_BEGIN_DECL

/** No index: for optional party or asset references. */
#define ENF_INDEX_NONE (-1)

/** Kind of the judgment or decision enforced. */
typedef enum enf_judgment_kind {
	ENF_JUDGMENT_CIVIL = 0,	   /**< civil (dân sự) */
	ENF_JUDGMENT_CRIMINAL = 1, /**< civil part of a criminal judgment */
	ENF_JUDGMENT_ADMINISTRATIVE = 2, /**< administrative (hành chính) */
	ENF_JUDGMENT_COMMERCIAL = 3,	 /**< business and commerce */
	ENF_JUDGMENT_LABOUR = 4,	 /**< labour (lao động) */
	ENF_JUDGMENT_BANKRUPTCY = 5	 /**< bankruptcy (phá sản) */
} enf_judgment_kind;

/** How enforcement started (Law Art 36). */
typedef enum enf_mode {
	ENF_MODE_AGENCY = 0, /**< on the agency's initiative (chủ động) */
	ENF_MODE_REQUEST = 1 /**< on the creditor's request (theo yêu cầu) */
} enf_mode;

/** Case flags (enf_case_info.flags). */
#define ENF_CASE_CORRUPTION	 0x1u /**< corruption or economic crime */
#define ENF_CASE_PRISONER	 0x2u /**< debtor in prison, 2+ years left */
#define ENF_CASE_UNKNOWN_ADDRESS 0x4u /**< debtor's address unknown */
/** A difficult or complex case (án khó khăn, phức tạp), as an office
 * marks it for its reviews; no statute defines it. */
#define ENF_CASE_DIFFICULT 0x8u

/** The fixed facts of a case. Strings are UTF-8, copied on creation. */
typedef struct enf_case_info {
	unsigned int version;	     /**< ENF_CASE_INFO_VERSION */
	const char *office;	     /**< office code, e.g. "LS-01"; required */
	const char *decision_no;     /**< e.g. "15/QĐ-THADS"; required */
	enf_date decision_date;	     /**< date of the enforcement decision */
	enf_mode mode;		     /**< agency initiative or on request */
	const char *court;	     /**< court that gave the judgment */
	const char *judgment_no;     /**< number of the judgment */
	enf_date judgment_effective; /**< date the judgment took effect */
	enf_judgment_kind judgment_kind; /**< kind of the judgment */
	unsigned int flags;		 /**< ENF_CASE_CORRUPTION | ... */
} enf_case_info;

/** The current version of ::enf_case_info. */
#define ENF_CASE_INFO_VERSION 1
/** The defaults enf_case_info_init() fills: strings NULL, dates
 * ENF_DATE_NONE, on request, no flags. */
#define ENF_CASE_INFO_INIT                                                     \
	{                                                                      \
		ENF_CASE_INFO_VERSION, NULL, NULL, ENF_DATE_NONE,              \
			ENF_MODE_REQUEST, NULL, NULL, ENF_DATE_NONE,           \
			ENF_JUDGMENT_CIVIL, 0                                  \
	}

/** Role of a party. */
typedef enum enf_party_role {
	ENF_PARTY_DEBTOR = 0,  /**< người phải thi hành án */
	ENF_PARTY_CREDITOR = 1 /**< người được thi hành án */
} enf_party_role;

/** Kind of a party. */
typedef enum enf_party_kind {
	ENF_PARTY_PERSON = 0,	    /**< a natural person */
	ENF_PARTY_ORGANISATION = 1, /**< an organisation or company */
	ENF_PARTY_STATE_BUDGET = 2  /**< the state budget as creditor */
} enf_party_kind;

/** A debtor or creditor. */
typedef struct enf_party {
	enf_party_role role; /**< debtor or creditor */
	enf_party_kind kind; /**< person, organisation or the state budget */
	const char *name;    /**< required */
	const char *id;	     /**< ID card or tax number; may be NULL */
} enf_party;

/** Kind of an obligation: money kinds first, then non-money. */
typedef enum enf_obligation_kind {
	ENF_OBL_FINE = 0,	   /**< fine (phạt tiền) */
	ENF_OBL_COURT_FEE = 1,	   /**< court fees and charges (án phí) */
	ENF_OBL_UNLAWFUL_GAIN = 2, /**< confiscation of unlawful gains */
	ENF_OBL_MAINTENANCE = 3,   /**< maintenance (cấp dưỡng) */
	ENF_OBL_WAGES_HARM = 4,	   /**< wages, compensation for harm */
	ENF_OBL_BANK_CREDIT = 5, /**< bank credit (tín dụng, ngân hàng) */
	ENF_OBL_OTHER_MONEY = 6, /**< any other money obligation */
	ENF_OBL_HAND_OVER = 7,	 /**< hand over an asset (non-money) */
	ENF_OBL_PERFORM_ACT = 8, /**< perform an act (non-money) */
	ENF_OBL_STOP_ACT = 9	 /**< stop an act (non-money) */
} enf_obligation_kind;

/** An obligation of a debtor towards a creditor. */
typedef struct enf_obligation {
	enf_obligation_kind kind; /**< what is owed */
	enf_money amount;	  /**< > 0 for money kinds, 0 for non-money */
	int32_t debtor;		  /**< index of a debtor party */
	int32_t creditor; /**< index of a creditor party, or ENF_INDEX_NONE */
	int joint;	  /**< 1: debtors of this case are jointly liable */
} enf_obligation;

/** Kind of an asset. */
typedef enum enf_asset_kind {
	ENF_ASSET_REAL_ESTATE = 0, /**< land and houses (bất động sản) */
	ENF_ASSET_MOVABLE = 1,	   /**< movables (động sản) */
	ENF_ASSET_RIGHT = 2,	   /**< property rights (claims, shares) */
	ENF_ASSET_ACCOUNT = 3	   /**< bank account */
} enf_asset_kind;

/** Security over an asset. */
typedef enum enf_security {
	ENF_SECURITY_NONE = 0,	   /**< not secured */
	ENF_SECURITY_MORTGAGE = 1, /**< thế chấp */
	ENF_SECURITY_PLEDGE = 2	   /**< cầm cố */
} enf_security;

/** An asset of a debtor. Seizure, appraisal and sale are events. */
typedef struct enf_asset {
	enf_asset_kind kind;	  /**< what the asset is */
	const char *description;  /**< required */
	int32_t owner;		  /**< index of the debtor party */
	enf_security security;	  /**< security over it, if any */
	enf_money secured_amount; /**< debt secured by it; 0 without security */
} enf_asset;

/** State of a case on a date. */
typedef enum enf_case_state {
	ENF_STATE_NONE = 0,	  /**< no event yet */
	ENF_STATE_RECEIVED = 1,	  /**< request or entrustment received */
	ENF_STATE_VOLUNTARY = 2,  /**< decided; voluntary period, verifying */
	ENF_STATE_WITH_MEANS = 3, /**< có điều kiện, being enforced */
	ENF_STATE_WITHOUT_MEANS = 4, /**< chưa có điều kiện (Art 44a) */
	ENF_STATE_POSTPONED = 5,     /**< hoãn (Art 48) */
	ENF_STATE_SUSPENDED = 6,     /**< tạm đình chỉ (Art 49) */
	ENF_STATE_SEPARATE_BOOK = 7, /**< sổ theo dõi riêng */
	ENF_STATE_ENTRUSTED = 8,     /**< entrusted out (ủy thác); closed */
	ENF_STATE_RETURNED = 9,	     /**< request returned (new law); closed */
	ENF_STATE_WITHDRAWN = 10,    /**< decision withdrawn or annulled */
	ENF_STATE_TERMINATED = 11,   /**< đình chỉ (Art 50); closed, done */
	ENF_STATE_DONE = 12	     /**< thi hành xong; closed */
} enf_case_state;

/** Number of states, for tables indexed by state. */
#define ENF_STATE_COUNT 13

/** Kind of an event. */
typedef enum enf_event_kind {
	ENF_EV_REQUEST_RECEIVED = 0,  /**< creditor's request received */
	ENF_EV_ENTRUSTED_IN = 1,      /**< entrusted case received */
	ENF_EV_DECISION_ISSUED = 2,   /**< enforcement decision issued */
	ENF_EV_DECISION_NOTIFIED = 3, /**< notice: voluntary period starts */
	ENF_EV_VERIFIED = 4,	      /**< verification; detail 1 = means */
	ENF_EV_CLASSIFIED = 5,	      /**< detail 1 = with, 0 = without means */
	ENF_EV_POSTPONED = 6,	      /**< detail = ::enf_postpone_reason */
	ENF_EV_SUSPENDED = 7,	      /**< detail = ::enf_suspend_reason */
	ENF_EV_RESUMED = 8,	      /**< postponement/suspension ends */
	ENF_EV_TERMINATED = 9,	      /**< detail = ::enf_terminate_reason */
	ENF_EV_ENTRUSTED_OUT = 10,    /**< entrusted to another office */
	ENF_EV_SEPARATE_BOOK = 11,    /**< moved to the separate book */
	ENF_EV_REQUEST_RETURNED = 12, /**< request returned (new law) */
	ENF_EV_COLLECTED = 13,	      /**< amount collected from the debtor */
	ENF_EV_PAID_OUT = 14,	      /**< amount paid to creditors */
	ENF_EV_ASSET_SEIZED = 15,     /**< asset seized (kê biên) */
	ENF_EV_ASSET_APPRAISED = 16,  /**< amount = appraised value */
	ENF_EV_ASSET_AUCTIONED = 17,  /**< amount = price; 0 = no sale */
	ENF_EV_DONE = 18,	      /**< fully performed */
	ENF_EV_DECISION_WITHDRAWN = 19, /**< decision withdrawn or annulled */
	/** A court's decision reducing an obligation to the state budget
	 * (giảm thi hành án; Law 26/2008 Art 61-64, Joint Circular
	 * 12/2015/TTLT-BTP-BTC-TANDTC-VKSNDTC Art 9(3)(e), 11(1); V; the
	 * article of Law 106/2025: U). amount = the sum reduced: at most the
	 * case's obligations to the state budget (fines, court fees, unlawful
	 * gains, sums owed to a state-budget party) less earlier reductions,
	 * and at most what the case still owes. The state does not change:
	 * enforcement goes on with the rest (an exemption of the whole sum is
	 * a termination, Art 50(1)(e)). */
	ENF_EV_OBLIGATION_REDUCED = 20,
	/** The case is put to a programme on this date: detail = the
	 * programme's number (0-255, ::enf_programme in programme.h), for
	 * instance a commune mobilisation team (tổ vận động), a local model
	 * that no statute sets up. Legal while the case is being worked on
	 * (voluntary period, with or without means); a case is put to the
	 * same programme once. The state does not change. */
	ENF_EV_PROGRAMME_ASSIGNED = 21,
	/* A seized asset's sale, step by step (enf_case_asset_status()).
	 * The model checks only their order; the law of each step (the cap
	 * of a cut, the notice before an auction, when the creditor may take
	 * the asset) is checked by enf_auction_case_apply() (auction.h),
	 * which the CSV and JSON imports use. asset = the asset. */
	/** An auction held that did not sell (no registrant, no bid, no
	 * sale): amount = its starting price, the price in force. */
	ENF_EV_AUCTION_FAILED = 22,
	/** A price cut decided after a failed auction: amount = the new
	 * starting price (Law 26/2008 Art 104; Decree 152/2026 Art 65). */
	ENF_EV_PRICE_CUT = 23,
	/** The creditor's answer to the offer of the unsold asset against
	 * its claim: detail 1 = takes it, 0 = declines (Art 104(2)). */
	ENF_EV_CREDITOR_ANSWERED = 24,
	/** An auction held that sold the asset: amount = the price. */
	ENF_EV_ASSET_SOLD = 25,
	/** The asset delivered to the creditor who took it, the debtor's
	 * window to redeem having closed. */
	ENF_EV_ASSET_TAKEN = 26,
	/** The debtor paid the debt and costs and keeps the asset: amount =
	 * what was paid. */
	ENF_EV_ASSET_REDEEMED = 27,
	/** The sold asset handed over to the buyer (the day late interest
	 * stops, Decree 152/2026 Art 29(2)). */
	ENF_EV_ASSET_HANDED_OVER = 28,
	/** The unsold asset returned to the debtor, its price having fallen
	 * to the enforcement costs and the creditor declining it (Art
	 * 104(3), 48(1)(h)): amount = the costs (0 when not known). */
	ENF_EV_ASSET_RETURNED = 29
} enf_event_kind;

/** Number of event kinds. */
#define ENF_EV_COUNT 30

/** Grounds for postponement, Law 26/2008 Art 48(1) points a-h, and (2). */
typedef enum enf_postpone_reason {
	ENF_POSTPONE_ILLNESS = 0,   /**< (a) debtor seriously ill */
	ENF_POSTPONE_ADDRESS = 1,   /**< (b) address unknown, other cause */
	ENF_POSTPONE_AGREEMENT = 2, /**< (c) the parties agree */
	ENF_POSTPONE_DISPUTE = 3,   /**< (d) asset disputed in court */
	ENF_POSTPONE_INTERPRETATION = 4, /**< (đ) awaiting interpretation */
	ENF_POSTPONE_NOT_COLLECTED = 5,	 /**< (e) payee did not come */
	ENF_POSTPONE_TRANSFER = 6,	 /**< (g) transfer of rights blocked */
	ENF_POSTPONE_UNSOLD = 7, /**< (h) unsold asset, creditor declines */
	ENF_POSTPONE_PROTEST = 8 /**< Art 48(2): protesting authority */
} enf_postpone_reason;

/** Grounds for suspension, Law 26/2008 Art 49. */
typedef enum enf_suspend_reason {
	ENF_SUSPEND_PROTEST = 0,   /**< cassation or re-trial protest */
	ENF_SUSPEND_BANKRUPTCY = 1 /**< bankruptcy petition accepted */
} enf_suspend_reason;

/** Grounds for termination, Law 26/2008 Art 50(1) points a-h. */
typedef enum enf_terminate_reason {
	ENF_TERMINATE_DEBTOR_DIED = 0,	 /**< (a) no successor */
	ENF_TERMINATE_CREDITOR_DIED = 1, /**< (b) rights not inherited */
	ENF_TERMINATE_AGREEMENT = 2,	 /**< (c) agreement or waiver */
	ENF_TERMINATE_ANNULLED = 3,	 /**< (d) judgment annulled */
	ENF_TERMINATE_DISSOLVED = 4,	 /**< (đ) organisation dissolved */
	ENF_TERMINATE_EXEMPTED = 5,	 /**< (e) exemption granted */
	ENF_TERMINATE_BANKRUPTCY = 6,	 /**< (g) bankruptcy opened */
	ENF_TERMINATE_CUSTODY = 7	 /**< (h) child died or came of age */
} enf_terminate_reason;

/** One event of the log. */
typedef struct enf_event {
	enf_event_kind kind; /**< what happened */
	enf_date date;	     /**< the day it happened */
	int32_t detail;	  /**< reason or result, see ::enf_event_kind; else 0 */
	enf_money amount; /**< collected, paid, appraised, price; else 0 */
	int32_t asset;	  /**< asset index for asset events; else
			     ENF_INDEX_NONE */
} enf_event;

/** What a case is on a date (enf_case_status_on()). */
typedef struct enf_case_status {
	enf_case_state state;  /**< the state at the end of the date */
	enf_date since;	       /**< date of the event that set the state */
	int32_t detail;	       /**< reason of a postponement, suspension or
				  termination; else 0 */
	enf_money owed;	       /**< sum of the money obligations */
	enf_money collected;   /**< collected up to the date */
	enf_money paid;	       /**< paid out up to the date */
	enf_money outstanding; /**< owed - collected - reduced, at least 0 */
	int32_t verifications; /**< verifications up to the date */
	enf_regime regime;     /**< regime governing steps on the date
				  (Decree 152 Art 115); VN2008 also stands
				  for dates before 2009-07-01 */
	int counts_with_means; /**< 1 if the state counts as "with means" in
				  the statistics: with means, postponed under
				  48(1)(c), done, terminated, and a decided
				  case not yet classified (voluntary), which
				  has no decision of no means (I) */
} enf_case_status;

/** An enforcement case. */
typedef struct enf_case enf_case;

/**
 * Fills info with its defaults (version set, strings NULL, dates
 * ENF_DATE_NONE), for bindings that cannot use an initialiser; at
 * ENF_CASE_INFO_VERSION the same value as ENF_CASE_INFO_INIT.
 * @param[out] info the facts to fill.
 * @param version ENF_CASE_INFO_VERSION.
 * @return ENF_OK, ENF_EINVALID or ENF_EVERSION (version outside
 *         1..ENF_CASE_INFO_VERSION; the message names "version").
 */
ENF_EXTERN(enf_status)
enf_case_info_init(enf_case_info *info, unsigned int version);

/**
 * Creates a case from its facts. office and decision_no are required;
 * decision_date and judgment_effective may be ENF_DATE_NONE.
 * @param[out] out the case, to free with enf_case_free() (or hand to a
 *        register); NULL on error.
 * @param info the facts; its strings are copied.
 * @return ENF_OK, ENF_EINVALID (NULL, empty office or number, bad enum or
 *         flags), ENF_EVERSION, ENF_ERANGE (invalid date) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status) enf_case_new(enf_case **out, const enf_case_info *info);

/**
 * Frees a case that no register owns.
 * @param c the case; NULL is a no-op.
 */
ENF_EXTERN(void) enf_case_free(enf_case *c);

/**
 * The facts of a case. Strings are borrowed from the case, valid until it
 * is freed.
 * @param[out] out filled; unchanged on error.
 * @param c the case.
 * @return ENF_OK or ENF_EINVALID (NULL; the message names
 *         "case_info_get").
 */
ENF_EXTERN(enf_status) enf_case_info_get(enf_case_info *out, const enf_case *c);

/**
 * Deprecated: use enf_case_info_get(); kept until 1.0. The same, with
 * messages that name "case_get_info".
 * @param[out] out filled; unchanged on error.
 * @param c the case.
 * @return as enf_case_info_get().
 */
ENF_EXTERN(enf_status) enf_case_get_info(enf_case_info *out, const enf_case *c);

/**
 * Adds a party.
 * @param[out] out_index the party's index (may be NULL).
 * @param c the case.
 * @param party the party; its strings are copied.
 * @return ENF_OK, ENF_EINVALID (bad enum, empty name), ENF_ESTATE (the
 *         case is shared with a snapshot of its register) or ENF_ENOMEM;
 *         the case is unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_case_add_party(int32_t *out_index, enf_case *c, const enf_party *party);

/**
 * Adds an obligation. The debtor must be a debtor party, the creditor a
 * creditor party or ENF_INDEX_NONE; money kinds need amount > 0,
 * non-money kinds amount 0.
 * @param[out] out_index the obligation's index (may be NULL).
 * @param c the case.
 * @param obl the obligation.
 * @return ENF_OK, ENF_EINVALID, ENF_ESTATE (the case is shared with a
 *         snapshot of its register) or ENF_ENOMEM; unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_case_add_obligation(int32_t *out_index, enf_case *c,
			const enf_obligation *obl);

/**
 * Adds an asset owned by a debtor party. A case holds at most 65,535
 * assets (events keep an asset index in 16 bits).
 * @param[out] out_index the asset's index (may be NULL).
 * @param c the case.
 * @param asset the asset; its description is copied.
 * @return ENF_OK, ENF_EINVALID, ENF_ERANGE (a 65,536th asset), ENF_ESTATE
 *         (the case is shared with a snapshot of its register) or
 *         ENF_ENOMEM; unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_case_add_asset(int32_t *out_index, enf_case *c, const enf_asset *asset);

/**
 * Appends an event if the transition table allows it in the case's state
 * at the end of the log. Events come in date order (a date before the
 * last event's is refused). Amounts: COLLECTED and PAID_OUT > 0, total
 * paid never above total collected; APPRAISED > 0; AUCTIONED >= 0;
 * AUCTION_FAILED, PRICE_CUT, ASSET_SOLD and ASSET_REDEEMED > 0;
 * ASSET_RETURNED >= 0. Asset events name an existing asset; an asset must
 * be seized before it is appraised, and appraised before it is auctioned;
 * a cut, the creditor's answer and a return follow an auction held; the
 * creditor takes the asset only after saying it does; a handover follows
 * the sale; nothing follows the end of a sale but the handover of a sold
 * asset. The law of a sale's steps is not checked here: use
 * enf_auction_case_apply() (auction.h).
 * @param c the case.
 * @param ev the event.
 * @return ENF_OK, ENF_EINVALID (bad kind, detail, amount, asset or date
 *         order), ENF_ERANGE (an invalid date), ENF_ESTATE (not legal in
 *         the current state, for the case's mode, or under the regime of
 *         the date; the message names the case, the state and the event;
 *         or the case is shared with a snapshot of its register: use
 *         enf_register_apply()) or ENF_ENOMEM; the log is unchanged on
 *         error.
 */
ENF_EXTERN(enf_status) enf_case_apply(enf_case *c, const enf_event *ev);

/**
 * Number of parties of a case.
 * @param c the case, or NULL.
 * @return the count; 0 for NULL.
 */
ENF_EXTERN(size_t) enf_case_party_count(const enf_case *c);

/**
 * Number of obligations of a case.
 * @param c the case, or NULL.
 * @return the count; 0 for NULL.
 */
ENF_EXTERN(size_t) enf_case_obligation_count(const enf_case *c);

/**
 * Number of assets of a case.
 * @param c the case, or NULL.
 * @return the count; 0 for NULL.
 */
ENF_EXTERN(size_t) enf_case_asset_count(const enf_case *c);

/**
 * Number of events in the log of a case.
 * @param c the case, or NULL.
 * @return the count; 0 for NULL.
 */
ENF_EXTERN(size_t) enf_case_event_count(const enf_case *c);

/**
 * The i-th party. Strings are borrowed.
 * @param[out] out filled; unchanged on error.
 * @param c the case.
 * @param i the party's index, from 0.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ERANGE (i out of range).
 */
ENF_EXTERN(enf_status)
enf_case_party(enf_party *out, const enf_case *c, size_t i);

/**
 * The i-th obligation.
 * @param[out] out filled; unchanged on error.
 * @param c the case.
 * @param i the obligation's index, from 0.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ERANGE (i out of range).
 */
ENF_EXTERN(enf_status)
enf_case_obligation(enf_obligation *out, const enf_case *c, size_t i);

/**
 * The i-th asset. Its description is borrowed.
 * @param[out] out filled; unchanged on error.
 * @param c the case.
 * @param i the asset's index, from 0.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ERANGE (i out of range).
 */
ENF_EXTERN(enf_status)
enf_case_asset(enf_asset *out, const enf_case *c, size_t i);

/**
 * The i-th event of the log.
 * @param[out] out filled; unchanged on error.
 * @param c the case.
 * @param i the event's position in the log, from 0.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ERANGE (i out of range).
 */
ENF_EXTERN(enf_status)
enf_case_event(enf_event *out, const enf_case *c, size_t i);

/**
 * The case as it stood at the end of a date: its events up to and
 * including that date replayed. Before the first event the state is
 * ENF_STATE_NONE.
 * @param[out] out the status; unchanged on error.
 * @param c the case.
 * @param date the day asked about.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE (invalid date).
 */
ENF_EXTERN(enf_status)
enf_case_status_on(enf_case_status *out, const enf_case *c, enf_date date);

/**
 * Whether an event kind is legal in a state for a case of the given mode,
 * by the transition table (details, amounts, the regime of the date and,
 * in a postponed case, the ground of the postponement are checked by
 * enf_case_apply() on top: a postponed case is closed as done only under
 * Art 48(1)(c), an agreed postponement). An on-request case starts with
 * the request, an agency case with its decision (Art 36).
 * @param[out] out 1 if legal, 0 if not; unchanged on error.
 * @param state the case's state.
 * @param kind the event's kind.
 * @param mode how the case started.
 * @return ENF_OK or ENF_EINVALID (unknown state, kind or mode).
 */
ENF_EXTERN(enf_status)
enf_case_transition_allowed(int *out, enf_case_state state, enf_event_kind kind,
			    enf_mode mode);

/**
 * The text token of a state, as used in messages and in the CSV and JSON
 * files: "with_means", "postponed", ...
 * @param state any value.
 * @return a static string; "unknown" for other values. Never NULL.
 */
ENF_EXTERN(const char *) enf_case_state_name(enf_case_state state);

/**
 * The text token of an event kind, as used in messages and in the CSV and
 * JSON files: "decision_issued", ...
 * @param kind any value.
 * @return a static string; "unknown" for other values. Never NULL.
 */
ENF_EXTERN(const char *) enf_event_kind_name(enf_event_kind kind);

/* ---------------------------------------------------------------------- */
/* A seized asset's sale                                                   */

/** Where a seized asset's sale stands (enf_case_asset_status()). */
typedef enum enf_asset_stage {
	ENF_ASSET_STAGE_NONE = 0,	 /**< not seized (yet) */
	ENF_ASSET_STAGE_SEIZED = 1,	 /**< seized, no value yet */
	ENF_ASSET_STAGE_APPRAISED = 2,	 /**< valued, no auction held yet */
	ENF_ASSET_STAGE_IN_AUCTION = 3,	 /**< auctions held, none sold */
	ENF_ASSET_STAGE_SOLD = 4,	 /**< sold, not handed over yet */
	ENF_ASSET_STAGE_HANDED_OVER = 5, /**< sold and handed to the buyer */
	ENF_ASSET_STAGE_RETURNED = 6,	 /**< returned to the debtor */
	ENF_ASSET_STAGE_REDEEMED = 7,	 /**< the debtor paid and kept it */
	ENF_ASSET_STAGE_TAKEN = 8	 /**< taken by the creditor */
} enf_asset_stage;

/** What a case's log says of one asset's sale on a date. The figures are
 * bookkeeping of the recorded events; whether the steps were lawful is
 * the auction engine's (enf_auction_case_apply(), auction.h). */
typedef struct enf_asset_status {
	enf_asset_stage stage; /**< where the sale stands */
	enf_date since;	       /**< date of the event that set the stage, or
				  ENF_DATE_NONE */
	enf_money value;       /**< the appraised value, or 0 */
	enf_money price;       /**< starting price of the next (or last)
				  auction: the value, then each cut's price;
				  0 before the appraisal */
	int32_t auctions;      /**< auctions held so far (failed and sold) */
	int32_t cuts;	       /**< price cuts so far */
	int creditor_takes;    /**< 1 once the creditor has said it takes the
				  asset, 0 otherwise */
	enf_money sale_price;  /**< price of the sale, what the debtor paid to
				  redeem it, or 0 */
	enf_date sold_on;      /**< the day of the sale (redemption, takeover),
				  or ENF_DATE_NONE */
	enf_date handed_over;  /**< the day the sold asset was handed to the
				  buyer, or ENF_DATE_NONE: the day late
				  interest on the claims stops (Decree
				  152/2026 Art 29(2)); pass it with the sale
				  price to enf_ledger_collect() as
				  enf_payout_options.delivered (payout.h) */
} enf_asset_status;

/**
 * The sale of a case's asset as it stood at the end of a date: its events
 * up to and including that date replayed. An old log's asset_auctioned
 * event counts as an auction held (and, with a price, as the sale).
 * @param[out] out the status; unchanged on error.
 * @param c the case.
 * @param asset index of the asset in the case.
 * @param date the day asked about.
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_ERANGE (asset out of range,
 *         invalid date).
 */
ENF_EXTERN(enf_status)
enf_case_asset_status(enf_asset_status *out, const enf_case *c, size_t asset,
		      enf_date date);

/**
 * The text token of a stage ("seized", "in_auction", ...).
 * @param stage any value.
 * @return a static string; "unknown" for other values. Never NULL.
 */
ENF_EXTERN(const char *) enf_asset_stage_name(enf_asset_stage stage);

/* ---------------------------------------------------------------------- */
/* Deadlines                                                               */

/** Kinds of deadline. */
typedef enum enf_deadline_kind {
	ENF_DEADLINE_DECISION = 0,	 /**< decision on a received case */
	ENF_DEADLINE_VOLUNTARY_END = 1,	 /**< end of the voluntary period */
	ENF_DEADLINE_VERIFICATION = 2,	 /**< first verification */
	ENF_DEADLINE_REVERIFICATION = 3, /**< next verification, no means */
	ENF_DEADLINE_SEPARATE_BOOK = 4,	 /**< move to separate book / return */
	ENF_DEADLINE_LIMITATION = 5	 /**< last day to request enforcement */
} enf_deadline_kind;

/** A deadline of a case. */
typedef struct enf_deadline {
	enf_deadline_kind kind; /**< what is due */
	enf_date due;		/**< last day (Civil Code Art 147-148) */
	enf_date from;		/**< the event or date it is counted from */
	const char *rule;	/**< e.g. "issue the enforcement decision" */
	const char *source;	/**< e.g. "Law 26/2008 Art 36(1)" */
} enf_deadline;

/**
 * The open deadlines of a case on a date: those its state on that date
 * still calls for, due on any day (past due ones included), except the
 * end of the voluntary period, which is the debtor's and is listed only
 * until it has run out. A case without events, or closed, has none,
 * except a returned request when the rules keep its limitation
 * (enf_case_rules.limitation_after_return: the 2008 text's default; under
 * the new law a request filed again after its return is not subject to
 * the limitation, Law 106/2025 Art 34(2)); a received request has met it.
 * Under the 2008 text an on-request case lists no first verification (it
 * is counted from the creditor's request to verify, which the log does not
 * hold) and an agency case no separate book (there was none).
 * @param[out] out array of cap deadlines; strings are static. May be NULL
 *        when cap is 0 (to ask for the count).
 * @param cap the number of deadlines out can hold.
 * @param[out] count number written (<= cap); set even when cap is small.
 * @param c the case.
 * @param cal the working-day calendar the periods are counted with.
 * @param rules NULL for the rules of the regime in force on date.
 * @param date the day asked about.
 * @return ENF_OK, ENF_EINVALID, ENF_ERANGE (date or a due date outside
 *         the calendar) or
 *         ENF_EBUFSIZE (cap too small: *count says how many are needed
 *         and nothing is written).
 */
ENF_EXTERN(enf_status)
enf_case_deadlines(enf_deadline *out, size_t cap, size_t *count,
		   const enf_case *c, const enf_calendar *cal,
		   const enf_case_rules *rules, enf_date date);

/**
 * The Tết blackout of a year: the days on which the enforcement agency
 * organises no coercion with mobilised forces (cưỡng chế có huy động lực
 * lượng), blackout_days_before days before Tết and blackout_days_after
 * days after it (15 and 15: Decree 152/2026 Art 42(2), Decree 62/2015 Art
 * 13(2)), Tết being the first blackout_tet_days days of the lunar year
 * (3). For Tết 2026 (Tuesday 17 February): 2 February to 6 March 2026.
 * The same article also bars it on the traditional days of policy
 * beneficiaries who are debtors and in other special cases, which the
 * caller knows and this function does not.
 * @param[out] out first and last day of the blackout; unchanged on error.
 * @param year the solar year in which that lunar year begins, 1900-2100.
 * @param rules NULL for the rules of the regime in force on the first day
 *        of that lunar year.
 * @return ENF_OK, ENF_EINVALID (out NULL, rules not valid), ENF_EVERSION,
 *         ENF_ERANGE (year outside 1900-2100) or ENF_ENOTFOUND (the rules
 *         have no blackout: blackout_tet_days is 0).
 */
ENF_EXTERN(enf_status)
enf_coercion_blackout(enf_period *out, int year, const enf_case_rules *rules);

/**
 * Whether coercion with mobilised forces may be organised on a date as
 * far as the Tết blackout goes: 0 when the date lies in the blackout
 * (enf_coercion_blackout()) of its year or of the next year (a blackout
 * of at most 120 days before Tết may begin in the year before).
 * @param[out] out 1 if the date is outside every blackout, 0 inside one;
 *        unchanged on error.
 * @param date the day asked about.
 * @param rules NULL for the rules of the regime in force on the first day
 *        of each lunar year.
 * @return ENF_OK, ENF_EINVALID, ENF_EVERSION, ENF_ERANGE (date outside
 *         1900-2100) or ENF_ENOTFOUND (the rules have no blackout).
 */
ENF_EXTERN(enf_status)
enf_coercion_allowed(int *out, enf_date date, const enf_case_rules *rules);

/** What a delegated verification is about (Decree 152/2026 Art 21(5)). */
typedef enum enf_verify_subject {
	/** Real estate, or movables whose ownership or use is registered:
	 * 30 days (point a). */
	ENF_VERIFY_REGISTERED = 0,
	/** The same when the verification is difficult or complex: up to
	 * 45 days (point a). */
	ENF_VERIFY_REGISTERED_COMPLEX = 1,
	/** Other assets and information: 15 days (point b). */
	ENF_VERIFY_OTHER = 2,
	/** Account information, or a provisional emergency measure being
	 * enforced: at once (point c). */
	ENF_VERIFY_ACCOUNT = 3
} enf_verify_subject;

/**
 * The last day on which an enforcement agency that was delegated a
 * verification (ủy quyền xác minh) must answer the agency that delegated
 * it: the days of enf_case_rules (delegated_reply_days,
 * delegated_reply_days_complex, delegated_reply_days_other) counted from
 * the day the delegation was received as the Civil Code counts (date.h),
 * or that day itself for accounts and provisional measures ("ngay").
 * Received Wednesday 1 July 2026, real estate: 31 July 2026.
 * @param[out] out the last day; unchanged on error.
 * @param cal the working-day calendar.
 * @param received the day the delegation was received.
 * @param subject what the verification is about.
 * @param rules NULL for the rules of the regime in force on that day.
 * @return ENF_OK, ENF_EINVALID (NULL, unknown subject, rules not valid),
 *         ENF_EVERSION, ENF_ERANGE (a date outside the calendar) or
 *         ENF_ENOTFOUND (the rules set no limit for the subject, as before
 *         1 July 2026).
 */
ENF_EXTERN(enf_status)
enf_delegated_verification_due(enf_date *out, const enf_calendar *cal,
			       enf_date received, enf_verify_subject subject,
			       const enf_case_rules *rules);

/* ---------------------------------------------------------------------- */
/* Register                                                                */

/** A collection of cases, keyed by (office, decision number). */
typedef struct enf_register enf_register;

/**
 * Creates an empty register.
 * @param[out] out the register, to free with enf_register_free(); NULL on
 *        error.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status) enf_register_new(enf_register **out);

/**
 * Frees a register and every case in it; a snapshot lets go of its cases,
 * each freed once nothing else holds it.
 * @param reg the register or snapshot; NULL is a no-op.
 */
ENF_EXTERN(void) enf_register_free(enf_register *reg);

/**
 * Adds a case; on success the register owns it.
 * @param reg the register.
 * @param c the case, which no register owns yet.
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_ESTATE (a case with the same
 *         office and decision number is already registered, or reg is a
 *         snapshot) or ENF_ENOMEM; on error the caller still owns the case.
 */
ENF_EXTERN(enf_status) enf_register_add(enf_register *reg, enf_case *c);

/**
 * Number of cases.
 * @param reg the register, or NULL.
 * @return the count; 0 for NULL.
 */
ENF_EXTERN(size_t) enf_register_count(const enf_register *reg);

/**
 * The i-th case in insertion order, borrowed from the register: valid
 * until the register is freed or the case is replaced by its copy
 * (enf_register_apply() on a case a snapshot shares). A case borrowed
 * from a snapshot stays valid as long as the snapshot, and cannot be
 * changed through (ENF_ESTATE).
 * @param[out] borrowed the case, owned by the register (not to be freed);
 *        unchanged on error.
 * @param reg the register.
 * @param i the case's index, from 0.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE.
 */
ENF_EXTERN(enf_status)
enf_register_at(enf_case **borrowed, const enf_register *reg, size_t i);

/**
 * The case of an office and decision number, borrowed.
 * @param[out] borrowed the case, owned by the register (not to be freed);
 *        unchanged on error.
 * @param reg the register.
 * @param office the office code.
 * @param decision_no the decision number.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOTFOUND.
 */
ENF_EXTERN(enf_status)
enf_register_find(enf_case **borrowed, const enf_register *reg,
		  const char *office, const char *decision_no);

/**
 * A snapshot of a register: a read-only register holding the same cases
 * in the same order, with the same lookups, which nothing changes
 * afterwards. It shares the cases (the array and index of pointers are
 * copied, each case is held once more; no case is copied): O(cases) time
 * and about 32 bytes a case. Every function that reads a register takes
 * it (reports, worklists, columns, exports, JSON); every function that
 * writes one refuses it (ENF_ESTATE, the message saying it is a
 * snapshot). While a snapshot holds a case, the register changes that
 * case only through enf_register_apply(), which gives the register a copy
 * and leaves the snapshot the old one. A snapshot of a snapshot is a
 * snapshot too. Free it with enf_register_free(), on any thread: the last
 * holder of a case frees it. See "Threads" at the top of this header.
 * @param[out] out the snapshot, to free with enf_register_free(); NULL on
 *        error.
 * @param reg the register (or snapshot); only read, but not while a
 *        writer changes it (take the snapshot on the writer's thread or
 *        under its lock).
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ENOMEM; reg is unchanged on
 *         error.
 */
ENF_EXTERN(enf_status)
enf_register_snapshot(enf_register **out, const enf_register *reg);

/**
 * The index of the case of an office and decision number: where
 * enf_register_at() and enf_register_apply() find it (cases keep their
 * index for the life of the register).
 * @param[out] out the index; unchanged on error.
 * @param reg the register.
 * @param office the office code.
 * @param decision_no the decision number.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ENOTFOUND.
 */
ENF_EXTERN(enf_status)
enf_register_index(size_t *out, const enf_register *reg, const char *office,
		   const char *decision_no);

/**
 * Whether a register is a snapshot (enf_register_snapshot()), and so
 * read-only.
 * @param reg the register, or NULL.
 * @return 1 for a snapshot, 0 otherwise (and for NULL).
 */
ENF_EXTERN(int) enf_register_is_snapshot(const enf_register *reg);

/**
 * Applies an event to a registered case, as enf_case_apply() does: the
 * writer's way to change a register that snapshots may share. When a
 * snapshot holds the case, the event is checked against it, then the
 * register gets a copy of the case that takes the event (copy on write:
 * the snapshot keeps the old case, unchanged); otherwise the event is
 * appended in place. Pointers borrowed from the register before the call
 * (enf_register_at(), enf_register_find()) may then point at the old
 * case: borrow again after it.
 * @param reg the register; not a snapshot.
 * @param index the case's index, from 0 (enf_register_count()).
 * @param ev the event, checked as enf_case_apply() checks it.
 * @return ENF_OK, ENF_EINVALID (NULL, bad event), ENF_ERANGE (index out of
 *         range, invalid date), ENF_ESTATE (reg is a snapshot, or the
 *         event is not legal in the case's state: the message names the
 *         index, the case, the state and the event) or ENF_ENOMEM; on
 *         error the register, its cases and every snapshot are unchanged.
 */
ENF_EXTERN(enf_status)
enf_register_apply(enf_register *reg, size_t index, const enf_event *ev);

/** Which cases a filter keeps. Start from enf_filter_init(): a NULL office
 * and zero masks and flags keep everything; a mask bit that names no
 * value is refused (ENF_EINVALID); an office of "" keeps nothing. */
typedef struct enf_filter {
	unsigned int version; /**< ENF_FILTER_VERSION */
	const char *office;   /**< office code, or NULL for all */
	unsigned int states;  /**< bitmask of 1u << state on `date`; 0 = all */
	unsigned int modes;   /**< bitmask of 1u << mode; 0 = all */
	unsigned int judgment_kinds;   /**< bitmask of 1u << kind; 0 = all */
	unsigned int obligation_kinds; /**< keep cases with an obligation of
					  one of these kinds; 0 = all */
	unsigned int flags;	       /**< keep cases with all these flags */
	enf_date date;		       /**< the as-of date for states */
} enf_filter;

/** The current version of ::enf_filter. */
#define ENF_FILTER_VERSION 1
/** The defaults enf_filter_init() fills: keep every case, date
 * ENF_DATE_NONE. */
#define ENF_FILTER_INIT                                                        \
	{                                                                      \
		ENF_FILTER_VERSION, NULL, 0, 0, 0, 0, 0, ENF_DATE_NONE         \
	}

/**
 * Fills a filter with its defaults (keep everything; date ENF_DATE_NONE);
 * at ENF_FILTER_VERSION the same value as ENF_FILTER_INIT.
 * @param[out] f the filter to fill.
 * @param version ENF_FILTER_VERSION.
 * @return ENF_OK, ENF_EINVALID or ENF_EVERSION (version outside
 *         1..ENF_FILTER_VERSION; the message names "version").
 */
ENF_EXTERN(enf_status) enf_filter_init(enf_filter *f, unsigned int version);

/**
 * Indices of the cases a filter keeps, in register order.
 * @param[out] out array of cap indices; may be NULL when cap is 0 (to ask
 *        for the count).
 * @param cap the number of indices out can hold.
 * @param[out] count number kept; set even when cap is too small.
 * @param reg the register.
 * @param f NULL keeps every case.
 * @return ENF_OK, ENF_EINVALID (NULL, unknown mask bits, a states mask
 *         without a valid date), ENF_EVERSION or ENF_EBUFSIZE (cap too
 *         small; *count is the number needed and out is not written).
 */
ENF_EXTERN(enf_status)
enf_register_filter(size_t *out, size_t cap, size_t *count,
		    const enf_register *reg, const enf_filter *f);

/** One line of a worklist. */
typedef struct enf_work_item {
	size_t case_index;     /**< index in the register */
	enf_deadline deadline; /**< the deadline due */
} enf_work_item;

/**
 * The worklist on a date: every deadline of the kept cases that is due on
 * or before date, ordered by due date, then case index, then kind. A case
 * whose deadline cannot be computed (a due date past the calendar's end)
 * fails the whole call, naming the case.
 * @param[out] out array of cap items; may be NULL when cap is 0.
 * @param cap the number of items out can hold.
 * @param[out] count number of items; set even when cap is too small.
 * @param reg the register.
 * @param f NULL for all cases; f->date is ignored (date is used).
 * @param cal the working-day calendar the periods are counted with.
 * @param rules NULL for the regime in force on date.
 * @param date the day the worklist is drawn up for.
 * @return ENF_OK, ENF_EINVALID, ENF_EVERSION (filter version), ENF_ERANGE
 *         (date or a due date outside the calendar), ENF_EBUFSIZE (nothing
 *         written; *count is the number needed) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_register_worklist(enf_work_item *out, size_t cap, size_t *count,
		      const enf_register *reg, const enf_filter *f,
		      const enf_calendar *cal, const enf_case_rules *rules,
		      enf_date date);

/** One line of a worklist with explicit dates
 * (enf_register_worklist_window()). */
typedef struct enf_worklist_item {
	size_t case_index;     /**< index in the register */
	enf_deadline deadline; /**< the deadline due */
	int overdue;	       /**< 1 if due before as_of: already missed */
} enf_worklist_item;

/**
 * The worklist of a window of days: the deadlines open on as_of (the
 * cases' states and events as of the end of as_of, as
 * enf_case_deadlines() on as_of: later events are not looked at) that
 * fall due on or before until, ordered by due date, then case index, then
 * kind. Those due before as_of are flagged overdue. A voluntary period
 * still running on as_of is listed when it ends by until (the debtor's
 * deadline, which tells the office when coercion may start); one that
 * ended before as_of is not (enf_case_deadlines()). With as_of == until
 * the items are those of enf_register_worklist() on that date. The filter
 * keeps cases by their state on as_of.
 * @param[out] out array of cap items; may be NULL when cap is 0.
 * @param cap the number of items out can hold.
 * @param[out] count number of items; set even when cap is too small.
 * @param reg the register.
 * @param f NULL for all cases; f->date is ignored (as_of is used).
 * @param cal the working-day calendar the periods are counted with.
 * @param rules NULL for the regime in force on as_of.
 * @param as_of the day the office stands on ("today").
 * @param until the last due day looked at; not before as_of.
 * @return ENF_OK, ENF_EINVALID (NULL, until before as_of: the message
 *         shows both dates), ENF_EVERSION (filter version), ENF_ERANGE
 *         (a date or a due date outside the calendar), ENF_EBUFSIZE
 *         (nothing written; *count is the number needed) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_register_worklist_window(enf_worklist_item *out, size_t cap, size_t *count,
			     const enf_register *reg, const enf_filter *f,
			     const enf_calendar *cal,
			     const enf_case_rules *rules, enf_date as_of,
			     enf_date until);

ENF_END_DECL

#endif /* ENF_CASE_H */
