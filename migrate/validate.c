/* validate.c — stage 2: records of the three input files become validated users, employers and grants. */
#include "validate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ident.h"
#include "index.h"
#include "platform.h"
#include "text.h"

/* Hard limit on the length of a header cell looked at. */
#define VA_HEADER_MAX 256

/* Longest gebruikersnaam looked up without copying. */
#define VA_KEY_MAX 512

/* Size of the joined finding codes of a rejected werkgevers row (as the review workbook cuts them). */
#define VA_CODES_MAX 2048

/* Longest duplicate-row signature kept (all werkgevers values joined). */
#define VA_SIGNATURE_MAX 8192

/* How often (in rows) progress is reported (the callback keeps time itself). */
#define VA_PROGRESS_EVERY 4096

/* Slots and longest name of the service-name memo. */
#define VA_SVC_MEMO 64
#define VA_SVC_NAME_MAX 64

/* A service name as written in machtigingen.csv and the service it names (exact bytes). */
typedef struct va_svc_memo {
    char name[VA_SVC_NAME_MAX];
    size_t len; /* 0 = empty slot */
    const cat_service *svc;
} va_svc_memo;

/* State of reading one file, handed to the csvread callback. */
typedef struct va_ctx {
    const mg_config *cfg;
    const catalog *cat;
    mg_portfolio *p;
    sc_file file;
    const char *fname; /* display name of the file */
    int header_done;
    size_t ncols;                       /* fields in the header */
    int col_of[SC_MAX_FIELDS];          /* header column of each field, -1 if absent */
    const char *colname[SC_MAX_FIELDS]; /* canonical name of each field, for findings */
    cr_field val[SC_MAX_FIELDS];
    const char **hdr; /* trimmed header cell of each column (pooled) */
    int *field_of;    /* field of each header column, -1 if unknown (pooled) */
    const cr_record *rec;
    int rejected; /* current record has an error finding */
    fd_code first_error;
    pool_mark mark; /* the pool before the current record: a rejected record gives its memory back */
    int keep;       /* the current record, though rejected, left something in the pool */
    ix_strs *users; /* lower-case gebruikersnaam → index in the users */
    ix_ints *emps;  /* LHN (id_lhn_key) → index in the employers */
    ix_strs
        *rejected_lhns; /* LHNs of rejected werkgevers rows (as written when not valid) → rejected employer */
    mg_error err;
    mg_errinfo *ei;
    va_progress_cb progress;
    void *pctx;
    unsigned long long bytes;          /* bytes of the file read so far, as its records count them */
    va_svc_memo svc_memo[VA_SVC_MEMO]; /* a file uses few spellings of the services: each looked up once */
} va_ctx;

/* The file name part of a path. */
static const char *va_basename(const char *path)
{
    const char *s = strrchr(path, '/');

    return s ? s + 1 : path;
}

/* Pooled, trimmed copy of field f of the current record. */
static const char *va_str(va_ctx *c, int f)
{
    const char *s = pool_strtrim(c->p->pool, c->val[f].data ? c->val[f].data : "", c->val[f].len);

    if (!s)
        c->err = MG_ERR_NOMEM;
    return s ? s : "";
}

/* Like va_str, with line breaks and tabs inside the value folded into one space (names, representatives). */
static const char *va_text(va_ctx *c, int f)
{
    char *s = (char *)va_str(c, f), *r, *w;
    int blank = 0;

    if (c->err || !*s)
        return s;
    for (r = w = s; *r; r++) {
        if (*r == '\r' || *r == '\n' || *r == '\t') {
            blank = 1;
            continue;
        }
        if (blank && w > s && w[-1] != ' ')
            *w++ = ' ';
        blank = 0;
        *w++ = *r;
    }
    *w = '\0';
    return s;
}

/* 1 if field f of the current record is blank. */
static int va_blank(const va_ctx *c, int f)
{
    size_t i;

    for (i = 0; i < c->val[f].len; i++) {
        char ch = c->val[f].data[i];
        if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n')
            return 0;
    }
    return 1;
}

/* Add a finding with severity sev about the column named col (NULL: the record); an error rejects the record.
 */
static void va_find_col(va_ctx *c, fd_code code, fd_severity sev, const char *col, const char *a1,
                        const char *a2)
{
    const char *raw = NULL;
    mg_error e;

    if (sev == FD_FOUT) {
        raw = c->rec->raw ? c->rec->raw : ""; /* a mark: the row's findings are settled with its record */
        if (!c->rejected)
            c->first_error = code;
        c->rejected = 1;
    }
    e = fd_add_sev(&c->p->findings, c->p->pool, code, sev, (int)c->file, c->rec->line, col, a1, a2, raw);
    if (e != MG_OK)
        c->err = e;
}

/* Add a finding about field f (-1: the record) of the current record; an error rejects it. */
static void va_find(va_ctx *c, fd_code code, int f, const char *a1, const char *a2)
{
    va_find_col(c, code, fd_def_get(code)->severity, f >= 0 ? c->colname[f] : NULL, a1, a2);
}

/* Validate an LHN field; out gets it; returns 1 if usable. Empty is reported when required. */
static int va_lhn(va_ctx *c, int f, char out[13], int required)
{
    char shown[ID_MAX * 4];
    size_t n = c->val[f].len < sizeof shown - 1 ? c->val[f].len : sizeof shown - 1;
    id_result r = id_lhn(c->val[f].data ? c->val[f].data : "", c->val[f].len, out);

    memcpy(shown, c->val[f].data ? c->val[f].data : "", n);
    shown[n] = '\0';
    switch (r) {
    case ID_OK:
        return 1;
    case ID_EMPTY:
        if (required)
            va_find(c, FD_FIELD_EMPTY, f, c->colname[f], NULL);
        out[0] = '\0';
        return 0;
    case ID_CHECKSUM:
        va_find(c, FD_LHN_CHECKSUM, f, shown, NULL);
        return 0;
    case ID_SUBNUMBER:
        va_find(c, FD_LHN_SUBNUMBER, f, shown, NULL);
        return 0;
    default:
        va_find(c, FD_LHN_FORMAT, f, shown, NULL);
        return 0;
    }
}

/* Lower-case ASCII copy into the pool (keys compare case-insensitively). */
static const char *va_lower(va_ctx *c, const char *s)
{
    char *d = pool_strdup(c->p->pool, s);
    char *q;

    if (!d) {
        c->err = MG_ERR_NOMEM;
        return "";
    }
    for (q = d; *q; q++)
        if (*q >= 'A' && *q <= 'Z')
            *q = (char)(*q + 32);
    return d;
}

