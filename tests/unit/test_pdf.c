/* test_pdf.c — letters as PDF: line breaking at every width, byte-stable output, every write failing in turn,
 * fonts that cannot load, missing glyphs, two threads at once, and a two-page letter read back by poppler. */
#include "testutil.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include "pdf.h"
#include "text.h"

/* The fonts of the tests (Debian fonts-liberation2). */
#define FONT_DIR "/usr/share/fonts/truetype/liberation2/"
#define FONT FONT_DIR "LiberationSans-Regular.ttf"
#define FONT_BOLD FONT_DIR "LiberationSans-Bold.ttf"

/* 2026-11-18 11:06:40 UTC, and how the PDF writes it. */
#define DATE 1795000000LL
#define DATE_PDF "/CreationDate (D:20261118110640Z00'00')"
#define MOD_DATE_PDF "/ModDate (D:20261118110640Z00'00')"

/* A4 portrait as pdfinfo prints it, and the text area of the style below in points (x from LEFT to RIGHT,
 * y from the top down to BOTTOM_Y). */
#define A4_INFO "595.276 x 841.89 pts (A4)"
#define LEFT (22 * 72 / 25.4)
#define RIGHT (595.276 - 22 * 72 / 25.4)
#define TOP_Y (20 * 72 / 25.4)
#define BOTTOM_Y (841.89 - 20 * 72 / 25.4)

/* Most lines a wrap test expects. */
#define WANT_MAX 8

/* ---- pd_wrap ---- */

/* A measure of one unit per character (code point; a bad byte is one). */
static double per_char(void *ctx, const char *s, size_t n)
{
    size_t i = 0, chars = 0;

    (void)ctx;
    while (i < n) {
        uint32_t cp;
        i += tx_decode(s + i, n - i, &cp);
        chars++;
    }
    return (double)chars;
}

/* A proportional measure: each character 3 to 9 units wide by its code point; a space 2. */
static double proportional(void *ctx, const char *s, size_t n)
{
    size_t i = 0;
    double w = 0;

    (void)ctx;
    while (i < n) {
        uint32_t cp;
        i += tx_decode(s + i, n - i, &cp);
        w += cp == ' ' ? 2 : (double)(cp % 7 + 3);
    }
    return w;
}

/* One line breaking: text, width (in characters), and the lines it must give. */
typedef struct wrap_case {
    const char *text;
    double width;
    const char *want[WANT_MAX]; /* NULL after the last */
} wrap_case;

