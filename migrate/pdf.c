/* pdf.c — one letter as an A4 PDF through libharu: blocks wrapped and flowed over pages, fonts embedded. */
#include "pdf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_fontdef.h>

#include "ident.h"
#include "platform.h"
#include "text.h"

/*
 * Everything here is per call: libharu keeps all its state in the HPDF_Doc (its only mutable global is the
 * CCITT fax encoder's, for images we never make), our error handler writes into the call's pd_ctx, and the
 * width caches live in the call's fonts. So two letters can be written on two threads at once.
 *
 * libharu 2.3.0 writes a ToUnicode CMap for its UTF-8 fonts that pdftotext warns about ("Syntax Warning:
 * Invalid 'begincidrange' operator in ToUnicode CMap"); the text still extracts correctly, so it stays.
 */

/* Points per millimetre. */
#define PD_MM (72.0 / 25.4)

/* A4 portrait in points, as libharu's HPDF_PAGE_SIZE_A4. */
#define PD_PAGE_W 595.276
#define PD_PAGE_H 841.89

/* Line height as a multiple of the font size. */
#define PD_LEADING 1.25

/* Size of the reference at the top and the footer at the bottom, as a share of the body size. */
#define PD_SMALL 0.8

/* Space between the label column and the text of a row, in mm. */
#define PD_GUTTER_MM 4.0

/* Space above a heading, after the title, above a signature block, between a footer and the text above
 * it, and below the reference of a later page, in body lines. */
#define PD_HEADING_ABOVE 0.6
#define PD_TITLE_BELOW 0.5
#define PD_SIGN_ABOVE 1.5
#define PD_FOOTER_GAP 1.0
#define PD_REFERENCE_GAP 1.0

/* Room to write by hand above the ruled line of a signature row (name, place, date; signature), and the
 * space below each line, in body lines. */
#define PD_SIGN_WRITE 0.8
#define PD_SIGN_WRITE_SIGNATURE 2.6
#define PD_SIGN_BELOW 0.4

/* Width of a ruled line, in points. */
#define PD_RULE_WIDTH 0.5

/* The outline that makes the regular font bold when the style has no bold font file, as a share of the size.
 * A second font file costs nearly as much again as the first: libharu builds a CIDToGIDMap of the whole BMP
 * for each font (over half the time of a letter) and embeds its glyphs. Measured with Liberation Sans, 100
 * letters written to memory: 7.5 ms and 48 KB a letter with the regular font alone (outlined bold costs
 * nothing more), 13 ms and 89 KB with Liberation Sans Bold besides it. */
#define PD_STROKE_BOLD 0.035

/* Rows of a signature block, and the most lines of each row's label. */
#define PD_SIGN_ROWS 4
#define PD_SIGN_LINES (PD_LINES_MAX / PD_SIGN_ROWS)

/* Limits on a style, checked before anything is drawn (sizes in points, lengths in mm). */
#define PD_SIZE_MIN 4.0
#define PD_SIZE_MAX 72.0
#define PD_MARGIN_MAX_MM 80.0
#define PD_TEXT_W_MIN_MM 40.0
#define PD_TEXT_H_MIN_MM 120.0

/* Bytes of the PDF handed to the write callback at a time. */
#define PD_CHUNK 8192

/* Code points whose widths a font caches (Latin, Greek, Cyrillic: what letters mostly hold). */
#define PD_WIDTH_CACHE 0x800

/* Seconds per day. */
#define PD_DAY 86400LL

/* A TrueType font file: its head (version, number of tables, ...), one record of its table directory (tag,
 * checksum, offset, length), and the versions libharu reads (1.0, and Apple's 'true'). */
#define PD_SFNT_HEAD 12
#define PD_SFNT_RECORD 16
#define PD_SFNT_TRUETYPE 0x00010000ul
#define PD_SFNT_TRUE 0x74727565ul

/* The first error libharu reported through our handler in one call (HPDF_OK: none). */
typedef struct pd_herr {
    HPDF_STATUS no, detail;
} pd_herr;

/* A font of one letter: libharu's handle, its ascent and descent, and the widths measured so far. */
typedef struct pd_font {
    HPDF_Font h;
    int stroke;             /* drawn filled and outlined: the bold of a letter without a bold font file */
    double ascent, descent; /* per 1000 of the size; descent negative */
    int16_t width[PD_WIDTH_CACHE]; /* per 1000 of the size; -1 = not measured yet */
} pd_font;

/* A font at a size: the context of pd_measure. */
typedef struct pd_sized {
    pd_font *font;
    double size;
} pd_sized;

/* One call of pd_write: the letter, libharu's document, where the next line goes, and the buffers. */
typedef struct pd_ctx {
    const pd_style *st;
    const pd_doc *doc;
    const char *name;
    mg_errinfo *ei;
    HPDF_Doc pdf;
    pd_herr herr;
    pd_font regular, bold; /* bold: the bold font file, or the regular font outlined (stroke) */
    HPDF_Page pages[PD_PAGES_MAX];
    unsigned npages;
    HPDF_Page page;                  /* the page drawn on */
    double left, right, top, bottom; /* the text area: x from left to right, y from top down to bottom */
    double label_w;                  /* the label column of a row, with its gutter */
    double lead;                     /* the line height of body text */
    double y;                        /* the top of the next line on the current page */
    int fresh;                       /* nothing on the current page yet */
    size_t lstart[PD_LINES_MAX], llen[PD_LINES_MAX]; /* the lines of a label */
    size_t tstart[PD_LINES_MAX], tlen[PD_LINES_MAX]; /* the lines of a text */
    char line[3 * PD_TEXT_MAX + 1];                  /* a line made printable (pd_printable) */
    char footer[PD_FOOTER_MAX];
    HPDF_BYTE chunk[PD_CHUNK];
} pd_ctx;

