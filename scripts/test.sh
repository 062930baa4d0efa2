#!/usr/bin/env bash
# Runs every test of SamePage: `bash scripts/test.sh [extra dotnet test args, e.g. --filter ...]`
#
# - installs chromium, the PostgreSQL server, nginx (the scale-out test's proxy), wrk and hyperfine (the
#   benchmark's smoke test), Java and npm (the HTML validity test) from Debian packages when missing,
# - installs the Nu HTML Checker (npm's vnu-jar) into .tools/vnu when missing (ignored by git),
# - starts a throwaway PostgreSQL cluster on a free loopback port (stopped and removed on exit),
# - builds the solution once (Release), runs `dotnet test` writing TRX files,
# - prints one line per test project and a closing line `N passed, N failed, N skipped`,
# - exits non-zero on a build failure, a failed test run, any failed test, or when nothing passed.
#
# Environment: SAMEPAGE_SOLUTION overrides the solution path (default SamePage.slnx).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

SOLUTION=${SAMEPAGE_SOLUTION:-SamePage.slnx}
RESULTS="$ROOT/.test-results"
CHROMIUM=/usr/bin/chromium

log() { printf '==> %s\n' "$*" >&2; }

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  SUDO=(sudo)
fi

# ---------------------------------------------------------------- packages
have_postgres() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }
NGINX=/usr/sbin/nginx

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
have_postgres || missing+=(postgresql)
[ -x "$NGINX" ] || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk) # the benchmark runner's smoke test (bench/run.sh --smoke)
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v java >/dev/null || missing+=(default-jre-headless) # runs the Nu HTML Checker
command -v npm >/dev/null || missing+=(npm)                   # fetches it (vnu-jar)

if [ "${#missing[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  apt_log=$(mktemp)
  apt_opts=(-o DPkg::Lock::Timeout=300 -o Acquire::Retries=3)
  # Another apt process may hold the lock for a while; retry update a few times.
  ok=0
  for _ in 1 2 3 4 5 6; do
    if "${SUDO[@]}" apt-get "${apt_opts[@]}" -q update >"$apt_log" 2>&1; then ok=1; break; fi
    sleep 10
  done
  if [ "$ok" -ne 1 ]; then
    cat "$apt_log" >&2; rm -f "$apt_log"
    echo "error: apt-get update failed" >&2
    exit 1
  fi
  if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" -q install -y \
      --no-install-recommends "${missing[@]}" >"$apt_log" 2>&1; then
    cat "$apt_log" >&2; rm -f "$apt_log"
    echo "error: apt-get install ${missing[*]} failed" >&2
    exit 1
  fi
  rm -f "$apt_log"
  [ -x "$CHROMIUM" ] || { echo "error: $CHROMIUM missing after install" >&2; exit 1; }
  have_postgres || { echo "error: PostgreSQL initdb missing after install" >&2; exit 1; }
  [ -x "$NGINX" ] || { echo "error: $NGINX missing after install" >&2; exit 1; }
  command -v java >/dev/null || { echo "error: java missing after install" >&2; exit 1; }
  command -v npm >/dev/null || { echo "error: npm missing after install" >&2; exit 1; }
fi

# ---------------------------------------------------------------- the Nu HTML Checker
# The browser tests validate every page's HTML with vnu.jar, run with the machine's Java. npm fetches
# the pinned version once into .tools/vnu; its install script (which would download a Java) is skipped.
VNU_VERSION=26.9.27
VNU_DIR="$ROOT/.tools/vnu"
VNU_JAR="$VNU_DIR/node_modules/vnu-jar/build/dist/vnu.jar"
vnu_installed() {
  [ -f "$VNU_JAR" ] && grep -q "\"version\": *\"$VNU_VERSION\"" "$VNU_DIR/node_modules/vnu-jar/package.json" 2>/dev/null
}
if ! vnu_installed; then
  log "installing the Nu HTML Checker (vnu-jar $VNU_VERSION) into .tools/vnu"
  mkdir -p "$VNU_DIR"
  npm_log=$(mktemp)
  if ! npm install --prefix "$VNU_DIR" --no-save --no-audit --no-fund --ignore-scripts \
      "vnu-jar@$VNU_VERSION" >"$npm_log" 2>&1 || ! vnu_installed; then
    cat "$npm_log" >&2; rm -f "$npm_log"
    echo "error: npm install vnu-jar@$VNU_VERSION failed" >&2
    exit 1
  fi
  rm -f "$npm_log"
fi

# ---------------------------------------------------------------- PostgreSQL
PGBIN=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
# Under /tmp (not $TMPDIR) so that the postgres user can always reach it.
PGDIR=$(mktemp -d /tmp/samepage-pg.XXXXXX)

# Run a PostgreSQL binary as the postgres user when we are root (initdb refuses root),
# as ourselves otherwise.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# shellcheck disable=SC2317  # invoked through trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -f "$PGDIR/data/postmaster.pid" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PGDIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$PGDIR"
fi
chmod 700 "$PGDIR"

log "initialising a throwaway PostgreSQL cluster in $PGDIR"
if ! as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --no-sync \
    >"$PGDIR/initdb.log" 2>&1; then
  cat "$PGDIR/initdb.log" >&2
  echo "error: initdb failed" >&2
  exit 1
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

PORT=""
for candidate in $(seq 55432 55531); do
  port_in_use "$candidate" && continue
  # pg_ctl -w waits until the server accepts connections (or fails, e.g. port taken meanwhile).
  if as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
      -o "-p $candidate -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
    PORT=$candidate
    break
  fi
  # A failed start may leave a half-started postmaster behind; make sure it is gone.
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
done
if [ -z "$PORT" ]; then
  cat "$PGDIR/server.log" >&2 2>/dev/null || true
  echo "error: could not start PostgreSQL on any port in 55432-55531" >&2
  exit 1
fi
# Double-check that it accepts TCP connections.
for _ in $(seq 1 50); do
  if as_pg "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -U postgres; then break; fi
  sleep 0.2
done
as_pg "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -U postgres || {
  cat "$PGDIR/server.log" >&2; echo "error: PostgreSQL is not accepting connections" >&2; exit 1; }
