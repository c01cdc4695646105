/* test_registry.c — the supplier's export of registrations: layouts (formats/registraties/) and the reader,
 * one small export per row. */
#include "testutil.h"

#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "catalog.h"
#include "config.h"
#include "ident.h"
#include "model.h"
#include "registry.h"
#include "status.h"

#define FORMATS_DIR "formats"

/* The intermediary of every case, and another one. */
#define OWN "12345678"
#define OTHER "11111111"

/* A zero-width space in UTF-8. */
#define ZWSP "\xE2\x80\x8B"

/* The Dutch header of the generic layout. */
#define NL_HDR                                                                                               \
    "kvk_machtiginggever;kvk_dienstverlener;dienst;status;ingangsdatum;einddatum;naam_machtiginggever\n"

/* Longest file path built here. */
#define PATH_MAX_T 512

/*
 * One export and what reading it gives. Lists are separated by ',':
 *   regs:     KVK/SERVICE/STATE/START/END — SERVICE a catalogue code or * (all services), dates as YYYY-MM-DD
 *             or - (none); in file order
 *   findings: CODE@LINE or CODE@LINE:SEVERITY (f, w, i) — must be present
 *   ledger:   LINE=OUTCOME
 */
typedef struct read_case {
    const char *name;
    const char *file; /* its name in the temporary folder; ending in .gz: written gzip-compressed */
    const char *text;
    mg_error err;
    long err_line;
    const char *err_text; /* part of the English message, or NULL */
    const char *regs;
    const char *findings;
    const char *ledger;
} read_case;

