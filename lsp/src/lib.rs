//! The Fenl language server (`fenl lsp`): LSP over stdio with lsp-server and lsp-types.
//!
//! [`serve`] routes messages; [`handlers`] turns `fenl_compiler::ide` results into LSP values.
//! Tables come from the catalog found from the workspace root (`.fenl/`), the configured catalog
//! or a schema file ([`Settings`]), read as schemas only (never table data) when the server starts and when a
//! document is opened or saved. A request that fails or panics gets an error response; the
//! server keeps going.
#![deny(clippy::print_stdout)]

pub mod handlers;
pub mod position;

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

use fenl_compiler::tables::{StaticTables, TableProvider};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types as lsp;
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use serde::de::DeserializeOwned;

use handlers::Document;
use position::Encoding;

/// Where the server finds tables (schemas only).
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// A catalog location (`--catalog` / `FENL_CATALOG`); else `<workspace root>/.fenl`.
    pub catalog: Option<String>,
    /// A TOML schema file (`--schema` / `FENL_SCHEMA`), used instead of a catalog.
    pub schema: Option<PathBuf>,
}

/// Runs the server on stdin/stdout until the client says `exit`.
pub fn run_stdio(settings: Settings) -> Result<(), String> {
    let (connection, io_threads) = Connection::stdio();
    serve(connection, settings)?;
    io_threads.join().map_err(|e| format!("language server IO failed: {e}"))
}

/// The capabilities the server announces, for the position encoding agreed with the client.
pub fn capabilities(encoding: Encoding) -> lsp::ServerCapabilities {
    lsp::ServerCapabilities {
        position_encoding: Some(match encoding {
            Encoding::Utf8 => lsp::PositionEncodingKind::UTF8,
            Encoding::Utf16 => lsp::PositionEncodingKind::UTF16,
        }),
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Options(lsp::TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(lsp::TextDocumentSyncKind::FULL),
            save: Some(lsp::TextDocumentSyncSaveOptions::Supported(true)),
            ..Default::default()
        })),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        completion_provider: Some(lsp::CompletionOptions {
            trigger_characters: Some(vec![".".into(), "|".into(), "(".into()]),
            ..Default::default()
        }),
        signature_help_provider: Some(lsp::SignatureHelpOptions {
            trigger_characters: Some(vec!["(".into(), ",".into()]),
            ..Default::default()
        }),
        definition_provider: Some(lsp::OneOf::Left(true)),
        references_provider: Some(lsp::OneOf::Left(true)),
        document_symbol_provider: Some(lsp::OneOf::Left(true)),
        document_formatting_provider: Some(lsp::OneOf::Left(true)),
        code_action_provider: Some(lsp::CodeActionProviderCapability::Simple(true)),
        semantic_tokens_provider: Some(lsp::SemanticTokensServerCapabilities::SemanticTokensOptions(
            lsp::SemanticTokensOptions {
                legend: lsp::SemanticTokensLegend {
                    token_types: handlers::TOKEN_TYPES.to_vec(),
                    token_modifiers: Vec::new(),
                },
                full: Some(lsp::SemanticTokensFullOptions::Bool(true)),
                range: None,
                ..Default::default()
            },
        )),
        ..Default::default()
    }
}

/// UTF-8 positions when the client offers them, else the protocol's UTF-16.
fn negotiate(params: &lsp::InitializeParams) -> Encoding {
    let offered = params.capabilities.general.as_ref().and_then(|g| g.position_encodings.as_ref());
    if offered.is_some_and(|kinds| kinds.contains(&lsp::PositionEncodingKind::UTF8)) {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    }
}

