#!/usr/bin/env sh
# Builds the benchmarks jar and runs JMH with it. Every argument goes to JMH:
#
#   benchmarks/run.sh                              # everything, with the settings in the classes
#   benchmarks/run.sh StartupCheckBenchmark        # one benchmark (a regular expression)
#   benchmarks/run.sh ApplyBenchmark -p tool=FLYWAY -f 1 -wi 1 -i 3
#   benchmarks/run.sh -h                           # JMH's options
#
# The PostgreSQL benchmarks use jdbc:postgresql://127.0.0.1:5432/postgres as user postgres;
# set BENCH_POSTGRES_URL, BENCH_POSTGRES_USER and BENCH_POSTGRES_PASSWORD for another server.
# Maven reads extra arguments from MAVEN_ARGS (for example -Dmaven.repo.local=...).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

./mvnw -q -pl benchmarks -am package -DskipTests

# The JVM that runs the measurements: a fixed heap, so that its size does not change mid-run.
exec java -jar benchmarks/target/benchmarks.jar -jvmArgsAppend "-Xms1g -Xmx1g" "$@"
