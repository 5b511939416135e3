/*
 * out_json.c -- a report as the contract's JSON object (CONTRACT.md,
 * docs/schema/report.schema.json): the results with their condition trees,
 * amounts and series; reasons worded from the model in the report's
 * language.  Money is printed from fen.
 */
#include "internal.h"
#include "out.h"

#include <string.h>

/* A literal, its length known at compile time. */
#define PUT_LIT(b, lit) pc_buf_add((b), lit, sizeof(lit) - 1)

/* ,"key": for a literal key, copied without escaping. */
#define json_key(b, key) pc_buf_add((b), "," "\"" key "\":", sizeof("," "\"" key "\":") - 1)

static void json_list(pc_buf *b, const pc_strlist *l)
{
    if (!l->count) {
        PUT_LIT(b, "[]");
        return;
    }
    pc_buf_putc(b, '[');
    for (size_t i = 0; i < l->count; i++) {
        if (i)
            pc_buf_putc(b, ',');
        pc_buf_json_string(b, l->items[i]);
    }
    pc_buf_putc(b, ']');
}

static void money_or_null(pc_buf *b, int has, int64_t fen)
{
    if (has)
        pc_buf_money(b, fen);
    else
        PUT_LIT(b, "null");
}

/* ---- conditions ---- */

/* Writes the node at i and its subtree, after a comma unless first;
 * returns the index after it.  The node's constant part was escaped when the
 * plan was compiled, with the comma. */
static unsigned json_cond(pc_buf *b, const pc_report *rep, unsigned i, int first)
{
    const pc_cond_result *n = &rep->conds.items[i];
    const pc_cond *k = n->cond;
    int zh = rep->lang == PC_LANG_ZH;
    pc_buf_add(b, k->json_head[zh] + first, k->json_head_len[zh] - (size_t)first);
    if (k->op == PC_C_ALL || k->op == PC_C_ANY || k->op == PC_C_NO) {
        unsigned end = i + n->size, j = i + 1;
        while (j < end)
            j = json_cond(b, rep, j, j == i + 1);
        pc_buf_putc(b, ']');
    } else if (k->op != PC_C_CHECK) {
        pc_out_json_value(b, &n->actual);
    }
#define PC_X_TAIL(id, name) {",\"outcome\":\"" name "\"}", sizeof(",\"outcome\":\"" name "\"}") - 1},
    static const struct {
        const char *s;
        size_t len;
    } tails[] = {PC_OUTCOMES(PC_X_TAIL)};
    PC_VOCAB_ASSERT(tails, PC_OUTCOMES);
    pc_buf_add(b, tails[n->outcome].s, tails[n->outcome].len);
    return i + n->size;
}

static void json_conditions(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    PUT_LIT(b, ",\"conditions\":[");
    unsigned i = r->conds.first, end = r->conds.first + r->conds.count;
    while (i < end)
        i = json_cond(b, rep, i, i == r->conds.first);
    pc_buf_putc(b, ']');
}

/* ---- amounts ---- */

static void json_steps(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    PUT_LIT(b, ",\"amount\":{\"steps\":[");
    int written = 0;
    for (unsigned i = 0; i < r->steps.count; i++) {
        const pc_amount_step *s = &rep->steps.items[r->steps.first + i];
        const pc_amount *a = s->node;
        if (a->op == PC_A_WHEN)
            continue;   /* the branch shows in the conditions (role amount) */
        const pc_param *p = &r->item->params[a->param];
        if (written++)
            pc_buf_putc(b, ',');
        /* {"param":..,"kind":..,"field":..,"count": made when compiled */
        pc_buf_add(b, a->json_head, a->json_head_len);
        if (a->op == PC_A_RATE) {
            money_or_null(b, s->has_count, s->count);
            json_key(b, "rate");
            if (p->set)
                pc_buf_json_string(b, p->text);
            else
                PUT_LIT(b, "null");
        } else {
            if (a->op == PC_A_PER_ITEM) {
                if (s->has_count)
                    pc_buf_int(b, s->count);
                else
                    PUT_LIT(b, "null");
            }
            json_key(b, "value_yuan");
            if (p->set)
                pc_out_param_money(b, p);
            else
                PUT_LIT(b, "null");
        }
        json_key(b, "yuan");
        money_or_null(b, s->has_fen, s->fen);
        json_key(b, "source");
        pc_buf_json_string(b, p->source);
        pc_buf_putc(b, '}');
    }
    pc_buf_putc(b, ']');
}

