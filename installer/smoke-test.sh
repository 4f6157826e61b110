#!/usr/bin/env bash
# Starts a packaged Partner Contacts far enough to show the contact gate, then lets it quit
# (--smoke-test), against a new database in a temporary folder. Fails unless the app exits 0,
# logs "Startup: contact gate shown", creates that database, and writes nothing into its own
# installation folder.
#
# Usage: installer/smoke-test.sh [--runs N] APP_DIR [more app arguments]
#   APP_DIR  an app image (target/installer/image/partner-contacts) or an installed package
#            (/opt/partner-contacts); its launcher is APP_DIR/bin/partner-contacts
#   --runs N start it N times and print the median start-up times
# Without a DISPLAY it starts Xvfb (apt-get install xvfb) and stops it at the end.
# If APP_DIR has a class-data archive, the runs require it (-Xshare:on): a stale or broken
# archive fails the test instead of silently costing start-up time.
set -euo pipefail

runs=1
if [[ ${1:-} == --runs ]]; then runs=$2; shift 2; fi
app_dir=${1:?usage: $0 [--runs N] APP_DIR [app arguments]}
shift
launcher=$app_dir/bin/partner-contacts
[[ -x $launcher ]] || { echo "no launcher at $launcher" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=
cleanup() {
  if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z ${DISPLAY:-} ]]; then
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb: apt-get install xvfb" >&2; exit 1; }
  # -displayfd: Xvfb picks a free display number and writes it to fd 3 once it is ready.
  Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x1024x24 3>"$work/display" 2>"$work/xvfb.log" &
  xvfb_pid=$!
  for _ in $(seq 100); do
    [[ -s $work/display ]] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$work/xvfb.log" >&2; exit 1; }
    sleep 0.1
  done
  [[ -s $work/display ]] || { echo "Xvfb did not start" >&2; exit 1; }
  export DISPLAY=:$(cat "$work/display")
fi

java_tool_options=${JAVA_TOOL_OPTIONS:-}
if [[ -f $app_dir/lib/app/partner-contacts.jsa ]]; then
  echo "class-data archive found: the runs require it (-Xshare:on)"
  java_tool_options="$java_tool_options -Xshare:on"
fi

gate_times=() wall_times=()
for run in $(seq "$runs"); do
  db_dir=$(mktemp -d -p "$work")
  touch "$work/before"
  start=$(date +%s%N)
  status=0
  JAVA_TOOL_OPTIONS=$java_tool_options timeout "${SMOKE_TIMEOUT:-120}" \
      "$launcher" --db="$db_dir/smoke.db" --smoke-test "$@" >"$work/log" 2>&1 || status=$?
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  line=$(grep -m 1 'Startup: contact gate shown' "$work/log" || true)
  if [[ $status -ne 0 || -z $line || ! -f $db_dir/smoke.db ]]; then
    cat "$work/log" >&2
    echo "FAILED: exit $status; gate line: ${line:-missing}; database created: $([[ -f $db_dir/smoke.db ]] && echo yes || echo no)" >&2
    exit 1
  fi
  written=$(find "$app_dir" -newer "$work/before" -type f | head -n 5)
  if [[ -n $written ]]; then
    echo "FAILED: the app wrote into its installation folder: $written" >&2
    exit 1
  fi
  gate=$(sed -n 's/.*shown \([0-9]*\) ms after JVM start.*/\1/p' <<<"$line")
  gate_times+=("$gate") wall_times+=("$wall")
  echo "run $run: contact gate shown $gate ms after JVM start; $wall ms from launch to exit"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
if (( runs > 1 )); then
  echo "median of $runs runs: gate $(median "${gate_times[@]}") ms after JVM start; $(median "${wall_times[@]}") ms launch to exit"
fi
echo "smoke test passed: $launcher"
