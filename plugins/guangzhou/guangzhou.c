/*
 * guangzhou.c -- jurisdiction plugin for 广州市 (GB/T 2260 code 440100).
 *
 * Registers Guangzhou's parent chain (广东省 440000), every county-level
 * division it has had since 1995 (current and replaced), the input fields
 * and region metrics that the rules of guangzhou-2016 (穗知〔2016〕85号) need
 * and the core dictionary lacks, and one consistency check on enterprise
 * input.  Talks to the host only through pc_host_api; links to nothing of
 * the host.
 *
 * Code dates follow the year-end code lists of the Ministry of Civil Affairs
 * (民政部《中华人民共和国县级以上行政区划代码》), as the Dalian plugin does: a
 * code is valid through 31 December of the last year-end list that carries
 * it, and from 1 January of the first list that carries it.  The day of
 * each change in the year is in the note, with the approval it rests on.
 * The code changes themselves were checked against the year-to-year
 * differences of those lists (1999->2000, 2004->2005, 2013->2014); the
 * approval texts and dates against the sources named in each note.
 *
 * Not modelled, on purpose:
 *   - Codes retired before 1995 (the county codes of 番禺, 花县, 增城, 从化
 *     before they became county-level cities in the early 1990s, 郊区 ...):
 *     their exact dates were not verified, and no plan here reaches back
 *     that far.
 *   - 440101 市辖区 (a statistical grouping, not a region an enterprise is
 *     registered in), and functional zones without GB/T 2260 codes (广州开发区,
 *     南沙新区, 中新广州知识城 ...): input there carries the code of the
 *     district the address lies in.
 *   - Reference figures: guangzhou-2016 has no per-10,000-people target, so
 *     no resident population is registered (a figure nobody reads would be
 *     one more figure to keep right).
 */
#include <inttypes.h>
#include <stddef.h>

#include "plancheck/plugin.h"

/* 2000: 番禺市, 花都市 became districts.  The approval's date and number are
 * not verified, so it is described, not cited. */
#define NOTE_2000                                                             \
    "2000年经国务院批准撤销县级番禺市、花都市,设立广州市番禺区、花都区"      \
    "(批复日期与文号未核实;代码变更见民政部1999、2000年末代码表)"

/* 2005: verified against the State Council approval as printed in the
 * State Council Gazette 2005 no. 19, and the city's notice 穗府〔2005〕19号
 * of 2005-06-22. */
#define NOTE_2005                                                             \
    "国务院国函〔2005〕35号(2005年4月28日)同意撤销广州市东山区、芳村区,设立"  \
    "南沙区、萝岗区;原东山区并入越秀区,原芳村区并入荔湾区;广州市以穗府〔2005〕" \
    "19号(2005年6月22日)公布"

/* 2014: the dates are those of the city's announcement as reported by
 * gov.cn (2014-02-14, from 南方日报); the approval's own date and number are
 * not verified. */
#define NOTE_2014                                                             \
    "国务院批复(文号未核实)同意撤销黄埔区、萝岗区设立新的黄埔区(沿用代码440112)," \
    "撤销县级从化市设立从化区,撤销县级增城市设立增城区;广东省政府2014年2月12日"   \
    "转发广州市,广州市政府2014年2月13日公布"

