//! HIR: the query after name resolution and desugaring, with its types (the "typed" stage).
//!
//! Names are resolved: a `let` name or `$input` is replaced by the id of the expression it is
//! bound to, so the HIR is a DAG in an arena. Operators are calls of catalog functions, arguments
//! are in parameter order with defaults filled, rewrites (`sqrt`, `lag`, `shift_by`...) are
//! expanded, and implicit casts are explicit. Types, groupings and continuity live in side
//! tables indexed by [`ExprId`]; the HIR itself is never mutated after lowering.

mod call;
mod cast;
mod consts;
mod lower;
mod print;

pub use cast::can_cast;
pub use consts::{fold as consts_fold, ConstValue};
pub use lower::{lower, LowerOptions};
pub use print::print_typed;

use crate::diagnostics::Span;
use crate::types::FenlType;

/// Index of an expression in [`Hir::exprs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ExprId(pub u32);

impl ExprId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A resolved expression.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Literal(ConstValue),
    /// The whole-row record of a table.
    Table(String),
    /// A catalog function applied to arguments in parameter order (varargs flattened).
    Call {
        function: String,
        args: Vec<ExprId>,
    },
    FieldRef {
        base: ExprId,
        field: String,
    },
    Record {
        fields: Vec<(String, ExprId)>,
    },
    /// `extension` fields first, then the fields of `base` it does not override.
    Extend {
        extension: ExprId,
        base: ExprId,
    },
    /// Keeps (`keep = true`) or drops the named fields; the result keeps the record's order.
    SelectFields {
        record: ExprId,
        fields: Vec<String>,
        keep: bool,
    },
    Cast {
        expr: ExprId,
        to: FenlType,
    },
    /// An expression that failed to check (already reported).
    Error,
}

/// Whether a value is defined between the rows that produce it (language reference §4.2).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Continuity {
    /// Carries its last value forward (aggregations, literals).
    Continuous,
    /// Only defined at the rows of the named domain (a table, a `when`, a shift, a tick).
    Discrete(String),
}

impl Continuity {
    pub fn is_continuous(&self) -> bool {
        matches!(self, Continuity::Continuous)
    }
}

/// A resolved expression with its span and its type information.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    pub ty: FenlType,
    /// The entity type the value belongs to; `None` for literals and ticks.
    pub grouping: Option<String>,
    pub continuity: Continuity,
}

/// A `let` binding as written, for the typed printer and the IDE.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub name: String,
    pub span: Span,
    pub value: ExprId,
}

/// The lowered query.
#[derive(Debug, Clone, Default)]
pub struct Hir {
    pub exprs: Vec<Expr>,
    pub bindings: Vec<Binding>,
    pub root: Option<ExprId>,
}

impl Hir {
    pub fn expr(&self, id: ExprId) -> &Expr {
        &self.exprs[id.index()]
    }

    pub fn root_expr(&self) -> Option<&Expr> {
        self.root.map(|id| self.expr(id))
    }

    fn push(&mut self, expr: Expr) -> ExprId {
        let id = ExprId(u32::try_from(self.exprs.len()).unwrap_or(u32::MAX));
        self.exprs.push(expr);
        id
    }
}
