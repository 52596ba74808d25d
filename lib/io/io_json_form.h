/*
 * Private: the register's JSON form (io_json.c reads it, io_json_out.c
 * writes it). Version 2 added the seq of each event and the corrections
 * of a corrected case; version 1 documents (no seq or a seq equal to the
 * event's position, no corrections) still read.
 */
#ifndef ENF_IO_JSON_FORM_H
#define ENF_IO_JSON_FORM_H

#include "io_internal.h"

#define ENF__JSON_FORMAT  "enforcement-register"
#define ENF__JSON_VERSION 2
/* The "schema" member: the form and its version in one string, first in
 * the document since issue 18, optional on import (older files lack it). */
#define ENF__JSON_SCHEMA "enforcement-register/2"
/* The schema of each version (index: version - 1). */
#define ENF__JSON_SCHEMA_1 "enforcement-register/1"

/* Writes the corrections of c as the "corrections" member of its item of
 * "cases" (nothing for a case without corrections). */
void enf__io_json_corrections(enf__io_buf *b, const enf_case *c);

#endif /* ENF_IO_JSON_FORM_H */
