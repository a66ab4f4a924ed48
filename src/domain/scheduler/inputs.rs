//! Checks the planner's inputs and indexes them: people become small numbers, hand changes
//! are validated against the roster, and the roster is split into groups and teams.

use super::error::ScheduleError;
use super::reviews::{OpenItem, sort_for_seats};
use super::rotation::Who;
use super::seats::slot;
use super::settings::{PersonHistory, RotationStyle, ScheduleSettings};
use crate::domain::ids::PersonId;
use crate::domain::person::{Person, TeamKind};
use crate::domain::sort::SortByKey;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap, HashSet};

/// People who rotate and meet together, with their own seat cap.
#[derive(Debug)]
pub(crate) struct Group {
    pub label: Option<String>,
    /// Always attend (when available); never in a rotation queue.
    pub core: Vec<Who>,
    /// Who rotates, per team slot: eligible, not core, not replaced.
    pub pools: [Vec<Who>; 3],
}

/// A request that still waits to be honoured.
#[derive(Debug)]
pub(crate) struct PendingRequest {
    pub who: Who,
    pub made_on: NaiveDate,
    pub reason: String,
}

/// An open action item whose owner presents it, in the order owners get seats.
#[derive(Debug)]
pub(crate) struct ItemToReview {
    pub item: OpenItem,
    /// `None` when the owner has left the roster.
    pub owner: Option<Who>,
}

#[derive(Debug)]
pub(crate) struct CheckedSwap {
    pub date: NaiveDate,
    pub out: Who,
    pub into: Who,
}

#[derive(Debug)]
pub(crate) struct Inputs<'a> {
    /// The roster by id, so the plan does not depend on the order it came in.
    pub people: Vec<&'a Person>,
    pub team: Vec<usize>,
    /// Per person: the group they belong to, if they are eligible at all.
    pub group_of: Vec<Option<usize>>,
    pub last_attended: Vec<Option<NaiveDate>>,
    pub last_took_notes: Vec<Option<NaiveDate>>,
    pub unavailable: HashSet<(Who, NaiveDate)>,
    pub groups: Vec<Group>,
    /// In the order they should be served: oldest first, then as entered.
    pub requests: Vec<PendingRequest>,
    /// Highest impact first (see [`sort_for_seats`]).
    pub items: Vec<ItemToReview>,
    pub swaps: Vec<CheckedSwap>,
    pub seed: u64,
    pub cap: usize,
    pub style: RotationStyle,
}

