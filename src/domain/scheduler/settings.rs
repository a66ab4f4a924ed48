//! What the facilitator sets up once and then changes by hand. All of it is stored, the seed
//! and every hand change included, so the same settings reproduce the same plan anywhere.

use super::cadence::Cadence;
use super::error::ScheduleError;
use crate::domain::ids::PersonId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Groups work best with fewer than ten people.
pub const MAX_SEAT_CAP: u8 = 9;
/// A meeting of one is not a meeting.
pub const MIN_SEAT_CAP: u8 = 2;
pub const DEFAULT_SEAT_CAP: u8 = MAX_SEAT_CAP;
pub const DEFAULT_HORIZON: u16 = 8;
/// Five years of weekly meetings: far enough for any forecast, small enough to plan quickly.
pub const MAX_HORIZON: u16 = 260;

/// Seats per meeting, core members included. Always within
/// [`MIN_SEAT_CAP`]`..=`[`MAX_SEAT_CAP`]: the constructor and deserialization both check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct SeatCap(u8);

impl SeatCap {
    pub fn new(seats: u32) -> Result<Self, ScheduleError> {
        match u8::try_from(seats) {
            Ok(seats) if (MIN_SEAT_CAP..=MAX_SEAT_CAP).contains(&seats) => Ok(Self(seats)),
            _ => Err(ScheduleError::SeatCapOutOfRange(seats)),
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }

    pub(crate) fn seats(self) -> usize {
        usize::from(self.0)
    }
}

impl Default for SeatCap {
    fn default() -> Self {
        Self(DEFAULT_SEAT_CAP)
    }
}

impl TryFrom<u32> for SeatCap {
    type Error = ScheduleError;
    fn try_from(seats: u32) -> Result<Self, Self::Error> {
        Self::new(seats)
    }
}

/// Reads what a facilitator typed: a whole number within the limits.
impl std::str::FromStr for SeatCap {
    type Err = ScheduleError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let seats = text
            .trim()
            .parse::<u32>()
            .map_err(|_| ScheduleError::SeatCapNotANumber)?;
        Self::new(seats)
    }
}

impl From<SeatCap> for u32 {
    fn from(cap: SeatCap) -> u32 {
        u32::from(cap.0)
    }
}

/// How many meetings ahead to plan (per group), within `1..=`[`MAX_HORIZON`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct Horizon(u16);

impl Horizon {
    pub fn new(meetings: u32) -> Result<Self, ScheduleError> {
        match u16::try_from(meetings) {
            Ok(count) if (1..=MAX_HORIZON).contains(&count) => Ok(Self(count)),
            _ => Err(ScheduleError::HorizonOutOfRange(meetings)),
        }
    }

    pub fn get(self) -> u16 {
        self.0
    }
}

/// Reads what a facilitator typed: a whole number within the limits.
impl std::str::FromStr for Horizon {
    type Err = ScheduleError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let meetings = text
            .trim()
            .parse::<u32>()
            .map_err(|_| ScheduleError::HorizonNotANumber)?;
        Self::new(meetings)
    }
}

impl Default for Horizon {
    fn default() -> Self {
        Self(DEFAULT_HORIZON)
    }
}

impl TryFrom<u32> for Horizon {
    type Error = ScheduleError;
    fn try_from(meetings: u32) -> Result<Self, Self::Error> {
        Self::new(meetings)
    }
}

impl From<Horizon> for u32 {
    fn from(horizon: Horizon) -> u32 {
        u32::from(horizon.0)
    }
}

/// How closely the rotation follows waiting time, and so how much room is left to mix people.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
// One name for serde, form values, storage keys and URLs: Display writes it, FromStr reads it.
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum RotationStyle {
    /// Whoever has waited longest goes first, always. Over any run of meetings teammates'
    /// counts differ by at most one. The price: the rotation settles into a fixed cycle, so
    /// when a team's size is a multiple of its seats the same people keep meeting each other.
    #[default]
    StrictTurns,
    /// Everyone in a team attends once per round; within a round the planner picks who meets
    /// whom to mix people. Counts from the start of the plan never differ by more than one,
    /// but over a stretch that starts mid-round they can differ by two.
    MixEachRound,
}

impl RotationStyle {
    pub const ALL: [RotationStyle; 2] = [RotationStyle::StrictTurns, RotationStyle::MixEachRound];

