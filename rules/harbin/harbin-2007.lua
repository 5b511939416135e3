-- 哈尔滨市创建国家知识产权示范城市工作方案
-- 哈政办发[2007]11号, 哈尔滨市人民政府办公厅, 2007-09-29
-- Encoded from shared/seeds/002_2aad04427f87e833.txt.
--
-- Layout of this file:
--   targets     二、(二) 到2010年的具体目标: patent applications (growth above GDP
--               growth, about 5,000 in 2010, the structure share) and the unit,
--               enterprise and training counts; all due 2010.  五、(三) the patent
--               fund, increasing every year from 2008.
--   subsidies   五、(三) patent application funding and major invention awards;
--               四、(四) patent implementation subsidy, the tilt of S&T preferences
--               towards IP advantage units, the special award to enterprise heads;
--               四、(一)(二) the services of the top-100 programme, to pilot units and
--               to backbone enterprises (in kind, no money); 五、(四) commendation.
--   obligations 四、(四) patent evaluation and review of major government-funded
--               projects.
-- Fields and metrics named harbin_* are registered by plugins/harbin (plugins/harbin/harbin.c).
-- Clauses judged qualitative are listed at the end of the file and in
-- docs/plans.md#harbin-2007.

plan {
  id = "harbin-2007",
  title = {
    zh = "哈尔滨市创建国家知识产权示范城市工作方案",
    en = "Harbin work plan for becoming a national IP demonstration city",
  },
  document = "哈政办发[2007]11号",
  jurisdiction = "230100",
  issued = "2007-09-29",
  period = { 2007, 2010 },
  baseline_year = 2006,
  in_force = { from = "2007-09-29", to = "2010-12-31" },
  source = "002_2aad04427f87e833.txt",
  note = {
    zh = "方案无标题年限;其具体目标为“到2010年”(“十一五”末),故计划期取2007(印发之年)至2010年,基准年为2006年(计划期前一年,也是“年增长速度”所需的前一年)。"
      .. "发布数据库标注其状态为“有效”,但方案的工作部署以“十一五”和2010年目标为框架,故以2007-09-29至2010-12-31为企业可依本方案主张扶持的期间。"
      .. "方案所称资助、奖励、补贴的标准均未在方案中列明,以无默认值的参数表示;方案所称“单位和个人”中的个人不在本引擎评估对象之列。",
    en = "The plan names no years in its title; its concrete goals are 'by 2010' (the end of the 11th five-year plan), so the period is 2007 (the year of issue) to 2010, "
      .. "with 2006 as baseline (the year before the period, and the prior year the first 'annual growth' needs). "
      .. "The database it was taken from lists it as still valid, but its work is framed by the 11th five-year plan and the 2010 goals, "
      .. "so enterprises can claim under it from 2007-09-29 to 2010-12-31. The plan fixes no amount for any funding, award or subsidy: "
      .. "parameters without defaults. Individuals (个人), whom several measures also address, are not subjects of this engine.",
  },
}

---------------------------------------------------------------------------
-- 二、(二) 到2010年的具体目标. Every figure is due 2010.
--
-- Not encodable (no figure): "申请国外专利有突破性进展"; "开展以“十大”展会和
-- “十大”商贸流通企业为重点的专利执法专项行动, 切实提高知识产权行政执法成效和保护
-- 水平" ("十大" names the city's lists of major fairs and trading enterprises the
-- campaign focuses on, not a count to reach); "构建知识产权公共信息服务平台",
-- "组织开展……知识产权战略研究" (things to do, no measure).
---------------------------------------------------------------------------

target {
  id = "patent-application-growth-above-gdp",
  cite = "二、(二)",
  title = { zh = "专利申请量年增长速度高于全市GDP增长水平", en = "Patent applications grow faster each year than the city's GDP" },
  quote = "专利申请量年增长速度高于我市GDP增长水平,2010年达到年专利申请量5000件左右。",
  metric = "patent_applications", growth = true,
  above = "gdp_growth_pct",
  every_year = true, due = 2010,
  unit = { zh = "%(同比增长)", en = "% year on year" },
  note = {
    zh = "“年增长速度”按每年同比增长率(当年申请量/上年申请量-1)理解,须在计划期每一年(2007-2010年)均高于当年全市地区生产总值增长率(gdp_growth_pct,统计部门公布的可比价增速,按原值比较);"
      .. "同一句中申请量目标写明“2010年”,增长速度一句未限定年份,且“年增长速度”指逐年的速度,故按每年判断,而非只看2010年或按2006-2010年年均增速判断。“高于”为严格大于,相等不算达到。",
    en = "年增长速度 (annual growth rate) is the year-on-year growth of applications (this year / last year - 1), which must exceed the city's GDP growth "
      .. "(gdp_growth_pct, the official growth at comparable prices, compared as published) in every year of the period, 2007-2010: "
      .. "the same sentence ties the application figure to 2010 but not the growth, and an annual rate is a rate of each year, so it is judged every year, "
      .. "not on 2010 alone nor as an average 2006-2010 rate. 高于 is strictly greater: equal growth does not count.",
  },
}