static const wrap_case wraps[] = {
    {"", 10, {""}},
    {"aaa bbb ccc", 11, {"aaa bbb ccc"}},
    {"aaa bbb ccc", 10, {"aaa bbb", "ccc"}},
    {"aaa bbb ccc", 7, {"aaa bbb", "ccc"}},
    {"aaa bbb ccc", 6, {"aaa", "bbb", "ccc"}},
    {"aaa bbb ccc", 3, {"aaa", "bbb", "ccc"}},
    {"aaa     bbb", 4, {"aaa", "bbb"}},                     /* the spaces at a break are dropped */
    {"aaa bbb   ", 20, {"aaa bbb"}},                        /* and at the end of a line */
    {"  ingesprongen tekst", 30, {"  ingesprongen tekst"}}, /* leading spaces kept */
    {"abcdefghij", 4, {"abcd", "efgh", "ij"}},              /* a word longer than a line */
    {"ab cdefghij", 4, {"ab", "cdef", "ghij"}},
    {"ab cdefghijk lm", 4, {"ab", "cdef", "ghij", "k lm"}},
    {"abc", 0, {"a", "b", "c"}}, /* nothing fits: one character a line */
    {"a\nb", 10, {"a", "b"}},
    {"a\n", 10, {"a", ""}},
    {"\n\n", 10, {"", "", ""}},
    {"een twee\ndrie vier vijf", 9, {"een twee", "drie vier", "vijf"}},
    {"lijst:\n- een\n- twee", 20, {"lijst:", "- een", "- twee"}},
    {"a  \n  b", 10, {"a", "  b"}},
    {"a\n  bcd", 2, {"a", "bc", "d"}}, /* indentation that leaves no room for a character goes */
    {"   ", 10, {""}},
    {"\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB", 2, {"\xC3\xAB\xC3\xAB", "\xC3\xAB\xC3\xAB", "\xC3\xAB"}},
    {"x \xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC y", 2, {"x", "\xE2\x82\xAC\xE2\x82\xAC", "\xE2\x82\xAC", "y"}},
    {"\xF0\x9F\x98\x80\xF0\x9F\x98\x80", 1, {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"}},
    {"\xC4\xB2sselmonde", 4, {"\xC4\xB2sse", "lmon", "de"}},
    {"\xFF\xFE"
     "a",
     1,
     {"\xFF", "\xFE", "a"}}, /* bytes that are not UTF-8: one character each */
    {"\xC3"
     "a",
     1,
     {"\xC3", "a"}}, /* a truncated sequence */
};

/* Every case of the table gives exactly its lines. */
static void test_wrap_table(void **state)
{
    (void)state;
    for (size_t c = 0; c < ARRAY_LEN(wraps); c++) {
        const wrap_case *w = &wraps[c];
        size_t start[WANT_MAX + 1], length[WANT_MAX + 1], want = 0;
        size_t n = pd_wrap(w->text, strlen(w->text), w->width, per_char, NULL, start, length, WANT_MAX + 1);

        while (want < WANT_MAX && w->want[want])
            want++;
        if (n != want)
            fail_msg("case %zu [%s] width %g: %zu lines, want %zu", c, w->text, w->width, n, want);
        for (size_t i = 0; i < n; i++) {
            if (length[i] != strlen(w->want[i]) || memcmp(w->text + start[i], w->want[i], length[i]) != 0)
                fail_msg("case %zu line %zu: [%.*s], want [%s]", c, i, (int)length[i], w->text + start[i],
                         w->want[i]);
        }
    }
}

/* The long texts of the letters below: names, a list of services, a paragraph. */
static const char long_name[] = "Stichting Bakkerij 't Hoekje van de Gebroeders \xC3\x87"
                                "elik-IJsselstein en Zo\xC3\xAB"
                                "termeer Holding B.V.";
static const char services[] =
    "Loonaangifte (Belastingdienst)\n"
    "Ziek- en herstelmeldingen (UWV)\n"
    "WGA-eigenrisicodragerschap\n"
    "Verzuimmeldingen bij de arbodienst\n"
    "Pensioenaangifte (Pensioenfonds PFZW)\n"
    "Omzetbelasting\n"
    "Vennootschapsbelasting\n"
    "Inkomensverklaring voor medewerkers\n"
    "Subsidie Praktijkleren (RVO)\n"
    "Loonkostenvoordelen en het lage-inkomensvoordeel (LIV) bij de Belastingdienst";
static const char paragraph[] =
    "Vanaf 1 januari 2027 regelt uw intermediair, Jansen Salarisadministratie B.V., de aangiften en "
    "meldingen voor uw organisatie met eHerkenning.  Daarvoor hebt u een ketenmachtiging nodig voor elke "
    "dienst hieronder: \xE2\x82\xAC 12,50 per maand, v\xC3\xB3\xC3\xB3r 1 december 2026, \xC4\xB2sselmonde, "
    "\xC5\x9F"
    "irket, caf\xC3\xA9, na\xC3\xAF"
    "ef.\n  Tweede alinea, ingesprongen, met "
    "een_woord_dat_langer_is_dan_de_meeste_regels_bij_een_smalle_kolom.";

/* Check the lines of text at a width: in order, each within the width unless it is one character, never
 * starting inside a UTF-8 sequence, without '\n' or a space at its end; what lies between two lines is spaces
 * (a break at a space) or spaces, one '\n' (a forced break); and no line could have taken the next word. */
static void check_lines(const char *text, double width, pd_measure_fn measure, size_t n, const size_t *start,
                        const size_t *length)
{
    size_t len = strlen(text), prev_end = 0;

    for (size_t i = 0; i < n; i++) {
        const char *s = text + start[i];
        size_t chars = (size_t)per_char(NULL, s, length[i]);
        assert_true(start[i] >= prev_end && start[i] + length[i] <= len);
        if (chars > 1 && measure(NULL, s, length[i]) > width)
            fail_msg("width %g: line %zu [%.*s] is wider", width, i, (int)length[i], s);
        if (length[i] && ((unsigned char)s[0] & 0xC0) == 0x80)
            fail_msg("width %g: line %zu starts inside a character", width, i);
        if (start[i] + length[i] < len && ((unsigned char)s[length[i]] & 0xC0) == 0x80)
            fail_msg("width %g: line %zu ends inside a character", width, i);
        assert_null(memchr(s, '\n', length[i]));
        if (length[i])
            assert_true(s[length[i] - 1] != ' ' || chars == 1);
        if (i > 0) {
            size_t gap = start[i] - prev_end, newlines = 0;
            for (size_t k = prev_end; k < start[i]; k++) {
                assert_true(text[k] == ' ' || text[k] == '\n');
                newlines += text[k] == '\n';
            }
            assert_true(newlines <= 1);
            if (newlines == 0 && gap > 0) {
                /* a break at a space: the next word would not have fitted */
                size_t e = start[i];
                while (e < len && text[e] != ' ' && text[e] != '\n')
                    e++;
                if (measure(NULL, text + start[i - 1], e - start[i - 1]) <= width)
                    fail_msg("width %g: line %zu could have taken [%.*s]", width, i - 1, (int)(e - start[i]),
                             text + start[i]);
            }
        }
        prev_end = start[i] + length[i];
    }
    /* after the last line only spaces */
    for (size_t k = prev_end; k < len; k++)
        assert_true(text[k] == ' ');
}

/* Every width from one character to wider than the text, with both measures, on every long text. */
static void test_wrap_every_width(void **state)
{
    static size_t start[2048], length[2048];
    const char *texts[] = {long_name, services, paragraph};
    pd_measure_fn measures[] = {per_char, proportional};

    (void)state;
    for (size_t t = 0; t < ARRAY_LEN(texts); t++) {
        size_t len = strlen(texts[t]);
        for (size_t m = 0; m < ARRAY_LEN(measures); m++) {
            double full = measures[m](NULL, texts[t], len);
            for (double w = 0.5; w <= full + 2; w += 0.5) {
                size_t n = pd_wrap(texts[t], len, w, measures[m], NULL, start, length, ARRAY_LEN(start));
                assert_true(n >= 1 && n <= ARRAY_LEN(start));
                check_lines(texts[t], w, measures[m], n, start, length);
                /* with room for fewer lines: the same count, the first lines the same */
                if (n > 1) {
                    size_t s2[2], l2[2];
                    assert_int_equal(pd_wrap(texts[t], len, w, measures[m], NULL, s2, l2, 2), n);
                    assert_int_equal(s2[1], start[1]);
                    assert_int_equal(l2[1], length[1]);
                }
            }
        }
    }
    /* no room at all: only the count */
    assert_int_equal(pd_wrap("aaa bbb", 7, 3, per_char, NULL, NULL, NULL, 0), 2);
}

/* ---- pd_write ---- */

/* Write callback: the PDF's bytes into a sink (testutil.h: test_sink); never called with nothing. */
static int collect(void *ctx, const void *buf, size_t len)
{
    assert_true(len > 0);
    return test_sink_put(ctx, buf, len);
}

/* Footer callback: the reference (ctx), a dash and the page of the pages. */
static void footer(void *ctx, unsigned page, unsigned pages, char *buf, size_t size)
{
    snprintf(buf, size, "%s \xE2\x80\x94 pagina %u van %u", (const char *)ctx, page, pages);
}

/* The letter of two pages: every kind of block, long names, a list of ten services, three signers. */
static const pd_block letter[] = {
    {PD_TITLE, NULL, "Machtiging voor uw intermediair: ketenmachtigingen in eHerkenning"},
    {PD_PARA, NULL, "Geachte heer, mevrouw,"},
    {PD_EMPTY, NULL, NULL},
    {PD_PARA, NULL, paragraph},
    {PD_HEADING, NULL, "Uw gegevens"},
    {PD_ROW, "Naam", long_name},
    {PD_ROW, "KvK-nummer", "12345678"},
    {PD_ROW, "Adres", "Lange Voorhout 1\n2514 EA 's-Gravenhage"},
    {PD_ROW, "Diensten waarvoor u machtigt", services},
    {PD_ROW, "Periode", "18-11-2026 tot en met 17-11-2029"},
    {PD_ROW, "",
     "Zonder label: de tekst staat in de rechterkolom en loopt daar verder als hij langer is dan een "
     "regel."},
    {PD_HEADING, NULL, "Wat u moet doen"},
    {PD_PARA, NULL,
     "Controleer de gegevens hierboven. Kloppen ze, onderteken deze brief dan en stuur hem "
     "v\xC3\xB3\xC3\xB3r 1 december 2026 terug. Kloppen ze niet, bel ons dan op 070 123 45 67."},
    {PD_EMPTY, NULL, NULL},
    {PD_HEADING, NULL, "Ondertekening"},
    {PD_PARA, NULL, "Namens de klant, door een vertegenwoordiger die daartoe bevoegd is:"},
    {PD_SIGN, NULL,
     "Ay\xC5\x9F"
     "e \xC3\x87"
     "elik-IJsselstein"},
    {PD_SIGN, NULL, long_name},
    {PD_SIGN, NULL, ""},
    {PD_EMPTY, NULL, NULL},
    {PD_PARA, NULL, "Met vriendelijke groet,\n\nJansen Salarisadministratie B.V."},
};

/* The reference of the letter: at the top of page 2 and in every footer. */
static const char reference[] = "Kenmerk 12345678-2026-11-18";

/* The style of the letters. */
static pd_style style(void)
{
    pd_style st = {FONT, NULL, 10.5, 14, 11, 22, 20, 20, 45};
    return st;
}

/* The letter of two pages. */
static pd_doc letter_doc(void)
{
    pd_doc d = {letter,
                ARRAY_LEN(letter),
                reference,
                {"Naam", "Plaats", "Datum", "Handtekening"},
                footer,
                (void *)reference,
                "Machtiging ketenmachtigingen \xC3\x87"
                "elik",
                "Jansen Salarisadministratie B.V.",
                "Ketenmachtigingen eHerkenning",
                DATE};
    return d;
}

/* Write a letter into a fresh test_sink whose fail_at-th call fails (0: none); returns pd_write's result. */
static mg_error render_failing(const pd_style *st, const pd_doc *d, test_sink *k, int fail_at, mg_errinfo *ei)
{
    memset(k, 0, sizeof *k);
    k->fail_at = fail_at;
    return pd_write(st, d, collect, k, "brief.pdf", ei);
}

/* Write a letter into a fresh sink; returns pd_write's result. */
static mg_error render(const pd_style *st, const pd_doc *d, test_sink *k, mg_errinfo *ei)
{
    return render_failing(st, d, k, 0, ei);
}

/* Whether n bytes of s hold needle. */
static int holds(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);

    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(s + i, needle, m) == 0)
            return 1;
    return 0;
}

