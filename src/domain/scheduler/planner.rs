//! The rotation itself: meeting after meeting, seat core members, then the owners of the items
//! reviewed there, then requests, then each team's share of the rest in rotation order, settle
//! bumps and hand swaps, pick the note-taker, and move everyone who attended to the back of
//! their queue.
//!
//! Whoever a request or an owner displaced comes first at the next meeting, before owners and
//! requests, so nobody is displaced twice in a row (unless more people were displaced than
//! there are seats: the cap always wins).

use super::inputs::{Group, Inputs};
use super::mixing::{MixingReport, PairCounts, choose_least_met, is_cross_team};
use super::note_taker::pick_note_taker;
use super::plan::{
    AttendanceReason, Attendee, NoSeatReason, PersonFairness, Plan, PlanNote, PlannedMeeting,
    TeamSplit, WrittenUpdate,
};
use super::rotation::{RotationQueue, Who};
use super::seats::SeatSharer;
use super::settings::RotationStyle;
use super::tie_break::tie_rank;
use crate::domain::sort::SortByKey;
use chrono::{NaiveDate, NaiveDateTime};
use std::collections::HashSet;

/// Why someone jumps the queue at their team's next seats. Bumped people come first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Bumped,
    MissedTurnWhileAway,
}

impl Priority {
    fn reason(self) -> AttendanceReason {
        match self {
            Priority::Bumped => AttendanceReason::BackAfterBump,
            Priority::MissedTurnWhileAway => AttendanceReason::BackAfterAway,
        }
    }
}

/// What the plan has done to one person so far.
#[derive(Clone, Debug, Default)]
struct Progress {
    last_attended: Option<NaiveDate>,
    last_took_notes: Option<NaiveDate>,
    meetings: u32,
    /// Index of the last planned meeting of their group they attend.
    last_meeting: Option<usize>,
    longest_gap: u32,
    /// In the fairness report: in the rotation, core, or scheduled anyway.
    reported: bool,
}

/// One group's rotation state.
struct GroupState {
    queues: [RotationQueue; 3],
    sharer: SeatSharer,
    priority: Vec<(Priority, Who)>,
    previous_note_taker: Vec<Who>,
    pairs: PairCounts,
    /// Core members and the rotation: the people the mixing figure is about.
    counted: HashSet<Who>,
    /// Who attended the group's previous meeting (before the plan: the latest held one).
    previous_attendees: HashSet<Who>,
}

/// A meeting being put together.
struct Draft {
    date: NaiveDate,
    /// Varies the seed's tie-breaks from meeting to meeting.
    salt: u64,
    attendees: Vec<(Who, AttendanceReason)>,
    /// Presenting owners, then accepted requests, in the order served: both come whether or
    /// not it is their turn.
    requested: Vec<Who>,
    written_updates: Vec<WrittenUpdate>,
    /// Requested people whose turn it was anyway: they take no one's seat.
    in_turn: Vec<Who>,
    /// Rotation seats per team, in the order taken.
    picks: [Vec<Who>; 3],
    bumped: Vec<Who>,
}

impl Draft {
    fn attends(&self, who: Who) -> bool {
        self.attendees.iter().any(|&(w, _)| w == who)
    }

    fn is_out_of_turn_request(&self, who: Who) -> bool {
        self.requested.contains(&who) && !self.in_turn.contains(&who)
    }

    fn people(&self) -> Vec<Who> {
        self.attendees.iter().map(|&(w, _)| w).collect()
    }

    fn pick(&mut self, team: usize, who: Who, reason: AttendanceReason) {
        self.attendees.push((who, reason));
        self.picks[team].push(who);
    }

    fn remove(&mut self, who: Who) {
        self.attendees.retain(|&(w, _)| w != who);
        for picks in &mut self.picks {
            picks.retain(|&w| w != who);
        }
    }
}

/// Which pass of the walk down a queue: the team's share of seats, or filling seats another
/// team could not use. Only the first pass decides whose request was "their turn anyway".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    Share,
    Fill,
}

