-- 广州市知识产权局促进知识产权服务业发展三年行动计划(2016-2018年)
-- 穗知〔2016〕85号, 广州市知识产权局, 2016-11-25 (published 2016-12-19)
-- Encoded from shared/seeds/001_d74bc34fa581c9f7.txt.
--
-- The plan numbers its clauses (一)...(二十三) straight through 二、主要任务
-- ((一)-(二十)) and 三、保障措施 ((二十一)-(二十三)); cites here give both
-- levels, e.g. 二、(十五).
--
-- Layout of this file:
--   targets    the three figures the plan states: 二、(六) full coverage of
--              regional patent information services, 二、(十) IP service
--              institutions with revenue over 100 million yuan, 二、(十三)
--              IP information push covering every SME of the city.
--   subsidies  every support measure that names a beneficiary an
--              enterprise-level record can be (an enterprise, a service
--              institution, a university, an association ...) and a
--              condition that can be checked, in clause order; the core of
--              the plan is 二、(十五) patent enforcement funding (two items:
--              the parties and the institutions that represented them).
--   obligations none (see the end of the file).
--
-- Fields named guangzhou_* are registered by plugins/guangzhou (the core
-- dictionary lacks them); docs/plans.md#guangzhou-2016 lists them.

plan {
  id = "guangzhou-2016",
  title = {
    zh = "广州市知识产权局促进知识产权服务业发展三年行动计划(2016-2018年)",
    en = "Guangzhou IP Office three-year action plan for developing the IP services industry (2016-2018)",
  },
  document = "穗知〔2016〕85号",
  jurisdiction = "440100",
  issued = "2016-11-25",
  period = { 2016, 2018 },
  baseline_year = 2015,
  in_force = { from = "2016-11-25", to = "2018-12-31" },
  source = "001_d74bc34fa581c9f7.txt",
  note = {
    zh = "计划由广州市知识产权局印发(2016年11月25日,网上发布于2016年12月19日),工作目标为“到2018年末”,故目标以2018年年末数据判断,基准年为2015年(计划期前一年)。"
      .. "计划自印发之日起适用,至2018年12月31日止。计划所列支持、资助措施均未规定金额,金额以无默认值的参数表示,未配置时金额为空(仍判断是否符合条件)。"
      .. "计划的对象是各区知识产权局和局属处室,所述“支持”“资助”的具体办法另行制定;“鼓励”“引导”“推动”等未规定任何给付的表述不作为资助项目编码(见 docs/plans.md#guangzhou-2016)。",
    en = "Issued by the Guangzhou IP Office on 2016-11-25 (posted online 2016-12-19); its goals are set for the end of 2018, "
      .. "so targets are judged on year-end 2018 figures against a 2015 baseline (the year before the period). "
      .. "It applies from its issue date to 2018-12-31. No support measure in the plan fixes an amount: amounts are parameters "
      .. "without defaults, null until configured (eligibility is still judged). The plan is addressed to the district IP offices "
      .. "and the office's own divisions; the implementing measures of its 'support' and 'funding' come separately. "
      .. "Wording that promises nothing (鼓励 encourage, 引导 guide, 推动 promote) is not encoded as a subsidy "
      .. "(see docs/plans.md#guangzhou-2016).",
  },
}

