//! The abstract syntax tree. Every node carries the byte span of its text.
//!
//! Parentheses leave no node: the printer re-inserts the ones precedence needs. Dropping an
//! `Expr` is iterative, so a tree of any depth can be freed without overflowing the stack.

use crate::diagnostics::Span;

/// A name as written, with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A literal as written. Numbers keep their text (suffix included) until typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Literal {
    Number(String),
    String(String),
    Bool(bool),
    Null,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
}

impl BinaryOp {
    /// The catalog function an operator desugars to.
    pub fn function(self) -> &'static str {
        match self {
            BinaryOp::Or => "logical_or",
            BinaryOp::And => "logical_and",
            BinaryOp::Eq => "eq",
            BinaryOp::Ne => "neq",
            BinaryOp::Lt => "lt",
            BinaryOp::Gt => "gt",
            BinaryOp::Le => "lte",
            BinaryOp::Ge => "gte",
            BinaryOp::Add => "add",
            BinaryOp::Sub => "sub",
            BinaryOp::Mul => "mul",
            BinaryOp::Div => "div",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Or => "or",
            BinaryOp::And => "and",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Gt => ">",
            BinaryOp::Le => "<=",
            BinaryOp::Ge => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
        }
    }

    /// Binding strength: higher binds tighter (language reference §1.4).
    pub fn precedence(self) -> u8 {
        match self {
            BinaryOp::Or => 3,
            BinaryOp::And => 4,
            BinaryOp::Eq | BinaryOp::Ne => 5,
            BinaryOp::Lt | BinaryOp::Gt | BinaryOp::Le | BinaryOp::Ge => 6,
            BinaryOp::Add | BinaryOp::Sub => 7,
            BinaryOp::Mul | BinaryOp::Div => 8,
        }
    }
}

impl UnaryOp {
    pub fn function(self) -> &'static str {
        match self {
            UnaryOp::Neg => "neg",
            UnaryOp::Not => "not",
        }
    }
}

/// A call argument, positional or `name = value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arg {
    pub name: Option<Ident>,
    pub value: Expr,
}

/// A record field; `value` is `None` for the shorthand `{ name }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: Ident,
    pub value: Option<Expr>,
}

/// `let name = value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub name: Ident,
    pub value: Expr,
    pub span: Span,
}

/// A type as written after `as` or in a signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeExpr {
    Named(Ident),
    List(Box<TypeExpr>, Span),
    Map(Box<TypeExpr>, Box<TypeExpr>, Span),
    /// `{name: type, ...}` (our addition: struct columns in schemas, casts of records).
    Record(Vec<(Ident, TypeExpr)>, Span),
}

impl TypeExpr {
    pub fn span(&self) -> Span {
        match self {
            TypeExpr::Named(ident) => ident.span,
            TypeExpr::List(_, span) | TypeExpr::Map(_, _, span) | TypeExpr::Record(_, span) => *span,
        }
    }
}

/// An expression with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExprKind {
    Literal(Literal),
    /// A table, view, let-bound name, or (as a call's callee only) a function.
    Name(Ident),
    /// `$input`, bound by the nearest enclosing pipe.
    Input,
    Field {
        base: Box<Expr>,
        name: Ident,
    },
    /// `base[index]`: `index(i, list)` on lists, `get(k, map)` on maps (dialect §7 #2).
    Index {
        base: Box<Expr>,
        index: Box<Expr>,
    },
    Call {
        function: Ident,
        args: Vec<Arg>,
    },
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Record(Vec<Field>),
    Pipe {
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Let {
        bindings: Vec<Binding>,
        body: Box<Expr>,
    },
    Cast {
        expr: Box<Expr>,
        ty: TypeExpr,
    },
    /// Stands where the parser recovered from a syntax error (already reported).
    Error,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Self {
        Expr { kind, span }
    }

    pub fn boxed(kind: ExprKind, start: usize, end: usize) -> Box<Self> {
        Box::new(Expr::new(kind, Span::new(start, end)))
    }

    /// The direct children, in source order.
    pub fn children(&self) -> Vec<&Expr> {
        match &self.kind {
            ExprKind::Literal(_) | ExprKind::Name(_) | ExprKind::Input | ExprKind::Error => Vec::new(),
            ExprKind::Field { base, .. } => vec![base],
            ExprKind::Index { base, index } => vec![base, index],
            ExprKind::Call { args, .. } => args.iter().map(|a| &a.value).collect(),
            ExprKind::Unary { operand, .. } => vec![operand],
            ExprKind::Binary { lhs, rhs, .. } | ExprKind::Pipe { lhs, rhs } => vec![lhs, rhs],
            ExprKind::Record(fields) => fields.iter().filter_map(|f| f.value.as_ref()).collect(),
            ExprKind::Let { bindings, body } => {
                let mut out: Vec<&Expr> = bindings.iter().map(|b| &b.value).collect();
                out.push(body);
                out
            }
            ExprKind::Cast { expr, .. } => vec![expr],
        }
    }

    /// Depth of the tree, computed without recursion.
    pub fn depth(&self) -> usize {
        let mut max = 0;
        let mut stack = vec![(self, 1usize)];
        while let Some((expr, depth)) = stack.pop() {
            max = max.max(depth);
            stack.extend(expr.children().into_iter().map(|c| (c, depth + 1)));
        }
        max
    }

    fn take_children(&mut self, out: &mut Vec<Expr>) {
        let kind = std::mem::replace(&mut self.kind, ExprKind::Error);
        match kind {
            ExprKind::Literal(_) | ExprKind::Name(_) | ExprKind::Input | ExprKind::Error => {}
            ExprKind::Field { base, .. }
            | ExprKind::Unary { operand: base, .. }
            | ExprKind::Cast { expr: base, .. } => out.push(*base),
            ExprKind::Index { base: a, index: b }
            | ExprKind::Binary { lhs: a, rhs: b, .. }
            | ExprKind::Pipe { lhs: a, rhs: b } => {
                out.push(*a);
                out.push(*b);
            }
            ExprKind::Call { args, .. } => out.extend(args.into_iter().map(|a| a.value)),
            ExprKind::Record(fields) => out.extend(fields.into_iter().filter_map(|f| f.value)),
            ExprKind::Let { bindings, body } => {
                out.extend(bindings.into_iter().map(|b| b.value));
                out.push(*body);
            }
        }
    }
}

impl Drop for Expr {
    fn drop(&mut self) {
        let leaf = matches!(self.kind, ExprKind::Literal(_) | ExprKind::Name(_) | ExprKind::Input | ExprKind::Error);
        if leaf {
            return;
        }
        let mut stack = Vec::new();
        self.take_children(&mut stack);
        while let Some(mut child) = stack.pop() {
            child.take_children(&mut stack);
        }
    }
}

/// A parameter of a function signature (registry only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub is_const: bool,
    pub name: Ident,
    pub vararg: bool,
    pub ty: TypeExpr,
    pub default: Option<Expr>,
}

/// `name<T: class, ...>(params) -> result`, the signature mini-language of the function catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub name: Ident,
    pub type_params: Vec<(Ident, Ident)>,
    pub params: Vec<Param>,
    pub result: TypeExpr,
}
