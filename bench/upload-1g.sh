#!/usr/bin/env bash
# Benchmark: a 1 GB document uploaded through the API to a server limited to -Xmx256m.
# Reports wall time and the server's peak heap (sampled with jcmd). Usage: bash bench/upload-1g.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-1024}
WORK=$(mktemp -d); PORT=18099
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
JAR=${JAR:-target/bordereau.jar}
[ -f "$JAR" ] || mvn -B -q package -DskipTests

# A plain-text "statement of account" of $MB MiB: an allowed type, generated, never kept.
python3 - "$WORK/big.txt" "$MB" <<'PY'
import sys
line = ("Relevé de compte — facture F-2025-%06d — échéance 2025-02-14 — montant 1 234,56 EUR\n")
target = int(sys.argv[2]) * 1024 * 1024
with open(sys.argv[1], "w", encoding="utf-8") as f:
    n = written = 0
    while written < target:
        s = line % (n % 1000000); f.write(s); written += len(s.encode()); n += 1
PY

BORDEREAU_PORT=$PORT BORDEREAU_DATA="$WORK/data" BORDEREAU_TMP="$WORK/tmp" BORDEREAU_MAX_UPLOAD_MB=$((MB + 16)) \
  java -Xmx256m -jar "$JAR" serve > "$WORK/serve.log" 2>&1 &
SERVER=$!
until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 0.1; done
KEY=$(grep 'agent  key' "$WORK/serve.log" | awk '{print $3}')
CASE=$(curl -sf -X POST "localhost:$PORT/v1/cases" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"reference":"BENCH-1G","jurisdiction":"FR","currency":"EUR","creditor":{"name":"Acme"},"debtor":{"name":"Beta"}}' \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')

PEAK=0
( while kill -0 $SERVER 2>/dev/null; do
    jcmd $SERVER GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen|total/ {for(i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'
    sleep 0.2
  done ) > "$WORK/heap.samples" &
SAMPLER=$!

START=$(date +%s%N)
STATUS=$(curl -s -o "$WORK/reply.json" -w '%{http_code}' -X POST \
  "localhost:$PORT/v1/cases/$CASE/documents?filename=releve.txt" \
  -H "Authorization: Bearer $KEY" -H "Content-Type: text/plain" -T "$WORK/big.txt")
END=$(date +%s%N)
kill $SAMPLER 2>/dev/null || true
PEAK=$(sed 's/K$//' "$WORK/heap.samples" | sort -n | tail -1)
echo "upload of ${MB} MiB: HTTP $STATUS in $(( (END-START)/1000000 )) ms; server peak heap used ${PEAK:-?} KiB (-Xmx256m)"
head -c 300 "$WORK/reply.json"; echo