static void json_amount(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    const pc_item *it = r->item;
    if (!it->amount && !it->has_cap)
        return;
    json_steps(b, rep, r);
    json_key(b, "before_cap_yuan");
    money_or_null(b, r->has_before_cap, r->before_cap_fen);
    pc_buf_add(b, it->json_cap_yuan, it->json_cap_yuan_len);   /* made when compiled */
    if (!it->has_cap)
        PUT_LIT(b, ",\"cap_per\":null");
    else if (it->cap_per_year)
        PUT_LIT(b, ",\"cap_per\":\"year\"");
    else
        PUT_LIT(b, ",\"cap_per\":\"plan\"");
    if (it->has_cap && it->cap_per_year) {
        json_key(b, "cap_year");
        pc_buf_int(b, r->received_year);
    }
    json_key(b, "received_yuan");
    money_or_null(b, r->has_cap || r->received_fen, r->received_fen);
    json_key(b, "remaining_yuan");
    if (r->has_cap && it->has_cap && r->remaining_fen == it->cap_fen) {
        /* nothing received yet: the cap, whose figure was written when compiled */
        size_t key = sizeof(",\"cap_yuan\":") - 1;
        pc_buf_add(b, it->json_cap_yuan + key, it->json_cap_yuan_len - key);
    } else {
        money_or_null(b, r->has_cap, r->remaining_fen);
    }
    if (r->exceeded_fen) {
        json_key(b, "exceeded_yuan");
        pc_buf_money(b, r->exceeded_fen);
    }
    if (r->capped)
        PUT_LIT(b, ",\"capped\":true}");
    else
        PUT_LIT(b, ",\"capped\":false}");
}

static void json_subsidy(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    json_key(b, "amount_yuan");
    money_or_null(b, r->status == PC_S_ELIGIBLE && r->has_amount, r->amount_fen);
    if (r->has_cap == r->item->has_cap && (!r->has_cap || r->cap_fen == r->item->cap_fen)) {
        pc_buf_add(b, r->item->json_cap_yuan, r->item->json_cap_yuan_len);   /* the item's, made when compiled */
    } else {
        json_key(b, "cap_yuan");
        money_or_null(b, r->has_cap, r->cap_fen);
    }
    if (r->capped)
        PUT_LIT(b, ",\"capped\":true");
    else
        PUT_LIT(b, ",\"capped\":false");
    if (r->received_fen) {
        json_key(b, "received_yuan");
        pc_buf_money(b, r->received_fen);
    }
    if (r->item->priority) {
        json_key(b, "priority");
        pc_buf_puts(b, r->priority ? "true" : "false");
    }
    json_amount(b, rep, r);
}

/* ---- targets ---- */

static void json_series(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    json_key(b, "baseline");
    pc_buf_printf(b, "{\"year\":%d,\"value\":", r->plan->baseline_year);
    if (!r->baseline_has_value)
        PUT_LIT(b, "null");
    else if (r->baseline_money)
        pc_buf_money(b, r->baseline_fen);
    else
        pc_buf_real(b, r->baseline_value);
    pc_buf_putc(b, '}');
    json_key(b, "series");
    pc_buf_putc(b, '[');
    for (unsigned i = 0; i < r->points.count; i++) {
        const pc_point *p = &rep->points.items[r->points.first + i];
        pc_buf_printf(b, "%s{\"year\":%d,\"actual\":", i ? "," : "", p->year);
        if (!p->has_actual)
            PUT_LIT(b, "null");
        else if (p->money)
            pc_buf_money(b, p->actual_fen);
        else
            pc_buf_real(b, p->actual);
        PUT_LIT(b, ",\"expected\":");
        if (p->has_expected)
            pc_buf_real(b, p->expected);
        else
            PUT_LIT(b, "null");
        pc_buf_putc(b, '}');
    }
    pc_buf_putc(b, ']');
}

