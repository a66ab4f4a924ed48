//! Keeping the data: when to remind the user to export a backup.
//!
//! The workspace lives in this browser only, so an export file is its only backup. The app
//! reminds, gently, when there is something new to lose: the workspace changed after the last
//! export and that export (or, with none yet, the first change) is more than four weeks old. A
//! dismissed reminder stays away for a week, or until the next export.

use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};

const DAY_MILLIS: i64 = 24 * 60 * 60 * 1000;
/// How old the last backup may get while the workspace changes.
pub const BACKUP_MAX_AGE_MILLIS: i64 = 28 * DAY_MILLIS;
/// How long "Not now" quiets the reminder.
pub const DISMISS_MILLIS: i64 = 7 * DAY_MILLIS;

/// What the app remembers about backups, in this browser.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupLog {
    /// The last whole-workspace export.
    pub last_export: Option<Timestamp>,
    /// The first change to the workspace after `last_export` (or ever, before any export).
    pub changed_since_export: Option<Timestamp>,
    /// When the reminder was last dismissed.
    pub dismissed_at: Option<Timestamp>,
}

impl BackupLog {
    /// The workspace changed at `now`. Only the first change after an export matters.
    #[must_use]
    pub fn changed(self, now: Timestamp) -> Self {
        Self {
            changed_since_export: self.changed_since_export.or(Some(now)),
            ..self
        }
    }

    /// The whole workspace was exported at `now`: everything so far is backed up.
    #[must_use]
    pub fn exported(self, now: Timestamp) -> Self {
        Self {
            last_export: Some(now),
            changed_since_export: None,
            dismissed_at: None,
        }
    }

    /// The user dismissed the reminder at `now`.
    #[must_use]
    pub fn dismissed(self, now: Timestamp) -> Self {
        Self {
            dismissed_at: Some(now),
            ..self
        }
    }

    /// Whether the reminder shows at `now`.
    pub fn reminder_due(&self, now: Timestamp) -> bool {
        let Some(first_change) = self.changed_since_export else {
            return false;
        };
        // Unsaved-to-file work is as old as the last backup, or as the work itself.
        let backup_age_from = self.last_export.unwrap_or(first_change);
        let backup_too_old = now.millis_since(backup_age_from) > BACKUP_MAX_AGE_MILLIS;
        let quiet = self
            .dismissed_at
            .is_some_and(|at| now.millis_since(at) < DISMISS_MILLIS);
        backup_too_old && !quiet
    }

    /// Whole days since the last export, for the reminder's text (`None`: never exported).
    pub fn days_since_export(&self, now: Timestamp) -> Option<i64> {
        self.last_export
            .map(|at| now.millis_since(at).max(0) / DAY_MILLIS)
    }
}

