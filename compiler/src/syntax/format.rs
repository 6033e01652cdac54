//! The formatter behind `fenl fmt`: one canonical layout, comments kept, idempotent.
//!
//! An expression is printed on one line when it fits in [`WIDTH`] columns and holds no comment;
//! otherwise `let` bindings, record fields, call arguments and pipe stages go one per line.
//! Comments are emitted before the next binding, field, argument or stage that follows them, or
//! at the end of the line they trailed; none is ever dropped. Parentheses are re-derived from
//! precedence, so `parse(format(x))` equals `parse(x)` up to spans.

use super::ast::{Expr, ExprKind};
use super::parse::{parse, Comment};
use super::print::{literal_text, type_text};
use crate::diagnostics::{Diagnostic, LineIndex};

/// Target line width.
pub const WIDTH: usize = 100;

const INDENT: &str = "  ";

/// Formats a query. Text with syntax errors is not formatted: its diagnostics are returned.
pub fn format(source: &str) -> Result<String, Vec<Diagnostic>> {
    // A comment inside an expression that cannot break (say, between the operands of `+`)
    // moves to a line of its own after the first pass, which can change the layout decided in
    // that pass; formatting again from there is stable. Iterate to the fixpoint (two passes
    // in practice) so that `format(format(x)) == format(x)` always holds.
    let mut text = format_once(source)?;
    for _ in 0..4 {
        let again = format_once(&text)?;
        if again == text {
            break;
        }
        text = again;
    }
    Ok(text)
}

fn format_once(source: &str) -> Result<String, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let parsed = parse(source, &mut diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(diagnostics);
    }
    let Some(expr) = parsed.expr else {
        return Err(diagnostics);
    };
    let mut f = Formatter { lines: LineIndex::new(source), comments: parsed.comments, next: 0 };
    let mut out = String::new();
    for comment in f.take_before(expr.span.start) {
        out.push_str(&comment);
        out.push('\n');
    }
    out.push_str(&f.expr(&expr, 0, 0));
    let trailing = f.take_rest();
    if let Some(first) = trailing.first() {
        if f.same_line(expr.span.end, first.span.start) {
            out.push(' ');
            out.push_str(&first.text);
            for comment in trailing.iter().skip(1) {
                out.push('\n');
                out.push_str(&comment.text);
            }
        } else {
            for comment in &trailing {
                out.push('\n');
                out.push_str(&comment.text);
            }
        }
    }
    out.push('\n');
    Ok(out)
}

struct Formatter {
    lines: LineIndex,
    comments: Vec<Comment>,
    next: usize,
}

/// Binding strength of an expression as printed (language reference §1.4).
fn precedence(expr: &Expr) -> u8 {
    match &expr.kind {
        ExprKind::Cast { .. } => 1,
        ExprKind::Pipe { .. } | ExprKind::Let { .. } => 2,
        ExprKind::Binary { op, .. } => op.precedence(),
        ExprKind::Unary { .. } => 9,
        _ => 10,
    }
}

impl Formatter {
    fn same_line(&self, a: usize, b: usize) -> bool {
        self.lines.line_of(a).0 == self.lines.line_of(b).0
    }

    fn has_comment_in(&self, expr: &Expr) -> bool {
        self.comments[self.next..].iter().any(|c| c.span.start >= expr.span.start && c.span.start < expr.span.end)
    }

    /// Comments not yet printed that start before `offset`.
    fn take_before(&mut self, offset: usize) -> Vec<String> {
        let mut out = Vec::new();
        while let Some(c) = self.comments.get(self.next) {
            if c.span.start >= offset {
                break;
            }
            out.push(c.text.clone());
            self.next += 1;
        }
        out
    }

    /// A comment that trails `end` on the same line, before the next code at or after `limit`.
    fn take_trailing(&mut self, end: usize, limit: usize) -> Option<String> {
        let c = self.comments.get(self.next)?;
        if c.span.start >= end && c.span.start < limit && self.same_line(end, c.span.start) {
            self.next += 1;
            return Some(c.text.clone());
        }
        None
    }

    fn take_rest(&mut self) -> Vec<Comment> {
        let rest = self.comments[self.next..].to_vec();
        self.next = self.comments.len();
        rest
    }

    /// Prints `expr` whose first character lands at column `column`, with block indent `indent`.
    fn expr(&mut self, expr: &Expr, indent: usize, column: usize) -> String {
        if !self.has_comment_in(expr) {
            let flat = flat(expr);
            if column + flat.len() <= WIDTH && !flat.contains('\n') {
                return flat;
            }
        }
        self.broken(expr, indent, column)
    }

