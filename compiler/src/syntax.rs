//! Syntax: lexer, parser, AST, and the printers that turn a tree back into text.

pub mod ast;
pub mod format;
pub mod lexer;
pub mod parse;
pub mod print;

pub use parse::{parse, parse_signature, Comment, Parsed};
