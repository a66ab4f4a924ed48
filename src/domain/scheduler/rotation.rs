//! One team's rotation order: the front goes next.
//!
//! The queue is a list of blocks. People in one block are tied, and the order inside a block
//! is left open for mixing and the seed to decide. What makes people tied depends on the
//! [`RotationStyle`]:
//!
//! - Strict turns: only people who have attended exactly the same meetings. When some of a
//!   block attend, they leave it as a new block at the back, behind the blocks of people who
//!   attended the same meeting but had been waiting longer. The queue then reads as one cycle
//!   through the team, which is what keeps teammates' counts within one of each other over
//!   *any* run of meetings.
//! - Mix each round: everyone who has attended equally often in the plan. Attendees join the
//!   single block of their new count, so a whole round's worth of people stay tied and mixing
//!   decides who meets whom. The first round still follows the history (who waited longest).

use super::settings::RotationStyle;
use crate::domain::sort::SortByKey;
use chrono::NaiveDate;
use std::collections::VecDeque;

/// People are indexes into the planner's roster.
pub(crate) type Who = u32;

#[derive(Clone, Debug)]
struct Block {
    /// Meetings attended in the plan so far by every member (kept for mixing each round).
    round: u32,
    members: Vec<Who>,
}

#[derive(Clone, Debug)]
pub(crate) struct RotationQueue {
    style: RotationStyle,
    blocks: VecDeque<Block>,
}

impl RotationQueue {
    /// A queue from when each member last attended: never comes first, equal dates tie.
    pub fn new(style: RotationStyle, mut members: Vec<(Option<NaiveDate>, Who)>) -> Self {
        members.sort_dyn();
        let mut blocks: VecDeque<Block> = VecDeque::new();
        let mut previous = None;
        for (last_attended, who) in members {
            match blocks.back_mut() {
                Some(block) if previous == Some(last_attended) => block.members.push(who),
                _ => blocks.push_back(Block {
                    round: 0,
                    members: vec![who],
                }),
            }
            previous = Some(last_attended);
        }
        Self { style, blocks }
    }

    /// Blocks from the front (goes next) to the back.
    pub fn blocks(&self) -> impl Iterator<Item = &[Who]> {
        self.blocks.iter().map(|block| block.members.as_slice())
    }

    /// Moves everyone for whom `attended` holds behind those still waiting, as the module
    /// docs describe for each style.
    pub fn record_meeting(&mut self, attended: impl Fn(Who) -> bool) {
        let mut went = Vec::new();
        self.blocks.retain_mut(|block| {
            // Most blocks are untouched: check before allocating.
            if block.members.iter().any(|&w| attended(w)) {
                let (attendees, stayed) = block.members.iter().partition(|&&w| attended(w));
                went.push(Block {
                    round: block.round + 1,
                    members: attendees,
                });
                block.members = stayed;
            }
            !block.members.is_empty()
        });
        match self.style {
            RotationStyle::StrictTurns => self.blocks.extend(went),
            RotationStyle::MixEachRound => {
                for block in went {
                    self.join_round(block);
                }
            }
        }
    }

    /// Merges `block` into the block of its round, keeping blocks in round order.
    fn join_round(&mut self, block: Block) {
        let at = self.blocks.partition_point(|b| b.round < block.round);
        match self.blocks.get_mut(at) {
            Some(same) if same.round == block.round => same.members.extend(block.members),
            _ => self.blocks.insert(at, block),
        }
    }

    #[cfg(test)]
    pub fn snapshot(&self) -> Vec<Vec<Who>> {
        self.blocks.iter().map(|b| b.members.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2025, 6, d)
    }

    fn strict(members: Vec<(Option<NaiveDate>, Who)>) -> RotationQueue {
        RotationQueue::new(RotationStyle::StrictTurns, members)
    }

    fn rounds(members: Vec<(Option<NaiveDate>, Who)>) -> RotationQueue {
        RotationQueue::new(RotationStyle::MixEachRound, members)
    }

    #[test]
    fn never_attended_come_first_then_the_longest_waiting() {
        let queue = strict(vec![(day(10), 1), (None, 2), (day(3), 3), (day(10), 4)]);
        assert_eq!(queue.snapshot(), [vec![2], vec![3], vec![1, 4]]);
    }

    #[test]
    fn strict_attendees_go_to_the_back_keeping_their_previous_order() {
        let mut queue = strict(vec![(None, 1), (None, 2), (day(3), 3), (day(4), 4)]);
        queue.record_meeting(|w| w == 3 || w == 1);
        // 2 stays at the front; 1 waited longer than 3, so 1's block comes before 3's.
        assert_eq!(queue.snapshot(), [vec![2], vec![4], vec![1], vec![3]]);
    }

    #[test]
    fn strict_block_that_attends_whole_stays_one_block() {
        let mut queue = strict(vec![(None, 1), (None, 2), (day(3), 3)]);
        queue.record_meeting(|w| w != 3);
        assert_eq!(queue.snapshot(), [vec![3], vec![1, 2]]);
    }

    #[test]
    fn mixing_each_round_ties_everyone_who_attended_as_often() {
        let mut queue = rounds(vec![(None, 1), (None, 2), (day(3), 3), (day(4), 4)]);
        queue.record_meeting(|w| w == 3 || w == 1);
        assert_eq!(queue.snapshot(), [vec![2], vec![4], vec![1, 3]]);
        queue.record_meeting(|w| w == 2 || w == 4);
        assert_eq!(queue.snapshot(), [vec![1, 3, 2, 4]]);
        queue.record_meeting(|w| w == 4);
        assert_eq!(queue.snapshot(), [vec![1, 3, 2], vec![4]]);
    }

    #[test]
    fn mixing_each_round_keeps_someone_behind_on_rounds_in_front() {
        let mut queue = rounds(vec![(None, 1), (None, 2), (None, 3)]);
        queue.record_meeting(|w| w != 1); // 1 was away
        queue.record_meeting(|w| w != 1);
        queue.record_meeting(|w| w == 1);
        // 1 is on round 1 now, the others on round 2.
        assert_eq!(queue.snapshot(), [vec![1], vec![2, 3]]);
    }
}