target {
  id = "patent-applications-2010",
  cite = "二、(二)",
  title = { zh = "2010年专利申请量达到5000件左右", en = "About 5,000 patent applications in 2010" },
  quote = "专利申请量年增长速度高于我市GDP增长水平,2010年达到年专利申请量5000件左右。",
  metric = "patent_applications",
  at_least_about = 5000, tolerance = 0.1, due = 2010,
  note = {
    zh = "“年专利申请量”为2010年当年申请量(流量)。“达到……5000件左右”是一个要达到的数量,“左右”给出低于5000的容许范围,不是上限:同句要求申请量“年增长速度高于我市GDP增长水平”,即越多越好,超过5000件不是未完成。故取单侧“不低于约5000件”(at_least_about):不少于5000×(1−10%)=4500件即达到,超额亦达到。"
      .. "容差取10%:5000是只有一位有效数字的整千数,按四舍五入到千位仍为5000的数值下限为4500,即最后一位有效数字单位的一半(500件)。"
      .. "此前按双侧“左右”(±10%)编码,5500件以上判为未达到;现改为单侧。",
    en = "年专利申请量 is the number of applications filed in 2010 (a flow). 达到……5000件左右 (reach about 5,000) is a figure to reach: 左右 allows "
      .. "falling somewhat short of 5,000, it is no ceiling; the same sentence asks applications to grow faster than GDP every year, so more is better "
      .. "and an overshoot is no failure. Hence the one-sided 'at least about 5,000' (at_least_about): at least 5000 × (1 - 10%) = 4,500, an overshoot is met. "
      .. "The tolerance is 10%: 5000 is a round thousand with one significant digit, and the least figure that rounds to it at the thousand is 4,500, "
      .. "half a unit of its last significant digit (500). Encoded before as a two-sided about (±10%), which failed more than 5,500; now one-sided.",
  },
}

target {
  id = "invention-or-service-application-share",
  cite = "二、(二)",
  title = { zh = "发明专利和职务专利申请占专利申请总量的40%以上", en = "Invention and service patent applications at least 40% of all applications" },
  quote = "专利结构进一步优化,发明专利和职务专利申请占专利申请总量的40%以上;",
  metric = { "invention_applications", "harbin_service_patent_applications", minus = { "service_invention_applications" } },
  share_of = "patent_applications",
  at_least = 0.4, due = 2010,
  unit = { zh = "占专利申请总量的比例", en = "share of all patent applications" },
  note = {
    zh = "按字面读:句子的主语是“发明专利和职务专利申请”一个整体,占“专利申请总量”一个比例,即属于发明专利或职务专利(二者之一即可)的申请合计占总量不低于40%。"
      .. "二者有交叉(职务发明专利既是发明专利又是职务申请),按并集计算,每件只计一次:发明专利申请量(invention_applications)+职务专利申请量(三种专利,插件指标harbin_service_patent_applications)−职务发明专利申请量(service_invention_applications)。"
      .. "此前读作“发明专利、职务专利各自占比均不低于40%”(两条规则),理由是相加会重复计算、且黑龙江省(非哈尔滨市)2007年6月的发明占32%、职务申请占35%,合计早已超过40%;"
      .. "按并集计算已不重复计算;省级数据也不是哈尔滨市的数据;而“各自”二字原文没有。若主管部门的统计口径是各自40%,本条会比原意宽松:两个单项占比仍作为参考值报告(invention-application-share、service-application-share,不作判断)。“以上”含本数。按2010年当年申请量计算。",
    en = "Read as written: the subject is one whole, 发明专利和职务专利申请 (invention and service patent applications), whose share of 专利申请总量 (all applications) "
      .. "is at least 40%: the applications that are inventions or service applications (either suffices). The two overlap (a service invention is both), so the "
      .. "union counts each once: invention_applications + harbin_service_patent_applications (service applications of all three kinds, a plugin metric) "
      .. "- service_invention_applications. It was read before as each share at least 40% (two rules), because a sum counts the overlap twice and because "
      .. "Heilongjiang's (not Harbin's) applications were already 32% inventions and 35% service in June 2007; the union counts nothing twice, provincial figures "
      .. "are not Harbin's, and the text has no 各自 (each). If the authority's own reading is 40% each, this rule is laxer than meant: the two shares are "
      .. "still reported as reference figures (invention-application-share, service-application-share, not judged). 以上 includes 40%. "
      .. "Judged on the applications of 2010.",
  },
}