/* The eh_niveau values of formats/invoer.ini [waarden] and the levels they mean. */
static const struct {
    cat_vocab v;
    mg_level level;
} va_levels[] = {
    {CAT_VOC_NIVEAU_GEEN, LV_GEEN},       {CAT_VOC_NIVEAU_EH1, LV_EH1}, {CAT_VOC_NIVEAU_EH2, LV_EH2},
    {CAT_VOC_NIVEAU_EH2PLUS, LV_EH2PLUS}, {CAT_VOC_NIVEAU_EH3, LV_EH3}, {CAT_VOC_NIVEAU_EH4, LV_EH4},
};

/* The eigenrisicodrager values of formats/invoer.ini [waarden] and their CAT_ERD_* bits (geen: none). */
static const struct {
    cat_vocab v;
    unsigned bit;
} va_erds[] = {
    {CAT_VOC_ERD_ZW, CAT_ERD_ZW},
    {CAT_VOC_ERD_WGA, CAT_ERD_WGA},
    {CAT_VOC_ERD_WW, CAT_ERD_WW},
    {CAT_VOC_ERD_GEEN, 0},
};

/* 1 if ch is left out when a level is compared: blanks, '-' and '_' ("EH 2-plus" is EH2PLUS). */
static int va_level_skip(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '-' || ch == '_';
}

/* ASCII lower case of ch. */
static char va_lower_char(char ch)
{
    return ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
}

/* 1 if s (len bytes) is word without regard to case; a level (skip) also without blanks, '-' and '_'. */
static int va_word_eq(const char *word, const char *s, size_t len, int skip)
{
    size_t i = 0, j = 0;

    for (;;) {
        while (skip && word[i] && va_level_skip(word[i]))
            i++;
        while (skip && j < len && va_level_skip(s[j]))
            j++;
        if (!word[i] || j == len)
            return !word[i] && j == len;
        if (va_lower_char(word[i]) != va_lower_char(s[j]))
            return 0;
        i++;
        j++;
    }
}

/* 1 if s (len bytes) is one of the words of value v in formats/invoer.ini (skip: compared as a level). */
static int va_is(const va_ctx *c, cat_vocab v, const char *s, size_t len, int skip)
{
    const cat_words *w = &c->cat->vocab[v];
    size_t i;

    for (i = 0; i < w->nwords; i++)
        if (va_word_eq(w->words[i], s, len, skip))
            return 1;
    return 0;
}

/* An eh_niveau field: the level, or unknown with a value-invalid warning when it is not understood. */
static mg_level va_level(va_ctx *c, int f)
{
    const char *s = c->val[f].data ? c->val[f].data : "";
    size_t len = c->val[f].len, i;

    for (i = 0; i < len && va_level_skip(s[i]); i++)
        ;
    if (i == len)
        return LV_UNKNOWN; /* empty: not given */
    for (i = 0; i < sizeof va_levels / sizeof va_levels[0]; i++)
        if (va_is(c, va_levels[i].v, s, len, 1))
            return va_levels[i].level;
    va_find(c, FD_VALUE_INVALID, f, va_str(c, f), MG_TEXT(c->cfg->lang, MSG_VALIDATE_LEVEL_UNKNOWN));
    return LV_UNKNOWN;
}

/* A gebruikers.csv data row. */
static void va_user_row(va_ctx *c, size_t row)
{
    mg_portfolio *p = c->p;
    mg_user *u;
    const char *id, *key, *rol, *status;
    size_t found = IX_NONE;

    id = va_str(c, SC_G_GEBRUIKERSNAAM);
    if (!*id)
        va_find(c, FD_FIELD_EMPTY, SC_G_GEBRUIKERSNAAM, c->colname[SC_G_GEBRUIKERSNAAM], NULL);
    if (va_blank(c, SC_G_NAAM))
        va_find(c, FD_FIELD_EMPTY, SC_G_NAAM, c->colname[SC_G_NAAM], NULL);
    key = va_lower(c, id);
    if (*id) {
        found = ix_strs_get(c->users, key, strlen(key));
        if (found != IX_NONE) {
            char ln[24];
            snprintf(ln, sizeof ln, "%ld", p->users[found]->line);
            va_find(c, FD_USER_DUPLICATE, SC_G_GEBRUIKERSNAAM, id, ln);
        }
    }
    if (c->rejected || c->err)
        return;
    u = pool_alloc(p->pool, sizeof *u);
    if (!u || !mg_grow((void **)&p->users, p->nusers, &p->capusers, sizeof *p->users, 256)) {
        c->err = MG_ERR_NOMEM;
        return;
    }
    u->id = id;
    u->naam = va_text(c, SC_G_NAAM);
    u->email = va_str(c, SC_G_EMAIL);
    u->line = c->rec->line;
    u->row = row;
    u->idx = p->nusers;
    rol = va_str(c, SC_G_ROL);
    if (va_is(c, CAT_VOC_ROL_BEHEERDER, rol, strlen(rol), 0))
        u->beheerder = 1;
    else if (*rol && !va_is(c, CAT_VOC_ROL_GEBRUIKER, rol, strlen(rol), 0))
        va_find(c, FD_VALUE_INVALID, SC_G_ROL, rol, MG_TEXT(c->cfg->lang, MSG_VALIDATE_READ_AS_GEBRUIKER));
    u->level = va_level(c, SC_G_EH_NIVEAU);
    status = va_str(c, SC_G_STATUS);
    if (va_is(c, CAT_VOC_STATUS_GEBLOKKEERD, status, strlen(status), 0))
        u->blocked = 1;
    else if (*status && !va_is(c, CAT_VOC_STATUS_ACTIEF, status, strlen(status), 0))
        va_find(c, FD_VALUE_INVALID, SC_G_STATUS, status, MG_TEXT(c->cfg->lang, MSG_VALIDATE_READ_AS_ACTIEF));
    if (!ix_strs_put(c->users, key, strlen(key), p->nusers)) {
        c->err = MG_ERR_NOMEM;
        return;
    }
    p->users[p->nusers++] = u;
    mg_ledger_set(p, SC_GEBRUIKERS, row, OC_GEBRUIKT, FD_NONE);
}

/* Parse an eigenrisicodrager list (words of ZW, WGA, WW or geen separated by , | ; / or blanks) into
 * CAT_ERD_* bits. */
