/* letters.c — the signing pack: letters built from formats/brieven/ texts, laid out by pdf.c, and their
 * mails.
 */
#include "letters.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ident.h"
#include "ini.h"
#include "platform.h"
#include "pool.h"
#include "prose.h"
#include "text.h"

/* Hard limits. */
#define LT_BLOCKS_MAX 256   /* blocks of one letter: the template's items and a block per signer */
#define LT_VALUE_MAX 4096   /* longest expanded text of one block */
#define LT_NAMES_MAX 4096   /* longest list of signers' names */
#define LT_LIST_MAX 256     /* room for the list of known keys in a message */
#define LT_SUFFIX_MAX 10000 /* most letters that share a KvK and name (a status run's periods) */

/* The section of opmaak.ini. */
#define LT_SECTION "opmaak"

/* ---- formats/brieven/opmaak.ini ---- */

/* One number of the layout: its key, where it goes, and the range it must be in. */
typedef struct lt_numkey {
    const char *key;
    size_t offset; /* in pd_style */
    double min, max;
} lt_numkey;

static const lt_numkey lt_numkeys[] = {
    {"grootte", offsetof(pd_style, size), 6, 24},
    {"grootte_titel", offsetof(pd_style, title_size), 6, 36},
    {"grootte_kop", offsetof(pd_style, heading_size), 6, 30},
    {"marge_mm", offsetof(pd_style, margin_mm), 5, 60},
    {"boven_mm", offsetof(pd_style, top_mm), 5, 60},
    {"onder_mm", offsetof(pd_style, bottom_mm), 5, 60},
    {"labelbreedte_mm", offsetof(pd_style, label_mm), 15, 100},
};
#define LT_NNUM (sizeof lt_numkeys / sizeof *lt_numkeys)

/* Reading opmaak.ini. */
typedef struct lt_parser {
    lt_layout *lay;
    const char *dir; /* formats/brieven, for relative font paths */
    int in_section;
    long seen[LT_NNUM];
} lt_parser;

/* The keys of [opmaak], for messages. */
static const char *lt_key_list(char *buf, size_t size)
{
    size_t i, n;

    n = (size_t)snprintf(buf, size, "lettertype, lettertype_vet");
    for (i = 0; i < LT_NNUM && n < size; i++)
        n += (size_t)snprintf(buf + n, size - n, ", %s", lt_numkeys[i].key);
    return buf;
}

/* A section header of opmaak.ini: only [opmaak]. */
static int lt_on_section(in_parser *ip, const char *name, size_t len)
{
    lt_parser *p = ip->user;
    char buf[LT_LIST_MAX];

    if (len != strlen(LT_SECTION) || strncasecmp(name, LT_SECTION, len) != 0) {
        snprintf(buf, sizeof buf, "%.*s", (int)(len < 64 ? len : 64), name);
        return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_CAT_UNKNOWN_SECTION, buf, "[" LT_SECTION "]");
    }
    p->in_section = 1;
    return 1;
}

/* A font path: absolute (on Windows also C:\… or \\server\…), or relative to formats/brieven/. NULL when out
 * of memory. */
static char *lt_font_path(const char *dir, const char *value)
{
    char *s;
    size_t n;

    if (pf_root_len(value) > 0)
        return strdup(value);
    n = strlen(dir) + 1 + strlen(value) + 1;
    s = malloc(n);
    if (s) {
        memcpy(s, dir, strlen(dir));
        s[strlen(dir)] = '/';
        memcpy(s + strlen(dir) + 1, value, strlen(value) + 1);
    }
    return s;
}

/* A key of [opmaak]. */
static int lt_on_key(in_parser *ip, const char *section, const char *name, const char *value)
{
    lt_parser *p = ip->user;
    char buf[LT_LIST_MAX];
    size_t i;

    (void)section;
    if (!p->in_section)
        return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_CAT_KEY_BEFORE_SECTION, name, "[" LT_SECTION "]");
    if (!value[0])
        return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_CAT_NO_VALUE, name);
    if (!strcasecmp(name, "lettertype") || !strcasecmp(name, "lettertype_vet")) {
        char **dst = !strcasecmp(name, "lettertype") ? &p->lay->font : &p->lay->font_bold;
        if (strlen(value) + strlen(p->dir) + 2 > LT_PATH_MAX)
            return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_CAT_VALUE_TOO_LONG, name, LT_PATH_MAX - 1);
        *dst = lt_font_path(p->dir, value);
        if (!*dst)
            return IN_ERROR(ip, ip->line, MG_ERR_NOMEM, MSG_OUT_OF_MEMORY);
        if (dst == &p->lay->font)
            p->lay->font_line = ip->line;
        return 1;
    }
    for (i = 0; i < LT_NNUM; i++)
        if (!strcasecmp(name, lt_numkeys[i].key)) {
            char *end;
            double v;
            errno = 0;
            v = strtod(value, &end);
            if (errno || end == value || *end || !(v >= lt_numkeys[i].min && v <= lt_numkeys[i].max) ||
                !isdigit((unsigned char)value[0]))
                return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_LT_BAD_NUMBER, name, value,
                                lt_numkeys[i].min, lt_numkeys[i].max);
            *(double *)((char *)&p->lay->style + lt_numkeys[i].offset) = v;
            p->seen[i] = ip->line;
            return 1;
        }
    return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_CAT_UNKNOWN_KEY, name, LT_SECTION,
                    lt_key_list(buf, sizeof buf));
}