/* A PDF: its head and tail, the dates; twice the same bytes; with the bold font file, other bytes. */
static void test_write_reproducible(void **state)
{
    pd_style st = style();
    pd_doc d = letter_doc();
    mg_errinfo ei;
    test_sink a, b, c;

    (void)state;
    assert_int_equal(render(&st, &d, &a, &ei), MG_OK);
    assert_true(a.n > 1000 && a.calls >= 2);
    assert_memory_equal(a.s, "%PDF-", 5);
    assert_memory_equal(a.s + a.n - 6, "%%EOF\n", 6);
    assert_true(holds(a.s, a.n, DATE_PDF));
    assert_true(holds(a.s, a.n, MOD_DATE_PDF));
    assert_int_equal(render(&st, &d, &b, &ei), MG_OK);
    assert_int_equal(a.n, b.n);
    assert_memory_equal(a.s, b.s, a.n);
    st.font_bold = FONT_BOLD;
    assert_int_equal(render(&st, &d, &c, &ei), MG_OK);
    assert_true(c.n != a.n || memcmp(a.s, c.s, a.n) != 0);
    free(a.s);
    free(b.s);
    free(c.s);
}

/* The write callback failing at its k-th call, for every k: MG_ERR_WRITE naming the PDF, no call after it. */
static void test_write_fails(void **state)
{
    pd_style st = style();
    pd_doc d = letter_doc();
    mg_errinfo ei;
    test_sink k = {0};
    int calls;

    (void)state;
    assert_int_equal(render(&st, &d, &k, &ei), MG_OK);
    calls = k.calls;
    free(k.s);
    for (int at = 1; at <= calls; at++) {
        memset(&ei, 0, sizeof ei);
        assert_int_equal(render_failing(&st, &d, &k, at, &ei), MG_ERR_WRITE);
        assert_int_equal(k.calls, at);
        assert_string_equal(ei.file, "brief.pdf");
        assert_non_null(strstr(ei.msg[LANG_EN], "write error"));
        free(k.s);
    }
}

