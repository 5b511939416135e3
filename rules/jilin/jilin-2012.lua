-- 吉林省人民政府办公厅转发省科技厅等部门关于加强战略性新兴产业知识产权工作实施意见的通知
-- 吉政办发〔2012〕43号, 吉林省人民政府办公厅, 2012-07-23
-- Encoded from shared/seeds/004_6e64fe3c71bb2fb5.txt.
--
-- Layout of this file:
--   targets     二、(二)1. the 2015 goals: invention patents held and international
--               (PCT) applications in the strategic emerging industries, each three
--               times 2010 (增长两倍); 四、(三) the ten industry IP alliances (due 2015).
--               二、(二)2. (the 2020 goals) states no figure: no target (see the end).
--   subsidies   七、(一) funding of patent filings abroad and of trademark filings
--               abroad; 八、(三) IP funding and fee relief; 四、(一) credit support and
--               collective bonds; 四、(五) full-process IP services for SMEs; 三、(二) the
--               IP quality programme; 七、(三) help with foreign IP disputes.
--   obligations 三、(三) the five IP rules of enterprises; 四、(一) lenders' differentiated
--               pricing.
--
-- The ten strategic emerging industries (二、(一), 四、(三)) are the core enum field
-- `industry`: every value but "other".  Fields and metrics named jilin_* are the
-- jilin plugin's (plugins/jilin/jilin.c); docs/plans.md#jilin-2012 lists them.

plan {
  id = "jilin-2012",
  title = {
    zh = "吉林省人民政府办公厅转发省科技厅等部门关于加强战略性新兴产业知识产权工作实施意见的通知",
    en = "Jilin Province: implementing opinions on strengthening IP work in the strategic emerging industries (forwarded by the General Office of the provincial government)",
  },
  document = "吉政办发〔2012〕43号",
  jurisdiction = "220000",
  issued = "2012-07-23",
  period = { 2012, 2020 },
  baseline_year = 2010,
  in_force = { from = "2012-07-23", to = "2020-12-31" },
  source = "004_6e64fe3c71bb2fb5.txt",
  note = {
    zh = "全省适用(220000及其下所有行政区划)。目标分2015年、2020年两个阶段,增长目标以2010年为基数;"
      .. "“增长两倍”按国家统计用语理解为达到基数的三倍(ratio_to_year = 2010, at_least = 3),而非“翻一番”。"
      .. "判断进度的直线以2010年(比值为1)为起点,故baseline_year取2010而非计划期前一年2011。"
      .. "文件未规定失效日期,以其最后的目标年2020年年末为止。"
      .. "“战略性新兴产业”指文件列明的十大产业(生物医药、生物化工、电子信息、新材料、新能源、新能源汽车、先进装备制造、节能环保、文化、旅游),即industry字段除other以外的取值。"
      .. "文件未规定任何资助金额,金额以无默认值的参数表示或不设金额。",
    en = "Province-wide (220000 and every code beneath it). Goals for 2015 and 2020; growth is measured against 2010. "
      .. "增长两倍 is read in the national statistical usage, 'grow by two times' = three times the base (ratio_to_year = 2010, at_least = 3), not 'double'. "
      .. "The on-track line starts from 2010, where the ratio is 1 by definition, so baseline_year is 2010 rather than 2011 (the year before the period). "
      .. "The document states no expiry: it is taken to be in force until the end of its last goal year, 2020. "
      .. "The strategic emerging industries are the ten the document names (biomedicine, biochemical, electronic information, new materials, new energy, "
      .. "new energy vehicles, advanced equipment, energy saving and environmental protection, culture, tourism): every value of `industry` but `other`. "
      .. "The document fixes no amount of money: amounts are parameters without defaults, or absent.",
  },
}