pub(crate) struct Planner<'a> {
    inputs: &'a Inputs<'a>,
    times: &'a [NaiveDateTime],
    progress: Vec<Progress>,
    request_done: Vec<bool>,
    item_done: Vec<bool>,
    meetings: Vec<PlannedMeeting>,
    notes: Vec<PlanNote>,
    mixing: MixingReport,
}

impl<'a> Planner<'a> {
    pub fn new(inputs: &'a Inputs<'a>, times: &'a [NaiveDateTime]) -> Self {
        let progress = (0..inputs.people.len())
            .map(|who| Progress {
                last_attended: inputs.last_attended[who],
                last_took_notes: inputs.last_took_notes[who],
                ..Progress::default()
            })
            .collect();
        Self {
            inputs,
            times,
            progress,
            request_done: vec![false; inputs.requests.len()],
            item_done: vec![false; inputs.items.len()],
            meetings: Vec::new(),
            notes: Vec::new(),
            mixing: MixingReport::default(),
        }
    }

    pub fn run(mut self) -> Plan {
        for (g, group) in self.inputs.groups.iter().enumerate() {
            self.plan_group(g, group);
        }
        self.note_what_was_not_applied();
        // Stable: meetings on the same date stay in group order.
        self.meetings.sort_by_key_dyn(|m| m.starts_at);
        let fairness = self.fairness();
        Plan {
            meetings: self.meetings,
            fairness,
            mixing: self.mixing,
            notes: self.notes,
        }
    }

    /// Each reported person's share, with the band: someone in the rotation more than one
    /// meeting from their group's average breaks "within two of each other".
    fn fairness(&self) -> Vec<PersonFairness> {
        let inputs = self.inputs;
        // Every group plans the same dates.
        let per_group = self.times.len() as u32;
        let mut rotates = vec![false; self.progress.len()];
        for &who in inputs.groups.iter().flat_map(|g| g.pools.iter().flatten()) {
            rotates[who as usize] = true;
        }
        let averages: Vec<Option<f64>> = inputs
            .groups
            .iter()
            .map(|group| {
                let rotating: Vec<u32> = group
                    .pools
                    .iter()
                    .flatten()
                    .map(|&w| self.progress[w as usize].meetings)
                    .collect();
                (!rotating.is_empty())
                    .then(|| f64::from(rotating.iter().sum::<u32>()) / rotating.len() as f64)
            })
            .collect();
        self.progress
            .iter()
            .enumerate()
            .filter(|(_, p)| p.reported)
            .map(|(who, p)| {
                let group = inputs.group_of[who];
                let average = group.and_then(|g| averages[g]);
                PersonFairness {
                    person: inputs.id(who as Who),
                    meetings: p.meetings,
                    of: if group.is_some() { per_group } else { 0 },
                    longest_gap: p.longest_gap,
                    outside_band: rotates[who]
                        && average.is_some_and(|avg| (f64::from(p.meetings) - avg).abs() > 1.0),
                }
            })
            .collect()
    }

    fn plan_group(&mut self, g: usize, group: &Group) {
        let inputs = self.inputs;
        let queues = group.pools.clone().map(|pool| {
            RotationQueue::new(
                inputs.style,
                pool.into_iter()
                    .map(|who| (inputs.last_attended[who as usize], who))
                    .collect(),
            )
        });
        let members = group.core.iter().chain(group.pools.iter().flatten());
        let counted: HashSet<Who> = members.copied().collect();
        let latest_notes = counted
            .iter()
            .filter_map(|&w| inputs.last_took_notes[w as usize])
            .max();
        let mut previous_note_taker: Vec<Who> = counted
            .iter()
            .copied()
            .filter(|&w| {
                latest_notes.is_some() && inputs.last_took_notes[w as usize] == latest_notes
            })
            .collect();
        previous_note_taker.sort_dyn();
        let latest_attended = counted
            .iter()
            .filter_map(|&w| inputs.last_attended[w as usize])
            .max();
        let previous_attendees: HashSet<Who> = counted
            .iter()
            .copied()
            .filter(|&w| {
                latest_attended.is_some() && inputs.last_attended[w as usize] == latest_attended
            })
            .collect();
        for &who in &counted {
            self.progress[who as usize].reported = true;
        }
        let pools = group.pools.each_ref().map(Vec::len);
        let mut eligible = pools;
        for &core in &group.core {
            eligible[inputs.team[core as usize]] += 1;
        }
        self.mixing.cross_team_pairs_possible += (eligible[0] * eligible[1]) as u64;
        let mut state = GroupState {
            queues,
            sharer: SeatSharer::new(pools),
            priority: Vec::new(),
            previous_note_taker,
            pairs: PairCounts::default(),
            counted,
            previous_attendees,
        };

        for (ordinal, &starts_at) in self.times.iter().enumerate() {
            let meeting = self.plan_meeting(g, group, &mut state, ordinal, starts_at);
            self.meetings.push(meeting);
        }
        self.close_gaps(g, self.times.len());
    }

