//! Durations as the facilitator types and reads them. Templates store whole seconds; the
//! live clock works in milliseconds and only rounds when it shows a number.

use thiserror::Error;

/// The longest duration anything on an agenda may have: a segment or a cap of a whole day is
/// already absurd, and the bound keeps every sum far from overflowing.
pub const MAX_DURATION_SECS: u32 = 24 * 60 * 60;

/// Why typed text is not a usable duration. Messages are shown to the user as they are.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DurationError {
    #[error("Enter a duration, such as 5 for five minutes or 2:30.")]
    Empty,
    #[error(
        "“{0}” is not a duration. Type minutes (5 or 2.5), minutes and seconds (2:30) \
         or hours, minutes and seconds (1:05:00)."
    )]
    NotADuration(String),
    #[error("A duration cannot be negative.")]
    Negative,
    #[error("A duration must be longer than zero.")]
    Zero,
    #[error("In “{0}”, the seconds and the minutes after an hour must be 0 to 59.")]
    FieldOutOfRange(String),
    #[error("A duration can be at most 24 hours.")]
    TooLong,
}

/// Reads what the facilitator typed, in seconds:
///
/// - `5` is five minutes; `2.5` (or `2,5`) is two and a half minutes, rounded to the second;
/// - `2:30` is minutes and seconds (the minutes may exceed 59: `90:00`);
/// - `1:05:00` is hours, minutes and seconds.
///
/// Surrounding spaces are ignored. The result is between 1 s and [`MAX_DURATION_SECS`].
pub fn parse_duration(input: &str) -> Result<u32, DurationError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(DurationError::Empty);
    }
    if let Some(magnitude) = text.strip_prefix('-') {
        // Only call it negative when the rest is a duration; "-abc" is just not a duration.
        return match parse_magnitude(magnitude.trim_start()) {
            Ok(_) | Err(DurationError::TooLong) => Err(DurationError::Negative),
            Err(_) => Err(DurationError::NotADuration(text.to_string())),
        };
    }
    match parse_magnitude(text)? {
        0 => Err(DurationError::Zero),
        secs if secs > u64::from(MAX_DURATION_SECS) => Err(DurationError::TooLong),
        secs => u32::try_from(secs).map_err(|_| DurationError::TooLong),
    }
}

/// Seconds in `text`, which has no sign. Zero is allowed here; the caller refuses it.
fn parse_magnitude(text: &str) -> Result<u64, DurationError> {
    if text.contains(':') {
        parse_clock_notation(text)
    } else {
        parse_minutes(text)
    }
}

/// `m:ss` or `h:mm:ss`. One or two digits after each colon, and they must be below 60.
fn parse_clock_notation(text: &str) -> Result<u64, DurationError> {
    let not_a_duration = || DurationError::NotADuration(text.to_string());
    let fields: Vec<&str> = text.split(':').collect();
    if fields.len() > 3 {
        return Err(not_a_duration());
    }
    let (leading, trailing) = fields.split_first().ok_or_else(not_a_duration)?;
    let mut secs = parse_digits(leading).ok_or_else(not_a_duration)?;
    for field in trailing {
        if field.len() > 2 {
            return Err(not_a_duration());
        }
        let value = parse_digits(field).ok_or_else(not_a_duration)?;
        if value >= 60 {
            return Err(DurationError::FieldOutOfRange(text.to_string()));
        }
        // m:ss reads as m * 60 + ss; h:mm:ss as (h * 60 + mm) * 60 + ss.
        secs = secs.checked_mul(60).ok_or(DurationError::TooLong)? + value;
    }
    Ok(secs)
}

/// Whole or decimal minutes: `5`, `2.5`, `2,5`, `.5`.
fn parse_minutes(text: &str) -> Result<u64, DurationError> {
    let not_a_duration = || DurationError::NotADuration(text.to_string());
    let (whole, fraction) = match text.find(['.', ',']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, ""),
    };
    if whole.is_empty() && fraction.is_empty() {
        return Err(not_a_duration());
    }
    let whole_minutes = if whole.is_empty() {
        0
    } else {
        parse_digits(whole).ok_or_else(not_a_duration)?
    };
    let fraction_secs = if fraction.is_empty() {
        0
    } else {
        if !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return Err(not_a_duration());
        }
        fraction_of_minute_in_secs(fraction)
    };
    whole_minutes
        .checked_mul(60)
        .and_then(|secs| secs.checked_add(fraction_secs))
        .ok_or(DurationError::TooLong)
}

/// `0.<digits>` of a minute in seconds, rounded half up. Digits past the ninth cannot change
/// the result, so they are ignored rather than risk overflow.
fn fraction_of_minute_in_secs(digits: &str) -> u64 {
    let kept = &digits[..digits.len().min(9)];
    let numerator: u64 = kept.parse().unwrap_or(0);
    let denominator = 10u64.pow(kept.len() as u32);
    (numerator * 60 + denominator / 2) / denominator
}

/// A non-empty run of ASCII digits as a number; `None` for anything else. Huge values saturate
/// so that they are reported as too long rather than as typos.
fn parse_digits(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(text.parse().unwrap_or(u64::MAX))
}

