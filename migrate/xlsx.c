/* xlsx.c — the spreadsheets of the output folder (request form, UWV follow-up, review workbook) in constant
 * memory. */
#include "xlsx.h"

#include "platform.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "ident.h"
#include "prose.h"
#include "report.h"
#include "table.h"
#include "text.h"

/*
 * Every text value is written with worksheet_write_string, never as a
 * formula: in xlsx a string cell is data and cannot be evaluated, so the
 * CSV outputs' "'" prefix against formula injection is not needed here.
 * Identifiers (LHN, KvK, gebruikersnaam) are always strings so leading zeros
 * survive; counts are numbers; dates are real dates.
 */

/* Hard limits and layout constants. */
#define XL_MAX_COLS (CAT_MAX_SERVICES + 16) /* widest sheet: the form, 8 + one column per service */
#define XL_WIDTH_MAX 60.0                   /* widest fitted column, in characters */
#define XL_WIDTH_MIN 4.0                    /* narrowest fitted column */
#define XL_WIDTH_PAD 2.0                    /* room around the longest value */
#define XL_FILTER_PAD 3.0                   /* room for the autofilter button of a header cell */
#define XL_CELL_MAX 32767                   /* Excel's limit on the text of one cell */
#define XL_CUT_MARK " [...]" /* ends a value cut to Excel's cell limit (the CSV has it whole) */
#define XL_CUT_MARK_LEN 6
#define XL_LINE_HEIGHT 15.0      /* points per line of wrapped text */
#define XL_WRAP_FILL 0.95        /* characters per unit of column width, to be safe */
#define XL_ACTION_WIDTH 90.0     /* the actie column of Opvolging: wrapped */
#define XL_PAPER_A4 9            /* libxlsxwriter paper code for A4 */
#define XL_NOTE_LABEL_WIDTH 24.0 /* label column of a Toelichting sheet */
#define XL_NOTE_TEXT_WIDTH 100.0 /* text column of a Toelichting sheet */
#define XL_DATE_FORMAT "dd-mm-yyyy"
#define XL_DATE_CHARS 10
#define XL_NAME_MAX 64   /* a sheet name with its continuation number */
#define XL_TEXT_MAX 2048 /* one sentence or joined list */
#define XL_WHY_MAX 256   /* what failed, in an error message */
#define XL_NUM_MAX 32    /* a number as text */
#define XL_SECONDS_PER_DAY 86400
#define XL_TITLE_SIZE 14       /* font size of a sheet title */
#define XL_CHART_COL 3         /* column D: right of the count tables */
#define XL_SUMMARY_HEAD_COLS 2 /* label and count */
#define XL_CHOICES_MAX 16      /* words in a drop-down list */
#define XL_CHOICES_TEXT 256    /* Excel's limit on a drop-down list, its commas included, and a NUL */

/* A workbook being written: its formats and the first error met. */
typedef struct xl_book {
    const xl_context *x;
    const char *path;
    lxw_workbook *wb;
    lxw_format *bold, *title, *date, *wrap, *top;
    char *naam;     /* the intermediary's name as the author and company properties, sanitised */
    lxw_error lerr; /* first libxlsxwriter error */
    mg_error err;   /* first error of our own */
    char why[LANG_COUNT][XL_WHY_MAX]; /* what failed, for err, in each language */
} xl_book;

/* One sheet (and its continuations): a table with a header, or a free layout. */
typedef struct xl_sheet {
    xl_book *b;
    const char *name;       /* the name of the first part */
    const char *const *hdr; /* column headers of a table, NULL for a free layout */
    size_t ncols;
    lxw_worksheet *ws;
    unsigned part; /* 1 for the first sheet, 2 for "NAME (2)" ... */
    size_t next;   /* the next row to write */
    lxw_row_t cur; /* the row being written */
    size_t max_rows;
    double width[XL_MAX_COLS];
    lxw_format *colfmt[XL_MAX_COLS];  /* a column's own format (a date to fill in), NULL = none */
    const char *choices[XL_MAX_COLS]; /* a column's drop-down list ("a, b, c"), NULL = none */
    lxw_format *cell;                 /* format of plain cells: NULL, or top-aligned beside wrapped text */
    int fixed; /* another sheet follows it already: it may not continue on a sheet of its own */
} xl_sheet;

/* The run's language. */
static mg_lang xl_lang(const xl_book *b)
{
    return b->x->cfg->lang;
}

/* Remember the first libxlsxwriter error. */
static void xl_note(xl_book *b, lxw_error e)
{
    if (e != LXW_NO_ERROR && b->lerr == LXW_NO_ERROR)
        b->lerr = e;
}

/* Copy text into why (XL_WHY_MAX bytes), cut at a character boundary when too long. */
static void xl_why(char *why, const char *text)
{
    size_t len = strlen(text);

    if (len >= XL_WHY_MAX) {
        len = XL_WHY_MAX - 1;
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
            len--;
    }
    memcpy(why, text, len);
    why[len] = '\0';
}

/* Remember the first error of our own, with what failed in Dutch and in English. */
static void xl_fail(xl_book *b, mg_error err, const char *nl, const char *en)
{
    if (b->err == MG_OK) {
        b->err = err;
        xl_why(b->why[LANG_NL], nl);
        xl_why(b->why[LANG_EN], en);
    }
}

/* Remember the first error of our own, with catalogue message id (a plain text) as what failed. */
#define XL_FAIL(b, err, id) xl_fail((b), (err), NL_##id, EN_##id)