static unsigned va_erd(va_ctx *c, const char *s)
{
    unsigned mask = 0;
    const char *q = s;

    while (*q) {
        size_t n, k;
        while (*q == ',' || *q == '|' || *q == ' ' || *q == '\t' || *q == ';' || *q == '/')
            q++;
        n = strcspn(q, ",| \t;/");
        if (n == 0)
            break;
        for (k = 0; k < sizeof va_erds / sizeof va_erds[0] && !va_is(c, va_erds[k].v, q, n, 0); k++)
            ;
        if (k < sizeof va_erds / sizeof va_erds[0]) {
            mask |= va_erds[k].bit;
        } else {
            char tok[64];
            snprintf(tok, sizeof tok, "%.*s", (int)(n < 60 ? n : 60), q);
            va_find(c, FD_VALUE_INVALID, SC_W_EIGENRISICODRAGER, tok,
                    MG_TEXT(c->cfg->lang, MSG_VALIDATE_ERD_UNKNOWN));
        }
        q += n;
    }
    return mask;
}

/* Werkgevers field f as the duplicate check compares it: the value the row parse made of it, or for a field
 * it does not interpret (a new column) the trimmed text as read. */
static const char *va_sig_value(va_ctx *c, const mg_employer *e, int f, char *num, size_t cap)
{
    switch (f) {
    case SC_W_LOONHEFFINGENNUMMER:
        return e->lhn;
    case SC_W_NAAM:
        return e->naam;
    case SC_W_KVK:
        return e->kvk;
    case SC_W_VESTIGINGSNUMMER:
        return e->vestiging;
    case SC_W_STATUS:
        snprintf(num, cap, "%d", e->inactive);
        return num;
    case SC_W_OPVOLGER:
        return e->opvolger;
    case SC_W_REDEN:
        return e->reden;
    case SC_W_OPEN_MELDINGEN:
        snprintf(num, cap, "%ld", e->open_meldingen);
        return num;
    case SC_W_EIGENRISICODRAGER:
        snprintf(num, cap, "%u", e->erd);
        return num;
    case SC_W_EH_LEVERANCIER:
        return e->leverancier;
    case SC_W_EH_NIVEAU:
        snprintf(num, cap, "%d", (int)e->level);
        return num;
    case SC_W_VERTEGENWOORDIGER:
        return e->vertegenwoordiger;
    case SC_W_VERTEGENWOORDIGER_EMAIL:
        return e->vertegenwoordiger_email;
    case SC_W_BEVOEGDHEID:
        snprintf(num, cap, "%d", (int)e->bevoegdheid);
        return num;
    case SC_W_RECHTSVORM:
        return e->rechtsvorm;
    case SC_W_GROEP:
        return e->groep;
    case SC_W_LAND:
        return e->land;
    default:
        return va_str(c, f);
    }
}

/* Join every werkgevers field of the schema, in schema order, into a signature for duplicate detection. */
static const char *va_signature(va_ctx *c, const mg_employer *e)
{
    const sc_filedef *d = sc_file_def(SC_WERKGEVERS);
    char buf[VA_SIGNATURE_MAX], num[24];
    size_t i, n = 0;
    const char *s;

    for (i = 0; i < d->nfields && n < sizeof buf; i++) {
        int w = snprintf(buf + n, sizeof buf - n, "%s%s", i ? "\x1f" : "",
                         va_sig_value(c, e, (int)i, num, sizeof num));
        if (w < 0)
            break;
        n += (size_t)w;
    }
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    s = pool_strndup(c->p->pool, buf, n);
    if (!s)
        c->err = MG_ERR_NOMEM;
    return s ? s : "";
}

/* Remember the first rejected werkgevers row of an LHN: its LHN for the grants on it, and a line for the
 * review; later rows of the same LHN leave nothing (the review lists an LHN once). */
static void va_employer_rejected(va_ctx *c, const mg_employer *e, int have_lhn)
{
    mg_portfolio *p = c->p;
    mg_rejected_employer *r;
    const char *lhn = have_lhn ? pool_strdup(p->pool, e->lhn) : va_str(c, SC_W_LOONHEFFINGENNUMMER);
    char codes[VA_CODES_MAX];

    if (!lhn) {
        c->err = MG_ERR_NOMEM;
        return;
    }
    if (ix_strs_get(c->rejected_lhns, lhn, strlen(lhn)) != IX_NONE)
        return;
    if (!mg_grow((void **)&p->rejected_employers, p->nrejected_employers, &p->caprejected_employers,
                 sizeof *p->rejected_employers, 64)) {
        c->err = MG_ERR_NOMEM;
        return;
    }
    c->keep = 1;
    fd_row_codes(&p->findings, codes, sizeof codes);
    r = &p->rejected_employers[p->nrejected_employers++];
    r->lhn = lhn;
    r->naam = e->naam;
    r->line = c->rec->line;
    r->codes = pool_strdup(p->pool, codes);
    if (!r->codes || !ix_strs_put(c->rejected_lhns, r->lhn, strlen(r->lhn), p->nrejected_employers - 1))
        c->err = MG_ERR_NOMEM;
}

