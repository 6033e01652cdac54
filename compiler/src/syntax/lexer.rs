//! The lexer: Fenl text → tokens with byte spans.
//!
//! Built on logos. Lexing never fails: unrecognised input and malformed literals become
//! diagnostics, and the offending bytes are skipped so the parser can go on (§1.2 of the
//! language reference). `\r` is whitespace, so CRLF text lexes like LF text (dialect §7 #5).
//! Comments are kept as tokens for the formatter and dropped before parsing.

use std::borrow::Cow;

use logos::Logos;

use crate::diagnostics::{Code, Diagnostic, Span};

/// One token. Borrowed from the source text except for strings with escapes.
#[derive(Logos, Debug, Clone, PartialEq, Eq)]
#[logos(skip r"[ \t\r\n\f]+")]
pub enum Token<'s> {
    #[token("let")]
    Let,
    #[token("in")]
    In,
    #[token("and")]
    And,
    #[token("or")]
    Or,
    #[token("as")]
    As,
    #[token("const")]
    Const,
    #[token("$input")]
    Input,
    #[token("true")]
    True,
    #[token("false")]
    False,
    #[token("null")]
    Null,
    #[regex("[A-Za-z_][A-Za-z0-9_]*")]
    Ident(&'s str),
    #[regex(r"[0-9]+(\.[0-9]+)?(i8|i16|i32|i64|u8|u16|u32|u64|f32|f64)?")]
    Number(&'s str),
    #[regex(r#""([^"\\]|\\[^\n])*""#, |lex| unescape(lex.slice()))]
    #[regex(r#"'([^'\\]|\\[^\n])*'"#, |lex| unescape(lex.slice()))]
    Str(Cow<'s, str>),
    #[regex(r"#[^\n]*", allow_greedy = true)]
    Comment(&'s str),
    /// `.5`: not valid Fenl; lexed only to report it well.
    #[regex(r"\.[0-9]+")]
    LeadingDotNumber,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token(".")]
    Dot,
    #[token(",")]
    Comma,
    #[token("|")]
    Pipe,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=")]
    Assign,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token("==")]
    EqEq,
    #[token("!=")]
    #[token("<>")]
    Ne,
    #[token("!")]
    Bang,
    #[token("->")]
    Arrow,
    #[token(":")]
    Colon,
}

/// Why a string literal could not be decoded; logos turns a callback's `Err` into a lex error.
fn unescape<'s>(quoted: &'s str) -> Result<Cow<'s, str>, ()> {
    let inner = quoted.get(1..quoted.len().saturating_sub(1)).ok_or(())?;
    if !inner.contains('\\') {
        return Ok(Cow::Borrowed(inner));
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('\'') => out.push('\''),
            Some('"') => out.push('"'),
            _ => return Err(()),
        }
    }
    Ok(Cow::Owned(out))
}

impl Token<'_> {
    /// The token as the user would write it, for "expected one of" lists and the formatter.
    pub fn describe(&self) -> String {
        match self {
            Token::Ident(s) | Token::Number(s) | Token::Comment(s) => (*s).to_owned(),
            Token::Str(s) => format!("{s:?}"),
            other => other.symbol().to_owned(),
        }
    }

    /// The fixed text of a keyword or symbol token (empty for tokens with a payload).
    pub fn symbol(&self) -> &'static str {
        match self {
            Token::Let => "let",
            Token::In => "in",
            Token::And => "and",
            Token::Or => "or",
            Token::As => "as",
            Token::Const => "const",
            Token::Input => "$input",
            Token::True => "true",
            Token::False => "false",
            Token::Null => "null",
            Token::Plus => "+",
            Token::Minus => "-",
            Token::Star => "*",
            Token::Slash => "/",
            Token::Dot => ".",
            Token::Comma => ",",
            Token::Pipe => "|",
            Token::LBracket => "[",
            Token::RBracket => "]",
            Token::LBrace => "{",
            Token::RBrace => "}",
            Token::LParen => "(",
            Token::RParen => ")",
            Token::Lt => "<",
            Token::Gt => ">",
            Token::Assign => "=",
            Token::Le => "<=",
            Token::Ge => ">=",
            Token::EqEq => "==",
            Token::Ne => "!=",
            Token::Bang => "!",
            Token::Arrow => "->",
            Token::Colon => ":",
            Token::Ident(_) | Token::Number(_) | Token::Str(_) | Token::Comment(_) | Token::LeadingDotNumber => "",
        }
    }
}