/* Characters a UTF-8 string shows (code points, not bytes). */
static size_t xl_chars(const char *s)
{
    size_t n = 0;

    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

/* Widen a column to fit chars characters (plus pad), capped. */
static void xl_fit(xl_sheet *s, size_t col, size_t chars, double pad)
{
    double w = (double)chars + pad;

    if (col >= XL_MAX_COLS)
        return;
    if (w > XL_WIDTH_MAX)
        w = XL_WIDTH_MAX;
    if (w > s->width[col])
        s->width[col] = w;
}

/* Start a sheet part: add the worksheet and, for a table, its bold frozen header. */
static void xl_sheet_open(xl_sheet *s)
{
    char name[XL_NAME_MAX];
    size_t c;

    if (s->part <= 1)
        snprintf(name, sizeof name, "%s", s->name);
    else
        snprintf(name, sizeof name, "%s (%u)", s->name, s->part);
    memset(s->width, 0, sizeof s->width);
    memset(s->colfmt, 0, sizeof s->colfmt);
    memset(s->choices, 0, sizeof s->choices);
    s->next = 0;
    s->ws = workbook_add_worksheet(s->b->wb, name);
    if (!s->ws) {
        XL_FAIL(s->b, MG_ERR_WRITE, MSG_XL_NO_SHEET);
        return;
    }
    /* Printed (or turned into PDF): A4 landscape, one page wide, sheet name and page numbers in the footer.
     */
    worksheet_set_landscape(s->ws);
    worksheet_set_paper(s->ws, XL_PAPER_A4);
    worksheet_fit_to_pages(s->ws, 1, 0);
    xl_note(s->b, worksheet_set_footer(s->ws, MG_TEXT(xl_lang(s->b), MSG_XL_FOOTER)));
    if (!s->hdr)
        return;
    xl_note(s->b, worksheet_repeat_rows(s->ws, 0, 0));
    for (c = 0; c < s->ncols; c++) {
        xl_note(s->b, worksheet_write_string(s->ws, 0, (lxw_col_t)c, s->hdr[c], s->b->bold));
        xl_fit(s, c, xl_chars(s->hdr[c]), XL_WIDTH_PAD + XL_FILTER_PAD);
    }
    worksheet_freeze_panes(s->ws, 1, 0);
    s->next = 1;
}

/* A drop-down list of the words in choices ("a, b, c") over rows first..last of column col. */
static void xl_choices(xl_sheet *s, size_t col, lxw_row_t first, lxw_row_t last, const char *choices)
{
    char text[XL_CHOICES_TEXT], *list[XL_CHOICES_MAX + 1], *q;
    lxw_data_validation dv;
    size_t n = 0;

    if (strlen(choices) >= sizeof text) {
        XL_FAIL(s->b, MG_ERR_INTERNAL, MSG_XL_CHOICES_TOO_LONG);
        return;
    }
    memcpy(text, choices, strlen(choices) + 1);
    for (q = text; q && n < XL_CHOICES_MAX;) {
        char *comma = strchr(q, ','), *end;
        if (comma)
            *comma = '\0';
        while (*q == ' ')
            q++;
        end = q + strlen(q);
        while (end > q && end[-1] == ' ')
            *--end = '\0';
        if (*q)
            list[n++] = q;
        q = comma ? comma + 1 : NULL;
    }
    list[n] = NULL;
    if (!n)
        return;
    memset(&dv, 0, sizeof dv);
    dv.validate = LXW_VALIDATION_TYPE_LIST;
    dv.value_list = list;
    xl_note(s->b, worksheet_data_validation_range(s->ws, first, (lxw_col_t)col, last, (lxw_col_t)col, &dv));
}

/*
 * End a sheet part: column widths and, for a table, the autofilter over the
 * data and the drop-down lists of the columns to fill in. In constant-memory mode the <cols> element is
 * written when the workbook is assembled, so setting widths after the rows works (checked by the unit test
 * and the interop test).
 */
static void xl_sheet_close(xl_sheet *s)
{
    size_t c;

    if (!s->ws)
        return;
    for (c = 0; c < XL_MAX_COLS; c++)
        if (s->width[c] > 0)
            xl_note(s->b, worksheet_set_column(s->ws, (lxw_col_t)c, (lxw_col_t)c,
                                               s->width[c] < XL_WIDTH_MIN ? XL_WIDTH_MIN : s->width[c],
                                               s->colfmt[c]));
    if (s->hdr && s->ncols)
        xl_note(s->b, worksheet_autofilter(s->ws, 0, 0, (lxw_row_t)(s->next - 1), (lxw_col_t)(s->ncols - 1)));
    for (c = 0; c < XL_MAX_COLS && s->hdr && s->next > 1; c++)
        if (s->choices[c])
            xl_choices(s, c, 1, (lxw_row_t)(s->next - 1), s->choices[c]);
    s->ws = NULL;
}

/* Rows a sheet of a table holds, its header included (free layouts are short: XL_MAX_ROWS). */
static size_t xl_max_rows(const xl_book *b, int table)
{
    size_t max = table && b->x->max_rows ? b->x->max_rows : XL_MAX_ROWS;

    if (max < 2)
        max = 2; /* a header and at least one data row */
    return max > XL_MAX_ROWS ? XL_MAX_ROWS : max;
}

/* Begin a sheet; hdr (ncols names) makes it a table that continues on "NAME (2)" when full. */
static void xl_sheet_begin(xl_sheet *s, xl_book *b, const char *name, const char *const *hdr, size_t ncols)
{
    memset(s, 0, sizeof *s);
    s->b = b;
    s->name = name;
    s->hdr = hdr;
    s->ncols = ncols;
    s->part = 1;
    s->max_rows = xl_max_rows(b, hdr != NULL);
    xl_sheet_open(s);
}

/* Start the next row; a full table goes on in a new sheet with the header repeated. */
static void xl_row(xl_sheet *s)
{
    if (pf_signal_pending())
        XL_FAIL(s->b, MG_ERR_INTERRUPTED, MSG_ERR_INTERRUPTED);
    if (s->next >= s->max_rows) {
        if (!s->hdr || s->fixed) {
            /* a fixed sheet was counted to fit: reaching its end is a bug, not the data's fault */
            XL_FAIL(s->b, s->fixed ? MG_ERR_INTERNAL : MG_ERR_WRITE, MSG_XL_TOO_MANY_ROWS);
            return;
        }
        xl_sheet_close(s);
        s->part++;
        xl_sheet_open(s);
    }
    s->cur = (lxw_row_t)s->next++;
}

/* Leave a row empty (free layouts). */
static void xl_skip(xl_sheet *s)
{
    s->next++;
}

/* Write a string cell: control characters and characters XML forbids become U+FFFD (a part stays XML). */
static void xl_write_string(xl_sheet *s, lxw_row_t row, lxw_col_t col, const char *v, lxw_format *fmt)
{
    size_t len = strlen(v);
    char *clean;

    if (tx_clean(v, len, 0)) {
        xl_note(s->b, worksheet_write_string(s->ws, row, col, v, fmt));
        return;
    }
    clean = tx_sanitise_dup(v, len, 0, NULL);
    if (!clean) {
        XL_FAIL(s->b, MG_ERR_NOMEM, MSG_OUT_OF_MEMORY);
        return;
    }
    xl_note(s->b, worksheet_write_string(s->ws, row, col, clean, fmt));
    free(clean);
}

/* A string cell (NULL = empty) with a format (NULL = default); fitted unless wrapped. */
static void xl_str_fmt(xl_sheet *s, size_t col, const char *v, lxw_format *fmt)
{
    if (!s->ws)
        return;
    if (!v)
        v = "";
    if (!fmt) {
        if (!*v)
            return; /* an empty value is an empty cell, not a styled blank */
        fmt = s->cell;
    }
    if (strlen(v) > XL_CELL_MAX) {
        /* Excel holds at most 32,767 characters in a cell: cut at a character boundary and say so. */
        char *cut = malloc(XL_CELL_MAX + 1);
        size_t n = XL_CELL_MAX - XL_CUT_MARK_LEN;
        if (!cut) {
            XL_FAIL(s->b, MG_ERR_NOMEM, MSG_OUT_OF_MEMORY);
            return;
        }
        while (n > 0 && ((unsigned char)v[n] & 0xC0) == 0x80)
            n--;
        memcpy(cut, v, n);
        memcpy(cut + n, XL_CUT_MARK, XL_CUT_MARK_LEN + 1);
        xl_write_string(s, s->cur, (lxw_col_t)col, cut, fmt);
        free(cut);
        return;
    }
    xl_write_string(s, s->cur, (lxw_col_t)col, v, fmt);
    if (fmt != s->b->wrap)
        xl_fit(s, col, xl_chars(v), XL_WIDTH_PAD);
}

/* Give the current row room for text of chars characters wrapped in a column of width characters. */
static void xl_row_fit(xl_sheet *s, size_t chars, double width)
{
    size_t per = (size_t)(width * XL_WRAP_FILL);
    size_t lines = per ? (chars + per - 1) / per : 1;

    if (!s->ws || lines <= 1)
        return;
    xl_note(s->b, worksheet_set_row(s->ws, s->cur, XL_LINE_HEIGHT * (double)lines, NULL));
}

/* A string cell in the default format. */
static void xl_str(xl_sheet *s, size_t col, const char *v)
{
    xl_str_fmt(s, col, v, NULL);
}

/* A number cell. */
static void xl_num(xl_sheet *s, size_t col, double v)
{
    char buf[XL_NUM_MAX];

    if (!s->ws)
        return;
    xl_note(s->b, worksheet_write_number(s->ws, s->cur, (lxw_col_t)col, v, s->cell));
    snprintf(buf, sizeof buf, "%.15g", v);
    xl_fit(s, col, strlen(buf), XL_WIDTH_PAD);
}

/* A date cell (days since 1970-01-01), shown dd-mm-yyyy. */
static void xl_date(xl_sheet *s, size_t col, int32_t days)
{
    lxw_datetime dt;

    if (!s->ws)
        return;
    memset(&dt, 0, sizeof dt);
    id_civil_from_days(days, &dt.year, &dt.month, &dt.day);
    xl_note(s->b, worksheet_write_datetime(s->ws, s->cur, (lxw_col_t)col, &dt, s->b->date));
    xl_fit(s, col, XL_DATE_CHARS, XL_WIDTH_PAD);
}

/* A blank date cell for the reader to fill in: a date typed into it is a real date. */
static void xl_fill_date(xl_sheet *s, size_t col)
{
    if (!s->ws || col >= XL_MAX_COLS)
        return;
    xl_note(s->b, worksheet_write_blank(s->ws, s->cur, (lxw_col_t)col, s->b->date));
    s->colfmt[col] = s->b->date;
    xl_fit(s, col, XL_DATE_CHARS, XL_WIDTH_PAD);
}

/* A blank cell for the reader to pick one of choices ("a, b, c") from a drop-down list (made when the sheet
 * part ends, over all its rows). */
static void xl_fill_choice(xl_sheet *s, size_t col, const char *choices)
{
    if (!s->ws || col >= XL_MAX_COLS || !choices)
        return;
    s->choices[col] = choices;
    while (*choices) { /* wide enough for the longest word */
        size_t n = strcspn(choices, ","), lead = strspn(choices, " ");
        char word[XL_CHOICES_TEXT];
        snprintf(word, sizeof word, "%.*s", (int)(n > lead ? n - lead : 0), choices + lead);
        xl_fit(s, col, xl_chars(word), XL_WIDTH_PAD + XL_FILTER_PAD);
        choices += n + (choices[n] == ',');
    }
}

/* A line of explanation on a Toelichting sheet: a label in column A, the text (wrapped) in column B. */
static void xl_say(xl_sheet *s, const char *label, const char *text)
{
    xl_row(s);
    xl_row_fit(s, xl_chars(text), XL_NOTE_TEXT_WIDTH);
    if (label)
        xl_str_fmt(s, 0, label, s->b->wrap);
    xl_str_fmt(s, 1, text, s->b->wrap);
}

/* A heading on a free-layout sheet (bold, column A; not fitted: it may run over the next columns). */
static void xl_heading(xl_sheet *s, const char *text, int title)
{
    xl_row(s);
    if (s->ws)
        xl_write_string(s, s->cur, 0, text, title ? s->b->title : s->b->bold);
}

/* Fixed widths of a Toelichting sheet (label and text columns). */
static void xl_note_widths(xl_sheet *s)
{
    s->width[0] = XL_NOTE_LABEL_WIDTH;
    s->width[1] = XL_NOTE_TEXT_WIDTH;
}

/* The `created` property: SOURCE_DATE_EPOCH when set, else ingangsdatum at 00:00 UTC. */
static time_t xl_created(const mg_config *cfg)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    long v;
    time_t t;

    if (sde && id_parse_count(sde, strlen(sde), &v) == 0)
        t = (time_t)v;
    else
        t = (time_t)cfg->ingangsdatum * XL_SECONDS_PER_DAY;
    return t != 0 ? t : 1; /* 0 would make libxlsxwriter use the current time */
}

