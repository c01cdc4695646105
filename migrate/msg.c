/* msg.c — the message table built from the catalogue, and the language codes. */
#include "msg.h"

#include <strings.h>

/* One message: its texts by language and the name of its id. */
typedef struct msg_entry {
    const char *text[LANG_COUNT];
    const char *name;
} msg_entry;

static const msg_entry msg_table[MSG_COUNT] = {
    [MSG_NONE] = {{"", ""}, "MSG_NONE"},
#define MSG_ID(id) [id] = {{NL_##id, EN_##id}, #id},
#include "msg_catalog.h"
#undef MSG_ID
};

/* The text of a message in a language. */
const char *msg_text(mg_msg id, mg_lang lang)
{
    if ((int)id < 0 || id >= MSG_COUNT || (int)lang < 0 || lang >= LANG_COUNT)
        return "";
    return msg_table[id].text[lang];
}

/* The name of a message id. */
const char *msg_name(mg_msg id)
{
    if ((int)id < 0 || id >= MSG_COUNT)
        return "";
    return msg_table[id].name;
}

/* The language named by a code, or -1. */
int msg_lang_parse(const char *code)
{
    if (!code)
        return -1;
    if (!strcasecmp(code, "nl"))
        return LANG_NL;
    if (!strcasecmp(code, "en"))
        return LANG_EN;
    return -1;
}

/* The code of a language. */
const char *msg_lang_code(mg_lang lang)
{
    return lang == LANG_EN ? "en" : "nl";
}
