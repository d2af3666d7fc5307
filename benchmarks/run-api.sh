#!/usr/bin/env bash
# Asks the HTTP API of the Karaf assembly the store benchmark's two questions over its facts (about 8 million), as a
# dashboard would, beside the flat DuckDB table in the client's process. Needs the folder run-store.sh filled
# (store.duckdb, flat.duckdb); the store is copied, the assembly runs from a temporary folder on ports of its own.
# Usage: benchmarks/run-api.sh [folder, default benchmarks/target/store] [accounts, default 100]
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$(cd "${1:-benchmarks/target/store}" && pwd)
accounts="${2:-100}"
mvn -B -q -DskipTests install -pl benchmarks,karaf-assembly -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
karaf="$(mktemp -d)/karaf"
cp -r karaf-assembly/target/assembly "$karaf"
rm "$karaf/etc/org.cloudspend.account-demo.cfg"
cp "$folder/store.duckdb" "$karaf/data/api-benchmark.duckdb"
sed -i "s|^database.file *=.*|database.file = $karaf/data/api-benchmark.duckdb|" "$karaf/etc/org.cloudspend.store.cfg"
sed -i "s|^org.osgi.service.http.port *=.*|org.osgi.service.http.port = 18181|" "$karaf/etc/org.ops4j.pax.web.cfg"
sed -i "s|^sshPort *=.*|sshPort = 18101|" "$karaf/etc/org.apache.karaf.shell.cfg"
"$karaf/bin/start"
trap '"$karaf/bin/stop"' EXIT
password=$(cat "$karaf/etc/cloudspend-admin.password")
until curl -sf -o /dev/null -u "admin:$password" http://127.0.0.1:18181/cloudspend/api/v1/me; do sleep 2; done
java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.cloudspend.benchmarks.ApiBenchmark \
    http://127.0.0.1:18181/cloudspend/api/v1 admin "$password" "$folder/flat.duckdb" "$accounts"
java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.cloudspend.benchmarks.PageBenchmark \
    http://127.0.0.1:18181/cloudspend/ admin "$password" \
    'range=custom&from=2025-06-01&toExclusive=2025-07-01&granularity=day&groupBy=service&top=8'
