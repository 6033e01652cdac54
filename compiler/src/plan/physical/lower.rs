//! Logical plan → physical plan: find each node's domain, make a step per domain, and place
//! every node as an expression in the step of its domain, importing values across steps.

use std::collections::{HashMap, VecDeque};

use super::{Expr, ExprOp, Interpolation, Plan, Step, StepId, StepKind};
use crate::plan::logical::{self, NodeId, Op};
use crate::types::{Catalog, FenlType, Implementation};

/// A domain: the set of rows some values are defined on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Domain {
    Scan(String),
    Merge(Vec<StepId>),
    Select { input: StepId, condition: NodeId },
    Tick { input: StepId, function: String },
    ShiftTo { input: StepId, time: NodeId },
    ShiftUntil { input: StepId, predicate: NodeId },
    WithKey { input: StepId, key: NodeId, grouping: String },
    LookupRequest { input: StepId, key: NodeId },
    LookupResponse { input: StepId },
}

/// Lowers a logical plan. Fails only for a query that reads no table.
pub fn lower(plan: &logical::Plan) -> Result<Plan, String> {
    let mut lowering = Lowering {
        plan,
        catalog: Catalog::builtin(),
        domains: Vec::new(),
        interned: HashMap::new(),
        node_domain: HashMap::new(),
        groupings: Vec::new(),
    };
    let output =
        lowering.domain(plan.root).ok_or("the query reads no table: it needs at least one table to have rows")?;
    let mut steps: Vec<Step> = lowering
        .domains
        .iter()
        .zip(&lowering.groupings)
        .map(|(d, g)| Step { kind: StepKind::Merge, inputs: inputs_of(d), grouping: g.clone(), exprs: Vec::new() })
        .collect();
    let mut placer = Placer { plan, lowering: &lowering, steps: &mut steps, memo: HashMap::new() };
    for (i, domain) in lowering.domains.iter().enumerate() {
        let kind = match domain {
            Domain::Scan(table) => StepKind::Scan { table: table.clone() },
            Domain::Merge(_) => StepKind::Merge,
            Domain::Select { input, condition } => StepKind::Select { condition: placer.place(*condition, *input) },
            Domain::Tick { function, .. } => StepKind::Tick { function: function.clone() },
            Domain::ShiftTo { input, time } => StepKind::ShiftTo { time: placer.place(*time, *input) },
            Domain::ShiftUntil { input, predicate } => {
                StepKind::ShiftUntil { predicate: placer.place(*predicate, *input) }
            }
            Domain::WithKey { input, key, grouping } => {
                StepKind::WithKey { key: placer.place(*key, *input), grouping: grouping.clone() }
            }
            Domain::LookupRequest { input, key } => StepKind::LookupRequest { key: placer.place(*key, *input) },
            Domain::LookupResponse { .. } => StepKind::LookupResponse,
        };
        placer.steps[i].kind = kind;
    }
    let result = placer.place(plan.root, output);
    Ok(renumber(Plan { steps, output, result }))
}

/// Puts steps in dependency order (a merge may have gained a smaller merge as an input while
/// placing) and drops steps nothing reaches.
fn renumber(plan: Plan) -> Plan {
    fn visit(step: StepId, steps: &[Step], seen: &mut Vec<bool>, order: &mut Vec<StepId>) {
        if seen[step.index()] {
            return;
        }
        seen[step.index()] = true;
        for input in &steps[step.index()].inputs {
            visit(*input, steps, seen, order);
        }
        order.push(step);
    }
    let mut seen = vec![false; plan.steps.len()];
    let mut order = Vec::new();
    visit(plan.output, &plan.steps, &mut seen, &mut order);
    let mut new_id = vec![StepId(0); plan.steps.len()];
    for (i, old) in order.iter().enumerate() {
        new_id[old.index()] = StepId(u32::try_from(i).unwrap_or(u32::MAX));
    }
    let steps = order
        .iter()
        .map(|old| {
            let mut step = plan.steps[old.index()].clone();
            step.inputs = step.inputs.iter().map(|s| new_id[s.index()]).collect();
            step
        })
        .collect();
    Plan { steps, output: new_id[plan.output.index()], result: plan.result }
}

fn inputs_of(domain: &Domain) -> Vec<StepId> {
    match domain {
        Domain::Scan(_) => Vec::new(),
        Domain::Merge(inputs) => inputs.clone(),
        Domain::Select { input, .. }
        | Domain::Tick { input, .. }
        | Domain::ShiftTo { input, .. }
        | Domain::ShiftUntil { input, .. }
        | Domain::WithKey { input, .. }
        | Domain::LookupRequest { input, .. }
        | Domain::LookupResponse { input } => vec![*input],
    }
}

struct Lowering<'p> {
    plan: &'p logical::Plan,
    catalog: &'static Catalog,
    domains: Vec<Domain>,
    groupings: Vec<Option<String>>,
    interned: HashMap<Domain, StepId>,
    node_domain: HashMap<NodeId, Option<StepId>>,
}