/* The end of opmaak.ini: every key but lettertype_vet given. */
static int lt_on_end(in_parser *ip)
{
    lt_parser *p = ip->user;
    size_t i;

    if (!p->lay->font)
        return IN_ERROR(ip, 0, MG_ERR_CONFIG, MSG_LT_KEY_MISSING, "lettertype");
    for (i = 0; i < LT_NNUM; i++)
        if (!p->seen[i])
            return IN_ERROR(ip, 0, MG_ERR_CONFIG, MSG_LT_KEY_MISSING, lt_numkeys[i].key);
    return 1;
}

/* Read opmaak.ini. */
mg_error lt_layout_load(const char *formats_dir, lt_layout *lay, mg_errinfo *ei)
{
    static const in_schema schema = {{"opmaak.ini", "opmaak.ini"}, 1, MSG_NONE, NULL, 0, 0};
    in_hooks hooks = {lt_on_section, lt_on_key, lt_on_end, NULL};
    char dir[LT_PATH_MAX], msg[LANG_COUNT][MG_ERRMSG_MAX];
    const char *why[LANG_COUNT] = {NULL, NULL};
    lt_parser parser;
    char *text = NULL;
    size_t len = 0;
    int open_failed = 0, n, l;
    mg_error err;

    memset(lay, 0, sizeof *lay);
    n = snprintf(dir, sizeof dir, "%s/%s", formats_dir, LT_LAYOUT_DIR);
    if (n < 0 || (size_t)n >= sizeof dir ||
        (size_t)snprintf(lay->path, sizeof lay->path, "%s/%s", dir, LT_LAYOUT_FILE) >= sizeof lay->path)
        return MG_FAIL(ei, MG_ERR_CONFIG, formats_dir, 0, MSG_CAT_PATH_TOO_LONG, LT_LAYOUT_FILE,
                       LT_PATH_MAX - 1);
    err = in_read_file(lay->path, &text, &len, why, &open_failed, ei);
    if (err == MG_ERR_INPUT && why[LANG_EN]) {
        for (l = 0; l < LANG_COUNT; l++)
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CAT_CANNOT_OPEN), why[l]);
        return mg_fail_texts(ei, MG_ERR_CONFIG, lay->path, 0, msg[LANG_NL], msg[LANG_EN]);
    }
    if (err)
        return err == MG_ERR_INPUT ? MG_ERR_CONFIG : err;
    memset(&parser, 0, sizeof parser);
    parser.lay = lay;
    parser.dir = dir;
    hooks.user = &parser;
    err = in_parse(lay->path, text, len, &schema, &hooks, ei);
    free(text);
    if (err) {
        lt_layout_clear(lay);
        return err;
    }
    lay->style.font = lay->font;
    lay->style.font_bold = lay->font_bold;
    return MG_OK;
}

/* Free what lt_layout_load allocated. */
void lt_layout_clear(lt_layout *lay)
{
    if (!lay)
        return;
    free(lay->font);
    free(lay->font_bold);
    lay->font = lay->font_bold = NULL;
    lay->style.font = lay->style.font_bold = NULL;
}

/* ---- file names ---- */

/* The short ASCII file name of a letter. */
void lt_file_name(const char *kvk, const char *naam, int (*taken)(void *ctx, const char *name), void *ctx,
                  char out[LT_FILE_MAX])
{
    char ascii[LT_SHORT_MAX * 8 + 1], shortname[LT_SHORT_MAX + 1];
    size_t i, n = 0;
    unsigned k;

    pf_ascii(naam ? naam : "", ascii, sizeof ascii);
    for (i = 0; ascii[i]; i++) { /* letters and digits, one '-' between words, no '-' at either end */
        unsigned char c = (unsigned char)ascii[i];
        if (isalnum(c) && c < 0x80) {
            if (n >= LT_SHORT_MAX)
                break;
            shortname[n++] = (char)tolower(c);
        } else if (c == '\'' || c == '"' || c == '`') {
            continue; /* 't Hoekje: t-hoekje, not -t-hoekje */
        } else if (n && shortname[n - 1] != '-') {
            if (n >= LT_SHORT_MAX)
                break;
            shortname[n++] = '-';
        }
    }
    if (ascii[i] && n == LT_SHORT_MAX) { /* cut: end at the last whole word when there is one */
        size_t cut = n;
        while (cut > 0 && shortname[cut - 1] != '-')
            cut--;
        if (cut > LT_SHORT_MAX / 2)
            n = cut;
    }
    while (n && shortname[n - 1] == '-')
        n--;
    shortname[n] = '\0';
    snprintf(out, LT_FILE_MAX, "%s%s%s.pdf", kvk, n ? "-" : "", shortname);
    for (k = 2; taken && taken(ctx, out) && k < LT_SUFFIX_MAX; k++)
        snprintf(out, LT_FILE_MAX, "%s%s%s-%u.pdf", kvk, n ? "-" : "", shortname, k);
}

