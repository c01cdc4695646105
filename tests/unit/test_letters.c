/* test_letters.c — the signing pack: file names, the layout file, the letters' texts and verzendlijst rows.
 */
#include "testutil.h"

#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "findings.h"
#include "letters.h"
#include "model.h"
#include "prose.h"

#define FORMATS_DIR "formats"
#define TEST_PATH_MAX 512

/* ---- file names ---- */

/* A file name of lt_file_name from a KvK and a client's name. */
typedef struct name_case {
    const char *naam;
    const char *want;
} name_case;

/* Names taken in the test's callback: the first `n` of them. */
typedef struct taken_set {
    const char *names[4];
    size_t n;
} taken_set;

/* 1 if the name is in the set. */
static int taken_in(void *ctx, const char *name)
{
    const taken_set *t = ctx;
    size_t i;

    for (i = 0; i < t->n; i++)
        if (!strcmp(t->names[i], name))
            return 1;
    return 0;
}

/* Transliteration, word breaks, path characters, cutting, and names with nothing left. */
static void test_file_names(void **state)
{
    static const name_case cases[] = {
        {"Bakkerij 't Hoekje B.V.", "12345678-bakkerij-t-hoekje-b-v.pdf"},
        {"Çelik Ĳzerhandel", "12345678-celik-ijzerhandel.pdf"},
        {"Zoë & Anaïs", "12345678-zoe-anais.pdf"},
        {"Straße Øresund Łódź", "12345678-strasse-oresund-lodz.pdf"},
        {"../../etc/passwd", "12345678-etc-passwd.pdf"},
        {"C:\\Windows\\system32 <x>|\"y\"?*", "12345678-c-windows-system32-x-y.pdf"},
        {"日本語", "12345678.pdf"},
        {"", "12345678.pdf"},
        {"   --- ", "12345678.pdf"},
        {"Stichting Voor De Bevordering Van Zeer Lange Namen In Het Handelsregister",
         "12345678-stichting-voor-de-bevordering-van-zeer.pdf"},
        {"Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "12345678-"
                                                                 "aaaaaaaaaa"
                                                                 "aaaaaaaaaa"
                                                                 "aaaaaaaaaa"
                                                                 "aaaaaaaaaa"
                                                                 ".pdf"},
        {"A\tB\nC", "12345678-a-b-c.pdf"},
    };
    char out[LT_FILE_MAX];
    size_t i, k;

    (void)state;
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        lt_file_name("12345678", cases[i].naam, NULL, NULL, out);
        if (strcmp(out, cases[i].want) != 0)
            fail_msg("'%s': got %s, want %s", cases[i].naam, out, cases[i].want);
        for (k = 0; out[k]; k++) /* safe everywhere: ASCII letters, digits, '-' and the dot of .pdf */
            assert_true((out[k] >= 'a' && out[k] <= 'z') || (out[k] >= '0' && out[k] <= '9') ||
                        out[k] == '-' || out[k] == '.');
        assert_true(strlen(out) < LT_FILE_MAX);
    }
}

/* Two letters whose names come out the same get -2, -3, ... (a status run's two periods of one client). */
static void test_file_names_unique(void **state)
{
    taken_set t = {{"12345678-zoe-b-v.pdf", "12345678-zoe-b-v-2.pdf"}, 0};
    char out[LT_FILE_MAX];

    (void)state;
    lt_file_name("12345678", "Zoë B.V.", taken_in, &t, out);
    assert_string_equal(out, "12345678-zoe-b-v.pdf");
    t.n = 1;
    lt_file_name("12345678", "Zoe B.V.", taken_in, &t, out);
    assert_string_equal(out, "12345678-zoe-b-v-2.pdf");
    t.n = 2;
    lt_file_name("12345678", "ZOË b.v.", taken_in, &t, out);
    assert_string_equal(out, "12345678-zoe-b-v-3.pdf");
}

/* ---- opmaak.ini ---- */

/* Write text as formats dir/brieven/opmaak.ini. */
static void write_layout(const char *dir, const char *text)
{
    char path[TEST_PATH_MAX];
    FILE *fp;

    snprintf(path, sizeof path, "%s/brieven", dir);
    mkdir(dir, 0700);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/brieven/opmaak.ini", dir);
    fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs(text, fp);
    assert_int_equal(fclose(fp), 0);
}

