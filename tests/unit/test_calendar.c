/* test_calendar.c — verloopdata.ics: parsed back by libical, byte-stable, folded, every write failing in
 * turn. */
#include "testutil.h"

#include <libical/ical.h>

#include "calendar.h"
#include "ident.h"
#include "text.h"

/* Octets of a line at most, without its CRLF (RFC 5545 3.1). */
#define LINE_MAX_OCTETS 75

/* Characters of the long name. */
#define LONG_NAME_CHARS 200

/* Write callback: the calendar's bytes into a sink (testutil.h: test_sink). */
static int collect(void *ctx, const char *buf, size_t len)
{
    return test_sink_put(ctx, buf, len);
}

/* One item of the table: what goes in, its due date, and its name as it must read back. */
typedef struct item_case {
    const char *kvk, *naam, *dienst_code, *dienst;
    int y, m, d;
    const char *want_naam; /* NULL: the same as naam */
} item_case;

/* Hostile names (iCalendar's special characters, line breaks, quotes, controls, emoji), edge dates. */
static const item_case cases[] = {
    {"12345678", "Jansen Salarisadministratie B.V.", "verzuim", "Ziek- en herstelmeldingen", 2031, 11, 30,
     NULL},
    {"00123456",
     "Bakkerij \"De Korenschoof\"; Smit, Zn.\\Vof\nTweede regel\tmet tab \xF0\x9F\x98\x80 caf\xC3\xA9",
     "loonaangifte", "Loonaangifte; correcties, \\ alles", 2030, 2, 28, NULL},
    {"23456789",
     "Esc\x1b[31mRood\r\nBel\x07"
     "Del\x7F"
     "C1\xC2\x85"
     "Einde\xFF",
     "verzuim", "Verzuim", 2029, 1, 1,
     "Esc" TX_REPLACEMENT "[31mRood" TX_REPLACEMENT "\nBel" TX_REPLACEMENT "Del" TX_REPLACEMENT
     "C1" TX_REPLACEMENT "Einde" TX_REPLACEMENT},
    {"34567890", NULL /* the long name */, "alle-diensten", "Alle diensten", 3000, 12, 31, NULL},
    {"45678901", "\xC3\x93mega", "wga", "WGA-eigenrisicodrager", 1900, 1, 1, NULL},
};

/* A name of LONG_NAME_CHARS characters without a space: ë, an emoji and x in turn (folded inside them). */
static char long_name[LONG_NAME_CHARS * 4 + 1];

/* The items of the table (the long name filled in). */
static ca_item items[ARRAY_LEN(cases)];

/* Fill long_name and items. */
static void make_items(void)
{
    size_t n = 0;

    for (int i = 0; i < LONG_NAME_CHARS; i++) {
        const char *c = i % 3 == 0 ? "\xC3\xAB" : i % 3 == 1 ? "\xF0\x9F\x98\x80" : "x";
        memcpy(long_name + n, c, strlen(c));
        n += strlen(c);
    }
    long_name[n] = '\0';
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        items[i].kvk = cases[i].kvk;
        items[i].naam = cases[i].naam ? cases[i].naam : long_name;
        items[i].dienst_code = cases[i].dienst_code;
        items[i].dienst = cases[i].dienst;
        items[i].einddatum = id_days_from_civil(cases[i].y, cases[i].m, cases[i].d);
    }
}

/* The name of item i as it must read back. */
static const char *want_naam(size_t i)
{
    return cases[i].want_naam ? cases[i].want_naam : items[i].naam;
}

/* Seconds since the epoch of a UTC date and time. */
static long long epoch(int y, int mo, int d, int h, int mi, int s)
{
    return 86400LL * id_days_from_civil(y, mo, d) + h * 3600 + mi * 60 + s;
}

/* A rendering of the table: options, and what the calendar must show for them. */
typedef struct render_case {
    int warn_days;
    mg_lang lang;
    const char *intermediary;
    int y, mo, d, h, mi, s; /* dtstamp */
    const char *dtstamp;    /* DTSTAMP as written */
    const char *trigger;    /* the TRIGGER line as written */
    const char *prodid, *summary_prefix;
} render_case;

