/*
 * jilin.c -- jurisdiction plugin for 吉林省 Jilin Province (GB/T 2260 code 220000).
 *
 * Registers the province, its nine prefecture-level divisions and every
 * county-level division under them (current and replaced since 2006), the
 * input fields and region metrics the rules of rules/jilin/ need and the core
 * dictionary lacks, and a check of data that cannot be true.  Talks to the
 * host only through pc_host_api; links to nothing of the host.
 *
 * Code dates.  GB/T 2260 codes are listed per year; here a replaced code is
 * valid through 31 December of the year before the change was approved, and
 * its successor from 1 January of the year of the approval.  The exact days
 * of approval are in each note where a source was found; they were taken
 * from secondary sources (news reports, encyclopaedias), not from the State
 * Council's or the Ministry of Civil Affairs' own publication, and each note
 * says so.  Input dated between 1 January and the approval day is therefore
 * resolved to the new code a few months early (with the engine's warning);
 * every such change stays inside the province, so no plan of this plugin
 * changes its answer because of it.
 *
 * Not modelled, on purpose:
 *   - the 市辖区 statistical codes (220101, 220201, ...): they name no place an
 *     enterprise can be in;
 *   - the development zones of the statistical division code (220171-220174
 *     in 长春, 220271-220273 in 吉林市, ...) and 长白山保护开发区管理委员会:
 *     they are not GB/T 2260 codes; input there carries the code of the
 *     county-level division the site lies in;
 *   - codes retired before 2006 (e.g. the 1995 reforms of 双阳县, 扶余区):
 *     no plan here reaches back that far.
 *
 * No reference figures: no rule of rules/jilin/ divides by population (the
 * plan 吉政办发〔2012〕43号 has no per-10,000-people target), so none is
 * registered rather than registering unchecked figures nothing reads.
 */
#include <inttypes.h>
#include <stddef.h>

#include "plancheck/plugin.h"

#define JIUTAI_NOTE                                                           \
    "国务院2014年批复(国函〔2014〕142号)撤销县级九台市、设立长春市九台区,"       \
    "以原九台市行政区域为九台区行政区域; 文号与日期据第三方资料(分别记为2014年10月20日"  \
    "和2014年11月), 未与批复原文核对"

#define FUYU_NOTE                                                             \
    "2013年1月24日经国务院批准撤销扶余县、设立县级扶余市, 由吉林省直辖、松原市代管, "   \
    "原行政区域不变; 据香港文汇报2013-02-21报道, 批复文号未核实"

#define GONGZHULING_NOTE                                                      \
    "国务院2020年批复同意将四平市代管的县级公主岭市改由长春市代管, 代码由220381"  \
    "改为220184; 据2020年6月新闻报道, 批复日期与文号未核实"

#define JIANGYUAN_NOTE                                                        \
    "2006年撤销江源县、设立白山市江源区; 年份据民政部年度代码表的变更, 批复日期与"  \
    "文号未核实"

#define HUNJIANG_NOTE                                                         \
    "原名八道江区, 2010年2月经国务院批准更名为浑江区, 代码220602不变"          \
    "(更名日期据第三方资料, 未核实)"

