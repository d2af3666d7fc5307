#!/usr/bin/env bash
# End to end, per format: a generated month delivered into S3Proxy until its costs answer a query, beside DuckDB
# reading and aggregating the same file, in the same run.
# Usage: benchmarks/run-ingest.sh [line items, default 5000000] [data folder, default benchmarks/target/data]
#        [shapes, default "real scattered"]
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-5000000}"
data="${2:-benchmarks/target/data}"
shapes="${3:-real scattered}"
mvn -B -q -DskipTests install -pl benchmarks -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
for shape in $shapes; do
    for format in legacy-csv cur2-csv legacy-parquet cur2-parquet; do
        # S3Proxy keeps the bucket in memory: the heap holds the data file besides cloudspend's load (which spools its
        # line items to disk: the load itself needs little heap whatever the month's size)
        java -Xmx2g -cp "$classpath" org.cloudspend.benchmarks.IngestBenchmark "$format" "$rows" "$data" 1 "$shape"
    done
done