/* workbook_close under the context's close lock (libxlsxwriter's gmtime() is shared by all threads). */
static lxw_error xl_workbook_close(const xl_context *x, lxw_workbook *wb)
{
    lxw_error le;

    if (x->close_lock)
        pthread_mutex_lock(x->close_lock);
    le = workbook_close(wb);
    if (x->close_lock)
        pthread_mutex_unlock(x->close_lock);
    return le;
}

/* Create a workbook in constant-memory mode with its formats and document properties. */
static mg_error xl_open(xl_book *b, const xl_context *x, const char *path, const char *title, mg_errinfo *ei)
{
    lxw_workbook_options opt;
    lxw_doc_properties props;

    memset(b, 0, sizeof *b);
    b->x = x;
    b->path = path;
    memset(&opt, 0, sizeof opt);
    opt.constant_memory = LXW_TRUE;
    opt.tmpdir = (char *)x->tmpdir;
    b->wb = workbook_new_opt(path, &opt);
    if (!b->wb)
        return MG_FAIL(ei, MG_ERR_WRITE, path, 0, MSG_XL_CREATE, strerror(errno));
    b->bold = workbook_add_format(b->wb);
    b->title = workbook_add_format(b->wb);
    b->date = workbook_add_format(b->wb);
    b->wrap = workbook_add_format(b->wb);
    b->top = workbook_add_format(b->wb);
    if (!b->bold || !b->title || !b->date || !b->wrap || !b->top) {
        xl_workbook_close(x, b->wb);
        b->wb = NULL;
        unlink(path);
        return MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
    }
    format_set_align(b->top, LXW_ALIGN_VERTICAL_TOP);
    format_set_bold(b->bold);
    format_set_bold(b->title);
    format_set_font_size(b->title, XL_TITLE_SIZE);
    format_set_num_format(b->date, XL_DATE_FORMAT);
    format_set_align(b->date, LXW_ALIGN_LEFT);
    format_set_text_wrap(b->wrap);
    format_set_align(b->wrap, LXW_ALIGN_VERTICAL_TOP);
    memset(&props, 0, sizeof props);
    props.title = (char *)title;
    b->naam = tx_sanitise_dup(x->cfg->naam, strlen(x->cfg->naam), 0, NULL);
    if (!b->naam) {
        xl_workbook_close(x, b->wb);
        b->wb = NULL;
        unlink(path);
        return MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
    }
    props.author = b->naam;
    props.company = b->naam;
    props.comments = (char *)"migrate";
    props.created = xl_created(x->cfg);
    xl_note(b, workbook_set_properties(b->wb, &props));
    return MG_OK;
}

