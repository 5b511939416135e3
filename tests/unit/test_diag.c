/*
 * unit/diag -- the diagnostics' vocabulary (diag_messages.h) and how a
 * message is kept and written: every zh format takes the arguments its en
 * format takes, a message keeps both texts and its id, endings are added to
 * both, and the writers frame it in the language asked for.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

/* The conversions of a printf format, as (argument position, conversion)
 * pairs: positional (%2$s) or in order; "%%" is none. */
typedef struct {
    int n;
    int pos[16];
    char conv[16][8];
} convs;

static int parse_format(const char *f, convs *c)
{
    int next = 1, positional = 0, plain = 0;
    c->n = 0;
    for (const char *p = f; *p; p++) {
        if (*p != '%')
            continue;
        p++;
        if (*p == '%')
            continue;
        int pos = 0;
        const char *q = p;
        while (*q >= '0' && *q <= '9')
            q++;
        if (*q == '$' && q > p) {
            pos = atoi(p);
            p = q + 1;
            positional = 1;
        } else {
            plain = 1;
        }
        if (positional && plain)
            return -1;   /* %n$ and plain conversions do not mix */
        while (*p && strchr("-+ #0123456789.", *p))
            p++;
        char conv[8] = {0};
        size_t k = 0;
        while (*p && strchr("hlzjt", *p) && k < 6)
            conv[k++] = *p++;
        if (!*p || c->n == 16)
            return -1;
        conv[k] = *p;
        c->pos[c->n] = pos ? pos : next++;
        strcpy(c->conv[c->n], conv);
        c->n++;
    }
    return 0;
}

/* The conversion of each argument 1..max, "" when none uses it. */
static int by_position(const convs *c, char out[16][8])
{
    int max = 0;
    memset(out, 0, 16 * 8);
    for (int i = 0; i < c->n; i++) {
        if (c->pos[i] < 1 || c->pos[i] > 16)
            return -1;
        strcpy(out[c->pos[i] - 1], c->conv[i]);
        if (c->pos[i] > max)
            max = c->pos[i];
    }
    return max;
}

static void test_formats_agree(void **state)
{
    (void)state;
    for (int id = 1; id < PC_D_COUNT; id++) {
        const char *zh = pc_diag_format((pc_diag_id)id, PC_LANG_ZH), *en = pc_diag_format((pc_diag_id)id, PC_LANG_EN);
        convs cz, ce;
        char az[16][8], ae[16][8];
        if (parse_format(zh, &cz) != 0 || parse_format(en, &ce) != 0)
            fail_msg("%s: a format cannot be read (or mixes %%n$ with plain conversions)", pc_diag_id_name((pc_diag_id)id));
        int nz = by_position(&cz, az), ne = by_position(&ce, ae);
        /* each language may leave off trailing arguments, never one in between */
        for (int k = 0; k < nz; k++)
            if (!az[k][0])
                fail_msg("%s: the zh format skips argument %d", pc_diag_id_name((pc_diag_id)id), k + 1);
        for (int k = 0; k < ne; k++)
            if (!ae[k][0])
                fail_msg("%s: the en format skips argument %d", pc_diag_id_name((pc_diag_id)id), k + 1);
        for (int k = 0; k < (nz < ne ? nz : ne); k++)
            if (strcmp(az[k], ae[k]) != 0)
                fail_msg("%s: argument %d is %%%s in zh, %%%s in en", pc_diag_id_name((pc_diag_id)id), k + 1, az[k],
                         ae[k]);
    }
}

static void test_message_keeps_both(void **state)
{
    (void)state;
    pc_diag *d = pc_diag_new();
    pc_diag_say(d, PC_EX_DATAERR, "a.ini", 4, "industry", PC_D_GIVEN_TWICE, 2L);
    pc_diag_append(d, PC_D_DID_YOU_MEAN_LABEL, "is_high_tech", "高新技术企业");
    pc_diag_set_label(d, 0, "所属产业");
    const pc_message *m = pc_diag_get(d, 0);
    assert_string_equal(m->text, "given twice (first on line 2); did you mean 'is_high_tech' (高新技术企业)?");
    assert_string_equal(m->text_zh, "重复给出(首次在第 2 行);是否应为“高新技术企业”(is_high_tech)?");
    assert_string_equal(m->msg_id, "GIVEN_TWICE");

    char buf[512];
    assert_string_equal(pc_message_text(m, PC_LANG_EN, buf, sizeof buf),
                        "field 'industry': given twice (first on line 2); did you mean 'is_high_tech' (高新技术企业)? [所属产业]");
    assert_string_equal(pc_message_text(m, PC_LANG_ZH, buf, sizeof buf),
                        "字段 所属产业(industry): 重复给出(首次在第 2 行);是否应为“高新技术企业”(is_high_tech)?");

    pc_buf line = {0};
    pc_message at = *m;
    at.record = 3;
    pc_diag_message_line(&line, &at, PC_LANG_ZH);
    assert_non_null(strstr(line.data, "plancheck: a.ini 第 4 行: 第 3 条记录: 字段 所属产业(industry): "));
    line.len = 0;
    pc_diag_message_line(&line, &at, PC_LANG_EN);
    assert_non_null(strstr(line.data, "plancheck: a.ini:4: record 3: field 'industry': given twice"));
    pc_buf_free(&line);

    /* JSON: the message in the language asked for, and its id */
    pc_buf json = {0};
    pc_diag_json(d, &json, 0, PC_LANG_ZH);
    assert_non_null(strstr(json.data, "\"message_id\":\"GIVEN_TWICE\",\"message\":\"重复给出"));
    pc_buf_free(&json);
    pc_diag_free(d);
}

static void test_english_only_message(void **state)
{
    (void)state;
    /* a message with only an English text is written in English, frame and all */
    pc_diag *d = pc_diag_new();
    pc_diag_add(d, 0, "r.lua", 7, NULL, "something in %s", "English");
    const pc_message *m = pc_diag_get(d, 0);
    assert_null(m->text_zh);
    assert_null(m->msg_id);
    pc_buf line = {0};
    pc_diag_message_line(&line, m, PC_LANG_ZH);
    assert_string_equal(line.data, "plancheck: r.lua:7: warning: something in English\n");
    pc_buf_free(&line);
    pc_diag_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_formats_agree),
        cmocka_unit_test(test_message_keeps_both),
        cmocka_unit_test(test_english_only_message),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