-- The ten industries of 二、(一) and 四、(三), as values of the core enum `industry`.
local SEI = {
  "biomedicine",            -- 生物医药
  "biochemical",            -- 生物化工
  "electronic_information", -- 电子信息
  "new_materials",          -- 新材料
  "new_energy",             -- 新能源
  "new_energy_vehicles",    -- 新能源汽车
  "advanced_equipment",     -- 先进装备制造
  "energy_saving",          -- 节能环保
  "culture",                -- 文化
  "tourism",                -- 旅游
}
local function in_sei() return one_of("industry", SEI) end

---------------------------------------------------------------------------
-- 二、(二) 发展目标
--
-- 1. 到2015年: the only figures are the two "增长两倍" goals. The rest of the
-- paragraph (一批知名商标、软件和版权, 影响力明显增强, 服务体系, 一批领军企业,
-- 一批知识产权联盟, 保护能力进一步增强) has no figure: qualitative.
-- 2. 到2020年: qualitative throughout (制度健全, 水平显著提高, 一批企业); no target.
---------------------------------------------------------------------------

target {
  id = "sei-invention-patents-triple",
  cite = "二、(二)1.",
  title = {
    zh = "2015年全省战略性新兴产业领域发明专利拥有量比2010年增长两倍",
    en = "Invention patents held in the strategic emerging industries three times the 2010 figure by 2015",
  },
  quote = "到2015年:全省战略性新兴产业领域发明专利拥有量和专利国际申请量分别比2010年增长两倍。",
  metric = "jilin_sei_valid_invention_patents",
  ratio_to_year = 2010,
  at_least = 3, due = 2015,
  unit = { zh = "倍(以2010年为1)", en = "× the 2010 figure" },
  note = {
    zh = "“增长两倍”按国家统计用语(增长了几倍=增加量是基数的几倍)理解:2015年末拥有量达到2010年末的3倍(增加量为基数的2倍),而非2倍。"
      .. "“发明专利拥有量”为年末有效发明专利存量;口径限于十大战略性新兴产业领域(插件指标jilin_sei_valid_invention_patents),不是全省全部有效发明专利。"
      .. "“全省”:目标是全省合计数;对某一市县的数据运行时,引擎不按此目标判断(目标只针对规划辖区整体),文件也未给各市县分配目标。",
    en = "增长两倍 in the national statistical usage (增长N倍: the increase is N times the base): year-end 2015 holdings at least 3 times year-end 2010 "
      .. "(an increase of twice the base), not twice. 发明专利拥有量 is the year-end stock of valid invention patents, counted within the ten strategic emerging "
      .. "industries only (plugin metric jilin_sei_valid_invention_patents), not all of the province's. 全省: the goal is for the province as a whole; "
      .. "the engine does not judge a city's figures against it (targets are for the plan's jurisdiction as a whole), and the document sets no goal per city or county.",
  },
}

target {
  id = "sei-pct-applications-triple",
  cite = "二、(二)1.",
  title = {
    zh = "2015年全省战略性新兴产业领域专利国际申请量比2010年增长两倍",
    en = "International patent applications in the strategic emerging industries three times the 2010 figure by 2015",
  },
  quote = "到2015年:全省战略性新兴产业领域发明专利拥有量和专利国际申请量分别比2010年增长两倍。",
  metric = "jilin_sei_pct_applications",
  ratio_to_year = 2010,
  at_least = 3, due = 2015,
  unit = { zh = "倍(以2010年为1)", en = "× the 2010 figure" },
  note = {
    zh = "“增长两倍”同上,为2010年的3倍;“分别”表示两项各自达到,而非合计。"
      .. "“专利国际申请”按国家知识产权局统计口径理解为PCT国际申请。申请量是流量:比较2015年当年申请量与2010年当年申请量,而非2011-2015年累计"
      .. "(同一句中“拥有量”与“申请量”并列,前者为存量、后者为年度量)。口径限于十大战略性新兴产业领域(插件指标jilin_sei_pct_applications)。",
    en = "增长两倍 as above: three times 2010; 分别 means each figure separately, not their sum. 专利国际申请 is read, as in CNIPA statistics, as PCT "
      .. "international applications. Applications are a flow: the number filed in 2015 against the number filed in 2010, not a 2011-2015 total (the "
      .. "sentence sets 拥有量, a stock, beside 申请量, a yearly count). Counted within the ten industries only (plugin metric jilin_sei_pct_applications).",
  },
}

