/*
 * unit/encoding -- input text: UTF-8 checked, GBK/GB18030 converted, for
 * whole files and for streams read line by line (characters cut by the
 * 64 KiB reads and lines longer than what the decoder holds included).
 */
#include "common.h"

#include <stdlib.h>
#include <iconv.h>
#include <string.h>

static char *read_all(FILE *f, size_t *len)
{
    pc_buf b = {0};
    char chunk[1000];   /* small reads: the decoder hands out pieces */
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        pc_buf_add(&b, chunk, n);
    *len = b.len;
    return b.data ? pc_buf_take(&b) : pc_strdup("");
}

/* Runs text (len bytes) through a stream decoder; returns what came out. */
static char *stream(const char *text, size_t len, pc_encoding enc, pc_diag *d, int *rc, size_t *out_len)
{
    FILE *in = fmemopen((void *)text, len, "r");
    pc_decoder *dec;
    FILE *f = pc_decoder_open(in, enc, "t.csv", d, &dec);
    assert_non_null(f);
    char *out = read_all(f, out_len);
    *rc = pc_decoder_close(f, dec);
    fclose(in);
    return out;
}

static void test_whole_text(void **state)
{
    (void)state;
    pc_diag *d = pc_diag_new();
    char *t = pc_strdup("a = 1\n名称 = 邹城\n");
    size_t len = strlen(t);
    assert_int_equal(pc_text_decode(PC_ENC_UTF8, "f.ini", &t, &len, d), 0);
    free(t);
    /* 名称 in GBK on line 2 */
    t = pc_strdup("a = 1\n\xc3\xfb\xb3\xc6 = x\n");
    len = strlen(t);
    assert_int_equal(pc_text_decode(PC_ENC_UTF8, "f.ini", &t, &len, d), PC_EX_DATAERR);
    const pc_message *m = pct_expect(d, PC_EX_DATAERR, "looks like GBK/GB18030");
    assert_int_equal(m->line, 2);
    assert_int_equal(pc_text_decode(PC_ENC_GBK, "f.ini", &t, &len, d), 0);
    assert_string_equal(t, "a = 1\n名称 = x\n");
    assert_int_equal(len, strlen(t));
    free(t);
    /* bytes that are neither: no GBK hint */
    pc_diag_clear(d);
    t = pc_strdup("x\n\xff\xfe\n");
    len = strlen(t);
    assert_int_equal(pc_text_decode(PC_ENC_UTF8, "f.ini", &t, &len, d), PC_EX_DATAERR);
    assert_null(pct_find(d, -1, "GBK"));
    assert_int_equal(pc_text_decode(PC_ENC_GBK, "f.ini", &t, &len, d), PC_EX_DATAERR);
    pct_expect(d, PC_EX_DATAERR, "not GBK text either");
    free(t);
    pc_diag_free(d);
}

static void test_stream_cut_characters_and_long_lines(void **state)
{
    (void)state;
    /* 3-byte characters across every 64 KiB read, and one 600 KB line */
    pc_buf in = {0};
    for (int i = 0; i < 50000; i++)
        pc_buf_puts(&in, i % 7 ? "邹城" : "邹城\n");
    for (int i = 0; i < 200000; i++)
        pc_buf_puts(&in, "市");
    pc_buf_puts(&in, "\nend");
    pc_diag *d = pc_diag_new();
    int rc;
    size_t out_len;
    char *out = stream(in.data, in.len, PC_ENC_UTF8, d, &rc, &out_len);
    assert_int_equal(rc, 0);
    assert_int_equal(pc_diag_count(d), 0);
    assert_int_equal(out_len, in.len);
    assert_memory_equal(out, in.data, in.len);
    free(out);

    /* the same in GB18030, converted back to the UTF-8 original */
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    pc_buf gb = {0};
    pc_buf_grow(&gb, in.len);
    char *src = in.data, *dst = gb.data;
    size_t left = in.len, room = gb.cap - 1;
    assert_true(iconv(cd, &src, &left, &dst, &room) != (size_t)-1);
    gb.len = (size_t)(dst - gb.data);
    iconv_close(cd);
    out = stream(gb.data, gb.len, PC_ENC_GB18030, d, &rc, &out_len);
    assert_int_equal(rc, 0);
    assert_int_equal(out_len, in.len);
    assert_memory_equal(out, in.data, in.len);
    free(out);
    pc_buf_free(&gb);
    pc_buf_free(&in);
    pc_diag_free(d);
}

static void test_stream_stops_at_bad_line(void **state)
{
    (void)state;
    static const char text[] = "h1,h2\nok,1\nbad,\xc3\xfb\nlater,2\n";
    pc_diag *d = pc_diag_new();
    int rc;
    size_t out_len;
    char *out = stream(text, sizeof text - 1, PC_ENC_UTF8, d, &rc, &out_len);
    assert_int_equal(rc, PC_EX_DATAERR);
    /* the lines before the bad one, whole; nothing after */
    assert_int_equal(out_len, strlen("h1,h2\nok,1\n"));
    assert_memory_equal(out, "h1,h2\nok,1\n", out_len);
    const pc_message *m = pct_expect(d, PC_EX_DATAERR, "nothing from this line on is read");
    assert_int_equal(m->line, 3);
    assert_int_equal(pc_diag_count(d), 1);
    free(out);
    pc_diag_free(d);
}