/* A loaded font for checks: its own libharu document (no embedding: nothing is written). */
struct pd_face {
    HPDF_Doc pdf;
    HPDF_FontDef def;
    pd_herr herr;
};

/* libharu's error handler: keep the first error of the call. */
static void pd_on_error(HPDF_STATUS no, HPDF_STATUS detail, void *data)
{
    pd_herr *e = data;

    if (e->no != HPDF_OK)
        return;
    e->no = no;
    e->detail = detail;
}

/* The code point that is drawn for cp: a TAB or LF (in a text of one line) as a space; a control, a
 * surrogate, U+FFFE/U+FFFF or a byte that is not UTF-8 (TX_BAD) as U+FFFD. Above U+FFFF it stays. */
static uint32_t pd_shown(uint32_t cp)
{
    if (cp == '\t' || cp == '\n')
        return ' ';
    return tx_forbidden(cp, TX_NO_C1) ? 0xFFFDu : cp;
}

/* The character libharu gets for cp: what pd_shown draws, and a space above U+FFFF (libharu's UTF-8 encoder
 * knows only the BMP and prints the others as a space itself). */
static HPDF_UNICODE pd_drawn(uint32_t cp)
{
    cp = pd_shown(cp);
    return (HPDF_UNICODE)(cp > 0xFFFFu ? ' ' : cp);
}

/* Copy n bytes of s to out (3 * n + 1 bytes) as libharu is to draw them (pd_drawn, as UTF-8); returns the
 * length. */
static size_t pd_printable(const char *s, size_t n, char *out)
{
    size_t i = 0, o = 0;

    while (i < n) {
        uint32_t cp;
        HPDF_UNICODE u;

        i += tx_decode(s + i, n - i, &cp);
        u = pd_drawn(cp);
        if (u < 0x80) {
            out[o++] = (char)u;
        } else if (u < 0x800) {
            out[o++] = (char)(0xC0 | (u >> 6));
            out[o++] = (char)(0x80 | (u & 0x3F));
        } else {
            out[o++] = (char)(0xE0 | (u >> 12));
            out[o++] = (char)(0x80 | ((u >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (u & 0x3F));
        }
    }
    out[o] = '\0';
    return o;
}

/* The width of a character drawn in f, per 1000 of the size. */
static int pd_char_width(pd_font *f, HPDF_UNICODE u)
{
    if (u < PD_WIDTH_CACHE) {
        if (f->width[u] < 0)
            f->width[u] = (int16_t)HPDF_Font_GetUnicodeWidth(f->h, u);
        return f->width[u];
    }
    return (int)HPDF_Font_GetUnicodeWidth(f->h, u);
}

/* pd_measure_fn of a font at a size: the width in points of n bytes of s as they are drawn (no kerning:
 * libharu draws none). */
static double pd_measure(void *ctx, const char *s, size_t n)
{
    pd_sized *z = ctx;
    long w = 0;
    size_t i = 0;

    while (i < n) {
        uint32_t cp;

        i += tx_decode(s + i, n - i, &cp);
        w += pd_char_width(z->font, pd_drawn(cp));
    }
    return (double)w * z->size / 1000.0;
}

/* Break text into lines: pd_wrap */

/* Whether s[i] is a space where a line may break. */
static int pd_is_space(const char *s, size_t i)
{
    return s[i] == ' ';
}

/* The end of the character at i (never inside a UTF-8 sequence; a bad byte is one character). */
static size_t pd_next_char(const char *s, size_t len, size_t i)
{
    uint32_t cp;

    return i + tx_decode(s + i, len - i, &cp);
}

/* Break text into lines no wider than width. */
size_t pd_wrap(const char *text, size_t len, double width, pd_measure_fn measure, void *ctx, size_t *start,
               size_t *length, size_t max)
{
    size_t n = 0, seg = 0;

    if (!text)
        len = 0;
    for (;;) {
        const char *nl = len > seg ? memchr(text + seg, '\n', len - seg) : NULL;
        size_t end = nl ? (size_t)(nl - text) : len; /* this line of the text, up to its forced break */
        size_t s = seg;

        do {
            size_t e = s, p = s, q = s, r;
            int too_wide = 0;

            /* whole words while they fit; e is the end of the last word taken */
            for (;;) {
                for (q = p; q < end && pd_is_space(text, q); q++)
                    ;
                if (q == end)
                    break;
                for (r = q; r < end && !pd_is_space(text, r); r++)
                    ;
                if (measure(ctx, text + s, r - s) > width) {
                    too_wide = e == s;
                    break;
                }
                e = p = r;
            }
            if (too_wide) {
                /* the first word alone is wider than a line: as many whole characters as fit, at least one;
                 * the indentation before it goes when not even that one fits after it */
                if (q > s && measure(ctx, text + s, pd_next_char(text, end, q) - s) > width)
                    s = q;
                e = pd_next_char(text, end, q);
                while (e < end && !pd_is_space(text, e)) {
                    size_t c = pd_next_char(text, end, e);
                    if (measure(ctx, text + s, c - s) > width)
                        break;
                    e = c;
                }
            }
            if (n < max) {
                start[n] = s;
                length[n] = e - s;
            }
            n++;
            for (s = e; s < end && pd_is_space(text, s); s++) /* the spaces at a break are dropped */
                ;
        } while (s < end);
        if (!nl)
            break;
        seg = end + 1;
    }
    return n;
}

/* Errors */

/* The error libharu reported in this call (or st, a status it returned without reporting), as ours with
 * its message: MG_ERR_NOMEM when it ran out of memory, else MG_ERR_INTERNAL. MG_OK when there is none. */
static mg_error pd_hpdf_error(pd_ctx *c, HPDF_STATUS st)
{
    if (c->herr.no == HPDF_OK && st != HPDF_OK) {
        c->herr.no = st;
        c->herr.detail = HPDF_GetErrorDetail(c->pdf);
    }
    if (c->herr.no == HPDF_OK)
        return MG_OK;
    if (c->herr.no == HPDF_FAILD_TO_ALLOC_MEM)
        return MG_FAIL(c->ei, MG_ERR_NOMEM, c->name, 0, MSG_OUT_OF_MEMORY);
    return MG_FAIL(c->ei, MG_ERR_INTERNAL, c->name, 0, MSG_PD_LIBHARU, c->herr.no, c->herr.detail);
}

/* The error of a font file that libharu could not load (the message names the file): MG_ERR_CONFIG, or
 * MG_ERR_NOMEM. */
static mg_error pd_font_error(const pd_herr *e, const char *path, mg_errinfo *ei)
{
    if (e->no == HPDF_FAILD_TO_ALLOC_MEM)
        return MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
    if (e->no == HPDF_FILE_OPEN_ERROR) /* libharu's detail is fopen's errno */
        return MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_PD_FONT_OPEN, strerror((int)e->detail));
    if (e->no == HPDF_OK) /* libharu gave up without an error: the file ended early */
        return MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_PD_FONT_NOT_TTF);
    return MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_PD_FONT, e->no, e->detail);
}

