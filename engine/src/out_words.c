/*
 * out_words.c -- what the writers word the same way, from the result
 * model: reasons, warnings, the amount's arithmetic and the --explain trace
 * (as text and as JSON).
 */
#include "internal.h"
#include "out.h"

#include <string.h>

const pc_field *pc_out_field(const pc_report *rep, int fi)
{
    return &rep->dict->fields[fi];
}

/* An enum value as a person reads it: in zh its label, when the dictionary
 * has one. */
static const char *string_words(const pc_field *f, const char *s, pc_lang lang)
{
    const char *label = f && lang == PC_LANG_ZH ? pc_field_enum_label(f, s) : NULL;
    return label ? label : s;
}

void pc_out_value(pc_buf *b, const pc_field *f, const pc_value *val, pc_lang lang)
{
    switch (val->type) {
    case PC_BOOL: pc_buf_puts(b, pc_msg(lang, val->u.b ? PC_MSG_YES : PC_MSG_NO)); break;
    case PC_INT: pc_buf_int(b, val->u.i); break;
    case PC_NUMBER: pc_buf_real(b, val->u.n); break;
    case PC_MONEY: pc_out_money_text(b, val->u.fen, lang); break;
    case PC_STRING: pc_buf_puts(b, string_words(f, val->u.s, lang)); break;
    default: pc_buf_puts(b, pc_msg(lang, PC_MSG_NONE));
    }
}

void pc_out_real_text(pc_buf *b, double v)
{
    size_t start = b->len;
    pc_buf_real(b, v);
    const char *dot = memchr(b->data + start, '.', b->len - start);
    if (!dot || (v > -1 && v < 1) || b->data + b->len - dot <= 3)
        return;
    /* more than two decimals on a figure of 1 or more: two, marked */
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, "%.2f", v);
    while (n > 0 && tmp[n - 1] == '0')
        n--;
    if (n > 0 && tmp[n - 1] == '.')
        n--;
    b->len = start;
    pc_buf_puts(b, "≈");
    pc_buf_add(b, tmp, (size_t)n);
}

void pc_out_param_words(pc_buf *b, const pc_param *p, pc_lang lang)
{
    const char *label = lang == PC_LANG_ZH ? p->label_zh : p->label_en;
    if (!p->set) {
        pc_buf_printf(b, "%s (%s)", pc_msg(lang, PC_MSG_TRACE_UNSET), label);
        return;
    }
    /* the source is "default" or the config's file:line */
    pc_buf_printf(b, "%s (%s; %s)", p->text, label,
                  strcmp(p->source, "default") == 0 ? pc_msg(lang, PC_MSG_PARAM_DEFAULT) : p->source);
}

void pc_out_json_value(pc_buf *b, const pc_value *val)
{
    switch (val->type) {
    case PC_BOOL:
        /* each a literal: its length known when compiling */
        if (val->u.b)
            pc_buf_add(b, "true", 4);
        else
            pc_buf_add(b, "false", 5);
        break;
    case PC_INT: pc_buf_int(b, val->u.i); break;
    case PC_NUMBER: pc_buf_real(b, val->u.n); break;
    case PC_MONEY: pc_buf_money(b, val->u.fen); break;
    case PC_STRING: pc_buf_json_string(b, val->u.s); break;
    default: pc_buf_add(b, "null", 4);
    }
}

/* Money with thousands separators and the unit, into out: at most 26
 * (pc_money_words) and the unit. */
static const char *money_words_in(char out[48], int64_t fen, pc_lang lang)
{
    size_t n = pc_money_words(out, fen);
    strcpy(out + n, pc_msg(lang, PC_MSG_YUAN));
    return out;
}

void pc_out_money_text(pc_buf *b, int64_t fen, pc_lang lang)
{
    /* straight into the buffer, room made for the longest */
    const char *unit = pc_msg(lang, PC_MSG_YUAN);
    size_t n = strlen(unit);
    if (b->len + 32 + n + 1 > b->cap)
        pc_buf_grow(b, 32 + n);
    size_t len = pc_money_words(b->data + b->len, fen);
    memcpy(b->data + b->len + len, unit, n + 1);
    b->len += len + n;
}

