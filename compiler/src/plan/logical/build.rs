//! HIR → logical plan.

use std::collections::HashMap;

use super::{Node, NodeId, Op, Plan};
use crate::diagnostics::Span;
use crate::hir::{self, consts_fold, ExprId, ExprKind, Hir};
use crate::types::{Catalog, FenlType, Implementation};

/// Builds the logical plan of a checked query (one without errors).
pub fn build(hir: &Hir) -> Option<Plan> {
    let root = hir.root?;
    let mut builder = Builder {
        hir,
        catalog: Catalog::builtin(),
        nodes: Vec::new(),
        spans: Vec::new(),
        interned: HashMap::new(),
        memo: HashMap::new(),
        default_context: Vec::new(),
    };
    // Ticks used with no entity context tick for the entities of the result's tables.
    let root_grouping = hir.expr(root).grouping.clone();
    let mut scans: Vec<ExprId> = hir
        .exprs
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            matches!(e.kind, ExprKind::Table(_)) && (root_grouping.is_none() || e.grouping == root_grouping)
        })
        .map(|(i, _)| ExprId(u32::try_from(i).unwrap_or(u32::MAX)))
        .collect();
    scans.sort();
    for scan in scans {
        let node = builder.build(scan, None)?;
        builder.default_context.push(node);
    }
    let root = builder.build(root, None)?;
    Some(Plan { nodes: builder.nodes, spans: builder.spans, root })
}

struct Builder<'h> {
    hir: &'h Hir,
    catalog: &'static Catalog,
    nodes: Vec<Node>,
    spans: Vec<Span>,
    interned: HashMap<Node, NodeId>,
    memo: HashMap<(ExprId, Option<NodeId>), NodeId>,
    default_context: Vec<NodeId>,
}