static const render_case renders[] = {
    {0, LANG_NL, "Jansen Salarisadministratie B.V.", 2026, 12, 5, 22, 23, 0, "DTSTAMP:20261205T222300Z\r\n",
     "TRIGGER;RELATED=END:PT0S\r\n", "-//migrate//verloopdata//NL", "Ketenmachtiging verloopt: "},
    {90, LANG_EN, "Payroll; \"Loon\", \\ & Co\nB.V.\x01", 2026, 1, 1, 0, 0, 0, "DTSTAMP:20260101T000000Z\r\n",
     "TRIGGER;RELATED=END:-P90D\r\n", "-//migrate//verloopdata//EN", "Chain authorisation expires: "},
    {14, LANG_NL, NULL, 1969, 12, 31, 23, 59, 59, "DTSTAMP:19691231T235959Z\r\n",
     "TRIGGER;RELATED=END:-P14D\r\n", "-//migrate//verloopdata//NL", "Ketenmachtiging verloopt: "},
    {CA_WARN_DAYS_MAX, LANG_EN, "", 3000, 12, 31, 23, 59, 59, "DTSTAMP:30001231T235959Z\r\n",
     "TRIGGER;RELATED=END:-P3650D\r\n", "-//migrate//verloopdata//EN", "Chain authorisation expires: "},
};

/* The options of a rendering. */
static ca_options options_of(const render_case *r)
{
    ca_options o = {r->warn_days, epoch(r->y, r->mo, r->d, r->h, r->mi, r->s), r->lang, r->intermediary};
    return o;
}

/* Render the table through collect; after each to-do its bytes must be written (streaming). */
static void render(const ca_options *o, test_sink *k)
{
    mg_error err = MG_ERR_INTERNAL;
    ca_writer *w;

    memset(k, 0, sizeof *k);
    w = ca_begin(o, collect, k, &err);
    assert_non_null(w);
    assert_int_equal(err, MG_OK);
    assert_int_equal(k->calls, 1);
    for (size_t i = 0; i < ARRAY_LEN(items); i++) {
        assert_int_equal(ca_add(w, &items[i]), MG_OK);
        assert_int_equal(k->calls, (int)i + 2);
        assert_true(k->n > 11 && !strcmp(k->s + k->n - 11, "END:VTODO\r\n"));
    }
    assert_int_equal(ca_end(w), MG_OK);
    assert_int_equal(k->calls, (int)ARRAY_LEN(items) + 2);
}

/* Count the (non-overlapping) occurrences of needle in s. */
static int count(const char *s, const char *needle)
{
    int n = 0;

    for (const char *p = strstr(s, needle); p; p = strstr(p + strlen(needle), needle))
        n++;
    return n;
}

/* Every line ends in CRLF, holds at most LINE_MAX_OCTETS octets, is valid UTF-8 without controls but TAB. */
static void check_lines(const char *s, size_t n)
{
    size_t start = 0;

    assert_true(n >= 2 && s[n - 2] == '\r' && s[n - 1] == '\n');
    while (start < n) {
        const char *lf = memchr(s + start, '\n', n - start);
        size_t len;
        assert_non_null(lf);
        len = (size_t)(lf - (s + start));
        if (len == 0 || s[start + len - 1] != '\r')
            fail_msg("line at byte %zu does not end in CRLF", start);
        len--; /* without the CR */
        if (len > LINE_MAX_OCTETS)
            fail_msg("line at byte %zu has %zu octets: %.*s", start, len, (int)len, s + start);
        if (!tx_clean(s + start, len, TX_NO_C1))
            fail_msg("line at byte %zu holds a control or is not UTF-8: %.*s", start, (int)len, s + start);
        start += len + 2;
    }
}

/* The text of a calendar or to-do property (NULL when it is not there). */
static const char *prop_text(icalcomponent *c, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);

    return p ? icalproperty_get_value_as_string(p) : NULL;
}

/* The X-LIC-ERROR properties libical's parser added to c and the components in it (what it could not read).
 */
static int parse_errors(icalcomponent *c)
{
    int n = icalcomponent_count_properties(c, ICAL_XLICERROR_PROPERTY);

    for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
         s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        n += parse_errors(s);
    return n;
}

