#!/usr/bin/env bash
# The benchmark suite (README, "Performance"). Prints Markdown tables:
#   1. start-up on the user's clock: from the moment the process is launched to the first frame of
#      the contact gate on screen, and to the moment the gate accepts typing, with peak RSS and CPU
#      time, for a bare JavaFX window (the floor: a Stage with a Label), the plain jar, the app
#      image, and the app image on a data file with 1,000 accounts and 1,000,000 history entries;
#      run in turn, the order rotating each round, so that every ratio is side by side;
#   2. the Activity page at scale in that file (HistoryBenchmark; the file is built once, about two
#      minutes, into target/bench/history.db, and reused);
#   3. submit → unlock in that file, for an account with 1,000 users (SubmitBenchmark);
#   4. draft autosaves per second and the gate over 1,000 accounts (MicroBenchmark).
# Each figure is the median of the runs, with min–max.
#
# How start-up is timed: the harness reads the wall clock ($EPOCHREALTIME) in the shell that then
# execs the program (through /usr/bin/time, which records peak RSS and CPU time); the program,
# started with --smoke-test, prints the wall clock at its first frame and when it accepts typing
# (dev.partnercontacts.ui.common.StartupClock: the first frame is the first one JavaFX's render
# thread finished for the window's scene, handed to the window system; "accepts typing" is the
# first moment after it at which the window has the focus and the FX thread is free), and the
# time since JVM start as the JVM reports it. Launch → JVM start is what runs before the JVM:
# the launcher and anything it starts.
#
# Usage: installer/bench.sh [--runs N] [--skip-build] [--startup-only | --micro-only]
#                           [--programs "bare jar image image-large"] [--program NAME=COMMAND]...
#   --runs N        start-up runs of each program (default 7)
#   --skip-build    reuse target/ (the jar, test classes, class path) and the app image as they are
#   --programs      which of the standard programs to start, in this order (also jar-large)
#   --program NAME=COMMAND  one more program, e.g. to measure one change on its own:
#                   --program "no-aot=env JAVA_TOOL_OPTIONS=-XX:AOTMode=off target/installer/image/partner-contacts/bin/partner-contacts"
#                   (COMMAND is split on spaces; it gets --db=FILE --smoke-test appended)
# Environment: MVN_ARGS is passed to Maven (e.g. MVN_ARGS=-o), JAVA the java of the jar and of the
# bare window (default: java on PATH).
# Without a DISPLAY it starts Xvfb (apt-get install xvfb) and, when installed, the openbox window
# manager, as a desktop has one; JavaFX runs on GTK, as for users.
# The app image is target/installer/image/partner-contacts, built with build.sh --image-only
# (with its AOT cache) when missing or when its jar is not the one just built.
set -euo pipefail
# $EPOCHREALTIME and awk with a decimal point whatever the language; Java keeps its encoding.
export LC_NUMERIC=C
cd "$(dirname "$0")/.."

runs=7 build=true startup=true micro=true
programs=(bare jar image image-large)
declare -A commands=()
while (($#)); do
  case "$1" in
    --runs) runs=$2; shift ;;
    --skip-build) build=false ;;
    --startup-only) micro=false ;;
    --micro-only) startup=false ;;
    --programs) read -r -a programs <<<"$2"; shift ;;
    --program) programs+=("${2%%=*}"); commands[${2%%=*}]=${2#*=}; shift ;;
    *) echo "unknown option: $1 (see the head of $0)" >&2; exit 2 ;;
  esac
  shift
done

java=${JAVA:-java}
pom_version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)
jar=target/partner-contacts-$pom_version.jar
image=target/installer/image/partner-contacts
bench=target/bench
large=$bench/history.db
mkdir -p "$bench"

if $build; then
  echo "== Maven: the jar, the benchmark classes and the runtime class path" >&2
  # includeScope, not mdep.includeScope: the latter is ignored, and the class path then held the
  # test jars (JUnit, TestFX, Monocle ...) too.
  # shellcheck disable=SC2086 # MVN_ARGS holds separate words
  mvn -B -q ${MVN_ARGS:-} -DskipTests package dependency:build-classpath \
      -DincludeScope=runtime -Dmdep.outputFile="$bench/classpath.txt" >"$bench/maven.log" 2>&1 \
      || { cat "$bench/maven.log" >&2; exit 1; }
  # By content: build.sh gives the image's files one old time (see there).
  if $startup && { [[ ! -x $image/bin/partner-contacts ]] || ! cmp -s "$jar" "$image/lib/app/partner-contacts-$pom_version.jar"; }; then
    echo "== the app image (installer/build.sh --image-only)" >&2
    installer/build.sh --image-only >"$bench/build.log" 2>&1 || { cat "$bench/build.log" >&2; exit 1; }
  fi