    /// The gap after each member's last meeting runs to the end of the plan.
    fn close_gaps(&mut self, g: usize, total: usize) {
        for (who, progress) in self.progress.iter_mut().enumerate() {
            if self.inputs.group_of[who] != Some(g) || !progress.reported {
                continue;
            }
            let since = progress.last_meeting.map_or(0, |last| last + 1);
            progress.longest_gap = progress.longest_gap.max((total - since) as u32);
        }
    }

    fn plan_meeting(
        &mut self,
        g: usize,
        group: &Group,
        state: &mut GroupState,
        ordinal: usize,
        starts_at: NaiveDateTime,
    ) -> PlannedMeeting {
        let inputs = self.inputs;
        let date = starts_at.date();
        let mut draft = Draft {
            date,
            salt: ordinal as u64,
            attendees: Vec::new(),
            requested: Vec::new(),
            written_updates: Vec::new(),
            in_turn: Vec::new(),
            picks: Default::default(),
            bumped: Vec::new(),
        };

        for &core in &group.core {
            if inputs.can_attend(core, date) {
                draft.attendees.push((core, AttendanceReason::CoreMember));
            }
        }
        let free = inputs.cap - draft.attendees.len();
        let displaced: Vec<Who> = state
            .priority
            .iter()
            .filter(|&&(why, _)| why == Priority::Bumped)
            .map(|&(_, w)| w)
            .collect();
        // Whoever was displaced comes first now, the most recently displaced first, whatever
        // their team's share (they take it when it has room, as a request would).
        for &who in displaced.iter().rev() {
            if inputs.can_attend(who, date) && draft.requested.len() < free {
                draft.attendees.push((who, AttendanceReason::BackAfterBump));
                draft.requested.push(who);
            }
        }
        self.seat_presenters(g, free, &mut draft);
        self.seat_requests(g, free, &mut draft);

        let shares = state.sharer.share(free);
        let mut unfilled: usize = (0..3)
            .map(|team| self.take_turns(team, shares[team], Pass::Share, state, &mut draft))
            .sum();

        // Requests that were not anyone's turn take empty seats first, then bump.
        let out_of_turn: Vec<Who> = draft
            .requested
            .iter()
            .copied()
            .filter(|&w| draft.is_out_of_turn_request(w))
            .collect();
        let seated_free = unfilled.min(out_of_turn.len());
        unfilled -= seated_free;
        let mut by_size = [0, 1, 2];
        by_size.sort_by_key_dyn(|&t| std::cmp::Reverse(group.pools[t].len()));
        for team in by_size {
            unfilled = self.take_turns(team, unfilled, Pass::Fill, state, &mut draft);
        }
        for &requested in &out_of_turn[seated_free..] {
            self.bump_for(requested, &displaced, state, &mut draft);
        }

        self.apply_swaps(g, &mut draft);
        let people = draft.people();
        let note_taker = pick_note_taker(
            &people,
            &state.previous_note_taker,
            |w| self.progress[w as usize].last_took_notes,
            |w| tie_rank(inputs.seed, inputs.id(w), draft.salt),
        );
        self.record(state, &draft, ordinal, note_taker);

        let mut split = TeamSplit::default();
        for &who in &people {
            split.count(inputs.team_kind(who));
        }
        PlannedMeeting {
            starts_at,
            group: group.label.clone(),
            attendees: draft
                .attendees
                .into_iter()
                .map(|(who, reason)| Attendee {
                    person: inputs.id(who),
                    team: inputs.team_kind(who),
                    reason,
                })
                .collect(),
            note_taker: note_taker.map(|w| inputs.id(w)),
            split,
            bumped: draft.bumped.iter().map(|&w| inputs.id(w)).collect(),
            written_updates: draft.written_updates,
        }
    }

