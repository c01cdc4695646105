/* test_write.c — wr_check_outdir: which folders --force may replace, and which it must refuse. */
#include "testutil.h"

#include <sys/stat.h>
#include <unistd.h>

#include "write.h"

/* A digest line of SHA256SUMS for a file holding "x\n" (what put_file writes), and one that matches no file.
 */
#define D "73cb3858a687a8494ca3323053016282f3dad39d42cf62ca4e79dda2aac7d9ac  "
#define X "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef  "

/* One folder to set up and what wr_check_outdir must say about it. */
typedef struct wcase {
    const char *name;
    const char *sums;     /* SHA256SUMS text, NULL = none */
    const char *files[6]; /* files to create ("sub/x" makes sub/), NULL-terminated */
    const char *link;     /* a symbolic link to create, or NULL */
    int force, dry_run;
    int want_err;       /* 1: MG_ERR_OUTPUT expected */
    const char *in_msg; /* a piece of the English message, or NULL */
    const char *in_nl;  /* a piece of the Dutch message, or NULL */
} wcase;

static const wcase cases[] = {
    {"empty folder, no force", NULL, {NULL}, NULL, 0, 0, 0, NULL, NULL},
    {"earlier output, force",
     D "a.csv\n" D "rapport.txt\n",
     {"a.csv", "rapport.txt", NULL},
     NULL,
     1,
     0,
     0,
     NULL,
     NULL},
    {"edited output file, force",
     D "a.csv\n" X "rapport.txt\n",
     {"a.csv", "rapport.txt", NULL},
     NULL,
     1,
     0,
     1,
     "'rapport.txt', which was changed after migrate wrote it",
     "de uitvoermap bevat 'rapport.txt', dat is gewijzigd nadat migrate het schreef"},
    {"edited output file, no force: not read",
     D "a.csv\n" X "rapport.txt\n",
     {"a.csv", "rapport.txt", NULL},
     NULL,
     0,
     0,
     1,
     "use --force",
     "gebruik --force om die te vervangen"},
    {"earlier output, no force",
     D "a.csv\n",
     {"a.csv", NULL},
     NULL,
     0,
     0,
     1,
     "use --force",
     "de uitvoermap bestaat al en is niet leeg"},
    {"listed subfolder file",
     D "ondertekening/x.pdf\n" D "a.csv\n",
     {"a.csv", "ondertekening/x.pdf", NULL},
     NULL,
     1,
     0,
     0,
     NULL,
     NULL},
    {"aanvulling listed", D "aanvulling/y.csv\n", {"aanvulling/y.csv", NULL}, NULL, 1, 0, 0, NULL, NULL},
    {"unlisted subfolder file",
     D "a.csv\n",
     {"a.csv", "ondertekening/x.pdf", NULL},
     NULL,
     1,
     0,
     1,
     "'ondertekening/x.pdf'",
     NULL},
    {"foreign document",
     D "a.csv\n",
     {"a.csv", "notities.docx", NULL},
     NULL,
     1,
     0,
     1,
     "'notities.docx', which migrate did not write",
     "de uitvoermap bevat 'notities.docx', dat migrate niet heeft geschreven (het staat niet in de "
     "SHA256SUMS "
     "van de map); er is niets vervangen: verplaats het of kies met -o een andere map"},
    {"dotfile", D "a.csv\n", {".verborgen", "a.csv", NULL}, NULL, 1, 0, 1, "'.verborgen'", NULL},
    {"other subfolder", D "a.csv\n", {"a.csv", "archief/x", NULL}, NULL, 1, 0, 1, "'archief'", NULL},
    {"nested migrate subfolder",
     D "a.csv\n",
     {"a.csv", "ondertekening/d/x", NULL},
     NULL,
     1,
     0,
     1,
     "'ondertekening/d'",
     NULL},
    {"deeper name in SHA256SUMS",
     D "ondertekening/d/x\n",
     {"ondertekening/d/x", NULL},
     NULL,
     1,
     0,
     1,
     "'SHA256SUMS'",
     NULL},
    {"symlink",
     D "a.csv\n" D "b.csv\n",
     {"a.csv", NULL},
     "b.csv",
     1,
     0,
     1,
     "symbolic link",
     "'b.csv', dat een symbolische koppeling is"},
    {"no SHA256SUMS", NULL, {"rapport.txt", NULL}, NULL, 1, 0, 1, "no SHA256SUMS", "geen SHA256SUMS"},
    {"first foreign in name order",
     D "m.csv\n",
     {"z.txt", "b.txt", "m.csv", NULL},
     NULL,
     1,
     0,
     1,
     "'b.txt'",
     NULL},
    {"malformed SHA256SUMS", "not a checksum line\n", {"a.csv", NULL}, NULL, 1, 0, 1, "'SHA256SUMS'", NULL},
    {"path escape in SHA256SUMS", D "../x\n", {NULL}, NULL, 1, 0, 1, "'SHA256SUMS'", NULL},
    {"dry run over a full run",
     D "verwerking.csv\n",
     {"verwerking.csv", NULL},
     NULL,
     1,
     1,
     1,
     "full run",
     "de uitvoer van een volledige run (verwerking.csv); een run met --dry-run vervangt die nooit"},
    {"dry run over import file",
     D "ketenmachtigingen-formulier.csv\n",
     {"ketenmachtigingen-formulier.csv", NULL},
     NULL,
     1,
     1,
     1,
     "full run",
     NULL},
    {"dry run over a dry run",
     D "overzicht.xlsx\n" D "rapport.txt\n",
     {"overzicht.xlsx", "rapport.txt", NULL},
     NULL,
     1,
     1,
     0,
     NULL,
     NULL},
};

