/*
 * zoucheng.c -- jurisdiction plugin for 邹城市 (GB/T 2260 code 370883), a
 * county-level city of 济宁市 (370800), 山东省 (370000).
 *
 * Registers the county with its parent chain, the resident population the
 * per-10,000-people targets of 邹政字〔2024〕18号 divide by, the input fields and
 * region metrics the rules of rules/zoucheng/zoucheng-2024.lua need and the core
 * dictionary lacks, and a check of data that cannot be right.  Talks to the host
 * only through pc_host_api; links to nothing of the host.
 *
 * Not modelled, on purpose:
 *   - The county has no county-level sub-regions; its 16 镇街 and the 邹城经济
 *     开发区 have no GB/T 2260 codes (township codes are not part of the
 *     standard), so input anywhere in the county carries 370883.
 *   - The other counties and districts of 济宁市 (370811 任城区 ...) are not this
 *     plugin's jurisdiction and are not listed: input there is accepted as a code
 *     of 山东省 and no plan of this plugin covers it.
 *   - 邹县 (before 1992): its old code and the exact date of the change to
 *     邹城市 are not verified, so no history is registered.
 */
#include <inttypes.h>
#include <stddef.h>

#include "plancheck/plugin.h"

/* Parents first.  Names of the shared parents (370000, 370800) must match any
 * other plugin that declares them: 山东省 / Shandong, 济宁市 / Jining. */
static const pc_region_def regions[] = {
    {"370000", NULL, "山东省", "Shandong", NULL, NULL, NULL, NULL},
    {"370800", "370000", "济宁市", "Jining", NULL, NULL, NULL, NULL},
    {"370883", "370800", "邹城市", "Zoucheng", NULL, NULL, NULL,
     "1992年撤销邹县、设立县级邹城市, 由济宁市代管; 代码370883。"
     "批复文号与启用日期未核实, 故不设 valid_from"},
};

/*
 * Resident population (常住人口), 万人.  No year-end figure of 邹城市 has been
 * checked against a statistical bulletin here, so the plugin carries the figure
 * the plan itself implies: its 二、(一) sets 1400 valid invention patents = 12.07
 * per 10,000 people and 500 high-value ones = 4.31 per 10,000, i.e.
 * 1400 / 12.07 = 115.990 万 and 500 / 4.31 = 116.009 万.  115.99 is the largest
 * figure (to 0.01 万) at which both counts give both per-10,000 figures
 * (1400 / 115.99 = 12.0700, 500 / 115.99 = 4.3107), so the count targets and
 * the per-10,000 targets agree.  It is used for every year 2023-2026; a region
 * file that gives population_10k for a year overrides it.
 */
#define IMPLIED_POPULATION_SOURCE                                                   \
    "邹政字〔2024〕18号 二、(一) 所隐含的常住人口, 非统计数据: "                   \
    "1400件 / 12.07件每万人 = 115.99万人, 500件 / 4.31件每万人 = 116.01万人; "      \
    "取115.99万人(两组目标相互一致的最大值, 精确到0.01万人), 各年沿用同一数值。"   \
    "未与邹城市统计公报核对(第三方转述的《2021年邹城市国民经济和社会发展统计公报》" \
    "称2021年末常住人口116万人, 亦未核对原文)"

static const pc_reference_def population[] = {
    {"370883", "population_10k", 2023, 115.99, IMPLIED_POPULATION_SOURCE},
    {"370883", "population_10k", 2024, 115.99, IMPLIED_POPULATION_SOURCE},
    {"370883", "population_10k", 2025, 115.99, IMPLIED_POPULATION_SOURCE},
    {"370883", "population_10k", 2026, 115.99, IMPLIED_POPULATION_SOURCE},
};

/*
 * Fields the rules use and the core dictionary lacks.  Names are global to the
 * engine: each carries the plugin's prefix (plugins/template/template.c).  A
 * region metric marked "flow" is the figure of that year; the others are
 * year-end stocks.
 */
