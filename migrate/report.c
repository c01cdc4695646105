/* report.c — rapport.txt: per file what was read and decided, routes, follow-ups, staff, findings. */
#include "report.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ident.h"
#include "text.h"

/* How many finding codes the report lists. */
#define RP_TOP_CODES 10

/* A growing text buffer. */
typedef struct rp_buf {
    char *s;
    size_t n, cap;
    int oom;
} rp_buf;

/* Append formatted text. */
__attribute__((format(printf, 2, 3))) static void rp_add(rp_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (b->oom)
        return;
    for (;;) {
        size_t room = b->cap - b->n;
        va_start(ap, fmt);
        n = vsnprintf(b->s ? b->s + b->n : NULL, b->s ? room : 0, fmt, ap);
        va_end(ap);
        if (n < 0) {
            b->oom = 1;
            return;
        }
        if (b->s && (size_t)n < room) {
            b->n += (size_t)n;
            return;
        }
        {
            size_t ncap = (b->cap + (size_t)n + 1) * 2;
            char *ns = realloc(b->s, ncap);
            if (!ns) {
                b->oom = 1;
                return;
            }
            b->s = ns;
            b->cap = ncap;
        }
    }
}

/* The sentence that tells a clerk what to do about a follow-up. */
const char *rp_followup_action(const mg_followup *f, mg_lang lang, char *buf, size_t size)
{
    char n[32];

    if (f->open_meldingen < 0)
        snprintf(n, sizeof n, lang ? "the open" : "de open");
    else
        snprintf(n, sizeof n, lang ? "the %ld open" : "de %ld open", f->open_meldingen);
    switch (f->kind) {
    case FU_TRANSFER_REPORTS:
        snprintf(
            buf, size,
            lang
                ? "Call UWV Telefoon Werkgevers: say that %s (%s) was merged or taken over and ask UWV to "
                  "move %s sick report(s) on %s to the new payroll tax number %s. Note the date and the "
                  "name of the UWV employee."
                : "Bel UWV Telefoon Werkgevers: meld dat %s (%s) is gefuseerd of overgenomen en vraag UWV "
                  "%s ziekmelding(en) op %s over te zetten naar het nieuwe loonheffingennummer %s. Noteer "
                  "datum en naam van de UWV-medewerker.",
            f->naam, f->lhn, n, f->lhn, f->opvolger);
        break;
    case FU_REPORTS_UNREACHABLE:
        snprintf(
            buf, size,
            lang
                ? "Call UWV Telefoon Werkgevers about %s sick report(s) on inactive number %s (%s): they "
                  "can no longer be seen with eHerkenning. Ask how to report recovery or settle them "
                  "(on paper if need be)."
                : "Bel UWV Telefoon Werkgevers over %s ziekmelding(en) op het inactieve nummer %s (%s): ze "
                  "zijn met eHerkenning niet meer te zien. Vraag hoe u ze hersteld meldt of afhandelt "
                  "(zo nodig op papier).",
            n, f->lhn, f->naam);
        break;
    case FU_NO_KVK:
        snprintf(
            buf, size,
            lang
                ? "%s (%s) has no KvK number and cannot use eHerkenning: handle UWV matters on paper "
                  "(UWV forms for employers) and call UWV Telefoon Werkgevers to receive post on paper for "
                  "running cases. If the employer is registered with the KvK, add the number and run again."
                : "%s (%s) heeft geen KvK-nummer en kan geen eHerkenning gebruiken: regel UWV-zaken op "
                  "papier (formulieren werkgevers van UWV) en bel UWV Telefoon Werkgevers om post voor "
                  "lopende zaken op papier te krijgen. Staat de werkgever wel bij de KvK, vul het nummer "
                  "in en draai opnieuw.",
            f->naam, f->lhn);
        break;
    case FU_FOREIGN_EMPLOYER:
        snprintf(
            buf, size,
            lang ? "%s (%s) is a foreign employer without a Dutch KvK registration: it cannot use "
                      "eHerkenning. Handle UWV matters on paper and call UWV Telefoon Werkgevers to receive "
                      "post on paper."
                    : "%s (%s) is een buitenlandse werkgever zonder KvK-inschrijving en kan geen eHerkenning "
                      "gebruiken. Regel UWV-zaken op papier en bel UWV Telefoon Werkgevers om post op papier "
                      "te krijgen.",
            f->naam, f->lhn);
        break;
    default:
        snprintf(
            buf, size,
            lang
                ? "The successor %s of %s (%s) is not in this portfolio. Check the number with the client; "
                  "if it belongs to this client add it to werkgevers.csv and run again, otherwise confirm "
                  "the successor with UWV Telefoon Werkgevers."
                : "De opvolger %s van %s (%s) staat niet in deze portefeuille. Controleer het nummer bij "
                  "de klant; hoort het bij deze klant, voeg het toe aan werkgevers.csv en draai opnieuw, "
                  "anders bevestig de opvolger bij UWV Telefoon Werkgevers.",
            f->opvolger, f->lhn, f->naam);
        break;
    }
    return buf;
}

