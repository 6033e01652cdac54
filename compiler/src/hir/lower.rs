//! Lowering and checking: AST → typed HIR, in one pass over the tree.
//!
//! Resolves names (let scopes, `$input`, views, tables), desugars operators, pipes and records,
//! and computes each expression's type, grouping and continuity. Errors are reported and the
//! failed expression gets the `error` type, which silences every check that depends on it.

use std::collections::HashMap;

use super::consts::{fold, ConstValue};
use super::{Binding, Continuity, Expr, ExprId, ExprKind, Hir};
use crate::diagnostics::{nearest_matches, Code, Diagnostic, Span};
use crate::syntax::ast;
use crate::tables::TableProvider;
use crate::types::{Catalog, FenlType, TypeClass};

/// Options of a lowering.
#[derive(Debug, Clone, Copy, Default)]
pub struct LowerOptions {
    /// The tree came from text with syntax errors (or is a fragment, such as REPL `.type`):
    /// skip the checks that need a whole query (unused bindings, a table to read).
    pub partial: bool,
}

/// Lowers and checks a parsed query.
pub fn lower(
    expr: &ast::Expr,
    tables: &dyn TableProvider,
    options: LowerOptions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Hir {
    let mut lowerer = Lowerer {
        hir: Hir::default(),
        tables,
        catalog: Catalog::builtin(),
        diagnostics,
        scopes: Vec::new(),
        table_ids: HashMap::new(),
        view_ids: HashMap::new(),
        views_in_progress: Vec::new(),
        span_override: None,
        fresh: 0,
        options,
    };
    let root = lowerer.expr(expr);
    lowerer.check_output(root, expr.span);
    let mut hir = lowerer.hir;
    hir.root = Some(root);
    hir
}

pub(super) struct Scope {
    pub(super) name: String,
    pub(super) value: ExprId,
    pub(super) span: Span,
    pub(super) used: bool,
}

pub(super) struct Lowerer<'a> {
    pub(super) hir: Hir,
    tables: &'a dyn TableProvider,
    pub(super) catalog: &'static Catalog,
    pub(super) diagnostics: &'a mut Vec<Diagnostic>,
    pub(super) scopes: Vec<Scope>,
    table_ids: HashMap<String, ExprId>,
    view_ids: HashMap<String, ExprId>,
    views_in_progress: Vec<String>,
    /// Set while lowering text that is not the user's (rewrite bodies, defaults, views): every
    /// node gets this span instead, so diagnostics point at the call that expanded it.
    pub(super) span_override: Option<Span>,
    fresh: usize,
    options: LowerOptions,
}

