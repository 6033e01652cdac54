"""Reads a Fenl table with the `deltalake` package (delta-rs), another Delta reader, and prints
its row count, its column names and the sum of a numeric column, as JSON, for comparison.

usage: read_delta.py TABLE_DIR COLUMN [VERSION]
"""
import json
import os
import sys

from deltalake import DeltaTable

path, column = sys.argv[1], sys.argv[2]
version = int(sys.argv[3]) if len(sys.argv) > 3 else None
table = DeltaTable(path, version=version)
data = table.to_pyarrow_table()
values = data.column(column).to_pylist() if column in data.column_names else []
print(json.dumps({
    "version": table.version(),
    "rows": data.num_rows,
    "columns": data.column_names,
    "sum": sum(v for v in values if v is not None),
}))
sys.stdout.flush()
# Some deltalake/pyarrow builds abort while tearing down their thread pools at exit.
os._exit(0)
