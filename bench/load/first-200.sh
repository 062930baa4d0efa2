#!/bin/sh
# Starts a server (the command after the port) and waits for the first 200 from URL; then stops it.
# usage: bench/load/first-200.sh URL COMMAND...   (hyperfine times the whole of it)
# With FIRST200_CPU=FILE, the server's CPU time until that 200 (user + system, ms) is appended to FILE.
URL=$1; shift
"$@" >/dev/null 2>&1 &
PID=$!
while ! curl -fs -o /dev/null "$URL"; do
  kill -0 $PID 2>/dev/null || exit 1
  sleep 0.01
done
[ -n "$FIRST200_CPU" ] && awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f\n", ($14 + $15) * 1000 / hz}' /proc/$PID/stat >> "$FIRST200_CPU"
kill $PID
wait $PID 2>/dev/null
exit 0