/* Create dir/rel with a little text, making its folder first. */
static void put_file(const char *dir, const char *rel)
{
    char path[4096], sub[8192];
    const char *slash = strrchr(rel, '/');
    FILE *f;

    if (slash) {
        char *p;
        if (snprintf(sub, sizeof sub, "%s/%s", dir, rel) >= (int)sizeof sub)
            fail_msg("path too long");
        sub[strlen(dir) + 1 + (size_t)(slash - rel)] = '\0';
        for (p = sub + strlen(dir) + 1; *p; p++)
            if (*p == '/') {
                *p = '\0';
                mkdir(sub, 0700);
                *p = '/';
            }
        mkdir(sub, 0700);
    }
    if (snprintf(path, sizeof path, "%s/%s", dir, rel) >= (int)sizeof path)
        fail_msg("path too long");
    f = fopen(path, "w");
    assert_non_null(f);
    fputs("x\n", f);
    assert_int_equal(fclose(f), 0);
}

/* Every case of the table in a fresh folder. */
static void test_table(void **state)
{
    size_t i, k;

    (void)state;
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        const wcase *c = &cases[i];
        char root[] = "/tmp/test_write.XXXXXX", out[4096], cmd[4200];
        wr_options o;
        wr_start st;
        mg_errinfo ei;
        mg_error err;

        assert_non_null(mkdtemp(root));
        assert_true(snprintf(out, sizeof out, "%s/out", root) < (int)sizeof out);
        assert_int_equal(mkdir(out, 0700), 0);
        for (k = 0; c->files[k]; k++)
            put_file(out, c->files[k]);
        if (c->sums) {
            char p[4096];
            FILE *f;
            assert_true(snprintf(p, sizeof p, "%s/SHA256SUMS", out) < (int)sizeof p);
            f = fopen(p, "w");
            assert_non_null(f);
            fputs(c->sums, f);
            assert_int_equal(fclose(f), 0);
        }
        if (c->link) {
            char p[4096];
            assert_true(snprintf(p, sizeof p, "%s/%s", out, c->link) < (int)sizeof p);
            assert_int_equal(symlink("/etc/hostname", p), 0);
        }
        memset(&o, 0, sizeof o);
        memset(&ei, 0, sizeof ei);
        o.outdir = out;
        o.force = c->force;
        o.dry_run = c->dry_run;
        err = wr_check_outdir(&o, &st, &ei);
        if (c->want_err != (err == MG_ERR_OUTPUT) || (c->in_msg && !strstr(ei.msg[LANG_EN], c->in_msg))) {
            fail_msg("%s: error %d, message '%s'", c->name, (int)err, ei.msg[LANG_EN]);
        }
        if (c->in_nl && !strstr(ei.msg[LANG_NL], c->in_nl))
            fail_msg("%s: Dutch message '%s'", c->name, ei.msg[LANG_NL]);
        if (!err)
            assert_true(st.exists);
        assert_true(snprintf(cmd, sizeof cmd, "rm -rf '%s'", root) < (int)sizeof cmd);
        assert_int_equal(system(cmd), 0);
    }
}

/* A path that does not exist yet is fine and recorded as absent. */
static void test_absent(void **state)
{
    wr_options o;
    wr_start st;
    mg_errinfo ei;

    (void)state;
    memset(&o, 0, sizeof o);
    memset(&ei, 0, sizeof ei);
    o.outdir = "/tmp/test_write_no_such_folder_here";
    assert_int_equal(wr_check_outdir(&o, &st, &ei), MG_OK);
    assert_false(st.exists);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_absent),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
