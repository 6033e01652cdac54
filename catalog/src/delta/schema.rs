//! Delta schema JSON ↔ Arrow schema. Only Delta-representable Arrow types reach this point
//! (see `load::normalize`).

use std::sync::Arc;

use arrow_schema::{DataType, Field, Fields, Schema, TimeUnit};
use serde_json::{json, Value};

use crate::error::{Error, Result};

fn type_to_delta(data_type: &DataType) -> Result<Value> {
    Ok(match data_type {
        DataType::Boolean => json!("boolean"),
        DataType::Int8 => json!("byte"),
        DataType::Int16 => json!("short"),
        DataType::Int32 => json!("integer"),
        DataType::Int64 => json!("long"),
        DataType::Float32 => json!("float"),
        DataType::Float64 => json!("double"),
        DataType::Utf8 => json!("string"),
        DataType::Binary => json!("binary"),
        DataType::Date32 => json!("date"),
        DataType::Timestamp(TimeUnit::Microsecond, Some(_)) => json!("timestamp"),
        DataType::Struct(fields) => json!({ "type": "struct", "fields": fields_to_delta(fields)? }),
        DataType::List(item) => json!({
            "type": "array",
            "elementType": type_to_delta(item.data_type())?,
            "containsNull": item.is_nullable(),
        }),
        DataType::Map(entries, _) => match entries.data_type() {
            DataType::Struct(kv) if kv.len() == 2 => json!({
                "type": "map",
                "keyType": type_to_delta(kv[0].data_type())?,
                "valueType": type_to_delta(kv[1].data_type())?,
                "valueContainsNull": kv[1].is_nullable(),
            }),
            other => return Err(Error::Storage(format!("unsupported map entries {other}"))),
        },
        other => return Err(Error::Storage(format!("type {other} has no Delta equivalent"))),
    })
}

fn fields_to_delta(fields: &Fields) -> Result<Vec<Value>> {
    fields
        .iter()
        .map(|f| {
            Ok(json!({ "name": f.name(), "type": type_to_delta(f.data_type())?, "nullable": f.is_nullable(), "metadata": {} }))
        })
        .collect()
}

/// The Delta `schemaString` of an Arrow schema.
pub fn arrow_to_delta(schema: &Schema) -> Result<String> {
    Ok(json!({ "type": "struct", "fields": fields_to_delta(schema.fields())? }).to_string())
}

fn type_from_delta(value: &Value) -> Result<DataType> {
    let bad = || Error::Storage(format!("unsupported Delta type {value}"));
    Ok(match value {
        Value::String(name) => match name.as_str() {
            "boolean" => DataType::Boolean,
            "byte" => DataType::Int8,
            "short" => DataType::Int16,
            "integer" => DataType::Int32,
            "long" => DataType::Int64,
            "float" => DataType::Float32,
            "double" => DataType::Float64,
            "string" => DataType::Utf8,
            "binary" => DataType::Binary,
            "date" => DataType::Date32,
            "timestamp" => DataType::Timestamp(TimeUnit::Microsecond, Some("+00:00".into())),
            "timestamp_ntz" => DataType::Timestamp(TimeUnit::Microsecond, None),
            _ => return Err(bad()),
        },
        Value::Object(object) => match object.get("type").and_then(Value::as_str) {
            Some("struct") => DataType::Struct(fields_from_delta(object.get("fields").ok_or_else(bad)?)?),
            Some("array") => {
                let item = type_from_delta(object.get("elementType").ok_or_else(bad)?)?;
                let nullable = object.get("containsNull").and_then(Value::as_bool).unwrap_or(true);
                DataType::List(Arc::new(Field::new("item", item, nullable)))
            }
            Some("map") => {
                let key = type_from_delta(object.get("keyType").ok_or_else(bad)?)?;
                let value_type = type_from_delta(object.get("valueType").ok_or_else(bad)?)?;
                let nullable = object.get("valueContainsNull").and_then(Value::as_bool).unwrap_or(true);
                let entries =
                    Fields::from(vec![Field::new("key", key, false), Field::new("value", value_type, nullable)]);
                DataType::Map(Arc::new(Field::new("key_value", DataType::Struct(entries), false)), false)
            }
            _ => return Err(bad()),
        },
        _ => return Err(bad()),
    })
}

fn fields_from_delta(value: &Value) -> Result<Fields> {
    let list = value.as_array().ok_or_else(|| Error::Storage("Delta fields must be a list".into()))?;
    let fields: Result<Vec<Field>> = list
        .iter()
        .map(|f| {
            let name = f
                .get("name")
                .and_then(Value::as_str)
                .ok_or_else(|| Error::Storage("Delta field without a name".into()))?;
            let data_type = type_from_delta(f.get("type").unwrap_or(&Value::Null))?;
            let nullable = f.get("nullable").and_then(Value::as_bool).unwrap_or(true);
            Ok(Field::new(name, data_type, nullable))
        })
        .collect();
    Ok(Fields::from(fields?))
}

/// The Arrow schema of a Delta `schemaString`.
pub fn delta_to_arrow(schema_string: &str) -> Result<Schema> {
    let value: Value = serde_json::from_str(schema_string)?;
    Ok(Schema::new(fields_from_delta(value.get("fields").unwrap_or(&Value::Null))?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemas_round_trip() {
        let entries =
            Fields::from(vec![Field::new("key", DataType::Utf8, false), Field::new("value", DataType::Int64, true)]);
        let schema = Schema::new(vec![
            Field::new("_time", DataType::Int64, false),
            Field::new("name", DataType::Utf8, true),
            Field::new("at", DataType::Timestamp(TimeUnit::Microsecond, Some("+00:00".into())), true),
            Field::new("tags", DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))), true),
            Field::new(
                "attrs",
                DataType::Map(Arc::new(Field::new("key_value", DataType::Struct(entries), false)), false),
                true,
            ),
            Field::new("point", DataType::Struct(Fields::from(vec![Field::new("x", DataType::Float64, true)])), true),
        ]);
        let text = arrow_to_delta(&schema).unwrap_or_default();
        assert_eq!(delta_to_arrow(&text).ok(), Some(schema));
    }
}
