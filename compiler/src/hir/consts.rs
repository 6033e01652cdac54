//! Constant values and constant folding, for literals, `const` parameters and plan folding.

use std::fmt;
use std::hash::{Hash, Hasher};

use crate::types::FenlType;

/// A compile-time value. Its type is the type of the expression that holds it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ConstValue {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    String(String),
    /// A duration, counted in the unit of its type.
    Duration(i64),
    IntervalDays(i32),
    IntervalMonths(i32),
}

impl Eq for ConstValue {}

impl Hash for ConstValue {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            ConstValue::Null => {}
            ConstValue::Bool(b) => b.hash(state),
            ConstValue::Int(i) | ConstValue::Duration(i) => i.hash(state),
            ConstValue::UInt(u) => u.hash(state),
            ConstValue::Float(f) => f.to_bits().hash(state),
            ConstValue::String(s) => s.hash(state),
            ConstValue::IntervalDays(d) | ConstValue::IntervalMonths(d) => d.hash(state),
        }
    }
}

impl fmt::Display for ConstValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstValue::Null => write!(f, "null"),
            ConstValue::Bool(b) => write!(f, "{b}"),
            ConstValue::Int(i) => write!(f, "{i}"),
            ConstValue::UInt(u) => write!(f, "{u}"),
            ConstValue::Float(x) => write!(f, "{x:?}"),
            ConstValue::String(s) => write!(f, "{}", crate::syntax::print::quote(s)),
            ConstValue::Duration(d) => write!(f, "{d}"),
            ConstValue::IntervalDays(d) => write!(f, "{d}d"),
            ConstValue::IntervalMonths(m) => write!(f, "{m}mo"),
        }
    }
}

impl ConstValue {
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            ConstValue::Int(i) | ConstValue::Duration(i) => Some(*i),
            ConstValue::UInt(u) => i64::try_from(*u).ok(),
            ConstValue::IntervalDays(d) | ConstValue::IntervalMonths(d) => Some(i64::from(*d)),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            ConstValue::String(s) => Some(s),
            _ => None,
        }
    }

    fn as_f64(&self) -> Option<f64> {
        match self {
            ConstValue::Float(x) => Some(*x),
            ConstValue::Int(i) => Some(*i as f64),
            ConstValue::UInt(u) => Some(*u as f64),
            _ => None,
        }
    }

    /// Converts a constant to `ty` as an implicit widening or explicit cast would.
    pub fn convert(&self, ty: &FenlType) -> Option<ConstValue> {
        use FenlType as T;
        Some(match (self, ty) {
            (ConstValue::Null, _) => ConstValue::Null,
            (v, t) if t.is_float() => ConstValue::Float(v.as_f64()?),
            (ConstValue::Int(i), t) if t.is_signed_int() => ConstValue::Int(*i),
            (ConstValue::UInt(u), t) if t.is_signed_int() => ConstValue::Int(i64::try_from(*u).ok()?),
            (ConstValue::Int(i), t) if t.is_unsigned_int() => ConstValue::UInt(u64::try_from(*i).ok()?),
            (ConstValue::UInt(u), t) if t.is_unsigned_int() => ConstValue::UInt(*u),
            (ConstValue::Bool(b), t) if t.is_integer() => {
                if t.is_signed_int() {
                    ConstValue::Int(i64::from(*b))
                } else {
                    ConstValue::UInt(u64::from(*b))
                }
            }
            (ConstValue::Duration(d), T::Duration(_)) => ConstValue::Duration(*d),
            (ConstValue::String(s), T::String | T::LargeString) => ConstValue::String(s.clone()),
            (v, T::Bool) => ConstValue::Bool(match v {
                ConstValue::Bool(b) => *b,
                other => other.as_f64()? != 0.0,
            }),
            _ => return None,
        })
    }
}

/// Folds a pure function over constant arguments, if it is one we fold and the result is exact.
/// `result` is the checked result type; arguments are already converted to parameter types.
pub fn fold(function: &str, args: &[ConstValue], result: &FenlType) -> Option<ConstValue> {
    use ConstValue::*;
    let ints = |f: fn(i64, i64) -> Option<i64>| match args {
        [Int(a), Int(b)] => f(*a, *b).map(Int),
        _ => None,
    };
    let floats = |f: fn(f64, f64) -> f64| match args {
        [Float(a), Float(b)] => Some(Float(f(*a, *b))),
        _ => None,
    };
    if args.iter().any(|a| matches!(a, Null))
        && !matches!(function, "coalesce" | "is_valid" | "logical_and" | "logical_or")
    {
        return Some(Null);
    }
    let value = match function {
        "add" => ints(|a, b| Some(a.wrapping_add(b))).or_else(|| floats(|a, b| a + b)),
        "sub" => ints(|a, b| Some(a.wrapping_sub(b))).or_else(|| floats(|a, b| a - b)),
        "mul" => ints(i64::checked_mul).or_else(|| floats(|a, b| a * b)),
        "div" => ints(i64::checked_div).or_else(|| match args {
            [Float(_), Float(b)] if *b == 0.0 => Some(Null),
            _ => floats(|a, b| a / b),
        }),
        "neg" => match args {
            [Int(a)] => Some(Int(a.wrapping_neg())),
            [Float(a)] => Some(Float(-a)),
            _ => None,
        },
        "not" => match args {
            [Bool(b)] => Some(Bool(!b)),
            _ => None,
        },
        "seconds" => args.first()?.as_i64().map(Duration),
        "minutes" => args.first()?.as_i64()?.checked_mul(60).map(Duration),
        "hours" => args.first()?.as_i64()?.checked_mul(3600).map(Duration),
        "days" => Some(
            args.first()?.as_i64().and_then(|d| i32::try_from(d).ok()).filter(|d| *d >= 0).map_or(Null, IntervalDays),
        ),
        "months" => Some(args.first()?.as_i64().and_then(|m| i32::try_from(m).ok()).map_or(Null, IntervalMonths)),
        _ => None,
    }?;
    if matches!(value, Int(_) | Float(_) | UInt(_)) {
        value.convert(result)
    } else {
        Some(value)
    }
}
