//! Parsing: tokens → AST, recovering from errors so that several are reported in one pass.

use lalrpop_util::{lalrpop_mod, ErrorRecovery, ParseError};

use super::ast::{Expr, ExprKind, Signature};
use super::lexer::{self, Spanned, Token};
use crate::diagnostics::{Code, Diagnostic, Span};

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, dead_code, missing_debug_implementations)]
    grammar,
    "/syntax/grammar.rs"
);

/// Deepest expression tree accepted; deeper trees are reported instead of checked.
pub const MAX_DEPTH: usize = 512;

/// A comment and where it is, kept for the formatter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub span: Span,
    pub text: String,
}

/// The result of parsing a query: a best-effort tree (possibly containing `Error` nodes) and
/// the comments. `expr` is `None` only when nothing at all could be parsed.
#[derive(Debug)]
pub struct Parsed {
    pub expr: Option<Expr>,
    pub comments: Vec<Comment>,
}

/// Parses a query, pushing syntax diagnostics (E0011) into `diagnostics`.
pub fn parse(source: &str, diagnostics: &mut Vec<Diagnostic>) -> Parsed {
    let lex_start = diagnostics.len();
    let all = lexer::lex(source, diagnostics);
    let lex_error_ends: Vec<usize> = diagnostics[lex_start..].iter().map(|d| d.primary.span.end).collect();
    let mut comments = Vec::new();
    let mut tokens = Vec::with_capacity(all.len());
    for (l, token, r) in all {
        match token {
            Token::Comment(text) => comments.push(Comment { span: Span::new(l, r), text: text.trim_end().to_owned() }),
            other => tokens.push((l, other, r)),
        }
    }
    if tokens.is_empty() {
        Diagnostic::new(Code::InvalidSyntax, "Empty query")
            .with_label(Span::new(source.len(), source.len()), "expected an expression")
            .emit(diagnostics);
        return Parsed { expr: None, comments };
    }
    if !lexer::check_nesting(&tokens, diagnostics) {
        return Parsed { expr: None, comments };
    }
    let mut recovered = Vec::new();
    let result = grammar::ExprParser::new().parse(&mut recovered, tokens.into_iter().map(Ok::<Spanned<'_>, ()>));
    let before = diagnostics.len();
    // A token right after an invalid character is usually only unexpected because of it.
    let follows_lex_error = |d: &Diagnostic| {
        lex_error_ends.iter().any(|&end| source.get(end..d.primary.span.start).is_some_and(|gap| gap.trim().is_empty()))
    };
    for recovery in recovered {
        let d = syntax_error(recovery.error, source);
        if !follows_lex_error(&d) {
            diagnostics.push(d);
        }
    }
    let expr = match result {
        Ok(expr) => Some(expr),
        Err(error) => {
            let d = syntax_error(error, source);
            if !follows_lex_error(&d) || lex_error_ends.is_empty() {
                diagnostics.push(d);
            }
            None
        }
    };
    dedup_from(diagnostics, before);
    let expr = expr.map(|expr| {
        if expr.depth() > MAX_DEPTH {
            Diagnostic::new(
                Code::InvalidSyntax,
                format!("Expression nested too deeply (more than {MAX_DEPTH} levels)"),
            )
            .with_label(expr.span, "this expression")
            .with_help("Bind inner parts to names with `let` to flatten the expression")
            .emit(diagnostics);
            Expr::new(ExprKind::Error, expr.span)
        } else {
            expr
        }
    });
    Parsed { expr, comments }
}

/// Parses a function signature of the catalog's mini-language.
pub fn parse_signature(text: &str) -> Result<Signature, String> {
    let mut diagnostics = Vec::new();
    let tokens = lexer::lex(text, &mut diagnostics);
    if let Some(d) = diagnostics.first() {
        return Err(d.message.clone());
    }
    let mut recovered: Vec<ErrorRecovery<usize, Token<'_>, ()>> = Vec::new();
    let result = grammar::SignatureParser::new().parse(&mut recovered, tokens.into_iter().map(Ok::<Spanned<'_>, ()>));
    match (result, recovered.is_empty()) {
        (Ok(signature), true) => Ok(signature),
        (Ok(_), false) => Err(format!("invalid signature '{text}'")),
        (Err(e), _) => Err(format!("invalid signature '{text}': {}", syntax_error(e, text).message)),
    }
}

/// Several recoveries can report the same place; keep the first report of each span.
fn dedup_from(diagnostics: &mut Vec<Diagnostic>, from: usize) {
    let mut seen = std::collections::HashSet::new();
    let mut index = 0;
    diagnostics.retain(|d| {
        index += 1;
        index <= from || seen.insert(d.primary.span)
    });
}

fn syntax_error(error: ParseError<usize, Token<'_>, ()>, source: &str) -> Diagnostic {
    match error {
        ParseError::UnrecognizedEof { location, expected } => {
            let location = location.min(source.len());
            Diagnostic::new(Code::InvalidSyntax, "Unexpected end of input")
                .with_label(Span::new(location, location), expected_list(&expected))
        }
        ParseError::UnrecognizedToken { token: (l, token, r), expected } => {
            Diagnostic::new(Code::InvalidSyntax, format!("Invalid token '{}'", short(&token.describe())))
                .with_label(Span::new(l, r), expected_list(&expected))
        }
        ParseError::ExtraToken { token: (l, token, r) } => Diagnostic::new(
            Code::InvalidSyntax,
            format!("Unexpected '{}' after the end of the expression", short(&token.describe())),
        )
        .with_label(Span::new(l, r), "expected the end of the query"),
        ParseError::InvalidToken { location } => {
            Diagnostic::new(Code::InvalidSyntax, "Invalid token").with_label(Span::new(location, location + 1), "here")
        }
        ParseError::User { .. } => Diagnostic::new(Code::InvalidSyntax, "Unknown type constructor")
            .with_label(Span::new(0, 0), "only list<T> and map<K, V> take type arguments"),
    }
}

fn short(text: &str) -> String {
    let mut shown: String = text.chars().take(24).collect();
    if shown.len() < text.len() {
        shown.push('…');
    }
    shown
}

fn expected_list(expected: &[String]) -> String {
    let mut names: Vec<String> = expected
        .iter()
        .map(|e| match e.as_str() {
            "ident" => "a name".to_owned(),
            "number" => "a number".to_owned(),
            "string" => "a string".to_owned(),
            other => format!("'{}'", other.trim_matches('"')),
        })
        .collect();
    names.dedup();
    if expected.iter().any(|e| e == "ident") && expected.iter().any(|e| e == "number") {
        return "expected an expression".to_owned();
    }
    match names.len() {
        0 => "unexpected here".to_owned(),
        1..=8 => format!("expected {}", join_or(&names)),
        _ => "expected an operator or the end of the expression".to_owned(),
    }
}

fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
