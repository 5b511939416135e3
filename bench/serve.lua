-- wrk script for bench/serve.sh: POSTs the records of a JSON Lines file in
-- turn (each wrk thread from its own offset); with "paced" as the second
-- argument, each connection waits 1 ms between requests (a fixed load).
--   wrk ... -s bench/serve.lua URL -- records.jsonl [paced]
local records, i, paced = {}, 0, false

function init(args)
  for line in io.lines(args[1]) do
    records[#records + 1] = line
  end
  paced = args[2] == "paced"
  i = math.random(#records)
end

function request()
  i = i % #records + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, records[i])
end

function delay()
  return paced and 1 or 0
end