/* Parents first: the host may resolve a parent when its child is added. */
static const pc_region_def regions[] = {
    {"220000", NULL, "吉林省", "Jilin", NULL, NULL, NULL, NULL},

    /* 长春市 */
    {"220100", "220000", "长春市", "Changchun", NULL, NULL, NULL, NULL},
    {"220102", "220100", "南关区", "Nanguan District", NULL, NULL, NULL, NULL},
    {"220103", "220100", "宽城区", "Kuancheng District", NULL, NULL, NULL, NULL},
    {"220104", "220100", "朝阳区", "Chaoyang District", NULL, NULL, NULL, NULL},
    {"220105", "220100", "二道区", "Erdao District", NULL, NULL, NULL, NULL},
    {"220106", "220100", "绿园区", "Lüyuan District", NULL, NULL, NULL, NULL},
    {"220112", "220100", "双阳区", "Shuangyang District", NULL, NULL, NULL, NULL},
    {"220113", "220100", "九台区", "Jiutai District", "2014-01-01", NULL, NULL, JIUTAI_NOTE},
    {"220122", "220100", "农安县", "Nong'an County", NULL, NULL, NULL, NULL},
    {"220181", "220100", "九台市", "Jiutai City", NULL, "2013-12-31", "220113", JIUTAI_NOTE},
    {"220182", "220100", "榆树市", "Yushu City", NULL, NULL, NULL, NULL},
    {"220183", "220100", "德惠市", "Dehui City", NULL, NULL, NULL, NULL},
    {"220184", "220100", "公主岭市", "Gongzhuling City", "2020-01-01", NULL, NULL, GONGZHULING_NOTE},

    /* 吉林市 */
    {"220200", "220000", "吉林市", "Jilin City", NULL, NULL, NULL, NULL},
    {"220202", "220200", "昌邑区", "Changyi District", NULL, NULL, NULL, NULL},
    {"220203", "220200", "龙潭区", "Longtan District", NULL, NULL, NULL, NULL},
    {"220204", "220200", "船营区", "Chuanying District", NULL, NULL, NULL, NULL},
    {"220211", "220200", "丰满区", "Fengman District", NULL, NULL, NULL, NULL},
    {"220221", "220200", "永吉县", "Yongji County", NULL, NULL, NULL, NULL},
    {"220281", "220200", "蛟河市", "Jiaohe City", NULL, NULL, NULL, NULL},
    {"220282", "220200", "桦甸市", "Huadian City", NULL, NULL, NULL, NULL},
    {"220283", "220200", "舒兰市", "Shulan City", NULL, NULL, NULL, NULL},
    {"220284", "220200", "磐石市", "Panshi City", NULL, NULL, NULL, NULL},

    /* 四平市 */
    {"220300", "220000", "四平市", "Siping", NULL, NULL, NULL, NULL},
    {"220302", "220300", "铁西区", "Tiexi District", NULL, NULL, NULL, NULL},
    {"220303", "220300", "铁东区", "Tiedong District", NULL, NULL, NULL, NULL},
    {"220322", "220300", "梨树县", "Lishu County", NULL, NULL, NULL, NULL},
    {"220323", "220300", "伊通满族自治县", "Yitong Manchu Autonomous County", NULL, NULL, NULL, NULL},
    {"220381", "220300", "公主岭市", "Gongzhuling City", NULL, "2019-12-31", "220184", GONGZHULING_NOTE},
    {"220382", "220300", "双辽市", "Shuangliao City", NULL, NULL, NULL, NULL},

    /* 辽源市 */
    {"220400", "220000", "辽源市", "Liaoyuan", NULL, NULL, NULL, NULL},
    {"220402", "220400", "龙山区", "Longshan District", NULL, NULL, NULL, NULL},
    {"220403", "220400", "西安区", "Xi'an District", NULL, NULL, NULL, NULL},
    {"220421", "220400", "东丰县", "Dongfeng County", NULL, NULL, NULL, NULL},
    {"220422", "220400", "东辽县", "Dongliao County", NULL, NULL, NULL, NULL},

    /* 通化市 */
    {"220500", "220000", "通化市", "Tonghua", NULL, NULL, NULL, NULL},
    {"220502", "220500", "东昌区", "Dongchang District", NULL, NULL, NULL, NULL},
    {"220503", "220500", "二道江区", "Erdaojiang District", NULL, NULL, NULL, NULL},
    {"220521", "220500", "通化县", "Tonghua County", NULL, NULL, NULL, NULL},
    {"220523", "220500", "辉南县", "Huinan County", NULL, NULL, NULL, NULL},
    {"220524", "220500", "柳河县", "Liuhe County", NULL, NULL, NULL, NULL},
    {"220581", "220500", "梅河口市", "Meihekou City", NULL, NULL, NULL, NULL},
    {"220582", "220500", "集安市", "Ji'an City", NULL, NULL, NULL, NULL},

    /* 白山市 */
    {"220600", "220000", "白山市", "Baishan", NULL, NULL, NULL, NULL},
    {"220602", "220600", "浑江区", "Hunjiang District", NULL, NULL, NULL, HUNJIANG_NOTE},
    {"220605", "220600", "江源区", "Jiangyuan District", "2006-01-01", NULL, NULL, JIANGYUAN_NOTE},
    {"220621", "220600", "抚松县", "Fusong County", NULL, NULL, NULL, NULL},
    {"220622", "220600", "靖宇县", "Jingyu County", NULL, NULL, NULL, NULL},
    {"220623", "220600", "长白朝鲜族自治县", "Changbai Korean Autonomous County", NULL, NULL, NULL, NULL},
    {"220625", "220600", "江源县", "Jiangyuan County", NULL, "2005-12-31", "220605", JIANGYUAN_NOTE},
    {"220681", "220600", "临江市", "Linjiang City", NULL, NULL, NULL, NULL},

    /* 松原市 */
    {"220700", "220000", "松原市", "Songyuan", NULL, NULL, NULL, NULL},
    {"220702", "220700", "宁江区", "Ningjiang District", NULL, NULL, NULL, NULL},
    {"220721", "220700", "前郭尔罗斯蒙古族自治县", "Qian Gorlos Mongol Autonomous County", NULL, NULL, NULL, NULL},
    {"220722", "220700", "长岭县", "Changling County", NULL, NULL, NULL, NULL},
    {"220723", "220700", "乾安县", "Qian'an County", NULL, NULL, NULL, NULL},
    {"220724", "220700", "扶余县", "Fuyu County", NULL, "2012-12-31", "220781", FUYU_NOTE},
    {"220781", "220700", "扶余市", "Fuyu City", "2013-01-01", NULL, NULL, FUYU_NOTE},

    /* 白城市 */
    {"220800", "220000", "白城市", "Baicheng", NULL, NULL, NULL, NULL},
    {"220802", "220800", "洮北区", "Taobei District", NULL, NULL, NULL, NULL},
    {"220821", "220800", "镇赉县", "Zhenlai County", NULL, NULL, NULL, NULL},
    {"220822", "220800", "通榆县", "Tongyu County", NULL, NULL, NULL, NULL},
    {"220881", "220800", "洮南市", "Taonan City", NULL, NULL, NULL, NULL},
    {"220882", "220800", "大安市", "Da'an City", NULL, NULL, NULL, NULL},

    /* 延边朝鲜族自治州 */
    {"222400", "220000", "延边朝鲜族自治州", "Yanbian Korean Autonomous Prefecture", NULL, NULL, NULL, NULL},
    {"222401", "222400", "延吉市", "Yanji City", NULL, NULL, NULL, NULL},
    {"222402", "222400", "图们市", "Tumen City", NULL, NULL, NULL, NULL},
    {"222403", "222400", "敦化市", "Dunhua City", NULL, NULL, NULL, NULL},
    {"222404", "222400", "珲春市", "Hunchun City", NULL, NULL, NULL, NULL},
    {"222405", "222400", "龙井市", "Longjing City", NULL, NULL, NULL, NULL},
    {"222406", "222400", "和龙市", "Helong City", NULL, NULL, NULL, NULL},
    {"222424", "222400", "汪清县", "Wangqing County", NULL, NULL, NULL, NULL},
    {"222426", "222400", "安图县", "Antu County", NULL, NULL, NULL, NULL},
};

