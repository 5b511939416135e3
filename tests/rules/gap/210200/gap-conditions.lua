-- Test plan for tests/cli/gap (not a real plan): one rule per construct of
-- the conditions, to show what to_qualify derives from each. No amounts.
-- In force 2016-01-15 to 2019-12-31.

plan {
  id = "gap-conditions",
  title = { zh = "差距测试:条件(2016-2019年)", en = "Gap test: conditions (2016-2019)" },
  document = "测试〔2016〕11号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

subsidy { id = "ge-count", cite = "一", title = { zh = "PCT申请3件以上", en = "3 or more PCT applications" },
  eligible = ge("pct_applications", 3) }

subsidy { id = "gt-money", cite = "二", title = { zh = "质押贷款100万元以上", en = "Pledge loans above 1 million yuan" },
  eligible = gt("ip_pledge_loan_yuan", 1000000) }

subsidy { id = "lt-count", cite = "三", title = { zh = "专职人员少于3人", en = "Fewer than 3 IP staff" },
  eligible = lt("ip_full_time_staff", 3) }

subsidy { id = "is-bool", cite = "四", title = { zh = "高新技术企业", en = "High-tech enterprises" },
  eligible = is("is_high_tech") }

subsidy { id = "eq-enum", cite = "五", title = { zh = "省级优势企业", en = "Provincial advantage enterprises" },
  eligible = eq("ip_advantage_level", "provincial") }

subsidy { id = "one-of", cite = "六", title = { zh = "生物医药或新材料", en = "Biomedicine or new materials" },
  eligible = one_of("industry", { "biomedicine", "new_materials" }) }

subsidy { id = "all-nested", cite = "七", title = { zh = "中小企业有PCT申请且商标或专利较多", en = "SMEs with PCT applications and trademarks or patents" },
  eligible = all { is("is_sme"), gt("pct_applications", 0),
                   any { ge("registered_trademarks", 5), ge("valid_invention_patents", 2) } } }

subsidy { id = "any-cheapest", cite = "八", title = { zh = "专精特新胜诉或授权2件", en = "Specialised with a won dispute, or 2 grants" },
  eligible = any { all { is("is_specialized_new"), gt("patent_disputes_won", 0) },
                   ge("invention_grants_domestic", 2) } }

subsidy { id = "no-all", cite = "九", title = { zh = "非国有中小企业以外", en = "Not a state-owned SME" },
  eligible = no(all { is("is_state_owned"), is("is_sme") }) }

subsidy { id = "no-one-of", cite = "十", title = { zh = "非其他产业", en = "Any industry but other" },
  eligible = no(one_of("industry", { "other" })) }

subsidy { id = "check-fn", cite = "十一", title = { zh = "高价值专利占四分之一", en = "High-value patents a quarter" },
  eligible = check {
    fields = { "valid_invention_patents", "high_value_invention_patents" },
    zh = "高价值发明专利占有效发明专利四分之一以上",
    en = "high-value invention patents are at least a quarter of valid invention patents",
    fn = function(e) return e.high_value_invention_patents * 4 >= e.valid_invention_patents and e.valid_invention_patents > 0 end,
  } }

subsidy { id = "applies-sme", cite = "十二", title = { zh = "面向中小企业:授权1件", en = "For SMEs: 1 grant" },
  applies = isnt("is_sme"),
  eligible = gt("invention_grants_domestic", 0) }

subsidy { id = "impossible", cite = "十三", title = { zh = "自相矛盾", en = "Contradictory" },
  eligible = all { gt("pct_applications", 5), lt("pct_applications", 3) } }

subsidy { id = "same-field", cite = "十四", title = { zh = "同一字段两个下限", en = "Two floors on one field" },
  eligible = all { ge("pct_applications", 2), ge("pct_applications", 4) } }

subsidy { id = "unknown-any", cite = "十五", title = { zh = "单项冠军或国外不侵权", en = "Champion or non-infringement abroad" },
  eligible = any { is("is_single_champion"), gt("foreign_cases_non_infringement", 0) } }

obligation { id = "soe-info", cite = "十六", title = { zh = "国有企业使用专利信息服务", en = "SOEs use patent information services" },
  applies = is("is_state_owned"),
  requires = all { is("uses_patent_info_services"), ge("ip_full_time_staff", 1) } }

subsidy { id = "any-nearer", cite = "十七", title = { zh = "PCT申请3件,或中小企业1件", en = "3 PCT applications, or 1 for an SME" },
  eligible = any { ge("pct_applications", 3), all { ge("pct_applications", 1), is("is_sme") } } }
