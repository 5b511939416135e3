/*
 * out.h -- the output layer: one writer per format behind a table
 * (out.c), all presenting the result model (result.h) and wording it with
 * the message table (messages.h).  out_json.c writes the contract's JSON,
 * out_text.c the report for a person, out_csv.c one row per result;
 * out_words.c holds what several writers word the same way (reasons,
 * warnings, the amount's arithmetic, the --explain trace).
 * Adding a format: a file with its writer, a line in PC_FORMATS (vocab.h)
 * and one in the table in out.c.
 */
#ifndef PC_OUT_H
#define PC_OUT_H

#include "buf.h"
#include "messages.h"
#include "report.h"

/* A money parameter's value as JSON writes it (prepared when it was set). */
static inline void pc_out_param_money(pc_buf *b, const pc_param *p)
{
    if (p->json_money_len && p->json_fen == p->fen)
        pc_buf_add(b, p->json_money, p->json_money_len);
    else
        pc_buf_money(b, p->fen);
}

/* A message in the report's language. */
#define MSG(rep, id) pc_msg((rep)->lang, PC_MSG_##id)

typedef struct pc_writer {
    const char *name;
    /* Appends the report to b; record numbers a CSV row (0: none). */
    void (*write)(const pc_report *rep, long record, pc_buf *b);
} pc_writer;

extern const pc_writer pc_writers[];
extern const char pc_out_csv_header[];
/* What CSV output starts with, before its header, unless told not to: the
 * UTF-8 byte order mark, by which Excel tells UTF-8 from the local code page. */
extern const char pc_out_csv_bom[];
void pc_out_csv_cell(pc_buf *b, const char *s);
/* The row of a record that failed: its number, id, name and region where
 * they were read (NULL: empty cells), and its errors; eligible_list: in the
 * screening list's columns (pc_out_eligible_csv_header). */
void pc_out_csv_error(pc_buf *out, long record, const char *id, const char *name, const char *region,
                      const char *errors, int eligible_list);
/* The messages of d, each with its file and line, "; " between (a CSV error cell's text). */
void pc_out_diag_text(pc_buf *b, const pc_diag *d, pc_lang lang);
extern const pc_msg_id pc_note_msg[PC_NOTE_COUNT], pc_warning_msg[PC_WARN_COUNT];

void pc_out_json(const pc_report *rep, long record, pc_buf *b);
void pc_out_text(const pc_report *rep, long record, pc_buf *b);
void pc_out_csv(const pc_report *rep, long record, pc_buf *b);

/* ---- out_words.c ---- */

/* Receives one worded line (a reason, a trace step). */
typedef void (*pc_out_line)(void *arg, const char *text, size_t len);

/* Passes b's text to emit and empties b. */
void pc_out_emit(pc_buf *b, pc_out_line emit, void *arg);
/* The result's reasons, in order: conditions (each test once; not the
 * priority's), amount and cap, notes, priority; for a writer that shows the
 * amount itself (text, HTML), so without what only restates it.  scratch is
 * working space. */
void pc_out_reasons(const pc_report *rep, const pc_result *r, pc_buf *scratch, pc_out_line emit, void *arg);
/* The reasons of the conditions' leaves, each a JSON string, comma
 * separated, appended to out; returns how many. */
int pc_out_reason_leaves_json(const pc_report *rep, const pc_result *r, pc_buf *out);
/* The reasons after the conditions' (amount and cap, notes, priority), for
 * a writer that shows the conditions on their own (JSON, the HTML
 * checklist); amount_shown: the writer shows the amount itself (HTML), so
 * what only restates it is left out (see amount_reasons). */
void pc_out_reasons_after_conditions(const pc_report *rep, const pc_result *r, pc_buf *scratch, int amount_shown,
                                     pc_out_line emit, void *arg);
/* The same (as JSON writes them: amount_shown 0) as JSON strings appended
 * to out, a comma before each unless it is the first of the array (count:
 * how many the array has already); returns how many it has then. */
int pc_out_reasons_after_conditions_json(const pc_report *rep, const pc_result *r, pc_buf *scratch, pc_buf *out,
                                         int count);
/* The --explain trace as text lines. */
void pc_out_trace_text(const pc_report *rep, const pc_result *r, pc_buf *scratch, pc_out_line emit, void *arg);
/* The --explain trace as a JSON array. */
void pc_out_trace_json(const pc_report *rep, const pc_result *r, pc_buf *b);
void pc_out_warning(pc_buf *b, const pc_report *rep, const pc_warning *w);
/* The same as a JSON string; scratch: working space. */
void pc_out_warning_json(pc_buf *b, const pc_report *rep, const pc_warning *w, pc_buf *scratch);
/* "7 × 20000 + 1 × 50000": the amount formula with the result's steps. */
void pc_out_arithmetic(pc_buf *b, const pc_result *r, const pc_report *rep);
/* A value of field f (NULL: none) as a person reads it ("是", "12",
 * "3,000 元"; in zh an enum value by its label: "省级"). */
