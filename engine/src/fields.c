/*
 * fields.c -- the field dictionary: every enterprise field and region metric
 * the engine knows, with its type, zh/en label and unit.  Plugins add their
 * own through the host API; docs/fields.md is checked against this table.
 */
#include "fields.h"
#include "diag.h"
#include "suggest.h"

#include <stdlib.h>
#include <string.h>

static const char *const industry_values[] = {
    "biomedicine", "biochemical", "electronic_information", "new_materials",
    "new_energy", "new_energy_vehicles", "advanced_equipment", "energy_saving",
    "culture", "tourism", "other", NULL};

static const char *const advantage_values[] = {"none", "municipal", "provincial", "national", NULL};

/* The ten strategic emerging industries as 吉政办发〔2012〕43号 names them. */
static const char *const industry_labels[] = {
    "生物医药", "生物化工", "电子信息", "新材料", "新能源", "新能源汽车", "先进装备制造", "节能环保",
    "文化", "旅游", "其他", NULL};
static const char *const industry_aliases[] = {
    "生物医药产业", "biomedicine", "生物化工产业", "biochemical", "电子信息产业", "electronic_information",
    "新材料产业", "new_materials", "新能源产业", "new_energy", "新能源汽车产业", "new_energy_vehicles",
    "先进装备制造产业", "advanced_equipment", "高端装备", "advanced_equipment", "高端装备制造", "advanced_equipment",
    "先进装备", "advanced_equipment", "装备制造", "advanced_equipment", "节能环保产业", "energy_saving",
    "文化产业", "culture", "旅游产业", "tourism", "其它", "other", NULL};
static const char *const advantage_labels[] = {"无", "市级", "省级", "国家级", NULL};
static const char *const advantage_aliases[] = {
    "否", "none", "市级优势企业", "municipal", "省级优势企业", "provincial", "省级示范企业", "provincial",
    "国家级优势企业", "national", "国家级示范企业", "national", "国家知识产权优势企业", "national",
    "国家知识产权示范企业", "national", NULL};

static const char *const id_aliases[] = {"统一社会信用代码", "社会信用代码", "信用代码", "credit_code", NULL};
static const char *const name_aliases[] = {"名称", "单位名称", "企业名", NULL};
static const char *const region_aliases[] = {"行政区划代码", "区划代码", "地区代码", "region_code", NULL};
static const char *const industry_field_aliases[] = {"产业", "所属行业", "行业", NULL};
static const char *const year_aliases[] = {"年度", "年份", NULL};
static const char *const high_tech_aliases[] = {"是否高新技术企业", "高企", "high_tech", NULL};
static const char *const sme_aliases[] = {"是否中小微企业", "中小企业", NULL};
static const char *const soe_aliases[] = {"是否国有企业", "国企", NULL};
static const char *const specialized_aliases[] = {"是否专精特新企业", "专精特新", NULL};
static const char *const champion_aliases[] = {"是否单项冠军企业", "单项冠军", NULL};
static const char *const advantage_field_aliases[] = {
    "知识产权优势企业级别", "知识产权示范企业级别", "优势示范企业级别", NULL};

/* Aliases and enum labels of core fields: docs/fields.md lists them. */
static const pc_field_names core_names[] = {
    {"id", id_aliases, NULL, NULL},
    {"name", name_aliases, NULL, NULL},
    {"region", region_aliases, NULL, NULL},
    {"industry", industry_field_aliases, industry_labels, industry_aliases},
    {"year", year_aliases, NULL, NULL},
    {"is_high_tech", high_tech_aliases, NULL, NULL},
    {"is_sme", sme_aliases, NULL, NULL},
    {"is_state_owned", soe_aliases, NULL, NULL},
    {"is_specialized_new", specialized_aliases, NULL, NULL},
    {"is_single_champion", champion_aliases, NULL, NULL},
    {"ip_advantage_level", advantage_field_aliases, advantage_labels, advantage_aliases},
};

#define E PC_SUBJECT_ENTERPRISE
#define R PC_SUBJECT_REGION

