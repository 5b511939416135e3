/*
 * out_summary.c -- the summary `batch` prints on stderr (pc_batch_summary,
 * counted by batch.c), worded in zh or en: records read, evaluated and
 * failed; per rule the count of each status and the total of the fixed
 * amounts; the missing fields by frequency; per region the records, those
 * eligible for a subsidy, those without results and their fixed amounts.
 */
#include "internal.h"

#include <errno.h>
#include <string.h>

#define SUM_MSG(lang, id) pc_msg((lang), PC_MSG_##id)

/* "2 eligible, 1 ineligible": the non-zero counts, in status order. */
static void statuses(pc_buf *b, const long *count, pc_lang lang, int first)
{
    const char *const *words = lang == PC_LANG_ZH ? pc_status_zh : pc_status_en;
    for (int s = 0; s < PC_S_COUNT; s++) {
        if (!count[s])
            continue;
        if (!first)
            pc_buf_puts(b, SUM_MSG(lang, BATCH_AND));
        pc_buf_printf(b, SUM_MSG(lang, BATCH_STATUS), count[s], words[s]);
        first = 0;
    }
}

/* The total of fixed amounts, exact to the fen, or that it is beyond int64 fen. */
static void amounts(pc_buf *b, int64_t fen, int overflow, pc_lang lang)
{
    if (overflow) {
        pc_buf_puts(b, SUM_MSG(lang, BATCH_AMOUNTS_OVERFLOW));
        return;
    }
    char yuan[32];
    snprintf(yuan, sizeof yuan, "%lld.%02lld", (long long)(fen / 100), (long long)(fen % 100));
    pc_buf_printf(b, SUM_MSG(lang, BATCH_AMOUNTS), yuan);
}

int pc_batch_summary_write(const pc_batch_summary *sum, double seconds, pc_lang lang, FILE *out)
{
    pc_buf b = {0};
    pc_buf_puts(&b, "plancheck: ");
    pc_buf_printf(&b, SUM_MSG(lang, BATCH_COUNTS), sum->read, sum->evaluated, sum->failed);
    if (seconds >= 0)
        pc_buf_printf(&b, SUM_MSG(lang, BATCH_SECONDS), seconds);
    pc_buf_putc(&b, '\n');
    for (size_t i = 0; i < sum->nrules; i++) {
        const pc_batch_rule *r = &sum->rules[i];
        pc_buf_printf(&b, "  %s/%s: ", r->plan, r->rule);
        statuses(&b, r->statuses, lang, 1);
        if (r->has_amounts || r->overflow)
            amounts(&b, r->yuan_fen, r->overflow, lang);
        pc_buf_putc(&b, '\n');
    }
    if (sum->nmissing)
        pc_buf_printf(&b, "  %s\n", SUM_MSG(lang, BATCH_MISSING));
    for (size_t i = 0; i < sum->nmissing; i++) {
        const pc_batch_missing *m = &sum->missing[i];
        const char *label = lang == PC_LANG_ZH ? m->label_zh : m->label_en;
        pc_buf_puts(&b, "    ");
        if (label)
            pc_buf_printf(&b, SUM_MSG(lang, TEXT_MISSING_FIELD), m->field, label);
        else
            pc_buf_puts(&b, m->field);
        pc_buf_printf(&b, ": %ld\n", m->records);
    }
    if (sum->nregions)
        pc_buf_printf(&b, "  %s\n", SUM_MSG(lang, BATCH_REGIONS));
    for (size_t i = 0; i < sum->nregions; i++) {
        const pc_batch_region *g = &sum->regions[i];
        const char *name = lang == PC_LANG_EN && g->name_en ? g->name_en : g->name_zh;
        pc_buf_printf(&b, "    %s%s%s: ", g->code, name ? " " : "", name ? name : "");
        pc_buf_printf(&b, g->records == 1 ? SUM_MSG(lang, BATCH_RECORD) : SUM_MSG(lang, BATCH_RECORDS), g->records);
        pc_buf_puts(&b, SUM_MSG(lang, BATCH_AND));
        pc_buf_printf(&b, SUM_MSG(lang, BATCH_REGION_ELIGIBLE), g->eligible);
        statuses(&b, g->statuses, lang, 0);
        if (g->yuan_fen || g->overflow)
            amounts(&b, g->yuan_fen, g->overflow, lang);
        pc_buf_putc(&b, '\n');
    }
    errno = 0;
    int rc = b.len && fwrite(b.data, 1, b.len, out) != b.len ? PC_EX_IOERR : 0;
    pc_buf_free(&b);
    return rc;
}