target {
  id = "invention-application-share",
  cite = "二、(二)",
  title = { zh = "发明专利申请占专利申请总量的比例(参考值)", en = "Invention applications as a share of all applications (reference figure)" },
  quote = "专利结构进一步优化,发明专利和职务专利申请占专利申请总量的40%以上;",
  metric = "invention_applications", share_of = "patent_applications",
  report = true, due = 2010,
  unit = { zh = "占专利申请总量的比例", en = "share of all patent applications" },
  note = {
    zh = "参考值,不作判断:另一种读法(发明专利、职务专利各自不低于40%)所需的发明专利占比。判断按并集一条(invention-or-service-application-share),理由见该条。此前本条按不低于40%判断。",
    en = "A reference figure, not judged: the invention share the other reading (each of the two shares at least 40%) needs. The judged rule is the union, "
      .. "invention-or-service-application-share (see its note). Judged at least 40% before.",
  },
}

target {
  id = "service-application-share",
  cite = "二、(二)",
  title = { zh = "职务专利申请占专利申请总量的比例(参考值)", en = "Service patent applications as a share of all applications (reference figure)" },
  quote = "专利结构进一步优化,发明专利和职务专利申请占专利申请总量的40%以上;",
  metric = "harbin_service_patent_applications", share_of = "patent_applications",
  report = true, due = 2010,
  unit = { zh = "占专利申请总量的比例", en = "share of all patent applications" },
  note = {
    zh = "参考值,不作判断:另一种读法所需的职务专利(三种专利,插件指标harbin_service_patent_applications)占比。判断按并集一条。此前本条按不低于40%判断。",
    en = "A reference figure, not judged: the service share (all three kinds, plugin metric harbin_service_patent_applications) the other reading needs. "
      .. "The judged rule is the union. Judged at least 40% before.",
  },
}

target {
  id = "ip-demonstration-units",
  cite = "二、(二)",
  title = { zh = "知识产权示范单位5户,总结推广其成功经验", en = "5 IP demonstration units whose experience is promoted" },
  quote = "加强企事业单位知识产权制度建设,总结推广5户知识产权示范单位成功经验、50户知识产权试点单位建立起比较完善的知识产权制度和运行机制,培育100余户科技创新优势单位成为知识产权优势单位。",
  metric = "harbin_ip_demonstration_units",
  at_least = 5, due = 2010,
  note = {
    zh = "可核查的是数量:2010年末全市知识产权示范单位不少于5户(插件指标harbin_ip_demonstration_units);“总结推广成功经验”是工作要求,不可量化。数字未写“以上”,按应达到的水平(不少于)处理;未写“新增”,按年末总数。",
    en = "What can be checked is the count: at least 5 IP demonstration units at year-end 2010 (plugin metric harbin_ip_demonstration_units); summarising and promoting "
      .. "their experience is a task, not a measure. A bare figure is read as a level to reach (at least); no 新增, so the year-end total.",
  },
}

target {
  id = "ip-pilot-units-with-system",
  cite = "二、(二)",
  title = { zh = "50户知识产权试点单位建立起比较完善的知识产权制度和运行机制", en = "50 IP pilot units with a sound IP system and operating mechanism" },
  quote = "加强企事业单位知识产权制度建设,总结推广5户知识产权示范单位成功经验、50户知识产权试点单位建立起比较完善的知识产权制度和运行机制,培育100余户科技创新优势单位成为知识产权优势单位。",
  metric = "harbin_ip_pilot_units_with_system",
  at_least = 50, due = 2010,
  note = {
    zh = "计2010年末已建立起比较完善的知识产权制度和运行机制的试点单位数(插件指标harbin_ip_pilot_units_with_system);“比较完善”由主管部门认定。未写“以上”,按不少于50户。",
    en = "The number of pilot units with a sound IP system and operating mechanism at year-end 2010 (plugin metric harbin_ip_pilot_units_with_system); "
      .. "'sound' (比较完善) is for the IP office to judge. A bare figure: at least 50.",
  },
}

