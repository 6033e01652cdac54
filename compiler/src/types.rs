//! Types: the Fenl type system (language reference §2), function signatures and the catalog.

mod catalog;
mod fenl_type;
mod promotion;
mod signature;

pub use catalog::{Catalog, Example, FunctionDef, Implementation};
pub use fenl_type::{FenlType, TimeUnit, TypeClass};
pub use promotion::{can_widen, least_upper_bound, promote_to_class};
pub use signature::{FunctionSignature, ParamDef, SigType};

/// Parses a type as written after `as`: `i64`, `list<string>`, `map<string, f64>`.
pub fn parse_type(text: &str) -> Option<FenlType> {
    let sig = crate::syntax::parse_signature(&format!("t() -> {text}")).ok()?;
    resolve_type_expr(&sig.result)
}

/// The type a type expression names, if every name in it is a type.
pub fn resolve_type_expr(ty: &crate::syntax::ast::TypeExpr) -> Option<FenlType> {
    use crate::syntax::ast::TypeExpr;
    match ty {
        TypeExpr::Named(ident) => FenlType::from_name(&ident.name),
        TypeExpr::List(item, _) => Some(FenlType::List(Box::new(resolve_type_expr(item)?))),
        TypeExpr::Map(k, v, _) => Some(FenlType::Map(Box::new(resolve_type_expr(k)?), Box::new(resolve_type_expr(v)?))),
        TypeExpr::Record(fields, _) => Some(FenlType::Record(
            fields.iter().map(|(n, t)| Some((n.name.clone(), resolve_type_expr(t)?))).collect::<Option<_>>()?,
        )),
    }
}
