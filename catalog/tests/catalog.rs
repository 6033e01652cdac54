//! Catalog tests: tables, loads, time travel, compaction, vacuum, views, concurrency and
//! injected storage faults. (Crash-by-SIGKILL and malformed files run through the `fenl`
//! binary in `repl/tests`.)

#[path = "catalog/faults.rs"]
mod faults;

use std::path::Path;

use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_array::RecordBatch;
use fenl_catalog::{Catalog, Error, Input, TableDef};

pub fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path.to_string_lossy().into_owned()
}

pub fn no_progress(_: u64) {}

pub fn purchases(catalog: &Catalog) {
    catalog.create_table(&TableDef::new("Purchases", "time", "customer")).unwrap_or_else(|e| panic!("{e}"));
}

pub fn csv_rows(start: usize, n: usize) -> String {
    let mut text = String::from("time,customer,amount\n");
    for i in start..start + n {
        text.push_str(&format!("2024-01-{:02}T{:02}:00:00Z,c{},{}\n", 1 + (i / 24) % 28, i % 24, i % 7, i));
    }
    text
}

pub fn scan_all(catalog: &Catalog, table: &str, version: Option<u64>) -> Vec<RecordBatch> {
    catalog
        .scan(table, version)
        .unwrap_or_else(|e| panic!("{e}"))
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{e}"))
}

pub fn column_i64(batches: &[RecordBatch], name: &str) -> Vec<i64> {
    batches
        .iter()
        .flat_map(|b| {
            b.column_by_name(name).map(|c| c.as_primitive::<Int64Type>().values().to_vec()).unwrap_or_default()
        })
        .collect()
}

fn assert_sorted(batches: &[RecordBatch]) {
    let time = column_i64(batches, "_time");
    let subsort = column_i64(batches, "_subsort");
    let hash = column_i64(batches, "_key_hash");
    for i in 1..time.len() {
        assert!(
            (time[i - 1], subsort[i - 1], hash[i - 1] as u64) <= (time[i], subsort[i], hash[i] as u64),
            "rows {} and {i} out of order",
            i - 1
        );
    }
}

#[test]
fn create_list_get_delete() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    purchases(&catalog);
    let mut reviews = TableDef::new("Reviews", "ts", "customer");
    reviews.grouping = "customer".into();
    catalog.create_table(&reviews).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(catalog.list_tables(None).ok(), Some(vec!["Purchases".to_owned(), "Reviews".to_owned()]));
    assert_eq!(catalog.list_tables(Some("rev")).ok(), Some(vec!["Reviews".to_owned()]));
    assert!(matches!(catalog.create_table(&TableDef::new("Purchases", "t", "k")), Err(Error::AlreadyExists { .. })));
    for bad in ["../x", "a/b", "", "x\u{1}", "9lives"] {
        assert!(
            matches!(catalog.create_table(&TableDef::new(bad, "t", "k")), Err(Error::InvalidName { .. })),
            "{bad:?}"
        );
    }
    let info = catalog.table("Reviews", None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((info.snapshot.version, info.rows(), info.def.grouping.as_str()), (0, 0, "customer"));
    catalog.delete_table("Reviews", false).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(catalog.table("Reviews", None), Err(Error::NotFound { .. })));
    assert!(matches!(catalog.delete_table("Reviews", false), Err(Error::NotFound { .. })));
    // A deleted name can be created again.
    catalog.create_table(&reviews).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn loads_commit_versions_and_scans_are_sorted() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().join("cat").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    purchases(&catalog);
    // Unsorted input, two files in one commit.
    let a = write(dir.path(), "a.csv", "time,customer,amount\n2024-01-02T00:00:00Z,b,2\n2024-01-01T00:00:00Z,a,1\n");
    let b = write(dir.path(), "b.csv", "time,customer,amount\n2024-01-01T00:00:00Z,c,3\n");
    let inputs = vec![
        Input::new(&a, None).unwrap_or_else(|e| panic!("{e}")),
        Input::new(&b, None).unwrap_or_else(|e| panic!("{e}")),
    ];
    let report = catalog.load("Purchases", &inputs, &no_progress).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((report.rows, report.version), (3, 1));
    let batches = scan_all(&catalog, "Purchases", None);
    assert_sorted(&batches);
    assert_eq!(column_i64(&batches, "amount"), vec![1, 3, 2], "equal times keep load order");
    // A second load: version 2; version 1 still reads as it was.
    let c = write(dir.path(), "c.jsonl", "{\"time\": \"2024-01-01T12:00:00Z\", \"customer\": \"a\", \"amount\": 9}\n");
    catalog
        .load("Purchases", &[Input::new(&c, None).unwrap_or_else(|e| panic!("{e}"))], &no_progress)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(column_i64(&scan_all(&catalog, "Purchases", None), "amount"), vec![1, 3, 9, 2]);
    assert_eq!(column_i64(&scan_all(&catalog, "Purchases", Some(1)), "amount"), vec![1, 3, 2]);
    assert!(scan_all(&catalog, "Purchases", Some(0)).is_empty());
    assert!(matches!(catalog.table("Purchases", Some(7)), Err(Error::InvalidArgument(_))));
    let info = catalog.table("Purchases", None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(info.rows(), 4);
    assert_eq!(info.time_range(), Some((1_704_067_200_000_000_000, 1_704_153_600_000_000_000)));
}

