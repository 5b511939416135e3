/*
 * harbin.c -- jurisdiction plugin for 哈尔滨市 (GB/T 2260 code 230100).
 *
 * Registers Harbin's parent chain (黑龙江省), its county-level divisions as they
 * have stood since the 1996 merger with 松花江地区 (current and replaced codes,
 * with the dates of the 2004, 2006 and 2014 changes), the fields and region
 * metrics the rules of 哈政办发[2007]11号 (rules/harbin/harbin-2007.lua) need
 * and the core dictionary lacks, and two checks of enterprise input that can
 * only be wrong.  Talks to the host only through pc_host_api; links to nothing
 * of the host.
 *
 * Not modelled, on purpose:
 *   - No reference figures.  The only plan of this jurisdiction has no
 *     per-10,000-people target, so no resident population is needed; the
 *     engine falls back on reference figures for population_10k only, so a
 *     GDP growth series here would never be read (region files carry
 *     gdp_growth_pct themselves).
 *   - 230101 市辖区 is a statistical heading of the code list, not a region.
 *   - Codes retired before 1996 (the counties of the former 松花江地区 under
 *     their earlier codes, 阿城县 and 双城县 before they became county-level
 *     cities) are left out: their dates are not verified, and no plan here
 *     reaches back that far.
 *   - 哈尔滨高新技术产业开发区, 哈尔滨经济技术开发区 and 哈尔滨新区 are
 *     functional zones without GB/T 2260 codes; input there carries the code of
 *     the district it lies in.
 *
 * The code numbers of the 2004/2006 changes: 太平区 was 230105, the former
 * 香坊区 230106 and 动力区 230107 (the merged 香坊区 of 2006 took the new code
 * 230110).  Checked against code tables of the pre-2006 GB/T 2260 lists as
 * reproduced in public software (not against the MCA publication itself).
 */
#include <inttypes.h>
#include <stddef.h>

#include "plancheck/plugin.h"

/* 2004: gov.cn 国务院公报, 国函〔2004〕10号 of 2004-02-04.  The three districts
 * were inaugurated on 2004-05-30 (光明日报 2004-05-31); the codes change here
 * on the approval date. */
#define NOTE_2004_TAIPING                                                     \
    "国函〔2004〕10号(2004年2月4日): 撤销哈尔滨市太平区, 将其行政区域划归"     \
    "道外区管辖; 三区于2004年5月30日挂牌"
#define NOTE_2004_HULAN                                                       \
    "国函〔2004〕10号(2004年2月4日): 撤销呼兰县, 设立哈尔滨市呼兰区(原呼兰县"  \
    "乐业、对青山2镇划归新设的松北区); 2004年5月30日挂牌"
#define NOTE_2004_SONGBEI                                                     \
    "国函〔2004〕10号(2004年2月4日): 设立松北区, 辖原道外区松北、松浦、万宝3镇,"  \
    "太阳岛、三电2街道及原呼兰县乐业、对青山2镇"

/* 2006: approved by the State Council on 2006-08-15 (date from secondary
 * sources; the document number is not verified, so it is described rather
 * than cited). */
#define NOTE_2006_XIANGFANG                                                   \
    "国务院2006年8月15日批准(批复文号未核实): 撤销动力区、香坊区, 以两区"     \
    "行政区域组建新的香坊区(代码230110)"
#define NOTE_2006_ACHENG                                                      \
    "国务院2006年8月15日批准(批复文号未核实): 撤销县级阿城市, 设立哈尔滨市"   \
    "阿城区; 原阿城市永源镇、巨源镇划归道外区"

/* 2014: 国函〔2014〕55号, May 2014 (the day is not verified; the province
 * published it on 2014-06-09).  The code changes at the end of May 2014. */
#define NOTE_2014_SHUANGCHENG                                                 \
    "国函〔2014〕55号(2014年5月, 具体日期未核实): 撤销县级双城市, 设立哈尔滨市" \
    "双城区, 以原双城市的行政区域为双城区的行政区域; 代码切换日取2014年5月末"