fi
[[ -f $bench/classpath.txt && -f $jar ]] || { echo "no $jar or $bench/classpath.txt: run without --skip-build" >&2; exit 1; }
classpath=$(cat "$bench/classpath.txt")
if grep -q -e junit -e testfx -e monocle <<<"$classpath"; then
  echo "$bench/classpath.txt holds test jars: run without --skip-build" >&2
  exit 1
fi

# The 1,000,000-entry file, built by HistoryBenchmark when missing (about two minutes).
if [[ ! -f $large ]] && { $micro || [[ " ${programs[*]} " == *-large* ]]; }; then
  echo "== building $large (HistoryBenchmark)" >&2
  "$java" -cp "target/test-classes:target/classes:$classpath" dev.partnercontacts.bench.HistoryBenchmark "$large" >&2
fi

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { printf '%s\n' "$@" | sort -n | head -n 1; }
maximum() { printf '%s\n' "$@" | sort -n | tail -n 1; }
# range NAME COLUMN [PRINTF]: "median (min–max)" of one column of $work/NAME.
range() {
  local values
  mapfile -t values < <(awk -v c="$2" '{ print $c }' "$work/$1")
  printf "${3:-%s} (${3:-%s}–${3:-%s})" "$(median "${values[@]}")" "$(minimum "${values[@]}")" "$(maximum "${values[@]}")"
}
# ratio NAME COLUMN: the ratio of the medians against the bare window, with the min–max of the
# ratios within each round.
ratio() {
  local values medians
  mapfile -t values < <(paste "$work/$1" "$work/bare" | awk -v c="$2" -v n="$fields" '{ printf "%.2f\n", $c / $(c + n) }')
  medians=$(awk -v a="$(median $(awk -v c="$2" '{ print $c }' "$work/$1"))" \
                -v b="$(median $(awk -v c="$2" '{ print $c }' "$work/bare"))" 'BEGIN { printf "%.2f", a / b }')
  printf '%s (%s–%s)' "$medians" "$(minimum "${values[@]}")" "$(maximum "${values[@]}")"
}