/* ---- building a letter ---- */

/* A letter being built: its blocks and the texts they point to. */
typedef struct lt_doc {
    pd_block blocks[LT_BLOCKS_MAX];
    size_t n;
    mg_pool *pool;
    const char *vals[PS_PH_COUNT];
    const char *footer; /* the footer's text, placeholders unexpanded */
    const char *reference;
    const char *header; /* the reference at the top of a second page (section koptekst) */
    const char *title;
    const char *labels[4];
    char dates[2][11], today[11];
    mg_lang lang;
} lt_doc;

/* Expand text with vals into the pool, whole however long; NULL when out of memory. */
static const char *lt_expand_in(mg_pool *pool, const char *text, const char *const *vals)
{
    char buf[LT_VALUE_MAX];
    size_t n = ps_expand(text, vals, buf, sizeof buf);
    char *s;

    if (n < sizeof buf)
        return pool_strdup(pool, buf);
    s = pool_alloc(pool, n + 1); /* a long list of numbers, a long name */
    if (s)
        ps_expand(text, vals, s, n + 1);
    return s;
}

/* Expand text with the letter's values into its pool; NULL when out of memory. */
static const char *lt_expand(lt_doc *d, const char *text)
{
    return lt_expand_in(d->pool, text, d->vals);
}

/* Append the items of a section as blocks; MG_ERR_NOMEM, or MG_ERR_INTERNAL past LT_BLOCKS_MAX. */
static mg_error lt_add_section(lt_doc *d, const ps_section *sec)
{
    size_t i;

    for (i = 0; sec && i < sec->nitems; i++) {
        const ps_item *it = &sec->items[i];
        pd_block *b;
        if (d->n >= LT_BLOCKS_MAX)
            return MG_ERR_INTERNAL;
        b = &d->blocks[d->n++];
        b->label = NULL;
        b->text = lt_expand(d, it->text);
        switch (it->kind) {
        case PS_TITLE:
            b->kind = PD_TITLE;
            break;
        case PS_HEADING:
            b->kind = PD_HEADING;
            break;
        case PS_EMPTY:
            b->kind = PD_EMPTY;
            break;
        default:
            b->kind = it->label ? PD_ROW : PD_PARA;
            if (it->label && !(b->label = lt_expand(d, it->label)))
                return MG_ERR_NOMEM;
        }
        if (!b->text)
            return MG_ERR_NOMEM;
    }
    return MG_OK;
}

/* Join n strings with sep into the pool, leaving out empty ones; NULL when out of memory. */
static const char *lt_join(mg_pool *pool, const char *const *v, size_t n, const char *sep)
{
    size_t len = 1, i, o = 0;
    char *s;

    for (i = 0; i < n; i++)
        len += strlen(v[i]) + strlen(sep);
    s = pool_alloc(pool, len);
    if (!s)
        return NULL;
    s[0] = '\0';
    for (i = 0; i < n; i++)
        if (v[i][0])
            o += (size_t)snprintf(s + o, len - o, "%s%s", o ? sep : "", v[i]);
    return s;
}

/* The services of a request by full name, one list item (PD_BULLET) per line, in catalogue order (or the
 * all-services line). */
static const char *lt_services(const lt_set *s, lt_doc *d, const mg_request *r)
{
    const char *names[CAT_MAX_SERVICES];
    size_t k, n = 0;

    if (s->cfg->scope == SCOPE_DIENSTVERLENER)
        return ps_sentence(ps_section_get(s->cat->prose, d->lang, PS_LETTER, PS_SECTION_ALL_SERVICES));
    for (k = 0; k < s->cat->nservices && k < CAT_MAX_SERVICES; k++)
        if (r->services & ((uint64_t)1 << k)) {
            const cat_service *svc = &s->cat->services[k];
            const char *name =
                d->lang == LANG_EN && svc->name_en && svc->name_en[0] ? svc->name_en : svc->naam;
            char *item = pool_alloc(d->pool, strlen(PD_BULLET) + strlen(name) + 1);
            if (!item)
                return NULL;
            memcpy(item, PD_BULLET, strlen(PD_BULLET));
            memcpy(item + strlen(PD_BULLET), name, strlen(name) + 1);
            names[n++] = item;
        }
    return lt_join(d->pool, names, n, "\n");
}