impl Builder<'_> {
    fn intern(&mut self, node: Node, span: Span) -> NodeId {
        if let Some(&id) = self.interned.get(&node) {
            return id;
        }
        let id = NodeId(u32::try_from(self.nodes.len()).unwrap_or(u32::MAX));
        self.interned.insert(node.clone(), id);
        self.nodes.push(node);
        self.spans.push(span);
        id
    }

    fn literal(&self, id: NodeId) -> Option<&hir::ConstValue> {
        match &self.nodes[id.index()].op {
            Op::Literal(v) => Some(v),
            _ => None,
        }
    }

    /// Builds `id`; `context` is the value whose entities a tick inside it ticks for.
    fn build(&mut self, id: ExprId, context: Option<NodeId>) -> Option<NodeId> {
        if let Some(&node) = self.memo.get(&(id, context)) {
            return Some(node);
        }
        let e = self.hir.expr(id);
        let mk = |op: Op, args: Vec<NodeId>| Node {
            op,
            args,
            ty: e.ty.clone(),
            grouping: e.grouping.clone(),
            continuous: e.continuity.is_continuous(),
        };
        let node = match &e.kind {
            ExprKind::Error => return None,
            ExprKind::Literal(v) => mk(Op::Literal(v.clone()), vec![]),
            ExprKind::Table(name) => mk(Op::Scan { table: name.clone() }, vec![]),
            ExprKind::FieldRef { base, field } => {
                let base = self.build(*base, context)?;
                let base_node = &self.nodes[base.index()];
                if let Op::Record(names) = &base_node.op {
                    if let Some(i) = names.iter().position(|n| n == field) {
                        let value = base_node.args[i];
                        self.memo.insert((id, context), value);
                        return Some(value);
                    }
                }
                // A field of a value moved to other rows (`with_key`, `lookup`, `when`, shifts) is
                // that function of the field: only the field crosses steps, not the whole record
                // (a table's row would otherwise be carried, every column of it, through re-keying).
                if let Op::Call(name) = &base_node.op {
                    let moves = matches!(name.as_str(), "when" | "shift_to" | "shift_until" | "with_key" | "lookup");
                    if let Some(&value) = base_node.args.get(1).filter(|_| moves) {
                        let value_node = &self.nodes[value.index()];
                        if matches!(&value_node.ty, FenlType::Record(fields) if fields.iter().any(|(n, _)| n == field))
                        {
                            let inner = Node {
                                op: Op::FieldRef(field.clone()),
                                args: vec![value],
                                ty: e.ty.clone(),
                                grouping: value_node.grouping.clone(),
                                continuous: value_node.continuous,
                            };
                            let name = name.clone();
                            let mut args = base_node.args.clone();
                            args[1] = self.intern(inner, e.span);
                            let node_id = self.intern(mk(Op::Call(name), args), e.span);
                            self.memo.insert((id, context), node_id);
                            return Some(node_id);
                        }
                    }
                }
                mk(Op::FieldRef(field.clone()), vec![base])
            }
            ExprKind::Record { fields } => {
                let args = fields.iter().map(|(_, f)| self.build(*f, context)).collect::<Option<Vec<_>>>()?;
                mk(Op::Record(fields.iter().map(|(n, _)| n.clone()).collect()), args)
            }
            ExprKind::Extend { extension, base } => {
                let args = vec![self.build(*extension, context)?, self.build(*base, context)?];
                mk(Op::Extend, args)
            }
            ExprKind::SelectFields { record, fields, keep } => {
                let record = self.build(*record, context)?;
                mk(Op::SelectFields { fields: fields.clone(), keep: *keep }, vec![record])
            }
            ExprKind::Cast { expr, to } => {
                let inner = self.build(*expr, context)?;
                if let Some(v) = self.literal(inner).and_then(|v| v.convert(to)) {
                    mk(Op::Literal(v), vec![])
                } else if self.nodes[inner.index()].ty == *to {
                    self.memo.insert((id, context), inner);
                    return Some(inner);
                } else {
                    mk(Op::Cast(to.clone()), vec![inner])
                }
            }
            ExprKind::Call { function, args } => self.call(e, function, args, context)?,
        };
        let node_id = self.intern(node, e.span);
        self.memo.insert((id, context), node_id);
        Some(node_id)
    }

    fn call(&mut self, e: &hir::Expr, function: &str, args: &[ExprId], context: Option<NodeId>) -> Option<Node> {
        let def = self.catalog.get(function)?;
        let implementation = def.implementation.clone();
        let node = |args: Vec<NodeId>| Node {
            op: Op::Call(function.to_owned()),
            args,
            ty: e.ty.clone(),
            grouping: e.grouping.clone(),
            continuous: e.continuity.is_continuous(),
        };
        let built = match (&implementation, function) {
            (Implementation::Tick, _) => {
                let ctx = match context {
                    Some(c) => vec![c],
                    None => self.default_context.clone(),
                };
                return Some(node(ctx));
            }
            (Implementation::Aggregation, _) => {
                // The window (and any tick in it) ticks for the aggregation input's entities.
                let input = self.build(*args.first()?, context)?;
                let mut out = vec![input];
                for a in &args[1..] {
                    out.push(self.build(*a, Some(input))?);
                }
                out
            }
            (_, "when" | "if" | "null_if" | "shift_until") => {
                let value = self.build(*args.get(1)?, context)?;
                let condition = self.build(*args.first()?, Some(value))?;
                vec![condition, value]
            }
            _ => args.iter().map(|a| self.build(*a, context)).collect::<Option<Vec<_>>>()?,
        };
        if implementation == Implementation::Instruction {
            let values: Option<Vec<hir::ConstValue>> = built.iter().map(|a| self.literal(*a).cloned()).collect();
            if let Some(values) = values {
                if let Some(folded) = consts_fold(function, &values, &e.ty) {
                    return Some(Node {
                        op: Op::Literal(folded),
                        args: vec![],
                        ty: e.ty.clone(),
                        grouping: None,
                        continuous: true,
                    });
                }
            }
        }
        Some(node(built))
    }
}
