-- 邹城市国家知识产权强县建设试点县工作方案(2024—2026年)
-- 邹政字〔2024〕18号, 邹城市人民政府, 2024-04-29
-- Encoded from shared/seeds/003_81f9c92258dafa0e.txt.
--
-- Layout of this file:
--   targets      二、工作目标 (一)(二)(四): the end-2026 figures and the shares to raise
--                every year; then the yearly and period figures of 三、工作任务 and
--                四、保障措施 (三), and the fund of 四、(五) growing every year.
--   subsidies    三、(二)3: the patent pledge interest subsidy and admission to the
--                IP pledge financing project pool.
--   obligations  三、(一)3: full-time IP staff and an IP management body in
--                demonstration, high-tech, specialised-new and single-champion
--                enterprises.
--   The clauses judged qualitative are listed at the end of the file and in
--   docs/plans.md#zoucheng-2024.
--
-- Fields and metrics named zoucheng_* are registered by plugins/zoucheng/.

plan {
  id = "zoucheng-2024",
  title = {
    zh = "邹城市国家知识产权强县建设试点县工作方案(2024—2026年)",
    en = "Zoucheng work plan for the national IP-strong county pilot (2024-2026)",
  },
  document = "邹政字〔2024〕18号",
  jurisdiction = "370883",
  issued = "2024-04-29",
  period = { 2024, 2026 },
  baseline_year = 2023,
  in_force = { from = "2024-04-29", to = "2026-12-31" },
  source = "003_81f9c92258dafa0e.txt",
  note = {
    zh = "目标以年末数据判断,基准年为2023年(方案期前一年);未写年份的目标按方案期末2026年判断。“每年”目标自2024年起逐年判断(方案2024年4月印发,2024年仍按全年计)。"
      .. "万人指标按常住人口计算;地区数据未给出常住人口时,使用邹城市插件的参考值115.99万人(由方案自身的总量与万人目标推算,非统计数据)。"
      .. "方案未载明的补助金额以参数表示,未设默认值。政府网站页眉的“有效性: 0”含义不明,未作处理;执行期按默认至2026年12月31日。",
    en = "Targets are judged on year-end figures against a 2023 baseline (the year before the period); a target without a year is due at the end of the period, 2026. "
      .. "每年 (every year) targets are judged year by year from 2024 (the plan was issued in April 2024; 2024 still counts as a whole year). "
      .. "Per-10,000 figures divide by the resident population; when the region data gives none, the Zoucheng plugin's reference figure of 1,159,900 is used "
      .. "(implied by the plan's own count and per-10,000 targets, not a statistic). Amounts the plan does not fix are parameters without defaults. "
      .. "The portal header's 有效性: 0 is of unknown meaning and is not acted on; the plan is taken to be in force until 31 December 2026.",
  },
}

---------------------------------------------------------------------------
-- 二、(一) 知识产权创造能力日益增长: "到2026年年底, ..." -- all due 2026.
-- The bare figures (达到 N) are levels to reach: at_least.
---------------------------------------------------------------------------

target {
  id = "valid-invention-patents",
  cite = "二、(一)",
  title = { zh = "有效发明专利总量达到1400件", en = "1,400 valid invention patents" },
  quote = "到2026年年底,有效发明专利总量达到1400件",
  metric = "valid_invention_patents",
  at_least = 1400, due = 2026,
  note = {
    zh = "“总量”为2026年末有效发明专利存量,不是方案期内新增数;“达到”按不低于1400件处理。",
    en = "总量 (total) is the stock of valid invention patents at year-end 2026, not the number added in the period; 达到 (reach) is read as at least 1,400.",
  },
}

target {
  id = "invention-patents-per-10k",
  cite = "二、(一)",
  title = { zh = "万人有效发明专利达到12.07件", en = "12.07 valid invention patents per 10,000 people" },
  quote = "万人有效发明专利达到12.07件",
  metric = "valid_invention_patents", per = "10k_people",
  at_least = 12.07, due = 2026,
  note = {
    zh = "按常住人口计算的2026年末存量。方案以1400件对应12.07件/万人,隐含常住人口约115.99万人;地区数据未给出人口时使用插件的这一参考值,此时本目标与“有效发明专利总量1400件”同时达到。",
    en = "A year-end 2026 stock per 10,000 resident population. The plan pairs 1,400 patents with 12.07 per 10,000, implying about 1,159,900 residents; "
      .. "when the region data gives no population the plugin's reference figure (115.99万) is used, and this target is then reached together with the 1,400 target.",
  },
}

target {
  id = "high-value-invention-patents",
  cite = "二、(一)",
  title = { zh = "高价值发明专利总量达到500件", en = "500 high-value invention patents" },
  quote = "高价值发明专利总量达到500件",
  metric = "high_value_invention_patents",
  at_least = 500, due = 2026,
  note = {
    zh = "2026年末高价值发明专利存量(“总量”),不低于500件。",
    en = "The stock of high-value invention patents at year-end 2026 (总量), at least 500.",
  },
}