---------------------------------------------------------------------------
-- 四、(三) the ten industry IP alliances.
---------------------------------------------------------------------------

target {
  id = "sei-ip-alliances",
  cite = "四、(三)",
  title = {
    zh = "建立十大战略性新兴产业知识产权联盟",
    en = "An IP alliance in each of the ten strategic emerging industries",
  },
  quote = "建立生物化工产业、新能源汽车产业、生物医药产业、电子信息产业、新材料产业、新能源产业、先进装备制造产业、节能环保产业、旅游产业、文化产业等十大产业知识产权联盟。",
  metric = "jilin_sei_ip_alliance_industries",
  at_least = 10, due = 2015,
  note = {
    zh = "“十大产业知识产权联盟”理解为十个产业各有(至少)一个知识产权联盟,故指标为已建立联盟的产业数(0-10),目标为10;"
      .. "一个产业有几个联盟仍只算一个产业,以免某一产业的多个联盟抵补另一产业的空缺。"
      .. "本款未写年份;文件唯一写明时限的相关表述是2015年目标“形成一批多层次、多领域的战略性新兴产业知识产权联盟”(二、(二)1.),2020年目标未再提及联盟,故按2015年末判断。"
      .. "进度直线以2010年末(联盟数按区域数据,通常为0)为起点。",
    en = "十大产业知识产权联盟 is read as an IP alliance (at least one) in each of the ten industries, so the metric counts the industries that have one (0-10) and "
      .. "the goal is 10; several alliances in one industry still count once, so they cannot make up for an industry without one. The clause states no year; "
      .. "the only dated mention is the 2015 goal 形成一批多层次、多领域的战略性新兴产业知识产权联盟 (二、(二)1.), and the 2020 goals do not mention alliances, "
      .. "so it is judged on year-end 2015. The on-track line starts from the region's 2010 figure (normally 0).",
  },
}

---------------------------------------------------------------------------
-- Subsidies and support measures. The jurisdiction (220000 and every code
-- beneath it) already restricts every item to 我省, so no condition repeats
-- the region. Being in one of the ten industries is an eligibility condition,
-- not an `applies` restriction: the clauses address 企业 (or 企业、科研院所、
-- 高等学校) in general and support them for their work in the strategic
-- emerging industries (战略性新兴产业领域), so an enterprise of another industry
-- is addressed but does not qualify (ineligible, with the reason shown).
---------------------------------------------------------------------------

