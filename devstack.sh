#!/usr/bin/env bash
# Runs the whole Lianxin system on this machine (see README). Builds what it needs first.
#   ./devstack.sh [--wipe] [--demo] [--data-dir=DIR] [--port-offset=N]
set -euo pipefail
cd "$(dirname "$0")"
if [ "${SKIP_BUILD:-}" != "1" ]; then
  # the first build takes a minute or two: show each module as it is built, and errors
  echo "devstack: building (SKIP_BUILD=1 skips this) …"
  ./mvnw -B -ntp -DskipTests -pl platform/devstack,gateway,identity,portal -am package \
    | grep --line-buffered -E '^\[INFO\] Building |BUILD (SUCCESS|FAILURE)|^\[ERROR\]' | sed -u 's/^\[INFO\] /devstack: /' 
fi
exec java -Xss1m -cp "platform/devstack/target/classes:platform/devstack/target/lib/*" io.lianxin.devstack.DevStack "$@"