    pub fn label(self) -> &'static str {
        match self {
            RotationStyle::StrictTurns => "Strict turns",
            RotationStyle::MixEachRound => "Mix each round",
        }
    }

    /// What the choice means, in a sentence for the facilitator.
    pub fn hint(self) -> &'static str {
        match self {
            RotationStyle::StrictTurns => "Whoever waited longest goes first, always.",
            RotationStyle::MixEachRound => "Everyone once per round; who meets whom is mixed.",
        }
    }
}

/// The scheduler's stored settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleSettings {
    pub cadence: Cadence,
    #[serde(default)]
    pub seat_cap: SeatCap,
    #[serde(default)]
    pub horizon: Horizon,
    /// Breaks every tie. Stored as a decimal string: JavaScript numbers (and so IndexedDB)
    /// cannot hold every u64 exactly, and a rounded seed would give another plan.
    #[serde(with = "seed_as_text")]
    pub seed: u64,
    /// Rotate each `Person::group` (region, product line) on its own, each with the full cap.
    #[serde(default)]
    pub by_group: bool,
    #[serde(default)]
    pub rotation: RotationStyle,
    #[serde(default)]
    pub hand_changes: HandChanges,
}

impl ScheduleSettings {
    /// Settings with the defaults: 9 seats, 8 meetings ahead, one group, strict turns.
    pub fn new(cadence: Cadence, seed: u64) -> Self {
        Self {
            cadence,
            seat_cap: SeatCap::default(),
            horizon: Horizon::default(),
            seed,
            by_group: false,
            rotation: RotationStyle::default(),
            hand_changes: HandChanges::default(),
        }
    }
}

/// The facilitator's exceptions to the rotation. The plan honours each one and re-plans the
/// rest around it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandChanges {
    #[serde(default)]
    pub unavailable: Vec<Unavailability>,
    #[serde(default)]
    pub requests: Vec<AttendanceRequest>,
    /// Holidays and other dates without a meeting; the plan still has `horizon` meetings.
    #[serde(default, deserialize_with = "crate::domain::date_text::read::dates")]
    pub skipped_dates: Vec<NaiveDate>,
    #[serde(default)]
    pub swaps: Vec<Swap>,
    /// People the facilitator took out of the rotation after the talk tally flagged them.
    /// Re-inviting someone means removing them from this list.
    #[serde(default)]
    pub replaced: Vec<PersonId>,
}

/// This person cannot attend a meeting on this date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unavailability {
    pub person: PersonId,
    #[serde(deserialize_with = "crate::domain::date_text::read::date")]
    pub date: NaiveDate,
}

/// This person should attend the next meeting on or after `made_on`, whether or not it is
/// their turn (someone who raised a problem, say). The request is done once the history shows
/// them attending on or after `made_on`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendanceRequest {
    pub person: PersonId,
    #[serde(deserialize_with = "crate::domain::date_text::read::date")]
    pub made_on: NaiveDate,
    /// Shown after "requested: ", e.g. "raised a problem".
    pub reason: String,
}

impl AttendanceRequest {
    pub fn raised_problem(person: PersonId, made_on: NaiveDate) -> Self {
        Self {
            person,
            made_on,
            reason: "raised a problem".into(),
        }
    }
}

/// At the meeting on `date`, `swapped_in` takes `swapped_out`'s seat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Swap {
    #[serde(deserialize_with = "crate::domain::date_text::read::date")]
    pub date: NaiveDate,
    #[serde(rename = "out")]
    pub swapped_out: PersonId,
    #[serde(rename = "in")]
    pub swapped_in: PersonId,
}

/// What happened before the plan starts, so the rotation continues from real meetings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonHistory {
    pub person: PersonId,
    #[serde(
        default,
        deserialize_with = "crate::domain::date_text::read::option_date"
    )]
    pub last_attended: Option<NaiveDate>,
    #[serde(
        default,
        deserialize_with = "crate::domain::date_text::read::option_date"
    )]
    pub last_took_notes: Option<NaiveDate>,
}

mod seed_as_text {
    use serde::de::{Error, Visitor};
    use serde::{Deserializer, Serializer};
    use std::fmt;

    pub fn serialize<S: Serializer>(seed: &u64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(seed)
    }

