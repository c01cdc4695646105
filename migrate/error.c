/* error.c — message table and detail helpers for mg_error. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const mg_msg mg_error_msg[MG_ERR_COUNT] = {
    [MG_OK] = MSG_ERR_NONE,
    [MG_ERR_NOMEM] = MSG_OUT_OF_MEMORY,
    [MG_ERR_USAGE] = MSG_ERR_USAGE,
    [MG_ERR_INPUT] = MSG_ERR_INPUT,
    [MG_ERR_DATA] = MSG_ERR_DATA,
    [MG_ERR_CONFIG] = MSG_ERR_CONFIG,
    [MG_ERR_OUTPUT] = MSG_ERR_OUTPUT,
    [MG_ERR_WRITE] = MSG_ERR_WRITE,
    [MG_ERR_INTERNAL] = MSG_ERR_INTERNAL,
    [MG_ERR_INTERRUPTED] = MSG_ERR_INTERRUPTED,
};

/* The generic text of an error code in a language. */
const char *mg_strerror_lang(mg_error err, mg_lang lang)
{
    if ((int)err < 0 || err >= MG_ERR_COUNT)
        return msg_text(MSG_ERR_UNKNOWN, lang);
    return msg_text(mg_error_msg[err], lang);
}

/* Fill *ei with file and line (column 0). */
static void mg_fail_where(mg_errinfo *ei, const char *file, long line)
{
    snprintf(ei->file, sizeof ei->file, "%s", file ? file : "");
    ei->line = line;
    ei->column = 0;
}

/* Fill *ei with file, line and a catalogue message formatted in both languages; returns err. */
mg_error mg_fail_msg(mg_errinfo *ei, mg_error err, const char *file, long line, mg_msg id, const char *nl,
                     const char *en, ...)
{
    va_list ap;

    (void)id;
    if (!ei)
        return err;
    mg_fail_where(ei, file, line);
    va_start(ap, en);
    mg_vformat_langs(ei->msg, nl, en, ap);
    va_end(ap);
    return err;
}

/* Fill *ei with file, line and a message already built in each language; returns err. */
mg_error mg_fail_texts(mg_errinfo *ei, mg_error err, const char *file, long line, const char *nl,
                       const char *en)
{
    if (!ei)
        return err;
    mg_fail_where(ei, file, line);
    snprintf(ei->msg[LANG_NL], sizeof ei->msg[LANG_NL], "%s", nl);
    snprintf(ei->msg[LANG_EN], sizeof ei->msg[LANG_EN], "%s", en);
    return err;
}

/* Format both languages' formats with the same arguments. */
void mg_vformat_langs(char msg[LANG_COUNT][MG_ERRMSG_MAX], const char *nl, const char *en, va_list ap)
{
    va_list ap2;

    va_copy(ap2, ap);
    vsnprintf(msg[LANG_NL], MG_ERRMSG_MAX, nl, ap);
    vsnprintf(msg[LANG_EN], MG_ERRMSG_MAX, en, ap2);
    va_end(ap2);
}
