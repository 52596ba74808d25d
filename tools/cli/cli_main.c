/*
 * The `enforcement` command: the library's calculators, reports and
 * checks for shell scripts, report writers and back ends in any language.
 * Exit codes: 0 ok, 1 bad input (the message on stderr names the
 * argument), 2 usage. This file holds main() and what the subcommands
 * share; each group of subcommands has its own file.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: enforcement COMMAND [ARGS...]\n"
	"\n"
	"Commands (enforcement COMMAND --help for each):\n"
	"  report DIR... --period P   the indicator table with rates, "
	"targets, growth\n"
	"  validate DIR               every error of a register's CSV files\n"
	"  case DIR OFFICE NO         one case: status, money, deadlines, "
	"history\n"
	"  worklist DIR --as-of D --until D   the deadlines due in a window\n"
	"  check --done N --rate R    denominators behind a published rate\n"
	"  check --identities FILE    the identities between published rows\n"
	"  auction plan|replay        the price-reduction sequence of a sale\n"
	"  fee --amount A --date D    the enforcement fee on an amount\n"
	"  interest --principal P --from D --to D   late-payment interest\n"
	"  rules                      the catalogue of dated legal figures\n"
	"  calendar workdays|end|tet  working days, period ends, Tết\n"
	"\n"
	"Exit codes: 0 ok, 1 bad input (message on stderr), 2 usage.\n"
	"Dates are YYYY-MM-DD. See enforcement(1).\n";

int cli_usage(const cli_cmd *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "enforcement %s: ", cmd->name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (see enforcement %s --help)\n", cmd->name);
	return CLI_USAGE;
}

int cli_fail(const cli_cmd *cmd, const char *arg, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "enforcement %s: ", cmd->name);
	if (arg != NULL)
		fprintf(stderr, "%s: ", arg);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return CLI_BAD;
}

int cli_fail_lib(const cli_cmd *cmd, const char *arg)
{
	return cli_fail(cmd, arg, "%s", enf_last_error());
}

static const cli_opt *find_opt(const cli_opt *opts, const char *name,
			       size_t len)
{
	for (; opts != NULL && opts->name != NULL; opts++)
		if (strlen(opts->name) == len &&
		    strncmp(opts->name, name, len) == 0)
			return opts;
	return NULL;
}

static int take_opt(const cli_cmd *cmd, const cli_opt *opts, int argc,
		    char **argv, int *i)
{
	const char *name = argv[*i] + 2, *eq = strchr(name, '=');
	size_t len = eq != NULL ? (size_t)(eq - name) : strlen(name);
	const cli_opt *o = find_opt(opts, name, len);

	if (o == NULL)
		return cli_usage(cmd, "unknown option %s", argv[*i]);
	if (o->value == NULL) {
		if (eq != NULL)
			return cli_usage(cmd, "--%s takes no value", o->name);
		*o->flag = 1;
		return CLI_OK;
	}
	if (eq != NULL) {
		*o->value = eq + 1;
		return CLI_OK;
	}
	if (*i + 1 >= argc)
		return cli_usage(cmd, "--%s needs a value", o->name);
	*o->value = argv[++*i];
	return CLI_OK;
}

int cli_parse(const cli_cmd *cmd, int argc, char **argv, const cli_opt *opts,
	      const char **pos, size_t minpos, size_t maxpos, size_t *npos)
{
	int rc, only_pos = 0;

	*npos = 0;
	for (int i = 0; i < argc; i++) {
		if (!only_pos && (strcmp(argv[i], "--help") == 0 ||
				  strcmp(argv[i], "-h") == 0)) {
			fputs(cmd->help, stdout);
			return CLI_HELP;
		}
	}
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];

		if (!only_pos && strcmp(a, "--") == 0) {
			only_pos = 1;
		} else if (!only_pos && a[0] == '-' && a[1] == '-') {
			if ((rc = take_opt(cmd, opts, argc, argv, &i)) != 0)
				return rc;
		} else if (!only_pos && a[0] == '-' && a[1] != '\0' &&
			   !(a[1] >= '0' && a[1] <= '9')) {
			return cli_usage(cmd, "unknown option %s", a);
		} else if (*npos == maxpos) {
			return cli_usage(cmd, "unexpected argument '%s'", a);
		} else {
			pos[(*npos)++] = a;
		}
	}
	if (*npos < minpos)
		return cli_usage(cmd, "missing argument%s",
				 minpos > 1 ? "s" : "");
	return CLI_OK;
}

int cli_date(const cli_cmd *cmd, const char *arg, const char *text,
	     enf_date *out)
{
	enf_date d;

	/* ISO only: a day/month form would be ambiguous in scripts. */
	if (strlen(text) != 10 || text[4] != '-' || text[7] != '-' ||
	    enf_date_parse(&d, text) != ENF_OK)
		return cli_fail(cmd, arg,
				"'%s' is not a date; expected YYYY-MM-DD",
				text);
	*out = d;
	return CLI_OK;
}

int cli_int(const cli_cmd *cmd, const char *arg, const char *text, int64_t lo,
	    int64_t hi, int64_t *out)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(text, &end, 10);
	if (text[0] == '\0' || *end != '\0' || errno != 0)
		return cli_fail(cmd, arg, "'%s' is not a whole number", text);
	if (v < lo || v > hi)
		return cli_fail(cmd, arg, "%lld is out of %lld..%lld", v,
				(long long)lo, (long long)hi);
	*out = v;
	return CLI_OK;
}

