/*
 * Private: the text form of auction rule sets (rules.h), shared by the
 * statement parser (auction_rules.c), the packed storage
 * (auction_rules_store.c), the lexer, word readers and writer
 * (auction_rules_text.c) and the built-in texts (auction_rules_data.c).
 * Nothing outside these four files includes it.
 */
#ifndef ENF_AUCTION_RULES_TEXT_H
#define ENF_AUCTION_RULES_TEXT_H

#include "auction_internal.h"

#define ENF__AUC_LINE_MAX  4096	 /* bytes of a line, without its newline */
#define ENF__AUC_STR_MAX   1024	 /* bytes of a string as the writer quotes it */
#define ENF__AUC_WORDS	   32	 /* words of a line */
#define ENF__AUC_ROUND_MAX 1000	 /* rounds, max-rounds, takeover after */
#define ENF__AUC_N_MAX	   10000 /* a period's count */
#define ENF__AUC_STMTS	   20	 /* statement keywords */

/* One word of a line; s is NUL-terminated in the parser's buffer. */
typedef struct enf__rt_word {
	const char *s;
	size_t len;
	int quoted; /* a quoted word is never a keyword */
} enf__rt_word;

/* A word for "%.*s": at most 40 bytes, not cutting UTF-8. */
#define ENF__W(w) enf__utf8_prefix((w)->s, 40), (w)->s

/* Kinds of per-round entries. */
enum { ENF__K_ROUND, ENF__K_BID, ENF__K_DEPOSIT, ENF__K_KINDS };

/*
 * A parse in progress. The work copy r has its strings in the arena
 * (sized to the text, never moved) or in base; NULL strings mean "".
 */
typedef struct enf__rt_parser {
	enf_auction_rules r;
	enf_auction_rules *base; /* the extended built-in, or NULL */
	char *arena;
	size_t used, cap;
	const char *fn; /* function named in messages; NULL:
			   "auction_rules_parse" */
	int depth;	/* 1 while parsing the base of an `extends` */
	long line;	/* 1-based line being read */
	long stmts;	/* statements so far, the current one included */
	long seen[ENF__AUC_STMTS]; /* line of each statement, 0 if none */
	int32_t last_from[ENF__K_KINDS];
	unsigned char own_step[ENF__AUC_STEPS]; /* step given in the text */
	char buf[ENF__AUC_LINE_MAX + 1];
	enf__rt_word w[ENF__AUC_WORDS];
	size_t nw, pos; /* words of the line; the next one to read */
} enf__rt_parser;

/* The keyword of the statement being read, for messages. */
static inline const char *enf__rt_kw(const enf__rt_parser *p)
{
	return p->w[0].s;
}

/* ---- auction_rules_text.c: lexer and word readers ----
 * Each fails with "auction_rules_parse: line N: `keyword`: ..." naming
 * the word at fault, and leaves its output unchanged. */

enf_status enf__rt_fail(const enf__rt_parser *p, enf_status st, const char *fmt,
			...) ENF__PRINTF(3, 4);
/* Splits line s[0..n) into p->w (decoded into p->buf). */
enf_status enf__rt_words(enf__rt_parser *p, const char *s, size_t n);
/* 1 if w is the bare keyword kw. */
int enf__rt_is(const enf__rt_word *w, const char *kw);
/* The next word, or NULL at the end of the line. */
const enf__rt_word *enf__rt_peek(const enf__rt_parser *p);
/* The next word must be the bare keyword kw. */
enf_status enf__rt_expect(enf__rt_parser *p, const char *kw);
/* The index in the NULL-terminated kws of the next word; what lists the
 * choices for a message. */
enf_status enf__rt_choice(enf__rt_parser *p, int *out, const char *const *kws,
			  const char *what);
/* A whole number in lo..hi. */
enf_status enf__rt_int(enf__rt_parser *p, int32_t *out, int32_t lo, int32_t hi,
		       const char *what);
/* A share N or N/D in 0..1 (N, D <= 10^12, D > 0), stored reduced. */
enf_status enf__rt_ratio(enf__rt_parser *p, enf__ratio *out, const char *what);
/* a <= b. */
int enf__rt_le(enf__ratio a, enf__ratio b);
/* A period: 0..10000 and a unit. */
enf_status enf__rt_period(enf__rt_parser *p, int32_t *n, enf_period_unit *unit,
			  const char *what);
/* A date YYYY-MM-DD in 1900..2100, or `none` (ENF_DATE_NONE). */
enf_status enf__rt_date(enf__rt_parser *p, enf_date *out);
/* A word copied into the arena; name: it may not be empty. */
enf_status enf__rt_string(enf__rt_parser *p, const char **out, const char *what,
			  int name);
/* The rest of the line: `cite S` and `note S`, each at most once, into
 * *why; why NULL: nothing may follow. */
enf_status enf__rt_tail(enf__rt_parser *p, enf__cite *why);

/* Words of the text form, indexed by enum value. */
extern const char *const enf__rt_unit_words[5];	  /* enf_period_unit */
extern const char *const enf__rt_end_words[6];	  /* enf__end_branch */
extern const char *const enf__rt_asset_words[3];  /* enf__asset_kind */
extern const char *const enf__rt_settle_words[2]; /* enf__settlement */

/* ---- auction_rules.c ---- */

/* Splits text into lines, each into words, and calls statement for
 * every line that has words; stops at the first error. The line reader
 * of every text form of the rules layer. */
enf_status enf__rt_lines(enf__rt_parser *p, const char *text,
			 enf_status (*statement)(enf__rt_parser *p, void *ctx),
			 void *ctx);

/* Parses text; depth 1 for the base of an `extends` (no `extends` of its
 * own). Sets *out or fails with a message (*out untouched). */
enf_status enf__rt_parse(enf_auction_rules **out, const char *text, int depth);

/* ---- auction_rules_store.c ---- */

/* Copies a parsed work set into a new object whose strings live in one
 * buffer it owns (entries past the counts zeroed, every string non-NULL). */
enf_status enf__rt_pack(enf_auction_rules **out, const enf_auction_rules *work);

/* Parses the i-th built-in at a depth (auction_rules.c, beside the
 * parser: an `extends` loads a built-in). */
enf_status enf__rt_builtin_load(enf_auction_rules **out, size_t i, int depth);

/* ---- auction_rules_data.c: the built-in texts (calls nothing above) ---- */

/* The index of a built-in id, or -1. */
int enf__rt_builtin_find(const char *id);
/* The ids as "VN-2008, VN-2014, ..." in buf (truncated to size). */
void enf__rt_builtin_list(char *buf, size_t size);
/* How many built-in sets there are. */
size_t enf__rt_builtin_count(void);
/* The lines of the i-th built-in (i < enf__rt_builtin_count()), ending
 * with NULL. */
const char *const *enf__rt_builtin_lines(size_t i);

#endif /* ENF_AUCTION_RULES_TEXT_H */
