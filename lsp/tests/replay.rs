//! Keystroke replay: every prefix of every example and fixture query is sent as a change, as if
//! typed; each must get its diagnostics published, and a completion, hover and signature-help
//! request at the cursor must each get an answer, with the server alive to the end.

use std::path::{Path, PathBuf};

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

fn files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["examples", "tests/fixtures/queries"] {
        let entries = std::fs::read_dir(root().join(dir)).unwrap_or_else(|e| panic!("{dir}: {e}"));
        files.extend(
            entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "fenl")),
        );
    }
    files.sort();
    files
}

#[test]
fn every_prefix_of_every_example_gets_answers() {
    let (server, client) = Connection::memory();
    let settings = fenl_lsp::Settings { catalog: None, schema: Some(root().join("tests/fixtures/schema.toml")) };
    let thread = std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(move || fenl_lsp::serve(server, settings))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut id = 0;
    let published = std::cell::Cell::new(0usize);
    let mut request = |method: &str, params: Value| -> Value {
        id += 1;
        client
            .sender
            .send(Message::Request(Request::new(RequestId::from(id), method.into(), params)))
            .unwrap_or_else(|e| panic!("{e}"));
        loop {
            match client.receiver.recv().unwrap_or_else(|e| panic!("the server stopped: {e}")) {
                Message::Response(r) if r.id == RequestId::from(id) => {
                    return serde_json::to_value(&r).unwrap_or_else(|e| panic!("{e}"))
                }
                Message::Notification(n) if n.method == "textDocument/publishDiagnostics" => {
                    published.set(published.get() + 1)
                }
                _ => {}
            }
        }
    };
    let init = request("initialize", json!({ "capabilities": {} }));
    assert!(init["result"]["capabilities"].is_object());
    let notify = |method: &str, params: Value| {
        client
            .sender
            .send(Message::Notification(Notification::new(method.into(), params)))
            .unwrap_or_else(|e| panic!("{e}"));
    };
    notify("initialized", json!({}));
    let files = files();
    assert!(files.len() >= 100, "{}", files.len());
    let mut prefixes = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{e}"));
        let uri = format!("file://{}", file.display());
        notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "fenl", "version": 0, "text": "" } }),
        );
        let mut version = 0;
        for (end, _) in text.char_indices().skip(1).chain(std::iter::once((text.len(), ' '))) {
            version += 1;
            let prefix = &text[..end];
            notify(
                "textDocument/didChange",
                json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "text": prefix }] }),
            );
            let line = prefix.matches('\n').count();
            let character = prefix.rsplit('\n').next().map_or(0, |l| l.encode_utf16().count());
            let at = json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } });
            for method in ["textDocument/completion", "textDocument/hover", "textDocument/signatureHelp"] {
                let response = request(method, at.clone());
                assert!(
                    response.get("error").is_none(),
                    "{method} at {}:{line}:{character}: {response}",
                    file.display()
                );
            }
            prefixes += 1;
        }
        notify("textDocument/didClose", json!({ "textDocument": { "uri": uri } }));
    }
    let _ = request("shutdown", Value::Null);
    notify("exit", Value::Null);
    thread.join().unwrap_or_else(|_| panic!("the server panicked")).unwrap_or_else(|e| panic!("{e}"));
    assert!(prefixes > 1000, "{prefixes}");
    // Every change published its diagnostics, as did every open and close.
    assert_eq!(published.get(), prefixes + 2 * files.len());
}
