#!/bin/sh
# Prints the home of a JDK 21 or newer and exits 0, or prints one line saying what to install
# on stderr and exits 1. Shared by ./mvnw and ./kairos so the build and the launcher agree.
#   JAVA_HOME               used when it is a JDK >= 21
#   KAIROS_JDK_SEARCH_PATH  colon-separated folders whose sub-folders are JDKs (default /usr/lib/jvm)
min=21

# The JDK's major version from its release file (no JVM start), else from `java -version`.
major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null)
  [ -n "$v" ] || v=$("$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  v=${v#1.}
  v=${v%%[!0-9]*}
  [ -n "$v" ] || return 1
  printf '%s\n' "$v"
}

if [ -n "${JAVA_HOME-}" ] && m=$(major "$JAVA_HOME") && [ "$m" -ge "$min" ]; then
  printf '%s\n' "$JAVA_HOME"
  exit 0
fi

search=${KAIROS_JDK_SEARCH_PATH:-/usr/lib/jvm}
best=""
best_major=0
old_ifs=$IFS
IFS=:
for folder in $search; do
  IFS=$old_ifs
  for home in "$folder"/*; do
    [ -d "$home" ] || continue
    if m=$(major "$home") && [ "$m" -ge "$min" ] && [ "$m" -gt "$best_major" ]; then
      best=$home
      best_major=$m
    fi
  done
done
IFS=$old_ifs

if [ -n "$best" ]; then
  printf '%s\n' "$best"
  exit 0
fi
echo "kairos: needs a JDK $min or newer, found none (JAVA_HOME='${JAVA_HOME-}', searched '$search'): install one (e.g. Temurin 21+) under /usr/lib/jvm or set JAVA_HOME to it" >&2
exit 1
