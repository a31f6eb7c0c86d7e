#!/usr/bin/env bash
# Benchmark: start the packaged app with a fixed heap on a fresh H2 file database, measure start-up time and memory,
# then the pages' throughput and latency under a small bounded load on loopback. Needs only a JDK 17.
# Usage: bench/run.sh [clients] [requestsPerPage]     (defaults: 4 clients, 1000 requests per page)
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-4}
requests=${2:-1000}
port=18080
heap=${BENCH_HEAP:--Xmx256m}

jar=$(ls target/careerpath-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/careerpath-*.jar | grep -v plain | head -n 1)
fi
data=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT

start=$(date +%s%N)
java $heap -jar "$jar" --server.port=$port --careerpath.data-dir="$data" --logging.level.root=warn > "$data/app.log" 2>&1 &
pid=$!
until curl -s -o /dev/null "http://localhost:$port/"; do
  kill -0 $pid 2>/dev/null || { cat "$data/app.log"; exit 1; }
  sleep 0.2
done
echo "started (first page served) in $(( ($(date +%s%N) - start) / 1000000 )) ms with $heap"
echo "resident memory after start: $(awk '/VmRSS/ {print $2 / 1024 " MB"}' /proc/$pid/status)"

java bench/PageBench.java "http://localhost:$port" "$clients" "$requests"

echo "resident memory after the load: $(awk '/VmRSS/ {print $2 / 1024 " MB"}' /proc/$pid/status)"