target {
  id = "ip-advantage-units",
  cite = "二、(二)",
  title = { zh = "培育100余户知识产权优势单位", en = "More than 100 IP advantage units" },
  quote = "加强企事业单位知识产权制度建设,总结推广5户知识产权示范单位成功经验、50户知识产权试点单位建立起比较完善的知识产权制度和运行机制,培育100余户科技创新优势单位成为知识产权优势单位。",
  metric = "harbin_ip_advantage_units",
  at_least = 101, due = 2010,
  note = {
    zh = "“100余户”意为一百多户,即超过100户(“余”的统一读法见docs/plans.md:N余 = 多于N,本数不算);户数为整数,故取不少于101户(“以上”含本数,“余”不含)。优势单位包括企业和事业单位(“企事业单位”),故用插件指标harbin_ip_advantage_units,而非只计企业的核心指标municipal_ip_advantage_enterprises。"
      .. "未写“新增”,按2010年末知识产权优势单位总数。",
    en = "100余户 means a hundred-odd, i.e. more than 100 (the one reading of 余, docs/plans.md: N余 = more than N, N itself does not reach it); "
      .. "counts are whole, so at least 101 (以上 includes its figure, 余 does not). "
      .. "Advantage units include institutions as well as enterprises (企事业单位), hence the plugin metric harbin_ip_advantage_units rather than the core "
      .. "municipal_ip_advantage_enterprises. No 新增: the total at year-end 2010.",
  },
}

target {
  id = "patent-early-warning-enterprises",
  cite = "二、(二)",
  title = { zh = "100户骨干企业建立专利预警报告制度和专利信息数据库", en = "100 backbone enterprises with patent early-warning reports and a patent database" },
  quote = "构建知识产权公共信息服务平台,组织开展重点产业和高新技术领域的知识产权战略研究,建立100户骨干企业专利预警报告制度和专利信息数据库。",
  metric = "harbin_patent_early_warning_enterprises",
  at_least = 100, due = 2010,
  note = {
    zh = "计2010年末已建立专利预警报告制度和专利信息数据库(二者兼备)的骨干企业数(插件指标harbin_patent_early_warning_enterprises)。未写“以上”,按不少于100户。",
    en = "The number of backbone enterprises with both a patent early-warning report system and a patent information database at year-end 2010 "
      .. "(plugin metric harbin_patent_early_warning_enterprises). A bare figure: at least 100.",
  },
}

target {
  id = "ip-trainee-person-times",
  cite = "二、(二)",
  title = { zh = "普及培训科技人员5万人次", en = "IP awareness training for 50,000 person-times of S&T staff" },
  quote = "加大知识产权培训工作力度,普及培训科技人员5万人次,培养专利管理工作人员300人,培养和形成一支50人左右的知识产权高级人才队伍。",
  metric = "harbin_ip_trainee_person_times", cumulative = true, from = 2006,
  at_least = 50000, due = 2010,
  note = {
    zh = "“人次”为流量,5万人次按“十一五”期间(2006-2010年)各年培训人次之和计算(cumulative, from = 2006),而非2010年一年的人次:原文未写“每年”或“年”,而是到2010年的总量目标。"
      .. "累计起点取2006年:方案的目标是“十一五”的目标(二、(一)“在‘十一五’期间”,一、以全市“十一五”规划为依据),“十一五”的总量按2006-2010年统计;方案于2007年9月印发,若从2007年起算,目标的范围就取决于印发的月份。此前从计划期首年2007年起算(DSL当时不能指定起始年)。",
    en = "Person-times are a flow: 50,000 is the sum of the yearly figures over the 11th five-year plan, 2006-2010 (cumulative, from = 2006), not the figure of 2010 "
      .. "alone, since the plan says neither 每年 nor 年 and states a total to reach by 2010. The sum starts in 2006: the plan's goals are the city's goals for "
      .. "the 11th five-year plan (二、(一) 在“十一五”期间; 一、 follows the city's 11th five-year plan), whose totals are counted 2006-2010; counting from 2007 "
      .. "would make the goal depend on the month the plan was issued (September 2007). Counted from the first period year, 2007, before (the DSL could not "
      .. "name a start year then).",
  },
}

target {
  id = "patent-managers-trained",
  cite = "二、(二)",
  title = { zh = "培养专利管理工作人员300人", en = "300 patent management staff trained" },
  quote = "加大知识产权培训工作力度,普及培训科技人员5万人次,培养专利管理工作人员300人,培养和形成一支50人左右的知识产权高级人才队伍。",
  metric = "harbin_patent_managers_trained", cumulative = true, from = 2006,
  at_least = 300, due = 2010,
  note = {
    zh = "与培训人次同理,按“十一五”期间2006-2010年各年培养的专利管理工作人员之和计算(每人只在其培养完成的年度计一次;起算年理由见ip-trainee-person-times)。未写“以上”,按不少于300人。此前从2007年起算。",
    en = "As for the training person-times: the sum of the patent management staff trained in each year of the 11th five-year plan, 2006-2010 (each person "
      .. "counted once, in the year their training was completed; why 2006, see ip-trainee-person-times). A bare figure: at least 300. Counted from 2007 before.",
  },
}

