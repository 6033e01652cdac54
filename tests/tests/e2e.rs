//! The end-to-end suite of `tests/e2e`: every case runs on a catalog loaded from its group's CSV
//! tables and must give its expected rows (from the original engine where it runs the case, by
//! hand where the case says so; see `fenl_tests::e2e`), both in one chunk and reading the tables
//! a row at a time (every distinct time of the largest table its own chunk, and at most one tick
//! boundary a chunk, continuing from the state the last chunk left).

use fenl_tests::e2e;

#[test]
fn every_case_gives_its_expected_rows() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for group in e2e::groups() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let catalog = group.catalog(dir.path());
        for case in group.cases() {
            let expected = std::fs::read_to_string(case.expected_path())
                .unwrap_or_else(|e| panic!("{}/{}: no expected rows ({e})", group.name, case.name));
            for (chunks, chunk_rows) in [("one chunk", None), ("a row a chunk", Some(1))] {
                match e2e::run_in_chunks(&catalog, &case, chunk_rows) {
                    Ok(rows) if e2e::same_rows(&e2e::normalize(&expected), &rows) => {}
                    Ok(rows) => failures.push(format!(
                        "{}/{} ({chunks}):\n--- expected\n{expected}--- fenl\n{rows}",
                        group.name, case.name
                    )),
                    Err(e) => failures.push(format!("{}/{} ({chunks}): {e}", group.name, case.name)),
                }
            }
            checked += 1;
        }
    }
    assert!(failures.is_empty(), "{} of {checked} cases differ:\n{}", failures.len(), failures.join("\n"));
    assert!(checked >= 80, "only {checked} cases");
}