/* Close the workbook (writing the file), make it 0600 and durable; report the first error. */
static mg_error xl_close(xl_book *b, mg_errinfo *ei)
{
    lxw_error le = xl_workbook_close(b->x, b->wb);
    int fd;

    b->wb = NULL;
    free(b->naam);
    b->naam = NULL;
    if (b->err != MG_OK || b->lerr != LXW_NO_ERROR || le != LXW_NO_ERROR) {
        unlink(b->path);
        if (b->err == MG_ERR_NOMEM)
            return MG_FAIL(ei, MG_ERR_NOMEM, b->path, 0, MSG_OUT_OF_MEMORY);
        if (b->err != MG_OK) {
            /* what failed is in each language: format each language with its own */
            MG_FAIL(ei, b->err, b->path, 0, MSG_XL_WRITE, b->why[LANG_NL]);
            if (ei)
                snprintf(ei->msg[LANG_EN], sizeof ei->msg[LANG_EN], MG_FMT(LANG_EN, MSG_XL_WRITE),
                         b->why[LANG_EN]);
            return b->err;
        }
        return MG_FAIL(ei, MG_ERR_WRITE, b->path, 0, MSG_XL_WRITE,
                       lxw_strerror(b->lerr != LXW_NO_ERROR ? b->lerr : le));
    }
    if (pf_private_file(b->path) != 0)
        return MG_FAIL(ei, MG_ERR_WRITE, b->path, 0, MSG_XL_CHMOD, strerror(errno));
    fd = pf_open_sync(b->path);
    if (fd < 0)
        return MG_FAIL(ei, MG_ERR_WRITE, b->path, 0, MSG_XL_REOPEN, strerror(errno));
    if (pf_sync(fd) != 0) {
        int e = errno;
        close(fd);
        return MG_FAIL(ei, MG_ERR_WRITE, b->path, 0, MSG_XL_FSYNC, strerror(e));
    }
    close(fd);
    return MG_OK;
}

