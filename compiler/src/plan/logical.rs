//! The logical plan: a hash-consed DAG of value nodes, with constants folded.
//!
//! Built from the typed HIR. Equal subexpressions (same operation, arguments and type) are one
//! node; calls of pure instructions on constants are folded; a field of a record constructor is
//! the field's value. Ticks get their entity context as arguments (the aggregation input or
//! `when` value they are used with), so a tick bound by `let` behaves like an inline one.

mod build;
mod display;

pub use build::build;
pub use display::{print_dot, print_plan};

use crate::diagnostics::Span;
use crate::hir::ConstValue;
use crate::types::FenlType;

/// Index of a node in [`Plan::nodes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

impl NodeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What a node computes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Op {
    /// The rows of a table, as a record of its columns.
    Scan {
        table: String,
    },
    Literal(ConstValue),
    /// A catalog function (instruction, aggregation, window, tick or special) over `args`.
    Call(String),
    FieldRef(String),
    /// A record of `args`, one field per name.
    Record(Vec<String>),
    /// `args[0]` extends `args[1]`.
    Extend,
    SelectFields {
        fields: Vec<String>,
        keep: bool,
    },
    Cast(FenlType),
}

/// One value in the plan.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Node {
    pub op: Op,
    pub args: Vec<NodeId>,
    pub ty: FenlType,
    pub grouping: Option<String>,
    /// Carried forward between its rows (as-of) rather than null there.
    pub continuous: bool,
}

/// The logical plan of a query.
#[derive(Debug, Clone)]
pub struct Plan {
    pub nodes: Vec<Node>,
    /// Source span of each node, for runtime errors (a side table: nodes have no spans).
    pub spans: Vec<Span>,
    pub root: NodeId,
}

impl Plan {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }
}
