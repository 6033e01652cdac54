//! The physical plan: steps that produce rows, and column expressions evaluated within a step.
//!
//! A step is one *domain* (language reference §4.2): the rows of a table scan, the sorted merge
//! of several steps' rows, the rows a `when` keeps, tick rows, shifted rows, re-keyed rows, or a
//! lookup's request and response. Each step computes expressions over its own rows; a value
//! from an input step enters through an `Input` expression that names its interpolation: `AsOf`
//! (carry the last value forward per entity) for continuous values, `Null` for discrete ones.
//! Steps never act across partitions. This is plain data (serde), the runtime's only input.

mod display;
mod lower;

pub use display::{print_dot, print_physical};
pub use lower::lower;

/// Constants inside plans (literal expressions).
pub use crate::hir::ConstValue;

use serde::{Deserialize, Serialize};

use crate::types::FenlType;

/// Index of a step in [`Plan::steps`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct StepId(pub u32);

impl StepId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// How a value of an input step is seen at rows of this step where the input has no row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Interpolation {
    /// Null between the input's rows (discrete values).
    Null,
    /// The input's latest value for the same entity (continuous values).
    AsOf,
}

/// Which rows a step produces. Expression indices refer to `exprs` of the step's first input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepKind {
    /// The rows of a table, in (time, subsort, key hash) order.
    Scan { table: String },
    /// The sorted union of the inputs' rows; rows with equal (time, subsort, key hash) are one row.
    Merge,
    /// The input rows where `condition` is true.
    Select { condition: usize },
    /// A row at every boundary of `function` (`daily`...), for every entity the input has seen.
    Tick { function: String },
    /// Each input row re-emitted at `time` (dropped when null or in the past).
    ShiftTo { time: usize },
    /// Input rows held per entity until a row where `predicate` is true.
    ShiftUntil { predicate: usize },
    /// Input rows moved to the entity `key` names, in `grouping`.
    WithKey { key: usize, grouping: String },
    /// Input rows moved to the foreign entity `key` names, to read a value there.
    LookupRequest { key: usize },
    /// The request rows of the input (a merge of a `LookupRequest` with the foreign values),
    /// moved back to the entity that asked.
    LookupResponse,
}

/// A column computation within a step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ExprOp {
    /// A column of the scanned table.
    Column(String),
    /// The scanned row as a record of all its columns.
    Row,
    /// Expression `expr` of input `input` of this step.
    Input {
        input: usize,
        expr: usize,
        interpolation: Interpolation,
    },
    Literal(ConstValue),
    /// The time of each row.
    Time,
    /// A pointwise function of the catalog.
    Instruction(String),
    /// A per-entity aggregation: `args[0]` is the input, the rest its window.
    Aggregate(String),
    /// A window (`since`, `sliding`, `trailing`) over its arguments, consumed by an aggregation.
    Window(String),
    Record(Vec<String>),
    FieldRef(String),
    Extend,
    SelectFields {
        fields: Vec<String>,
        keep: bool,
    },
    Cast(FenlType),
}

/// One expression: an operation over earlier expressions of the same step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Expr {
    pub op: ExprOp,
    pub args: Vec<usize>,
    pub ty: FenlType,
}

/// One step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub kind: StepKind,
    pub inputs: Vec<StepId>,
    pub grouping: Option<String>,
    pub exprs: Vec<Expr>,
}

/// The physical plan: steps in dependency order; the result is `result` of step `output`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub steps: Vec<Step>,
    pub output: StepId,
    pub result: usize,
}
