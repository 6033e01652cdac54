//! End-to-end cases for the subtle semantics of the language reference (§4, §6, §7), each with
//! its expected output worked out by hand from the reference text.

use fenl_catalog::{Catalog, Input, TableDef};
use fenl_runtime::{ResultMode, RunOptions};

struct Case {
    dir: tempfile::TempDir,
    catalog: Catalog,
}

impl Case {
    fn new() -> Case {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let catalog = Catalog::open(&dir.path().join("c").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
        Case { dir, catalog }
    }

    fn table(self, name: &str, grouping: &str, csv: &str) -> Case {
        let mut def = TableDef::new(name, "time", "key");
        def.grouping = grouping.to_owned();
        self.catalog.create_table(&def).unwrap_or_else(|e| panic!("{e}"));
        let path = self.dir.path().join(format!("{name}.csv"));
        std::fs::write(&path, csv.trim_start()).unwrap_or_else(|e| panic!("{e}"));
        let input = Input::new(&path.to_string_lossy(), None).unwrap_or_else(|e| panic!("{e}"));
        self.catalog.load(name, &[input], &|_| {}).unwrap_or_else(|e| panic!("{e}"));
        self
    }

    /// The physical plan of a query that must compile.
    #[track_caller]
    fn plan(&self, query: &str) -> fenl_compiler::plan::physical::Plan {
        let analysis = fenl_compiler::analyze(query, &self.catalog);
        assert!(!analysis.has_errors(), "{query}: {:?}", analysis.diagnostics);
        let logical =
            analysis.hir.as_ref().and_then(fenl_compiler::plan::logical::build).unwrap_or_else(|| panic!("no plan"));
        fenl_compiler::plan::physical::lower(&logical).unwrap_or_else(|e| panic!("{e}"))
    }

    #[track_caller]
    fn run(&self, query: &str, options: RunOptions) -> String {
        let physical = self.plan(query);
        let batch = fenl_runtime::run(&physical, &self.catalog, &options).unwrap_or_else(|e| panic!("{query}: {e}"));
        let mut out = Vec::new();
        fenl_runtime::write_csv(&batch, &mut out).unwrap_or_else(|e| panic!("{e}"));
        String::from_utf8_lossy(&out).trim_end().to_owned()
    }

    #[track_caller]
    fn history(&self, query: &str) -> String {
        self.run(query, RunOptions::default())
    }
}

/// The e2e `i64_data_fixture` of §4.13 (A 5; B 24; A 17; A null; A 12; A null).
fn numbers() -> Case {
    Case::new().table(
        "Numbers",
        "letters",
        "
time,key,m
1996-12-19T16:39:57Z,A,5
1996-12-19T16:39:58Z,B,24
1996-12-19T16:39:59Z,A,17
1996-12-19T16:40:00Z,A,
1996-12-19T16:40:01Z,A,12
1996-12-19T16:40:02Z,A,
",
    )
}

fn times(values: &[&str]) -> String {
    let stamps = ["16:39:57", "16:39:58", "16:39:59", "16:40:00", "16:40:01", "16:40:02"];
    let keys = ["A", "B", "A", "A", "A", "A"];
    let mut out = String::from("_time,_key,result");
    for ((t, k), v) in stamps.iter().zip(keys).zip(values) {
        out.push_str(&format!("\n1996-12-19T{t}.000000000Z,{k},{v}"));
    }
    out
}

#[test]
fn running_sums_carry_through_null_rows_and_sum_of_sum_counts_every_row() {
    let case = numbers();
    assert_eq!(case.history("sum(Numbers.m)"), times(&["5", "24", "22", "22", "34", "34"]));
    assert_eq!(case.history("sum(sum(Numbers.m))"), times(&["5", "24", "27", "49", "83", "117"]));
    assert_eq!(case.history("count(Numbers.m)"), times(&["1", "1", "2", "2", "3", "3"]));
    // Aggregating a literal: a literal is never new (§4.4).
    let first_field =
        |out: String| out.lines().skip(1).map(|l| l.split(',').nth(2).unwrap_or("?").to_owned()).collect::<Vec<_>>();
    assert_eq!(first_field(case.history("{ r: count(0), m: Numbers.m }")), vec!["0"; 6]);
    assert_eq!(first_field(case.history("{ r: sum(5), m: Numbers.m }")), vec![""; 6]);
}

#[test]
fn lag_counts_values_not_rows() {
    // §4.10: 5, 17, null, 12 → lag1 = null, 5, 5, 17 (A's rows).
    let case = numbers();
    assert_eq!(case.history("Numbers.m | lag(1)"), times(&["", "", "5", "5", "17", "17"]));
    let first_field =
        |out: String| out.lines().skip(1).map(|l| l.split(',').nth(2).unwrap_or("?").to_owned()).collect::<Vec<_>>();
    assert_eq!(first_field(case.history("{ r: lag(2, 2), m: Numbers.m }")), vec![""; 6]);
}

#[test]
fn snapshots_are_final_values_at_the_snapshot_instant() {
    let case = numbers();
    // The last event's time (dialect §7 #9), entities in key-hash order, one row each.
    let snapshot = case.run("sum(Numbers.m)", RunOptions { mode: ResultMode::Snapshot, ..Default::default() });
    let mut rows: Vec<&str> = snapshot.lines().skip(1).collect();
    rows.sort_unstable();
    assert_eq!(rows, vec!["1996-12-19T16:40:02.000000000Z,A,34", "1996-12-19T16:40:02.000000000Z,B,24"]);
    let at = 851_013_599_000_000_000; // 1996-12-19T16:39:59Z
    let at_time =
        case.run("sum(Numbers.m)", RunOptions { mode: ResultMode::Snapshot, at: Some(at), ..Default::default() });
    let mut rows: Vec<&str> = at_time.lines().skip(1).collect();
    rows.sort_unstable();
    assert_eq!(rows, vec!["1996-12-19T16:39:59.000000000Z,A,22", "1996-12-19T16:39:59.000000000Z,B,24"]);
    let before =
        case.run("sum(Numbers.m)", RunOptions { mode: ResultMode::Snapshot, at: Some(0), ..Default::default() });
    assert_eq!(before, "_time,_key,result", "a snapshot before all data is empty");
    // Events before 1970 are output like any other (dialect §7 #10); changed-since is inclusive.
    let since =
        case.run("Numbers.m", RunOptions { changed_since: Some(851_013_600_000_000_000), ..Default::default() });
    assert_eq!(since, "_time,_key,result\n1996-12-19T16:40:00.000000000Z,A,\n1996-12-19T16:40:01.000000000Z,A,12\n1996-12-19T16:40:02.000000000Z,A,");
}

#[test]
fn is_new_gates_aggregations_across_tables() {
    // §4.4: count(sum(P.amount)) counts every P row, not R rows; count(P.amount) only non-null.
    let case = Case::new()
        .table("P", "letters", "time,key,amount\n2024-01-01T00:00:00Z,a,1\n2024-01-03T00:00:00Z,a,\n")
        .table("R", "letters", "time,key,stars\n2024-01-02T00:00:00Z,a,5\n2024-01-04T00:00:00Z,a,3\n");
    let out = case.history("{ every: count(sum(P.amount)), values: count(P.amount), stars: R.stars }");
    assert_eq!(
        out,
        "_time,_key,every,values,stars\n\
         2024-01-01T00:00:00.000000000Z,a,1,1,\n\
         2024-01-02T00:00:00.000000000Z,a,1,1,5\n\
         2024-01-03T00:00:00.000000000Z,a,2,1,\n\
         2024-01-04T00:00:00.000000000Z,a,2,1,3"
    );
}

#[test]
fn since_windows_reset_after_emitting_and_ticks_cover_entities_seen_so_far() {
    let case = Case::new().table(
        "E",
        "letters",
        "time,key,m\n2024-01-01T10:00:00Z,a,1\n2024-01-02T00:00:00Z,a,2\n2024-01-02T10:00:00Z,b,4\n2024-01-03T05:00:00Z,a,8\n",
    );
    // The event exactly at midnight belongs to the window the tick closes (§7 #13); b gets no
    // tick before it appears; the reset shows from the next row.
    let out = case.history("sum(E.m, window = since(daily()))");
    let expected = [
        "_time,_key,result",
        "2024-01-01T10:00:00.000000000Z,a,1",
        "2024-01-02T00:00:00.000000000Z,a,3",
        "2024-01-02T00:00:00.000000000Z,a,3",
        "2024-01-02T10:00:00.000000000Z,b,4",
        &tick_rows_on_jan_3(),
        "2024-01-03T05:00:00.000000000Z,a,8",
    ]
    .join("\n");
    assert_eq!(out, expected);
    let counts = case.history("count(E, window = since(daily())) | when(daily())");
    assert_eq!(counts.lines().count(), 1 + 3, "a tick on Jan 2 for a, and on Jan 3 for a and b: {counts}");
}

/// Tick rows at the same instant are ordered by key hash.
fn tick_rows_on_jan_3() -> String {
    let hash = |k: &str| xxhash_rust::xxh3::xxh3_64(k.as_bytes());
    let mut rows =
        vec![(hash("a"), "2024-01-03T00:00:00.000000000Z,a,"), (hash("b"), "2024-01-03T00:00:00.000000000Z,b,4")];
    rows.sort();
    rows.into_iter().map(|(_, r)| r).collect::<Vec<_>>().join("\n")
}

#[test]
fn lookups_never_see_the_future_and_with_key_drops_null_keys() {
    let case = Case::new()
        .table(
            "Orders",
            "customer",
            "time,key,item\n2024-01-01T00:00:00Z,c1,i1\n2024-01-03T00:00:00Z,c1,i1\n2024-01-05T00:00:00Z,c2,\n",
        )
        .table("Prices", "item", "time,key,price\n2024-01-02T00:00:00Z,i1,10\n2024-01-04T00:00:00Z,i1,20\n");
    let out = case.history("lookup(Orders.item, last(Prices.price))");
    assert_eq!(
        out,
        "_time,_key,result\n2024-01-01T00:00:00.000000000Z,c1,\n2024-01-03T00:00:00.000000000Z,c1,10\n2024-01-05T00:00:00.000000000Z,c2,"
    );
    let rekeyed = case.history("Orders | with_key($input.item) | count()");
    assert_eq!(rekeyed, "_time,_key,result\n2024-01-01T00:00:00.000000000Z,i1,1\n2024-01-03T00:00:00.000000000Z,i1,2");
}

#[test]
fn shifted_rows_keep_their_order_and_are_discrete() {
    let case = Case::new().table(
        "S",
        "letters",
        "time,key,m\n2024-01-01T00:00:00Z,a,1\n2024-01-01T12:00:00Z,a,2\n2024-01-02T06:00:00Z,a,3\n",
    );
    // Both first rows shift to Jan 2 00:00 (same target, original order kept).
    let out = case.history("S.m | shift_to(\"2024-01-02T00:00:00Z\")");
    assert_eq!(out, "_time,_key,result\n2024-01-02T00:00:00.000000000Z,a,1\n2024-01-02T00:00:00.000000000Z,a,2");
    // A shifted aggregation exists only at the shifted rows (§4.9).
    let merged = case.history("{ now: count(S), yesterday: count(S) | shift_by(days(1)) }");
    assert!(merged.lines().any(|l| l == "2024-01-02T06:00:00.000000000Z,a,3,"), "{merged}");
}

/// `with_key` to a key of another type than the table's: the result's `_key` column holds the
/// new keys (it failed to gather keys of two types into one column), in one chunk or many.
#[test]
fn with_key_to_a_key_of_another_type_outputs_the_new_keys() {
    let case = Case::new().table(
        "T",
        "letters",
        "time,key,v\n2024-01-01T00:00:00Z,a,1\n2024-01-01T00:01:00Z,b,1\n2024-01-01T00:02:00Z,a,2\n",
    );
    let query = "T | with_key($input.v, grouping = \"nums\") | count()";
    let history = case.history(query);
    assert_eq!(
        history,
        "_time,_key,result\n2024-01-01T00:00:00.000000000Z,1,1\n2024-01-01T00:01:00.000000000Z,1,2\n\
         2024-01-01T00:02:00.000000000Z,2,1"
    );
    let chunked = RunOptions { chunk_rows: Some(1), ..Default::default() };
    assert_eq!(case.run(query, chunked), history);
    let snapshot = RunOptions { mode: ResultMode::Snapshot, ..Default::default() };
    let mut rows: Vec<String> = case.run(query, snapshot).lines().skip(1).map(str::to_owned).collect();
    rows.sort();
    assert_eq!(rows, ["2024-01-01T00:02:00.000000000Z,1,2", "2024-01-01T00:02:00.000000000Z,2,1"]);
}

/// Rows several entities hold until one instant come out in (time, subsort, key hash) order
/// (§4.12), not entity by entity, and the same on any number of cores: a shifted row's fresh
/// subsort is its rank among its entity's rows, so equal ranks go in key-hash order. The
/// `lookup` keeps the second plan on one partition; the first runs on every core.
#[test]
fn rows_released_at_one_instant_keep_their_original_order_across_entities() {
    let keys = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    let mut csv = String::from("time,key,v,p\n");
    for (k, key) in keys.iter().enumerate() {
        csv.push_str(&format!("2024-01-01T00:00:00Z,{key},{k},false\n"));
    }
    for (k, key) in keys.iter().enumerate().rev() {
        csv.push_str(&format!("2024-01-01T00:01:00Z,{key},{},false\n", 17 - k));
    }
    for (k, key) in keys.iter().enumerate() {
        csv.push_str(&format!("2024-01-01T00:02:00Z,{key},{},true\n", 18 + k));
    }
    let case = Case::new().table("T", "letters", &csv);
    // (key, value) of the rows released at 00:02, in output order.
    let released = |query: &str| -> Vec<(String, i64)> {
        case.history(query)
            .lines()
            .filter(|l| l.starts_with("2024-01-01T00:02:00"))
            .filter_map(|l| {
                let fields: Vec<&str> = l.split(',').collect();
                Some((fields.get(1)?.to_string(), fields.get(2)?.parse().ok()?))
            })
            .collect()
    };
    let everywhere = released("{ held: T.v | shift_until(T.p) }");
    let one_partition = released("{ held: T.v | shift_until(T.p), n: lookup(T.key, count(T)) }");
    assert_eq!(everywhere, one_partition);
    assert_eq!(everywhere.len(), 27, "{everywhere:?}");
    // Ranks 0, 1, 2 in turn: every entity's first held row, then every second, then the last;
    // within a rank the keys come in one order (key hash), the same for each rank.
    let firsts: Vec<&String> = everywhere[..9].iter().map(|(k, _)| k).collect();
    for rank in 0..3 {
        let group = &everywhere[rank * 9..rank * 9 + 9];
        assert_eq!(group.iter().map(|(k, _)| k).collect::<Vec<_>>(), firsts, "{everywhere:?}");
        for (key, v) in group {
            let k = keys.iter().position(|x| x == key).unwrap_or(99) as i64;
            let expected = [k, 17 - k, 18 + k][rank];
            assert_eq!(*v, expected, "{everywhere:?}");
        }
    }
}

/// Ticks over a long gap between events come out in chunks of a bounded number of rows, not all
/// at once, and give the rows of one pass (§4.6).
#[test]
fn tick_rows_over_a_gap_come_in_bounded_batches() {
    let case = Case::new().table(
        "Gaps",
        "keys",
        "
time,key,v
2024-01-01T00:10:00Z,a,1
2024-01-01T00:20:00Z,b,2
2024-01-01T00:30:00Z,c,3
2024-01-31T00:10:00Z,a,4
",
    );
    let physical = case.plan("count(Gaps, window = since(hourly()))");
    let options = RunOptions { chunk_rows: Some(1), tick_rows: Some(30), ..Default::default() };
    let mut batches = Vec::new();
    fenl_runtime::run_streaming(&physical, &case.catalog, &options, &mut |b| {
        batches.push(b);
        Ok(())
    })
    .unwrap_or_else(|e| panic!("{e}"));
    // 720 hourly boundaries (January 1st 01:00 through the 31st 00:00), each for the 3 entities
    // seen by then: 2,160 tick rows, in chunks of about 30 (the reader estimates the entities
    // from those seen so far, so a chunk may hold a few times that), not all at once.
    let rows: usize = batches.iter().map(|b| b.num_rows()).sum();
    assert_eq!(rows, 4 + 3 * 720, "every event and every tick row");
    assert!(batches.len() > 40, "{} batches", batches.len());
    assert!(batches.iter().all(|b| b.num_rows() <= 100), "{:?}", batches.iter().map(|b| b.num_rows()).max());
    let schema = batches[0].schema();
    let chunked = arrow_select::concat::concat_batches(&schema, &batches).unwrap_or_else(|e| panic!("{e}"));
    let whole = fenl_runtime::run(&physical, &case.catalog, &RunOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(chunked, whole);
    // A sink that has enough ends the run early, successfully, with the first rows. (Where
    // chunks end depends on how far the computation is when the next is read, so batches may
    // be cut differently from one run to the next; the rows are the same.)
    let mut first = Vec::new();
    let stopped = fenl_runtime::run_streaming(&physical, &case.catalog, &options, &mut |b| {
        first.push(b);
        if first.len() == 3 {
            return Err(fenl_runtime::Error::Stopped);
        }
        Ok(())
    });
    assert!(stopped.is_ok(), "{stopped:?}");
    assert_eq!(first.len(), 3);
    let first = arrow_select::concat::concat_batches(&schema, &first).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first, whole.slice(0, first.num_rows()));
}

/// Chunks cut by ticks never tick past the last event of all tables: here the smaller table's
/// rows continue after the larger one's, the case a chunk's time limit could overrun.
#[test]
fn chunks_cut_by_ticks_end_at_the_last_event() {
    let case = Case::new()
        .table(
            "Big",
            "keys",
            "
time,key,v
2024-01-01T00:10:00Z,a,1
2024-01-01T00:20:00Z,b,2
2024-01-01T05:30:00Z,a,3
",
        )
        .table(
            "Small",
            "keys",
            "
time,key,v
2024-01-01T03:00:00Z,c,7
2024-01-01T07:45:00Z,b,8
",
        );
    let query = "{ big: count(Big, window = since(hourly())), small: count(Small) }";
    let whole = case.run(query, RunOptions::default());
    assert!(whole.lines().last().is_some_and(|l| l.starts_with("2024-01-01T07:45:00")), "{whole}");
    for (chunk_rows, tick_rows) in [(1, 1), (1, 3), (2, 5), (1, 100)] {
        let options = RunOptions { chunk_rows: Some(chunk_rows), tick_rows: Some(tick_rows), ..Default::default() };
        assert_eq!(case.run(query, options), whole, "chunks of {chunk_rows} rows, {tick_rows} tick rows");
    }
}