const char *pc_out_unit(const pc_report *rep, const pc_item *it)
{
    if (it->unit_zh)
        return rep->lang == PC_LANG_ZH ? it->unit_zh : it->unit_en;
    if (it->measure == PC_M_PER_10K)
        return MSG(rep, UNIT_PER_10K);
    if (it->measure == PC_M_SHARE || it->measure == PC_M_RATIO_TO_YEAR)
        return MSG(rep, UNIT_RATIO);
    if (it->measure == PC_M_GROWTH)
        return "%";
    return pc_field_unit(pc_out_field(rep, it->metric), rep->lang);
}

int pc_out_target_is_money(const pc_report *rep, const pc_item *it)
{
    return pc_out_field(rep, it->metric)->def.type == PC_FIELD_MONEY &&
           (it->measure == PC_M_PLAIN || it->measure == PC_M_CUMULATIVE || it->measure == PC_M_NEW_SINCE);
}

int pc_out_target_number(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    const pc_item *it = r->item;
    if (it->compare == PC_CMP_REPORT || (it->compare == PC_CMP_INCREASING && !r->has_target))
        return 0;
    if (r->has_target)
        pc_buf_real(b, r->target);
    else if (pc_out_target_is_money(rep, it))
        pc_buf_money(b, (int64_t)(it->value * 100 + 0.5));
    else
        pc_buf_real(b, it->value);
    return 1;
}

int pc_out_actual_number(pc_buf *b, const pc_result *r)
{
    if (!r->has_actual)
        return 0;
    if (r->actual_is_money)
        pc_buf_money(b, r->actual_fen);
    else
        pc_buf_real(b, r->actual);
    return 1;
}

const pc_status pc_out_tally_shown[PC_OUT_TALLY_SHOWN] = {PC_S_MET, PC_S_ON_TRACK, PC_S_BEHIND, PC_S_NOT_MET, PC_S_NO_DATA};

size_t pc_out_plan_tally(const pc_report *rep, size_t first, pc_out_tally *t)
{
    size_t count[PC_S_COUNT] = {0};
    size_t i = first;
    for (; i < rep->nresults && rep->results[i].plan == rep->results[first].plan; i++)
        count[rep->results[i].status]++;
    t->n = 0;
    for (int k = 0; k < PC_OUT_TALLY_SHOWN; k++) {
        pc_status s = pc_out_tally_shown[k];
        t->status[t->n] = s;
        t->count[t->n++] = count[s];
        count[s] = 0;   /* shown already: not again among the others */
    }
    for (int s = 0; s < PC_S_COUNT; s++) {
        if (count[s]) {
            t->status[t->n] = (pc_status)s;
            t->count[t->n++] = count[s];
        }
    }
    return i;
}

/* ---- conditions ---- */

static const char *check_label(const pc_report *rep, const pc_cond *k)
{
    return rep->lang == PC_LANG_ZH ? k->label_zh : k->label_en;
}

static int is_leaf(const pc_cond *k)
{
    return k->op != PC_C_ALL && k->op != PC_C_ANY && k->op != PC_C_NO;
}

/* A value of field f as a person reads it, escaped for inside a JSON string
 * when json. */
static void value_words(pc_buf *b, const pc_field *f, const pc_value *v, pc_lang lang, int json)
{
    if (json && v->type == PC_STRING)
        pc_buf_json_chars(b, string_words(f, v->u.s, lang));
    else
        pc_out_value(b, f, v, lang);
}

/* "label = value > operand ✓", or "label: data missing"; json: as a JSON
 * string (1: the array's first, 2: after another, a comma before it), from
 * what the plan's compilation escaped (pc_cond.json_label, json_after; the
 * message texts need no escaping). */
