//! Where in a file something is wrong, as a JSON path like `meetings[3].attendees[1]`, and a
//! deserializer over [`serde_json::Value`] that tracks that path.
//!
//! The careful way into a file (see `validate`) reads each record with [`locate`], which walks
//! the value and reports how deep into the record an error is. serde's message names the
//! problem ("missing field `title`", "invalid type: string \"x\", expected u32"); the path
//! says where. It is the only deserializer over `Value` the app uses: each one compiles its
//! own copy of every record's `Deserialize` into the bundle.

use serde::de::value::StrDeserializer;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;

/// One step into a JSON document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Key(Cow<'static, str>),
    Index(usize),
}

/// A path from the top of the file, shown as `meetings[3].attendees[1]`. Keys that are not
/// plain identifiers (ids used as keys) are shown quoted: `go_round["0000…"]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct JsonPath(pub Vec<Step>);

impl JsonPath {
    pub fn root() -> JsonPath {
        JsonPath(Vec::new())
    }

    /// The path of `field` at the top of the file.
    pub fn field(name: &'static str) -> JsonPath {
        JsonPath(vec![Step::Key(Cow::Borrowed(name))])
    }

    /// `self.name`.
    pub fn key(mut self, name: impl Into<Cow<'static, str>>) -> JsonPath {
        self.0.push(Step::Key(name.into()));
        self
    }

    /// `self[index]`.
    pub fn index(mut self, index: usize) -> JsonPath {
        self.0.push(Step::Index(index));
        self
    }

    /// `self` followed by `rest`.
    pub fn join(mut self, rest: &JsonPath) -> JsonPath {
        self.0.extend(rest.0.iter().cloned());
        self
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("the top level");
        }
        for (n, step) in self.0.iter().enumerate() {
            match step {
                Step::Index(index) => write!(f, "[{index}]")?,
                Step::Key(key) if is_identifier(key) => {
                    if n > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(key)?;
                }
                Step::Key(key) => write!(f, "[{}]", Value::String(key.to_string()))?,
            }
        }
        Ok(())
    }
}

fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Reads `value` as a `T`; on failure, says where inside `value` it failed and why.
pub fn locate<T: DeserializeOwned>(value: &Value) -> Result<T, (JsonPath, String)> {
    T::deserialize(At(value)).map_err(|Located(error)| {
        let LocatedError {
            mut reversed_path,
            message,
        } = *error;
        reversed_path.reverse();
        (JsonPath(reversed_path), message)
    })
}

/// JSON text read as a `T` with [`locate`], for what the app reads back from itself (stored
/// records, the room display's messages): the careful import reads records this way, and one
/// reader per record type keeps one copy of its code in the bundle. The message says what is
/// wrong, not where.
pub fn read_json<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    locate(&parse(text)?).map_err(|(_, message)| message)
}

