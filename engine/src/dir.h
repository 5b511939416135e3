/* dir.h -- directory listing (dir.c). */
#ifndef PC_DIR_H
#define PC_DIR_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"

/* The names in dir (no dot files; with suffix, only those ending in it), sorted. */
int pc_dir_list(const char *dir, const char *suffix, char ***names, size_t *count);
void pc_dir_free(char **names, size_t count);

#endif /* PC_DIR_H */
