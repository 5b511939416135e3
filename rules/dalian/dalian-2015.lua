-- 大连市深入实施国家知识产权战略行动计划(2015-2020年)
-- 大政办发〔2015〕99号, 大连市人民政府办公厅, 2015-11-03
-- Encoded from shared/seeds/000_d503eed289205b33.txt (the published header lost
-- characters: the number is 大政办发〔2015〕99号, the date 2015年11月3日).
--
-- Layout of this file:
--   targets    一、(二) 主要目标 (nine quantified goals) and the quantified goals of
--              三、实施工程 (一)(二)(三)(八); all due 2020.
--   subsidies  三、(一) invention patent grant subsidy, 三、(二) patent information
--              service vouchers, 三、(三) support for local transfer of high-value
--              patents of universities and institutes, 三、(六) standardisation awards.
--   obligations none (see the end of the file).

plan {
  id = "dalian-2015",
  title = {
    zh = "大连市深入实施国家知识产权战略行动计划(2015-2020年)",
    en = "Dalian action plan for further implementing the national IP strategy (2015-2020)",
  },
  document = "大政办发〔2015〕99号",
  jurisdiction = "210200",
  issued = "2015-11-03",
  period = { 2015, 2020 },
  baseline_year = 2014,
  in_force = { from = "2015-11-03", to = "2020-12-31" },
  source = "000_d503eed289205b33.txt",
  note = {
    zh = "目标以2020年年末数据判断,基准年为2014年(计划期前一年)。计划所称补助的具体标准由《大连市企业专利补助实施办法》《大连市标准化资助奖励办法》等配套办法规定,计划本身未列明的金额以参数表示,未设默认值。",
    en = "Targets are judged on year-end 2020 figures against a 2014 baseline (the year before the period). "
      .. "Subsidy amounts the plan leaves to its implementing measures (《大连市企业专利补助实施办法》, "
      .. "《大连市标准化资助奖励办法》) are parameters without defaults, set in the config.",
  },
}

---------------------------------------------------------------------------
-- 一、(二) 主要目标: "到2020年, ..." -- every figure below is due 2020.
--
-- Not encodable: "知识产权保护社会满意度大幅度提升" (a qualitative goal with no
-- figure and no baseline) and "逐步形成尊重知识、崇尚创新、诚信守法的知识产权文化
-- 氛围" (qualitative). Neither is a target here.
--
-- Reading of the bare figures: the plan writes "每万人口发明专利拥有量17件" etc.
-- without 以上/左右; a goal figure of a strategy plan is a level to reach, so each
-- is `at_least`. Where the same sentence writes 累计 (plant varieties) the figure
-- is cumulative; where it does not, a flow figure (申请量, 登记量, 交易总额) is the
-- figure of the year 2020 and a stock figure (拥有量, 总量, 家数) is the year-end
-- 2020 stock.
---------------------------------------------------------------------------

target {
  id = "invention-patents-per-10k",
  cite = "一、(二)",
  title = { zh = "每万人口发明专利拥有量达到17件", en = "17 valid invention patents per 10,000 residents" },
  quote = "全市每万人口发明专利拥有量17件",
  metric = "valid_invention_patents", per = "10k_people",
  at_least = 17, due = 2020,
  note = {
    zh = "拥有量为年末存量(有效发明专利),按常住人口计算;计划未写“以上”,按应达到的水平(不低于17件)处理。",
    en = "A year-end stock of valid invention patents per 10,000 resident population; the bare figure is read as a level to reach (at least 17).",
  },
}

target {
  id = "pct-applications",
  cite = "一、(二)",
  title = { zh = "通过PCT途径提交的专利申请量达到400件", en = "400 patent applications filed through the PCT" },
  quote = "通过《专利合作条约》途径提交的专利申请量400件",
  metric = "pct_applications",
  at_least = 400, due = 2020,
  note = {
    zh = "按2020年当年申请量理解,而非2015-2020年累计:同一句对植物新品种明确写了“累计”,此处未写;且本计划所依据的国家行动计划(2014-2020年)的PCT目标也是年度申请量。",
    en = "Read as the number filed in the year 2020, not a 2015-2020 total: the same sentence says 累计 (cumulative) "
      .. "for plant varieties but not here, and the national action plan (2014-2020) this plan implements states its PCT goal as a yearly figure.",
  },
}