static const read_case read_cases[] = {
    {"dutch headers, every service form", "export.csv",
     NL_HDR "87654321;" OWN ";verzuim;actief;01-01-2026;31-12-2030;Klant A\n"
            "87654321;" OWN ";Bezwaar maken;actief;2026-01-01;;Klant A\n"
            "23456789;" OWN ";alle-diensten;aangevraagd;;;Klant B\n"
            "23456789;" OWN ";WGP-02;verlopen;1-2-2026;31-1-2031;Klant B\n",
     MG_OK, 0, NULL,
     "87654321/verzuim/actief/2026-01-01/2030-12-31,87654321/bezwaar/actief/2026-01-01/-,"
     "23456789/*/aangevraagd/-/-,23456789/uitkering/verlopen/2026-02-01/2031-01-31",
     NULL, "2=gebruikt,3=gebruikt,4=gebruikt,5=gebruikt"},
    {"english aliases, commas, Windows-1252", "english.csv",
     "Client KVK,Service-Provider KVK,Service,State,Valid From,Valid To,Client Name\r\n"
     "87654321," OWN ",verzuim,active,2026-01-01,2030-12-31,Caf\xE9 De Hoek\r\n"
     "87654321," OWN ",ontslag,withdrawn,2026-01-01,2026-06-30,Caf\xE9 De Hoek\r\n",
     MG_OK, 0, NULL,
     "87654321/verzuim/actief/2026-01-01/2030-12-31,87654321/ontslag/ingetrokken/2026-01-01/2026-06-30",
     "encoding-cp1252@0:i", "2=gebruikt,3=gebruikt"},
    {"other aliases, tabs", "tabs.csv",
     "kvk_klant\tkvk_intermediair\tdienstnaam\tregistratiestatus\tstartdatum\tvervaldatum\n"
     "87654321\t" OWN "\tverzuim\tRegistered\t2026-01-01\t2030-12-31\n",
     MG_OK, 0, NULL, "87654321/verzuim/actief/2026-01-01/2030-12-31", NULL, "2=gebruikt"},
    {"gzip", "export.csv.gz", NL_HDR "87654321;" OWN ";verzuim;expired;2021-01-01;2025-12-31;x\n", MG_OK, 0,
     NULL, "87654321/verzuim/verlopen/2021-01-01/2025-12-31", NULL, "2=gebruikt"},
    {"another service provider", "ander.csv",
     NL_HDR "87654321;" OTHER ";verzuim;actief;;;x\n"
            "87654321;" OTHER ";geen-dienst;kapot;;;x\n"
            "87654321;" OWN ";verzuim;actief;;;x\n",
     MG_OK, 0, NULL, "87654321/verzuim/actief/-/-",
     "registration-other-intermediary@2:i,registration-other-intermediary@3:i",
     "2=overgeslagen,3=overgeslagen,4=gebruikt"},
    {"kvk numbers", "kvk.csv",
     NL_HDR "1234;" OWN ";verzuim;actief;;;x\n"
            "7654321;" OWN ";verzuim;actief;;;x\n"
            "87654321;1234567;verzuim;actief;;;x\n"
            "87654321;12AB5678;verzuim;actief;;;x\n"
            "8765" ZWSP "4321;" OWN ";verzuim;actief;;;x\n",
     MG_OK, 0, NULL, "07654321/verzuim/actief/-/-",
     "kvk-format@2:f,kvk-leading-zero@3:w,kvk-leading-zero@4:w,registration-other-intermediary@4:i,kvk-"
     "format@5:f,"
     "invisible-character@6:f",
     "2=afgewezen,3=gebruikt,4=overgeslagen,5=afgewezen,6=afgewezen"},
    {"rejections", "afwijzingen.csv",
     NL_HDR "87654321;" OWN ";verzium;actief;;;x\n"
            "87654321;" OWN ";verzuim;kapot;;;x\n"
            "87654321;" OWN ";verzuim;actief;31-02-2026;;x\n"
            "87654321;" OWN ";verzuim;actief;;2030-13-01;x\n"
            "87654321;" OWN ";;actief;;;x\n"
            ";" OWN ";verzuim;actief;;;x\n"
            "87654321;" OWN ";verzuim;;;;x\n"
            "87654321;" OWN ";verzuim;actief\n"
            "87654321;" OWN ";verzuim;actief;;;x;extra\n"
            "87654321;;verzuim;actief;;;x\n"
            "87654321;" OWN ";verzuim;actief;;;x\n",
     MG_OK, 0, NULL, "87654321/verzuim/actief/-/-",
     "service-unknown@2:f,value-invalid@3:f,date-format@4:f,date-format@5:f,field-empty@6:f,field-empty@7:f,"
     "field-empty@8:f,field-count@9:f,field-count@10:f,field-empty@11:f",
     "2=afgewezen,3=afgewezen,4=afgewezen,5=afgewezen,6=afgewezen,7=afgewezen,8=afgewezen,9=afgewezen,"
     "10=afgewezen,11=afgewezen,12=gebruikt"},
    {"hostile text", "stuur.csv", NL_HDR "87654321;" OWN ";verzuim;actief;;;Klant\x1b[31m\n", MG_OK, 0, NULL,
     "87654321/verzuim/actief/-/-", "control-character@2:w", "2=gebruikt"},
    {"unknown column", "extra.csv",
     "kvk_machtiginggever;kvk_dienstverlener;dienst;status;opmerking\n87654321;" OWN
     ";verzuim;actief;zie mail\n",
     MG_OK, 0, NULL, "87654321/verzuim/actief/-/-", "unknown-column@1:i", "2=gebruikt"},
    {"missing column", "zonder.csv", "kvk_machtiginggever;dienst;status\n87654321;verzuim;actief\n",
     MG_ERR_DATA, 1,
     "required column 'kvk_dienstverlener' is missing; accepted names: kvk_dienstverlener, kvk_intermediair",
     NULL, NULL, NULL},
    {"column twice", "dubbel.csv",
     "kvk_machtiginggever;kvk_dienstverlener;dienst;status;kvk_klant\n87654321;" OWN ";verzuim;actief;1\n",
     MG_ERR_DATA, 1, "column 'kvk_machtiginggever' appears twice (columns 1 and 5)", NULL, NULL, NULL},
    {"empty file", "leeg.csv", "", MG_ERR_DATA, 1, "the file is empty", NULL, NULL, NULL},
};