target {
  id = "senior-ip-talents",
  cite = "二、(二)",
  title = { zh = "形成一支50人左右的知识产权高级人才队伍", en = "A team of about 50 senior IP professionals" },
  quote = "加大知识产权培训工作力度,普及培训科技人员5万人次,培养专利管理工作人员300人,培养和形成一支50人左右的知识产权高级人才队伍。",
  metric = "harbin_senior_ip_talents",
  at_least_about = 50, tolerance = 0.1, due = 2010,
  note = {
    zh = "“队伍”为存量,按2010年末知识产权高级人才人数判断。“培养和形成一支50人左右的队伍”是要培养达到的规模,“左右”给出不足50人的容许范围,不是上限:人才多于50人不是未完成。故取单侧(at_least_about):不少于50×(1−10%)=45人即达到;容差理由同patent-applications-2010(50按四舍五入到十位的下限为45)。此前按双侧±10%,55人以上判为未达到。",
    en = "A team is a stock: the number of senior IP professionals at year-end 2010. 培养和形成一支50人左右的队伍 is a size to build up to: 左右 allows somewhat fewer "
      .. "than 50 and is no ceiling, more professionals are no failure. Hence one-sided (at_least_about): at least 50 × (1 - 10%) = 45; the tolerance as for "
      .. "patent-applications-2010 (the least figure that rounds to 50 at the ten is 45). Two-sided ±10% before, which failed more than 55.",
  },
}

---------------------------------------------------------------------------
-- 五、(三) 加大资金投入: the city's patent fund grows every year.
---------------------------------------------------------------------------

target {
  id = "patent-fund-increasing",
  cite = "五、(三)",
  title = { zh = "逐年增加市政府专利专项发展资金额度", en = "The city's special patent development fund grows every year" },
  quote = "将专利专项发展资金纳入市政府财政预算,并逐年增加市政府专利专项发展资金额度,用于专利战略研究、专利宣传培训、专利信息网络建设、对本行政区域单位和个人的专利申请资助,以及对重大发明专利单位和个人的奖励等事宜。",
  metric = "harbin_patent_fund_yuan",
  increasing = true, from = 2008, due = 2010,
  note = {
    zh = "“逐年增加”:每年的资金额度(当年预算安排的市政府专利专项发展资金,插件指标harbin_patent_fund_yuan)都须严格高于上一年,持平即未做到;方案未规定增幅,故不设最低增长率。"
      .. "自2008年起判断(2008>2007、2009>2008、2010>2009):方案于2007年9月印发,2007年的预算在此之前已经确定,方案能影响的第一个预算是2008年的。"
      .. "任何一年未增加即判为未达到,后来的增加不能弥补。此前此条未编码,且未列入定性条款。",
    en = "逐年增加 (increase year by year): each year's amount (the city's special patent development fund in that year's budget, plugin metric "
      .. "harbin_patent_fund_yuan) must be strictly above the year before; the same amount is no increase. The plan states no rate, so no minimum growth. "
      .. "Judged from 2008 (2008 > 2007, 2009 > 2008, 2010 > 2009): the plan was issued in September 2007, when the 2007 budget was already fixed, so 2008's "
      .. "is the first budget it could shape. A year without an increase fails the target; a later increase does not make it good. Not encoded before, "
      .. "and missing from the list of qualitative clauses.",
  },
}

---------------------------------------------------------------------------
-- Subsidies and support measures. The jurisdiction (230100 and every code
-- beneath it) already restricts each to units of the city (本行政区域单位), so
-- no condition repeats the region. Amounts the plan does not fix are
-- parameters without defaults: the amount stays null until the config sets it.
---------------------------------------------------------------------------

