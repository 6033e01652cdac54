//! Text and Graphviz printers of the logical plan.

use super::{Node, NodeId, Op, Plan};

fn op_text(node: &Node) -> String {
    match &node.op {
        Op::Scan { table } => format!("scan {table}"),
        Op::Literal(v) => format!("literal {v}"),
        Op::Call(name) => name.clone(),
        Op::FieldRef(field) => format!("field .{field}"),
        Op::Record(names) => format!("record {{{}}}", names.join(", ")),
        Op::Extend => "extend".to_owned(),
        Op::SelectFields { fields, keep } => {
            format!("{} {}", if *keep { "select_fields" } else { "remove_fields" }, fields.join(", "))
        }
        Op::Cast(t) => format!("cast {t}"),
    }
}

fn args_text(args: &[NodeId]) -> String {
    args.iter().map(|a| format!("n{}", a.0)).collect::<Vec<_>>().join(", ")
}

/// One numbered line per node, in dependency order, then the result.
pub fn print_plan(plan: &Plan) -> String {
    let mut out = String::new();
    for (i, node) in plan.nodes.iter().enumerate() {
        let ty = match (&node.op, &node.ty) {
            (Op::Scan { .. }, _) => "record".to_owned(),
            (_, t) => t.to_string(),
        };
        let args = if node.args.is_empty() { String::new() } else { format!("({})", args_text(&node.args)) };
        out.push_str(&format!(
            "n{i} = {}{args} : {ty} [{}, {}]\n",
            op_text(node),
            node.grouping.as_deref().unwrap_or("-"),
            if node.continuous { "continuous" } else { "discrete" }
        ));
    }
    out.push_str(&format!("result = n{}\n", plan.root.0));
    out
}

/// The plan as a Graphviz digraph (edges point from a node to its arguments).
pub fn print_dot(plan: &Plan) -> String {
    let mut out = String::from("digraph logical_plan {\n  rankdir=BT;\n  node [shape=box, fontname=\"monospace\"];\n");
    for (i, node) in plan.nodes.iter().enumerate() {
        let label = format!(
            "n{i}: {}\\n{}",
            op_text(node),
            if matches!(node.op, Op::Scan { .. }) { "record".to_owned() } else { node.ty.to_string() }
        );
        out.push_str(&format!("  n{i} [label=\"{}\"];\n", label.replace('"', "\\\"")));
        for (j, arg) in node.args.iter().enumerate() {
            out.push_str(&format!("  n{i} -> n{} [label=\"{j}\"];\n", arg.0));
        }
    }
    out.push_str(&format!("  result [shape=oval];\n  result -> n{};\n}}\n", plan.root.0));
    out
}