/// A storage size as people read it: "812 bytes", "4.2 KB", "37 MB", "1.5 GB" (powers of 1,000,
/// as browsers report quotas; integers only, so no float formatting in the bundle).
pub fn size_text(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} bytes");
    }
    let bytes = u128::from(bytes);
    let mut unit = 0;
    let mut scale = 1000_u128;
    while unit + 1 < UNITS.len() && bytes >= scale * 1000 {
        unit += 1;
        scale *= 1000;
    }
    // One decimal below ten, rounded to the nearest tenth.
    let tenths = (bytes * 10 + scale / 2) / scale;
    if tenths < 100 {
        format!("{}.{} {}", tenths / 10, tenths % 10, UNITS[unit])
    } else {
        format!("{} {}", (bytes + scale / 2) / scale, UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const START: Timestamp = Timestamp(1_764_000_000_000);

    fn days(n: i64) -> i64 {
        n * DAY_MILLIS
    }

    #[test]
    fn an_untouched_workspace_is_never_reminded() {
        let log = BackupLog::default();
        assert!(!log.reminder_due(START.plus_millis(days(400))));
    }

    #[test]
    fn changes_without_any_export_are_reminded_after_four_weeks() {
        let log = BackupLog::default().changed(START);
        assert!(!log.reminder_due(START.plus_millis(days(28))));
        assert!(log.reminder_due(START.plus_millis(days(28) + 1)));
    }

    #[test]
    fn a_recent_export_keeps_it_quiet_even_with_changes() {
        let log = BackupLog::default()
            .exported(START)
            .changed(START.plus_millis(days(1)));
        assert!(!log.reminder_due(START.plus_millis(days(27))));
        assert!(log.reminder_due(START.plus_millis(days(29))));
    }

    #[test]
    fn an_old_export_without_changes_since_is_enough() {
        let log = BackupLog::default().changed(START).exported(START);
        assert!(!log.reminder_due(START.plus_millis(days(300))));
    }

    #[test]
    fn only_the_first_change_after_an_export_counts() {
        let log = BackupLog::default()
            .exported(START)
            .changed(START.plus_millis(days(2)))
            .changed(START.plus_millis(days(20)));
        assert_eq!(log.changed_since_export, Some(START.plus_millis(days(2))));
    }

    #[test]
    fn dismissing_quiets_it_for_a_week() {
        let due_at = START.plus_millis(days(30));
        let log = BackupLog::default().changed(START).dismissed(due_at);
        assert!(!log.reminder_due(due_at.plus_millis(days(7) - 1)));
        assert!(log.reminder_due(due_at.plus_millis(days(7))));
    }

    #[test]
    fn an_export_clears_a_dismissal() {
        let log = BackupLog::default()
            .changed(START)
            .dismissed(START.plus_millis(days(30)))
            .exported(START.plus_millis(days(31)));
        assert_eq!(log.dismissed_at, None);
        assert_eq!(log.days_since_export(START.plus_millis(days(33))), Some(2));
    }

    #[test]
    fn survives_a_round_trip_through_json() {
        let log = BackupLog::default().changed(START).dismissed(START);
        let text = serde_json::to_string(&log).unwrap();
        assert_eq!(serde_json::from_str::<BackupLog>(&text).unwrap(), log);
    }

    #[test]
    fn sizes_read_like_a_browser_reports_them() {
        assert_eq!(size_text(0), "0 bytes");
        assert_eq!(size_text(812), "812 bytes");
        assert_eq!(size_text(4_200), "4.2 KB");
        assert_eq!(size_text(9_960), "10 KB");
        assert_eq!(size_text(u64::MAX), "18446744 TB");
        assert_eq!(size_text(37_400_000), "37 MB");
        assert_eq!(size_text(1_500_000_000), "1.5 GB");
        assert_eq!(size_text(u64::MAX / 100), "184467 TB");
    }

    proptest! {
        /// Right after an export nothing is due, whatever happened before.
        #[test]
        fn never_due_right_after_an_export(
            changed in proptest::option::of(0_i64..days(1000)),
            dismissed in proptest::option::of(0_i64..days(1000)),
            exported in 0_i64..days(1000),
            later in 0_i64..days(28),
        ) {
            let mut log = BackupLog::default();
            if let Some(at) = changed { log = log.changed(START.plus_millis(at)); }
            if let Some(at) = dismissed { log = log.dismissed(START.plus_millis(at)); }
            let log = log.exported(START.plus_millis(exported));
            prop_assert!(!log.reminder_due(START.plus_millis(exported + later)));
        }

        /// A change is reminded at most four weeks plus one dismissal after the last backup.
        #[test]
        fn a_change_is_reminded_in_time(
            exported in 0_i64..days(100),
            changed_after in 0_i64..days(100),
        ) {
            let log = BackupLog::default()
                .exported(START.plus_millis(exported))
                .changed(START.plus_millis(exported + changed_after));
            let now = START.plus_millis(exported + changed_after.max(days(28) + 1));
            prop_assert!(log.reminder_due(now));
        }
    }
}
