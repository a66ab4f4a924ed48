//! Open action items as the rotation sees them: whoever owns one presents it at the meeting
//! that reviews it, whether or not it is their turn.
//!
//! The source documents give the progress segment "two minutes for each deliverable" and start
//! every meeting by reviewing what the last one assigned; an owner who is not in the room
//! cannot say where their item stands. So an open item is reviewed at the first planned meeting
//! on or after its due date (an item without a due date, at the next meeting), and its owner
//! gets a seat there before the rotation fills the rest.

use crate::domain::ids::{ActionItemId, PersonId};
use crate::domain::outcomes::{ActionItem, Problem};
use crate::domain::sort::SortByKey;
use chrono::NaiveDate;
use std::cmp::Reverse;
use std::collections::HashMap;

/// One open action item, reduced to what the plan needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenItem {
    pub id: ActionItemId,
    pub owner: PersonId,
    /// Shown after "presents: ".
    pub what: String,
    /// `None`: reviewed at the next meeting.
    pub due: Option<NaiveDate>,
    /// The impact of the linked problem; items without one count as the lowest.
    pub impact: u8,
}

impl OpenItem {
    /// The open items among `actions`, each with its linked problem's impact.
    pub fn from_actions(actions: &[ActionItem], problems: &[Problem]) -> Vec<OpenItem> {
        let impact: HashMap<_, u8> = problems.iter().map(|p| (p.id, p.impact)).collect();
        actions
            .iter()
            .filter(|a| a.is_open())
            .map(|a| OpenItem {
                id: a.id,
                owner: a.owner,
                what: a.what.clone(),
                due: a.due,
                impact: a.problem.and_then(|p| impact.get(&p).copied()).unwrap_or(0),
            })
            .collect()
    }

    /// Reviewed at a meeting on `date`: due on or before it, or with no due date.
    pub fn is_due_by(&self, date: NaiveDate) -> bool {
        self.due.is_none_or(|due| due <= date)
    }
}

/// The order in which owners get the seats left: the highest impact first, then the item due
/// soonest, then by id so the order is total.
pub(crate) fn sort_for_seats(items: &mut [OpenItem]) {
    items.sort_by_key_dyn(|item| (Reverse(item.impact), item.due, item.id));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(n: u128, impact: u8, due: Option<NaiveDate>) -> OpenItem {
        OpenItem {
            id: ActionItemId::from_u128(n),
            owner: PersonId::from_u128(n),
            what: format!("Item {n}"),
            due,
            impact,
        }
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, d).unwrap()
    }

    #[test]
    fn an_item_is_reviewed_on_or_after_its_due_date_and_without_one_at_once() {
        assert!(item(1, 3, Some(day(10))).is_due_by(day(10)));
        assert!(item(1, 3, Some(day(10))).is_due_by(day(17)));
        assert!(!item(1, 3, Some(day(10))).is_due_by(day(9)));
        assert!(item(1, 3, None).is_due_by(day(1)));
    }

    #[test]
    fn owners_of_the_highest_impact_items_come_first() {
        let mut items = vec![
            item(1, 2, Some(day(3))),
            item(2, 5, Some(day(20))),
            item(3, 5, Some(day(10))),
            item(4, 0, None),
        ];
        sort_for_seats(&mut items);
        let order: Vec<u128> = items.iter().map(|i| i.id.0.as_u128()).collect();
        assert_eq!(order, [3, 2, 1, 4]);
    }
}
