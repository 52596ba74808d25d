/*
 * The `enforcement` command: what the subcommand files share (argument
 * parsing, messages and exit codes, loading a register). Public API only.
 */
#ifndef ENF_CLI_H
#define ENF_CLI_H

#include <enforcement.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Exit codes (documented in docs/enforcement.1). */
#define CLI_OK	  0
#define CLI_BAD	  1    /* bad input: the message on stderr names it */
#define CLI_USAGE 2    /* unknown option, missing or extra argument */
#define CLI_HELP  (-1) /* --help was printed: exit 0 */

/* One option of a subcommand: "--name VALUE", "--name=VALUE", or a flag
 * (value NULL) that sets *flag to 1. */
typedef struct cli_opt {
	const char *name;   /* without the dashes */
	const char **value; /* where the text goes, or NULL for a flag */
	int *flag;	    /* for a flag */
} cli_opt;

/* What a subcommand is called with. */
typedef struct cli_cmd {
	const char *name; /* "report", "auction plan", ... */
	const char *help; /* the text --help prints */
} cli_cmd;

/* Reads argv into the options and up to maxpos positionals; --help or -h
 * prints the help. Returns CLI_OK, CLI_HELP or CLI_USAGE (message
 * printed). */
int cli_parse(const cli_cmd *cmd, int argc, char **argv, const cli_opt *opts,
	      const char **pos, size_t minpos, size_t maxpos, size_t *npos);

/* "enforcement CMD: ARG: message" on stderr; returns CLI_BAD. */
int cli_fail(const cli_cmd *cmd, const char *arg, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
/* The same with the library's last error as the message. */
int cli_fail_lib(const cli_cmd *cmd, const char *arg);
/* "enforcement CMD: message (see enforcement CMD --help)"; CLI_USAGE. */
int cli_usage(const cli_cmd *cmd, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Conversions of arguments; each returns CLI_OK or the CLI_BAD of a
 * message naming arg. */
int cli_date(const cli_cmd *cmd, const char *arg, const char *text,
	     enf_date *out);
int cli_int(const cli_cmd *cmd, const char *arg, const char *text, int64_t lo,
	    int64_t hi, int64_t *out);
int cli_money(const cli_cmd *cmd, const char *arg, const char *text,
	      enf_money *out);
int cli_percent(const cli_cmd *cmd, const char *arg, const char *text,
		int64_t *out);
int cli_locale(const cli_cmd *cmd, const char *text, enf_locale *out);
/* The index of text in a NULL-terminated list of words, or the CLI_BAD
 * of a message listing them (*out unchanged). */
int cli_word(const cli_cmd *cmd, const char *arg, const char *text,
	     const char *const *words, int *out);
/* Today's date from the clock (local time). */
enf_date cli_today(void);

/* Reads a whole file (NUL-terminated) or names it in a message. */
int cli_read_file(const cli_cmd *cmd, const char *arg, const char *path,
		  char **out);
/* Writes len bytes to stdout, or fails naming "stdout". */
int cli_write(const cli_cmd *cmd, const char *text, size_t len);

/* Loads the register of one or more directories, with a progress line
 * on stderr when it takes over a second and stderr is a terminal. */
int cli_load(const cli_cmd *cmd, const char *const *dirs, size_t count,
	     enf_register **out);

/* JSON text to a stream: a string with escapes, a date or null. */
void cli_json_str(FILE *f, const char *s);
void cli_json_date(FILE *f, enf_date d);
/* A date as YYYY-MM-DD (11 bytes) or "" for none. */
const char *cli_date_text(char buf[11], enf_date d);

/* The report's chart of a measure (cli_report.c) and its html page
 * (cli_html.c). */
int cli_report_chart(char **out, size_t *len,
		     const enf_stats_report *const *reps, size_t n,
		     enf_measure m, int64_t target, const char *title,
		     enf_locale loc);
int cli_report_html(const enf_stats_report *const *reps, size_t n,
		    const enf_table_options *opts);

/* The subcommands (cli_report.c, cli_case.c, cli_calc.c, cli_auction.c). */
int cli_report(int argc, char **argv);
int cli_validate(int argc, char **argv);
int cli_case(int argc, char **argv);
int cli_worklist(int argc, char **argv);
int cli_check(int argc, char **argv);
int cli_auction(int argc, char **argv);
int cli_fee(int argc, char **argv);
int cli_interest(int argc, char **argv);
int cli_rules(int argc, char **argv);
int cli_calendar(int argc, char **argv);

#endif /* ENF_CLI_H */