impl Lowering<'_> {
    fn intern(&mut self, domain: Domain, grouping: Option<String>) -> StepId {
        if let Some(&id) = self.interned.get(&domain) {
            return id;
        }
        let id = StepId(u32::try_from(self.domains.len()).unwrap_or(u32::MAX));
        self.interned.insert(domain.clone(), id);
        self.domains.push(domain);
        self.groupings.push(grouping);
        id
    }

    /// The union of several domains (`None` is the empty domain of literals).
    fn merge(&mut self, parts: impl IntoIterator<Item = Option<StepId>>, grouping: Option<String>) -> Option<StepId> {
        let mut flat: Vec<StepId> = Vec::new();
        for part in parts.into_iter().flatten() {
            match &self.domains[part.index()] {
                Domain::Merge(inner) => flat.extend(inner.iter().copied()),
                _ => flat.push(part),
            }
        }
        flat.sort();
        flat.dedup();
        match flat.len() {
            0 => None,
            1 => flat.pop(),
            _ => {
                let grouping = grouping.or_else(|| flat.iter().find_map(|s| self.groupings[s.index()].clone()));
                Some(self.intern(Domain::Merge(flat), grouping))
            }
        }
    }

    fn domain(&mut self, id: NodeId) -> Option<StepId> {
        if let Some(d) = self.node_domain.get(&id) {
            return *d;
        }
        let node = self.plan.node(id).clone();
        let args: Vec<Option<StepId>> = node.args.iter().map(|a| self.domain(*a)).collect();
        let arg = |i: usize| args.get(i).copied().flatten();
        let grouping = node.grouping.clone();
        let d = match &node.op {
            Op::Literal(_) => None,
            Op::Scan { table } => Some(self.intern(Domain::Scan(table.clone()), grouping)),
            Op::Call(name) => {
                let kind = self.catalog.get(name).map(|f| f.implementation.clone());
                match (name.as_str(), kind) {
                    (_, Some(Implementation::Tick)) => {
                        let input = self.merge(args.clone(), None);
                        input.map(|input| {
                            let g = self.groupings[input.index()].clone();
                            self.intern(Domain::Tick { input, function: name.clone() }, g)
                        })
                    }
                    ("when", _) => {
                        let input = self.merge([arg(0), arg(1)], grouping.clone());
                        input.map(|input| self.intern(Domain::Select { input, condition: node.args[0] }, grouping))
                    }
                    ("shift_to", _) => {
                        let input = self.merge([arg(0), arg(1)], grouping.clone());
                        input.map(|input| self.intern(Domain::ShiftTo { input, time: node.args[0] }, grouping))
                    }
                    ("shift_until", _) => {
                        let input = self.merge([arg(0), arg(1)], grouping.clone());
                        input.map(|input| self.intern(Domain::ShiftUntil { input, predicate: node.args[0] }, grouping))
                    }
                    ("with_key", _) => {
                        let value_grouping = self.plan.node(node.args[1]).grouping.clone();
                        let input = self.merge([arg(0), arg(1)], value_grouping);
                        let target = grouping.clone().unwrap_or_default();
                        input.map(|input| {
                            self.intern(Domain::WithKey { input, key: node.args[0], grouping: target }, grouping)
                        })
                    }
                    ("lookup", _) => {
                        let foreign = self.plan.node(node.args[1]).grouping.clone();
                        let input = arg(0);
                        input.and_then(|input| {
                            let request =
                                self.intern(Domain::LookupRequest { input, key: node.args[0] }, foreign.clone());
                            let merged = self.merge([Some(request), arg(1)], foreign)?;
                            Some(self.intern(Domain::LookupResponse { input: merged }, grouping))
                        })
                    }
                    _ => self.merge(args.clone(), grouping),
                }
            }
            _ => self.merge(args.clone(), grouping),
        };
        self.node_domain.insert(id, d);
        d
    }
}

struct Placer<'a, 'p> {
    plan: &'p logical::Plan,
    lowering: &'a Lowering<'p>,
    steps: &'a mut Vec<Step>,
    memo: HashMap<(NodeId, StepId), usize>,
}

impl Placer<'_, '_> {
    fn push(&mut self, step: StepId, op: ExprOp, args: Vec<usize>, ty: FenlType) -> usize {
        let exprs = &mut self.steps[step.index()].exprs;
        let expr = Expr { op, args, ty };
        if let Some(i) = exprs.iter().position(|e| *e == expr) {
            return i;
        }
        exprs.push(expr);
        exprs.len() - 1
    }

    /// The index of `node`'s value among the expressions of `step`.
    fn place(&mut self, node_id: NodeId, step: StepId) -> usize {
        if let Some(&i) = self.memo.get(&(node_id, step)) {
            return i;
        }
        let home = self.lowering.node_domain.get(&node_id).copied().flatten();
        let index = match home {
            Some(home) if home != step => self.import(node_id, home, step),
            _ => self.compute(node_id, step),
        };
        self.memo.insert((node_id, step), index);
        index
    }