#define LAYOUT_KEYS                                                                                          \
    "grootte = 10\ngrootte_titel = 15\ngrootte_kop = 11.5\nmarge_mm = 22\nboven_mm = 20\nonder_mm = 18\n"    \
    "labelbreedte_mm = 45\n"

/* A layout file and what loading it gives: MG_OK, or the error and its line. */
typedef struct layout_case {
    const char *text;
    mg_error err;
    long line;
    const char *words; /* in the English message */
} layout_case;

/* The shipped layout loads; every mistake is an error with its line. */
static void test_layout(void **state)
{
    static const layout_case cases[] = {
        {"[opmaak]\nlettertype = /f.ttf\n" LAYOUT_KEYS, MG_OK, 0, NULL},
        {"[opmaak]\nlettertype = f.ttf\n" LAYOUT_KEYS, MG_OK, 0, NULL},
        {"[opmaak]\n" LAYOUT_KEYS, MG_ERR_CONFIG, 0, "lettertype"},
        {"[opmaak]\nlettertype = /f.ttf\ngrootte = 10\n", MG_ERR_CONFIG, 0, "grootte_titel"},
        {"[opmaak]\nlettertype = /f.ttf\n" LAYOUT_KEYS "kleur = rood\n", MG_ERR_CONFIG, 10,
         "unknown key 'kleur'"},
        {"[opmaak]\nlettertype = /f.ttf\ngrootte = 100\n", MG_ERR_CONFIG, 3, "not a number from 6 to 24"},
        {"[opmaak]\nlettertype = /f.ttf\ngrootte = 10pt\n", MG_ERR_CONFIG, 3, "'grootte' = '10pt'"},
        {"[opmaak]\nlettertype = /f.ttf\ngrootte = -5\n", MG_ERR_CONFIG, 3, "grootte"},
        {"[opmaak]\nlettertype = /f.ttf\ngrootte = nan\n", MG_ERR_CONFIG, 3, "grootte"},
        {"[opmaak]\nlettertype = /f.ttf\ngrootte = 10\ngrootte = 11\n", MG_ERR_CONFIG, 4, "grootte"},
        {"[kleuren]\n", MG_ERR_CONFIG, 1, "unknown section [kleuren]"},
        {"lettertype = /f.ttf\n", MG_ERR_CONFIG, 1, "before any section"},
        {"[opmaak]\nlettertype =\n", MG_ERR_CONFIG, 2, "no value"},
    };
    char dir[] = "/tmp/test-letters-XXXXXX";
    lt_layout lay;
    mg_errinfo ei;
    size_t i;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_int_equal(lt_layout_load(FORMATS_DIR, &lay, &ei), MG_OK);
    assert_non_null(strstr(lay.font, "LiberationSans-Regular.ttf"));
    assert_true(lay.style.size > 0 && lay.style.label_mm > 0);
    lt_layout_clear(&lay);
    lt_layout_clear(&lay); /* twice is fine */
    assert_non_null(mkdtemp(dir));
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        mg_error err;
        write_layout(dir, cases[i].text);
        memset(&ei, 0, sizeof ei);
        err = lt_layout_load(dir, &lay, &ei);
        if (err != cases[i].err || (err && ei.line != cases[i].line) ||
            (cases[i].words && !strstr(ei.msg[LANG_EN], cases[i].words)))
            fail_msg("case %zu: error %d line %ld '%s'", i, (int)err, ei.line, ei.msg[LANG_EN]);
        if (!err && i == 1) { /* a relative font is in formats/brieven/ */
            char want[TEST_PATH_MAX];
            snprintf(want, sizeof want, "%s/brieven/f.ttf", dir);
            assert_string_equal(lay.font, want);
            assert_null(lay.font_bold);
        }
        lt_layout_clear(&lay);
    }
    {
        char path[TEST_PATH_MAX];
        snprintf(path, sizeof path, "%s/brieven/opmaak.ini", dir);
        unlink(path);
        memset(&ei, 0, sizeof ei);
        assert_int_equal(lt_layout_load(dir, &lay, &ei), MG_ERR_CONFIG);
        assert_non_null(strstr(ei.file, "opmaak.ini"));
        snprintf(path, sizeof path, "%s/brieven", dir);
        rmdir(path);
        rmdir(dir);
    }
}