static void leaf_words(pc_buf *b, const pc_report *rep, const pc_cond_result *n, int json)
{
    const pc_cond *k = n->cond;
    pc_lang lang = rep->lang;
    int zh = lang == PC_LANG_ZH, first = json == 1;
    if (json)
        pc_buf_add(b, k->json_label[zh] + first, k->json_label_len[zh] - (size_t)first);
    else
        pc_buf_puts(b, k->op == PC_C_CHECK ? check_label(rep, k) : pc_field_label(pc_out_field(rep, k->field), lang));
    if (n->outcome == PC_T_UNKNOWN || (k->op != PC_C_CHECK && n->actual.type == PC_NIL)) {
        pc_buf_add(b, ": ", 2);
        pc_buf_puts(b, MSG(rep, DATA_MISSING));
        if (json)
            pc_buf_putc(b, '"');
        return;
    }
    int met = n->outcome == PC_T_TRUE;
    const pc_field *f = k->op == PC_C_CHECK ? NULL : pc_out_field(rep, k->field);
    if (f) {
        pc_buf_add(b, " = ", 3);
        value_words(b, f, &n->actual, lang, json != 0);
    }
    if (json)
        pc_buf_add(b, k->json_after[zh][met], k->json_after_len[zh][met]);
    else
        pc_out_leaf_after(b, f, k, lang, met);
}

void pc_out_leaf_after(pc_buf *b, const pc_field *f, const pc_cond *k, pc_lang lang, int met)
{
    if (k->op == PC_C_ONE_OF) {
        pc_buf_puts(b, pc_msg(lang, PC_MSG_ONE_OF));
        for (size_t i = 0; i < k->nvalues; i++) {
            if (i)
                pc_buf_putc(b, '/');
            pc_out_value(b, f, &k->values[i], lang);
        }
    } else if (k->op == PC_C_ISNT) {
        pc_buf_puts(b, pc_msg(lang, PC_MSG_MUST_BE_NO));
    } else if (k->op != PC_C_IS && k->op != PC_C_CHECK) {
        pc_buf_putc(b, ' ');
        if (!met) {
            pc_buf_puts(b, pc_msg(lang, PC_MSG_NOT));
            pc_buf_putc(b, ' ');
        }
        pc_buf_puts(b, pc_cond_op_symbol[k->op]);
        pc_buf_putc(b, ' ');
        pc_out_value(b, f, &k->values[0], lang);
    }
    pc_buf_puts(b, met ? " ✓" : " ✗");
}

/* ---- amounts ---- */

static const pc_amount_step *arith(pc_buf *b, const pc_amount *a, const pc_amount_step *s, const pc_amount_step *end,
                                   const pc_item *it, int nested)
{
    if (a->op == PC_A_SUM || a->op == PC_A_MIN) {
        pc_buf_puts(b, a->op == PC_A_MIN ? "min(" : nested ? "(" : "");
        for (size_t i = 0; i < a->nkids; i++) {
            if (i)
                pc_buf_puts(b, a->op == PC_A_MIN ? ", " : " + ");
            s = arith(b, a->kids[i], s, end, it, 1);
        }
        if (a->op == PC_A_MIN || nested)
            pc_buf_putc(b, ')');
        return s;
    }
    if (s >= end || s->node != a)
        return s;
    if (a->op == PC_A_WHEN) {
        /* the branch taken; none: 0 */
        if (s->has_count && s->count == 2) {
            pc_buf_putc(b, '0');
            return s + 1;
        }
        return s->has_count ? arith(b, a->kids[s->count], s + 1, end, it, nested) : s + 1;
    }
    const pc_param *p = &it->params[a->param];
    if (a->op == PC_A_FIXED) {
        pc_out_param_money(b, p);
    } else if (a->op == PC_A_PER_ITEM) {
        pc_buf_int(b, s->count);
        pc_buf_puts(b, " × ");
        pc_out_param_money(b, p);
    } else {
        pc_buf_money(b, s->count);
        pc_buf_puts(b, " × ");
        pc_buf_puts(b, p->text);
    }
    return s + 1;
}

void pc_out_arithmetic(pc_buf *b, const pc_result *r, const pc_report *rep)
{
    const pc_amount_step *s = rep->steps.items + r->steps.first;
    arith(b, r->item->amount, s, s + r->steps.count, r->item, 0);
}

/* json: into a JSON string, from the item's prepared words (the cap is the
 * item's). */
