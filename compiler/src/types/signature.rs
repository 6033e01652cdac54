//! Function signatures: parsed from the catalog's signature mini-language (§1.3).

use super::fenl_type::{FenlType, TypeClass};
use crate::syntax::ast::{self, TypeExpr};
use crate::syntax::parse_signature;

/// A parameter or result type that may mention type variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SigType {
    Concrete(FenlType),
    Var(String),
    List(Box<SigType>),
    Map(Box<SigType>, Box<SigType>),
}

impl SigType {
    fn from_ast(ty: &TypeExpr, vars: &[(String, TypeClass)]) -> Result<SigType, String> {
        Ok(match ty {
            TypeExpr::Named(ident) => {
                if vars.iter().any(|(v, _)| *v == ident.name) {
                    SigType::Var(ident.name.clone())
                } else {
                    SigType::Concrete(
                        FenlType::from_name(&ident.name).ok_or_else(|| format!("unknown type '{}'", ident.name))?,
                    )
                }
            }
            TypeExpr::List(item, _) => SigType::List(Box::new(SigType::from_ast(item, vars)?)),
            TypeExpr::Map(k, v, _) => {
                SigType::Map(Box::new(SigType::from_ast(k, vars)?), Box::new(SigType::from_ast(v, vars)?))
            }
            TypeExpr::Record(..) => SigType::Concrete(
                crate::types::resolve_type_expr(ty).ok_or_else(|| "invalid record type in a signature".to_owned())?,
            ),
        })
    }

    /// Whether the type mentions variable `var`.
    pub fn mentions(&self, var: &str) -> bool {
        match self {
            SigType::Concrete(_) => false,
            SigType::Var(v) => v == var,
            SigType::List(item) => item.mentions(var),
            SigType::Map(k, v) => k.mentions(var) || v.mentions(var),
        }
    }

    /// The part of `actual` that corresponds to `var` within this type, if its shape fits.
    pub fn extract(&self, var: &str, actual: &FenlType) -> Option<FenlType> {
        match (self, actual) {
            (SigType::Var(v), t) if v == var => Some(t.clone()),
            (_, FenlType::Null) => Some(FenlType::Null),
            (_, FenlType::Error) => Some(FenlType::Error),
            (SigType::List(item), FenlType::List(t)) => item.extract(var, t),
            (SigType::Map(k, v), FenlType::Map(tk, tv)) => k.extract(var, tk).or_else(|| v.extract(var, tv)),
            _ => None,
        }
    }

    /// The type with variables replaced by their solutions.
    pub fn instantiate(&self, solve: &dyn Fn(&str) -> FenlType) -> FenlType {
        match self {
            SigType::Concrete(t) => t.clone(),
            SigType::Var(v) => solve(v),
            SigType::List(item) => FenlType::List(Box::new(item.instantiate(solve))),
            SigType::Map(k, v) => FenlType::Map(Box::new(k.instantiate(solve)), Box::new(v.instantiate(solve))),
        }
    }
}

impl std::fmt::Display for SigType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SigType::Concrete(t) => write!(f, "{t}"),
            SigType::Var(v) => write!(f, "{v}"),
            SigType::List(item) => write!(f, "list<{item}>"),
            SigType::Map(k, v) => write!(f, "map<{k}, {v}>"),
        }
    }
}

/// One parameter of a function.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamDef {
    pub name: String,
    pub ty: SigType,
    pub is_const: bool,
    pub vararg: bool,
    /// The default value; parameters with one are keyword-only and optional.
    pub default: Option<ast::Expr>,
}

/// A parsed signature: `name<T: class>(params) -> result`.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionSignature {
    pub name: String,
    pub type_params: Vec<(String, TypeClass)>,
    pub params: Vec<ParamDef>,
    pub result: SigType,
    /// The signature as written in the catalog, for hovers and notes.
    pub text: String,
}

impl FunctionSignature {
    /// Parses and validates a signature.
    pub fn parse(text: &str) -> Result<FunctionSignature, String> {
        let sig = parse_signature(text)?;
        let mut type_params = Vec::new();
        for (var, class) in &sig.type_params {
            let class =
                TypeClass::from_name(&class.name).ok_or_else(|| format!("unknown type class '{}'", class.name))?;
            type_params.push((var.name.clone(), class));
        }
        let mut params = Vec::new();
        let mut seen_default = false;
        for (i, p) in sig.params.iter().enumerate() {
            if p.vararg && (i + 1 != sig.params.len() || p.default.is_some()) {
                return Err(format!("{text}: a vararg must be last and have no default"));
            }
            if p.default.is_none() && !p.vararg && seen_default {
                return Err(format!("{text}: required parameter '{}' after an optional one", p.name.name));
            }
            seen_default |= p.default.is_some();
            params.push(ParamDef {
                name: p.name.name.clone(),
                ty: SigType::from_ast(&p.ty, &type_params)?,
                is_const: p.is_const,
                vararg: p.vararg,
                default: p.default.clone(),
            });
        }
        let result = SigType::from_ast(&sig.result, &type_params)?;
        Ok(FunctionSignature { name: sig.name.name, type_params, params, result, text: text.to_owned() })
    }

    pub fn is_vararg(&self) -> bool {
        self.params.last().is_some_and(|p| p.vararg)
    }

    pub fn class_of(&self, var: &str) -> Option<TypeClass> {
        self.type_params.iter().find(|(v, _)| v == var).map(|(_, c)| *c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_generic_vararg_and_defaults() {
        let sig = FunctionSignature::parse("coalesce<T: any>(values+: T) -> T").unwrap_or_else(|e| panic!("{e}"));
        assert!(sig.is_vararg());
        let sig = FunctionSignature::parse(
            "collect<T: any>(input: T, const max: i64, const min: i64 = 0, window: window = null) -> list<T>",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(sig.params.len(), 4);
        assert!(sig.params[1].is_const);
        assert_eq!(sig.result, SigType::List(Box::new(SigType::Var("T".into()))));
        assert!(FunctionSignature::parse("f(a: i64 = 1, b: i64) -> i64").is_err());
    }
}