target {
  id = "high-value-patents-per-10k",
  cite = "二、(一)",
  title = { zh = "万人高价值发明专利拥有量达到4.31件", en = "4.31 high-value invention patents per 10,000 people" },
  quote = "万人高价值发明专利拥有量达到4.31件",
  metric = "high_value_invention_patents", per = "10k_people",
  at_least = 4.31, due = 2026,
  note = {
    zh = "按常住人口计算的2026年末存量。500件÷4.31≈116.01万人,与上一组目标隐含的115.99万人略有出入;插件取115.99万人,500件时为4.3107件/万人,仍达到4.31。",
    en = "A year-end 2026 stock per 10,000 resident population. 500 / 4.31 implies 1,160,100 residents, slightly more than the 1,159,900 of the previous pair; "
      .. "the plugin uses 115.99万, at which 500 patents give 4.3107 per 10,000, still at least 4.31.",
  },
}

target {
  id = "registered-trademarks",
  cite = "二、(一)",
  title = { zh = "有效注册商标数量达到1.1万件", en = "11,000 valid registered trademarks" },
  quote = "有效注册商标数量达到1.1万件",
  metric = "registered_trademarks",
  at_least = 11000, due = 2026,
  note = {
    zh = "2026年末有效注册商标存量;1.1万件写作11000。",
    en = "The stock of valid registered trademarks at year-end 2026; 1.1万 = 11,000.",
  },
}

---------------------------------------------------------------------------
-- 二、(二) 知识产权运用效能不断完善
---------------------------------------------------------------------------

target {
  id = "pledge-financing-every-year",
  cite = "二、(二)",
  title = { zh = "知识产权质押融资登记金额每年不低于2亿元", en = "IP pledge financing registered: at least RMB 200 million every year" },
  quote = "到2026年年底,知识产权质押融资登记金额每年不低于2亿元",
  metric = "ip_pledge_financing_yuan",
  at_least = 200000000, due = 2026, every_year = true,
  unit = { zh = "元/年", en = "yuan a year" },
  note = {
    zh = "“每年”:方案期内2024、2025、2026年各年的质押融资登记金额均须不低于2亿元(含2亿元),任何一年低于即为未达到;2024年按全年计。"
      .. "另一种读法是“到2026年达到每年2亿元的水平”(三、(二)3“到2026年,知识产权质押融资登记金额不低于2亿元/年”可作此解),但二、(二)明确写了“每年”,故按逐年判断。"
      .. "三、(二)3的同一指标不另设规则。指标ip_pledge_financing_yuan按当年登记的质押融资金额理解(流量);2亿元写作200000000元。",
    en = "每年 (every year): the registered pledge financing of each of 2024, 2025 and 2026 must be at least 200 million yuan (inclusive); one year below fails the target; "
      .. "2024 counts as a whole year. Another reading is 'reach an annual rate of 200 million by 2026' (三、(二)3 says 到2026年 ... 不低于2亿元/年), "
      .. "but 二、(二) says 每年 explicitly, so each year is judged. The same figure in 三、(二)3 has no rule of its own. "
      .. "ip_pledge_financing_yuan is read as the amount registered in the year (a flow); 2亿元 = 200,000,000 yuan.",
  },
}

target {
  id = "patent-product-filings",
  cite = "二、(二)",
  title = { zh = "专利产品备案数量达到50件", en = "50 patent product filings" },
  quote = "专利产品备案数量达到50件",
  metric = "zoucheng_patent_product_filings",
  at_least = 50, due = 2026,
  note = {
    zh = "按2026年末累计备案数量(存量)理解;方案未写“新增”,也未说明起算时间,故不扣除2024年以前的备案。",
    en = "Read as the running total of filings at year-end 2026; the plan says neither 新增 (newly added) nor from when, so filings before 2024 are not deducted.",
  },
}

target {
  id = "patent-open-licences",
  cite = "二、(二)",
  title = { zh = "达成专利开放许可数量60件", en = "60 patent open licences concluded" },
  quote = "达成专利开放许可数量60件",
  metric = "zoucheng_patent_open_licences",
  at_least = 60, due = 2026,
  note = {
    zh = "按2026年末累计达成的开放许可数量理解,不是每年60件(未写“每年”),也不扣除2024年以前达成的许可(未写“新增”);无“以上”的数字按应达到的水平(不低于60件)处理。",
    en = "Read as the running total of open licences concluded by year-end 2026: not 60 a year (no 每年), and licences concluded before 2024 are not deducted (no 新增); "
      .. "the bare figure is a level to reach (at least 60).",
  },
}

---------------------------------------------------------------------------
-- 二、(四) 知识产权管理水平大幅提升: one sentence headed by 力争.
---------------------------------------------------------------------------

