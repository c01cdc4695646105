/* ics_sample.c — writes a sample verloopdata.ics through calendar.c, for ics_check.py (make test-ics). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "ident.h"
#include "msg.h"

/* Days before the due date that the sample's alarms go off. */
#define SAMPLE_WARN_DAYS 30

/* Names the sample cycles through: iCalendar's special characters, a line break, quotes, a control, emoji. */
static const char *const names[] = {
    "Jansen Salarisadministratie B.V.",
    "Bakkerij \"De Korenschoof\"; Smit, Zn.\\Vof",
    "Twee\nregels\tmet tab",
    "Esc\x1b[31mRood \xF0\x9F\x98\x80 caf\xC3\xA9 \xC3\x93mega",
    "Stichting Zorggroep Noord-Oost Nederland voor Wijkverpleging, Thuiszorg en Mantelzorgondersteuning",
};

/* Service codes and names the sample cycles through. */
static const char *const services[][2] = {
    {"verzuim", "Ziek- en herstelmeldingen"},
    {"loonaangifte", "Loonaangifte; correcties, \\ alles"},
    {"alle-diensten", "Alle diensten"},
};

/* Write callback: to the FILE in ctx. */
static int to_file(void *ctx, const char *buf, size_t len)
{
    return fwrite(buf, 1, len, ctx) != len;
}

/* ics_sample FILE nl|en COUNT: COUNT to-dos, one client KvK each, due on consecutive days from 2027-01-01. */
int main(int argc, char **argv)
{
    ca_options o = {SAMPLE_WARN_DAYS, 86400LL * id_days_from_civil(2026, 12, 5) + 22 * 3600 + 23 * 60,
                    LANG_NL, "Jansen Salarisadministratie B.V."};
    int lang = argc == 4 ? msg_lang_parse(argv[2]) : -1;
    long n = argc == 4 ? strtol(argv[3], NULL, 10) : -1;
    mg_error err = MG_OK;
    ca_writer *w = NULL;
    FILE *fp = NULL;
    int rc = 1;

    if (lang < 0 || n < 0 || n > 1000000) {
        fprintf(stderr, "usage: ics_sample FILE nl|en COUNT\n");
        return 2;
    }
    o.lang = (mg_lang)lang;
    fp = fopen(argv[1], "wb");
    if (!fp) {
        perror(argv[1]);
        return 1;
    }
    w = ca_begin(&o, to_file, fp, &err);
    for (long i = 0; w && !err && i < n; i++) {
        char kvk[16];
        ca_item item;
        snprintf(kvk, sizeof kvk, "%08ld", 10000000 + i);
        item.kvk = kvk;
        item.naam = names[i % (long)(sizeof names / sizeof names[0])];
        item.dienst_code = services[i % 3][0];
        item.dienst = services[i % 3][1];
        item.einddatum = id_days_from_civil(2027, 1, 1) + (int32_t)i;
        err = ca_add(w, &item);
    }
    if (w && !err) {
        err = ca_end(w);
        w = NULL;
    }
    ca_free(w);
    if (fclose(fp) != 0 && !err)
        err = MG_ERR_WRITE;
    if (err)
        fprintf(stderr, "ics_sample: %s: %s\n", argv[1], mg_strerror_lang(err, LANG_EN));
    else
        rc = 0;
    return rc;
}
