//! The requests as pure functions: document text (and a position) in, LSP values out. The
//! server loop only routes messages to these; tests call them directly.

use fenl_compiler::diagnostics::{Diagnostic, Severity};
use fenl_compiler::ide::{self, CompletionKind, TokenClass};
use fenl_compiler::tables::TableProvider;
use fenl_compiler::types::FenlType;
use lsp_types as lsp;
use std::collections::HashMap;

use crate::position::LineIndex;

/// A document with its line index, and the types of its `let` names from the last check
/// that got that far (kept while the text is broken, as it is in the middle of typing).
#[derive(Debug, Clone)]
pub struct Document {
    pub text: String,
    pub index: LineIndex,
    pub bindings: HashMap<String, FenlType>,
}

impl Document {
    pub fn new(text: String, encoding: crate::position::Encoding) -> Document {
        let index = LineIndex::new(&text, encoding);
        Document { text, index, bindings: HashMap::new() }
    }

    /// The document's next version, keeping what the last check learned about its bindings.
    pub fn changed(&self, text: String) -> Document {
        let index = LineIndex::new(&text, self.index.encoding());
        Document { text, index, bindings: self.bindings.clone() }
    }

    pub fn offset(&self, position: lsp::Position) -> usize {
        self.index.offset(&self.text, position)
    }

    pub fn range(&self, span: fenl_compiler::diagnostics::Span) -> lsp::Range {
        self.index.range(&self.text, span)
    }
}

/// Checks the document: the same diagnostics and codes as `fenl check`. Remembers the types of
/// its bindings for completion.
pub fn diagnostics(doc: &mut Document, tables: &dyn TableProvider, uri: &lsp::Uri) -> Vec<lsp::Diagnostic> {
    let analysis = fenl_compiler::analyze(&doc.text, tables);
    let bindings = ide::binding_types(&analysis);
    if !bindings.is_empty() || analysis.hir.is_some() && !analysis.has_errors() {
        doc.bindings = bindings;
    }
    analysis.diagnostics.iter().map(|d| to_lsp(doc, d, uri)).collect()
}

fn to_lsp(doc: &Document, d: &Diagnostic, uri: &lsp::Uri) -> lsp::Diagnostic {
    let mut message = d.message.clone();
    if !d.primary.message.is_empty() {
        message.push_str(&format!(": {}", d.primary.message));
    }
    for note in &d.notes {
        message.push_str(&format!("\n{note}"));
    }
    if let Some(help) = &d.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    let related: Vec<lsp::DiagnosticRelatedInformation> = d
        .secondary
        .iter()
        .map(|label| lsp::DiagnosticRelatedInformation {
            location: lsp::Location { uri: uri.clone(), range: doc.range(label.span) },
            message: label.message.clone(),
        })
        .collect();
    let suggestions = suggestions(d);
    lsp::Diagnostic {
        range: doc.range(d.primary.span),
        severity: Some(match d.severity() {
            Severity::Warning => lsp::DiagnosticSeverity::WARNING,
            Severity::Error | Severity::Bug => lsp::DiagnosticSeverity::ERROR,
        }),
        code: Some(lsp::NumberOrString::String(d.code.as_str().to_owned())),
        source: Some("fenl".to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        data: (!suggestions.is_empty()).then(|| serde_json::json!({ "suggestions": suggestions })),
        ..Default::default()
    }
}

/// The names a diagnostic's "Nearest ...: 'a', 'b'" note proposes for its primary span.
fn suggestions(d: &Diagnostic) -> Vec<String> {
    d.notes
        .iter()
        .filter(|n| n.starts_with("Nearest "))
        .flat_map(|n| n.split('\'').skip(1).step_by(2).map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

/// "Did you mean" quick fixes for the diagnostics in the request's context.
// `WorkspaceEdit::changes` is keyed by `Uri`, whose interior mutability is only a parse cache.
#[allow(clippy::mutable_key_type)]
pub fn code_actions(uri: &lsp::Uri, context: &lsp::CodeActionContext) -> Vec<lsp::CodeActionOrCommand> {
    let mut actions = Vec::new();
    for diagnostic in &context.diagnostics {
        let Some(names) = diagnostic.data.as_ref().and_then(|d| d.get("suggestions")).and_then(|s| s.as_array()) else {
            continue;
        };
        for (i, name) in names.iter().filter_map(|n| n.as_str()).enumerate() {
            let edit = lsp::TextEdit { range: diagnostic.range, new_text: name.to_owned() };
            let changes = std::iter::once((uri.clone(), vec![edit])).collect();
            actions.push(lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
                title: format!("Did you mean '{name}'?"),
                kind: Some(lsp::CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(lsp::WorkspaceEdit { changes: Some(changes), ..Default::default() }),
                is_preferred: Some(i == 0),
                ..Default::default()
            }));
        }
    }
    actions
}

pub fn hover(doc: &Document, position: lsp::Position, tables: &dyn TableProvider) -> Option<lsp::Hover> {
    let hover = ide::hover(&doc.text, doc.offset(position), tables)?;
    Some(lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent { kind: lsp::MarkupKind::Markdown, value: hover.text }),
        range: Some(doc.range(hover.span)),
    })
}