#[test]
fn later_loads_must_fit_the_schema_and_bad_rows_commit_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().join("cat").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    purchases(&catalog);
    let good = write(dir.path(), "good.csv", &csv_rows(0, 10));
    catalog
        .load("Purchases", &[Input::new(&good, None).unwrap_or_else(|e| panic!("{e}"))], &no_progress)
        .unwrap_or_else(|e| panic!("{e}"));
    let cases = [
        ("extra.csv", "time,customer,amount,extra\n2024-01-01T00:00:00Z,a,1,x\n", "extra"),
        ("missing.csv", "time,customer\n2024-01-01T00:00:00Z,a\n", "amount"),
        ("badtime.csv", "time,customer,amount\n2024-01-01T00:00:00Z,a,1\nyesterday,b,2\n", ":3: column 'time'"),
        ("nullkey.csv", "time,customer,amount\n2024-01-01T00:00:00Z,,1\n", ":2: column 'customer'"),
        ("nulltime.csv", "time,customer,amount\n,a,1\n", ":2: column 'time'"),
        ("badint.csv", "time,customer,amount\n2024-01-01T00:00:00Z,a,1\n2024-01-01T00:00:00Z,a,abc\n", "abc"),
    ];
    for (name, text, needle) in cases {
        let path = write(dir.path(), name, text);
        // A good file in the same load is not committed either.
        let inputs = vec![
            Input::new(&good, None).unwrap_or_else(|e| panic!("{e}")),
            Input::new(&path, None).unwrap_or_else(|e| panic!("{e}")),
        ];
        let error = catalog.load("Purchases", &inputs, &no_progress).err().unwrap_or_else(|| panic!("{name} loaded"));
        let message = error.to_string();
        assert!(message.contains(name) && message.contains(needle), "{name}: {message}");
        let info = catalog.table("Purchases", None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((info.snapshot.version, info.rows()), (1, 10), "{name} changed the table");
    }
    // Only committed files remain in the table directory.
    let files = std::fs::read_dir(dir.path().join("cat/tables/Purchases")).map(|d| d.count()).unwrap_or(0);
    assert_eq!(files, 2, "one data file and the log directory");
}