/* Parents first: the host may resolve a parent when its child is added. */
static const pc_region_def regions[] = {
    {"440000", NULL, "广东省", "Guangdong", NULL, NULL, NULL, NULL},
    {"440100", "440000", "广州市", "Guangzhou", NULL, NULL, NULL, NULL},

    /* In use today (11 districts since 2014). */
    {"440103", "440100", "荔湾区", "Liwan District", NULL, NULL, NULL,
     "2005年原芳村区(440107)并入荔湾区。" NOTE_2005},
    {"440104", "440100", "越秀区", "Yuexiu District", NULL, NULL, NULL,
     "2005年原东山区(440102)并入越秀区。" NOTE_2005},
    {"440105", "440100", "海珠区", "Haizhu District", NULL, NULL, NULL, NULL},
    {"440106", "440100", "天河区", "Tianhe District", NULL, NULL, NULL, NULL},
    {"440111", "440100", "白云区", "Baiyun District", NULL, NULL, NULL, NULL},
    {"440112", "440100", "黄埔区", "Huangpu District", NULL, NULL, NULL,
     "2014年与萝岗区(440116)合并为新的黄埔区,代码不变。" NOTE_2014},
    {"440113", "440100", "番禺区", "Panyu District", "2000-01-01", NULL, NULL, NOTE_2000},
    {"440114", "440100", "花都区", "Huadu District", "2000-01-01", NULL, NULL, NOTE_2000},
    {"440115", "440100", "南沙区", "Nansha District", "2005-01-01", NULL, NULL, NOTE_2005},
    {"440117", "440100", "从化区", "Conghua District", "2014-01-01", NULL, NULL, NOTE_2014},
    {"440118", "440100", "增城区", "Zengcheng District", "2014-01-01", NULL, NULL, NOTE_2014},

    /* Replaced codes. */
    {"440102", "440100", "东山区", "Dongshan District", NULL, "2004-12-31", "440104", NOTE_2005},
    {"440107", "440100", "芳村区", "Fangcun District", NULL, "2004-12-31", "440103", NOTE_2005},
    {"440116", "440100", "萝岗区", "Luogang District", "2005-01-01", "2013-12-31", "440112",
     NOTE_2014},
    {"440181", "440100", "番禺市", "Panyu (county-level city)", NULL, "1999-12-31", "440113",
     NOTE_2000},
    {"440182", "440100", "花都市", "Huadu (county-level city)", NULL, "1999-12-31", "440114",
     NOTE_2000},
    {"440183", "440100", "增城市", "Zengcheng (county-level city)", NULL, "2013-12-31", "440118",
     NOTE_2014},
    {"440184", "440100", "从化市", "Conghua (county-level city)", NULL, "2013-12-31", "440117",
     NOTE_2014},
};

/* What kind of organisation a record describes: the plan addresses patent
 * agencies, IP service institutions, universities, associations ... */
static const char *const org_types[] = {
    "enterprise",             /* 企业(知识产权服务机构以外) */
    "patent_agency",          /* 专利代理机构 */
    "ip_service_institution", /* 其他知识产权服务机构(含提供知识产权法律服务的机构) */
    "university",             /* 高等院校 */
    "research_institute",     /* 科研院所 */
    "industry_association",   /* 行业协会 */
    "industry_alliance",      /* 产业联盟 */
    "science_park",           /* 科技园区 */
    "other",
    NULL,
};

/* The zh labels of org_types, in order, and short forms people write. */
static const char *const org_type_labels[] = {
    "企业", "专利代理机构", "知识产权服务机构", "高等院校", "科研院所", "行业协会", "产业联盟", "科技园区", "其他", NULL,
};
static const char *const org_type_aliases[] = {
    "公司", "enterprise", "专利代理所", "patent_agency", "高校", "university", "大学", "university",
    "研究院所", "research_institute", "科研机构", "research_institute", "协会", "industry_association",
    "园区", "science_park", "其它", "other", NULL,
};
static const char *const org_type_field_aliases[] = {"机构类型", "单位性质", NULL};
static const pc_field_names org_type_names = {
    "guangzhou_org_type", org_type_field_aliases, org_type_labels, org_type_aliases,
};

/*
 * Fields of guangzhou-2016 the core dictionary lacks.  Names are global to
 * the engine, so each carries the plugin's name.  The clause each serves is
 * in the comment; docs/plans.md#guangzhou-2016 has the full list.
 */