    /// Reads the text form, and also a plain number in case one was written by hand (by the
    /// JSON's own shape: an untagged enum would copy the value first, see
    /// [`crate::domain::tagged`]).
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
        struct SeedVisitor;

        impl Visitor<'_> for SeedVisitor {
            type Value = u64;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a whole number, as text or as a number")
            }

            fn visit_u64<E: Error>(self, seed: u64) -> Result<u64, E> {
                Ok(seed)
            }

            fn visit_str<E: Error>(self, text: &str) -> Result<u64, E> {
                text.trim().parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_any(SeedVisitor)
    }
}

/// What the settings form holds after an edit. A field that did not read is `None`, and the
/// stored value stays: one bad field never blocks the others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsForm {
    pub cadence: Option<Cadence>,
    pub seat_cap: Option<SeatCap>,
    pub horizon: Option<Horizon>,
    pub rotation: RotationStyle,
    pub by_group: bool,
}

impl SettingsForm {
    /// The settings to store, or `None` when there is nothing to store: the form changes
    /// nothing, or there are no settings yet and the cadence does not read. First settings
    /// take `seed` (see [`ScheduleSettings::seed`]); the hand changes are always kept.
    pub fn apply(self, stored: Option<&ScheduleSettings>, seed: u64) -> Option<ScheduleSettings> {
        let mut settings = match (stored, &self.cadence) {
            (Some(stored), _) => stored.clone(),
            (None, Some(cadence)) => ScheduleSettings::new(cadence.clone(), seed),
            (None, None) => return None,
        };
        if let Some(cadence) = self.cadence {
            settings.cadence = cadence;
        }
        if let Some(seat_cap) = self.seat_cap {
            settings.seat_cap = seat_cap;
        }
        if let Some(horizon) = self.horizon {
            settings.horizon = horizon;
        }
        settings.rotation = self.rotation;
        settings.by_group = self.by_group;
        (stored != Some(&settings)).then_some(settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scheduler::Frequency;
    use chrono::{NaiveTime, Weekday};

    fn cadence() -> Cadence {
        Cadence {
            frequency: Frequency::Weekly,
            weekday: Weekday::Tue,
            time_of_day: NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
            start: NaiveDate::from_ymd_opt(2025, 6, 3).unwrap(),
        }
    }

    fn form(cadence: Option<Cadence>) -> SettingsForm {
        SettingsForm {
            cadence,
            seat_cap: Some(SeatCap::new(6).unwrap()),
            horizon: None,
            rotation: RotationStyle::MixEachRound,
            by_group: true,
        }
    }

    #[test]
    fn first_settings_need_a_cadence_that_reads() {
        assert_eq!(form(None).apply(None, 7), None);
        let first = form(Some(cadence())).apply(None, 7).unwrap();
        assert_eq!((first.seed, first.seat_cap.get()), (7, 6));
        assert_eq!(first.horizon, Horizon::default());
        assert!(first.by_group);
    }

    #[test]
    fn a_field_that_does_not_read_keeps_the_stored_value_and_hand_changes_stay() {
        let mut stored = ScheduleSettings::new(cadence(), 1);
        stored.hand_changes.skipped_dates.push(cadence().start);
        let edited = form(None).apply(Some(&stored), 99).unwrap();
        assert_eq!(edited.cadence, stored.cadence);
        assert_eq!(edited.seed, 1, "the seed is kept: the same plan reproduces");
        assert_eq!(edited.seat_cap.get(), 6);
        assert_eq!(edited.hand_changes, stored.hand_changes);
    }

    #[test]
    fn an_edit_that_changes_nothing_stores_nothing() {
        let stored = form(Some(cadence())).apply(None, 7).unwrap();
        assert_eq!(form(Some(cadence())).apply(Some(&stored), 7), None);
    }

    #[test]
    fn typed_numbers_read_within_their_limits() {
        assert_eq!(" 7 ".parse::<SeatCap>().map(SeatCap::get), Ok(7));
        assert_eq!(
            "10".parse::<SeatCap>(),
            Err(ScheduleError::SeatCapOutOfRange(10))
        );
        assert_eq!(
            "seven".parse::<SeatCap>(),
            Err(ScheduleError::SeatCapNotANumber)
        );
        assert_eq!("12".parse::<Horizon>().map(Horizon::get), Ok(12));
        assert_eq!("".parse::<Horizon>(), Err(ScheduleError::HorizonNotANumber));
    }

    #[test]
    fn seat_cap_accepts_two_to_nine_only() {
        for seats in 2..=9 {
            assert_eq!(SeatCap::new(seats).unwrap().get() as u32, seats);
        }
        for seats in [0, 1, 10, 256, 265] {
            assert_eq!(
                SeatCap::new(seats),
                Err(ScheduleError::SeatCapOutOfRange(seats))
            );
        }
        assert_eq!(
            SeatCap::new(10).unwrap_err().to_string(),
            "A meeting needs between 2 and 9 seats; 10 is not allowed."
        );
    }

    #[test]
    fn stored_seat_cap_out_of_range_is_refused_on_load() {
        let mut json = serde_json::to_value(ScheduleSettings::new(cadence(), 1)).unwrap();
        json["seat_cap"] = 12.into();
        let error = serde_json::from_value::<ScheduleSettings>(json).unwrap_err();
        assert!(error.to_string().contains("12 is not allowed"));
    }

    #[test]
    fn horizon_accepts_one_to_the_maximum() {
        assert!(Horizon::new(1).is_ok());
        assert!(Horizon::new(u32::from(MAX_HORIZON)).is_ok());
        assert_eq!(Horizon::new(0), Err(ScheduleError::HorizonOutOfRange(0)));
        assert_eq!(
            Horizon::new(100_000),
            Err(ScheduleError::HorizonOutOfRange(100_000))
        );
    }

    #[test]
    fn defaults_are_nine_seats_and_eight_meetings() {
        let settings = ScheduleSettings::new(cadence(), 1);
        assert_eq!(settings.seat_cap.get(), 9);
        assert_eq!(settings.horizon.get(), 8);
        assert!(!settings.by_group);
    }

    #[test]
    fn seed_is_stored_as_text_and_survives_values_javascript_would_round() {
        let settings = ScheduleSettings::new(cadence(), u64::MAX - 1);
        let json = serde_json::to_value(&settings).unwrap();
        assert_eq!(json["seed"], "18446744073709551614");
        let back: ScheduleSettings = serde_json::from_value(json).unwrap();
        assert_eq!(back, settings);
    }

    #[test]
    fn seed_written_as_a_number_is_read_too() {
        let mut json = serde_json::to_value(ScheduleSettings::new(cadence(), 1)).unwrap();
        json["seed"] = 42.into();
        let back: ScheduleSettings = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back.seed, 42);
        json["seed"] = " 7 ".into();
        let back: ScheduleSettings = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back.seed, 7);
        for bad in [
            (-1).into(),
            "seven".into(),
            1.5.into(),
            serde_json::Value::Null,
        ] {
            json["seed"] = bad;
            assert!(serde_json::from_value::<ScheduleSettings>(json.clone()).is_err());
        }
    }