/* Parents first: the host may resolve a parent when its child is added. */
static const pc_region_def regions[] = {
    {"230000", NULL, "黑龙江省", "Heilongjiang", NULL, NULL, NULL, NULL},
    {"230100", "230000", "哈尔滨市", "Harbin", NULL, NULL, NULL, NULL},

    {"230102", "230100", "道里区", "Daoli District", NULL, NULL, NULL, NULL},
    {"230103", "230100", "南岗区", "Nangang District", NULL, NULL, NULL, NULL},
    {"230104", "230100", "道外区", "Daowai District", NULL, NULL, NULL, NULL},
    {"230105", "230100", "太平区", "Taiping District", NULL, "2004-02-03", "230104",
     NOTE_2004_TAIPING},
    {"230106", "230100", "香坊区", "Xiangfang District (before 2006)", NULL, "2006-08-14",
     "230110", NOTE_2006_XIANGFANG},
    {"230107", "230100", "动力区", "Dongli District", NULL, "2006-08-14", "230110",
     NOTE_2006_XIANGFANG},
    {"230108", "230100", "平房区", "Pingfang District", NULL, NULL, NULL, NULL},
    {"230109", "230100", "松北区", "Songbei District", "2004-02-04", NULL, NULL,
     NOTE_2004_SONGBEI},
    {"230110", "230100", "香坊区", "Xiangfang District", "2006-08-15", NULL, NULL,
     NOTE_2006_XIANGFANG},
    {"230111", "230100", "呼兰区", "Hulan District", "2004-02-04", NULL, NULL,
     NOTE_2004_HULAN},
    {"230112", "230100", "阿城区", "Acheng District", "2006-08-15", NULL, NULL,
     NOTE_2006_ACHENG},
    {"230113", "230100", "双城区", "Shuangcheng District", "2014-06-01", NULL, NULL,
     NOTE_2014_SHUANGCHENG},
    {"230121", "230100", "呼兰县", "Hulan County", NULL, "2004-02-03", "230111",
     NOTE_2004_HULAN},
    {"230123", "230100", "依兰县", "Yilan County", NULL, NULL, NULL, NULL},
    {"230124", "230100", "方正县", "Fangzheng County", NULL, NULL, NULL, NULL},
    {"230125", "230100", "宾县", "Bin County", NULL, NULL, NULL, NULL},
    {"230126", "230100", "巴彦县", "Bayan County", NULL, NULL, NULL, NULL},
    {"230127", "230100", "木兰县", "Mulan County", NULL, NULL, NULL, NULL},
    {"230128", "230100", "通河县", "Tonghe County", NULL, NULL, NULL, NULL},
    {"230129", "230100", "延寿县", "Yanshou County", NULL, NULL, NULL, NULL},
    {"230181", "230100", "阿城市", "Acheng City", NULL, "2006-08-14", "230112",
     NOTE_2006_ACHENG},
    {"230182", "230100", "双城市", "Shuangcheng City", NULL, "2014-05-31", "230113",
     NOTE_2014_SHUANGCHENG},
    {"230183", "230100", "尚志市", "Shangzhi City", NULL, NULL, NULL, NULL},
    {"230184", "230100", "五常市", "Wuchang City", NULL, NULL, NULL, NULL},
};

/*
 * Fields the rules of harbin-2007 read that the core dictionary lacks.
 * Enterprise fields first, then region metrics.  Every name starts with
 * harbin_, so no other plugin's field can clash with it (the host refuses a
 * plugin that registers a name already defined).
 */
