//! Editor support shared by the REPL and the language server: completion, hover, signature
//! help, definitions and references of `let` names, highlighting, symbols, and whether a REPL
//! line is an unfinished expression.
//!
//! Every function takes the whole text and a byte offset and works on text that does not parse:
//! it falls back from the typed tree to the token stream. Nothing here reads table data; tables
//! come in as schemas through [`TableProvider`].

use std::collections::HashMap;

use crate::diagnostics::{Code, Diagnostic, Span};
use crate::hir::{ExprKind as HirKind, LowerOptions};
use crate::syntax::ast::{Expr, ExprKind};
use crate::syntax::lexer::{lex, Spanned, Token};
use crate::tables::TableProvider;
use crate::types::{Catalog, FenlType};

/// What a completion item names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CompletionKind {
    Field,
    Binding,
    Table,
    View,
    Function,
    Keyword,
}

/// One completion item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub label: String,
    pub kind: CompletionKind,
    /// The type of a field or binding, a function's signature, a table's key.
    pub detail: String,
    pub documentation: Option<String>,
}

/// Completions at a cursor: the items and the span of text they replace (the name being typed).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Completions {
    pub replace: Span,
    pub items: Vec<Completion>,
}

const KEYWORDS: [&str; 9] = ["let", "in", "and", "or", "as", "true", "false", "null", "$input"];

/// The largest char boundary at or before `offset`.
fn floor_boundary(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn tokens(source: &str) -> Vec<Spanned<'_>> {
    lex(source, &mut Vec::new()).into_iter().filter(|(_, t, _)| !matches!(t, Token::Comment(_))).collect()
}

fn is_word(token: &Token<'_>) -> bool {
    matches!(token, Token::Ident(_)) || (!token.symbol().is_empty() && token.symbol().chars().all(char::is_alphabetic))
}

/// Completions at `offset`: fields after `.`, else names (bindings in scope, tables, views,
/// functions, keywords) starting with the word being typed.
pub fn complete(source: &str, offset: usize, tables: &dyn TableProvider) -> Completions {
    let analysis = crate::analyze_with(source, tables, LowerOptions { partial: true });
    complete_with(source, offset, tables, &binding_types(&analysis))
}

/// The types of a checked text's `let` names, by name: what [`complete_with`] needs to know
/// about bindings without checking the text again.
pub fn binding_types(analysis: &crate::Analysis) -> HashMap<String, FenlType> {
    let mut types = HashMap::new();
    if let Some(hir) = &analysis.hir {
        for b in &hir.bindings {
            let ty = &hir.expr(b.value).ty;
            if !ty.is_error() {
                types.insert(b.name.clone(), ty.clone());
            }
        }
    }
    types
}

/// [`complete`] with the binding types of an earlier check of the text (an editor keeps them
/// from the last keystroke's diagnostics), so that completing `name.` or a name costs a parse,
/// not a check, on large files. Expressions other than `name.field…` before a dot are still
/// checked.
pub fn complete_with(
    source: &str,
    offset: usize,
    tables: &dyn TableProvider,
    bindings: &HashMap<String, FenlType>,
) -> Completions {
    let offset = floor_boundary(source, offset);
    let before = tokens(&source[..offset]);
    let (prefix_start, rest) = match before.split_last() {
        Some(((start, token, end), rest)) if *end == offset && is_word(token) => (*start, rest),
        _ => (offset, &before[..]),
    };
    let prefix = &source[prefix_start..offset];
    let replace = Span::new(prefix_start, offset);
    let mut items = match rest.last() {
        Some((dot, Token::Dot, _)) => field_items(source, *dot, offset, rest, tables, bindings),
        _ => name_items(rest, tables, bindings),
    };
    items.retain(|c| c.label.starts_with(prefix));
    items.sort_by(|a, b| (a.kind, &a.label).cmp(&(b.kind, &b.label)));
    items.dedup_by(|a, b| a.label == b.label);
    Completions { replace, items }
}

