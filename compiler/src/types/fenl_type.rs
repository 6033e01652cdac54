//! `FenlType`, its names, its Arrow mapping, and the type classes of signatures.

use std::fmt;

use arrow_schema::{DataType, Field, Fields, IntervalUnit, TimeUnit as ArrowUnit};

/// Time unit of timestamps and durations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum TimeUnit {
    Second,
    Millisecond,
    Microsecond,
    Nanosecond,
}

impl TimeUnit {
    fn suffix(self) -> &'static str {
        match self {
            TimeUnit::Second => "s",
            TimeUnit::Millisecond => "ms",
            TimeUnit::Microsecond => "us",
            TimeUnit::Nanosecond => "ns",
        }
    }

    fn to_arrow(self) -> ArrowUnit {
        match self {
            TimeUnit::Second => ArrowUnit::Second,
            TimeUnit::Millisecond => ArrowUnit::Millisecond,
            TimeUnit::Microsecond => ArrowUnit::Microsecond,
            TimeUnit::Nanosecond => ArrowUnit::Nanosecond,
        }
    }

    fn from_arrow(unit: ArrowUnit) -> Self {
        match unit {
            ArrowUnit::Second => TimeUnit::Second,
            ArrowUnit::Millisecond => TimeUnit::Millisecond,
            ArrowUnit::Microsecond => TimeUnit::Microsecond,
            ArrowUnit::Nanosecond => TimeUnit::Nanosecond,
        }
    }
}

/// A Fenl value type (§2.1).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum FenlType {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
    String,
    LargeString,
    Timestamp(TimeUnit),
    Duration(TimeUnit),
    IntervalDays,
    IntervalMonths,
    Record(Vec<(String, FenlType)>),
    List(Box<FenlType>),
    Map(Box<FenlType>, Box<FenlType>),
    /// Produced by `since`/`sliding`/`trailing`; accepted only by `window =` parameters.
    Window,
    /// Produced by `json(s)`; field access yields strings.
    Json,
    /// The type of the `null` literal; unifies with everything.
    Null,
    /// Poison after a reported error; suppresses cascading diagnostics.
    Error,
}

impl FenlType {
    /// The type named by a Fenl type name (`i64`, `timestamp_ns`, ...).
    pub fn from_name(name: &str) -> Option<FenlType> {
        use FenlType::*;
        Some(match name {
            "bool" => Bool,
            "i8" => I8,
            "i16" => I16,
            "i32" => I32,
            "i64" => I64,
            "u8" => U8,
            "u16" => U16,
            "u32" => U32,
            "u64" => U64,
            "f32" => F32,
            "f64" => F64,
            "string" => String,
            "large_string" => LargeString,
            "timestamp_s" => Timestamp(TimeUnit::Second),
            "timestamp_ms" => Timestamp(TimeUnit::Millisecond),
            "timestamp_us" => Timestamp(TimeUnit::Microsecond),
            "timestamp_ns" => Timestamp(TimeUnit::Nanosecond),
            "duration_s" => Duration(TimeUnit::Second),
            "duration_ms" => Duration(TimeUnit::Millisecond),
            "duration_us" => Duration(TimeUnit::Microsecond),
            "duration_ns" => Duration(TimeUnit::Nanosecond),
            "interval_days" => IntervalDays,
            "interval_months" => IntervalMonths,
            "window" => Window,
            "json" => Json,
            _ => return None,
        })
    }

    /// Every type name, for suggestions.
    pub const NAMES: [&'static str; 25] = [
        "bool",
        "i8",
        "i16",
        "i32",
        "i64",
        "u8",
        "u16",
        "u32",
        "u64",
        "f32",
        "f64",
        "string",
        "large_string",
        "timestamp_s",
        "timestamp_ms",
        "timestamp_us",
        "timestamp_ns",
        "duration_s",
        "duration_ms",
        "duration_us",
        "duration_ns",
        "interval_days",
        "interval_months",
        "window",
        "json",
    ];

    pub fn is_error(&self) -> bool {
        matches!(self, FenlType::Error)
    }

    pub fn is_signed_int(&self) -> bool {
        matches!(self, FenlType::I8 | FenlType::I16 | FenlType::I32 | FenlType::I64)
    }