#define E PC_SUBJECT_ENTERPRISE
#define R PC_SUBJECT_REGION
static const pc_field_def fields[] = {
    /* 三、(二)3: 专利权质押贴息 and the 质押融资项目库. */
    {E, "zoucheng_patent_pledge_loan_yuan", PC_FIELD_MONEY,
     "专利权质押贷款额", "patent pledge loans", "元", "yuan", NULL},
    {E, "zoucheng_patent_pledge_interest_yuan", PC_FIELD_MONEY,
     "专利权质押贷款已付利息", "interest paid on patent pledge loans", "元", "yuan", NULL},
    {E, "zoucheng_ip_foundation_solid", PC_FIELD_BOOL,
     "知识产权工作基础扎实", "has a solid foundation of IP work", NULL, NULL, NULL},
    {E, "zoucheng_credit_good", PC_FIELD_BOOL,
     "信用良好", "has a good credit standing", NULL, NULL, NULL},
    /* 三、(一)3: 建立健全知识产权管理机构. */
    {E, "zoucheng_ip_management_body", PC_FIELD_BOOL,
     "设有知识产权管理机构", "has an IP management body", NULL, NULL, NULL},

    /* 二、(二) */
    {R, "zoucheng_patent_product_filings", PC_FIELD_COUNT,
     "专利产品备案数量(累计)", "patent product filings (running total)", "件", "filings", NULL},
    {R, "zoucheng_patent_open_licences", PC_FIELD_COUNT,
     "达成专利开放许可数量(累计)", "patent open licences concluded (running total)", "件", "licences", NULL},
    /* 二、(四) */
    {R, "zoucheng_hv_patent_leading_enterprises", PC_FIELD_COUNT,
     "高价值专利龙头企业", "high-value patent leading enterprises", "家", "enterprises", NULL},
    {R, "zoucheng_provincial_ip_advantage_enterprises", PC_FIELD_COUNT,
     "省梯次培育知识产权优势示范企业", "provincial tiered-cultivation IP advantage/demonstration enterprises",
     "家", "enterprises", NULL},
    /* 二、(四) and 三、(一)4; flow */
    {R, "zoucheng_national_ip_advantage_new", PC_FIELD_COUNT,
     "当年新培育的国家知识产权优势示范企业", "national IP advantage/demonstration enterprises newly recognised in the year",
     "家", "enterprises", NULL},
    /* 三、(一)4; flow */
    {R, "zoucheng_tech_upgrade_enterprises", PC_FIELD_COUNT,
     "当年推动进行技术升级改造的企业", "enterprises brought to technological upgrading in the year",
     "家", "enterprises", NULL},
    /* 三、(二)1; flows */
    {R, "zoucheng_patent_agencies_attracted", PC_FIELD_COUNT,
     "当年引进的高水平专利代理服务机构", "high-level patent agencies attracted in the year",
     "家", "agencies", NULL},
    {R, "zoucheng_ip_service_platforms_built", PC_FIELD_COUNT,
     "当年搭建的知识产权服务平台", "IP service platforms built in the year", "个", "platforms", NULL},
    /* 三、(二)2, 三、(二)3, 三、(三)1, 三、(三)3; flows */
    {R, "zoucheng_ip_professional_trainings", PC_FIELD_COUNT,
     "知识产权专业培训次数", "IP professional trainings held in the year", "次", "sessions", NULL},
    {R, "zoucheng_pledge_financing_trainings", PC_FIELD_COUNT,
     "专利权质押融资培训次数", "patent pledge financing trainings held in the year", "次", "sessions", NULL},
    {R, "zoucheng_ip_enforcement_campaigns", PC_FIELD_COUNT,
     "知识产权侵权行为专项整治行动次数", "special campaigns against IP infringement in the year", "次", "campaigns", NULL},
    {R, "zoucheng_overseas_ip_trainings", PC_FIELD_COUNT,
     "知识产权海外布局与工作培训次数", "trainings on overseas IP filing and work held in the year", "次", "sessions", NULL},
    /* 三、(四)1 */
    {R, "zoucheng_market_supervision_offices", PC_FIELD_COUNT,
     "市场监管所", "market supervision offices", "个", "offices", NULL},
    {R, "zoucheng_offices_with_ip_officer", PC_FIELD_COUNT,
     "设置知识产权专管员的市场监管所", "market supervision offices with an IP officer", "个", "offices", NULL},
    /* 三、(五)2 */
    {R, "zoucheng_trademark_agencies", PC_FIELD_COUNT,
     "商标代理机构", "trademark agencies", "家", "agencies", NULL},
    {R, "zoucheng_trademark_agencies_supervised", PC_FIELD_COUNT,
     "纳入“双随机一公开”监管库的商标代理机构", "trademark agencies in the random-inspection supervision pool",
     "家", "agencies", NULL},
    /* 四、(三); flows */
    {R, "zoucheng_ip_training_classes", PC_FIELD_COUNT,
     "知识产权培训班期数", "IP training classes held in the year", "期", "classes", NULL},
    {R, "zoucheng_ip_training_person_times", PC_FIELD_COUNT,
     "知识产权培训人次", "person-times trained in IP in the year", "人次", "person-times", NULL},
    /* 二、(四) 不断提高/不断增加; flows of the year (the rate as published) */
    {R, "zoucheng_patent_industrialisation_rate_pct", PC_FIELD_NUMBER,
     "专利技术产业化实施率", "rate of patented technology put into production", "%", "%", NULL},
    {R, "zoucheng_patent_product_output_yuan", PC_FIELD_MONEY,
     "专利产品产值", "output value of patented products", "元", "yuan", NULL},
    {R, "zoucheng_industrial_output_yuan", PC_FIELD_MONEY,
     "工业产品产值", "output value of industrial products", "元", "yuan", NULL},
    {R, "zoucheng_own_brand_value_added_yuan", PC_FIELD_MONEY,
     "自主品牌企业增加值", "value added of enterprises with their own brands", "元", "yuan", NULL},
    {R, "zoucheng_gdp_yuan", PC_FIELD_MONEY,
     "地区生产总值", "gross domestic product of the county", "元", "yuan", NULL},
    /* 四、(五) 知识产权强县建设专项基金, 逐年递增: the amount of the year's budget */
    {R, "zoucheng_ip_fund_yuan", PC_FIELD_MONEY,
     "当年知识产权强县建设专项基金", "the special fund for the strong-IP county in the year's budget",
     "元", "yuan", NULL},
};
#undef E
#undef R