target {
  id = "registered-trademarks",
  cite = "一、(二)",
  title = { zh = "有效注册商标总量达到6万件", en = "60,000 valid registered trademarks" },
  quote = "有效注册商标总量6万件",
  metric = "registered_trademarks",
  at_least = 60000, due = 2020,
  note = {
    zh = "“有效注册商标总量”为年末存量;6万件写作60000。",
    en = "A year-end stock of valid registered trademarks; 6万 = 60,000.",
  },
}

target {
  id = "copyright-registrations",
  cite = "一、(二)",
  title = { zh = "作品著作权登记量达到100件", en = "100 copyright registrations of works" },
  quote = "作品著作权登记量100件",
  metric = "copyright_registrations",
  at_least = 100, due = 2020,
  note = {
    zh = "登记量为流量,按2020年当年登记量理解(未写“累计”,与紧随其后的“计算机软件著作权年登记量”同样按年计)。",
    en = "A flow: read as registrations in the year 2020 (no 累计, and the next item, software copyright, is explicitly yearly).",
  },
}

target {
  id = "software-copyright-registrations",
  cite = "一、(二)",
  title = { zh = "计算机软件著作权年登记量达到120件", en = "120 software copyright registrations a year" },
  quote = "计算机软件著作权年登记量120件",
  metric = "software_copyright_registrations",
  at_least = 120, due = 2020,
  note = {
    zh = "计划明确为“年登记量”,按2020年当年登记量判断;未写“每年”,故不要求计划期内每年均达到。",
    en = "Explicitly a yearly figure (年登记量), judged on 2020; the plan does not say 每年 (every year), so earlier years need not reach it.",
  },
}

target {
  id = "plant-variety-grants",
  cite = "一、(二)",
  title = { zh = "植物新品种授权量累计达到50件", en = "50 plant variety rights granted in total" },
  quote = "植物新品种授权量累计50件",
  metric = "plant_variety_grants", cumulative = true,
  at_least = 50, due = 2020,
  note = {
    zh = "“累计”按计划期2015-2020年各年授权量之和计算(不含2015年以前的授权);计划未说明累计起点,以计划期首年为起点。",
    en = "累计 (cumulative): the sum of the yearly grants 2015-2020 (grants before 2015 not counted); the plan names no start, so the first period year is taken.",
  },
}

target {
  id = "agri-geographical-indications",
  cite = "一、(二)",
  title = { zh = "农产品地理标志达到15件", en = "15 agricultural geographical indications" },
  quote = "农产品地理标志15件",
  metric = "agri_geographical_indications",
  at_least = 15, due = 2020,
  note = {
    zh = "按2020年末拥有的农产品地理标志总数理解,而非计划期内新增数(未写“新增”)。",
    en = "Read as the number held at year-end 2020, not the number added in the period (the plan does not say 新增).",
  },
}

target {
  id = "municipal-ip-advantage-enterprises",
  cite = "一、(二)",
  title = { zh = "培育市级知识产权优势企业200家", en = "200 municipal IP advantage enterprises" },
  quote = "培育市级知识产权优势企业200家",
  metric = "municipal_ip_advantage_enterprises",
  at_least = 200, due = 2020,
  note = {
    zh = "“培育……200家”按2020年末市级知识产权优势企业总数理解;计划未写“新增”,不扣除2014年末已有的企业。",
    en = "培育 200 (cultivate 200) is read as the total number at year-end 2020; the plan does not say 新增, so enterprises recognised before 2015 are not deducted.",
  },
}

target {
  id = "tech-contract-turnover",
  cite = "一、(二)",
  title = { zh = "技术市场登记的技术合同交易总额达到120亿元", en = "RMB 12 billion of registered technology contracts" },
  quote = "技术市场登记的技术合同交易总额120亿元",
  metric = "tech_contract_turnover_yuan",
  at_least = 12000000000, due = 2020,
  note = {
    zh = "“交易总额”指一年内登记的技术合同成交额合计,按2020年当年数判断,而非2015-2020年累计;120亿元写作整数元12000000000。",
    en = "交易总额 is the total of the contracts registered within a year, judged on 2020, not summed over 2015-2020; 120亿元 = 12,000,000,000 yuan.",
  },
}

---------------------------------------------------------------------------
-- 三、实施工程: the quantified goals. The clauses give no year; the plan runs to
-- 2020 and (三) says "到2020年", so all are due 2020.
---------------------------------------------------------------------------