static const pc_field_def core_fields[] = {
    /* enterprise: identity (contract core fields) */
    {E, "id", PC_FIELD_STRING, "统一社会信用代码或编号", "credit code or id", NULL, NULL, NULL},
    {E, "name", PC_FIELD_STRING, "企业名称", "enterprise name", NULL, NULL, NULL},
    {E, "region", PC_FIELD_REGION, "所在地行政区划代码", "region code", NULL, NULL, NULL},
    {E, "industry", PC_FIELD_ENUM, "所属产业", "industry", NULL, NULL, industry_values},
    {E, "year", PC_FIELD_INT, "数据年度", "data year", NULL, NULL, NULL},
    {E, "is_high_tech", PC_FIELD_BOOL, "高新技术企业", "high-tech enterprise", NULL, NULL, NULL},
    {E, "is_sme", PC_FIELD_BOOL, "中小微企业", "small or medium enterprise", NULL, NULL, NULL},
    {E, "is_state_owned", PC_FIELD_BOOL, "国有企业", "state-owned enterprise", NULL, NULL, NULL},
    {E, "is_specialized_new", PC_FIELD_BOOL, "专精特新企业", "specialised and innovative enterprise", NULL, NULL, NULL},
    {E, "is_single_champion", PC_FIELD_BOOL, "单项冠军企业", "single-product champion", NULL, NULL, NULL},
    {E, "ip_advantage_level", PC_FIELD_ENUM, "知识产权优势示范企业级别", "IP advantage/demonstration level", NULL, NULL, advantage_values},
    {E, "invention_grants_domestic", PC_FIELD_COUNT, "当年国内发明专利授权量", "domestic invention patents granted this year", "件", "patents", NULL},
    {E, "invention_grants_foreign", PC_FIELD_COUNT, "当年国外发明专利授权量", "foreign invention patents granted this year", "件", "patents", NULL},
    {E, "pct_applications", PC_FIELD_COUNT, "PCT国际专利申请量", "PCT applications", "件", "applications", NULL},
    {E, "valid_invention_patents", PC_FIELD_COUNT, "有效发明专利拥有量", "valid invention patents held", "件", "patents", NULL},
    {E, "high_value_invention_patents", PC_FIELD_COUNT, "高价值发明专利拥有量", "high-value invention patents held", "件", "patents", NULL},
    {E, "registered_trademarks", PC_FIELD_COUNT, "有效注册商标量", "valid registered trademarks", "件", "trademarks", NULL},
    {E, "ip_full_time_staff", PC_FIELD_COUNT, "知识产权专职工作人员", "full-time IP staff", "人", "people", NULL},
    {E, "patent_disputes_won", PC_FIELD_COUNT, "专利侵权纠纷调处获胜或诉讼胜诉案件", "patent infringement rulings or suits won", "件", "cases", NULL},
    {E, "foreign_cases_non_infringement", PC_FIELD_COUNT, "国外专利诉讼或行政处理中被判不侵权", "foreign patent cases found not infringing", "件", "cases", NULL},
    {E, "ip_pledge_loan_yuan", PC_FIELD_MONEY, "知识产权质押贷款额", "IP pledge loans", "元", "yuan", NULL},
    /* enterprise: generic extensions (docs/fields.md) */
    {E, "uses_patent_info_services", PC_FIELD_BOOL, "使用专利信息服务资源开展创新活动", "uses patent information services for innovation", NULL, NULL, NULL},
    {E, "local_high_value_transfers", PC_FIELD_COUNT, "在本地实施转化的高校院所高价值专利", "high-value patents of universities or institutes put to use locally", "件", "patents", NULL},
    {E, "standards_drafted", PC_FIELD_COUNT, "主导或参与制定的标准(地方、行业、国家、国际)", "standards drafted or co-drafted (local, industry, national, international)", "项", "standards", NULL},

    /* region metrics: all year-end figures of one year */
    {R, "population_10k", PC_FIELD_NUMBER, "常住人口", "resident population", "万人", "10,000 people", NULL},
    {R, "gdp_growth_pct", PC_FIELD_NUMBER, "地区生产总值增长率", "GDP growth", "%", "%", NULL},
    {R, "patent_applications", PC_FIELD_COUNT, "专利申请量", "patent applications", "件", "applications", NULL},
    {R, "invention_applications", PC_FIELD_COUNT, "发明专利申请量", "invention patent applications", "件", "applications", NULL},
    {R, "service_invention_applications", PC_FIELD_COUNT, "职务发明专利申请量", "service invention applications", "件", "applications", NULL},
    {R, "valid_invention_patents", PC_FIELD_COUNT, "有效发明专利拥有量", "valid invention patents held", "件", "patents", NULL},
    {R, "high_value_invention_patents", PC_FIELD_COUNT, "高价值发明专利拥有量", "high-value invention patents held", "件", "patents", NULL},
    {R, "pct_applications", PC_FIELD_COUNT, "PCT国际专利申请量", "PCT applications", "件", "applications", NULL},
    {R, "registered_trademarks", PC_FIELD_COUNT, "有效注册商标总量", "valid registered trademarks", "件", "trademarks", NULL},
    {R, "copyright_registrations", PC_FIELD_COUNT, "作品著作权登记量", "copyright registrations of works", "件", "registrations", NULL},
    {R, "software_copyright_registrations", PC_FIELD_COUNT, "计算机软件著作权年登记量", "software copyright registrations in the year", "件", "registrations", NULL},
    {R, "plant_variety_grants", PC_FIELD_COUNT, "当年植物新品种授权量", "plant variety rights granted in the year", "件", "grants", NULL},
    {R, "agri_geographical_indications", PC_FIELD_COUNT, "农产品地理标志", "agricultural geographical indications", "件", "indications", NULL},
    {R, "municipal_ip_advantage_enterprises", PC_FIELD_COUNT, "市级知识产权优势企业", "municipal IP advantage enterprises", "家", "enterprises", NULL},
    {R, "tech_contract_turnover_yuan", PC_FIELD_MONEY, "技术市场登记的技术合同交易总额", "registered technology contract turnover", "元", "yuan", NULL},
    {R, "standard_compliant_enterprises", PC_FIELD_COUNT, "完成《企业知识产权管理规范》贯标的企业", "enterprises certified to GB/T 29490", "家", "enterprises", NULL},
    {R, "sme_ip_management_systems", PC_FIELD_COUNT, "建立知识产权管理制度的中小微企业", "SMEs with an IP management system", "家", "enterprises", NULL},
    {R, "patent_topic_databases", PC_FIELD_COUNT, "专利专题数据库", "patent topic databases", "个", "databases", NULL},
    {R, "soe_patent_conversion_output_yuan", PC_FIELD_MONEY, "国有企业专利技术转化产值", "output from state-owned enterprises' patent conversion", "元", "yuan", NULL},
    {R, "ip_service_institutions", PC_FIELD_COUNT, "知识产权服务机构", "IP service institutions", "家", "institutions", NULL},
    {R, "ip_pledge_financing_yuan", PC_FIELD_MONEY, "知识产权质押融资额", "IP pledge financing", "元", "yuan", NULL},
};