    /// Seats the owners of the items this meeting reviews, highest impact first, while the
    /// `allowance` of seats outside the rotation lasts. An owner already there (a core member,
    /// back after being displaced, presenting another item) presents without a new seat.
    /// Owners who cannot be seated are listed for a written update; if only the seats or their
    /// absence kept them out, they present next time.
    fn seat_presenters(&mut self, g: usize, allowance: usize, draft: &mut Draft) {
        let inputs = self.inputs;
        let mut over_cap = 0;
        for (i, review) in inputs.items.iter().enumerate() {
            let item = &review.item;
            if self.item_done[i] || !item.is_due_by(draft.date) {
                continue;
            }
            let mut written = |why| {
                draft.written_updates.push(WrittenUpdate {
                    owner: item.owner,
                    item: item.id,
                    what: item.what.clone(),
                    why,
                })
            };
            let Some(who) = review
                .owner
                .filter(|&w| inputs.group_of[w as usize].is_some())
            else {
                // Never seatable: said once, at the first meeting that reviews it.
                written(NoSeatReason::NotInRotation);
                self.item_done[i] = true;
                continue;
            };
            if inputs.group_of[who as usize] != Some(g) {
                continue;
            }
            if let Some((_, reason)) = draft.attendees.iter_mut().find(|(w, _)| *w == who) {
                match reason {
                    AttendanceReason::Presents { items } => items.push(item.what.clone()),
                    AttendanceReason::CoreMember => {}
                    // Back after being displaced: presenting says more.
                    other => {
                        *other = AttendanceReason::Presents {
                            items: vec![item.what.clone()],
                        }
                    }
                }
                self.item_done[i] = true;
            } else if !inputs.can_attend(who, draft.date) {
                written(NoSeatReason::Away);
            } else if draft.requested.len() >= allowance {
                written(NoSeatReason::CapReached);
                over_cap += 1;
            } else {
                draft.attendees.push((
                    who,
                    AttendanceReason::Presents {
                        items: vec![item.what.clone()],
                    },
                ));
                draft.requested.push(who);
                self.item_done[i] = true;
            }
        }
        if over_cap > 0 {
            self.notes.push(PlanNote::OwnersOverCap {
                date: draft.date,
                written: over_cap,
            });
        }
    }

    /// Seats this group's pending requests, oldest first, while the `allowance` lasts (owners
    /// presenting count against it); the rest wait for the next meeting.
    fn seat_requests(&self, g: usize, allowance: usize, draft: &mut Draft) {
        let inputs = self.inputs;
        for (i, request) in inputs.requests.iter().enumerate() {
            let who = request.who;
            if self.request_done[i]
                || request.made_on > draft.date
                || inputs.group_of[who as usize] != Some(g)
                || draft.attends(who)
                || !inputs.can_attend(who, draft.date)
                || draft.requested.len() >= allowance
            {
                continue;
            }
            draft.attendees.push((
                who,
                AttendanceReason::Requested {
                    reason: request.reason.clone(),
                },
            ));
            draft.requested.push(who);
        }
    }