/* 1 if a request names no signer: its letter has one signature block with an empty name. */
static int lt_no_names(const mg_request *r)
{
    size_t i;

    for (i = 0; i < r->nreps; i++)
        if (r->rep_name[i][0])
            return 0;
    return 1;
}

/* Build letter i of s into d (d->pool set by the caller). */
static mg_error lt_build(const lt_set *s, size_t i, lt_doc *d)
{
    const mg_config *cfg = s->cfg;
    const mg_request *r = s->v[i].r;
    const cat_supplier *sup = cat_supplier_find(s->cat, cfg->leverancier, strlen(cfg->leverancier));
    const ps_prose *ps = s->cat->prose;
    const char *sign_section;
    char *t;
    size_t k;
    mg_error err;
    static const char *const labels[4] = {PS_SECTION_LABEL_NAME, PS_SECTION_LABEL_PLACE,
                                          PS_SECTION_LABEL_DATE, PS_SECTION_LABEL_SIGNATURE};

    d->n = 0;
    d->lang = cfg->lang;
    memset(d->vals, 0, sizeof d->vals);
    id_format_dmy(r->start, d->dates[0]);
    id_format_dmy(r->end, d->dates[1]);
    id_format_dmy(cfg->run_date, d->today);
    { /* the numbers "a,b" as "a, b" */
        const char *lhns = r->lhns;
        size_t commas = 0, o = 0;
        for (k = 0; lhns[k]; k++)
            commas += lhns[k] == ',';
        t = pool_alloc(d->pool, strlen(lhns) + commas + 1);
        if (!t)
            return MG_ERR_NOMEM;
        for (k = 0; lhns[k]; k++) {
            t[o++] = lhns[k];
            if (lhns[k] == ',')
                t[o++] = ' ';
        }
        t[o] = '\0';
    }
    d->vals[PS_PH_INTERMEDIAIR] = cfg->naam;
    d->vals[PS_PH_INTERMEDIAIR_KVK] = cfg->kvk;
    d->vals[PS_PH_KLANT] = r->naam;
    d->vals[PS_PH_KLANT_KVK] = r->kvk;
    d->vals[PS_PH_LHNS] = t;
    d->vals[PS_PH_INGANGSDATUM] = d->dates[0];
    d->vals[PS_PH_EINDDATUM] = d->dates[1];
    d->vals[PS_PH_DATUM] = d->today;
    d->vals[PS_PH_LEVERANCIER] = sup ? sup->naam : cfg->leverancier;
    d->vals[PS_PH_PROCES] =
        sup && sup->proces && sup->proces[0] ? sup->proces : MG_TEXT(d->lang, MSG_XL_NOT_DESCRIBED);
    d->vals[PS_PH_BIJLAGEN] =
        sup && sup->bijlagen && sup->bijlagen[0] ? sup->bijlagen : MG_TEXT(d->lang, MSG_XL_NOT_DESCRIBED);
    d->vals[PS_PH_DIENSTEN] = lt_services(s, d, r);
    d->vals[PS_PH_ONDERTEKENAARS] = lt_join(d->pool, r->rep_name, r->nreps, ", ");
    if (!d->vals[PS_PH_DIENSTEN] || !d->vals[PS_PH_ONDERTEKENAARS])
        return MG_ERR_NOMEM;
    d->reference = lt_expand(d, ps_sentence(ps_section_get(ps, d->lang, PS_LETTER, PS_SECTION_REFERENCE)));
    d->vals[PS_PH_KENMERK] = d->reference;
    d->header = lt_expand(d, ps_sentence(ps_section_get(ps, d->lang, PS_LETTER, PS_SECTION_HEADER)));
    d->title = lt_expand(d, ps_sentence(ps_section_get(ps, d->lang, PS_LETTER, PS_SECTION_TITLE)));
    if (!d->reference || !d->header || !d->title)
        return MG_ERR_NOMEM;
    d->footer = ps_sentence(ps_section_get(ps, d->lang, PS_LETTER, PS_SECTION_FOOTER));
    for (k = 0; k < 4; k++)
        d->labels[k] = ps_sentence(ps_section_get(ps, d->lang, PS_LETTER, labels[k]));
    err = lt_add_section(d, ps_section_get(ps, d->lang, PS_LETTER, PS_SECTION_LETTER));
    if (err)
        return err;
    sign_section = lt_no_names(r)                     ? PS_SECTION_SIGN_UNKNOWN
                   : r->bevoegdheid == AU_GEZAMENLIJK ? PS_SECTION_SIGN_ALL
                                                      : PS_SECTION_SIGN_ANY;
    if (d->n < LT_BLOCKS_MAX)
        d->blocks[d->n++] = (pd_block){PD_EMPTY, NULL, ""};
    err = lt_add_section(d, ps_section_get(ps, d->lang, PS_LETTER, sign_section));
    if (err)
        return err;
    if (lt_no_names(r)) {
        if (d->n >= LT_BLOCKS_MAX)
            return MG_ERR_INTERNAL;
        d->blocks[d->n++] = (pd_block){PD_SIGN, NULL, ""};
    }
    for (k = 0; k < r->nreps && !lt_no_names(r); k++) {
        if (!r->rep_name[k][0])
            continue;
        if (d->n >= LT_BLOCKS_MAX)
            return MG_ERR_INTERNAL;
        d->blocks[d->n++] = (pd_block){PD_SIGN, NULL, r->rep_name[k]};
    }
    return MG_OK;
}

