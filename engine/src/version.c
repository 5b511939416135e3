/*
 * version.c -- the rules' version: one SHA-256 over what decides answers,
 * the rule files (in load order, with their names), the plugins' shared
 * objects and the config (parameters), so that a service can say which
 * rules gave an answer and a reload that changed nothing keeps the version.
 */
#include "internal.h"

#include <nettle/sha2.h>
#include <string.h>

static void hash_file(struct sha256_ctx *h, const char *tag, const char *path)
{
    sha256_update(h, strlen(tag) + 1, (const uint8_t *)tag);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    sha256_update(h, strlen(base) + 1, (const uint8_t *)base);
    FILE *f = fopen(path, "rb");
    if (!f) {
        sha256_update(h, 1, (const uint8_t *)"-");
        return;
    }
    uint8_t chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sha256_update(h, n, chunk);
    fclose(f);
}

void pc_engine_hash(const pc_engine *e, char *out)
{
    struct sha256_ctx h;
    sha256_init(&h);
    for (size_t i = 0; i < e->nfiles; i++)
        if (e->files[i].ok)
            hash_file(&h, "rule", e->files[i].path);
    for (size_t i = 0; i < e->nplugins; i++)
        hash_file(&h, "plugin", e->plugins[i].path);
    if (e->config.path)
        hash_file(&h, "config", e->config.path);
    /* --param changes answers as the config does */
    for (size_t i = 0; i < e->config.count; i++) {
        const pc_config_entry *ce = &e->config.entries[i];
        if (!ce->what_if)
            continue;
        const char *parts[] = {"param", ce->section, ce->key, ce->value};
        for (int k = 0; k < 4; k++)
            sha256_update(&h, strlen(parts[k]) + 1, (const uint8_t *)parts[k]);
    }
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&h, sizeof digest, digest);
    for (size_t i = 0; i < sizeof digest; i++)
        snprintf(out + 2 * i, 3, "%02x", digest[i]);
}