/* Room for a count with thousands separators: 20 digits, 6 separators, NUL. */
#define RP_NUM_MAX 32

/* n with thousands separators in the report's language (Dutch 1.234.567, English 1,234,567), in buf. */
static const char *rp_num(size_t n, mg_lang lang, char *buf)
{
    char digits[RP_NUM_MAX];
    int len = snprintf(digits, sizeof digits, "%zu", n), i, k = 0;

    for (i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            buf[k++] = lang ? ',' : '.';
        buf[k++] = digits[i];
    }
    buf[k] = '\0';
    return buf;
}

/* The ledger outcome as the report shows it (the CSV keeps the code). */
static const char *rp_outcome(mg_outcome oc, mg_lang lang)
{
    static const char *const en[OC_COUNT] = {"", "used", "rejected", "skipped", "duplicate", "moved"};

    return lang && (int)oc >= 0 && oc < OC_COUNT ? en[oc] : mg_outcome_name(oc);
}

/* The route as the report shows it. */
static const char *rp_route(mg_route r, mg_lang lang)
{
    static const char *const en[RT_COUNT] = {"", "beheermodule", "form", "paper", "none"};

    return lang && (int)r >= 0 && r < RT_COUNT ? en[r] : mg_route_name(r);
}

/* The follow-up kind as the report shows it (the CSV keeps the code). */
static const char *rp_followkind(mg_followkind k, mg_lang lang)
{
    static const char *const nl[FU_COUNT] = {"meldingen overzetten", "meldingen onbereikbaar", "geen KvK",
                                             "buitenlandse werkgever", "opvolger onbekend"};
    static const char *const en[FU_COUNT] = {"transfer reports", "reports unreachable", "no KvK",
                                             "foreign employer", "successor unknown"};

    return (int)k >= 0 && k < FU_COUNT ? (lang ? en[k] : nl[k]) : "";
}

/* The staff action as the report shows it. */
static const char *rp_action(mg_action a, mg_lang lang)
{
    static const char *const en[ACT_COUNT] = {"none",      "request-eh3",    "raise-to-eh3",
                                              "new-means", "personal-means", "blocked"};

    return lang && (int)a >= 0 && a < ACT_COUNT ? en[a] : mg_action_name(a);
}

/* One finding code and how often it occurred, for the top list. */
typedef struct rp_top {
    fd_code code;
    size_t n;
} rp_top;

/* Order codes by count (descending), then code name. */
static int rp_top_cmp(const void *a, const void *b)
{
    const rp_top *x = a, *y = b;

    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(fd_def_get(x->code)->code, fd_def_get(y->code)->code);
}