target {
  id = "standard-compliant-key-enterprises",
  cite = "三、(一)",
  title = { zh = "完成50家重点企业贯标工作", en = "50 key enterprises certified to the enterprise IP management standard" },
  quote = "完成50家重点企业贯标工作,指导500家中小微企业建立知识产权管理制度,建立和完善知识产权工作体系。",
  metric = "dalian_key_standard_compliant_enterprises",
  at_least = 50, due = 2020,
  note = {
    zh = "贯标指贯彻《企业知识产权管理规范》(GB/T 29490)。目标是“重点企业”完成贯标,故计完成贯标的重点企业(插件指标dalian_key_standard_compliant_enterprises,年末存量;重点企业以市主管部门确定的名单为准),不计其他贯标企业。"
      .. "此前因指标不能区分重点企业,以全部贯标企业计,会把非重点企业也算进来;全部贯标企业数仍作为参考值报告(standard-compliant-enterprises)。计划未给出年份,按计划期末2020年判断。",
    en = "贯标 = implementing GB/T 29490. The goal is key enterprises (重点企业) certified, so the count is of certified key enterprises (plugin metric "
      .. "dalian_key_standard_compliant_enterprises, year-end stock; key enterprises are those on the city authority's list), not of every certified "
      .. "enterprise. Before, the metric could not tell key enterprises apart and all certified enterprises were counted; that total is still "
      .. "reported as a reference figure (standard-compliant-enterprises). No year is stated: due at the end of the period, 2020.",
  },
}

target {
  id = "standard-compliant-enterprises",
  cite = "三、(一)",
  title = { zh = "完成贯标的企业总数(参考值)", en = "All enterprises certified to the enterprise IP management standard (reference figure)" },
  quote = "全面贯彻《企业知识产权管理规范》国家标准,夯实企业知识产权管理基础。完成50家重点企业贯标工作,",
  metric = "standard_compliant_enterprises",
  report = true, due = 2020,
  note = {
    zh = "参考值,不作判断:全部完成贯标的企业(重点企业和其他企业)。计划“全面贯彻”国家标准而只对重点企业给出数字,判断见standard-compliant-key-enterprises。",
    en = "A reference figure, not judged: every certified enterprise, key or not. The plan asks the standard to be implemented throughout (全面贯彻) "
      .. "but gives a figure for key enterprises only; that is standard-compliant-key-enterprises.",
  },
}

target {
  id = "national-provincial-ip-advantage-enterprises",
  cite = "三、(一)",
  title = { zh = "逐步培育一批国家级和省市级知识产权优势企业", en = "A number of national, provincial and municipal IP advantage enterprises" },
  quote = "建立国有企业专利奖励制度,激励知识产权创造和运用,逐步培育一批国家级和省市级知识产权优势企业,推动企业形成知识产权比较优势。",
  metric = "dalian_national_provincial_ip_advantage_enterprises",
  report = true, due = 2020,
  note = {
    zh = "“一批”没有数字:按docs/plans.md对“一批”的统一读法,对象有明确界定(国家级、省级知识产权优势企业是认定的称号)的“一批”只报告、不判断(not_judged)。"
      .. "市级优势企业已由一、(二)的200家目标判断(municipal-ip-advantage-enterprises),此处报告国家级或省级优势企业数(插件指标,一家企业只计一次)。此前本句未编码,列为无数字。",
    en = "一批 states no figure: by the one reading of 一批 in docs/plans.md, a batch of a defined kind (national and provincial IP advantage enterprise are "
      .. "designations) is reported, never judged (not_judged). The municipal ones are judged by 一、(二)'s 200 (municipal-ip-advantage-enterprises); "
      .. "this reports the national or provincial ones (a plugin metric, each enterprise once). Not encoded before (listed as having no figure).",
  },
}

target {
  id = "sme-ip-management-systems",
  cite = "三、(一)",
  title = { zh = "指导500家中小微企业建立知识产权管理制度", en = "500 SMEs with an IP management system" },
  quote = "完成50家重点企业贯标工作,指导500家中小微企业建立知识产权管理制度,建立和完善知识产权工作体系。",
  metric = "sme_ip_management_systems",
  at_least = 500, due = 2020,
  note = {
    zh = "按2020年末已建立知识产权管理制度的中小微企业总数判断;计划未给出年份,按计划期末。",
    en = "The number of SMEs with an IP management system at year-end 2020; no year is stated, so the end of the period.",
  },
}

target {
  id = "patent-topic-databases",
  cite = "三、(二)",
  title = { zh = "建设16个专利专题数据库", en = "16 patent topic databases" },
  quote = "推进装备制造业、新能源、生物医药等16个专利专题数据库建设",
  metric = "patent_topic_databases",
  at_least = 16, due = 2020,
  note = {
    zh = "按2020年末建成的专利专题数据库总数判断;计划未给出年份,按计划期末。",
    en = "The number of patent topic databases built by year-end 2020; no year is stated, so the end of the period.",
  },
}

