#!/bin/sh
# Partner Contacts. Made by installer/build.sh from installer/linux/launcher.sh: it starts the Java
# runtime of this folder at once, with the options jpackage would give it (jpackage-launch.txt).
# jpackage's own launcher first asks rpm and dpkg which package owns it, to find its library
# (0.4 s on every start); this one knows where it is.
self=$0
if [ -L "$self" ]; then
    self=$(readlink -f "$self")
fi
case $self in
    */*) bin=${self%/*} ;;
    *) bin=. ;;
esac
app=$(cd "$bin/.." && pwd -P) || exit 1
lib=$app/lib/app
set -- @JAVA_OPTIONS@ -cp "@CLASS_PATH@" @MAIN_CLASS@ "$@"
# The AOT cache made at build time (installer/build.sh), when there is one (the runtime complains
# about a cache it cannot find; without one, its own class-data archive serves).
if [ -f "$lib/partner-contacts.aot" ]; then
    set -- "-XX:AOTCache=$lib/partner-contacts.aot" "$@"
fi
exec "$app/lib/runtime/bin/java" "$@"