impl Lowerer<'_> {
    pub(super) fn span(&self, span: Span) -> Span {
        self.span_override.unwrap_or(span)
    }

    pub(super) fn emit(&mut self, diagnostic: Diagnostic) {
        diagnostic.emit(self.diagnostics);
    }

    pub(super) fn push(
        &mut self,
        kind: ExprKind,
        span: Span,
        ty: FenlType,
        grouping: Option<String>,
        continuity: Continuity,
    ) -> ExprId {
        let span = self.span(span);
        self.hir.push(Expr { kind, span, ty, grouping, continuity })
    }

    pub(super) fn error(&mut self, span: Span) -> ExprId {
        self.push(ExprKind::Error, span, FenlType::Error, None, Continuity::Continuous)
    }

    pub(super) fn literal(&mut self, value: ConstValue, ty: FenlType, span: Span) -> ExprId {
        self.push(ExprKind::Literal(value), span, ty, None, Continuity::Continuous)
    }

    pub(super) fn ty(&self, id: ExprId) -> &FenlType {
        &self.hir.expr(id).ty
    }

    pub(super) fn fresh_domain(&mut self, what: &str) -> String {
        self.fresh += 1;
        format!("{what}#{}", self.fresh)
    }

    pub(super) fn lookup_scope(&mut self, name: &str) -> Option<ExprId> {
        let scope = self.scopes.iter_mut().rev().find(|s| s.name == name)?;
        scope.used = true;
        Some(scope.value)
    }

    pub(super) fn expr(&mut self, expr: &ast::Expr) -> ExprId {
        match &expr.kind {
            ast::ExprKind::Literal(lit) => self.literal_expr(lit, expr.span),
            ast::ExprKind::Name(ident) => self.name(ident),
            ast::ExprKind::Input => match self.lookup_scope("$input") {
                Some(id) => id,
                None => {
                    let span = self.span(expr.span);
                    self.emit(
                        Diagnostic::new(Code::UnboundReference, "Unbound reference '$input'")
                            .with_label(span, "`$input` is only bound on the right of a pipe")
                            .with_note("Write `value | f($input)` to pass `value` as `$input`"),
                    );
                    self.error(expr.span)
                }
            },
            ast::ExprKind::Field { base, name } => {
                let base_id = self.expr(base);
                self.field(base_id, name, expr.span)
            }
            ast::ExprKind::Index { base, index } => {
                let base_id = self.expr(base);
                let index_id = self.expr(index);
                let function = match self.ty(base_id) {
                    FenlType::Map(_, _) => "get",
                    FenlType::List(_) | FenlType::Error | FenlType::Null => "index",
                    other => {
                        let message = format!("Cannot index a value of type {other}");
                        let span = self.span(base.span);
                        self.emit(
                            Diagnostic::new(Code::InvalidArgumentType, message)
                                .with_label(span, format!("this is {other}, not a list or map")),
                        );
                        return self.error(expr.span);
                    }
                };
                let args = vec![
                    super::call::Arg { name: None, id: index_id, span: index.span },
                    super::call::Arg { name: None, id: base_id, span: base.span },
                ];
                self.call(function, expr.span, expr.span, args)
            }
            ast::ExprKind::Call { function, args } => self.call_expr(function, args, expr.span),
            ast::ExprKind::Unary { op, operand } => {
                let id = self.expr(operand);
                let args = vec![super::call::Arg { name: None, id, span: operand.span }];
                self.call(op.function(), expr.span, expr.span, args)
            }
            ast::ExprKind::Binary { op, lhs, rhs } => {
                let l = self.expr(lhs);
                let r = self.expr(rhs);
                let args = vec![
                    super::call::Arg { name: None, id: l, span: lhs.span },
                    super::call::Arg { name: None, id: r, span: rhs.span },
                ];
                self.call(op.function(), expr.span, expr.span, args)
            }
            ast::ExprKind::Record(fields) => self.record(fields, expr.span),
            ast::ExprKind::Pipe { lhs, rhs } => {
                let value = self.expr(lhs);
                self.scopes.push(Scope { name: "$input".to_owned(), value, span: lhs.span, used: false });
                let result = self.expr(rhs);
                if let Some(scope) = self.scopes.pop() {
                    if !scope.used && !self.options.partial && self.span_override.is_none() {
                        self.emit(
                            Diagnostic::new(Code::UnusedBinding, "Left-hand side of pipe not used")
                                .with_label(scope.span, "this value is never used")
                                .with_secondary(rhs.span, "because this does not mention `$input`"),
                        );
                    }
                }
                result
            }
            ast::ExprKind::Let { bindings, body } => {
                let depth = self.scopes.len();
                for binding in bindings {
                    let value = self.expr(&binding.value);
                    if self.span_override.is_none() {
                        self.hir.bindings.push(Binding {
                            name: binding.name.name.clone(),
                            span: binding.name.span,
                            value,
                        });
                    }
                    self.scopes.push(Scope {
                        name: binding.name.name.clone(),
                        value,
                        span: binding.name.span,
                        used: false,
                    });
                }
                let result = self.expr(body);
                let popped: Vec<Scope> = self.scopes.drain(depth..).collect();
                if !self.options.partial && self.span_override.is_none() {
                    for scope in popped.into_iter().filter(|s| !s.used && !s.name.starts_with('_')) {
                        self.emit(
                            Diagnostic::new(Code::UnusedBinding, format!("Unused binding '{}'", scope.name))
                                .with_label(scope.span, "bound here but never used")
                                .with_help(format!(
                                    "Remove it, or rename it to '_{}' to keep it",
                                    scope.name.trim_start_matches('_')
                                )),
                        );
                    }
                }
                result
            }
            ast::ExprKind::Cast { expr: inner, ty } => {
                let id = self.expr(inner);
                self.cast(id, ty, expr.span)
            }
            ast::ExprKind::Error => self.error(expr.span),
        }
    }

    fn literal_expr(&mut self, lit: &ast::Literal, span: Span) -> ExprId {
        let (value, ty) = match lit {
            ast::Literal::Null => (ConstValue::Null, FenlType::Null),
            ast::Literal::Bool(b) => (ConstValue::Bool(*b), FenlType::Bool),
            ast::Literal::String(s) => (ConstValue::String(s.clone()), FenlType::String),
            ast::Literal::Number(text) => match parse_number(text) {
                Ok(pair) => pair,
                Err(message) => {
                    let span = self.span(span);
                    self.emit(Diagnostic::new(Code::InvalidSyntax, message).with_label(span, "this literal"));
                    return self.error(span);
                }
            },
        };
        self.literal(value, ty, span)
    }

    fn name(&mut self, ident: &ast::Ident) -> ExprId {
        if let Some(id) = self.lookup_scope(&ident.name) {
            return id;
        }
        if let Some(&id) = self.view_ids.get(&ident.name) {
            return id;
        }
        if let Some(text) = self.tables.view(&ident.name) {
            if self.tables.table(&ident.name).is_some() {
                let span = self.span(ident.span);
                self.emit(
                    Diagnostic::new(
                        Code::FormulaAlreadyDefined,
                        format!("'{}' is both a table and a view", ident.name),
                    )
                    .with_label(span, "ambiguous name")
                    .with_help("Rename or delete the view"),
                );
                return self.error(ident.span);
            }
            return self.view(&ident.name, &text, ident.span);
        }
        if let Some(&id) = self.table_ids.get(&ident.name) {
            return id;
        }
        if let Some(table) = self.tables.table(&ident.name) {
            let id = self.push(
                ExprKind::Table(table.name.clone()),
                ident.span,
                table.record_type(),
                Some(table.grouping.clone()),
                Continuity::Discrete(format!("table:{}", table.name)),
            );
            self.table_ids.insert(ident.name.clone(), id);
            return id;
        }
        let span = self.span(ident.span);
        let mut candidates: Vec<String> =
            self.scopes.iter().filter(|s| s.name != "$input").map(|s| s.name.clone()).collect();
        candidates.extend(self.tables.table_names());
        candidates.extend(self.tables.view_names());
        let mut diagnostic = Diagnostic::new(Code::UnboundReference, format!("Unbound reference '{}'", ident.name))
            .with_label(span, "no table, view or let-bound name has this name");
        if candidates.is_empty() {
            diagnostic = diagnostic.with_note("No formulas, tables, or let-bound names available");
        } else {
            let nearest = nearest_matches(&ident.name, candidates.iter().map(String::as_str), 5);
            if !nearest.is_empty() {
                diagnostic = diagnostic.with_note(format!("Nearest matches: {}", quote_list(&nearest)));
            }
        }
        if self.catalog.get(&ident.name).is_some() {
            diagnostic = diagnostic.with_help(format!("'{0}' is a function: call it as {0}(...)", ident.name));
        }
        self.emit(diagnostic);
        self.error(ident.span)
    }

    fn grouping_of_tag(&self, tag: &str) -> Option<String> {
        self.tables.table(tag.trim_start_matches("table:")).map(|t| t.grouping)
    }

    pub(super) fn tables_key_type(&self, table: &str) -> Option<FenlType> {
        self.tables.table(table).and_then(|t| t.key_type().cloned())
    }

    fn view(&mut self, name: &str, text: &str, span: Span) -> ExprId {
        if let Some(start) = self.views_in_progress.iter().position(|v| v == name) {
            let mut cycle: Vec<String> = self.views_in_progress[start..].to_vec();
            cycle.push(name.to_owned());
            let span = self.span(span);
            self.emit(
                Diagnostic::new(
                    Code::CircularDependency,
                    format!("Circular dependency between views: {}", cycle.join(" → ")),
                )
                .with_label(span, "this reference closes the cycle"),
            );
            return self.error(span);
        }
        let mut view_diagnostics = Vec::new();
        let parsed = crate::syntax::parse(text, &mut view_diagnostics);
        let Some(ast) = parsed.expr.filter(|_| view_diagnostics.iter().all(|d| !d.is_error())) else {
            let span = self.span(span);
            let first = view_diagnostics.first().map_or(String::new(), |d| d.message.clone());
            self.emit(
                Diagnostic::new(Code::UnboundReference, format!("View '{name}' does not parse"))
                    .with_label(span, "this view")
                    .with_note(first),
            );
            return self.error(span);
        };
        self.views_in_progress.push(name.to_owned());
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_override = self.span_override.replace(self.span(span));
        let before = self.diagnostics.len();
        let id = self.expr(&ast);
        self.span_override = saved_override;
        self.scopes = saved_scopes;
        self.views_in_progress.pop();
        // Problems inside the view are reported at the reference, prefixed by the view's name.
        for d in self.diagnostics.iter_mut().skip(before) {
            if d.code != Code::CircularDependency {
                d.message = format!("In view '{name}': {}", d.message);
            }
        }
        self.view_ids.insert(name.to_owned(), id);
        id
    }

    pub(super) fn field(&mut self, base: ExprId, name: &ast::Ident, span: Span) -> ExprId {
        let base_expr = self.hir.expr(base);
        let (grouping, continuity) = (base_expr.grouping.clone(), base_expr.continuity.clone());
        let ty = match &base_expr.ty {
            FenlType::Error => return self.error(span),
            FenlType::Json => FenlType::String,
            FenlType::Record(fields) => match fields.iter().find(|(n, _)| *n == name.name) {
                Some((_, t)) => t.clone(),
                None => {
                    let names: Vec<String> = fields.iter().map(|(n, _)| n.clone()).collect();
                    let nearest = nearest_matches(&name.name, names.iter().map(String::as_str), 5);
                    let label_span = self.span(name.span);
                    let mut d = Diagnostic::new(Code::IllegalFieldRef, format!("No field named '{}'", name.name))
                        .with_label(label_span, "unknown field");
                    d = if nearest.is_empty() {
                        d.with_note(format!(
                            "Available fields: {}",
                            quote_list(&names.iter().map(String::as_str).collect::<Vec<_>>())
                        ))
                    } else {
                        d.with_note(format!("Nearest fields: {}", quote_list(&nearest)))
                    };
                    self.emit(d);
                    return self.error(span);
                }
            },
            FenlType::List(item) if matches!(**item, FenlType::Record(_)) => match item.field(&name.name) {
                Some(t) => FenlType::List(Box::new(t.clone())),
                None => {
                    let label_span = self.span(name.span);
                    self.emit(
                        Diagnostic::new(Code::IllegalFieldRef, format!("No field named '{}'", name.name))
                            .with_label(label_span, format!("the list elements are {item}")),
                    );
                    return self.error(span);
                }
            },
            other => {
                let message = format!("Field access '.{}' on a value of type {other}", name.name);
                let label_span = self.span(name.span);
                let mut d = Diagnostic::new(Code::IllegalFieldRef, message)
                    .with_label(label_span, format!("only records have fields; this is {other}"));
                if *other == FenlType::String {
                    d = d.with_help("To read a field of a JSON string, parse it first: json(s).field");
                }
                self.emit(d);
                return self.error(span);
            }
        };
        self.push(ExprKind::FieldRef { base, field: name.name.clone() }, span, ty, grouping, continuity)
    }

    fn record(&mut self, fields: &[ast::Field], span: Span) -> ExprId {
        if fields.is_empty() {
            let s = self.span(span);
            self.emit(
                Diagnostic::new(Code::InvalidArguments, "Record must be non-empty").with_label(s, "empty record"),
            );
            return self.error(span);
        }
        let mut out: Vec<(String, ExprId)> = Vec::new();
        let mut spans: Vec<(ExprId, Span)> = Vec::new();
        let mut reported = Vec::new();
        for field in fields {
            let id = match &field.value {
                Some(value) => self.expr(value),
                None => self.name(&field.name),
            };
            if RESERVED_COLUMNS.contains(&field.name.name.as_str()) {
                let s = self.span(field.name.span);
                self.emit(
                    Diagnostic::new(Code::IllegalIdentifier, format!("Field name '{}' is reserved", field.name.name))
                        .with_label(s, "results already have a column of this name")
                        .with_note("Reserved output columns: '_time', '_key', '_subsort', '_key_hash'"),
                );
            }
            if let Some((_, first)) = out.iter().find(|(n, _)| *n == field.name.name) {
                if !reported.contains(&field.name.name) {
                    reported.push(field.name.name.clone());
                    let s = self.span(field.name.span);
                    let first_span = self.hir.expr(*first).span;
                    self.emit(
                        Diagnostic::new(
                            Code::DuplicateFieldNames,
                            format!("Duplicate field name '{}'", field.name.name),
                        )
                        .with_label(s, "defined again here")
                        .with_secondary(first_span, "first defined here"),
                    );
                }
                continue;
            }
            let value_span = field.value.as_ref().map_or(field.name.span, |v| v.span);
            spans.push((id, value_span));
            out.push((field.name.name.clone(), id));
        }
        let ty = FenlType::Record(out.iter().map(|(n, id)| (n.clone(), self.ty(*id).clone())).collect());
        for (name, id) in &out {
            if matches!(self.ty(*id), FenlType::Window) {
                let s = self.hir.expr(*id).span;
                self.emit(
                    Diagnostic::new(Code::InvalidArgumentType, format!("Field '{name}' holds a window"))
                        .with_label(s, "a window can only be passed to an aggregation's `window` parameter"),
                );
            }
        }
        let grouping = self.merge_groupings(&spans);
        let continuity = self.combine_continuity(&spans);
        // A record built with `{...}` is never null, so it is defined wherever its fields are.
        self.push(ExprKind::Record { fields: out }, span, ty, grouping, continuity)
    }

    fn cast(&mut self, id: ExprId, ty: &ast::TypeExpr, span: Span) -> ExprId {
        let Some(to) = self.resolve_type(ty) else {
            return self.error(span);
        };
        let from = self.ty(id).clone();
        if from.is_error() {
            return self.error(span);
        }
        if !super::can_cast(&from, &to) {
            let s = self.span(span);
            self.emit(
                Diagnostic::new(Code::IllegalCast, format!("Cannot cast {from} to {to}"))
                    .with_label(s, format!("this is {from}")),
            );
            return self.error(span);
        }
        let e = self.hir.expr(id);
        let (grouping, continuity) = (e.grouping.clone(), e.continuity.clone());
        self.push(ExprKind::Cast { expr: id, to: to.clone() }, span, to, grouping, continuity)
    }

    fn resolve_type(&mut self, ty: &ast::TypeExpr) -> Option<FenlType> {
        match ty {
            ast::TypeExpr::Named(ident) => {
                if let Some(t) =
                    FenlType::from_name(&ident.name).filter(|t| !matches!(t, FenlType::Window | FenlType::Json))
                {
                    return Some(t);
                }
                let span = self.span(ident.span);
                let mut d = Diagnostic::new(Code::IllegalCast, format!("Unknown type '{}'", ident.name))
                    .with_label(span, "not a type");
                if TypeClass::from_name(&ident.name).is_some() {
                    d = d.with_note(format!(
                        "'{}' is a type class; cast to a concrete type such as i64 or f64",
                        ident.name
                    ));
                } else {
                    let nearest = nearest_matches(&ident.name, FenlType::NAMES, 3);
                    if !nearest.is_empty() {
                        d = d.with_note(format!("Nearest types: {}", quote_list(&nearest)));
                    }
                }
                self.emit(d);
                None
            }
            ast::TypeExpr::List(item, _) => Some(FenlType::List(Box::new(self.resolve_type(item)?))),
            ast::TypeExpr::Map(k, v, _) => {
                Some(FenlType::Map(Box::new(self.resolve_type(k)?), Box::new(self.resolve_type(v)?)))
            }
            ast::TypeExpr::Record(fields, _) => {
                let mut out = Vec::new();
                for (name, t) in fields {
                    out.push((name.name.clone(), self.resolve_type(t)?));
                }
                Some(FenlType::Record(out))
            }
        }
    }

    /// The common grouping of values combined in one expression, or an error if two differ.
    pub(super) fn merge_groupings(&mut self, args: &[(ExprId, Span)]) -> Option<String> {
        let mut first: Option<(String, Span)> = None;
        for (id, span) in args {
            let e = self.hir.expr(*id);
            if e.ty.is_error() {
                continue;
            }
            let Some(grouping) = e.grouping.clone() else { continue };
            match &first {
                None => first = Some((grouping, *span)),
                Some((g, first_span)) if *g != grouping => {
                    let (g, first_span) = (g.clone(), *first_span);
                    let s = self.span(*span);
                    let fs = self.span(first_span);
                    self.emit(
                        Diagnostic::new(Code::IncompatibleGrouping, format!("Incompatible grouping: '{g}' and '{grouping}'"))
                            .with_label(s, format!("this belongs to grouping '{grouping}'"))
                            .with_secondary(fs, format!("this belongs to grouping '{g}'"))
                            .with_help("Values of different entity types combine only through lookup(key, value) or with_key(key, value)"),
                    );
                    return Some(g);
                }
                Some(_) => {}
            }
        }
        first.map(|(g, _)| g)
    }

    /// Continuity of a pointwise combination; warns (W2000) when discrete values of two
    /// different tables meet, since they are only both present where their rows coincide.
    pub(super) fn combine_continuity(&mut self, args: &[(ExprId, Span)]) -> Continuity {
        let mut discrete: Option<(String, Span)> = None;
        for (id, span) in args {
            let e = self.hir.expr(*id);
            if e.ty.is_error() {
                continue;
            }
            if let Continuity::Discrete(tag) = &e.continuity {
                match &discrete {
                    None => discrete = Some((tag.clone(), *span)),
                    Some((first, first_span))
                        if first != tag
                            && first.starts_with("table:")
                            && tag.starts_with("table:")
                            && self.hir.expr(*id).grouping == self.grouping_of_tag(first) =>
                    {
                        let (a, b) = (
                            first.trim_start_matches("table:").to_owned(),
                            tag.trim_start_matches("table:").to_owned(),
                        );
                        let (s, fs) = (self.span(*span), self.span(*first_span));
                        self.emit(
                            Diagnostic::new(
                                Code::IncompatibleTimeDomains,
                                format!("Combining event values of '{a}' and '{b}'"),
                            )
                            .with_label(s, format!("defined only at rows of '{b}'"))
                            .with_secondary(fs, format!("defined only at rows of '{a}'"))
                            .with_note("The result is null except where both tables have a row at the same time")
                            .with_help("Aggregate one side (e.g. last(...)) to carry its value forward"),
                        );
                        return Continuity::Discrete(first.clone());
                    }
                    Some(_) => {}
                }
            }
        }
        discrete.map_or(Continuity::Continuous, |(tag, _)| Continuity::Discrete(tag))
    }

    pub(super) fn const_value(&self, id: ExprId) -> Option<ConstValue> {
        let e = self.hir.expr(id);
        match &e.kind {
            ExprKind::Literal(v) => Some(v.clone()),
            ExprKind::Cast { expr, to } => self.const_value(*expr)?.convert(to),
            ExprKind::Call { function, args } => {
                let f = self.catalog.get(function)?;
                if f.implementation != crate::types::Implementation::Instruction {
                    return None;
                }
                let values = args.iter().map(|a| self.const_value(*a)).collect::<Option<Vec<_>>>()?;
                fold(function, &values, &e.ty)
            }
            _ => None,
        }
    }

    fn check_output(&mut self, root: ExprId, span: Span) {
        let ty = self.ty(root).clone();
        if !ty.is_error()
            && !self.options.partial
            && !self.hir.exprs.iter().any(|e| matches!(e.kind, ExprKind::Table(_)))
        {
            let span = self.span(span);
            self.emit(
                Diagnostic::new(Code::InvalidOutputType, "The query reads no table")
                    .with_label(span, "this only combines constants, so it has no rows and no entities")
                    .with_help("Refer to a table, e.g. `Purchases.amount`"),
            );
            return;
        }
        if contains(&ty, &|t| matches!(t, FenlType::Window | FenlType::Json)) {
            let span = self.span(span);
            let what = if contains(&ty, &|t| *t == FenlType::Json) { "a json value" } else { "a window" };
            self.emit(
                Diagnostic::new(Code::InvalidOutputType, format!("Invalid output type: {ty}"))
                    .with_label(span, format!("the result contains {what}, which cannot be output"))
                    .with_help(if what == "a json value" {
                        "Read its fields instead: json(s).field"
                    } else {
                        "Pass the window to an aggregation: sum(x, window = since(...))"
                    }),
            );
        }
    }
}

