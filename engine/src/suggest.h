/* suggest.h -- "did you mean": the nearest known word to a mistyped one (suggest.c). */
#ifndef PC_SUGGEST_H
#define PC_SUGGEST_H

#include <stddef.h>

/* Levenshtein distance in code points (UTF-8), capped at limit + 1. */
size_t pc_edit_distance(const char *a, const char *b, size_t limit);
/* Whether candidate is close enough to word to be offered in its place:
 * few edits for the length of the word (a third of its code points, at
 * least one, at most three).  *distance receives the distance. */
int pc_suggest_close(const char *word, const char *candidate, size_t *distance);
/* The closest of a NULL-terminated list, or NULL when none is close. */
const char *pc_suggest(const char *word, const char *const *candidates);

#endif /* PC_SUGGEST_H */
