/* vocab.c -- the names of the vocabularies vocab.h declares. */
#include "internal.h"

#define PC_X_TEST(id, test, model, symbol) test,
#define PC_X_MODEL(id, test, model, symbol) model,
#define PC_X_SYMBOL(id, test, model, symbol) symbol,
const char *const pc_cond_op_test[PC_C_COUNT] = {PC_COND_OPS(PC_X_TEST)};
const char *const pc_cond_op_model[PC_C_COUNT] = {PC_COND_OPS(PC_X_MODEL)};
const char *const pc_cond_op_symbol[PC_C_COUNT] = {PC_COND_OPS(PC_X_SYMBOL)};
PC_VOCAB_ASSERT(pc_cond_op_test, PC_COND_OPS);

#define PC_X_NAME2(id, name, ...) name,
const char *const pc_item_kind_name[PC_ITEM_COUNT] = {PC_ITEM_KINDS(PC_X_NAME2)};
PC_VOCAB_ASSERT(pc_item_kind_name, PC_ITEM_KINDS);
const char *const pc_measure_name[PC_M_COUNT] = {PC_MEASURES(PC_X_NAME2)};
PC_VOCAB_ASSERT(pc_measure_name, PC_MEASURES);
const char *const pc_compare_name[PC_CMP_COUNT] = {PC_COMPARES(PC_X_NAME2)};
PC_VOCAB_ASSERT(pc_compare_name, PC_COMPARES);
const char *const pc_amount_op_name[PC_A_COUNT] = {PC_AMOUNT_OPS(PC_X_NAME2)};
PC_VOCAB_ASSERT(pc_amount_op_name, PC_AMOUNT_OPS);
const char *const pc_status_name_table[PC_S_COUNT] = {PC_STATUSES(PC_X_NAME2)};
PC_VOCAB_ASSERT(pc_status_name_table, PC_STATUSES);
const char *const pc_role_name[PC_ROLE_COUNT] = {PC_ROLES(PC_X_NAME2)};
PC_VOCAB_ASSERT(pc_role_name, PC_ROLES);
const char *const pc_outcome_name[PC_T_COUNT] = {PC_OUTCOMES(PC_X_NAME2)};
PC_VOCAB_ASSERT(pc_outcome_name, PC_OUTCOMES);

#define PC_X_ZH3(id, name, zh, ...) zh,
#define PC_X_EN4(id, name, zh, en, ...) en,
const char *const pc_status_zh[PC_S_COUNT] = {PC_STATUSES(PC_X_ZH3)};
const char *const pc_status_en[PC_S_COUNT] = {PC_STATUSES(PC_X_EN4)};
#define PC_X_MARK(id, name, zh, en, mark) mark,
const char *const pc_status_mark[PC_S_COUNT] = {PC_STATUSES(PC_X_MARK)};
const char *const pc_role_zh[PC_ROLE_COUNT] = {PC_ROLES(PC_X_ZH3)};
const char *const pc_role_en[PC_ROLE_COUNT] = {PC_ROLES(PC_X_EN4)};
const char *const pc_measure_zh[PC_M_COUNT] = {PC_MEASURES(PC_X_ZH3)};
const char *const pc_measure_en[PC_M_COUNT] = {PC_MEASURES(PC_X_EN4)};
const char *const pc_item_kind_zh[PC_ITEM_COUNT] = {PC_ITEM_KINDS(PC_X_ZH3)};

const char *pc_status_name(pc_status s)
{
    return pc_status_name_table[s];
}