impl<'a> Inputs<'a> {
    pub fn new(
        settings: &ScheduleSettings,
        roster: &'a [Person],
        history: &[PersonHistory],
        open_items: &[OpenItem],
        from: NaiveDate,
    ) -> Result<Self, ScheduleError> {
        let mut people: Vec<&Person> = roster.iter().collect();
        people.sort_by_key_dyn(|p| p.id);
        people.dedup_by_key(|p| p.id);
        let index: HashMap<PersonId, Who> = people
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, i as Who))
            .collect();
        let changes = &settings.hand_changes;
        let lookup = |id: PersonId| index.get(&id).copied();
        let replaced: HashSet<Who> = changes
            .replaced
            .iter()
            .filter_map(|&id| lookup(id))
            .collect();

        let mut last_attended = vec![None; people.len()];
        let mut last_took_notes = vec![None; people.len()];
        for entry in history {
            if let Some(who) = lookup(entry.person) {
                let who = who as usize;
                last_attended[who] = last_attended[who].max(entry.last_attended);
                last_took_notes[who] = last_took_notes[who].max(entry.last_took_notes);
            }
        }

        let (groups, group_of) = split_into_groups(settings, &people, &replaced)?;
        let unavailable: HashSet<(Who, NaiveDate)> = changes
            .unavailable
            .iter()
            .filter_map(|u| Some((lookup(u.person)?, u.date)))
            .collect();

        let mut requests = Vec::new();
        for request in &changes.requests {
            let who = lookup(request.person).ok_or(ScheduleError::UnknownPerson(request.person))?;
            let person = people[who as usize];
            if request.is_done(last_attended[who as usize]) {
                continue;
            }
            if !person.active {
                return Err(ScheduleError::RequestForInactive {
                    name: person.name.clone(),
                });
            }
            if !person.is_rotation_eligible() {
                return Err(ScheduleError::RequestForExecutive {
                    name: person.name.clone(),
                });
            }
            requests.push(PendingRequest {
                who,
                made_on: request.made_on,
                reason: request.reason.trim().to_string(),
            });
        }
        requests.sort_by_key_dyn(|r| r.made_on);

        let mut sorted_items = open_items.to_vec();
        sort_for_seats(&mut sorted_items);
        let items = sorted_items
            .into_iter()
            .map(|item| ItemToReview {
                owner: lookup(item.owner),
                item,
            })
            .collect();

        let mut swaps = Vec::new();
        for swap in changes.swaps.iter().filter(|s| s.date >= from) {
            let out =
                lookup(swap.swapped_out).ok_or(ScheduleError::UnknownPerson(swap.swapped_out))?;
            let into =
                lookup(swap.swapped_in).ok_or(ScheduleError::UnknownPerson(swap.swapped_in))?;
            let name = |who: Who| people[who as usize].name.clone();
            if !people[into as usize].is_rotation_eligible() {
                return Err(ScheduleError::SwapInNotEligible { name: name(into) });
            }
            if unavailable.contains(&(into, swap.date)) {
                return Err(ScheduleError::SwapInUnavailable {
                    name: name(into),
                    date: swap.date,
                });
            }
            if let Some(g) = group_of[out as usize] {
                if groups[g].core.contains(&out) {
                    return Err(ScheduleError::SwapOutCore { name: name(out) });
                }
                if group_of[into as usize] != Some(g) {
                    return Err(ScheduleError::SwapAcrossGroups {
                        out: name(out),
                        into: name(into),
                    });
                }
            }
            swaps.push(CheckedSwap {
                date: swap.date,
                out,
                into,
            });
        }

        Ok(Self {
            team: people.iter().map(|p| slot(p.team.kind())).collect(),
            people,
            group_of,
            last_attended,
            last_took_notes,
            unavailable,
            groups,
            requests,
            items,
            swaps,
            seed: settings.seed,
            cap: settings.seat_cap.seats(),
            style: settings.rotation,
        })
    }

    pub fn id(&self, who: Who) -> PersonId {
        self.people[who as usize].id
    }

    pub fn name(&self, who: Who) -> String {
        self.people[who as usize].name.clone()
    }

    pub fn team_kind(&self, who: Who) -> TeamKind {
        self.people[who as usize].team.kind()
    }

    /// Eligible and not marked unavailable on `date`.
    pub fn can_attend(&self, who: Who, date: NaiveDate) -> bool {
        self.people[who as usize].is_rotation_eligible() && !self.unavailable.contains(&(who, date))
    }
}

fn group_label(settings: &ScheduleSettings, person: &Person) -> Option<String> {
    if !settings.by_group {
        return None;
    }
    let label = person.group.as_deref()?.trim();
    (!label.is_empty()).then(|| label.to_string())
}

/// Eligible people by group; groups with nobody to seat are left out.
fn split_into_groups(
    settings: &ScheduleSettings,
    people: &[&Person],
    replaced: &HashSet<Who>,
) -> Result<(Vec<Group>, Vec<Option<usize>>), ScheduleError> {
    let mut by_label: BTreeMap<Option<String>, Vec<Who>> = BTreeMap::new();
    for (who, person) in people.iter().enumerate() {
        if person.is_rotation_eligible() {
            by_label
                .entry(group_label(settings, person))
                .or_default()
                .push(who as Who);
        }
    }
    let cap = settings.seat_cap.get();
    let mut groups = Vec::new();
    let mut group_of = vec![None; people.len()];
    for (label, members) in by_label {
        let mut group = Group {
            label,
            core: Vec::new(),
            pools: Default::default(),
        };
        for &who in members.iter().filter(|w| !replaced.contains(w)) {
            let person = people[who as usize];
            if person.core {
                group.core.push(who);
            } else {
                group.pools[slot(person.team.kind())].push(who);
            }
        }
        if group.core.len() > usize::from(cap) {
            return Err(ScheduleError::TooManyCoreMembers {
                group: describe_group(settings, group.label.as_deref()),
                core: group.core.len(),
                cap,
            });
        }
        if group.core.is_empty() && group.pools.iter().all(Vec::is_empty) {
            continue;
        }
        for &who in &members {
            group_of[who as usize] = Some(groups.len());
        }
        groups.push(group);
    }
    if groups.is_empty() {
        return Err(ScheduleError::EmptyRoster);
    }
    Ok((groups, group_of))
}

fn describe_group(settings: &ScheduleSettings, label: Option<&str>) -> String {
    match label {
        Some(label) => format!("The group “{label}”"),
        None if settings.by_group => "The people without a group".to_string(),
        None => "The roster".to_string(),
    }
}
