/*
 * What the library believes the law is: the rules catalogue, by
 * confidence, the figures in force on the day Law 106/2025 took effect,
 * and a caller's overrides read from a text file.
 *
 *   rules_catalogue [OVERRIDES]   (default: examples/data/overrides.rules)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <enforcement.h>

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *text = NULL;
	long n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 &&
	    (text = malloc((size_t)n + 1)) != NULL) {
		size_t got = fread(text, 1, (size_t)n, f);

		text[got] = '\0';
	}
	fclose(f);
	return text;
}

static void print_date(enf_date d)
{
	char buf[16] = "open";

	if (d != ENF_DATE_NONE)
		(void)enf_date_format(buf, sizeof buf, d, ENF_LOCALE_EN);
	printf("%-10s", buf);
}

static void summary(void)
{
	static const char *const conf[] = {"V", "Vs", "I", "U"};
	size_t n = enf_rules_catalogue_count(NULL), count[4] = {0};

	for (size_t i = 0; i < n; i++) {
		enf_rule r;

		if (enf_rules_catalogue_at(&r, NULL, i) != ENF_OK)
			continue;
		for (int c = 0; c < 4; c++)
			count[c] += strcmp(r.confidence, conf[c]) == 0;
	}
	printf("The rules catalogue: %zu rows (V %zu, Vs %zu, I %zu, U %zu)\n",
	       n, count[0], count[1], count[2], count[3]);
	printf("Unknown in the texts read (U), a documented default:\n");
	for (size_t i = 0; i < n; i++) {
		enf_rule r;

		if (enf_rules_catalogue_at(&r, NULL, i) == ENF_OK &&
		    strcmp(r.confidence, "U") == 0)
			printf("  %-40s %8lld %-12s %s\n", r.id,
			       (long long)r.value, r.unit, r.citation);
	}
}

static int in_force(const enf_rulebook *book, enf_date day)
{
	static const char *const ids[] = {"VN.base_salary",
					  "VN.stats.unclassified_row"};

	for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		int64_t v;
		enf_rule r;

		if (enf_rules_value(&v, &r, book, ids[i], day) != ENF_OK) {
			fprintf(stderr, "%s\n", enf_last_error());
			return 1;
		}
		printf("  %-28s %10lld %-10s %-3s %s%s\n", ids[i], (long long)v,
		       r.unit, r.confidence, r.citation,
		       r.overridden ? " (override)" : "");
	}
	return 0;
}

/* The end of the voluntary period of a decision notified on Monday 3 Aug
 * 2026, with the case rules of a rulebook (Civil Code counting, date.h). */
static int voluntary_end(const enf_rulebook *book, const char *label)
{
	enf_calendar *cal = NULL;
	enf_case_rules rules;
	enf_date notified, end;
	char text[16];
	int rc = 1;

	if (enf_calendar_new(&cal, NULL) == ENF_OK &&
	    enf_case_rules_from(&rules, book, ENF_REGIME_VN2026) == ENF_OK &&
	    enf_date_from_ymd(&notified, 2026, 8, 3) == ENF_OK &&
	    enf_calendar_period_end(&end, cal, notified, rules.voluntary_days,
				    ENF_UNIT_DAYS) == ENF_OK &&
	    enf_date_format(text, sizeof text, end, ENF_LOCALE_VI) == ENF_OK) {
		printf("  voluntary period of a decision notified 03/08/2026 "
		       "(%s): %d days, ends %s\n",
		       label, (int)rules.voluntary_days, text);
		rc = 0;
	} else
		fprintf(stderr, "%s\n", enf_last_error());
	enf_calendar_free(cal);
	return rc;
}

int main(int argc, char **argv)
{
	const char *path =
		argc > 1 ? argv[1] : ENF_EXAMPLES_DIR "/data/overrides.rules";
	enf_rulebook *book = NULL;
	char *text = read_file(path);
	enf_date day;
	int rc = 1;

	if (text == NULL) {
		fprintf(stderr, "cannot read %s\n", path);
		return 1;
	}
	summary();
	(void)enf_date_from_ymd(&day, 2026, 7, 1);
	printf("\nIn force on 2026-07-01, built in:\n");
	if (in_force(NULL, day) != 0 || voluntary_end(NULL, "built in") != 0)
		goto done;
	if (enf_rulebook_new(&book) != ENF_OK ||
	    enf_rulebook_override(book, text) != ENF_OK) {
		fprintf(stderr, "%s: %s\n", path, enf_last_error());
		goto done;
	}
	printf("\nWith the overrides of %s:\n",
	       strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path);
	if (in_force(book, day) != 0 || voluntary_end(book, "overridden") != 0)
		goto done;
	printf("\nRows given by the caller:\n");
	for (size_t i = 0; i < enf_rules_catalogue_count(book); i++) {
		enf_rule r;

		if (enf_rules_catalogue_at(&r, book, i) != ENF_OK ||
		    !r.overridden)
			continue;
		printf("  %-28s ", r.id);
		print_date(r.from);
		printf(" .. ");
		print_date(r.to);
		printf(" %8lld %s\n", (long long)r.value, r.citation);
	}
	rc = 0;
done:
	enf_rulebook_free(book);
	free(text);
	return rc;
}