/* The footer of a page: the template's voettekst with the page numbers. */
static void lt_footer(void *ctx, unsigned page, unsigned pages, char *buf, size_t size)
{
    lt_doc *d = ctx;
    char a[16], b[16];

    snprintf(a, sizeof a, "%u", page);
    snprintf(b, sizeof b, "%u", pages);
    d->vals[PS_PH_PAGINA] = a;
    d->vals[PS_PH_PAGINAS] = b;
    ps_expand(d->footer, d->vals, buf, size);
    d->vals[PS_PH_PAGINA] = d->vals[PS_PH_PAGINAS] = NULL;
}

/* Write letter i as a PDF. */
mg_error lt_write(const lt_set *s, size_t i, pd_write_fn write, void *ctx, const char *name, mg_errinfo *ei)
{
    lt_doc *d = calloc(1, sizeof *d);
    pd_doc doc;
    mg_error err;

    if (!d || !(d->pool = pool_new())) {
        free(d);
        return MG_FAIL(ei, MG_ERR_NOMEM, name, 0, MSG_OUT_OF_MEMORY);
    }
    err = lt_build(s, i, d);
    if (err) {
        err = err == MG_ERR_NOMEM ? MG_FAIL(ei, err, name, 0, MSG_OUT_OF_MEMORY)
                                  : MG_FAIL(ei, err, name, 0, MSG_LT_TOO_LONG, LT_BLOCKS_MAX);
        goto done;
    }
    memset(&doc, 0, sizeof doc);
    doc.blocks = d->blocks;
    doc.nblocks = d->n;
    doc.reference = d->header;
    memcpy(doc.sign_labels, d->labels, sizeof doc.sign_labels);
    doc.footer = lt_footer;
    doc.footer_ctx = d;
    doc.title = d->title;
    doc.author = s->cfg->naam;
    doc.subject = d->title;
    doc.date = (long long)s->cfg->run_date * 86400LL;
    err = pd_write(&s->lay->style, &doc, write, ctx, name, ei);
done:
    pool_free(d->pool);
    free(d);
    return err;
}

/* ---- preparing the letters ---- */

/* 1 if name is the file name of an earlier letter with the same KvK (they are next to each other). */
static int lt_taken(void *ctx, const char *name)
{
    const lt_set *s = ctx;
    size_t i;

    for (i = s->n; i > 0 && !strcmp(s->v[i - 1].r->kvk, s->v[s->n].r->kvk); i--)
        if (!strcmp(s->v[i - 1].file, name))
            return 1;
    return 0;
}

/* Check every text of letter i: one longer than a letter can hold drops the letter (*drop = 1) with a
 * warning; the first character the font cannot print is a warning. */
static mg_error lt_check(lt_set *s, size_t i, const pd_face *face, mg_portfolio *p, lt_doc *d, int *drop)
{
    const char *texts[LT_BLOCKS_MAX * 2 + 2];
    char where[LT_FILE_MAX + 64];
    size_t k, n = 0;
    mg_error err = lt_build(s, i, d);

    *drop = 0;
    if (err)
        return err;
    snprintf(where, sizeof where, "%s/%s", s->dir, s->v[i].file);
    texts[n++] = d->header;
    for (k = 0; k < 4; k++)
        texts[n++] = d->labels[k];
    for (k = 0; k < d->n && n + 2 <= sizeof texts / sizeof *texts; k++) {
        texts[n++] = d->blocks[k].text;
        if (d->blocks[k].label)
            texts[n++] = d->blocks[k].label;
    }
    for (k = 0; k < n; k++)
        if (strlen(texts[k]) > PD_TEXT_MAX) {
            char max[24];
            snprintf(max, sizeof max, "%d", PD_TEXT_MAX);
            *drop = 1;
            return fd_add(&p->findings, p->pool, FD_LETTER_TOO_LONG, SC_WERKGEVERS, s->v[i].r->line, "kvk",
                          where, max, NULL);
        }
    for (k = 0; k < n; k++) {
        uint32_t cp = pd_face_missing(face, texts[k], strlen(texts[k]));
        if (cp) {
            char what[80];
            snprintf(what, sizeof what, "U+%04X", (unsigned)cp);
            return fd_add(&p->findings, p->pool, FD_LETTER_CHARACTER_MISSING, SC_WERKGEVERS, s->v[i].r->line,
                          "naam", where, what, NULL);
        }
    }
    return MG_OK;
}

