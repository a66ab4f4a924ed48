//! Reading the internally tagged enums (`#[serde(tag = "…")]`) of records and messages in one
//! pass.
//!
//! serde reads an internally tagged enum by first copying the whole object into a generic
//! `Content` tree and then reading the variant from that copy, so every type inside the enum
//! gets a second deserializer compiled for the copy. In the browser bundle those copies were
//! about 140 KB of wasm before compression (the playbook's entries, the tally's taps, the room's
//! messages, the clock and the team). Each such enum is read instead through a flat "stored"
//! struct holding the tag and every variant's fields, each optional, with
//! `#[serde(try_from = "Object<Stored…>")]`; `Serialize` stays derived, so files and records
//! are written exactly as before and read back the same.

use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;
use thiserror::Error;

/// A field the tag's variant needs is absent: the message serde gives for a missing field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
#[error("missing field `{0}`")]
pub struct MissingField(pub &'static str);

/// The value of the variant's field `name`, which the flat form reads as optional.
pub fn required<T>(value: Option<T>, name: &'static str) -> Result<T, MissingField> {
    value.ok_or(MissingField(name))
}

/// A flat form read only from an object, as serde reads its tagged enums: a derived struct
/// would also take a list of its fields' values.
pub struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Object<T>, D::Error> {
        struct ObjectVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
            type Value = T;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map))
            }
        }

        deserializer
            .deserialize_map(ObjectVisitor(PhantomData))
            .map(Object)
    }
}