int cli_money(const cli_cmd *cmd, const char *arg, const char *text,
	      enf_money *out)
{
	enf_money m;

	if (enf_money_parse(&m, text) != ENF_OK)
		return cli_fail(cmd, arg,
				"'%s' is not an amount of VND (e.g. 1500000, "
				"\"1.500.000 đ\", \"281,2 tỷ\")",
				text);
	if (m < 0)
		return cli_fail(cmd, arg, "'%s' is negative", text);
	*out = m;
	return CLI_OK;
}

int cli_percent(const cli_cmd *cmd, const char *arg, const char *text,
		int64_t *out)
{
	int64_t p;

	if (enf_percent_parse(&p, text) != ENF_OK)
		return cli_fail(cmd, arg,
				"'%s' is not a percentage (e.g. 62.91 or "
				"62,91%%)",
				text);
	if (p < 0)
		return cli_fail(cmd, arg, "'%s' is negative", text);
	*out = p;
	return CLI_OK;
}

int cli_word(const cli_cmd *cmd, const char *arg, const char *text,
	     const char *const *words, int *out)
{
	char list[256] = "";

	for (int i = 0; words[i] != NULL; i++) {
		if (strcmp(words[i], text) == 0) {
			*out = i;
			return CLI_OK;
		}
		if (strlen(list) + strlen(words[i]) + 3 < sizeof(list)) {
			if (i > 0)
				strcat(list, ", ");
			strcat(list, words[i]);
		}
	}
	return cli_fail(cmd, arg, "'%s' is not one of %s", text, list);
}

int cli_locale(const cli_cmd *cmd, const char *text, enf_locale *out)
{
	static const char *const words[] = {"en", "vi", NULL};
	int w;

	if (text == NULL) {
		*out = ENF_LOCALE_EN;
		return CLI_OK;
	}
	if (cli_word(cmd, "--locale", text, words, &w) != CLI_OK)
		return CLI_BAD;
	*out = w == 1 ? ENF_LOCALE_VI : ENF_LOCALE_EN;
	return CLI_OK;
}

enf_date cli_today(void)
{
	time_t now = time(NULL);
	struct tm tm;
	enf_date d = ENF_DATE_NONE;

	if (localtime_r(&now, &tm) != NULL)
		enf_date_from_ymd(&d, tm.tm_year + 1900, tm.tm_mon + 1,
				  tm.tm_mday);
	return d;
}

int cli_read_file(const cli_cmd *cmd, const char *arg, const char *path,
		  char **out)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (f == NULL)
		return cli_fail(cmd, arg, "cannot read '%s': %s", path,
				strerror(errno));
	do {
		if (cap - len < 4096) {
			char *p = realloc(buf, cap * 2 + 4096);

			if (p == NULL) {
				free(buf);
				fclose(f);
				return cli_fail(cmd, arg, "out of memory");
			}
			buf = p;
			cap = cap * 2 + 4096;
		}
		n = fread(buf + len, 1, cap - len - 1, f);
		len += n;
	} while (n > 0);
	fclose(f);
	buf[len] = '\0';
	*out = buf;
	return CLI_OK;
}

int cli_write(const cli_cmd *cmd, const char *text, size_t len)
{
	if (fwrite(text, 1, len, stdout) != len)
		return cli_fail(cmd, "stdout", "write failed");
	return CLI_OK;
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) +
	       (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

int cli_load(const cli_cmd *cmd, const char *const *dirs, size_t count,
	     enf_register **out)
{
	enf_register *reg = NULL;
	struct timespec t0;
	int tty = isatty(STDERR_FILENO), shown = 0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (enf_register_new(&reg) != ENF_OK)
		return cli_fail_lib(cmd, NULL);
	for (size_t i = 0; i < count; i++) {
		if (enf_io_load_csv_dir(reg, dirs[i]) != ENF_OK) {
			if (shown)
				fputc('\n', stderr);
			cli_fail_lib(cmd, dirs[i]);
			enf_register_free(reg);
			return CLI_BAD;
		}
		if (tty && seconds_since(&t0) > 1.0) {
			fprintf(stderr,
				"\rloading: %zu of %zu directories, %zu "
				"cases, %.1f s",
				i + 1, count, enf_register_count(reg),
				seconds_since(&t0));
			shown = 1;
		}
	}
	if (shown)
		fputc('\n', stderr);
	*out = reg;
	return CLI_OK;
}

void cli_json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; s != NULL && *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

const char *cli_date_text(char buf[11], enf_date d)
{
	buf[0] = '\0';
	if (d != ENF_DATE_NONE &&
	    enf_date_format(buf, 11, d, ENF_LOCALE_PLAIN) != ENF_OK)
		buf[0] = '\0';
	return buf;
}

void cli_json_date(FILE *f, enf_date d)
{
	char b[11];

	if (*cli_date_text(b, d) == '\0')
		fputs("null", f);
	else
		fprintf(f, "\"%s\"", b);
}

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
} commands[] = {
	{"report", cli_report}, {"validate", cli_validate},
	{"case", cli_case},	{"worklist", cli_worklist},
	{"check", cli_check},	{"auction", cli_auction},
	{"fee", cli_fee},	{"interest", cli_interest},
	{"rules", cli_rules},	{"calendar", cli_calendar},
};

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage_text, stderr);
		return CLI_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		fputs(usage_text, stdout);
		return CLI_OK;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("enforcement %s\n", enf_version());
		return CLI_OK;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(argv[1], commands[i].name) == 0) {
			int rc = commands[i].run(argc - 2, argv + 2);

			if (fflush(stdout) != 0 && rc == CLI_OK) {
				fprintf(stderr, "enforcement: stdout: write "
						"failed\n");
				return CLI_BAD;
			}
			return rc == CLI_HELP ? CLI_OK : rc;
		}
	}
	fprintf(stderr,
		"enforcement: unknown command '%s' (see enforcement "
		"--help)\n",
		argv[1]);
	return CLI_USAGE;
}
