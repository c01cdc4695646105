/* test_prose.c — the text files of formats/teksten/: every rule of their format, placeholders, both
 * languages. */
#include "testutil.h"

#include "model.h"
#include "prose.h"
#include "report.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

/* The shipped catalogue folder, relative to the repository root. */
#define FORMATS_DIR "formats"
/* The path the parse tests give for messages. */
#define TEST_FILE "t.txt"
/* Room for a text file of the tests, a path or a command. */
#define TEST_TEXT_MAX 16384
#define TEST_PATH_MAX 1024
/* Room for a follow-up sentence. */
#define TEST_SENTENCE_MAX 2048
/* Ten bytes, to build lines of a known length. */
#define L10 "aaaaaaaaaa"

/* Parse len bytes as file f (Dutch) into a fresh set; the set is freed, the error returned with ei. */
static mg_error parse(ps_file f, const char *text, size_t len, mg_errinfo *ei)
{
    ps_prose *ps = ps_new();
    mg_error err;

    assert_non_null(ps);
    memset(ei, 0, sizeof *ei);
    err = ps_parse(ps, LANG_NL, f, TEST_FILE, text, len, ei);
    ps_free(ps);
    return err;
}

/* One broken file: the line its error names and a piece of the English message. */
typedef struct bad_case {
    const char *label;
    ps_file file;
    const char *text;
    size_t len;
    long line;
    const char *msg;
} bad_case;

#define BAD(label, file, text, line, msg)                                                                    \
    {                                                                                                        \
        label, file, text, sizeof(text) - 1, line, msg                                                       \
    }

