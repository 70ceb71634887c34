//! Typed host functions: Rust closures whose arguments are converted from
//! plain data, with Python `TypeError`s for a wrong count or type.

use pyx_vm::host::Data;

/// An error a host function raises in Python: an exception type name
/// (a built-in one: `ValueError`, `PermissionError`...) and a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostError {
    pub type_name: String,
    pub message: String,
}

impl HostError {
    pub fn new(type_name: &str, message: impl Into<String>) -> HostError {
        HostError { type_name: type_name.to_string(), message: message.into() }
    }
    pub fn value_error(message: impl Into<String>) -> HostError {
        HostError::new("ValueError", message)
    }
}

/// A Rust type an argument converts to.
pub trait FromData: Sized {
    /// The Python type name expected, for messages.
    const EXPECTED: &'static str;
    fn from_data(d: &Data) -> Option<Self>;
}

/// A Rust type a result converts from.
pub trait IntoData {
    fn into_data(self) -> Result<Data, HostError>;
}

impl FromData for Data {
    const EXPECTED: &'static str = "object";
    fn from_data(d: &Data) -> Option<Data> {
        Some(d.clone())
    }
}
impl FromData for i64 {
    const EXPECTED: &'static str = "int";
    fn from_data(d: &Data) -> Option<i64> {
        match d {
            Data::Int(i) => Some(*i),
            Data::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }
}
impl FromData for f64 {
    const EXPECTED: &'static str = "float";
    fn from_data(d: &Data) -> Option<f64> {
        match d {
            Data::Float(f) => Some(*f),
            Data::Int(i) => Some(*i as f64),
            Data::Bool(b) => Some(*b as i64 as f64),
            _ => None,
        }
    }
}
impl FromData for bool {
    const EXPECTED: &'static str = "bool";
    fn from_data(d: &Data) -> Option<bool> {
        match d {
            Data::Bool(b) => Some(*b),
            _ => None,
        }
    }
}
impl FromData for String {
    const EXPECTED: &'static str = "str";
    fn from_data(d: &Data) -> Option<String> {
        match d {
            Data::Str(s) => Some(s.clone()),
            _ => None,
        }
    }
}
impl FromData for Vec<u8> {
    const EXPECTED: &'static str = "bytes";
    fn from_data(d: &Data) -> Option<Vec<u8>> {
        match d {
            Data::Bytes(b) => Some(b.clone()),
            _ => None,
        }
    }
}
impl<T: FromData> FromData for Option<T> {
    const EXPECTED: &'static str = T::EXPECTED;
    fn from_data(d: &Data) -> Option<Option<T>> {
        match d {
            Data::None => Some(None),
            other => T::from_data(other).map(Some),
        }
    }
}

impl IntoData for Data {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(self)
    }
}
impl IntoData for () {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::None)
    }
}
impl IntoData for i64 {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Int(self))
    }
}
impl IntoData for f64 {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Float(self))
    }
}
impl IntoData for bool {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Bool(self))
    }
}
impl IntoData for String {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Str(self))
    }
}
impl IntoData for &str {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Str(self.to_string()))
    }
}
impl IntoData for Vec<u8> {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Bytes(self))
    }
}
impl<T: IntoData> IntoData for Option<T> {
    fn into_data(self) -> Result<Data, HostError> {
        match self {
            Some(v) => v.into_data(),
            None => Ok(Data::None),
        }
    }
}
impl<T: IntoData> IntoData for Result<T, HostError> {
    fn into_data(self) -> Result<Data, HostError> {
        self.and_then(|v| v.into_data())
    }
}

fn arg<T: FromData>(fname: &str, args: &[Data], i: usize) -> Result<T, HostError> {
    let d = args.get(i).unwrap_or(&Data::None);
    T::from_data(d).ok_or_else(|| {
        HostError::new(
            "TypeError",
            format!("{}() argument {} must be {}, not {}", fname, i + 1, T::EXPECTED, d.type_name()),
        )
    })
}

fn count(fname: &str, args: &[Data], n: usize) -> Result<(), HostError> {
    if args.len() != n {
        return Err(HostError::new(
            "TypeError",
            format!(
                "{}() takes {} positional argument{} but {} {} given",
                fname,
                n,
                if n == 1 { "" } else { "s" },
                args.len(),
                if args.len() == 1 { "was" } else { "were" }
            ),
        ));
    }
    Ok(())
}

/// A closure usable as a host function: `Fn(A, B, ...) -> R` where each
/// argument is [`FromData`] and `R` is [`IntoData`] (up to 6 arguments),
/// or `Fn(&[Data]) -> Result<Data, HostError>` for any arguments.
pub trait HostFn<Args>: Send + Sync + 'static {
    fn call_data(&self, name: &str, args: &[Data]) -> Result<Data, HostError>;
}

/// Marker for the untyped form.
pub struct RawArgs;

impl<F> HostFn<RawArgs> for F
where
    F: Fn(&[Data]) -> Result<Data, HostError> + Send + Sync + 'static,
{
    fn call_data(&self, _name: &str, args: &[Data]) -> Result<Data, HostError> {
        self(args)
    }
}

macro_rules! host_fn {
    ($n:literal; $($t:ident $i:tt),*) => {
        impl<F, R, $($t),*> HostFn<($($t,)*)> for F
        where
            F: Fn($($t),*) -> R + Send + Sync + 'static,
            R: IntoData,
            $($t: FromData,)*
        {
            #[allow(unused_variables)]
            fn call_data(&self, name: &str, args: &[Data]) -> Result<Data, HostError> {
                count(name, args, $n)?;
                self($(arg::<$t>(name, args, $i)?),*).into_data()
            }
        }
    };
}
host_fn!(0;);
host_fn!(1; A 0);
host_fn!(2; A 0, B 1);
host_fn!(3; A 0, B 1, C 2);
host_fn!(4; A 0, B 1, C 2, D 3);
host_fn!(5; A 0, B 1, C 2, D 3, E 4);
host_fn!(6; A 0, B 1, C 2, D 3, E 4, G 5);
