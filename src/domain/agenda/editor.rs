//! The template editor's operations. Each one is all-or-nothing: it refuses built-ins, applies
//! the change to a copy, checks the whole template and only then keeps it (bumping
//! `updated_at`). A refused edit leaves the template exactly as it was, so the editor can show
//! the error next to the field and keep the last valid agenda.
//!
//! Segment indexes count from 0; errors shown to the user count from 1.

use super::segment::{Segment, SegmentKind};
use super::template::{Template, TemplateError, check_duration};
use crate::domain::time::Timestamp;

impl Template {
    pub fn rename(&mut self, name: &str, now: Timestamp) -> Result<(), TemplateError> {
        self.edit(now, |t| {
            t.name = name.trim().to_string();
            Ok(())
        })
    }

    /// Adds `segment` at the end and returns its index.
    pub fn add_segment(
        &mut self,
        segment: Segment,
        now: Timestamp,
    ) -> Result<usize, TemplateError> {
        let at = self.segments.len();
        self.insert_segment(at, segment, now)
    }

    /// Inserts `segment` before `index` (`index == len` appends) and returns its index.
    pub fn insert_segment(
        &mut self,
        index: usize,
        segment: Segment,
        now: Timestamp,
    ) -> Result<usize, TemplateError> {
        self.edit(now, |t| {
            if index > t.segments.len() {
                return Err(TemplateError::NoSuchSegment(index));
            }
            let segment = Segment::new(
                &segment.title,
                segment.planned_secs,
                segment.kind,
                &segment.hint,
            );
            t.segments.insert(index, segment);
            Ok(index)
        })
    }

    /// Removes and returns the segment. The last one cannot go: an agenda needs a segment.
    pub fn remove_segment(
        &mut self,
        index: usize,
        now: Timestamp,
    ) -> Result<Segment, TemplateError> {
        self.edit(now, |t| {
            t.segment_mut(index)?;
            Ok(t.segments.remove(index))
        })
    }

    /// Swaps the segment with the one above and returns where it is now, so keyboard focus can
    /// follow it. At the top it stays put (`Ok(0)`, nothing changes), as a list does when you
    /// press Up there.
    pub fn move_segment_up(
        &mut self,
        index: usize,
        now: Timestamp,
    ) -> Result<usize, TemplateError> {
        self.move_segment(index, index.checked_sub(1), now)
    }

    /// Swaps the segment with the one below and returns where it is now. At the bottom it
    /// stays put.
    pub fn move_segment_down(
        &mut self,
        index: usize,
        now: Timestamp,
    ) -> Result<usize, TemplateError> {
        self.move_segment(index, index.checked_add(1), now)
    }

    pub fn set_segment_title(
        &mut self,
        index: usize,
        title: &str,
        now: Timestamp,
    ) -> Result<(), TemplateError> {
        self.edit(now, |t| {
            t.segment_mut(index)?.title = title.trim().to_string();
            Ok(())
        })
    }

    /// Sets the planned length in seconds; typed text goes through
    /// [`parse_duration`](super::parse_duration) first.
    pub fn set_segment_duration(
        &mut self,
        index: usize,
        planned_secs: u32,
        now: Timestamp,
    ) -> Result<(), TemplateError> {
        self.edit(now, |t| {
            t.segment_mut(index)?.planned_secs = planned_secs;
            Ok(())
        })
    }

    pub fn set_segment_hint(
        &mut self,
        index: usize,
        hint: &str,
        now: Timestamp,
    ) -> Result<(), TemplateError> {
        self.edit(now, |t| {
            t.segment_mut(index)?.hint = hint.trim().to_string();
            Ok(())
        })
    }

    pub fn set_segment_kind(
        &mut self,
        index: usize,
        kind: SegmentKind,
        now: Timestamp,
    ) -> Result<(), TemplateError> {
        self.edit(now, |t| {
            t.segment_mut(index)?.kind = kind;
            Ok(())
        })
    }

    /// Changes the cap. Lowering it below the segments' total is refused, so the cap can never
    /// silently cut the last segment short.
    pub fn set_cap(&mut self, cap_secs: u32, now: Timestamp) -> Result<(), TemplateError> {
        self.edit(now, |t| {
            // Checked first so a zero cap reads as a bad duration, not as "over the cap".
            check_duration(cap_secs)?;
            t.cap_secs = cap_secs;
            Ok(())
        })
    }

    fn segment_mut(&mut self, index: usize) -> Result<&mut Segment, TemplateError> {
        self.segments
            .get_mut(index)
            .ok_or(TemplateError::NoSuchSegment(index))
    }

