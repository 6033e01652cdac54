//! The function catalog: every built-in function as data (`compiler/catalog/*.toml`): its
//! signature, how it is implemented, its documentation and runnable examples.
//!
//! ## Adding a function
//! 1. Add a `[[function]]` entry to the matching `compiler/catalog/<category>.toml`: `name`,
//!    `signature`, `kind` (see [`Implementation`]), `doc`, and at least one `[[function.example]]`
//!    with an expression over the table `Input`, its `input_csv` and the `output_csv` it gives.
//! 2. For `kind = "instruction"` or `"aggregation"`, add the runtime evaluator of the same name.
//! 3. The test suite type-checks every example; once the runtime runs them, it checks their output.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::signature::FunctionSignature;

/// How a function is compiled.
#[derive(Debug, Clone, PartialEq)]
pub enum Implementation {
    /// A pointwise instruction evaluated by the runtime under the same name.
    Instruction,
    /// A stateful per-entity aggregation (takes `window`).
    Aggregation,
    /// Produces a `window` value for aggregations.
    Window,
    /// A tick generator (`daily()`...).
    Tick,
    /// A macro: the body is Fenl text over the parameter names.
    Rewrite(String),
    /// Handled by the planner itself (domains change): `when`, `lookup`, `with_key`, shifts...
    Special,
}

/// A runnable example of a function.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    #[serde(default)]
    pub name: Option<String>,
    pub expression: String,
    /// The table `Input` (columns `time`, `key`, ...), as CSV...
    #[serde(default)]
    pub input_csv: Option<String>,
    /// ...or as JSON lines, for types CSV cannot hold.
    #[serde(default)]
    pub input_jsonl: Option<String>,
    /// Declared types of columns whose type is not to be inferred: `"m: map<string, i64>"`.
    #[serde(default)]
    pub schema: Option<String>,
    pub output_csv: String,
}

/// One catalog entry.
#[derive(Debug, Clone)]
pub struct FunctionDef {
    pub signature: FunctionSignature,
    pub implementation: Implementation,
    pub doc: String,
    /// Hidden from "did you mean" suggestions, still callable.
    pub internal: bool,
    pub examples: Vec<Example>,
    pub category: &'static str,
}

impl FunctionDef {
    pub fn name(&self) -> &str {
        &self.signature.name
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    function: Vec<RawFunction>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFunction {
    name: String,
    signature: String,
    #[serde(default = "default_kind")]
    kind: String,
    #[serde(default)]
    rewrite: Option<String>,
    #[serde(default)]
    internal: bool,
    doc: String,
    #[serde(default)]
    example: Vec<Example>,
}

fn default_kind() -> String {
    "instruction".to_owned()
}

const FILES: [(&str, &str); 10] = [
    ("aggregation", include_str!("../../catalog/aggregation.toml")),
    ("collection", include_str!("../../catalog/collection.toml")),
    ("comparison", include_str!("../../catalog/comparison.toml")),
    ("general", include_str!("../../catalog/general.toml")),
    ("logical", include_str!("../../catalog/logical.toml")),
    ("math", include_str!("../../catalog/math.toml")),
    ("json", include_str!("../../catalog/json.toml")),
    ("string", include_str!("../../catalog/string.toml")),
    ("time", include_str!("../../catalog/time.toml")),
    ("window", include_str!("../../catalog/window.toml")),
];

/// All built-in functions, by name.
#[derive(Debug)]
pub struct Catalog {
    functions: Vec<FunctionDef>,
    by_name: HashMap<String, usize>,
}

impl Catalog {
    /// The catalog built into the compiler (parsed once).
    pub fn builtin() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| match Catalog::load() {
            Ok(catalog) => catalog,
            // The catalog is compiled in; its own unit test proves it loads.
            Err(e) => panic!("the built-in function catalog is invalid: {e}"),
        })
    }

    fn load() -> Result<Catalog, String> {
        let mut functions = Vec::new();
        for (category, text) in FILES {
            let raw: RawFile = toml::from_str(text).map_err(|e| format!("{category}.toml: {e}"))?;
            for f in raw.function {
                let signature = FunctionSignature::parse(&f.signature).map_err(|e| format!("{category}.toml: {e}"))?;
                if signature.name != f.name {
                    return Err(format!("{category}.toml: '{}' has the signature of '{}'", f.name, signature.name));
                }
                let implementation = match (f.kind.as_str(), f.rewrite) {
                    ("instruction", None) => Implementation::Instruction,
                    ("aggregation", None) => Implementation::Aggregation,
                    ("window", None) => Implementation::Window,
                    ("tick", None) => Implementation::Tick,
                    ("special", None) => Implementation::Special,
                    ("rewrite", Some(body)) => Implementation::Rewrite(body),
                    (kind, _) => return Err(format!("{category}.toml: '{}' has invalid kind '{kind}'", f.name)),
                };
                functions.push(FunctionDef {
                    signature,
                    implementation,
                    doc: f.doc.trim().to_owned(),
                    internal: f.internal,
                    examples: f.example,
                    category,
                });
            }
        }
        let mut by_name = HashMap::new();
        for (i, f) in functions.iter().enumerate() {
            if by_name.insert(f.name().to_owned(), i).is_some() {
                return Err(format!("function '{}' is defined twice", f.name()));
            }
        }
        Ok(Catalog { functions, by_name })
    }

    pub fn get(&self, name: &str) -> Option<&FunctionDef> {
        self.by_name.get(name).and_then(|&i| self.functions.get(i))
    }

    pub fn iter(&self) -> impl Iterator<Item = &FunctionDef> {
        self.functions.iter()
    }

    /// Names offered in suggestions: public functions and the record special forms.
    pub fn suggestable_names(&self) -> impl Iterator<Item = &str> {
        self.functions.iter().filter(|f| !f.internal).map(FunctionDef::name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalog_loads_and_documents_every_function() {
        let catalog = Catalog::load().unwrap_or_else(|e| panic!("{e}"));
        assert!(catalog.iter().count() >= 80);
        for f in catalog.iter() {
            assert!(!f.doc.is_empty(), "{} has no doc", f.name());
            assert!(!f.examples.is_empty(), "{} has no example", f.name());
        }
    }
}