---------------------------------------------------------------------------
-- Targets. 一、工作目标 states no figure ("大幅提升", "明显提高", "最具活力的
-- 领域之一" are qualitative). The figures are in 二、主要任务; none of those
-- clauses gives a year, so each is due at the end of the plan, 2018 (一、
-- "到2018年末").
---------------------------------------------------------------------------

target {
  id = "regional-patent-info-service-coverage",
  cite = "二、(六)",
  title = { zh = "实现区域专利信息服务全覆盖", en = "Patent information services cover every district" },
  quote = "参加国家局新一代地方专利信息服务检索与分析系统第二批试点工作,完成系统部署任务,提升我市知识产权公共服务能力和服务水平,实现区域专利信息服务全覆盖。",
  metric = "guangzhou_districts_patent_info_service", share_of = "guangzhou_districts",
  at_least = 1, due = 2018,
  unit = { zh = "覆盖比例(1为全覆盖)", en = "share covered (1 = full coverage)" },
  note = {
    zh = "“全覆盖”按本市每个区都实现专利信息服务覆盖理解,以实现覆盖的区数除以辖区总数,须达到1(100%)。"
      .. "“区域”指本市各区:同一款接着要求“指导各区……全面梳理专利区域布局现状”。区是否“覆盖”(如设有服务网点或接入新一代地方专利信息服务系统)按主管部门口径填报。"
      .. "条款未给出年份,按工作目标“到2018年末”判断。",
    en = "全覆盖 (full coverage) is read as every district of the city being covered by patent information services: the number of "
      .. "districts covered divided by the number of districts must reach 1 (100%). 区域 (region) means the city's districts: "
      .. "the same clause goes on to have 各区 (each district) survey their patent layout. Whether a district is covered "
      .. "(a service point, access to the new local patent information system) is as the IP office counts it. "
      .. "The clause gives no year: judged at the end of 2018, the date of the plan's goals.",
  },
}

target {
  id = "ip-service-institutions-revenue-over-100m",
  cite = "二、(十)",
  title = { zh = "培育一批营业收入超亿元的知识产权服务机构", en = "A number of IP service institutions with revenue over RMB 100 million" },
  quote = "引导知识产权服务机构做大做强,支持知识产权服务机构在创业板、新三板上市,培育一批营业收入超亿元的知识产权服务机构。",
  metric = "guangzhou_ip_service_institutions_over_100m",
  report = true, due = 2018,
  note = {
    zh = "“一批”没有数字,本引擎不替计划编造一个:按docs/plans.md对“一批”的统一读法,对象有明确界定(营业收入超过1亿元,不含恰为1亿元)的“一批”作为只报告、不判断的目标(report,状态not_judged),报告2018年末(或已知的最近年末)本市此类机构数。"
      .. "此前取“一批”最少可能的数量2(一家不成“批”)作为达到标准,判为met或not_met;这是编造的数字,已改。按年末机构总数计,不扣除2016年以前已达到的机构(未写“新增”)。条款未给出年份,报告到2018年末。",
    en = "一批 (a number of) states no figure, and the engine does not invent one: by the one reading of 一批 in docs/plans.md, a batch whose members are "
      .. "defined (revenue above RMB 100 million; exactly 100 million does not count) is a reported target that is never judged (report, status "
      .. "not_judged): the number of such institutions in the city at the end of 2018 (or the latest year-end known). Before, the least the word can mean, "
      .. "2 (one institution is not a 批), was the bar, judged met or not_met: an invented figure, dropped. The count is the year-end total, institutions "
      .. "that were there before 2016 included (no 新增). No year in the clause: reported up to the end of 2018.",
  },
}

target {
  id = "sme-ip-info-push-coverage",
  cite = "二、(十三)",
  title = { zh = "知识产权信息推送服务覆盖全市中小微企业", en = "IP information push service reaching every SME of the city" },
  quote = "积极拓展知识产权信息推送渠道,开展覆盖全市中小微企业知识产权信息推送服务(规划处负责)",
  metric = "guangzhou_smes_ip_info_push", share_of = "guangzhou_smes",
  at_least = 1, due = 2018,
  unit = { zh = "覆盖比例(1为全覆盖)", en = "share reached (1 = every SME)" },
  note = {
    zh = "“覆盖全市中小微企业”按推送服务实际送达(登记为推送对象)的中小微企业占全市中小微企业的比例计,须达到1(100%)。"
      .. "另一种读法是只要求服务向所有中小微企业开放,那是无法计量的定性要求;此处取可计量的读法,判为未达到时应考虑这一点。条款未给出年份,按2018年末判断。",
    en = "覆盖全市中小微企业 (covering all SMEs of the city) is measured as the share of the city's SMEs the push service actually reaches "
      .. "(registered as recipients); it must reach 1 (100%). Another reading only requires the service to be open to every SME, "
      .. "which cannot be measured; the measurable reading is taken here, and a not_met should be read with that in mind. "
      .. "No year in the clause: judged at the end of 2018.",
  },
}

---------------------------------------------------------------------------
-- Subsidies and support measures, in clause order. The jurisdiction (440100
-- and every code beneath it) already restricts each to the city (我市, 本地),
-- so no condition repeats the region. Where the plan names the kind of
-- organisation it supports, `applies` tests guangzhou_org_type; an
-- organisation outside that kind is not_applicable, not ineligible.
---------------------------------------------------------------------------

local SERVICE_INSTITUTION = { "patent_agency", "ip_service_institution" }
local UNIVERSITY_OR_INSTITUTE = { "university", "research_institute" }

subsidy {
  id = "ip-review-support",
  cite = "二、(一)",
  title = { zh = "扶持市场主体开展知识产权评议", en = "Support for IP analysis and review (评议) by market entities" },
  quote = "制定重大科技经济活动知识产权审查评议操作指南,扶持引导市场主体开展评议,在我市重大产业规划、重大经济、科技项目和重点招商引资项目中开展知识产权评议试点",
  eligible = gt("guangzhou_ip_review_projects", 0),
  params = {
    support_yuan = money_param { zh = "扶持金额", en = "amount of support" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "对象为“市场主体”,即各类企业和服务机构,不设applies;条件为开展了知识产权分析评议(项目数大于0)。"
      .. "“扶持”的方式和金额计划未规定,金额参数无默认值。同款“推动企业建立知识产权分析评议机制”是推动而非给付,不单独编码。",
    en = "Addressed to 市场主体 (market entities: any enterprise or service institution), so no `applies`; eligible when it carried out "
      .. "IP analysis and review (at least one project). The plan fixes neither the form nor the amount of 扶持 (support): a parameter "
      .. "without default. 推动企业建立知识产权分析评议机制 in the same clause promotes, it grants nothing: not encoded separately.",
  },
}

subsidy {
  id = "patent-agency-agent-training",
  cite = "二、(二)",
  title = { zh = "支持本地专利代理机构培养代理人队伍", en = "Support for local patent agencies training patent attorneys" },
  quote = "支持本地代理机构培养代理人队伍,扩大服务覆盖面,提升专利代理质量。",
  applies = eq("guangzhou_org_type", "patent_agency"),
  eligible = gt("guangzhou_patent_agents_trained", 0),
  params = {
    support_yuan = money_param { zh = "支持金额", en = "amount of support" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "applies为专利代理机构(“本地”由管辖范围体现);条件为当年培养了专利代理人。“扩大服务覆盖面,提升专利代理质量”是目的,不是可核查的条件。金额计划未规定。",
    en = "applies = patent agencies (本地, local, is the jurisdiction); eligible when it trained patent attorneys in the year. "
      .. "'Widen coverage, raise quality' is the purpose, not a checkable condition. The plan fixes no amount.",
  },
}

subsidy {
  id = "patent-agency-service-expansion",
  cite = "二、(二)",
  title = { zh = "支持专利代理机构拓展分析评议、价值评估及维权援助等业务", en = "Support for patent agencies extending into analysis, valuation and enforcement aid" },
  quote = "支持代理机构拓展业务范围,开展分析评议、价值评估及维权援助等服务,完善知识产权服务市场。",
  applies = eq("guangzhou_org_type", "patent_agency"),
  eligible = is("guangzhou_offers_extended_ip_services"),
  params = {
    support_yuan = money_param { zh = "支持金额", en = "amount of support" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "applies为专利代理机构;条件为开展分析评议、价值评估或维权援助等服务之一(“等”表示列举未尽,由填报方按同类服务认定)。金额计划未规定。"
      .. "同款“鼓励高水平代理机构来我市落户发展”只有鼓励,未规定给付,不编码。",
    en = "applies = patent agencies; eligible when it offers one of analysis and review, valuation or enforcement aid (等: the list is open, "
      .. "similar services count). The plan fixes no amount. 鼓励高水平代理机构来我市落户发展 in the same clause only encourages "
      .. "high-level agencies to settle here, promising nothing: not encoded.",
  },
}

subsidy {
  id = "ip-operation-institution-cultivation",
  cite = "二、(三)",
  title = { zh = "支持市级知识产权运营服务机构培育项目", en = "Support for the municipal cultivation project for IP operation service institutions" },
  quote = "支持市级知识产权运营服务机构培育项目,支持优质知识产权服务机构发展,扶持具有竞争力的知识产权运营服务产品和创新服务商业模式。",
  applies = one_of("guangzhou_org_type", SERVICE_INSTITUTION),
  eligible = is("guangzhou_in_operation_cultivation_project"),
  params = {
    support_yuan = money_param { zh = "支持金额", en = "amount of support" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "对象为知识产权服务机构(含专利代理机构);条件为列入市级知识产权运营服务机构培育项目。"
      .. "同句“支持优质知识产权服务机构发展”中“优质”没有标准,“扶持具有竞争力的……产品和……商业模式”的对象是产品和模式而非单位,均不单独编码;“积极推荐和培育国家级、省级品牌机构”是推荐工作。金额计划未规定。",
    en = "Addressed to IP service institutions (patent agencies included); eligible when it is in the municipal cultivation project for "
      .. "IP operation service institutions. 优质 (high-quality) in 支持优质知识产权服务机构发展 has no criterion, and the support for "
      .. "competitive products and business models is for products, not organisations: neither is encoded separately; recommending "
      .. "national and provincial brand institutions is the office's own work. The plan fixes no amount.",
  },
}

subsidy {
  id = "ip-standard-certification-support",
  cite = "二、(四)",
  title = { zh = "支持企事业单位通过知识产权贯标认证", en = "Support for organisations certified to the IP management standard (GB/T 29490)" },
  quote = "推动知识产权贯标工作,支持社会中介服务机构开展知识产权管理规范辅导和企事业单位通过知识产权贯标认证。",
  eligible = is("guangzhou_ip_standard_certified"),
  params = {
    support_yuan = money_param { zh = "贯标认证支持金额", en = "amount of support for certification" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "对象为“企事业单位”,即任何企业或事业单位,不设applies;条件为通过知识产权贯标认证。对企业,贯标指《企业知识产权管理规范》(GB/T 29490-2013);"
      .. "高校、科研组织的管理规范(GB/T 33251、GB/T 33250)于计划印发后(2016年12月)才发布,字段按同类认证填报。"
      .. "计划未规定认证须在何时取得,由配套办法确定;金额计划未规定。",
    en = "Addressed to 企事业单位 (enterprises and public institutions: any organisation), so no `applies`; eligible when certified. For "
      .. "an enterprise the standard is GB/T 29490-2013; the standards for universities and research bodies (GB/T 33251, GB/T 33250) "
      .. "came out after the plan (December 2016), and the field counts them as the same kind of certification. The plan says "
      .. "nothing about when the certificate must have been obtained (left to the implementing measure) and fixes no amount.",
  },
}

subsidy {
  id = "ip-standard-coaching-support",
  cite = "二、(四)",
  title = { zh = "支持中介服务机构开展知识产权管理规范辅导", en = "Support for service institutions coaching organisations on the IP management standard" },
  quote = "推动知识产权贯标工作,支持社会中介服务机构开展知识产权管理规范辅导和企事业单位通过知识产权贯标认证。",
  applies = one_of("guangzhou_org_type", SERVICE_INSTITUTION),
  eligible = gt("guangzhou_ip_standard_coaching_clients", 0),
  params = {
    support_yuan = money_param { zh = "辅导支持金额", en = "amount of support for coaching" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "“社会中介服务机构”按知识产权服务机构(含专利代理机构)理解;条件为为至少一家企事业单位开展了知识产权管理规范辅导。金额计划未规定。",
    en = "社会中介服务机构 (intermediary service institutions) is read as IP service institutions, patent agencies included; eligible when "
      .. "it coached at least one organisation on the IP management standard. The plan fixes no amount.",
  },
}

subsidy {
  id = "patent-navigation-support",
  cite = "二、(七)",
  title = { zh = "支持企业、行业协会、服务机构等开展专利导航", en = "Support for enterprises, associations and service institutions doing patent navigation" },
  quote = "支持各区和企业、行业协会、服务机构等开展专利导航工作。",
  eligible = gt("guangzhou_patent_navigation_projects", 0),
  params = {
    support_yuan = money_param { zh = "支持金额", en = "amount of support" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "列举的对象以“等”结尾,不限于企业、行业协会和服务机构,故不设applies;条件为开展了专利导航项目。“各区”是行政区,不是本项评价的单位记录。"
      .. "下句“重点围绕智能装备、卫星通讯北斗导航等战略新兴产业”针对广州开发区实验区建设,不作为资格条件或优先条件。金额计划未规定。",
    en = "The list ends in 等 (and others), so it is not limited to enterprises, associations and service institutions: no `applies`; "
      .. "eligible when it carried out a patent navigation project. 各区 (the districts) are governments, not the records evaluated here. "
      .. "The next sentence's focus on smart equipment and BeiDou satellite navigation concerns the development-zone pilot area, "
      .. "not eligibility or priority. The plan fixes no amount.",
  },
}

subsidy {
  id = "ip-pledge-financing-support",
  cite = "二、(八)",
  title = { zh = "知识产权质押融资支持(风险补偿、贷款贴息、担保)", en = "Support for IP-pledge financing (risk compensation, interest subsidy, guarantees)" },
  quote = "设立知识产权质押融资风险补偿基金,综合运用基金、贷款贴息、担保等多种方式,引导开展知识产权质押融资,拓宽企业知识产权融资渠道,帮助拥有知识产权的中小企业解决融资难问题,推动质押融资规模化发展。",
  applies = is("is_sme"),
  eligible = gt("ip_pledge_loan_yuan", 0),
  params = {
    interest_subsidy_rate = rate_param {
      zh = "贴息额占质押贷款额的比例",
      en = "interest subsidy as a fraction of the pledge loan",
    },
  },
  amount = rate("ip_pledge_loan_yuan", "interest_subsidy_rate"),
  note = {
    zh = "applies为中小企业:措施的落脚点是“帮助拥有知识产权的中小企业解决融资难问题”;“拓宽企业知识产权融资渠道”也可读作面向所有企业,此处取较窄、明确的读法,大企业为不适用。"
      .. "条件为取得知识产权质押贷款(有质押贷款即拥有知识产权)。可计算的给付只有“贷款贴息”:以贷款额乘以贴息比例(贴息比例=利率×贴息比例,由配套办法确定,无默认值),向下取整到分;"
      .. "风险补偿基金补偿的是放贷机构,担保由担保机构提供,均不形成对企业的金额。同款“支持银行等金融机构开展股权质押贷款业务”的对象是金融机构,不在企业记录之内,不编码。",
    en = "applies = SMEs: the measure ends in 帮助拥有知识产权的中小企业解决融资难问题 (help SMEs that own IP with financing); "
      .. "拓宽企业知识产权融资渠道 could be read as all enterprises, the narrower explicit reading is taken, so a large enterprise is "
      .. "not_applicable. Eligible when it has an IP-pledge loan (which implies owning IP). The one payable form is the interest "
      .. "subsidy (贷款贴息): loan × a rate (interest rate × share subsidised, set by the implementing measure, no default), rounded "
      .. "down to the fen. The risk-compensation fund pays lenders and guarantees come from guarantors: neither is an amount for "
      .. "the enterprise. 支持银行等金融机构开展股权质押贷款业务 in the same clause supports banks, outside the records here: not encoded.",
  },
}

subsidy {
  id = "service-institution-listing-support",
  cite = "二、(十)",
  title = { zh = "支持知识产权服务机构在创业板、新三板上市", en = "Support for IP service institutions listing on ChiNext or the NEEQ" },
  quote = "引导知识产权服务机构做大做强,支持知识产权服务机构在创业板、新三板上市,培育一批营业收入超亿元的知识产权服务机构。",
  applies = one_of("guangzhou_org_type", SERVICE_INSTITUTION),
  eligible = is("guangzhou_listed_chinext_or_neeq"),
  params = {
    support_yuan = money_param { zh = "上市(挂牌)支持金额", en = "amount of support for listing" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "对象为知识产权服务机构(含专利代理机构);条件为已在创业板上市或在新三板挂牌。计划未说明在上市哪一阶段给予支持(辅导、申报或挂牌后),此处以已上市(挂牌)为准,较早阶段由配套办法认定。金额计划未规定。",
    en = "Addressed to IP service institutions (patent agencies included); eligible when listed on ChiNext or quoted on the NEEQ (新三板). "
      .. "The plan does not say at which stage support comes (preparation, filing or after listing); having listed is taken, "
      .. "earlier stages are for the implementing measure. The plan fixes no amount.",
  },
}

subsidy {
  id = "ip-trading-platform-support",
  cite = "二、(十一)",
  title = { zh = "支持知识产权交易平台建设", en = "Support for building IP trading platforms" },
  quote = "支持广州知识产权交易中心、汇桔网、高航网等知识产权交易平台建设,培育知识产权运营服务机构,创新知识产权转移转化形式,开展知识产权运营综合体系建设,完善知识产权交易机制。",
  eligible = is("guangzhou_operates_ip_trading_platform"),
  params = {
    support_yuan = money_param { zh = "平台建设支持金额", en = "amount of support for the platform" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "计划点名广州知识产权交易中心、汇桔网、高航网,并以“等”开放给其他知识产权交易平台,故条件为建设或运营知识产权交易平台,不限于点名的三家,不设applies。“培育知识产权运营服务机构”没有可核查的条件,不单独编码。金额计划未规定。",
    en = "The plan names 广州知识产权交易中心, 汇桔网 and 高航网 and opens the list with 等, so the condition is building or running an "
      .. "IP trading platform, not only the three named; no `applies`. 培育知识产权运营服务机构 has no checkable condition: not encoded "
      .. "separately. The plan fixes no amount.",
  },
}

subsidy {
  id = "association-service-standards-support",
  cite = "二、(十二)",
  title = { zh = "支持行业协会制定知识产权服务标准", en = "Support for industry associations drafting IP service standards" },
  quote = "支持行业协会制定知识产权服务标准,提升服务机构高端化、定制化、专业化服务能力。",
  applies = eq("guangzhou_org_type", "industry_association"),
  eligible = gt("guangzhou_ip_service_standards_drafted", 0),
  params = {
    support_yuan = money_param { zh = "标准制定支持金额", en = "amount of support for standards" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "applies为行业协会;条件为制定了知识产权服务标准。同款“支持成立知识产权服务行业协会组织”是“一业多会”试点的组织工作,受益的协会尚不存在,没有可核查的条件,不编码。金额计划未规定。",
    en = "applies = industry associations; eligible when it drafted IP service standards. 支持成立知识产权服务行业协会组织 in the same "
      .. "clause (supporting the founding of associations, the 一业多会 pilot) concerns bodies that do not exist yet, with no checkable "
      .. "condition: not encoded. The plan fixes no amount.",
  },
}

subsidy {
  id = "overseas-patent-dispute-support",
  cite = "二、(十四)",
  title = { zh = "为权利人应对海外专利纠纷提供技术、人才和经费支持", en = "Technical, expert and financial support for rights holders in overseas patent disputes" },
  quote = "为权利人应对各类海外专利纠纷提供必要的技术、人才和经费支持。",
  eligible = gt("guangzhou_overseas_patent_disputes", 0),
  params = {
    support_yuan = money_param { zh = "经费支持金额", en = "amount of financial support" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "对象为“权利人”,不限单位类型,不设applies;条件为正在应对海外专利纠纷(不要求胜诉,区别于二、(十五)的维权资助)。“必要的”支持额度由主管部门个案确定,计划未规定,金额参数无默认值。",
    en = "Addressed to 权利人 (rights holders) of any kind: no `applies`; eligible when it is answering an overseas patent dispute "
      .. "(no win needed, unlike the enforcement funding of 二、(十五)). How much support is 必要 (necessary) is decided case by "
      .. "case and not fixed by the plan: a parameter without default.",
  },
}

-- 重点支持涉外专利案件和有重大影响的专利维权案件: the priority of the two
-- subsidies of 二、(十五), which also picks their amounts (when).  A case found
-- not infringing abroad is foreign-related by itself; the institutions that
-- represented parties are judged by the cases they represented.
local PARTY_PRIORITY_CASE = any {
  gt("foreign_cases_non_infringement", 0),
  gt("guangzhou_foreign_related_patent_cases", 0),
  gt("guangzhou_major_impact_patent_cases", 0),
}
local REPRESENTED_PRIORITY_CASE = any {
  gt("guangzhou_foreign_related_patent_cases", 0),
  gt("guangzhou_major_impact_patent_cases", 0),
}

subsidy {
  id = "patent-enforcement-funding",
  cite = "二、(十五)",
  title = { zh = "专利维权资助(获胜请求人、胜诉原告、国外被判不侵权的被告和被请求人)", en = "Patent enforcement funding for winning requesters and plaintiffs, and parties found not infringing abroad" },
  quote = "对在专利侵权纠纷行政调处中获胜的请求人、在专利民事诉讼中胜诉的原告,或在国外专利民事诉讼和行政处理中被判不侵权的被告和被请求人,以及为其提供维权服务的机构给予资助,重点支持涉外专利案件和有重大影响的专利维权案件。",
  eligible = any {
    gt("patent_disputes_won", 0),
    gt("foreign_cases_non_infringement", 0),
  },
  priority = PARTY_PRIORITY_CASE,
  priority_label = {
    zh = "涉外专利案件或有重大影响的专利维权案件:重点支持",
    en = "foreign-related or high-impact patent case: priority support",
  },
  params = {
    per_case_won_yuan = money_param {
      zh = "每件行政调处获胜或民事诉讼胜诉案件的资助",
      en = "funding per administrative ruling or civil suit won",
    },
    per_foreign_non_infringement_yuan = money_param {
      zh = "每件国外诉讼或行政处理中被判不侵权案件的资助",
      en = "funding per foreign case found not infringing",
    },
    priority_per_case_won_yuan = money_param {
      zh = "重点支持(涉外或有重大影响)时每件获胜或胜诉案件的资助",
      en = "funding per ruling or suit won, for a priority (foreign-related or high-impact) case",
    },
    priority_per_foreign_non_infringement_yuan = money_param {
      zh = "重点支持时每件国外被判不侵权案件的资助",
      en = "funding per foreign case found not infringing, as a priority case",
    },
  },
  amount = when(PARTY_PRIORITY_CASE,
    sum {
      per_item("patent_disputes_won", "priority_per_case_won_yuan"),
      per_item("foreign_cases_non_infringement", "priority_per_foreign_non_infringement_yuan"),
    },
    sum {
      per_item("patent_disputes_won", "per_case_won_yuan"),
      per_item("foreign_cases_non_infringement", "per_foreign_non_infringement_yuan"),
    }),
  note = {
    zh = "资助对象有三类当事人:专利侵权纠纷行政调处中获胜的请求人、专利民事诉讼中胜诉的原告(二者合计为patent_disputes_won,只计本单位作为请求人或原告获胜的案件;在国内案件中作为被请求人或被告获胜的不在资助之列)、"
      .. "在国外专利民事诉讼和行政处理中被判不侵权的被告和被请求人(foreign_cases_non_infringement)。条件为其中任一类案件数大于0;对象为“企事业单位”,不设applies。第四类对象“为其提供维权服务的机构”见 patent-enforcement-service-funding。"
      .. "“重点支持涉外专利案件和有重大影响的专利维权案件”编码为priority:在国外被判不侵权的案件本身即为涉外案件;另以guangzhou_foreign_related_patent_cases(上述案件中有外方当事人或在境外审理的案件)"
      .. "和guangzhou_major_impact_patent_cases(经主管部门认定有重大影响的案件)判断。“重点支持”可以体现在金额上,故金额随优先条件而定(when):有重点支持案件的单位按“重点支持”的每件金额(priority_*参数),否则按一般金额;"
      .. "计划未说明重点支持是否提高标准,若配套办法不提高,配置中两组参数取相同值即可。记录只说明单位是否有重点支持的案件,不说明是哪几件,故有重点案件的单位,其各件案件均按重点金额计;如配套办法按件区分,需要每类案件中重点案件的件数。"
      .. "此前优先仅作标注,不影响金额。计划未规定资助标准,也未说明按案件计;按案件计是资助“案件”最贴近的形式,各每件金额均为无默认值的参数。计划未写上限,不设cap。",
    en = "Three kinds of party are funded: the requester who wins an administrative patent-infringement ruling and the plaintiff who wins a "
      .. "civil patent suit (together patent_disputes_won, counting only cases won as requester or plaintiff; a respondent or defendant who "
      .. "wins a domestic case is not funded), and the defendant or respondent found not infringing in a foreign civil suit or "
      .. "administrative proceeding (foreign_cases_non_infringement). Eligible when either count is above 0; the clause addresses "
      .. "企事业单位 (any organisation), so no `applies`. The fourth beneficiary, the institution that represented them, is "
      .. "patent-enforcement-service-funding. 重点支持涉外专利案件和有重大影响的专利维权案件 is the priority: a foreign case found not "
      .. "infringing is foreign-related by itself; otherwise guangzhou_foreign_related_patent_cases (a foreign party, or heard abroad) "
      .. "and guangzhou_major_impact_patent_cases (recognised as of major impact by the IP office) decide. 重点支持 (priority support) may "
      .. "show in the amount, so the amount depends on the priority condition (when): a party with a priority case is funded at the priority "
      .. "amounts (the priority_* parameters), others at the ordinary ones; the plan does not say priority means more money, and if the "
      .. "implementing measure does not, the config sets both pairs alike. The record says whether the party has priority cases, not which: "
      .. "all its cases count at the priority amounts; a measure that tells cases apart would need the number of priority cases of each kind. "
      .. "Before, priority was a mark only and did not change the amount. The plan fixes no amount and does not say it is per case; per case "
      .. "is the closest form for funding 'cases', every per-case amount a parameter without default. No cap is stated.",
  },
}

subsidy {
  id = "patent-enforcement-service-funding",
  cite = "二、(十五)",
  title = { zh = "专利维权资助(为获胜方提供维权服务的机构)", en = "Patent enforcement funding for the institutions that represented the winning parties" },
  quote = "对在专利侵权纠纷行政调处中获胜的请求人、在专利民事诉讼中胜诉的原告,或在国外专利民事诉讼和行政处理中被判不侵权的被告和被请求人,以及为其提供维权服务的机构给予资助,重点支持涉外专利案件和有重大影响的专利维权案件。",
  applies = one_of("guangzhou_org_type", SERVICE_INSTITUTION),
  eligible = gt("guangzhou_enforcement_cases_represented", 0),
  priority = REPRESENTED_PRIORITY_CASE,
  priority_label = {
    zh = "涉外专利案件或有重大影响的专利维权案件:重点支持",
    en = "foreign-related or high-impact patent case: priority support",
  },
  params = {
    per_case_yuan = money_param {
      zh = "每件代理案件的资助",
      en = "funding per case represented",
    },
    priority_per_case_yuan = money_param {
      zh = "重点支持(涉外或有重大影响)时每件代理案件的资助",
      en = "funding per case represented, for a priority (foreign-related or high-impact) case",
    },
  },
  amount = when(REPRESENTED_PRIORITY_CASE,
    per_item("guangzhou_enforcement_cases_represented", "priority_per_case_yuan"),
    per_item("guangzhou_enforcement_cases_represented", "per_case_yuan")),
  note = {
    zh = "“为其提供维权服务的机构”:为上述获胜请求人、胜诉原告或国外被判不侵权的被告和被请求人提供维权服务的机构。applies为知识产权服务机构(含专利代理机构;提供专利维权法律服务的律师事务所等按知识产权服务机构填报);"
      .. "条件为代理的此类案件数大于0。同款“支持……专利维权援助服务机构建设”是机构建设,没有可核查的条件,不单独编码。"
      .. "重点支持的认定同patent-enforcement-funding,以机构代理的案件计。金额按代理案件计,有重点支持案件的机构按重点金额(priority_per_case_yuan),否则按一般金额(per_case_yuan),参数均无默认值;此前优先仅作标注。",
    en = "为其提供维权服务的机构: the institution that provided enforcement services to one of those winning parties. applies = IP service "
      .. "institutions (patent agencies included; a law firm serving patent enforcement is recorded as an IP service institution); "
      .. "eligible when it represented at least one such case. 支持……专利维权援助服务机构建设 in the same clause is about building aid "
      .. "centres, with no checkable condition: not encoded separately. Priority as in patent-enforcement-funding, over the cases "
      .. "it represented. Amount per case represented: at priority_per_case_yuan for an institution with a priority case, else per_case_yuan, "
      .. "both parameters without default; before, the priority was a mark only.",
  },
}

subsidy {
  id = "university-patent-licensing-support",
  cite = "二、(十七)",
  title = { zh = "支持高校、科研院所许可专利支持创新创业", en = "Support for universities and institutes licensing patents to start-ups and innovators" },
  quote = "支持高等院校、科研院所等通过有偿或无偿许可专利的方式支持创新创业。",
  applies = one_of("guangzhou_org_type", UNIVERSITY_OR_INSTITUTE),
  eligible = gt("guangzhou_patent_licences_granted", 0),
  params = {
    support_yuan = money_param { zh = "支持金额", en = "amount of support" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "applies为高等院校和科研院所;原文“等”未说明还包括哪些单位,此处不扩展(其他单位为不适用)。条件为有偿或无偿许可他人实施专利。计划未要求被许可方为创业者,“支持创新创业”作为目的,不作为条件。金额计划未规定。",
    en = "applies = universities and research institutes; the 等 (and others) names no other kind, so none is added (others are "
      .. "not_applicable). Eligible when it licensed patents, paid or free. The plan does not require the licensee to be a start-up: "
      .. "'support innovation and start-ups' is the purpose, not a condition. The plan fixes no amount.",
  },
}

subsidy {
  id = "university-ip-talent-training-support",
  cite = "二、(十八)",
  title = { zh = "支持高校、科研院所培养知识产权人才", en = "Support for universities and institutes training IP professionals" },
  quote = "支持广州地区高校、科研院所多途径、多模式培养知识产权人才,引导企业与高校联合培养高层次知识产权实务人才,支持企业、科技园区积极引进高层次复合型知识产权专业人才(规划处负责)。",
  applies = one_of("guangzhou_org_type", UNIVERSITY_OR_INSTITUTE),
  eligible = gt("guangzhou_ip_talent_programmes", 0),
  params = {
    support_yuan = money_param { zh = "支持金额", en = "amount of support" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "applies为高校和科研院所(“广州地区”由管辖范围体现);条件为开展了知识产权人才培养项目(学位、课程、培训等任一途径或模式)。“引导企业与高校联合培养”只是引导,不编码。金额计划未规定。",
    en = "applies = universities and research institutes (广州地区 is the jurisdiction); eligible when it runs an IP training programme "
      .. "(a degree, course, training: any 途径 or 模式). 引导企业与高校联合培养 only guides: not encoded. The plan fixes no amount.",
  },
}

subsidy {
  id = "university-ip-research-centre-support",
  cite = "二、(十八)",
  title = { zh = "支持高校、科研院所知识产权研究机构建设", en = "Support for IP research centres at universities and institutes" },
  quote = "支持高校、科研院所的知识产权研究机构建设,打造知识产权智库,聚集高层次知识产权研究人才。",
  applies = one_of("guangzhou_org_type", UNIVERSITY_OR_INSTITUTE),
  eligible = is("guangzhou_has_ip_research_centre"),
  params = {
    support_yuan = money_param { zh = "支持金额", en = "amount of support" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "applies为高校和科研院所;条件为设有(含正在建设的)知识产权研究机构。金额计划未规定。",
    en = "applies = universities and research institutes; eligible when it has (or is building) an IP research centre. The plan fixes no amount.",
  },
}

subsidy {
  id = "ip-talent-recruitment-support",
  cite = "二、(十八)",
  title = { zh = "支持企业、科技园区引进高层次复合型知识产权人才", en = "Support for enterprises and science parks recruiting high-level IP professionals" },
  quote = "支持广州地区高校、科研院所多途径、多模式培养知识产权人才,引导企业与高校联合培养高层次知识产权实务人才,支持企业、科技园区积极引进高层次复合型知识产权专业人才(规划处负责)。",
  applies = one_of("guangzhou_org_type", { "enterprise", "patent_agency", "ip_service_institution", "science_park" }),
  eligible = gt("guangzhou_high_level_ip_talent_recruited", 0),
  params = {
    support_yuan = money_param { zh = "支持金额", en = "amount of support" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "applies为企业和科技园区;以公司等企业形式设立的专利代理机构和知识产权服务机构也是企业,一并适用。条件为引进了高层次复合型知识产权专业人才(“高层次”按本市人才政策认定,计划未定义)。金额计划未规定。",
    en = "applies = enterprises and science parks; patent agencies and IP service institutions set up as companies are enterprises too "
      .. "and are included. Eligible when it recruited high-level interdisciplinary IP professionals (高层次 as the city's talent "
      .. "policy defines it; the plan does not). The plan fixes no amount.",
  },
}

subsidy {
  id = "ip-training-publicity-support",
  cite = "二、(十九)",
  title = { zh = "支持企业、行业协会、产业联盟自主开展知识产权培训、宣传", en = "Support for enterprises, associations and alliances holding their own IP training and publicity" },
  quote = "支持企业、行业协会、产业联盟自主开展知识产权培训、宣传,鼓励优秀知识产权专业人才到国内外知名高校、研究机构、跨国公司进行知识产权交流、培训(合作处负责)。",
  applies = one_of("guangzhou_org_type", { "enterprise", "patent_agency", "ip_service_institution", "industry_association", "industry_alliance" }),
  eligible = gt("guangzhou_ip_training_events", 0),
  params = {
    support_yuan = money_param { zh = "支持金额", en = "amount of support" },
  },
  amount = fixed("support_yuan"),
  note = {
    zh = "applies为企业(含企业形式的知识产权服务机构)、行业协会和产业联盟;条件为自主开展了知识产权培训或宣传活动。同句“鼓励优秀知识产权专业人才……交流、培训”的对象是个人且只是鼓励,不编码。金额计划未规定。",
    en = "applies = enterprises (service institutions set up as companies included), industry associations and industry alliances; "
      .. "eligible when it held IP training or publicity on its own initiative. 鼓励优秀知识产权专业人才……交流、培训 in the same "
      .. "sentence encourages individuals: not encoded. The plan fixes no amount.",
  },
}

---------------------------------------------------------------------------
-- Obligations: none found. The plan is addressed to the district IP offices
-- and the office's own divisions (各区知识产权局、广州开发区科技创新和知识产权局、
-- 局属各处室、市知识产权信息中心); each clause ends with the division
-- responsible. What it says of enterprises and institutions is support,
-- encouragement or guidance. 二、(十六) "建立财政资助项目相关知识产权信息披露制度"
-- announces a disclosure system for funded projects without saying what a
-- recipient must disclose; 二、(十四) puts malicious infringement into the credit
-- system, a government act, not a duty stated for enterprises. Nothing here
-- can be judged compliant / non_compliant for an enterprise.
---------------------------------------------------------------------------
