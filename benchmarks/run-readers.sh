#!/usr/bin/env bash
# Reads one generated month in each of the four formats with cloudspend's reader and with DuckDB, in the same run.
# Usage: benchmarks/run-readers.sh [line items, default 5000000] [data folder, default benchmarks/target/data]
#        [shapes, default "scattered"]
# Each format runs in its own JVM with the heap the issue allows: 256 MB for CSV, 384 MB for Parquet.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-5000000}"
data="${2:-benchmarks/target/data}"
shapes="${3:-scattered}"
mvn -B -q -DskipTests install -pl benchmarks -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
for shape in $shapes; do
    for format in legacy-csv cur2-csv legacy-parquet cur2-parquet; do
        heap=256m
        [[ "$format" == *parquet ]] && heap=384m
        java -Xmx"$heap" -cp "$classpath" org.cloudspend.benchmarks.ReaderBenchmark "$format" "$rows" "$data" 3 "$shape"
    done
done
