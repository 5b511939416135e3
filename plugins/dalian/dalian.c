/*
 * dalian.c -- jurisdiction plugin for 大连市 (GB/T 2260 code 210200).
 *
 * Registers Dalian's parent chain, its county-level divisions (current and
 * replaced), its year-end resident population, the region metrics the rules
 * need beyond the core dictionary, and one sanity check on enterprise input.
 * Talks to the host only through pc_host_api; links to nothing of the host.
 *
 * Not modelled, on purpose:
 *   - 金普新区 (2014), 高新区, 长兴岛 are functional zones without GB/T 2260
 *     codes; input there carries the code of the district it lies in.
 *   - Codes retired before 1995 (金县, 新金县, 复县, 庄河县 and the 1985-1995
 *     interim codes of the county-level cities) are left out: their exact
 *     change dates are not verified, and no plan here reaches back that far.
 */
#include <inttypes.h>
#include <stddef.h>

#include "plancheck/plugin.h"

/* Both entries of the 2015 change carry the same note.  The approval date is
 * from Xinhua's report of 2016-01-31; its document number is not verified, so
 * it is described rather than cited.  Code dates follow the year-end code
 * list: 210282 through 2015, 210214 from 2016. */
#define PULANDIAN_NOTE                                                        \
    "国务院2015年10月13日批复同意撤销县级普兰店市、设立大连市普兰店区"      \
    "(批复文号未核实); 普兰店区于2016年1月31日正式成立"

/* Parents first: the host may resolve a parent when its child is added. */
static const pc_region_def regions[] = {
    {"210000", NULL, "辽宁省", "Liaoning", NULL, NULL, NULL, NULL},
    {"210200", "210000", "大连市", "Dalian", NULL, NULL, NULL, NULL},

    {"210202", "210200", "中山区", "Zhongshan District", NULL, NULL, NULL, NULL},
    {"210203", "210200", "西岗区", "Xigang District", NULL, NULL, NULL, NULL},
    {"210204", "210200", "沙河口区", "Shahekou District", NULL, NULL, NULL, NULL},
    {"210211", "210200", "甘井子区", "Ganjingzi District", NULL, NULL, NULL, NULL},
    {"210212", "210200", "旅顺口区", "Lüshunkou District", NULL, NULL, NULL, NULL},
    {"210213", "210200", "金州区", "Jinzhou District", NULL, NULL, NULL, NULL},
    {"210214", "210200", "普兰店区", "Pulandian District", "2016-01-01", NULL, NULL,
     PULANDIAN_NOTE},
    {"210224", "210200", "长海县", "Changhai County", NULL, NULL, NULL, NULL},
    {"210281", "210200", "瓦房店市", "Wafangdian City", NULL, NULL, NULL, NULL},
    {"210282", "210200", "普兰店市", "Pulandian City", NULL, "2015-12-31", "210214",
     PULANDIAN_NOTE},
    {"210283", "210200", "庄河市", "Zhuanghe City", NULL, NULL, NULL, NULL},
};

/*
 * Year-end resident population (常住人口), 万人.  2014-2019 are the city's
 * statistical bulletins; the figures were not checked against the bulletin
 * text, and each source string says so, so a reviewer can find and confirm
 * them.  2020 is the census count at 2020-11-01, which the city published in
 * place of a bulletin estimate; it is why the series jumps by about 45万.
 */
static const pc_reference_def population[] = {
    {"210200", "population_10k", 2014, 698.7,
     "大连市2014年国民经济和社会发展统计公报: 年末常住人口698.7万人 (数值未与公报原文核对)"},
    {"210200", "population_10k", 2015, 698.7,
     "大连市2015年国民经济和社会发展统计公报: 年末常住人口698.7万人 (数值未与公报原文核对)"},
    {"210200", "population_10k", 2016, 698.8,
     "大连市2016年国民经济和社会发展统计公报: 年末常住人口698.8万人 (数值未与公报原文核对)"},
    {"210200", "population_10k", 2017, 699.1,
     "大连市2017年国民经济和社会发展统计公报: 年末常住人口699.1万人 (数值未与公报原文核对)"},
    {"210200", "population_10k", 2018, 698.7,
     "大连市2018年国民经济和社会发展统计公报: 年末常住人口698.7万人 (数值未与公报原文核对)"},
    {"210200", "population_10k", 2019, 699.7,
     "大连市2019年国民经济和社会发展统计公报: 年末常住人口699.7万人 (数值未与公报原文核对)"},
    {"210200", "population_10k", 2020, 745.08,
     "大连市第七次全国人口普查公报: 2020年11月1日零时常住人口7450785人 (745.08万人)"},
};

/* Region metrics the rules use and the core dictionary lacks (year-end stocks). */
static const pc_field_def fields[] = {
    /* 三、(一) 完成50家重点企业贯标工作: the key enterprises, not every certified one */
    {PC_SUBJECT_REGION, "dalian_key_standard_compliant_enterprises", PC_FIELD_COUNT,
     "完成《企业知识产权管理规范》贯标的重点企业", "key enterprises certified to GB/T 29490",
     "家", "enterprises", NULL},
    /* 三、(一) 逐步培育一批国家级和省市级知识产权优势企业: the national and provincial ones
     * (the municipal ones are municipal_ip_advantage_enterprises); each enterprise once */
    {PC_SUBJECT_REGION, "dalian_national_provincial_ip_advantage_enterprises", PC_FIELD_COUNT,
     "国家级或省级知识产权优势企业(每家计一次)", "national or provincial IP advantage enterprises (each counted once)",
     "家", "enterprises", NULL},
};

static int dalian_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    /* Everything lives in the const tables above: no per-engine state. */
    *state = NULL;

    static const pc_plugin_tables tables = {
        .regions = regions, .nregions = PC_COUNT(regions),
        .fields = fields, .nfields = PC_COUNT(fields),
        .references = population, .nreferences = PC_COUNT(population),
    };
    return pc_plugin_add_tables(host, ctx, &tables) != 0;
}

/*
 * China's Patent Law took effect on 1985-04-01, so no Chinese invention patent
 * can have been granted in an earlier year.  Foreign grants are not checked:
 * a patent abroad before 1985 is possible.  A count of 0 is consistent.
 */
static void dalian_validate(const pc_host_api *host, void *state,
                            const pc_subject *subject, pc_diag *diag)
{
    (void)state;
    int64_t year, grants;
    if (pc_plugin_get_int(host, subject, "year", &year) && year < 1985 &&
        pc_plugin_get_int(host, subject, "invention_grants_domestic", &grants) && grants > 0)
        PC_REPORT(host, diag, "year",
                  "年度 %" PRId64 " 早于 1985 年(《专利法》施行之年),但 invention_grants_domestic 为 %" PRId64
                  ";应为 1985 年及以后的年度",
                     "year %" PRId64 " is before 1985, when China's Patent Law took effect, "
                     "but invention_grants_domestic is %" PRId64 "; expected a year from 1985 on",
                     year, grants);
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = "dalian",
    .version = "1.0.0",
    .jurisdiction = "210200",
    .name_zh = "大连市",
    .name_en = "Dalian",
    .init = dalian_init,
    .validate = dalian_validate,
    .fini = NULL,
};

/* Declared first so -Wmissing-prototypes stays quiet. */
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