static void json_target(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    const pc_item *it = r->item;
    json_key(b, "metric");
    pc_buf_putc(b, '"');
    for (int i = 0; i < it->nmetrics; i++) {
        if (i)
            pc_buf_putc(b, '+');
        pc_buf_puts(b, pc_out_field(rep, it->metrics[i])->def.name);   /* identifiers: nothing to escape */
    }
    for (int i = 0; i < it->nminus; i++) {
        pc_buf_putc(b, '-');
        pc_buf_puts(b, pc_out_field(rep, it->minus[i])->def.name);
    }
    pc_buf_putc(b, '"');
    json_key(b, "target");
    if (!pc_out_target_number(b, rep, r))
        PUT_LIT(b, "null");
    if (it->compare == PC_CMP_ABOVE) {
        json_key(b, "compared_with");
        pc_buf_json_string(b, pc_out_field(rep, it->other)->def.name);
    } else if (it->measure == PC_M_SHARE) {
        json_key(b, "share_of");
        pc_buf_putc(b, '"');
        for (int i = 0; i < (it->nothers ? it->nothers : 1); i++) {
            if (i)
                pc_buf_putc(b, '+');
            pc_buf_puts(b, pc_out_field(rep, it->nothers ? it->others[i] : it->other)->def.name);
        }
        pc_buf_putc(b, '"');
    }
    json_key(b, "actual");
    if (!pc_out_actual_number(b, r))
        PUT_LIT(b, "null");
    json_key(b, "unit");
    pc_buf_json_string(b, pc_out_unit(rep, it));
    json_key(b, "due");
    pc_buf_int(b, it->due);
    json_key(b, "progress");
    if (r->has_progress)
        pc_buf_real(b, r->progress);
    else
        PUT_LIT(b, "null");
    json_key(b, "year");
    if (r->has_actual)
        pc_buf_int(b, r->data_year);
    else
        PUT_LIT(b, "null");
    if (r->has_expected) {
        json_key(b, "expected");
        pc_buf_real(b, r->expected);
    }
    json_key(b, "comparison");
    pc_buf_json_string(b, pc_compare_name[it->compare]);
    if (it->compare == PC_CMP_ABOUT || it->compare == PC_CMP_AT_LEAST_ABOUT || it->compare == PC_CMP_AT_MOST_ABOUT) {
        json_key(b, "tolerance");
        pc_buf_real(b, it->tolerance);
    }
    if (it->has_min_growth) {
        json_key(b, "min_growth");
        pc_buf_real(b, pc_q_double(it->min_growth_q));
    }
    if (it->from) {
        json_key(b, "from");
        pc_buf_int(b, it->from);
    }
    if (it->strive) {
        json_key(b, "strive");
        PUT_LIT(b, "true");
    }
    if (r->has_baseline)
        json_series(b, rep, r);
    pc_out_needed_json(b, rep, r);
}

static void json_result(pc_buf *b, const pc_report *rep, const pc_result *r, pc_buf *scratch)
{
    const pc_item *it = r->item;
    /* {"plan":..,"rule":..,"kind":.., escaped once when the plan was compiled */
    pc_buf_add(b, it->json_head, it->json_head_len);
#define PC_X_STATUS(id, name, ...) {",\"status\":\"" name "\"", sizeof(",\"status\":\"" name "\"") - 1},
    static const struct {
        const char *s;
        size_t len;
    } statuses[] = {PC_STATUSES(PC_X_STATUS)};
#undef PC_X_STATUS
    PC_VOCAB_ASSERT(statuses, PC_STATUSES);
    pc_buf_add(b, statuses[r->status].s, statuses[r->status].len);
    if (it->kind == PC_ITEM_SUBSIDY)
        json_subsidy(b, rep, r);
    else if (it->kind == PC_ITEM_TARGET)
        json_target(b, rep, r);
    if (it->kind != PC_ITEM_TARGET)
        json_conditions(b, rep, r);
    /* ,"cite":..,"title":..,"in_force":{..},"reasons":[ likewise */
    if (rep->lang == PC_LANG_ZH)
        pc_buf_add(b, it->json_tail_zh, it->json_tail_zh_len);
    else
        pc_buf_add(b, it->json_tail_en, it->json_tail_en_len);
    pc_out_reasons_after_conditions_json(rep, r, scratch, b, pc_out_reason_leaves_json(rep, r, b));
    PUT_LIT(b, "],\"missing\":");
    json_list(b, &r->missing);
    pc_out_gap_json(b, rep, r);
    if (rep->explain) {
        json_key(b, "trace");
        pc_out_trace_json(rep, r, b);
    }
    pc_buf_putc(b, '}');
}

