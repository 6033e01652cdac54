//! Every query of the fixture corpus that checks against a small generated catalog also runs
//! there: no runtime error, rows in (time, key) order, one column per result field.

use fenl_catalog::{Catalog, Input, TableDef};

fn table(catalog: &Catalog, dir: &std::path::Path, name: &str, key: &str, grouping: &str, csv: String) {
    let mut def = TableDef::new(name, "time", key);
    def.grouping = grouping.to_owned();
    catalog.create_table(&def).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join(format!("{name}.csv"));
    std::fs::write(&path, csv).unwrap_or_else(|e| panic!("{e}"));
    catalog
        .load(name, &[Input::new(&path.to_string_lossy(), None).unwrap_or_else(|e| panic!("{e}"))], &|_| {})
        .unwrap_or_else(|e| panic!("{name}: {e}"));
}

fn time(i: usize) -> String {
    format!("2024-01-{:02}T{:02}:{:02}:00Z", 1 + i / 40, (i * 7) % 24, (i * 13) % 60)
}

#[test]
fn corpus_queries_run_over_generated_tables() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().join("catalog").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    let mut purchases = String::from("time,customer_id,item_id,amount,quantity,coupon,paid_at\n");
    let mut reviews = String::from("time,customer_id,item_id,stars,text,helpful\n");
    let mut items = String::from("time,item_id,price,category\n");
    let mut letters = String::from("time,key,amount\n");
    let mut stars = String::from("time,key,stars\n");
    for i in 0..120 {
        let coupon = if i % 3 == 0 { "SAVE10" } else { "" };
        purchases.push_str(&format!(
            "{},c{},i{},{}.5,{},{coupon},{}\n",
            time(i),
            i % 7,
            i % 5,
            (i * 37) % 200,
            1 + i % 4,
            time(i + 2)
        ));
        if i % 2 == 0 {
            reviews.push_str(&format!(
                "{},c{},i{},{},\"{{\"\"author\"\": \"\"a{}\"\"}}\",{}\n",
                time(i + 1),
                i % 7,
                i % 5,
                1 + i % 5,
                i % 3,
                i % 4 == 0
            ));
        }
        if i % 10 == 0 {
            items.push_str(&format!("{},i{},{}.25,cat{}\n", time(i), i % 5, 10 + i, i % 3));
        }
        letters.push_str(&format!("{},{},{}\n", time(i), ["A", "B", "C"][i % 3], i));
        stars.push_str(&format!("{},{},{}\n", time(i), ["A", "B"][i % 2], i % 5));
    }
    table(&catalog, dir.path(), "Purchases", "customer_id", "customer", purchases);
    table(&catalog, dir.path(), "Reviews", "customer_id", "customer", reviews);
    table(&catalog, dir.path(), "Items", "item_id", "item", items);
    table(&catalog, dir.path(), "P", "key", "letters", letters);
    table(&catalog, dir.path(), "R", "key", "letters", stars);
    catalog.create_view("BigPurchases", "Purchases | when($input.amount > 100)").unwrap_or_else(|e| panic!("{e}"));
    let root = fenl_tests::workspace_root().join("tests/fixtures/queries");
    let mut files: Vec<_> = std::fs::read_dir(&root).into_iter().flatten().flatten().map(|e| e.path()).collect();
    files.sort();
    let (mut ran, mut failures) = (0, Vec::new());
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        let analysis = fenl_compiler::analyze(&source, &catalog);
        if analysis.has_errors() {
            continue; // uses a fixture-only table (Numbers, T, Dup) or its types
        }
        let Some(hir) = analysis.hir.as_ref() else { continue };
        let Some(logical) = fenl_compiler::plan::logical::build(hir) else { continue };
        let physical =
            fenl_compiler::plan::physical::lower(&logical).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for mode in [fenl_runtime::ResultMode::History, fenl_runtime::ResultMode::Snapshot] {
            let options = fenl_runtime::RunOptions { mode, ..Default::default() };
            match fenl_runtime::run(&physical, &catalog, &options) {
                Ok(batch) => {
                    let time = batch
                        .column(0)
                        .as_any()
                        .downcast_ref::<arrow_array::TimestampNanosecondArray>()
                        .map(|t| t.values().to_vec())
                        .unwrap_or_default();
                    if mode == fenl_runtime::ResultMode::History && time.windows(2).any(|w| w[0] > w[1]) {
                        failures.push(format!("{}: history rows out of time order", file.display()));
                    }
                }
                Err(e) => failures.push(format!("{} ({mode:?}): {e}", file.display())),
            }
        }
        ran += 1;
    }
    assert!(failures.is_empty(), "{} queries ran; failures:\n{}", ran, failures.join("\n"));
    assert!(ran >= 80, "only {ran} corpus queries ran");
}