/*
 * Fields the rules of jilin-2012 read that the core dictionary lacks.  Names
 * carry the plugin's prefix (field names are global to the engine).  Each is
 * documented in docs/plans.md#jilin-2012.
 */
#define E PC_SUBJECT_ENTERPRISE
#define R PC_SUBJECT_REGION
static const pc_field_def fields[] = {
    /* 七、(一): filings abroad.  PCT international applications are the core
     * field pct_applications; these are the other filings abroad. */
    {E, "jilin_foreign_patent_applications", PC_FIELD_COUNT,
     "当年向国外(境外)提出的专利申请量(巴黎公约途径或PCT进入国家/地区阶段)",
     "patent applications filed abroad this year (Paris Convention route or PCT national/regional phase)",
     "件", "applications", NULL},
    {E, "jilin_foreign_trademark_applications", PC_FIELD_COUNT,
     "当年在国外(境外)申请注册商标量(含马德里国际注册)",
     "trademark applications filed abroad this year (including Madrid international registrations)",
     "件", "applications", NULL},
    /* 七、(三): foreign disputes. */
    {E, "jilin_foreign_ip_disputes", PC_FIELD_COUNT,
     "当年应对的国外(境外)知识产权纠纷(诉讼、行政调查、异议等)",
     "foreign IP disputes handled this year (suits, administrative investigations, oppositions...)",
     "件", "cases", NULL},
    /* 四、(一): owning IP of one's own. */
    {E, "jilin_owns_independent_ip", PC_FIELD_BOOL,
     "拥有自主知识产权(自有的专利、计算机软件著作权、集成电路布图设计、植物新品种等)",
     "owns IP of its own (patents, software copyrights, layout designs, plant varieties...)",
     NULL, NULL, NULL},
    /* 三、(二): the enterprises the quality programme chooses from. */
    {E, "jilin_sei_key_enterprise", PC_FIELD_BOOL,
     "战略性新兴产业重点、龙头企业",
     "key or leading enterprise of a strategic emerging industry",
     NULL, NULL, NULL},
    /* 三、(三): the five IP rules an enterprise must have. */
    {E, "jilin_has_ip_management_rules", PC_FIELD_BOOL,
     "已建立知识产权管理制度", "has IP management rules", NULL, NULL, NULL},
    {E, "jilin_has_ip_filing_rules", PC_FIELD_BOOL,
     "已建立知识产权申请(申报)制度", "has IP filing rules", NULL, NULL, NULL},
    {E, "jilin_has_ip_reward_rules", PC_FIELD_BOOL,
     "已建立知识产权奖励制度", "has IP reward rules", NULL, NULL, NULL},
    {E, "jilin_has_ip_market_rules", PC_FIELD_BOOL,
     "已建立知识产权市场环境维持制度", "has rules for maintaining the IP market environment", NULL, NULL, NULL},
    {E, "jilin_has_ip_training_rules", PC_FIELD_BOOL,
     "已建立知识产权教育培训制度", "has IP education and training rules", NULL, NULL, NULL},
    /* 四、(一): financial institutions' pricing duty. */
    {E, "jilin_is_financial_institution", PC_FIELD_BOOL,
     "金融机构(银行业金融机构等)", "financial institution (bank or other lender)", NULL, NULL, NULL},
    {E, "jilin_differentiated_loan_pricing", PC_FIELD_BOOL,
     "已建立对战略性新兴产业企业的差别化贷款定价机制",
     "has a differentiated loan pricing mechanism for strategic emerging industry enterprises",
     NULL, NULL, NULL},

    /* 二、(二)1.: the province's 2015 goals, within the ten industries. */
    {R, "jilin_sei_valid_invention_patents", PC_FIELD_COUNT,
     "战略性新兴产业领域发明专利拥有量", "valid invention patents held in the strategic emerging industries",
     "件", "patents", NULL},
    {R, "jilin_sei_pct_applications", PC_FIELD_COUNT,
     "战略性新兴产业领域专利国际(PCT)申请量", "international (PCT) patent applications in the strategic emerging industries",
     "件", "applications", NULL},
    /* 四、(三): the ten industry IP alliances. */
    {R, "jilin_sei_ip_alliance_industries", PC_FIELD_COUNT,
     "已建立知识产权联盟的十大战略性新兴产业数", "of the ten strategic emerging industries, those with an IP alliance",
     "个", "industries", NULL},
};
#undef E
#undef R

