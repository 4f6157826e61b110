#!/usr/bin/env bash
# The benchmark suite (README, "Performance"). Prints Markdown tables:
#   1. start-up: time from JVM start to the first window shown, and peak RSS, for a bare JavaFX
#      window (the floor: a Stage with a Label), the plain jar and the app image, run in turn
#      (bare, jar, image; the order rotates each round) so that every ratio is side by side;
#   3. the Activity page at scale: 1,000 accounts and 1,000,000 history entries, opening it and
#      filtering it (HistoryBenchmark; the file is built once, about two minutes, into
#      target/bench/history.db, and reused);
#   2. submit → unlock in that file, for an account with 1,000 users (SubmitBenchmark);
#   4. draft autosaves per second and the gate over 1,000 accounts (MicroBenchmark).
# Each figure is the median of the runs, with min–max.
#
# Usage: installer/bench.sh [--runs N] [--skip-build] [--startup-only | --micro-only]
#   --runs N        start-up runs of each program (default 7)
#   --skip-build    reuse target/ (the jar, test classes, classpath) and the app image as they are
# Environment: MVN_ARGS is passed to Maven (e.g. MVN_ARGS=-o), JAVA the java of the jar and of the
# bare window (default: java on PATH).
# Without a DISPLAY it starts Xvfb (apt-get install xvfb); JavaFX runs on GTK, as for users.
# The app image is target/installer/image/partner-contacts, built with build.sh --image-only
# (with its class-data archive) when missing or older than the jar.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=7 build=true startup=true micro=true
while (($#)); do
  case "$1" in
    --runs) runs=$2; shift ;;
    --skip-build) build=false ;;
    --startup-only) micro=false ;;
    --micro-only) startup=false ;;
    *) echo "unknown option: $1 (see the head of $0)" >&2; exit 2 ;;
  esac
  shift
done

java=${JAVA:-java}
pom_version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)
jar=target/partner-contacts-$pom_version.jar
image=target/installer/image/partner-contacts
bench=target/bench
mkdir -p "$bench"

if $build; then
  echo "== Maven: the jar, the benchmark classes and the runtime class path" >&2
  # shellcheck disable=SC2086 # MVN_ARGS holds separate words
  mvn -B -q ${MVN_ARGS:-} -DskipTests package dependency:build-classpath \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$bench/classpath.txt" >"$bench/maven.log" 2>&1 \
      || { cat "$bench/maven.log" >&2; exit 1; }
  if $startup && { [[ ! -x $image/bin/partner-contacts ]] || [[ $jar -nt $image/lib/app/partner-contacts-$pom_version.jar ]]; }; then
    echo "== the app image (installer/build.sh --image-only)" >&2
    installer/build.sh --image-only >"$bench/build.log" 2>&1 || { cat "$bench/build.log" >&2; exit 1; }
  fi
fi
[[ -f $bench/classpath.txt && -f $jar ]] || { echo "no $jar or $bench/classpath.txt: run without --skip-build" >&2; exit 1; }
classpath=$(cat "$bench/classpath.txt")

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { printf '%s\n' "$@" | sort -n | head -n 1; }
maximum() { printf '%s\n' "$@" | sort -n | tail -n 1; }