fn uri_path(uri: &lsp::Uri) -> Option<PathBuf> {
    let text = uri.as_str().strip_prefix("file://")?;
    Some(PathBuf::from(percent_decode(text)))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(byte) = text.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The workspace root: the first workspace folder, else the deprecated root URI.
fn workspace_root(params: &lsp::InitializeParams) -> Option<PathBuf> {
    if let Some(folder) = params.workspace_folders.as_ref().and_then(|f| f.first()) {
        return uri_path(&folder.uri);
    }
    #[allow(deprecated)]
    params.root_uri.as_ref().and_then(uri_path)
}

/// The tables queries are checked against, as schemas: the schema file, else the catalog
/// (the configured one or `<root>/.fenl`), else none.
pub fn load_tables(settings: &Settings, root: Option<&Path>) -> StaticTables {
    if let Some(path) = &settings.schema {
        return std::fs::read_to_string(path)
            .ok()
            .and_then(|text| StaticTables::from_toml(&text).ok())
            .unwrap_or_default();
    }
    let location = match &settings.catalog {
        Some(location) => location.clone(),
        None => match root.map(|r| r.join(".fenl")).filter(|p| p.is_dir()) {
            Some(path) => path.to_string_lossy().into_owned(),
            None => return StaticTables::default(),
        },
    };
    let Ok(catalog) = fenl_catalog::Catalog::open(&location) else { return StaticTables::default() };
    let tables = catalog.table_names().into_iter().filter_map(|name| TableProvider::table(&catalog, &name)).collect();
    let views =
        catalog.view_names().into_iter().filter_map(|name| catalog.view(&name).map(|text| (name, text))).collect();
    StaticTables { tables, views }
}

/// The state of one session: open documents and the tables they are checked against.
pub struct Server {
    encoding: Encoding,
    settings: Settings,
    root: Option<PathBuf>,
    tables: StaticTables,
    documents: HashMap<String, (lsp::Uri, Document)>,
}

impl Server {
    pub fn new(encoding: Encoding, settings: Settings, root: Option<PathBuf>) -> Server {
        let tables = load_tables(&settings, root.as_deref());
        Server { encoding, settings, root, tables, documents: HashMap::new() }
    }

    fn document(&self, uri: &lsp::Uri) -> Result<&Document, String> {
        self.documents.get(uri.as_str()).map(|(_, d)| d).ok_or_else(|| format!("{} is not open", uri.as_str()))
    }

    /// Answers one request.
    pub fn request(&self, request: &Request) -> Result<serde_json::Value, String> {
        fn params<P: DeserializeOwned>(request: &Request) -> Result<P, String> {
            serde_json::from_value(request.params.clone()).map_err(|e| format!("invalid params: {e}"))
        }
        match request.method.as_str() {
            lsp::request::HoverRequest::METHOD => {
                let p: lsp::HoverParams = params(request)?;
                let doc = self.document(&p.text_document_position_params.text_document.uri)?;
                Ok(json(&handlers::hover(doc, p.text_document_position_params.position, &self.tables)))
            }
            lsp::request::Completion::METHOD => {
                let p: lsp::CompletionParams = params(request)?;
                let doc = self.document(&p.text_document_position.text_document.uri)?;
                Ok(json(&handlers::completion(doc, p.text_document_position.position, &self.tables)))
            }
            lsp::request::SignatureHelpRequest::METHOD => {
                let p: lsp::SignatureHelpParams = params(request)?;
                let doc = self.document(&p.text_document_position_params.text_document.uri)?;
                Ok(json(&handlers::signature_help(doc, p.text_document_position_params.position)))
            }
            lsp::request::GotoDefinition::METHOD => {
                let p: lsp::GotoDefinitionParams = params(request)?;
                let uri = &p.text_document_position_params.text_document.uri;
                let doc = self.document(uri)?;
                Ok(json(&handlers::definition(doc, uri, p.text_document_position_params.position)))
            }
            lsp::request::References::METHOD => {
                let p: lsp::ReferenceParams = params(request)?;
                let uri = &p.text_document_position.text_document.uri;
                let doc = self.document(uri)?;
                let position = p.text_document_position.position;
                Ok(json(&handlers::references(doc, uri, position, p.context.include_declaration)))
            }
            lsp::request::DocumentSymbolRequest::METHOD => {
                let p: lsp::DocumentSymbolParams = params(request)?;
                let doc = self.document(&p.text_document.uri)?;
                Ok(json(&lsp::DocumentSymbolResponse::Nested(handlers::document_symbols(doc, &self.tables))))
            }
            lsp::request::SemanticTokensFullRequest::METHOD => {
                let p: lsp::SemanticTokensParams = params(request)?;
                let doc = self.document(&p.text_document.uri)?;
                Ok(json(&handlers::semantic_tokens(doc)))
            }
            lsp::request::Formatting::METHOD => {
                let p: lsp::DocumentFormattingParams = params(request)?;
                let doc = self.document(&p.text_document.uri)?;
                Ok(json(&handlers::formatting(doc)))
            }
            lsp::request::CodeActionRequest::METHOD => {
                let p: lsp::CodeActionParams = params(request)?;
                self.document(&p.text_document.uri)?;
                Ok(json(&handlers::code_actions(&p.text_document.uri, &p.context)))
            }
            other => Err(format!("unsupported request {other}")),
        }
    }

    /// Applies a notification; returns the diagnostics to publish, if it changed a document.
    pub fn notify(&mut self, notification: &Notification) -> Option<lsp::PublishDiagnosticsParams> {
        fn params<P: DeserializeOwned>(n: &Notification) -> Option<P> {
            serde_json::from_value(n.params.clone()).ok()
        }
        let uri = match notification.method.as_str() {
            lsp::notification::DidOpenTextDocument::METHOD => {
                let p: lsp::DidOpenTextDocumentParams = params(notification)?;
                self.tables = load_tables(&self.settings, self.root.as_deref());
                let doc = Document::new(p.text_document.text, self.encoding);
                self.documents.insert(p.text_document.uri.as_str().to_owned(), (p.text_document.uri.clone(), doc));
                p.text_document.uri
            }
            lsp::notification::DidChangeTextDocument::METHOD => {
                let p: lsp::DidChangeTextDocumentParams = params(notification)?;
                let text = p.content_changes.into_iter().last()?.text;
                let doc = match self.documents.get(p.text_document.uri.as_str()) {
                    Some((_, old)) => old.changed(text),
                    None => Document::new(text, self.encoding),
                };
                self.documents.insert(p.text_document.uri.as_str().to_owned(), (p.text_document.uri.clone(), doc));
                p.text_document.uri
            }
            lsp::notification::DidSaveTextDocument::METHOD => {
                let p: lsp::DidSaveTextDocumentParams = params(notification)?;
                self.tables = load_tables(&self.settings, self.root.as_deref());
                p.text_document.uri
            }
            lsp::notification::DidCloseTextDocument::METHOD => {
                let p: lsp::DidCloseTextDocumentParams = params(notification)?;
                self.documents.remove(p.text_document.uri.as_str());
                return Some(lsp::PublishDiagnosticsParams {
                    uri: p.text_document.uri,
                    diagnostics: Vec::new(),
                    version: None,
                });
            }
            _ => return None,
        };
        let (_, doc) = self.documents.get_mut(uri.as_str())?;
        let diagnostics = handlers::diagnostics(doc, &self.tables, &uri);
        Some(lsp::PublishDiagnosticsParams { uri, diagnostics, version: None })
    }
}

fn json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}

