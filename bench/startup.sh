#!/usr/bin/env bash
# Start-up benchmark. First the command line: wall time of `bin/wirewise --version`, `lessons` and
# `pcap`, median of N runs, next to a bare `java -version` measured in the same rounds (the machine
# may be busy; the bare JVM shows by how much), with and without the class-data archive. Then
# launch → first frame, median of N runs, for the packaged app and for plain `java` from the
# build, then the installer sizes, each against its target.
#
# Usage: bench/startup.sh [RUNS]      (default 7; build first: ./mvnw package -DskipTests for the
#        command line, ./mvnw -Pinstaller package -DskipTests for the rest; `--cli` stops after it)
# The app reports the time from its process start to its first rendered frame and exits
# (-Dwirewise.firstFrameExit=true). Needs a display; runs itself under xvfb-run when none is set.
set -euo pipefail
cli_only=""
if [ "${1:-}" = "--cli" ]; then cli_only=1; shift; fi
runs="${1:-7}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/target"

if [ -z "${WIREWISE_BENCH_CLI_DONE:-}" ]; then
  "$root/bench/startup-cli.sh" "$runs"
  [ -z "$cli_only" ] || exit 0
  export WIREWISE_BENCH_CLI_DONE=1 # not again after re-running under xvfb-run
fi

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "bench: no DISPLAY and no xvfb-run (apt-get install xvfb)" >&2; exit 2; }
  exec xvfb-run -a -s '-screen 0 1920x1080x24' "$0" "$@"
fi

launcher="$target/installer/Wirewise/bin/Wirewise"
[ -x "$launcher" ] || { echo "bench: $launcher missing; run ./mvnw -Pinstaller package -DskipTests" >&2; exit 2; }
config="$(mktemp -d)"
trap 'rm -rf "$config"' EXIT
props="-Dwirewise.firstFrameExit=true -Dwirewise.config.dir=$config"

# Prints the median of the first-frame times of N runs of the given command, then every run.
median_of() {
  local times=()
  for _ in $(seq "$runs"); do
    local ms
    ms=$("$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p' | tail -1)
    [ -n "$ms" ] || { echo "bench: no first frame reported by: $*" >&2; exit 1; }
    times+=("$ms")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%d", m }'
  echo " ${times[*]}"
}

echo "launch → first frame, median of $runs runs ($(nproc) cores, DISPLAY=$DISPLAY)"
result=$(JAVA_TOOL_OPTIONS="$props" median_of "$launcher")
packaged=${result%% *}
echo "  packaged app (jlink + AppCDS): $packaged ms  (runs: ${result#* })"
# shellcheck disable=SC2086
result=$(median_of java $props --module-path "$target/wirewise.jar:$target/lib" -m org.wirewise/org.wirewise.Main)
plain=${result%% *}
echo "  plain java from the build:     $plain ms  (runs: ${result#* })"
awk -v p="$packaged" -v j="$plain" 'BEGIN { printf "  ratio packaged / plain: %.2f\n", p / j }'

deb="$(ls "$target"/installer/wirewise_*.deb 2>/dev/null | head -1 || true)"
if [ -n "$deb" ]; then
  deb_mb=$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", b / 1048576 }')
  inst_mb=$(dpkg-deb -f "$deb" Installed-Size | awk '{ printf "%.1f", $1 / 1024 }')
  echo "sizes: .deb $deb_mb MiB (target ≤ 40), installed $inst_mb MiB (target ≤ 120)"
fi
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { exit !(v <= t) }' && echo "met" || echo "NOT met"; }
echo "first-frame target ≤ 1000 ms for the packaged app: $(verdict "$packaged" 1000)"