static const pc_field_def fields[] = {
    /* 五、(三) 专利申请资助 */
    {PC_SUBJECT_ENTERPRISE, "harbin_patent_applications_domestic", PC_FIELD_COUNT,
     "当年向国家知识产权局提交的专利申请量", "patent applications filed in China this year",
     "件", "applications", NULL},
    /* 五、(三) 对重大发明专利单位的奖励 */
    {PC_SUBJECT_ENTERPRISE, "harbin_major_invention_patent_recognised", PC_FIELD_BOOL,
     "拥有经认定的重大发明专利", "holds an invention patent recognised as major",
     NULL, NULL, NULL},
    /* 四、(四) 专利技术实施补贴 */
    {PC_SUBJECT_ENTERPRISE, "harbin_patents_implemented", PC_FIELD_COUNT,
     "当年实施的专利技术项数", "patented technologies put to use this year",
     "项", "patents", NULL},
    /* 四、(四) 对企业负责人的特别奖励 */
    {PC_SUBJECT_ENTERPRISE, "harbin_innovation_outstanding_recognised", PC_FIELD_BOOL,
     "经认定在自主创新(包括自主知识产权)方面取得突出成绩、作出重大贡献",
     "recognised for outstanding achievement in independent innovation (including own IP)",
     NULL, NULL, NULL},
    /* 四、(四) 重大项目专利评估和审核 */
    {PC_SUBJECT_ENTERPRISE, "harbin_government_major_ip_project", PC_FIELD_BOOL,
     "承担政府投资或支持的涉及知识产权的重大项目",
     "undertakes a major government-invested or -supported project involving IP",
     NULL, NULL, NULL},
    {PC_SUBJECT_ENTERPRISE, "harbin_major_project_patent_reviewed", PC_FIELD_BOOL,
     "该重大项目已经专利评估和审核", "the major project has passed patent evaluation and review",
     NULL, NULL, NULL},
    /* 四、(一) 一是 知识产权百强培育工程 */
    {PC_SUBJECT_ENTERPRISE, "harbin_ip_top100_cultivation", PC_FIELD_BOOL,
     "列入哈尔滨市知识产权百强培育工程", "in Harbin's IP top-100 cultivation programme",
     NULL, NULL, NULL},
    /* 四、(一) 二是 市级知识产权试点单位 */
    {PC_SUBJECT_ENTERPRISE, "harbin_municipal_ip_pilot_unit", PC_FIELD_BOOL,
     "市级知识产权试点单位", "municipal IP pilot unit", NULL, NULL, NULL},
    /* 四、(二) 三是 骨干企业专利预警 */
    {PC_SUBJECT_ENTERPRISE, "harbin_patent_early_warning_backbone", PC_FIELD_BOOL,
     "列为专利预警工作对象的骨干企业", "backbone enterprise covered by the patent early-warning work",
     NULL, NULL, NULL},
    /* 五、(四) 对作出突出贡献的单位予以表彰奖励 */
    {PC_SUBJECT_ENTERPRISE, "harbin_ip_city_work_outstanding_recognised", PC_FIELD_BOOL,
     "经认定在创建国家知识产权示范城市工作中作出突出贡献",
     "recognised for an outstanding contribution to the national IP demonstration city work",
     NULL, NULL, NULL},

    /* Region metrics of 二、(二). */
    {PC_SUBJECT_REGION, "harbin_service_patent_applications", PC_FIELD_COUNT,
     "职务专利申请量(发明、实用新型、外观设计合计)",
     "service patent applications (inventions, utility models and designs)",
     "件", "applications", NULL},
    {PC_SUBJECT_REGION, "harbin_ip_demonstration_units", PC_FIELD_COUNT,
     "知识产权示范单位", "IP demonstration units", "户", "units", NULL},
    {PC_SUBJECT_REGION, "harbin_ip_pilot_units_with_system", PC_FIELD_COUNT,
     "建立起比较完善的知识产权制度和运行机制的知识产权试点单位",
     "IP pilot units with a sound IP system and operating mechanism", "户", "units", NULL},
    {PC_SUBJECT_REGION, "harbin_ip_advantage_units", PC_FIELD_COUNT,
     "知识产权优势单位(企事业单位)", "IP advantage units (enterprises and institutions)",
     "户", "units", NULL},
    {PC_SUBJECT_REGION, "harbin_patent_early_warning_enterprises", PC_FIELD_COUNT,
     "建立专利预警报告制度和专利信息数据库的骨干企业",
     "backbone enterprises with a patent early-warning report system and patent database",
     "户", "enterprises", NULL},
    {PC_SUBJECT_REGION, "harbin_ip_trainee_person_times", PC_FIELD_COUNT,
     "当年知识产权普及培训科技人员人次", "person-times of IP awareness training of S&T staff in the year",
     "人次", "person-times", NULL},
    {PC_SUBJECT_REGION, "harbin_patent_managers_trained", PC_FIELD_COUNT,
     "当年培养的专利管理工作人员", "patent management staff trained in the year",
     "人", "people", NULL},
    {PC_SUBJECT_REGION, "harbin_senior_ip_talents", PC_FIELD_COUNT,
     "知识产权高级人才", "senior IP professionals", "人", "people", NULL},
    /* 五、(三) 逐年增加市政府专利专项发展资金额度: the amount of the year's budget */
    {PC_SUBJECT_REGION, "harbin_patent_fund_yuan", PC_FIELD_MONEY,
     "当年市政府专利专项发展资金额度", "the city's special patent development fund in the year's budget",
     "元", "yuan", NULL},
};