static int zoucheng_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
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

/* A part that exceeds its whole cannot be right. */
static void check_part(const pc_host_api *host, const pc_subject *subject, pc_diag *diag,
                       const char *part, const char *whole)
{
    int64_t p, w;
    if (pc_plugin_get_int(host, subject, part, &p) && pc_plugin_get_int(host, subject, whole, &w) && p > w)
        PC_REPORT(host, diag, part, "%" PRId64 " 超过 %s = %" PRId64 ",而它是后者的一部分;应不超过 %" PRId64,
                     "%" PRId64 " exceeds %s = %" PRId64 ", of which it is a part; expected at most %" PRId64,
                     p, whole, w, w);
}

/*
 * Only data that cannot be right:
 *   - enterprises: patent pledge loans are a part of IP pledge loans
 *     (ip_pledge_loan_yuan, core), so they cannot exceed them;
 *   - regions: offices with an IP officer are a part of all market supervision
 *     offices, supervised trademark agencies a part of all trademark agencies.
 *     The host exposes a region's latest year only, so only that year is checked.
 */
static void zoucheng_validate(const pc_host_api *host, void *state,
                              const pc_subject *subject, pc_diag *diag)
{
    (void)state;
    int64_t patent, ip;
    if (pc_plugin_get_fen(host, subject, "zoucheng_patent_pledge_loan_yuan", &patent) &&
        pc_plugin_get_fen(host, subject, "ip_pledge_loan_yuan", &ip) && patent > ip)
        PC_REPORT(host, diag, "zoucheng_patent_pledge_loan_yuan",
                  "专利权质押贷款(%" PRId64 ".%02" PRId64 " 元)超过 ip_pledge_loan_yuan(%" PRId64 ".%02" PRId64
                  " 元),而前者是后者的一部分;应不超过后者",
                     "patent pledge loans (%" PRId64 ".%02" PRId64 " yuan) exceed ip_pledge_loan_yuan "
                     "(%" PRId64 ".%02" PRId64 " yuan), of which they are a part; expected at most the latter",
                     patent / 100, patent % 100, ip / 100, ip % 100);
    check_part(host, subject, diag, "zoucheng_offices_with_ip_officer", "zoucheng_market_supervision_offices");
    check_part(host, subject, diag, "zoucheng_trademark_agencies_supervised", "zoucheng_trademark_agencies");
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = "zoucheng",
    .version = "1.0.0",
    .jurisdiction = "370883",
    .name_zh = "邹城市",
    .name_en = "Zoucheng",
    .init = zoucheng_init,
    .validate = zoucheng_validate,
    .fini = NULL,
};

/* Declared first so -Wmissing-prototypes stays quiet. */
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