/* Every status word of the shipped layout (any case; blanks and '-' read as '_') and its state. */
static const struct {
    const char *word;
    st_state state;
} status_words[] = {
    {"actief", SR_ACTIEF},
    {"Active", SR_ACTIEF},
    {"geregistreerd", SR_ACTIEF},
    {"REGISTERED", SR_ACTIEF},
    {"aangevraagd", SR_AANGEVRAAGD},
    {"requested", SR_AANGEVRAAGD},
    {"in behandeling", SR_AANGEVRAAGD},
    {"in-behandeling", SR_AANGEVRAAGD},
    {"pending", SR_AANGEVRAAGD},
    {"afgewezen", SR_AFGEWEZEN},
    {"rejected", SR_AFGEWEZEN},
    {"geweigerd", SR_AFGEWEZEN},
    {"ingetrokken", SR_INGETROKKEN},
    {"withdrawn", SR_INGETROKKEN},
    {"revoked", SR_INGETROKKEN},
    {"verlopen", SR_VERLOPEN},
    {"Expired", SR_VERLOPEN},
};

/* What every case shares: the catalogue, the shipped layout, a configuration, a temporary folder. */
typedef struct fixture {
    catalog *cat;
    rg_layout *layout;
    mg_config cfg;
    mg_portfolio *p; /* the portfolio of the current case */
    rg_list regs;    /* and what it read */
    char dir[64];
} fixture;

/* Load the catalogue and the generic layout; make the folder. */
static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    mg_errinfo ei;

    assert_non_null(fx);
    memset(&ei, 0, sizeof ei);
    if (cat_load(FORMATS_DIR, &fx->cat, &ei) != MG_OK ||
        rg_layout_load(FORMATS_DIR, "generiek", &fx->layout, &ei) != MG_OK) {
        fprintf(stderr, "load: %s:%ld: %s\n", ei.file, ei.line, ei.msg[LANG_EN]);
        return -1;
    }
    snprintf(fx->cfg.kvk, sizeof fx->cfg.kvk, "%s", OWN);
    fx->cfg.lang = LANG_EN;
    snprintf(fx->dir, sizeof fx->dir, "/tmp/test_registry.XXXXXX");
    assert_non_null(mkdtemp(fx->dir));
    *state = fx;
    return 0;
}

/* Free what setup made and remove the folder. */
static int teardown(void **state)
{
    fixture *fx = *state;

    rg_layout_free(fx->layout);
    cat_free(fx->cat);
    rmdir(fx->dir);
    free(fx);
    return 0;
}

/* Write text to dir/name (gzip-compressed when name ends in .gz) and put the path in path. */
static void write_file(const char *dir, const char *name, const char *text, char *path)
{
    size_t n = strlen(name);

    snprintf(path, PATH_MAX_T, "%s/%s", dir, name);
    if (n > 3 && !strcmp(name + n - 3, ".gz")) {
        gzFile gz = gzopen(path, "wb");
        assert_non_null(gz);
        if (*text)
            assert_int_equal(gzwrite(gz, text, (unsigned)strlen(text)), (int)strlen(text));
        assert_int_equal(gzclose(gz), Z_OK);
    } else {
        FILE *fp = fopen(path, "wb");
        assert_non_null(fp);
        assert_int_equal(fwrite(text, 1, strlen(text), fp), strlen(text));
        assert_int_equal(fclose(fp), 0);
    }
}

/* The one-letter name of a severity in the expectations. */
static char sev_letter(fd_severity s)
{
    return s == FD_FOUT ? 'f' : s == FD_WAARSCHUWING ? 'w' : 'i';
}

/* Check that every finding of a list (CODE@LINE[:SEV]) was made in file f. */
static void check_findings(const char *name, const mg_portfolio *p, int f, const char *list)
{
    char buf[1024], *tok, *save = NULL;

    if (!list)
        return;
    snprintf(buf, sizeof buf, "%s", list);
    for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        char *at = strchr(tok, '@'), *colon;
        long line;
        char sev = 0;
        size_t i;
        int found = 0;

        assert_non_null(at);
        *at = '\0';
        line = strtol(at + 1, &colon, 10);
        if (*colon == ':')
            sev = colon[1];
        for (i = 0; i < p->findings.n && !found; i++) {
            const finding *fd = &p->findings.v[i];
            found = fd->file == f && fd->line == line && !strcmp(fd_def_get(fd->code)->code, tok) &&
                    (!sev || sev_letter(fd->severity) == sev);
        }
        if (!found)
            fail_msg("%s: no finding %s@%ld%s%c", name, tok, line, sev ? ":" : "", sev ? sev : ' ');
    }
}