/// `m:ss` below an hour (`5:00`, `32:00`), `h:mm:ss` from an hour on (`1:05:00`).
pub fn format_duration(secs: u32) -> String {
    let (hours, minutes, seconds) = (secs / 3600, secs / 60 % 60, secs % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// A countdown in milliseconds, rounded *up* to the second: it reads `0:00` only when the time
/// is really over, and `0:01` for the whole last second.
pub fn format_countdown(millis: u64) -> String {
    format_duration(secs_saturating(millis.div_ceil(1000)))
}

/// Time that has passed, in milliseconds, rounded *down* to the second, as a stopwatch does.
pub fn format_elapsed(millis: u64) -> String {
    format_duration(secs_saturating(millis / 1000))
}

fn secs_saturating(secs: u64) -> u32 {
    u32::try_from(secs).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_number_is_minutes() {
        assert_eq!(parse_duration("5"), Ok(300));
        assert_eq!(parse_duration(" 10 "), Ok(600));
        assert_eq!(parse_duration("007"), Ok(420));
    }

    #[test]
    fn decimal_minutes_are_rounded_to_the_second() {
        assert_eq!(parse_duration("2.5"), Ok(150));
        assert_eq!(parse_duration("2,5"), Ok(150));
        assert_eq!(parse_duration(".5"), Ok(30));
        assert_eq!(parse_duration("5."), Ok(300));
        assert_eq!(parse_duration("0.01"), Ok(1)); // 0.6 s rounds up
        assert_eq!(parse_duration("1.333333333333333"), Ok(80));
    }

    #[test]
    fn colon_notation_is_minutes_and_seconds_or_hours_minutes_seconds() {
        assert_eq!(parse_duration("2:30"), Ok(150));
        assert_eq!(parse_duration("0:45"), Ok(45));
        assert_eq!(parse_duration("2:5"), Ok(125));
        assert_eq!(parse_duration("90:00"), Ok(5400));
        assert_eq!(parse_duration("1:05:00"), Ok(3900));
        assert_eq!(parse_duration("0:00:01"), Ok(1));
    }

    #[test]
    fn empty_or_blank_input_asks_for_a_duration() {
        assert_eq!(parse_duration(""), Err(DurationError::Empty));
        assert_eq!(parse_duration("  \t"), Err(DurationError::Empty));
    }

    #[test]
    fn zero_in_any_notation_is_refused() {
        for zero in ["0", "0.0", "0:00", "0:00:00", "0.001"] {
            assert_eq!(parse_duration(zero), Err(DurationError::Zero), "{zero}");
        }
    }

    #[test]
    fn negative_durations_are_named_as_such() {
        for negative in ["-5", "-2:30", "- 1", "-0"] {
            assert_eq!(
                parse_duration(negative),
                Err(DurationError::Negative),
                "{negative}"
            );
        }
        assert_eq!(
            parse_duration("-x"),
            Err(DurationError::NotADuration("-x".into()))
        );
    }

    #[test]
    fn non_numeric_input_is_not_a_duration() {
        for text in [
            "five", "5 min", "5m", "1e3", "+5", "2.5.1", ".", ":30", "2:", "2::30", "1:2:3:4",
            "2:300", "1.5:00", "٣",
        ] {
            assert_eq!(
                parse_duration(text),
                Err(DurationError::NotADuration(text.into())),
                "{text}"
            );
        }
    }

    #[test]
    fn seconds_and_minutes_after_a_colon_stay_below_sixty() {
        assert_eq!(
            parse_duration("2:60"),
            Err(DurationError::FieldOutOfRange("2:60".into()))
        );
        assert_eq!(
            parse_duration("1:60:00"),
            Err(DurationError::FieldOutOfRange("1:60:00".into()))
        );
    }

    #[test]
    fn a_day_is_the_longest_duration() {
        assert_eq!(parse_duration("1440"), Ok(MAX_DURATION_SECS));
        assert_eq!(parse_duration("24:00:00"), Ok(MAX_DURATION_SECS));
        assert_eq!(parse_duration("24:00:01"), Err(DurationError::TooLong));
        assert_eq!(parse_duration("1441"), Err(DurationError::TooLong));
        assert_eq!(
            parse_duration("99999999999999999999999"),
            Err(DurationError::TooLong)
        );
        assert_eq!(
            parse_duration("-99999999999999999999"),
            Err(DurationError::Negative)
        );
    }

    #[test]
    fn formats_minutes_and_seconds_then_hours() {
        assert_eq!(format_duration(0), "0:00");
        assert_eq!(format_duration(59), "0:59");
        assert_eq!(format_duration(300), "5:00");
        assert_eq!(format_duration(1920), "32:00");
        assert_eq!(format_duration(3599), "59:59");
        assert_eq!(format_duration(3600), "1:00:00");
        assert_eq!(format_duration(3900), "1:05:00");
    }

    #[test]
    fn formatted_durations_parse_back() {
        for secs in [1, 59, 60, 150, 1800, 3599, 3600, 3661, MAX_DURATION_SECS] {
            assert_eq!(parse_duration(&format_duration(secs)), Ok(secs));
        }
    }

    #[test]
    fn countdown_rounds_up_and_elapsed_rounds_down() {
        assert_eq!(format_countdown(0), "0:00");
        assert_eq!(format_countdown(1), "0:01");
        assert_eq!(format_countdown(59_001), "1:00");
        assert_eq!(format_elapsed(59_999), "0:59");
        assert_eq!(format_elapsed(60_000), "1:00");
    }
}