/* A big-endian number of n bytes. */
static unsigned long pd_be(const unsigned char *b, int n)
{
    unsigned long v = 0;

    for (int i = 0; i < n; i++)
        v = v << 8 | b[i];
    return v;
}

/* The table directory of the TrueType font at path: a TrueType font (not a collection, not CFF), every table
 * inside the file. libharu reads the glyphs again when it saves the PDF, and would fail there, without naming
 * the font, on a file cut short. MG_OK, or MG_ERR_CONFIG naming the file. */
static mg_error pd_font_check(const char *path, mg_errinfo *ei)
{
    unsigned char head[PD_SFNT_HEAD], rec[PD_SFNT_RECORD];
    FILE *fp = fopen(path, "rb");
    pf_info sb;
    unsigned long version, tables;
    mg_error err = MG_OK;

    if (!fp)
        return MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_PD_FONT_OPEN, strerror(errno));
    if (pf_info_fd(fileno(fp), &sb) != 0 || sb.kind != PF_FILE ||
        fread(head, 1, sizeof head, fp) != sizeof head) {
        err = MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_PD_FONT_NOT_TTF);
        goto done;
    }
    version = pd_be(head, 4);
    tables = pd_be(head + 4, 2);
    if ((version != PD_SFNT_TRUETYPE && version != PD_SFNT_TRUE) || tables == 0) {
        err = MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_PD_FONT_NOT_TTF);
        goto done;
    }
    for (unsigned long i = 0; i < tables; i++) {
        unsigned long long end;
        if (fread(rec, 1, sizeof rec, fp) != sizeof rec) {
            err = MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_PD_FONT_CUT, sb.size);
            goto done;
        }
        end = (unsigned long long)pd_be(rec + 8, 4) + pd_be(rec + 12, 4);
        if (end > sb.size) {
            err = MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_PD_FONT_CUT, sb.size);
            goto done;
        }
    }
done:
    fclose(fp);
    return err;
}

/* Fonts */

/* Load the TrueType font at path into the letter, embedded, with the UTF-8 encoder. */
static mg_error pd_font_load(pd_ctx *c, const char *path, pd_font *f)
{
    const char *fname;
    mg_error err = pd_font_check(path, c->ei);

    if (err)
        return err;
    fname = HPDF_LoadTTFontFromFile(c->pdf, path, HPDF_TRUE);
    if (!fname || c->herr.no != HPDF_OK) {
        if (c->herr.no == HPDF_OK)
            c->herr.no = HPDF_GetError(c->pdf);
        return pd_font_error(&c->herr, path, c->ei);
    }
    f->h = HPDF_GetFont(c->pdf, fname, "UTF-8");
    if (!f->h)
        return pd_hpdf_error(c, HPDF_INVALID_FONT);
    f->ascent = HPDF_Font_GetAscent(f->h);
    f->descent = HPDF_Font_GetDescent(f->h);
    memset(f->width, 0xFF, sizeof f->width); /* -1: not measured */
    return pd_hpdf_error(c, HPDF_OK);
}

/* Pages */

/* Draw one line of text (n bytes of s, made printable) on the current page with its baseline at y; shrunk to
 * fit maxw when it is wider (maxw <= 0: never). Nothing is drawn for an empty line. */