#undef E
#undef R

/* Each type: its key for programs and its description for people, en and zh. */
#define PC_FIELD_TYPES(X)                                                                 \
    X(PC_FIELD_STRING, "string", "string", "文本")                                        \
    X(PC_FIELD_BOOL, "boolean", "boolean", "是/否")                                       \
    X(PC_FIELD_COUNT, "count", "non-negative integer", "非负整数")                        \
    X(PC_FIELD_INT, "integer", "integer", "整数")                                         \
    X(PC_FIELD_NUMBER, "number", "number", "数值")                                        \
    X(PC_FIELD_MONEY, "money", "money (yuan, at most 2 decimals)", "金额(元,最多两位小数)") \
    X(PC_FIELD_ENUM, "enum", "one of a list", "列表中的一项")                             \
    X(PC_FIELD_REGION, "region", "six-digit region code", "六位行政区划代码")

const char *pc_field_type_words(pc_field_type t, pc_lang lang)
{
    switch (t) {
#define PC_TYPE_NAME(e, key, name, zh) case e: return lang == PC_LANG_ZH ? zh : name;
    PC_FIELD_TYPES(PC_TYPE_NAME)
    }
    return "?";
}

const char *pc_field_type_name(pc_field_type t)
{
    return pc_field_type_words(t, PC_LANG_EN);
}