local STRIVE_NOTE_ZH = "“力争”位于整句之首,其后“培育……30家”“新增……20家”“新增……20家、……13家以上”为并列分句,均受“力争”统领,故四项都标为争取性目标(strive);若只读作修饰第一项,其余三项为约束性目标,判断结果不变,仅标记不同。"
local STRIVE_NOTE_EN = "力争 (strive for) heads the sentence and the clauses that follow (培育 ... 30, 新增 ... 20, 新增 ... 20 and ... 13) are parallel under it, "
  .. "so all four are marked strive; read as governing the first clause only, the other three would be firm targets: the verdicts are the same, only the mark differs."

target {
  id = "standard-compliant-enterprises",
  cite = "二、(四)",
  title = { zh = "力争培育知识产权标准规范性企业30家", en = "Strive for 30 enterprises meeting the IP management standard" },
  quote = "到2026年年底,力争培育知识产权标准规范性企业30家",
  metric = "standard_compliant_enterprises",
  at_least = 30, due = 2026, strive = true,
  note = {
    zh = "“知识产权标准规范性企业”理解为贯彻企业知识产权管理国家标准的企业(贯标企业,GB/T 29490;三、(一)4所称其2023年版《企业知识产权合规管理体系 要求》),对应指标standard_compliant_enterprises。"
      .. "本项未写“新增”(同句后几项写了),故按2026年末总数判断,不扣除2023年末已有的贯标企业。" .. STRIVE_NOTE_ZH,
    en = "知识产权标准规范性企业 is read as enterprises implementing the national enterprise IP management standard (GB/T 29490; 三、(一)4 names its 2023 edition), "
      .. "the metric standard_compliant_enterprises. Unlike the next clauses this one does not say 新增, so the total at year-end 2026 counts, "
      .. "without deducting those certified by 2023. " .. STRIVE_NOTE_EN,
  },
}

target {
  id = "new-hv-patent-leading-enterprises",
  cite = "二、(四)",
  title = { zh = "新增高价值专利龙头企业20家", en = "20 new high-value patent leading enterprises" },
  quote = "新增高价值专利龙头企业20家",
  metric = "zoucheng_hv_patent_leading_enterprises", new_since = 2023,
  at_least = 20, due = 2026, strive = true,
  note = {
    zh = "“新增”:2026年末数量减去2023年末(基准年)数量,不低于20家。" .. STRIVE_NOTE_ZH,
    en = "新增 (newly added): the number at year-end 2026 minus the number at year-end 2023 (the baseline), at least 20. " .. STRIVE_NOTE_EN,
  },
}

target {
  id = "new-provincial-ip-advantage-enterprises",
  cite = "二、(四)",
  title = { zh = "新增省梯次培育知识产权优势示范企业20家", en = "20 new provincial tiered-cultivation IP advantage/demonstration enterprises" },
  quote = "新增省梯次培育知识产权优势示范企业20家",
  metric = "zoucheng_provincial_ip_advantage_enterprises", new_since = 2023,
  at_least = 20, due = 2026, strive = true,
  note = {
    zh = "“新增”:2026年末省梯次培育知识产权优势示范企业数量减去2023年末数量,不低于20家(净增)。" .. STRIVE_NOTE_ZH,
    en = "新增: the number of provincial tiered-cultivation IP advantage/demonstration enterprises at year-end 2026 minus that at year-end 2023 (a net increase), at least 20. "
      .. STRIVE_NOTE_EN,
  },
}

target {
  id = "new-national-ip-advantage-enterprises",
  cite = "二、(四)",
  title = { zh = "新增国家知识产权优势示范企业13家以上", en = "13 or more new national IP advantage/demonstration enterprises" },
  quote = "新增省梯次培育知识产权优势示范企业20家、国家知识产权优势示范企业13家以上",
  metric = "zoucheng_national_ip_advantage_new", cumulative = true,
  at_least = 13, due = 2026, strive = true,
  note = {
    zh = "“新增”由顿号连接的两个宾语共用,也适用于国家级;“以上”含本数(不低于13家)。按2024-2026年各年新培育(认定)的国家知识产权优势示范企业数之和计算,"
      .. "与三、(一)4“每年至少培育1家”使用同一年度指标,避免同一事项两套数据;若认定到期失效,按新培育数(毛增)而非存量净增计。" .. STRIVE_NOTE_ZH,
    en = "新增 is shared by the two objects joined by 、, so it covers the national ones too; 以上 includes the figure (at least 13). "
      .. "Computed as the sum of the national IP advantage/demonstration enterprises newly recognised in each year 2024-2026, the same yearly metric as "
      .. "三、(一)4 (at least one a year), so one set of data serves both; recognitions that lapse are not deducted (gross, not the net change of the stock). "
      .. STRIVE_NOTE_EN,
  },
}

-- 二、(四), first sentence: three shares to raise continually (不断提高, 不断增加).
-- No figure: each year above the year before, 2024-2026 (2024 against 2023).

