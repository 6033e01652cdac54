//! Calls: argument resolution (§1.5), generic instantiation (§2.2), implicit casts, rewrites,
//! the record special forms, and the grouping/continuity rules of each kind of function.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::consts::ConstValue;
use super::lower::{quote_list, Lowerer, Scope};
use super::{Continuity, ExprId, ExprKind};
use crate::diagnostics::{nearest_matches, Code, Diagnostic, Span};
use crate::syntax::ast;
use crate::types::{can_widen, least_upper_bound, promote_to_class, FenlType, FunctionDef, Implementation, SigType};

/// A lowered argument as written at the call.
#[derive(Debug, Clone)]
pub(super) struct Arg {
    pub name: Option<ast::Ident>,
    pub id: ExprId,
    pub span: Span,
}

/// Names handled here rather than by the catalog.
pub const SPECIAL_FORMS: [&str; 3] = ["extend", "select_fields", "remove_fields"];

impl Lowerer<'_> {
    pub(super) fn call_expr(&mut self, function: &ast::Ident, args: &[ast::Arg], span: Span) -> ExprId {
        if matches!(function.name.as_str(), "select_fields" | "remove_fields") {
            return self.select_fields(function, args, span);
        }
        let lowered: Vec<Arg> =
            args.iter().map(|a| Arg { name: a.name.clone(), id: self.expr(&a.value), span: a.value.span }).collect();
        if function.name == "extend" {
            return self.extend(function, lowered, span);
        }
        self.call(&function.name, function.span, span, lowered)
    }

    /// Checks and lowers a call of a catalog function.
    pub(super) fn call(&mut self, name: &str, name_span: Span, span: Span, args: Vec<Arg>) -> ExprId {
        let Some(def) = self.catalog.get(name) else {
            let mut names: Vec<&str> = self.catalog.suggestable_names().collect();
            names.extend(SPECIAL_FORMS);
            let nearest = nearest_matches(name, names, 5);
            let s = self.span(name_span);
            let mut d = Diagnostic::new(Code::UndefinedFunction, format!("Undefined function '{name}'"))
                .with_label(s, "no such function");
            if !nearest.is_empty() {
                d = d.with_note(format!("Nearest matches: {}", quote_list(&nearest)));
            }
            self.emit(d);
            return self.error(span);
        };
        let Some(resolved) = self.resolve_args(def, &args, span) else {
            return self.error(span);
        };
        if resolved.iter().flatten().any(|a| self.ty(a.0).is_error()) {
            return self.error(span);
        }
        let Some((ids, result_ty)) = self.check_types(def, resolved) else {
            return self.error(span);
        };
        self.apply(def, ids, span, result_ty)
    }

    /// Maps arguments to parameters: keyword, default (keyword-only), positional, then the
    /// implicit `$input` once. Returns each parameter's arguments (several for a vararg).
    fn resolve_args(&mut self, def: &FunctionDef, args: &[Arg], span: Span) -> Option<Vec<Vec<(ExprId, Span)>>> {
        let sig = &def.signature;
        let name = sig.name.clone();
        let mut ok = true;
        let mut positional: Vec<(ExprId, Span)> = Vec::new();
        let mut keywords: Vec<(ast::Ident, ExprId, Span)> = Vec::new();
        for arg in args {
            match &arg.name {
                Some(kw) => keywords.push((kw.clone(), arg.id, arg.span)),
                None if !keywords.is_empty() => {
                    let s = self.span(arg.span);
                    self.emit(
                        Diagnostic::new(Code::InvalidArguments, "Positional argument after keyword argument")
                            .with_label(s, "positional arguments must come first"),
                    );
                    return None;
                }
                None => positional.push((arg.id, arg.span)),
            }
        }
        let mut next = 0;
        let mut used_implicit = false;
        let mut out = Vec::new();
        for param in &sig.params {
            if let Some(i) = keywords.iter().position(|(k, _, _)| k.name == param.name) {
                let (_, id, s) = keywords.remove(i);
                out.push(vec![(id, s)]);
            } else if param.vararg {
                let rest: Vec<(ExprId, Span)> = positional.get(next..).unwrap_or_default().to_vec();
                next = positional.len();
                if rest.is_empty() {
                    let s = self.span(span);
                    self.emit(
                        Diagnostic::new(
                            Code::InvalidArguments,
                            format!("'{name}' needs at least one argument for '{}'", param.name),
                        )
                        .with_label(s, "no values given")
                        .with_note(format!("Signature: {}", sig.text)),
                    );
                    ok = false;
                }
                out.push(rest);
            } else if let Some(default) = &param.default {
                if next < positional.len() {
                    let (_, s) = positional[next];
                    let s = self.span(s);
                    self.emit(
                        Diagnostic::new(Code::InvalidArguments, format!("Too many positional arguments for '{name}'"))
                            .with_label(
                                s,
                                format!(
                                    "'{}' is optional and must be passed by keyword: {} = ...",
                                    param.name, param.name
                                ),
                            )
                            .with_note(format!("Signature: {}", sig.text)),
                    );
                    ok = false;
                    next = positional.len();
                }
                let saved = self.span_override.replace(self.span(span));
                let id = self.expr(default);
                self.span_override = saved;
                out.push(vec![(id, span)]);
            } else if next < positional.len() {
                out.push(vec![positional[next]]);
                next += 1;
            } else if let Some(id) = (!used_implicit && !sig.is_vararg()).then(|| self.lookup_scope("$input")).flatten()
            {
                used_implicit = true;
                out.push(vec![(id, span)]);
            } else {
                let s = self.span(span);
                self.emit(
                    Diagnostic::new(Code::InvalidArguments, format!("Missing argument '{}' of '{name}'", param.name))
                        .with_label(s, format!("expected a value for '{}'", param.name))
                        .with_note(format!("Signature: {}", sig.text)),
                );
                return None;
            }
        }
        for (kw, _, _) in &keywords {
            let params: Vec<&str> = sig.params.iter().map(|p| p.name.as_str()).collect();
            let s = self.span(kw.span);
            let mut d = Diagnostic::new(Code::InvalidArguments, format!("'{name}' has no parameter '{}'", kw.name))
                .with_label(s, "unknown or repeated keyword");
            let nearest = nearest_matches(&kw.name, params.iter().copied(), 3);
            d = d.with_note(if nearest.is_empty() {
                format!("Signature: {}", sig.text)
            } else {
                format!("Nearest parameters: {}", quote_list(&nearest))
            });
            self.emit(d);
            ok = false;
        }
        if next < positional.len() {
            let s = self.span(positional[next].1);
            self.emit(
                Diagnostic::new(Code::InvalidArguments, format!("Too many arguments for '{name}'"))
                    .with_label(s, "unexpected argument")
                    .with_note(format!("Signature: {}", sig.text)),
            );
            ok = false;
        }
        ok.then_some(out)
    }

    /// Checks `const` parameters, solves type variables, checks concrete parameter types and
    /// inserts the implicit casts. Returns the arguments per parameter.
    #[allow(clippy::type_complexity)]
    fn check_types(
        &mut self,
        def: &FunctionDef,
        resolved: Vec<Vec<(ExprId, Span)>>,
    ) -> Option<(Vec<Vec<(ExprId, Span)>>, FenlType)> {
        let sig = &def.signature;
        let mut ok = true;
        for (param, args) in sig.params.iter().zip(&resolved) {
            if param.is_const {
                for (id, s) in args {
                    if self.const_value(*id).is_none() {
                        let s = self.span(*s);
                        self.emit(
                            Diagnostic::new(
                                Code::InvalidNonConstArgument,
                                format!("'{}' of '{}' must be a constant", param.name, sig.name),
                            )
                            .with_label(s, "this is computed from data")
                            .with_help("Use a literal value here"),
                        );
                        ok = false;
                    }
                }
            }
        }
        let mut solution: HashMap<String, FenlType> = HashMap::new();
        for (var, class) in &sig.type_params {
            let mut lub: Option<(FenlType, Span)> = None;
            for (param, args) in sig.params.iter().zip(&resolved) {
                if !param.ty.mentions(var) {
                    continue;
                }
                for (id, s) in args {
                    let actual = self.ty(*id).clone();
                    let Some(t) = param.ty.extract(var, &actual) else {
                        let s = self.span(*s);
                        self.emit(
                            Diagnostic::new(
                                Code::InvalidArgumentType,
                                format!("Invalid argument type for '{}' of '{}'", param.name, sig.name),
                            )
                            .with_label(s, format!("expected {}, found {actual}", param.ty)),
                        );
                        ok = false;
                        continue;
                    };
                    if promote_to_class(&t, *class).is_none() || matches!(t, FenlType::Window) {
                        let s = self.span(*s);
                        self.emit(
                            Diagnostic::new(
                                Code::InvalidArgumentType,
                                format!("Invalid argument type for '{}' of '{}'", param.name, sig.name),
                            )
                            .with_label(s, format!("expected {}, found {t}", class.name()))
                            .with_note(format!("Expected '{}'", class.name())),
                        );
                        ok = false;
                        continue;
                    }
                    lub = match lub {
                        None => Some((t, *s)),
                        Some((prev, prev_span)) => match least_upper_bound(&prev, &t) {
                            Some(joined) => Some((joined, prev_span)),
                            None => {
                                let (s1, s2) = (self.span(prev_span), self.span(*s));
                                self.emit(
                                    Diagnostic::new(
                                        Code::IncompatibleArgumentTypes,
                                        format!("Incompatible argument types for '{}': {prev} and {t}", sig.name),
                                    )
                                    .with_label(s2, format!("this is {t}"))
                                    .with_secondary(s1, format!("this is {prev}")),
                                );
                                ok = false;
                                Some((prev, prev_span))
                            }
                        },
                    };
                }
            }
            let t = lub.map_or(FenlType::Null, |(t, _)| t);
            let promoted = promote_to_class(&t, *class).unwrap_or(FenlType::Error);
            solution.insert(var.clone(), promoted);
        }
        for (param, args) in sig.params.iter().zip(&resolved) {
            let SigType::Concrete(expected) = &param.ty else { continue };
            for (id, s) in args {
                let actual = self.ty(*id).clone();
                let fits = if *expected == FenlType::Window {
                    matches!(actual, FenlType::Window | FenlType::Null)
                } else {
                    can_widen(&actual, expected)
                };
                if !fits {
                    let s = self.span(*s);
                    let mut d = Diagnostic::new(
                        Code::InvalidArgumentType,
                        format!("Invalid argument type for '{}' of '{}'", param.name, sig.name),
                    )
                    .with_label(s, format!("expected {expected}, found {actual}"));
                    if *expected == FenlType::Window {
                        d = d.with_help("Pass a window such as since(daily()), sliding(3, cond) or trailing(hours(1))");
                    } else if can_cast_hint(&actual, expected) {
                        d = d.with_help(format!("Convert it explicitly: ... as {expected}"));
                    }
                    self.emit(d);
                    ok = false;
                }
            }
        }
        if !ok {
            return None;
        }
        let solve = |v: &str| solution.get(v).cloned().unwrap_or(FenlType::Error);
        let mut out = Vec::new();
        for (param, args) in sig.params.iter().zip(resolved) {
            let target = param.ty.instantiate(&solve);
            let mut converted = Vec::new();
            for (id, s) in args {
                converted.push((self.implicit_cast(id, &target), s));
            }
            out.push(converted);
        }
        Some((out, sig.result.instantiate(&solve)))
    }

    fn implicit_cast(&mut self, id: ExprId, target: &FenlType) -> ExprId {
        let e = self.hir.expr(id);
        if e.ty == *target || matches!(target, FenlType::Window | FenlType::Error) || e.ty.is_error() {
            return id;
        }
        if let ExprKind::Literal(value) = &e.kind {
            if let Some(v) = value.convert(target) {
                let span = e.span;
                let saved = self.span_override.take();
                let lit = self.literal(v, target.clone(), span);
                self.span_override = saved;
                return lit;
            }
        }
        let (span, grouping, continuity) = (e.span, e.grouping.clone(), e.continuity.clone());
        let saved = self.span_override.take();
        let cast =
            self.push(ExprKind::Cast { expr: id, to: target.clone() }, span, target.clone(), grouping, continuity);
        self.span_override = saved;
        cast
    }

    /// Builds the call once its arguments are checked, by kind of function.
    fn apply(&mut self, def: &FunctionDef, args: Vec<Vec<(ExprId, Span)>>, span: Span, result_ty: FenlType) -> ExprId {
        let sig = &def.signature;
        let flat: Vec<(ExprId, Span)> = args.iter().flatten().copied().collect();
        let ids: Vec<ExprId> = flat.iter().map(|(id, _)| *id).collect();
        match &def.implementation {
            Implementation::Rewrite(_) => self.rewrite(def, &args, span),
            Implementation::Instruction | Implementation::Window => {
                let grouping = self.merge_groupings(&flat);
                let continuity = self.combine_continuity(&flat);
                self.call_node(sig.name.clone(), ids, span, result_ty, grouping, continuity)
            }
            Implementation::Aggregation => {
                let grouping = self.merge_groupings(&flat);
                self.call_node(sig.name.clone(), ids, span, result_ty, grouping, Continuity::Continuous)
            }
            Implementation::Tick => {
                let tag = self.fresh_domain(&sig.name);
                self.call_node(sig.name.clone(), ids, span, result_ty, None, Continuity::Discrete(tag))
            }
            Implementation::Special => self.special(def, args, span, result_ty),
        }
    }

    fn call_node(
        &mut self,
        function: String,
        args: Vec<ExprId>,
        span: Span,
        ty: FenlType,
        grouping: Option<String>,
        continuity: Continuity,
    ) -> ExprId {
        self.push(ExprKind::Call { function, args }, span, ty, grouping, continuity)
    }

    fn special(&mut self, def: &FunctionDef, args: Vec<Vec<(ExprId, Span)>>, span: Span, ty: FenlType) -> ExprId {
        let name = def.signature.name.clone();
        let flat: Vec<(ExprId, Span)> = args.iter().flatten().copied().collect();
        let ids: Vec<ExprId> = flat.iter().map(|(id, _)| *id).collect();
        match name.as_str() {
            "when" | "shift_to" | "shift_until" => {
                let grouping = self.merge_groupings(&flat);
                self.combine_continuity(&flat);
                let tag = self.fresh_domain(&name);
                self.call_node(name, ids, span, ty, grouping, Continuity::Discrete(tag))
            }
            "time_of" => {
                let input = self.hir.expr(ids[0]);
                let grouping = input.grouping.clone();
                let continuity = match &input.continuity {
                    Continuity::Discrete(tag) => Continuity::Discrete(tag.clone()),
                    Continuity::Continuous => Continuity::Discrete(self.fresh_domain("time_of")),
                };
                self.call_node(name, ids, span, ty, grouping, continuity)
            }
            "lookup" => {
                let (key, key_span) = flat[0];
                let (value, value_span) = flat[1];
                let value_expr = self.hir.expr(value);
                let Some(foreign) = value_expr.grouping.clone() else {
                    let s = self.span(value_span);
                    self.emit(
                        Diagnostic::new(Code::InvalidArguments, "The value of a lookup must belong to a grouping")
                            .with_label(s, "this is a literal or a tick, not a value of some entity"),
                    );
                    return self.error(span);
                };
                let foreign_key = self.grouping_key_type(&foreign);
                let key_ty = self.ty(key).clone();
                if let Some(expected) = foreign_key {
                    if key_ty != expected && key_ty != FenlType::Null {
                        let s = self.span(key_span);
                        self.emit(
                            Diagnostic::new(
                                Code::InvalidArgumentType,
                                format!(
                                    "Lookup key has type {key_ty}, but grouping '{foreign}' is keyed by {expected}"
                                ),
                            )
                            .with_label(s, format!("expected {expected}"))
                            .with_help(format!("Cast the key: ... as {expected}")),
                        );
                        return self.error(span);
                    }
                }
                let key_expr = self.hir.expr(key);
                let grouping = key_expr.grouping.clone();
                let continuity = match (&key_expr.continuity, &self.hir.expr(value).continuity) {
                    (Continuity::Continuous, Continuity::Continuous) => Continuity::Continuous,
                    (Continuity::Discrete(tag), _) => Continuity::Discrete(tag.clone()),
                    (Continuity::Continuous, Continuity::Discrete(_)) => {
                        Continuity::Discrete(self.fresh_domain("lookup"))
                    }
                };
                self.call_node(name, ids, span, ty, grouping, continuity)
            }
            "with_key" => {
                let (key, _) = flat[0];
                let (value, _) = flat[1];
                self.merge_groupings(&flat[..2]);
                let grouping = match self.const_value(ids[2]) {
                    Some(ConstValue::String(g)) => g,
                    _ => self.ty(key).to_string(),
                };
                let continuity = match &self.hir.expr(value).continuity {
                    Continuity::Continuous => Continuity::Continuous,
                    Continuity::Discrete(_) => Continuity::Discrete(self.fresh_domain("with_key")),
                };
                self.call_node(name, ids, span, ty, Some(grouping), continuity)
            }
            other => {
                let s = self.span(span);
                self.emit(
                    Diagnostic::new(Code::InternalError, format!("No lowering for special function '{other}'"))
                        .with_label(s, "this call"),
                );
                self.error(span)
            }
        }
    }

    /// The key type of a grouping: that of any table in it, or of a `with_key` producing it.
    fn grouping_key_type(&self, grouping: &str) -> Option<FenlType> {
        self.hir.exprs.iter().find_map(|e| match &e.kind {
            ExprKind::Table(_) if e.grouping.as_deref() == Some(grouping) => {
                let ExprKind::Table(name) = &e.kind else { return None };
                self.tables_key_type(name)
            }
            ExprKind::Call { function, args } if function == "with_key" && e.grouping.as_deref() == Some(grouping) => {
                args.first().map(|k| self.ty(*k).clone())
            }
            _ => None,
        })
    }

    fn rewrite(&mut self, def: &FunctionDef, args: &[Vec<(ExprId, Span)>], span: Span) -> ExprId {
        let Some(ast) = parsed_rewrite(&def.signature.name) else {
            let s = self.span(span);
            self.emit(
                Diagnostic::new(Code::InternalError, format!("The rewrite of '{}' does not parse", def.signature.name))
                    .with_label(s, "this call"),
            );
            return self.error(span);
        };
        let params: Vec<Scope> = def
            .signature
            .params
            .iter()
            .zip(args)
            .filter_map(|(p, a)| {
                a.first().map(|(id, s)| Scope { name: p.name.clone(), value: *id, span: *s, used: true })
            })
            .collect();
        let saved_scopes = std::mem::replace(&mut self.scopes, params);
        let saved_override = self.span_override.replace(self.span(span));
        let id = self.expr(ast);
        self.span_override = saved_override;
        self.scopes = saved_scopes;
        id
    }

    fn extend(&mut self, function: &ast::Ident, args: Vec<Arg>, span: Span) -> ExprId {
        let mut ids: Vec<(ExprId, Span)> = args.iter().filter(|a| a.name.is_none()).map(|a| (a.id, a.span)).collect();
        if args.iter().any(|a| a.name.is_some()) || ids.len() > 2 {
            let s = self.span(span);
            self.emit(
                Diagnostic::new(Code::InvalidArguments, "extend takes two positional records: extend(extension, base)")
                    .with_label(s, "this call"),
            );
            return self.error(span);
        }
        if ids.len() == 1 {
            if let Some(input) = self.lookup_scope("$input") {
                ids.push((input, span));
            }
        }
        if ids.len() != 2 {
            let s = self.span(function.span);
            self.emit(
                Diagnostic::new(Code::InvalidArguments, "Missing argument 'base' of 'extend'")
                    .with_label(s, "extend(extension, base) needs two records"),
            );
            return self.error(span);
        }
        let mut fields = Vec::new();
        for (id, s) in &ids {
            match self.ty(*id) {
                FenlType::Record(f) => fields.push(f.clone()),
                FenlType::Error => return self.error(span),
                other => {
                    let message = format!("extend needs records, found {other}");
                    let s = self.span(*s);
                    self.emit(Diagnostic::new(Code::InvalidArgumentType, message).with_label(s, "not a record"));
                    return self.error(span);
                }
            }
        }
        let mut out = fields[0].clone();
        out.extend(fields[1].iter().filter(|(n, _)| fields[0].iter().all(|(m, _)| m != n)).cloned());
        let grouping = self.merge_groupings(&ids);
        let continuity = self.combine_continuity(&ids);
        self.push(
            ExprKind::Extend { extension: ids[0].0, base: ids[1].0 },
            span,
            FenlType::Record(out),
            grouping,
            continuity,
        )
    }

    fn select_fields(&mut self, function: &ast::Ident, args: &[ast::Arg], span: Span) -> ExprId {
        let keep = function.name == "select_fields";
        let mut names = Vec::new();
        let mut record: Option<(ExprId, Span)> = None;
        for (i, arg) in args.iter().enumerate() {
            match (&arg.value.kind, i) {
                (ast::ExprKind::Literal(ast::Literal::String(s)), _) => names.push((s.clone(), arg.value.span)),
                (_, 0) => record = Some((self.expr(&arg.value), arg.value.span)),
                _ => {
                    let s = self.span(arg.value.span);
                    self.emit(
                        Diagnostic::new(
                            Code::InvalidNonConstArgument,
                            format!("Field names of '{}' must be string literals", function.name),
                        )
                        .with_label(s, "not a string literal"),
                    );
                    return self.error(span);
                }
            }
        }
        let record = match record.or_else(|| self.lookup_scope("$input").map(|id| (id, span))) {
            Some(r) => r,
            None => {
                let s = self.span(span);
                self.emit(
                    Diagnostic::new(
                        Code::InvalidArguments,
                        format!("'{}' needs a record: {}(record, \"field\", ...)", function.name, function.name),
                    )
                    .with_label(s, "no record given"),
                );
                return self.error(span);
            }
        };
        let fields = match self.ty(record.0) {
            FenlType::Record(f) => f.clone(),
            FenlType::Error => return self.error(span),
            other => {
                let message = format!("'{}' needs a record, found {other}", function.name);
                let s = self.span(record.1);
                self.emit(Diagnostic::new(Code::InvalidArgumentType, message).with_label(s, "not a record"));
                return self.error(span);
            }
        };
        if names.is_empty() {
            let s = self.span(span);
            self.emit(
                Diagnostic::new(Code::InvalidArguments, format!("'{}' needs at least one field name", function.name))
                    .with_label(s, "no fields named"),
            );
            return self.error(span);
        }
        for (n, s) in &names {
            if fields.iter().all(|(f, _)| f != n) {
                let available: Vec<&str> = fields.iter().map(|(f, _)| f.as_str()).collect();
                let nearest = nearest_matches(n, available.iter().copied(), 3);
                let s = self.span(*s);
                let mut d = Diagnostic::new(Code::IllegalFieldRef, format!("No field named '{n}'"))
                    .with_label(s, "unknown field");
                if !nearest.is_empty() {
                    d = d.with_note(format!("Nearest fields: {}", quote_list(&nearest)));
                }
                self.emit(d);
                return self.error(span);
            }
        }
        let kept: Vec<(String, FenlType)> =
            fields.iter().filter(|(f, _)| names.iter().any(|(n, _)| n == f) == keep).cloned().collect();
        if kept.is_empty() {
            let s = self.span(span);
            self.emit(
                Diagnostic::new(Code::InvalidArguments, "Removing every field leaves an empty record")
                    .with_label(s, "this call"),
            );
            return self.error(span);
        }
        let e = self.hir.expr(record.0);
        let (grouping, continuity) = (e.grouping.clone(), e.continuity.clone());
        let field_names = names.into_iter().map(|(n, _)| n).collect();
        self.push(
            ExprKind::SelectFields { record: record.0, fields: field_names, keep },
            span,
            FenlType::Record(kept),
            grouping,
            continuity,
        )
    }
}

fn can_cast_hint(from: &FenlType, to: &FenlType) -> bool {
    super::can_cast(from, to) && !from.is_error()
}

/// Rewrite bodies, parsed once.
fn parsed_rewrite(name: &str) -> Option<&'static ast::Expr> {
    static CACHE: OnceLock<HashMap<String, Option<ast::Expr>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| {
        crate::types::Catalog::builtin()
            .iter()
            .filter_map(|f| match &f.implementation {
                Implementation::Rewrite(body) => {
                    let mut diagnostics = Vec::new();
                    let parsed = crate::syntax::parse(body, &mut diagnostics).expr;
                    Some((f.name().to_owned(), parsed.filter(|_| diagnostics.is_empty())))
                }
                _ => None,
            })
            .collect()
    });
    cache.get(name).and_then(Option::as_ref)
}