if $startup; then
  [[ -x $image/bin/partner-contacts ]] || { echo "no app image at $image: run without --skip-build" >&2; exit 1; }
  work=$(mktemp -d)
  xvfb_pid=
  cleanup() {
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
  fi

  # The bare window gets JavaFX's own jars only (the un-classified ones are empty stand-ins).
  fx_jars=$(tr ':' '\n' <<<"$classpath" | grep -E '/javafx-(base|graphics|controls)-[0-9.]+-[a-z0-9]+\.jar$' | paste -sd: -)
  image_options=
  if [[ -f $image/lib/app/partner-contacts.jsa ]]; then
    # A stale archive must fail the run, not quietly cost start-up time.
    image_options=-Xshare:on
  fi

  # run NAME COMMAND...: one start; appends "ms rss_kb cpu_ms" to $work/NAME.
  run() {
    local name=$1 db status line ms
    shift
    db=$(mktemp -d -p "$work")
    status=0
    /usr/bin/time -f '%M %U %S' -o "$work/rss" timeout 120 "$@" --db="$db/bench.db" --smoke-test \
        >"$work/log" 2>&1 || status=$?
    line=$(grep -m 1 -o 'shown [0-9]* ms after JVM start' "$work/log" || true)
    if [[ $status -ne 0 || -z $line ]]; then
      cat "$work/log" >&2
      echo "$name failed: exit $status" >&2
      exit 1
    fi
    ms=$(tr -dc '0-9 ' <<<"$line" | awk '{ print $1 }')
    echo "$ms $(tail -n 1 "$work/rss" | awk '{ printf "%d %d", $1, ($2 + $3) * 1000 }')" >>"$work/$name"
  }
  programs=(bare jar image)
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  for round in $(seq "$runs"); do
    for i in 0 1 2; do
      name=${programs[$(( (i + round - 1) % 3 ))]}
      case $name in
        bare) run bare "$java" -cp "target/test-classes:$fx_jars" dev.partnercontacts.bench.BareWindow ;;
        jar) run jar "$java" -cp "$jar:$classpath" dev.partnercontacts.Launcher ;;
        image) JAVA_TOOL_OPTIONS=$image_options run image "$image/bin/partner-contacts" ;;
      esac
    done
    echo "round $round/$runs: $(for p in "${programs[@]}"; do printf '%s %s ms %s MB; ' "$p" \
        "$(tail -n 1 "$work/$p" | awk '{ print $1 }')" "$(tail -n 1 "$work/$p" | awk '{ printf "%d", $2 / 1024 }')"; done)" >&2
  done

  mapfile -t bare_ms < <(awk '{ print $1 }' "$work/bare")
  mapfile -t bare_rss < <(awk '{ print $2 }' "$work/bare")
  mapfile -t bare_cpu < <(awk '{ print $3 }' "$work/bare")
  echo
  echo "Start-up ($runs runs each, alternating; ${xvfb_pid:+under Xvfb, }GTK; median (min–max); × bare: ratio of the medians (min–max of the ratios within each round); CPU: user + system time of the whole process, which contention on a shared machine inflates least)"
  echo
  echo "| program | JVM start → first window | × bare | peak RSS | × bare | CPU (user + system) | × bare |"
  echo "|---|---|---|---|---|---|---|"
  for p in "${programs[@]}"; do
    mapfile -t ms < <(awk '{ print $1 }' "$work/$p")
    mapfile -t rss < <(awk '{ printf "%d\n", $2 / 1024 }' "$work/$p")
    mapfile -t ms_ratio < <(paste "$work/$p" "$work/bare" | awk '{ printf "%.2f\n", $1 / $4 }')
    mapfile -t rss_ratio < <(paste "$work/$p" "$work/bare" | awk '{ printf "%.2f\n", $2 / $5 }')
    mapfile -t cpu < <(awk '{ print $3 }' "$work/$p")
    mapfile -t cpu_ratio < <(paste "$work/$p" "$work/bare" | awk '{ printf "%.2f\n", $3 / $6 }')
    label=$p
    case $p in
      bare) label="bare JavaFX window (Stage + Label, java -cp)" ;;
      jar) label="plain jar (java -cp, dev.partnercontacts.Launcher)" ;;
      image) label="app image (installer/build.sh --image-only)" ;;
    esac
    printf '| %s | %s ms (%s–%s) | %s (%s–%s) | %s MB (%s–%s) | %s (%s–%s) | %s ms (%s–%s) | %s (%s–%s) |\n' "$label" \
        "$(median "${ms[@]}")" "$(minimum "${ms[@]}")" "$(maximum "${ms[@]}")" \
        "$(awk -v a="$(median "${ms[@]}")" -v b="$(median "${bare_ms[@]}")" 'BEGIN { printf "%.2f", a / b }')" \
        "$(minimum "${ms_ratio[@]}")" "$(maximum "${ms_ratio[@]}")" \
        "$(median "${rss[@]}")" "$(minimum "${rss[@]}")" "$(maximum "${rss[@]}")" \
        "$(awk -v a="$(median "${rss[@]}")" -v b="$(median "${bare_rss[@]}")" 'BEGIN { printf "%.2f", a * 1024 / b }')" \
        "$(minimum "${rss_ratio[@]}")" "$(maximum "${rss_ratio[@]}")" \
        "$(median "${cpu[@]}")" "$(minimum "${cpu[@]}")" "$(maximum "${cpu[@]}")" \
        "$(awk -v a="$(median "${cpu[@]}")" -v b="$(median "${bare_cpu[@]}")" 'BEGIN { printf "%.2f", a / b }')" \
        "$(minimum "${cpu_ratio[@]}")" "$(maximum "${cpu_ratio[@]}")"
  done
  echo
  echo "Machine: $(nproc) cores ($(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM; load average before the runs: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

if $micro; then
  echo
  "$java" -cp "target/test-classes:target/classes:$classpath" dev.partnercontacts.bench.MicroBenchmark
  echo
  "$java" -cp "target/test-classes:target/classes:$classpath" dev.partnercontacts.bench.HistoryBenchmark \
      "$bench/history.db"
  echo
  "$java" -cp "target/test-classes:target/classes:$classpath" dev.partnercontacts.bench.SubmitBenchmark \
      "$bench/history.db"
fi
