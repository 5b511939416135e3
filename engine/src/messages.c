/* messages.c -- the zh/en message table (messages.h). */
#include "internal.h"

#define PC_X_PAIR(id, zh, en) {zh, en},
static const char *const table[][2] = {PC_MESSAGES(PC_X_PAIR)};
PC_VOCAB_ASSERT(table, PC_MESSAGES);

/* Every note and warning has its words. */
#define PC_X_NOTE(id) PC_MSG_NOTE_##id,
const pc_msg_id pc_note_msg[PC_NOTE_COUNT] = {PC_NOTES(PC_X_NOTE)};
#define PC_X_WARN(id) PC_MSG_WARN_##id,
const pc_msg_id pc_warning_msg[PC_WARN_COUNT] = {PC_WARNINGS(PC_X_WARN)};

const char *pc_msg(pc_lang lang, pc_msg_id id)
{
    return table[id][lang == PC_LANG_ZH ? 0 : 1];
}
