#!/usr/bin/env bash
# Runs an example query end to end: builds fenl, creates the example catalog from the bundled
# CSV files if it is not there yet (examples/.fenl), and prints the query's rows.
#   bash examples/run.sh [QUERY.fenl] [fenl run flags...]      (default: examples/features.fenl)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin fenl
fenl=target/release/fenl
export FENL_CATALOG=examples/.fenl
if [ ! -e "$FENL_CATALOG/tables/Items/_delta_log/00000000000000000001.json" ]; then
  rm -rf "$FENL_CATALOG"
  "$fenl" table create Purchases --time-column time --entity-key-column customer_id --grouping customer > /dev/null
  "$fenl" table create Reviews --time-column time --entity-key-column customer_id --grouping customer > /dev/null
  "$fenl" table create Items --time-column time --entity-key-column item_id --grouping item > /dev/null
  "$fenl" table load Purchases examples/data/purchases.csv
  "$fenl" table load Reviews examples/data/reviews.csv
  "$fenl" table load Items examples/data/items.csv
fi
query=examples/features.fenl
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
  query="$1"
  shift
fi
exec "$fenl" run "$query" "$@"