const char *pc_field_type_key(pc_field_type t)
{
    switch (t) {
#define PC_TYPE_KEY(e, key, name, zh) case e: return key;
    PC_FIELD_TYPES(PC_TYPE_KEY)
    }
    return "?";
}

static int valid_field_name(const char *s)
{
    if (!s || !(*s >= 'a' && *s <= 'z'))
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return 0;
    return 1;
}

static uint32_t hash(pc_subject_kind subject, const char *s)
{
    uint32_t h = 2166136261u ^ (uint32_t)subject;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void index_put(pc_dict *d, pc_subject_kind subject, const char *key, int field)
{
    uint32_t h = hash(subject, key);
    size_t mask = d->nslots - 1, i = h & mask;
    while (d->slots[i])
        i = (i + 1) & mask;
    d->slots[i] = field + 1;
    d->hashes[i] = h;
    d->keys[i] = key;
    d->nkeys++;
}

static void index_field(pc_dict *d, size_t i)
{
    const pc_field *f = &d->fields[i];
    index_put(d, f->def.subject, f->def.name, (int)i);
    index_put(d, f->def.subject, f->def.label_zh, (int)i);
    for (const char *const *a = f->aliases; a && *a; a++)
        index_put(d, f->def.subject, *a, (int)i);
}

/* Rebuilds the index with n slots (a power of two). */
static void reindex(pc_dict *d, size_t n)
{
    free(d->slots);
    free(d->hashes);
    free(d->keys);
    d->slots = pc_xcalloc(n, sizeof *d->slots);
    d->hashes = pc_xcalloc(n, sizeof *d->hashes);
    d->keys = pc_xcalloc(n, sizeof *d->keys);
    d->nslots = n;
    d->nkeys = 0;
    for (size_t i = 0; i < d->count; i++)
        index_field(d, i);
}

/* Room for more keys: the index stays at most a quarter full, so most
 * probes end at the first slot.  Keys are added as fields and names are. */
static void index_reserve(pc_dict *d, size_t more)
{
    size_t n = d->nslots ? d->nslots : 64;
    while (n < (d->nkeys + more) * 4)
        n *= 2;
    if (n != d->nslots)
        reindex(d, n);
}

static int index_get(const pc_dict *d, pc_subject_kind subject, const char *key, int by_label)
{
    if (!d->nslots)
        return -1;
    uint32_t h = hash(subject, key);
    size_t mask = d->nslots - 1, i = h & mask;
    for (; d->slots[i]; i = (i + 1) & mask) {
        if (d->hashes[i] != h)
            continue;
        const pc_field *f = &d->fields[d->slots[i] - 1];
        if (f->def.subject == subject && (by_label || d->keys[i] == f->def.name) && strcmp(d->keys[i], key) == 0)
            return d->slots[i] - 1;
    }
    return -1;
}

int pc_dict_add(pc_dict *d, const pc_field_def *def, const char *owner, pc_diag *why)
{
    if (!valid_field_name(def->name) || !def->label_zh || !def->label_en ||
        def->type < PC_FIELD_STRING || def->type > PC_FIELD_REGION ||
        (def->subject != PC_SUBJECT_ENTERPRISE && def->subject != PC_SUBJECT_REGION) ||
        (def->type == PC_FIELD_ENUM && !def->enum_values)) {
        pc_diag_say(why, 0, NULL, 0, NULL, def->type == PC_FIELD_ENUM ? PC_D_REG_FIELD_NEEDS_ENUM : PC_D_REG_FIELD_NEEDS,
                    def->name ? def->name : "(null)");
        return -1;
    }
    int old = pc_dict_find(d, def->subject, def->name);
    if (old >= 0) {
        /* Two plugins may need the same field: fine if they mean the same. */
        const pc_field_def *o = &d->fields[old].def;
        if (o->type == def->type && strcmp(o->label_zh, def->label_zh) == 0 && strcmp(o->label_en, def->label_en) == 0)
            return 0;
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_FIELD_DIFFERS, def->name, d->fields[old].owner);
        return -1;
    }
    int same_label = pc_dict_find_label(d, def->subject, def->label_zh);
    if (same_label >= 0) {
        /* Input may name a field by its zh label: two fields cannot share one. */
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_FIELD_LABEL_TAKEN, def->name, def->label_zh, d->fields[same_label].def.name);
        return -1;
    }
    int name_taken = pc_dict_find_label(d, def->subject, def->name);
    if (name_taken >= 0) {
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_FIELD_NAME_TAKEN, def->name, d->fields[name_taken].def.name);
        return -1;
    }
    if (d->count == d->cap) {
        size_t ncap = d->cap ? d->cap * 2 : 64;
        pc_field *n = realloc(d->fields, ncap * sizeof *n);
        if (!n) {
            pc_diag_say(why, 0, NULL, 0, NULL, PC_D_OUT_OF_MEMORY);
            return -1;
        }
        d->fields = n;
        d->cap = ncap;
    }
    index_reserve(d, 2);
    pc_field *f = &d->fields[d->count];
    memset(f, 0, sizeof *f);
    f->def = *def;
    f->owner = owner;
    f->index = (int)(def->subject == PC_SUBJECT_ENTERPRISE ? d->n_enterprise++ : d->n_region++);
    index_field(d, d->count++);
    return 0;
}