static mg_error pd_text(pd_ctx *c, pd_font *f, double size, double x, double y, const char *s, size_t n,
                        double maxw)
{
    HPDF_Page page = c->page;
    HPDF_STATUS st;

    if (n == 0)
        return MG_OK;
    pd_printable(s, n, c->line);
    if (maxw > 0) {
        pd_sized z = {f, size};
        double w = pd_measure(&z, s, n);
        if (w > maxw)
            size = size * maxw / w;
    }
    st = HPDF_Page_BeginText(page);
    if (st == HPDF_OK)
        st = HPDF_Page_SetFontAndSize(page, f->h, (HPDF_REAL)size);
    if (st == HPDF_OK && f->stroke)
        st = HPDF_Page_SetTextRenderingMode(page, HPDF_FILL_THEN_STROKE);
    if (st == HPDF_OK && f->stroke)
        st = HPDF_Page_SetLineWidth(page, (HPDF_REAL)(size * PD_STROKE_BOLD));
    if (st == HPDF_OK)
        st = HPDF_Page_TextOut(page, (HPDF_REAL)x, (HPDF_REAL)y, c->line);
    if (st == HPDF_OK && f->stroke)
        st = HPDF_Page_SetTextRenderingMode(page, HPDF_FILL);
    if (st == HPDF_OK)
        st = HPDF_Page_EndText(page);
    return pd_hpdf_error(c, st);
}

/* The baseline of a line of font f at size whose line box (PD_LEADING high) starts at top: the glyphs
 * centred in the box. */
static double pd_baseline(const pd_font *f, double size, double top)
{
    double lead = size * PD_LEADING, ink = (f->ascent - f->descent) * size / 1000.0;

    return top - (lead - ink) / 2 - f->ascent * size / 1000.0;
}

/* A thin ruled line from x1 to x2 at y on the current page. */
static mg_error pd_rule(pd_ctx *c, double x1, double x2, double y)
{
    HPDF_Page page = c->page;
    HPDF_STATUS st = HPDF_Page_SetLineWidth(page, (HPDF_REAL)PD_RULE_WIDTH);

    if (st == HPDF_OK)
        st = HPDF_Page_MoveTo(page, (HPDF_REAL)x1, (HPDF_REAL)y);
    if (st == HPDF_OK)
        st = HPDF_Page_LineTo(page, (HPDF_REAL)x2, (HPDF_REAL)y);
    if (st == HPDF_OK)
        st = HPDF_Page_Stroke(page);
    return pd_hpdf_error(c, st);
}

/* Start a new A4 page; a page after the first begins with the reference in small text. */
static mg_error pd_page(pd_ctx *c)
{
    const char *ref = c->doc->reference;
    HPDF_Page page;
    HPDF_STATUS st;
    double small = c->st->size * PD_SMALL;

    if (c->npages == PD_PAGES_MAX)
        return MG_FAIL(c->ei, MG_ERR_INTERNAL, c->name, 0, MSG_PD_TOO_MANY_PAGES, PD_PAGES_MAX);
    page = HPDF_AddPage(c->pdf);
    if (!page)
        return pd_hpdf_error(c, HPDF_INVALID_PAGE);
    st = HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    if (st != HPDF_OK)
        return pd_hpdf_error(c, st);
    c->pages[c->npages++] = page;
    c->page = page;
    c->y = c->top;
    c->fresh = 1;
    if (c->npages > 1 && ref && ref[0]) {
        mg_error err = pd_text(c, &c->regular, small, c->left, pd_baseline(&c->regular, small, c->y), ref,
                               strlen(ref), c->right - c->left);
        if (err)
            return err;
        c->y -= small * PD_LEADING + PD_REFERENCE_GAP * c->lead;
    }
    return MG_OK;
}

/* Make room for h points below the current line: a new page when they do not fit above the footer (unless
 * the page is still empty: then there is no more room on another). */
static mg_error pd_room(pd_ctx *c, double h)
{
    if (c->fresh || c->y - h >= c->bottom)
        return MG_OK;
    return pd_page(c);
}

/* Blocks */

/* Wrap n bytes of s in width with font f at size into starts/lens (PD_LINES_MAX); the number of lines in
 * *count. MG_ERR_INTERNAL when the block needs more than PD_LINES_MAX lines. */
static mg_error pd_lines(pd_ctx *c, size_t block, pd_font *f, double size, double width, const char *s,
                         size_t *starts, size_t *lens, size_t *count)
{
    pd_sized z = {f, size};

    *count = pd_wrap(s, strlen(s), width, pd_measure, &z, starts, lens, PD_LINES_MAX);
    if (*count > PD_LINES_MAX)
        return MG_FAIL(c->ei, MG_ERR_INTERNAL, c->name, 0, MSG_PD_TOO_MANY_LINES, block, PD_LINES_MAX);
    return MG_OK;
}

/* The indent of the wrapped lines of list items (lines of a text that start with PD_BULLET): the bullet's
 * width, or 0 when the text has no item. */
static double pd_item_indent(pd_font *f, double size, const char *text)
{
    pd_sized z = {f, size};

    return strstr(text, PD_BULLET) ? pd_measure(&z, PD_BULLET, strlen(PD_BULLET)) : 0;
}

/* 1 if the line starting at byte `at` of text continues a list item: it is not the first line of its line of
 * text, and that line starts with PD_BULLET. */
static int pd_item_continues(const char *text, size_t at)
{
    size_t s = at;

    while (s > 0 && text[s - 1] != '\n')
        s--;
    return s != at && !strncmp(text + s, PD_BULLET, strlen(PD_BULLET));
}

/* A block of lines that flows over pages line by line: the title, a heading, a paragraph, or a row with its
 * label (label lines at left, text lines at x; the wrapped lines of a list item indented under its text).
 * keep > 0: the block is kept whole on one page with that much room below it (a heading is never the last
 * line of a page; the text that leads into a signature block stays with it). */
