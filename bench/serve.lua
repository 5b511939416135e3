-- wrk script for bench/serve.sh: POSTs the records of a JSON Lines file in
-- turn (each wrk thread from its own offset); with "paced" as the second
-- argument, each connection waits 1 ms between requests (a fixed load).
--   wrk ... -s bench/serve.lua URL -- records.jsonl [paced]
-- The requests are formatted once, in init(): what wrk spends per request
-- is then a table lookup, as for a request without a script, and the
-- figures measure the server rather than the client's string building.
local requests, i, paced = {}, 0, false

function init(args)
  local headers = { ["Content-Type"] = "application/json" }
  for line in io.lines(args[1]) do
    requests[#requests + 1] = wrk.format("POST", nil, headers, line)
  end
  paced = args[2] == "paced"
  i = math.random(#requests)
end

function request()
  i = i % #requests + 1
  return requests[i]
end

function delay()
  return paced and 1 or 0
end
