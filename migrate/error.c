/* error.c — message table and detail helper for mg_error. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const mg_error_text[MG_ERR_COUNT] = {
    [MG_OK] = "no error",
    [MG_ERR_NOMEM] = "out of memory",
    [MG_ERR_USAGE] = "usage error",
    [MG_ERR_INPUT] = "input missing or unreadable",
    [MG_ERR_DATA] = "blocking data error",
    [MG_ERR_CONFIG] = "configuration error",
    [MG_ERR_OUTPUT] = "cannot create output",
    [MG_ERR_WRITE] = "I/O error while writing",
    [MG_ERR_INTERNAL] = "internal error",
    [MG_ERR_INTERRUPTED] = "interrupted",
};

/* The generic text of an error code. */
const char *mg_strerror(mg_error err)
{
    if ((int)err < 0 || err >= MG_ERR_COUNT)
        return "unknown error";
    return mg_error_text[err];
}

/* Fill *ei with file, line and a formatted message; returns err. */
mg_error mg_fail(mg_errinfo *ei, mg_error err, const char *file, long line, const char *fmt, ...)
{
    va_list ap;

    if (!ei)
        return err;
    snprintf(ei->file, sizeof ei->file, "%s", file ? file : "");
    ei->line = line;
    ei->column = 0;
    va_start(ap, fmt);
    vsnprintf(ei->msg, sizeof ei->msg, fmt, ap);
    va_end(ap);
    return err;
}
