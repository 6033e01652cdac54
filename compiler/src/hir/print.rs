//! The "typed" stage printer: the type, grouping and continuity of every binding and the result.

use super::{Continuity, Hir};

/// One line per `let` binding, then the result.
pub fn print_typed(hir: &Hir) -> String {
    let mut out = String::new();
    let line = |name: &str, id: super::ExprId| {
        let e = hir.expr(id);
        let continuity = match &e.continuity {
            Continuity::Continuous => "continuous".to_owned(),
            Continuity::Discrete(tag) => format!("discrete({tag})"),
        };
        format!("{name}: {} [grouping: {}, {continuity}]\n", e.ty, e.grouping.as_deref().unwrap_or("none"))
    };
    for binding in &hir.bindings {
        out.push_str(&line(&binding.name, binding.value));
    }
    if let Some(root) = hir.root {
        out.push_str(&line("result", root));
    }
    out
}
