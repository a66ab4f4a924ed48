//! Targets and measured values as whole hundredths, read and written as decimal text by hand:
//! "12.5" percent or "120" MQLs. No floats, so a value survives storage and files exactly and
//! float formatting stays out of the bundle.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// The largest value a target or reading may hold: a trillion, far beyond any KPI, and well
/// inside what JavaScript numbers keep exactly.
pub const MAX_QUANTITY: i64 = 1_000_000_000_000;

/// A decimal number with up to two places, stored as hundredths.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "i64", into = "i64")]
pub struct Quantity(i64);

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum QuantityError {
    #[error("Enter a number, like 120 or 12.5.")]
    NotANumber,
    #[error("Use at most two decimal places.")]
    TooPrecise,
    #[error("That number is too large.")]
    TooLarge,
}

impl Quantity {
    pub fn from_hundredths(hundredths: i64) -> Result<Self, QuantityError> {
        if hundredths.unsigned_abs() > (MAX_QUANTITY as u64) * 100 {
            return Err(QuantityError::TooLarge);
        }
        Ok(Self(hundredths))
    }

    pub fn whole(value: i64) -> Result<Self, QuantityError> {
        Self::from_hundredths(value.checked_mul(100).ok_or(QuantityError::TooLarge)?)
    }

    pub fn hundredths(self) -> i64 {
        self.0
    }
}

impl TryFrom<i64> for Quantity {
    type Error = QuantityError;
    fn try_from(hundredths: i64) -> Result<Self, Self::Error> {
        Self::from_hundredths(hundredths)
    }
}

impl From<Quantity> for i64 {
    fn from(quantity: Quantity) -> i64 {
        quantity.0
    }
}

impl FromStr for Quantity {
    type Err = QuantityError;

    /// Reads "120", "-3", "12.5", "0.25" and "1,200" (thousands separators are dropped).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text: String = text.trim().chars().filter(|&c| c != ',').collect();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.as_str()),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction)
        {
            return Err(QuantityError::NotANumber);
        }
        if fraction.len() > 2 {
            return Err(QuantityError::TooPrecise);
        }
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| QuantityError::TooLarge)?
        };
        let cents: i64 = format!("{fraction:0<2}").parse().unwrap_or(0);
        let hundredths = whole
            .checked_mul(100)
            .and_then(|w| w.checked_add(cents))
            .ok_or(QuantityError::TooLarge)?;
        Self::from_hundredths(if negative { -hundredths } else { hundredths })
    }
}

impl fmt::Display for Quantity {
    /// "120", "12.5", "0.25", "-3": no trailing zeros after the point.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let (whole, cents) = (abs / 100, abs % 100);
        match cents {
            0 => write!(f, "{sign}{whole}"),
            c if c % 10 == 0 => write!(f, "{sign}{whole}.{}", c / 10),
            c => write!(f, "{sign}{whole}.{c:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn decimal_text_reads_and_writes_back() {
        for (text, hundredths, shown) in [
            ("120", 12_000, "120"),
            ("12.5", 1_250, "12.5"),
            ("0.25", 25, "0.25"),
            (".5", 50, "0.5"),
            ("-3", -300, "-3"),
            (" 1,200 ", 120_000, "1200"),
        ] {
            let q: Quantity = text.parse().unwrap();
            assert_eq!(q.hundredths(), hundredths, "{text}");
            assert_eq!(q.to_string(), shown);
        }
    }

    #[test]
    fn text_that_is_not_a_plain_number_is_refused() {
        for text in ["", "-", ".", "abc", "1e3", "1.2.3", "12%"] {
            assert_eq!(
                text.parse::<Quantity>(),
                Err(QuantityError::NotANumber),
                "{text}"
            );
        }
        assert_eq!("1.234".parse::<Quantity>(), Err(QuantityError::TooPrecise));
        assert_eq!(
            "99999999999999999999".parse::<Quantity>(),
            Err(QuantityError::TooLarge)
        );
    }

    proptest! {
        #[test]
        fn every_quantity_reads_back_from_its_text(h in -100_000_000_000_000i64..=100_000_000_000_000) {
            let q = Quantity::from_hundredths(h).unwrap();
            prop_assert_eq!(q.to_string().parse::<Quantity>(), Ok(q));
        }
    }
}