static void cap_words(pc_buf *b, const pc_report *rep, const pc_result *r, int json)
{
    char cap[48], got[48], left[48];
    money_words_in(got, r->received_fen, rep->lang);
    money_words_in(left, r->remaining_fen, rep->lang);
    char year[24];
    const char *per_year = r->item->cap_per_year ? pc_int_text(year, r->received_year) : NULL;
    const pc_cut *cut = &r->item->json_cap[rep->lang == PC_LANG_ZH];
    if (json && cut->text && r->cap_fen == r->item->cap_fen) {
        pc_cut_fill(b, cut, per_year ? (const char *[]){NULL, per_year, got, left} : (const char *[]){NULL, got, left});
        return;
    }
    money_words_in(cap, r->cap_fen, rep->lang);
    if (per_year)
        pc_buf_fill(b, MSG(rep, CAP_YEAR), (const char *[]){cap, per_year, got, left}, 4);
    else
        pc_buf_fill(b, MSG(rep, CAP_PLAN), (const char *[]){cap, got, left}, 3);
}

void pc_out_cap_cut(pc_cut *c, const pc_item *it, pc_lang lang)
{
    char cap[48];
    money_words_in(cap, it->cap_fen, lang);
    if (it->cap_per_year)
        pc_cut_prepare(c, pc_msg(lang, PC_MSG_CAP_YEAR), (const char *[]){cap, NULL, NULL, NULL}, 4);
    else
        pc_cut_prepare(c, pc_msg(lang, PC_MSG_CAP_PLAN), (const char *[]){cap, NULL, NULL}, 3);
}

