#!/usr/bin/env bash
# Runs the whole Lianxin system on this machine (see README). Builds what it needs first.
#   ./devstack.sh [--wipe] [--demo] [--data-dir=DIR] [--port-offset=N]
set -euo pipefail
cd "$(dirname "$0")"
if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -q -B -DskipTests -pl platform/devstack -am package
fi
exec java -Xss1m -cp "platform/devstack/target/classes:platform/devstack/target/lib/*" io.lianxin.devstack.DevStack "$@"
