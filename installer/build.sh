#!/usr/bin/env bash
# Builds the native package of Partner Contacts for the platform it runs on:
#   Linux: the app image and a .deb        macOS: the app image and a .dmg
# (Windows: installer/build.ps1.) Everything lands in target/installer/:
#   input/    the application jar, its runtime jars, and JavaFX's and SQLite's native libraries
#             (jpackage --input)
#   runtime/  the jlink-trimmed Java runtime
#   image/    the app image (Linux: image/partner-contacts/bin/partner-contacts)
#   *.deb / *.dmg, made from that image: what was tested is what ships
#
# Usage: installer/build.sh [--image-only] [--no-cds] [--skip-maven]
#   --image-only  stop after the app image (what CI smoke-tests)
#   --no-cds      no training run, no AOT cache
#   --skip-maven  reuse target/installer/input (the jars) from an earlier run
# Environment: VERSION overrides the package version (default: the pom's), e.g. to try an
# upgrade; MVN_ARGS is passed to Maven (e.g. MVN_ARGS=-o for an offline build).
#
# The AOT cache (JEP 483, Java 25: the classes of the JDK, JavaFX, the libraries and the app as
# loaded and linked by a start-up to the contact gate) is made by a training run of the finished
# image and ships in it, lib/app/partner-contacts.aot. It holds for this runtime only (the JVM
# refuses it with another lib/modules or JVM) and for these jars at these places under the image
# (it may move as a whole); Java 25.0.3 does not notice a jar that changed (JDK-8377932, fixed in
# 25.0.4), so nothing may touch lib/app after the training run: the packages are made from the
# image as it stands.
#
# Needs a JDK 25 with jlink and jpackage (a linkable run-time image, JEP 493, or jmods), Maven, zip
# and unzip. The .deb also needs dpkg-deb and fakeroot; the training run needs a display, or Xvfb
# (see smoke-test.sh).
set -euo pipefail

cd "$(dirname "$0")/.."
here=installer
out=target/installer

image_only=false cds=true maven=true
for arg in "$@"; do
  case "$arg" in
    --image-only) image_only=true ;;
    --no-cds) cds=false ;;
    --skip-maven) maven=false ;;
    *) echo "unknown option: $arg (see the head of $0)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux installer=deb image_dir=partner-contacts sqlite_os=Linux app_dir=lib/app
         javafx_platform=linux native_suffix=so ;;
  Darwin) os=mac installer=dmg image_dir="Partner Contacts.app" sqlite_os=Mac app_dir=Contents/app
          javafx_platform=mac native_suffix=dylib ;;
  *) echo "On Windows run installer/build.ps1" >&2; exit 2 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) sqlite_arch=x86_64 ;;
  aarch64 | arm64) sqlite_arch=aarch64 ;;
  *) echo "unexpected machine $(uname -m): which of sqlite-jdbc's native libraries to keep?" >&2; exit 2 ;;
esac

# The project's own version, not a dependency's: the first <version> at two spaces' indent.
pom_version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)
version=${VERSION:-$pom_version}
main_jar=partner-contacts-$pom_version.jar

# The runtime's modules, and the locales kept of jdk.localedata (the app speaks en and it).
modules=$(grep -v -e '^#' -e '^$' "$here/jlink-modules.txt" | paste -sd, -)
locales=en,it

step_start=$SECONDS
step() {
  echo "== $* ($((SECONDS - step_start)) s so far)"
}

for tool in jlink jpackage jdeps zip unzip; do
  command -v "$tool" >/dev/null || { echo "$tool not found: put a JDK 25's bin on PATH" >&2; exit 1; }
done
if [[ $os == linux && $image_only == false ]]; then
  for tool in dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install $tool" >&2; exit 1; }
  done
fi