/* Check to-do i of a rendering as libical reads it back. */
static void check_todo(icalcomponent *t, size_t i, const render_case *r)
{
    const ca_item *it = &items[i];
    char uid[64], date[11];
    struct icaltimetype due = icalcomponent_get_due(t), stamp = icalcomponent_get_dtstamp(t);
    const char *summary = icalcomponent_get_summary(t), *desc = icalcomponent_get_description(t);
    icalcomponent *a;
    icalproperty *p;
    icalparameter *rel;
    struct icaltriggertype trig;

    snprintf(uid, sizeof uid, "%s-%s-%04d%02d%02d@migrate", it->kvk, it->dienst_code, cases[i].y, cases[i].m,
             cases[i].d);
    assert_string_equal(icalcomponent_get_uid(t), uid);
    assert_true(due.is_date);
    assert_int_equal(due.year, cases[i].y);
    assert_int_equal(due.month, cases[i].m);
    assert_int_equal(due.day, cases[i].d);
    assert_false(stamp.is_date);
    assert_true(icaltime_is_utc(stamp));
    assert_int_equal(stamp.year, r->y);
    assert_int_equal(stamp.second, r->s);
    assert_non_null(summary);
    assert_true(strncmp(summary, r->summary_prefix, strlen(r->summary_prefix)) == 0);
    if (!strstr(summary, want_naam(i)) || !strstr(summary, it->kvk) || !strstr(summary, it->dienst))
        fail_msg("to-do %zu: summary [%s]", i, summary);
    id_format_date(it->einddatum, r->lang, date);
    assert_non_null(desc);
    if (!strstr(desc, want_naam(i)) || !strstr(desc, date) || !strstr(desc, it->dienst_code) ||
        !strstr(desc, "eHerkenning"))
        fail_msg("to-do %zu: description [%s]", i, desc);
    if (r->intermediary && r->intermediary[0]) {
        char *clean = tx_sanitise_dup(r->intermediary, strlen(r->intermediary), TX_KEEP_LF | TX_NO_C1, NULL);
        assert_non_null(clean);
        if (!strstr(desc, clean))
            fail_msg("to-do %zu: description without the intermediary [%s]", i, desc);
        free(clean);
    } else {
        assert_null(strstr(desc, "Intermedia"));
    }
    assert_int_equal(icalcomponent_get_status(t), ICAL_STATUS_NEEDSACTION);
    assert_int_equal(icalcomponent_count_components(t, ICAL_VALARM_COMPONENT), 1);
    a = icalcomponent_get_first_component(t, ICAL_VALARM_COMPONENT);
    p = icalcomponent_get_first_property(a, ICAL_ACTION_PROPERTY);
    assert_non_null(p);
    assert_int_equal(icalproperty_get_action(p), ICAL_ACTION_DISPLAY);
    assert_non_null(prop_text(a, ICAL_DESCRIPTION_PROPERTY));
    assert_non_null(strstr(prop_text(a, ICAL_DESCRIPTION_PROPERTY), date));
    p = icalcomponent_get_first_property(a, ICAL_TRIGGER_PROPERTY);
    assert_non_null(p);
    trig = icalproperty_get_trigger(p);
    assert_true(icaltime_is_null_time(trig.time));
    assert_int_equal(icaldurationtype_as_int(trig.duration), -r->warn_days * 86400);
    rel = icalproperty_get_first_parameter(p, ICAL_RELATED_PARAMETER);
    assert_non_null(rel);
    assert_int_equal(icalparameter_get_related(rel), ICAL_RELATED_END);
}

