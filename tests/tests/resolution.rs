//! Argument resolution (§1.5) and generic instantiation, as the types they produce.

use fenl_compiler::diagnostics::Code;
use fenl_tests::fixture_tables;

#[track_caller]
fn result_type(source: &str) -> Result<String, Vec<Code>> {
    let analysis = fenl_compiler::analyze(source, &fixture_tables());
    if analysis.has_errors() {
        return Err(analysis.diagnostics.iter().map(|d| d.code).collect());
    }
    Ok(analysis.hir.and_then(|h| h.root_expr().map(|e| e.ty.to_string())).unwrap_or_default())
}

#[test]
fn positional_keyword_and_implicit_input() {
    assert_eq!(result_type("Purchases.amount | lag(1)"), Ok("f64".into()));
    assert_eq!(result_type("lag(1, Purchases.amount)"), Ok("f64".into()));
    assert_eq!(result_type("lag(n = 1, input = Purchases.amount)"), Ok("f64".into()));
    assert_eq!(result_type("lag(input = Purchases.amount, n = 1)"), Ok("f64".into()));
    assert_eq!(result_type("Purchases.amount > 1 | when(Purchases.quantity)"), Err(vec![Code::InvalidArgumentType]));
    assert_eq!(result_type("Purchases.quantity | when(Purchases.amount > 1)"), Ok("i64".into()));
    assert_eq!(result_type("Reviews.text | substring(start = 1)"), Ok("string".into()));
}

#[test]
fn defaults_are_keyword_only() {
    assert_eq!(result_type("substring(Reviews.text, 0)"), Err(vec![Code::InvalidArguments]));
    assert_eq!(result_type("substring(Reviews.text, end = 3)"), Ok("string".into()));
    assert_eq!(result_type("sum(Purchases.amount, since(daily()))"), Err(vec![Code::InvalidArguments]));
}

#[test]
fn varargs_never_take_input_implicitly() {
    // `$input` is not passed to `coalesce`, so the pipe's left side is unused (W2001).
    let analysis = fenl_compiler::analyze("Purchases.coupon | coalesce(\"x\")", &fixture_tables());
    assert_eq!(analysis.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), vec![Code::UnusedBinding]);
    assert_eq!(result_type("Purchases.coupon | coalesce($input, \"x\")"), Ok("string".into()));
    assert_eq!(result_type("coalesce(Purchases.quantity, 1.5)"), Ok("f64".into()));
}

#[test]
fn implicit_input_only_fills_the_first_missing_parameter() {
    assert_eq!(result_type("Purchases.amount | zip_min()"), Err(vec![Code::InvalidArguments]));
    assert_eq!(result_type("Purchases.amount | zip_min(1.0)"), Ok("f64".into()));
}

#[test]
fn generic_results_follow_the_least_upper_bound() {
    assert_eq!(result_type("Numbers.i8 + Numbers.u8"), Ok("i16".into()));
    assert_eq!(result_type("Numbers.u64 + Numbers.i32"), Ok("f64".into()));
    assert_eq!(result_type("-Numbers.u16"), Ok("i32".into()));
    assert_eq!(result_type("mean(Numbers.u8)"), Ok("f64".into()));
    assert_eq!(result_type("sum(Numbers.u8)"), Ok("u8".into()));
    assert_eq!(result_type("count(Purchases)"), Ok("u32".into()));
    assert_eq!(result_type("Numbers.tags | collect(max = 2)"), Ok("list<list<string>>".into()));
    assert_eq!(result_type("Numbers.attrs[\"a\"]"), Ok("i64".into()));
    assert_eq!(result_type("Numbers.tags[0]"), Ok("string".into()));
    assert_eq!(result_type("Numbers.time"), Ok("timestamp_ms".into()));
    assert_eq!(result_type("year(Numbers.time)"), Ok("i32".into()));
    assert_eq!(result_type("Purchases.amount == \"x\""), Err(vec![Code::IncompatibleArgumentTypes]));
}

#[test]
fn const_parameters_accept_constant_expressions() {
    assert_eq!(result_type("lag(1 + 1, Purchases.amount)"), Ok("f64".into()));
    assert_eq!(result_type("sum(Purchases.amount, window = trailing(hours(2)))"), Ok("f64".into()));
    assert_eq!(result_type("lag(Purchases.quantity, Purchases.amount)"), Err(vec![Code::InvalidNonConstArgument]));
}