if $maven; then
  step "Maven: the application jar and its runtime jars"
  rm -rf "$out/input"
  mkdir -p "$out"
  # shellcheck disable=SC2086 # MVN_ARGS holds separate words
  mvn -B ${MVN_ARGS:-} -DskipTests package dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$out/input" >"$out/maven.log" 2>&1 \
      || { cat "$out/maven.log" >&2; echo "Maven failed (log: $out/maven.log)" >&2; exit 1; }
  cp "target/$main_jar" "$out/input/"
  # JavaFX's un-classified jars are empty stand-ins that only pull in the platform's jars
  # (javafx-graphics-26.0.2-linux.jar ...); keep them off the class path.
  for jar in "$out"/input/javafx-*.jar; do
    [[ $(basename "$jar") =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]] && rm "$jar"
  done
  # sqlite-jdbc's native library for this system goes next to the jars, where the launcher's
  # -Dorg.sqlite.lib.path (jpackage-common.txt) points: found there, sqlite-jdbc neither works out
  # the operating system (which runs `uname -o`, a child process, on every start) nor copies the
  # library into the temporary folder. The jar keeps none of its 14 libraries (11 MB).
  sqlite_jar=$(ls "$out"/input/sqlite-jdbc-*.jar)
  native_dir=org/sqlite/native/$sqlite_os/$sqlite_arch
  unzip -Z1 "$sqlite_jar" | grep "^$native_dir/." >/dev/null \
      || { echo "$sqlite_jar has no $native_dir/" >&2; exit 1; }
  mkdir -p "$out/input/native"
  unzip -q -j -o "$sqlite_jar" "$native_dir/*" -d "$out/input/native"
  zip -q -d "$sqlite_jar" 'org/sqlite/native/*' >/dev/null
  # JavaFX's native libraries go next to its jars, where JavaFX looks first (NativeLibLoader, on
  # Linux and macOS): from the jar it copies them into ~/.openjfx/cache on a user's first start
  # and hashes each against its copy (MD5, both sides) on every start after.
  for jar in "$out"/input/javafx-*-"$javafx_platform"*.jar; do
    libraries=$(unzip -Z1 "$jar" | grep -E "^[^/]+\.$native_suffix\$" || true)
    if [[ -n $libraries ]]; then
      unzip -q -o "$jar" $libraries -d "$out/input"
      zip -q -d "$jar" $libraries >/dev/null
    fi
  done
fi
[[ -f $out/input/$main_jar ]] || { echo "no $out/input/$main_jar: run without --skip-maven" >&2; exit 1; }