/* A werkgevers.csv data row. */
static void va_employer_row(va_ctx *c, size_t row)
{
    mg_portfolio *p = c->p;
    mg_employer *e, tmp;
    const char *status, *land, *kvk_in, *bevoegdheid;
    size_t found = IX_NONE;
    int have_lhn;
    id_result r;

    memset(&tmp, 0, sizeof tmp);
    e = &tmp;
    have_lhn = va_lhn(c, SC_W_LOONHEFFINGENNUMMER, e->lhn, 1);
    if (va_blank(c, SC_W_NAAM))
        va_find(c, FD_FIELD_EMPTY, SC_W_NAAM, c->colname[SC_W_NAAM], NULL);
    e->naam = va_text(c, SC_W_NAAM);
    kvk_in = va_str(c, SC_W_KVK);
    if (*kvk_in) {
        r = id_kvk(kvk_in, strlen(kvk_in), e->kvk);
        if (r == ID_LEADING_ZERO)
            va_find(c, FD_KVK_LEADING_ZERO, SC_W_KVK, kvk_in, e->kvk);
        else if (r != ID_OK)
            va_find(c, FD_KVK_FORMAT, SC_W_KVK, kvk_in, NULL);
    }
    e->vestiging = va_str(c, SC_W_VESTIGINGSNUMMER);
    if (*e->vestiging)
        va_find(c, FD_VESTIGING_NOT_FOR_UWV, SC_W_VESTIGINGSNUMMER, e->vestiging, NULL);
    status = va_str(c, SC_W_STATUS);
    if (va_is(c, CAT_VOC_STATUS_INACTIEF, status, strlen(status), 0))
        e->inactive = 1;
    else if (*status && !va_is(c, CAT_VOC_STATUS_ACTIEF, status, strlen(status), 0))
        va_find(c, FD_VALUE_INVALID, SC_W_STATUS, status, MG_TEXT(c->cfg->lang, MSG_VALIDATE_READ_AS_ACTIEF));
    if (!va_blank(c, SC_W_OPVOLGER))
        va_lhn(c, SC_W_OPVOLGER, e->opvolger, 0);
    e->reden_text = va_text(c, SC_W_REDEN);
    e->reden = va_lower(c, e->reden_text);
    if (va_blank(c, SC_W_OPEN_MELDINGEN)) {
        e->open_meldingen = 0;
    } else if (id_parse_count(c->val[SC_W_OPEN_MELDINGEN].data, c->val[SC_W_OPEN_MELDINGEN].len,
                              &e->open_meldingen) != 0) {
        va_find(c, FD_VALUE_INVALID, SC_W_OPEN_MELDINGEN, va_str(c, SC_W_OPEN_MELDINGEN),
                MG_TEXT(c->cfg->lang, MSG_VALIDATE_NOT_A_COUNT));
        e->open_meldingen = -1;
    }
    e->erd = va_erd(c, va_str(c, SC_W_EIGENRISICODRAGER));
    e->erd_given = !va_blank(c, SC_W_EIGENRISICODRAGER);
    e->leverancier = va_str(c, SC_W_EH_LEVERANCIER);
    e->level = va_level(c, SC_W_EH_NIVEAU);
    e->vertegenwoordiger = va_text(c, SC_W_VERTEGENWOORDIGER);
    e->vertegenwoordiger_email = va_str(c, SC_W_VERTEGENWOORDIGER_EMAIL);
    bevoegdheid = va_str(c, SC_W_BEVOEGDHEID);
    if (va_is(c, CAT_VOC_BEVOEGDHEID_GEZAMENLIJK, bevoegdheid, strlen(bevoegdheid), 0))
        e->bevoegdheid = AU_GEZAMENLIJK;
    else if (va_is(c, CAT_VOC_BEVOEGDHEID_ZELFSTANDIG, bevoegdheid, strlen(bevoegdheid), 0))
        e->bevoegdheid = AU_ZELFSTANDIG;
    else if (*bevoegdheid)
        va_find(c, FD_VALUE_INVALID, SC_W_BEVOEGDHEID, bevoegdheid,
                MG_TEXT(c->cfg->lang, MSG_VALIDATE_READ_AS_ZELFSTANDIG));
    e->rechtsvorm = va_text(c, SC_W_RECHTSVORM);
    e->groep = va_str(c, SC_W_GROEP);
    land = va_str(c, SC_W_LAND);
    if (!*land) {
        strcpy(e->land, "NL");
    } else if (strlen(land) == 2 && ((land[0] | 32) >= 'a' && (land[0] | 32) <= 'z') &&
               ((land[1] | 32) >= 'a' && (land[1] | 32) <= 'z')) {
        e->land[0] = (char)(land[0] & ~32);
        e->land[1] = (char)(land[1] & ~32);
        e->land[2] = '\0';
    } else {
        va_find(c, FD_VALUE_INVALID, SC_W_LAND, land, MG_TEXT(c->cfg->lang, MSG_VALIDATE_COUNTRY));
        strcpy(e->land, "NL");
    }
    e->line = c->rec->line;
    e->row = row;
    if (c->err)
        return;
    if (have_lhn)
        found = ix_ints_get(c->emps, id_lhn_key(e->lhn));
    if (found != IX_NONE && !c->rejected) {
        const mg_employer *first = p->employers[found];
        char ln[24];
        const char *sig = va_signature(c, e);
        snprintf(ln, sizeof ln, "%ld", first->line);
        if (!strcmp(sig, first->signature)) {
            if (fd_add_sev(&p->findings, p->pool, FD_EMPLOYER_DUPLICATE, FD_INFO, (int)c->file, c->rec->line,
                           c->colname[SC_W_LOONHEFFINGENNUMMER], e->lhn, ln, NULL) != MG_OK)
                c->err = MG_ERR_NOMEM;
            mg_ledger_set(p, SC_WERKGEVERS, row, OC_DUBBEL, FD_EMPLOYER_DUPLICATE);
            return;
        }
        va_find(c, FD_EMPLOYER_DUPLICATE, SC_W_LOONHEFFINGENNUMMER, e->lhn, ln);
        return; /* the LHN is listed once, by its first row */
    }
    if (c->rejected && !c->err)
        va_employer_rejected(c, e, have_lhn);
    if (c->rejected || c->err)
        return;
    e = pool_alloc(p->pool, sizeof *e);
    if (!e || !mg_grow((void **)&p->employers, p->nemployers, &p->capemployers, sizeof *p->employers, 256)) {
        c->err = MG_ERR_NOMEM;
        return;
    }
    *e = tmp;
    e->signature = va_signature(c, e);
    e->raw = pool_strndup(p->pool, c->rec->raw ? c->rec->raw : "", c->rec->raw_len);
    e->idx = p->nemployers;
    if (!e->raw || !ix_ints_put(c->emps, id_lhn_key(e->lhn), p->nemployers)) {
        c->err = MG_ERR_NOMEM;
        return;
    }
    p->employers[p->nemployers++] = e;
    mg_ledger_set(p, SC_WERKGEVERS, row, OC_GEBRUIKT, FD_NONE);
}

/* Parse an optional date field; INT32 sentinel if empty; 0 on a format error (reported). */
static int va_date(va_ctx *c, int f, int32_t *out, int32_t empty)
{
    id_result r;

    *out = empty;
    if (va_blank(c, f))
        return 1;
    r = id_date(c->val[f].data, c->val[f].len, out);
    if (r != ID_OK) {
        va_find(c, FD_DATE_FORMAT, f, va_str(c, f), NULL);
        *out = empty;
        return 0;
    }
    return 1;
}

/* Field f of the current record with blanks trimmed, without copying; *len gets its length. */
static const char *va_view(const va_ctx *c, int f, size_t *len)
{
    const char *s = c->val[f].data ? c->val[f].data : "";
    size_t n = c->val[f].len;

    while (n && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    *len = n;
    return s;
}

/* The service a dienst value names (cat_service_find), remembered per exact spelling. */
static const cat_service *va_service(va_ctx *c, const char *name, size_t len)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    size_t i;
    va_svc_memo *m;
    const cat_service *svc;

    if (len >= VA_SVC_NAME_MAX)
        return cat_service_find(c->cat, name, len);
    for (i = 0; i < len; i++)
        h = (h ^ (unsigned char)name[i]) * 16777619u;
    m = &c->svc_memo[h % VA_SVC_MEMO];
    if (m->len == len && memcmp(m->name, name, len) == 0)
        return m->svc;
    svc = cat_service_find(c->cat, name, len);
    if (svc) { /* unknown names are rare and reported each time: only found ones are kept */
        memcpy(m->name, name, len);
        m->len = len;
        m->svc = svc;
    }
    return svc;
}