subsidy {
  id = "patent-application-funding",
  cite = "五、(三)",
  title = { zh = "专利申请资助", en = "Funding for patent applications" },
  quote = "将专利专项发展资金纳入市政府财政预算,并逐年增加市政府专利专项发展资金额度,用于专利战略研究、专利宣传培训、专利信息网络建设、对本行政区域单位和个人的专利申请资助,以及对重大发明专利单位和个人的奖励等事宜。",
  basis = { zh = "市政府专利专项发展资金(资助标准由其使用办法规定,本方案未列明)", en = "the city's special patent development fund (its rules fix the amounts; the plan does not)" },
  eligible = any {
    gt("harbin_patent_applications_domestic", 0),
    gt("pct_applications", 0),
  },
  params = {
    per_domestic_application_yuan = money_param { zh = "每件国内专利申请资助", en = "amount per patent application filed in China" },
    per_pct_application_yuan = money_param { zh = "每件PCT国际专利申请资助", en = "amount per PCT application" },
  },
  amount = sum {
    per_item("harbin_patent_applications_domestic", "per_domestic_application_yuan"),
    per_item("pct_applications", "per_pct_application_yuan"),
  },
  note = {
    zh = "对象为本市单位(个人不在评估对象之列);条件为当年提交了专利申请(向国家知识产权局提交的国内申请,插件字段harbin_patent_applications_domestic,或PCT国际申请)。方案支持申请国外专利(二、(二)),故PCT申请也计入;经巴黎公约途径直接向外国提交的申请无对应字段,未计。"
      .. "“专利申请资助”按件资助理解;每件金额方案未规定,参数无默认值,未配置时金额为空;方案未设上限。",
    en = "Addresses the city's units (individuals are not subjects here); eligible when the unit filed patent applications in the year: in China "
      .. "(plugin field harbin_patent_applications_domestic) or under the PCT. The plan seeks foreign filings (二、(二)), so PCT applications count; direct "
      .. "Paris-route filings abroad have no field and are not counted. Funding is read as per application; the plan fixes no amount (parameters "
      .. "without defaults, amount null until configured) and no cap.",
  },
}

subsidy {
  id = "major-invention-award",
  cite = "五、(三)",
  title = { zh = "重大发明专利奖励", en = "Award for major invention patents" },
  quote = "将专利专项发展资金纳入市政府财政预算,并逐年增加市政府专利专项发展资金额度,用于专利战略研究、专利宣传培训、专利信息网络建设、对本行政区域单位和个人的专利申请资助,以及对重大发明专利单位和个人的奖励等事宜。",
  basis = { zh = "市政府专利专项发展资金", en = "the city's special patent development fund" },
  eligible = is("harbin_major_invention_patent_recognised"),
  params = {
    award_yuan = money_param { zh = "每个获奖单位的奖励金额", en = "award per unit" },
  },
  amount = fixed("award_yuan"),
  note = {
    zh = "“重大发明专利单位”指拥有重大发明专利的单位;何为“重大”方案未定义,由主管部门认定,故以插件布尔字段harbin_major_invention_patent_recognised(经认定)表示。奖励按单位计一次;金额方案未规定,参数无默认值。",
    en = "重大发明专利单位: a unit holding a major invention patent. The plan does not define 'major'; the IP office decides, hence the plugin boolean "
      .. "harbin_major_invention_patent_recognised. The award is counted once per unit; the plan fixes no amount (a parameter without default).",
  },
}

subsidy {
  id = "patent-implementation-subsidy",
  cite = "四、(四)一是",
  title = { zh = "专利技术实施补贴", en = "Subsidy for putting patented technology to use" },
  quote = "一是完善地方知识产权政策。制定实施专利技术实施补贴政策,完善 “一奖两酬”激励机制的配套政策和措施,制定培育和规范中介服务机构指导性政策,促进发明创造的产权化和产业化。",
  eligible = gt("harbin_patents_implemented", 0),
  params = {
    per_patent_yuan = money_param { zh = "每项实施的专利技术补贴", en = "subsidy per patented technology put to use" },
  },
  amount = per_item("harbin_patents_implemented", "per_patent_yuan"),
  note = {
    zh = "方案要求“制定实施”专利技术实施补贴政策,补贴对象为实施专利技术的单位,条件为当年实施(产业化)了专利技术(插件字段harbin_patents_implemented)。补贴按实施的专利技术项数计,标准待配套政策规定,参数无默认值。"
      .. "同句“完善‘一奖两酬’激励机制的配套政策”与“制定培育和规范中介服务机构指导性政策”为政策制定任务,不是对企业的扶持或义务。",
    en = "The plan orders a subsidy policy for putting patented technology to use; the beneficiary is the unit that does so, eligible when it put patented "
      .. "technology to use in the year (plugin field harbin_patents_implemented). The subsidy is taken per technology; the policy to come fixes the rate "
      .. "(a parameter without default). The same sentence's 'one award, two remunerations' policies and the guidance for service agencies are "
      .. "policy-making tasks, neither support nor a duty of enterprises.",
  },
}

subsidy {
  id = "ip-advantage-unit-preference",
  cite = "四、(四)二是",
  title = { zh = "科技优惠政策向知识产权优势单位倾斜", en = "S&T preferential policies tilted towards IP advantage units" },
  quote = "促进科技优惠政策向知识产权优势单位倾斜。",
  eligible = one_of("ip_advantage_level", { "municipal", "provincial", "national" }),
  note = {
    zh = "受益者为知识产权优势单位:以核心字段ip_advantage_level为市级、省级或国家级者为准(省级、国家级认定高于市级,一并计入)。“倾斜”是在科技优惠政策中的优先,不是一笔确定的资金,故无金额。",
    en = "The beneficiaries are IP advantage units: the core field ip_advantage_level municipal, provincial or national (the higher designations count too). "
      .. "A tilt (倾斜) is a preference within S&T policies, not a sum of money: no amount.",
  },
}

