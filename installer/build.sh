#!/usr/bin/env bash
# Builds the native package of Partner Contacts for the platform it runs on:
#   Linux: the app image and a .deb        macOS: the app image and a .dmg
# (Windows: installer/build.ps1.) Everything lands in target/installer/:
#   input/    the application jar and its runtime jars (jpackage --input)
#   runtime/  the jlink-trimmed Java runtime
#   image/    the app image (Linux: image/partner-contacts/bin/partner-contacts)
#   *.deb / *.dmg
#
# Usage: installer/build.sh [--image-only] [--no-cds] [--skip-maven]
#   --image-only  stop after the app image (what CI smoke-tests)
#   --no-cds      no class-data-sharing training run, no archive (Linux)
#   --skip-maven  reuse target/installer/input (the jars) from an earlier run
# Environment: VERSION overrides the package version (default: the pom's), e.g. to try an
# upgrade; MVN_ARGS is passed to Maven (e.g. MVN_ARGS=-o for an offline build).
#
# Needs a JDK 25 with jlink and jpackage (jmods or a linkable run-time image, JEP 493), Maven, zip and unzip. The .deb also needs
# dpkg-deb and fakeroot; the class-data training run needs a display, or Xvfb (see smoke-test.sh).
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
  Linux) os=linux installer=deb image_dir=partner-contacts sqlite_os=Linux ;;
  # No application archive on macOS: a .app can be dragged anywhere, and a JDK 17 archive only
  # works where it was made (see the README).
  Darwin) os=mac installer=dmg image_dir="Partner Contacts.app" cds=false sqlite_os=Mac ;;
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
  # (javafx-graphics-21.0.11-linux.jar ...); keep them off the class path.
  for jar in "$out"/input/javafx-*.jar; do
    [[ $(basename "$jar") =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]] && rm "$jar"
  done
  # sqlite-jdbc carries its native library for 20-odd systems (11 MB); keep this one's only
  # (org/sqlite/native/<Linux|Mac>/<x86_64|aarch64>/, the names its loader looks up).
  sqlite_jar=$(ls "$out"/input/sqlite-jdbc-*.jar)
  native_dir=org/sqlite/native/$sqlite_os/$sqlite_arch/
  unzip -Z1 "$sqlite_jar" | grep "^$native_dir" >/dev/null \
      || { echo "$sqlite_jar has no $native_dir" >&2; exit 1; }
  unzip -Z1 "$sqlite_jar" | grep '^org/sqlite/native/.' | grep -v "^$native_dir" \
      | grep -v -x -e org/sqlite/native/$sqlite_os/ | zip -q -d "$sqlite_jar" -@ >/dev/null
fi
[[ -f $out/input/$main_jar ]] || { echo "no $out/input/$main_jar: run without --skip-maven" >&2; exit 1; }
rm -f "$out/input/partner-contacts.classlist"

step "jdeps: does the module list cover the jars?"
needed=$(jdeps --multi-release 25 --ignore-missing-deps --print-module-deps \
    --class-path "$out/input/*" "$out"/input/*.jar 2>/dev/null | tail -n 1)
for module in ${needed//,/ }; do
  [[ ,$modules, == *,$module,* ]] || { echo "jdeps says the jars need $module: add it to $here/jlink-modules.txt" >&2; exit 1; }
done

step "jlink: the trimmed runtime"
rm -rf "$out/runtime"
# --generate-cds-archive: the JDK's own class-data archive (lib/server/classes.jsa), which a
# stock JDK has and a jlinked runtime lacks; it is the start-up baseline everywhere.
jlink --add-modules "$modules" --include-locales="$locales" \
    --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
    --generate-cds-archive --output "$out/runtime"
# The archive for uncompressed object pointers serves heaps of 32 GB and more only; the
# launcher's -Xmx (jpackage-common.txt) stays below that. bin/ (java, keytool ...) is needed
# only to make the archive above: the launcher starts the JVM itself.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
rm -rf "$out/runtime/bin"

step "jpackage: the app image"
rm -rf "$out/image"
common=(@"$here/jpackage-common.txt" @"$here/jpackage-$os.txt"
        --app-version "$version" --input "$out/input" --main-jar "$main_jar"
        --runtime-image "$out/runtime")
jpackage --type app-image "${common[@]}" --dest "$out/image"
image=$out/image/$image_dir

if $cds; then
  # Training run: the image starts up to the contact gate and quits, listing every class it
  # loaded. The .deb ships the list, and its postinst makes the archive from it at /opt
  # (an archive records where its jars are, so it cannot be made here and moved).
  step "class-data sharing: training run of the app image"
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$PWD/$out/partner-contacts.classlist" \
      "$here/smoke-test.sh" "$image"
  cp "$out/partner-contacts.classlist" "$out/input/"
  cp "$out/partner-contacts.classlist" "$image/lib/app/"
fi

if ! $image_only; then
  step "jpackage: the .$installer"
  rm -f "$out"/*."$installer"
  jpackage "${common[@]}" @"$here/jpackage-$os-$installer.txt" --dest "$out"
fi

if $cds; then
  # The same archive for the app image where it stands, so that it starts as fast as the
  # installed package (made after the .deb, which must not carry it).
  step "class-data sharing: archive for the app image"
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$image/lib/app/partner-contacts.classlist" \
      "$image/bin/partner-contacts" >"$out/cds-dump.log" 2>&1 \
      || { echo "making the archive failed, see $out/cds-dump.log" >&2; exit 1; }
fi

step "done"
du -sh "$image"
ls -l "$out"/*."$installer" 2>/dev/null || true
