/* calendar.h — verloopdata.ics: one to-do per registered ketenmachtiging, due on its einddatum (libical). */
#ifndef MG_CALENDAR_H
#define MG_CALENDAR_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "msg.h"

/* Longest warning ahead of a due date, in days (ten years). */
#define CA_WARN_DAYS_MAX 3650

/* One registered ketenmachtiging. Every text is copied and sanitised (controls but TAB and LF become U+FFFD)
 * before libical escapes it; none may be NULL. */
typedef struct ca_item {
    const char *kvk;         /* client KvK, 8 digits */
    const char *naam;        /* client name, UTF-8, any text */
    const char *dienst_code; /* service code, e.g. "verzuim", or "alle-diensten" */
    const char *dienst;      /* the service's full name */
    int32_t einddatum;       /* days since 1970-01-01 */
} ca_item;

/* How the calendar is written: the same options and items give the same bytes. */
typedef struct ca_options {
    /* the alarm this many days before the due date, 0..3650 */
    int warn_days;
    /* seconds since the epoch, UTC: DTSTAMP of every to-do (SOURCE_DATE_EPOCH or run date) */
    long long dtstamp;
    /* language of SUMMARY and DESCRIPTION texts (LANG_NL / LANG_EN from msg.h/error.h) */
    mg_lang lang;
    /* the intermediary's name, for the description (copied; NULL or "": left out) */
    const char *intermediary;
} ca_options;

/* Called with the calendar's bytes in order; returns 0 on success, non-zero to stop (a write error). */
typedef int (*ca_write_fn)(void *ctx, const char *buf, size_t len);

/* A calendar being written: begin, add any number of to-dos, end (or free after an error elsewhere). */
typedef struct ca_writer ca_writer;

/*
 * Start a calendar: writes its head (BEGIN:VCALENDAR, VERSION, PRODID, ...). NULL when out of memory or a
 * write failed (*err set: MG_ERR_NOMEM or MG_ERR_WRITE), or MG_ERR_INTERNAL when libical refused or the
 * options are out of range (warn_days outside 0..CA_WARN_DAYS_MAX, dtstamp outside 1900..3000 — libical
 * writes no later year —, an unknown language, no write function). err may be NULL.
 */
ca_writer *ca_begin(const ca_options *o, ca_write_fn write, void *ctx, mg_error *err);

/*
 * Add one to-do. MG_OK, MG_ERR_NOMEM, MG_ERR_WRITE (the write callback failed) or MG_ERR_INTERNAL (libical
 * refused, or the item has a NULL text or an einddatum outside 1900-01-01..3000-12-31: libical writes no
 * later year). One call of the
 * write callback per to-do. After MG_ERR_WRITE every later ca_add and ca_end returns MG_ERR_WRITE without
 * writing; after the other errors nothing was written and the calendar may go on.
 */
mg_error ca_add(ca_writer *w, const ca_item *item);

/* End the calendar (END:VCALENDAR) and free the writer; ca_end(NULL) returns MG_OK. On error the writer is
 * freed too. */
mg_error ca_end(ca_writer *w);

/* Free a writer without ending the calendar (after an error elsewhere); NULL is a no-op. */
void ca_free(ca_writer *w);

#endif