/* Plugins' strings live as long as the plugin is loaded, which is as long as
 * the dictionary: the definitions are kept by value, not copied deeply. */
int pc_dict_init(pc_dict *d)
{
    pc_diag *why = pc_diag_new();
    int rc = 0;
    memset(d, 0, sizeof *d);
    for (size_t i = 0; i < sizeof core_fields / sizeof core_fields[0] && !rc; i++)
        rc = pc_dict_add(d, &core_fields[i], "core", why);
    for (size_t i = 0; i < sizeof core_names / sizeof core_names[0] && !rc; i++)
        rc = pc_dict_add_names(d, &core_names[i], "core", why);
    pc_diag_free(why);
    return rc ? -1 : 0;
}

void pc_dict_free(pc_dict *d)
{
    free(d->slots);
    free(d->hashes);
    free(d->keys);
    free(d->fields);
    memset(d, 0, sizeof *d);
}

int pc_dict_find(const pc_dict *d, pc_subject_kind subject, const char *name)
{
    return index_get(d, subject, name, 0);
}

int pc_dict_find_label(const pc_dict *d, pc_subject_kind subject, const char *name_or_label)
{
    return index_get(d, subject, name_or_label, 1);
}

const char *pc_field_label(const pc_field *f, pc_lang lang)
{
    return lang == PC_LANG_ZH ? f->def.label_zh : f->def.label_en;
}

const char *pc_field_unit(const pc_field *f, pc_lang lang)
{
    const char *u = lang == PC_LANG_ZH ? f->def.unit_zh : f->def.unit_en;
    return u ? u : "";
}

void pc_dict_truncate(pc_dict *d, size_t count)
{
    d->count = count;
    d->n_enterprise = d->n_region = 0;
    for (size_t i = 0; i < count; i++) {
        if (d->fields[i].def.subject == PC_SUBJECT_ENTERPRISE)
            d->n_enterprise++;
        else
            d->n_region++;
    }
    reindex(d, d->nslots);
}

/* ---- aliases, enum labels, suggestions ----------------------------------------- */

static size_t list_len(const char *const *a)
{
    size_t n = 0;
    while (a && a[n])
        n++;
    return n;
}

static int enum_index(const pc_field *f, const char *value)
{
    for (size_t i = 0; f->def.enum_values && f->def.enum_values[i]; i++)
        if (f->def.enum_values[i][0] == value[0] && strcmp(f->def.enum_values[i], value) == 0)
            return (int)i;
    return -1;
}

