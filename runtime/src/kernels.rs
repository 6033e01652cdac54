//! Pointwise functions of the catalog over Arrow arrays: arrow's compute kernels where they fit,
//! typed loops over value slices otherwise. Nulls follow §2.6 of the language reference;
//! integer division by zero and multiplication overflow give null (dialect §7 #6).

use std::sync::Arc;

use arrow_arith::boolean::{and_kleene, is_not_null, not, or_kleene};
use arrow_arith::numeric;
use arrow_arith::temporal::{date_part, DatePart};
use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, TimestampNanosecondType};
use arrow_array::{
    Array, ArrayRef, BooleanArray, Float64Array, Int32Array, Int64Array, StringArray, TimestampNanosecondArray,
};
use arrow_schema::DataType;
use chrono::{Datelike, Months, TimeZone, Utc};
use fenl_compiler::types::FenlType;

use crate::error::{Error, Result};
use crate::eval::arrow_type;

fn f64s(array: &ArrayRef) -> Result<Float64Array> {
    Ok(arrow_cast::cast(array, &DataType::Float64)?.as_primitive::<Float64Type>().clone())
}

fn i64s(array: &ArrayRef) -> Result<Int64Array> {
    Ok(arrow_cast::cast(array, &DataType::Int64)?.as_primitive::<Int64Type>().clone())
}

fn is_integer(t: &DataType) -> bool {
    t.is_integer()
}

fn bools(array: &ArrayRef) -> Result<BooleanArray> {
    array
        .as_boolean_opt()
        .cloned()
        .ok_or_else(|| Error::Invalid(format!("expected booleans, found {}", array.data_type())))
}

/// `true` where the condition is true (not null).
fn truthy(condition: &BooleanArray) -> BooleanArray {
    (0..condition.len()).map(|i| Some(condition.is_valid(i) && condition.value(i))).collect()
}

fn finish(array: ArrayRef, ty: &FenlType) -> Result<ArrayRef> {
    let target = arrow_type(ty);
    if array.data_type() == &target || target == DataType::Null {
        return Ok(array);
    }
    Ok(arrow_cast::cast(&array, &target)?)
}

fn float_unary(args: &[ArrayRef], ty: &FenlType, f: fn(f64) -> f64) -> Result<ArrayRef> {
    let input = args.first().ok_or_else(|| Error::Invalid("missing argument".into()))?;
    if is_integer(input.data_type()) {
        return finish(input.clone(), ty);
    }
    let values = f64s(input)?;
    finish(Arc::new(arrow_arith::arity::unary::<_, _, Float64Type>(&values, f)), ty)
}