/* A worksheet as a table sink. */
typedef struct xl_sink {
    tb_sink base;
    xl_sheet s;
    const char *hdr[TB_MAX_COLS]; /* the column headers (s.hdr) */
} xl_sink;

/* Worksheet sink: the header is written when the sheet begins (and again on each continuation sheet). */
static void xl_sink_head(tb_sink *sink, const char *const *names, size_t n)
{
    (void)sink, (void)names, (void)n;
}

/* Worksheet sink: one row. Identifiers and text are strings, counts numbers (negative = empty), dates real
 * dates; a wrapped sentence sets the row's height and keeps its column at a fixed width; a date to fill in
 * is a blank date cell, a word to pick a blank cell under a drop-down list. */
static void xl_sink_row(tb_sink *sink, const tb_cell *cells, size_t n)
{
    xl_sheet *s = &((xl_sink *)sink)->s;
    size_t c;

    xl_row(s);
    for (c = 0; c < n; c++)
        if (cells[c].type == TB_WRAP && cells[c].s)
            xl_row_fit(s, xl_chars(cells[c].s), XL_ACTION_WIDTH);
    for (c = 0; c < n; c++) {
        switch (cells[c].type) {
        case TB_COUNT:
            if (cells[c].n >= 0)
                xl_num(s, c, (double)cells[c].n);
            break;
        case TB_DATE:
            if (cells[c].days != TB_NO_DATE)
                xl_date(s, c, cells[c].days);
            break;
        case TB_WRAP:
            xl_str_fmt(s, c, cells[c].s, s->b->wrap);
            if (c < XL_MAX_COLS)
                s->width[c] = XL_ACTION_WIDTH;
            break;
        case TB_FILL_DATE:
            xl_fill_date(s, c);
            break;
        case TB_FILL_CHOICE:
            xl_fill_choice(s, c, cells[c].s);
            break;
        default:
            xl_str(s, c, cells[c].s);
            break;
        }
    }
}

/* Begin the sheet of a table (its header row); a sheet with a wrapped column has its other cells
 * top-aligned. 0 when the table is too wide (the book's error is set). */
static int xl_table_begin(xl_book *b, const tb_table *t, xl_sink *sink)
{
    const xl_context *x = b->x;
    tb_env env = {x->cfg, x->cat, x->p, NULL, x->status, NULL};
    size_t n;

    if (tb_width(t, &env) > TB_MAX_COLS || tb_width(t, &env) > XL_MAX_COLS) {
        XL_FAIL(b, MG_ERR_INTERNAL, MSG_XL_TOO_MANY_COLS);
        return 0;
    }
    n = tb_headers(t, &env, 1, sink->hdr, TB_MAX_COLS);
    sink->base.head = xl_sink_head;
    sink->base.row = xl_sink_row;
    xl_sheet_begin(&sink->s, b, t->sheet, sink->hdr, n);
    if (tb_has_type(t, TB_WRAP))
        sink->s.cell = b->top;
    return 1;
}

/* Write the rows of a begun table sheet and end it (errors go to the sheet's book). */
static void xl_table_rows(xl_sink *sink, const tb_table *t)
{
    xl_book *b = sink->s.b;
    const xl_context *x = b->x;
    tb_env env = {x->cfg, x->cat, x->p, NULL, x->status, NULL};
    mg_errinfo ei;
    mg_error err;

    memset(&ei, 0, sizeof ei);
    err = t->walk(t, &env, &sink->base, &ei);
    if (err)
        xl_fail(b, err, ei.msg[LANG_NL][0] ? ei.msg[LANG_NL] : mg_strerror_lang(err, LANG_NL),
                ei.msg[LANG_EN][0] ? ei.msg[LANG_EN] : mg_strerror_lang(err, LANG_EN));
    xl_sheet_close(&sink->s);
}

/* A table sheet from its description. */
static void xl_table(xl_book *b, const tb_table *t)
{
    xl_sink sink;

    if (xl_table_begin(b, t, &sink))
        xl_table_rows(&sink, t);
}

/* A Toelichting sheet: section toelichting of text file f (formats/teksten/), its placeholders filled. */
static void xl_notes(xl_book *b, ps_file f, const char *const vals[PS_PH_COUNT],
                     void (*extra)(xl_book *b, xl_sheet *s))
{
    const ps_section *sec =
        ps_section_get(b->x->cat ? b->x->cat->prose : NULL, xl_lang(b), f, PS_SECTION_NOTES);
    char label[XL_TEXT_MAX], text[XL_TEXT_MAX];
    xl_sheet s;
    size_t i;

    if (!sec) {
        XL_FAIL(b, MG_ERR_INTERNAL, MSG_XL_NO_TEXTS);
        return;
    }
    xl_sheet_begin(&s, b, "Toelichting", NULL, 0);
    xl_note_widths(&s);
    for (i = 0; i < sec->nitems; i++) {
        const ps_item *it = &sec->items[i];

        ps_expand(it->text, vals, text, sizeof text);
        if (it->kind == PS_TITLE || it->kind == PS_HEADING) {
            xl_heading(&s, text, it->kind == PS_TITLE);
        } else if (it->kind == PS_EMPTY) {
            xl_skip(&s);
        } else {
            if (it->label)
                ps_expand(it->label, vals, label, sizeof label);
            xl_say(&s, it->label ? label : NULL, text);
        }
    }
    if (extra)
        extra(b, &s);
    xl_sheet_close(&s);
}

/* The legend of the form's service columns: each code with the service's full name. */
static void xl_form_legend(xl_book *b, xl_sheet *s)
{
    const catalog *cat = b->x->cat;
    size_t k;

    if (!cat)
        return;
    xl_skip(s);
    xl_heading(s, MG_TEXT(xl_lang(b), MSG_XL_SERVICES_LEGEND), 0);
    for (k = 0; k < cat->nservices; k++)
        xl_say(s, cat->services[k].code, cat->services[k].naam);
}