const char *pc_field_enum_value(const pc_field *f, const char *text)
{
    if (f->def.type != PC_FIELD_ENUM)
        return NULL;
    int i = enum_index(f, text);
    if (i >= 0)
        return f->def.enum_values[i];
    for (size_t k = 0; f->enum_labels && f->enum_labels[k]; k++)
        if (strcmp(f->enum_labels[k], text) == 0)
            return f->def.enum_values[k];
    for (size_t k = 0; f->enum_aliases && f->enum_aliases[k]; k += 2)
        if (strcmp(f->enum_aliases[k], text) == 0)
            return f->def.enum_values[enum_index(f, f->enum_aliases[k + 1])];
    return NULL;
}

const char *pc_field_enum_label(const pc_field *f, const char *value)
{
    int i = enum_index(f, value);
    return i >= 0 && f->enum_labels ? f->enum_labels[i] : NULL;
}

/* The other names of f: none empty, none a name, label or alias already,
 * none given twice.  0, or -1 with the reason in err. */
static int check_aliases(const pc_dict *d, const pc_field *f, const char *const *aliases, pc_diag *why)
{
    for (const char *const *a = aliases; a && *a; a++) {
        int other = pc_dict_find_label(d, f->def.subject, *a);
        if (!**a || other >= 0) {
            if (!**a)
                pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_ALIAS_EMPTY, f->def.name, *a);
            else
                pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_ALIAS_TAKEN, f->def.name, *a, d->fields[other].def.name);
            return -1;
        }
        for (const char *const *b = aliases; b < a; b++)
            if (strcmp(*a, *b) == 0) {
                pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_ALIAS_TWICE, f->def.name, *a);
                return -1;
            }
    }
    return 0;
}

/* The zh labels and aliases of f's enum values: every one stands for one
 * value only, each checked against the values, the labels and the aliases
 * before it.  0, or -1 with the reason in err. */
static int check_enum_names(const pc_field *f, const pc_field_names *names, pc_diag *why)
{
    const char *const *labels = names->enum_labels_zh, *const *aliases = names->enum_aliases;
    if ((labels || aliases) && f->def.type != PC_FIELD_ENUM) {
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_ENUM_NOT_ENUM, f->def.name);
        return -1;
    }
    if (labels && list_len(labels) != list_len(f->def.enum_values)) {
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_ENUM_LABEL_COUNT, f->def.name, list_len(labels), list_len(f->def.enum_values));
        return -1;
    }
    if (list_len(aliases) % 2) {
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_ENUM_PAIRS, f->def.name);
        return -1;
    }
    pc_field probe = *f;
    probe.enum_labels = probe.enum_aliases = NULL;
    for (size_t k = 0; labels && labels[k]; k++) {
        int taken = !*labels[k] || (pc_field_enum_value(&probe, labels[k]) && strcmp(labels[k], f->def.enum_values[k]));
        for (size_t j = 0; j < k && !taken; j++)
            taken = strcmp(labels[j], labels[k]) == 0;
        if (taken) {
            pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_ENUM_LABEL_TAKEN, f->def.name, labels[k]);
            return -1;
        }
    }
    probe.enum_labels = labels;
    for (size_t k = 0; aliases && aliases[k]; k += 2) {
        int taken = !*aliases[k] || pc_field_enum_value(&probe, aliases[k]) != NULL;
        for (size_t j = 0; j < k && !taken; j += 2)
            taken = strcmp(aliases[j], aliases[k]) == 0;
        if (taken || enum_index(f, aliases[k + 1]) < 0) {
            pc_diag_say(why, 0, NULL, 0, NULL, taken ? PC_D_REG_ENUM_ALIAS_TAKEN : PC_D_REG_ENUM_ALIAS_VALUE, f->def.name, aliases[k],
                        aliases[k + 1]);
            return -1;
        }
    }
    return 0;
}