/// Output columns every result has; record fields may not use these names.
pub const RESERVED_COLUMNS: [&str; 4] = ["_time", "_key", "_subsort", "_key_hash"];

fn contains(ty: &FenlType, pred: &dyn Fn(&FenlType) -> bool) -> bool {
    pred(ty)
        || match ty {
            FenlType::Record(fields) => fields.iter().any(|(_, t)| contains(t, pred)),
            FenlType::List(item) => contains(item, pred),
            FenlType::Map(k, v) => contains(k, pred) || contains(v, pred),
            _ => false,
        }
}

pub(super) fn quote_list(items: &[&str]) -> String {
    items.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ")
}

/// Types a number literal: a suffix forces the type, a `.` makes `f64`, else `i64`.
fn parse_number(text: &str) -> Result<(ConstValue, FenlType), String> {
    const SUFFIXES: [&str; 10] = ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64"];
    let (digits, ty) = match SUFFIXES.iter().find(|s| text.ends_with(**s)) {
        Some(suffix) => (&text[..text.len() - suffix.len()], FenlType::from_name(suffix).unwrap_or(FenlType::I64)),
        None if text.contains('.') => (text, FenlType::F64),
        None => (text, FenlType::I64),
    };
    let out_of_range = || {
        let shown: String = digits.chars().take(24).collect();
        format!("Number literal {shown}{} is out of range for {ty}", if shown.len() < digits.len() { "…" } else { "" })
    };
    if ty.is_float() {
        let value: f64 = digits.parse().map_err(|_| out_of_range())?;
        if !value.is_finite() || (ty == FenlType::F32 && value.abs() > f64::from(f32::MAX)) {
            return Err(out_of_range());
        }
        return Ok((ConstValue::Float(value), ty));
    }
    if digits.contains('.') {
        return Err(format!("Number literal {text} has a fraction but an integer suffix"));
    }
    let width = ty.int_width().unwrap_or(64);
    if ty.is_signed_int() {
        let value: i64 = digits.parse().map_err(|_| out_of_range())?;
        if width < 64 && value >= 1i64 << (width - 1) {
            return Err(out_of_range());
        }
        Ok((ConstValue::Int(value), ty))
    } else {
        let value: u64 = digits.parse().map_err(|_| out_of_range())?;
        if width < 64 && value >= 1u64 << width {
            return Err(out_of_range());
        }
        Ok((ConstValue::UInt(value), ty))
    }
}