/* A letter's place in verzendlijst.csv: the address (or name) it goes to. */
typedef struct lt_key {
    char *key; /* "1" + lower-case address; "2" + KvK "/" name without one; "3" + KvK "/" with neither */
    size_t letter, rep; /* rep = nreps when the letter has no representative */
} lt_key;

/* qsort order of mail keys: key, then letter. */
static int lt_key_cmp(const void *a, const void *b)
{
    const lt_key *x = a, *y = b;
    int c = strcmp(x->key, y->key);

    return c ? c : (x->letter > y->letter) - (x->letter < y->letter);
}

/* The key of a representative: the address in lower case; without one, the client's KvK and the name with
 * blanks and case folded (a name alone does not tell two people apart, so such a row is per client); without
 * either, the KvK. */
static char *lt_make_key(mg_pool *pool, const mg_request *r, size_t rep)
{
    const char *mail = rep < r->nreps ? r->rep_mail[rep] : "", *name = rep < r->nreps ? r->rep_name[rep] : "";
    const char *src = mail[0] ? mail : name;
    char *k = pool_alloc(pool, strlen(r->kvk) + strlen(src) + 3);
    size_t i, o;

    if (!k)
        return NULL;
    k[0] = mail[0] ? '1' : name[0] ? '2' : '3';
    o = 1;
    if (!mail[0]) { /* per client */
        memcpy(k + o, r->kvk, strlen(r->kvk));
        o += strlen(r->kvk);
        k[o++] = '/';
    }
    for (i = 0; src[i]; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == ' ' && (k[o - 1] == ' ' || k[o - 1] == '/' || o == 1))
            continue;
        k[o++] = (char)(c < 0x80 ? tolower(c) : c);
    }
    while (o > 1 && k[o - 1] == ' ')
        o--;
    k[o] = '\0';
    return k;
}

/* A growing text in the pool's stead: appended to, then copied into the pool. */
typedef struct lt_buf {
    char *s;
    size_t n, cap;
    int failed;
} lt_buf;

/* Append text (and sep first when the buffer is not empty). */
static void lt_put(lt_buf *b, const char *sep, const char *text)
{
    size_t add = (b->n && sep ? strlen(sep) : 0) + strlen(text);

    if (b->failed)
        return;
    if (b->n + add + 1 > b->cap) {
        size_t cap = (b->n + add + 1) * 2;
        char *s = realloc(b->s, cap);
        if (!s) {
            b->failed = 1;
            return;
        }
        b->s = s;
        b->cap = cap;
    }
    b->n += (size_t)sprintf(b->s + b->n, "%s%s", b->n && sep ? sep : "", text);
}

/* The buffer's text copied into the pool (and the buffer emptied); NULL when out of memory. */
static const char *lt_take(lt_buf *b, mg_pool *pool)
{
    const char *s = b->failed ? NULL : pool_strdup(pool, b->s ? b->s : "");

    b->n = 0;
    if (b->s)
        b->s[0] = '\0';
    return s;
}

/* 1 if the "; "-joined list holds item already. */
static int lt_listed(const lt_buf *b, const char *item)
{
    const char *at = b->s;
    size_t len = strlen(item);

    while (at && (at = strstr(at, item)) != NULL) {
        if ((at == b->s || (at >= b->s + 2 && at[-2] == ';')) && (at[len] == '\0' || at[len] == ';'))
            return 1;
        at += len;
    }
    return 0;
}

/* Expand a mail section with vals: its paragraphs one per line, an empty line between them. */
static const char *lt_mail_text(const lt_set *s, const char *section, const char *const *vals, lt_buf *b)
{
    const ps_section *sec = ps_section_get(s->cat->prose, s->cfg->lang, PS_LETTER, section);
    size_t i;

    for (i = 0; sec && i < sec->nitems; i++) {
        const char *t;
        if (sec->items[i].kind == PS_EMPTY) {
            lt_put(b, NULL, "\n");
            continue;
        }
        t = lt_expand_in(s->pool, sec->items[i].text, vals);
        if (!t) {
            b->failed = 1;
            break;
        }
        lt_put(b, NULL, t);
        if (i + 1 < sec->nitems)
            lt_put(b, NULL, "\n");
    }
    return lt_take(b, s->pool);
}