    /// Imports a value computed in `home` into `step`, hop by hop along the step inputs.
    fn import(&mut self, node_id: NodeId, home: StepId, step: StepId) -> usize {
        let mut path = self.path(step, home);
        if path.len() < 2 {
            // `home` is a merge of some of this merge's inputs that none of them contains:
            // read it directly (rows it shares with other inputs collapse in the merge).
            self.steps[step.index()].inputs.push(home);
            path = vec![step, home];
        }
        let node = self.plan.node(node_id);
        let (ty, continuous) = (node.ty.clone(), node.continuous);
        let interpolation = if continuous { Interpolation::AsOf } else { Interpolation::Null };
        let mut index = self.place(node_id, home);
        // path: step = p[0] ← p[1] ← ... ← p[n] = home
        for pair in path.windows(2).rev() {
            let (upper, lower) = (pair[0], pair[1]);
            let input = self.steps[upper.index()].inputs.iter().position(|s| *s == lower).unwrap_or(0);
            index = self.push(upper, ExprOp::Input { input, expr: index, interpolation }, vec![], ty.clone());
            self.memo.insert((node_id, upper), index);
        }
        index
    }

    /// The shortest chain of steps from `from` down its inputs to `to`.
    fn path(&self, from: StepId, to: StepId) -> Vec<StepId> {
        let mut previous: HashMap<StepId, StepId> = HashMap::new();
        let mut queue = VecDeque::from([from]);
        while let Some(s) = queue.pop_front() {
            if s == to {
                break;
            }
            for &input in &self.steps[s.index()].inputs {
                if input != from && !previous.contains_key(&input) {
                    previous.insert(input, s);
                    queue.push_back(input);
                }
            }
        }
        let mut path = vec![to];
        let mut at = to;
        while at != from {
            match previous.get(&at) {
                Some(&p) => {
                    path.push(p);
                    at = p;
                }
                None => break,
            }
        }
        path.reverse();
        path
    }

    fn compute(&mut self, node_id: NodeId, step: StepId) -> usize {
        let node = self.plan.node(node_id).clone();
        let ty = node.ty.clone();
        let first_input = self.steps[step.index()].inputs.first().copied();
        let from_input = |this: &mut Self, arg: NodeId| match first_input {
            Some(input) => {
                let inner = this.place(arg, input);
                let continuous = this.plan.node(arg).continuous;
                let interpolation = if continuous { Interpolation::AsOf } else { Interpolation::Null };
                let ty = this.plan.node(arg).ty.clone();
                this.push(step, ExprOp::Input { input: 0, expr: inner, interpolation }, vec![], ty)
            }
            None => this.place(arg, step),
        };
        match &node.op {
            Op::Literal(v) => self.push(step, ExprOp::Literal(v.clone()), vec![], ty),
            Op::Scan { .. } => self.push(step, ExprOp::Row, vec![], ty),
            Op::FieldRef(field)
                if matches!(self.plan.node(node.args[0]).op, Op::Scan { .. }) && self.is_home(node.args[0], step) =>
            {
                self.push(step, ExprOp::Column(field.clone()), vec![], ty)
            }
            Op::Call(name) => {
                let kind = self.lowering.catalog.get(name).map(|f| f.implementation.clone());
                match (name.as_str(), kind) {
                    (_, Some(Implementation::Tick)) => {
                        self.push(step, ExprOp::Literal(crate::hir::ConstValue::Bool(true)), vec![], ty)
                    }
                    ("when" | "shift_to" | "shift_until" | "with_key" | "lookup", _) => from_input(self, node.args[1]),
                    ("time_of", _) => self.push(step, ExprOp::Time, vec![], ty),
                    (_, Some(Implementation::Aggregation)) => {
                        let args = node.args.iter().map(|a| self.place(*a, step)).collect();
                        self.push(step, ExprOp::Aggregate(name.clone()), args, ty)
                    }
                    (_, Some(Implementation::Window)) => {
                        let args = node.args.iter().map(|a| self.place(*a, step)).collect();
                        self.push(step, ExprOp::Window(name.clone()), args, ty)
                    }
                    _ => {
                        let args = node.args.iter().map(|a| self.place(*a, step)).collect();
                        self.push(step, ExprOp::Instruction(name.clone()), args, ty)
                    }
                }
            }
            other => {
                let op = match other {
                    Op::FieldRef(field) => ExprOp::FieldRef(field.clone()),
                    Op::Record(names) => ExprOp::Record(names.clone()),
                    Op::Extend => ExprOp::Extend,
                    Op::SelectFields { fields, keep } => ExprOp::SelectFields { fields: fields.clone(), keep: *keep },
                    Op::Cast(to) => ExprOp::Cast(to.clone()),
                    Op::Literal(_) | Op::Scan { .. } | Op::Call(_) => ExprOp::Row,
                };
                let args = node.args.iter().map(|a| self.place(*a, step)).collect();
                self.push(step, op, args, ty)
            }
        }
    }

    fn is_home(&self, node: NodeId, step: StepId) -> bool {
        self.lowering.node_domain.get(&node).copied().flatten() == Some(step)
    }
}