    /// Seats up to `seats` people of `team` in rotation order and returns the seats it could
    /// not fill. Priority people go first, then the queue from the front; in the block where
    /// the seats run out, mixing and the seed choose among the tied.
    fn take_turns(
        &self,
        team: usize,
        mut seats: usize,
        pass: Pass,
        state: &mut GroupState,
        draft: &mut Draft,
    ) -> usize {
        let inputs = self.inputs;
        let date = draft.date;
        let counts_requests = pass == Pass::Share;
        let GroupState {
            queues,
            priority,
            pairs,
            previous_attendees,
            ..
        } = state;
        let reason = |who: Who, tied: bool| self.rotation_reason(who, tied, previous_attendees);

        let mut first: Vec<(Priority, Who)> = priority
            .iter()
            .copied()
            .filter(|&(_, w)| inputs.team[w as usize] == team)
            .collect();
        first.sort_by_key_dyn(|&(why, _)| why);
        for (why, who) in first {
            if seats == 0 {
                break;
            }
            if draft.attends(who) {
                if counts_requests && draft.is_out_of_turn_request(who) {
                    draft.in_turn.push(who);
                    seats -= 1;
                }
            } else if inputs.can_attend(who, date) {
                draft.pick(team, who, why.reason());
                seats -= 1;
            }
        }

        for block in queues[team].blocks() {
            if seats == 0 {
                break;
            }
            let (mut requested, mut free, mut away) = (Vec::new(), Vec::new(), Vec::new());
            for &who in block {
                if draft.attends(who) {
                    if counts_requests && draft.is_out_of_turn_request(who) {
                        requested.push(who);
                    }
                } else if inputs.can_attend(who, date) {
                    free.push(who);
                } else {
                    away.push(who);
                }
            }
            if requested.len() + free.len() <= seats {
                seats -= requested.len() + free.len();
                draft.in_turn.extend(requested);
                for who in free {
                    draft.pick(team, who, reason(who, false));
                }
                // The whole block had its turn: those away keep their place and go first.
                for who in away {
                    keep_place(priority, who);
                }
            } else {
                // Tied requests take their turn first: the order among the tied is open.
                let in_turn = requested.len().min(seats);
                draft.in_turn.extend(&requested[..in_turn]);
                seats -= in_turn;
                // The away are weighed too: if the tie falls to them, their turn came.
                let tied: Vec<Who> = free.iter().chain(&away).copied().collect();
                let chosen = choose_least_met(
                    &tied,
                    seats,
                    &draft.people(),
                    pairs,
                    |w| inputs.team_kind(w),
                    |w| tie_rank(inputs.seed, inputs.id(w), draft.salt),
                    |w| away.contains(&w),
                );
                for who in chosen {
                    if away.contains(&who) {
                        keep_place(priority, who);
                    } else {
                        draft.pick(team, who, reason(who, true));
                        seats -= 1;
                    }
                }
            }
        }
        seats
    }

    /// Why the rotation seats `who`, in words that stay true: `tied` when the seats ran out
    /// among people who waited as long.
    fn rotation_reason(
        &self,
        who: Who,
        tied: bool,
        previous_attendees: &HashSet<Who>,
    ) -> AttendanceReason {
        match self.inputs.style {
            _ if self.progress[who as usize].last_attended.is_none() => AttendanceReason::FirstTurn,
            RotationStyle::MixEachRound => AttendanceReason::DueThisRound,
            RotationStyle::StrictTurns if previous_attendees.contains(&who) => {
                AttendanceReason::AttendedLastMeeting
            }
            RotationStyle::StrictTurns if tied => AttendanceReason::TiedForLongestWait,
            RotationStyle::StrictTurns => AttendanceReason::LongestSinceLastAttended,
        }
    }

    /// A request or owner that was not the person's turn takes the last rotation seat of
    /// their own team, or else of Other, or else of the bigger of Sales and Marketing; not the
    /// seat of someone `displaced` unless nobody else is left (the cap always wins).
    /// Whoever loses it goes first next time.
    fn bump_for(
        &self,
        requested: Who,
        displaced: &[Who],
        state: &mut GroupState,
        draft: &mut Draft,
    ) {
        let movable = |t: usize| {
            draft.picks[t]
                .iter()
                .rev()
                .copied()
                .find(|w| !displaced.contains(w))
        };
        let count = |t: usize| {
            draft.picks[t]
                .iter()
                .filter(|w| !displaced.contains(w))
                .count()
        };
        let own = self.inputs.team[requested as usize];
        let donor = if count(own) == 0 {
            let keeps_floor = |t: usize| t == 2 || draft.picks[t].len() >= 2;
            [2, 0, 1]
                .into_iter()
                .filter(|&t| count(t) > 0)
                .max_by_key(|&t| (keeps_floor(t), t == 2, count(t)))
        } else {
            Some(own)
        };
        // More people displaced last time than seats now: the cap wins, one of them waits again.
        let fallback = || {
            [2, 0, 1]
                .into_iter()
                .find_map(|t| draft.picks[t].last().copied())
        };
        let Some(bumped) = donor.and_then(movable).or_else(fallback) else {
            return;
        };
        draft.remove(bumped);
        draft.bumped.push(bumped);
        state.priority.retain(|&(_, w)| w != bumped);
        state.priority.push((Priority::Bumped, bumped));
    }