/* One row of verzendlijst.csv from the keys k[0..n-1] (one address or person). */
static mg_error lt_mail_row(lt_set *s, const lt_key *k, size_t n, lt_mail *m)
{
    lt_buf names = {0}, clients = {0}, kvks = {0}, files = {0}, text = {0};
    const char *vals[PS_PH_COUNT] = {0};
    char count[24], d1[11], d2[11];
    size_t i, letters = 0;
    int32_t start = INT32_MAX, end = INT32_MIN;
    mg_error err = MG_OK;
    const char *client_text = /* "{klant} (KvK {klant_kvk})" */
        ps_sentence(ps_section_get(s->cat->prose, s->cfg->lang, PS_LETTER, PS_SECTION_CLIENT));

    for (i = 0; i < n; i++) {
        const lt_letter *l = &s->v[k[i].letter];
        const char *name = k[i].rep < l->r->nreps ? l->r->rep_name[k[i].rep] : "", *client;
        if (name[0] && !lt_listed(&names, name))
            lt_put(&names, "; ", name);
        if (i && k[i].letter == k[i - 1].letter)
            continue; /* one person named twice for one client */
        vals[PS_PH_KLANT] = l->r->naam;
        vals[PS_PH_KLANT_KVK] = l->r->kvk;
        client = lt_expand_in(s->pool, client_text, vals);
        if (!client)
            clients.failed = 1;
        else
            lt_put(&clients, "; ", client);
        lt_put(&kvks, "; ", l->r->kvk);
        lt_put(&files, "; ", l->file);
        letters++;
        if (l->r->start < start)
            start = l->r->start;
        if (l->r->end > end)
            end = l->r->end;
    }
    vals[PS_PH_KLANT] = vals[PS_PH_KLANT_KVK] = NULL;
    m->email = k[0].rep < s->v[k[0].letter].r->nreps ? s->v[k[0].letter].r->rep_mail[k[0].rep] : "";
    m->name = lt_take(&names, s->pool);
    m->files = lt_take(&files, s->pool);
    m->kvks = lt_take(&kvks, s->pool);
    m->clients = lt_take(&clients, s->pool);
    id_format_dmy(start, d1);
    id_format_dmy(end, d2);
    snprintf(count, sizeof count, "%zu", letters);
    vals[PS_PH_INTERMEDIAIR] = s->cfg->naam;
    vals[PS_PH_INTERMEDIAIR_KVK] = s->cfg->kvk;
    vals[PS_PH_VERTEGENWOORDIGER] = m->name && m->name[0] ? m->name : "";
    vals[PS_PH_KLANTEN] = m->clients;
    vals[PS_PH_BESTANDEN] = m->files;
    vals[PS_PH_AANTAL] = count;
    vals[PS_PH_INGANGSDATUM] = d1;
    vals[PS_PH_EINDDATUM] = d2;
    vals[PS_PH_AANHEF] =
        lt_expand_in(s->pool,
                     ps_sentence(ps_section_get(s->cat->prose, s->cfg->lang, PS_LETTER,
                                                m->name && m->name[0] ? PS_SECTION_GREETING
                                                                      : PS_SECTION_GREETING_UNKNOWN)),
                     vals);
    m->subject = lt_mail_text(s, PS_SECTION_SUBJECT, vals, &text);
    m->message = lt_mail_text(s, letters > 1 ? PS_SECTION_MESSAGE_MORE : PS_SECTION_MESSAGE, vals, &text);
    m->remark =
        m->email[0]
            ? ""
            : ps_sentence(ps_section_get(s->cat->prose, s->cfg->lang, PS_LETTER, PS_SECTION_NO_ADDRESS));
    if (!m->name || !m->files || !m->kvks || !m->clients || !vals[PS_PH_AANHEF] || !m->subject || !m->message)
        err = MG_ERR_NOMEM;
    free(names.s);
    free(clients.s);
    free(kvks.s);
    free(files.s);
    free(text.s);
    return err;
}

/* The rows of verzendlijst.csv: the letters grouped by address (or by person when none is known). */
static mg_error lt_mails(lt_set *s)
{
    lt_key *keys = NULL;
    size_t nkeys = 0, cap = 0, i, j;
    mg_error err = MG_OK;

    for (i = 0; i < s->n; i++) {
        const mg_request *r = s->v[i].r;
        size_t reps = r->nreps ? r->nreps : 1;
        for (j = 0; j < reps; j++) {
            if (!mg_grow((void **)&keys, nkeys, &cap, sizeof *keys, 64)) {
                free(keys);
                return MG_ERR_NOMEM;
            }
            keys[nkeys].letter = i;
            keys[nkeys].rep = r->nreps ? j : 0;
            keys[nkeys].key = lt_make_key(s->pool, r, r->nreps ? j : r->nreps);
            if (!keys[nkeys].key) {
                free(keys);
                return MG_ERR_NOMEM;
            }
            nkeys++;
        }
    }
    if (nkeys > 1)
        qsort(keys, nkeys, sizeof *keys, lt_key_cmp);
    s->mails = calloc(nkeys ? nkeys : 1, sizeof *s->mails);
    if (!s->mails) {
        free(keys);
        return MG_ERR_NOMEM;
    }
    for (i = 0; i < nkeys && !err; i = j) {
        for (j = i + 1; j < nkeys && !strcmp(keys[j].key, keys[i].key); j++)
            ;
        err = lt_mail_row(s, keys + i, j - i, &s->mails[s->nmails++]);
    }
    free(keys);
    return err;
}