/* ---- letters and their mails ---- */

/* What a test set of letters is made from. */
typedef struct fixture {
    catalog *cat;
    mg_config cfg;
    lt_layout lay;
    mg_portfolio *p;
    mg_request req[5];
} fixture;

/* The shipped catalogue, texts and layout. */
static int fx_setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    mg_errinfo ei;

    memset(&ei, 0, sizeof ei);
    assert_non_null(f);
    if (cat_load(FORMATS_DIR, &f->cat, &ei) != MG_OK || ps_load(FORMATS_DIR, &f->cat->prose, &ei) != MG_OK ||
        lt_layout_load(FORMATS_DIR, &f->lay, &ei) != MG_OK)
        fail_msg("%s:%ld: %s", ei.file, ei.line, ei.msg[LANG_EN]);
    f->cfg.naam = "Administratiekantoor Çelik & Zn.";
    memcpy(f->cfg.kvk, "87654321", 9);
    f->cfg.leverancier = "KPN";
    f->cfg.lang = LANG_NL;
    f->cfg.run_date = 20775; /* 18-11-2026 */
    f->cfg.letters = 1;
    f->p = mg_portfolio_new();
    assert_non_null(f->p);
    *state = f;
    return 0;
}

/* Free the fixture. */
static int fx_teardown(void **state)
{
    fixture *f = *state;

    mg_portfolio_free(f->p);
    lt_layout_clear(&f->lay);
    cat_free(f->cat);
    free(f);
    return 0;
}

/* Fill request r (route formulier) with a name, KvK, numbers, one service, and representatives. */
static void fx_request(mg_request *r, const char *kvk, const char *naam, const char **names,
                       const char **mails, size_t n)
{
    memset(r, 0, sizeof *r);
    memcpy(r->kvk, kvk, 9);
    r->naam = naam;
    r->lhns = "123456789L01,987654321L02";
    r->nlhns = 2;
    r->route = RT_FORMULIER;
    r->services = 1;
    r->start = 20775;
    r->end = 20775 + 5 * 365;
    r->line = 2;
    r->rep_name = names;
    r->rep_mail = mails;
    r->nreps = n;
}

/* Write callback: the PDF's bytes into a sink (testutil.h: test_sink). */
static int mem_write(void *ctx, const void *buf, size_t len)
{
    return test_sink_put(ctx, buf, len);
}

/* One mail per address (case aside) over several clients; one per person without an address; one for a
 * client with nobody known; only form-route requests get a letter; a character the font lacks is a warning
 * naming the letter. */