/* Sheet Toelichting of the form workbook: what the supplier, the client and the intermediary do. */
static void xl_form_notes(xl_book *b)
{
    const mg_config *cfg = b->x->cfg;
    const cat_supplier *sup =
        b->x->cat ? cat_supplier_find(b->x->cat, cfg->leverancier, strlen(cfg->leverancier)) : NULL;
    const char *vals[PS_PH_COUNT] = {0};
    char d1[11], d2[11];

    id_format_dmy(cfg->ingangsdatum, d1);
    id_format_dmy(tb_einddatum(cfg), d2);
    vals[PS_PH_NAAM] = cfg->naam;
    vals[PS_PH_KVK] = cfg->kvk;
    vals[PS_PH_INGANGSDATUM] = d1;
    vals[PS_PH_EINDDATUM] = d2;
    vals[PS_PH_LEVERANCIER] = sup ? sup->naam : cfg->leverancier;
    vals[PS_PH_PROCES] =
        sup && sup->proces && sup->proces[0] ? sup->proces : MG_TEXT(xl_lang(b), MSG_XL_NOT_DESCRIBED);
    vals[PS_PH_BIJLAGEN] =
        sup && sup->bijlagen && sup->bijlagen[0] ? sup->bijlagen : MG_TEXT(xl_lang(b), MSG_XL_NOT_DESCRIBED);
    xl_notes(b, PS_FORM_NOTES, vals, xl_form_legend);
}

/* ketenmachtigingen-formulier.xlsx. */
mg_error xl_formulier(const char *path, const xl_context *x, mg_errinfo *ei)
{
    xl_book b;
    mg_error err = xl_open(&b, x, path, MG_TEXT(x->cfg->lang, MSG_XL_TITLE_FORM), ei);

    if (err)
        return err;
    xl_table(&b, &tb_formulier);
    xl_form_notes(&b);
    return xl_close(&b, ei);
}

/* Sheet Toelichting of the follow-up workbook: the phone route and what each kind means. */
static void xl_follow_notes(xl_book *b)
{
    const char *vals[PS_PH_COUNT] = {0};

    vals[PS_PH_KEUZES] = MG_TEXT(xl_lang(b), MSG_TABLE_STATUS_CHOICES);
    xl_notes(b, PS_FOLLOW_NOTES, vals, NULL);
}

/* uwv-opvolging.xlsx. */
mg_error xl_opvolging(const char *path, const xl_context *x, mg_errinfo *ei)
{
    xl_book b;
    mg_error err = xl_open(&b, x, path, MG_TEXT(x->cfg->lang, MSG_XL_TITLE_FOLLOW), ei);

    if (err)
        return err;
    xl_table(&b, &tb_opvolging);
    xl_follow_notes(&b);
    return xl_close(&b, ei);
}

/* A table header row of a free layout (bold). */
static void xl_head_row(xl_sheet *s, const char *const *cells, size_t n)
{
    size_t c;

    xl_row(s);
    for (c = 0; c < n; c++)
        xl_str_fmt(s, c, cells[c], s->b->bold);
    for (c = 0; c < n; c++)
        xl_fit(s, c, xl_chars(cells[c]), XL_WIDTH_PAD);
}

/* A label and a count. */
static void xl_count_row(xl_sheet *s, const char *label, size_t n)
{
    xl_row(s);
    xl_str(s, 0, label);
    xl_num(s, 1, (double)n);
}

/* A column chart over the count cells of rows first..last, titled and its series named by messages. */
static void xl_count_chart(xl_sheet *s, lxw_row_t first, lxw_row_t last, lxw_row_t at, mg_msg title,
                           mg_msg series)
{
    xl_book *b = s->b;
    lxw_chart *ch = workbook_add_chart(b->wb, LXW_CHART_COLUMN);
    lxw_chart_series *se;

    if (!ch) {
        XL_FAIL(b, MG_ERR_NOMEM, MSG_OUT_OF_MEMORY);
        return;
    }
    se = chart_add_series(ch, NULL, NULL);
    if (!se) {
        XL_FAIL(b, MG_ERR_NOMEM, MSG_OUT_OF_MEMORY);
        return;
    }
    chart_series_set_categories(se, s->name, first, 0, last, 0);
    chart_series_set_values(se, s->name, first, 1, last, 1);
    chart_series_set_name(se, msg_text(series, xl_lang(b)));
    chart_series_set_labels(se);
    chart_title_set_name(ch, msg_text(title, xl_lang(b)));
    chart_legend_set_position(ch, LXW_CHART_LEGEND_NONE);
    xl_note(b, worksheet_insert_chart(s->ws, at, XL_CHART_COL, ch));
}

static void xl_files(xl_sheet *s);

/* Start a Samenvatting sheet: its title, then the intermediary's name, KvK and supplier. */
static void xl_summary_begin(xl_sheet *s, xl_book *b, mg_msg title)
{
    const mg_config *cfg = b->x->cfg;

    xl_sheet_begin(s, b, "Samenvatting", NULL, 0);
    xl_heading(s, msg_text(title, xl_lang(b)), 1);
    xl_row(s);
    xl_str(s, 0, MG_TEXT(xl_lang(b), MSG_XL_INTERMEDIARY));
    xl_str(s, 1, cfg->naam);
    xl_row(s);
    xl_str(s, 0, MG_TEXT(xl_lang(b), MSG_XL_KVK));
    xl_str(s, 1, cfg->kvk);
    xl_row(s);
    xl_str(s, 0, MG_TEXT(xl_lang(b), MSG_XL_SUPPLIER));
    xl_str(s, 1, cfg->leverancier);
}

