"""Runs e2e cases on the original engine (kaskada 0.6.1) and prints their rows as fenl's CSV.

A development aid, never a dependency (shared/spec/language.md §8). Driven by the
`e2e_reference` binary of fenl-tests, which translates each case's checked Fenl into calls of
the engine's functions by name. Input (stdin): {"tables": [{name, time_column, key_column,
grouping, csv}], "cases": [{name, python, mode}]}. Output (stdout): {case name: {"csv": text}
or {"error": text}}.
"""

import asyncio
import datetime
import json
import math
import sys

import kaskada as kd
import pyarrow as pa


def text(value, data_type):
    if value is None:
        return ""
    if pa.types.is_timestamp(data_type):
        return value.strftime("%Y-%m-%dT%H:%M:%S.%f") + "000Z" if isinstance(value, datetime.datetime) else str(value)
    if pa.types.is_boolean(data_type):
        return "true" if value else "false"
    if pa.types.is_floating(data_type):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        shown = repr(float(value))
        return shown
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return str(value)


def nanos_text(nanos):
    seconds, rest = divmod(nanos, 1_000_000_000)
    stamp = datetime.datetime.fromtimestamp(seconds, tz=datetime.timezone.utc)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S") + f".{rest:09d}Z"


def to_csv(table, mode):
    names = [n for n in table.column_names if n not in ("_subsort", "_key_hash")]
    columns = {n: table.column(n) for n in names}
    fields = [n for n in names if n not in ("_time", "_key")]
    rows = []
    times = columns["_time"].cast(pa.int64()).to_pylist()
    keys = columns["_key"].to_pylist()
    # Durations and intervals print as their integer count of units (§7 #3).
    values = {
        n: (columns[n].cast(pa.int64()) if pa.types.is_duration(columns[n].type) else columns[n]).to_pylist()
        for n in fields
    }
    for i in range(table.num_rows):
        time = times[i]
        if mode == "snapshot":
            time -= 1  # the engine stamps snapshots one nanosecond after the last event (§7 #9)
        row = [nanos_text(time), "" if keys[i] is None else str(keys[i])]
        row += [text(values[n][i], columns[n].type) for n in fields]
        rows.append(",".join(quote(v) for v in row))
    header = ",".join(["_time", "_key"] + fields)
    return header + "\n" + "".join(r + "\n" for r in rows)


def quote(value):
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


async def main():
    request = json.load(sys.stdin)
    kd.init_session()
    C = kd.Timestream._call  # noqa: N806 - the name the translated cases use
    T = {}
    for table in request["tables"]:
        T[table["name"]] = await kd.sources.CsvString.create(
            table["csv"],
            time_column=table["time_column"],
            key_column=table["key_column"],
            grouping_name=table["grouping"],
        )
    results = {}
    for case in request["cases"]:
        try:
            scope = {"C": C, "T": T, "S": kd._session._get_session(), "kd": kd, "pa": pa, "datetime": datetime}
            stream = eval(case["python"], scope)
            if not pa.types.is_struct(stream.data_type):
                stream = kd.record({"result": stream})
            mode = kd.results.Snapshot() if case["mode"] == "snapshot" else kd.results.History()
            execution = stream._execute(mode)
            batches = execution.collect_pyarrow()
            table = pa.Table.from_batches(batches, schema=execution.schema())
            results[case["name"]] = {"csv": to_csv(table, case["mode"])}
        except Exception as e:  # noqa: BLE001 - every failure is reported per case
            results[case["name"]] = {"error": f"{type(e).__name__}: {e}"}
    json.dump(results, sys.stdout)


asyncio.run(main())