pub fn completion(doc: &Document, position: lsp::Position, tables: &dyn TableProvider) -> lsp::CompletionResponse {
    let completions = ide::complete_with(&doc.text, doc.offset(position), tables, &doc.bindings);
    let range = doc.range(completions.replace);
    let items = completions
        .items
        .into_iter()
        .enumerate()
        .map(|(i, c)| lsp::CompletionItem {
            kind: Some(match c.kind {
                CompletionKind::Field => lsp::CompletionItemKind::FIELD,
                CompletionKind::Binding => lsp::CompletionItemKind::VARIABLE,
                CompletionKind::Table => lsp::CompletionItemKind::CLASS,
                CompletionKind::View => lsp::CompletionItemKind::CONSTANT,
                CompletionKind::Function => lsp::CompletionItemKind::FUNCTION,
                CompletionKind::Keyword => lsp::CompletionItemKind::KEYWORD,
            }),
            detail: Some(c.detail),
            documentation: c.documentation.map(|d| {
                lsp::Documentation::MarkupContent(lsp::MarkupContent { kind: lsp::MarkupKind::Markdown, value: d })
            }),
            sort_text: Some(format!("{i:04}")),
            text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit { range, new_text: c.label.clone() })),
            label: c.label,
            ..Default::default()
        })
        .collect();
    lsp::CompletionResponse::List(lsp::CompletionList { is_incomplete: false, items })
}

pub fn signature_help(doc: &Document, position: lsp::Position) -> Option<lsp::SignatureHelp> {
    let help = ide::signature_help(&doc.text, doc.offset(position))?;
    let parameters = help
        .parameters
        .iter()
        .map(|p| lsp::ParameterInformation { label: lsp::ParameterLabel::Simple(p.clone()), documentation: None })
        .collect();
    Some(lsp::SignatureHelp {
        signatures: vec![lsp::SignatureInformation {
            label: help.signature,
            documentation: Some(lsp::Documentation::MarkupContent(lsp::MarkupContent {
                kind: lsp::MarkupKind::Markdown,
                value: help.documentation,
            })),
            parameters: Some(parameters),
            active_parameter: Some(help.active_parameter as u32),
        }],
        active_signature: Some(0),
        active_parameter: Some(help.active_parameter as u32),
    })
}

pub fn definition(doc: &Document, uri: &lsp::Uri, position: lsp::Position) -> Option<lsp::Location> {
    let span = ide::definition(&doc.text, doc.offset(position))?;
    Some(lsp::Location { uri: uri.clone(), range: doc.range(span) })
}

pub fn references(
    doc: &Document,
    uri: &lsp::Uri,
    position: lsp::Position,
    include_declaration: bool,
) -> Vec<lsp::Location> {
    let offset = doc.offset(position);
    let definition = ide::definition(&doc.text, offset);
    ide::references(&doc.text, offset)
        .into_iter()
        .filter(|span| include_declaration || Some(*span) != definition)
        .map(|span| lsp::Location { uri: uri.clone(), range: doc.range(span) })
        .collect()
}

pub fn document_symbols(doc: &Document, tables: &dyn TableProvider) -> Vec<lsp::DocumentSymbol> {
    ide::symbols(&doc.text, tables)
        .into_iter()
        .map(|s| {
            #[allow(deprecated)]
            lsp::DocumentSymbol {
                name: s.name,
                detail: (!s.detail.is_empty()).then_some(s.detail),
                kind: lsp::SymbolKind::VARIABLE,
                tags: None,
                deprecated: None,
                range: doc.range(s.span),
                selection_range: doc.range(s.name_span),
                children: None,
            }
        })
        .collect()
}

/// The token types of [`semantic_tokens`], in legend order.
pub const TOKEN_TYPES: [lsp::SemanticTokenType; 7] = [
    lsp::SemanticTokenType::KEYWORD,
    lsp::SemanticTokenType::FUNCTION,
    lsp::SemanticTokenType::VARIABLE,
    lsp::SemanticTokenType::NUMBER,
    lsp::SemanticTokenType::STRING,
    lsp::SemanticTokenType::COMMENT,
    lsp::SemanticTokenType::OPERATOR,
];

/// Every token (punctuation aside), delta-encoded as the protocol wants.
pub fn semantic_tokens(doc: &Document) -> lsp::SemanticTokens {
    let mut data = Vec::new();
    let (mut line, mut start) = (0u32, 0u32);
    for (span, class) in ide::highlight(&doc.text) {
        let kind = match class {
            TokenClass::Keyword => 0,
            TokenClass::Function => 1,
            TokenClass::Name => 2,
            TokenClass::Number => 3,
            TokenClass::String => 4,
            TokenClass::Comment => 5,
            TokenClass::Operator => 6,
            TokenClass::Punctuation => continue,
        };
        let from = doc.index.position(&doc.text, span.start);
        let to = doc.index.position(&doc.text, span.end);
        if to.line != from.line || to.character <= from.character {
            continue;
        }
        let delta_line = from.line - line;
        let delta_start = if delta_line == 0 { from.character - start } else { from.character };
        data.push(lsp::SemanticToken {
            delta_line,
            delta_start,
            length: to.character - from.character,
            token_type: kind,
            token_modifiers_bitset: 0,
        });
        (line, start) = (from.line, from.character);
    }
    lsp::SemanticTokens { result_id: None, data }
}

