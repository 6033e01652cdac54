//! Properties of the formatter: `parse(format(x)) == parse(x)` up to spans, and
//! `format(format(x)) == format(x)`, over the corpus and over generated queries.

use proptest::prelude::*;

use fenl_tests::ast_without_spans;

#[track_caller]
fn round_trips(source: &str) {
    let Some(before) = ast_without_spans(source) else { return };
    let formatted =
        fenl_compiler::syntax::format::format(source).unwrap_or_else(|d| panic!("format failed on {source:?}: {d:?}"));
    let after = ast_without_spans(&formatted).unwrap_or_else(|| panic!("formatted text does not parse:\n{formatted}"));
    assert_eq!(before, after, "format changed the tree of {source:?} into {formatted:?}");
    let again = fenl_compiler::syntax::format::format(&formatted).unwrap_or_default();
    assert_eq!(formatted, again, "format is not idempotent on {source:?}");
    // Comments survive.
    let comments =
        |s: &str| s.lines().filter_map(|l| l.find('#').map(|i| l[i..].trim_end().to_owned())).collect::<Vec<_>>();
    if !source.contains(['"', '\'']) {
        assert_eq!(comments(source), comments(&formatted), "comments changed in {source:?}");
    }
}

#[test]
fn corpus_round_trips_through_the_formatter() {
    for dir in ["tests/fixtures/queries", "tests/fixtures/errors"] {
        for entry in std::fs::read_dir(fenl_tests::workspace_root().join(dir)).into_iter().flatten().flatten() {
            round_trips(&std::fs::read_to_string(entry.path()).unwrap_or_default());
        }
    }
}

fn leaf() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Purchases.amount".to_owned()),
        Just("x".to_owned()),
        Just("$input".to_owned()),
        Just("null".to_owned()),
        Just("true".to_owned()),
        (0u32..1000).prop_map(|n| n.to_string()),
        (0u32..100).prop_map(|n| format!("{n}.5")),
        "[a-z ]{0,6}".prop_map(|s| format!("\"{s}\"")),
    ]
}

fn expr() -> impl Strategy<Value = String> {
    leaf().prop_recursive(5, 48, 4, |inner| {
        let op = prop_oneof![
            Just("+"),
            Just("-"),
            Just("*"),
            Just("/"),
            Just("=="),
            Just("!="),
            Just("<"),
            Just(">="),
            Just("and"),
            Just("or")
        ];
        prop_oneof![
            (inner.clone(), op, inner.clone()).prop_map(|(a, o, b)| format!("{a} {o} {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}) * ({b})")),
            inner.clone().prop_map(|a| format!("-{a}")),
            inner.clone().prop_map(|a| format!("!({a})")),
            inner.clone().prop_map(|a| format!("({a}).field")),
            inner.clone().prop_map(|a| format!("({a})[0]")),
            proptest::collection::vec(inner.clone(), 0..4).prop_map(|args| format!("f({})", args.join(", "))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("g({a}, key = {b})")),
            proptest::collection::vec(inner.clone(), 1..4).prop_map(|vals| format!(
                "{{ {} }}",
                vals.iter().enumerate().map(|(i, v)| format!("f{i}: {v}")).collect::<Vec<_>>().join(", ")
            )),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} | {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("let x = {a} in {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("let x = {a} # note\nlet y = x\nin {b}")),
            inner.clone().prop_map(|a| format!("({a}) as i64")),
            inner.prop_map(|a| format!("# lead\n{a} # tail")),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn generated_queries_round_trip(source in expr()) {
        round_trips(&source);
    }

    #[test]
    fn arbitrary_text_never_panics(source in "\\PC{0,64}") {
        let tables = fenl_tests::fixture_tables();
        let analysis = fenl_compiler::analyze(&source, &tables);
        for d in &analysis.diagnostics {
            prop_assert!(d.primary.span.end <= source.len());
            prop_assert!(source.is_char_boundary(d.primary.span.start) && source.is_char_boundary(d.primary.span.end));
        }
        let _ = fenl_compiler::syntax::format::format(&source);
    }
}