    pub fn is_unsigned_int(&self) -> bool {
        matches!(self, FenlType::U8 | FenlType::U16 | FenlType::U32 | FenlType::U64)
    }

    pub fn is_integer(&self) -> bool {
        self.is_signed_int() || self.is_unsigned_int()
    }

    pub fn is_float(&self) -> bool {
        matches!(self, FenlType::F32 | FenlType::F64)
    }

    pub fn is_number(&self) -> bool {
        self.is_integer() || self.is_float()
    }

    pub fn is_string(&self) -> bool {
        matches!(self, FenlType::String | FenlType::LargeString)
    }

    pub fn is_timedelta(&self) -> bool {
        matches!(self, FenlType::Duration(_) | FenlType::IntervalDays | FenlType::IntervalMonths)
    }

    /// Bit width of an integer type.
    pub fn int_width(&self) -> Option<u8> {
        use FenlType::*;
        match self {
            I8 | U8 => Some(8),
            I16 | U16 => Some(16),
            I32 | U32 => Some(32),
            I64 | U64 => Some(64),
            _ => None,
        }
    }

    pub fn signed_of_width(width: u8) -> Option<FenlType> {
        match width {
            8 => Some(FenlType::I8),
            16 => Some(FenlType::I16),
            32 => Some(FenlType::I32),
            64 => Some(FenlType::I64),
            _ => None,
        }
    }

    pub fn unsigned_of_width(width: u8) -> Option<FenlType> {
        match width {
            8 => Some(FenlType::U8),
            16 => Some(FenlType::U16),
            32 => Some(FenlType::U32),
            64 => Some(FenlType::U64),
            _ => None,
        }
    }

    /// Whether values of this type can be hashed as entity keys (class `key`).
    pub fn is_key(&self) -> bool {
        use FenlType::*;
        match self {
            Bool | String | LargeString | Null | Error | Timestamp(_) => true,
            Record(fields) => fields.iter().all(|(_, t)| t.is_key()),
            t => t.is_number(),
        }
    }

    /// Whether values can be compared with `<` (class `ordered`).
    pub fn is_ordered(&self) -> bool {
        self.is_number()
            || self.is_timedelta()
            || matches!(self, FenlType::Timestamp(_) | FenlType::Null | FenlType::Error)
    }

    /// The Arrow type of this Fenl type, if it has one.
    pub fn to_arrow(&self) -> Option<DataType> {
        use FenlType::*;
        Some(match self {
            Bool => DataType::Boolean,
            I8 => DataType::Int8,
            I16 => DataType::Int16,
            I32 => DataType::Int32,
            I64 => DataType::Int64,
            U8 => DataType::UInt8,
            U16 => DataType::UInt16,
            U32 => DataType::UInt32,
            U64 => DataType::UInt64,
            F32 => DataType::Float32,
            F64 => DataType::Float64,
            String => DataType::Utf8,
            LargeString => DataType::LargeUtf8,
            Timestamp(unit) => DataType::Timestamp(unit.to_arrow(), None),
            Duration(unit) => DataType::Duration(unit.to_arrow()),
            IntervalDays => DataType::Interval(IntervalUnit::DayTime),
            IntervalMonths => DataType::Interval(IntervalUnit::YearMonth),
            Record(fields) => {
                let fields: Option<Vec<Field>> =
                    fields.iter().map(|(name, t)| t.to_arrow().map(|dt| Field::new(name, dt, true))).collect();
                DataType::Struct(Fields::from(fields?))
            }
            List(item) => DataType::List(std::sync::Arc::new(Field::new("item", item.to_arrow()?, true))),
            Map(k, v) => {
                let entries = Fields::from(vec![
                    Field::new("keys", k.to_arrow()?, false),
                    Field::new("values", v.to_arrow()?, true),
                ]);
                DataType::Map(std::sync::Arc::new(Field::new("entries", DataType::Struct(entries), false)), false)
            }
            Null => DataType::Null,
            Window | Json | Error => return None,
        })
    }

