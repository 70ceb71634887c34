//! The `serde` feature: any `Serialize` type in, any `Deserialize` type
//! out, through plain data.
//!
//! Rust value ⇄ Python value, as serde_json would write it: structs and
//! maps are dicts (struct fields by name, in declaration order), sequences
//! lists, tuples tuples, `Option::None` and `()` are `None`, a unit enum
//! variant is its name as a `str`, any other variant a one-key dict
//! `{name: value}`, bytes (`serde_bytes`) are `bytes`. Wrap a type in
//! [`Serde`] to use it as a host function parameter or result, or as the
//! `T` of `eval::<T>`/`call::<T>`.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};
use serde::ser::{self, Serialize};

use super::convert::{ConvertError, FromData, HostError, IntoData};
use super::data::{Data, Map};

/// Why a value did not serialize to, or deserialize from, plain data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SerdeError(pub String);

impl std::fmt::Display for SerdeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for SerdeError {}
impl ser::Error for SerdeError {
    fn custom<T: std::fmt::Display>(msg: T) -> SerdeError {
        SerdeError(msg.to_string())
    }
}
impl de::Error for SerdeError {
    fn custom<T: std::fmt::Display>(msg: T) -> SerdeError {
        SerdeError(msg.to_string())
    }
}

/// Any `Serialize` value as plain data.
pub fn to_data<T: Serialize + ?Sized>(value: &T) -> Result<Data, SerdeError> {
    value.serialize(DataSerializer)
}

/// Plain data as any `Deserialize` type.
pub fn from_data<T: DeserializeOwned>(d: Data) -> Result<T, SerdeError> {
    T::deserialize(d)
}

/// A serde type as a host function parameter or result, or as the
/// result type of `eval`/`call`/`get`: `interp.eval::<Serde<Point>>(...)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Serde<T>(pub T);

impl<T: DeserializeOwned> FromData for Serde<T> {
    fn from_data(d: Data) -> Result<Serde<T>, ConvertError> {
        let found = d.type_name();
        from_data(d).map(Serde).map_err(|e| ConvertError { expected: format!("{} ({e})", std::any::type_name::<T>()), found })
    }
}

impl<T: Serialize> IntoData for Serde<T> {
    fn into_data(self) -> Result<Data, HostError> {
        to_data(&self.0).map_err(|e| HostError::value_error(e.0))
    }
}

// ----- Data as a serde data format (Serialize side) ------------------------

struct DataSerializer;

struct SeqBuilder {
    items: Vec<Data>,
    tuple: bool,
    /// The variant name of a tuple variant.
    variant: Option<&'static str>,
}

struct MapBuilder {
    map: Map,
    key: Option<Data>,
    variant: Option<&'static str>,
}

fn wrap_variant(variant: Option<&'static str>, d: Data) -> Data {
    match variant {
        Some(v) => Data::Dict(Map::from([(v, d)])),
        None => d,
    }
}

impl ser::Serializer for DataSerializer {
    type Ok = Data;
    type Error = SerdeError;
    type SerializeSeq = SeqBuilder;
    type SerializeTuple = SeqBuilder;
    type SerializeTupleStruct = SeqBuilder;
    type SerializeTupleVariant = SeqBuilder;
    type SerializeMap = MapBuilder;
    type SerializeStruct = MapBuilder;
    type SerializeStructVariant = MapBuilder;

