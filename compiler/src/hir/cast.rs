//! Which explicit casts (`e as T`) are allowed (language reference §2.5).

use crate::types::FenlType;

/// Whether `from as to` is a legal cast. Unparsable or overflowing values become null at run time.
pub fn can_cast(from: &FenlType, to: &FenlType) -> bool {
    use FenlType::*;
    if from == to || matches!(from, Null | Error) || matches!(to, Error) {
        return !matches!(to, Window | Json | Null);
    }
    match (from, to) {
        (_, Window | Json | Null) | (Window | Json, _) => false,
        (f, t) if (f.is_number() || *f == Bool) && (t.is_number() || *t == Bool) => true,
        (f, t) if f.is_string() && (t.is_number() || *t == Bool || t.is_string() || matches!(t, Timestamp(_))) => true,
        (f, t) if t.is_string() && (f.is_number() || *f == Bool || matches!(f, Timestamp(_) | Duration(_))) => true,
        (Timestamp(_), t) if t.is_integer() || matches!(t, Timestamp(_)) => true,
        (f, Timestamp(_)) if f.is_integer() => true,
        (Duration(_), t) if t.is_integer() || matches!(t, Duration(_)) => true,
        (f, Duration(_)) if f.is_integer() => true,
        (IntervalDays | IntervalMonths, I32 | I64 | F32 | F64) => true,
        (List(f), List(t)) => can_cast(f, t),
        (Record(fs), Record(ts)) => {
            fs.len() == ts.len() && fs.iter().zip(ts).all(|((nf, f), (nt, t))| nf == nt && can_cast(f, t))
        }
        _ => false,
    }
}