/* One validator for files, streams and values: RFC 3629's edges. */
static void test_utf8_valid(void **state)
{
    (void)state;
    static const char *const good[] = {"", "abc", "名称", "\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf",
                                       "\xee\x80\x80", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "eight ascii 名",
                                       "\xe1\x80\x80", "\xec\xbf\xbf", "示例装备有限公司0", "a名b称c"};
    static const char *const bad[] = {
        "\x80",                  /* a stray continuation byte */
        "\xc0\xaf", "\xc1\xbf",   /* overlong two-byte forms */
        "\xe0\x9f\xbf",          /* overlong three-byte form */
        "\xed\xa0\x80",          /* a surrogate, U+D800 */
        "\xf0\x8f\xbf\xbf",      /* overlong four-byte form */
        "\xf4\x90\x80\x80",      /* above U+10FFFF */
        "\xf5\x80\x80\x80", "\xff",
        "\xe5\x90",              /* cut short at the end */
        "abcdefgh\xe5\x90x",      /* after eight ASCII bytes, a bad continuation */
        "\xe1\x80", "\xe1\x80\xc0", "\xe1\x7f\x80", "\xec\xbf\x7f", "名\xe5", "名\xe5\xbf",   /* three-byte forms cut or broken */
        "\xed\xbf\xbf", "\xe0\x80\x80",
    };
    /* the same by length: a NUL is a character, the bytes after len are not read */
    assert_true(pc_utf8_valid_n("a\0b", 3));
    assert_true(pc_utf8_valid_n("名\xff", 3));
    assert_false(pc_utf8_valid_n("名\xff", 4));
    assert_false(pc_utf8_valid_n("名", 2));
    /* runs of ASCII of every length up to 40 between characters of two,
     * three and four bytes (the ASCII is read eight, four or one byte at a
     * time) */
    static const char *const wide[] = {"\xc3\xa9", "名", "\xf0\x9f\x98\x80"};
    for (size_t run = 0; run <= 40; run++)
        for (size_t k = 0; k < 3; k++) {
            char mixed[128];
            size_t n = 0;
            for (int twice = 0; twice < 2; twice++) {
                memset(mixed + n, 'a', run);
                n += run;
                memcpy(mixed + n, wide[k], strlen(wide[k]));
                n += strlen(wide[k]);
            }
            if (!pc_utf8_valid_n(mixed, n))
                fail_msg("%zu ASCII bytes and '%s', twice, not taken for UTF-8", run, wide[k]);
            mixed[n - 1] = 'a';   /* the last character cut short */
            if (pc_utf8_valid_n(mixed, n))
                fail_msg("%zu ASCII bytes and '%s' cut short taken for UTF-8", run, wide[k]);
        }
    /* ASCII is read a word at a time: a bad byte at every place of every
     * length up to 24 is found, and one just after len is not read */
    char buf[32];
    for (size_t len = 0; len <= 24; len++) {
        memset(buf, 'a', sizeof buf);
        buf[len] = (char)0xFF;
        assert_true(pc_utf8_valid_n(buf, len));
        for (size_t at = 0; at < len; at++) {
            memset(buf, 'a', sizeof buf);
            buf[at] = (char)0xFF;
            if (pc_utf8_valid_n(buf, len))
                fail_msg("0xFF at %zu of %zu bytes taken for UTF-8", at, len);
            buf[at] = (char)0x80;
            if (pc_utf8_valid_n(buf, len))
                fail_msg("0x80 at %zu of %zu bytes taken for UTF-8", at, len);
        }
    }
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        assert_true(pc_utf8_valid(good[i]));
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_false(pc_utf8_valid(bad[i]));
}

static void test_encoding_names(void **state)
{
    (void)state;
    pc_encoding e;
    assert_int_equal(pc_encoding_parse("GBK", &e), 0);
    assert_int_equal(e, PC_ENC_GBK);
    assert_int_equal(pc_encoding_parse("gb18030", &e), 0);
    assert_int_equal(e, PC_ENC_GB18030);
    assert_int_equal(pc_encoding_parse("UTF-8", &e), 0);
    assert_int_equal(e, PC_ENC_UTF8);
    assert_int_equal(pc_encoding_parse("latin1", &e), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_whole_text),
        cmocka_unit_test(test_stream_cut_characters_and_long_lines),
        cmocka_unit_test(test_stream_stops_at_bad_line),
        cmocka_unit_test(test_utf8_valid),
        cmocka_unit_test(test_encoding_names),
    };
    return cmocka_run_group_tests_name("unit/encoding", tests, NULL, NULL);
}