/* Every error of the format, once each, with the line it names. */
static void test_errors(void **state)
{
    static const bad_case cases[] = {
        BAD("not UTF-8", PS_FORM_NOTES, "@ toelichting\n# T\nx\xFFy\n", 3,
            "not valid UTF-8: byte 0xFF (byte offset 19)"),
        BAD("cut off", PS_FORM_NOTES, "@ toelichting\nx\xC3", 2, "not valid UTF-8: byte 0xC3"),
        BAD("NUL", PS_FORM_NOTES, "@ toelichting\nx\0y\n", 2, "NUL byte (byte offset 15)"),
        BAD("tab", PS_FORM_NOTES, "@ toelichting\n\tx\n", 2, "character U+0009 (byte offset 14)"),
        BAD("CR", PS_FORM_NOTES, "@ toelichting\r\nx\n", 1, "character U+000D"),
        BAD("DEL", PS_FORM_NOTES, "@ toelichting\nx\x7F\n", 2, "character U+007F"),
        BAD("C1 control", PS_FORM_NOTES, "@ toelichting\nx\xC2\x85\n", 2, "character U+0085"),
        BAD("zero width", PS_FORM_NOTES, "@ toelichting\nx\xE2\x80\x8By\n", 2, "character U+200B"),
        BAD("BOM inside", PS_FORM_NOTES, "@ toelichting\n\xEF\xBB\xBFx\n", 2, "character U+FEFF"),
        BAD("line too long", PS_FORM_NOTES,
            "@ toelichting\n" L10 L10 L10 L10 L10 L10 L10 L10 L10 L10 L10 "a\n", 2,
            "line is longer than 110 bytes"),
        BAD("trailing space", PS_FORM_NOTES, "@ toelichting\nx \n", 2, "line ends in a space"),
        BAD("blank line of spaces", PS_FORM_NOTES, "@ toelichting\nx\n  \n", 3, "line ends in a space"),
        BAD("text before a section", PS_FORM_NOTES, "# T\n@ toelichting\n", 1,
            "text before the first section"),
        BAD("section without space", PS_FORM_NOTES, "@toelichting\nx\n", 1,
            "write a section line as '@ NAME'"),
        BAD("section without name", PS_FORM_NOTES, "@\nx\n", 1, "write a section line as '@ NAME'"),
        BAD("unknown section", PS_FORM_NOTES, "@ toelichting\nx\n@ bijlage\n", 3,
            "unknown section 'bijlage'; this file has the sections toelichting"),
        BAD("section twice", PS_FORM_NOTES, "@ toelichting\nx\n@ toelichting\ny\n", 3,
            "section 'toelichting' given twice (first on line 1)"),
        BAD("section missing", PS_FOLLOW_ACTIONS, "@ open\nde {aantal} open\n", 0,
            "section 'open-een' is missing"),
        BAD("empty section at the end", PS_FORM_NOTES, "@ toelichting\n\n; only a comment\n", 1,
            "section 'toelichting' has no text"),
        BAD("empty section", PS_FOLLOW_ACTIONS, "@ open\n\n@ open-onbekend\nde open\n", 1,
            "section 'open' has no text"),
        BAD("heading without space", PS_FORM_NOTES, "@ toelichting\n#T\n", 2, "write a heading as '# title'"),
        BAD("heading level 3", PS_FORM_NOTES, "@ toelichting\n### T\n", 2, "write a heading as '# title'"),
        BAD("heading two spaces", PS_FORM_NOTES, "@ toelichting\n##  T\n", 2, "write a heading as '# title'"),
        BAD("heading alone", PS_FORM_NOTES, "@ toelichting\n#\n", 2, "write a heading as '# title'"),
        BAD("label without space", PS_FORM_NOTES, "@ toelichting\n[1]x\n", 2, "write a row with a label as"),
        BAD("empty label", PS_FORM_NOTES, "@ toelichting\n[] x\n", 2, "write a row with a label as"),
        BAD("label not closed", PS_FORM_NOTES, "@ toelichting\n[1 x\n", 2, "write a row with a label as"),
        BAD("label without text", PS_FORM_NOTES, "@ toelichting\n[1]\n", 2, "write a row with a label as"),
        BAD("continuation first", PS_FORM_NOTES, "@ toelichting\n  x\n", 2, "continues the text above, but"),
        BAD("continuation after an empty line", PS_FORM_NOTES, "@ toelichting\nx\n\n  y\n", 4,
            "continues the text above, but"),
        BAD("heading in a sentence", PS_FOLLOW_ACTIONS, "@ open\n## de open\n", 2,
            "section 'open' is one sentence: no heading and no label"),
        BAD("label in a sentence", PS_FOLLOW_ACTIONS, "@ open\n[x] de open\n", 2,
            "section 'open' is one sentence: no heading and no label"),
        BAD("second paragraph", PS_FOLLOW_ACTIONS, "@ open\nde {aantal}\n  open\n\nnog een\n", 5,
            "section 'open' is one sentence: a second paragraph is not allowed"),
        BAD("brace not closed", PS_FORM_NOTES, "@ toelichting\nx {naam\n", 2, "'{' without a name and '}'"),
        BAD("placeholder over two lines", PS_FORM_NOTES, "@ toelichting\nx {na\n  am}\n", 2,
            "'{' without a name and '}'"),
        BAD("empty braces", PS_FORM_NOTES, "@ toelichting\nx {} y\n", 2, "'{' without a name and '}'"),
        BAD("upper case name", PS_FORM_NOTES, "@ toelichting\nx {Naam} y\n", 2, "'{' without a name and '}'"),
        BAD("printf format", PS_FORM_NOTES, "@ toelichting\nx {%s} y\n", 2, "'{' without a name and '}'"),
        BAD("closing brace", PS_FORM_NOTES, "@ toelichting\nx } y\n", 2, "'}' without '{'"),
        BAD("unknown placeholder", PS_FORM_NOTES, "@ toelichting\nx {foo} y\n", 2,
            "unknown placeholder {foo} in section 'toelichting'; this section knows {naam}, {kvk}, "
            "{ingangsdatum}, {einddatum}, {leverancier}, {proces}, {bijlagen}"),
        BAD("placeholder of another section", PS_FORM_NOTES, "@ toelichting\nx {lhn}\n", 2,
            "unknown placeholder {lhn} in section 'toelichting'"),
        BAD("placeholder in a label", PS_FORM_NOTES, "@ toelichting\n[{foo}] x\n", 2,
            "unknown placeholder {foo}"),
        BAD("placeholder in a heading", PS_FORM_NOTES, "@ toelichting\n# {foo}\n", 2,
            "unknown placeholder {foo}"),
        BAD("placeholder in a continuation", PS_FORM_NOTES, "@ toelichting\nx\n  {foo}\n", 3,
            "unknown placeholder {foo}"),
        BAD("no placeholders here", PS_FOLLOW_ACTIONS, "@ open-onbekend\nx {naam}\n", 2,
            "unknown placeholder {naam}: section 'open-onbekend' takes no placeholders"),
        BAD("not this placeholder", PS_FOLLOW_NOTES, "@ toelichting\nx {naam}\n", 2,
            "unknown placeholder {naam} in section 'toelichting'; this section knows {keuzes}"),
        BAD("{open} in section open", PS_FOLLOW_ACTIONS, "@ open\nde {open}\n", 2,
            "unknown placeholder {open} in section 'open'; this section knows {aantal}"),
    };
    mg_errinfo ei;
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        mg_error err = parse(cases[i].file, cases[i].text, cases[i].len, &ei);
        if (err != MG_ERR_CONFIG || ei.line != cases[i].line || strcmp(ei.file, TEST_FILE) != 0 ||
            !strstr(ei.msg[LANG_EN], cases[i].msg) || !ei.msg[LANG_NL][0])
            fail_msg("%s: got %d %s:%ld: %s; expected %d line %ld ...%s...", cases[i].label, (int)err,
                     ei.file, ei.line, ei.msg[LANG_EN], (int)MG_ERR_CONFIG, cases[i].line, cases[i].msg);
    }
}