subsidy {
  id = "enterprise-head-special-award",
  cite = "四、(四)三是",
  title = { zh = "自主创新突出贡献企业负责人特别奖励", en = "Special award to heads of enterprises with outstanding innovation" },
  quote = "对企业自主创新(包括自主知识产权)等方面取得突出成绩、作出重大贡献的企业负责人给予特别奖励,激励企业积极开展知识产权创造、管理、运用和保护工作。",
  eligible = is("harbin_innovation_outstanding_recognised"),
  params = {
    award_yuan = money_param { zh = "特别奖励金额", en = "amount of the special award" },
  },
  amount = fixed("award_yuan"),
  note = {
    zh = "奖励对象是企业负责人(个人),按其所在企业的记录评估:企业在自主创新(包括自主知识产权)方面取得突出成绩、作出重大贡献,由主管部门认定(插件布尔字段harbin_innovation_outstanding_recognised)。金额方案未规定,参数无默认值。",
    en = "The award goes to the head of the enterprise (a person) and is judged on the enterprise's record: outstanding achievement in independent "
      .. "innovation, including own IP, as recognised by the authorities (plugin boolean harbin_innovation_outstanding_recognised). The plan fixes no amount.",
  },
}

subsidy {
  id = "ip-top100-cultivation-support",
  cite = "四、(一)一是",
  title = { zh = "知识产权百强培育工程配套政策措施和综合服务", en = "Policy measures and services of the IP top-100 cultivation programme" },
  quote = "一是推进知识产权百强培育工程。按照《哈尔滨市知识产权百强单位培育和认定工作方案》,通过运用配套政策措施和综合服务,将我市科技创新优势单位培育成知识产权优势单位,",
  basis = { zh = "《哈尔滨市知识产权百强单位培育和认定工作方案》", en = "Harbin work plan for cultivating and recognising the IP top-100 units" },
  eligible = is("harbin_ip_top100_cultivation"),
  note = {
    zh = "受益者为列入百强培育工程的科技创新优势单位(插件布尔字段harbin_ip_top100_cultivation),入选由《哈尔滨市知识产权百强单位培育和认定工作方案》决定。扶持为配套政策措施和综合服务,方案未规定资金,故无金额。",
    en = "The beneficiaries are the S&T innovation advantage units selected for the top-100 programme (plugin boolean harbin_ip_top100_cultivation), selection "
      .. "being governed by the programme's own work plan. The support is policy measures and services; the plan names no money: no amount.",
  },
}

subsidy {
  id = "pilot-unit-guidance-services",
  cite = "四、(一)二是",
  title = { zh = "对市级知识产权试点单位分类指导并提供服务", en = "Guidance and services for municipal IP pilot units" },
  quote = "按照《哈尔滨市知识产权试点工作的指导意见》,结合各类试点单位的实际情况,对试点工作进行分类指导,并提供相应的服务,指导试点单位建立知识产权工作体系,",
  basis = { zh = "《哈尔滨市知识产权试点工作的指导意见》", en = "Guidance on Harbin's IP pilot work" },
  eligible = is("harbin_municipal_ip_pilot_unit"),
  note = {
    zh = "受益者为市级知识产权试点单位(插件布尔字段harbin_municipal_ip_pilot_unit)。扶持为分类指导和相应服务(实物性支持),不涉及资金,故无金额。",
    en = "The beneficiaries are municipal IP pilot units (plugin boolean harbin_municipal_ip_pilot_unit). The support is guidance and services in kind, no money: no amount.",
  },
}

subsidy {
  id = "patent-early-warning-support",
  cite = "四、(二)三是",
  title = { zh = "帮助和引导骨干企业建立专利文献数据库和预警机制", en = "Help for backbone enterprises to build patent databases and early warning" },
  quote = "三是实施骨干企业专利预警工作。建立以我市骨干企业为对象的专利技术(产品)的分析和预警报告制度,帮助和引导重点骨干企业建立专利文献数据库,",
  eligible = is("harbin_patent_early_warning_backbone"),
  note = {
    zh = "受益者为列为专利预警工作对象的(重点)骨干企业(插件布尔字段harbin_patent_early_warning_backbone);何为骨干企业由主管部门确定。扶持为分析、预警报告和建库帮助(实物性支持),不涉及资金,故无金额。"
      .. "方案对企业用“帮助和引导”“推动”,未设企业义务,故不作obligation。",
    en = "The beneficiaries are the (key) backbone enterprises covered by the early-warning work (plugin boolean harbin_patent_early_warning_backbone), chosen by the "
      .. "authorities. The support is analysis, warning reports and help building databases, in kind: no amount. The plan helps, guides and encourages "
      .. "(帮助和引导, 推动) enterprises and sets them no duty, so this is not an obligation.",
  },
}

