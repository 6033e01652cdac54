//! Text and Graphviz printers of the physical plan, in the style of an `EXPLAIN`.

use super::{Expr, ExprOp, Interpolation, Plan, Step, StepKind};

fn kind_text(step: &Step) -> String {
    let inputs = step.inputs.iter().map(|s| format!("s{}", s.0)).collect::<Vec<_>>().join(", ");
    let on = |what: &str, e: usize| format!("{what} s{}.e{e}", step.inputs.first().map_or(0, |s| s.0));
    match &step.kind {
        StepKind::Scan { table } => format!("scan {table}"),
        StepKind::Merge => format!("merge {inputs}"),
        StepKind::Select { condition } => format!("select {inputs} where {}", on("", *condition).trim_start()),
        StepKind::Tick { function } => format!("tick {function} for entities of {inputs}"),
        StepKind::ShiftTo { time } => format!("shift_to {inputs} at {}", on("", *time).trim_start()),
        StepKind::ShiftUntil { predicate } => format!("shift_until {inputs} until {}", on("", *predicate).trim_start()),
        StepKind::WithKey { key, grouping } => {
            format!("with_key {inputs} by {} into {grouping}", on("", *key).trim_start())
        }
        StepKind::LookupRequest { key } => format!("lookup_request {inputs} to {}", on("", *key).trim_start()),
        StepKind::LookupResponse => format!("lookup_response {inputs}"),
    }
}

fn expr_text(step: &Step, expr: &Expr) -> String {
    let args = expr.args.iter().map(|a| format!("e{a}")).collect::<Vec<_>>().join(", ");
    let call = |name: &str| format!("{name}({args})");
    match &expr.op {
        ExprOp::Column(c) => format!("column {c}"),
        ExprOp::Row => "row".to_owned(),
        ExprOp::Input { input, expr, interpolation } => {
            let source = step.inputs.get(*input).map_or(0, |s| s.0);
            let how = match interpolation {
                Interpolation::Null => "null",
                Interpolation::AsOf => "as_of",
            };
            format!("input s{source}.e{expr} {how}")
        }
        ExprOp::Literal(v) => format!("literal {v}"),
        ExprOp::Time => "time".to_owned(),
        ExprOp::Instruction(name) => call(name),
        ExprOp::Aggregate(name) => format!("aggregate {}", call(name)),
        ExprOp::Window(name) => format!("window {}", call(name)),
        ExprOp::Record(names) => {
            let fields: Vec<String> = names.iter().zip(&expr.args).map(|(n, a)| format!("{n}: e{a}")).collect();
            format!("record {{ {} }}", fields.join(", "))
        }
        ExprOp::FieldRef(f) => format!("field e{}.{f}", expr.args.first().copied().unwrap_or(0)),
        ExprOp::Extend => call("extend"),
        ExprOp::SelectFields { fields, keep } => format!(
            "{}(e{}, {})",
            if *keep { "select_fields" } else { "remove_fields" },
            expr.args.first().copied().unwrap_or(0),
            fields.join(", ")
        ),
        ExprOp::Cast(t) => format!("cast e{} as {t}", expr.args.first().copied().unwrap_or(0)),
    }
}

/// Numbered steps with their expressions, then the output.
pub fn print_physical(plan: &Plan) -> String {
    let mut out = String::new();
    for (i, step) in plan.steps.iter().enumerate() {
        out.push_str(&format!("s{i}: {} [{}]\n", kind_text(step), step.grouping.as_deref().unwrap_or("-")));
        for (j, expr) in step.exprs.iter().enumerate() {
            out.push_str(&format!(
                "  e{j} = {} : {}\n",
                expr_text(step, expr),
                if matches!(expr.op, ExprOp::Row) { "record".to_owned() } else { expr.ty.to_string() }
            ));
        }
    }
    out.push_str(&format!("output s{}.e{}\n", plan.output.0, plan.result));
    out
}

/// The steps as a Graphviz digraph, expressions listed inside each step.
pub fn print_dot(plan: &Plan) -> String {
    let mut out =
        String::from("digraph physical_plan {\n  rankdir=BT;\n  node [shape=record, fontname=\"monospace\"];\n");
    for (i, step) in plan.steps.iter().enumerate() {
        let mut label = format!("s{i}: {}", kind_text(step));
        for (j, expr) in step.exprs.iter().enumerate() {
            label.push_str(&format!("\\le{j} = {}", expr_text(step, expr)));
        }
        label.push_str("\\l");
        let escaped = label
            .replace('"', "\\\"")
            .replace('{', "\\{")
            .replace('}', "\\}")
            .replace('<', "\\<")
            .replace('>', "\\>")
            .replace('|', "\\|");
        out.push_str(&format!("  s{i} [label=\"{escaped}\"];\n"));
        for input in &step.inputs {
            out.push_str(&format!("  s{i} -> s{};\n", input.0));
        }
    }
    out.push_str(&format!("  output [shape=oval];\n  output -> s{};\n}}\n", plan.output.0));
    out
}