target {
  id = "soe-patent-conversion-output",
  cite = "三、(三)",
  title = { zh = "国有企业专利技术转化力争实现产值350亿元", en = "Strive for RMB 35 billion of output from state-owned enterprises' patent conversion" },
  quote = "到2020年,国有企业专利技术转化力争实现产值350亿元,对我市产业结构调整和转型升级提供重要支撑。",
  metric = "soe_patent_conversion_output_yuan",
  at_least = 35000000000, due = 2020, strive = true,
  note = {
    zh = "“力争”:争取性目标,非约束性承诺(strive)。产值按2020年当年产值理解,而非2015-2020年累计(未写“累计”);350亿元写作整数元35000000000。",
    en = "力争 (strive for): not a firm commitment. Output is read as the output of the year 2020, not a 2015-2020 total (no 累计); 350亿元 = 35,000,000,000 yuan.",
  },
}

target {
  id = "ip-service-institutions",
  cite = "三、(八)",
  title = { zh = "培育知识产权服务机构100家", en = "100 IP service institutions" },
  quote = "开展知识产权服务品牌培育工作,培育知识产权服务机构100家",
  metric = "ip_service_institutions",
  at_least = 100, due = 2020,
  note = {
    zh = "按2020年末知识产权服务机构总数理解(未写“新增”);计划未给出年份,按计划期末。",
    en = "The number of IP service institutions at year-end 2020 (the plan does not say 新增); no year is stated, so the end of the period.",
  },
}

---------------------------------------------------------------------------
-- Subsidies. The jurisdiction (210200 and every code beneath it) already
-- restricts every item to "我市企业", so no condition repeats the region.
---------------------------------------------------------------------------

subsidy {
  id = "invention-grant-subsidy",
  cite = "三、(一)",
  title = { zh = "国内外发明专利授权补助", en = "Subsidy for domestic and foreign invention patents granted" },
  quote = "鼓励企业拥有核心专利,全面落实大连市支持企业创新和发展的政策措施,对我市企业获得授权的国内外发明专利,按照《大连市企业专利补助实施办法》给予补助,总额最高不超过30万元。",
  basis = { zh = "《大连市企业专利补助实施办法》", en = "Dalian measures for enterprise patent subsidies" },
  -- No `applies`: the clause addresses every enterprise of the city (我市企业),
  -- which the jurisdiction already expresses; holding a granted invention patent
  -- is the eligibility condition.
  eligible = any {
    gt("invention_grants_domestic", 0),
    gt("invention_grants_foreign", 0),
  },
  params = {
    domestic_grant_yuan = money_param { zh = "每件国内发明专利授权补助", en = "amount per domestic invention patent granted" },
    foreign_grant_yuan = money_param { zh = "每件国外发明专利授权补助", en = "amount per foreign invention patent granted" },
  },
  amount = sum {
    per_item("invention_grants_domestic", "domestic_grant_yuan"),
    per_item("invention_grants_foreign", "foreign_grant_yuan"),
  },
  cap = { yuan = 300000, per = "plan" },
  note = {
    zh = "对象为本市所有企业(由管辖范围体现,故不设applies);条件为当年获得国内或国外发明专利授权。每件补助标准由《大连市企业专利补助实施办法》规定,计划未载明,故参数无默认值,未配置时金额为空。"
      .. "“总额最高不超过30万元”理解为每家企业在本计划期内(2015-2020年)累计所获补助不超过30万元,而非每年或每件:原文未写“每年”,且该上限针对补助“总额”。",
    en = "Addresses every enterprise of the city (the jurisdiction says so; no `applies`); eligible when it was granted domestic or foreign invention patents. "
      .. "The per-patent amounts are fixed by 《大连市企业专利补助实施办法》, not by the plan: parameters without defaults, so the amount is null until configured. "
      .. "总额最高不超过30万元 is read as at most 300,000 yuan per enterprise over the whole plan period, not per year or per patent: "
      .. "the plan does not say 每年 and the cap is on the total (总额).",
  },
}