static mg_error pd_flow(pd_ctx *c, size_t block, pd_font *f, double size, const char *label, const char *text,
                        double x, double keep)
{
    size_t nl = 0, nt = 0, lines;
    double lead = size * PD_LEADING, indent = pd_item_indent(f, size, text);
    mg_error err;

    if (label && label[0]) {
        err = pd_lines(c, block, f, size, c->label_w - PD_GUTTER_MM * PD_MM, label, c->lstart, c->llen, &nl);
        if (err)
            return err;
    }
    err = pd_lines(c, block, f, size, c->right - x - indent, text, c->tstart, c->tlen, &nt);
    if (err)
        return err;
    lines = nl > nt ? nl : nt;
    for (size_t i = 0; i < lines; i++) {
        double base;
        err = pd_room(c, i == 0 && keep > 0 ? (double)lines * lead + keep : lead);
        if (err)
            return err;
        base = pd_baseline(f, size, c->y);
        if (i < nl)
            err = pd_text(c, f, size, c->left, base, label + c->lstart[i], c->llen[i], 0);
        if (!err && i < nt)
            err = pd_text(c, f, size, x + (pd_item_continues(text, c->tstart[i]) ? indent : 0), base,
                          text + c->tstart[i], c->tlen[i], 0);
        if (err)
            return err;
        c->y -= lead;
        c->fresh = 0;
    }
    return MG_OK;
}

/* The lines of one row of a signature block: its label and (on the name's row) the name. */
typedef struct pd_sign_row {
    size_t nl, nv; /* lines of the label and of the value */
    double write;  /* room to write above the text, in body lines */
} pd_sign_row;

/* The height of a signature block for name, with the space above it (the lines counted, not kept). */
static double pd_sign_height(pd_ctx *c, const char *name)
{
    double size = c->st->size, h = PD_SIGN_ABOVE * c->lead;
    pd_sized z = {&c->regular, size};

    for (int r = 0; r < PD_SIGN_ROWS; r++) {
        const char *label = c->doc->sign_labels[r] ? c->doc->sign_labels[r] : "";
        size_t nl =
            pd_wrap(label, strlen(label), c->label_w - PD_GUTTER_MM * PD_MM, pd_measure, &z, NULL, NULL, 0);
        size_t nv = r == 0 && name && name[0] ? pd_wrap(name, strlen(name), c->right - c->left - c->label_w,
                                                        pd_measure, &z, NULL, NULL, 0)
                                              : 0;
        size_t n = nl > nv ? nl : nv;
        h += ((r == PD_SIGN_ROWS - 1 ? PD_SIGN_WRITE_SIGNATURE : PD_SIGN_WRITE) + (double)n + PD_SIGN_BELOW) *
             c->lead;
    }
    return h;
}

/* The room block i must keep below it on its page: before a signature block, that block (and before a
 * paragraph that leads into one, the paragraph too), so that no text about signing ends a page without a
 * place to sign; 0 for any other block. */
static double pd_keep_before_sign(pd_ctx *c, size_t i)
{
    const pd_block *b = c->doc->blocks;
    size_t n = c->doc->nblocks;

    if (i + 1 < n && b[i + 1].kind == PD_SIGN)
        return pd_sign_height(c, b[i + 1].text);
    if (i + 2 < n && b[i + 1].kind == PD_PARA && b[i + 2].kind == PD_SIGN) {
        const char *t = b[i + 1].text ? b[i + 1].text : "";
        pd_sized z = {&c->regular, c->st->size};
        size_t lines = pd_wrap(t, strlen(t), c->right - c->left, pd_measure, &z, NULL, NULL, 0);
        return (double)lines * c->lead + pd_sign_height(c, b[i + 2].text);
    }
    return 0;
}

/* A signature block: four rows (name, place, date, signature), each with its label bottom-aligned to a ruled
 * line to write on; the name, when known, on its line. Never split over two pages. */