if $startup; then
  work=$(mktemp -d)
  xvfb_pid= wm_pid=
  cleanup() {
    if [[ -n $wm_pid ]]; then kill "$wm_pid" 2>/dev/null || true; fi
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
  }
  trap cleanup EXIT
  if [[ -z ${DISPLAY:-} ]]; then
    command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb: apt-get install xvfb" >&2; exit 1; }
    Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x1024x24 3>"$work/display" 2>"$work/xvfb.log" &
    xvfb_pid=$!
    for _ in $(seq 100); do
      [[ -s $work/display ]] && break
      sleep 0.1
    done
    [[ -s $work/display ]] || { cat "$work/xvfb.log" >&2; echo "Xvfb did not start" >&2; exit 1; }
    export DISPLAY=:$(cat "$work/display")
    if command -v openbox >/dev/null; then
      openbox >"$work/openbox.log" 2>&1 &
      wm_pid=$!
    fi
  fi

  # The bare window: JavaFX's own jars (the un-classified ones are empty stand-ins), the test
  # classes, and the jar for StartupClock.
  fx_jars=$(tr ':' '\n' <<<"$classpath" | grep -E '/javafx-(base|graphics|controls)-[0-9.]+-[a-z0-9]+\.jar$' | paste -sd: -)
  # As mvn javafx:run starts it: Java 25 warns without native access for JavaFX and SQLite.
  native_access=--enable-native-access=ALL-UNNAMED
  if [[ " ${programs[*]} " == *" image"* ]]; then
    [[ -x $image/bin/partner-contacts ]] || { echo "no app image at $image: run without --skip-build" >&2; exit 1; }
  fi
  # run NAME COMMAND...: one start; appends to $work/NAME the line
  #   launch→frame_ms launch→typing_ms jvm→frame_ms rss_kb cpu_ms launch→jvm_ms
  fields=6
  run() {
    local name=$1 db status line launch frame typing jvm
    shift
    if [[ $name == *-large ]]; then
      db=$large
    else
      db=$(mktemp -d -p "$work")/bench.db
    fi
    status=0
    (
      printf '%s\n' "$EPOCHREALTIME" >"$work/launch"
      exec /usr/bin/time -f '%M %U %S' -o "$work/rss" timeout 120 "$@" --db="$db" --smoke-test
    ) >"$work/log" 2>&1 || status=$?
    line=$(grep -m 1 -E 'Startup: .* shown [0-9]+ ms after JVM start \(first frame at epoch' "$work/log" || true)
    if [[ $status -ne 0 || -z $line ]]; then
      cat "$work/log" >&2
      echo "$name failed: exit $status" >&2
      exit 1
    fi
    launch=$(tr -d . <"$work/launch")
    frame=$(sed -E 's/.*first frame at epoch ([0-9]+) us.*/\1/' <<<"$line")
    typing=$(sed -E -n 's/.*accepts typing at epoch ([0-9]+) us.*/\1/p' <<<"$line")
    jvm=$(sed -E 's/.* shown ([0-9]+) ms after JVM start.*/\1/' <<<"$line")
    [[ -n $typing ]] || typing=-1
    awk -v l="$launch" -v f="$frame" -v t="$typing" -v j="$jvm" -v r="$(tail -n 1 "$work/rss")" 'BEGIN {
      split(r, m, " ")
      printf "%d %d %d %d %d %d\n", (f - l) / 1000, t < 0 ? -1 : (t - l) / 1000, j, m[1], (m[2] + m[3]) * 1000, (f - l) / 1000 - j
    }' >>"$work/$name"
  }
  start() {
    case $1 in
      bare) run bare "$java" -cp "target/test-classes:$jar:$fx_jars" dev.partnercontacts.bench.BareWindow ;;
      jar) run jar "$java" "$native_access" -cp "$jar:$classpath" dev.partnercontacts.Launcher ;;
      jar-large) run jar-large "$java" "$native_access" -cp "$jar:$classpath" dev.partnercontacts.Launcher ;;
      image | image-large) run "$1" "$image/bin/partner-contacts" ;;
      *)
        local -a command
        read -r -a command <<<"${commands[$1]}"
        run "$1" "${command[@]}"
        ;;
    esac
  }
  [[ " ${programs[*]} " == *" bare "* ]] || programs=(bare "${programs[@]}")
  count=${#programs[@]}
  for p in "${programs[@]}"; do
    if [[ $p == *-large ]]; then
      # One start first, unmeasured: it makes the day's backup of the file (a copy of it, which
      # later starts skip) and brings the file into the page cache.
      echo "== warm-up start on $large" >&2
      start "$p"
      rm -f "$work/$p"
      break
    fi
  done
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  for round in $(seq "$runs"); do
    for i in $(seq 0 $((count - 1))); do
      start "${programs[$(( (i + round - 1) % count ))]}"
    done
    echo "round $round/$runs: $(for p in "${programs[@]}"; do printf '%s %s ms %s MB; ' "$p" \
        "$(tail -n 1 "$work/$p" | awk '{ print $1 }')" "$(tail -n 1 "$work/$p" | awk '{ printf "%d", $4 / 1024 }')"; done)" >&2
  done

  echo
  echo "Start-up ($runs runs each, alternating; ${xvfb_pid:+under Xvfb, }${wm_pid:+openbox, }GTK; median (min–max); × bare: ratio of the medians (min–max of the ratios within each round); the clock starts when the process is launched; CPU: user + system time of the whole process, which contention on a shared machine inflates least)"
  echo
  echo "| program | launch → first frame | × bare | launch → accepts typing | launch → JVM start | peak RSS | × bare | CPU (user + system) | × bare |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for p in "${programs[@]}"; do
    case $p in
      bare) label="bare JavaFX window (Stage + Label, java -cp)" ;;
      jar) label="plain jar (java -cp, dev.partnercontacts.Launcher)" ;;
      jar-large) label="plain jar, 1,000,000-entry file" ;;
      image) label="app image (installer/build.sh --image-only)" ;;
      image-large) label="app image, 1,000,000-entry file" ;;
      *) label="$p: ${commands[$p]}" ;;
    esac
    if awk '$2 < 0 { found = 1 } END { exit !found }' "$work/$p"; then
      typing="never (no focus) in $(awk '$2 < 0' "$work/$p" | wc -l) runs"
    else
      typing="$(range "$p" 2) ms"
    fi
    printf '| %s | %s ms | %s | %s | %s ms | %s MB | %s | %s ms | %s |\n' "$label" \
        "$(range "$p" 1)" "$(ratio "$p" 1)" "$typing" "$(range "$p" 6)" \
        "$(awk '{ printf "%d %d %d %d %d %d\n", $1, $2, $3, $4 / 1024, $5, $6 }' "$work/$p" >"$work/$p.mb"; range "$p.mb" 4)" \
        "$(ratio "$p" 4)" "$(range "$p" 5)" "$(ratio "$p" 5)"
  done
  echo
  echo "Machine: $(nproc) cores ($(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM; $("$java" -version 2>&1 | head -n 1); load average before the runs: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

if $micro; then
  echo
  "$java" -cp "target/test-classes:target/classes:$classpath" dev.partnercontacts.bench.MicroBenchmark
  echo
  "$java" -cp "target/test-classes:target/classes:$classpath" dev.partnercontacts.bench.HistoryBenchmark "$large"
  echo
  "$java" -cp "target/test-classes:target/classes:$classpath" dev.partnercontacts.bench.SubmitBenchmark "$large"
fi
