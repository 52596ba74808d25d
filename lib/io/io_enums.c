/*
 * The tokens of the enum families (a CSV field "decision_issued", a JSON
 * value "agency") and their values, both ways, and the index an import
 * finds a field's token by.
 */
#include "io_internal.h"
#include "case_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const char *const enf__modes[] = {"agency", "request"};
static const char *const enf__judgments[] = {"civil",	       "criminal",
					     "administrative", "commercial",
					     "labour",	       "bankruptcy"};
static const char *const enf__roles[] = {"debtor", "creditor"};
static const char *const enf__party_kinds[] = {"person", "organisation",
					       "state_budget"};
static const char *const enf__obligations[] = {
	"fine",	       "court_fee",   "unlawful_gain", "maintenance",
	"wages_harm",  "bank_credit", "other_money",   "hand_over",
	"perform_act", "stop_act"};
static const char *const enf__asset_kinds[] = {"real_estate", "movable",
					       "right", "account"};
static const char *const enf__securities[] = {"none", "mortgage", "pledge"};
/* Flag i is the bit 1 << i. */
static const char *const enf__flags[] = {"corruption", "prisoner",
					 "unknown_address", "difficult"};

#define ENF__N(a) (int)(sizeof(a) / sizeof((a)[0]))

typedef struct enf__family {
	const char *const *tokens; /* in value order (flags: bit order) */
	int count;
	const char *noun; /* for messages, with its article */
} enf__family;

static const enf__family enf__families[] = {
	[ENF_IO_ENUM_MODE] = {enf__modes, ENF__N(enf__modes), "a mode"},
	[ENF_IO_ENUM_JUDGMENT_KIND] = {enf__judgments, ENF__N(enf__judgments),
				       "a judgment kind"},
	[ENF_IO_ENUM_PARTY_ROLE] = {enf__roles, ENF__N(enf__roles),
				    "a party role"},
	[ENF_IO_ENUM_PARTY_KIND] = {enf__party_kinds, ENF__N(enf__party_kinds),
				    "a party kind"},
	[ENF_IO_ENUM_OBLIGATION] = {enf__obligations, ENF__N(enf__obligations),
				    "an obligation kind"},
	[ENF_IO_ENUM_ASSET_KIND] = {enf__asset_kinds, ENF__N(enf__asset_kinds),
				    "an asset kind"},
	[ENF_IO_ENUM_SECURITY] = {enf__securities, ENF__N(enf__securities),
				  "a kind of security"},
	[ENF_IO_ENUM_EVENT] = {enf__event_names, ENF_EV_COUNT, "an event kind"},
	[ENF_IO_ENUM_STATE] = {enf__state_names, ENF_STATE_COUNT, "a state"},
	[ENF_IO_ENUM_FLAG] = {enf__flags, ENF__N(enf__flags), "a flag"},
};

static int enf__family_ok(enf_io_enum family)
{
	return (unsigned)family <
	       sizeof(enf__families) / sizeof(enf__families[0]);
}

/* The value of the i-th token of a family. */
static int enf__family_value(enf_io_enum family, int i)
{
	return family == ENF_IO_ENUM_FLAG ? 1 << i : i;
}

const char *enf_io_token(enf_io_enum family, int value)
{
	const enf__family *f;

	if (!enf__family_ok(family))
		return NULL;
	f = &enf__families[family];
	if (family == ENF_IO_ENUM_FLAG) {
		for (int i = 0; i < f->count; i++)
			if (value == 1 << i)
				return f->tokens[i];
		return NULL;
	}
	if (value < 0 || value >= f->count)
		return NULL;
	return f->tokens[value];
}

enf_status enf_io_value(int *out, enf_io_enum family, const char *token)
{
	ENF__CHECK_NULL("io_value", out);
	ENF__CHECK_NULL("io_value", token);
	if (!enf__family_ok(family))
		return enf__fail(ENF_EINVALID,
				 "io_value: family is %d; not an enum family",
				 (int)family);
	if (enf__io_token_find(out, family, token, strlen(token), NULL) != 0)
		return enf__fail(ENF_ENOTFOUND,
				 "io_value: token \"%.*s\" is not %s",
				 enf__utf8_prefix(token, 60), token,
				 enf__families[family].noun);
	return ENF_OK;
}

void enf__io_tokidx_build(enf__io_tokidx *t)
{
	memset(t, 0, sizeof(*t));
	for (int fam = 0; enf__family_ok((enf_io_enum)fam); fam++) {
		const enf__family *f = &enf__families[fam];

		for (int i = 0; i < f->count; i++) {
			size_t len = strlen(f->tokens[i]);
			unsigned h = enf__io_tok_hash(fam, f->tokens[i], len);

			/* Fewer than a fifth of the slots are used: there is
			 * always an empty one. */
			while (t->key[h] != 0)
				h = (h + 1) & (ENF__TOKIDX_SLOTS - 1);
			t->key[h] =
				(uint32_t)fam << 24 | (uint32_t)len << 16 | 1u;
			t->value[h] = enf__family_value((enf_io_enum)fam, i);
			t->text[h] = f->tokens[i];
		}
	}
}

int enf__io_token_find(int *out, enf_io_enum family, const char *token,
		       size_t len, const enf__io_tokidx *t)
{
	const enf__family *f = &enf__families[family];

	if (t != NULL)
		return enf__io_token_probe(out, (int)family, token, len, t);
	for (int i = 0; len > 0 && i < f->count; i++) {
		const char *tok = f->tokens[i];

		if (strncmp(tok, token, len) == 0 && tok[len] == '\0') {
			*out = enf__family_value(family, i);
			return 0;
		}
	}
	return -1;
}

const char *enf__io_family_noun(enf_io_enum family)
{
	return enf__families[family].noun;
}

void enf__io_family_list(char *list, size_t size, enf_io_enum family)
{
	const enf__family *f = &enf__families[family];
	size_t n = 0;

	list[0] = '\0';
	for (int i = 0; i < f->count; i++) {
		int w = snprintf(list + n, size - n, "%s%s", i ? ", " : " (",
				 f->tokens[i]);

		if (w > 0 && (size_t)w < size - n)
			n += (size_t)w;
	}
	if (n > 0 && n + 1 < size)
		list[n] = ')', list[n + 1] = '\0';
}