static mg_error pd_sign(pd_ctx *c, size_t block, const char *name)
{
    pd_sign_row rows[PD_SIGN_ROWS];
    double size = c->st->size, lead = c->lead, x = c->left + c->label_w, h = 0;
    mg_error err;

    for (int r = 0; r < PD_SIGN_ROWS; r++) {
        const char *label = c->doc->sign_labels[r] ? c->doc->sign_labels[r] : "";
        pd_sized z = {&c->regular, size};
        size_t n;

        rows[r].nl = pd_wrap(label, strlen(label), c->label_w - PD_GUTTER_MM * PD_MM, pd_measure, &z,
                             c->lstart + r * PD_SIGN_LINES, c->llen + r * PD_SIGN_LINES, PD_SIGN_LINES);
        rows[r].nv = 0;
        if (r == 0 && name[0]) {
            err = pd_lines(c, block, &c->regular, size, c->right - x, name, c->tstart, c->tlen, &rows[r].nv);
            if (err)
                return err;
        }
        if (rows[r].nl > PD_SIGN_LINES)
            return MG_FAIL(c->ei, MG_ERR_INTERNAL, c->name, 0, MSG_PD_TOO_MANY_LINES, block, PD_SIGN_LINES);
        rows[r].write = r == PD_SIGN_ROWS - 1 ? PD_SIGN_WRITE_SIGNATURE : PD_SIGN_WRITE;
        n = rows[r].nl > rows[r].nv ? rows[r].nl : rows[r].nv;
        h += (rows[r].write + (double)(n ? n : 1) + PD_SIGN_BELOW) * lead;
    }
    if (h > c->top - c->bottom - PD_REFERENCE_GAP * lead - size * PD_SMALL * PD_LEADING)
        return MG_FAIL(c->ei, MG_ERR_INTERNAL, c->name, 0, MSG_PD_SIGN_TOO_TALL, block);
    if (!c->fresh)
        c->y -= PD_SIGN_ABOVE * lead;
    err = pd_room(c, h);
    if (err)
        return err;
    for (int r = 0; r < PD_SIGN_ROWS; r++) {
        size_t n = rows[r].nl > rows[r].nv ? rows[r].nl : rows[r].nv;
        double top = c->y - rows[r].write * lead; /* the first line box; the rule under the last */
        const char *label = c->doc->sign_labels[r] ? c->doc->sign_labels[r] : "";

        n = n ? n : 1;
        for (size_t i = 0; i < rows[r].nl; i++) {
            double box = top - (double)(n - rows[r].nl + i) * lead;
            err = pd_text(c, &c->regular, size, c->left, pd_baseline(&c->regular, size, box),
                          label + c->lstart[r * PD_SIGN_LINES + i], c->llen[r * PD_SIGN_LINES + i], 0);
            if (err)
                return err;
        }
        for (size_t i = 0; i < rows[r].nv; i++) {
            double box = top - (double)(n - rows[r].nv + i) * lead;
            err = pd_text(c, &c->regular, size, x, pd_baseline(&c->regular, size, box), name + c->tstart[i],
                          c->tlen[i], 0);
            if (err)
                return err;
        }
        err = pd_rule(c, x, c->right, top - (double)n * lead);
        if (err)
            return err;
        c->y = top - ((double)n + PD_SIGN_BELOW) * lead;
        c->fresh = 0;
    }
    return MG_OK;
}

/* Lay out one block. */
static mg_error pd_lay_block(pd_ctx *c, size_t i)
{
    const pd_block *b = &c->doc->blocks[i];
    const char *text = b->text ? b->text : "";
    const pd_style *st = c->st;
    mg_error err;

    switch (b->kind) {
    case PD_TITLE:
        err = pd_flow(c, i, &c->bold, st->title_size, NULL, text, c->left, 0);
        c->y -= PD_TITLE_BELOW * c->lead;
        return err;
    case PD_HEADING: {
        double keep = pd_keep_before_sign(c, i);
        if (!c->fresh)
            c->y -= PD_HEADING_ABOVE * c->lead;
        return pd_flow(c, i, &c->bold, st->heading_size, NULL, text, c->left,
                       keep > c->lead ? keep : c->lead);
    }
    case PD_PARA:
        return pd_flow(c, i, &c->regular, st->size, NULL, text, c->left, pd_keep_before_sign(c, i));
    case PD_ROW:
        return pd_flow(c, i, &c->regular, st->size, b->label, text, c->left + c->label_w, 0);
    case PD_EMPTY:
        if (c->fresh && c->npages > 1) /* an empty line at the top of a later page is left out */
            return MG_OK;
        c->y -= c->lead;
        c->fresh = 0;
        return MG_OK;
    case PD_SIGN:
        return pd_sign(c, i, text);
    }
    return MG_FAIL(c->ei, MG_ERR_INTERNAL, c->name, 0, MSG_PD_BAD_KIND, i, (int)b->kind);
}

/* The footer of every page, now that their number is known: small, at the bottom margin, shrunk to fit. */
static mg_error pd_footers(pd_ctx *c)
{
    double small = c->st->size * PD_SMALL, y = c->st->bottom_mm * PD_MM - c->regular.descent * small / 1000.0;

    if (!c->doc->footer)
        return MG_OK;
    for (unsigned p = 0; p < c->npages; p++) {
        mg_error err;

        c->footer[0] = '\0';
        c->doc->footer(c->doc->footer_ctx, p + 1, c->npages, c->footer, sizeof c->footer);
        c->footer[sizeof c->footer - 1] = '\0';
        c->page = c->pages[p];
        err = pd_text(c, &c->regular, small, c->left, y, c->footer, strlen(c->footer), c->right - c->left);
        if (err)
            return err;
    }
    return MG_OK;
}

/* Checks and the document */

/* A value of the style within lo..hi (NaN is not); else MG_ERR_INTERNAL naming it. */
static mg_error pd_check_value(const char *what, double v, double lo, double hi, const char *name,
                               mg_errinfo *ei)
{
    if (v >= lo && v <= hi)
        return MG_OK;
    return MG_FAIL(ei, MG_ERR_INTERNAL, name, 0, MSG_PD_BAD_STYLE, what, v);
}

/* The style's sizes in range: the texts readable, the text area wide and tall enough for a letter. */
static mg_error pd_check_style(const pd_style *st, const char *name, mg_errinfo *ei)
{
    double page_w = PD_PAGE_W / PD_MM, page_h = PD_PAGE_H / PD_MM;
    double text_w = page_w - 2 * st->margin_mm;
    mg_error err = pd_check_value("size", st->size, PD_SIZE_MIN, PD_SIZE_MAX, name, ei);

    if (!err)
        err = pd_check_value("title_size", st->title_size, PD_SIZE_MIN, PD_SIZE_MAX, name, ei);
    if (!err)
        err = pd_check_value("heading_size", st->heading_size, PD_SIZE_MIN, PD_SIZE_MAX, name, ei);
    if (!err)
        err = pd_check_value("margin_mm", st->margin_mm, 0, PD_MARGIN_MAX_MM, name, ei);
    if (!err)
        err = pd_check_value("top_mm", st->top_mm, 0, page_h, name, ei);
    if (!err)
        err = pd_check_value("bottom_mm", st->bottom_mm, 0, page_h - PD_TEXT_H_MIN_MM - st->top_mm, name, ei);
    if (!err) /* the label column with its gutter, and a text column beside it */
        err = pd_check_value("label_mm", st->label_mm, PD_GUTTER_MM + 1, text_w - PD_TEXT_W_MIN_MM, name, ei);
    return err;
}