/* Check the ledger of file f: the entries listed (LINE=OUTCOME), each row decided, the outcomes summing to
 * the rows read. */
static void check_ledger(const char *name, const mg_portfolio *p, int f, const char *list)
{
    const mg_ledger *l = &p->ledger[f];
    char buf[1024], *tok, *save = NULL;
    size_t i, count[OC_COUNT] = {0}, sum = 0;

    for (i = 0; i < l->n; i++) {
        assert_true(l->v[i].outcome > OC_NONE && l->v[i].outcome < OC_COUNT);
        count[l->v[i].outcome]++;
    }
    for (i = OC_NONE + 1; i < OC_COUNT; i++)
        sum += count[i];
    assert_int_equal(sum, p->files[f].rows);
    assert_int_equal(l->n, p->files[f].rows);
    if (!list)
        return;
    snprintf(buf, sizeof buf, "%s", list);
    for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        char *eq = strchr(tok, '=');
        long line = strtol(tok, NULL, 10);
        int found = 0;

        assert_non_null(eq);
        for (i = 0; i < l->n && !found; i++)
            if ((long)l->v[i].line == line) {
                found = 1;
                if (strcmp(mg_outcome_name((mg_outcome)l->v[i].outcome), eq + 1) != 0)
                    fail_msg("%s: line %ld is %s, not %s", name, line,
                             mg_outcome_name((mg_outcome)l->v[i].outcome), eq + 1);
            }
        if (!found)
            fail_msg("%s: no ledger entry for line %ld", name, line);
    }
}

/* A date of the expectations: YYYY-MM-DD or - (none). */
static int32_t exp_date(const char *s)
{
    int32_t d;

    if (!strcmp(s, "-"))
        return ST_NO_DATE;
    assert_int_equal(id_date(s, strlen(s), &d), ID_OK);
    return d;
}

/* Check the registrations read against a list (KVK/SERVICE/STATE/START/END). */
static void check_regs(const char *name, const fixture *fx, const rg_list *regs, int f, const char *list)
{
    char buf[1024], *tok, *save = NULL;
    size_t i = 0;

    if (!list) {
        assert_int_equal(regs->n, 0);
        return;
    }
    snprintf(buf, sizeof buf, "%s", list);
    for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save), i++) {
        char *kvk = tok, *svc = strchr(kvk, '/'), *st, *start, *end;
        const st_registration *r;

        assert_non_null(svc);
        *svc++ = '\0';
        st = strchr(svc, '/');
        *st++ = '\0';
        start = strchr(st, '/');
        *start++ = '\0';
        end = strchr(start, '/');
        *end++ = '\0';
        if (i >= regs->n)
            fail_msg("%s: %zu registrations, expected more", name, regs->n);
        r = &regs->v[i];
        assert_string_equal(r->kvk, kvk);
        if (!strcmp(svc, "*"))
            assert_int_equal(r->service, ST_ALL_SERVICES);
        else
            assert_string_equal(fx->cat->services[r->service].code, svc);
        assert_string_equal(st_state_name(r->state), st);
        assert_int_equal(r->start, exp_date(start));
        assert_int_equal(r->end, exp_date(end));
        assert_int_equal(r->file, f);
        assert_true(r->row < fx->p->ledger[f].n);
        assert_int_equal(fx->p->ledger[f].v[r->row].line, r->line);
        assert_int_equal(fx->p->ledger[f].v[r->row].outcome, OC_GEBRUIKT);
    }
    assert_int_equal(regs->n, i);
}

/* Read text as export file index f of the fixture's portfolio (a new one when fresh). */
static mg_error read_text(fixture *fx, int fresh, int f, const char *name, const char *text, mg_errinfo *ei)
{
    char path[PATH_MAX_T];
    mg_error err;

    if (fresh) {
        mg_portfolio_free(fx->p);
        rg_list_clear(&fx->regs);
        fx->p = mg_portfolio_new();
        assert_non_null(fx->p);
    }
    write_file(fx->dir, name, text, path);
    memset(ei, 0, sizeof *ei);
    err = rg_read(path, f, fx->layout, fx->cat, &fx->cfg, fx->p, &fx->regs, ei);
    unlink(path);
    return err;
}