/* The letters of the form-route requests. */
mg_error lt_prepare(const mg_config *cfg, const catalog *cat, const lt_layout *lay, mg_portfolio *p,
                    const mg_request *reqs, size_t n, const char *dir, lt_set **out, mg_errinfo *ei)
{
    lt_set *s;
    pd_face *face = NULL;
    lt_doc *d = NULL;
    size_t i, count = 0, kept;
    mg_error err;

    *out = NULL;
    if (!cfg->letters) /* brieven = nee */
        return MG_OK;
    for (i = 0; i < n; i++)
        count += reqs[i].route == RT_FORMULIER;
    if (!count)
        return MG_OK;
    s = calloc(1, sizeof *s);
    if (!s || !(s->pool = pool_new()) || !(s->v = calloc(count, sizeof *s->v))) {
        lt_free(s);
        return MG_FAIL(ei, MG_ERR_NOMEM, NULL, 0, MSG_OUT_OF_MEMORY);
    }
    s->cfg = cfg;
    s->cat = cat;
    s->lay = lay;
    s->dir = dir;
    err = pd_face_new(lay->font, &face, ei);
    if (err)
        goto fail;
    d = calloc(1, sizeof *d);
    if (!d) {
        err = MG_FAIL(ei, MG_ERR_NOMEM, NULL, 0, MSG_OUT_OF_MEMORY);
        goto fail;
    }
    for (i = 0; i < n; i++) {
        if (reqs[i].route != RT_FORMULIER)
            continue;
        s->v[s->n].r = &reqs[i];
        lt_file_name(reqs[i].kvk, reqs[i].naam, lt_taken, s, s->v[s->n].file);
        s->n++;
    }
    for (i = 0, kept = 0; i < s->n; i++) {
        int drop = 0;
        d->pool = pool_new();
        err = d->pool ? lt_check(s, i, face, p, d, &drop) : MG_ERR_NOMEM;
        pool_free(d->pool);
        if (err) {
            err = err == MG_ERR_NOMEM ? MG_FAIL(ei, err, NULL, 0, MSG_OUT_OF_MEMORY)
                                      : MG_FAIL(ei, err, s->v[i].file, 0, MSG_LT_TOO_LONG, LT_BLOCKS_MAX);
            goto fail;
        }
        if (!drop)
            s->v[kept++] = s->v[i];
    }
    s->n = kept;
    err = lt_mails(s);
    if (err) {
        err = MG_FAIL(ei, err, NULL, 0, MSG_OUT_OF_MEMORY);
        goto fail;
    }
    free(d);
    pd_face_free(face);
    *out = s;
    return MG_OK;
fail:
    free(d);
    pd_face_free(face);
    lt_free(s);
    return err;
}

/* Free a set of letters. */
void lt_free(lt_set *s)
{
    if (!s)
        return;
    pool_free(s->pool);
    free(s->v);
    free(s->mails);
    free(s);
}

/* ---- verzendlijst.csv ---- */

/* Mail-list columns: the mail's fields. */
static void lt_col_email(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const lt_mail *)row)->email;
}

static void lt_col_name(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const lt_mail *)row)->name;
}

static void lt_col_clients(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const lt_mail *)row)->clients;
}

static void lt_col_kvks(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const lt_mail *)row)->kvks;
}

static void lt_col_files(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const lt_mail *)row)->files;
}

static void lt_col_subject(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const lt_mail *)row)->subject;
}

static void lt_col_message(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const lt_mail *)row)->message;
}

static void lt_col_remark(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const lt_mail *)row)->remark;
}

static const tb_col lt_cols[] = {
    {"email", NULL, TB_TEXT, lt_col_email, 0},       {"vertegenwoordiger", NULL, TB_TEXT, lt_col_name, 0},
    {"klanten", NULL, TB_TEXT, lt_col_clients, 0},   {"kvk", NULL, TB_TEXT, lt_col_kvks, 0},
    {"bestanden", NULL, TB_TEXT, lt_col_files, 0},   {"onderwerp", NULL, TB_TEXT, lt_col_subject, 0},
    {"bericht", NULL, TB_RECORD, lt_col_message, 0}, {"opmerking", NULL, TB_TEXT, lt_col_remark, 0},
};

/* Every mail row, in key order (addresses, then persons without one, then clients without either). */
static mg_error lt_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    size_t i;

    (void)ei;
    for (i = 0; env->letters && i < env->letters->nmails; i++)
        tb_row(t, env, &env->letters->mails[i], sink);
    return MG_OK;
}

const tb_table tb_verzendlijst = {"Verzendlijst", lt_cols, sizeof lt_cols / sizeof *lt_cols, lt_walk};
