/* msg.h — the message catalogue: every text migrate says, keyed by an id, in Dutch and English. */
#ifndef MG_MSG_H
#define MG_MSG_H

/*
 * The catalogue itself is msg_catalog.h: for each message a Dutch and an English text (NL_ and EN_
 * macros, string literals) and its id (MSG_ID). Code names a message by its id only:
 *
 *   MG_FAIL(ei, MG_ERR_DATA, path, line, MSG_CSV_QUOTE, col)    an error, in both languages
 *   printf(MG_FMT(lang, MSG_RUN_OUTPUT), path)                   a format in the run's language
 *   fputs(MG_TEXT(lang, MSG_HELP_HINT), stderr)                  a plain text in the run's language
 *
 * Because the texts are literals the compiler checks every format of both languages against the
 * arguments at every call; test_msg checks that the two languages of each message take the same
 * conversions, and tests/msg-ids.sh that the ids used in the code are exactly those of the catalogue.
 */

/* The languages of a run: Dutch (the default) and English. */
typedef enum mg_lang { LANG_NL = 0, LANG_EN, LANG_COUNT } mg_lang;

/* Every message id. */
typedef enum mg_msg {
    MSG_NONE = 0,
#define MSG_ID(id) id,
#include "msg_catalog.h"
#undef MSG_ID
    MSG_COUNT
} mg_msg;

/* The text of a message in a language ("" for MSG_NONE or an id out of range). */
const char *msg_text(mg_msg id, mg_lang lang);

/* The name of a message id ("MSG_..."), for tests and diagnostics. */
const char *msg_name(mg_msg id);

/* A message's format in a language, as a literal the compiler can check against printf arguments. */
#define MG_FMT(lang, id) ((lang) == LANG_EN ? EN_##id : NL_##id)

/* A message's plain text in a language. */
#define MG_TEXT(lang, id) MG_FMT(lang, id)

/* The language named by a code ("nl", "en", any case); -1 if none. */
int msg_lang_parse(const char *code);

/* The code of a language: "nl" or "en". */
const char *msg_lang_code(mg_lang lang);

#endif
