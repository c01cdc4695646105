/* inih_same.c — prints what migrate's INI reader (in_parse, inih underneath) makes of each file named: every
 * section header and key with its line, then the result and the first error. tests/windows/inih-same.sh links
 * it once with Debian bookworm's libinih and once with the inih source the Windows build uses, and compares.
 */
#include <stdio.h>
#include <stdlib.h>

#include "error.h"
#include "ini.h"

/* A section header. */
static int on_section(in_parser *ip, const char *name, size_t len)
{
    printf("  %ld [%.*s]\n", ip->line, (int)len, name);
    return 1;
}

/* A key of the current section. */
static int on_key(in_parser *ip, const char *section, const char *name, const char *value)
{
    printf("  %ld %s/%s = <%s>\n", ip->line, section, name, value);
    return 1;
}

/* The end of a file read without error. */
static int on_end(in_parser *ip)
{
    printf("  %ld end\n", ip->line);
    return 1;
}

int main(int argc, char **argv)
{
    static const in_schema schema = {{"this file", "this file"}, 0, MSG_NONE, NULL, 0, 0};
    const in_hooks hooks = {on_section, on_key, on_end, NULL};
    int i;

    for (i = 1; i < argc; i++) {
        const char *why[LANG_COUNT] = {NULL, NULL};
        mg_errinfo ei = {0};
        char *text;
        size_t len;
        int open_failed;
        mg_error err;

        printf("%s\n", argv[i]);
        err = in_read_file(argv[i], &text, &len, why, &open_failed, &ei);
        if (err == MG_OK)
            err = in_parse(argv[i], text, len, &schema, &hooks, &ei);
        printf("  result %d line %ld: %s\n", (int)err, err ? ei.line : 0L, err ? ei.msg[LANG_EN] : "");
        free(text);
    }
    return 0;
}
