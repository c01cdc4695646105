/* calendar.c — verloopdata.ics streamed through libical: a VCALENDAR's head, one VTODO per call, its tail. */
#include "calendar.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "ident.h"
#include "text.h"

/* The last line of a calendar as libical writes it: the head is everything before it. */
#define CA_END_LINE "END:VCALENDAR\r\n"

/* What follows the UID's KvK, service code and date: the UID is stable across runs. */
#define CA_UID_DOMAIN "migrate"

/* Seconds per day. */
#define CA_DAY 86400LL

/* Flags of the sanitiser for iCalendar text: LF stays (libical writes it as \n), every other control goes. */
#define CA_TX_FLAGS (TX_KEEP_LF | TX_NO_C1)

/* A calendar being written. */
struct ca_writer {
    ca_write_fn write;
    void *ctx;
    mg_lang lang;
    int warn_days;
    struct icaltimetype dtstamp; /* UTC, for every to-do */
    char *intermediary;          /* sanitised copy; NULL when there is none */
    char *tail;                  /* the END:VCALENDAR line libical wrote, written by ca_end */
    mg_error err;                /* MG_ERR_WRITE once a write failed: every later call returns it */
};

/* A malloc'd text formatted from fmt, sanitised for iCalendar (CA_TX_FLAGS); NULL when out of memory. */
PF_PRINTF(1, 2) static char *ca_printf(const char *fmt, ...)
{
    va_list ap;
    char *s = NULL, *clean;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    s = malloc((size_t)n + 1);
    if (!s)
        return NULL;
    va_start(ap, fmt);
    (void)vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    if (tx_clean(s, (size_t)n, CA_TX_FLAGS))
        return s;
    clean = tx_sanitise_dup(s, (size_t)n, CA_TX_FLAGS, NULL);
    free(s);
    return clean;
}

/* The error of a libical call that gave NULL: out of memory, or libical refused (icalerrno cleared before).
 */
static mg_error ca_libical_error(void)
{
    return icalerrno == ICAL_NEWFAILED_ERROR ? MG_ERR_NOMEM : MG_ERR_INTERNAL;
}

/* Add a new property to c (freed with c); a NULL property (libical failed to make it) is an error. */
static mg_error ca_add_prop(icalcomponent *c, icalproperty *p)
{
    if (!p)
        return ca_libical_error();
    icalcomponent_add_property(c, p);
    return MG_OK;
}

/* An iCalendar date (VALUE=DATE) of days since 1970-01-01. */
static struct icaltimetype ca_date(int32_t days)
{
    struct icaltimetype t = icaltime_null_date();

    id_civil_from_days(days, &t.year, &t.month, &t.day);
    return t;
}

/* An iCalendar date-time in UTC of seconds since the epoch (1900..9999). */
static struct icaltimetype ca_utc(long long seconds)
{
    struct icaltimetype t = icaltime_null_time();
    long long days = seconds / CA_DAY, rest = seconds % CA_DAY;