    #[test]
    fn hand_changes_round_trip_and_default_when_missing() {
        let ada = PersonId::from_u128(1);
        let bo = PersonId::from_u128(2);
        let day = NaiveDate::from_ymd_opt(2025, 6, 10).unwrap();
        let mut settings = ScheduleSettings::new(cadence(), 9);
        settings.hand_changes = HandChanges {
            unavailable: vec![Unavailability {
                person: ada,
                date: day,
            }],
            requests: vec![AttendanceRequest::raised_problem(bo, day)],
            skipped_dates: vec![day],
            swaps: vec![Swap {
                date: day,
                swapped_out: ada,
                swapped_in: bo,
            }],
            replaced: vec![bo],
        };
        let json = serde_json::to_string(&settings).unwrap();
        assert!(json.contains(r#""out":"#) && json.contains(r#""in":"#));
        assert_eq!(
            serde_json::from_str::<ScheduleSettings>(&json).unwrap(),
            settings
        );

        let mut bare = serde_json::to_value(ScheduleSettings::new(cadence(), 9)).unwrap();
        let object = bare.as_object_mut().unwrap();
        for optional in [
            "seat_cap",
            "horizon",
            "by_group",
            "rotation",
            "hand_changes",
        ] {
            object.remove(optional);
        }
        let loaded: ScheduleSettings = serde_json::from_value(bare).unwrap();
        assert_eq!(loaded, ScheduleSettings::new(cadence(), 9));
    }
}