subsidy {
  id = "foreign-patent-filing-support",
  cite = "七、(一)",
  title = {
    zh = "战略性新兴产业领域在国外申请专利资金支持",
    en = "Funding for patent applications abroad in the strategic emerging industries",
  },
  quote = "支持战略性新兴产业领域在国外布局知识产权。进一步增加在国外申请专利、注册商标(申请保护)的资金支持。",
  eligible = all {
    in_sei(),
    any {
      gt("pct_applications", 0),
      gt("jilin_foreign_patent_applications", 0),
    },
  },
  params = {
    pct_application_yuan = money_param { zh = "每件PCT国际申请资助", en = "amount per PCT international application" },
    foreign_application_yuan = money_param { zh = "每件向国外(境外)提出的专利申请资助", en = "amount per patent application filed abroad" },
  },
  amount = sum {
    per_item("pct_applications", "pct_application_yuan"),
    per_item("jilin_foreign_patent_applications", "foreign_application_yuan"),
  },
  note = {
    zh = "对象:企业(条款也及于科研院所、高等学校,本工具只评估企业);条件:属十大战略性新兴产业之一,且当年在国外申请了专利——"
      .. "提交了PCT国际申请(核心字段pct_applications),或经巴黎公约途径、PCT进入国家/地区阶段向国外(境外)提出了专利申请(插件字段jilin_foreign_patent_applications)。"
      .. "资助的是“申请”,故国外发明专利授权量(invention_grants_foreign)不作为条件。"
      .. "文件只说“进一步增加……资金支持”,未规定标准,具体以省专利资助办法等配套措施为准:每件金额为无默认值的参数,未配置时金额为空;文件未设上限。",
    en = "Addressed to enterprises (the clause also names research institutes and universities; plancheck evaluates enterprises). Eligible when the enterprise "
      .. "is in one of the ten strategic emerging industries and applied for patents abroad that year: a PCT international application (core field "
      .. "pct_applications) or an application filed abroad by the Paris Convention route or a PCT national/regional phase entry (plugin field "
      .. "jilin_foreign_patent_applications). The clause funds applying, so foreign grants (invention_grants_foreign) are not a condition. It only says the "
      .. "funding will be increased and fixes no rate (the province's patent funding measures do): per-application amounts are parameters without defaults, "
      .. "null until configured; the document sets no cap.",
  },
}

subsidy {
  id = "foreign-trademark-filing-support",
  cite = "七、(一)",
  title = {
    zh = "战略性新兴产业领域在国外注册商标资金支持",
    en = "Funding for trademark applications abroad in the strategic emerging industries",
  },
  quote = "支持战略性新兴产业领域在国外布局知识产权。进一步增加在国外申请专利、注册商标(申请保护)的资金支持。",
  eligible = all {
    in_sei(),
    gt("jilin_foreign_trademark_applications", 0),
  },
  params = {
    per_application_yuan = money_param { zh = "每件国外商标注册申请资助", en = "amount per trademark application filed abroad" },
  },
  amount = per_item("jilin_foreign_trademark_applications", "per_application_yuan"),
  note = {
    zh = "“注册商标(申请保护)”理解为在国外(境外)申请商标注册,含马德里国际注册及逐一国家申请(插件字段jilin_foreign_trademark_applications);"
      .. "括号表明资助的是申请保护的行为,不以获准注册为前提。与专利资助同出一句,分列为两项是因为二者的计量对象和配套资助标准不同。"
      .. "条件同上须属十大战略性新兴产业之一;金额为无默认值的参数,文件未设上限。",
    en = "注册商标(申请保护) is read as applying to register trademarks abroad, by the Madrid system or country by country (plugin field "
      .. "jilin_foreign_trademark_applications); the parenthesis says the funding is for applying for protection, not conditional on registration. "
      .. "It shares a sentence with the patent funding and is a separate item because it counts other filings and has its own rates. As above, the "
      .. "enterprise must be in one of the ten industries; the amount is a parameter without default; no cap is set.",
  },
}