static void test_prepare(void **state)
{
    fixture *f = *state;
    static const char *jan[] = {"Jan de Vries"}, *janmail[] = {"jan@voorbeeld.nl"};
    static const char *jan2[] = {"J. de Vries", "Piet Bos"}, *jan2mail[] = {"JAN@Voorbeeld.nl", ""};
    static const char *noname[] = {""}, *nomail[] = {"info@klant.nl"};
    lt_set *s = NULL;
    mg_errinfo ei;
    test_sink m = {0};
    size_t i, warnings = 0;

    fx_request(&f->req[0], "11111111", "Bakkerij 't Hoekje", jan, janmail, 1);
    fx_request(&f->req[1], "22222222", "Zoë Çelik Holding", jan2, jan2mail, 2);
    fx_request(&f->req[2], "33333333", "Geen Idee B.V.", NULL, NULL, 0);
    fx_request(&f->req[3], "44444444", "Beheermodule B.V.", jan, janmail, 1);
    f->req[3].route = RT_BEHEERMODULE;
    fx_request(&f->req[4], "55555555", "中文 Trading", noname, nomail, 1);
    memset(&ei, 0, sizeof ei);
    assert_int_equal(lt_prepare(&f->cfg, f->cat, &f->lay, f->p, f->req, 5, LT_DIR, &s, &ei), MG_OK);
    assert_non_null(s);
    assert_int_equal(s->n, 4);
    assert_string_equal(s->v[0].file, "11111111-bakkerij-t-hoekje.pdf");
    assert_string_equal(s->v[1].file, "22222222-zoe-celik-holding.pdf");
    assert_string_equal(s->v[3].file, "55555555-trading.pdf");
    /* mails: jan@ (two clients), info@ (address without a name), Piet Bos (no address), Geen Idee (nobody) */
    assert_int_equal(s->nmails, 4);
    assert_string_equal(s->mails[0].email, "info@klant.nl");
    assert_string_equal(s->mails[0].name, "");
    assert_string_equal(s->mails[1].email, "jan@voorbeeld.nl");
    assert_string_equal(s->mails[1].name, "Jan de Vries; J. de Vries");
    assert_string_equal(s->mails[1].kvks, "11111111; 22222222");
    assert_string_equal(s->mails[1].files, "11111111-bakkerij-t-hoekje.pdf; 22222222-zoe-celik-holding.pdf");
    assert_string_equal(s->mails[1].remark, "");
    assert_non_null(strstr(s->mails[1].message, "Bakkerij 't Hoekje (KvK 11111111); Zoë Çelik Holding"));
    assert_non_null(strstr(s->mails[1].message, "Beste Jan de Vries; J. de Vries,\n"));
    assert_non_null(strstr(s->mails[1].message, "2 brieven"));
    assert_non_null(strstr(s->mails[0].message, "Geachte heer, mevrouw,\n"));
    assert_null(strstr(s->mails[0].message, "brieven"));
    assert_string_equal(s->mails[1].subject, s->mails[0].subject);
    assert_string_equal(s->mails[2].email, "");
    assert_string_equal(s->mails[2].name, "Piet Bos");
    assert_non_null(strstr(s->mails[2].remark, "geen e-mailadres"));
    assert_string_equal(s->mails[3].kvks, "33333333");
    assert_non_null(strstr(s->mails[3].remark, "geen e-mailadres"));
    for (i = 0; i < f->p->findings.n; i++)
        if (f->p->findings.v[i].code == FD_LETTER_CHARACTER_MISSING) {
            warnings++;
            assert_string_equal(f->p->findings.v[i].a1, "ondertekening/55555555-trading.pdf");
            assert_string_equal(f->p->findings.v[i].a2, "U+4E2D");
        }
    assert_int_equal(warnings, 1);
    /* a letter comes out as a PDF */
    assert_int_equal(lt_write(s, 0, mem_write, &m, s->v[0].file, &ei), MG_OK);
    assert_true(m.n > 1000);
    assert_memory_equal(m.s, "%PDF-", 5);
    free(m.s);
    lt_free(s);
    lt_free(NULL);
}

/* A client with more numbers than a letter can hold gets no letter but a warning; the others are written. */
static void test_prepare_too_long(void **state)
{
    fixture *f = *state;
    static const char *jan[] = {"Jan de Vries"}, *janmail[] = {"jan@voorbeeld.nl"};
    size_t i, n = PD_TEXT_MAX / 13 + 2, warnings = 0;
    char *lhns = malloc(n * 13 + 1);
    lt_set *s = NULL;
    mg_errinfo ei;

    assert_non_null(lhns);
    for (i = 0; i < n; i++)
        memcpy(lhns + i * 13, i + 1 < n ? "123456789L01," : "123456789L01\0", 13);
    fx_request(&f->req[0], "11111111", "Veel Nummers B.V.", jan, janmail, 1);
    f->req[0].lhns = lhns;
    fx_request(&f->req[1], "22222222", "Gewoon B.V.", jan, janmail, 1);
    memset(&ei, 0, sizeof ei);
    assert_int_equal(lt_prepare(&f->cfg, f->cat, &f->lay, f->p, f->req, 2, LT_DIR_STATUS, &s, &ei), MG_OK);
    assert_non_null(s);
    assert_int_equal(s->n, 1);
    assert_string_equal(s->v[0].file, "22222222-gewoon-b-v.pdf");
    assert_int_equal(s->nmails, 1);
    assert_string_equal(s->mails[0].files, "22222222-gewoon-b-v.pdf");
    for (i = 0; i < f->p->findings.n; i++)
        if (f->p->findings.v[i].code == FD_LETTER_TOO_LONG) {
            warnings++;
            assert_string_equal(f->p->findings.v[i].a1,
                                "aanvulling/ondertekening/11111111-veel-nummers-b-v.pdf");
        }
    assert_int_equal(warnings, 1);
    lt_free(s);
    free(lhns);
}