    if (rest < 0) {
        rest += CA_DAY;
        days--;
    }
    id_civil_from_days((int32_t)days, &t.year, &t.month, &t.day);
    t.hour = (int)(rest / 3600);
    t.minute = (int)(rest / 60 % 60);
    t.second = (int)(rest % 60);
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

/* Pass len bytes to the write callback; a failure spoils the writer (MG_ERR_WRITE). */
static mg_error ca_emit(ca_writer *w, const char *buf, size_t len)
{
    if (len && w->write(w->ctx, buf, len) != 0)
        w->err = MG_ERR_WRITE;
    return w->err;
}

/* Serialise a component with libical (folded, CRLF) and write it. */
static mg_error ca_emit_component(ca_writer *w, icalcomponent *c)
{
    char *s = icalcomponent_as_ical_string_r(c);
    mg_error err;

    if (!s)
        return ca_libical_error();
    err = ca_emit(w, s, strlen(s));
    icalmemory_free_buffer(s);
    return err;
}

/* The alarm of a to-do: a display alarm warn_days before its due date (RELATED=END: relative to DUE). */
static mg_error ca_alarm(const ca_writer *w, const char *text, icalcomponent **out)
{
    struct icaltriggertype trigger;
    icalproperty *p = NULL;
    icalparameter *related = NULL;
    icalcomponent *a = icalcomponent_new_valarm();
    mg_error err;

    *out = NULL;
    if (!a)
        return ca_libical_error();
    trigger.time = icaltime_null_time();
    trigger.duration = icaldurationtype_null_duration();
    trigger.duration.is_neg = w->warn_days > 0;
    trigger.duration.days = (unsigned)w->warn_days;
    err = ca_add_prop(a, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    if (!err)
        err = ca_add_prop(a, icalproperty_new_description(text));
    if (err)
        goto fail;
    p = icalproperty_new_trigger(trigger);
    related = icalparameter_new_related(ICAL_RELATED_END);
    if (!p || !related) {
        err = ca_libical_error();
        goto fail;
    }
    icalproperty_add_parameter(p, related);
    related = NULL;
    icalcomponent_add_property(a, p);
    *out = a;
    return MG_OK;
fail:
    if (related)
        icalparameter_free(related);
    if (p)
        icalproperty_free(p);
    icalcomponent_free(a);
    return err;
}

/* The to-do of one item, with its alarm. */
static mg_error ca_todo(const ca_writer *w, const ca_item *it, icalcomponent **out)
{
    char *uid = NULL, *summary = NULL, *desc = NULL, *by = NULL, *full = NULL, *alarm_text = NULL;
    char date[11];
    icalcomponent *t = NULL, *alarm = NULL;
    mg_lang lang = w->lang;
    int y, m, d;
    mg_error err = MG_OK;

    *out = NULL;
    if (!icaltime_is_valid_time(ca_date(it->einddatum))) /* libical writes the years up to 3000 only */
        return MG_ERR_INTERNAL;
    id_civil_from_days(it->einddatum, &y, &m, &d);
    id_format_date(it->einddatum, lang, date);
    uid = ca_printf("%s-%s-%04d%02d%02d@" CA_UID_DOMAIN, it->kvk, it->dienst_code, y, m, d);
    summary = ca_printf(MG_FMT(lang, MSG_CA_SUMMARY), it->naam, it->kvk, it->dienst);
    desc = ca_printf(MG_FMT(lang, MSG_CA_DESCRIPTION), it->naam, it->kvk, it->dienst, it->dienst_code, date);
    alarm_text = ca_printf(MG_FMT(lang, MSG_CA_ALARM), it->naam, it->kvk, it->dienst, date);
    if (!uid || !summary || !desc || !alarm_text) {
        err = MG_ERR_NOMEM;
        goto done;
    }
    if (w->intermediary) {
        by = ca_printf(MG_FMT(lang, MSG_CA_INTERMEDIARY), w->intermediary);
        full = by ? ca_printf("%s\n%s", desc, by) : NULL;
        if (!full) {
            err = MG_ERR_NOMEM;
            goto done;
        }
    }
    t = icalcomponent_new_vtodo();
    if (!t) {
        err = ca_libical_error();
        goto done;
    }
    err = ca_add_prop(t, icalproperty_new_uid(uid));
    if (!err)
        err = ca_add_prop(t, icalproperty_new_dtstamp(w->dtstamp));
    if (!err)
        err = ca_add_prop(t, icalproperty_new_due(ca_date(it->einddatum)));
    if (!err)
        err = ca_add_prop(t, icalproperty_new_summary(summary));
    if (!err)
        err = ca_add_prop(t, icalproperty_new_description(full ? full : desc));
    if (!err)
        err = ca_add_prop(t, icalproperty_new_status(ICAL_STATUS_NEEDSACTION));
    if (!err)
        err = ca_alarm(w, alarm_text, &alarm);
    if (err)
        goto done;
    icalcomponent_add_component(t, alarm);
    *out = t;
    t = NULL;
done:
    if (t)
        icalcomponent_free(t);
    free(uid);
    free(summary);
    free(desc);
    free(by);
    free(full);
    free(alarm_text);
    return err;
}

/* The calendar component without to-dos: its properties in the run's language. */
static mg_error ca_calendar(mg_lang lang, icalcomponent **out)
{
    icalcomponent *cal = icalcomponent_new_vcalendar();
    icalproperty *name;
    mg_error err;

    *out = NULL;
    if (!cal)
        return ca_libical_error();
    err = ca_add_prop(cal, icalproperty_new_prodid(MG_TEXT(lang, MSG_CA_PRODID)));
    if (!err)
        err = ca_add_prop(cal, icalproperty_new_version("2.0"));
    if (!err)
        err = ca_add_prop(cal, icalproperty_new_calscale("GREGORIAN"));
    if (!err)
        err = ca_add_prop(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (err)
        goto fail;
    name = icalproperty_new_x(MG_TEXT(lang, MSG_CA_CALNAME));
    if (!name) {
        err = ca_libical_error();
        goto fail;
    }
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(cal, name);
    *out = cal;
    return MG_OK;
fail:
    icalcomponent_free(cal);
    return err;
}

/* Start a calendar: writes its head. */
ca_writer *ca_begin(const ca_options *o, ca_write_fn write, void *ctx, mg_error *err)
{
    ca_writer *w = NULL;
    icalcomponent *cal = NULL;
    char *s = NULL;
    size_t len, end_len = strlen(CA_END_LINE);
    mg_error e = MG_OK;

    if (!o || !write || o->warn_days < 0 || o->warn_days > CA_WARN_DAYS_MAX ||
        (unsigned)o->lang >= LANG_COUNT || o->dtstamp < CA_DAY * id_days_from_civil(1900, 1, 1) ||
        o->dtstamp >= CA_DAY * (id_days_from_civil(9999, 12, 31) + 1)) {
        e = MG_ERR_INTERNAL;
        goto done;
    }
    w = calloc(1, sizeof *w);
    if (!w) {
        e = MG_ERR_NOMEM;
        goto done;
    }
    w->write = write;
    w->ctx = ctx;
    w->lang = o->lang;
    w->warn_days = o->warn_days;
    w->dtstamp = ca_utc(o->dtstamp);
    if (!icaltime_is_valid_time(w->dtstamp)) { /* libical writes the years up to 3000 only */
        e = MG_ERR_INTERNAL;
        goto done;
    }
    if (o->intermediary && o->intermediary[0]) {
        w->intermediary = tx_sanitise_dup(o->intermediary, strlen(o->intermediary), CA_TX_FLAGS, NULL);
        if (!w->intermediary) {
            e = MG_ERR_NOMEM;
            goto done;
        }
    }
    icalerror_clear_errno();
    e = ca_calendar(o->lang, &cal);
    if (e)
        goto done;
    s = icalcomponent_as_ical_string_r(cal);
    if (!s) {
        e = ca_libical_error();
        goto done;
    }
    /* libical ends the calendar with its END line: what comes before is the head, the line the tail */
    len = strlen(s);
    if (len < end_len || strcmp(s + len - end_len, CA_END_LINE) != 0) {
        e = MG_ERR_INTERNAL;
        goto done;
    }
    w->tail = strdup(s + len - end_len);
    if (!w->tail) {
        e = MG_ERR_NOMEM;
        goto done;
    }
    e = ca_emit(w, s, len - end_len);
done:
    if (s)
        icalmemory_free_buffer(s);
    if (cal)
        icalcomponent_free(cal);
    if (e) {
        ca_free(w);
        w = NULL;
    }
    if (err)
        *err = e;
    return w;
}

/* Add one to-do: built, serialised, written and freed at once. */
mg_error ca_add(ca_writer *w, const ca_item *item)
{
    icalcomponent *t = NULL;
    mg_error err;

    if (!w)
        return MG_ERR_INTERNAL;
    if (w->err)
        return w->err;
    if (!item || !item->kvk || !item->naam || !item->dienst_code || !item->dienst ||
        item->einddatum < id_days_from_civil(1900, 1, 1) ||
        item->einddatum > id_days_from_civil(9999, 12, 31))
        return MG_ERR_INTERNAL;
    icalerror_clear_errno();
    err = ca_todo(w, item, &t);
    if (!err)
        err = ca_emit_component(w, t);
    if (t)
        icalcomponent_free(t);
    return err;
}

/* End the calendar and free the writer. */
mg_error ca_end(ca_writer *w)
{
    mg_error err;

    if (!w)
        return MG_OK;
    err = w->err ? w->err : ca_emit(w, w->tail, strlen(w->tail));
    ca_free(w);
    return err;
}

/* Free a writer without ending the calendar. */
void ca_free(ca_writer *w)
{
    if (!w)
        return;
    free(w->intermediary);
    free(w->tail);
    free(w);
}