local RISING_NOTE_ZH = "“不断提高/不断增加”没有数字,可核查的是方向:计划期每一年(2024-2026年,2024年与2023年比)都须严格高于上一年,持平或下降即未做到,后来的提高不能弥补;未规定增幅,故不设最低增长率。本句不在“力争”之下(“力争”始于下一句“到2026年年底”)。此前此条列为定性(DSL不能表达“逐年高于上一年”)。"
local RISING_NOTE_EN = "不断提高/不断增加 (keep raising) gives no figure; what can be checked is the direction: every year of the period (2024-2026, 2024 against 2023) "
  .. "strictly above the year before; the same or lower fails, and a later rise does not make it good. No rate is stated, so no minimum growth. The sentence "
  .. "is not under 力争, which begins the next one (到2026年年底). Listed as qualitative before (the DSL could not say 'above the year before every year')."

target {
  id = "patent-industrialisation-rate-rising",
  cite = "二、(四)",
  title = { zh = "不断提高专利技术产业化实施率", en = "The rate of patented technology put into production rises every year" },
  quote = "不断提高专利技术产业化实施率,专利产品产值占工业产品产值的比重、自主品牌企业增加值占生产总值比重不断增加。",
  metric = "zoucheng_patent_industrialisation_rate_pct",
  increasing = true, due = 2026,
  note = {
    zh = "专利技术产业化实施率按统计部门公布的百分数(插件指标zoucheng_patent_industrialisation_rate_pct)逐年比较,按原值精确比较。" .. RISING_NOTE_ZH,
    en = "The rate as published, in percent (plugin metric zoucheng_patent_industrialisation_rate_pct), compared year on year exactly as written. " .. RISING_NOTE_EN,
  },
}

target {
  id = "patent-product-output-share-rising",
  cite = "二、(四)",
  title = { zh = "专利产品产值占工业产品产值的比重不断增加", en = "The share of patented products in industrial output rises every year" },
  quote = "不断提高专利技术产业化实施率,专利产品产值占工业产品产值的比重、自主品牌企业增加值占生产总值比重不断增加。",
  metric = "zoucheng_patent_product_output_yuan", share_of = "zoucheng_industrial_output_yuan",
  increasing = true, due = 2026,
  unit = { zh = "占工业产品产值的比重", en = "share of industrial output" },
  note = {
    zh = "比重 = 当年专利产品产值 / 当年工业产品产值(均为插件指标,元),按分数精确比较。" .. RISING_NOTE_ZH,
    en = "Share = the year's output of patented products / the year's industrial output (plugin metrics, yuan), compared as exact fractions. " .. RISING_NOTE_EN,
  },
}

target {
  id = "own-brand-value-added-share-rising",
  cite = "二、(四)",
  title = { zh = "自主品牌企业增加值占生产总值比重不断增加", en = "The share of own-brand enterprises' value added in GDP rises every year" },
  quote = "不断提高专利技术产业化实施率,专利产品产值占工业产品产值的比重、自主品牌企业增加值占生产总值比重不断增加。",
  metric = "zoucheng_own_brand_value_added_yuan", share_of = "zoucheng_gdp_yuan",
  increasing = true, due = 2026,
  unit = { zh = "占生产总值的比重", en = "share of GDP" },
  note = {
    zh = "比重 = 当年自主品牌企业增加值 / 当年地区生产总值(均为插件指标,元)。" .. RISING_NOTE_ZH,
    en = "Share = the year's value added of own-brand enterprises / the year's GDP (plugin metrics, yuan). " .. RISING_NOTE_EN,
  },
}

---------------------------------------------------------------------------
-- 三、工作任务: yearly and period figures.
---------------------------------------------------------------------------

-- 三、(一)1 每年……保持合理增速: the stocks grow every year.
local GROWTH_NOTE_ZH = "“每年……保持合理增速”:增速“合理”没有数字,可核查的下限是每年都有增长,即每年末拥有量严格高于上年末(2024-2026年,2024年与2023年比);持平即没有增速。不设最低增长率:“合理”不是一个数。此前此条列为定性。"
local GROWTH_NOTE_EN = "每年……保持合理增速 (keep a reasonable growth rate every year): 'reasonable' has no figure; the checkable floor is growth every year, the stock at each "
  .. "year-end strictly above the year before (2024-2026, 2024 against 2023); the same figure is no growth. No minimum rate: 'reasonable' is not a number. "
  .. "Listed as qualitative before."

target {
  id = "valid-invention-patents-growing",
  cite = "三、(一)1",
  title = { zh = "每年有效发明专利拥有量保持增长", en = "Valid invention patents grow every year" },
  quote = "每年全市有效发明专利和高价值发明专利拥有量保持合理增速。",
  metric = "valid_invention_patents",
  increasing = true, due = 2026,
  note = { zh = GROWTH_NOTE_ZH, en = GROWTH_NOTE_EN },
}

target {
  id = "high-value-invention-patents-growing",
  cite = "三、(一)1",
  title = { zh = "每年高价值发明专利拥有量保持增长", en = "High-value invention patents grow every year" },
  quote = "每年全市有效发明专利和高价值发明专利拥有量保持合理增速。",
  metric = "high_value_invention_patents",
  increasing = true, due = 2026,
  note = { zh = GROWTH_NOTE_ZH, en = GROWTH_NOTE_EN },
}


