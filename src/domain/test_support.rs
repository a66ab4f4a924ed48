//! Checks shared by the domain's unit tests.

use crate::domain::ids::PersonId;
use serde::Serialize;
use std::fmt::{Debug, Display};
use std::str::FromStr;

/// For enums whose one name serves files, form values and URLs: each of `all` is written by
/// `Display` as serde writes it, and read back by `FromStr`; a name that is none of them is
/// refused.
pub(crate) fn assert_names_round_trip<T>(all: &[T])
where
    T: Copy + Debug + PartialEq + Display + FromStr + Serialize,
{
    for &choice in all {
        let name = choice.to_string();
        assert_eq!(
            serde_json::to_string(&choice).unwrap(),
            format!("\"{name}\""),
            "{name}"
        );
        assert!(name.parse::<T>().is_ok_and(|read| read == choice), "{name}");
    }
    assert!("nope".parse::<T>().is_err());
}

/// Person `n`'s id.
pub(crate) fn person(n: u128) -> PersonId {
    PersonId::from_u128(n)
}