/* Every read case: error, registrations, findings, ledger. */
static void test_read(void **state)
{
    fixture *fx = *state;
    size_t i;

    for (i = 0; i < ARRAY_LEN(read_cases); i++) {
        const read_case *c = &read_cases[i];
        mg_errinfo ei;
        mg_error err = read_text(fx, 1, MG_FILE_REG0, c->file, c->text, &ei);

        if (err != c->err)
            fail_msg("%s: error %d, expected %d (%s:%ld: %s)", c->name, err, c->err, ei.file, ei.line,
                     ei.msg[LANG_EN]);
        if (err != MG_OK) {
            assert_int_equal(ei.line, c->err_line);
            assert_non_null(strstr(ei.file, c->file));
            if (c->err_text && !strstr(ei.msg[LANG_EN], c->err_text))
                fail_msg("%s: message '%s' lacks '%s'", c->name, ei.msg[LANG_EN], c->err_text);
            continue;
        }
        assert_int_equal(fx->p->files[MG_FILE_REG0].read, 1);
        assert_string_equal(fx->p->files[MG_FILE_REG0].name, c->file);
        check_regs(c->name, fx, &fx->regs, MG_FILE_REG0, c->regs);
        check_findings(c->name, fx->p, MG_FILE_REG0, c->findings);
        check_ledger(c->name, fx->p, MG_FILE_REG0, c->ledger);
    }
    mg_portfolio_free(fx->p);
    fx->p = NULL;
    rg_list_clear(&fx->regs);
}

/* Every status word of the shipped layout, one row each, gives its state. */
static void test_status_words(void **state)
{
    fixture *fx = *state;
    char text[4096];
    size_t i, n;
    mg_errinfo ei;

    n = (size_t)snprintf(text, sizeof text, "%s", NL_HDR);
    for (i = 0; i < ARRAY_LEN(status_words); i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "87654321;%s;verzuim;%s;;;x\n", OWN,
                              status_words[i].word);
    assert_true(n < sizeof text);
    assert_int_equal(read_text(fx, 1, MG_FILE_REG0, "woorden.csv", text, &ei), MG_OK);
    assert_int_equal(fx->regs.n, ARRAY_LEN(status_words));
    for (i = 0; i < ARRAY_LEN(status_words); i++) {
        if (fx->regs.v[i].state != status_words[i].state)
            fail_msg("'%s' read as %s", status_words[i].word, st_state_name(fx->regs.v[i].state));
        assert_int_equal(fx->regs.v[i].line, (long)i + 2);
        assert_int_equal(fx->regs.v[i].end, ST_NO_DATE); /* actief without einddatum: open-ended */
    }
    check_ledger("status words", fx->p, MG_FILE_REG0, NULL);
    assert_int_equal(fx->p->findings.n, 0);
    mg_portfolio_free(fx->p);
    fx->p = NULL;
    rg_list_clear(&fx->regs);
}