step "jdeps: does the module list cover the jars?"
needed=$(jdeps --multi-release 25 --ignore-missing-deps --print-module-deps \
    --class-path "$out/input/*" "$out"/input/*.jar 2>/dev/null | tail -n 1)
for module in ${needed//,/ }; do
  [[ ,$modules, == *,$module,* ]] || { echo "jdeps says the jars need $module: add it to $here/jlink-modules.txt" >&2; exit 1; }
done

step "jlink: the trimmed runtime"
rm -rf "$out/runtime"
# --generate-cds-archive: the JDK's own class-data archive (lib/server/classes.jsa), which a
# stock JDK has and a jlinked runtime lacks; it serves whenever the AOT cache cannot.
jlink --add-modules "$modules" --include-locales="$locales" \
    --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
    --generate-cds-archive --output "$out/runtime"
# The archive for uncompressed object pointers serves heaps of 32 GB and more only; the
# launcher's -Xmx (jpackage-common.txt) stays below that. Of bin/, only java stays: the Linux
# launcher starts it, and the training run needs it.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
find "$out/runtime/bin" -type f ! -name java -delete

step "jpackage: the app image"
rm -rf "$out/image"
common=(@"$here/jpackage-common.txt" @"$here/jpackage-$os.txt" --app-version "$version")
jpackage --type app-image "${common[@]}" @"$here/jpackage-launch.txt" --input "$out/input" \
    --main-jar "$main_jar" --runtime-image "$out/runtime" --dest "$out/image"
image=$out/image/$image_dir
cfg=$image/$app_dir/$(basename "$image_dir" .app).cfg
[[ -f $cfg ]] || { echo "jpackage wrote no $cfg" >&2; exit 1; }

if [[ $os == linux ]]; then
  step "the launcher: straight to the Java runtime"
  # From jpackage's own description of the launch (the .cfg): the class path in its order, the
  # main class and the Java options (jpackage-launch.txt), with $APPDIR (lib/app) made the
  # script's "$lib".
  class_path=$(sed -n 's|^app\.classpath=\$APPDIR/|$lib/|p' "$cfg" | paste -sd: -)
  main_class=$(sed -n 's|^app\.mainclass=||p' "$cfg")
  java_options=
  while IFS= read -r option; do
    if [[ ${option//\$APPDIR/} =~ [\"\\\`\$] ]]; then
      echo "a Java option the launcher cannot quote: $option" >&2
      exit 1
    fi
    java_options+="\"${option//\$APPDIR/\$lib}\" "
  done < <(sed -n 's|^java-options=||p' "$cfg")
  [[ -n $class_path && -n $main_class ]] || { echo "no class path or main class in $cfg" >&2; exit 1; }
  launcher=$image/bin/partner-contacts
  awk -v o="${java_options% }" -v c="$class_path" -v m="$main_class" \
      '{ gsub(/@JAVA_OPTIONS@/, o); gsub(/@CLASS_PATH@/, c); gsub(/@MAIN_CLASS@/, m); print }' \
      "$here/linux/launcher.sh" >"$launcher"
  chmod 755 "$launcher"
  # What jpackage's launcher needed: its library, which the script does not.
  rm -f "$image/lib/libapplauncher.so"
fi

# One modification time for every file of the image, and the same in the package: the AOT cache
# records the times and sizes of the jars it was made from and is refused when they differ
# (Java 25.0.4 and later check; JDK-8377932), and jpackage's copy into the package does not keep
# them. dpkg-deb clamps the times it packs to SOURCE_DATE_EPOCH.
stamp=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
# touch -t works with GNU and BSD (macOS) alike; date -d is GNU's, date -r BSD's.
stamp_utc=$(TZ=UTC0 date -d "@$stamp" +%Y%m%d%H%M.%S 2>/dev/null || TZ=UTC0 date -r "$stamp" +%Y%m%d%H%M.%S)
find "$image" -exec env TZ=UTC0 touch -h -t "$stamp_utc" {} +

if $cds; then
  # Training run: the image starts up to the contact gate and quits; at the exit the JVM writes
  # the AOT cache (a second JVM assembles it, some seconds). The run must not have a cache
  # already (the Linux launcher passes one only when it is there; macOS gets its option after).
  # The macOS path is written but has not been run (no such machine here).
  step "AOT cache: training run of the app image"
  cache=$image/$app_dir/partner-contacts.aot
  rm -f "$cache"
  # Without method profiles (JEP 515): the client compiler alone (-XX:TieredStopAtLevel=1) has
  # no use for them, and they cost 3 MB of peak RSS and some CPU at every start (side by side).
  training="-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -XX:AOTCacheOutput=$PWD/$cache"
  if [[ $os == linux ]]; then
    JAVA_TOOL_OPTIONS=$training SMOKE_TIMEOUT=300 "$here/smoke-test.sh" "$image" \
        >"$out/training.log" 2>&1 || { cat "$out/training.log" >&2; echo "the training run failed" >&2; exit 1; }
  else
    # smoke-test.sh is for Linux (Xvfb, strace, bash 5); macOS has its own display.
    training_db=$(mktemp -d)/training.db
    JAVA_TOOL_OPTIONS=$training "$image/Contents/MacOS/Partner Contacts" \
        --db="$training_db" --smoke-test >"$out/training.log" 2>&1 \
        || { cat "$out/training.log" >&2; echo "the training run failed" >&2; exit 1; }
    # jpackage's launcher reads its options from the .cfg ($APPDIR: Contents/app).
    echo 'java-options=-XX:AOTCache=$APPDIR/partner-contacts.aot' >>"$cfg"
  fi
  [[ -s $cache ]] || { cat "$out/training.log" >&2; echo "the training run made no $cache" >&2; exit 1; }
  if [[ $os == linux ]]; then
    step "AOT cache: is it used? (smoke test that requires it)"
    "$here/smoke-test.sh" "$image"
  fi
fi

if ! $image_only; then
  step "jpackage: the .$installer from the app image"
  rm -f "$out"/*."$installer"
  SOURCE_DATE_EPOCH=$stamp jpackage --app-image "$image" "${common[@]}" @"$here/jpackage-$os-$installer.txt" --dest "$out"
  if [[ $os == linux ]]; then
    changed=$(dpkg-deb --fsys-tarfile "$out"/*.deb | TZ=UTC0 tar -tv --full-time | grep -F -e '.jar' -e 'lib/modules' \
        | grep -v -F "$(TZ=UTC0 date -d "@$stamp" '+%Y-%m-%d %H:%M:%S')" || true)
    [[ -z $changed ]] || { echo "files in the .deb with other times than the AOT cache recorded:" >&2; echo "$changed" >&2; exit 1; }
  fi
fi

step "done"
du -sh "$image"
ls -l "$out"/*."$installer" 2>/dev/null || true