    /// The Fenl type of an Arrow column type, if Fenl supports it.
    pub fn from_arrow(data_type: &DataType) -> Option<FenlType> {
        use FenlType::*;
        Some(match data_type {
            DataType::Boolean => Bool,
            DataType::Int8 => I8,
            DataType::Int16 => I16,
            DataType::Int32 => I32,
            DataType::Int64 => I64,
            DataType::UInt8 => U8,
            DataType::UInt16 => U16,
            DataType::UInt32 => U32,
            DataType::UInt64 => U64,
            DataType::Float16 | DataType::Float32 => F32,
            DataType::Float64 => F64,
            DataType::Utf8 | DataType::Utf8View => String,
            DataType::LargeUtf8 => LargeString,
            DataType::Timestamp(unit, _) => Timestamp(TimeUnit::from_arrow(*unit)),
            DataType::Date32 | DataType::Date64 => Timestamp(TimeUnit::Nanosecond),
            DataType::Duration(unit) => Duration(TimeUnit::from_arrow(*unit)),
            DataType::Interval(IntervalUnit::DayTime) => IntervalDays,
            DataType::Interval(IntervalUnit::YearMonth) => IntervalMonths,
            DataType::Struct(fields) => Record(
                fields
                    .iter()
                    .map(|f| Some((f.name().clone(), FenlType::from_arrow(f.data_type())?)))
                    .collect::<Option<_>>()?,
            ),
            DataType::List(item) | DataType::LargeList(item) => List(Box::new(FenlType::from_arrow(item.data_type())?)),
            DataType::Map(entries, _) => match entries.data_type() {
                DataType::Struct(kv) if kv.len() == 2 => Map(
                    Box::new(FenlType::from_arrow(kv[0].data_type())?),
                    Box::new(FenlType::from_arrow(kv[1].data_type())?),
                ),
                _ => return None,
            },
            DataType::Null => Null,
            _ => return None,
        })
    }

    /// The type of a record's field, if this is a record that has it.
    pub fn field(&self, name: &str) -> Option<&FenlType> {
        match self {
            FenlType::Record(fields) => fields.iter().find(|(n, _)| n == name).map(|(_, t)| t),
            _ => None,
        }
    }
}

impl fmt::Display for FenlType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use FenlType::*;
        match self {
            Bool => write!(f, "bool"),
            I8 => write!(f, "i8"),
            I16 => write!(f, "i16"),
            I32 => write!(f, "i32"),
            I64 => write!(f, "i64"),
            U8 => write!(f, "u8"),
            U16 => write!(f, "u16"),
            U32 => write!(f, "u32"),
            U64 => write!(f, "u64"),
            F32 => write!(f, "f32"),
            F64 => write!(f, "f64"),
            String => write!(f, "string"),
            LargeString => write!(f, "large_string"),
            Timestamp(unit) => write!(f, "timestamp_{}", unit.suffix()),
            Duration(unit) => write!(f, "duration_{}", unit.suffix()),
            IntervalDays => write!(f, "interval_days"),
            IntervalMonths => write!(f, "interval_months"),
            Record(fields) => {
                write!(f, "{{")?;
                for (i, (name, t)) in fields.iter().enumerate() {
                    write!(f, "{}{name}: {t}", if i == 0 { " " } else { ", " })?;
                }
                write!(f, "{}}}", if fields.is_empty() { "" } else { " " })
            }
            List(item) => write!(f, "list<{item}>"),
            Map(k, v) => write!(f, "map<{k}, {v}>"),
            Window => write!(f, "window"),
            Json => write!(f, "json"),
            Null => write!(f, "null"),
            Error => write!(f, "error"),
        }
    }
}

/// The class of a type variable in a signature (§2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypeClass {
    Any,
    Key,
    Number,
    Signed,
    Float,
    Timedelta,
    Ordered,
}

impl TypeClass {
    pub fn from_name(name: &str) -> Option<TypeClass> {
        Some(match name {
            "any" => TypeClass::Any,
            "key" => TypeClass::Key,
            "number" => TypeClass::Number,
            "signed" => TypeClass::Signed,
            "float" => TypeClass::Float,
            "timedelta" => TypeClass::Timedelta,
            "ordered" => TypeClass::Ordered,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            TypeClass::Any => "any",
            TypeClass::Key => "key",
            TypeClass::Number => "number",
            TypeClass::Signed => "signed",
            TypeClass::Float => "float",
            TypeClass::Timedelta => "timedelta",
            TypeClass::Ordered => "ordered",
        }
    }
}