/* A font file that cannot be loaded, as the regular or the bold font: MG_ERR_CONFIG naming it, nothing
 * written. */
static void test_bad_fonts(void **state)
{
    static char font[1 << 20];
    char junk[] = "/tmp/test_pdf_junk_XXXXXX", empty[] = "/tmp/test_pdf_empty_XXXXXX";
    char cut[] = "/tmp/test_pdf_cut_XXXXXX";
    int fd = mkstemp(junk);
    const char *paths[] = {"/nonexistent/Font.ttf", junk, empty, "/tmp", cut};
    const char *why[] = {strerror(ENOENT), "not a TrueType font", "not a TrueType font",
                         "not a TrueType font", "cut short (100000 bytes)"};
    pd_doc d = letter_doc();
    FILE *fp = fopen(FONT, "rb");

    (void)state;
    assert_true(fd >= 0);
    for (int i = 0; i < 200; i++)
        assert_int_equal(write(fd, "Dit is geen TrueType-lettertype.\n", 33), 33);
    close(fd);
    fd = mkstemp(empty);
    assert_true(fd >= 0);
    close(fd);
    /* the regular font cut off in its glyphs: libharu loads it, but would fail when it saves the PDF */
    assert_non_null(fp);
    assert_true(fread(font, 1, sizeof font, fp) > 100000);
    fclose(fp);
    fd = mkstemp(cut);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, font, 100000), 100000);
    close(fd);
    for (size_t p = 0; p < ARRAY_LEN(paths); p++) {
        for (int bold = 0; bold <= 1; bold++) {
            pd_style st = style();
            mg_errinfo ei;
            static char dummy;
            pd_face *f = (pd_face *)(void *)&dummy; /* pd_face_new must set it to NULL */
            test_sink k = {0};
            if (bold)
                st.font_bold = paths[p];
            else
                st.font = paths[p];
            memset(&ei, 0, sizeof ei);
            assert_int_equal(render(&st, &d, &k, &ei), MG_ERR_CONFIG);
            assert_int_equal(k.calls, 0);
            assert_string_equal(ei.file, paths[p]);
            assert_non_null(strstr(ei.msg[LANG_EN], "font"));
            assert_non_null(strstr(ei.msg[LANG_NL], "lettertype"));
            if (!strstr(ei.msg[LANG_EN], why[p]))
                fail_msg("%s: [%s], want [%s]", paths[p], ei.msg[LANG_EN], why[p]);
            memset(&ei, 0, sizeof ei);
            assert_int_equal(pd_face_new(paths[p], &f, &ei), MG_ERR_CONFIG);
            assert_null(f);
            assert_string_equal(ei.file, paths[p]);
        }
    }
    unlink(junk);
    unlink(empty);
    unlink(cut);
}

