/**
 * @file enforcement/programme.h
 * @brief Programmes that offices put cases to (a commune mobilisation
 *        team, a campaign), the assignment of cases in the case log, and
 *        the report of what the programme did against comparable cases.
 *
 * Sóc Trăng, 2017: three district offices each put a list of cases (225,
 * 240 and 983) to commune mobilisation teams (tổ vận động thi hành án, a
 * local model no statute sets up) and reported the cases and money done
 * among them and the rates. A programme here is a code and name, the
 * offices taking part and its first and last day, and a number (0-255)
 * that its assignments carry in the log (::ENF_EV_PROGRAMME_ASSIGNED,
 * detail = the number). Programmes are the caller's data, not part of
 * the register files; the assignments are events like any other and go
 * through events.csv and the JSON form ("programme_assigned", detail).
 *
 * The report of a programme (::enf_programme_report), per office taking
 * part, counts:
 * - assigned: the cases of the office put to the programme from its first
 *   day to the end of the report; by money, what each still owed (owed
 *   less collected and reduced) when it was put; done: the cases that
 *   count as done (performed or terminated, case.h) at the end; money
 *   done: collected from the assignment to the end, at most the money put;
 * - others: the comparable cases not put to it: of the same office, of a
 *   mode of an assigned case of that office, counted with means and not
 *   done on the office's first assignment date, which is where their
 *   money and collections are counted from; the same measures at the end.
 * Rates are enf_stats_rate() (hundredths of a percent, half-up); the
 * difference is assigned minus others, in points.
 */
#ifndef ENF_PROGRAMME_H
#define ENF_PROGRAMME_H

#include "case.h"
#include "common.h"
#include "date.h"
#include "money.h"
#include "stats.h"

ENF_BEGIN_DECL

/** The largest programme number (the log keeps it in a byte). */
#define ENF_PROGRAMME_NUMBER_MAX 255

/** A programme. Strings are the caller's; the report copies them. */
typedef struct enf_programme {
	unsigned int version; /**< ENF_PROGRAMME_VERSION */
	int32_t number;	      /**< 0..255: the detail of its assignments */
	const char *code;     /**< required, e.g. "ST-TVD-2017" */
	const char *name;     /**< may be NULL */
	const char *const *offices; /**< the office codes taking part */
	size_t noffices;	    /**< at least 1, each code once */
	enf_period period;	    /**< first and last day */
} enf_programme;

/** The current version of ::enf_programme. */
#define ENF_PROGRAMME_VERSION 1
/** The defaults enf_programme_init() fills: number 0, no code, name or
 * office, no dates. */
#define ENF_PROGRAMME_INIT                                                     \
	{                                                                      \
		ENF_PROGRAMME_VERSION, 0, NULL, NULL, NULL, 0,                 \
		{                                                              \
			ENF_DATE_NONE, ENF_DATE_NONE                           \
		}                                                              \
	}

/**
 * Fills p with ENF_PROGRAMME_INIT, for bindings that cannot use the macro.
 * @param[out] p the programme to fill.
 * @param version ENF_PROGRAMME_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION (the message names
 *         "version").
 */
ENF_EXTERN(enf_status)
enf_programme_init(enf_programme *p, unsigned int version);

/**
 * Puts the case of an office and decision number to a programme on a
 * date: appends ::ENF_EV_PROGRAMME_ASSIGNED with the programme's number,
 * after checking that the office takes part and the date lies in the
 * programme's period; the case model then checks the state (voluntary,
 * with or without means) and that the case is not already put to it.
 * @param reg the register holding the case.
 * @param p the programme.
 * @param office the case's office code.
 * @param decision_no the case's decision number.
 * @param date the day the case is put to the programme.
 * @return ENF_OK, ENF_EINVALID (NULL, a programme that is not valid, an
 *         office not taking part, a date outside the period: dates shown
 *         as YYYY-MM-DD), ENF_EVERSION, ENF_ERANGE, ENF_ENOTFOUND (no such
 *         case), ENF_ESTATE (not legal in the case's state, or reg is a
 *         snapshot) or ENF_ENOMEM; the register and its snapshots are
 *         unchanged on error. A case that a snapshot shares is copied
 *         first, as enf_register_apply() does.
 */
ENF_EXTERN(enf_status)
enf_programme_assign(enf_register *reg, const enf_programme *p,
		     const char *office, const char *decision_no,
		     enf_date date);

/** Counts and money of one group of cases. */
typedef struct enf_programme_figures {
	int64_t cases;	      /**< cases put (or comparable) */
	int64_t cases_done;   /**< of them, done at the end */
	enf_money money;      /**< money put (or outstanding), VND */
	enf_money money_done; /**< of it, collected by the end, VND */
} enf_programme_figures;

/** One office of a report (or the total). */
typedef struct enf_programme_row {
	const char *office;		/**< borrowed; "" for the total */
	enf_programme_figures assigned; /**< put to the programme */
	enf_programme_figures others;	/**< comparable, not put to it */
} enf_programme_row;

/** A rate that cannot be computed (nothing put, or nothing comparable). */
#define ENF_PROGRAMME_NO_RATE INT64_MIN

/** The rates of a row, in hundredths of a percent (precision 2). */
typedef struct enf_programme_rates {
	int64_t cases;	     /**< assigned: cases done / put */
	int64_t money;	     /**< assigned: money done / put */
	int64_t other_cases; /**< others: cases done / comparable */
	int64_t other_money; /**< others: money done / outstanding */
	int64_t diff_cases;  /**< cases - other_cases, points (signed) */
	int64_t diff_money;  /**< money - other_money, points (signed) */
} enf_programme_rates;