subsidy {
  id = "ip-funding-fee-relief",
  cite = "八、(三)",
  title = {
    zh = "战略性新兴产业知识产权资助和费用减免及财税支持",
    en = "IP funding, fee relief and fiscal support for the strategic emerging industries",
  },
  quote = "完善知识产权资助和费用减免政策,同时充分利用《吉林省人民政府关于加快培育和发展战略性新兴产业的实施意见》(吉政发〔2011〕7号)、《吉林省人民政府关于印发吉林省战略性新兴产业培育计划(2011—2015年)的通知》(吉政发〔2011〕22号)、《吉林省人民政府办公厅转发省科技厅关于进一步加强知识产权工作意见的通知》(吉政办发〔2010〕55号)确定的各项财税支持政策,加大对战略性新兴产业的支持力度。",
  basis = {
    zh = "吉政发〔2011〕7号、吉政发〔2011〕22号、吉政办发〔2010〕55号确定的财税支持政策及省知识产权资助和费用减免政策",
    en = "the fiscal support of 吉政发〔2011〕7号, 吉政发〔2011〕22号 and 吉政办发〔2010〕55号, and the province's IP funding and fee relief policies",
  },
  eligible = in_sei(),
  note = {
    zh = "受益对象为战略性新兴产业(企业),唯一可判断的条件是属十大产业之一;具体资助、减免的条件与标准由所引三份文件及资助、费用减免政策规定,本文件未载明,故无金额、无参数"
      .. "(没有可乘的计量基础,设一个总额参数会虚构一个本文件没有的定额)。结果为“符合,金额待定”,应按所引文件核定。",
    en = "The beneficiaries are the strategic emerging industries (their enterprises); the only condition this document states is being in one of the ten. "
      .. "What is funded or relieved and by how much is left to the three documents cited and the funding and fee relief policies, so there is no amount and no "
      .. "parameter (there is no count to multiply, and a lump-sum parameter would invent a fixed grant the document does not have). The result is "
      .. "'eligible, amount to be fixed' under the documents cited.",
  },
}

subsidy {
  id = "ip-credit-support",
  cite = "四、(一)",
  title = {
    zh = "对拥有自主知识产权的战略性新兴产业企业的信贷支持",
    en = "Credit support for strategic emerging industry enterprises that own IP",
  },
  quote = "引导银行业金融机构加大对战略性新兴产业中拥有自主知识产权企业的信贷支持。",
  eligible = all {
    in_sei(),
    any {
      gt("valid_invention_patents", 0),
      is("jilin_owns_independent_ip"),
    },
  },
  note = {
    zh = "条件:属十大战略性新兴产业之一,且拥有自主知识产权。有效发明专利拥有量大于0即足以证明;否则看插件字段jilin_owns_independent_ip"
      .. "(自有的专利、计算机软件著作权、集成电路布图设计、植物新品种等)。“自主知识产权”按通常口径指自有的技术类知识产权,仅持有注册商标不计入。"
      .. "同款“对拥有自主知识产权、具有自主创新能力的战略性新兴产业企业可适当扩大授信额度”并入本项:“具有自主创新能力”无可判断的标准,不作为条件。"
      .. "提供支持的是银行业金融机构(政府“引导”),文件未规定额度,故无金额。",
    en = "Eligible when the enterprise is in one of the ten industries and owns IP of its own: valid invention patents > 0 suffice; otherwise the plugin "
      .. "field jilin_owns_independent_ip (own patents, software copyrights, layout designs, plant varieties...). 自主知识产权 is read in its usual sense of "
      .. "technology IP the enterprise owns: trademarks alone do not count. The same clause's 'larger credit lines for SEI enterprises that own IP and can "
      .. "innovate' is folded in here: 具有自主创新能力 has no testable standard and is not a condition. The support comes from banks, which the government "
      .. "guides (引导); no amount is fixed.",
  },
}

subsidy {
  id = "sme-collective-bonds",
  cite = "四、(一)",
  title = {
    zh = "鼓励战略性新兴产业中小企业发行集合债券和集合票据",
    en = "Collective bonds and notes for strategic emerging industry SMEs",
  },
  quote = "鼓励战略性新兴产业中的中小企业发行集合债券和集合票据",
  applies = is("is_sme"),
  eligible = in_sei(),
  note = {
    zh = "applies为中小企业:措施只针对中小企业,大企业不在其列(不适用),而非不符合;条件为属十大战略性新兴产业之一。"
      .. "这是融资渠道上的鼓励与支持,不是资金补助,文件未规定任何金额。",
    en = "applies = is_sme: the measure addresses SMEs only, so a large enterprise is outside it (not_applicable) rather than failing it; eligible when in one "
      .. "of the ten industries. It is encouragement of a financing channel, not a grant: no amount.",
  },
}

