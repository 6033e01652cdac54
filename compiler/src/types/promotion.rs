//! Numeric promotion and unification: the least upper bound of two types, promotion of a type
//! into a class, and the implicit widenings accepted by concrete parameters.
//!
//! Our rule is symmetric (dialect §7 #1), the intent of the original documentation:
//! * same signedness: the wider type;
//! * signed ⊔ unsigned: the narrowest signed type that holds both (`i8 ⊔ u8 = i16`), and
//!   `f64` when the unsigned side is `u64` (no signed type holds it);
//! * integer ⊔ float: the float type when it represents every value of the integer exactly
//!   (`f32` for 8- and 16-bit integers), otherwise `f64`;
//! * `f32 ⊔ f64 = f64`.

use super::fenl_type::{FenlType, TypeClass};

/// The least upper bound of two types, or `None` when they do not unify.
pub fn least_upper_bound(a: &FenlType, b: &FenlType) -> Option<FenlType> {
    use FenlType::*;
    if a == b {
        return Some(a.clone());
    }
    match (a, b) {
        (Error, _) | (_, Error) => Some(Error),
        (Null, t) | (t, Null) => Some(t.clone()),
        (x, y) if x.is_number() && y.is_number() => Some(numeric_lub(x, y)),
        (String, Timestamp(u)) | (Timestamp(u), String) => Some(Timestamp(*u)),
        (LargeString, Timestamp(u)) | (Timestamp(u), LargeString) => Some(Timestamp(*u)),
        (String, LargeString) | (LargeString, String) => Some(LargeString),
        (Timestamp(x), Timestamp(y)) => Some(Timestamp((*x).max(*y))),
        (Duration(x), Duration(y)) => Some(Duration((*x).max(*y))),
        (Record(xs), Record(ys)) => {
            if xs.len() != ys.len() {
                return None;
            }
            let fields = xs
                .iter()
                .map(|(name, x)| {
                    let (_, y) = ys.iter().find(|(n, _)| n == name)?;
                    Some((name.clone(), least_upper_bound(x, y)?))
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Record(fields))
        }
        (List(x), List(y)) => Some(List(Box::new(least_upper_bound(x, y)?))),
        (Map(kx, vx), Map(ky, vy)) => {
            Some(Map(Box::new(least_upper_bound(kx, ky)?), Box::new(least_upper_bound(vx, vy)?)))
        }
        _ => None,
    }
}

fn numeric_lub(a: &FenlType, b: &FenlType) -> FenlType {
    use FenlType::*;
    match (a.int_width(), b.int_width()) {
        (Some(wa), Some(wb)) => {
            if a.is_signed_int() == b.is_signed_int() {
                let width = wa.max(wb);
                let widened = if a.is_signed_int() {
                    FenlType::signed_of_width(width)
                } else {
                    FenlType::unsigned_of_width(width)
                };
                return widened.unwrap_or(F64);
            }
            let (signed, unsigned) = if a.is_signed_int() { (wa, wb) } else { (wb, wa) };
            if unsigned == 64 {
                return F64;
            }
            FenlType::signed_of_width(signed.max(unsigned * 2)).unwrap_or(F64)
        }
        (Some(w), None) | (None, Some(w)) => {
            let float = if a.is_float() { a } else { b };
            if *float == F32 && w <= 16 {
                F32
            } else {
                F64
            }
        }
        (None, None) => {
            if *a == F64 || *b == F64 {
                F64
            } else {
                F32
            }
        }
    }
}

/// Promotes a type into a class: `Some(t')` with `t'` a member, or `None` if it cannot be.
pub fn promote_to_class(t: &FenlType, class: TypeClass) -> Option<FenlType> {
    use FenlType::*;
    if matches!(t, Error | Null) {
        return Some(t.clone());
    }
    match class {
        TypeClass::Any => (!matches!(t, Window)).then(|| t.clone()),
        TypeClass::Key => t.is_key().then(|| t.clone()),
        TypeClass::Number => t.is_number().then(|| t.clone()),
        TypeClass::Signed => match t {
            U8 => Some(I16),
            U16 => Some(I32),
            U32 => Some(I64),
            U64 => Some(F64),
            t if t.is_number() => Some(t.clone()),
            _ => None,
        },
        TypeClass::Float => match t {
            t if t.is_float() => Some(t.clone()),
            t if t.is_integer() => Some(F64),
            _ => None,
        },
        TypeClass::Timedelta => t.is_timedelta().then(|| t.clone()),
        TypeClass::Ordered => t.is_ordered().then(|| t.clone()),
    }
}

/// Whether a value of type `from` is accepted where `to` is expected without an explicit cast
/// (language reference §2.4).
pub fn can_widen(from: &FenlType, to: &FenlType) -> bool {
    use FenlType::*;
    if from == to || matches!(from, Null | Error) || matches!(to, Error) {
        return true;
    }
    match (from, to) {
        (f, F64) if f.is_number() => true,
        (F32, _) | (F64, _) => false,
        (f, t) if f.is_integer() && t.is_integer() => {
            let (Some(wf), Some(wt)) = (f.int_width(), t.int_width()) else { return false };
            if f.is_signed_int() == t.is_signed_int() {
                wf <= wt
            } else {
                f.is_unsigned_int() && wt > wf
            }
        }
        (String | LargeString, Timestamp(_)) => true,
        (Timestamp(_), Timestamp(to)) => *to == super::TimeUnit::Nanosecond,
        (String, LargeString) => true,
        (Duration(f), Duration(t)) => f < t,
        (Record(xs), Record(ys)) => {
            xs.len() == ys.len() && xs.iter().all(|(n, x)| ys.iter().any(|(m, y)| m == n && can_widen(x, y)))
        }
        (List(x), List(y)) => can_widen(x, y),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FenlType::*;

    const NUMERIC: [FenlType; 10] = [I8, I16, I32, I64, U8, U16, U32, U64, F32, F64];

    /// The promotion table, row ⊔ column, written once (dialect §7 #1).
    const TABLE: [[FenlType; 10]; 10] = [
        //  i8   i16  i32  i64  u8   u16  u32  u64  f32  f64
        [I8, I16, I32, I64, I16, I32, I64, F64, F32, F64],  // i8
        [I16, I16, I32, I64, I16, I32, I64, F64, F32, F64], // i16
        [I32, I32, I32, I64, I32, I32, I64, F64, F64, F64], // i32
        [I64, I64, I64, I64, I64, I64, I64, F64, F64, F64], // i64
        [I16, I16, I32, I64, U8, U16, U32, U64, F32, F64],  // u8
        [I32, I32, I32, I64, U16, U16, U32, U64, F32, F64], // u16
        [I64, I64, I64, I64, U32, U32, U32, U64, F64, F64], // u32
        [F64, F64, F64, F64, U64, U64, U64, U64, F64, F64], // u64
        [F32, F32, F64, F64, F32, F32, F64, F64, F32, F64], // f32
        [F64, F64, F64, F64, F64, F64, F64, F64, F64, F64], // f64
    ];

    #[test]
    fn every_numeric_pair_follows_the_table_and_is_symmetric() {
        for (i, a) in NUMERIC.iter().enumerate() {
            for (j, b) in NUMERIC.iter().enumerate() {
                let lub = least_upper_bound(a, b);
                assert_eq!(lub.as_ref(), Some(&TABLE[i][j]), "{a} ⊔ {b}");
                assert_eq!(lub, least_upper_bound(b, a), "{a} ⊔ {b} is symmetric");
                // The result holds both sides: each widens into it.
                let lub = TABLE[i][j].clone();
                assert!(can_widen(a, &lub) || lub.is_float(), "{a} widens into {lub}");
            }
        }
    }

    #[test]
    fn non_numeric_rules() {
        let ts = Timestamp(crate::types::TimeUnit::Nanosecond);
        assert_eq!(least_upper_bound(&String, &ts), Some(ts.clone()));
        assert_eq!(least_upper_bound(&String, &LargeString), Some(LargeString));
        assert_eq!(least_upper_bound(&F64, &String), None);
        assert_eq!(least_upper_bound(&Null, &Bool), Some(Bool));
        let r1 = Record(vec![("a".into(), I32), ("b".into(), String)]);
        let r2 = Record(vec![("b".into(), String), ("a".into(), I64)]);
        assert_eq!(least_upper_bound(&r1, &r2), Some(Record(vec![("a".into(), I64), ("b".into(), String)])));
    }

    #[test]
    fn class_promotion() {
        assert_eq!(promote_to_class(&U8, TypeClass::Signed), Some(I16));
        assert_eq!(promote_to_class(&U64, TypeClass::Signed), Some(F64));
        assert_eq!(promote_to_class(&I32, TypeClass::Float), Some(F64));
        assert_eq!(promote_to_class(&String, TypeClass::Number), None);
        assert_eq!(promote_to_class(&String, TypeClass::Ordered), None);
        assert_eq!(promote_to_class(&Bool, TypeClass::Key), Some(Bool));
    }
}