static int jilin_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
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
 * Only data that cannot be true is refused:
 *   - an enterprise's PCT application in a year before 1994: China acceded to
 *     the Patent Cooperation Treaty with effect from 1 January 1994, so no
 *     enterprise of Jilin could file one earlier;
 *   - a region with more than ten industries with an IP alliance: the plan
 *     names exactly ten strategic emerging industries;
 *   - a region whose strategic-emerging-industry figure exceeds the same
 *     figure for all industries (a part larger than its whole).
 * The host lets validate() read one year of a region (the last year section
 * given), so the region checks see that year only.
 * Field lookups are per subject kind: a region field on an enterprise (and
 * the reverse) reads as absent, so the checks need not test the kind.
 */
static void jilin_validate(const pc_host_api *host, void *state,
                           const pc_subject *subject, pc_diag *diag)
{
    (void)state;
    int64_t year, n, all;
    if (pc_plugin_get_int(host, subject, "year", &year) && year < 1994 &&
        pc_plugin_get_int(host, subject, "pct_applications", &n) && n > 0)
        PC_REPORT(host, diag, "pct_applications",
                  "%2$" PRId64 " 年有 %1$" PRId64 " 件 PCT 申请,但中国于 1994-01-01 才加入 PCT;应为 0,或年度在 1994 年及以后",
                     "%" PRId64 " PCT applications in %" PRId64 ", but China joined the PCT on "
                     "1994-01-01; expected 0 or a year from 1994 on",
                     n, year);

    if (pc_plugin_get_int(host, subject, "jilin_sei_ip_alliance_industries", &n) && n > 10)
        PC_REPORT(host, diag, "jilin_sei_ip_alliance_industries",
                  "%" PRId64 " 个产业建立了知识产权联盟,但规划只列出十个战略性新兴产业;应为 0 到 10",
                     "%" PRId64 " industries with an IP alliance, but the plan names ten "
                     "strategic emerging industries; expected 0 to 10",
                     n);
    if (pc_plugin_get_int(host, subject, "jilin_sei_valid_invention_patents", &n) &&
        pc_plugin_get_int(host, subject, "valid_invention_patents", &all) && n > all)
        PC_REPORT(host, diag, "jilin_sei_valid_invention_patents",
                  "战略性新兴产业的有效发明专利 %" PRId64 " 件,超过全部产业的 %" PRId64
                  " 件(valid_invention_patents);应不超过后者",
                     "%" PRId64 " invention patents in the strategic emerging industries exceed the "
                     "%" PRId64 " of all industries (valid_invention_patents); expected at most that",
                     n, all);
    if (pc_plugin_get_int(host, subject, "jilin_sei_pct_applications", &n) &&
        pc_plugin_get_int(host, subject, "pct_applications", &all) && n > all)
        PC_REPORT(host, diag, "jilin_sei_pct_applications",
                  "战略性新兴产业的 PCT 申请 %" PRId64 " 件,超过全部产业的 %" PRId64 " 件(pct_applications);应不超过后者",
                     "%" PRId64 " PCT applications in the strategic emerging industries exceed the "
                     "%" PRId64 " of all industries (pct_applications); expected at most that",
                     n, all);
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = "jilin",
    .version = "1.0.0",
    .jurisdiction = "220000",
    .name_zh = "吉林省",
    .name_en = "Jilin",
    .init = jilin_init,
    .validate = jilin_validate,
    .fini = NULL,
};

/* Declared first so -Wmissing-prototypes stays quiet. */
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