/* A machtigingen.csv data row; nothing is copied unless the row is reported (memory stays per kept grant). */
static void va_grant_row(va_ctx *c, size_t row)
{
    mg_portfolio *p = c->p;
    const char *id, *dienst;
    size_t idlen, dlen, k;
    char key[VA_KEY_MAX], lhn[13];
    size_t u = IX_NONE, e = IX_NONE;
    const cat_service *svc = NULL;
    mg_grant *g;
    int32_t start, end;

    id = va_view(c, SC_M_GEBRUIKERSNAAM, &idlen);
    if (!idlen) {
        va_find(c, FD_FIELD_EMPTY, SC_M_GEBRUIKERSNAAM, c->colname[SC_M_GEBRUIKERSNAAM], NULL);
    } else {
        if (idlen < sizeof key) {
            for (k = 0; k < idlen; k++)
                key[k] = (char)(id[k] >= 'A' && id[k] <= 'Z' ? id[k] + 32 : id[k]);
            key[idlen] = '\0';
            u = ix_strs_get(c->users, key, idlen);
        }
        if (u == IX_NONE)
            va_find(c, FD_USER_UNKNOWN, SC_M_GEBRUIKERSNAAM, va_str(c, SC_M_GEBRUIKERSNAAM), NULL);
    }
    if (va_lhn(c, SC_M_LOONHEFFINGENNUMMER, lhn, 1)) {
        e = ix_ints_get(c->emps, id_lhn_key(lhn));
        if (e == IX_NONE) {
            size_t rej = ix_strs_get(c->rejected_lhns, lhn, strlen(lhn));
            if (rej != IX_NONE) {
                char ln[24];
                snprintf(ln, sizeof ln, "%ld", p->rejected_employers[rej].line);
                va_find(c, FD_EMPLOYER_REJECTED, SC_M_LOONHEFFINGENNUMMER, lhn, ln);
            } else {
                va_find(c, FD_EMPLOYER_UNKNOWN, SC_M_LOONHEFFINGENNUMMER, lhn, NULL);
            }
        }
    }
    dienst = va_view(c, SC_M_DIENST, &dlen);
    if (!dlen) {
        va_find(c, FD_FIELD_EMPTY, SC_M_DIENST, c->colname[SC_M_DIENST], NULL);
    } else {
        svc = va_service(c, dienst, dlen);
        if (!svc) {
            const cat_service *s2 = cat_service_suggest(c->cat, dienst, dlen);
            va_find(c, FD_SERVICE_UNKNOWN, SC_M_DIENST, va_str(c, SC_M_DIENST), s2 ? s2->code : "");
        }
    }
    va_date(c, SC_M_INGANGSDATUM, &start, INT32_MIN);
    va_date(c, SC_M_EINDDATUM, &end, INT32_MAX);
    if (c->rejected || c->err)
        return;
    if (c->rec->line > MG_GRANT_MAX_LINE || row > (size_t)MG_GRANT_MAX_LINE) {
        c->err = MG_FAIL(c->ei, MG_ERR_DATA, p->files[c->file].path, c->rec->line,
                         MSG_VALIDATE_TOO_MANY_LINES, MG_GRANT_MAX_LINE);
        return;
    }
    if (!mg_grow((void **)&p->grants, p->ngrants, &p->capgrants, sizeof *p->grants, 1024)) {
        c->err = MG_ERR_NOMEM;
        return;
    }
    g = &p->grants[p->ngrants++];
    memset(g, 0, sizeof *g);
    g->user = (uint32_t)u;
    g->employer = g->orig_employer = (uint32_t)e;
    g->service = (uint16_t)cat_service_index(c->cat, svc);
    g->end = end;
    g->line = (uint32_t)c->rec->line;
    g->row = (uint32_t)row;
}

/* 1 if field f of the current file is an identifier or a user's name: an invisible character there is an
 * error. */
static int va_is_identifier(const va_ctx *c, int f)
{
    switch (c->file) {
    case SC_GEBRUIKERS:
        return f == SC_G_GEBRUIKERSNAAM || f == SC_G_NAAM;
    case SC_WERKGEVERS:
        return f == SC_W_LOONHEFFINGENNUMMER || f == SC_W_KVK || f == SC_W_VESTIGINGSNUMMER ||
               f == SC_W_OPVOLGER;
    default:
        return f == SC_M_GEBRUIKERSNAAM || f == SC_M_LOONHEFFINGENNUMMER;
    }
}

/* 1 if field f of the current file is free text whose line breaks and tabs va_text folds into a space. */
static int va_is_folded(const va_ctx *c, int f)
{
    if (c->file == SC_GEBRUIKERS)
        return f == SC_G_NAAM;
    if (c->file == SC_WERKGEVERS)
        return f == SC_W_NAAM || f == SC_W_VERTEGENWOORDIGER || f == SC_W_RECHTSVORM;
    return 0;
}

/* Pooled copy of len bytes of s escaped for display (control and invisible characters as \x1b, \u200b). */
static const char *va_shown(va_ctx *c, const char *s, size_t len)
{
    const char *r = tx_escape_pooled(c->p->pool, s, len);

    if (!r)
        c->err = MG_ERR_NOMEM;
    return r ? r : "";
}

/*
 * Look at every field of the current record for hostile text: control
 * characters and characters XML forbids (control-character: they are replaced
 * in every output, or folded into a space in names) and invisible characters
 * (invisible-character: an error in identifiers and users' names, which are
 * then compared without them; a warning elsewhere, the value kept).
 */