/* The messages of the important errors in Dutch too. */
static void test_errors_dutch(void **state)
{
    static const char unknown[] = "@ toelichting\nx {foo} y\n";
    static const char section[] = "@ toelichting\nx\n@ bijlage\n";
    static const char byte[] = "@ toelichting\nx\xFF\n";
    mg_errinfo ei;

    (void)state;
    assert_int_equal(parse(PS_FORM_NOTES, unknown, sizeof unknown - 1, &ei), MG_ERR_CONFIG);
    assert_string_equal(ei.msg[LANG_NL],
                        "onbekende plaatshouder {foo} in sectie 'toelichting'; deze sectie kent "
                        "{naam}, {kvk}, {ingangsdatum}, {einddatum}, {leverancier}, {proces}, {bijlagen}");
    assert_int_equal(parse(PS_FORM_NOTES, section, sizeof section - 1, &ei), MG_ERR_CONFIG);
    assert_string_equal(ei.msg[LANG_NL],
                        "onbekende sectie 'bijlage'; dit bestand heeft de secties toelichting");
    assert_int_equal(parse(PS_FORM_NOTES, byte, sizeof byte - 1, &ei), MG_ERR_CONFIG);
    assert_string_equal(
        ei.msg[LANG_NL],
        "geen geldige UTF-8: byte 0xFF (byte 15 van het bestand); sla het bestand op als UTF-8");
}

/* A file using every rule: BOM, comments, empty lines, headings, labels, continuation lines. */
static void test_valid(void **state)
{
    static const char text[] = "\xEF\xBB\xBF; a comment\n"
                               "\n"
                               "@ toelichting\n"
                               "\n"
                               "# Titel van {naam}\n"
                               "Een alinea die\n"
                               "   doorloopt op de volgende regel\n"
                               "; a comment between continuation lines\n"
                               "  en nog een.\n"
                               "\n"
                               "\n"
                               "## Kop\n"
                               "[1] Eerste {kvk}\n"
                               "[compleet = nee] Met label\n"
                               "  vervolg.\n"
                               "Gewoon, met één é en {ingangsdatum} tot {einddatum}\n"
                               "\n";
    static const struct {
        ps_kind kind;
        const char *label;
        const char *text;
        long line;
    } want[] = {
        {PS_TITLE, NULL, "Titel van {naam}", 5},
        {PS_ROW, NULL, "Een alinea die doorloopt op de volgende regel en nog een.", 6},
        {PS_EMPTY, NULL, "", 10},
        {PS_EMPTY, NULL, "", 11},
        {PS_HEADING, NULL, "Kop", 12},
        {PS_ROW, "1", "Eerste {kvk}", 13},
        {PS_ROW, "compleet = nee", "Met label vervolg.", 14},
        {PS_ROW, NULL, "Gewoon, met één é en {ingangsdatum} tot {einddatum}", 16},
    };
    ps_prose *ps = ps_new();
    const ps_section *sec;
    mg_errinfo ei;
    size_t i;

    (void)state;
    assert_non_null(ps);
    memset(&ei, 0, sizeof ei);
    if (ps_parse(ps, LANG_EN, PS_FORM_NOTES, TEST_FILE, text, sizeof text - 1, &ei) != MG_OK)
        fail_msg("%s:%ld: %s", ei.file, ei.line, ei.msg[LANG_EN]);
    assert_null(ps_section_get(ps, LANG_NL, PS_FORM_NOTES, PS_SECTION_NOTES)); /* only English was parsed */
    assert_null(ps_section_get(ps, LANG_EN, PS_FORM_NOTES, "bijlage"));
    sec = ps_section_get(ps, LANG_EN, PS_FORM_NOTES, PS_SECTION_NOTES);
    assert_non_null(sec);
    assert_string_equal(sec->name, PS_SECTION_NOTES);
    assert_int_equal(sec->line, 3);
    assert_int_equal(sec->nitems, ARRAY_LEN(want));
    for (i = 0; i < ARRAY_LEN(want); i++) {
        const ps_item *it = &sec->items[i];
        assert_int_equal(it->kind, want[i].kind);
        assert_string_equal(it->text, want[i].text);
        assert_int_equal(it->line, want[i].line);
        if (want[i].label)
            assert_string_equal(it->label, want[i].label);
        else
            assert_null(it->label);
    }
    /* the last line may lack its LF; a line of exactly PS_LINE_MAX bytes is fine; parsing again replaces */
    {
        static const char last[] = "@ toelichting\n" L10 L10 L10 L10 L10 L10 L10 L10 L10 L10 L10;
        assert_int_equal(ps_parse(ps, LANG_EN, PS_FORM_NOTES, TEST_FILE, last, sizeof last - 1, &ei), MG_OK);
        sec = ps_section_get(ps, LANG_EN, PS_FORM_NOTES, PS_SECTION_NOTES);
        assert_int_equal(sec->nitems, 1);
        assert_int_equal(strlen(sec->items[0].text), PS_LINE_MAX);
    }
    /* a failed parse leaves nothing behind */
    assert_int_equal(ps_parse(ps, LANG_EN, PS_FORM_NOTES, TEST_FILE, "x", 1, &ei), MG_ERR_CONFIG);
    assert_null(ps_section_get(ps, LANG_EN, PS_FORM_NOTES, PS_SECTION_NOTES));
    ps_free(ps);
    ps_free(NULL);
}