/* 1 if s is NULL or at most PD_TEXT_MAX bytes. */
static int pd_short(const char *s)
{
    return !s || strnlen(s, PD_TEXT_MAX + 1) <= PD_TEXT_MAX;
}

/* The letter within the limits: blocks, their kinds and texts, the date. */
static mg_error pd_check_doc(const pd_doc *doc, const char *name, mg_errinfo *ei)
{
    long long lo = PD_DAY * id_days_from_civil(1, 1, 1), hi = PD_DAY * (id_days_from_civil(9999, 12, 31) + 1);

    if (doc->nblocks > PD_BLOCKS_MAX)
        return MG_FAIL(ei, MG_ERR_INTERNAL, name, 0, MSG_PD_TOO_MANY_BLOCKS, doc->nblocks, PD_BLOCKS_MAX);
    for (size_t i = 0; i < doc->nblocks; i++) {
        const pd_block *b = &doc->blocks[i];
        if ((unsigned)b->kind > PD_SIGN)
            return MG_FAIL(ei, MG_ERR_INTERNAL, name, 0, MSG_PD_BAD_KIND, i, (int)b->kind);
        if (!pd_short(b->text) || !pd_short(b->label))
            return MG_FAIL(ei, MG_ERR_INTERNAL, name, 0, MSG_PD_TEXT_TOO_LONG, i, PD_TEXT_MAX);
    }
    if (!pd_short(doc->title) || !pd_short(doc->author) || !pd_short(doc->subject) ||
        !pd_short(doc->reference) || !pd_short(doc->sign_labels[0]) || !pd_short(doc->sign_labels[1]) ||
        !pd_short(doc->sign_labels[2]) || !pd_short(doc->sign_labels[3]))
        return MG_FAIL(ei, MG_ERR_INTERNAL, name, 0, MSG_PD_INFO_TOO_LONG, PD_TEXT_MAX);
    if (doc->date < lo || doc->date >= hi)
        return MG_FAIL(ei, MG_ERR_INTERNAL, name, 0, MSG_PD_BAD_DATE, doc->date);
    return MG_OK;
}

/* One text of the Info dictionary (UTF-8, made printable; written by libharu as UTF-16BE). */
static mg_error pd_info(pd_ctx *c, HPDF_InfoType type, const char *s)
{
    if (!s || !s[0])
        return MG_OK;
    pd_printable(s, strlen(s), c->line);
    return pd_hpdf_error(c, HPDF_SetInfoAttr(c->pdf, type, c->line));
}

/* The Info dictionary: title, author, subject, creator, and the letter's date as CreationDate and ModDate
 * (in UTC: the same letter gives the same bytes). */
static mg_error pd_infos(pd_ctx *c)
{
    HPDF_Date d;
    long long days = c->doc->date / PD_DAY, rest = c->doc->date % PD_DAY;
    int y, m, day;
    mg_error err;

    if (rest < 0) {
        rest += PD_DAY;
        days--;
    }
    id_civil_from_days((int32_t)days, &y, &m, &day);
    memset(&d, 0, sizeof d);
    d.year = y;
    d.month = m;
    d.day = day;
    d.hour = (HPDF_INT)(rest / 3600);
    d.minutes = (HPDF_INT)(rest / 60 % 60);
    d.seconds = (HPDF_INT)(rest % 60);
    d.ind = 'Z';
    err = pd_hpdf_error(c, HPDF_SetInfoDateAttr(c->pdf, HPDF_INFO_CREATION_DATE, d));
    if (!err)
        err = pd_hpdf_error(c, HPDF_SetInfoDateAttr(c->pdf, HPDF_INFO_MOD_DATE, d));
    if (!err)
        err = pd_info(c, HPDF_INFO_TITLE, c->doc->title);
    if (!err)
        err = pd_info(c, HPDF_INFO_AUTHOR, c->doc->author);
    if (!err)
        err = pd_info(c, HPDF_INFO_SUBJECT, c->doc->subject);
    if (!err)
        err = pd_info(c, HPDF_INFO_CREATOR, "migrate");
    return err;
}

/* Save the PDF in libharu's memory stream and hand it to the write callback in chunks. */
static mg_error pd_save(pd_ctx *c, pd_write_fn write, void *ctx)
{
    HPDF_STATUS st = HPDF_SaveToStream(c->pdf);
    HPDF_UINT32 total = 0, want;
    mg_error err = pd_hpdf_error(c, st);

    if (!err)
        err = pd_hpdf_error(c, HPDF_ResetStream(c->pdf));
    if (err)
        return err;
    want = HPDF_GetStreamSize(c->pdf);
    for (;;) {
        HPDF_UINT32 n = sizeof c->chunk;
        st = HPDF_ReadFromStream(c->pdf, c->chunk, &n);
        if (st != HPDF_OK && st != HPDF_STREAM_EOF)
            return pd_hpdf_error(c, st);
        if (n > 0 && write(ctx, c->chunk, n) != 0)
            return MG_FAIL(c->ei, MG_ERR_WRITE, c->name, 0, MSG_PD_WRITE);
        total += n;
        if (st == HPDF_STREAM_EOF || n == 0)
            break;
    }
    if (total != want)
        return pd_hpdf_error(c, HPDF_STREAM_EOF);
    return MG_OK;
}