void pc_out_emit(pc_buf *b, pc_out_line emit, void *arg)
{
    emit(arg, b->data ? b->data : "", b->len);
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

/* Where the reasons after the conditions go, a line at a time: to emit
 * (text, HTML), or as JSON strings appended to json.  A line whose words are
 * known to need no escaping (digits, money, the message texts: the unit
 * tests check them) is written straight into json; any other is worded in
 * scratch first and escaped. */
typedef struct lines {
    pc_buf *scratch;
    pc_out_line emit;
    void *arg;
    pc_buf *json;
    int count;
} lines;

/* The buffer to word a line into; safe: nothing in it needs escaping. */
static pc_buf *line_start(lines *l, int safe)
{
    if (l->json && safe) {
        if (l->count)
            pc_buf_putc(l->json, ',');
        pc_buf_putc(l->json, '"');
        return l->json;
    }
    l->scratch->len = 0;
    return l->scratch;
}

static void line_end(lines *l, int safe)
{
    if (!l->json) {
        pc_out_emit(l->scratch, l->emit, l->arg);
        return;
    }
    if (safe) {
        pc_buf_putc(l->json, '"');
    } else {
        if (l->count)
            pc_buf_putc(l->json, ',');
        pc_buf_json_string(l->json, l->scratch->data);
    }
    l->count++;
}

/* amount_fact: the writer shows the amount itself (text, HTML), so what
 * only restates it is left out: that the plan fixes none, and the
 * arithmetic of a single fixed amount not capped ("100000 = 100,000 元"). */
static void amount_reasons(const pc_report *rep, const pc_result *r, int amount_fact, lines *l)
{
    const pc_item *it = r->item;
    pc_buf *b;
    switch (r->amount_state) {
    case PC_AMOUNT_NOT_FIXED:
        if (amount_fact)
            break;
        b = line_start(l, 1);
        pc_buf_puts(b, MSG(rep, NO_AMOUNT));
        line_end(l, 1);
        break;
    case PC_AMOUNT_OK:
        if (amount_fact && it->amount->op == PC_A_FIXED && !r->capped)
            break;
        /* the arithmetic is digits, operators and the parameters' validated
         * numbers */
        b = line_start(l, 1);
        pc_buf_puts(b, MSG(rep, AMOUNT));
        pc_out_arithmetic(b, r, rep);
        pc_buf_add(b, " = ", 3);
        pc_out_money_text(b, r->before_cap_fen, rep->lang);
        line_end(l, 1);
        break;
    case PC_AMOUNT_OVERFLOW:
        b = line_start(l, 1);
        pc_buf_puts(b, MSG(rep, AMOUNT_OVERFLOW));
        line_end(l, 1);
        break;
    default:
        break;
    }
    /* each parameter the plan leaves open and the config does not set, once */
    for (unsigned i = 0; i < r->steps.count; i++) {
        const pc_amount_step *s = &rep->steps.items[r->steps.first + i];
        if (s->node->op == PC_A_WHEN)
            continue;
        const pc_param *p = &it->params[s->node->param];
        int seen = 0;
        for (unsigned j = 0; j < i && !seen; j++)
            seen = rep->steps.items[r->steps.first + j].node->op != PC_A_WHEN &&
                   rep->steps.items[r->steps.first + j].node->param == s->node->param;
        if (p->set || seen)
            continue;
        b = line_start(l, 0);
        pc_buf_fill(b, MSG(rep, PARAM_UNSET),
                    (const char *[]){rep->lang == PC_LANG_ZH ? p->label_zh : p->label_en, p->name, r->plan->id, it->id,
                                     p->name},
                    5);
        line_end(l, 0);
    }
    if (r->has_cap) {
        b = line_start(l, 1);
        cap_words(b, rep, r, l->json != NULL);
        line_end(l, 1);
        if (r->exceeded_fen) {
            char m[48];
            b = line_start(l, 1);
            pc_buf_fill(b, MSG(rep, CAP_USED_UP), (const char *[]){money_words_in(m, r->exceeded_fen, rep->lang)}, 1);
            line_end(l, 1);
        }
    }
}

/* ---- notes ---- */

static void note_words(pc_buf *b, const pc_report *rep, const pc_result *r, const pc_note *n)
{
    pc_buf_printf(b, pc_msg(rep->lang, pc_note_msg[n->id]), n->a, n->b, n->c);
    if (n->id != PC_NOTE_LINE)
        return;
    if (pc_out_target_is_money(rep, r->item))
        pc_out_money_text(b, (int64_t)(r->expected * 100 + (r->expected < 0 ? -0.5 : 0.5)), rep->lang);
    else
        pc_out_real_text(b, r->expected);
    if (rep->lang != PC_LANG_ZH)
        pc_buf_printf(b, " by %d", n->c);
}

/* Whether two leaves test the same thing (the same field, test and operands). */
static int same_test(const pc_cond *a, const pc_cond *b)
{
    if (a == b || (a->op != PC_C_CHECK && a->op == b->op && a->field == b->field && a->nvalues == b->nvalues)) {
        for (size_t i = 0; a != b && i < a->nvalues; i++)
            if (!pc_value_same(&a->values[i], &b->values[i]))
                return 0;
        return 1;
    }
    return 0;
}

/* Whether the node at i (of the result r) is worded as a reason: a leaf, not
 * the priority's (its label says it), and not a test an earlier leaf made
 * already (a field both the eligibility and the amount's when test). */
static int is_reason(const pc_report *rep, const pc_result *r, unsigned i)
{
    const pc_cond_result *nodes = rep->conds.items + r->conds.first;
    if (nodes[i].role == PC_ROLE_PRIORITY || !is_leaf(nodes[i].cond))
        return 0;
    for (unsigned j = 0; j < i; j++)
        if (nodes[j].role != PC_ROLE_PRIORITY && is_leaf(nodes[j].cond) && same_test(nodes[j].cond, nodes[i].cond))
            return 0;
    return 1;
}

void pc_out_reasons(const pc_report *rep, const pc_result *r, pc_buf *b, pc_out_line emit, void *arg)
{
    b->len = 0;
    for (unsigned i = 0; i < r->conds.count; i++) {
        if (!is_reason(rep, r, i))
            continue;
        leaf_words(b, rep, &rep->conds.items[r->conds.first + i], 0);
        pc_out_emit(b, emit, arg);
    }
    pc_out_reasons_after_conditions(rep, r, b, 1, emit, arg);
}

int pc_out_reason_leaves_json(const pc_report *rep, const pc_result *r, pc_buf *out)
{
    int count = 0;
    for (unsigned i = 0; i < r->conds.count; i++) {
        const pc_cond_result *n = &rep->conds.items[r->conds.first + i];
        if (!is_reason(rep, r, i))
            continue;
        leaf_words(out, rep, n, count++ ? 2 : 1);
    }
    return count;
}

static void reasons_after_conditions(const pc_report *rep, const pc_result *r, int amount_shown, lines *l)
{
    if (r->item->kind == PC_ITEM_SUBSIDY && r->status == PC_S_ELIGIBLE)
        amount_reasons(rep, r, amount_shown, l);
    for (unsigned i = 0; i < r->notes.count; i++) {
        note_words(line_start(l, 0), rep, r, &rep->notes.items[r->notes.first + i]);
        line_end(l, 0);
    }
    if (r->priority) {
        pc_buf_puts(line_start(l, 0), rep->lang == PC_LANG_ZH ? r->item->priority_zh : r->item->priority_en);
        line_end(l, 0);
    }
}

void pc_out_reasons_after_conditions(const pc_report *rep, const pc_result *r, pc_buf *b, int amount_shown,
                                     pc_out_line emit, void *arg)
{
    lines l = {b, emit, arg, NULL, 0};
    reasons_after_conditions(rep, r, amount_shown, &l);
}

int pc_out_reasons_after_conditions_json(const pc_report *rep, const pc_result *r, pc_buf *scratch, pc_buf *out,
                                         int count)
{
    lines l = {scratch, NULL, NULL, out, count};
    reasons_after_conditions(rep, r, 0, &l);
    return l.count;
}

/* A warning's format and arguments (date and days: room for them);
 * returns how many. */
static int warning_args(const pc_report *rep, const pc_warning *w, const char **fmt, const char *args[3],
                        char date[11], char days[24])
{
    *fmt = pc_msg(rep->lang, pc_warning_msg[w->id]);
    date[0] = '\0';
    if (w->date)
        pc_date_format(w->date, date);
    switch (w->id) {
    case PC_WARN_TEXT: args[0] = w->text; return 1;
    case PC_WARN_PART_OF:
        args[0] = w->plan->id;
        args[1] = w->plan->jurisdiction;
        args[2] = rep->region;
        return 3;
    case PC_WARN_NO_PLAN_IN_FORCE:
    case PC_WARN_NO_PLAN_ISSUED:
        args[0] = rep->region;
        args[1] = date;
        return 2;
    case PC_WARN_ENDS_SOON:
        args[0] = w->plan->id;
        args[1] = date;
        args[2] = pc_int_text(days, w->days);
        return 3;
    default:
        args[0] = w->plan->id;
        args[1] = date;
        return 2;
    }
}

void pc_out_warning(pc_buf *b, const pc_report *rep, const pc_warning *w)
{
    const char *fmt, *args[3];
    char date[11], days[24];
    int n = warning_args(rep, w, &fmt, args, date, days);
    pc_buf_fill(b, fmt, args, n);
}

void pc_out_warning_json(pc_buf *b, const pc_report *rep, const pc_warning *w, pc_buf *scratch)
{
    const char *fmt, *args[3];
    char date[11], days[24];
    int n = warning_args(rep, w, &fmt, args, date, days);
    int plain = 1;
    for (int i = 0; i < n && plain; i++)
        plain = pc_json_plain(args[i]);
    if (plain) {
        /* the formats need no escaping either (unit/out) */
        pc_buf_putc(b, '"');
        pc_buf_fill(b, fmt, args, n);
        pc_buf_putc(b, '"');
        return;
    }
    scratch->len = 0;
    pc_buf_fill(scratch, fmt, args, n);
    pc_buf_json_string(b, scratch->data);
}

/* ---- the trace ---- */

/* Each step of the trace, worded as text or written as JSON. */
typedef struct tracer {
    const pc_report *rep;
    const pc_result *r;
    pc_buf *b;
    int json;
    pc_out_line emit;
    void *arg;
    int count;
} tracer;

static void step_done(tracer *t)
{
    if (!t->json)
        pc_out_emit(t->b, t->emit, t->arg);
    t->count++;
}

static void step_open(tracer *t, const char *step)
{
    if (t->json)
        pc_buf_printf(t->b, "%s{\"step\":\"%s\"", t->count ? "," : "", step);
}

static void trace_citation(tracer *t)
{
    const pc_report *rep = t->rep;
    const pc_item *it = t->r->item;
    const pc_plan *plan = t->r->plan;
    pc_buf *b = t->b;
    int zh = rep->lang == PC_LANG_ZH;
    const char *basis = zh ? it->basis_zh : it->basis_en, *note = zh ? it->note_zh : it->note_en;
    step_open(t, "citation");
    if (t->json) {
        pc_buf_puts(b, ",\"plan\":");
        pc_buf_json_string(b, plan->id);
        pc_buf_puts(b, ",\"document\":");
        pc_buf_json_string(b, plan->document);
        pc_buf_puts(b, ",\"cite\":");
        pc_buf_json_string(b, it->cite);
        const char *keys[] = {"quote", "basis", "note"}, *vals[] = {it->quote, basis, note};
        for (int i = 0; i < 3; i++)
            if (vals[i]) {
                pc_buf_printf(b, ",\"%s\":", keys[i]);
                pc_buf_json_string(b, vals[i]);
            }
        pc_buf_putc(b, '}');
    } else {
        pc_buf_printf(b, "[%s] %s %s %s", MSG(rep, TRACE_CITATION), plan->document, it->cite,
                      zh ? plan->title_zh : plan->title_en);
        if (it->quote)
            pc_buf_printf(b, ":“%s”", it->quote);
        if (basis)
            pc_buf_printf(b, MSG(rep, TRACE_BASIS), basis);
        if (note)
            pc_buf_printf(b, MSG(rep, TRACE_READING), note);
    }
    step_done(t);
}

static void trace_conditions(tracer *t)
{
    const pc_report *rep = t->rep;
    const pc_result *r = t->r;
    pc_buf *b = t->b;
    for (unsigned i = 0; i < r->conds.count; i++) {
        const pc_cond_result *n = &rep->conds.items[r->conds.first + i];
        const pc_cond *k = n->cond;
        if (n->role == PC_ROLE_PRIORITY || !is_leaf(k) || k->op == PC_C_CHECK)
            continue;
        const char *field = pc_out_field(rep, k->field)->def.name;
        step_open(t, "condition");
        if (!t->json) {
            pc_buf_printf(b, "[%s] ", rep->lang == PC_LANG_ZH ? pc_role_zh[n->role] : pc_role_en[n->role]);
            leaf_words(b, rep, n, 0);
        } else if (n->actual.type == PC_NIL) {
            pc_buf_printf(b, ",\"role\":\"%s\",\"field\":\"%s\",\"value\":null,\"result\":null}", pc_role_name[n->role], field);
        } else {
            pc_buf_printf(b, ",\"role\":\"%s\",\"field\":\"%s\",\"test\":\"%s\"", pc_role_name[n->role], field,
                          pc_cond_op_test[k->op]);
            if (k->nvalues) {
                pc_buf_puts(b, ",\"operand\":");
                if (k->op == PC_C_ONE_OF)
                    pc_buf_putc(b, '[');
                for (size_t j = 0; j < k->nvalues; j++) {
                    if (j)
                        pc_buf_putc(b, ',');
                    pc_out_json_value(b, &k->values[j]);
                }
                if (k->op == PC_C_ONE_OF)
                    pc_buf_putc(b, ']');
            }
            pc_buf_puts(b, ",\"value\":");
            pc_out_json_value(b, &n->actual);
            pc_buf_printf(b, ",\"result\":%s}", n->outcome == PC_T_TRUE ? "true" : "false");
        }
        step_done(t);
    }
}

static void trace_params(tracer *t)
{
    const pc_report *rep = t->rep;
    const pc_item *it = t->r->item;
    pc_buf *b = t->b;
    for (size_t i = 0; i < it->nparams; i++) {
        const pc_param *p = &it->params[i];
        const char *label = rep->lang == PC_LANG_ZH ? p->label_zh : p->label_en;
        step_open(t, "parameter");
        if (t->json) {
            pc_buf_puts(b, ",\"name\":");
            pc_buf_json_string(b, p->name);
            pc_buf_puts(b, ",\"label\":");
            pc_buf_json_string(b, label);
            pc_buf_puts(b, ",\"value\":");
            if (p->set)
                pc_buf_json_string(b, p->text);
            else
                pc_buf_puts(b, "null");
            pc_buf_puts(b, ",\"source\":");
            pc_buf_json_string(b, p->source);
            pc_buf_putc(b, '}');
        } else {
            pc_buf_printf(b, "[%s] %s.%s = ", MSG(rep, TRACE_PARAMETER), it->id, p->name);
            pc_out_param_words(b, p, rep->lang);
        }
        step_done(t);
    }
}

/* The amount and the cap, in JSON only: the text's reasons, just above the
 * trace, say them in the same words already. */
static void trace_amount(tracer *t)
{
    const pc_result *r = t->r;
    pc_buf *b = t->b;
    if (!t->json || r->amount_state != PC_AMOUNT_OK)
        return;
    step_open(t, "amount");
    /* the arithmetic is digits, operators and the parameters' validated
     * numbers: nothing to escape */
    pc_buf_puts(b, ",\"arithmetic\":\"");
    pc_out_arithmetic(b, r, t->rep);
    pc_buf_puts(b, "\",\"yuan\":");
    pc_buf_money(b, r->before_cap_fen);
    pc_buf_putc(b, '}');
    step_done(t);
    if (!r->has_cap)
        return;
    step_open(t, "cap");
    pc_buf_puts(b, ",\"cap_yuan\":");
    pc_buf_money(b, r->cap_fen);
    pc_buf_printf(b, ",\"per\":\"%s\",\"received_yuan\":", r->item->cap_per_year ? "year" : "plan");
    pc_buf_money(b, r->received_fen);
    pc_buf_puts(b, ",\"remaining_yuan\":");
    pc_buf_money(b, r->remaining_fen);
    pc_buf_printf(b, ",\"applied\":%s}", r->capped ? "true" : "false");
    step_done(t);
}

static void trace_measure(tracer *t)
{
    const pc_report *rep = t->rep;
    const pc_result *r = t->r;
    pc_buf *b = t->b;
    if (!r->has_actual)
        return;
    pc_measure m = r->item->measure;
    step_open(t, "measure");
    if (t->json)
        pc_buf_printf(b, ",\"measure\":\"%s\",\"year\":%d,\"value\":", pc_measure_name[m], r->data_year);
    else
        pc_buf_printf(b, "[%s] %s %d: ", MSG(rep, TRACE_MEASURE),
                      (rep->lang == PC_LANG_ZH ? pc_measure_zh : pc_measure_en)[m], r->data_year);
    if (r->actual_is_money && !t->json)
        pc_out_money_text(b, r->actual_fen, rep->lang);
    else if (r->actual_is_money)
        pc_buf_money(b, r->actual_fen);
    else if (t->json)
        pc_buf_real(b, r->actual);
    else
        pc_out_real_text(b, r->actual);
    if (r->has_expected && t->json) {
        pc_buf_printf(b, ",\"line_from\":%d,\"expected\":", r->plan->baseline_year);
        pc_buf_real(b, r->expected);
    } else if (r->has_expected) {
        pc_buf_puts(b, MSG(rep, TRACE_LINE));
        pc_out_real_text(b, r->expected);
    }
    if (t->json)
        pc_buf_putc(b, '}');
    step_done(t);
}

static void trace(tracer *t)
{
    trace_citation(t);
    if (t->r->item->kind == PC_ITEM_TARGET) {
        trace_measure(t);
        return;
    }
    trace_conditions(t);
    if (t->r->status == PC_S_ELIGIBLE && t->r->item->kind == PC_ITEM_SUBSIDY) {
        trace_params(t);
        trace_amount(t);
    }
}

void pc_out_trace_text(const pc_report *rep, const pc_result *r, pc_buf *scratch, pc_out_line emit, void *arg)
{
    scratch->len = 0;
    tracer t = {rep, r, scratch, 0, emit, arg, 0};
    trace(&t);
}

void pc_out_trace_json(const pc_report *rep, const pc_result *r, pc_buf *b)
{
    tracer t = {rep, r, b, 1, NULL, NULL, 0};
    pc_buf_putc(b, '[');
    trace(&t);
    pc_buf_putc(b, ']');
}