subsidy {
  id = "sme-ip-full-service",
  cite = "四、(五)",
  title = {
    zh = "为战略性新兴产业中小微企业提供知识产权全程服务",
    en = "Full-process IP services for strategic emerging industry SMEs",
  },
  quote = "支持专业服务机构开发知识产权管理系统和工具,为战略性新兴产业中的中小企业和小微企业提供全程服务。",
  applies = is("is_sme"),
  eligible = in_sei(),
  note = {
    zh = "资金支持的直接对象是专业服务机构,受益的是战略性新兴产业中的中小企业和小微企业(获得全程服务),故按后者编码:applies为中小微企业(is_sme涵盖中小微),条件为属十大产业之一。"
      .. "服务内容与收费文件未规定,故无金额。",
    en = "The funding goes to professional service institutions; the beneficiaries are the SMEs and micro enterprises of the strategic emerging industries, "
      .. "who receive the services, so the item is theirs: applies = is_sme (which covers micro enterprises), eligible when in one of the ten industries. "
      .. "The document fixes neither the services nor any fee: no amount.",
  },
}

subsidy {
  id = "ip-quality-cultivation",
  cite = "三、(二)",
  title = {
    zh = "战略性新兴产业重点、龙头企业知识产权质量提升重点培育",
    en = "IP quality programme for key and leading strategic emerging industry enterprises",
  },
  quote = "选择我省战略性新兴产业中的重点、龙头企业进行提升知识产权质量重点培育工作",
  eligible = all {
    in_sei(),
    is("jilin_sei_key_enterprise"),
  },
  note = {
    zh = "条件:属十大战略性新兴产业之一,且为该产业的重点或龙头企业(插件字段jilin_sei_key_enterprise,文件未给出认定标准,按省有关部门的认定填写)。"
      .. "“选择”说明由政府从中遴选:符合条件是入选的前提而非保证,“符合”应读作“可被选入”。培育为非资金支持,无金额。",
    en = "Eligible when in one of the ten industries and a key or leading enterprise of it (plugin field jilin_sei_key_enterprise; the document gives no "
      .. "criterion, so it follows the provincial departments' designation). 选择 (choose) means the government selects among them: meeting the conditions "
      .. "is needed for selection, not a promise of it, so 'eligible' reads 'may be chosen'. The support is cultivation, not money: no amount.",
  },
}

subsidy {
  id = "foreign-dispute-support",
  cite = "七、(三)",
  title = {
    zh = "企业国外知识产权维权和争端解决的指导、帮助与防御基金支持",
    en = "Guidance, help and defence-fund support for enterprises in foreign IP disputes",
  },
  quote = "加大对企业知识产权预警、国外维权和争端解决的指导和帮助。支持多渠道建立知识产权防御基金,为企业应对国际知识产权纠纷提供支持。",
  eligible = all {
    in_sei(),
    gt("jilin_foreign_ip_disputes", 0),
  },
  note = {
    zh = "条件:属十大战略性新兴产业之一(本条在“提升战略性新兴产业知识产权国际化水平”一章内,所指企业为该领域企业),且当年有须应对的国外(境外)知识产权纠纷(插件字段jilin_foreign_ip_disputes)。"
      .. "同句的“预警”指导面向所有有国外贸易、投资的企业,没有可判断的个体条件,未单列。防御基金由多渠道建立,支持标准未定,故无金额。",
    en = "Eligible when in one of the ten industries (the clause sits in the chapter on internationalising the strategic emerging industries' IP, so its "
      .. "enterprises are theirs) and facing a foreign IP dispute that year (plugin field jilin_foreign_ip_disputes). The early-warning guidance of the same "
      .. "sentence is for every enterprise trading or investing abroad and has no individual condition: not a separate item. The defence fund is to be set "
      .. "up by several channels and its support is not fixed: no amount.",
  },
}

