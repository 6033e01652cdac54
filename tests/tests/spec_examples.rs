//! The examples of shared/spec/language.md (listed in tests/fixtures/spec_examples.toml): each
//! checks cleanly, or reports the expected code with its span on the offending text.

use fenl_tests::{fixture_tables, workspace_root};

#[derive(serde::Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(serde::Deserialize)]
struct Case {
    text: String,
    expect: String,
    at: Option<String>,
}

#[test]
fn spec_examples_check_or_fail_as_documented() {
    let path = workspace_root().join("tests/fixtures/spec_examples.toml");
    let cases: Cases =
        toml::from_str(&std::fs::read_to_string(path).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
    let tables = fixture_tables();
    let mut failures = Vec::new();
    for case in &cases.case {
        let analysis = fenl_compiler::analyze(&case.text, &tables);
        if case.expect == "ok" {
            if !analysis.diagnostics.is_empty() {
                failures.push(format!(
                    "{:?}: expected no diagnostics, got {:?}",
                    case.text,
                    analysis.diagnostics.iter().map(|d| (d.code.as_str(), &d.message)).collect::<Vec<_>>()
                ));
            }
            continue;
        }
        let Some(d) = analysis.diagnostics.iter().find(|d| d.code.as_str() == case.expect) else {
            failures.push(format!(
                "{:?}: expected {}, got {:?}",
                case.text,
                case.expect,
                analysis.diagnostics.iter().map(|d| (d.code.as_str(), &d.message)).collect::<Vec<_>>()
            ));
            continue;
        };
        if let Some(at) = &case.at {
            let covered = case.text.get(d.primary.span.start..d.primary.span.end).unwrap_or("");
            if covered != at {
                failures.push(format!("{:?}: {} points at {covered:?}, expected {at:?}", case.text, case.expect));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} spec examples fail:\n{}",
        failures.len(),
        cases.case.len(),
        failures.join("\n")
    );
}