static const pc_field_def fields[] = {
    /* all subsidies that name a kind of organisation */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_org_type", PC_FIELD_ENUM,
     "单位类型", "organisation type", NULL, NULL, org_types},
    /* 二、(一) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_ip_review_projects", PC_FIELD_COUNT,
     "开展的知识产权分析评议项目", "IP analysis and review (评议) projects carried out",
     "项", "projects", NULL},
    /* 二、(二) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_patent_agents_trained", PC_FIELD_COUNT,
     "当年培养的专利代理人", "patent attorneys trained in the year", "人", "people", NULL},
    {PC_SUBJECT_ENTERPRISE, "guangzhou_offers_extended_ip_services", PC_FIELD_BOOL,
     "开展分析评议、价值评估或维权援助等服务",
     "offers IP analysis and review, valuation or enforcement-aid services", NULL, NULL, NULL},
    /* 二、(三) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_in_operation_cultivation_project", PC_FIELD_BOOL,
     "列入市级知识产权运营服务机构培育项目",
     "in the municipal cultivation project for IP operation service institutions",
     NULL, NULL, NULL},
    /* 二、(四) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_ip_standard_certified", PC_FIELD_BOOL,
     "通过知识产权管理规范贯标认证(GB/T 29490等)",
     "certified to the IP management standard (GB/T 29490 or the like)", NULL, NULL, NULL},
    {PC_SUBJECT_ENTERPRISE, "guangzhou_ip_standard_coaching_clients", PC_FIELD_COUNT,
     "接受其知识产权管理规范辅导的企事业单位",
     "organisations it coached on the IP management standard", "家", "organisations", NULL},
    /* 二、(七) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_patent_navigation_projects", PC_FIELD_COUNT,
     "开展的专利导航项目", "patent navigation projects carried out", "项", "projects", NULL},
    /* 二、(十) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_listed_chinext_or_neeq", PC_FIELD_BOOL,
     "在创业板上市或新三板挂牌", "listed on ChiNext or quoted on the NEEQ (新三板)",
     NULL, NULL, NULL},
    /* 二、(十一) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_operates_ip_trading_platform", PC_FIELD_BOOL,
     "建设运营知识产权交易平台", "builds or runs an IP trading platform", NULL, NULL, NULL},
    /* 二、(十二) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_ip_service_standards_drafted", PC_FIELD_COUNT,
     "制定的知识产权服务标准", "IP service standards drafted", "项", "standards", NULL},
    /* 二、(十四) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_overseas_patent_disputes", PC_FIELD_COUNT,
     "应对的海外专利纠纷", "overseas patent disputes it is answering", "件", "disputes", NULL},
    /* 二、(十五) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_enforcement_cases_represented", PC_FIELD_COUNT,
     "为获胜请求人、胜诉原告或被判不侵权方提供维权服务的案件",
     "cases it served for a winning requester or plaintiff, or a party found not infringing abroad",
     "件", "cases", NULL},
    {PC_SUBJECT_ENTERPRISE, "guangzhou_foreign_related_patent_cases", PC_FIELD_COUNT,
     "上述专利维权案件中的涉外案件",
     "foreign-related cases among those patent enforcement cases", "件", "cases", NULL},
    {PC_SUBJECT_ENTERPRISE, "guangzhou_major_impact_patent_cases", PC_FIELD_COUNT,
     "上述专利维权案件中有重大影响的案件",
     "cases of major impact among those patent enforcement cases", "件", "cases", NULL},
    /* 二、(十七) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_patent_licences_granted", PC_FIELD_COUNT,
     "有偿或无偿许可他人实施的专利", "patents licensed to others, paid or free",
     "件", "patents", NULL},
    /* 二、(十八) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_ip_talent_programmes", PC_FIELD_COUNT,
     "开展的知识产权人才培养项目", "IP talent training programmes run", "个", "programmes", NULL},
    {PC_SUBJECT_ENTERPRISE, "guangzhou_has_ip_research_centre", PC_FIELD_BOOL,
     "设有知识产权研究机构", "has an IP research centre", NULL, NULL, NULL},
    {PC_SUBJECT_ENTERPRISE, "guangzhou_high_level_ip_talent_recruited", PC_FIELD_COUNT,
     "引进的高层次复合型知识产权专业人才", "high-level interdisciplinary IP professionals recruited",
     "人", "people", NULL},
    /* 二、(十九) */
    {PC_SUBJECT_ENTERPRISE, "guangzhou_ip_training_events", PC_FIELD_COUNT,
     "自主开展的知识产权培训、宣传活动", "IP training or publicity events held on its own initiative",
     "场", "events", NULL},

    /* Region metrics (year-end figures). 二、(六) */
    {PC_SUBJECT_REGION, "guangzhou_districts", PC_FIELD_COUNT,
     "辖区(县级行政区)数", "districts (county-level divisions)", "个", "districts", NULL},
    {PC_SUBJECT_REGION, "guangzhou_districts_patent_info_service", PC_FIELD_COUNT,
     "实现专利信息服务覆盖的区", "districts covered by patent information services",
     "个", "districts", NULL},
    /* 二、(十) */
    {PC_SUBJECT_REGION, "guangzhou_ip_service_institutions_over_100m", PC_FIELD_COUNT,
     "营业收入超亿元的知识产权服务机构",
     "IP service institutions with yearly revenue over RMB 100 million", "家", "institutions", NULL},
    /* 二、(十三) */
    {PC_SUBJECT_REGION, "guangzhou_smes", PC_FIELD_COUNT,
     "中小微企业数", "small, medium and micro enterprises", "家", "enterprises", NULL},
    {PC_SUBJECT_REGION, "guangzhou_smes_ip_info_push", PC_FIELD_COUNT,
     "接受知识产权信息推送服务的中小微企业", "SMEs receiving the IP information push service",
     "家", "enterprises", NULL},
};