/* A style out of range, a letter out of the limits, a bad call: MG_ERR_INTERNAL, nothing written. */
static void test_bad_arguments(void **state)
{
    static pd_block many[PD_BLOCKS_MAX + 1];
    static char big[PD_TEXT_MAX + 2];
    pd_style good = style(), bad[10];
    pd_doc d = letter_doc(), dd;
    pd_block blocks[2] = {{PD_PARA, NULL, "tekst"}, {(pd_kind)42, NULL, "x"}};
    mg_errinfo ei;
    test_sink k = {0};

    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(bad); i++)
        bad[i] = good;
    bad[0].size = 3;
    bad[1].size = 0.0 / 0.0;
    bad[2].title_size = 100;
    bad[3].heading_size = -1;
    bad[4].margin_mm = 90;
    bad[5].margin_mm = -1;
    bad[6].top_mm = 200;
    bad[7].bottom_mm = 200;
    bad[8].label_mm = 150;
    bad[9].label_mm = 0;
    for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
        memset(&ei, 0, sizeof ei);
        assert_int_equal(render(&bad[i], &d, &k, &ei), MG_ERR_INTERNAL);
        assert_non_null(strstr(ei.msg[LANG_EN], "layout"));
    }
    assert_int_equal(render(NULL, &d, &k, &ei), MG_ERR_INTERNAL);
    assert_int_equal(render(&good, NULL, &k, &ei), MG_ERR_INTERNAL);
    assert_int_equal(pd_write(&good, &d, NULL, NULL, "brief.pdf", NULL), MG_ERR_INTERNAL);
    dd = d;
    dd.blocks = NULL;
    assert_int_equal(render(&good, &dd, &k, &ei), MG_ERR_INTERNAL);
    dd = d;
    dd.blocks = many;
    dd.nblocks = ARRAY_LEN(many);
    assert_int_equal(render(&good, &dd, &k, &ei), MG_ERR_INTERNAL);
    dd = d;
    dd.blocks = blocks;
    dd.nblocks = 2;
    assert_int_equal(render(&good, &dd, &k, &ei), MG_ERR_INTERNAL);
    assert_non_null(strstr(ei.msg[LANG_EN], "block 1"));
    memset(big, 'x', sizeof big - 1);
    blocks[1].kind = PD_PARA;
    blocks[1].text = big;
    assert_int_equal(render(&good, &dd, &k, &ei), MG_ERR_INTERNAL);
    assert_non_null(strstr(ei.msg[LANG_EN], "longer than"));
    dd = d;
    dd.title = big;
    assert_int_equal(render(&good, &dd, &k, &ei), MG_ERR_INTERNAL);
    dd = d;
    dd.date = -62135596801LL; /* 0000-12-31 23:59:59 */
    assert_int_equal(render(&good, &dd, &k, &ei), MG_ERR_INTERNAL);
    dd.date = 253402300800LL; /* 10000-01-01 */
    assert_int_equal(render(&good, &dd, &k, &ei), MG_ERR_INTERNAL);
    assert_int_equal(k.calls, 0);
    /* the edges of the range are fine */
    dd.date = -62135596800LL;
    assert_int_equal(render(&good, &dd, &k, &ei), MG_OK);
    assert_true(holds(k.s, k.n, "(D:00010101000000Z00'00')"));
    free(k.s);
    dd.date = 253402300799LL;
    assert_int_equal(render(&good, &dd, &k, &ei), MG_OK);
    assert_true(holds(k.s, k.n, "(D:99991231235959Z00'00')"));
    free(k.s);
}

