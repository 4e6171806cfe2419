#!/usr/bin/env bash
# How long `migrations current` and `migrations status` take as a fresh process, next to what the same question
# costs through the application (`java -jar app.jar --migrations.mode=info`, the sample app: Spring Boot, Tomcat,
# Actuator). Each variant runs ROUNDS times (default 7) against the same PostgreSQL database holding N applied
# migrations (default 50); the table gives the median and the best wall time, in milliseconds.
#
#   ./mvnw -q -pl cli,sample-app -am package -DskipTests
#   MIGRATIONS_BENCH_URL='jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres' benchmarks/cli-speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."

admin=${MIGRATIONS_BENCH_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}
rounds=${ROUNDS:-7}
count=${N:-50}
db="mig_cli_speed_$$"
url=$(printf '%s' "$admin" | sed -E "s#^(jdbc:postgresql://[^/]+/)[^?]*#\1${db}#")
host_port=$(printf '%s' "$admin" | sed -E 's#^jdbc:postgresql://([^/]+)/.*#\1#')
host=${host_port%%:*}; port=${host_port##*:}; [ "$port" = "$host_port" ] && port=5432
user=$(printf '%s' "$admin" | sed -nE 's#.*[?&]user=([^&]*).*#\1#p'); user=${user:-postgres}

cli_jar=cli/target/migrations-cli.jar
app_jar=sample-app/target/migrations-sample-app.jar
[ -f "$cli_jar" ] && [ -f "$app_jar" ] || { echo "build first: ./mvnw -q -pl cli,sample-app -am package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
cleanup() { psql -q -h "$host" -p "$port" -U "$user" -d postgres -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
psql -q -h "$host" -p "$port" -U "$user" -d postgres -c "CREATE DATABASE ${db}" >/dev/null

mkdir -p "$work/src/main/resources/db/migrations"
for i in $(seq 1 "$count"); do
  printf 'CREATE TABLE t%d (id BIGINT PRIMARY KEY, name TEXT);\n-- migrate:down\nDROP TABLE t%d;\n' "$i" "$i" \
    > "$work/src/main/resources/db/migrations/V${i}__table_${i}.sql"
done
export MIGRATIONS_URL="$url"
launcher="$PWD/cli/migrations"
cli_jar_abs="$PWD/$cli_jar"
app_jar_abs="$PWD/$app_jar"
(cd "$work" && "$launcher" upgrade >/dev/null 2>&1)
rm -f cli/target/migrations-cli.jsa
(cd "$work" && "$launcher" current >/dev/null 2>&1) # the launcher's first run writes its class data sharing archive

time_ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }

measure() {
  local name=$1; shift
  local times=()
  for _ in $(seq 1 "$rounds"); do times+=("$(cd "$work" && time_ms "$@")"); done
  local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  local median; median=$(printf '%s\n' "$sorted" | sed -n "$(( (rounds + 1) / 2 ))p")
  local best; best=$(printf '%s\n' "$sorted" | head -n 1)
  printf '| %s | %s | %s |\n' "$name" "$median" "$best"
}

echo "| command ($count migrations applied, $rounds runs) | median ms | best ms |"
echo "| --- | --- | --- |"
measure '`migrations current` (launcher)' "$launcher" current
measure '`migrations status` (launcher)' "$launcher" status
measure '`java -jar migrations-cli.jar current` (no launcher options)' java -jar "$cli_jar_abs" current
measure '`java -jar app.jar --migrations.mode=info` (sample app)' java -jar "$app_jar_abs" --migrations.mode=info \
  --server.port=0 --spring.datasource.url="$url" --spring.datasource.username="$user" \
  --spring.datasource.password= --migrations.locations="filesystem:$work/src/main/resources/db/migrations"
