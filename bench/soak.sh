#!/usr/bin/env bash
# Drives the real window through every lesson, step, theme and presentation mode and prints the
# heap after GC per cycle and a verdict (flat: at most 1 MB of growth a cycle, no exceptions).
# Usage: bench/soak.sh [MINUTES]  (default 30). Needs bin/wirewise built (./mvnw package -DskipTests);
# without a display it runs under Xvfb (apt install xvfb).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
minutes="${1:-30}"
xvfb_pid=""
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "soak: no display and no Xvfb (apt install xvfb)" >&2; exit 2; }
  display=":$(( 90 + RANDOM % 9 ))"
  Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
  export DISPLAY="$display"
  sleep 1
fi
# A full collection here also clears soft references (SoftRefLRUPolicyMSPerMB=0), so the figure is
# what the app holds. Without it the heap after GC also counts JavaFX's effect image pool, bitmaps
# that cached ScrollPane viewports were drawn into, one for every size they have had, held by soft
# references that the pool touches on every use and the JVM frees only under memory pressure:
# measured with JFR OldObjectSample, it grew the soak's figure by up to ~1 MB a cycle.
JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -XX:SoftRefLRUPolicyMSPerMB=0" \
  "$root/bin/wirewise" soak --minutes "$minutes"