    fn child(&mut self, expr: &Expr, min: u8, indent: usize, column: usize) -> String {
        if precedence(expr) < min {
            format!("({})", self.expr(expr, indent, column + 1))
        } else {
            self.expr(expr, indent, column)
        }
    }

    fn broken(&mut self, expr: &Expr, indent: usize, column: usize) -> String {
        let pad = INDENT.repeat(indent);
        match &expr.kind {
            ExprKind::Let { bindings, body } => {
                let mut out = String::new();
                for (i, binding) in bindings.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&pad);
                    }
                    for comment in self.take_before(binding.span.start) {
                        out.push_str(&format!(
                            "{comment}
{pad}"
                        ));
                    }
                    let prefix = format!("let {} = ", binding.name.name);
                    let value = self.expr(&binding.value, indent + 1, pad.len() + prefix.len());
                    out.push_str(&prefix);
                    out.push_str(&value);
                    let limit = bindings.get(i + 1).map_or(body.span.start, |b| b.span.start);
                    if let Some(c) = self.take_trailing(binding.value.span.end, limit) {
                        out.push_str(&format!(" {c}"));
                    }
                    out.push('\n');
                }
                for comment in self.take_before(body.span.start) {
                    out.push_str(&format!("{pad}{comment}\n"));
                }
                out.push_str(&pad);
                out.push_str("in ");
                let body_text = self.child(body, 2, indent, pad.len() + 3);
                out.push_str(&body_text);
                out
            }
            ExprKind::Record(fields) => {
                let mut out = "{\n".to_owned();
                let inner = INDENT.repeat(indent + 1);
                for (i, field) in fields.iter().enumerate() {
                    for comment in self.take_before(field.name.span.start) {
                        out.push_str(&format!("{inner}{comment}\n"));
                    }
                    out.push_str(&inner);
                    out.push_str(&field.name.name);
                    let end = match &field.value {
                        Some(value) => {
                            out.push_str(": ");
                            let column = inner.len() + field.name.name.len() + 2;
                            let text = self.expr(value, indent + 1, column);
                            out.push_str(&text);
                            value.span.end
                        }
                        None => field.name.span.end,
                    };
                    out.push(',');
                    let limit = fields.get(i + 1).map_or(expr.span.end, |f| f.name.span.start);
                    if let Some(c) = self.take_trailing(end, limit) {
                        out.push_str(&format!(" {c}"));
                    }
                    out.push('\n');
                }
                for comment in self.take_before(expr.span.end) {
                    out.push_str(&format!("{inner}{comment}\n"));
                }
                out.push_str(&pad);
                out.push('}');
                out
            }
            ExprKind::Call { function, args } if !args.is_empty() => {
                let mut out = format!("{}(\n", function.name);
                let inner = INDENT.repeat(indent + 1);
                for (i, arg) in args.iter().enumerate() {
                    let start = arg.name.as_ref().map_or(arg.value.span.start, |n| n.span.start);
                    for comment in self.take_before(start) {
                        out.push_str(&format!("{inner}{comment}\n"));
                    }
                    out.push_str(&inner);
                    let mut column = inner.len();
                    if let Some(name) = &arg.name {
                        out.push_str(&format!("{} = ", name.name));
                        column += name.name.len() + 3;
                    }
                    let text = self.expr(&arg.value, indent + 1, column);
                    out.push_str(&text);
                    out.push(',');
                    let limit = args
                        .get(i + 1)
                        .map_or(expr.span.end, |a| a.name.as_ref().map_or(a.value.span.start, |n| n.span.start));
                    if let Some(c) = self.take_trailing(arg.value.span.end, limit) {
                        out.push_str(&format!(" {c}"));
                    }
                    out.push('\n');
                }
                for comment in self.take_before(expr.span.end) {
                    out.push_str(&format!("{inner}{comment}\n"));
                }
                out.push_str(&pad);
                out.push(')');
                out
            }
            ExprKind::Pipe { lhs, rhs } => {
                let mut out = self.child(lhs, 3, indent, column);
                if let Some(c) = self.take_trailing(lhs.span.end, rhs.span.start) {
                    out.push_str(&format!(" {c}"));
                }
                out.push('\n');
                for comment in self.take_before(rhs.span.start) {
                    out.push_str(&format!("{pad}{comment}\n"));
                }
                out.push_str(&pad);
                out.push_str("| ");
                let text = self.child(rhs, 2, indent, pad.len() + 2);
                out.push_str(&text);
                out
            }
            ExprKind::Cast { expr: inner, ty } => {
                let text = self.child(inner, 2, indent, column);
                format!("{text} as {}", type_text(ty))
            }
            ExprKind::Binary { op, lhs, rhs } => {
                let p = op.precedence();
                let left = self.child(lhs, p, indent, column);
                let last_line = left.rsplit('\n').next().map_or(0, str::len);
                let right = self.child(rhs, p + 1, indent, last_line + op.symbol().len() + 2);
                format!("{left} {} {right}", op.symbol())
            }
            ExprKind::Unary { op, operand } => {
                let symbol = if matches!(op, super::ast::UnaryOp::Neg) { "-" } else { "!" };
                format!("{symbol}{}", self.child(operand, 9, indent, column + 1))
            }
            ExprKind::Field { base, name } => format!("{}.{}", self.child(base, 10, indent, column), name.name),
            ExprKind::Index { base, index } => {
                let b = self.child(base, 10, indent, column);
                let i = self.expr(index, indent + 1, column + b.len() + 1);
                format!("{b}[{i}]")
            }
            _ => flat(expr),
        }
    }
}

