// Starts `fenl lsp` for .fenl files. Everything else (diagnostics, hover, completion,
// formatting, ...) comes from the server.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("fenl");
  const args = ["lsp"];
  const catalog = config.get("catalog");
  if (catalog) {
    args.unshift("--catalog", catalog);
  }
  const server = { command: config.get("path") || "fenl", args };
  client = new LanguageClient(
    "fenl",
    "Fenl",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "fenl" }] }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
