/*
 * dir.c -- the entries of a directory, in name order, so that plugins, rule
 * files and test files load in the same order on every machine.
 */
#include "internal.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int pc_dir_list(const char *dir, const char *suffix, char ***names, size_t *count)
{
    *names = NULL;
    *count = 0;
    DIR *dp = opendir(dir);
    if (!dp)
        return -1;
    size_t cap = 0, slen = suffix ? strlen(suffix) : 0;
    struct dirent *ent;
    while ((ent = readdir(dp))) {
        size_t len = strlen(ent->d_name);
        if (ent->d_name[0] == '.' || (suffix && (len <= slen || strcmp(ent->d_name + len - slen, suffix) != 0)))
            continue;
        PC_PUSH(*names, *count, cap, pc_strdup(ent->d_name));
    }
    closedir(dp);
    if (*count)
        qsort(*names, *count, sizeof **names, by_name);
    return 0;
}

void pc_dir_free(char **names, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
}