/* The arguments of the findings: the service suggested, the status words accepted, the KvK numbers. */
static void test_finding_arguments(void **state)
{
    fixture *fx = *state;
    mg_errinfo ei;
    size_t i;
    int seen = 0;

    assert_int_equal(read_text(fx, 1, MG_FILE_REG0, "args.csv",
                               NL_HDR "87654321;" OWN ";verzium;actief;;;x\n"
                                      "87654321;" OWN ";verzuim;kapot;;;x\n"
                                      "87654321;" OTHER ";verzuim;actief;;;x\n",
                               &ei),
                     MG_OK);
    for (i = 0; i < fx->p->findings.n; i++) {
        const finding *f = &fx->p->findings.v[i];
        switch (f->code) {
        case FD_SERVICE_UNKNOWN: /* as validate.c gives it: the closest service's code */
            assert_string_equal(f->a1, "verzium");
            assert_string_equal(f->a2, "verzuim");
            assert_non_null(f->raw);
            assert_string_equal(f->column, "dienst");
            seen |= 1;
            break;
        case FD_VALUE_INVALID:
            assert_string_equal(f->a1, "kapot");
            assert_string_equal(f->a2, "not a status of registrations layout generiek; accepted: actief, "
                                       "aangevraagd, afgewezen, ingetrokken, verlopen");
            assert_int_equal(f->severity, FD_FOUT);
            assert_non_null(f->raw);
            assert_string_equal(f->raw, "87654321;" OWN ";verzuim;kapot;;;x");
            seen |= 2;
            break;
        case FD_REGISTRATION_OTHER_INTERMEDIARY:
            assert_string_equal(f->a1, OTHER);
            assert_string_equal(f->a2, OWN);
            assert_null(f->raw);
            assert_int_equal(f->line, 4);
            seen |= 4;
            break;
        default:
            fail_msg("unexpected finding %s", fd_def_get(f->code)->code);
        }
    }
    assert_int_equal(seen, 7);
    assert_int_equal(fx->regs.n, 0);
    mg_portfolio_free(fx->p);
    fx->p = NULL;
    rg_list_clear(&fx->regs);
}

/* Two exports into two slots: each its own name, rows and ledger; the list grows across them. */
static void test_two_files(void **state)
{
    fixture *fx = *state;
    mg_errinfo ei;

    assert_int_equal(
        read_text(fx, 1, MG_FILE_REG0, "een.csv", NL_HDR "87654321;" OWN ";verzuim;actief;;;x\n", &ei),
        MG_OK);
    assert_int_equal(
        read_text(fx, 0, MG_FILE_REG0 + 1, "twee.csv",
                  NL_HDR "23456789;" OWN ";bezwaar;aangevraagd;;;y\n1;" OWN ";bezwaar;actief;;;z\n", &ei),
        MG_OK);
    assert_int_equal(fx->regs.n, 2);
    assert_int_equal(fx->regs.v[0].file, MG_FILE_REG0);
    assert_int_equal(fx->regs.v[1].file, MG_FILE_REG0 + 1);
    assert_string_equal(fx->p->files[MG_FILE_REG0].name, "een.csv");
    assert_string_equal(fx->p->files[MG_FILE_REG0 + 1].name, "twee.csv");
    assert_int_equal(fx->p->files[MG_FILE_REG0 + 1].rows, 2);
    check_ledger("two files", fx->p, MG_FILE_REG0, "2=gebruikt");
    check_ledger("two files", fx->p, MG_FILE_REG0 + 1, "2=gebruikt,3=afgewezen");
    check_findings("two files", fx->p, MG_FILE_REG0 + 1, "kvk-format@3:f");
    /* a file index that is not an export's */
    assert_int_equal(read_text(fx, 0, SC_WERKGEVERS, "fout.csv", NL_HDR, &ei), MG_ERR_INTERNAL);
    assert_int_equal(read_text(fx, 0, MG_FILE_SLOTS, "fout.csv", NL_HDR, &ei), MG_ERR_INTERNAL);
    assert_int_equal(read_text(fx, 0, MG_FILE_REG0, "nogmaals.csv", NL_HDR, &ei),
                     MG_ERR_INTERNAL); /* read already */
    assert_int_equal(fx->p->ledger[MG_FILE_REG0].n, 1);
    mg_portfolio_free(fx->p);
    fx->p = NULL;
    rg_list_clear(&fx->regs);
}

/* A missing export is an input error. */
static void test_missing_file(void **state)
{
    fixture *fx = *state;
    mg_portfolio *p = mg_portfolio_new();
    rg_list regs = {0};
    mg_errinfo ei;
    char path[PATH_MAX_T];

    snprintf(path, sizeof path, "%s/bestaat-niet.csv", fx->dir);
    memset(&ei, 0, sizeof ei);
    assert_int_equal(rg_read(path, MG_FILE_REG0, fx->layout, fx->cat, &fx->cfg, p, &regs, &ei), MG_ERR_INPUT);
    assert_int_equal(regs.n, 0);
    mg_portfolio_free(p);
    rg_list_clear(&regs);
    rg_list_clear(NULL);
}