target {
  id = "national-ip-advantage-enterprise-every-year",
  cite = "三、(一)4",
  title = { zh = "每年至少培育1家国家知识产权优势示范企业", en = "At least one new national IP advantage/demonstration enterprise every year" },
  quote = "每年至少培育1家国家知识产权优势示范企业",
  metric = "zoucheng_national_ip_advantage_new",
  at_least = 1, due = 2026, every_year = true,
  note = {
    zh = "“每年”:2024、2025、2026年每年当年新培育(认定)的国家知识产权优势示范企业不少于1家;“至少”含本数。DSL没有“当年较上年增加”的度量,故用年度流量指标zoucheng_national_ip_advantage_new,而非存量逐年相减。",
    en = "每年: in each of 2024, 2025 and 2026 at least one national IP advantage/demonstration enterprise newly recognised (至少 includes the figure). "
      .. "The DSL has no 'increase within the year' measure of a stock, so the yearly flow metric zoucheng_national_ip_advantage_new is used.",
  },
}

target {
  id = "tech-upgrade-enterprises",
  cite = "三、(一)4",
  title = { zh = "2年内推动3家以上企业进行技术升级改造", en = "Bring 3 or more enterprises to technological upgrading within 2 years" },
  quote = "2年内推动3家以上企业进行技术升级改造",
  metric = "zoucheng_tech_upgrade_enterprises", cumulative = true,
  at_least = 3, due = 2025,
  note = {
    zh = "“2年内”按方案期前两年2024-2025年计算(方案2024年4月印发,严格的两年至2026年4月,但目标按年末数据判断,取2025年末);按两年内各年推动的企业数之和计,“以上”含本数。",
    en = "2年内 (within two years) is taken as 2024-2025, the first two years of the period (two years from issue would end in April 2026, but targets are judged on year-end figures, so year-end 2025); "
      .. "the sum of the enterprises brought to upgrading in each of the two years, at least 3 (以上 includes the figure).",
  },
}

target {
  id = "patent-agencies-attracted",
  cite = "三、(二)1",
  title = { zh = "2026年年底前引进3家以上高水平专利代理服务机构", en = "Attract 3 or more high-level patent agencies by the end of 2026" },
  quote = "2026年年底前引进3家以上高水平专利代理服务机构",
  metric = "zoucheng_patent_agencies_attracted", cumulative = true,
  at_least = 3, due = 2026,
  note = {
    zh = "“引进”为方案期内的行为,按2024-2026年各年引进数之和计算,2024年以前已在本地的机构不计;“高水平”方案未定义,以主管部门统计口径为准;“以上”含本数。",
    en = "引进 (attract) is an action within the period: the sum of agencies attracted in each year 2024-2026; agencies present before 2024 do not count. "
      .. "高水平 (high-level) is not defined by the plan: the authority's own count is taken. 以上 includes the figure.",
  },
}

target {
  id = "ip-service-platforms",
  cite = "三、(二)1",
  title = { zh = "搭建2家以上知识产权服务平台", en = "Build 2 or more IP service platforms" },
  quote = "搭建2家以上知识产权服务平台",
  metric = "zoucheng_ip_service_platforms_built", cumulative = true,
  at_least = 2, due = 2026,
  note = {
    zh = "与前一分句同受“2026年年底前”限定;“搭建”为方案期内的行为,按2024-2026年各年搭建数之和计算,“以上”含本数。",
    en = "Governed by the same 2026年年底前 (by the end of 2026) as the previous clause; 搭建 (build) is an action within the period: the sum of platforms built in each year 2024-2026, at least 2.",
  },
}

target {
  id = "ip-professional-trainings",
  cite = "三、(二)2",
  title = { zh = "每年开展不低于4次知识产权专业培训", en = "At least 4 IP professional trainings every year" },
  quote = "每年开展不低于4次的知识产权专业培训",
  metric = "zoucheng_ip_professional_trainings",
  at_least = 4, due = 2026, every_year = true,
  note = {
    zh = "“每年”:2024、2025、2026年每年不少于4次(“不低于”含本数);指同一款所说的知识产权运营人才专业培训。",
    en = "每年: at least 4 in each of 2024, 2025 and 2026 (不低于 includes the figure); the professional trainings of IP operation staff this clause speaks of.",
  },
}

target {
  id = "pledge-financing-trainings",
  cite = "三、(二)3",
  title = { zh = "每年开展不低于6次专利权质押融资培训", en = "At least 6 patent pledge financing trainings every year" },
  quote = "每年开展不低于6次专利权质押融资培训",
  metric = "zoucheng_pledge_financing_trainings",
  at_least = 6, due = 2026, every_year = true,
  note = {
    zh = "“每年”:2024、2025、2026年每年不少于6次(“不低于”含本数)。",
    en = "每年: at least 6 in each of 2024, 2025 and 2026 (不低于 includes the figure).",
  },
}