fn field_items(
    source: &str,
    dot: usize,
    offset: usize,
    before: &[Spanned<'_>],
    tables: &dyn TableProvider,
    bindings: &HashMap<String, FenlType>,
) -> Vec<Completion> {
    let ty = chain_type(before, tables, bindings).or_else(|| type_ending_at(source, dot, offset, tables));
    match ty {
        Some(FenlType::Record(fields)) => fields
            .iter()
            .map(|(name, ty)| Completion {
                label: name.clone(),
                kind: CompletionKind::Field,
                detail: ty.to_string(),
                documentation: None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The type of the expression that ends right before the `.` at `dot`, found by checking the
/// text with the `.name` being typed taken out.
fn type_ending_at(source: &str, dot: usize, offset: usize, tables: &dyn TableProvider) -> Option<FenlType> {
    let text = format!("{}{}", &source[..dot], &source[offset..]);
    let analysis = crate::analyze_with(&text, tables, LowerOptions { partial: true });
    let hir = analysis.hir.as_ref()?;
    // A `let` name leaves no node of its own: it stands for its binding's value.
    if let Some((_, def)) = uses_in(analysis.parsed.expr.as_ref()).into_iter().find(|(u, _)| u.end == dot) {
        let binding = hir.bindings.iter().find(|b| b.span.start == def.start)?;
        return Some(hir.expr(binding.value).ty.clone()).filter(|t| !t.is_error());
    }
    hir.exprs
        .iter()
        .filter(|e| e.span.end == dot && !matches!(e.kind, HirKind::Error | HirKind::Cast { .. }) && !e.ty.is_error())
        .min_by_key(|e| e.span.end - e.span.start)
        .map(|e| e.ty.clone())
}

/// The type of `name.field.field` before the final dot, when `name` is a binding or a table.
fn chain_type(
    before: &[Spanned<'_>],
    tables: &dyn TableProvider,
    bindings: &HashMap<String, FenlType>,
) -> Option<FenlType> {
    let mut names = Vec::new();
    let mut rest = before.split_last()?.1;
    loop {
        let ((_, Token::Ident(name), _), head) = rest.split_last()? else { return None };
        names.push(*name);
        match head.split_last() {
            Some(((_, Token::Dot, _), head)) => rest = head,
            _ => break,
        }
    }
    let (first, fields) = names.split_last()?;
    let mut ty = match bindings.get(*first) {
        Some(ty) => ty.clone(),
        None => tables.table(first)?.record_type(),
    };
    for name in fields.iter().rev() {
        ty = ty.field(name)?.clone();
    }
    Some(ty)
}

fn name_items(
    before: &[Spanned<'_>],
    tables: &dyn TableProvider,
    bindings: &HashMap<String, FenlType>,
) -> Vec<Completion> {
    let mut items = Vec::new();
    for (name, _) in bindings_in_scope(before) {
        let detail = bindings.get(&name).map_or_else(|| "let binding".to_owned(), FenlType::to_string);
        items.push(Completion { label: name, kind: CompletionKind::Binding, detail, documentation: None });
    }
    for name in tables.table_names() {
        let detail = tables.table(&name).map_or_else(String::new, |t| {
            format!("table: key {} ({}), time {}", t.key_column, t.grouping, t.time_column)
        });
        items.push(Completion { label: name, kind: CompletionKind::Table, detail, documentation: None });
    }
    for name in tables.view_names() {
        let documentation = tables.view(&name);
        items.push(Completion { label: name, kind: CompletionKind::View, detail: "view".to_owned(), documentation });
    }
    for f in Catalog::builtin().iter().filter(|f| !f.internal) {
        items.push(Completion {
            label: f.name().to_owned(),
            kind: CompletionKind::Function,
            detail: f.signature.text.clone(),
            documentation: Some(f.doc.clone()),
        });
    }
    for keyword in KEYWORDS {
        items.push(Completion {
            label: keyword.to_owned(),
            kind: CompletionKind::Keyword,
            detail: "keyword".to_owned(),
            documentation: None,
        });
    }
    items
}

/// `let` names visible after the tokens `before` (the text up to the cursor), innermost last.
///
/// Read from the tokens alone, so it works on text that does not parse and costs a lex, not a
/// parse: a `let` block opens at its bracket depth; a name becomes visible at the next `let` or
/// `in` of its block (never inside its own value); the block's scope ends at the bracket that
/// closes around it, or at a `,` at its depth once its body has begun.
fn bindings_in_scope(before: &[Spanned<'_>]) -> Vec<(String, Span)> {
    struct Block {
        depth: usize,
        names: Vec<(String, Span)>,
        pending: Option<(String, Span)>,
        in_body: bool,
    }
    let mut blocks: Vec<Block> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < before.len() {
        let (_, token, _) = &before[i];
        match token {
            Token::LParen | Token::LBracket | Token::LBrace => depth += 1,
            Token::RParen | Token::RBracket | Token::RBrace => {
                depth = depth.saturating_sub(1);
                blocks.retain(|b| b.depth <= depth);
            }
            Token::Comma => blocks.retain(|b| b.depth < depth || !b.in_body),
            Token::Let => {
                let continues = blocks.last().is_some_and(|b| b.depth == depth && !b.in_body);
                if !continues {
                    blocks.push(Block { depth, names: Vec::new(), pending: None, in_body: false });
                }
                if let Some(block) = blocks.last_mut() {
                    block.names.extend(block.pending.take());
                    if let Some((l, Token::Ident(name), r)) = before.get(i + 1) {
                        block.pending = Some(((*name).to_owned(), Span::new(*l, *r)));
                        i += 1;
                    }
                }
            }
            Token::In => {
                if let Some(block) = blocks.iter_mut().rev().find(|b| b.depth == depth && !b.in_body) {
                    block.names.extend(block.pending.take());
                    block.in_body = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    blocks.into_iter().flat_map(|b| b.names).collect()
}

/// What hovering over `offset` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hover {
    pub span: Span,
    /// Markdown: a code block with the type or signature, then documentation.
    pub text: String,
}

/// The signature and documentation of a function under the cursor, else the type of the
/// smallest expression around it: value type, grouping, continuity.
pub fn hover(source: &str, offset: usize, tables: &dyn TableProvider) -> Option<Hover> {
    let offset = floor_boundary(source, offset);
    let all = tokens(source);
    if let Some(i) = all.iter().position(|(l, _, r)| *l <= offset && offset <= *r && *l < *r) {
        if let (_, Token::Ident(name), _) = &all[i] {
            let called = matches!(all.get(i + 1), Some((_, Token::LParen, _)));
            if let Some(f) = Catalog::builtin().get(name).filter(|_| called) {
                return Some(Hover {
                    span: Span::new(all[i].0, all[i].2),
                    text: format!("```fenl\n{}\n```\n\n{}", f.signature.text, f.doc),
                });
            }
        }
    }
    let analysis = crate::analyze_with(source, tables, LowerOptions { partial: true });
    let hir = analysis.hir.as_ref()?;
    if let Some(b) = hir.bindings.iter().find(|b| b.span.contains(offset)) {
        let value = hir.expr(b.value);
        return (!value.ty.is_error()).then(|| Hover { span: b.span, text: describe(&b.name, value) });
    }
    // A use of a `let` name has no node of its own: show its binding.
    if let Some((use_span, def)) = uses_in(analysis.parsed.expr.as_ref()).into_iter().find(|(u, _)| u.contains(offset))
    {
        let b = hir.bindings.iter().find(|b| b.span.start == def.start)?;
        let value = hir.expr(b.value);
        return (!value.ty.is_error()).then(|| Hover { span: use_span, text: describe(&b.name, value) });
    }
    let expr = hir
        .exprs
        .iter()
        .filter(|e| e.span.contains(offset) && !matches!(e.kind, HirKind::Error) && !e.ty.is_error())
        .min_by_key(|e| (e.span.end - e.span.start, matches!(e.kind, HirKind::Cast { .. })))?;
    let text = source.get(expr.span.start..expr.span.end).unwrap_or("");
    let shown: String = text.chars().take(60).collect();
    Some(Hover { span: expr.span, text: describe(&shown, expr) })
}

fn describe(what: &str, expr: &crate::hir::Expr) -> String {
    format!("```fenl\n{what}: {}\n```\n\n{}", expr.ty, continuity_and_grouping(expr))
}

/// `continuous` or `discrete`, then the grouping if it has one.
fn continuity_and_grouping(expr: &crate::hir::Expr) -> String {
    let continuity = if expr.continuity.is_continuous() { "continuous" } else { "discrete" };
    let grouping = expr.grouping.as_deref().map_or_else(String::new, |g| format!(", grouping {g}"));
    format!("{continuity}{grouping}")
}

/// The type of the whole text as a one-line summary (the REPL's `.type`).
pub fn type_of(source: &str, tables: &dyn TableProvider) -> Result<String, Vec<Diagnostic>> {
    let analysis = crate::analyze_with(source, tables, LowerOptions { partial: true });
    if analysis.has_errors() {
        return Err(analysis.diagnostics.into_iter().filter(Diagnostic::is_error).collect());
    }
    root_type(&analysis).ok_or_else(Vec::new)
}

/// The one-line type summary of an analysis's root, e.g. `f64 (continuous, grouping customer)`.
pub fn root_type(analysis: &crate::Analysis) -> Option<String> {
    let expr = analysis.hir.as_ref().and_then(|h| h.root_expr())?;
    Some(format!("{} ({})", expr.ty, continuity_and_grouping(expr)))
}

/// Signature help inside the parentheses of a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureHelp {
    pub function: String,
    pub signature: String,
    pub documentation: String,
    /// The parameters' texts as written in the signature, for highlighting.
    pub parameters: Vec<String>,
    pub active_parameter: usize,
}

/// The call the cursor is in (the innermost unclosed `name(` before it) and which parameter
/// the cursor is on: by position, or by name for `name = value` arguments.
pub fn signature_help(source: &str, offset: usize) -> Option<SignatureHelp> {
    let offset = floor_boundary(source, offset);
    let before = tokens(&source[..offset]);
    let mut depth = 0usize;
    let mut commas = 0usize;
    let mut open = None;
    for (i, (_, token, _)) in before.iter().enumerate().rev() {
        match token {
            Token::RParen | Token::RBracket | Token::RBrace => depth += 1,
            Token::LBracket | Token::LBrace if depth > 0 => depth -= 1,
            Token::LBracket | Token::LBrace => return None,
            Token::LParen if depth > 0 => depth -= 1,
            Token::LParen => {
                open = Some(i);
                break;
            }
            Token::Comma if depth == 0 => commas += 1,
            _ => {}
        }
    }
    let open = open?;
    let (_, Token::Ident(name), _) = before.get(open.checked_sub(1)?)? else { return None };
    let f = Catalog::builtin().get(name)?;
    let params: Vec<String> = f.signature.params.iter().map(|p| p.name.clone()).collect();
    // The argument being typed: the tokens after the last comma at depth 0.
    let mut depth = 0usize;
    let mut current = open + 1;
    for (i, (_, token, _)) in before.iter().enumerate().skip(open + 1) {
        match token {
            Token::LParen | Token::LBracket | Token::LBrace => depth += 1,
            Token::RParen | Token::RBracket | Token::RBrace => depth = depth.saturating_sub(1),
            Token::Comma if depth == 0 => current = i + 1,
            _ => {}
        }
    }
    let named = match (before.get(current), before.get(current + 1)) {
        (Some((_, Token::Ident(arg), _)), Some((_, Token::Assign, _))) => params.iter().position(|p| p == arg),
        _ => None,
    };
    let last = params.len().saturating_sub(1);
    let active = named.unwrap_or(if f.signature.is_vararg() { commas.min(last) } else { commas });
    Some(SignatureHelp {
        function: f.name().to_owned(),
        signature: f.signature.text.clone(),
        documentation: f.doc.clone(),
        parameters: parameter_texts(&f.signature.text),
        active_parameter: active,
    })
}

/// The parameter list of a signature split at its top-level commas.
fn parameter_texts(signature: &str) -> Vec<String> {
    let Some(open) = signature.find('(') else { return Vec::new() };
    let mut depth = 0i32;
    let mut params = Vec::new();
    let mut start = open + 1;
    for (i, c) in signature.char_indices().skip_while(|(i, _)| *i <= open) {
        match c {
            '(' | '<' | '[' | '{' => depth += 1,
            ')' if depth == 0 => {
                let last = signature[start..i].trim();
                if !last.is_empty() {
                    params.push(last.to_owned());
                }
                break;
            }
            ')' | '>' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                params.push(signature[start..i].trim().to_owned());
                start = i + 1;
            }
            _ => {}
        }
    }
    params
}

/// Every use of a `let` name and the name it resolves to: `(use, definition)`.
pub fn name_uses(source: &str) -> Vec<(Span, Span)> {
    uses_in(crate::syntax::parse(source, &mut Vec::new()).expr.as_ref())
}

fn uses_in(expr: Option<&Expr>) -> Vec<(Span, Span)> {
    let mut uses = Vec::new();
    if let Some(expr) = expr {
        resolve(expr, &mut Vec::new(), &mut uses);
    }
    uses
}

fn resolve(expr: &Expr, scope: &mut Vec<(String, Span)>, uses: &mut Vec<(Span, Span)>) {
    let lookup = |scope: &[(String, Span)], name: &str| scope.iter().rev().find(|(n, _)| n == name).map(|(_, s)| *s);
    match &expr.kind {
        ExprKind::Name(ident) => {
            if let Some(def) = lookup(scope, &ident.name) {
                uses.push((ident.span, def));
            }
        }
        ExprKind::Record(fields) => {
            for field in fields {
                match &field.value {
                    Some(value) => resolve(value, scope, uses),
                    None => {
                        if let Some(def) = lookup(scope, &field.name.name) {
                            uses.push((field.name.span, def));
                        }
                    }
                }
            }
        }
        ExprKind::Let { bindings, body } => {
            let depth = scope.len();
            for b in bindings {
                resolve(&b.value, scope, uses);
                scope.push((b.name.name.clone(), b.name.span));
            }
            resolve(body, scope, uses);
            scope.truncate(depth);
        }
        _ => {
            for child in expr.children() {
                resolve(child, scope, uses);
            }
        }
    }
}

/// The definition of the `let` name at `offset` (on a use or on the definition itself).
pub fn definition(source: &str, offset: usize) -> Option<Span> {
    let parsed = crate::syntax::parse(source, &mut Vec::new());
    definition_in(parsed.expr.as_ref(), &uses_in(parsed.expr.as_ref()), offset)
}

fn definition_in(expr: Option<&Expr>, uses: &[(Span, Span)], offset: usize) -> Option<Span> {
    if let Some((_, def)) = uses.iter().find(|(u, _)| u.contains(offset)) {
        return Some(*def);
    }
    let_names(expr).into_iter().find(|s| s.contains(offset))
}

/// The definition and every use of the `let` name at `offset`, in source order.
pub fn references(source: &str, offset: usize) -> Vec<Span> {
    let parsed = crate::syntax::parse(source, &mut Vec::new());
    let uses = uses_in(parsed.expr.as_ref());
    let Some(def) = definition_in(parsed.expr.as_ref(), &uses, offset) else { return Vec::new() };
    let mut spans: Vec<Span> =
        std::iter::once(def).chain(uses.into_iter().filter(|(_, d)| *d == def).map(|(u, _)| u)).collect();
    spans.sort();
    spans
}

fn let_names(expr: Option<&Expr>) -> Vec<Span> {
    let mut out = Vec::new();
    let mut stack: Vec<&Expr> = expr.into_iter().collect();
    while let Some(expr) = stack.pop() {
        if let ExprKind::Let { bindings, .. } = &expr.kind {
            out.extend(bindings.iter().map(|b| b.name.span));
        }
        stack.extend(expr.children());
    }
    out
}

/// A `let` binding as a document symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub name_span: Span,
    /// The whole `let name = value`.
    pub span: Span,
    pub detail: String,
}

/// The `let` bindings of a text, in source order, with their types when they check.
pub fn symbols(source: &str, tables: &dyn TableProvider) -> Vec<Symbol> {
    let analysis = crate::analyze_with(source, tables, LowerOptions { partial: true });
    let mut out = Vec::new();
    let mut stack: Vec<&Expr> = analysis.parsed.expr.iter().collect();
    while let Some(expr) = stack.pop() {
        if let ExprKind::Let { bindings, .. } = &expr.kind {
            for b in bindings {
                let ty = analysis.hir.as_ref().and_then(|h| {
                    let hb = h.bindings.iter().find(|hb| hb.span.start == b.name.span.start)?;
                    Some(h.expr(hb.value).ty.clone()).filter(|t| !t.is_error())
                });
                out.push(Symbol {
                    name: b.name.name.clone(),
                    name_span: b.name.span,
                    span: b.span,
                    detail: ty.map_or_else(String::new, |t| t.to_string()),
                });
            }
        }
        stack.extend(expr.children());
    }
    out.sort_by_key(|s| s.span.start);
    out
}

/// The class of a token for syntax highlighting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenClass {
    Keyword,
    Function,
    Name,
    Number,
    String,
    Comment,
    Operator,
    Punctuation,
}

/// Every token of the text with its class, comments included; invalid bytes are left out.
pub fn highlight(source: &str) -> Vec<(Span, TokenClass)> {
    let all = lex(source, &mut Vec::new());
    let mut out = Vec::with_capacity(all.len());
    for (i, (l, token, r)) in all.iter().enumerate() {
        let class = match token {
            Token::Ident(_) => {
                let next = all[i + 1..].iter().find(|(_, t, _)| !matches!(t, Token::Comment(_)));
                if matches!(next, Some((_, Token::LParen, _))) {
                    TokenClass::Function
                } else {
                    TokenClass::Name
                }
            }
            Token::Number(_) | Token::LeadingDotNumber => TokenClass::Number,
            Token::Str(_) => TokenClass::String,
            Token::Comment(_) => TokenClass::Comment,
            Token::Let
            | Token::In
            | Token::And
            | Token::Or
            | Token::As
            | Token::Const
            | Token::Input
            | Token::True
            | Token::False
            | Token::Null => TokenClass::Keyword,
            Token::Comma
            | Token::LBracket
            | Token::RBracket
            | Token::LBrace
            | Token::RBrace
            | Token::LParen
            | Token::RParen
            | Token::Colon => TokenClass::Punctuation,
            _ => TokenClass::Operator,
        };
        out.push((Span::new(*l, *r), class));
    }
    out
}

/// Whether a REPL entry is an expression that has not ended yet (an open bracket, a trailing
/// operator, `let` without `in`): the line editor then continues on the next line.
pub fn is_incomplete(source: &str) -> bool {
    if source.trim().is_empty() {
        return false;
    }
    let mut diagnostics = Vec::new();
    let _ = crate::syntax::parse(source, &mut diagnostics);
    let end = source.trim_end().len();
    diagnostics.iter().any(|d| {
        d.code == Code::InvalidSyntax
            && d.message != "Empty query"
            && (d.message == "Unexpected end of input" || d.primary.span.start >= end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::StaticTables;

    fn tables() -> StaticTables {
        StaticTables::from_toml(
            r#"
            [[table]]
            name = "Purchases"
            time_column = "time"
            entity_key_column = "customer"
            grouping = "customer"
            columns = ["time: timestamp_ns", "customer: string", "amount: f64", "item: string"]
            "#,
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    /// Splits `text` at the `┃` cursor marker.
    fn at(text: &str) -> (String, usize) {
        let offset = text.find('┃').unwrap_or_else(|| panic!("no cursor in {text}"));
        (text.replacen('┃', "", 1), offset)
    }

    fn labels(text: &str) -> Vec<String> {
        let (source, offset) = at(text);
        complete(&source, offset, &tables()).items.into_iter().map(|c| c.label).collect()
    }

    #[test]
    fn completes_fields_after_a_table_a_binding_and_in_broken_text() {
        let fields = vec!["amount", "customer", "item", "time"];
        assert_eq!(labels("Purchases.┃"), fields);
        assert_eq!(labels("sum(Purchases.am┃)"), vec!["amount"]);
        assert_eq!(labels("let p = Purchases in p.┃"), fields);
        assert_eq!(labels("let x = Purchases.┃"), fields);
        assert_eq!(labels("let x = Purchases.┃\nin x"), fields);
        assert_eq!(labels("{ a: 1 }.┃"), vec!["a"]);
        assert_eq!(labels("{ a: { b: 1 } }.a.┃"), vec!["b"]);
    }

    #[test]
    fn completes_names_in_scope_tables_and_functions() {
        let got = labels("let total = 1 in to┃");
        assert!(got.contains(&"total".to_owned()), "{got:?}");
        let bindings = |text: &str| -> Vec<String> {
            let (source, offset) = at(text);
            let kept = complete(&source, offset, &tables()).items.into_iter();
            kept.filter(|c| c.kind == CompletionKind::Binding).map(|c| c.label).collect()
        };
        assert_eq!(bindings("let a = 1 let b = ┃"), ["a"]);
        assert_eq!(bindings("let a = 1 let b = 2 in { x: ┃"), ["a", "b"]);
        assert_eq!(bindings("(let a = 1 in a) + ┃"), Vec::<String>::new());
        assert_eq!(bindings("f(let a = 1 in a, ┃"), Vec::<String>::new());
        assert_eq!(bindings("let a = 1 in { x: (let b = 2 in b), y: ┃"), ["a"]);
        assert_eq!(bindings("let a = 1 in let b = a in ┃"), ["a", "b"]);
        assert_eq!(labels("Pur┃"), vec!["Purchases"]);
        let sums = labels("sum┃");
        assert_eq!(sums, vec!["sum"]);
        let (source, offset) = at("1 + su┃");
        let completions = complete(&source, offset, &tables());
        assert_eq!(completions.replace, Span::new(4, 6));
        assert!(completions.items.iter().any(|c| c.label == "sum" && c.detail.starts_with("sum")));
    }

    #[test]
    fn hovers_types_and_signatures() {
        let (source, offset) = at("sum(Purchases.amo┃unt)");
        let hover = hover(&source, offset, &tables()).unwrap_or_else(|| panic!("no hover"));
        assert!(hover.text.contains("Purchases.amount: f64"), "{}", hover.text);
        assert!(hover.text.contains("discrete, grouping customer"), "{}", hover.text);
        let (source, offset) = at("su┃m(Purchases.amount)");
        let hover = super::hover(&source, offset, &tables()).unwrap_or_else(|| panic!("no hover"));
        assert!(hover.text.contains("sum<N: number>"), "{}", hover.text);
        assert_eq!(type_of("sum(Purchases.amount)", &tables()), Ok("f64 (continuous, grouping customer)".into()));
        let (source, offset) = at("let big = Purchases.amount > 10.0 in { b┃ig }");
        let hover = super::hover(&source, offset, &tables()).unwrap_or_else(|| panic!("no hover"));
        assert!(hover.text.contains("big: bool"), "{}", hover.text);
    }

    #[test]
    fn signature_help_tracks_the_argument() {
        let (source, offset) = at("sum(Purchases.amount, ┃");
        let help = signature_help(&source, offset).unwrap_or_else(|| panic!("no help"));
        assert_eq!((help.function.as_str(), help.active_parameter), ("sum", 1));
        let (source, offset) = at("sum(Purchases.amount, window = since(dai┃ly()))");
        let help = signature_help(&source, offset).unwrap_or_else(|| panic!("no help"));
        assert_eq!(help.function, "since");
        let (source, offset) = at("sum(f(1, 2), window = ┃)");
        let help = signature_help(&source, offset).unwrap_or_else(|| panic!("no help"));
        assert_eq!(help.parameters.get(help.active_parameter).map(|p| p.starts_with("window")), Some(true));
    }

    #[test]
    fn definitions_and_references_respect_scopes() {
        let source = "let a = 1 let b = a + 1 in { a, c: (let a = 2 in a) + b }";
        let first = Span::new(4, 5);
        assert_eq!(definition(source, 18), Some(first));
        let refs = references(source, 4);
        assert_eq!(refs.len(), 3, "{refs:?}");
        let inner = source.rfind("in a").map(|i| i + 3).unwrap_or(0);
        assert_ne!(definition(source, inner), Some(first));
    }

    #[test]
    fn incomplete_entries_continue() {
        for text in ["sum(", "1 +", "let a = 1", "let a = 1 in", "Purchases |", "{ a: 1,"] {
            assert!(is_incomplete(text), "{text}");
        }
        for text in ["1 + 2", "sum(Purchases.amount)", "1 +) 2", "", "# only a comment\n"] {
            assert!(!is_incomplete(text), "{text}");
        }
    }

    #[test]
    fn highlights_every_token_and_symbols_list_bindings() {
        let classes: Vec<TokenClass> = highlight("let x = sum(P.a) # c\nin x").into_iter().map(|(_, c)| c).collect();
        assert_eq!(classes[0], TokenClass::Keyword);
        assert_eq!(classes[3], TokenClass::Function);
        assert!(classes.contains(&TokenClass::Comment));
        let symbols = symbols("let x = 1 let y = x + 1.5 in y", &tables());
        assert_eq!(
            symbols.iter().map(|s| (s.name.as_str(), s.detail.as_str())).collect::<Vec<_>>(),
            [("x", "i64"), ("y", "f64")]
        );
    }
}