/* Sheet Samenvatting: the run, counts per route, follow-up kind, staff action and severity, the ledger, a
 * chart. */
static void xl_summary(xl_book *b)
{
    const mg_config *cfg = b->x->cfg;
    const mg_portfolio *p = b->x->p;
    const char *head[XL_SUMMARY_HEAD_COLS];
    xl_sheet s;
    lxw_row_t first;
    int r;

    xl_summary_begin(&s, b, MSG_XL_TITLE_OVERVIEW);
    xl_row(&s);
    xl_str(&s, 0, MG_TEXT(xl_lang(b), MSG_XL_START_DATE));
    xl_date(&s, 1, cfg->ingangsdatum);
    xl_row(&s);
    xl_str(&s, 0, MG_TEXT(xl_lang(b), MSG_XL_END_DATE));
    xl_date(&s, 1, tb_einddatum(cfg));
    xl_skip(&s);

    head[0] = "route";
    head[1] = MG_TEXT(xl_lang(b), MSG_XL_HEAD_CLIENTS);
    xl_head_row(&s, head, XL_SUMMARY_HEAD_COLS);
    first = (lxw_row_t)s.next;
    for (r = RT_BEHEERMODULE; r < RT_COUNT; r++)
        xl_count_row(&s, rp_route_label((mg_route)r, xl_lang(b)), p->route_count[r]);
    /* top beside the header row */
    xl_count_chart(&s, first, s.cur, first - 1, MSG_XL_CHART_TITLE, MSG_XL_CHART_SERIES);
    xl_skip(&s);

    head[0] = "soort";
    head[1] = MG_TEXT(xl_lang(b), MSG_XL_HEAD_FOLLOWUPS);
    xl_head_row(&s, head, XL_SUMMARY_HEAD_COLS);
    for (r = 0; r < FU_COUNT; r++)
        xl_count_row(&s, rp_followkind_label(r, xl_lang(b)), p->follow_count[r]);
    xl_skip(&s);

    head[0] = "actie";
    head[1] = MG_TEXT(xl_lang(b), MSG_XL_HEAD_STAFF);
    xl_head_row(&s, head, XL_SUMMARY_HEAD_COLS);
    for (r = 0; r < ACT_COUNT; r++)
        xl_count_row(&s, rp_action_label((mg_action)r, xl_lang(b)), p->action_count[r]);
    xl_skip(&s);

    head[0] = "ernst";
    head[1] = MG_TEXT(xl_lang(b), MSG_XL_HEAD_FINDINGS);
    xl_head_row(&s, head, XL_SUMMARY_HEAD_COLS);
    for (r = FD_FOUT; r <= FD_INFO; r++)
        xl_count_row(&s, fd_severity_name((fd_severity)r, cfg->lang),
                     fd_count_severity(&p->findings, (fd_severity)r));
    xl_skip(&s);

    xl_files(&s);
    xl_sheet_close(&s);
}

/* The input files read and what became of their rows (every file slot in use, registrations exports too). */
static void xl_files(xl_sheet *s)
{
    xl_book *b = s->b;
    const mg_config *cfg = b->x->cfg;
    const mg_portfolio *p = b->x->p;
    const char *lhead[4 + OC_COUNT];
    int r, f;
    size_t i;

    xl_heading(s, MG_TEXT(xl_lang(b), MSG_XL_FILES_HEADING), 0);
    lhead[0] = MG_TEXT(xl_lang(b), MSG_XL_COL_FILE);
    lhead[1] = MG_TEXT(xl_lang(b), MSG_XL_COL_DELIMITER);
    lhead[2] = MG_TEXT(xl_lang(b), MSG_XL_COL_ENCODING);
    lhead[3] = MG_TEXT(xl_lang(b), MSG_XL_COL_READ);
    for (r = OC_GEBRUIKT; r < OC_COUNT; r++)
        lhead[3 + r] = rp_outcome_label((mg_outcome)r, xl_lang(b));
    xl_head_row(s, lhead, 3 + OC_COUNT);
    for (f = 0; f < MG_FILE_SLOTS; f++) {
        const mg_ledger *l = &p->ledger[f];
        const mg_fileinfo *fi = &p->files[f];
        size_t count[OC_COUNT];
        if (!fi->read && l->n == 0)
            continue;
        memset(count, 0, sizeof count);
        for (i = 0; i < l->n; i++)
            if (l->v[i].outcome < OC_COUNT)
                count[l->v[i].outcome]++;
        xl_row(s);
        xl_str(s, 0, tb_file_name(p, f));
        xl_str(s, 1, cr_delimiter_name(fi->info.delimiter, cfg->lang));
        xl_str(s, 2, cr_encoding_name(fi->info.encoding));
        xl_num(s, 3, (double)l->n);
        for (r = OC_GEBRUIKT; r < OC_COUNT; r++)
            xl_num(s, (size_t)(3 + r), (double)count[r]);
    }
}

/* Sheet Samenvatting of status.xlsx: the run, counts per status with a chart, the share of clients whose
 * every needed service is registered, the files read. */
