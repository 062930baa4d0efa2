#!/bin/sh
# Starts a built SamePage on a loopback port with a throwaway SQLite folder and the rate limits
# raised, then times interleaved sign-in and recovery tries per path (sign_in_timing.py).
# usage: bench/timing/sign-in-timing.sh [BUILD_DIR] [PORT]
#   BUILD_DIR: the folder holding SamePage.Web.dll (default: this checkout's Release build)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-$HERE/../../src/SamePage.Web/bin/Release/net10.0}
PORT=${2:-55480}
DATA=$(mktemp -d)
cd "$BUILD"
SamePage__DataDirectory=$DATA Database__Provider=Sqlite \
SamePage__RateLimits__SignIn__PermitLimit=100000 SamePage__RateLimits__Recovery__PermitLimit=100000 \
SamePage__RateLimits__SignUp__PermitLimit=100000 \
ASPNETCORE_ENVIRONMENT=Production dotnet SamePage.Web.dll --urls "http://127.0.0.1:$PORT" >/dev/null 2>&1 &
PID=$!
trap 'kill $PID; rm -rf "$DATA"' EXIT
for i in $(seq 60); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done
python3 "$HERE/sign_in_timing.py" "http://127.0.0.1:$PORT" 40