/* A layout file and what loading it gives: MG_OK, or an error at a line with a part of its English message.
 */
typedef struct layout_case {
    const char *name;
    const char *text;
    mg_error err;
    long line;
    const char *msg;
} layout_case;

#define L_FORMAAT "[formaat]\nnaam = proef\n"
#define L_KOLOMMEN "[kolommen]\nkvk_machtiginggever = klant\n"
#define L_WAARDEN                                                                                            \
    "[waarden]\nstatus_actief = actief\nstatus_aangevraagd = aangevraagd\nstatus_afgewezen = afgewezen\n"    \
    "status_ingetrokken = ingetrokken\nstatus_verlopen = verlopen\n"

static const layout_case layout_cases[] = {
    {"minimal", L_FORMAAT L_KOLOMMEN L_WAARDEN, MG_OK, 0, NULL},
    {"unknown key", "[formaat]\nnaam = proef\nkleur = rood\n" L_KOLOMMEN L_WAARDEN, MG_ERR_CONFIG, 3,
     "unknown key 'kleur' in section [formaat]; accepted keys: naam, beschrijving"},
    {"missing waarden key", L_FORMAAT L_KOLOMMEN "[waarden]\nstatus_actief = actief\n", MG_ERR_CONFIG, 5,
     "section [waarden] lacks key 'status_aangevraagd'"},
    {"repeated key", L_FORMAAT L_KOLOMMEN L_WAARDEN "status_verlopen = expired\n", MG_ERR_CONFIG, 11,
     "key 'status_verlopen' is given twice in section [waarden] (first on line 10)"},
    {"repeated key, other case", L_FORMAAT "NAAM = proef\n" L_KOLOMMEN L_WAARDEN, MG_ERR_CONFIG, 3,
     "key 'NAAM' is given twice"},
    {"repeated field", L_FORMAAT L_KOLOMMEN "kvk-machtiginggever = client\n" L_WAARDEN, MG_ERR_CONFIG, 5,
     "field 'kvk_machtiginggever' is given twice"},
    {"not a field", L_FORMAAT "[kolommen]\nkvk_klant = klant\n" L_WAARDEN, MG_ERR_CONFIG, 4,
     "'kvk_klant' is not a field of proef.ini"},
    {"alias of two fields", L_FORMAAT L_KOLOMMEN "dienst = Klant\n" L_WAARDEN, MG_ERR_CONFIG, 5,
     "alias 'klant' is already a name of field 'kvk_machtiginggever'"},
    {"own name as alias", L_FORMAAT "[kolommen]\ndienst = status\n" L_WAARDEN, MG_ERR_CONFIG, 4,
     "alias 'status' is already a name of field 'status'"},
    {"empty alias", L_FORMAAT "[kolommen]\ndienst = service,,x\n" L_WAARDEN, MG_ERR_CONFIG, 4, "empty alias"},
    {"unknown section", L_FORMAAT L_KOLOMMEN L_WAARDEN "[extra]\n", MG_ERR_CONFIG, 11,
     "unknown section [extra]"},
    {"word twice",
     L_FORMAAT L_KOLOMMEN
     "[waarden]\nstatus_actief = actief\nstatus_aangevraagd = aangevraagd\nstatus_afgewezen = afgewezen\n"
     "status_ingetrokken = ingetrokken, Actief\nstatus_verlopen = verlopen\n",
     MG_ERR_CONFIG, 9, "'actief' is already a word of 'status_actief'"},
    {"unknown waarden key", L_FORMAAT L_KOLOMMEN L_WAARDEN "status_zwevend = x\n", MG_ERR_CONFIG, 11,
     "unknown key 'status_zwevend' in section [waarden]"},
    {"name is not the file's", "[formaat]\nnaam = anders\n" L_KOLOMMEN L_WAARDEN, MG_ERR_CONFIG, 2,
     "naam 'anders' is not the name of the file (proef.ini)"},
    {"no naam", "[formaat]\nbeschrijving = x\n" L_KOLOMMEN L_WAARDEN, MG_ERR_CONFIG, 1,
     "section [formaat] lacks key 'naam'"},
    {"no waarden section", L_FORMAAT L_KOLOMMEN, MG_ERR_CONFIG, 0, "no [waarden] section"},
    {"section twice", L_FORMAAT L_KOLOMMEN L_WAARDEN "[kolommen]\n", MG_ERR_CONFIG, 11,
     "section [kolommen] appears twice (first on line 3)"},
    {"key before section", "naam = proef\n" L_FORMAAT, MG_ERR_CONFIG, 1,
     "key 'naam' comes before any section"},
    {"not utf-8", L_FORMAAT "[kolommen]\ndienst = d\xE9nst\n" L_WAARDEN, MG_ERR_CONFIG, 4, "not valid UTF-8"},
    {"indented", L_FORMAAT L_KOLOMMEN "  dienst = service\n" L_WAARDEN, MG_ERR_CONFIG, 5, NULL},
};