/* ,"tally":[{"plan":..,"met":n,..}]: per plan, how many targets have each
 * status (the five always, others when they occur). */
static void json_tally(pc_buf *b, const pc_report *rep)
{
    pc_out_tally t;
    PUT_LIT(b, ",\"tally\":[");
    for (size_t first = 0, next; first < rep->nresults; first = next) {
        next = pc_out_plan_tally(rep, first, &t);
        pc_buf_puts(b, first ? ",{\"plan\":" : "{\"plan\":");
        pc_buf_json_string(b, rep->results[first].plan->id);
        for (int k = 0; k < t.n; k++)
            pc_buf_printf(b, ",\"%s\":%zu", pc_status_name(t.status[k]), t.count[k]);
        pc_buf_putc(b, '}');
    }
    pc_buf_putc(b, ']');
}

void pc_out_json(const pc_report *rep, long record, pc_buf *out)
{
    (void)record;
    pc_buf b = *out, scratch = {0};
    if (rep->kind == PC_SUBJECT_ENTERPRISE)
        PUT_LIT(&b, "{\"subject\":{\"kind\":\"enterprise\",\"id\":");
    else
        PUT_LIT(&b, "{\"subject\":{\"kind\":\"region\",\"id\":");
    pc_buf_json_string(&b, rep->id);
    json_key(&b, "name");
    if (rep->name)
        pc_buf_json_string(&b, rep->name);
    else
        pc_buf_puts(&b, "null");
    json_key(&b, "region");
    pc_buf_json_string(&b, rep->region);
    if (rep->region_given && strcmp(rep->region_given, rep->region) != 0) {
        json_key(&b, "region_given");
        pc_buf_json_string(&b, rep->region_given);
    }
    /* the date's digits and dashes need no escaping */
    char date[11];
    pc_date_format(rep->as_of, date);
    PUT_LIT(&b, "},\"as_of\":\"");
    pc_buf_add(&b, date, 10);
    pc_buf_putc(&b, '"');
    pc_out_whatif_json(&b, rep);
    pc_buf_puts(&b, ",\"results\":[");
    for (size_t i = 0; i < rep->nresults; i++) {
        if (i)
            pc_buf_putc(&b, ',');
        json_result(&b, rep, &rep->results[i], &scratch);
    }
    pc_buf_putc(&b, ']');
    if (rep->kind == PC_SUBJECT_REGION)
        json_tally(&b, rep);
    pc_buf_puts(&b, ",\"total_yuan\":");
    pc_buf_money(&b, rep->total_fen);
    PUT_LIT(&b, ",\"warnings\":[");
    for (unsigned i = 0; i < rep->warnings.count; i++) {
        if (i)
            pc_buf_putc(&b, ',');
        pc_out_warning_json(&b, rep, &rep->warnings.items[i], &scratch);
    }
    if (!pc_diag_count(rep->errors)) {
        PUT_LIT(&b, "],\"errors\":[]}");   /* most answers */
    } else {
        PUT_LIT(&b, "],\"errors\":");
        pc_diag_json(rep->errors, &b, 0, rep->lang);
        pc_buf_putc(&b, '}');
    }
    pc_buf_free(&scratch);
    *out = b;
}