/** The report of a programme: one row per office taking part. */
typedef struct enf_programme_report enf_programme_report;

/**
 * Counts the cases of a register for a programme up to a date (or the
 * programme's last day, if earlier).
 * @param[out] out the report, to free with enf_programme_report_free();
 *        NULL on error.
 * @param reg the register.
 * @param p the programme.
 * @param date the end of the report: on or after the programme's first
 *        day.
 * @return ENF_OK, ENF_EINVALID (NULL, a programme that is not valid, a
 *         date before its first day), ENF_EVERSION, ENF_ERANGE,
 *         ENF_EOVERFLOW or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_programme_report_new(enf_programme_report **out, const enf_register *reg,
			 const enf_programme *p, enf_date date);

/**
 * Frees a programme report.
 * @param rep the report; NULL is a no-op.
 */
ENF_EXTERN(void) enf_programme_report_free(enf_programme_report *rep);

/**
 * The programme's code.
 * @param rep the report, or NULL.
 * @return borrowed from the report; "" for NULL.
 */
ENF_EXTERN(const char *)
enf_programme_report_code(const enf_programme_report *rep);

/**
 * The period a report covers: the programme's first day to the end of
 * the report.
 * @param[out] out the period; unchanged on error.
 * @param rep the report.
 * @return ENF_OK or ENF_EINVALID (NULL); out unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_programme_report_period(enf_period *out, const enf_programme_report *rep);

/**
 * Number of office rows, the total not counted.
 * @param rep the report, or NULL.
 * @return the number of offices; 0 for NULL.
 */
ENF_EXTERN(size_t)
enf_programme_report_count(const enf_programme_report *rep);

/**
 * Row i (offices in byte order of their codes), or the total of all rows
 * for i equal to enf_programme_report_count() (office "").
 * @param[out] out the row; its office is borrowed from the report.
 * @param rep the report.
 * @param i the row, 0..enf_programme_report_count().
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ERANGE (i past the total);
 *         out unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_programme_report_row(enf_programme_row *out,
			 const enf_programme_report *rep, size_t i);

/**
 * The rates of row i (or of the total, as enf_programme_report_row()),
 * each ENF_PROGRAMME_NO_RATE when its denominator is 0, and the
 * differences when both of their rates are known.
 * @param[out] out the rates, hundredths of a percent.
 * @param rep the report.
 * @param i the row, 0..enf_programme_report_count().
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE; out unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_programme_report_rates(enf_programme_rates *out,
			   const enf_programme_report *rep, size_t i);

/**
 * Adds the rows of src to dst (the report of the union of their cases:
 * rows of the same office add, new offices are added in order). The
 * codes and periods must be equal.
 * @param dst the report added to.
 * @param src the report added; unchanged.
 * @return ENF_OK, ENF_EINVALID (NULL, different codes or periods: the
 *         message names both), ENF_EOVERFLOW or ENF_ENOMEM; dst unchanged
 *         on error.
 */
ENF_EXTERN(enf_status)
enf_programme_report_merge(enf_programme_report *dst,
			   const enf_programme_report *src);

/**
 * The report as JSON (docs/schemas/programme-report.schema.json):
 * {"schema": "enforcement-programme-report/1", "format":
 * "enforcement-programme-report", "version": 1, "code", "name", "number",
 * "period": [first, last], "offices": [{"office", "assigned": {"cases",
 * "cases_done", "money", "money_done"}, "others": {...}}, ...]}.
 * @param[out] out to free with enf_free(); NULL on error.
 * @param[out] len its length (may be NULL).
 * @param rep the report.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_programme_report_to_json(char **out, size_t *len,
			     const enf_programme_report *rep);

/**
 * Reads a report written by enf_programme_report_to_json(); strict as
 * enf_stats_report_from_json() ("schema" optional, as files written
 * before it came in lack it, and "enforcement-programme-report/1" when
 * there; each key once, no unknown key, counts
 * never negative, done never above put, offices in order and once).
 * @param[out] out the report; NULL on error.
 * @param text NUL-terminated UTF-8 JSON.
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_EPARSE (with the line and the
 *         field) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_programme_report_from_json(enf_programme_report **out, const char *text);

/**
 * The report as compact bytes (little-endian, versioned, with a CRC-32,
 * as enf_stats_report_to_bytes()), to store or send.
 * @param[out] bytes to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes.
 * @param rep the report.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_programme_report_to_bytes(char **bytes, size_t *len,
			      const enf_programme_report *rep);

/**
 * Reads a report written by enf_programme_report_to_bytes(), every field
 * checked as enf_programme_report_from_json() does.
 * @param[out] out the report; NULL on error.
 * @param data the bytes.
 * @param len their number.
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_EPARSE (the message says what
 *         is wrong: header, checksum, a text, the order of the offices,
 *         figures) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_programme_report_from_bytes(enf_programme_report **out, const char *data,
				size_t len);

/**
 * Writes the report as a table, one line per office and the total: cases
 * and money put and done with their rates, the same for the comparable
 * cases, and the differences in points.
 * @param format ENF_TABLE_CSV, ENF_TABLE_CSV_BOM, ENF_TABLE_MARKDOWN or
 *        ENF_TABLE_JSON.
 * @param[out] out text to free with enf_free().
 * @param[out] len its length in bytes (may be NULL).
 * @param rep the report.
 * @param locale how figures are written, one of ::enf_locale.
 * @return ENF_OK, ENF_EINVALID (NULL, format or locale) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_programme_table(char **out, size_t *len, const enf_programme_report *rep,
		    enf_table_format format, enf_locale locale);

ENF_END_DECL

#endif /* ENF_PROGRAMME_H */