static void va_scan(va_ctx *c)
{
    const cr_record *rec = c->rec;
    size_t i;

    for (i = 0; i < rec->nfields && !c->err; i++) {
        int f = i < c->ncols ? c->field_of[i] : -1, folded = f >= 0 && va_is_folded(c, f);
        unsigned flags = f >= 0 ? 0 : TX_KEEP_BREAKS; /* an ignored column's line breaks stay in the record */
        const char *col = f >= 0 ? c->colname[f] : i < c->ncols ? c->hdr[i] : NULL;
        tx_scan_result r;

        tx_scan(rec->fields[i].data ? rec->fields[i].data : "", rec->fields[i].len, flags, folded, &r);
        if (r.ctl) {
            const char *why = folded && !r.bad ? MG_TEXT(c->cfg->lang, MSG_VALIDATE_BREAK_AS_SPACE)
                                               : MG_TEXT(c->cfg->lang, MSG_VALIDATE_REPLACED_FFFD);
            va_find_col(c, FD_CONTROL_CHARACTER, FD_WAARSCHUWING, col, va_shown(c, r.s, r.len), why);
        }
        if (r.inv) {
            char code[16];
            int ident = f >= 0 && va_is_identifier(c, f);
            snprintf(code, sizeof code, "U+%04X", (unsigned)r.inv);
            va_find_col(c, FD_INVISIBLE_CHARACTER, ident ? FD_FOUT : FD_WAARSCHUWING, col,
                        va_shown(c, r.s, r.len), code);
            if (ident) { /* compared without them: a look-alike is the same user or number */
                char *d = pool_strndup(c->p->pool, r.s, r.len);
                if (!d) {
                    c->err = MG_ERR_NOMEM;
                    return;
                }
                c->val[f].data = d;
                c->val[f].len = tx_strip_invisible(d, r.len);
            }
        }
    }
}

/* Report every field-mapping problem of the header; returns MG_OK or a blocking error. */
static mg_error va_header(va_ctx *c, const cr_record *rec)
{
    const sc_filedef *d = sc_file_def(c->file);
    char norm[VA_HEADER_MAX];
    size_t i, f;

    for (f = 0; f < SC_MAX_FIELDS; f++) {
        c->col_of[f] = -1;
        c->colname[f] = f < d->nfields ? d->fields[f].name : NULL;
    }
    c->ncols = rec->nfields;
    c->hdr = pool_alloc(c->p->pool, (rec->nfields + 1) * sizeof *c->hdr);
    c->field_of = pool_alloc(c->p->pool, (rec->nfields + 1) * sizeof *c->field_of);
    if (!c->hdr || !c->field_of)
        return MG_ERR_NOMEM;
    for (i = 0; i < rec->nfields; i++) {
        const cr_field *h = &rec->fields[i];
        int fi;
        size_t hl = h->len < VA_HEADER_MAX ? h->len : VA_HEADER_MAX - 1;
        const char *shown = pool_strtrim(c->p->pool, h->data ? h->data : "", hl);
        if (!shown)
            return MG_ERR_NOMEM;
        c->hdr[i] = shown;
        cr_header_normalise(h->data ? h->data : "", hl, norm, sizeof norm);
        fi = cat_input_field(c->cat, c->file, norm, strlen(norm));
        c->field_of[i] = fi;
        if (fi < 0) {
            if (!*shown)
                continue; /* an empty header cell, e.g. a trailing delimiter */
            if (fd_add(&c->p->findings, c->p->pool, FD_UNKNOWN_COLUMN, (int)c->file, rec->line, shown, shown,
                       NULL, NULL) != MG_OK)
                return MG_ERR_NOMEM;
            continue;
        }
        if (c->col_of[fi] >= 0)
            return MG_FAIL(c->ei, MG_ERR_DATA, c->p->files[c->file].path, rec->line,
                           MSG_VALIDATE_COLUMN_TWICE, d->fields[fi].name, c->col_of[fi] + 1, i + 1);
        c->col_of[fi] = (int)i;
    }
    for (f = 0; f < d->nfields; f++) {
        if (d->fields[f].required && c->col_of[f] < 0) {
            char names[1024];
            size_t o = 0, k;
            const cat_field_aliases *a = &c->cat->input[c->file][f];
            names[0] = '\0';
            for (k = 0; k < a->nnames && o < sizeof names - 64; k++)
                o += (size_t)snprintf(names + o, sizeof names - o, "%s%s", k ? ", " : "", a->names[k]);
            return MG_FAIL(c->ei, MG_ERR_DATA, c->p->files[c->file].path, rec->line,
                           MSG_VALIDATE_COLUMN_MISSING, d->fields[f].name, names);
        }
    }
    return MG_OK;
}

/* csvread callback: the header first, then one data row at a time. */
static int va_record(void *ctx, const cr_record *rec)
{
    va_ctx *c = ctx;
    mg_portfolio *p = c->p;
    size_t row, f;
    const sc_filedef *d = sc_file_def(c->file);

    if (pf_signal_pending()) {
        c->err =
            MG_FAIL(c->ei, MG_ERR_INTERRUPTED, c->p->files[c->file].path, rec->line, MSG_ERR_INTERRUPTED);
        return 1;
    }
    if (!c->header_done) {
        c->err = va_header(c, rec);
        c->header_done = 1;
        return c->err != MG_OK;
    }
    c->rec = rec;
    c->rejected = 0;
    c->keep = 0;
    c->first_error = FD_NONE;
    c->err = mg_ledger_add(p, c->file, rec->line, &row);
    if (c->err == MG_ERR_DATA)
        c->err = MG_FAIL(c->ei, MG_ERR_DATA, p->files[c->file].path, rec->line, MSG_VALIDATE_TOO_MANY_LINES,
                         MG_LEDGER_MAX_LINE);
    if (c->err)
        return 1;
    p->files[c->file].rows++;
    c->mark = pool_mark_get(p->pool);
    fd_row_begin(&p->findings);
    for (f = 0; f < d->nfields; f++) {
        int col = c->col_of[f];
        if (col >= 0 && (size_t)col < rec->nfields) {
            c->val[f] = rec->fields[col];
        } else {
            c->val[f].data = "";
            c->val[f].len = 0;
        }
    }
    if (rec->nfields != c->ncols) {
        char a[24], b[24];
        snprintf(a, sizeof a, "%zu", rec->nfields);
        snprintf(b, sizeof b, "%zu", c->ncols);
        va_find(c, FD_FIELD_COUNT, -1, a, b);
    }
    va_scan(c);
    switch (c->file) {
    case SC_GEBRUIKERS:
        va_user_row(c, row);
        break;
    case SC_WERKGEVERS:
        va_employer_row(c, row);
        break;
    default:
        va_grant_row(c, row);
        break;
    }
    if (c->rejected)
        mg_ledger_set(p, c->file, row, OC_AFGEWEZEN, c->first_error);
    {
        mg_error e = fd_row_end(&p->findings, p->pool, c->rejected, rec->raw, rec->raw_len, c->ei);
        if (!c->err)
            c->err = e;
    }
    if (c->rejected && p->findings.spool && !c->keep)
        pool_release(p->pool, c->mark); /* its findings are spooled: nothing of it stays in memory */
    c->bytes += rec->raw_len + 1;
    if (c->progress && p->files[c->file].rows % VA_PROGRESS_EVERY == 0)
        c->progress(c->pctx, p->files[c->file].path, p->files[c->file].rows, c->bytes);
    return c->err != MG_OK;
}

