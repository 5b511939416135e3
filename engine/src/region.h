/* region.h -- the region registry and reference data (region.c). */
#ifndef PC_REGION_H
#define PC_REGION_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"

typedef struct pc_region {
    char code[7], parent[7], replaced_by[7];
    char *name_zh, *name_en, *note;
    pc_date valid_from, valid_to;   /* 0: unbounded */
    const char *owner;              /* plugin name */
} pc_region;

typedef struct pc_reference {
    char code[7];
    int metric;          /* region field index in the dictionary's region fields */
    int year;
    double value;
    char *source;
} pc_reference;

typedef struct pc_regions {
    pc_region *items;
    size_t count, cap;
    int *slots;          /* open-addressing index by code: item index + 1 */
    size_t nslots;
    pc_reference *refs;
    size_t nrefs, refs_cap;
} pc_regions;

/* Six digits; whether the province exists is decided on resolution. */
int pc_region_code_valid(const char *code);
int pc_regions_add(pc_regions *r, const pc_region_def *def, const char *owner, pc_diag *why);
const pc_region *pc_regions_find(const pc_regions *r, const char *code);
/* Drops the regions added after the first count (a plugin whose init failed). */
void pc_regions_truncate(pc_regions *r, size_t count);
/* Whether a region from index `from` on is replaced, code by code, back into
 * itself; writes the cycle ("a -> b -> a") to out. */
int pc_regions_cycle(const pc_regions *r, size_t from, char *out, size_t n);
/* The parent of code: from the table, else by the code's structure. */
int pc_regions_parent(const pc_regions *r, const char *code, char parent[7]);
/* Whether jurisdiction is code or one of its ancestors. */
int pc_regions_covers(const pc_regions *r, const char *jurisdiction, const char *code);

/* A code and its ancestors, nearest first (as pc_regions_covers walks
 * them): worked out once when many jurisdictions are asked about one code. */
#define PC_REGION_DEPTH 8
typedef struct pc_region_chain {
    char codes[PC_REGION_DEPTH][7];
    int count;
} pc_region_chain;

void pc_regions_chain(const pc_regions *r, const char *code, pc_region_chain *chain);
/* Whether jurisdiction (a six-digit code, as plans and plugins have) is in
 * the chain: pc_regions_covers on its code. */
int pc_region_chain_covers(const pc_region_chain *chain, const char *jurisdiction);
const pc_reference *pc_regions_reference(const pc_regions *r, const char *code, int metric, int year);
void pc_regions_free(pc_regions *r);

#endif /* PC_REGION_H */