target {
  id = "ip-enforcement-campaigns",
  cite = "三、(三)1",
  title = { zh = "每年开展3次以上知识产权侵权行为专项整治行动", en = "3 or more special campaigns against IP infringement every year" },
  quote = "每年开展3次以上知识产权侵权行为专项整治行动",
  metric = "zoucheng_ip_enforcement_campaigns",
  at_least = 3, due = 2026, every_year = true,
  note = {
    zh = "“每年”:2024、2025、2026年每年不少于3次;“以上”含本数。",
    en = "每年: at least 3 in each of 2024, 2025 and 2026; 以上 includes the figure.",
  },
}

target {
  id = "overseas-ip-trainings",
  cite = "三、(三)3",
  title = { zh = "每年举办不低于2次知识产权海外布局与工作培训", en = "At least 2 trainings on overseas IP filing and work every year" },
  quote = "每年举办不低于2次知识产权海外布局与工作培训",
  metric = "zoucheng_overseas_ip_trainings",
  at_least = 2, due = 2026, every_year = true,
  note = {
    zh = "“每年”:2024、2025、2026年每年不少于2次(“不低于”含本数)。",
    en = "每年: at least 2 in each of 2024, 2025 and 2026 (不低于 includes the figure).",
  },
}

target {
  id = "ip-officer-per-market-office",
  cite = "三、(四)1",
  title = { zh = "各市场监管所设置1名知识产权专管员", en = "Every market supervision office has an IP officer" },
  quote = "各市场监管所设置1名知识产权专管员",
  metric = "zoucheng_offices_with_ip_officer", share_of = "zoucheng_market_supervision_offices",
  at_least = 1, due = 2026,
  unit = { zh = "占比(1为全部)", en = "share (1 = all)" },
  note = {
    zh = "“各”即全部:设置知识产权专管员的市场监管所占全部市场监管所的比例须为1;“1名”按至少1名理解(多设不视为未达到)。方案未给出年份,按方案期末2026年末判断。",
    en = "各 (each) means all: the share of market supervision offices with an IP officer must be 1; 1名 (one officer) is read as at least one (more is not a failure). "
      .. "No year is given: judged at year-end 2026, the end of the period.",
  },
}

target {
  id = "trademark-agencies-supervised",
  cite = "三、(五)2",
  title = { zh = "商标代理机构全部纳入“双随机一公开”监管库", en = "All trademark agencies in the random-inspection supervision pool" },
  quote = "将商标代理机构全部纳入“双随机一公开”监管库",
  metric = "zoucheng_trademark_agencies_supervised", share_of = "zoucheng_trademark_agencies",
  at_least = 1, due = 2026,
  unit = { zh = "占比(1为全部)", en = "share (1 = all)" },
  note = {
    zh = "“全部”:纳入监管库的商标代理机构占全部商标代理机构的比例须为1。方案未给出年份,按方案期末2026年末判断。",
    en = "全部 (all): the share of trademark agencies in the pool must be 1. No year is given: judged at year-end 2026, the end of the period.",
  },
}

---------------------------------------------------------------------------
-- 四、(三) 开展专题培训: figures over the pilot period.
---------------------------------------------------------------------------

target {
  id = "ip-training-classes",
  cite = "四、(三)",
  title = { zh = "试点期间举办各类知识产权培训班16期", en = "16 IP training classes over the pilot period" },
  quote = "计划试点期间策划举办各类知识产权培训班16期",
  metric = "zoucheng_ip_training_classes", cumulative = true,
  at_least = 16, due = 2026,
  note = {
    zh = "“试点期间”即方案期2024-2026年:按各年举办期数之和计算;无“以上”的数字按应达到的水平(不低于16期)处理。",
    en = "试点期间 (the pilot period) is the plan period 2024-2026: the sum of the classes held in each year; the bare figure is a level to reach (at least 16).",
  },
}

target {
  id = "ip-training-person-times",
  cite = "四、(三)",
  title = { zh = "试点期间培训至少1100余人次", en = "More than 1,100 person-times trained over the pilot period" },
  quote = "培训科级干部、青年干部、行政执法人员、企业管理人员和知识产权工作人员至少1100余人次",
  metric = "zoucheng_ip_training_person_times", cumulative = true,
  at_least = 1101, due = 2026,
  note = {
    zh = "与培训班16期同属“试点期间”,按2024-2026年各年培训人次之和计算。“余”按docs/plans.md的统一读法:N余 = 多于N,本数不算(与哈尔滨“100余户”取不少于101户相同);人次为整数,“至少1100余人次”即不少于1101人次。"
      .. "此前以1100为下限(恰为1100人次判为达到),与哈尔滨的读法不一致,已改。",
    en = "Over the same pilot period as the 16 classes: the sum of the person-times of each year 2024-2026. 余 by the one reading of docs/plans.md: N余 = more "
      .. "than N, N itself does not reach it (as Harbin's 100余户 is at least 101); person-times are whole, so 至少1100余人次 is at least 1,101. "
      .. "Before, 1,100 was the floor (exactly 1,100 met), which read 余 differently from Harbin; changed.",
  },
}