/// The expression on one line (comments aside), with the parentheses precedence needs.
pub fn flat(expr: &Expr) -> String {
    let wrap = |e: &Expr, min: u8| if precedence(e) < min { format!("({})", flat(e)) } else { flat(e) };
    match &expr.kind {
        ExprKind::Literal(lit) => literal_text(lit),
        ExprKind::Name(ident) => ident.name.clone(),
        ExprKind::Input => "$input".to_owned(),
        ExprKind::Field { base, name } => format!("{}.{}", wrap(base, 10), name.name),
        ExprKind::Index { base, index } => format!("{}[{}]", wrap(base, 10), flat(index)),
        ExprKind::Call { function, args } => {
            let args: Vec<String> = args
                .iter()
                .map(|a| match &a.name {
                    Some(name) => format!("{} = {}", name.name, flat(&a.value)),
                    None => flat(&a.value),
                })
                .collect();
            format!("{}({})", function.name, args.join(", "))
        }
        ExprKind::Unary { op, operand } => {
            let symbol = if matches!(op, super::ast::UnaryOp::Neg) { "-" } else { "!" };
            format!("{symbol}{}", wrap(operand, 9))
        }
        ExprKind::Binary { op, lhs, rhs } => {
            let p = op.precedence();
            format!("{} {} {}", wrap(lhs, p), op.symbol(), wrap(rhs, p + 1))
        }
        ExprKind::Record(fields) => {
            if fields.is_empty() {
                return "{}".to_owned();
            }
            let fields: Vec<String> = fields
                .iter()
                .map(|f| match &f.value {
                    Some(v) => format!("{}: {}", f.name.name, flat(v)),
                    None => f.name.name.clone(),
                })
                .collect();
            format!("{{ {} }}", fields.join(", "))
        }
        ExprKind::Pipe { lhs, rhs } => format!("{} | {}", wrap(lhs, 3), wrap(rhs, 2)),
        ExprKind::Let { bindings, body } => {
            // Let bindings always go one per line.
            let mut out = String::new();
            for binding in bindings {
                out.push_str(&format!("let {} = {}\n", binding.name.name, flat(&binding.value)));
            }
            out.push_str(&format!("in {}", wrap(body, 2)));
            out
        }
        ExprKind::Cast { expr, ty } => format!("{} as {}", wrap(expr, 2), type_text(ty)),
        ExprKind::Error => "<error>".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::format;

    #[track_caller]
    fn check(input: &str, expected: &str) {
        let formatted = format(input).unwrap_or_else(|d| panic!("{d:?}"));
        assert_eq!(formatted, expected);
        assert_eq!(format(&formatted).unwrap_or_default(), formatted, "formatting is idempotent");
    }

    #[test]
    fn canonical_spacing_and_parentheses() {
        check("(a+b)*c", "(a + b) * c\n");
        check("a+(b*c)", "a + b * c\n");
        check("-(x.y)", "-x.y\n");
        check("{a:1,b}", "{ a: 1, b }\n");
        check("x|lag(1) as i64", "x | lag(1) as i64\n");
        check("(x as i64) + 1", "(x as i64) + 1\n");
        check("a <> b", "a != b\n");
    }

    #[test]
    fn lets_go_one_per_line_and_comments_stay() {
        check(
            "# features\nlet total = sum(P.amount) # running\nlet n=count(P)\nin {total, n}",
            "# features\nlet total = sum(P.amount) # running\nlet n = count(P)\nin { total, n }\n",
        );
        check("{ a: 1, # one\n b: 2 }", "{\n  a: 1, # one\n  b: 2,\n}\n");
        check("f(x, # why\n y)", "f(\n  x, # why\n  y,\n)\n");
    }
}