#[test]
fn compaction_merges_files_and_vacuum_keeps_what_versions_need() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().join("cat").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    purchases(&catalog);
    for i in 0..5 {
        let path = write(dir.path(), &format!("{i}.csv"), &csv_rows(i * 10, 10));
        catalog
            .load("Purchases", &[Input::new(&path, None).unwrap_or_else(|e| panic!("{e}"))], &no_progress)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let before = scan_all(&catalog, "Purchases", None);
    let report = catalog.compact("Purchases").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((report.files_before, report.files_after, report.version), (5, 1, Some(6)));
    let after = scan_all(&catalog, "Purchases", None);
    assert_eq!(column_i64(&before, "amount"), column_i64(&after, "amount"));
    assert_sorted(&after);
    assert_eq!(catalog.compact("Purchases").ok().and_then(|r| r.version), None, "already compact");
    // With the default retention nothing recent goes; every version still reads.
    assert!(catalog.vacuum("Purchases", 168).map(|r| r.deleted.is_empty()).unwrap_or(false));
    assert_eq!(scan_all(&catalog, "Purchases", Some(3)).iter().map(RecordBatch::num_rows).sum::<usize>(), 30);
    // Retaining nothing: the five pre-compaction files go, the latest version still reads.
    let report = catalog.vacuum("Purchases", 0).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.deleted.len(), 5);
    assert_eq!(scan_all(&catalog, "Purchases", None).iter().map(RecordBatch::num_rows).sum::<usize>(), 50);
    assert!(catalog.scan("Purchases", Some(3)).and_then(|s| s.collect::<Result<Vec<_>, _>>()).is_err());
}

#[test]
fn views_are_checked_and_protect_their_tables() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    purchases(&catalog);
    let path = write(dir.path(), "p.csv", &csv_rows(0, 3));
    catalog
        .load("Purchases", &[Input::new(&path, None).unwrap_or_else(|e| panic!("{e}"))], &no_progress)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(catalog.create_view("Bad", "Purchases.amout"), Err(Error::InvalidExpression { .. })));
    catalog.create_view("Big", "Purchases | when($input.amount > 1)").unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(catalog.create_view("Big", "Purchases"), Err(Error::AlreadyExists { .. })));
    assert!(matches!(catalog.create_view("Purchases", "Purchases"), Err(Error::AlreadyExists { .. })));
    catalog.create_view("BigCount", "count(Big)").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(catalog.list_views().map(|v| v.len()).ok(), Some(2));
    let analysis = fenl_compiler::analyze("BigCount + 1", &catalog);
    assert!(!analysis.has_errors(), "{:?}", analysis.diagnostics);
    match catalog.delete_table("Purchases", false) {
        Err(Error::FailedPrecondition(message)) => {
            assert!(message.contains("'Big'") && message.contains("'BigCount'"), "{message}")
        }
        other => panic!("expected a failed precondition, got {other:?}"),
    }
    catalog.delete_view("BigCount").unwrap_or_else(|e| panic!("{e}"));
    catalog.delete_table("Purchases", true).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn concurrent_loads_all_commit_exactly_once() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let location = dir.path().join("cat").to_string_lossy().into_owned();
    let catalog = Catalog::open(&location).unwrap_or_else(|e| panic!("{e}"));
    purchases(&catalog);
    let (threads, loads) = (8, 25);
    std::thread::scope(|scope| {
        for t in 0..threads {
            let location = location.clone();
            let base = dir.path().to_path_buf();
            scope.spawn(move || {
                let catalog = Catalog::open(&location).unwrap_or_else(|e| panic!("{e}"));
                for l in 0..loads {
                    let id = t * loads + l;
                    let path = write(
                        &base,
                        &format!("load{id}.csv"),
                        &format!("time,customer,amount\n2024-01-01T00:00:00Z,c{t},{id}\n"),
                    );
                    catalog
                        .load("Purchases", &[Input::new(&path, None).unwrap_or_else(|e| panic!("{e}"))], &no_progress)
                        .unwrap_or_else(|e| panic!("load {id}: {e}"));
                }
            });
        }
    });
    let mut amounts = column_i64(&scan_all(&catalog, "Purchases", None), "amount");
    amounts.sort_unstable();
    assert_eq!(amounts, (0..(threads * loads) as i64).collect::<Vec<_>>());
    assert_eq!(catalog.table("Purchases", None).map(|i| i.snapshot.version).ok(), Some((threads * loads) as u64));
}