subsidy {
  id = "patent-info-service-voucher",
  cite = "三、(二)",
  title = { zh = "中小企业专利信息服务券", en = "Patent information service vouchers for SMEs" },
  quote = "对中小企业开展创新活动使用专利信息服务资源通过券给予支持。",
  applies = is("is_sme"),
  eligible = is("uses_patent_info_services"),
  note = {
    zh = "applies为“中小企业”:条款的对象是中小企业(同一款开头所称“科技型中小企业”的服务体系建设,券的对象写作“中小企业”,按后者,不限科技型);非中小企业不在其列,为不适用而非不符合。"
      .. "eligible为“开展创新活动使用专利信息服务资源”:这是中小企业获得支持须满足的条件。券面额计划未规定,故无金额。",
    en = "applies = is_sme: the clause addresses SMEs (the voucher sentence says 中小企业; the 科技型中小企业 of the clause's first sentence concerns building the service system, "
      .. "so the voucher is not restricted to tech SMEs); a large enterprise is outside its scope (not_applicable), not failing a condition. "
      .. "eligible = uses_patent_info_services: using patent information services for innovation is what an SME must do to get the voucher. "
      .. "The plan fixes no voucher value: no amount.",
  },
}

subsidy {
  id = "local-high-value-transfer-support",
  cite = "三、(三)",
  title = { zh = "高校院所高价值专利本地转化支持", en = "Support for putting universities' and institutes' high-value patents to use locally" },
  quote = "鼓励、引导高校和科研机构通过合作开发、委托开发、技术转让、联合共建等形式,在本地实施高价值专利技术成果转移转化,并给予企业相关政策和资金支持。",
  eligible = gt("local_high_value_transfers", 0),
  note = {
    zh = "受支持的是“企业”(承接转化的本地企业),无更窄的对象限定,故不设applies;条件为在本地实施了高校、科研机构高价值专利技术成果的转移转化(合作开发、委托开发、技术转让、联合共建等形式均可)。“相关政策和资金支持”未规定金额,故无金额。",
    en = "The support goes to enterprises (the local enterprises taking up the transfer) with no narrower addressee, so no `applies`; eligible when the enterprise put "
      .. "high-value patents of universities or research institutes to use locally (joint or commissioned development, transfer, joint ventures...). "
      .. "相关政策和资金支持 fixes no amount: no amount.",
  },
}

subsidy {
  id = "standardisation-award",
  cite = "三、(六)",
  title = { zh = "标准化资助奖励", en = "Standardisation grants and awards" },
  quote = "以新材料、新产品、新能源、新技术的研发和产业化应用为重点,加强对标准化工作的政策扶持和指导监督,实施《大连市标准化资助奖励办法》,支持和引导型企业制定或参与制定具有自主知识产权的地方标准、行业标准、国家标准和国际标准;",
  basis = { zh = "《大连市标准化资助奖励办法》", en = "Dalian measures for standardisation grants and awards" },
  eligible = gt("standards_drafted", 0),
  note = {
    zh = "条件为制定或参与制定地方、行业、国家或国际标准。原文“支持和引导型企业”有脱字(疑为“创新型”或“科技型”企业),无法确定对象限定,故不设applies;“以新材料、新产品、新能源、新技术……为重点”是工作重点而非资格条件。资助奖励标准由《大连市标准化资助奖励办法》规定,计划未载明,故无金额。",
    en = "Eligible when the enterprise drafted or co-drafted a local, industry, national or international standard. The published text lost a character in "
      .. "支持和引导型企业 (probably 创新型 or 科技型), so no addressee restriction can be encoded: no `applies`; the new-materials/products/energy/technology "
      .. "focus is a priority of the work, not a condition. Amounts are fixed by 《大连市标准化资助奖励办法》, not by the plan: no amount.",
  },
}

-- Not encoded as subsidies (no identifiable recipient condition or benefit for
-- an enterprise record): 二、(一) "通过财政、税收、金融、投资等政策引导" (general policy
-- guidance); 三、(一) "建立国有企业专利奖励制度" (a system to be set up, not a
-- benefit defined by the plan); 四、(三) "加大对中小微企业知识产权创造和运用的支持
-- 力度" (general funding direction).

---------------------------------------------------------------------------
-- Obligations: none found. The plan is an action plan addressed to government
-- departments (各区市县人民政府, 市政府各委办局 ...). Its duties bind government
-- units (e.g. 四、(一) "联席会议各成员单位要各负其责,并尽快制定具体实施方案"); what
-- it says of enterprises is guidance or encouragement (引导, 鼓励, 支持, 指导企业开展
-- 商标注册, 三、(五) 推进企业软件正版化 "逐步推进" as a government programme), with
-- no duty an enterprise must meet and no consequence for not meeting it. Nothing
-- here can be judged compliant / non_compliant for an enterprise.
---------------------------------------------------------------------------