/* The path to read for file f: as configured, or with .gz added when only that exists; both = ambiguous. */
static mg_error va_pick_path(const char *path, char **out, mg_errinfo *ei)
{
    pf_info st;
    size_t n = strlen(path);
    int plain, plain_errno;
    char *gz;

    *out = NULL;
    plain = pf_info_path(path, 1, &st) == 0;
    plain_errno = errno;
    if (n > 3 && !strcmp(path + n - 3, ".gz"))
        goto as_given;
    gz = malloc(n + 4);
    if (!gz)
        return MG_ERR_NOMEM;
    memcpy(gz, path, n);
    memcpy(gz + n, ".gz", 4);
    if (pf_info_path(gz, 0, &st) != 0) {
        free(gz);
        goto as_given;
    }
    if (plain || plain_errno != ENOENT) {
        MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_VALIDATE_PLAIN_AND_GZ, path, gz);
        free(gz);
        return MG_ERR_CONFIG;
    }
    *out = gz;
    return MG_OK;

as_given:
    *out = strdup(path);
    return *out ? MG_OK : MG_ERR_NOMEM;
}

/* Hostile text in the intermediary's name from portfolio.ini (it goes into every output). */
static mg_error va_ini(const mg_config *cfg, mg_portfolio *p)
{
    const char *s = cfg->naam ? cfg->naam : "";
    size_t n = strlen(s), k = 0;
    uint32_t ctl = 0, inv = 0;
    char *shown, code[16];
    mg_error err = MG_OK;

    while (k < n) {
        uint32_t cp;
        k += tx_decode(s + k, n - k, &cp);
        if (!ctl && tx_forbidden(cp, 0))
            ctl = cp;
        else if (!inv && tx_invisible(cp))
            inv = cp;
    }
    if (!ctl && !inv)
        return MG_OK;
    shown = tx_escape_dup(s, n, 0);
    if (!shown)
        return MG_ERR_NOMEM;
    if (ctl)
        err = fd_add(&p->findings, p->pool, FD_CONTROL_CHARACTER, FD_FILE_INI, cfg->naam_line, "naam", shown,
                     MG_TEXT(cfg->lang, MSG_VALIDATE_REPLACED_FFFD), NULL);
    snprintf(code, sizeof code, "U+%04X", (unsigned)inv);
    if (inv && err == MG_OK)
        err = fd_add_sev(&p->findings, p->pool, FD_INVISIBLE_CHARACTER, FD_WAARSCHUWING, FD_FILE_INI,
                         cfg->naam_line, "naam", shown, code, NULL);
    free(shown);
    return err;
}

/* Longest word tried as a legal form at the end of a name ("V.O.F." without its dots). */
#define VA_FORM_WORD_MAX 32

/* Text of a kvk-conflict finding: the other names on the KvK. */
#define VA_CONFLICT_TEXT_MAX 512

/*
 * The key kvk-conflict compares employer names by: lower case, letters and digits only, without a legal-form
 * word at the end (formats/invoer.ini [waarden] naam_rechtsvorm: "Jansen B.V." = "jansen b v" = "Jansen").
 */
void va_name_key(const catalog *cat, const char *name, char *out, size_t cap)
{
    const cat_words *forms = &cat->vocab[CAT_VOC_NAAM_RECHTSVORM];
    size_t end = strlen(name), cut = end, o = 0, i;
    int words;

    while (end > 0 && (name[end - 1] == ' ' || name[end - 1] == '\t'))
        end--;
    /* the last one, two or three blank-separated words, dots left out, may together be a legal form */
    for (words = 1, i = end; words <= 3 && i > 0; words++) {
        char form[VA_FORM_WORD_MAX];
        size_t k = 0, j, w;
        while (i > 0 && name[i - 1] != ' ' && name[i - 1] != '\t')
            i--;
        for (j = i; j < end && k < sizeof form - 1; j++)
            if (name[j] != '.' && name[j] != ' ' && name[j] != '\t')
                form[k++] = name[j];
        form[k] = '\0';
        for (w = 0; k > 0 && w < forms->nwords; w++)
            if (!strcasecmp(forms->words[w], form))
                cut = i;
        if (cut != end)
            break;
        while (i > 0 && (name[i - 1] == ' ' || name[i - 1] == '\t'))
            i--;
    }
    if (cut == 0)
        cut = end; /* a name that is only a legal form stays itself */
    for (i = 0; i < cut && o + 1 < cap; i++) {
        unsigned char ch = (unsigned char)name[i];
        if (ch >= 'A' && ch <= 'Z')
            out[o++] = (char)(ch | 32);
        else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80)
            out[o++] = (char)ch;
    }
    if (cap)
        out[o < cap ? o : cap - 1] = '\0';
}

/* An active employer and its name key, for kvk-conflict. */
typedef struct va_named {
    mg_employer *e;
    const char *key;
    size_t run_end; /* index past the last row of the same KvK and name key */
} va_named;

/* Order by KvK, then name key, then LHN. */
static int va_named_cmp(const void *a, const void *b)
{
    const va_named *x = a, *y = b;
    int r = strcmp(x->e->kvk, y->e->kvk);

    if (!r)
        r = strcmp(x->key, y->key);
    return r ? r : strcmp(x->e->lhn, y->e->lhn);
}

/* Reject employer e after reading (kvk-conflict): its row to afwijzingen.csv, its LHN to the rejected ones so
 * that the grants on it are employer-rejected. */
static void va_reject_late(va_ctx *c, mg_employer *e, const char *other)
{
    mg_portfolio *p = c->p;
    mg_rejected_employer *r;

    mg_ledger_set(p, SC_WERKGEVERS, e->row, OC_AFGEWEZEN, FD_KVK_CONFLICT);
    if (fd_add(&p->findings, p->pool, FD_KVK_CONFLICT, SC_WERKGEVERS, e->line, c->colname[SC_W_KVK], e->kvk,
               other, e->raw) != MG_OK ||
        !mg_grow((void **)&p->rejected_employers, p->nrejected_employers, &p->caprejected_employers,
                 sizeof *p->rejected_employers, 64)) {
        c->err = MG_ERR_NOMEM;
        return;
    }
    ix_ints_del(c->emps, id_lhn_key(e->lhn));
    r = &p->rejected_employers[p->nrejected_employers++];
    r->lhn = pool_strdup(p->pool, e->lhn);
    r->naam = e->naam;
    r->line = e->line;
    r->codes = "kvk-conflict";
    if (!r->lhn || !ix_strs_put(c->rejected_lhns, r->lhn, strlen(r->lhn), p->nrejected_employers - 1))
        c->err = MG_ERR_NOMEM;
    e->rejected = 1;
}