/* Build the report. */
char *rp_build(const mg_config *cfg, const mg_portfolio *p, const rp_run *run)
{
    rp_buf b = {0};
    int en = cfg->lang, f;
    char d1[11], d2[11];
    rp_top top[FD_COUNT];
    size_t ntop = 0, i;
    char num[RP_NUM_MAX];

    id_format_dmy(cfg->ingangsdatum, d1);
    id_format_dmy(id_add_years(cfg->ingangsdatum, cfg->years) - 1, d2);
    rp_add(&b, en ? "migrate %s — report%s\n" : "migrate %s — rapport%s\n", run->version,
           run->dry_run ? (en ? " (dry run: nothing but this report and the overview is written)"
                              : " (proefrun: alleen dit rapport en het overzicht worden geschreven)")
                        : "");
    rp_add(&b, "\n");
    rp_add(&b,
           en ? "Intermediary:  %s (KvK %s), supplier %s, level %s\n"
              : "Intermediair:  %s (KvK %s), leverancier %s, niveau %s\n",
           cfg->naam, cfg->kvk, cfg->leverancier, cfg->eh_niveau ? cfg->eh_niveau : "?");
    rp_add(&b,
           en ? "Requests:      from %s to %s (%d years), scope %s, output format %s\n"
              : "Aanvragen:     van %s tot en met %s (%d jaar), reikwijdte %s, uitvoerformaat %s\n",
           d1, d2, cfg->years, cfg->scope == SCOPE_DIENSTVERLENER ? "dienstverlener" : "per-dienst",
           run->format);
    rp_add(&b, "\n%s\n", en ? "Input files" : "Invoerbestanden");
    for (f = 0; f < SC_FILE_COUNT; f++) {
        const mg_fileinfo *fi = &p->files[f];
        size_t count[OC_COUNT] = {0};
        const mg_ledger *l = &p->ledger[f];
        if (!fi->read)
            continue;
        for (i = 0; i < l->n; i++)
            count[l->v[i].outcome < OC_COUNT ? l->v[i].outcome : 0]++;
        rp_add(&b, "  %s: %s%s%s, %s%s, %s\n", fi->name, cr_encoding_name(fi->info.encoding),
               fi->info.bom ? (en ? " with BOM" : " met BOM") : "",
               fi->info.encoding_detected ? (en ? " (detected)" : " (herkend)")
                                          : (en ? " (set)" : " (ingesteld)"),
               cr_delimiter_name(fi->info.delimiter, en),
               fi->info.delimiter_detected ? (en ? " (detected)" : " (herkend)")
                                           : (en ? " (set)" : " (ingesteld)"),
               fi->info.crlf == 1   ? "CRLF"
               : fi->info.crlf == 2 ? "CR"
                                    : "LF");
        rp_add(&b, en ? "    %s rows read: " : "    %s regels gelezen: ", rp_num(fi->rows, en, num));
        for (i = 1; i < OC_COUNT; i++)
            rp_add(&b, "%s%s %s", i > 1 ? ", " : "", rp_num(count[i], en, num),
                   rp_outcome((mg_outcome)i, en));
        rp_add(&b, "\n");
    }
    rp_add(&b, "\n%s\n",
           en ? "Routes (per client KvK; papier per payroll tax number)"
              : "Routes (per KvK van de klant; papier per loonheffingennummer)");
    for (i = 1; i < RT_COUNT; i++)
        rp_add(&b, "  %-14s %6s\n", rp_route((mg_route)i, en), rp_num(p->route_count[i], en, num));
    rp_add(&b, en ? "  internal grants to pass on: %s\n" : "  interne machtigingen door te geven: %s\n",
           rp_num(p->ninternals, en, num));
    rp_add(&b, "\n%s\n", en ? "UWV follow-up" : "UWV-opvolging");
    for (i = 0; i < FU_COUNT; i++)
        rp_add(&b, "  %-22s %6s\n", rp_followkind((mg_followkind)i, en), rp_num(p->follow_count[i], en, num));
    rp_add(&b, "\n%s\n", en ? "Staff actions" : "Acties medewerkers");
    for (i = 0; i < ACT_COUNT; i++)
        rp_add(&b, "  %-20s %6s\n", rp_action((mg_action)i, en), rp_num(p->action_count[i], en, num));
    {
        char n2[RP_NUM_MAX], n3[RP_NUM_MAX];
        rp_add(&b, "\n%s %s %s, %s %s, %s info\n",
               en ? "Findings:" : "Bevindingen:", rp_num(fd_count_severity(&p->findings, FD_FOUT), en, num),
               en ? "errors" : "fouten", rp_num(fd_count_severity(&p->findings, FD_WAARSCHUWING), en, n2),
               en ? "warnings" : "waarschuwingen", rp_num(fd_count_severity(&p->findings, FD_INFO), en, n3));
    }
    for (i = 1; i < FD_COUNT; i++)
        if (p->findings.count[i]) {
            top[ntop].code = (fd_code)i;
            top[ntop++].n = p->findings.count[i];
        }
    qsort(top, ntop, sizeof *top, rp_top_cmp);
    for (i = 0; i < ntop && i < RP_TOP_CODES; i++)
        rp_add(&b, "  %-24s %6s  %s\n", fd_def_get(top[i].code)->code, rp_num(top[i].n, en, num),
               fd_severity_name(fd_worst(&p->findings, top[i].code), en));
    if (ntop > RP_TOP_CODES)
        rp_add(&b,
               en ? "  ... and %zu more codes (see afwijzingen.csv and the overview)\n"
                  : "  ... en nog %zu codes (zie afwijzingen.csv en het overzicht)\n",
               ntop - RP_TOP_CODES);
    if (run->strict && !run->dry_run && fd_count_severity(&p->findings, FD_FOUT) > 0)
        rp_add(&b, "\n%s\n",
               en ? "STRICT: there are error findings, so the import files (beheermodule and formulier) were "
                    "not "
                    "written. Fix the rejected records and run again."
                  : "STRIKT: er zijn fouten, dus de importbestanden (beheermodule en formulier) zijn niet "
                    "geschreven. Herstel de afgewezen records en draai opnieuw.");
    if (p->blocking)
        rp_add(&b, "\n%s\n",
               en ? "BLOCKING: the intermediary settings must be fixed first (see the findings above); a "
                    "real run "
                    "writes nothing until then."
                  : "BLOKKEREND: eerst de instellingen van de intermediair herstellen (zie de bevindingen "
                    "hierboven); "
                    "een echte run schrijft tot dan niets.");
    if (b.oom) {
        free(b.s);
        return NULL;
    }
    if (!b.s)
        return calloc(1, 1);
    if (!tx_terminal_safe(b.s, b.n, TX_KEEP_LF)) {
        /* the report goes to a terminal too: names from the data show control characters as \x1b */
        char *shown = tx_escape_dup(b.s, b.n, TX_KEEP_LF);
        free(b.s);
        return shown;
    }
    return b.s;
}
