/*
 * Private: the layout of a register, shared by register.c (storage and
 * lookup), register_query.c (filter, worklist) and the io layer (atomic
 * imports).
 */
#ifndef ENF_REGISTER_INTERNAL_H
#define ENF_REGISTER_INTERNAL_H

#include "enforcement/case.h"

struct enf_register {
	enf_case **cases; /* insertion order, owned */
	size_t ncases, cap_cases;
	size_t *slots;	/* hash index: case index + 1, 0 empty; power of 2 */
	uint32_t *tags; /* the high half of the hash of each slot's key */
	size_t nslots;
	int snapshot; /* 1: read-only, its cases held as a snapshot's */
};

/* Hash of a case key: enf__hash_str() over office, then over the
 * decision number (shared by the register index and the io layer). */
uint64_t enf__key_hash(const char *office, const char *no);

/* Makes room for `more` cases (array and index); nothing else changes.
 * Returns ENF_OK or ENF_ENOMEM with a message. */
enf_status enf__register_reserve(enf_register *reg, size_t more);
/* Whether (office, no) is registered; enf__register_has_hash() with the
 * key's hash h (enf__key_hash()) already made. */
int enf__register_has(const enf_register *reg, const char *office,
		      const char *no);
int enf__register_has_hash(const enf_register *reg, const char *office,
			   const char *no, uint64_t h);
/* Appends a case whose key is new, after enf__register_reserve();
 * enf__register_push_hash() with the hash h of its key. */
void enf__register_push(enf_register *reg, enf_case *c);
void enf__register_push_hash(enf_register *reg, enf_case *c, uint64_t h);
/* enf__register_push_hash() unless the key is there already (-1); one
 * probe of the index where a check and a push take two. */
int enf__register_push_new(enf_register *reg, enf_case *c, uint64_t h);
/* Forgets the cases after the first n (without freeing them) and rebuilds
 * the index: undoes pushes. */
void enf__register_truncate(enf_register *reg, size_t n);

/* The index of the case (office, no), or SIZE_MAX when there is none. */
size_t enf__register_index(const enf_register *reg, const char *office,
			   const char *no);

/*
 * Snapshots (register_snapshot.c): enf__register_writable() fails with
 * ENF_ESTATE, naming fn, when reg is a snapshot (every function that adds
 * to a register calls it first). enf__register_apply() is
 * enf_register_apply() with enf_case_apply()'s messages, for the model's
 * own writers (a programme's assignment).
 */
enf_status enf__register_writable(const char *fn, const enf_register *reg);
enf_status enf__register_apply(enf_register *reg, size_t i,
			       const enf_event *ev);
/* Fails with st, the last error (a case function's, its "case_...: "
 * dropped) under fn and the index of the case. */
enf_status enf__register_rewrap(const char *fn, size_t index, enf_status st);

#endif /* ENF_REGISTER_INTERNAL_H */