void pc_out_value(pc_buf *b, const pc_field *f, const pc_value *v, pc_lang lang);
/* What a leaf's reason says after the field's value: " > 0 ✓", " not ≥ 1 ✗",
 * ", one of a/b ✓" ("label = value" comes before; a check{} has no value:
 * " ✓"); f: the leaf's field (NULL for a check{}).  Written into JSON from
 * what the plan's compilation escaped (pc_cond.json_after). */
void pc_out_leaf_after(pc_buf *b, const pc_field *f, const pc_cond *k, pc_lang lang, int met);
/* The cap's reason ("cap 300,000 yuan per plan period, already received %s,
 * remaining %s") prepared for JSON with the item's cap in place. */
void pc_out_cap_cut(pc_cut *c, const pc_item *it, pc_lang lang);
/* A rule parameter's value, label and source as a person reads them:
 * "20000 (每件国内发明专利授权补助; plancheck.ini:6)", "未设定 (label)". */
void pc_out_param_words(pc_buf *b, const pc_param *p, pc_lang lang);
/* A value as JSON (money in yuan). */
void pc_out_json_value(pc_buf *b, const pc_value *v);
/* A figure as text shows it: as JSON does (up to four decimals), but a
 * figure of 1 or more with more than two decimals rounded to two and marked
 * "≈" (13.5107: ≈13.51). */
void pc_out_real_text(pc_buf *b, double v);
/* Money with thousands separators and the unit. */
void pc_out_money_text(pc_buf *b, int64_t fen, pc_lang lang);
const char *pc_out_unit(const pc_report *rep, const pc_item *it);
/* A target result's target and actual figures as JSON and CSV give them
 * (money in yuan); each returns 0, writing nothing, when there is none. */
int pc_out_target_number(pc_buf *b, const pc_report *rep, const pc_result *r);
int pc_out_actual_number(pc_buf *b, const pc_result *r);
/* The statuses a tally of targets always shows, in order (others when they occur). */
#define PC_OUT_TALLY_SHOWN 5
extern const pc_status pc_out_tally_shown[PC_OUT_TALLY_SHOWN];
/* One plan's tally in the order it is shown: the PC_OUT_TALLY_SHOWN
 * statuses always, then the others that occur, in status order. */
typedef struct pc_out_tally {
    int n;
    pc_status status[PC_S_COUNT];
    size_t count[PC_S_COUNT];
} pc_out_tally;
/* Tallies the statuses of the results of one plan, from results[first] on
 * (a report's results come plan by plan); returns the index after them. */
size_t pc_out_plan_tally(const pc_report *rep, size_t first, pc_out_tally *t);
int pc_out_target_is_money(const pc_report *rep, const pc_item *it);
const pc_field *pc_out_field(const pc_report *rep, int fi);

/* ---- out_gap.c: what it would take (gap.h) ---- */

/* Makes a one_of leaf's pc_cond.json_to (when the plan is compiled; f: its field). */
void pc_out_gap_prepare(pc_cond *k, const pc_field *f);
/* ,"gap":..,"to_qualify":[..],"alternatives":[..] of a result, when it has a gap. */
void pc_out_gap_json(pc_buf *b, const pc_report *rep, const pc_result *r);
/* The same as text lines ("would be eligible with: ..."); page: the values
 * as the HTML pages show them (pc_out_field_value). */
void pc_out_gap_text(const pc_report *rep, const pc_result *r, pc_buf *scratch, pc_out_line emit, void *arg);

/* ---- out_whatif.c: the values a what-if run changed ---- */

/* ,"what_if":[..] when the run changed any value. */
void pc_out_whatif_json(pc_buf *b, const pc_report *rep);
/* "what-if: label = value (was value)" lines. */
void pc_out_whatif_text(pc_buf *b, const pc_report *rep);

/* ---- out_eligible.c: batch --only eligible ---- */

extern const char pc_out_eligible_csv_header[];
/* A row per eligible subsidy of the report (JSON Lines or CSV). */
void pc_out_eligible(const pc_report *rep, long record, pc_buf *out, int csv);

/* ---- out_needed.c: what the remaining years of a target must reach ---- */

void pc_out_needed_json(pc_buf *b, const pc_report *rep, const pc_result *r);
void pc_out_needed_text(const pc_report *rep, const pc_result *r, pc_buf *scratch, pc_out_line emit, void *arg);

#endif /* PC_OUT_H */