---------------------------------------------------------------------------
-- 四、(五) 加强经费保障: the special fund grows every year.
---------------------------------------------------------------------------

target {
  id = "ip-fund-increasing",
  cite = "四、(五)",
  title = { zh = "知识产权强县建设专项基金逐年递增", en = "The special fund for the strong-IP county grows every year" },
  quote = "市财政设立知识产权强县建设专项基金,按照经济发展水平逐年递增,加强知识产权经费预算绩效管理,提高财政资金使用效益。",
  metric = "zoucheng_ip_fund_yuan",
  increasing = true, from = 2025, due = 2026,
  note = {
    zh = "“逐年递增”:每年预算安排的专项基金(插件指标zoucheng_ip_fund_yuan)严格高于上一年,持平即未递增。基金由本方案“设立”,计划未写设立年份,最早为2024年,故从2025年起判断(2025>2024、2026>2025),不要求2024年高于设立之前。"
      .. "“按照经济发展水平”说明增幅应与经济发展相称,但没有给出比例,故不设最低增长率,只判断是否递增。此前此条列为定性(DSL不能表达“大于0的增长”,也不能从计划期中间开始)。",
    en = "逐年递增 (increase year by year): the fund in each year's budget (plugin metric zoucheng_ip_fund_yuan) strictly above the year before; the same amount "
      .. "is no increase. The plan sets the fund up (设立) without saying when, 2024 at the earliest, so it is judged from 2025 (2025 > 2024, 2026 > 2025) "
      .. "and 2024 need not exceed a year before the fund existed. 按照经济发展水平 (in line with economic development) says the rise should match the "
      .. "economy but states no rate, so no minimum growth: only whether it rises. Listed as qualitative before (the DSL could not say 'growth > 0', nor "
      .. "start in the middle of the period).",
  },
}

---------------------------------------------------------------------------
-- Subsidies and support. The jurisdiction (370883) already restricts every
-- item to enterprises of the county, so no condition repeats the region.
---------------------------------------------------------------------------

subsidy {
  id = "patent-pledge-interest-subsidy",
  cite = "三、(二)3",
  title = { zh = "专利权质押贷款贴息(落实省市政策)", en = "Interest subsidy on patent pledge loans (provincial and municipal policy)" },
  quote = "落实省市专利权质押贴息政策",
  basis = { zh = "山东省、济宁市专利权质押贴息政策", en = "the Shandong and Jining patent pledge interest subsidy policies" },
  eligible = gt("zoucheng_patent_pledge_loan_yuan", 0),
  params = {
    interest_subsidy_rate = rate_param { zh = "贴息比例(占已付利息)", en = "share of the interest paid that is subsidised" },
  },
  amount = rate("zoucheng_patent_pledge_interest_yuan", "interest_subsidy_rate"),
  note = {
    zh = "受益者为取得专利权质押贷款的企业(仅“专利权”质押,故用插件字段zoucheng_patent_pledge_loan_yuan,而非涵盖商标等全部知识产权的ip_pledge_loan_yuan);方案未限定企业类型,故不设applies。"
      .. "贴息标准、上限及其他条件由省、济宁市政策规定,方案未载明:金额按已付利息×贴息比例计算,比例为无默认值的参数,未配置时金额为空;不设上限。",
    en = "The beneficiaries are enterprises with patent pledge loans (patents only, hence the plugin field zoucheng_patent_pledge_loan_yuan rather than "
      .. "ip_pledge_loan_yuan, which covers trademarks and other IP too); the plan names no class of enterprise, so no `applies`. "
      .. "Rates, caps and further conditions are set by the Shandong and Jining policies, not by the plan: the amount is interest paid × a subsidy rate, "
      .. "a parameter without default, so it is null until configured; no cap.",
  },
}

subsidy {
  id = "pledge-financing-project-pool",
  cite = "三、(二)3",
  title = { zh = "入选知识产权质押融资项目库", en = "Admission to the IP pledge financing project pool" },
  quote = "建立知识产权质押融资项目库,做好企业知识产权质押融资需求调查,筛选知识产权工作基础扎实、信用良好的中小微企业入库。",
  applies = is("is_sme"),
  eligible = all {
    is("zoucheng_ip_foundation_solid"),
    is("zoucheng_credit_good"),
  },
  note = {
    zh = "对象为中小微企业(applies);入库条件为“知识产权工作基础扎实”与“信用良好”两项,均为主管部门的认定,以是/否字段录入。"
      .. "“做好需求调查”是筛选的工作步骤,方案未把“有融资需求”写成条件,故未编码。入库是非资金支持(优先对接质押融资),无金额。",
    en = "Addressed to small and medium enterprises (applies); the conditions are a solid foundation of IP work and a good credit standing, both "
      .. "assessments by the authority, entered as yes/no fields. The demand survey is a step of the selection; the plan does not make a financing need a "
      .. "condition, so none is encoded. Admission is support in kind (priority in pledge-financing matching): no amount.",
  },
}

