//! Every example of the function catalog type-checks against its own input table.
//! (Their expected outputs are checked by the runtime's example runner.)

use fenl_compiler::tables::{StaticTables, TableSchema};
use fenl_compiler::types::{parse_type, Catalog, Example, FenlType};

/// Infers column types of an example's CSV the way a reader would: bool, i64, f64,
/// timestamp (RFC 3339) or string; empty cells are nulls.
fn csv_schema(text: &str) -> Vec<(String, FenlType)> {
    let mut reader = csv::Reader::from_reader(text.trim_start().as_bytes());
    let headers: Vec<String> = reader.headers().map(|h| h.iter().map(str::to_owned).collect()).unwrap_or_default();
    let rows: Vec<csv::StringRecord> = reader.records().map_while(Result::ok).collect();
    headers
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let cells: Vec<&str> = rows.iter().filter_map(|r| r.get(i)).filter(|c| !c.is_empty()).collect();
            let all = |f: &dyn Fn(&str) -> bool| !cells.is_empty() && cells.iter().all(|c| f(c));
            let ty = if all(&|c| c == "true" || c == "false") {
                FenlType::Bool
            } else if all(&|c| c.parse::<i64>().is_ok()) {
                FenlType::I64
            } else if all(&|c| c.parse::<f64>().is_ok()) {
                FenlType::F64
            } else if all(&|c| c.len() >= 20 && c.as_bytes().get(10) == Some(&b'T') && c.ends_with('Z')) {
                FenlType::Timestamp(fenl_compiler::types::TimeUnit::Nanosecond)
            } else if cells.is_empty() {
                FenlType::I64
            } else {
                FenlType::String
            };
            (name.clone(), ty)
        })
        .collect()
}

fn example_tables(example: &Example) -> StaticTables {
    let mut columns = match (&example.input_csv, &example.input_jsonl) {
        (Some(csv), _) => csv_schema(csv),
        (None, Some(_)) => vec![
            ("time".to_owned(), FenlType::Timestamp(fenl_compiler::types::TimeUnit::Nanosecond)),
            ("key".to_owned(), FenlType::String),
        ],
        (None, None) => panic!("example {:?} has no input", example.expression),
    };
    if let Some(schema) = &example.schema {
        for decl in schema.split(';') {
            let (name, ty) = decl.split_once(':').unwrap_or_else(|| panic!("bad schema {schema}"));
            let ty = parse_type(ty.trim()).unwrap_or_else(|| panic!("bad type in {schema}"));
            match columns.iter_mut().find(|(n, _)| n == name.trim()) {
                Some(column) => column.1 = ty,
                None => columns.push((name.trim().to_owned(), ty)),
            }
        }
    }
    StaticTables {
        tables: vec![TableSchema {
            name: "Input".to_owned(),
            time_column: "time".to_owned(),
            key_column: "key".to_owned(),
            subsort_column: None,
            grouping: "Input".to_owned(),
            columns,
        }],
        views: Vec::new(),
    }
}

#[test]
fn every_catalog_example_checks() {
    let mut checked = 0;
    for function in Catalog::builtin().iter() {
        assert!(!function.examples.is_empty(), "{} has no example", function.name());
        for example in &function.examples {
            let tables = example_tables(example);
            let analysis = fenl_compiler::analyze(&example.expression, &tables);
            let errors: Vec<_> = analysis.diagnostics.iter().filter(|d| d.is_error()).map(|d| &d.message).collect();
            assert!(
                errors.is_empty(),
                "{}: example `{}` fails to check: {errors:?}",
                function.name(),
                example.expression
            );
            assert!(
                example.output_csv.trim_start().starts_with("_time,_key,"),
                "{}: output must start with _time,_key",
                function.name()
            );
            checked += 1;
        }
    }
    assert!(checked >= 80);
}