log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$PORT"

# ---------------------------------------------------------------- environment for the tests
export SAMEPAGE_TEST_POSTGRES="Host=127.0.0.1;Port=$PORT;Username=postgres"
export SAMEPAGE_REQUIRE_POSTGRES=1
export SAMEPAGE_CHROMIUM="$CHROMIUM"
export SAMEPAGE_NGINX="$NGINX"
export SAMEPAGE_VNU_JAR="$VNU_JAR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

# ---------------------------------------------------------------- build and test
# .NET 10's `dotnet new tool-manifest` writes ./dotnet-tools.json; older SDKs used .config/.
if [ -f .config/dotnet-tools.json ] || [ -f dotnet-tools.json ]; then
  log "dotnet tool restore"
  dotnet tool restore
fi

log "dotnet build $SOLUTION -c Release"
if ! dotnet build "$SOLUTION" -c Release; then
  echo "error: build failed (see the errors above)" >&2
  exit 1
fi

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

log "dotnet test $SOLUTION $*"
test_rc=0
dotnet test "$SOLUTION" --no-build -c Release --logger trx --results-directory "$RESULTS" "$@" \
  || test_rc=$?

# ---------------------------------------------------------------- summary
# Value of attribute $2 in the <Counters .../> element of TRX file $1 (0 when absent).
counter() {
  tr '\n' ' ' <"$1" | grep -o '<Counters[^>]*>' | head -n 1 \
    | grep -oE "[[:space:]]$2=\"[0-9]+\"" | grep -oE '[0-9]+' | head -n 1 || true
}

total_passed=0
total_failed=0
total_skipped=0
trx_count=0
while IFS= read -r -d '' trx; do
  trx_count=$((trx_count + 1))
  p=$(counter "$trx" passed); p=${p:-0}
  f=$(counter "$trx" failed); f=${f:-0}
  e=$(counter "$trx" error); e=${e:-0}
  t=$(counter "$trx" timeout); t=${t:-0}
  a=$(counter "$trx" aborted); a=${a:-0}
  s=$(counter "$trx" notExecuted); s=${s:-0}
  # xunit's skipped tests show up as total - executed (notExecuted stays 0).
  n=$(counter "$trx" total); n=${n:-0}
  x=$(counter "$trx" executed); x=${x:-0}
  if [ $((n - x)) -gt "$s" ]; then s=$((n - x)); fi
  f=$((f + e + t + a))
  # Name the project after the test assembly recorded in the TRX.
  name=$(grep -oE 'codeBase="[^"]+"' "$trx" | head -n 1 | sed -E 's/^codeBase="//; s/"$//; s#.*[/\\]##; s/\.dll$//I' || true)
  [ -n "$name" ] || name=$(basename "$trx")
  echo "  $name: $p passed, $f failed, $s skipped"
  total_passed=$((total_passed + p))
  total_failed=$((total_failed + f))
  total_skipped=$((total_skipped + s))
done < <(find "$RESULTS" -type f -name '*.trx' -print0 | sort -z)

echo "$total_passed passed, $total_failed failed, $total_skipped skipped"

status=0
if [ "$test_rc" -ne 0 ]; then
  echo "error: dotnet test exited with code $test_rc" >&2
  status=1
fi
if [ "$total_failed" -gt 0 ]; then
  echo "error: $total_failed test(s) failed" >&2
  status=1
fi
if [ "$total_passed" -eq 0 ]; then
  echo "error: no tests ran (no passing tests in $trx_count TRX file(s) under $RESULTS)" >&2
  status=1
fi
exit "$status"