static void xl_status_summary(xl_book *b)
{
    const tb_status_ctx *sc = b->x->status;
    const st_result *st = sc->st;
    const char *head[XL_SUMMARY_HEAD_COLS];
    char share[RP_SHARE_MAX];
    xl_sheet s;
    lxw_row_t first;
    int r;

    xl_summary_begin(&s, b, MSG_XL_TITLE_STATUS);
    xl_row(&s);
    xl_str(&s, 0, MG_TEXT(xl_lang(b), MSG_XL_STATUS_DATE));
    xl_date(&s, 1, sc->today);
    xl_skip(&s);

    head[0] = "status";
    head[1] = MG_TEXT(xl_lang(b), MSG_XL_HEAD_PAIRS);
    xl_head_row(&s, head, XL_SUMMARY_HEAD_COLS);
    first = (lxw_row_t)s.next;
    for (r = 0; r < ST_COUNT; r++)
        xl_count_row(&s, st_status_name((st_status)r), st->count[r]);
    xl_count_chart(&s, first, s.cur, first - 1, MSG_XL_STATUS_CHART_TITLE, MSG_XL_HEAD_PAIRS);
    xl_skip(&s);

    xl_count_row(&s, MG_TEXT(xl_lang(b), MSG_XL_CLIENTS_NEEDING), st->clients);
    xl_count_row(&s, MG_TEXT(xl_lang(b), MSG_XL_CLIENTS_REGISTERED), st->clients_registered);
    xl_row(&s);
    xl_str(&s, 0, MG_TEXT(xl_lang(b), MSG_XL_CLIENTS_SHARE));
    if (st->clients)
        xl_str(&s, 1, rp_share(st->clients_registered, st->clients, xl_lang(b), share));
    xl_skip(&s);
    xl_files(&s);
    xl_sheet_close(&s);
}

/* status.xlsx. */
mg_error xl_status(const char *path, const xl_context *x, mg_errinfo *ei)
{
    xl_book b;
    mg_error err;

    if (!x->status)
        return MG_FAIL(ei, MG_ERR_INTERNAL, path, 0, MSG_OUT_OF_MEMORY);
    err = xl_open(&b, x, path, MG_TEXT(x->cfg->lang, MSG_XL_TITLE_STATUS), ei);
    if (err)
        return err;
    xl_status_summary(&b);
    xl_table(&b, &tb_status);
    return xl_close(&b, ei);
}

/* The last sheet of the review workbook, written on a thread of its own beside the one before it. */
typedef struct xl_side {
    xl_book book; /* the workbook's formats, with errors of its own (merged after the join) */
    xl_sink sink;
    const tb_table *t;
} xl_side;

/* Thread body: the rows of the side sheet. */
static void *xl_side_run(void *arg)
{
    xl_side *side = arg;

    xl_table_rows(&side->sink, side->t);
    return NULL;
}

/* Whether a table of rows rows fits on one sheet of book b with its header (no continuation sheet). */
static int xl_fits(const xl_book *b, size_t rows)
{
    return rows < xl_max_rows(b, 1);
}

/* Whether a table's cells use no format but the default (text, identifiers, flags, counts, records): its
 * only format is the header's bold. */
static int xl_plain(const tb_table *t)
{
    return !tb_has_type(t, TB_DATE) && !tb_has_type(t, TB_WRAP) && !tb_has_type(t, TB_FILL_DATE) &&
           !tb_has_type(t, TB_FILL_CHOICE);
}

/*
 * The sheets Bevindingen and Medewerkers, each written by its own thread. libxlsxwriter keeps a
 * constant-memory sheet's rows in a file of its own, so two sheets of one workbook can be written at the
 * same time when nothing the workbook shares changes meanwhile: both sheets are added first (their order is
 * fixed then), neither may continue on a sheet of its own (both tables fit on one sheet: counted before),
 * their cells use no format but the header's bold and the default, and bold has its style index before
 * the threads start (libxlsxwriter gives a format its index on first use, in a table the workbook
 * shares). Otherwise, or when no thread can be started, the sheets are written one after the other; the
 * file is the same either way.
 */
static void xl_findings_and_staff(xl_book *b)
{
    const mg_portfolio *p = b->x->p;
    xl_sink first;
    xl_side side;
    pthread_t th;

    if (!xl_fits(b, fd_total(&p->findings)) || !xl_fits(b, p->nusers) || !xl_plain(&tb_bevindingen) ||
        !xl_plain(&tb_medewerkers)) {
        xl_table(b, &tb_bevindingen);
        xl_table(b, &tb_medewerkers);
        return;
    }
    if (!xl_table_begin(b, &tb_bevindingen, &first))
        return;
    first.s.fixed = 1;
    side.book = *b;
    side.book.lerr = LXW_NO_ERROR;
    side.book.err = MG_OK;
    side.t = &tb_medewerkers;
    if (!xl_table_begin(&side.book, side.t, &side.sink)) {
        xl_table_rows(&first, &tb_bevindingen);
        goto merge;
    }
    side.sink.s.fixed = 1;
    (void)lxw_format_get_xf_index(b->bold);
    if (b->x->one_thread || b->err != MG_OK || side.book.err != MG_OK ||
        pthread_create(&th, NULL, xl_side_run, &side) != 0) {
        xl_table_rows(&first, &tb_bevindingen);
        xl_table_rows(&side.sink, side.t);
        goto merge;
    }
    xl_table_rows(&first, &tb_bevindingen);
    pthread_join(th, NULL);
merge:
    xl_note(b, side.book.lerr);
    if (side.book.err != MG_OK && b->err == MG_OK) {
        b->err = side.book.err;
        memcpy(b->why, side.book.why, sizeof b->why);
    }
}

/* overzicht.xlsx. */
mg_error xl_overzicht(const char *path, const xl_context *x, mg_errinfo *ei)
{
    xl_book b;
    mg_error err = xl_open(&b, x, path, MG_TEXT(x->cfg->lang, MSG_XL_TITLE_OVERVIEW), ei);

    if (err)
        return err;
    xl_summary(&b);
    xl_table(&b, &tb_per_lhn);
    xl_findings_and_staff(&b);
    return xl_close(&b, ei);
}

/* A workbook holding one table on a sheet of its own (the table's sheet name), titled by it. */
mg_error xl_table_book(const char *path, const xl_context *x, const tb_table *t, mg_errinfo *ei)
{
    xl_book b;
    mg_error err = xl_open(&b, x, path, t->sheet, ei);

    if (err)
        return err;
    xl_table(&b, t);
    return xl_close(&b, ei);
}
