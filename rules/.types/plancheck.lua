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
-- declared here and that fields.lua is what `plancheck types` writes.

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
-- FieldName, BoolField, NumericField, CountField, MoneyField and RegionMetric
-- are in fields.lua beside this file, written by `plancheck types` from the
-- engine's field dictionary and the plugins it loads.