/* Every layout case, written as formats/registraties/proef.ini of a folder of its own. */
static void test_layouts(void **state)
{
    fixture *fx = *state;
    char sub[PATH_MAX_T], path[PATH_MAX_T];
    size_t i;

    snprintf(sub, sizeof sub, "%s/%s", fx->dir, RG_DIR);
    assert_int_equal(mkdir(sub, 0700), 0);
    for (i = 0; i < ARRAY_LEN(layout_cases); i++) {
        const layout_case *c = &layout_cases[i];
        rg_layout *l = (rg_layout *)&l;
        mg_errinfo ei;
        mg_error err;

        write_file(sub, "proef.ini", c->text, path);
        memset(&ei, 0, sizeof ei);
        err = rg_layout_load(fx->dir, "proef", &l, &ei);
        if (err != c->err)
            fail_msg("%s: error %d, expected %d (%s:%ld: %s)", c->name, err, c->err, ei.file, ei.line,
                     ei.msg[LANG_EN]);
        if (err == MG_OK) {
            assert_non_null(l);
            rg_layout_free(l);
        } else {
            assert_null(l);
            if (ei.line != c->line)
                fail_msg("%s: line %ld, expected %ld (%s)", c->name, ei.line, c->line, ei.msg[LANG_EN]);
            assert_string_equal(ei.file, path);
            if (c->msg && !strstr(ei.msg[LANG_EN], c->msg))
                fail_msg("%s: message '%s' lacks '%s'", c->name, ei.msg[LANG_EN], c->msg);
            assert_true(ei.msg[LANG_NL][0] != '\0');
        }
        unlink(path);
    }
    rmdir(sub);
    rg_layout_free(NULL);
}

/* A layout that is not there: the known ones are listed; a name that is no file name is never opened. */
static void test_unknown_layout(void **state)
{
    static const char *const names[] = {"onbekend", "../diensten", "", "gen/eriek"};
    fixture *fx = *state;
    char sub[PATH_MAX_T];
    size_t i;

    (void)fx;
    for (i = 0; i < ARRAY_LEN(names); i++) {
        rg_layout *l = NULL;
        mg_errinfo ei;

        memset(&ei, 0, sizeof ei);
        assert_int_equal(rg_layout_load(FORMATS_DIR, names[i], &l, &ei), MG_ERR_CONFIG);
        assert_null(l);
        if (!strstr(ei.msg[LANG_EN], "the layouts in formats/registraties are: generiek"))
            fail_msg("'%s': %s", names[i], ei.msg[LANG_EN]);
    }
    /* a folder without layouts */
    snprintf(sub, sizeof sub, "%s/%s", fx->dir, RG_DIR);
    assert_int_equal(mkdir(sub, 0700), 0);
    {
        rg_layout *l = NULL;
        mg_errinfo ei;
        memset(&ei, 0, sizeof ei);
        assert_int_equal(rg_layout_load(fx->dir, "generiek", &l, &ei), MG_ERR_CONFIG);
        assert_non_null(strstr(ei.msg[LANG_EN], "holds no layout"));
    }
    rmdir(sub);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read),
        cmocka_unit_test(test_status_words),
        cmocka_unit_test(test_finding_arguments),
        cmocka_unit_test(test_two_files),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_layouts),
        cmocka_unit_test(test_unknown_layout),
    };

    return cmocka_run_group_tests(tests, setup, teardown);
}