/* A letter longer than PD_PAGES_MAX pages is MG_ERR_INTERNAL, with nothing written; a quarter as long is
 * fine. Each block is a paragraph of many lines, so that PD_BLOCKS_MAX of them run past PD_PAGES_MAX pages.
 */
static void test_too_many_pages(void **state)
{
    static pd_block blocks[PD_BLOCKS_MAX];
    static char text[64 * sizeof paragraph];
    pd_style st = style();
    pd_doc d = letter_doc();
    mg_errinfo ei;
    test_sink k = {0};
    size_t i, pages;
    char want[32];

    (void)state;
    text[0] = '\0';
    for (i = 0; i < 24; i++)
        strcat(text, paragraph);
    for (i = 0; i < ARRAY_LEN(blocks); i++) {
        blocks[i].kind = PD_PARA;
        blocks[i].text = text;
    }
    d.blocks = blocks;
    d.nblocks = ARRAY_LEN(blocks);
    assert_int_equal(render(&st, &d, &k, &ei), MG_ERR_INTERNAL);
    snprintf(want, sizeof want, "longer than %d pages", PD_PAGES_MAX);
    assert_non_null(strstr(ei.msg[LANG_EN], want));
    assert_int_equal(k.calls, 0);
    free(k.s);
    memset(&k, 0, sizeof k);
    d.nblocks = ARRAY_LEN(blocks) / 4;
    assert_int_equal(render(&st, &d, &k, &ei), MG_OK);
    pages = 0;
    for (i = PD_PAGES_MAX / 8; i <= PD_PAGES_MAX && !pages; i++) {
        snprintf(want, sizeof want, "/Count %zu\n", i);
        if (holds(k.s, k.n, want))
            pages = i;
    }
    assert_true(pages > PD_PAGES_MAX / 8 && pages < PD_PAGES_MAX);
    free(k.s);
}

/* Two threads writing letters at once give the bytes of one thread alone. */
typedef struct job {
    const pd_style *st;
    const pd_doc *doc;
    test_sink k;
    mg_error err;
} job;