/// Speaks LSP on `connection` until `shutdown` and `exit`.
pub fn serve(connection: Connection, settings: Settings) -> Result<(), String> {
    let (id, params) = connection.initialize_start().map_err(|e| format!("initialize failed: {e}"))?;
    let params: lsp::InitializeParams =
        serde_json::from_value(params).map_err(|e| format!("invalid initialize params: {e}"))?;
    let encoding = negotiate(&params);
    let result = lsp::InitializeResult {
        capabilities: capabilities(encoding),
        server_info: Some(lsp::ServerInfo {
            name: "fenl".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        }),
    };
    let result = serde_json::to_value(result).map_err(|e| e.to_string())?;
    connection.initialize_finish(id, result).map_err(|e| format!("initialize failed: {e}"))?;
    let mut server = Server::new(encoding, settings, workspace_root(&params));
    let send = |message: Message| connection.sender.send(message).map_err(|e| format!("client went away: {e}"));
    for message in &connection.receiver {
        match message {
            Message::Request(request) => {
                if connection.handle_shutdown(&request).map_err(|e| format!("shutdown failed: {e}"))? {
                    return Ok(());
                }
                send(Message::Response(answer(&server, &request)))?;
            }
            Message::Notification(notification) => {
                let published = std::panic::catch_unwind(AssertUnwindSafe(|| server.notify(&notification)));
                if let Ok(Some(params)) = published {
                    let method = lsp::notification::PublishDiagnostics::METHOD.to_owned();
                    send(Message::Notification(Notification::new(method, params)))?;
                }
            }
            Message::Response(_) => {}
        }
    }
    Ok(())
}

/// One request's response; a failure or a panic in a handler becomes an error response.
fn answer(server: &Server, request: &Request) -> Response {
    let id: RequestId = request.id.clone();
    match std::panic::catch_unwind(AssertUnwindSafe(|| server.request(request))) {
        Ok(Ok(value)) => Response::new_ok(id, value),
        Ok(Err(message)) if message.starts_with("unsupported request") => {
            Response::new_err(id, ErrorCode::MethodNotFound as i32, message)
        }
        Ok(Err(message)) => Response::new_err(id, ErrorCode::InvalidParams as i32, message),
        Err(_) => Response::new_err(id, ErrorCode::InternalError as i32, "internal error (please report)".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_file_uris() {
        assert_eq!(percent_decode("/a%20b/c%C3%A9.fenl"), "/a b/cé.fenl");
        assert_eq!(percent_decode("/bad%zz"), "/bad%zz");
    }
}
