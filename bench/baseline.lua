-- The baseline plancheck must beat: the benchmark plan's five rules
-- (bench/rules/bench/bench-2020.lua) in plain Lua 5.4 with lua-cjson, JSON
-- Lines in, one JSON result per record out, amounts in integer fen.
--   lua5.4 bench/baseline.lua < records.jsonl > results.jsonl
local cjson = require "cjson"
local decode, encode = cjson.decode, cjson.encode
local floor, format = math.floor, string.format
local write = io.write

local function yuan(fen) return fen / 100 end

local function leaf(reasons, label, ok, value)
  reasons[#reasons + 1] = format("%s = %s %s", label, tostring(value), ok and "✓" or "✗")
  return ok
end

local function evaluate(e)
  local results, total = {}, 0
  if e.region == nil or e.region:sub(1, 4) ~= "2102" then
    return results, total
  end
  -- grant
  do
    local r = { plan = "bench-2020", rule = "grant", kind = "subsidy", cite = "一", reasons = {}, missing = {} }
    local d, f = e.invention_grants_domestic, e.invention_grants_foreign
    local a = d ~= nil and leaf(r.reasons, "domestic", d > 0, d)
    local b = f ~= nil and leaf(r.reasons, "foreign", f > 0, f)
    if a or b then
      r.status = "eligible"
      local fen = (d or 0) * 2000000 + (f or 0) * 5000000
      if fen > 30000000 then fen, r.capped = 30000000, true else r.capped = false end
      r.amount_yuan, r.cap_yuan = yuan(fen), 300000
      total = total + fen
    elseif d == nil or f == nil then
      r.status = "unknown"
      if d == nil then r.missing[#r.missing + 1] = "invention_grants_domestic" end
      if f == nil then r.missing[#r.missing + 1] = "invention_grants_foreign" end
    else
      r.status = "ineligible"
    end
    results[#results + 1] = r
  end
  -- voucher
  do
    local r = { plan = "bench-2020", rule = "voucher", kind = "subsidy", cite = "二", reasons = {}, missing = {} }
    if e.is_sme == nil then r.status = "unknown"; r.missing[1] = "is_sme"
    elseif not leaf(r.reasons, "sme", e.is_sme, e.is_sme) then r.status = "not_applicable"
    elseif e.uses_patent_info_services == nil then r.status = "unknown"; r.missing[1] = "uses_patent_info_services"
    else r.status = leaf(r.reasons, "info", e.uses_patent_info_services, e.uses_patent_info_services) and "eligible" or "ineligible" end
    results[#results + 1] = r
  end
  -- pledge interest: 2%, rounded down to the fen, cap 500000 yuan
  do
    local r = { plan = "bench-2020", rule = "pledge-interest", kind = "subsidy", cite = "三", reasons = {}, missing = {} }
    local loan = e.ip_pledge_loan_yuan
    if loan == nil then r.status = "unknown"; r.missing[1] = "ip_pledge_loan_yuan"
    elseif leaf(r.reasons, "loan", loan > 0, loan) then
      local fen = floor(floor(loan * 100 + 0.5) * 2 / 100)
      if fen > 50000000 then fen, r.capped = 50000000, true else r.capped = false end
      r.status, r.amount_yuan, r.cap_yuan = "eligible", yuan(fen), 500000
      total = total + fen
    else r.status = "ineligible" end
    results[#results + 1] = r
  end
  -- ip staff obligation
  do
    local r = { plan = "bench-2020", rule = "ip-staff", kind = "obligation", cite = "四", reasons = {}, missing = {} }
    local ht, sn = e.is_high_tech, e.is_specialized_new
    if not (ht or sn) then
      r.status = (ht == nil or sn == nil) and "unknown" or "not_applicable"
    elseif e.ip_full_time_staff == nil then r.status = "unknown"; r.missing[1] = "ip_full_time_staff"
    else r.status = leaf(r.reasons, "staff", e.ip_full_time_staff >= 1, e.ip_full_time_staff) and "compliant" or "non_compliant" end
    results[#results + 1] = r
  end
  -- advantage award
  do
    local r = { plan = "bench-2020", rule = "advantage-award", kind = "subsidy", cite = "五", reasons = {}, missing = {} }
    local l = e.ip_advantage_level
    if l == nil then r.status = "unknown"; r.missing[1] = "ip_advantage_level"
    elseif leaf(r.reasons, "level", l == "provincial" or l == "national", l) then
      r.status, r.amount_yuan = "eligible", 100000
      total = total + 10000000
    else r.status = "ineligible" end
    results[#results + 1] = r
  end
  return results, total
end

local n = 0
for line in io.lines() do
  n = n + 1
  local ok, e = pcall(decode, line)
  if ok and type(e) == "table" then
    local results, total = evaluate(e)
    write(encode({ subject = { kind = "enterprise", id = e.id, name = e.name, region = e.region },
                   as_of = "2021-06-30", results = results, total_yuan = total / 100,
                   warnings = {}, errors = {} }), "\n")
  else
    write(encode({ record = n, errors = { tostring(e) } }), "\n")
  end
end