    /// Swaps `index` with its neighbour `to`; no neighbour there means nothing to do.
    fn move_segment(
        &mut self,
        index: usize,
        to: Option<usize>,
        now: Timestamp,
    ) -> Result<usize, TemplateError> {
        let mut draft = self.draft()?;
        draft.segment_mut(index)?;
        match to.filter(|&to| to < draft.segments.len()) {
            None => Ok(index),
            Some(to) => {
                draft.segments.swap(index, to);
                self.commit(draft, now)?;
                Ok(to)
            }
        }
    }

    /// Applies `change` to a copy and keeps it only if the result is valid.
    fn edit<R>(
        &mut self,
        now: Timestamp,
        change: impl FnOnce(&mut Template) -> Result<R, TemplateError>,
    ) -> Result<R, TemplateError> {
        let mut draft = self.draft()?;
        let result = change(&mut draft)?;
        self.commit(draft, now)?;
        Ok(result)
    }

    /// A copy to change, unless this template is a built-in.
    fn draft(&self) -> Result<Template, TemplateError> {
        if self.builtin {
            return Err(TemplateError::BuiltIn);
        }
        Ok(self.clone())
    }

    fn commit(&mut self, mut draft: Template, now: Timestamp) -> Result<(), TemplateError> {
        draft.validate()?;
        draft.updated_at = now;
        *self = draft;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::builtin::{WEEKLY_ID, builtin_template};
    use crate::domain::agenda::duration::{DurationError, parse_duration};
    use crate::domain::ids::TemplateId;

    const T0: Timestamp = Timestamp(1_000);
    const LATER: Timestamp = Timestamp(2_000);

    /// A user copy of the weekly template: 5/10/10/5 minutes, exactly at its 30:00 cap.
    fn weekly_copy() -> Template {
        let weekly = builtin_template(WEEKLY_ID).unwrap();
        weekly.copy_as(TemplateId::from_u128(100), T0)
    }

    fn minutes(template: &Template) -> Vec<u32> {
        template
            .segments
            .iter()
            .map(|s| s.planned_secs / 60)
            .collect()
    }

    fn titles(template: &Template) -> Vec<&str> {
        template.segments.iter().map(|s| s.title.as_str()).collect()
    }

    #[test]
    fn every_edit_of_a_builtin_is_refused_and_changes_nothing() {
        let mut weekly = builtin_template(WEEKLY_ID).unwrap();
        let before = weekly.clone();
        let segment = Segment::new("Extra", 60, SegmentKind::Other, "");
        let results = [
            weekly.rename("Mine", LATER).err(),
            weekly.add_segment(segment.clone(), LATER).err(),
            weekly.insert_segment(0, segment, LATER).err(),
            weekly.remove_segment(0, LATER).err(),
            weekly.move_segment_up(1, LATER).err(),
            weekly.move_segment_down(0, LATER).err(),
            weekly.set_segment_title(0, "X", LATER).err(),
            weekly.set_segment_duration(0, 60, LATER).err(),
            weekly.set_segment_hint(0, "X", LATER).err(),
            weekly.set_segment_kind(0, SegmentKind::Other, LATER).err(),
            weekly.set_cap(3600, LATER).err(),
        ];
        for result in results {
            assert_eq!(result, Some(TemplateError::BuiltIn));
        }
        assert_eq!(weekly, before);
        assert_eq!(
            TemplateError::BuiltIn.to_string(),
            "Built-in templates cannot be changed. Make a copy and edit the copy."
        );
    }

    #[test]
    fn rename_trims_and_bumps_updated_at() {
        let mut template = weekly_copy();
        template.rename("  Our weekly  ", LATER).unwrap();
        assert_eq!(template.name, "Our weekly");
        assert_eq!(template.updated_at, LATER);
        assert_eq!(template.created_at, T0);
    }

    #[test]
    fn rename_to_blank_is_refused_and_keeps_the_old_name() {
        let mut template = weekly_copy();
        assert_eq!(template.rename(" ", LATER), Err(TemplateError::EmptyName));
        assert_eq!(template.name, "Copy of Weekly smarketing, 30 min");
        assert_eq!(template.updated_at, T0);
    }

    #[test]
    fn adding_past_the_cap_is_refused_until_the_cap_is_raised() {
        let mut template = weekly_copy();
        let wrap_up = Segment::new(" Wrap-up ", 120, SegmentKind::Other, "");
        assert_eq!(
            template.add_segment(wrap_up.clone(), LATER),
            Err(TemplateError::TotalOverCap {
                total_secs: 1920,
                cap_secs: 1800
            })
        );
        assert_eq!(template.segments.len(), 4);
        template.set_cap(35 * 60, LATER).unwrap();
        assert_eq!(template.add_segment(wrap_up, LATER), Ok(4));
        assert_eq!(template.segments[4].title, "Wrap-up");
        assert_eq!(template.running_totals_secs(), [300, 900, 1500, 1800, 1920]);
    }

    #[test]
    fn insert_places_the_segment_before_the_index() {
        let mut template = weekly_copy();
        template.set_segment_duration(2, 8 * 60, LATER).unwrap();
        let break_ = Segment::new("Break", 120, SegmentKind::Other, "");
        assert_eq!(template.insert_segment(2, break_.clone(), LATER), Ok(2));
        assert_eq!(minutes(&template), [5, 10, 2, 8, 5]);
        assert_eq!(
            template.insert_segment(9, break_, LATER),
            Err(TemplateError::NoSuchSegment(9))
        );
    }

    #[test]
    fn remove_returns_the_segment_but_never_the_last_one() {
        let mut template = weekly_copy();
        for _ in 0..3 {
            template.remove_segment(0, LATER).unwrap();
        }
        assert_eq!(titles(&template), ["Set new action items"]);
        assert_eq!(
            template.remove_segment(0, LATER),
            Err(TemplateError::NoSegments)
        );
        assert_eq!(
            template.remove_segment(3, LATER),
            Err(TemplateError::NoSuchSegment(3))
        );
        assert_eq!(template.segments.len(), 1);
    }

    #[test]
    fn moving_up_and_down_returns_the_new_index_and_stops_at_the_ends() {
        let mut template = weekly_copy();
        assert_eq!(template.move_segment_up(2, LATER), Ok(1));
        assert_eq!(minutes(&template), [5, 10, 10, 5]);
        assert_eq!(titles(&template)[1], "Discuss new problems");
        assert_eq!(template.move_segment_down(1, LATER), Ok(2));
        assert_eq!(titles(&template)[2], "Discuss new problems");

        let before = template.clone();
        let top_stays = template.move_segment_up(0, Timestamp(9_999));
        let bottom_stays = template.move_segment_down(3, Timestamp(9_999));
        assert_eq!((top_stays, bottom_stays), (Ok(0), Ok(3)));
        assert_eq!(template, before, "nothing moved, so updated_at is kept");
        assert_eq!(
            template.move_segment_down(4, LATER),
            Err(TemplateError::NoSuchSegment(4))
        );
    }

    #[test]
    fn segment_title_cannot_be_blank() {
        let mut template = weekly_copy();
        assert_eq!(
            template.set_segment_title(1, "  ", LATER),
            Err(TemplateError::EmptySegmentTitle { position: 2 })
        );
        template
            .set_segment_title(1, " Deliverables ", LATER)
            .unwrap();
        assert_eq!(template.segments[1].title, "Deliverables");
    }

    #[test]
    fn typed_durations_flow_into_the_editor() {
        let mut template = weekly_copy();
        let mut set = |text: &str| -> Result<(), TemplateError> {
            let secs = parse_duration(text)?;
            template.set_segment_duration(0, secs, LATER)
        };
        assert_eq!(
            set("abc"),
            Err(DurationError::NotADuration("abc".into()).into())
        );
        assert_eq!(set("-1"), Err(DurationError::Negative.into()));
        assert_eq!(set("0"), Err(DurationError::Zero.into()));
        assert_eq!(set("2:30"), Ok(()));
        assert_eq!(
            set("6"),
            Err(TemplateError::TotalOverCap {
                total_secs: 1860,
                cap_secs: 1800
            })
        );
        assert_eq!(template.segments[0].planned_secs, 150);
        assert_eq!(
            template.set_segment_duration(0, 0, LATER),
            Err(TemplateError::Duration(DurationError::Zero))
        );
    }

    #[test]
    fn a_segment_longer_than_the_cap_is_named_before_the_total() {
        let mut template = weekly_copy();
        let result = template.set_segment_duration(1, 31 * 60, LATER);
        assert!(matches!(
            result,
            Err(TemplateError::SegmentOverCap {
                planned_secs: 1860,
                cap_secs: 1800,
                ..
            })
        ));
    }

    #[test]
    fn hint_and_kind_can_be_changed() {
        let mut template = weekly_copy();
        template.set_segment_hint(0, "  ", LATER).unwrap();
        template
            .set_segment_kind(0, SegmentKind::Other, LATER)
            .unwrap();
        assert_eq!(template.segments[0].hint, "");
        assert_eq!(template.segments[0].kind, SegmentKind::Other);
        assert_eq!(
            template.set_segment_kind(7, SegmentKind::Other, LATER),
            Err(TemplateError::NoSuchSegment(7))
        );
    }

    #[test]
    fn cap_cannot_drop_below_the_total_or_to_zero() {
        let mut template = weekly_copy();
        assert_eq!(
            template.set_cap(29 * 60, LATER),
            Err(TemplateError::TotalOverCap {
                total_secs: 1800,
                cap_secs: 1740
            })
        );
        assert_eq!(
            template.set_cap(0, LATER),
            Err(TemplateError::Duration(DurationError::Zero))
        );
        assert_eq!(template.cap_secs, 1800);
        template.set_cap(45 * 60, LATER).unwrap();
        assert_eq!(template.unplanned_secs(), 15 * 60);
    }
}