    /// Applies the facilitator's swaps for this meeting; the rest of the plan follows them.
    fn apply_swaps(&mut self, g: usize, draft: &mut Draft) {
        let inputs = self.inputs;
        let date = draft.date;
        for swap in inputs.swaps.iter().filter(|s| s.date == date) {
            if inputs.group_of[swap.out as usize].is_some_and(|group| group != g)
                || inputs.group_of[swap.into as usize] != Some(g)
            {
                continue;
            }
            if draft.attends(swap.into) {
                self.notes.push(PlanNote::SwapInAlreadyAttending {
                    date: swap.date,
                    swapped_in: inputs.name(swap.into),
                });
            } else if !draft.attends(swap.out) {
                self.notes.push(PlanNote::SwapOutNotScheduled {
                    date: swap.date,
                    swapped_out: inputs.name(swap.out),
                    swapped_in: inputs.name(swap.into),
                });
            } else {
                draft.remove(swap.out);
                draft
                    .attendees
                    .push((swap.into, AttendanceReason::SwappedIn));
            }
        }
    }

    /// Moves the meeting into everyone's history.
    fn record(
        &mut self,
        state: &mut GroupState,
        draft: &Draft,
        ordinal: usize,
        note_taker: Option<Who>,
    ) {
        let inputs = self.inputs;
        let people = draft.people();
        for &who in &people {
            let progress = &mut self.progress[who as usize];
            let since = progress.last_meeting.map_or(0, |last| last + 1);
            progress.longest_gap = progress.longest_gap.max((ordinal - since) as u32);
            progress.last_meeting = Some(ordinal);
            progress.last_attended = Some(draft.date);
            progress.meetings += 1;
            progress.reported = true;
        }
        for (i, request) in inputs.requests.iter().enumerate() {
            if people.contains(&request.who) && request.made_on <= draft.date {
                self.request_done[i] = true;
            }
        }
        state.priority.retain(|&(_, w)| !people.contains(&w));
        state.previous_attendees = people.iter().copied().collect();
        for queue in &mut state.queues {
            queue.record_meeting(|w| people.contains(&w));
        }
        let counted: Vec<Who> = people
            .iter()
            .copied()
            .filter(|w| state.counted.contains(w))
            .collect();
        let mixing = &mut self.mixing;
        state.pairs.record(&counted, |a, b| {
            if is_cross_team(inputs.team_kind(a), inputs.team_kind(b)) {
                mixing.cross_team_pairs_met += 1;
            }
        });
        if let Some(who) = note_taker {
            self.progress[who as usize].last_took_notes = Some(draft.date);
        }
        state.previous_note_taker = note_taker.into_iter().collect();
    }

    fn note_what_was_not_applied(&mut self) {
        let inputs = self.inputs;
        let Some(last) = self.times.last().map(NaiveDateTime::date) else {
            return;
        };
        let planned: HashSet<NaiveDate> = self.times.iter().map(NaiveDateTime::date).collect();
        for swap in &inputs.swaps {
            if swap.date <= last && !planned.contains(&swap.date) {
                self.notes.push(PlanNote::SwapDateNotInPlan {
                    date: swap.date,
                    swapped_out: inputs.name(swap.out),
                    swapped_in: inputs.name(swap.into),
                });
            }
        }
        for (i, request) in inputs.requests.iter().enumerate() {
            if !self.request_done[i] && request.made_on <= last {
                self.notes.push(PlanNote::RequestNotPlaced {
                    name: inputs.name(request.who),
                });
            }
        }
    }
}

/// Someone whose turn came while they were away goes first when back (unless already
/// waiting with a priority).
fn keep_place(priority: &mut Vec<(Priority, Who)>, who: Who) {
    if !priority.iter().any(|&(_, w)| w == who) {
        priority.push((Priority::MissedTurnWhileAway, who));
    }
}