/* Two clients whose signers share a name but have no address: a row each, never one for both (a name alone
 * does not say they are one person); with an address they would share a row. */
static void test_prepare_same_name(void **state)
{
    fixture *f = *state;
    static const char *jj[] = {"J. Jansen"}, *none[] = {""};
    lt_set *s = NULL;
    mg_errinfo ei;

    fx_request(&f->req[0], "11111111", "Eerste B.V.", jj, none, 1);
    fx_request(&f->req[1], "22222222", "Tweede B.V.", jj, none, 1);
    memset(&ei, 0, sizeof ei);
    assert_int_equal(lt_prepare(&f->cfg, f->cat, &f->lay, f->p, f->req, 2, LT_DIR, &s, &ei), MG_OK);
    assert_non_null(s);
    assert_int_equal(s->nmails, 2);
    assert_string_equal(s->mails[0].kvks, "11111111");
    assert_string_equal(s->mails[1].kvks, "22222222");
    assert_string_equal(s->mails[0].name, "J. Jansen");
    assert_string_equal(s->mails[1].name, "J. Jansen");
    assert_string_equal(s->mails[0].email, "");
    assert_non_null(strstr(s->mails[1].remark, "geen e-mailadres"));
    lt_free(s);
}

/* No form-route request, or brieven = nee: no set at all. */
static void test_prepare_none(void **state)
{
    fixture *f = *state;
    lt_set *s = (lt_set *)1;
    mg_errinfo ei;

    fx_request(&f->req[0], "11111111", "Beheermodule B.V.", NULL, NULL, 0);
    f->req[0].route = RT_BEHEERMODULE;
    assert_int_equal(lt_prepare(&f->cfg, f->cat, &f->lay, f->p, f->req, 1, LT_DIR, &s, &ei), MG_OK);
    assert_null(s);
    /* brieven = nee: none for a form-route client either */
    f->req[0].route = RT_FORMULIER;
    f->cfg.letters = 0;
    s = (lt_set *)1;
    assert_int_equal(lt_prepare(&f->cfg, f->cat, &f->lay, f->p, f->req, 1, LT_DIR, &s, &ei), MG_OK);
    assert_null(s);
}

/* A font that cannot be loaded is a configuration error naming it. */
static void test_prepare_no_font(void **state)
{
    fixture *f = *state;
    lt_layout lay = f->lay;
    char font[] = "/nonexistent/font.ttf";
    lt_set *s = NULL;
    mg_errinfo ei;

    lay.font = font;
    lay.style.font = font;
    fx_request(&f->req[0], "11111111", "Formulier B.V.", NULL, NULL, 0);
    memset(&ei, 0, sizeof ei);
    assert_int_equal(lt_prepare(&f->cfg, f->cat, &lay, f->p, f->req, 1, LT_DIR, &s, &ei), MG_ERR_CONFIG);
    assert_null(s);
    assert_non_null(strstr(ei.file, "/nonexistent/font.ttf"));
}

/* An unknown placeholder in brief.txt is refused with its line. */
static void test_template_errors(void **state)
{
    static const char text[] = "@ brief\n# Titel\nBeste {klant_naam},\n";
    ps_prose *ps = ps_new();
    mg_errinfo ei;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_int_equal(ps_parse(ps, LANG_NL, PS_LETTER, "brief.txt", text, strlen(text), &ei), MG_ERR_CONFIG);
    assert_int_equal(ei.line, 3);
    assert_non_null(strstr(ei.msg[LANG_EN], "klant_naam"));
    assert_int_equal(ps_parse(ps, LANG_NL, PS_LETTER, "brief.txt", "@ brief\nBeste {klant,\n",
                              strlen("@ brief\nBeste {klant,\n"), &ei),
                     MG_ERR_CONFIG);
    assert_int_equal(ei.line, 2);
    ps_free(ps);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_file_names),
        cmocka_unit_test(test_file_names_unique),
        cmocka_unit_test(test_layout),
        cmocka_unit_test(test_template_errors),
        cmocka_unit_test_setup_teardown(test_prepare, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_prepare_too_long, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_prepare_same_name, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_prepare_none, fx_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(test_prepare_no_font, fx_setup, fx_teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
