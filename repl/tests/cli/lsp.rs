//! `fenl lsp` over its real stdio: framed JSON-RPC from initialize to exit, as an editor would
//! speak it, with the catalog of the examples found from the workspace root.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde_json::{json, Value};

use super::catalog::{create_examples, Env};

struct Client {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: i64,
    /// Notifications received while waiting for responses.
    notifications: Vec<Value>,
}

impl Client {
    fn start(env: &Env) -> Client {
        // The catalog is found as `<workspace root>/.fenl`, as in a user's project.
        std::fs::rename(env.catalog(), env.dir.path().join(".fenl")).unwrap_or_else(|e| panic!("{e}"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_fenl"))
            .arg("lsp")
            .current_dir(env.dir.path())
            .env_remove("FENL_CATALOG")
            .env_remove("FENL_SCHEMA")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run fenl lsp: {e}"));
        let stdin = child.stdin.take().unwrap_or_else(|| panic!("no stdin"));
        let stdout = BufReader::new(child.stdout.take().unwrap_or_else(|| panic!("no stdout")));
        Client { child, stdin, stdout, next_id: 1, notifications: Vec::new() }
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap_or_else(|e| panic!("{e}"));
        self.stdin.flush().unwrap_or_else(|e| panic!("{e}"));
    }

    fn receive(&mut self) -> Value {
        let mut length = None;
        loop {
            let mut line = String::new();
            self.stdout.read_line(&mut line).unwrap_or_else(|e| panic!("{e}"));
            assert!(!line.is_empty(), "the server closed its output");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse::<usize>().ok();
            }
        }
        let mut body = vec![0; length.unwrap_or_else(|| panic!("no Content-Length"))];
        self.stdout.read_exact(&mut body).unwrap_or_else(|e| panic!("{e}"));
        serde_json::from_slice(&body).unwrap_or_else(|e| panic!("{e}"))
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let message = self.receive();
            if message.get("id") == Some(&json!(id)) {
                return message;
            }
            self.notifications.push(message);
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// The next diagnostics published for the document.
    fn diagnostics(&mut self) -> Vec<Value> {
        loop {
            let message = if self.notifications.is_empty() { self.receive() } else { self.notifications.remove(0) };
            if message["method"] == "textDocument/publishDiagnostics" {
                return message["params"]["diagnostics"].as_array().cloned().unwrap_or_default();
            }
        }
    }
}

fn position(line: u32, character: u32) -> Value {
    json!({ "line": line, "character": character })
}

#[test]
fn an_editor_session_from_initialize_to_exit() {
    let env = Env::new();
    create_examples(&env);
    let mut client = Client::start(&env);
    let root = format!("file://{}", env.dir.path().display());
    let uri = format!("{root}/features.fenl");
    let init = client.request(
        "initialize",
        json!({ "processId": null, "rootUri": root, "capabilities": {},
                "workspaceFolders": [{ "uri": root, "name": "project" }] }),
    );
    let capabilities = &init["result"]["capabilities"];
    assert_eq!(capabilities["positionEncoding"], "utf-16");
    assert_eq!(capabilities["completionProvider"]["triggerCharacters"], json!([".", "|", "("]));
    assert_eq!(init["result"]["serverInfo"]["name"], "fenl");
    client.notify("initialized", json!({}));

    // A wrong field name is underlined as the user types it.
    let text = "let spend = sum(Purchases.amout)\nin { spend, n: count(Purchases) }\n";
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "fenl", "version": 1, "text": text } }),
    );
    let diagnostics = client.diagnostics();
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["code"], "E0001");
    assert_eq!(diagnostics[0]["severity"], 1);
    assert_eq!(diagnostics[0]["range"], json!({ "start": position(0, 26), "end": position(0, 31) }));
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": diagnostics[0]["range"],
                "context": { "diagnostics": diagnostics } }),
    );
    assert_eq!(actions["result"][0]["title"], "Did you mean 'amount'?");

    // `Purchases.` completes to its fields.
    let text = "let spend = sum(Purchases.amount)\nin { spend, item: Purchases. }\n";
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": text }] }),
    );
    let _ = client.diagnostics();
    let completion = client.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": uri }, "position": position(1, 28),
                "context": { "triggerKind": 2, "triggerCharacter": "." } }),
    );
    let labels: Vec<&str> =
        completion["result"]["items"].as_array().into_iter().flatten().filter_map(|i| i["label"].as_str()).collect();
    assert_eq!(labels, ["amount", "customer_id", "item_id", "quantity", "time"], "{completion}");

    // Fixing the text clears the diagnostics.
    let text = "let spend = sum(Purchases.amount)\nin { spend, item: Purchases.item_id }\n";
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": [{ "text": text }] }),
    );
    assert_eq!(client.diagnostics(), Vec::<Value>::new());
    // The type on hover.
    let hover =
        client.request("textDocument/hover", json!({ "textDocument": { "uri": uri }, "position": position(1, 7) }));
    let shown = hover["result"]["contents"]["value"].as_str().unwrap_or_default().to_owned();
    assert!(shown.contains("spend: f64"), "{hover}");
    assert!(shown.contains("continuous, grouping customer"), "{hover}");

    let definition = client
        .request("textDocument/definition", json!({ "textDocument": { "uri": uri }, "position": position(1, 6) }));
    assert_eq!(definition["result"]["range"]["start"], position(0, 4));

    // A request for a document that is not open is an error, and the server goes on.
    let bad = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": "file:///nowhere.fenl" }, "position": position(0, 0) }),
    );
    assert!(bad["error"]["message"].as_str().is_some_and(|m| m.contains("not open")), "{bad}");
    let unknown = client.request("workspace/notAThing", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);

    let shutdown = client.request("shutdown", Value::Null);
    assert_eq!(shutdown["result"], Value::Null);
    client.notify("exit", Value::Null);
    let status = client.child.wait().unwrap_or_else(|e| panic!("{e}"));
    assert!(status.success());
}