/* A text joined from continuation lines may be PS_TEXT_MAX bytes, not one more. */
static void test_text_limit(void **state)
{
    static char text[TEST_TEXT_MAX];
    size_t n = 0, len = 0;
    mg_errinfo ei;
    int w;

    (void)state;
    w = snprintf(text, sizeof text, "@ toelichting\n");
    n = (size_t)w;
    /* first line 98 bytes, then continuation lines of "  " + 99 bytes: each adds 100 bytes (with the space)
     */
    w = snprintf(text + n, sizeof text - n, "%.98s\n", L10 L10 L10 L10 L10 L10 L10 L10 L10 L10);
    n += (size_t)w;
    len = 98;
    while (len + 100 <= PS_TEXT_MAX) {
        w = snprintf(text + n, sizeof text - n, "  %.99s\n", L10 L10 L10 L10 L10 L10 L10 L10 L10 L10);
        n += (size_t)w;
        len += 100;
    }
    /* fill up to exactly PS_TEXT_MAX */
    w = snprintf(text + n, sizeof text - n, "  %.*s\n", (int)(PS_TEXT_MAX - len - 1),
                 L10 L10 L10 L10 L10 L10 L10 L10 L10 L10);
    n += (size_t)w;
    assert_int_equal(parse(PS_FORM_NOTES, text, n, &ei), MG_OK);
    w = snprintf(text + n, sizeof text - n, "  b\n");
    n += (size_t)w;
    assert_int_equal(parse(PS_FORM_NOTES, text, n, &ei), MG_ERR_CONFIG);
    assert_non_null(strstr(ei.msg[LANG_EN], "text is longer than 1500 bytes"));
}

/* Placeholders are filled with their values, which are inserted verbatim and never expanded. */
static void test_expand(void **state)
{
    const char *vals[PS_PH_COUNT] = {0};
    char buf[64];

    (void)state;
    vals[PS_PH_NAAM] = "A {kvk} & %s B";
    vals[PS_PH_KVK] = "01234567";
    assert_int_equal(ps_expand("Hallo {naam}, KvK {kvk}.", vals, buf, sizeof buf), 35);
    assert_string_equal(buf, "Hallo A {kvk} & %s B, KvK 01234567.");
    /* a placeholder without a value is empty */
    assert_int_equal(ps_expand("[{lhn}]", vals, buf, sizeof buf), 2);
    assert_string_equal(buf, "[]");
    assert_int_equal(ps_expand("{naam}", NULL, buf, sizeof buf), 0);
    assert_string_equal(buf, "");
    /* cut like snprintf: the whole length is returned */
    assert_int_equal(ps_expand("KvK {kvk}", vals, buf, 8), 12);
    assert_string_equal(buf, "KvK 012");
    assert_int_equal(ps_expand("KvK {kvk}", vals, NULL, 0), 12);
    /* braces that are no placeholder (never in a loaded text) stay as they are */
    assert_int_equal(ps_expand("{x} {", vals, buf, sizeof buf), 5);
    assert_string_equal(buf, "{x} {");
    assert_string_equal(ps_ph_name(PS_PH_OPVOLGER), "opvolger");
    assert_string_equal(ps_ph_name(PS_PH_COUNT), "");
}

/* A bad byte inserted anywhere in a shipped file gives an error naming the line it is on. */
static void test_bad_byte_everywhere(void **state)
{
    static const char *const files[] = {FORMATS_DIR "/" PS_DIR "/nl/formulier-toelichting.txt",
                                        FORMATS_DIR "/" PS_DIR "/en/opvolging-acties.txt",
                                        FORMATS_DIR "/" PS_DIR_LETTERS "/nl/brief.txt"};
    static const ps_file kinds[] = {PS_FORM_NOTES, PS_FOLLOW_ACTIONS, PS_LETTER};
    static const unsigned char bad[] = {0x00, 0x01, 0x09, 0x0D, 0x1B, 0x7F, 0xFF};
    static char text[TEST_TEXT_MAX], mutated[TEST_TEXT_MAX + 1];
    mg_errinfo ei;
    size_t f, pos, b;

    (void)state;
    for (f = 0; f < ARRAY_LEN(files); f++) {
        size_t len = slurp_text(files[f], text, sizeof text);
        long line = 1;

        assert_true(len > 0 && len < sizeof text - 1);
        assert_int_equal(parse(kinds[f], text, len, &ei), MG_OK);
        for (pos = 0; pos <= len; pos++) {
            if (pos > 0 && text[pos - 1] == '\n')
                line++;
            memcpy(mutated, text, pos);
            memcpy(mutated + pos + 1, text + pos, len - pos);
            for (b = 0; b < ARRAY_LEN(bad); b++) {
                mutated[pos] = (char)bad[b];
                if (parse(kinds[f], mutated, len + 1, &ei) != MG_ERR_CONFIG || ei.line != line)
                    fail_msg("%s: byte 0x%02X at %zu: line %ld (%s), expected line %ld", files[f], bad[b],
                             pos, ei.line, ei.msg[LANG_EN], line);
            }
        }
    }
}

