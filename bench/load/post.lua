-- wrk script: the same autosave POST on every request (bench/run.sh sets the environment), and at
-- the end a line "409s: N" counting busy saves ("nothing was written"), which wrk's Non-2xx lumps in.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  conflicts = 0
end

function response(status, headers, body)
  if status == 409 then
    conflicts = conflicts + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get("conflicts") or 0)
  end
  io.write(string.format("409s: %d\n", total))
end