/* Every rendering parses back to the table's to-dos, in order, with the calendar's own properties. */
static void test_parse_back(void **state)
{
    (void)state;
    for (size_t r = 0; r < ARRAY_LEN(renders); r++) {
        ca_options o = options_of(&renders[r]);
        icalcomponent *cal, *t;
        test_sink k;
        size_t i = 0;

        render(&o, &k);
        check_lines(k.s, k.n);
        assert_true(strncmp(k.s, "BEGIN:VCALENDAR\r\n", 17) == 0);
        assert_string_equal(k.s + k.n - 15, "END:VCALENDAR\r\n");
        assert_int_equal(count(k.s, "BEGIN:VCALENDAR"), 1);
        assert_int_equal(count(k.s, renders[r].dtstamp), (int)ARRAY_LEN(items));
        assert_int_equal(count(k.s, renders[r].trigger), (int)ARRAY_LEN(items));
        assert_int_equal(count(k.s, "\r\nDUE;VALUE=DATE:"), (int)ARRAY_LEN(items));
        assert_non_null(strstr(k.s, "\r\nDUE;VALUE=DATE:30001231\r\n"));
        assert_non_null(strstr(k.s, "\r\nUID:12345678-verzuim-20311130@migrate\r\n"));

        cal = icalparser_parse_string(k.s);
        assert_non_null(cal);
        assert_int_equal(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
        assert_int_equal(parse_errors(cal), 0);
        assert_string_equal(prop_text(cal, ICAL_PRODID_PROPERTY), renders[r].prodid);
        assert_string_equal(prop_text(cal, ICAL_VERSION_PROPERTY), "2.0");
        assert_string_equal(prop_text(cal, ICAL_CALSCALE_PROPERTY), "GREGORIAN");
        assert_string_equal(prop_text(cal, ICAL_METHOD_PROPERTY), "PUBLISH");
        assert_non_null(strstr(k.s, "\r\nX-WR-CALNAME:"));
        assert_int_equal(icalcomponent_count_components(cal, ICAL_VTODO_COMPONENT), (int)ARRAY_LEN(items));
        assert_int_equal(icalcomponent_count_components(cal, ICAL_ANY_COMPONENT), (int)ARRAY_LEN(items));
        for (t = icalcomponent_get_first_component(cal, ICAL_VTODO_COMPONENT); t;
             t = icalcomponent_get_next_component(cal, ICAL_VTODO_COMPONENT))
            check_todo(t, i++, &renders[r]);
        assert_int_equal(i, ARRAY_LEN(items));
        icalcomponent_free(cal);
        free(k.s);
    }
}

/* Two renderings of the same input give the same bytes; another language or warning gives other bytes. */
static void test_reproducible(void **state)
{
    (void)state;
    for (size_t r = 0; r < ARRAY_LEN(renders); r++) {
        ca_options o = options_of(&renders[r]);
        test_sink a, b;

        render(&o, &a);
        render(&o, &b);
        assert_int_equal(a.n, b.n);
        assert_memory_equal(a.s, b.s, a.n);
        if (r > 0) {
            ca_options prev = options_of(&renders[r - 1]);
            test_sink c;
            render(&prev, &c);
            assert_true(c.n != a.n || memcmp(c.s, a.s, a.n) != 0);
            free(c.s);
        }
        free(a.s);
        free(b.s);
    }
}

/* A calendar without to-dos is a valid calendar. */
static void test_empty(void **state)
{
    ca_options o = options_of(&renders[0]);
    test_sink k = {0};
    mg_error err;
    ca_writer *w = ca_begin(&o, collect, &k, &err);
    icalcomponent *cal;

    (void)state;
    assert_non_null(w);
    assert_int_equal(ca_end(w), MG_OK);
    assert_int_equal(k.calls, 2);
    check_lines(k.s, k.n);
    cal = icalparser_parse_string(k.s);
    assert_non_null(cal);
    assert_int_equal(icalcomponent_count_components(cal, ICAL_ANY_COMPONENT), 0);
    icalcomponent_free(cal);
    free(k.s);
}

/* The write callback failing at its k-th call, for every k: that call's function gives MG_ERR_WRITE, nothing
 * is written after it, and every later call gives MG_ERR_WRITE too; the writer is ended or freed. */
static void test_write_fails(void **state)
{
    int calls = (int)ARRAY_LEN(items) + 2;

    (void)state;
    for (int end_it = 0; end_it <= 1; end_it++) {
        for (int at = 1; at <= calls; at++) {
            ca_options o = options_of(&renders[1]);
            test_sink k = {0};
            mg_error err = MG_OK;
            ca_writer *w;
            int failed = 0;

            k.fail_at = at;
            w = ca_begin(&o, collect, &k, &err);
            if (at == 1) {
                assert_null(w);
                assert_int_equal(err, MG_ERR_WRITE);
                assert_int_equal(k.calls, 1);
                free(k.s);
                continue;
            }
            assert_non_null(w);
            for (size_t i = 0; i < ARRAY_LEN(items); i++) {
                mg_error e = ca_add(w, &items[i]);
                if ((int)i + 2 >= at) {
                    assert_int_equal(e, MG_ERR_WRITE);
                    failed = 1;
                } else {
                    assert_int_equal(e, MG_OK);
                }
            }
            assert_int_equal(k.calls, failed ? at : calls - 1);
            assert_int_equal(ca_add(w, NULL), failed ? MG_ERR_WRITE : MG_ERR_INTERNAL);
            if (failed && !end_it)
                ca_free(w);
            else
                assert_int_equal(ca_end(w), MG_ERR_WRITE);
            assert_int_equal(k.calls, at);
            free(k.s);
        }
    }
}

/* Options out of range, a bad item, and NULL writers: MG_ERR_INTERNAL or a no-op, nothing written. */
static void test_bad_arguments(void **state)
{
    ca_options good = options_of(&renders[0]);
    ca_options bad[7];
    ca_item item = items[0];
    test_sink k = {0};
    mg_error err;
    ca_writer *w;
    icalcomponent *cal;

    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(bad); i++)
        bad[i] = good;
    bad[0].warn_days = -1;
    bad[1].warn_days = CA_WARN_DAYS_MAX + 1;
    bad[2].lang = LANG_COUNT;
    bad[3].dtstamp = epoch(1900, 1, 1, 0, 0, 0) - 1;
    bad[4].dtstamp = epoch(9999, 12, 31, 23, 59, 59) + 1;
    bad[5].dtstamp = 1LL << 62;
    bad[6].dtstamp = epoch(3001, 1, 1, 0, 0, 0); /* libical writes no later year than 3000 */
    for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
        err = MG_OK;
        assert_null(ca_begin(&bad[i], collect, &k, &err));
        assert_int_equal(err, MG_ERR_INTERNAL);
    }
    assert_null(ca_begin(&good, NULL, &k, &err));
    assert_int_equal(err, MG_ERR_INTERNAL);
    assert_null(ca_begin(NULL, collect, &k, NULL));
    assert_int_equal(k.calls, 0);
    assert_int_equal(ca_end(NULL), MG_OK);
    ca_free(NULL);
    assert_int_equal(ca_add(NULL, &item), MG_ERR_INTERNAL);

    w = ca_begin(&good, collect, &k, NULL);
    assert_non_null(w);
    assert_int_equal(ca_add(w, NULL), MG_ERR_INTERNAL);
    item.naam = NULL;
    assert_int_equal(ca_add(w, &item), MG_ERR_INTERNAL);
    item = items[0];
    item.einddatum = id_days_from_civil(1899, 12, 31);
    assert_int_equal(ca_add(w, &item), MG_ERR_INTERNAL);
    item.einddatum = id_days_from_civil(10000, 1, 1);
    assert_int_equal(ca_add(w, &item), MG_ERR_INTERNAL);
    item.einddatum = id_days_from_civil(3001, 1, 1);
    assert_int_equal(ca_add(w, &item), MG_ERR_INTERNAL);
    assert_int_equal(k.calls, 1);
    /* nothing was written: the calendar goes on */
    assert_int_equal(ca_add(w, &items[0]), MG_OK);
    assert_int_equal(ca_end(w), MG_OK);
    cal = icalparser_parse_string(k.s);
    assert_non_null(cal);
    assert_int_equal(icalcomponent_count_components(cal, ICAL_VTODO_COMPONENT), 1);
    icalcomponent_free(cal);
    free(k.s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_back),    cmocka_unit_test(test_reproducible),
        cmocka_unit_test(test_empty),         cmocka_unit_test(test_write_fails),
        cmocka_unit_test(test_bad_arguments),
    };
    int rc;

    make_items();
    rc = cmocka_run_group_tests(tests, NULL, NULL);
    icaltimezone_free_builtin_timezones();
    icalmemory_free_ring();
    return rc;
}