thread_local! {
    /// Rows a kernel nulled instead of failing the query, by reason (dialect §7 #6).
    static NULLED: std::cell::RefCell<std::collections::BTreeMap<&'static str, u64>> = const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// The rows nulled since the last call, by reason, and resets the counts.
pub fn take_nulled() -> Vec<(&'static str, u64)> {
    NULLED.with(|n| std::mem::take(&mut *n.borrow_mut()).into_iter().collect())
}

fn int_binary(a: &ArrayRef, b: &ArrayRef, f: fn(i64, i64) -> Option<i64>, reason: &'static str) -> Result<ArrayRef> {
    let (a, b) = (i64s(a)?, i64s(b)?);
    let mut nulled = 0u64;
    let out: Int64Array = a
        .iter()
        .zip(b.iter())
        .map(|(x, y)| {
            let r = f(x?, y?);
            nulled += u64::from(r.is_none());
            r
        })
        .collect();
    if nulled > 0 {
        NULLED.with(|n| *n.borrow_mut().entry(reason).or_default() += nulled);
    }
    Ok(Arc::new(out))
}

fn timestamps(array: &ArrayRef) -> Result<Vec<Option<i64>>> {
    let ts = arrow_cast::cast(array, &DataType::Timestamp(arrow_schema::TimeUnit::Nanosecond, None))?;
    Ok(ts.as_primitive::<TimestampNanosecondType>().iter().collect())
}

fn strings(array: &ArrayRef) -> Result<StringArray> {
    Ok(arrow_cast::cast(array, &DataType::Utf8)?.as_string::<i32>().clone())
}

/// Calls function `name` on argument arrays of `n` rows, giving the checked result type `ty`.
pub fn call(name: &str, args: &[ArrayRef], ty: &FenlType, n: usize) -> Result<ArrayRef> {
    let arg = |i: usize| args.get(i).ok_or_else(|| Error::Invalid(format!("{name}: missing argument {i}")));
    let result: ArrayRef = match name {
        "add" => Arc::new(numeric::add_wrapping(arg(0)?, arg(1)?)?),
        "sub" => Arc::new(numeric::sub_wrapping(arg(0)?, arg(1)?)?),
        "mul" if is_integer(arg(0)?.data_type()) => {
            int_binary(arg(0)?, arg(1)?, i64::checked_mul, "integer multiplication overflowed")?
        }
        "mul" => Arc::new(numeric::mul_wrapping(arg(0)?, arg(1)?)?),
        "div" if is_integer(arg(0)?.data_type()) => {
            int_binary(arg(0)?, arg(1)?, i64::checked_div, "integer division by zero")?
        }
        "div" => Arc::new(numeric::div(arg(0)?, arg(1)?)?),
        "neg" => Arc::new(numeric::neg_wrapping(arg(0)?)?),
        "eq" | "neq" if arg(0)?.data_type().is_nested() => {
            // Records, lists and maps: row by row with arrow's comparator; null if either is.
            let (a, b) = (arg(0)?, arg(1)?);
            let compare =
                arrow_ord::ord::make_comparator(a.as_ref(), b.as_ref(), arrow_schema::SortOptions::default())?;
            let want = name == "eq";
            Arc::new(
                (0..n)
                    .map(|i| {
                        (a.is_valid(i) && b.is_valid(i)).then(|| (compare(i, i) == std::cmp::Ordering::Equal) == want)
                    })
                    .collect::<BooleanArray>(),
            )
        }
        "eq" => Arc::new(arrow_ord::cmp::eq(arg(0)?, arg(1)?)?),
        "neq" => Arc::new(arrow_ord::cmp::neq(arg(0)?, arg(1)?)?),
        "lt" => Arc::new(arrow_ord::cmp::lt(arg(0)?, arg(1)?)?),
        "lte" => Arc::new(arrow_ord::cmp::lt_eq(arg(0)?, arg(1)?)?),
        "gt" => Arc::new(arrow_ord::cmp::gt(arg(0)?, arg(1)?)?),
        "gte" => Arc::new(arrow_ord::cmp::gt_eq(arg(0)?, arg(1)?)?),
        "logical_and" => Arc::new(and_kleene(&bools(arg(0)?)?, &bools(arg(1)?)?)?),
        "logical_or" => Arc::new(or_kleene(&bools(arg(0)?)?, &bools(arg(1)?)?)?),
        "not" => Arc::new(not(&bools(arg(0)?)?)?),
        "is_valid" => Arc::new(is_not_null(arg(0)?.as_ref())?),
        "if" => {
            let keep = truthy(&bools(arg(0)?)?);
            arrow_select::nullif::nullif(arg(1)?.as_ref(), &not(&keep)?)?
        }
        "null_if" => {
            let condition = bools(arg(0)?)?;
            let null_out: BooleanArray =
                (0..condition.len()).map(|i| Some(!condition.is_valid(i) || condition.value(i))).collect();
            arrow_select::nullif::nullif(arg(1)?.as_ref(), &null_out)?
        }
        "coalesce" => {
            let mut out = arg(0)?.clone();
            for next in &args[1..] {
                out = arrow_select::zip::zip(&is_not_null(out.as_ref())?, &out, next)?;
            }
            out
        }
        "hash" => Arc::new(arrow_array::UInt64Array::from(
            fenl_catalog::hash_key_column(arg(0)?).map_err(|e| Error::Invalid(e.to_string()))?,
        )),
        "zip_min" | "zip_max" => {
            let (a, b) = (arg(0)?, arg(1)?);
            let a_first = if name == "zip_min" { arrow_ord::cmp::lt_eq(a, b)? } else { arrow_ord::cmp::gt_eq(a, b)? };
            let picked = arrow_select::zip::zip(&a_first, a, b)?;
            // Null if either side is null.
            let either_null: BooleanArray = (0..n).map(|i| Some(a.is_null(i) || b.is_null(i))).collect();
            arrow_select::nullif::nullif(picked.as_ref(), &either_null)?
        }
        "clamp" => {
            let (value, lo, hi) = (f64s(arg(0)?)?, f64s(arg(1)?)?, f64s(arg(2)?)?);
            let out: Float64Array = (0..n)
                .map(|i| {
                    let v = value.is_valid(i).then(|| value.value(i))?;
                    let lo = lo.is_valid(i).then(|| lo.value(i));
                    let hi = hi.is_valid(i).then(|| hi.value(i));
                    if let (Some(l), Some(h)) = (lo, hi) {
                        if l > h {
                            return None;
                        }
                    }
                    Some(hi.map_or(v, |h| v.min(h)).max(lo.unwrap_or(f64::NEG_INFINITY)))
                })
                .collect();
            Arc::new(out)
        }
        "ceil" => float_unary(args, ty, f64::ceil)?,
        "floor" => float_unary(args, ty, f64::floor)?,
        "round" => float_unary(args, ty, f64::round)?,
        "exp" => float_unary(args, ty, f64::exp)?,
        "powf" => {
            let (a, b) = (f64s(arg(0)?)?, f64s(arg(1)?)?);
            Arc::new(arrow_arith::arity::binary::<_, _, _, Float64Type>(&a, &b, f64::powf)?)
        }
        "len" => {
            Arc::new(strings(arg(0)?)?.iter().map(|s| s.map(|s| s.chars().count() as i32)).collect::<Int32Array>())
        }
        "upper" => Arc::new(strings(arg(0)?)?.iter().map(|s| s.map(str::to_uppercase)).collect::<StringArray>()),
        "lower" => Arc::new(strings(arg(0)?)?.iter().map(|s| s.map(str::to_lowercase)).collect::<StringArray>()),
        "substring" => {
            let (s, start, end) = (strings(arg(0)?)?, i64s(arg(1)?)?, i64s(arg(2)?)?);
            let out: StringArray = (0..n)
                .map(|i| {
                    let text = s.is_valid(i).then(|| s.value(i))?;
                    let chars: Vec<char> = text.chars().collect();
                    let len = chars.len() as i64;
                    let clamp = |v: i64| if v < 0 { (len + v).max(0) } else { v.min(len) };
                    let from = if start.is_valid(i) { clamp(start.value(i)) } else { 0 };
                    let to = if end.is_valid(i) { clamp(end.value(i)) } else { len };
                    Some(if from >= to { String::new() } else { chars[from as usize..to as usize].iter().collect() })
                })
                .collect();
            Arc::new(out)
        }
        "year" => date_part(arg(0)?.as_ref(), DatePart::Year)?,
        "month_of_year" => date_part(arg(0)?.as_ref(), DatePart::Month)?,
        "day_of_month" => date_part(arg(0)?.as_ref(), DatePart::Day)?,
        "day_of_year" => date_part(arg(0)?.as_ref(), DatePart::DayOfYear)?,
        "month_of_year0" | "day_of_month0" | "day_of_year0" => {
            let part = match name {
                "month_of_year0" => DatePart::Month,
                "day_of_month0" => DatePart::Day,
                _ => DatePart::DayOfYear,
            };
            let one_based = date_part(arg(0)?.as_ref(), part)?;
            Arc::new(numeric::sub_wrapping(&one_based, &Int32Array::new_scalar(1))?)
        }
        "seconds" | "minutes" | "hours" => {
            let factor = match name {
                "seconds" => 1,
                "minutes" => 60,
                _ => 3600,
            };
            let values = i64s(arg(0)?)?;
            let out: arrow_array::DurationSecondArray = values.iter().map(|v| v?.checked_mul(factor)).collect();
            Arc::new(out)
        }
        "days" => {
            let values = i64s(arg(0)?)?;
            let out: arrow_array::IntervalDayTimeArray = values
                .iter()
                .map(|v| i32::try_from(v?).ok().filter(|d| *d >= 0).map(|d| arrow_buffer::IntervalDayTime::new(d, 0)))
                .collect();
            Arc::new(out)
        }
        "months" => {
            let values = i64s(arg(0)?)?;
            let out: arrow_array::IntervalYearMonthArray = values.iter().map(|v| i32::try_from(v?).ok()).collect();
            Arc::new(out)
        }
        "seconds_between" | "days_between" | "months_between" => {
            let (a, b) = (timestamps(arg(0)?)?, timestamps(arg(1)?)?);
            let pairs = a.into_iter().zip(b);
            match name {
                "seconds_between" => Arc::new(
                    pairs.map(|(x, y)| Some((y? - x?) / 1_000_000_000)).collect::<arrow_array::DurationSecondArray>(),
                ),
                "days_between" => Arc::new(
                    pairs
                        .map(|(x, y)| {
                            i32::try_from((y? - x?) / 86_400_000_000_000)
                                .ok()
                                .map(|d| arrow_buffer::IntervalDayTime::new(d, 0))
                        })
                        .collect::<arrow_array::IntervalDayTimeArray>(),
                ),
                _ => Arc::new(
                    pairs
                        .map(|(x, y)| {
                            let (x, y) = (Utc.timestamp_nanos(x?), Utc.timestamp_nanos(y?));
                            Some((y.year() * 12 + y.month() as i32) - (x.year() * 12 + x.month() as i32))
                        })
                        .collect::<arrow_array::IntervalYearMonthArray>(),
                ),
            }
        }
        "add_time" => {
            let delta = arg(0)?;
            let times = timestamps(arg(1)?)?;
            let out: TimestampNanosecondArray = match delta.data_type() {
                DataType::Duration(unit) => {
                    let per = match unit {
                        arrow_schema::TimeUnit::Second => 1_000_000_000,
                        arrow_schema::TimeUnit::Millisecond => 1_000_000,
                        arrow_schema::TimeUnit::Microsecond => 1_000,
                        arrow_schema::TimeUnit::Nanosecond => 1,
                    };
                    let d = i64s(delta)?;
                    times.iter().zip(d.iter()).map(|(t, d)| t.as_ref()?.checked_add(d?.checked_mul(per)?)).collect()
                }
                DataType::Interval(arrow_schema::IntervalUnit::DayTime) => {
                    let d = delta.as_primitive::<arrow_array::types::IntervalDayTimeType>();
                    times
                        .iter()
                        .enumerate()
                        .map(|(i, t)| {
                            t.as_ref()?
                                .checked_add(i64::from(d.is_valid(i).then(|| d.value(i).days)?) * 86_400_000_000_000)
                        })
                        .collect()
                }
                DataType::Interval(arrow_schema::IntervalUnit::YearMonth) => {
                    let m = delta.as_primitive::<arrow_array::types::IntervalYearMonthType>();
                    times
                        .iter()
                        .enumerate()
                        .map(|(i, t)| {
                            let months = m.is_valid(i).then(|| m.value(i))?;
                            let at = Utc.timestamp_nanos((*t)?);
                            let moved = if months >= 0 {
                                at.checked_add_months(Months::new(months as u32))
                            } else {
                                at.checked_sub_months(Months::new(months.unsigned_abs()))
                            };
                            moved?.timestamp_nanos_opt()
                        })
                        .collect()
                }
                other => return Err(Error::Invalid(format!("add_time of {other}"))),
            };
            Arc::new(out)
        }
        "index" => {
            let (positions, lists) = (i64s(arg(0)?)?, arg(1)?);
            let lists = lists.as_list_opt::<i32>().ok_or_else(|| Error::Invalid("index of a non-list".into()))?;
            let offsets = lists.value_offsets();
            let picks: arrow_array::UInt32Array = (0..n)
                .map(|i| {
                    let at = positions.is_valid(i).then(|| positions.value(i))?;
                    let (start, end) = (offsets[i] as i64, offsets[i + 1] as i64);
                    (lists.is_valid(i) && at >= 0 && start + at < end).then(|| (start + at) as u32)
                })
                .collect();
            arrow_select::take::take(lists.values().as_ref(), &picks, None)?
        }
        "list_len" => {
            let lists = arg(0)?.as_list_opt::<i32>().ok_or_else(|| Error::Invalid("list_len of a non-list".into()))?;
            let offsets = lists.value_offsets();
            Arc::new((0..n).map(|i| lists.is_valid(i).then(|| offsets[i + 1] - offsets[i])).collect::<Int32Array>())
        }
        "get" => {
            let (keys, maps) = (strings(arg(0)?)?, arg(1)?);
            let maps = maps.as_map_opt().ok_or_else(|| Error::Invalid("get of a non-map".into()))?;
            let entry_keys = strings(maps.keys())?;
            let offsets = maps.value_offsets();
            let picks: arrow_array::UInt32Array = (0..n)
                .map(|i| {
                    let key = keys.is_valid(i).then(|| keys.value(i))?;
                    if !maps.is_valid(i) {
                        return None;
                    }
                    (offsets[i] as usize..offsets[i + 1] as usize)
                        .find(|&j| entry_keys.is_valid(j) && entry_keys.value(j) == key)
                        .map(|j| j as u32)
                })
                .collect();
            arrow_select::take::take(maps.values().as_ref(), &picks, None)?
        }
        // A json value is its text; `json(s).field` parses it (see `eval::field_of`).
        "json" => Arc::new(strings(arg(0)?)?),
        "flatten" => {
            let outer = arg(0)?.as_list_opt::<i32>().ok_or_else(|| Error::Invalid("flatten of a non-list".into()))?;
            let inner = outer
                .values()
                .as_list_opt::<i32>()
                .ok_or_else(|| Error::Invalid("flatten of a list of non-lists".into()))?;
            let (outer_offsets, inner_offsets) = (outer.value_offsets(), inner.value_offsets());
            let offsets: Vec<i32> = outer_offsets.iter().map(|o| inner_offsets[*o as usize]).collect();
            let field = Arc::new(arrow_schema::Field::new("item", inner.values().data_type().clone(), true));
            Arc::new(arrow_array::ListArray::try_new(
                field,
                arrow_buffer::OffsetBuffer::new(arrow_buffer::ScalarBuffer::from(offsets)),
                inner.values().clone(),
                outer.nulls().cloned(),
            )?)
        }
        "union" => {
            let (a, b) = (arg(0)?, arg(1)?);
            let (a, b) = (
                a.as_list_opt::<i32>().ok_or_else(|| Error::Invalid("union of a non-list".into()))?,
                b.as_list_opt::<i32>().ok_or_else(|| Error::Invalid("union of a non-list".into()))?,
            );
            let values = arrow_select::concat::concat(&[a.values().as_ref(), b.values().as_ref()])?;
            let shift = a.values().len();
            let formatter = arrow_cast::display::ArrayFormatter::try_new(
                values.as_ref(),
                &arrow_cast::display::FormatOptions::default(),
            )?;
            let mut picks: Vec<u32> = Vec::new();
            let mut offsets = vec![0i32];
            for i in 0..n {
                let mut seen = std::collections::HashSet::new();
                let rows = (a.is_valid(i))
                    .then(|| a.value_offsets()[i] as usize..a.value_offsets()[i + 1] as usize)
                    .into_iter()
                    .flatten()
                    .chain(
                        b.is_valid(i)
                            .then(|| b.value_offsets()[i] as usize + shift..b.value_offsets()[i + 1] as usize + shift)
                            .into_iter()
                            .flatten(),
                    );
                for j in rows {
                    if seen.insert(formatter.value(j).to_string()) {
                        picks.push(j as u32);
                    }
                }
                offsets.push(picks.len() as i32);
            }
            let values = arrow_select::take::take(values.as_ref(), &arrow_array::UInt32Array::from(picks), None)?;
            let field = Arc::new(arrow_schema::Field::new("item", values.data_type().clone(), true));
            Arc::new(arrow_array::ListArray::try_new(
                field,
                arrow_buffer::OffsetBuffer::new(arrow_buffer::ScalarBuffer::from(offsets)),
                values,
                None,
            )?)
        }
        other => return Err(Error::Unsupported(format!("function {other}"))),
    };
    debug_assert_eq!(result.len(), n);
    finish(result, ty)
}
