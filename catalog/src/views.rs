//! Views: named Fenl expressions stored in the catalog, checked when created.

use bytes::Bytes;
use fenl_compiler::hir::ExprKind;

use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::name;

fn view_path(name: &str) -> String {
    format!("views/{name}.fenl")
}

impl Catalog {
    /// Checks `expression` against the catalog and stores it as view `name`.
    pub fn create_view(&self, name: &str, expression: &str) -> Result<()> {
        name::validate(name)?;
        if self.list_tables(None)?.iter().any(|t| t == name) {
            return Err(Error::AlreadyExists { kind: "table", name: name.to_owned() });
        }
        let analysis = fenl_compiler::analyze(expression, self);
        if analysis.has_errors() {
            return Err(Error::InvalidExpression { diagnostics: analysis.diagnostics, source: expression.to_owned() });
        }
        if !self.store.put_if_absent(&view_path(name), Bytes::from(expression.to_owned()))? {
            return Err(Error::AlreadyExists { kind: "view", name: name.to_owned() });
        }
        Ok(())
    }

    /// The expression of a view, if it exists.
    pub fn view_text(&self, name: &str) -> Result<Option<String>> {
        if name::validate(name).is_err() {
            return Ok(None);
        }
        Ok(self.store.get(&view_path(name))?.map(|b| String::from_utf8_lossy(&b).into_owned()))
    }

    /// All views and their expressions, sorted by name.
    pub fn list_views(&self) -> Result<Vec<(String, String)>> {
        let mut views = Vec::new();
        for object in self.store.list("views")? {
            let Some(name) = object.location.filename().and_then(|f| f.strip_suffix(".fenl")) else { continue };
            if name::validate(name).is_err() {
                continue;
            }
            if let Some(text) = self.view_text(name)? {
                views.push((name.to_owned(), text));
            }
        }
        views.sort();
        Ok(views)
    }

    pub fn delete_view(&self, name: &str) -> Result<()> {
        name::validate(name)?;
        if self.view_text(name)?.is_none() {
            return Err(Error::NotFound { kind: "view", name: name.to_owned() });
        }
        self.store.delete(&view_path(name))
    }

    /// The views whose expressions read `table` (directly or through other views).
    pub fn views_using(&self, table: &str) -> Result<Vec<String>> {
        let mut users = Vec::new();
        for (view, text) in self.list_views()? {
            let analysis = fenl_compiler::analyze(&text, self);
            let uses = analysis
                .hir
                .as_ref()
                .is_some_and(|hir| hir.exprs.iter().any(|e| matches!(&e.kind, ExprKind::Table(t) if t == table)));
            if uses {
                users.push(view);
            }
        }
        Ok(users)
    }
}