static int harbin_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    /* Everything lives in the const tables above: no per-engine state. */
    *state = NULL;

    static const pc_plugin_tables tables = {
        .regions = regions, .nregions = PC_COUNT(regions),
        .fields = fields, .nfields = PC_COUNT(fields),
    };
    return pc_plugin_add_tables(host, ctx, &tables) != 0;
}

/*
 * Two dates before which the counts cannot be other than 0 for an enterprise
 * of Harbin:
 *   - China's Patent Law took effect on 1985-04-01; the Patent Office took no
 *     application before then, so harbin_patent_applications_domestic (applications
 *     filed in China) of a year before 1985 must be 0.
 *   - China joined the Patent Cooperation Treaty on 1994-01-01; before then a
 *     Chinese applicant could not file a PCT application, so pct_applications
 *     of a year before 1994 must be 0.
 * Only enterprises carry a `year`; region records are not checked (validate()
 * sees only a region's latest year).
 */
static void harbin_validate(const pc_host_api *host, void *state,
                            const pc_subject *subject, pc_diag *diag)
{
    (void)state;
    int64_t year, n;
    if (!pc_plugin_get_int(host, subject, "year", &year))
        return;
    if (year < 1985 && pc_plugin_get_int(host, subject, "harbin_patent_applications_domestic", &n) && n > 0)
        PC_REPORT(host, diag, "harbin_patent_applications_domestic",
                  "%2$" PRId64 " 年早于 1985 年(《专利法》施行之年),harbin_patent_applications_domestic 却为 %1$" PRId64
                  ";应为 0,或年度在 1985 年及以后",
                     "harbin_patent_applications_domestic is %" PRId64 " in %" PRId64 ", before 1985, "
                     "when China's Patent Law took effect; expected 0 or a year from 1985 on",
                     n, year);
    if (year < 1994 && pc_plugin_get_int(host, subject, "pct_applications", &n) && n > 0)
        PC_REPORT(host, diag, "pct_applications",
                  "%2$" PRId64 " 年早于 1994 年(中国加入《专利合作条约》之年),pct_applications 却为 %1$" PRId64
                  ";应为 0,或年度在 1994 年及以后",
                     "pct_applications is %" PRId64 " in %" PRId64 ", before 1994, when China "
                     "joined the Patent Cooperation Treaty; expected 0 or a year from 1994 on",
                     n, year);
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = "harbin",
    .version = "1.0.0",
    .jurisdiction = "230100",
    .name_zh = "哈尔滨市",
    .name_en = "Harbin",
    .init = harbin_init,
    .validate = harbin_validate,
    .fini = NULL,
};

/* Declared first so -Wmissing-prototypes stays quiet. */
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