/*
 * kvk-conflict: active employers that share a KvK number under names that differ (va_name_key) are all
 * rejected, before the grants are read, and leave the portfolio's employers; no request is made for them.
 */
static mg_error va_kvk_conflicts(va_ctx *c)
{
    mg_portfolio *p = c->p;
    va_named *v = malloc((p->nemployers + 1) * sizeof *v);
    size_t n = 0, i, j, k, m;
    char key[VA_NAME_KEY_MAX];

    if (!v)
        return MG_ERR_NOMEM;
    for (i = 0; i < p->nemployers; i++) {
        mg_employer *e = p->employers[i];
        if (e->inactive || !e->kvk[0])
            continue;
        va_name_key(c->cat, e->naam, key, sizeof key);
        v[n].e = e;
        v[n].key = pool_strdup(p->pool, key);
        if (!v[n++].key) {
            free(v);
            return MG_ERR_NOMEM;
        }
    }
    if (n > 1)
        qsort(v, n, sizeof *v, va_named_cmp);
    for (i = n; i-- > 0;) /* where the rows of each KvK and name end */
        v[i].run_end = i + 1 < n && !strcmp(v[i + 1].e->kvk, v[i].e->kvk) && !strcmp(v[i + 1].key, v[i].key)
                           ? v[i + 1].run_end
                           : i + 1;
    for (i = 0; i < n && c->err == MG_OK; i = j) {
        for (j = i + 1; j < n && !strcmp(v[j].e->kvk, v[i].e->kvk); j++)
            ;
        if (!strcmp(v[i].key, v[j - 1].key))
            continue; /* one name on this KvK */
        for (k = i; k < j && c->err == MG_OK; k++) {
            char other[VA_CONFLICT_TEXT_MAX];
            size_t o = 0;
            other[0] = '\0';
            /* the first row of every other name (rows of one name are together), until the text is full */
            for (m = i; m < j && o < sizeof other; m = v[m].run_end) {
                int w;
                if (!strcmp(v[m].key, v[k].key))
                    continue;
                w = snprintf(other + o, sizeof other - o, "%s'%s' (%s)", o ? ", " : "", v[m].e->naam,
                             v[m].e->lhn);
                if (w < 0)
                    break;
                o += (size_t)w;
            }
            va_reject_late(c, v[k].e, other);
        }
    }
    free(v);
    if (c->err)
        return c->err;
    /* the rejected leave the employers; the others keep their order and get their new index */
    for (i = 0, m = 0; i < p->nemployers; i++) {
        mg_employer *e = p->employers[i];
        if (e->rejected)
            continue;
        e->idx = m;
        ix_ints_put(c->emps, id_lhn_key(e->lhn), m); /* replaces the old index: never grows */
        p->employers[m++] = e;
    }
    p->nemployers = m;
    return MG_OK;
}

/* Read and validate the three input files. */
mg_error va_load(const mg_config *cfg, const catalog *cat, mg_portfolio *p, va_progress_cb progress,
                 void *pctx, mg_errinfo *ei)
{
    static const sc_file order[SC_FILE_COUNT] = {SC_GEBRUIKERS, SC_WERKGEVERS, SC_MACHTIGINGEN};
    va_ctx c;
    mg_error err = MG_OK;
    int k;

    memset(&c, 0, sizeof c);
    c.cfg = cfg;
    c.cat = cat;
    c.p = p;
    c.ei = ei;
    c.progress = progress;
    c.pctx = pctx;
    c.users = ix_strs_new();
    c.emps = ix_ints_new();
    c.rejected_lhns = ix_strs_new();
    err = c.users && c.emps && c.rejected_lhns ? va_ini(cfg, p) : MG_ERR_NOMEM;
    if (!err && cfg->start_in_past) {
        char start[11], run[11];
        id_format_dmy(cfg->ingangsdatum, start);
        id_format_dmy(cfg->run_date, run);
        err = fd_add(&p->findings, p->pool, FD_START_IN_PAST, FD_FILE_INI, cfg->start_line, "ingangsdatum",
                     start, run, NULL);
    }
    for (k = 0; k < SC_FILE_COUNT && err == MG_OK; k++) {
        sc_file f = order[k];
        mg_fileinfo *fi = &p->files[f];
        cr_options opt;
        const char **known;
        size_t nknown;

        err = va_pick_path(cfg->files[f], &fi->path, ei);
        if (err)
            break;
        fi->name = va_basename(fi->path);
        known = cat_input_names(cat, f, &nknown);
        if (!known) {
            err = MG_ERR_NOMEM;
            break;
        }
        memset(&opt, 0, sizeof opt);
        opt.delimiter = cfg->delimiter[f];
        opt.encoding = cfg->encoding[f];
        opt.known = known;
        opt.nknown = nknown;
        c.file = f;
        c.fname = fi->name;
        c.header_done = 0;
        c.bytes = 0;
        c.err = MG_OK;
        err = cr_read_file_ahead(fi->path, &opt, va_record, &c, &fi->info, ei);
        free(known);
        if (err == MG_OK && c.err != MG_OK)
            err = c.err;
        if (err == MG_ERR_NOMEM)
            MG_FAIL(ei, err, fi->path, 0, MSG_OUT_OF_MEMORY);
        if (err != MG_OK)
            break;
        if (!c.header_done) {
            err = MG_FAIL(ei, MG_ERR_DATA, fi->path, 1, MSG_VALIDATE_EMPTY_FILE);
            break;
        }
        fi->read = 1;
        if (f == SC_WERKGEVERS) {
            err = va_kvk_conflicts(&c);
            if (err)
                break;
        }
        if (fi->info.encoding == CR_ENC_CP1252 && fi->info.encoding_detected &&
            fd_add(&p->findings, p->pool, FD_ENCODING_CP1252, (int)f, 0, NULL, NULL, NULL, NULL) != MG_OK)
            err = MG_ERR_NOMEM;
    }
    if (err == MG_OK && p->findings.spool)
        err = sp_finish(p->findings.spool, ei);
    ix_strs_free(c.users);
    ix_ints_free(c.emps);
    ix_strs_free(c.rejected_lhns);
    return err;
}
