/* report.c — rapport.txt: per file what was read and decided, routes, follow-ups, staff, findings. */
#include "report.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ident.h"
#include "msg.h"
#include "text.h"

/* How many finding codes the report lists. */
#define RP_TOP_CODES 10

/* Room for a count with thousands separators: 20 digits, 6 separators, NUL. */
#define RP_NUM_MAX 32

/* A growing text buffer. */
typedef struct rp_buf {
    char *s;
    size_t n, cap;
    int oom;
} rp_buf;

/* Append text formatted with a va_list. */
static void rp_addv(rp_buf *b, const char *fmt, va_list ap)
{
    va_list aq;
    int n;

    if (b->oom)
        return;
    for (;;) {
        size_t room = b->cap - b->n;
        va_copy(aq, ap);
        n = vsnprintf(b->s ? b->s + b->n : NULL, b->s ? room : 0, fmt, aq);
        va_end(aq);
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

/* Append formatted text. */
PF_PRINTF(2, 3) static void rp_add(rp_buf *b, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    rp_addv(b, fmt, ap);
    va_end(ap);
}

/* Append formatted text and a line end. */
PF_PRINTF(2, 3) static void rp_line(rp_buf *b, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    rp_addv(b, fmt, ap);
    va_end(ap);
    rp_add(b, "\n");
}

/* Room for the {open} and {reden} parts of a follow-up sentence, and for a section name. */
#define RP_OPEN_MAX 256
#define RP_REASON_MAX 512
#define RP_SECTION_MAX 64

/* The sentence that tells a clerk what to do about a follow-up: its kind's section of opvolging-acties.txt,
 * with {open} from section open, open-een or open-onbekend (plural, singular, unknown) and {reden} from the
 * reden-* section of the employer's reason. */
const char *rp_followup_action(const ps_prose *ps, const mg_followup *f, mg_lang lang, char *buf, size_t size)
{
    const char *vals[PS_PH_COUNT] = {0};
    char count[RP_NUM_MAX], open[RP_OPEN_MAX], reason[RP_REASON_MAX], name[RP_SECTION_MAX];
    mg_followkind kind = (int)f->kind >= 0 && f->kind < FU_COUNT ? f->kind : FU_SUCCESSOR_UNKNOWN;
    const char *reden = f->reden ? f->reden : "";
    mg_reason why;
    const ps_section *sec;

    snprintf(count, sizeof count, "%ld", f->open_meldingen);
    vals[PS_PH_AANTAL] = count;
    sec = ps_section_get(ps, lang, PS_FOLLOW_ACTIONS,
                         f->open_meldingen < 0    ? PS_SECTION_OPEN_UNKNOWN
                         : f->open_meldingen == 1 ? PS_SECTION_OPEN_ONE
                                                  : PS_SECTION_OPEN);
    ps_expand(ps_sentence(sec), vals, open, sizeof open);
    vals[PS_PH_AANTAL] = NULL;
    {
        /* the reason is matched like the routing does: without regard to ASCII case */
        char low[RP_SECTION_MAX];
        size_t i;
        for (i = 0; reden[i] && i + 1 < sizeof low; i++)
            low[i] = reden[i] >= 'A' && reden[i] <= 'Z' ? (char)(reden[i] + 32) : reden[i];
        low[i] = '\0';
        why = reden[i] ? RS_OTHER : mg_reason_parse(low);
    }
    if (why == RS_NONE)
        snprintf(name, sizeof name, "%s", PS_SECTION_REASON_NONE);
    else
        snprintf(name, sizeof name, "%s%s", PS_SECTION_REASON_PREFIX, mg_reason_name(why));
    vals[PS_PH_TEKST] = reden;
    ps_expand(ps_sentence(ps_section_get(ps, lang, PS_FOLLOW_ACTIONS, name)), vals, reason, sizeof reason);
    vals[PS_PH_TEKST] = NULL;
    vals[PS_PH_NAAM] = f->naam;
    vals[PS_PH_KVK] = f->kvk;
    vals[PS_PH_LHN] = f->lhn;
    vals[PS_PH_OPVOLGER] = f->opvolger;
    vals[PS_PH_OPEN] = open;
    vals[PS_PH_REDEN] = reason;
    sec = ps_section_get(ps, lang, PS_FOLLOW_ACTIONS, mg_followkind_name(kind));
    ps_expand(ps_sentence(sec), vals, buf, size);
    return buf;
}

/* n with thousands separators in the report's language (Dutch 1.234.567, English 1,234,567), in buf. */
static const char *rp_num(size_t n, mg_lang lang, char *buf)
{
    return tx_thousands(n, lang, buf, RP_NUM_MAX);
}

/* The ledger outcome as the report shows it (the CSV keeps the code). */
const char *rp_outcome_label(mg_outcome oc, mg_lang lang)
{
    static const mg_msg ids[OC_COUNT] = {MSG_NONE,
                                         MSG_RP_OUTCOME_USED,
                                         MSG_RP_OUTCOME_REJECTED,
                                         MSG_RP_OUTCOME_SKIPPED,
                                         MSG_RP_OUTCOME_DUPLICATE,
                                         MSG_RP_OUTCOME_MOVED};

    return (int)oc >= 0 && oc < OC_COUNT ? msg_text(ids[oc], lang) : "";
}

/* The route as the report shows it. */
const char *rp_route_label(mg_route r, mg_lang lang)
{
    static const mg_msg ids[RT_COUNT] = {MSG_NONE,           MSG_RP_ROUTE_BEHEERMODULE, MSG_RP_ROUTE_FORM,
                                         MSG_RP_ROUTE_PAPER, MSG_RP_ROUTE_NONE,         MSG_RP_ROUTE_OWN};

    return (int)r >= 0 && r < RT_COUNT ? msg_text(ids[r], lang) : "";
}

/* The follow-up kind as the report shows it (the CSV keeps the code). */
const char *rp_followkind_label(mg_followkind k, mg_lang lang)
{
    static const mg_msg ids[FU_COUNT] = {MSG_RP_FOLLOW_TRANSFER, MSG_RP_FOLLOW_UNREACHABLE,
                                         MSG_RP_FOLLOW_NO_KVK, MSG_RP_FOLLOW_FOREIGN,
                                         MSG_RP_FOLLOW_SUCCESSOR};

    return (int)k >= 0 && k < FU_COUNT ? msg_text(ids[k], lang) : "";
}

/* The staff action as the report shows it. */
const char *rp_action_label(mg_action a, mg_lang lang)
{
    static const mg_msg ids[ACT_COUNT] = {MSG_RP_ACTION_NONE,      MSG_RP_ACTION_REQUEST_EH3,
                                          MSG_RP_ACTION_RAISE_EH3, MSG_RP_ACTION_NEW_MEANS,
                                          MSG_RP_ACTION_PERSONAL,  MSG_RP_ACTION_BLOCKED};

    return (int)a >= 0 && a < ACT_COUNT ? msg_text(ids[a], lang) : "";
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

/* The input files: how each was read and what became of its rows (registrations exports too). */
static void rp_files(rp_buf *b, const mg_portfolio *p, mg_lang en)
{
    int f;
    size_t i;
    char num[RP_NUM_MAX];

    rp_add(b, "\n%s\n", MG_TEXT(en, MSG_RP_INPUT_FILES));
    for (f = 0; f < MG_FILE_SLOTS; f++) {
        const mg_fileinfo *fi = &p->files[f];
        size_t count[OC_COUNT] = {0};
        const mg_ledger *l = &p->ledger[f];
        if (!fi->read)
            continue;
        for (i = 0; i < l->n; i++)
            count[l->v[i].outcome < OC_COUNT ? l->v[i].outcome : 0]++;
        rp_add(b, "  %s: %s", fi->name, cr_encoding_name(fi->info.encoding));
        if (fi->info.bom)
            rp_add(b, " %s", MG_TEXT(en, MSG_RP_WITH_BOM));
        rp_line(b, " %s, %s %s, %s",
                fi->info.encoding_detected ? MG_TEXT(en, MSG_RP_DETECTED) : MG_TEXT(en, MSG_RP_SET),
                cr_delimiter_name(fi->info.delimiter, en),
                fi->info.delimiter_detected ? MG_TEXT(en, MSG_RP_DETECTED) : MG_TEXT(en, MSG_RP_SET),
                fi->info.crlf == 1   ? "CRLF"
                : fi->info.crlf == 2 ? "CR"
                                     : "LF");
        rp_add(b, "    ");
        rp_add(b, MG_FMT(en, MSG_RP_ROWS_READ), rp_num(fi->rows, en, num));
        rp_add(b, " ");
        for (i = 1; i < OC_COUNT; i++)
            rp_add(b, "%s%s %s", i > 1 ? ", " : "", rp_num(count[i], en, num),
                   rp_outcome_label((mg_outcome)i, en));
        rp_add(b, "\n");
    }
}

/* The findings: counts per severity and the most frequent codes. */
static void rp_findings(rp_buf *b, const mg_portfolio *p, mg_lang en)
{
    rp_top top[FD_COUNT];
    size_t ntop = 0, i;
    char num[RP_NUM_MAX];

    {
        char n2[RP_NUM_MAX], n3[RP_NUM_MAX];
        rp_add(b, "\n");
        rp_line(b, MG_FMT(en, MSG_RP_FINDINGS), rp_num(fd_count_severity(&p->findings, FD_FOUT), en, num),
                rp_num(fd_count_severity(&p->findings, FD_WAARSCHUWING), en, n2),
                rp_num(fd_count_severity(&p->findings, FD_INFO), en, n3));
    }
    for (i = 1; i < FD_COUNT; i++)
        if (p->findings.count[i]) {
            top[ntop].code = (fd_code)i;
            top[ntop++].n = p->findings.count[i];
        }
    qsort(top, ntop, sizeof *top, rp_top_cmp);
    for (i = 0; i < ntop && i < RP_TOP_CODES; i++)
        rp_add(b, "  %-24s %6s  %s\n", fd_def_get(top[i].code)->code, rp_num(top[i].n, en, num),
               fd_severity_name(fd_worst(&p->findings, top[i].code), en));
    if (ntop > RP_TOP_CODES) {
        rp_add(b, "  ");
        rp_line(b, MG_FMT(en, MSG_RP_MORE_CODES), ntop - RP_TOP_CODES);
    }
}

/* The finished text: NULL when out of memory, control characters escaped for the terminal. */
static char *rp_finish(rp_buf *b)
{
    if (b->oom) {
        free(b->s);
        return NULL;
    }
    if (!b->s)
        return calloc(1, 1);
    if (!tx_terminal_safe(b->s, b->n, TX_KEEP_LF)) {
        /* the report goes to a terminal too: names from the data show control characters as \x1b */
        char *shown = tx_escape_dup(b->s, b->n, TX_KEEP_LF);
        free(b->s);
        return shown;
    }
    return b->s;
}

/* Build the report. */
char *rp_build(const mg_config *cfg, const mg_portfolio *p, const rp_run *run)
{
    rp_buf b = {0};
    mg_lang en = cfg->lang;
    char d1[11], d2[11];
    size_t i;
    char num[RP_NUM_MAX];

    id_format_dmy(cfg->ingangsdatum, d1);
    id_format_dmy(id_add_years(cfg->ingangsdatum, cfg->years) - 1, d2);
    rp_line(&b, run->dry_run ? MG_FMT(en, MSG_RP_TITLE_DRY) : MG_FMT(en, MSG_RP_TITLE), run->version);
    rp_add(&b, "\n");
    rp_line(&b, MG_FMT(en, MSG_RP_INTERMEDIARY), cfg->naam, cfg->kvk, cfg->leverancier,
            cfg->eh_niveau ? cfg->eh_niveau : "?");
    rp_line(&b, MG_FMT(en, MSG_RP_REQUESTS), d1, d2, cfg->years,
            cfg->scope == SCOPE_DIENSTVERLENER ? "dienstverlener" : "per-dienst", run->format);
    rp_files(&b, p, en);
    rp_add(&b, "\n%s\n", MG_TEXT(en, MSG_RP_ROUTES_HEAD));
    for (i = 1; i < RT_COUNT; i++)
        rp_add(&b, "  %-14s %6s\n", rp_route_label((mg_route)i, en), rp_num(p->route_count[i], en, num));
    rp_add(&b, "  ");
    rp_line(&b, MG_FMT(en, MSG_RP_INTERNALS), rp_num(p->ninternals, en, num));
    rp_add(&b, "\n%s\n", MG_TEXT(en, MSG_RP_FOLLOWUP_HEAD));
    for (i = 0; i < FU_COUNT; i++)
        rp_add(&b, "  %-22s %6s\n", rp_followkind_label((mg_followkind)i, en),
               rp_num(p->follow_count[i], en, num));
    rp_add(&b, "\n%s\n", MG_TEXT(en, MSG_RP_ACTIONS_HEAD));
    for (i = 0; i < ACT_COUNT; i++)
        rp_add(&b, "  %-20s %6s\n", rp_action_label((mg_action)i, en), rp_num(p->action_count[i], en, num));
    rp_findings(&b, p, en);
    if (run->strict && !run->dry_run && fd_count_severity(&p->findings, FD_FOUT) > 0)
        rp_add(&b, "\n%s\n", MG_TEXT(en, MSG_RP_STRICT));
    if (p->blocking)
        rp_add(&b, "\n%s\n", MG_TEXT(en, MSG_RP_BLOCKING));
    return rp_finish(&b);
}

/* A share as a percentage in a language. */
const char *rp_share(size_t part, size_t whole, mg_lang lang, char *buf)
{
    char *c;

    if (!whole) {
        snprintf(buf, RP_SHARE_MAX, "-");
        return buf;
    }
    snprintf(buf, RP_SHARE_MAX, "%.1f %%", 100.0 * (double)part / (double)whole);
    for (c = buf; lang == LANG_NL && *c; c++)
        if (*c == '.')
            *c = ',';
    return buf;
}

/* Build the report of a status run. */
char *rp_build_status(const mg_config *cfg, const mg_portfolio *p, const rp_status *run)
{
    rp_buf b = {0};
    mg_lang en = cfg->lang;
    char d[11], num[RP_NUM_MAX], n2[RP_NUM_MAX], share[RP_SHARE_MAX];
    const st_result *st = run->st;
    int s;

    id_format_dmy(run->today, d);
    rp_line(&b, MG_FMT(en, MSG_RP_STATUS_TITLE), run->version);
    rp_add(&b, "\n");
    rp_line(&b, MG_FMT(en, MSG_RP_INTERMEDIARY), cfg->naam, cfg->kvk, cfg->leverancier,
            cfg->eh_niveau ? cfg->eh_niveau : "?");
    rp_line(&b, MG_FMT(en, MSG_RP_STATUS_DATE), d, run->vorige, run->warn_days);
    rp_files(&b, p, en);
    rp_add(&b, "\n%s\n", MG_TEXT(en, MSG_RP_STATUS_HEAD));
    for (s = 0; s < ST_COUNT; s++)
        rp_add(&b, "  %-14s %6s\n", st_status_name((st_status)s), rp_num(st->count[s], en, num));
    rp_add(&b, "  ");
    rp_line(&b, MG_FMT(en, MSG_RP_STATUS_CLIENTS), rp_num(st->clients, en, num),
            rp_num(st->clients_registered, en, n2), rp_share(st->clients_registered, st->clients, en, share));
    rp_add(&b, "  ");
    rp_line(&b, MG_FMT(en, MSG_RP_STATUS_DELTA), rp_num(run->ndelta, en, num));
    rp_findings(&b, p, en);
    if (p->blocking)
        rp_add(&b, "\n%s\n", MG_TEXT(en, MSG_RP_BLOCKING));
    return rp_finish(&b);
}