/// A token with its byte span.
pub type Spanned<'s> = (usize, Token<'s>, usize);

/// Deepest bracket nesting accepted. Deeper input is reported (E0011) instead of parsed, so that
/// no later stage can overflow its stack.
pub const MAX_NESTING: usize = 256;

/// The whole token stream of a source text, comments included, plus lexical diagnostics.
pub fn lex<'s>(source: &'s str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Spanned<'s>> {
    let mut tokens = Vec::new();
    let mut lexer = Token::lexer(source);
    while let Some(result) = lexer.next() {
        let span = lexer.span();
        match result {
            Ok(Token::LeadingDotNumber) => {
                let text = source.get(span.clone()).unwrap_or("");
                diagnostics.push(
                    Diagnostic::new(Code::InvalidSyntax, format!("Invalid number '{text}'"))
                        .with_label(Span::new(span.start, span.end), "a number must start with a digit")
                        .with_help(format!("Write 0{text}")),
                );
                // A stand-in keeps the parser from reporting the same mistake again.
                tokens.push((span.start, Token::Null, span.end));
            }
            Ok(token) => tokens.push((span.start, token, span.end)),
            Err(()) => {
                let text = source.get(span.clone()).unwrap_or("");
                if text.starts_with('"') || text.starts_with('\'') {
                    tokens.push((span.start, Token::Str(Cow::Borrowed("")), span.end));
                }
                diagnostics.push(lex_error(source, span.start, span.end));
            }
        }
    }
    tokens
}

fn lex_error(source: &str, start: usize, end: usize) -> Diagnostic {
    let text = source.get(start..end).unwrap_or("");
    let span = Span::new(start, end);
    if text.starts_with('"') || text.starts_with('\'') {
        let message = if text.len() >= 2 && text.ends_with(text.chars().next().unwrap_or('"')) {
            "Invalid escape sequence in string literal"
        } else {
            "Unterminated string literal"
        };
        return Diagnostic::new(Code::InvalidSyntax, message)
            .with_label(span, "here")
            .with_note("Supported escapes: \\n \\r \\t \\\\ \\' \\\"");
    }
    let shown: String = text.chars().take(16).collect();
    let mut diagnostic = Diagnostic::new(Code::InvalidSyntax, format!("Invalid token '{}'", shown.escape_debug()))
        .with_label(span, "not part of the Fenl language");
    if text.starts_with('$') {
        diagnostic = diagnostic.with_note("The only name starting with '$' is '$input'");
    } else if text.starts_with('.') {
        diagnostic = diagnostic.with_note("Write fractions with a leading digit, e.g. 0.5");
    }
    diagnostic
}

/// Checks bracket nesting depth; returns false (after reporting) when it exceeds [`MAX_NESTING`].
pub fn check_nesting(tokens: &[Spanned<'_>], diagnostics: &mut Vec<Diagnostic>) -> bool {
    let mut depth = 0usize;
    for (start, token, end) in tokens {
        match token {
            Token::LParen | Token::LBracket | Token::LBrace => {
                depth += 1;
                if depth > MAX_NESTING {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::InvalidSyntax,
                            format!("Expression nested too deeply (more than {MAX_NESTING} levels)"),
                        )
                        .with_label(Span::new(*start, *end), "this bracket is too deep")
                        .with_help("Bind inner parts to names with `let` to flatten the expression"),
                    );
                    return false;
                }
            }
            Token::RParen | Token::RBracket | Token::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    true
}
