//! Compact S-expression printer of the AST, for `fenl explain --stage ast` and snapshots.

use super::ast::{Expr, ExprKind, Literal, TypeExpr};

/// Prints the tree as indented S-expressions, one node per line, with byte spans.
pub fn print_ast(expr: &Expr) -> String {
    let mut out = String::new();
    write_node(expr, 0, &mut out);
    out
}

fn write_node(expr: &Expr, indent: usize, out: &mut String) {
    let pad = "  ".repeat(indent);
    let span = format!("@{}..{}", expr.span.start, expr.span.end);
    let head = match &expr.kind {
        ExprKind::Literal(lit) => format!("(literal {}", literal_text(lit)),
        ExprKind::Name(ident) => format!("(name {}", ident.name),
        ExprKind::Input => "($input".to_owned(),
        ExprKind::Field { name, .. } => format!("(field .{}", name.name),
        ExprKind::Index { .. } => "(index".to_owned(),
        ExprKind::Call { function, args } => {
            let names: Vec<String> =
                args.iter().map(|a| a.name.as_ref().map_or("_".to_owned(), |n| n.name.clone())).collect();
            format!("(call {} [{}]", function.name, names.join(" "))
        }
        ExprKind::Unary { op, .. } => format!("(unary {}", op.function()),
        ExprKind::Binary { op, .. } => format!("(binary {}", op.symbol()),
        ExprKind::Record(fields) => {
            let names: Vec<&str> = fields.iter().map(|f| f.name.name.as_str()).collect();
            format!("(record [{}]", names.join(" "))
        }
        ExprKind::Pipe { .. } => "(pipe".to_owned(),
        ExprKind::Let { bindings, .. } => {
            let names: Vec<&str> = bindings.iter().map(|b| b.name.name.as_str()).collect();
            format!("(let [{}]", names.join(" "))
        }
        ExprKind::Cast { ty, .. } => format!("(cast {}", type_text(ty)),
        ExprKind::Error => "(error".to_owned(),
    };
    out.push_str(&format!("{pad}{head} {span}"));
    let shorthand: Vec<String> = match &expr.kind {
        ExprKind::Record(fields) => fields.iter().filter(|f| f.value.is_none()).map(|f| f.name.name.clone()).collect(),
        _ => Vec::new(),
    };
    let children = expr.children();
    if children.is_empty() && shorthand.is_empty() {
        out.push_str(")\n");
        return;
    }
    out.push('\n');
    for child in children {
        write_node(child, indent + 1, out);
    }
    for name in shorthand {
        out.push_str(&format!("{pad}  (shorthand {name})\n"));
    }
    out.push_str(&format!("{pad})\n"));
}

/// A literal as Fenl source text.
pub fn literal_text(lit: &Literal) -> String {
    match lit {
        Literal::Number(n) => n.clone(),
        Literal::String(s) => quote(s),
        Literal::Bool(b) => b.to_string(),
        Literal::Null => "null".to_owned(),
    }
}

/// A string as a double-quoted Fenl literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A type as Fenl source text.
pub fn type_text(ty: &TypeExpr) -> String {
    match ty {
        TypeExpr::Named(ident) => ident.name.clone(),
        TypeExpr::List(item, _) => format!("list<{}>", type_text(item)),
        TypeExpr::Map(k, v, _) => format!("map<{}, {}>", type_text(k), type_text(v)),
        TypeExpr::Record(fields, _) => {
            let fields: Vec<String> = fields.iter().map(|(n, t)| format!("{}: {}", n.name, type_text(t))).collect();
            format!("{{{}}}", fields.join(", "))
        }
    }
}