/* The placeholders a text uses, as a set of bits. */
static unsigned used_phs(const char *text)
{
    unsigned set = 0;
    int ph;

    for (ph = 0; ph < PS_PH_COUNT; ph++) {
        char name[32];
        snprintf(name, sizeof name, "{%s}", ps_ph_name((ps_ph)ph));
        if (strstr(text, name))
            set |= 1u << ph;
    }
    return set;
}

/* The file of formats/teksten/LANG named name, or PS_FILE_COUNT. */
static ps_file known_file(const char *name)
{
    int f;

    for (f = 0; f < PS_FILE_COUNT; f++)
        if (!strcmp(ps_file_name((ps_file)f), name))
            return (ps_file)f;
    return PS_FILE_COUNT;
}

/* Every file of one language's folders (teksten/ and brieven/) is a known text file of that folder; returns
 * the set of files found. */
static unsigned walk_folder(const char *lang)
{
    static const char *const dirs[] = {PS_DIR, PS_DIR_LETTERS};
    char path[TEST_PATH_MAX];
    struct dirent *d;
    unsigned seen = 0;
    size_t k;
    DIR *dir;

    for (k = 0; k < ARRAY_LEN(dirs); k++) {
        snprintf(path, sizeof path, FORMATS_DIR "/%s/%s", dirs[k], lang);
        dir = opendir(path);
        assert_non_null(dir);
        while ((d = readdir(dir)) != NULL) {
            ps_file f;
            if (d->d_name[0] == '.')
                continue;
            f = known_file(d->d_name);
            if (f == PS_FILE_COUNT || strcmp(ps_file_dir(f), dirs[k]) != 0)
                fail_msg("%s/%s is not a text file migrate reads", path, d->d_name);
            seen |= 1u << f;
        }
        closedir(dir);
    }
    return seen;
}

/* Both languages have every file, with the same sections, the same kinds of lines and the same placeholders.
 */
static void test_languages_match(void **state)
{
    ps_prose *ps = NULL;
    mg_errinfo ei;
    int f;
    size_t i, k;

    (void)state;
    assert_int_equal(walk_folder("nl"), (1u << PS_FILE_COUNT) - 1);
    assert_int_equal(walk_folder("en"), (1u << PS_FILE_COUNT) - 1);
    memset(&ei, 0, sizeof ei);
    if (ps_load(FORMATS_DIR, &ps, &ei) != MG_OK)
        fail_msg("%s:%ld: %s", ei.file, ei.line, ei.msg[LANG_EN]);
    for (f = 0; f < PS_FILE_COUNT; f++)
        for (i = 0; i < ps_section_count((ps_file)f); i++) {
            const char *name = ps_section_name((ps_file)f, i);
            const ps_section *nl = ps_section_get(ps, LANG_NL, (ps_file)f, name);
            const ps_section *en = ps_section_get(ps, LANG_EN, (ps_file)f, name);
            assert_non_null(nl);
            assert_non_null(en);
            if (nl->nitems != en->nitems)
                fail_msg("%s @ %s: %zu lines in nl, %zu in en", ps_file_name((ps_file)f), name, nl->nitems,
                         en->nitems);
            for (k = 0; k < nl->nitems; k++) {
                const ps_item *a = &nl->items[k], *b = &en->items[k];
                if (a->kind != b->kind || !a->label != !b->label || used_phs(a->text) != used_phs(b->text) ||
                    (a->label && used_phs(a->label) != used_phs(b->label)))
                    fail_msg("%s @ %s: nl line %ld and en line %ld differ in kind, label or placeholders",
                             ps_file_name((ps_file)f), name, a->line, b->line);
                assert_int_equal(used_phs(a->text) & ~ps_section_phs((ps_file)f, name), 0);
            }
        }
    assert_null(ps_section_name(PS_FORM_NOTES, 1));
    assert_int_equal(ps_section_count(PS_FILE_COUNT), 0);
    assert_int_equal(ps_section_phs(PS_FOLLOW_ACTIONS, "bijlage"), 0);
    ps_free(ps);
}

/* Kinds whose sentence names the open sick reports ({open}) and the reason ({reden}). */
static const int fu_uses_open[FU_COUNT] = {1, 1, 0, 0, 0};
static const int fu_uses_reason[FU_COUNT] = {1, 1, 0, 0, 1};

/* The count and reason fragments each language must show: [lang][0 = one, 1 = three, 2 = unknown] and
 * [lang][0 = reason given (rechtsvormwijziging), 1 = absent]. */
static const char *const fu_open_words[LANG_COUNT][3] = {
    {"de 1 open ziekmelding op", "de 3 open ziekmeldingen op", "de open ziekmeldingen op"},
    {"the 1 open sick report on", "the 3 open sick reports on", "the open sick reports on"},
};
static const char *const fu_reason_words[LANG_COUNT][2] = {
    {"is na een rechtsvormwijziging niet meer actief", "is niet meer actief"},
    {"is no longer active after a change of legal form", "is no longer active"},
};

