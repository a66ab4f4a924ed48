//! The rotation planner on large rosters, and how well it mixes Sales and Marketing compared
//! with plain round-robin.

use chrono::TimeDelta;
use criterion::Criterion;
use smarketing::domain::ids::ActionItemId;
use smarketing::domain::person::{Person, TeamKind};
use smarketing::domain::scheduler::{
    AttendanceReason, IcsOptions, OpenItem, Plan, RotationStyle, plan, to_ics,
};
use smarketing::domain::time::Timestamp;
use std::collections::HashSet;
use std::hint::black_box;

use crate::fixtures::{history, organization, settings, start};

pub fn benches(c: &mut Criterion) {
    let strict = RotationStyle::StrictTurns;
    let mixed = RotationStyle::MixEachRound;
    let cases = [
        (
            "scheduler/plan 52 meetings, 1,000 people",
            1_000,
            52,
            1,
            strict,
        ),
        (
            "scheduler/plan 104 meetings, 10,000 people",
            10_000,
            104,
            1,
            strict,
        ),
        (
            "scheduler/plan 104 meetings, 10,000 people, mixing each round",
            10_000,
            104,
            1,
            mixed,
        ),
        (
            "scheduler/plan 104 meetings, 10,000 people in 20 groups",
            10_000,
            104,
            20,
            strict,
        ),
    ];
    for (name, size, meetings, groups, rotation) in cases {
        let people = organization(size, groups);
        let history = history(&people);
        let settings = settings(meetings, groups > 1, rotation);
        c.bench_function(name, |b| {
            b.iter(|| plan(black_box(&settings), &people, &history, &[], start()).unwrap())
        });
    }

    // A busy quarter: 150 open action items, due over the year, each owner seated at its review.
    let people = organization(1_000, 1);
    let items: Vec<OpenItem> = (0..150u64)
        .map(|n| OpenItem {
            id: ActionItemId::from_u128(u128::from(n) + 1),
            owner: people[(n as usize * 7) % people.len()].id,
            what: format!("Deliverable {n}"),
            due: Some(start() + chrono::Days::new(n * 2)),
            impact: (n % 6) as u8,
        })
        .collect();
    let history = history(&people);
    let with_items = settings(52, false, strict);
    c.bench_function(
        "scheduler/plan 52 meetings, 1,000 people, 150 open items",
        |b| b.iter(|| plan(black_box(&with_items), &people, &history, &items, start()).unwrap()),
    );

    let planned = plan(&settings(52, false, strict), &people, &[], &[], start()).unwrap();
    let agenda = vec!["Review actions".to_string(), "New problems".to_string()];
    let options = IcsOptions {
        stamp: Timestamp(1_764_000_000_000),
        duration: TimeDelta::minutes(45),
        title: "Smarketing meeting",
        agenda: &agenda,
        to_utc: &|local| Some(Timestamp(local.and_utc().timestamp_millis())),
        organizer: people.first(),
    };
    c.bench_function("scheduler/ics export of 52 meetings", |b| {
        b.iter(|| to_ics(black_box(&planned), &people, &options))
    });

    report_mixing();
}

/// Prints the share of possible Sales–Marketing pairs that meet over a year of weekly
/// meetings: the planner in both styles, and round-robin with the strict plan's seats.
fn report_mixing() {
    println!("\nSales–Marketing pairs that meet within 52 meetings:");
    println!("  people  strict turns  mix each round  round-robin  possible pairs");
    for size in [20, 30, 40, 60, 80, 120, 1_000] {
        let people = organization(size, 1);
        let share = |rotation| {
            let planned = plan(&settings(52, false, rotation), &people, &[], &[], start()).unwrap();
            (planned.mixing.share(), planned)
        };
        let (strict, strict_plan) = share(RotationStyle::StrictTurns);
        let (mixed, _) = share(RotationStyle::MixEachRound);
        println!(
            "  {size:>6}  {:>11.1}%  {:>13.1}%  {:>10.1}%  {:>14}",
            100.0 * strict,
            100.0 * mixed,
            100.0 * round_robin_share(&people, &strict_plan),
            strict_plan.mixing.cross_team_pairs_possible
        );
    }
}

/// Round-robin: each team's rotation seats in every meeting go to the next people in roster
/// order; core members attend as in the plan.
fn round_robin_share(people: &[Person], planned: &Plan) -> f64 {
    let rotating = |team: TeamKind| -> Vec<&Person> {
        people
            .iter()
            .filter(|p| p.is_rotation_eligible() && !p.core && p.team.kind() == team)
            .collect()
    };
    let teams = [
        rotating(TeamKind::Sales),
        rotating(TeamKind::Marketing),
        rotating(TeamKind::Other),
    ];
    let mut next = [0; 3];
    let mut met = HashSet::new();
    for meeting in &planned.meetings {
        let mut room: Vec<&Person> = people
            .iter()
            .filter(|p| meeting.reason_for(p.id) == Some(&AttendanceReason::CoreMember))
            .collect();
        for (t, team) in teams.iter().enumerate() {
            let kind = [TeamKind::Sales, TeamKind::Marketing, TeamKind::Other][t];
            let seats = meeting
                .attendees
                .iter()
                .filter(|a| a.team == kind && a.reason != AttendanceReason::CoreMember)
                .count();
            for _ in 0..seats.min(team.len()) {
                room.push(team[next[t] % team.len()]);
                next[t] += 1;
            }
        }
        for a in &room {
            for b in &room {
                if a.team.kind() == TeamKind::Sales && b.team.kind() == TeamKind::Marketing {
                    met.insert((a.id, b.id));
                }
            }
        }
    }
    met.len() as f64 / planned.mixing.cross_team_pairs_possible.max(1) as f64
}
