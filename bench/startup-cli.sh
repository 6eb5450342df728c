#!/usr/bin/env bash
# The command line's start-up: median wall time of N runs of `bin/wirewise --version`, `lessons`
# and `pcap`, each round next to a bare `java -version` (the same JVM doing nothing), first with the
# class-data archive that `./mvnw package` writes (target/wirewise-cli.jsa), then without it.
# Usage: bench/startup-cli.sh [RUNS]   (default 7; called by bench/startup.sh)
set -euo pipefail
runs="${1:-7}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$root/bin/wirewise"
jsa="$root/target/wirewise-cli.jsa"
[ -f "$root/target/wirewise.jar" ] || { echo "bench: build first: ./mvnw package -DskipTests" >&2; exit 2; }
java="java"
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; fi
out="$(mktemp -d)"
trap 'rm -rf "$out"; if [ -f "$jsa.away" ]; then mv "$jsa.away" "$jsa"; fi' EXIT

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# Prints "bare version lessons pcap" medians; the commands take turns so load hits them alike.
round() {
  local bare=() version=() lessons=() pcap=()
  for _ in $(seq "$runs"); do
    bare+=("$(ms "$java" -version)")
    version+=("$(ms "$cli" --version)")
    lessons+=("$(ms "$cli" lessons)")
    pcap+=("$(ms "$cli" pcap tcp-handshake -o "$out/x.pcap")")
  done
  for list in "${bare[*]}" "${version[*]}" "${lessons[*]}" "${pcap[*]}"; do
    printf '%s ' "$(tr ' ' '\n' <<<"$list" | median)"
  done
}

report() {
  local r=($1)
  printf '  %-32s java -version %4d ms | --version %4d ms | lessons %4d ms | pcap %4d ms\n' "$2" \
    "${r[0]}" "${r[1]}" "${r[2]}" "${r[3]}"
}

echo "command line start-up, median of $runs runs ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
if [ -f "$jsa" ]; then
  with=$(round)
  report "$with" "with the class-data archive:"
  mv "$jsa" "$jsa.away"
  report "$(round)" "without it:"
  mv "$jsa.away" "$jsa"
  set -- $with
  verdict=$(awk -v v="$2" 'BEGIN { print (v <= 300) ? "met" : "NOT met" }')
  echo "  --version target ≤ 300 ms: $verdict ($2 ms; a bare JVM here: $1 ms)"
else
  report "$(round)" "no archive (target/wirewise-cli.jsa):"
fi
