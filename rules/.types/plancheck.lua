---@meta
-- plancheck rule DSL: definitions for lua-language-server (LuaLS).
--
-- Editor support only: the engine never loads this file (it loads
-- rules/<jurisdiction>/*.lua and skips names that start with a dot, so
-- rules/.types/ is not a jurisdiction).  rules/.luarc.json points LuaLS at
-- this folder: open rules/ (or the repository) in an editor with LuaLS and
-- the constructors complete, show their documentation on hover, and field
-- names complete inside is("..."), gt("..."), metric = "...".
--
-- The reference is docs/dsl.md; each function below carries its one-line
-- summary from there.  The constructors as the sandbox defines them are in
-- engine/src/prelude.lua; the engine checks everything again when it loads a
-- file (`plancheck lint FILE` shows the problems with file:line).
--
-- tests/toolkit/defs.sh checks that every constructor of the prelude is
-- declared here and that the field aliases at the end match the engine.

---------------------------------------------------------------------------
-- Shared shapes
---------------------------------------------------------------------------

--- Text in both languages; both non-empty.
---@class ZhEn
---@field zh string Chinese text
---@field en string English text

--- Money in a rule file: integer yuan (`300000`) or a decimal string
--- (`"1234.56"`, at most 2 places).  A Lua float such as `1234.5` is refused.
---@alias Money integer|string

--- A date, `"YYYY-MM-DD"`.
---@alias Date string

--- A condition, made by is, isnt, gt, ge, lt, le, eq, one_of, all, any, no or
--- check.  Three-valued: true, false, or unknown when a field it reads is
--- absent (the result is then `unknown`, with the field in `missing`).
---@class Condition
---@field op string
---@field line integer the line of the call that made it

--- A named parameter: an amount or rate the plan leaves to an implementing
--- measure, set in the config as `[plan.<id>] <rule>.<param> = value`.
--- Made by money_param or rate_param.
---@class Param
---@field ptype "money"|"rate"
---@field line integer

--- An amount expression, made by fixed, per_item, rate, sum, min_of or when.
---@class Amount
---@field aop "fixed"|"per_item"|"rate"|"sum"|"min"|"when"
---@field line integer

---------------------------------------------------------------------------
-- plan { ... }
---------------------------------------------------------------------------

--- When enterprises can claim the plan's subsidies.
---@class InForce
---@field from? Date default: `issued`
---@field to? Date default: 31 December of the last period year

--- The table plan{} takes.
---@class PlanSpec
---@field id string plan id, `[a-z0-9-]+` (the contract's ids: `dalian-2015`, ...)
---@field title ZhEn full title
---@field document string document number, e.g. `大政办发〔2015〕99号`
---@field jurisdiction string six-digit GB/T 2260 code the plan covers (and every code beneath it)
---@field issued Date date of issue
---@field period integer[] `{first_year, last_year}`: the years the plan runs over
---@field in_force? InForce when enterprises can claim its subsidies; default from `issued` to 31 December of the last period year
---@field baseline_year? integer the year whose year-end values the straight "on track" line starts from; default `period[1] - 1`
---@field source? string the seed file or publication the rules were encoded from
---@field note? string|ZhEn anything a reader of the rules should know

---------------------------------------------------------------------------
-- Items: target, subsidy, obligation
---------------------------------------------------------------------------

--- Keys every item takes.
---@class ItemSpec
---@field id string unique within the plan, `[a-z0-9-]+`
---@field cite string the clause, in the document's own numbering: `三、(一)`
---@field title ZhEn what the item is, in one line
---@field note? string|ZhEn interpretation of ambiguous wording and why; shown by `plans` and `--explain`
---@field quote? string the sentence of the plan the item encodes (verbatim)

--- metric = {"a", "b", minus = {"c"}}: a + b - c of the same year, e.g. the
--- applications that are inventions or service applications (a union):
--- inventions + service applications - service inventions.
---@class MetricUnion
---@field [integer] RegionMetric
---@field minus RegionMetric|RegionMetric[]

--- The table target{} takes: a measure of a region compared with a value at a due year.
--- Measure: `metric`, optionally with one of per, share_of, ratio_to_year,
--- cumulative, new_since, growth.  Comparison: exactly one of at_least,
--- at_most, about (with tolerance), above, at_least_about, at_most_about
--- (with tolerance), increasing, report.
---@class TargetSpec: ItemSpec
---@field metric RegionMetric|RegionMetric[]|MetricUnion a region metric, or a list of metrics of the same year to sum (counts with counts, money with money), with `minus = {...}` to subtract (a union)
---@field per? "10k_people" divided by the resident population in units of 10,000
---@field share_of? RegionMetric|RegionMetric[] divided by another metric of the same year, or by the sum of a list (write the target as a fraction: `at_least = 0.4` for 40%)
---@field ratio_to_year? integer divided by the metric's value at year-end Y (增长两倍 is `at_least = 3`)
---@field cumulative? boolean the sum of the metric's yearly values from the first period year (or `from`) to the year evaluated (a yearly flow)
---@field from? integer the first year a cumulative sum, an every_year range or increasing counts (default: the period's first year)
---@field at_least_about? number measure >= v * (1 - tolerance): 左右 read as a floor (an overshoot is met); needs `tolerance`
---@field at_most_about? number measure <= v * (1 + tolerance): 左右 read as a ceiling; needs `tolerance`
---@field increasing? boolean each year of the range above the year before (逐年增加, 逐年递增, 不断提高); implies every_year
---@field min_growth? number with increasing: each year at least (1 + min_growth) times the year before (0.05 is 5%)
---@field report? boolean no figure (一批): the value is reported with status not_judged, never judged
---@field new_since? integer the metric's value minus its value at year-end Y (新增)
---@field growth? boolean year-on-year growth in percent: `100 * (v(y) / v(y-1) - 1)`
---@field at_least? number measure >= v (以上, 不低于, 达到); money: integer yuan
---@field at_most? number measure <= v
---@field about? number |measure - v| <= tolerance * v (左右); needs `tolerance`
---@field tolerance? number a fraction between 0 and 1 (0.05 is ±5%), with `about`, `at_least_about` or `at_most_about`
---@field above? RegionMetric measure > the same year's value of another metric (高于)
---@field due integer the year whose year-end value is judged
---@field every_year? boolean the comparison must hold in every year of the period (or from `from`) up to `due` (每年)
---@field strive? boolean a strive-for target (力争): evaluated the same way, marked `strive: true`
---@field unit? ZhEn unit shown with target and actual; default from the metric

--- The most one enterprise may receive under a subsidy.
---@class Cap
---@field yuan Money the cap
---@field per "plan"|"year" over the plan period, or in the year of the enterprise's data

--- The table subsidy{} takes (enterprise level).
---@class SubsidySpec: ItemSpec
---@field applies? Condition who the measure addresses; false gives `not_applicable`
---@field eligible Condition the plan's eligibility conditions; false gives `ineligible`
---@field params? table<string, Param> named parameters: `name = money_param{...}` or `rate_param{...}`
---@field amount? Amount how much, from fields and params; omitted, or any param unset: `amount_yuan` is null
---@field cap? Cap `{yuan = N, per = "plan" | "year"}`: amounts already received (input `received`) count against it
---@field basis? string|ZhEn the implementing measure that fixes amounts
---@field priority? Condition marks an eligible result as a priority case
---@field priority_label? ZhEn the label of a priority case (required with `priority`)

--- The table obligation{} takes (enterprise level).
---@class ObligationSpec: ItemSpec
---@field applies? Condition who the obligation binds; false gives `not_applicable`
---@field requires Condition what they must do; gives `compliant` / `non_compliant`

--- The table check{} takes.
---@class CheckSpec
---@field fields FieldName[] the fields `fn` reads; `fn` is not called when any is absent (the result is unknown)
---@field zh string the condition in Chinese, for `reasons`
---@field en string the condition in English, for `reasons`
---@field fn fun(e: table<string, any>): boolean true when the condition holds; money arrives as integer fen

--- The table money_param{} and rate_param{} take.
---@class ParamSpec
---@field zh string label in Chinese
---@field en string label in English
---@field default? integer|string the plan's own value (integer or string: `"0.035"`); none: unset until the config sets it

---------------------------------------------------------------------------
-- Declarations
---------------------------------------------------------------------------

--- Declares the plan the file encodes: exactly once per file, before any item.
---@param t PlanSpec
function plan(t) end

--- A region-level target: compares a measure of a region with a value at a due year.
---@param t TargetSpec
function target(t) end

--- An enterprise-level subsidy: who it addresses, who is eligible, how much, up to what cap.
---@param t SubsidySpec
function subsidy(t) end

--- An enterprise-level obligation: who it binds (`applies`) and what they must do (`requires`).
---@param t ObligationSpec
function obligation(t) end

---------------------------------------------------------------------------
-- Conditions
---------------------------------------------------------------------------

--- True when boolean field f is true.
---@param f BoolField
---@return Condition
function is(f) end

--- True when boolean field f is false.
---@param f BoolField
---@return Condition
function isnt(f) end

--- True when numeric field f > n (money: n in yuan).
---@param f NumericField
---@param n number|string
---@return Condition
function gt(f, n) end

--- True when numeric field f >= n (money: n in yuan).
---@param f NumericField
---@param n number|string
---@return Condition
function ge(f, n) end

--- True when numeric field f < n (money: n in yuan).
---@param f NumericField
---@param n number|string
---@return Condition
function lt(f, n) end

--- True when numeric field f <= n (money: n in yuan).
---@param f NumericField
---@param n number|string
---@return Condition
function le(f, n) end

--- True when field f equals v (string, enum, number, boolean).
---@param f FieldName
---@param v string|number|boolean
---@return Condition
function eq(f, v) end

--- True when field f is one of the values.
---@param f FieldName
---@param values (string|number|boolean)[]
---@return Condition
function one_of(f, values) end

--- True when every condition is true (false if any is false, else unknown).
---@param kids Condition[]
---@return Condition
function all(kids) end

--- True when some condition is true (false if all are false, else unknown).
---@param kids Condition[]
---@return Condition
function any(kids) end

--- True when c is false.
---@param c Condition
---@return Condition
function no(c) end

--- True when `fn` returns true; `e` has the listed fields (money as integer fen).
---@param t CheckSpec
---@return Condition
function check(t) end

---------------------------------------------------------------------------
-- Parameters and amounts
---------------------------------------------------------------------------

--- An amount the plan leaves to an implementing measure: decimal yuan in the config, at most 2 places.
---@param spec ParamSpec
---@return Param
function money_param(spec) end

--- A rate applied to money: a decimal fraction in the config (`0.5`, `0.035`); the product is rounded down to the fen.
---@param spec ParamSpec
---@return Param
function rate_param(spec) end

--- The parameter's amount.
---@param param string the name of a money_param of this subsidy's `params`
---@return Amount
function fixed(param) end

--- Count field × money param.
---@param field CountField
---@param param string the name of a money_param of this subsidy's `params`
---@return Amount
function per_item(field, param) end

--- Money field × rate param, rounded down to the fen.
---@param field MoneyField
---@param param string the name of a rate_param of this subsidy's `params`
---@return Amount
function rate(field, param) end

--- The sum of the amounts; unknown if any part is unknown.
---@param kids Amount[]
---@return Amount
function sum(kids) end

--- The smallest of the amounts.
---@param kids Amount[]
---@return Amount
function min_of(kids) end

--- An amount that depends on a condition of the enterprise: `a` when `cond`
--- is true, `b` when it is false (0 yuan when `b` is omitted); unknown when
--- `cond` is. E.g. priority cases at their own rate:
--- `when(gt("guangzhou_foreign_related_patent_cases", 0), per_item(f, "priority_yuan"), per_item(f, "per_case_yuan"))`.
---@param cond Condition
---@param a Amount
---@param b? Amount
---@return Amount
function when(cond, a, b) end

---------------------------------------------------------------------------
-- Rule tests: <plan>.test.lua beside <plan>.lua, run by `plancheck test`
---------------------------------------------------------------------------

--- A result's status, as `check`/`progress` report it.
---@alias Status
---| '"eligible"'
---| '"ineligible"'
---| '"not_applicable"'
---| '"unknown"'
---| '"compliant"'
---| '"non_compliant"'
---| '"met"'
---| '"not_met"'
---| '"on_track"'
---| '"behind"'
---| '"no_data"'
---| '"not_judged"'

--- What a case expects of one rule's result; only the keys given are compared.
---@class Expectation
---@field status? Status
---@field amount_yuan? Money|"null" the amount; `"null"` when the plan fixes none, or data is missing
---@field cap_yuan? Money|"null" the cap shown with the result
---@field capped? boolean true when the cap cut the computed amount
---@field priority? boolean marked a priority case
---@field progress? number a target's actual / target, to 4 places
---@field actual? number a target's measured value, to 4 places
---@field missing? string[] the fields (or `metric@year`) an unknown / no_data result lacks, in order

--- A region for a case: its code and its figures by year.
---@class CaseRegion
---@field code string six-digit GB/T 2260 code
---@field name? string
---@field years table<integer, table<RegionMetric, number|string>> year-end figures of each year

--- The table case{} takes.
---@class CaseSpec
---@field name string what the case shows, with the clause it comes from
---@field as_of? Date the evaluation date (default: today)
---@field params? table<string, string|integer> `["<rule-id>.<param>"] = "value"`, as the config would set them
---@field enterprise? table<FieldName|"received", any> an enterprise's fields; `received = { ["plan-id/rule-id"] = yuan }`
---@field region? CaseRegion a region instead of an enterprise
---@field expect table<string, Expectation> `["rule-id"] = { status = ..., ... }`

--- One rule test case (in a <plan>.test.lua file): a subject, a date, and what the plan says should come out.
---@param t CaseSpec
function case(t) end

---------------------------------------------------------------------------
-- Plugins' native functions
---------------------------------------------------------------------------

--- Native functions of the loaded jurisdiction plugins: `native.<plugin>.<name>(...)`
--- (docs/plugin-abi.md, add_function).  Arguments and results are nil,
--- booleans, numbers or strings.
---@type table<string, table<string, fun(...): any>>
native = {}

---------------------------------------------------------------------------
-- Field names
---------------------------------------------------------------------------
-- BEGIN FIELDS: generated by tests/toolkit/fields_alias.c from engine/src/fields.c and the
-- plugins' add_field() tables; refresh with `sh tests/toolkit/defs.sh --write ...` (see there).

--- An enterprise field (docs/fields.md; plugin fields carry the plugin's name).
---@alias FieldName
---| '"id"' # 统一社会信用代码或编号 · credit code or id · string
---| '"name"' # 企业名称 · enterprise name · string
---| '"region"' # 所在地行政区划代码 · region code · six-digit region code
---| '"industry"' # 所属产业 · industry · one of biomedicine|biochemical|electronic_information|new_materials|new_energy|new_energy_vehicles|advanced_equipment|energy_saving|culture|tourism|other
---| '"year"' # 数据年度 · data year · integer
---| '"is_high_tech"' # 高新技术企业 · high-tech enterprise · boolean
---| '"is_sme"' # 中小微企业 · small or medium enterprise · boolean
---| '"is_state_owned"' # 国有企业 · state-owned enterprise · boolean
---| '"is_specialized_new"' # 专精特新企业 · specialised and innovative enterprise · boolean
---| '"is_single_champion"' # 单项冠军企业 · single-product champion · boolean
---| '"ip_advantage_level"' # 知识产权优势示范企业级别 · IP advantage/demonstration level · one of none|municipal|provincial|national
---| '"invention_grants_domestic"' # 当年国内发明专利授权量 · domestic invention patents granted this year · non-negative integer · patents
---| '"invention_grants_foreign"' # 当年国外发明专利授权量 · foreign invention patents granted this year · non-negative integer · patents
---| '"pct_applications"' # PCT国际专利申请量 · PCT applications · non-negative integer · applications
---| '"valid_invention_patents"' # 有效发明专利拥有量 · valid invention patents held · non-negative integer · patents
---| '"high_value_invention_patents"' # 高价值发明专利拥有量 · high-value invention patents held · non-negative integer · patents
---| '"registered_trademarks"' # 有效注册商标量 · valid registered trademarks · non-negative integer · trademarks
---| '"ip_full_time_staff"' # 知识产权专职工作人员 · full-time IP staff · non-negative integer · people
---| '"patent_disputes_won"' # 专利侵权纠纷调处获胜或诉讼胜诉案件 · patent infringement rulings or suits won · non-negative integer · cases
---| '"foreign_cases_non_infringement"' # 国外专利诉讼或行政处理中被判不侵权 · foreign patent cases found not infringing · non-negative integer · cases
---| '"ip_pledge_loan_yuan"' # 知识产权质押贷款额 · IP pledge loans · money (yuan, at most 2 decimals) · yuan
---| '"uses_patent_info_services"' # 使用专利信息服务资源开展创新活动 · uses patent information services for innovation · boolean
---| '"local_high_value_transfers"' # 在本地实施转化的高校院所高价值专利 · high-value patents of universities or institutes put to use locally · non-negative integer · patents
---| '"standards_drafted"' # 主导或参与制定的标准(地方、行业、国家、国际) · standards drafted or co-drafted (local, industry, national, international) · non-negative integer · standards
---| '"guangzhou_org_type"' # 单位类型 · organisation type · one of enterprise|patent_agency|ip_service_institution|university|research_institute|industry_association|industry_alliance|science_park|other · plugin guangzhou
---| '"guangzhou_ip_review_projects"' # 开展的知识产权分析评议项目 · IP analysis and review (评议) projects carried out · non-negative integer · projects · plugin guangzhou
---| '"guangzhou_patent_agents_trained"' # 当年培养的专利代理人 · patent attorneys trained in the year · non-negative integer · people · plugin guangzhou
---| '"guangzhou_offers_extended_ip_services"' # 开展分析评议、价值评估或维权援助等服务 · offers IP analysis and review, valuation or enforcement-aid services · boolean · plugin guangzhou
---| '"guangzhou_in_operation_cultivation_project"' # 列入市级知识产权运营服务机构培育项目 · in the municipal cultivation project for IP operation service institutions · boolean · plugin guangzhou
---| '"guangzhou_ip_standard_certified"' # 通过知识产权管理规范贯标认证(GB/T 29490等) · certified to the IP management standard (GB/T 29490 or the like) · boolean · plugin guangzhou
---| '"guangzhou_ip_standard_coaching_clients"' # 接受其知识产权管理规范辅导的企事业单位 · organisations it coached on the IP management standard · non-negative integer · organisations · plugin guangzhou
---| '"guangzhou_patent_navigation_projects"' # 开展的专利导航项目 · patent navigation projects carried out · non-negative integer · projects · plugin guangzhou
---| '"guangzhou_listed_chinext_or_neeq"' # 在创业板上市或新三板挂牌 · listed on ChiNext or quoted on the NEEQ (新三板) · boolean · plugin guangzhou
---| '"guangzhou_operates_ip_trading_platform"' # 建设运营知识产权交易平台 · builds or runs an IP trading platform · boolean · plugin guangzhou
---| '"guangzhou_ip_service_standards_drafted"' # 制定的知识产权服务标准 · IP service standards drafted · non-negative integer · standards · plugin guangzhou
---| '"guangzhou_overseas_patent_disputes"' # 应对的海外专利纠纷 · overseas patent disputes it is answering · non-negative integer · disputes · plugin guangzhou
---| '"guangzhou_enforcement_cases_represented"' # 为获胜请求人、胜诉原告或被判不侵权方提供维权服务的案件 · cases it served for a winning requester or plaintiff, or a party found not infringing abroad · non-negative integer · cases · plugin guangzhou
---| '"guangzhou_foreign_related_patent_cases"' # 上述专利维权案件中的涉外案件 · foreign-related cases among those patent enforcement cases · non-negative integer · cases · plugin guangzhou
---| '"guangzhou_major_impact_patent_cases"' # 上述专利维权案件中有重大影响的案件 · cases of major impact among those patent enforcement cases · non-negative integer · cases · plugin guangzhou
---| '"guangzhou_patent_licences_granted"' # 有偿或无偿许可他人实施的专利 · patents licensed to others, paid or free · non-negative integer · patents · plugin guangzhou
---| '"guangzhou_ip_talent_programmes"' # 开展的知识产权人才培养项目 · IP talent training programmes run · non-negative integer · programmes · plugin guangzhou
---| '"guangzhou_has_ip_research_centre"' # 设有知识产权研究机构 · has an IP research centre · boolean · plugin guangzhou
---| '"guangzhou_high_level_ip_talent_recruited"' # 引进的高层次复合型知识产权专业人才 · high-level interdisciplinary IP professionals recruited · non-negative integer · people · plugin guangzhou
---| '"guangzhou_ip_training_events"' # 自主开展的知识产权培训、宣传活动 · IP training or publicity events held on its own initiative · non-negative integer · events · plugin guangzhou
---| '"harbin_patent_applications_domestic"' # 当年向国家知识产权局提交的专利申请量 · patent applications filed in China this year · non-negative integer · applications · plugin harbin
---| '"harbin_major_invention_patent_recognised"' # 拥有经认定的重大发明专利 · holds an invention patent recognised as major · boolean · plugin harbin
---| '"harbin_patents_implemented"' # 当年实施的专利技术项数 · patented technologies put to use this year · non-negative integer · patents · plugin harbin
---| '"harbin_innovation_outstanding_recognised"' # 经认定在自主创新(包括自主知识产权)方面取得突出成绩、作出重大贡献 · recognised for outstanding achievement in independent innovation (including own IP) · boolean · plugin harbin
---| '"harbin_government_major_ip_project"' # 承担政府投资或支持的涉及知识产权的重大项目 · undertakes a major government-invested or -supported project involving IP · boolean · plugin harbin
---| '"harbin_major_project_patent_reviewed"' # 该重大项目已经专利评估和审核 · the major project has passed patent evaluation and review · boolean · plugin harbin
---| '"harbin_ip_top100_cultivation"' # 列入哈尔滨市知识产权百强培育工程 · in Harbin's IP top-100 cultivation programme · boolean · plugin harbin
---| '"harbin_municipal_ip_pilot_unit"' # 市级知识产权试点单位 · municipal IP pilot unit · boolean · plugin harbin
---| '"harbin_patent_early_warning_backbone"' # 列为专利预警工作对象的骨干企业 · backbone enterprise covered by the patent early-warning work · boolean · plugin harbin
---| '"harbin_ip_city_work_outstanding_recognised"' # 经认定在创建国家知识产权示范城市工作中作出突出贡献 · recognised for an outstanding contribution to the national IP demonstration city work · boolean · plugin harbin
---| '"jilin_foreign_patent_applications"' # 当年向国外(境外)提出的专利申请量(巴黎公约途径或PCT进入国家/地区阶段) · patent applications filed abroad this year (Paris Convention route or PCT national/regional phase) · non-negative integer · applications · plugin jilin
---| '"jilin_foreign_trademark_applications"' # 当年在国外(境外)申请注册商标量(含马德里国际注册) · trademark applications filed abroad this year (including Madrid international registrations) · non-negative integer · applications · plugin jilin
---| '"jilin_foreign_ip_disputes"' # 当年应对的国外(境外)知识产权纠纷(诉讼、行政调查、异议等) · foreign IP disputes handled this year (suits, administrative investigations, oppositions...) · non-negative integer · cases · plugin jilin
---| '"jilin_owns_independent_ip"' # 拥有自主知识产权(自有的专利、计算机软件著作权、集成电路布图设计、植物新品种等) · owns IP of its own (patents, software copyrights, layout designs, plant varieties...) · boolean · plugin jilin
---| '"jilin_sei_key_enterprise"' # 战略性新兴产业重点、龙头企业 · key or leading enterprise of a strategic emerging industry · boolean · plugin jilin
---| '"jilin_has_ip_management_rules"' # 已建立知识产权管理制度 · has IP management rules · boolean · plugin jilin
---| '"jilin_has_ip_filing_rules"' # 已建立知识产权申请(申报)制度 · has IP filing rules · boolean · plugin jilin
---| '"jilin_has_ip_reward_rules"' # 已建立知识产权奖励制度 · has IP reward rules · boolean · plugin jilin
---| '"jilin_has_ip_market_rules"' # 已建立知识产权市场环境维持制度 · has rules for maintaining the IP market environment · boolean · plugin jilin
---| '"jilin_has_ip_training_rules"' # 已建立知识产权教育培训制度 · has IP education and training rules · boolean · plugin jilin
---| '"jilin_is_financial_institution"' # 金融机构(银行业金融机构等) · financial institution (bank or other lender) · boolean · plugin jilin
---| '"jilin_differentiated_loan_pricing"' # 已建立对战略性新兴产业企业的差别化贷款定价机制 · has a differentiated loan pricing mechanism for strategic emerging industry enterprises · boolean · plugin jilin
---| '"zoucheng_patent_pledge_loan_yuan"' # 专利权质押贷款额 · patent pledge loans · money (yuan, at most 2 decimals) · yuan · plugin zoucheng
---| '"zoucheng_patent_pledge_interest_yuan"' # 专利权质押贷款已付利息 · interest paid on patent pledge loans · money (yuan, at most 2 decimals) · yuan · plugin zoucheng
---| '"zoucheng_ip_foundation_solid"' # 知识产权工作基础扎实 · has a solid foundation of IP work · boolean · plugin zoucheng
---| '"zoucheng_credit_good"' # 信用良好 · has a good credit standing · boolean · plugin zoucheng
---| '"zoucheng_ip_management_body"' # 设有知识产权管理机构 · has an IP management body · boolean · plugin zoucheng

--- A boolean enterprise field: what is() and isnt() read.
---@alias BoolField
---| '"is_high_tech"' # 高新技术企业 · high-tech enterprise · boolean
---| '"is_sme"' # 中小微企业 · small or medium enterprise · boolean
---| '"is_state_owned"' # 国有企业 · state-owned enterprise · boolean
---| '"is_specialized_new"' # 专精特新企业 · specialised and innovative enterprise · boolean
---| '"is_single_champion"' # 单项冠军企业 · single-product champion · boolean
---| '"uses_patent_info_services"' # 使用专利信息服务资源开展创新活动 · uses patent information services for innovation · boolean
---| '"guangzhou_offers_extended_ip_services"' # 开展分析评议、价值评估或维权援助等服务 · offers IP analysis and review, valuation or enforcement-aid services · boolean · plugin guangzhou
---| '"guangzhou_in_operation_cultivation_project"' # 列入市级知识产权运营服务机构培育项目 · in the municipal cultivation project for IP operation service institutions · boolean · plugin guangzhou
---| '"guangzhou_ip_standard_certified"' # 通过知识产权管理规范贯标认证(GB/T 29490等) · certified to the IP management standard (GB/T 29490 or the like) · boolean · plugin guangzhou
---| '"guangzhou_listed_chinext_or_neeq"' # 在创业板上市或新三板挂牌 · listed on ChiNext or quoted on the NEEQ (新三板) · boolean · plugin guangzhou
---| '"guangzhou_operates_ip_trading_platform"' # 建设运营知识产权交易平台 · builds or runs an IP trading platform · boolean · plugin guangzhou
---| '"guangzhou_has_ip_research_centre"' # 设有知识产权研究机构 · has an IP research centre · boolean · plugin guangzhou
---| '"harbin_major_invention_patent_recognised"' # 拥有经认定的重大发明专利 · holds an invention patent recognised as major · boolean · plugin harbin
---| '"harbin_innovation_outstanding_recognised"' # 经认定在自主创新(包括自主知识产权)方面取得突出成绩、作出重大贡献 · recognised for outstanding achievement in independent innovation (including own IP) · boolean · plugin harbin
---| '"harbin_government_major_ip_project"' # 承担政府投资或支持的涉及知识产权的重大项目 · undertakes a major government-invested or -supported project involving IP · boolean · plugin harbin
---| '"harbin_major_project_patent_reviewed"' # 该重大项目已经专利评估和审核 · the major project has passed patent evaluation and review · boolean · plugin harbin
---| '"harbin_ip_top100_cultivation"' # 列入哈尔滨市知识产权百强培育工程 · in Harbin's IP top-100 cultivation programme · boolean · plugin harbin
---| '"harbin_municipal_ip_pilot_unit"' # 市级知识产权试点单位 · municipal IP pilot unit · boolean · plugin harbin
---| '"harbin_patent_early_warning_backbone"' # 列为专利预警工作对象的骨干企业 · backbone enterprise covered by the patent early-warning work · boolean · plugin harbin
---| '"harbin_ip_city_work_outstanding_recognised"' # 经认定在创建国家知识产权示范城市工作中作出突出贡献 · recognised for an outstanding contribution to the national IP demonstration city work · boolean · plugin harbin
---| '"jilin_owns_independent_ip"' # 拥有自主知识产权(自有的专利、计算机软件著作权、集成电路布图设计、植物新品种等) · owns IP of its own (patents, software copyrights, layout designs, plant varieties...) · boolean · plugin jilin
---| '"jilin_sei_key_enterprise"' # 战略性新兴产业重点、龙头企业 · key or leading enterprise of a strategic emerging industry · boolean · plugin jilin
---| '"jilin_has_ip_management_rules"' # 已建立知识产权管理制度 · has IP management rules · boolean · plugin jilin
---| '"jilin_has_ip_filing_rules"' # 已建立知识产权申请(申报)制度 · has IP filing rules · boolean · plugin jilin
---| '"jilin_has_ip_reward_rules"' # 已建立知识产权奖励制度 · has IP reward rules · boolean · plugin jilin
---| '"jilin_has_ip_market_rules"' # 已建立知识产权市场环境维持制度 · has rules for maintaining the IP market environment · boolean · plugin jilin
---| '"jilin_has_ip_training_rules"' # 已建立知识产权教育培训制度 · has IP education and training rules · boolean · plugin jilin
---| '"jilin_is_financial_institution"' # 金融机构(银行业金融机构等) · financial institution (bank or other lender) · boolean · plugin jilin
---| '"jilin_differentiated_loan_pricing"' # 已建立对战略性新兴产业企业的差别化贷款定价机制 · has a differentiated loan pricing mechanism for strategic emerging industry enterprises · boolean · plugin jilin
---| '"zoucheng_ip_foundation_solid"' # 知识产权工作基础扎实 · has a solid foundation of IP work · boolean · plugin zoucheng
---| '"zoucheng_credit_good"' # 信用良好 · has a good credit standing · boolean · plugin zoucheng
---| '"zoucheng_ip_management_body"' # 设有知识产权管理机构 · has an IP management body · boolean · plugin zoucheng

--- A numeric enterprise field: what gt(), ge(), lt() and le() compare (money in yuan).
---@alias NumericField
---| '"year"' # 数据年度 · data year · integer
---| '"invention_grants_domestic"' # 当年国内发明专利授权量 · domestic invention patents granted this year · non-negative integer · patents
---| '"invention_grants_foreign"' # 当年国外发明专利授权量 · foreign invention patents granted this year · non-negative integer · patents
---| '"pct_applications"' # PCT国际专利申请量 · PCT applications · non-negative integer · applications
---| '"valid_invention_patents"' # 有效发明专利拥有量 · valid invention patents held · non-negative integer · patents
---| '"high_value_invention_patents"' # 高价值发明专利拥有量 · high-value invention patents held · non-negative integer · patents
---| '"registered_trademarks"' # 有效注册商标量 · valid registered trademarks · non-negative integer · trademarks
---| '"ip_full_time_staff"' # 知识产权专职工作人员 · full-time IP staff · non-negative integer · people
---| '"patent_disputes_won"' # 专利侵权纠纷调处获胜或诉讼胜诉案件 · patent infringement rulings or suits won · non-negative integer · cases
---| '"foreign_cases_non_infringement"' # 国外专利诉讼或行政处理中被判不侵权 · foreign patent cases found not infringing · non-negative integer · cases
---| '"ip_pledge_loan_yuan"' # 知识产权质押贷款额 · IP pledge loans · money (yuan, at most 2 decimals) · yuan
---| '"local_high_value_transfers"' # 在本地实施转化的高校院所高价值专利 · high-value patents of universities or institutes put to use locally · non-negative integer · patents
---| '"standards_drafted"' # 主导或参与制定的标准(地方、行业、国家、国际) · standards drafted or co-drafted (local, industry, national, international) · non-negative integer · standards
---| '"guangzhou_ip_review_projects"' # 开展的知识产权分析评议项目 · IP analysis and review (评议) projects carried out · non-negative integer · projects · plugin guangzhou
---| '"guangzhou_patent_agents_trained"' # 当年培养的专利代理人 · patent attorneys trained in the year · non-negative integer · people · plugin guangzhou
---| '"guangzhou_ip_standard_coaching_clients"' # 接受其知识产权管理规范辅导的企事业单位 · organisations it coached on the IP management standard · non-negative integer · organisations · plugin guangzhou
---| '"guangzhou_patent_navigation_projects"' # 开展的专利导航项目 · patent navigation projects carried out · non-negative integer · projects · plugin guangzhou
---| '"guangzhou_ip_service_standards_drafted"' # 制定的知识产权服务标准 · IP service standards drafted · non-negative integer · standards · plugin guangzhou
---| '"guangzhou_overseas_patent_disputes"' # 应对的海外专利纠纷 · overseas patent disputes it is answering · non-negative integer · disputes · plugin guangzhou
---| '"guangzhou_enforcement_cases_represented"' # 为获胜请求人、胜诉原告或被判不侵权方提供维权服务的案件 · cases it served for a winning requester or plaintiff, or a party found not infringing abroad · non-negative integer · cases · plugin guangzhou
---| '"guangzhou_foreign_related_patent_cases"' # 上述专利维权案件中的涉外案件 · foreign-related cases among those patent enforcement cases · non-negative integer · cases · plugin guangzhou
---| '"guangzhou_major_impact_patent_cases"' # 上述专利维权案件中有重大影响的案件 · cases of major impact among those patent enforcement cases · non-negative integer · cases · plugin guangzhou
---| '"guangzhou_patent_licences_granted"' # 有偿或无偿许可他人实施的专利 · patents licensed to others, paid or free · non-negative integer · patents · plugin guangzhou
---| '"guangzhou_ip_talent_programmes"' # 开展的知识产权人才培养项目 · IP talent training programmes run · non-negative integer · programmes · plugin guangzhou
---| '"guangzhou_high_level_ip_talent_recruited"' # 引进的高层次复合型知识产权专业人才 · high-level interdisciplinary IP professionals recruited · non-negative integer · people · plugin guangzhou
---| '"guangzhou_ip_training_events"' # 自主开展的知识产权培训、宣传活动 · IP training or publicity events held on its own initiative · non-negative integer · events · plugin guangzhou
---| '"harbin_patent_applications_domestic"' # 当年向国家知识产权局提交的专利申请量 · patent applications filed in China this year · non-negative integer · applications · plugin harbin
---| '"harbin_patents_implemented"' # 当年实施的专利技术项数 · patented technologies put to use this year · non-negative integer · patents · plugin harbin
---| '"jilin_foreign_patent_applications"' # 当年向国外(境外)提出的专利申请量(巴黎公约途径或PCT进入国家/地区阶段) · patent applications filed abroad this year (Paris Convention route or PCT national/regional phase) · non-negative integer · applications · plugin jilin
---| '"jilin_foreign_trademark_applications"' # 当年在国外(境外)申请注册商标量(含马德里国际注册) · trademark applications filed abroad this year (including Madrid international registrations) · non-negative integer · applications · plugin jilin
---| '"jilin_foreign_ip_disputes"' # 当年应对的国外(境外)知识产权纠纷(诉讼、行政调查、异议等) · foreign IP disputes handled this year (suits, administrative investigations, oppositions...) · non-negative integer · cases · plugin jilin
---| '"zoucheng_patent_pledge_loan_yuan"' # 专利权质押贷款额 · patent pledge loans · money (yuan, at most 2 decimals) · yuan · plugin zoucheng
---| '"zoucheng_patent_pledge_interest_yuan"' # 专利权质押贷款已付利息 · interest paid on patent pledge loans · money (yuan, at most 2 decimals) · yuan · plugin zoucheng

--- A count enterprise field: what per_item() multiplies.
---@alias CountField
---| '"invention_grants_domestic"' # 当年国内发明专利授权量 · domestic invention patents granted this year · non-negative integer · patents
---| '"invention_grants_foreign"' # 当年国外发明专利授权量 · foreign invention patents granted this year · non-negative integer · patents
---| '"pct_applications"' # PCT国际专利申请量 · PCT applications · non-negative integer · applications
---| '"valid_invention_patents"' # 有效发明专利拥有量 · valid invention patents held · non-negative integer · patents
---| '"high_value_invention_patents"' # 高价值发明专利拥有量 · high-value invention patents held · non-negative integer · patents
---| '"registered_trademarks"' # 有效注册商标量 · valid registered trademarks · non-negative integer · trademarks
---| '"ip_full_time_staff"' # 知识产权专职工作人员 · full-time IP staff · non-negative integer · people
---| '"patent_disputes_won"' # 专利侵权纠纷调处获胜或诉讼胜诉案件 · patent infringement rulings or suits won · non-negative integer · cases
---| '"foreign_cases_non_infringement"' # 国外专利诉讼或行政处理中被判不侵权 · foreign patent cases found not infringing · non-negative integer · cases
---| '"local_high_value_transfers"' # 在本地实施转化的高校院所高价值专利 · high-value patents of universities or institutes put to use locally · non-negative integer · patents
---| '"standards_drafted"' # 主导或参与制定的标准(地方、行业、国家、国际) · standards drafted or co-drafted (local, industry, national, international) · non-negative integer · standards
---| '"guangzhou_ip_review_projects"' # 开展的知识产权分析评议项目 · IP analysis and review (评议) projects carried out · non-negative integer · projects · plugin guangzhou
---| '"guangzhou_patent_agents_trained"' # 当年培养的专利代理人 · patent attorneys trained in the year · non-negative integer · people · plugin guangzhou
---| '"guangzhou_ip_standard_coaching_clients"' # 接受其知识产权管理规范辅导的企事业单位 · organisations it coached on the IP management standard · non-negative integer · organisations · plugin guangzhou
---| '"guangzhou_patent_navigation_projects"' # 开展的专利导航项目 · patent navigation projects carried out · non-negative integer · projects · plugin guangzhou
---| '"guangzhou_ip_service_standards_drafted"' # 制定的知识产权服务标准 · IP service standards drafted · non-negative integer · standards · plugin guangzhou
---| '"guangzhou_overseas_patent_disputes"' # 应对的海外专利纠纷 · overseas patent disputes it is answering · non-negative integer · disputes · plugin guangzhou
---| '"guangzhou_enforcement_cases_represented"' # 为获胜请求人、胜诉原告或被判不侵权方提供维权服务的案件 · cases it served for a winning requester or plaintiff, or a party found not infringing abroad · non-negative integer · cases · plugin guangzhou
---| '"guangzhou_foreign_related_patent_cases"' # 上述专利维权案件中的涉外案件 · foreign-related cases among those patent enforcement cases · non-negative integer · cases · plugin guangzhou
---| '"guangzhou_major_impact_patent_cases"' # 上述专利维权案件中有重大影响的案件 · cases of major impact among those patent enforcement cases · non-negative integer · cases · plugin guangzhou
---| '"guangzhou_patent_licences_granted"' # 有偿或无偿许可他人实施的专利 · patents licensed to others, paid or free · non-negative integer · patents · plugin guangzhou
---| '"guangzhou_ip_talent_programmes"' # 开展的知识产权人才培养项目 · IP talent training programmes run · non-negative integer · programmes · plugin guangzhou
---| '"guangzhou_high_level_ip_talent_recruited"' # 引进的高层次复合型知识产权专业人才 · high-level interdisciplinary IP professionals recruited · non-negative integer · people · plugin guangzhou
---| '"guangzhou_ip_training_events"' # 自主开展的知识产权培训、宣传活动 · IP training or publicity events held on its own initiative · non-negative integer · events · plugin guangzhou
---| '"harbin_patent_applications_domestic"' # 当年向国家知识产权局提交的专利申请量 · patent applications filed in China this year · non-negative integer · applications · plugin harbin
---| '"harbin_patents_implemented"' # 当年实施的专利技术项数 · patented technologies put to use this year · non-negative integer · patents · plugin harbin
---| '"jilin_foreign_patent_applications"' # 当年向国外(境外)提出的专利申请量(巴黎公约途径或PCT进入国家/地区阶段) · patent applications filed abroad this year (Paris Convention route or PCT national/regional phase) · non-negative integer · applications · plugin jilin
---| '"jilin_foreign_trademark_applications"' # 当年在国外(境外)申请注册商标量(含马德里国际注册) · trademark applications filed abroad this year (including Madrid international registrations) · non-negative integer · applications · plugin jilin
---| '"jilin_foreign_ip_disputes"' # 当年应对的国外(境外)知识产权纠纷(诉讼、行政调查、异议等) · foreign IP disputes handled this year (suits, administrative investigations, oppositions...) · non-negative integer · cases · plugin jilin

--- A money enterprise field: what rate() multiplies.
---@alias MoneyField
---| '"ip_pledge_loan_yuan"' # 知识产权质押贷款额 · IP pledge loans · money (yuan, at most 2 decimals) · yuan
---| '"zoucheng_patent_pledge_loan_yuan"' # 专利权质押贷款额 · patent pledge loans · money (yuan, at most 2 decimals) · yuan · plugin zoucheng
---| '"zoucheng_patent_pledge_interest_yuan"' # 专利权质押贷款已付利息 · interest paid on patent pledge loans · money (yuan, at most 2 decimals) · yuan · plugin zoucheng

--- A region metric: what a target measures (year-end figures of one year).
---@alias RegionMetric
---| '"population_10k"' # 常住人口 · resident population · number · 10,000 people
---| '"gdp_growth_pct"' # 地区生产总值增长率 · GDP growth · number · %
---| '"patent_applications"' # 专利申请量 · patent applications · non-negative integer · applications
---| '"invention_applications"' # 发明专利申请量 · invention patent applications · non-negative integer · applications
---| '"service_invention_applications"' # 职务发明专利申请量 · service invention applications · non-negative integer · applications
---| '"valid_invention_patents"' # 有效发明专利拥有量 · valid invention patents held · non-negative integer · patents
---| '"high_value_invention_patents"' # 高价值发明专利拥有量 · high-value invention patents held · non-negative integer · patents
---| '"pct_applications"' # PCT国际专利申请量 · PCT applications · non-negative integer · applications
---| '"registered_trademarks"' # 有效注册商标总量 · valid registered trademarks · non-negative integer · trademarks
---| '"copyright_registrations"' # 作品著作权登记量 · copyright registrations of works · non-negative integer · registrations
---| '"software_copyright_registrations"' # 计算机软件著作权年登记量 · software copyright registrations in the year · non-negative integer · registrations
---| '"plant_variety_grants"' # 当年植物新品种授权量 · plant variety rights granted in the year · non-negative integer · grants
---| '"agri_geographical_indications"' # 农产品地理标志 · agricultural geographical indications · non-negative integer · indications
---| '"municipal_ip_advantage_enterprises"' # 市级知识产权优势企业 · municipal IP advantage enterprises · non-negative integer · enterprises
---| '"tech_contract_turnover_yuan"' # 技术市场登记的技术合同交易总额 · registered technology contract turnover · money (yuan, at most 2 decimals) · yuan
---| '"standard_compliant_enterprises"' # 完成《企业知识产权管理规范》贯标的企业 · enterprises certified to GB/T 29490 · non-negative integer · enterprises
---| '"sme_ip_management_systems"' # 建立知识产权管理制度的中小微企业 · SMEs with an IP management system · non-negative integer · enterprises
---| '"patent_topic_databases"' # 专利专题数据库 · patent topic databases · non-negative integer · databases
---| '"soe_patent_conversion_output_yuan"' # 国有企业专利技术转化产值 · output from state-owned enterprises' patent conversion · money (yuan, at most 2 decimals) · yuan
---| '"ip_service_institutions"' # 知识产权服务机构 · IP service institutions · non-negative integer · institutions
---| '"ip_pledge_financing_yuan"' # 知识产权质押融资额 · IP pledge financing · money (yuan, at most 2 decimals) · yuan
---| '"dalian_key_standard_compliant_enterprises"' # 完成《企业知识产权管理规范》贯标的重点企业 · key enterprises certified to GB/T 29490 · non-negative integer · enterprises · plugin dalian
---| '"dalian_national_provincial_ip_advantage_enterprises"' # 国家级或省级知识产权优势企业(每家计一次) · national or provincial IP advantage enterprises (each counted once) · non-negative integer · enterprises · plugin dalian
---| '"guangzhou_districts"' # 辖区(县级行政区)数 · districts (county-level divisions) · non-negative integer · districts · plugin guangzhou
---| '"guangzhou_districts_patent_info_service"' # 实现专利信息服务覆盖的区 · districts covered by patent information services · non-negative integer · districts · plugin guangzhou
---| '"guangzhou_ip_service_institutions_over_100m"' # 营业收入超亿元的知识产权服务机构 · IP service institutions with yearly revenue over RMB 100 million · non-negative integer · institutions · plugin guangzhou
---| '"guangzhou_smes"' # 中小微企业数 · small, medium and micro enterprises · non-negative integer · enterprises · plugin guangzhou
---| '"guangzhou_smes_ip_info_push"' # 接受知识产权信息推送服务的中小微企业 · SMEs receiving the IP information push service · non-negative integer · enterprises · plugin guangzhou
---| '"harbin_service_patent_applications"' # 职务专利申请量(发明、实用新型、外观设计合计) · service patent applications (inventions, utility models and designs) · non-negative integer · applications · plugin harbin
---| '"harbin_ip_demonstration_units"' # 知识产权示范单位 · IP demonstration units · non-negative integer · units · plugin harbin
---| '"harbin_ip_pilot_units_with_system"' # 建立起比较完善的知识产权制度和运行机制的知识产权试点单位 · IP pilot units with a sound IP system and operating mechanism · non-negative integer · units · plugin harbin
---| '"harbin_ip_advantage_units"' # 知识产权优势单位(企事业单位) · IP advantage units (enterprises and institutions) · non-negative integer · units · plugin harbin
---| '"harbin_patent_early_warning_enterprises"' # 建立专利预警报告制度和专利信息数据库的骨干企业 · backbone enterprises with a patent early-warning report system and patent database · non-negative integer · enterprises · plugin harbin
---| '"harbin_ip_trainee_person_times"' # 当年知识产权普及培训科技人员人次 · person-times of IP awareness training of S&T staff in the year · non-negative integer · person-times · plugin harbin
---| '"harbin_patent_managers_trained"' # 当年培养的专利管理工作人员 · patent management staff trained in the year · non-negative integer · people · plugin harbin
---| '"harbin_senior_ip_talents"' # 知识产权高级人才 · senior IP professionals · non-negative integer · people · plugin harbin
---| '"harbin_patent_fund_yuan"' # 当年市政府专利专项发展资金额度 · the city's special patent development fund in the year's budget · money (yuan, at most 2 decimals) · yuan · plugin harbin
---| '"jilin_sei_valid_invention_patents"' # 战略性新兴产业领域发明专利拥有量 · valid invention patents held in the strategic emerging industries · non-negative integer · patents · plugin jilin
---| '"jilin_sei_pct_applications"' # 战略性新兴产业领域专利国际(PCT)申请量 · international (PCT) patent applications in the strategic emerging industries · non-negative integer · applications · plugin jilin
---| '"jilin_sei_ip_alliance_industries"' # 已建立知识产权联盟的十大战略性新兴产业数 · of the ten strategic emerging industries, those with an IP alliance · non-negative integer · industries · plugin jilin
---| '"zoucheng_patent_product_filings"' # 专利产品备案数量(累计) · patent product filings (running total) · non-negative integer · filings · plugin zoucheng
---| '"zoucheng_patent_open_licences"' # 达成专利开放许可数量(累计) · patent open licences concluded (running total) · non-negative integer · licences · plugin zoucheng
---| '"zoucheng_hv_patent_leading_enterprises"' # 高价值专利龙头企业 · high-value patent leading enterprises · non-negative integer · enterprises · plugin zoucheng
---| '"zoucheng_provincial_ip_advantage_enterprises"' # 省梯次培育知识产权优势示范企业 · provincial tiered-cultivation IP advantage/demonstration enterprises · non-negative integer · enterprises · plugin zoucheng
---| '"zoucheng_national_ip_advantage_new"' # 当年新培育的国家知识产权优势示范企业 · national IP advantage/demonstration enterprises newly recognised in the year · non-negative integer · enterprises · plugin zoucheng
---| '"zoucheng_tech_upgrade_enterprises"' # 当年推动进行技术升级改造的企业 · enterprises brought to technological upgrading in the year · non-negative integer · enterprises · plugin zoucheng
---| '"zoucheng_patent_agencies_attracted"' # 当年引进的高水平专利代理服务机构 · high-level patent agencies attracted in the year · non-negative integer · agencies · plugin zoucheng
---| '"zoucheng_ip_service_platforms_built"' # 当年搭建的知识产权服务平台 · IP service platforms built in the year · non-negative integer · platforms · plugin zoucheng
---| '"zoucheng_ip_professional_trainings"' # 知识产权专业培训次数 · IP professional trainings held in the year · non-negative integer · sessions · plugin zoucheng
---| '"zoucheng_pledge_financing_trainings"' # 专利权质押融资培训次数 · patent pledge financing trainings held in the year · non-negative integer · sessions · plugin zoucheng
---| '"zoucheng_ip_enforcement_campaigns"' # 知识产权侵权行为专项整治行动次数 · special campaigns against IP infringement in the year · non-negative integer · campaigns · plugin zoucheng
---| '"zoucheng_overseas_ip_trainings"' # 知识产权海外布局与工作培训次数 · trainings on overseas IP filing and work held in the year · non-negative integer · sessions · plugin zoucheng
---| '"zoucheng_market_supervision_offices"' # 市场监管所 · market supervision offices · non-negative integer · offices · plugin zoucheng
---| '"zoucheng_offices_with_ip_officer"' # 设置知识产权专管员的市场监管所 · market supervision offices with an IP officer · non-negative integer · offices · plugin zoucheng
---| '"zoucheng_trademark_agencies"' # 商标代理机构 · trademark agencies · non-negative integer · agencies · plugin zoucheng
---| '"zoucheng_trademark_agencies_supervised"' # 纳入“双随机一公开”监管库的商标代理机构 · trademark agencies in the random-inspection supervision pool · non-negative integer · agencies · plugin zoucheng
---| '"zoucheng_ip_training_classes"' # 知识产权培训班期数 · IP training classes held in the year · non-negative integer · classes · plugin zoucheng
---| '"zoucheng_ip_training_person_times"' # 知识产权培训人次 · person-times trained in IP in the year · non-negative integer · person-times · plugin zoucheng
---| '"zoucheng_patent_industrialisation_rate_pct"' # 专利技术产业化实施率 · rate of patented technology put into production · number · % · plugin zoucheng
---| '"zoucheng_patent_product_output_yuan"' # 专利产品产值 · output value of patented products · money (yuan, at most 2 decimals) · yuan · plugin zoucheng
---| '"zoucheng_industrial_output_yuan"' # 工业产品产值 · output value of industrial products · money (yuan, at most 2 decimals) · yuan · plugin zoucheng
---| '"zoucheng_own_brand_value_added_yuan"' # 自主品牌企业增加值 · value added of enterprises with their own brands · money (yuan, at most 2 decimals) · yuan · plugin zoucheng
---| '"zoucheng_gdp_yuan"' # 地区生产总值 · gross domestic product of the county · money (yuan, at most 2 decimals) · yuan · plugin zoucheng
---| '"zoucheng_ip_fund_yuan"' # 当年知识产权强县建设专项基金 · the special fund for the strong-IP county in the year's budget · money (yuan, at most 2 decimals) · yuan · plugin zoucheng
-- END FIELDS