/// Out of line: one copy whatever is read.
#[inline(never)]
fn parse(text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// A deserialization error and the path to it, innermost step first (steps are added as the
/// error travels out). Boxed, and its steps added out of line, because every field of every
/// record's reader passes it on: a small error there is a small reader.
#[derive(Debug)]
struct Located(Box<LocatedError>);

#[derive(Debug)]
struct LocatedError {
    reversed_path: Vec<Step>,
    message: String,
}

impl Located {
    #[inline(never)]
    fn within(mut self, step: Step) -> Located {
        self.0.reversed_path.push(step);
        self
    }

    #[inline(never)]
    fn within_key(self, key: &str) -> Located {
        self.within(Step::Key(Cow::Owned(key.to_string())))
    }
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for Located {}

/// serde's messages name Rust types ("expected i64", "variant index 0 <= i < 3", "a formatted
/// UUID string"); a user reads what was expected and what was found, in words.
impl de::Error for Located {
    fn custom<T: fmt::Display>(message: T) -> Self {
        let message = message.to_string();
        let message = if message.starts_with("UUID parsing failed") {
            format!("expected {AN_ID}")
        } else if CHRONO_MESSAGES.iter().any(|m| message.starts_with(m)) {
            "expected a date such as 2026-11-24".to_string()
        } else {
            message
        };
        Located(Box::new(LocatedError {
            reversed_path: Vec::new(),
            message,
        }))
    }

    fn invalid_type(found: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Self::custom(format_args!(
            "expected {}, found {}",
            in_words(&expected.to_string()),
            found_in_words(&found)
        ))
    }

    fn invalid_value(found: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Self::invalid_type(found, expected)
    }

    fn invalid_length(len: usize, expected: &dyn de::Expected) -> Self {
        let expected = expected.to_string();
        let items = if len == 1 { "item" } else { "items" };
        if expected.contains("elements in sequence") || expected == "fewer elements" {
            Self::custom(format_args!("a list of {len} {items} does not belong here"))
        } else {
            Self::custom(format_args!(
                "expected {}, found a list of {len} {items}",
                in_words(&expected)
            ))
        }
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let names: Vec<String> = expected.iter().map(|name| format!("“{name}”")).collect();
        Self::custom(format_args!(
            "“{}” is not known here; expected one of {}",
            shortened(variant),
            names.join(", ")
        ))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Self::custom(format_args!("the field `{field}` appears twice"))
    }
}

/// How chrono says a date does not read.
const CHRONO_MESSAGES: &[&str] = &[
    "input contains invalid characters",
    "input is out of range",
    "input is not enough",
    "premature end of input",
    "trailing input",
    "no possible date and time",
    "bad or unsupported format",
];

/// What an id looks like, for messages.
const AN_ID: &str = "an id such as 0b6e4c1a-3f2d-4e5a-9b7c-1d2e3f4a5b6c";

/// serde's description of an expected type, in words.
fn in_words(expected: &str) -> String {
    let words = match expected {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number (0 or more)",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number",
        "f32" | "f64" => "a number",
        "a string" | "string" | "a borrowed string" | "a character" | "char" => "text",
        "a boolean" | "bool" => "true or false",
        "a variant name" | "variant identifier" => "a name (text)",
        _ if expected.contains("UUID") || expected.contains("16 byte") => AN_ID,
        _ if expected.contains("date") => "a date such as 2026-11-24",
        _ if expected.starts_with("variant index") => "a name (text)",
        _ if expected.contains("struct") || expected.contains("enum") || expected == "a map" => {
            "an object"
        }
        _ if expected.contains("sequence") || expected.contains("tuple") => "a list",
        _ => expected,
    };
    words.to_string()
}

/// A value as found in the file, in words.
fn found_in_words(found: &de::Unexpected<'_>) -> String {
    match found {
        de::Unexpected::Bool(b) => b.to_string(),
        de::Unexpected::Unsigned(n) => format!("the number {n}"),
        de::Unexpected::Signed(n) => format!("the number {n}"),
        de::Unexpected::Float(n) => format!("the number {n}"),
        de::Unexpected::Char(c) => format!("the text “{c}”"),
        de::Unexpected::Str(text) => format!("the text “{}”", shortened(text)),
        de::Unexpected::Unit | de::Unexpected::Option => "null".to_string(),
        de::Unexpected::Seq => "a list".to_string(),
        de::Unexpected::Map => "an object".to_string(),
        other => other.to_string(),
    }
}

/// At most 40 characters of a text from the file, to quote it.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// A deserializer over a borrowed [`Value`], like serde_json's, that records the path.
struct At<'v>(&'v Value);

impl<'de, 'v> de::Deserializer<'de> for At<'v> {
    type Error = Located;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Located> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => visitor.visit_u64(u),
                (None, Some(i)) => visitor.visit_i64(i),
                (None, None) => visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(s) => visitor.visit_str(s),
            Value::Array(items) => visit_items(items, visitor),
            Value::Object(map) => visit_entries(map, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Located> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Located> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Located> {
        match self.0 {
            Value::String(variant) => visitor.visit_enum(variant.as_str().into_deserializer()),
            Value::Object(map) if map.len() == 1 => {
                let (variant, value) = map.iter().next().expect("one entry");
                visitor.visit_enum(Variant { variant, value })
            }
            other => Err(de::Error::invalid_type(
                unexpected(other),
                &"a variant name",
            )),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Located> {
        visitor.visit_unit()
    }

    // What a type asks for, it is given or refused with one error, as serde_json does: going
    // through `deserialize_any` would compile every other `visit_` of the visitor, and its
    // error, into each record's reader (measured: the readers half as big again).
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Located> {
        match self.0 {
            Value::String(s) => visitor.visit_str(s),
            other => Err(refused(other, &visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Located> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Located> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Located> {
        match self.0 {
            Value::Bool(b) => visitor.visit_bool(*b),
            other => Err(refused(other, &visitor)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Located> {
        match self.0 {
            Value::Array(items) => visit_items(items, visitor),
            other => Err(refused(other, &visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Located> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Located> {
        match self.0 {
            Value::Object(map) => visit_entries(map, visitor),
            other => Err(refused(other, &visitor)),
        }
    }

    /// An object, or the fields in order as a list (serde_json reads both).
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Located> {
        match self.0 {
            Value::Object(map) => visit_entries(map, visitor),
            Value::Array(items) => visit_items(items, visitor),
            other => Err(refused(other, &visitor)),
        }
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        unit unit_struct tuple_struct
    }
}

/// `value` is not what `visitor` reads.
fn refused<'de, V: Visitor<'de>>(value: &Value, visitor: &V) -> Located {
    de::Error::invalid_type(unexpected(value), visitor)
}

fn visit_items<'de, V: Visitor<'de>>(items: &[Value], visitor: V) -> Result<V::Value, Located> {
    let mut seq = Seq {
        items: items.iter().enumerate(),
    };
    let result = visitor.visit_seq(&mut seq)?;
    match seq.items.len() {
        0 => Ok(result),
        _ => Err(de::Error::invalid_length(items.len(), &"fewer elements")),
    }
}

fn visit_entries<'de, V: Visitor<'de>>(
    map: &serde_json::Map<String, Value>,
    visitor: V,
) -> Result<V::Value, Located> {
    visitor.visit_map(Map {
        entries: map.iter(),
        pending: None,
    })
}

fn unexpected(value: &Value) -> de::Unexpected<'_> {
    match value {
        Value::Null => de::Unexpected::Unit,
        Value::Bool(b) => de::Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => de::Unexpected::Unsigned(u),
            (None, Some(i)) => de::Unexpected::Signed(i),
            (None, None) => de::Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => de::Unexpected::Str(s),
        Value::Array(_) => de::Unexpected::Seq,
        Value::Object(_) => de::Unexpected::Map,
    }
}

struct Seq<'v> {
    items: std::iter::Enumerate<std::slice::Iter<'v, Value>>,
}

impl<'de, 'v> SeqAccess<'de> for Seq<'v> {
    type Error = Located;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Located> {
        match self.items.next() {
            Some((index, value)) => seed
                .deserialize(At(value))
                .map(Some)
                .map_err(|e| e.within(Step::Index(index))),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Map<'v> {
    entries: serde_json::map::Iter<'v>,
    pending: Option<(&'v String, &'v Value)>,
}

impl<'de, 'v> MapAccess<'de> for Map<'v> {
    type Error = Located;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Located> {
        match self.entries.next() {
            Some((key, value)) => {
                self.pending = Some((key, value));
                let key_deserializer: StrDeserializer<'_, Located> =
                    key.as_str().into_deserializer();
                seed.deserialize(key_deserializer)
                    .map(Some)
                    .map_err(|e| e.within_key(key))
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Located> {
        let (key, value) = self
            .pending
            .take()
            .ok_or_else(|| de::Error::custom("a value was read before its key"))?;
        seed.deserialize(At(value)).map_err(|e| e.within_key(key))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// An externally tagged variant written as `{ "variant": value }`.
struct Variant<'v> {
    variant: &'v String,
    value: &'v Value,
}

impl<'de, 'v> EnumAccess<'de> for Variant<'v> {
    type Error = Located;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self), Located> {
        let name: StrDeserializer<'_, Located> = self.variant.as_str().into_deserializer();
        let variant = seed.deserialize(name)?;
        Ok((variant, self))
    }
}

impl<'de, 'v> VariantAccess<'de> for Variant<'v> {
    type Error = Located;

    fn unit_variant(self) -> Result<(), Located> {
        match self.value {
            Value::Null => Ok(()),
            other => Err(de::Error::invalid_type(
                unexpected(other),
                &"a unit variant",
            )),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Located> {
        seed.deserialize(At(self.value))
            .map_err(|e| e.within_key(self.variant))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Located> {
        de::Deserializer::deserialize_any(At(self.value), visitor)
            .map_err(|e| e.within_key(self.variant))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Located> {
        de::Deserializer::deserialize_any(At(self.value), visitor)
            .map_err(|e| e.within_key(self.variant))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::meeting::Meeting;
    use serde::Deserialize;
    use serde_json::json;
    use std::collections::BTreeMap;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Inner {
        count: u32,
        #[serde(default)]
        label: Option<String>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Shape {
        Dot,
        Line(u32),
        Box { side: u32 },
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Outer {
        items: Vec<Inner>,
        by_key: BTreeMap<String, Inner>,
        shapes: Vec<Shape>,
    }

    fn error_of<T: DeserializeOwned + fmt::Debug>(value: Value) -> (String, String) {
        let (path, message) = locate::<T>(&value).unwrap_err();
        (path.to_string(), message)
    }

    #[test]
    fn paths_are_shown_as_in_javascript() {
        let path = JsonPath::field("meetings")
            .index(3)
            .key("attendees")
            .index(1);
        assert_eq!(path.to_string(), "meetings[3].attendees[1]");
        let keyed = JsonPath::field("go_round").key("0000-1");
        assert_eq!(keyed.to_string(), r#"go_round["0000-1"]"#);
        assert_eq!(JsonPath::root().to_string(), "the top level");
    }

    #[test]
    fn reads_what_serde_json_reads() {
        let value = json!({
            "items": [{ "count": 1 }, { "count": 2, "label": "b" }],
            "by_key": { "x": { "count": 3, "label": null } },
            "shapes": ["dot", { "line": 4 }, { "box": { "side": 5 } }]
        });
        let expected: Outer = serde_json::from_value(value.clone()).unwrap();
        assert_eq!(locate::<Outer>(&value).unwrap(), expected);
    }

    #[test]
    fn each_kind_of_value_is_read_or_refused_as_serde_json_does() {
        // A struct also reads from its fields in order, as serde_json allows.
        let as_list = json!([7, "g"]);
        assert_eq!(
            locate::<Inner>(&as_list).unwrap(),
            serde_json::from_value::<Inner>(as_list).unwrap()
        );
        let refused = [
            (
                json!({ "items": "none", "by_key": {}, "shapes": [] }),
                "items",
                "expected a list, found the text “none”",
            ),
            (
                json!({ "items": [], "by_key": [], "shapes": [] }),
                "by_key",
                "expected an object, found a list",
            ),
            (
                json!({ "items": [3], "by_key": {}, "shapes": [] }),
                "items[0]",
                "expected an object, found the number 3",
            ),
            (
                json!({ "items": [], "by_key": {}, "shapes": [true] }),
                "shapes[0]",
                "expected a name (text), found true",
            ),
        ];
        for (value, path, message) in refused {
            assert!(serde_json::from_value::<Outer>(value.clone()).is_err());
            assert_eq!(error_of::<Outer>(value), (path.into(), message.into()));
        }
        assert_eq!(
            locate::<bool>(&json!("yes")).unwrap_err().1,
            "expected true or false, found the text “yes”"
        );
    }

    #[test]
    fn read_json_reads_text_and_says_what_is_wrong() {
        assert_eq!(
            read_json::<Inner>(r#"{"count": 2}"#),
            Ok(Inner {
                count: 2,
                label: None
            })
        );
        assert_eq!(
            read_json::<Inner>(r#"{"count": -2}"#),
            Err("expected a whole number (0 or more), found the number -2".into())
        );
        assert!(read_json::<Inner>(r#"{"count": "#).is_err());
    }

    #[test]
    fn errors_carry_the_path_into_arrays_maps_and_variants() {
        let base = || {
            json!({
                "items": [{ "count": 1 }, { "count": 2 }],
                "by_key": { "x": { "count": 3 } },
                "shapes": ["dot"]
            })
        };
        let mut v = base();
        v["items"][1]["count"] = json!("two");
        assert_eq!(
            error_of::<Outer>(v),
            (
                "items[1].count".into(),
                "expected a whole number (0 or more), found the text “two”".into()
            )
        );
        let mut v = base();
        v["by_key"]["x"] = json!({});
        assert_eq!(
            error_of::<Outer>(v),
            ("by_key.x".into(), "missing field `count`".into())
        );
        let mut v = base();
        v["shapes"] = json!(["dot", { "box": { "side": -1 } }]);
        assert_eq!(error_of::<Outer>(v).0, "shapes[1].box.side");
        let mut v = base();
        v["shapes"] = json!(["circle"]);
        assert_eq!(error_of::<Outer>(v).0, "shapes[0]");
        let mut v = base();
        v.as_object_mut().unwrap().remove("items");
        assert_eq!(
            error_of::<Outer>(v),
            (
                String::from("the top level"),
                "missing field `items`".into()
            )
        );
    }

    #[test]
    fn finds_a_bad_attendee_inside_a_real_meeting() {
        let meeting = crate::domain::exchange::generate::sample_meeting();
        let mut value = serde_json::to_value(&meeting).unwrap();
        assert_eq!(locate::<Meeting>(&value).unwrap(), meeting);
        value["attendees"][1] = json!(5);
        let (path, message) = locate::<Meeting>(&value).unwrap_err();
        assert_eq!(path.to_string(), "attendees[1]");
        assert!(
            message.starts_with("expected an id such as")
                && message.ends_with("found the number 5"),
            "{message}"
        );
    }
}
