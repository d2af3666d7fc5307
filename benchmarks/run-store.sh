#!/usr/bin/env bash
# Loads a year of daily facts into cloudspend's store and asks it the issue's questions, beside one flat DuckDB table
# holding the same facts, on the embedded DuckDB and, when a URL is given, on PostgreSQL (an empty database or schema).
# Usage: benchmarks/run-store.sh [accounts, default 100] [facts per account and month, default 6700: about 8 million
# facts for 100 accounts] [folder, default benchmarks/target/store] [jdbc:postgresql:// URL with user and password]
set -euo pipefail
cd "$(dirname "$0")/.."
accounts="${1:-100}"
facts="${2:-6700}"
folder="${3:-benchmarks/target/store}"
postgres="${4:-}"
mvn -B -q -DskipTests install -pl benchmarks -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Xmx4g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
    org.cloudspend.benchmarks.StoreBenchmark "$accounts" "$facts" "$folder" "$postgres"
