/* pdf.h — one letter laid out on A4 and written as a PDF through libharu (titles, paragraphs, rows,
 * signature blocks, a reference on every later page and a footer on each). */
#ifndef MG_PDF_H
#define MG_PDF_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* Most blocks in one letter. */
#define PD_BLOCKS_MAX 1024

/* Longest text (or label) of one block, in bytes: a name of 32,767 characters, tens of thousands of
 * loonheffingennummers. */
#define PD_TEXT_MAX (1024 * 1024)

/* Most lines one block may wrap into (a block that needs more is longer than a letter can be). */
#define PD_LINES_MAX 32768

/* Most pages of one letter: a longer letter is MG_ERR_INTERNAL. */
#define PD_PAGES_MAX 1024

/* Longest footer text, in bytes with its NUL (the footer callback's buffer). */
#define PD_FOOTER_MAX 512

/* The start of a list item in a text: a line that starts with it (a bullet and a space) is an item, whose
 * wrapped lines are indented under its text. */
#define PD_BULLET "\xE2\x80\xA2 "

/* What a block of a letter is. */
typedef enum pd_kind { PD_TITLE = 0, PD_HEADING, PD_PARA, PD_ROW, PD_EMPTY, PD_SIGN } pd_kind;

/*
 * One block: text is UTF-8; a '\n' in text is a forced line break (a list: one item per line).
 * PD_ROW: label in a left column, text wrapped in the column to its right (label NULL or "" = text only,
 *         indented as a row).
 * PD_SIGN: one signature block for one signer: text = the signer's name ("" = unknown: an empty line to fill
 *          in), laid out as four rows with the doc's sign_labels (name, place, date, signature), each with a
 *          ruled line to write on (the name printed on/above its line when known), and a block is never split
 *          over two pages.
 * A NULL text is "". Every text is at most PD_TEXT_MAX bytes (else MG_ERR_INTERNAL).
 */
typedef struct pd_block {
    pd_kind kind;
    const char *label;
    const char *text;
} pd_block;

/* Footer callback: write the footer text of page `page` (1-based) of `pages` into buf (size bytes,
 * NUL-terminated, cut like snprintf). */
typedef void (*pd_footer_fn)(void *ctx, unsigned page, unsigned pages, char *buf, size_t size);

/* Called with the PDF's bytes in order; 0 = written, non-zero = a write error (stop). */
typedef int (*pd_write_fn)(void *ctx, const void *buf, size_t len);

/* The look of the letters (from a layout file the caller reads): fonts and sizes. Sizes are checked by
 * pd_write (body text 4..72 pt, a text column at least 40 mm wide, ...: else MG_ERR_INTERNAL). */
typedef struct pd_style {
    const char *font;         /* path of the regular TrueType font (e.g.
                                 /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf) */
    const char *font_bold;    /* path of the bold one for title and headings; NULL or "" = the regular font */
    double size;              /* body text size in points (e.g. 10.5) */
    double title_size;        /* e.g. 14 */
    double heading_size;      /* e.g. 11 */
    double margin_mm;         /* left/right margin, e.g. 22 */
    double top_mm, bottom_mm; /* e.g. 20, 20 */
    double label_mm;          /* width of the label column of PD_ROW, e.g. 45 */
} pd_style;

/* One letter. */
typedef struct pd_doc {
    const pd_block *blocks;
    size_t nblocks;
    const char *reference;      /* e.g. "Kenmerk 12345678-2026-11-18": printed at the top of every page after
                                   the first (a letter of two pages repeats it); NULL or "" = none */
    const char *sign_labels[4]; /* "Naam", "Plaats", "Datum", "Handtekening" in the letter's language */
    pd_footer_fn footer; /* the footer of each page (e.g. "Kenmerk ... — pagina 1 van 2"); NULL = none */
    void *footer_ctx;
    const char *title, *author, *subject; /* the PDF's Info dictionary (UTF-8; may be NULL) */
    long long date; /* seconds since the epoch, UTC: CreationDate and ModDate (reproducible); years 1..9999 */
} pd_doc;

/*
 * Write doc as an A4 PDF through write(ctx, ...). `name` is the file name for messages. The same style and
 * doc give the same bytes. Everything is per call: two letters may be written on two threads at once.
 * Returns MG_OK; MG_ERR_CONFIG when a font file cannot be loaded (message names the font file); MG_ERR_WRITE
 * when write failed; MG_ERR_NOMEM; MG_ERR_INTERNAL when libharu refused (message with libharu's error number
 * in hex and detail), the letter is longer than PD_PAGES_MAX pages, or the style or doc is out of range.
 */
mg_error pd_write(const pd_style *st, const pd_doc *doc, pd_write_fn write, void *ctx, const char *name,
                  mg_errinfo *ei);

/* A loaded font for checks before writing (single-threaded use): which characters it cannot print. */
typedef struct pd_face pd_face;

/* Load a font: MG_ERR_CONFIG naming the file when it cannot be loaded, MG_ERR_NOMEM. */
mg_error pd_face_new(const char *font, pd_face **out, mg_errinfo *ei);

/* Free a font; NULL is a no-op. */
void pd_face_free(pd_face *f);

/*
 * The first code point of the UTF-8 text (len bytes) that the font has no glyph for (U+000A '\n' is fine, a
 * TAB prints as a space), or 0 when it can print all of it. A code point above U+FFFF is always missing
 * (libharu prints it as a space). A control prints as U+FFFD, and so does a byte that is not UTF-8: when the
 * font lacks U+FFFD (Liberation Sans does), the control's code point, or 0xFFFD for the byte, is missing.
 */
uint32_t pd_face_missing(const pd_face *f, const char *text, size_t len);

/* Width callback of pd_wrap: the width of n bytes of s. */
typedef double (*pd_measure_fn)(void *ctx, const char *s, size_t n);

/*
 * Line breaking (exposed for unit tests): break text (len bytes) into lines no wider than width, with
 * measure(ctx, s, n) giving the width of n bytes; at spaces, at '\n' always, and inside a word only when a
 * word alone is wider than a line (never inside a UTF-8 sequence; at least one character per line, even when
 * that is wider). Fills start/length pairs of at most max lines (spaces at a break and at a line's end
 * dropped, spaces at the start of the text or after a '\n' kept) and returns the number of lines it needs
 * (may exceed max). Empty text, or an empty line between two '\n', is one empty line: the result is at
 * least 1.
 */
size_t pd_wrap(const char *text, size_t len, double width, pd_measure_fn measure, void *ctx, size_t *start,
               size_t *length, size_t max);

#endif