/// The whole document in the canonical layout (`fenl fmt`); nothing when it does not parse or
/// is already formatted.
pub fn formatting(doc: &Document) -> Vec<lsp::TextEdit> {
    match fenl_compiler::syntax::format::format(&doc.text) {
        Ok(formatted) if formatted != doc.text => vec![lsp::TextEdit {
            range: doc.range(fenl_compiler::diagnostics::Span::new(0, doc.text.len())),
            new_text: formatted,
        }],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;
    use crate::position::Encoding;
    use fenl_compiler::tables::StaticTables;

    fn tables() -> StaticTables {
        StaticTables::from_toml(
            r#"
            [[table]]
            name = "Purchases"
            time_column = "time"
            entity_key_column = "customer_id"
            grouping = "customer"
            columns = ["time: timestamp_ns", "customer_id: string", "amount: f64", "item_id: string"]
            "#,
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    /// A document and the position of its `┃` cursor marker.
    fn at(text: &str) -> (Document, lsp::Position) {
        let offset = text.find('┃').unwrap_or_else(|| panic!("no cursor in {text}"));
        let doc = Document::new(text.replacen('┃', "", 1), Encoding::Utf16);
        let position = doc.index.position(&doc.text, offset);
        (doc, position)
    }

    fn uri() -> lsp::Uri {
        lsp::Uri::from_str("file:///work/q.fenl").unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn diagnostics_have_codes_ranges_and_quick_fixes() {
        let (mut doc, _) = at("let x = 1\nin { a: Purchases.amout }┃");
        let found = diagnostics(&mut doc, &tables(), &uri());
        let error = found.iter().find(|d| d.code == Some(lsp::NumberOrString::String("E0001".into())));
        let error = error.unwrap_or_else(|| panic!("{found:?}"));
        assert_eq!(error.range.start, lsp::Position { line: 1, character: 18 });
        assert_eq!(error.range.end, lsp::Position { line: 1, character: 23 });
        let warning = found.iter().find(|d| d.severity == Some(lsp::DiagnosticSeverity::WARNING));
        assert!(warning.is_some_and(|w| w.message.contains('x')), "{found:?}");
        let context = lsp::CodeActionContext { diagnostics: vec![error.clone()], ..Default::default() };
        let actions = code_actions(&uri(), &context);
        let lsp::CodeActionOrCommand::CodeAction(fix) = &actions[0] else { panic!("{actions:?}") };
        assert_eq!(fix.title, "Did you mean 'amount'?");
    }

    #[test]
    fn hover_completion_and_signature_help() {
        let (doc, position) = at("sum(Purchases.amo┃unt)");
        let hover = hover(&doc, position, &tables()).unwrap_or_else(|| panic!("no hover"));
        let lsp::HoverContents::Markup(content) = hover.contents else { panic!("not markdown") };
        assert!(content.value.contains("Purchases.amount: f64"), "{}", content.value);
        // The binding's type comes from the check of the text before the `.` was typed.
        let (mut doc, _) = at("let p = Purchases\nin p┃");
        let _ = diagnostics(&mut doc, &tables(), &uri());
        let (typed, position) = at("let p = Purchases\nin p.┃");
        let doc = doc.changed(typed.text);
        let lsp::CompletionResponse::List(list) = completion(&doc, position, &tables()) else { panic!() };
        let labels: Vec<&str> = list.items.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels, ["amount", "customer_id", "item_id", "time"]);
        let (doc, position) = at("sum(Purchases.amount, ┃)");
        let help = signature_help(&doc, position).unwrap_or_else(|| panic!("no help"));
        assert_eq!(help.active_parameter, Some(1));
    }

    #[test]
    fn definitions_references_symbols_tokens_and_formatting() {
        let (doc, position) = at("let total = sum(Purchases.amount)\nin { total, twice: to┃tal * 2.0 }");
        let def = definition(&doc, &uri(), position).unwrap_or_else(|| panic!("no definition"));
        assert_eq!(def.range.start, lsp::Position { line: 0, character: 4 });
        assert_eq!(references(&doc, &uri(), position, true).len(), 3);
        assert_eq!(references(&doc, &uri(), position, false).len(), 2);
        let symbols = document_symbols(&doc, &tables());
        assert_eq!(symbols.len(), 1);
        assert_eq!(symbols[0].detail.as_deref(), Some("f64"));
        let tokens = semantic_tokens(&doc);
        assert_eq!(tokens.data[0].token_type, 0, "`let` is a keyword");
        assert_eq!(tokens.data[1].delta_start, 4);
        let edits = formatting(&Document::new("{a:1,b:2}".into(), Encoding::Utf16));
        assert_eq!(edits.len(), 1);
        assert!(formatting(&Document::new("1 +".into(), Encoding::Utf16)).is_empty());
    }
}