int pc_dict_add_names(pc_dict *d, const pc_field_names *names, const char *owner, pc_diag *why)
{
    int fi = names && names->field ? -1 : -2;
    for (size_t i = 0; fi == -1 && i < d->count; i++)
        if (strcmp(d->fields[i].def.name, names->field) == 0 && strcmp(d->fields[i].owner, owner) == 0)
            fi = (int)i;
    if (fi < 0) {
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_NAMES_NO_FIELD, names && names->field ? names->field : "(null)", owner);
        return -1;
    }
    pc_field *f = &d->fields[fi];
    if (f->aliases || f->enum_labels || f->enum_aliases) {
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_NAMES_TWICE, f->def.name);
        return -1;
    }
    if (check_aliases(d, f, names->aliases, why) != 0 || check_enum_names(f, names, why) != 0)
        return -1;
    index_reserve(d, list_len(names->aliases));
    for (const char *const *a = names->aliases; a && *a; a++)
        index_put(d, f->def.subject, *a, fi);
    f->aliases = names->aliases;
    f->enum_labels = names->enum_labels_zh;
    f->enum_aliases = names->enum_aliases;
    return 0;
}

int pc_dict_suggest(const pc_dict *d, pc_subject_kind subject, const char *key)
{
    int best = -1;
    size_t best_d = (size_t)-1, dist;
    for (size_t i = 0; i < d->count; i++) {
        const pc_field *f = &d->fields[i];
        if (f->def.subject != subject)
            continue;
        if (pc_suggest_close(key, f->def.name, &dist) && dist < best_d)
            best = (int)i, best_d = dist;
        if (pc_suggest_close(key, f->def.label_zh, &dist) && dist < best_d)
            best = (int)i, best_d = dist;
        for (const char *const *a = f->aliases; a && *a; a++)
            if (pc_suggest_close(key, *a, &dist) && dist < best_d)
                best = (int)i, best_d = dist;
    }
    return best;
}

const char *pc_field_enum_suggest(const pc_field *f, const char *text)
{
    const char *best = NULL;
    size_t best_d = (size_t)-1, dist;
    for (size_t k = 0; f->def.enum_values && f->def.enum_values[k]; k++) {
        if (pc_suggest_close(text, f->def.enum_values[k], &dist) && dist < best_d)
            best = f->def.enum_values[k], best_d = dist;
        if (f->enum_labels && pc_suggest_close(text, f->enum_labels[k], &dist) && dist < best_d)
            best = f->def.enum_values[k], best_d = dist;
    }
    for (size_t k = 0; f->enum_aliases && f->enum_aliases[k]; k += 2)
        if (pc_suggest_close(text, f->enum_aliases[k], &dist) && dist < best_d)
            best = pc_field_enum_value(f, f->enum_aliases[k + 1]), best_d = dist;
    return best;
}

void pc_dict_hint(pc_diag *diag, const pc_dict *d, pc_subject_kind subject, const char *key)
{
    int i = pc_dict_suggest(d, subject, key);
    if (i >= 0)
        pc_diag_append(diag, PC_D_DID_YOU_MEAN_LABEL, d->fields[i].def.name, d->fields[i].def.label_zh);
}

void pc_field_enum_hint(pc_diag *diag, const pc_field *f, const char *text)
{
    const char *near = pc_field_enum_suggest(f, text);
    const char *label = near ? pc_field_enum_label(f, near) : NULL;
    if (near && label)
        pc_diag_append(diag, PC_D_DID_YOU_MEAN_VALUE, near, label);
    else if (near)
        pc_diag_append(diag, PC_D_DID_YOU_MEAN, near);
}

void pc_field_enum_list_lang(const pc_field *f, pc_buf *out, pc_lang lang)
{
    if (lang != PC_LANG_ZH || !f->enum_labels) {
        pc_field_enum_list(f, out);
        return;
    }
    for (size_t k = 0; f->def.enum_values && f->def.enum_values[k]; k++)
        pc_buf_printf(out, "%s%s(%s)", k ? "、" : "", f->enum_labels[k], f->def.enum_values[k]);
}

void pc_field_enum_list(const pc_field *f, pc_buf *out)
{
    for (size_t k = 0; f->def.enum_values && f->def.enum_values[k]; k++) {
        pc_buf_printf(out, "%s%s", k ? ", " : "", f->def.enum_values[k]);
        if (f->enum_labels)
            pc_buf_printf(out, " (%s)", f->enum_labels[k]);
    }
}