/* A thread: write its letter ten times, keep the last. */
static void *run_job(void *arg)
{
    job *j = arg;

    for (int i = 0; i < 10; i++) {
        free(j->k.s);
        memset(&j->k, 0, sizeof j->k);
        j->err = pd_write(j->st, j->doc, collect, &j->k, "brief.pdf", NULL);
        if (j->err)
            break;
    }
    return NULL;
}

static void test_threads(void **state)
{
    pd_style st = style(), st_bold = style();
    pd_doc d = letter_doc();
    job jobs[2] = {{&st, &d, {0}, MG_OK}, {&st_bold, &d, {0}, MG_OK}};
    pthread_t t[2];
    test_sink alone[2];

    (void)state;
    st_bold.font_bold = FONT_BOLD;
    assert_int_equal(render(&st, &d, &alone[0], NULL), MG_OK);
    assert_int_equal(render(&st_bold, &d, &alone[1], NULL), MG_OK);
    for (int i = 0; i < 2; i++)
        assert_int_equal(pthread_create(&t[i], NULL, run_job, &jobs[i]), 0);
    for (int i = 0; i < 2; i++) {
        assert_int_equal(pthread_join(t[i], NULL), 0);
        assert_int_equal(jobs[i].err, MG_OK);
        assert_int_equal(jobs[i].k.n, alone[i].n);
        assert_memory_equal(jobs[i].k.s, alone[i].s, alone[i].n);
        free(jobs[i].k.s);
        free(alone[i].s);
    }
}

/* ---- pd_face_missing ---- */

/* A text and the first code point Liberation Sans cannot print (0: none). */
typedef struct missing_case {
    const char *text;
    uint32_t want;
} missing_case;

static const missing_case missings[] = {
    {"", 0},
    {"Stichting Bakkerij 't Hoekje", 0},
    {"\xC3\x87"
     "elik-IJsselstein Zo\xC3\xAB"
     "termeer na\xC3\xAF"
     "ef \xC4\xB2sselmonde \xC4\xB3 \xC5\x9F"
     "irket \xC4\x9F \xC4\xB1 \xC4\xB0 \xE2\x82\xAC \xE2\x80\x94 \xE2\x80\x98x\xE2\x80\x99",
     0},
    {"regel\nregel\ttab", 0},
    {"Bakkerij \xE4\xB8\xAD", 0x4E2D},    /* 中 */
    {"\xE4\xB8\xAD\xE6\x96\x87", 0x4E2D}, /* the first of two */
    {"smile \xF0\x9F\x98\x80", 0x1F600},  /* above U+FFFF: libharu cannot print it */
    {"caf\xC3\xA9 \xE0\xA4\x85", 0x0905}, /* Devanagari */
    {"\xFF", 0xFFFD},                     /* not UTF-8: printed as U+FFFD, which Liberation Sans lacks */
    {"a\x01"
     "b",
     0x0001}, /* a control: printed as U+FFFD too */
};

/* Liberation Sans prints Dutch and Turkish letters, not Chinese, Devanagari or emoji. */
static void test_face_missing(void **state)
{
    pd_face *f = NULL;
    mg_errinfo ei;

    (void)state;
    assert_int_equal(pd_face_new(FONT, &f, &ei), MG_OK);
    assert_non_null(f);
    for (size_t i = 0; i < ARRAY_LEN(missings); i++) {
        uint32_t got = pd_face_missing(f, missings[i].text, strlen(missings[i].text));
        if (got != missings[i].want)
            fail_msg("case %zu: U+%04X, want U+%04X", i, got, missings[i].want);
    }
    assert_int_equal(pd_face_missing(f, "\xE4\xB8\xAD", 2), 0xFFFD); /* cut inside the character */
    pd_face_free(f);
    pd_face_free(NULL);
}

/* ---- the two-page letter read back by poppler ---- */

/* Run cmd and read its whole output into buf (size bytes, NUL-terminated); 0 when it could not run. */
static int run(const char *cmd, char *buf, size_t size)
{
    FILE *p = popen(cmd, "r");
    size_t n;

    if (!p)
        return 0;
    n = fread(buf, 1, size - 1, p);
    buf[n] = '\0';
    return pclose(p) == 0;
}

/* s with every run of white space made one space, in place. */
static char *squeeze(char *s)
{
    char *o = s;

    for (const char *p = s; *p; p++) {
        int space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\f' || *p == '\r';
        if (space && (o == s || o[-1] == ' '))
            continue;
        *o++ = space ? ' ' : *p;
    }
    *o = '\0';
    return s;
}