/* Words that must never be in a sentence: the old "(en)" plurals, jargon, the old pointer to note things. */
static const char *const fu_banned[] = {"(en)",
                                        "(s)",
                                        "draai opnieuw",
                                        "run again",
                                        "Noteer",
                                        "Note the",
                                        "gefuseerd of",
                                        "merged or",
                                        "kan geen eHerkenning gebruiken",
                                        "cannot use eHerkenning"};

/* The pointer to the columns to fill in, per language. */
static const char *const fu_fill_in[LANG_COUNT] = {"gebeld_op, uwv_medewerker en afspraak",
                                                   "gebeld_op, uwv_medewerker and afspraak"};

/* The follow-up sentences, table-driven: every kind x one/several/unknown reports x reason given/absent x
 * language has the right singular or plural, names the reason when given, points to the columns to fill in
 * and uses none of the old wording. */
static void test_followup_choice(void **state)
{
    static const long opens[3] = {1, 3, -1};
    static const char *const reasons[2] = {"Rechtsvormwijziging", ""};
    ps_prose *ps = NULL;
    mg_errinfo ei;
    char buf[TEST_SENTENCE_MAX];
    int k, l, o, r;
    size_t b;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_int_equal(ps_load(FORMATS_DIR, &ps, &ei), MG_OK);
    for (k = 0; k < FU_COUNT; k++)
        for (l = 0; l < LANG_COUNT; l++)
            for (o = 0; o < 3; o++)
                for (r = 0; r < 2; r++) {
                    mg_followup f = {"001007919L01", "Oud B.V.", "07654321", (mg_followkind)k,
                                     "004495445L01", opens[o],   reasons[r]};
                    int other = o == 0 ? 1 : 0;
                    rp_followup_action(ps, &f, (mg_lang)l, buf, sizeof buf);
                    if (fu_uses_open[k]) {
                        if (!strstr(buf, fu_open_words[l][o]))
                            fail_msg("%s/%d/%ld: no '%s' in: %s", mg_followkind_name(k), l, opens[o],
                                     fu_open_words[l][o], buf);
                        assert_null(strstr(buf, fu_open_words[l][other]));
                    } else {
                        assert_null(strstr(buf, "ziekmelding"));
                        assert_null(strstr(buf, "sick report"));
                    }
                    if (fu_uses_reason[k]) {
                        if (!strstr(buf, fu_reason_words[l][r]))
                            fail_msg("%s/%d/%s: no '%s' in: %s", mg_followkind_name(k), l, reasons[r],
                                     fu_reason_words[l][r], buf);
                        if (r == 1)
                            assert_null(strstr(buf, fu_reason_words[l][0]));
                    }
                    assert_non_null(strstr(buf, "Oud B.V. (001007919L01)"));
                    assert_non_null(strstr(buf, fu_fill_in[l]));
                    for (b = 0; b < ARRAY_LEN(fu_banned); b++)
                        if (strstr(buf, fu_banned[b]))
                            fail_msg("'%s' in: %s", fu_banned[b], buf);
                }
    ps_free(ps);
}

/* The reason of a follow-up in words: each reason word (any ASCII case), beëindigd, free text as given,
 * and none. */
static void test_followup_reason(void **state)
{
    static const struct {
        const char *reden;
        int lang;
        const char *want; /* the sentence of reports-unreachable starts with it */
    } cases[] = {
        {"fusie", 0, "Oud B.V. (001007919L01) is na een fusie niet meer actief en"},
        {"Overname", 0, "Oud B.V. (001007919L01) is na een overname niet meer actief en"},
        {"rechtsvormwijziging", 0,
         "Oud B.V. (001007919L01) is na een rechtsvormwijziging niet meer actief en"},
        {"SPLITSING", 0, "Oud B.V. (001007919L01) is na een splitsing niet meer actief en"},
        {"beeindigd", 0, "Oud B.V. (001007919L01) is gestopt en"},
        {"beëindigd", 0, "Oud B.V. (001007919L01) is gestopt en"},
        {"Verkocht aan {lhn} & %s", 0,
         "Oud B.V. (001007919L01) is niet meer actief (reden: Verkocht aan {lhn} & %s) en"},
        {"", 0, "Oud B.V. (001007919L01) is niet meer actief en"},
        {"fusie", 1, "Oud B.V. (001007919L01) is no longer active after a merger and"},
        {"overname", 1, "Oud B.V. (001007919L01) is no longer active after a takeover and"},
        {"rechtsvormwijziging", 1,
         "Oud B.V. (001007919L01) is no longer active after a change of legal form and"},
        {"splitsing", 1, "Oud B.V. (001007919L01) is no longer active after a split and"},
        {"beeindigd", 1, "Oud B.V. (001007919L01) has stopped and"},
        {"Verkocht", 1, "Oud B.V. (001007919L01) is no longer active (reason: Verkocht) and"},
        {"", 1, "Oud B.V. (001007919L01) is no longer active and"},
    };
    ps_prose *ps = NULL;
    mg_errinfo ei;
    char buf[TEST_SENTENCE_MAX];
    size_t i;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_int_equal(ps_load(FORMATS_DIR, &ps, &ei), MG_OK);
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        mg_followup f = {"001007919L01", "Oud B.V.", "07654321", FU_REPORTS_UNREACHABLE, "", 2,
                         cases[i].reden};
        rp_followup_action(ps, &f, (mg_lang)cases[i].lang, buf, sizeof buf);
        if (strncmp(buf, cases[i].want, strlen(cases[i].want)) != 0)
            fail_msg("case %zu: want '%s...', got: %s", i, cases[i].want, buf);
    }
    ps_free(ps);
}