/* Lay out the letter and write it. */
static mg_error pd_render(pd_ctx *c, pd_write_fn write, void *ctx)
{
    const pd_style *st = c->st;
    double small = st->size * PD_SMALL;
    mg_error err = pd_hpdf_error(c, HPDF_SetCompressionMode(c->pdf, HPDF_COMP_ALL));

    if (!err)
        err = pd_hpdf_error(c, HPDF_UseUTFEncodings(c->pdf));
    if (!err) /* the Info texts are UTF-8 too */
        err = pd_hpdf_error(c, HPDF_SetCurrentEncoder(c->pdf, "UTF-8"));
    if (!err)
        err = pd_font_load(c, st->font, &c->regular);
    if (!err && st->font_bold && st->font_bold[0]) {
        err = pd_font_load(c, st->font_bold, &c->bold);
    } else if (!err) {
        c->bold = c->regular;
        c->bold.stroke = 1;
    }
    if (!err)
        err = pd_infos(c);
    if (err)
        return err;
    c->left = st->margin_mm * PD_MM;
    c->right = PD_PAGE_W - st->margin_mm * PD_MM;
    c->top = PD_PAGE_H - st->top_mm * PD_MM;
    c->lead = st->size * PD_LEADING;
    c->bottom = st->bottom_mm * PD_MM;
    if (c->doc->footer)
        c->bottom += small * PD_LEADING + PD_FOOTER_GAP * c->lead;
    c->label_w = st->label_mm * PD_MM;
    err = pd_page(c);
    for (size_t i = 0; !err && i < c->doc->nblocks; i++)
        err = pd_lay_block(c, i);
    if (!err)
        err = pd_footers(c);
    if (!err)
        err = pd_save(c, write, ctx);
    return err;
}

/* Write doc as an A4 PDF through write. */
mg_error pd_write(const pd_style *st, const pd_doc *doc, pd_write_fn write, void *ctx, const char *name,
                  mg_errinfo *ei)
{
    pd_ctx *c;
    mg_error err;

    if (!st || !doc || !write || !st->font || !st->font[0] || (doc->nblocks && !doc->blocks))
        return MG_FAIL(ei, MG_ERR_INTERNAL, name, 0, MSG_PD_BAD_CALL);
    err = pd_check_style(st, name, ei);
    if (!err)
        err = pd_check_doc(doc, name, ei);
    if (err)
        return err;
    c = calloc(1, sizeof *c);
    if (!c)
        return MG_FAIL(ei, MG_ERR_NOMEM, name, 0, MSG_OUT_OF_MEMORY);
    c->st = st;
    c->doc = doc;
    c->name = name;
    c->ei = ei;
    c->pdf = HPDF_New(pd_on_error, &c->herr);
    err = c->pdf ? pd_render(c, write, ctx) : MG_FAIL(ei, MG_ERR_NOMEM, name, 0, MSG_OUT_OF_MEMORY);
    if (c->pdf)
        HPDF_Free(c->pdf);
    free(c);
    return err;
}

/* Fonts checked before writing */

/* Load a font for checks. */
mg_error pd_face_new(const char *font, pd_face **out, mg_errinfo *ei)
{
    pd_face *f;
    const char *fname;
    mg_error err;

    *out = NULL;
    if (!font || !font[0])
        return MG_FAIL(ei, MG_ERR_CONFIG, "", 0, MSG_PD_FONT_OPEN, strerror(ENOENT));
    err = pd_font_check(font, ei);
    if (err)
        return err;
    f = calloc(1, sizeof *f);
    if (!f)
        return MG_FAIL(ei, MG_ERR_NOMEM, font, 0, MSG_OUT_OF_MEMORY);
    f->pdf = HPDF_New(pd_on_error, &f->herr);
    if (!f->pdf) {
        free(f);
        return MG_FAIL(ei, MG_ERR_NOMEM, font, 0, MSG_OUT_OF_MEMORY);
    }
    fname = HPDF_LoadTTFontFromFile(f->pdf, font, HPDF_FALSE);
    f->def = fname && f->herr.no == HPDF_OK ? HPDF_GetFontDef(f->pdf, fname) : NULL;
    if (!f->def || f->herr.no != HPDF_OK) {
        if (f->herr.no == HPDF_OK)
            f->herr.no = HPDF_GetError(f->pdf);
        err = pd_font_error(&f->herr, font, ei);
        pd_face_free(f);
        return err;
    }
    *out = f;
    return MG_OK;
}

/* Free a font. */
void pd_face_free(pd_face *f)
{
    if (!f)
        return;
    HPDF_Free(f->pdf);
    free(f);
}

/* The first code point of text the font cannot print, or 0. */
uint32_t pd_face_missing(const pd_face *f, const char *text, size_t len)
{
    size_t i = 0;

    while (i < len) {
        uint32_t cp, shown;

        i += tx_decode(text + i, len - i, &cp);
        if (cp == '\n')
            continue;
        shown = pd_shown(cp);
        if (shown > 0xFFFFu || HPDF_TTFontDef_GetGlyphid(f->def, (HPDF_UINT16)shown) == 0)
            return cp == TX_BAD ? 0xFFFDu : cp;
    }
    return 0;
}
