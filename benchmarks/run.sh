#!/usr/bin/env bash
# Builds and runs one benchmark. Usage: benchmarks/run.sh submit [options]  (see benchmarks/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbenchmarks -DskipTests -pl benchmarks -am package
which="${1:-submit}"; shift || true
case "$which" in
  submit) main=io.lianxin.benchmarks.SubmitBenchmark ;;
  suggestions) main=io.lianxin.benchmarks.SuggestionBenchmark ;;
  fanout) main=io.lianxin.benchmarks.FanOutBenchmark ;;
  voting) main=io.lianxin.benchmarks.VotingBenchmark ;;
  store) main=io.lianxin.benchmarks.StoreBenchmark ;;
  register) main=io.lianxin.benchmarks.RegisterBenchmark ;;
  supervision) main=io.lianxin.benchmarks.SupervisionBenchmark ;;
  *) echo "unknown benchmark $which (known: submit, suggestions, fanout, voting, store, register, supervision)"; exit 2 ;;
esac
exec java ${JAVA_OPTS:-} -Xmx10g -cp "benchmarks/target/classes:benchmarks/target/lib/*" "$main" "$@"