/* The follow-up sentences in full, one per kind and language: one section per kind. */
static void test_followup_sentences(void **state)
{
    static const struct {
        int kind, lang;
        long open;
        const char *reden;
        const char *want;
    } cases[] = {
        {0, 0, 1, "fusie",
         "Oud B.V. (001007919L01) is na een fusie niet meer actief. Bel UWV Telefoon Werkgevers en vraag de "
         "1 "
         "open ziekmelding op 001007919L01 over te zetten naar het loonheffingennummer van de opvolger, "
         "004495445L01. Vul daarna gebeld_op, uwv_medewerker en afspraak in."},
        {0, 1, 3, "",
         "Oud B.V. (001007919L01) is no longer active. Call UWV Telefoon Werkgevers and ask them to move the "
         "3 "
         "open sick reports on 001007919L01 to the successor's payroll tax number, 004495445L01. Then fill "
         "in "
         "gebeld_op, uwv_medewerker and afspraak."},
        {1, 0, 2, "beeindigd",
         "Oud B.V. (001007919L01) is gestopt en heeft geen bekende opvolger; met eHerkenning is dit nummer "
         "niet meer te zien. Bel UWV Telefoon Werkgevers en vraag hoe u de 2 open ziekmeldingen op dit "
         "nummer "
         "hersteld meldt of afhandelt (zo nodig op papier). Vul daarna gebeld_op, uwv_medewerker en afspraak "
         "in."},
        {1, 1, -1, "",
         "Oud B.V. (001007919L01) is no longer active and has no known successor; eHerkenning no longer "
         "shows "
         "this number. Call UWV Telefoon Werkgevers and ask how to report recovery for, or otherwise settle, "
         "the open sick reports on this number (on paper if need be). Then fill in gebeld_op, uwv_medewerker "
         "and afspraak."},
        {2, 0, 0, "",
         "Oud B.V. (001007919L01) heeft geen KvK-nummer. Vraag UWV Telefoon Werkgevers en uw "
         "eHerkenningsleverancier hoe deze werkgever toegang krijgt: sommige leveranciers geven eHerkenning "
         "nu "
         "ook aan organisaties zonder KvK-nummer; anders regelt u UWV-zaken op papier. Vul daarna gebeld_op, "
         "uwv_medewerker en afspraak in. Staat de werkgever wel bij de KvK, vul het nummer in werkgevers.csv "
         "in en start migrate opnieuw."},
        {2, 1, 0, "",
         "Oud B.V. (001007919L01) has no KvK number. Ask UWV Telefoon Werkgevers and your eHerkenning "
         "supplier "
         "how this employer can get access: some suppliers now also serve organisations without a KvK "
         "number; "
         "otherwise handle UWV matters on paper. Then fill in gebeld_op, uwv_medewerker and afspraak. If the "
         "employer is registered with the KvK, add the number to werkgevers.csv and start migrate again."},
        {3, 0, 0, "",
         "Oud B.V. (001007919L01) is een buitenlandse werkgever zonder KvK-inschrijving. Vraag UWV Telefoon "
         "Werkgevers en uw eHerkenningsleverancier hoe deze werkgever toegang krijgt; anders regelt u "
         "UWV-zaken op papier en vraagt u UWV om post op papier. Vul daarna gebeld_op, uwv_medewerker en "
         "afspraak in."},
        {3, 1, 0, "",
         "Oud B.V. (001007919L01) is a foreign employer without a Dutch KvK registration. Ask UWV Telefoon "
         "Werkgevers and your eHerkenning supplier how this employer can get access; otherwise handle UWV "
         "matters on paper and ask UWV to send post on paper. Then fill in gebeld_op, uwv_medewerker and "
         "afspraak."},
        {4, 0, 0, "overname",
         "Oud B.V. (001007919L01) is na een overname niet meer actief; de opvolger 004495445L01 staat niet "
         "in "
         "deze portefeuille. Controleer het nummer bij de klant. Hoort het bij deze klant, voeg het dan toe "
         "aan werkgevers.csv en start migrate opnieuw; anders bevestigt u de opvolger bij UWV Telefoon "
         "Werkgevers en vult u gebeld_op, uwv_medewerker en afspraak in."},
        {4, 1, 0, "",
         "Oud B.V. (001007919L01) is no longer active; its successor 004495445L01 is not in this portfolio. "
         "Check the number with the client. If it belongs to this client, add it to werkgevers.csv and start "
         "migrate again; otherwise confirm the successor with UWV Telefoon Werkgevers and fill in gebeld_op, "
         "uwv_medewerker and afspraak."},
    };
    ps_prose *ps = NULL;
    mg_errinfo ei;
    char buf[TEST_SENTENCE_MAX];
    size_t i;
    int k, l;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_int_equal(ps_load(FORMATS_DIR, &ps, &ei), MG_OK);
    for (k = 0; k < FU_COUNT; k++)
        for (l = 0; l < LANG_COUNT; l++)
            assert_non_null(
                ps_section_get(ps, (mg_lang)l, PS_FOLLOW_ACTIONS, mg_followkind_name((mg_followkind)k)));
    /* the reasons' sections are named after the reasons */
    for (k = RS_FUSIE; k < RS_COUNT; k++) {
        char name[64];
        snprintf(name, sizeof name, "%s%s", PS_SECTION_REASON_PREFIX, mg_reason_name((mg_reason)k));
        for (l = 0; l < LANG_COUNT; l++)
            assert_non_null(ps_section_get(ps, (mg_lang)l, PS_FOLLOW_ACTIONS, name));
    }
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        mg_followup f = {"001007919L01", "Oud B.V.",    "07654321",    (mg_followkind)cases[i].kind,
                         "004495445L01", cases[i].open, cases[i].reden};
        assert_string_equal(rp_followup_action(ps, &f, (mg_lang)cases[i].lang, buf, sizeof buf),
                            cases[i].want);
    }
    /* a name is data: inserted as it is, never expanded */
    {
        mg_followup f = {"001063352L01", "{lhn} & %s B.V.", "", FU_NO_KVK, "", -1, ""};
        rp_followup_action(ps, &f, LANG_NL, buf, sizeof buf);
        assert_true(strncmp(buf, "{lhn} & %s B.V. (001063352L01) heeft geen KvK-nummer", 52) == 0);
        /* cut to the buffer like snprintf */
        assert_string_equal(rp_followup_action(ps, &f, LANG_NL, buf, 6), "{lhn}");
    }
    ps_free(ps);
    /* without the texts: an empty sentence, no crash */
    {
        mg_followup f = {"001063352L01", "X", "", FU_NO_KVK, "", -1, NULL};
        assert_string_equal(rp_followup_action(NULL, &f, LANG_EN, buf, sizeof buf), "");
    }
}