static int guangzhou_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    /* Everything lives in the const tables above: no per-engine state. */
    *state = NULL;

    static const pc_plugin_tables tables = {
        .regions = regions, .nregions = PC_COUNT(regions),
        .fields = fields, .nfields = PC_COUNT(fields),
        .field_names = &org_type_names, .nfield_names = 1,
    };
    return pc_plugin_add_tables(host, ctx, &tables) != 0;
}

/*
 * guangzhou_foreign_related_patent_cases and guangzhou_major_impact_patent_cases
 * count cases among the patent enforcement cases the record states: those won
 * (patent_disputes_won), those abroad found not infringing
 * (foreign_cases_non_infringement) and those represented
 * (guangzhou_enforcement_cases_represented).  A part cannot exceed the whole;
 * the check runs only when all three are given, since an absent count could
 * be anything.
 */
static void guangzhou_validate(const pc_host_api *host, void *state,
                               const pc_subject *subject, pc_diag *diag)
{
    (void)state;
    int64_t won, foreign, represented;
    if (!pc_plugin_get_int(host, subject, "patent_disputes_won", &won) ||
        !pc_plugin_get_int(host, subject, "foreign_cases_non_infringement", &foreign) ||
        !pc_plugin_get_int(host, subject, "guangzhou_enforcement_cases_represented", &represented))
        return;
    int64_t total = won + foreign + represented;
    static const char *const parts[] = {"guangzhou_foreign_related_patent_cases",
                                        "guangzhou_major_impact_patent_cases"};
    for (size_t i = 0; i < PC_COUNT(parts); i++) {
        int64_t part;
        if (pc_plugin_get_int(host, subject, parts[i], &part) && part > total)
            PC_REPORT(host, diag, parts[i],
                      "该项为 %" PRId64 ",但记录的专利执法案件总数只有 %" PRId64 "(patent_disputes_won %" PRId64
                      " + foreign_cases_non_infringement %" PRId64 " + guangzhou_enforcement_cases_represented %" PRId64
                      ");应不超过 %" PRId64,
                         "%" PRId64 " among the record's patent enforcement cases, but it states only %"
                         PRId64 " in all (patent_disputes_won %" PRId64
                         " + foreign_cases_non_infringement %" PRId64
                         " + guangzhou_enforcement_cases_represented %" PRId64
                         "); expected at most %" PRId64,
                         part, total, won, foreign, represented, total);
    }
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = "guangzhou",
    .version = "1.0.0",
    .jurisdiction = "440100",
    .name_zh = "广州市",
    .name_en = "Guangzhou",
    .init = guangzhou_init,
    .validate = guangzhou_validate,
    .fini = NULL,
};

/* Declared first so -Wmissing-prototypes stays quiet. */
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