-- Not encoded as subsidies (no identifiable beneficiary condition, or one that
-- cannot be tested): see docs/plans.md#jilin-2012, "Qualitative clauses".

---------------------------------------------------------------------------
-- Obligations.
---------------------------------------------------------------------------

obligation {
  id = "enterprise-ip-rules",
  cite = "三、(三)",
  title = {
    zh = "战略性新兴产业企业建立和完善知识产权管理、申请、奖励、市场环境维持及教育培训制度",
    en = "Strategic emerging industry enterprises keep IP management, filing, reward, market and training rules",
  },
  quote = "各企事业单位、科研院所、高等学校要建立和完善知识产权管理制度、申请(申报)制度、奖励制度、市场环境维持制度及教育培训制度等,使战略性新兴产业创新成果及时获得知识产权,为促进战略性新兴产业发展奠定基础。",
  applies = in_sei(),
  requires = all {
    is("jilin_has_ip_management_rules"),
    is("jilin_has_ip_filing_rules"),
    is("jilin_has_ip_reward_rules"),
    is("jilin_has_ip_market_rules"),
    is("jilin_has_ip_training_rules"),
  },
  note = {
    zh = "“要”为义务性用语。主语“各企事业单位”本身不限产业,但该款目的是“使战略性新兴产业创新成果及时获得知识产权”,且全文只规范战略性新兴产业,故只对十大产业内的企业适用;"
      .. "其他产业的企业为“不适用”。若要按所有企业理解,把applies删去即可。须同时具备所列五项制度;“等”表示列举未尽,未列举的制度无法判断,不作要求。"
      .. "文件未规定不履行的后果。",
    en = "要 is the language of duty. Its subject, 各企事业单位, names no industry, but the clause's purpose is 'so that the strategic emerging industries' "
      .. "innovations get IP rights in time' and the whole document governs those industries only, so it binds enterprises in the ten industries; others are "
      .. "not_applicable (drop `applies` to read it as binding every enterprise). All five rules listed are required; 等 leaves the list open, but rules it does "
      .. "not name cannot be checked and are not required. The document states no consequence of not complying.",
  },
}

obligation {
  id = "lender-differentiated-pricing",
  cite = "四、(一)",
  title = {
    zh = "金融机构建立灵活的差别化定价机制",
    en = "Financial institutions set up flexible, differentiated loan pricing",
  },
  quote = "各金融机构应在风险可控、商业可持续原则的基础上,根据不同企业的实际情况,建立符合监管要求的、灵活的差别化定价机制,科学合理确定贷款期限和利率,切实做到合理降低战略性新兴产业企业融资成本,减轻企业融资负担,帮助企业实现转型升级。",
  applies = is("jilin_is_financial_institution"),
  requires = is("jilin_differentiated_loan_pricing"),
  note = {
    zh = "“应”为义务性用语,义务人是金融机构(企业的一类);核心字段industry没有金融业取值,故以插件字段jilin_is_financial_institution判断是否适用,非金融企业为“不适用”。"
      .. "可判断的是“建立……差别化定价机制”(插件字段jilin_differentiated_loan_pricing);“科学合理确定贷款期限和利率”“合理降低融资成本”没有可检验的标准,不作要求。"
      .. "金融机构受国家金融监管部门监管,本省文件的“应”属指导性要求,文件未规定后果。",
    en = "应 is the language of duty and binds financial institutions, which are enterprises; the core `industry` enum has no finance value, so the plugin field "
      .. "jilin_is_financial_institution decides whether it applies (others are not_applicable). What can be checked is that a differentiated pricing "
      .. "mechanism exists (plugin field jilin_differentiated_loan_pricing); 'set loan terms and rates scientifically' and 'lower financing costs reasonably' "
      .. "have no testable standard and are not required. Lenders are supervised by the national regulators: for them a provincial 应 is guidance, and the "
      .. "document states no consequence.",
  },
}