/* Remove folder dir and everything in it. */
static void remove_tree(const char *dir)
{
    char cmd[TEST_PATH_MAX];

    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

/* Loading: a missing file is a configuration error naming it; an error in an English file names its path. */
static void test_load(void **state)
{
    char dir[] = "/tmp/test_prose.XXXXXX", cmd[TEST_PATH_MAX], path[TEST_PATH_MAX];
    ps_prose *ps = NULL;
    mg_errinfo ei;
    FILE *fp;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_int_equal(ps_load("/nonexistent/formats", &ps, &ei), MG_ERR_CONFIG);
    assert_null(ps);
    assert_string_equal(ei.file, "/nonexistent/formats/teksten/nl/formulier-toelichting.txt");
    assert_int_equal(ei.line, 0);
    assert_string_equal(ei.msg[LANG_EN], "cannot open this text file: No such file or directory");
    assert_string_equal(ei.msg[LANG_NL], "kan dit tekstbestand niet openen: No such file or directory");

    assert_non_null(mkdtemp(dir));
    snprintf(cmd, sizeof cmd, "cp -r " FORMATS_DIR "/" PS_DIR " " FORMATS_DIR "/" PS_DIR_LETTERS " '%s/'",
             dir);
    assert_int_equal(system(cmd), 0);
    snprintf(path, sizeof path, "%s/" PS_DIR "/en/opvolging-acties.txt", dir);
    fp = fopen(path, "ab");
    assert_non_null(fp);
    fputs("@ bijlage\n", fp);
    assert_int_equal(fclose(fp), 0);
    assert_int_equal(ps_load(dir, &ps, &ei), MG_ERR_CONFIG);
    assert_null(ps);
    assert_string_equal(ei.file, path);
    assert_true(ei.line > 1);
    assert_non_null(strstr(ei.msg[LANG_EN], "unknown section 'bijlage'"));
    /* a folder where a file should be */
    snprintf(path, sizeof path, "%s/" PS_DIR "/nl/opvolging-toelichting.txt", dir);
    assert_int_equal(unlink(path), 0);
    assert_int_equal(mkdir(path, 0700), 0);
    assert_int_equal(ps_load(dir, &ps, &ei), MG_ERR_CONFIG);
    assert_string_equal(ei.file, path);
    assert_non_null(strstr(ei.msg[LANG_EN], "cannot open this text file: "));
    remove_tree(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_errors_dutch),
        cmocka_unit_test(test_valid),
        cmocka_unit_test(test_text_limit),
        cmocka_unit_test(test_expand),
        cmocka_unit_test(test_bad_byte_everywhere),
        cmocka_unit_test(test_languages_match),
        cmocka_unit_test(test_followup_sentences),
        cmocka_unit_test(test_followup_choice),
        cmocka_unit_test(test_followup_reason),
        cmocka_unit_test(test_load),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