-- Not encoded as subsidies (no identifiable beneficiary with conditions a record
-- can show, or no benefit the plan defines): see the list at the end of the file.

---------------------------------------------------------------------------
-- Obligations: 三、(一)3.
---------------------------------------------------------------------------

local OBLIGED = any {
  one_of("ip_advantage_level", { "municipal", "provincial", "national" }),
  is("is_high_tech"),
  is("is_specialized_new"),
  is("is_single_champion"),
}

local OBLIGED_NOTE_ZH = "约束对象为“各级知识产权优势示范企业、高新技术企业、专精特新企业和单项冠军企业”,满足其一即适用;“各级”取市级、省级、国家级(字段ip_advantage_level的取值)。"
  .. "原文以“指导……”表述,是政府指导这些企业达到的标准;编码为义务,结果表示企业是否达到该标准,不表示有罚则。“其他企业根据工作需要”明确机构和兼职人员,属自愿性要求,未编码。"
local OBLIGED_NOTE_EN = "Binds IP advantage/demonstration enterprises of every level, high-tech, specialised-new and single-champion enterprises: any one suffices; "
  .. "every level = municipal, provincial, national (the values of ip_advantage_level). The plan says 指导 (guide): a standard the government guides these "
  .. "enterprises to meet; encoded as an obligation, the status says whether the enterprise meets it, not that a sanction follows. Other enterprises act "
  .. "根据工作需要 (as their work requires): voluntary, not encoded."

obligation {
  id = "ip-full-time-staff",
  cite = "三、(一)3",
  title = { zh = "示范、高新、专精特新、单项冠军企业配备1名以上知识产权专职工作人员", en = "Demonstration, high-tech, specialised-new and single-champion enterprises employ at least one full-time IP staff member" },
  quote = "指导各级知识产权优势示范企业、高新技术企业、专精特新企业和单项冠军企业建立健全知识产权管理机构,配备1名以上专职工作人员。",
  applies = OBLIGED,
  requires = ge("ip_full_time_staff", 1),
  note = {
    zh = OBLIGED_NOTE_ZH .. "“1名以上”含本数;须为“专职”,兼职人员不计。",
    en = OBLIGED_NOTE_EN .. " 1名以上 includes the figure (at least one); full-time only, part-time staff do not count.",
  },
}

obligation {
  id = "ip-management-body",
  cite = "三、(一)3",
  title = { zh = "示范、高新、专精特新、单项冠军企业建立知识产权管理机构", en = "Demonstration, high-tech, specialised-new and single-champion enterprises set up an IP management body" },
  quote = "指导各级知识产权优势示范企业、高新技术企业、专精特新企业和单项冠军企业建立健全知识产权管理机构,配备1名以上专职工作人员。",
  applies = OBLIGED,
  requires = is("zoucheng_ip_management_body"),
  note = {
    zh = OBLIGED_NOTE_ZH .. "“建立健全”中,“建立”可由记录判断(是否设有知识产权管理机构),“健全”(运转良好)无法从记录判断,未编码。",
    en = OBLIGED_NOTE_EN .. " Of 建立健全 (set up and perfect), setting up can be read from a record (has an IP management body); "
      .. "how well it works cannot, and is not encoded.",
  },
}

---------------------------------------------------------------------------
-- Judged qualitative (no figure, no identifiable enterprise condition, or a
-- duty of government units); docs/plans.md#zoucheng-2024 gives the reasons:
--   二、 intro  主要指标在全省进入第一梯队 (a rank, no figure or baseline)
--   二、(三)    保护社会满意度达到较高水平; 海外维权体系基本完善
--   二、(五)    公共服务体系 (no figure)
--   三、(一)1   高价值专利重点企业培育库 (以……为重点: a focus, not a condition);
--               发明专利清零, 倍增计划 (no figure); 储备一批大院大所高价值专利 (一批, an
--               action of reserving, not a count)
--   三、(一)2-4 enterprise management, 专利导航, 推荐专利奖 (优秀 undefined)
--   三、(一)3   其他企业根据工作需要明确机构和兼职人员 (voluntary)
--   三、(二)1   支持高端服务机构在邹城设立代办处 (高端 undefined; no benefit defined)
--   三、(二)2,4,5 专利池, 商标品牌, 地理标志 (支持特色农产品申报: the beneficiary is a product)
--   三、(三)    protection mechanisms (duties of government units)
--   三、(四)1-4 领导小组, 镇街机构, 考核, 出台《邹城市专利转化运用实施方案》 (a document, no figure)
--   三、(五)1,3 服务业, 文化氛围
--   四、(一)(二)(四)(六) organisation, policy, publicity, monitoring
---------------------------------------------------------------------------
