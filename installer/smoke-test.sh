#!/usr/bin/env bash
# Starts a packaged Partner Contacts far enough to show the contact gate, then lets it quit
# (--smoke-test), against a new database in a temporary folder. Fails unless the app exits 0,
# logs "Startup: contact gate shown", creates that database, writes nothing into its own
# installation folder, and - where strace is installed - starts no program but its Java runtime
# (no package-manager lookups before the JVM, no `uname` in it).
#
# Usage: installer/smoke-test.sh [--runs N] APP_DIR [more app arguments]
#   APP_DIR  an app image (target/installer/image/partner-contacts) or an installed package
#            (/opt/partner-contacts); its launcher is APP_DIR/bin/partner-contacts
#   --runs N start it N times and print the median start-up times
# Without a DISPLAY it starts Xvfb (apt-get install xvfb) and stops it at the end.
# If APP_DIR has an AOT cache, the runs require it (-XX:AOTMode=on): a cache the JVM refuses
# fails the test instead of silently costing start-up time. SMOKE_TIMEOUT: seconds per run (120).
set -euo pipefail
# $EPOCHREALTIME and awk with a decimal point whatever the language; Java keeps its encoding.
export LC_NUMERIC=C

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
training=false
[[ $java_tool_options == *AOTCacheOutput* ]] && training=true
for cache in "$app_dir/lib/app/partner-contacts.aot" "$app_dir/Contents/app/partner-contacts.aot"; do
  if [[ -f $cache ]] && ! $training; then
    echo "AOT cache found: the runs require it (-XX:AOTMode=on)"
    java_tool_options="$java_tool_options -XX:AOTMode=on"
  fi
done
# The training run starts a second JVM to write the cache: that one is expected.
trace=()
if command -v strace >/dev/null && ! $training; then
  trace=(strace -f -qq -z --seccomp-bpf -e trace=execve -e signal=none -o "$work/exec.log")
fi

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
frame_times=() gate_times=() wall_times=()
for run in $(seq "$runs"); do
  db_dir=$(mktemp -d -p "$work")
  touch "$work/before"
  start=$EPOCHREALTIME
  status=0
  JAVA_TOOL_OPTIONS=$java_tool_options timeout "${SMOKE_TIMEOUT:-120}" \
      "${trace[@]}" "$launcher" --db="$db_dir/smoke.db" --smoke-test "$@" >"$work/log" 2>&1 || status=$?
  wall=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%d", (b - a) * 1000 }')
  line=$(grep -m 1 'Startup: contact gate shown' "$work/log" || true)
  if [[ $status -ne 0 || -z $line || ! -f $db_dir/smoke.db ]]; then
    cat "$work/log" >&2
    echo "FAILED: exit $status; gate line: ${line:-missing}; database created: $([[ -f $db_dir/smoke.db ]] && echo yes || echo no)" >&2
    exit 1
  fi
  written=$(find "$app_dir" -newer "$work/before" -type f ! -name partner-contacts.aot | head -n 5)
  if [[ -n $written ]]; then
    echo "FAILED: the app wrote into its installation folder: $written" >&2
    exit 1
  fi
  if ((${#trace[@]})); then
    # Every program started (-z: only those that did start): the launcher (a script: its
    # interpreter does not appear) and java. GTK without a session bus (Xvfb) tries to start
    # dbus-launch, which is seldom installed; a desktop has a session bus.
    others=$(grep -o 'execve("[^"]*"' "$work/exec.log" | sed 's/^execve("//; s/"$//' \
        | grep -v -x -F -e "$launcher" -e "$(cd "$app_dir" && pwd -P)/lib/runtime/bin/java" || true)
    if [[ -n $others ]]; then
      grep execve "$work/exec.log" >&2
      echo "FAILED: the start ran other programs than its Java runtime:" $others >&2
      exit 1
    fi
  fi
  gate=$(sed -n 's/.*shown \([0-9]*\) ms after JVM start.*/\1/p' <<<"$line")
  frame=$(sed -n 's/.*first frame at epoch \([0-9]*\) us.*/\1/p' <<<"$line")
  frame=$(awk -v a="$start" -v f="$frame" 'BEGIN { printf "%d", (f / 1000000 - a) * 1000 }')
  frame_times+=("$frame") gate_times+=("$gate") wall_times+=("$wall")
  echo "run $run: contact gate's first frame ${frame} ms after launch, $gate ms after JVM start; $wall ms from launch to exit${trace:+ (under strace)}"
done

if (( runs > 1 )); then
  echo "median of $runs runs: first frame $(median "${frame_times[@]}") ms after launch, $(median "${gate_times[@]}") ms after JVM start; $(median "${wall_times[@]}") ms launch to exit"
fi
echo "smoke test passed: $launcher"
