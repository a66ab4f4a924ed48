//! The rotation itself: meeting after meeting, seat core members, then requests, then each
//! team's share of the rest in rotation order, settle bumps and hand swaps, pick the
//! note-taker, and move everyone who attended to the back of their queue.

use super::inputs::{Group, Inputs};
use super::mixing::{MixingReport, PairCounts, choose_least_met, is_cross_team};
use super::note_taker::pick_note_taker;
use super::plan::{
    AttendanceReason, Attendee, PersonFairness, Plan, PlanNote, PlannedMeeting, TeamSplit,
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
}

/// A meeting being put together.
struct Draft {
    date: NaiveDate,
    /// Varies the seed's tie-breaks from meeting to meeting.
    salt: u64,
    attendees: Vec<(Who, AttendanceReason)>,
    /// Accepted requests, in the order served.
    requested: Vec<Who>,
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
        let fairness = self
            .progress
            .iter()
            .enumerate()
            .filter(|(_, p)| p.reported)
            .map(|(who, p)| PersonFairness {
                person: self.inputs.id(who as Who),
                meetings: p.meetings,
                longest_gap: p.longest_gap,
            })
            .collect();
        Plan {
            meetings: self.meetings,
            fairness,
            mixing: self.mixing,
            notes: self.notes,
        }
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
            self.bump_for(requested, state, &mut draft);
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
        }
    }

    /// Seats this group's pending requests, oldest first, while seats remain; the rest wait
    /// for the next meeting.
    fn seat_requests(&self, g: usize, free: usize, draft: &mut Draft) {
        let inputs = self.inputs;
        for (i, request) in inputs.requests.iter().enumerate() {
            let who = request.who;
            if self.request_done[i]
                || request.made_on > draft.date
                || inputs.group_of[who as usize] != Some(g)
                || draft.attends(who)
                || !inputs.can_attend(who, draft.date)
                || draft.requested.len() >= free
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
            ..
        } = state;

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
                    draft.pick(team, who, self.rotation_reason(who));
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
                        draft.pick(team, who, self.rotation_reason(who));
                        seats -= 1;
                    }
                }
            }
        }
        seats
    }

    fn rotation_reason(&self, who: Who) -> AttendanceReason {
        match self.inputs.style {
            _ if self.progress[who as usize].last_attended.is_none() => AttendanceReason::FirstTurn,
            RotationStyle::StrictTurns => AttendanceReason::LongestSinceLastAttended,
            RotationStyle::MixEachRound => AttendanceReason::DueThisRound,
        }
    }

    /// A request that was not the person's turn takes the last rotation seat of their own
    /// team, or else of Other, or else of the bigger of Sales and Marketing. Whoever loses it
    /// goes first next time.
    fn bump_for(&self, requested: Who, state: &mut GroupState, draft: &mut Draft) {
        let own = self.inputs.team[requested as usize];
        let donor = if draft.picks[own].is_empty() {
            let keeps_floor = |t: usize| t == 2 || draft.picks[t].len() >= 2;
            [2, 0, 1]
                .into_iter()
                .filter(|&t| !draft.picks[t].is_empty())
                .max_by_key(|&t| (keeps_floor(t), t == 2, draft.picks[t].len()))
        } else {
            Some(own)
        };
        let Some(bumped) = donor.and_then(|t| draft.picks[t].last().copied()) else {
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