subsidy {
  id = "ip-city-work-commendation",
  cite = "五、(四)",
  title = { zh = "创建工作突出贡献单位表彰奖励", en = "Commendation and award for outstanding contributions to the demonstration-city work" },
  quote = "对在创建工作中作出突出贡献的单位和个人予以表彰奖励。",
  eligible = is("harbin_ip_city_work_outstanding_recognised"),
  params = {
    award_yuan = money_param { zh = "奖励金额", en = "amount of the award" },
  },
  amount = fixed("award_yuan"),
  note = {
    zh = "对象为在创建国家知识产权示范城市工作中作出突出贡献的单位(个人不在评估对象之列),由主管部门认定(插件布尔字段harbin_ip_city_work_outstanding_recognised)。“表彰奖励”可能仅为荣誉,是否及多少奖金方案未规定,参数无默认值。",
    en = "Addresses units with an outstanding contribution to the demonstration-city work (individuals are not subjects here), as recognised by the authorities "
      .. "(plugin boolean harbin_ip_city_work_outstanding_recognised). 表彰奖励 may be honour alone; whether and how much money goes with it the plan does not say "
      .. "(a parameter without default).",
  },
}

---------------------------------------------------------------------------
-- Obligations. The plan is addressed to government bodies (各区、县(市)人民政府,
-- 市政府各委、办、局); the one duty it places on enterprises is the patent
-- evaluation and review of the major projects the government funds.
---------------------------------------------------------------------------

obligation {
  id = "major-project-patent-review",
  cite = "四、(四)三是",
  title = { zh = "政府投资或支持的涉及知识产权的重大项目须经专利评估和审核", en = "Major government-funded projects involving IP undergo patent evaluation and review" },
  quote = "建立重大经济活动的知识产权审查机制,对政府投资或支持的涉及知识产权的重大项目实行专利评估和审核制度,促进知识产权政策与经济政策相协调。",
  applies = is("harbin_government_major_ip_project"),
  requires = is("harbin_major_project_patent_reviewed"),
  note = {
    zh = "约束对象为承担政府投资或支持的、涉及知识产权的重大项目的企业(插件布尔字段harbin_government_major_ip_project);要求是该项目经过专利评估和审核(harbin_major_project_patent_reviewed)。"
      .. "评估和审核由政府实施,企业的义务是将项目提交评估审核;方案未规定不履行的后果,也未界定“重大项目”,由主管部门认定。",
    en = "Binds enterprises undertaking a major government-invested or -supported project that involves IP (plugin boolean harbin_government_major_ip_project); "
      .. "the project must have passed patent evaluation and review (harbin_major_project_patent_reviewed). The government carries out the review; the "
      .. "enterprise's duty is to submit the project to it. The plan defines neither 'major project' nor a consequence of not complying.",
  },
}

---------------------------------------------------------------------------
-- Not encoded (qualitative, or duties of government bodies), by clause:
--   一、指导思想; 二、(一) 总体目标 ("争取早日成为国家知识产权示范城市": no figure);
--   二、(二) 申请国外专利有突破性进展, 公共信息服务平台, 战略研究, "十大"展会和
--     商贸流通企业执法专项行动 (see above);
--   三、工作原则 (principles; 三、(一) 创建一批有影响力的知识产权优势企事业单位: 一批
--     of a quality without a threshold, 有影响力, see docs/plans.md on 一批);
--   四、(一)三是 培育一批优秀知识产权管理单位 (一批 of a quality without a threshold,
--     优秀, so no report target; no stated benefit; the count of demonstration units
--     is the target ip-demonstration-units);
--   四、(二)一是 二是 门户网站、专利蓝皮书 (government work);
--   四、(三) 执法 (government work: enforcement, case transfer);
--   四、(四)二是 知识产权管理纳入科技立项、评审、验收, 知识产权目标纳入认定、考核
--     评价指标 (criteria not stated, so nothing an enterprise record can be judged on);
--   四、(四)一是 "一奖两酬" and 中介服务机构 policies (policies to be made);
--   四、(五) 宣传培训 (the counts are the training targets above);
--   五、(一)(二)(五) organisation, staffing, coordination;
--   五、(三) "各区、县(市)政府应视财力情况设立专利发展专项资金" (a duty of district
--     governments, conditional on their finances, no enterprise beneficiary);
--   五、(四) 目标考核 (indicators named without figures).
---------------------------------------------------------------------------