/* Write the letter to a temporary file (PD_SAMPLE=path: to that file, kept) and read it back with pdfinfo
 * and pdftotext when poppler-utils are installed: two A4 pages, every block's text, both footers, the
 * reference on page 2, and every word inside the text area. */
static void test_two_pages(void **state)
{
    static char out[1 << 17], text[4096];
    char path[] = "/tmp/test_pdf_XXXXXX", cmd[512];
    const char *keep = getenv("PD_SAMPLE");
    pd_style st = style();
    pd_doc d = letter_doc();
    mg_errinfo ei;
    test_sink k = {0};
    FILE *fp;
    int fd, words = 0;

    (void)state;
    assert_int_equal(render(&st, &d, &k, &ei), MG_OK);
    if (keep) {
        snprintf(path, sizeof path, "%s", keep);
        fd = open(keep, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    } else {
        fd = mkstemp(path);
    }
    assert_true(fd >= 0);
    fp = fdopen(fd, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(k.s, 1, k.n, fp), k.n);
    assert_int_equal(fclose(fp), 0);
    free(k.s);
    if (system("command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null") != 0) {
        if (!keep)
            unlink(path);
        skip();
    }
    snprintf(cmd, sizeof cmd, "pdfinfo '%s'", path);
    assert_true(run(cmd, out, sizeof out));
    assert_non_null(strstr(out, "\nPages:           2\n"));
    assert_non_null(strstr(out, A4_INFO));
    assert_non_null(strstr(out, "Title:           Machtiging ketenmachtigingen \xC3\x87"
                                "elik\n"));
    assert_non_null(strstr(out, "CreationDate:    Wed Nov 18 11:06:40 2026 UTC\n"));
    /* libharu's ToUnicode CMap makes pdftotext warn (see pdf.c): stderr is dropped */
    snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' - 2>/dev/null", path);
    assert_true(run(cmd, out, sizeof out));
    squeeze(out);
    for (size_t i = 0; i < ARRAY_LEN(letter); i++) {
        const char *parts[] = {letter[i].label, letter[i].text};
        for (size_t p = 0; p < 2; p++) {
            if (!parts[p])
                continue;
            snprintf(text, sizeof text, "%s", parts[p]);
            if (!strstr(out, squeeze(text)))
                fail_msg("block %zu: [%s] not in the PDF's text", i, text);
        }
    }
    for (size_t i = 0; i < 4; i++)
        assert_non_null(strstr(out, d.sign_labels[i]));
    assert_non_null(strstr(out, "Kenmerk 12345678-2026-11-18 \xE2\x80\x94 pagina 1 van 2"));
    assert_non_null(strstr(out, "Kenmerk 12345678-2026-11-18 \xE2\x80\x94 pagina 2 van 2"));
    snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 -f 2 -l 2 '%s' - 2>/dev/null", path);
    assert_true(run(cmd, out, sizeof out));
    assert_true(strncmp(out, "Kenmerk 12345678-2026-11-18\n", 28) == 0);
    /* every word inside the margins: nothing runs off the text area or into the footer */
    snprintf(cmd, sizeof cmd, "pdftotext -bbox '%s' - 2>/dev/null", path);
    assert_true(run(cmd, out, sizeof out));
    for (const char *p = strstr(out, "<word "); p; p = strstr(p + 1, "<word ")) {
        double x0, y0, x1, y1;
        assert_int_equal(
            sscanf(p, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &x0, &y0, &x1, &y1), 4);
        if (x0 < LEFT - 0.5 || x1 > RIGHT + 0.5 || y0 < TOP_Y - 0.5 || y1 > BOTTOM_Y + 0.5)
            fail_msg("a word outside the text area: %.60s", p);
        words++;
    }
    assert_true(words > 200);
    if (!keep)
        unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wrap_table),         cmocka_unit_test(test_wrap_every_width),
        cmocka_unit_test(test_write_reproducible), cmocka_unit_test(test_write_fails),
        cmocka_unit_test(test_bad_fonts),          cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_too_many_pages),     cmocka_unit_test(test_threads),
        cmocka_unit_test(test_face_missing),       cmocka_unit_test(test_two_pages),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