#[test]
fn scans_prune_files_by_time_and_key() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().join("cat").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    purchases(&catalog);
    for day in 1..=3 {
        let path = write(
            dir.path(),
            &format!("{day}.csv"),
            &format!("time,customer,amount\n2024-01-0{day}T00:00:00Z,c{day},{day}\n"),
        );
        catalog
            .load("Purchases", &[Input::new(&path, None).unwrap_or_else(|e| panic!("{e}"))], &no_progress)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let day = 86_400_000_000_000i64;
    let jan2 = 1_704_153_600_000_000_000i64;
    let options =
        fenl_catalog::scan::ScanOptions { time_range: Some((jan2, jan2 + day)), key_hashes: None, columns: None };
    let scan = catalog.scan_with("Purchases", None, &options).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(scan.files(), 1, "two of three files are skipped by their time statistics");
    let rows: Vec<RecordBatch> = scan.collect::<Result<_, _>>().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(column_i64(&rows, "amount"), vec![2]);
    let key: arrow_array::ArrayRef = std::sync::Arc::new(arrow_array::StringArray::from(vec!["c3"]));
    let hashes = fenl_catalog::hash_key_column(&key).unwrap_or_default();
    let options = fenl_catalog::scan::ScanOptions { time_range: None, key_hashes: Some(hashes), columns: None };
    let scan = catalog.scan_with("Purchases", None, &options).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(scan.files(), 1, "files whose key-hash range excludes the key are skipped");
    let rows: Vec<RecordBatch> = scan.collect::<Result<_, _>>().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(column_i64(&rows, "amount"), vec![3]);
}

#[test]
fn partitioned_tables_write_hive_directories_and_read_back_whole() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().join("cat").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    let mut def = TableDef::new("Events", "time", "user");
    def.partition_on = vec!["region".to_owned()];
    catalog.create_table(&def).unwrap_or_else(|e| panic!("{e}"));
    let mut bad = TableDef::new("Bad", "time", "user");
    bad.partition_on = vec!["user".to_owned()];
    assert!(matches!(catalog.create_table(&bad), Err(Error::InvalidArgument(_))));
    for i in 0..2 {
        let path = write(
            dir.path(),
            &format!("e{i}.csv"),
            &format!("time,user,region,n\n2024-01-0{}T00:00:00Z,u1,eu,1\n2024-01-0{}T01:00:00Z,u2,us/west,2\n2024-01-0{}T02:00:00Z,u3,,3\n", i + 1, i + 1, i + 1),
        );
        catalog
            .load("Events", &[Input::new(&path, None).unwrap_or_else(|e| panic!("{e}"))], &no_progress)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let table_dir = dir.path().join("cat/tables/Events");
    for partition in ["region=eu", "region=us@2Fwest", "region=__HIVE_DEFAULT_PARTITION__"] {
        assert!(table_dir.join(partition).is_dir(), "{partition} missing");
    }
    let info = catalog.table("Events", None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(info.snapshot.metadata.partition_columns, vec!["region".to_owned()]);
    assert_eq!(info.snapshot.files.len(), 6);
    let check = |batches: &[RecordBatch]| {
        assert_sorted(batches);
        assert_eq!(column_i64(batches, "n"), vec![1, 2, 3, 1, 2, 3]);
        let regions: Vec<Option<String>> = batches
            .iter()
            .flat_map(|b| {
                b.column_by_name("region")
                    .map(|c| c.as_string::<i32>().iter().map(|v| v.map(str::to_owned)).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(regions[..3], [Some("eu".to_owned()), Some("us/west".to_owned()), None]);
    };
    check(&scan_all(&catalog, "Events", None));
    let report = catalog.compact("Events").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((report.files_before, report.files_after), (6, 3), "one file per partition");
    check(&scan_all(&catalog, "Events", None));
}