    fn serialize_bool(self, v: bool) -> Result<Data, SerdeError> {
        Ok(Data::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Data, SerdeError> {
        Ok(Data::Int(v.into()))
    }
    fn serialize_i16(self, v: i16) -> Result<Data, SerdeError> {
        Ok(Data::Int(v.into()))
    }
    fn serialize_i32(self, v: i32) -> Result<Data, SerdeError> {
        Ok(Data::Int(v.into()))
    }
    fn serialize_i64(self, v: i64) -> Result<Data, SerdeError> {
        Ok(Data::Int(v))
    }
    fn serialize_i128(self, v: i128) -> Result<Data, SerdeError> {
        Ok(Data::from(BigInt::from(v)))
    }
    fn serialize_u8(self, v: u8) -> Result<Data, SerdeError> {
        Ok(Data::Int(v.into()))
    }
    fn serialize_u16(self, v: u16) -> Result<Data, SerdeError> {
        Ok(Data::Int(v.into()))
    }
    fn serialize_u32(self, v: u32) -> Result<Data, SerdeError> {
        Ok(Data::Int(v.into()))
    }
    fn serialize_u64(self, v: u64) -> Result<Data, SerdeError> {
        Ok(Data::from(v))
    }
    fn serialize_u128(self, v: u128) -> Result<Data, SerdeError> {
        Ok(Data::from(v))
    }
    fn serialize_f32(self, v: f32) -> Result<Data, SerdeError> {
        Ok(Data::Float(v.into()))
    }
    fn serialize_f64(self, v: f64) -> Result<Data, SerdeError> {
        Ok(Data::Float(v))
    }
    fn serialize_char(self, v: char) -> Result<Data, SerdeError> {
        Ok(Data::from(v))
    }
    fn serialize_str(self, v: &str) -> Result<Data, SerdeError> {
        Ok(Data::from(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Data, SerdeError> {
        Ok(Data::Bytes(v.to_vec()))
    }
    fn serialize_none(self) -> Result<Data, SerdeError> {
        Ok(Data::None)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Data, SerdeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Data, SerdeError> {
        Ok(Data::None)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Data, SerdeError> {
        Ok(Data::None)
    }
    fn serialize_unit_variant(self, _name: &'static str, _i: u32, variant: &'static str) -> Result<Data, SerdeError> {
        Ok(Data::from(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<Data, SerdeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Data, SerdeError> {
        Ok(wrap_variant(Some(variant), value.serialize(self)?))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqBuilder, SerdeError> {
        Ok(SeqBuilder { items: Vec::with_capacity(len.unwrap_or(0).min(4096)), tuple: false, variant: None })
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqBuilder, SerdeError> {
        Ok(SeqBuilder { items: Vec::with_capacity(len.min(4096)), tuple: true, variant: None })
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<SeqBuilder, SerdeError> {
        self.serialize_tuple(len)
    }
    fn serialize_tuple_variant(self, _name: &'static str, _i: u32, variant: &'static str, len: usize) -> Result<SeqBuilder, SerdeError> {
        Ok(SeqBuilder { items: Vec::with_capacity(len.min(4096)), tuple: false, variant: Some(variant) })
    }
    fn serialize_map(self, len: Option<usize>) -> Result<MapBuilder, SerdeError> {
        Ok(MapBuilder { map: Map::with_capacity(len.unwrap_or(0).min(4096)), key: None, variant: None })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<MapBuilder, SerdeError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(self, _name: &'static str, _i: u32, variant: &'static str, len: usize) -> Result<MapBuilder, SerdeError> {
        Ok(MapBuilder { map: Map::with_capacity(len.min(4096)), key: None, variant: Some(variant) })
    }
}

impl SeqBuilder {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerdeError> {
        self.items.push(value.serialize(DataSerializer)?);
        Ok(())
    }
    fn done(self) -> Data {
        let d = if self.tuple { Data::Tuple(self.items) } else { Data::List(self.items) };
        wrap_variant(self.variant, d)
    }
}

macro_rules! seq_impl {
    ($($tr:ident :: $m:ident),*) => {$(
        impl ser::$tr for SeqBuilder {
            type Ok = Data;
            type Error = SerdeError;
            fn $m<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerdeError> {
                self.push(value)
            }
            fn end(self) -> Result<Data, SerdeError> {
                Ok(self.done())
            }
        }
    )*};
}
seq_impl!(SerializeSeq::serialize_element, SerializeTuple::serialize_element, SerializeTupleStruct::serialize_field, SerializeTupleVariant::serialize_field);

impl ser::SerializeMap for MapBuilder {
    type Ok = Data;
    type Error = SerdeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), SerdeError> {
        self.key = Some(key.serialize(DataSerializer)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerdeError> {
        let k = self.key.take().ok_or_else(|| SerdeError("a map value without a key".into()))?;
        self.map.insert(k, value.serialize(DataSerializer)?);
        Ok(())
    }
    fn end(self) -> Result<Data, SerdeError> {
        Ok(wrap_variant(self.variant, Data::Dict(self.map)))
    }
}

impl MapBuilder {
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), SerdeError> {
        self.map.insert(key, value.serialize(DataSerializer)?);
        Ok(())
    }
}

impl ser::SerializeStruct for MapBuilder {
    type Ok = Data;
    type Error = SerdeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), SerdeError> {
        self.field(key, value)
    }
    fn end(self) -> Result<Data, SerdeError> {
        Ok(wrap_variant(self.variant, Data::Dict(self.map)))
    }
}

impl ser::SerializeStructVariant for MapBuilder {
    type Ok = Data;
    type Error = SerdeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), SerdeError> {
        self.field(key, value)
    }
    fn end(self) -> Result<Data, SerdeError> {
        Ok(wrap_variant(self.variant, Data::Dict(self.map)))
    }
}

/// Data itself serializes naturally (a set as a sequence, an int beyond
/// 128 bits as its decimal string), e.g. to JSON.
impl Serialize for Data {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use ser::{SerializeMap, SerializeSeq, SerializeTuple};
        match self {
            Data::None => s.serialize_unit(),
            Data::Bool(b) => s.serialize_bool(*b),
            Data::Int(i) => s.serialize_i64(*i),
            Data::BigInt(b) => match (b.to_i128(), b.to_u128()) {
                (Some(i), _) => s.serialize_i128(i),
                (_, Some(u)) => s.serialize_u128(u),
                _ => s.serialize_str(&b.to_string()),
            },
            Data::Float(f) => s.serialize_f64(*f),
            Data::Str(x) => s.serialize_str(x),
            Data::Bytes(b) => s.serialize_bytes(b),
            Data::List(v) | Data::Set(v) | Data::FrozenSet(v) => {
                let mut q = s.serialize_seq(Some(v.len()))?;
                for x in v {
                    q.serialize_element(x)?;
                }
                q.end()
            }
            Data::Tuple(v) => {
                let mut q = s.serialize_tuple(v.len())?;
                for x in v {
                    q.serialize_element(x)?;
                }
                q.end()
            }
            Data::Dict(m) => {
                let mut q = s.serialize_map(Some(m.len()))?;
                for (k, v) in m.iter() {
                    q.serialize_entry(k, v)?;
                }
                q.end()
            }
        }
    }
}

// ----- Data as a serde data format (Deserialize side) ----------------------

impl<'de> IntoDeserializer<'de, SerdeError> for Data {
    type Deserializer = Data;
    fn into_deserializer(self) -> Data {
        self
    }
}

impl<'de> de::Deserializer<'de> for Data {
    type Error = SerdeError;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, SerdeError> {
        match self {
            Data::None => v.visit_unit(),
            Data::Bool(b) => v.visit_bool(b),
            Data::Int(i) => v.visit_i64(i),
            Data::BigInt(b) => match (b.to_i128(), b.to_u128()) {
                (Some(i), _) => v.visit_i128(i),
                (_, Some(u)) => v.visit_u128(u),
                _ => Err(SerdeError(format!("int too large: {b}"))),
            },
            Data::Float(f) => v.visit_f64(f),
            Data::Str(s) => v.visit_string(s),
            Data::Bytes(b) => v.visit_byte_buf(b),
            Data::List(items) | Data::Tuple(items) | Data::Set(items) | Data::FrozenSet(items) => {
                let mut seq = de::value::SeqDeserializer::new(items.into_iter());
                let r = v.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(r)
            }
            Data::Dict(m) => {
                let mut map = de::value::MapDeserializer::new(m.into_iter());
                let r = v.visit_map(&mut map)?;
                map.end()?;
                Ok(r)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, SerdeError> {
        match self {
            Data::None => v.visit_none(),
            other => v.visit_some(other),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, v: V) -> Result<V::Value, SerdeError> {
        v.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _name: &'static str, _variants: &'static [&'static str], v: V) -> Result<V::Value, SerdeError> {
        match self {
            Data::Str(s) => v.visit_enum(s.into_deserializer()),
            Data::Dict(m) if m.len() == 1 => {
                let (k, value) = m.into_iter().next().ok_or_else(|| SerdeError("empty enum dict".into()))?;
                v.visit_enum(EnumData { variant: k, value })
            }
            other => Err(SerdeError(format!("expected an enum (a str or a one-key dict), not {}", other.type_name()))),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct
        identifier ignored_any
    }
}

struct EnumData {
    variant: Data,
    value: Data,
}

impl<'de> de::EnumAccess<'de> for EnumData {
    type Error = SerdeError;
    type Variant = Data;
    fn variant_seed<S: de::DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Data), SerdeError> {
        Ok((seed.deserialize(self.variant)?, self.value))
    }
}

impl<'de> de::VariantAccess<'de> for Data {
    type Error = SerdeError;
    fn unit_variant(self) -> Result<(), SerdeError> {
        match self {
            Data::None => Ok(()),
            other => Err(SerdeError(format!("expected None for a unit variant, not {}", other.type_name()))),
        }
    }
    fn newtype_variant_seed<S: de::DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, SerdeError> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, SerdeError> {
        de::Deserializer::deserialize_any(self, v)
    }
    fn struct_variant<V: Visitor<'de>>(self, _fields: &'static [&'static str], v: V) -> Result<V::Value, SerdeError> {
        de::Deserializer::deserialize_any(self, v)
    }
}

/// Data itself deserializes from any self-describing format (JSON...).
impl<'de> de::Deserialize<'de> for Data {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Data, D::Error> {
        struct DataVisitor;
        impl<'de> Visitor<'de> for DataVisitor {
            type Value = Data;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("plain data")
            }
            fn visit_bool<E>(self, b: bool) -> Result<Data, E> {
                Ok(Data::Bool(b))
            }
            fn visit_i64<E>(self, i: i64) -> Result<Data, E> {
                Ok(Data::Int(i))
            }
            fn visit_i128<E>(self, i: i128) -> Result<Data, E> {
                Ok(Data::from(i))
            }
            fn visit_u64<E>(self, u: u64) -> Result<Data, E> {
                Ok(Data::from(u))
            }
            fn visit_u128<E>(self, u: u128) -> Result<Data, E> {
                Ok(Data::from(u))
            }
            fn visit_f64<E>(self, f: f64) -> Result<Data, E> {
                Ok(Data::Float(f))
            }
            fn visit_str<E>(self, s: &str) -> Result<Data, E> {
                Ok(Data::from(s))
            }
            fn visit_string<E>(self, s: String) -> Result<Data, E> {
                Ok(Data::Str(s))
            }
            fn visit_bytes<E>(self, b: &[u8]) -> Result<Data, E> {
                Ok(Data::Bytes(b.to_vec()))
            }
            fn visit_byte_buf<E>(self, b: Vec<u8>) -> Result<Data, E> {
                Ok(Data::Bytes(b))
            }
            fn visit_none<E>(self) -> Result<Data, E> {
                Ok(Data::None)
            }
            fn visit_unit<E>(self) -> Result<Data, E> {
                Ok(Data::None)
            }
            fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Data, D::Error> {
                <Data as de::Deserialize>::deserialize(d)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Data, A::Error> {
                let mut out = Vec::new();
                while let Some(x) = a.next_element::<Data>()? {
                    out.push(x);
                }
                Ok(Data::List(out))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut a: A) -> Result<Data, A::Error> {
                let mut m = Map::new();
                while let Some((k, v)) = a.next_entry::<Data, Data>()? {
                    m.insert(k, v);
                }
                Ok(Data::Dict(m))
            }
        }
        d.deserialize_any(DataVisitor)
    }
}
