#!/usr/bin/env bash
# How well anomaly monitors find injected changes and how often they cry wolf, on a generated daily history.
# Usage: benchmarks/run-anomalies.sh [monitored values, default 1000] [folder, default benchmarks/target/anomalies]
set -euo pipefail
cd "$(dirname "$0")/.."
values="${1:-1000}"
folder="${2:-benchmarks/target/anomalies}"
mvn -B -q -DskipTests install -pl benchmarks -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Xmx2g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
    org.cloudspend.benchmarks.AnomalyBenchmark "$values" "$folder"
