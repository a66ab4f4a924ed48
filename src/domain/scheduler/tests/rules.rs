//! One test (or a few) per rule of the rotation, on small rosters that make the rule visible.

use super::*;
use std::collections::HashSet;

// Rule 1: the cap.

#[test]
fn a_meeting_never_has_more_than_the_cap() {
    let people = roster(20, 15, 5);
    for cap in 2..=9 {
        let mut s = settings(1, cap, 12);
        s.hand_changes.requests = vec![
            AttendanceRequest::raised_problem(id(SALES + 19), first_tuesday()),
            AttendanceRequest::raised_problem(id(MARKETING + 14), first_tuesday()),
            AttendanceRequest::raised_problem(id(OTHER + 4), first_tuesday()),
        ];
        let plan = plan_from_start(&s, &people).unwrap();
        assert_eq!(plan.meetings.len(), 12);
        for meeting in &plan.meetings {
            assert!(meeting.attendees.len() <= cap as usize);
            assert_eq!(meeting.split.total(), meeting.attendees.len());
        }
    }
}

#[test]
fn a_cap_outside_two_to_nine_cannot_be_set() {
    assert_eq!(SeatCap::new(10), Err(ScheduleError::SeatCapOutOfRange(10)));
    assert_eq!(SeatCap::new(1), Err(ScheduleError::SeatCapOutOfRange(1)));
    let mut json = serde_json::to_value(settings(1, 9, 8)).unwrap();
    json["seat_cap"] = 10.into();
    assert!(serde_json::from_value::<ScheduleSettings>(json).is_err());
}

#[test]
fn small_rosters_seat_everyone_up_to_the_cap() {
    let people = roster(2, 2, 0);
    let plan = plan_from_start(&settings(1, 9, 3), &people).unwrap();
    assert!(plan.meetings.iter().all(|m| m.attendees.len() == 4));
}

// Rule 2: who is never scheduled.

#[test]
fn executives_inactive_and_unavailable_people_are_never_scheduled() {
    let mut people = roster(12, 12, 0);
    people[0].executive = true; // cut from the top
    people[1].active = false;
    people[2].executive = true;
    people[2].executive_opt_in = true; // invited anyway
    let mut s = settings(3, 6, 16);
    s.hand_changes.unavailable = (0..16)
        .map(|week| Unavailability {
            person: people[3].id,
            date: first_tuesday() + chrono::Days::new(7 * week),
        })
        .collect();
    let plan = plan_from_start(&s, &people).unwrap();
    for meeting in &plan.meetings {
        assert!(!meeting.attends(people[0].id));
        assert!(!meeting.attends(people[1].id));
        assert!(!meeting.attends(people[3].id));
    }
    assert!(plan.meetings.iter().any(|m| m.attends(people[2].id)));
    assert!(plan.fairness_of(people[0].id).is_none());
}

#[test]
fn an_executive_core_member_who_has_not_opted_in_stays_out() {
    let mut people = roster(4, 4, 0);
    people[0].executive = true;
    people[0].core = true;
    let plan = plan_from_start(&settings(1, 4, 4), &people).unwrap();
    assert!(plan.meetings.iter().all(|m| !m.attends(people[0].id)));
}

// Rule 3: core members.

#[test]
fn core_members_always_attend_and_take_seats() {
    let mut people = roster(10, 10, 0);
    people[0].core = true;
    people[10].core = true;
    let plan = plan_from_start(&settings(5, 6, 10), &people).unwrap();
    for meeting in &plan.meetings {
        assert_eq!(meeting.attendees.len(), 6);
        for core in [people[0].id, people[10].id] {
            assert_eq!(
                meeting.reason_for(core),
                Some(&AttendanceReason::CoreMember)
            );
        }
    }
}

#[test]
fn an_unavailable_core_member_frees_their_seat_for_the_rotation() {
    let mut people = roster(6, 6, 0);
    people[0].core = true;
    let mut s = settings(5, 4, 2);
    s.hand_changes.unavailable = vec![Unavailability {
        person: people[0].id,
        date: first_tuesday(),
    }];
    let plan = plan_from_start(&s, &people).unwrap();
    assert!(!plan.meetings[0].attends(people[0].id));
    assert_eq!(plan.meetings[0].attendees.len(), 4);
    assert!(plan.meetings[1].attends(people[0].id));
}

// Rule 4: seats by team share.

#[test]
fn seats_follow_each_teams_share_of_the_roster() {
    // 8 rotation seats; quotas 5.33 Sales, 2.67 Marketing: 5 and 3.
    let mut people = roster(20, 10, 0);
    people[20].core = true; // a Marketing facilitator: does not count in the shares
    let plan = plan_from_start(&settings(2, 9, 6), &people).unwrap();
    for meeting in &plan.meetings {
        let rotation = |team: TeamKind| {
            meeting
                .attendees
                .iter()
                .filter(|a| a.team == team && a.reason != AttendanceReason::CoreMember)
                .count()
        };
        // 8 seats over 20 Sales and 9 Marketing: 5.52 and 2.48, rounded down or up.
        assert!((5..=6).contains(&rotation(TeamKind::Sales)));
        assert!((2..=3).contains(&rotation(TeamKind::Marketing)));
        assert_eq!(rotation(TeamKind::Sales) + rotation(TeamKind::Marketing), 8);
    }
    // Over the six meetings: 33.1 and 14.9 seats, so 33 and 15.
    let sales_seats: usize = plan.meetings.iter().map(|m| m.split.sales).sum();
    assert_eq!(sales_seats, 33);
}

#[test]
fn sales_and_marketing_each_get_a_seat_even_when_small() {
    let people = roster(40, 1, 0);
    let plan = plan_from_start(&settings(2, 4, 5), &people).unwrap();
    for meeting in &plan.meetings {
        assert_eq!(meeting.split.marketing, 1);
        assert_eq!(meeting.split.sales, 3);
    }
}

#[test]
fn other_takes_seats_only_by_share_or_by_request() {
    // Other's quota is 8 × 2/42 = 0.38 of a seat: a seat in about three meetings of eight,
    // never the first (Sales and Marketing are further behind until then).
    let people = roster(20, 20, 2);
    let mut s = settings(2, 8, 8);
    let plan = plan_from_start(&s, &people).unwrap();
    let other_seats = |plan: &Plan| plan.meetings.iter().map(|m| m.split.other).collect();
    let by_share: Vec<usize> = other_seats(&plan);
    assert_eq!(by_share.iter().sum::<usize>(), 3, "{by_share:?}");
    assert_eq!(by_share[0], 0);

    // A request brings a support person in out of turn, on top of the share.
    s.hand_changes.requests = vec![AttendanceRequest::raised_problem(
        id(OTHER),
        first_tuesday(),
    )];
    let plan = plan_from_start(&s, &people).unwrap();
    assert_eq!(plan.meetings[0].split.other, 1);
    assert!(plan.meetings[0].attends(id(OTHER)));

    // With a bigger share, Other rotates like everyone else.
    let people = roster(10, 10, 5);
    let plan = plan_from_start(&settings(2, 9, 5), &people).unwrap();
    // Its quota is 1.8 seats: one or two a meeting, nine over five meetings.
    let seats: Vec<usize> = other_seats(&plan);
    assert!(seats.iter().all(|&n| n == 1 || n == 2), "{seats:?}");
    assert_eq!(seats.iter().sum::<usize>(), 9);
}

// Rule 5: fairness.

#[test]
fn teammates_attend_equally_often_over_any_run_of_meetings() {
    let people = roster(11, 7, 4);
    let plan = plan_from_start(&settings(9, 7, 30), &people).unwrap();
    for team in [SALES, MARKETING, OTHER] {
        let members: Vec<PersonId> = people
            .iter()
            .filter(|p| p.id >= id(team) && p.id < id(team + 1_000))
            .map(|p| p.id)
            .collect();
        for start in 0..plan.meetings.len() {
            for end in start + 1..=plan.meetings.len() {
                let counts = attendance(&plan.meetings[start..end], &members);
                let (low, high) = (counts.iter().min(), counts.iter().max());
                assert!(
                    high.unwrap() - low.unwrap() <= 1,
                    "meetings {start}..{end}: {counts:?}"
                );
            }
        }
    }
}

#[test]
fn whoever_waited_longest_goes_first() {
    let people = roster(6, 6, 0);
    let history: Vec<PersonHistory> = people
        .iter()
        .enumerate()
        // Person 0 of each team waited longest.
        .map(|(i, p)| attended(p.id, day(2025, 5, 1 + (i % 6) as u32)))
        .collect();
    let plan = plan(&settings(4, 4, 3), &people, &history, &[], first_tuesday()).unwrap();
    let first = &plan.meetings[0];
    for who in [SALES, SALES + 1, MARKETING, MARKETING + 1] {
        assert_eq!(
            first.reason_for(id(who)),
            Some(&AttendanceReason::LongestSinceLastAttended)
        );
    }
    let second = &plan.meetings[1];
    assert!(second.attends(id(SALES + 2)) && second.attends(id(MARKETING + 3)));
}

#[test]
fn the_same_inputs_give_the_same_plan_and_the_seed_decides_ties() {
    let people = roster(12, 9, 3);
    let s = settings(11, 7, 10);
    let one = plan_from_start(&s, &people).unwrap();
    assert_eq!(one, plan_from_start(&s, &people).unwrap());

    let mut reversed = people.clone();
    reversed.reverse();
    assert_eq!(one, plan_from_start(&s, &reversed).unwrap());

    let other_seed = plan_from_start(&settings(12, 7, 10), &people).unwrap();
    assert_ne!(one.meetings, other_seed.meetings);
}

#[test]
fn newcomers_get_their_first_turn_before_those_who_attended() {
    let people = roster(4, 4, 0);
    let history = vec![attended(id(SALES), day(2025, 5, 27))];
    let plan = plan(&settings(4, 6, 1), &people, &history, &[], first_tuesday()).unwrap();
    let meeting = &plan.meetings[0];
    assert!(!meeting.attends(id(SALES)));
    assert_eq!(
        meeting.reason_for(id(SALES + 1)),
        Some(&AttendanceReason::FirstTurn)
    );
}

// Rule 6: requests, bumps and absences.

#[test]
fn a_requested_person_attends_the_next_meeting_and_bumps_the_last_in_line() {
    let people = roster(9, 9, 0);
    // Everyone attended on a different day: no ties, so the order is plain.
    let history: Vec<PersonHistory> = people
        .iter()
        .enumerate()
        .map(|(i, p)| attended(p.id, day(2025, 5, 1 + i as u32)))
        .collect();
    let mut s = settings(6, 4, 4);
    let baseline = plan(&s, &people, &history, &[], first_tuesday()).unwrap();
    // The last Sales person to have attended raises a problem: their turn is far off.
    let asker = id(SALES + 8);
    assert!(!baseline.meetings[..3].iter().any(|m| m.attends(asker)));
    s.hand_changes.requests = vec![AttendanceRequest::raised_problem(asker, first_tuesday())];
    let plan = plan(&s, &people, &history, &[], first_tuesday()).unwrap();

    let first = &plan.meetings[0];
    assert_eq!(
        first.reason_for(asker).map(ToString::to_string).as_deref(),
        Some("requested: raised a problem")
    );
    assert_eq!(first.attendees.len(), 4);
    // Sales had seats for 1000 and 1001; 1001 was last in line and gives up the seat.
    assert_eq!(first.bumped, [id(SALES + 1)]);
    assert!(first.attends(id(SALES)));
    let second = &plan.meetings[1];
    assert_eq!(
        first_seat(second, TeamKind::Sales),
        Some(id(SALES + 1)),
        "the bumped person has the first Sales seat next time"
    );
    assert_eq!(
        second.reason_for(id(SALES + 1)),
        Some(&AttendanceReason::BackAfterBump)
    );
}

#[test]
fn a_request_that_is_their_turn_anyway_bumps_nobody() {
    let people = roster(6, 6, 0);
    let mut s = settings(6, 4, 2);
    let baseline = plan_from_start(&s, &people).unwrap();
    let in_turn = first_seat(&baseline.meetings[0], TeamKind::Sales).unwrap();
    s.hand_changes.requests = vec![AttendanceRequest::raised_problem(in_turn, first_tuesday())];
    let plan = plan_from_start(&s, &people).unwrap();
    assert!(plan.meetings[0].bumped.is_empty());
    let ids = |m: &PlannedMeeting| m.attendees.iter().map(|a| a.person).collect::<HashSet<_>>();
    assert_eq!(ids(&plan.meetings[0]), ids(&baseline.meetings[0]));
}

#[test]
fn a_request_waits_for_a_meeting_the_person_can_attend() {
    let people = roster(8, 8, 0);
    let mut s = settings(6, 4, 4);
    let asker = id(SALES + 7);
    s.hand_changes.requests = vec![AttendanceRequest::raised_problem(asker, day(2025, 6, 1))];
    s.hand_changes.unavailable = vec![Unavailability {
        person: asker,
        date: first_tuesday(),
    }];
    let plan = plan_from_start(&s, &people).unwrap();
    assert!(!plan.meetings[0].attends(asker));
    assert!(matches!(
        plan.meetings[1].reason_for(asker),
        Some(AttendanceReason::Requested { .. })
    ));
}

#[test]
fn requests_beyond_the_free_seats_wait_for_the_next_meeting() {
    let mut people = roster(8, 8, 0);
    people[0].core = true;
    let mut s = settings(6, 3, 3);
    s.hand_changes.requests = [3, 4, 5]
        .map(|i| AttendanceRequest::raised_problem(id(SALES + i), first_tuesday()))
        .to_vec();
    let plan = plan_from_start(&s, &people).unwrap();
    let requested = |m: &PlannedMeeting| {
        m.attendees
            .iter()
            .filter(|a| matches!(a.reason, AttendanceReason::Requested { .. }))
            .count()
    };
    assert_eq!(requested(&plan.meetings[0]), 2);
    assert!(plan.meetings[1].attends(id(SALES + 5)));
    assert!(plan.meetings.iter().all(|m| m.attendees.len() <= 3));
}

#[test]
fn a_request_already_honoured_in_history_is_ignored() {
    let people = roster(8, 8, 0);
    let mut s = settings(6, 4, 2);
    let asker = id(SALES + 7);
    s.hand_changes.requests = vec![AttendanceRequest::raised_problem(asker, day(2025, 5, 20))];
    let history = vec![attended(asker, day(2025, 5, 27))];
    let plan = plan(&s, &people, &history, &[], first_tuesday()).unwrap();
    assert!(
        plan.meetings
            .iter()
            .flat_map(|m| &m.attendees)
            .all(|a| !matches!(a.reason, AttendanceReason::Requested { .. }))
    );
}

#[test]
fn someone_away_when_their_turn_came_goes_first_when_back() {
    let people = roster(8, 8, 0);
    let mut s = settings(6, 4, 4);
    let baseline = plan_from_start(&s, &people).unwrap();
    let away = first_seat(&baseline.meetings[1], TeamKind::Marketing).unwrap();
    s.hand_changes.unavailable = vec![Unavailability {
        person: away,
        date: day(2025, 6, 10),
    }];
    let plan = plan_from_start(&s, &people).unwrap();
    assert!(!plan.meetings[1].attends(away));
    let third = &plan.meetings[2];
    assert_eq!(first_seat(third, TeamKind::Marketing), Some(away));
    assert_eq!(
        third.reason_for(away),
        Some(&AttendanceReason::BackAfterAway)
    );
}

#[test]
fn no_one_starves_despite_requests_and_absences() {
    let people = roster(9, 6, 0);
    let mut s = settings(8, 5, 20);
    s.hand_changes.requests = (0..6)
        .map(|i| {
            let week = first_tuesday() + chrono::Days::new(7 * i);
            AttendanceRequest::raised_problem(id(SALES + u128::from(i % 2)), week)
        })
        .collect();
    s.hand_changes.unavailable = (0..20)
        .filter(|w| w % 3 == 0)
        .map(|w| Unavailability {
            person: id(MARKETING + 2),
            date: first_tuesday() + chrono::Days::new(7 * w),
        })
        .collect();
    let plan = plan_from_start(&s, &people).unwrap();
    for p in &people {
        let row = plan.fairness_of(p.id).unwrap();
        assert!(
            row.meetings >= 3,
            "{} attends {} times",
            p.name,
            row.meetings
        );
    }
}

// Rule 7: the note-taker.

#[test]
fn the_note_taker_attends_rotates_and_is_never_the_same_twice_running() {
    let mut people = roster(3, 3, 0);
    people[0].core = true;
    let plan = plan_from_start(&settings(3, 3, 12), &people).unwrap();
    let mut previous = None;
    let mut last_took: std::collections::HashMap<PersonId, usize> = Default::default();
    for (i, meeting) in plan.meetings.iter().enumerate() {
        let taker = meeting.note_taker.unwrap();
        assert!(meeting.attends(taker));
        assert_ne!(Some(taker), previous);
        // Nobody in the room took notes less recently.
        let mine = last_took.get(&taker).copied();
        for a in &meeting.attendees {
            if a.person != taker && Some(a.person) != previous {
                let theirs = last_took.get(&a.person).copied();
                assert!(mine <= theirs, "meeting {i}");
            }
        }
        last_took.insert(taker, i);
        previous = Some(taker);
    }
}

#[test]
fn the_note_taker_continues_from_history() {
    let mut people = roster(1, 1, 0);
    people[0].core = true;
    people[1].core = true;
    let history = vec![
        PersonHistory {
            person: people[0].id,
            last_attended: Some(day(2025, 5, 27)),
            last_took_notes: Some(day(2025, 5, 27)),
        },
        PersonHistory {
            person: people[1].id,
            last_attended: Some(day(2025, 5, 27)),
            last_took_notes: Some(day(2025, 5, 20)),
        },
    ];
    let plan = plan(&settings(1, 2, 3), &people, &history, &[], first_tuesday()).unwrap();
    let takers: Vec<_> = plan
        .meetings
        .iter()
        .map(|m| m.note_taker.unwrap())
        .collect();
    assert_eq!(takers, [people[1].id, people[0].id, people[1].id]);
}

#[test]
fn a_lone_attendee_takes_notes_again() {
    let mut people = roster(1, 0, 0);
    people[0].core = true;
    let plan = plan_from_start(&settings(1, 2, 2), &people).unwrap();
    assert!(
        plan.meetings
            .iter()
            .all(|m| m.note_taker == Some(people[0].id))
    );
}

// Rule 8: mixing.

/// Sum over pairs of (times met)²: what mixing keeps low.
fn repeat_score(plan: &Plan) -> u64 {
    let mut met: std::collections::HashMap<(PersonId, PersonId), u64> = Default::default();
    for m in &plan.meetings {
        for a in &m.attendees {
            for b in &m.attendees {
                if a.person < b.person {
                    *met.entry((a.person, b.person)).or_default() += 1;
                }
            }
        }
    }
    met.values().map(|n| n * n).sum()
}

#[test]
fn strict_turns_mix_exactly_as_well_as_round_robin() {
    // Strict turns leave ties only between people with identical histories, who have met
    // exactly the same people: relabelling them cannot change who meets whom.
    let people = roster(11, 9, 3);
    let plan = plan_from_start(&settings(21, 7, 40), &people).unwrap();
    let round_robin = round_robin_plan(&people, &plan);
    assert_eq!(plan.mixing, round_robin.mixing);
}

#[test]
fn strict_turns_lock_teams_whose_size_is_a_multiple_of_their_seats() {
    // 20 Sales and 20 Marketing with 4 seats each: five fixed foursomes on each side,
    // always meeting the same partners.
    let people = roster(20, 20, 5);
    let plan = plan_from_start(&settings(21, 9, 52), &people).unwrap();
    assert!((plan.mixing.share() - 0.2).abs() < 1e-9);
}

#[test]
fn mixing_each_round_lets_locked_teams_meet_everyone() {
    let people = roster(20, 20, 5);
    let mut s = settings(21, 9, 52);
    let strict = plan_from_start(&s, &people).unwrap();
    s.rotation = RotationStyle::MixEachRound;
    let mixed = plan_from_start(&s, &people).unwrap();
    assert!(mixed.mixing.share() > 0.9, "share {}", mixed.mixing.share());
    assert!(repeat_score(&mixed) * 2 < repeat_score(&strict));
    assert!(repeat_score(&mixed) < repeat_score(&round_robin_plan(&people, &mixed)));
}

#[test]
fn mixing_each_round_keeps_counts_within_one_from_the_start_of_the_plan() {
    let people = roster(11, 7, 4);
    let mut s = settings(9, 7, 30);
    s.rotation = RotationStyle::MixEachRound;
    let plan = plan_from_start(&s, &people).unwrap();
    for team in [SALES, MARKETING, OTHER] {
        let members: Vec<PersonId> = people
            .iter()
            .filter(|p| p.id >= id(team) && p.id < id(team + 1_000))
            .map(|p| p.id)
            .collect();
        for end in 1..=plan.meetings.len() {
            let counts = attendance(&plan.meetings[..end], &members);
            let (low, high) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
            assert!(high - low <= 1, "first {end} meetings: {counts:?}");
        }
    }
    let reasons: HashSet<String> = plan.meetings[5]
        .attendees
        .iter()
        .map(|a| a.reason.to_string())
        .collect();
    assert!(reasons.contains("not yet attended this round"));
}

/// The same seats per team, filled by cycling through each team in roster order.
fn round_robin_plan(people: &[Person], like: &Plan) -> Plan {
    let mut next = [0usize; 3];
    let teams: Vec<Vec<PersonId>> = [TeamKind::Sales, TeamKind::Marketing, TeamKind::Other]
        .iter()
        .map(|&t| {
            people
                .iter()
                .filter(|p| p.team.kind() == t)
                .map(|p| p.id)
                .collect()
        })
        .collect();
    let mut met = HashSet::new();
    let meetings: Vec<PlannedMeeting> = like
        .meetings
        .iter()
        .map(|m| {
            let seats = [m.split.sales, m.split.marketing, m.split.other];
            let mut attendees = Vec::new();
            for (t, team) in teams.iter().enumerate() {
                for _ in 0..seats[t] {
                    attendees.push(Attendee {
                        person: team[next[t] % team.len()],
                        team: [TeamKind::Sales, TeamKind::Marketing, TeamKind::Other][t],
                        reason: AttendanceReason::LongestSinceLastAttended,
                    });
                    next[t] += 1;
                }
            }
            for a in &attendees {
                for b in &attendees {
                    if a.team == TeamKind::Sales && b.team == TeamKind::Marketing {
                        met.insert((a.person, b.person));
                    }
                }
            }
            PlannedMeeting {
                attendees,
                ..m.clone()
            }
        })
        .collect();
    Plan {
        meetings,
        fairness: Vec::new(),
        mixing: MixingReport {
            cross_team_pairs_met: met.len() as u64,
            cross_team_pairs_possible: like.mixing.cross_team_pairs_possible,
        },
        notes: Vec::new(),
    }
}

#[test]
fn the_mixing_figure_counts_sales_marketing_pairs_that_met() {
    // Everyone fits: every one of the 3 × 2 pairs meets in the first meeting.
    let people = roster(3, 2, 1);
    let plan = plan_from_start(&settings(1, 9, 2), &people).unwrap();
    assert_eq!(plan.mixing.cross_team_pairs_possible, 6);
    assert_eq!(plan.mixing.cross_team_pairs_met, 6);
    assert_eq!(plan.mixing.share(), 1.0);
}

// Rule 9: replaced non-contributors.

#[test]
fn replaced_people_leave_the_rotation_and_reinvited_ones_return() {
    let people = roster(6, 6, 0);
    let mut s = settings(2, 4, 12);
    s.hand_changes.replaced = vec![id(SALES + 1), id(MARKETING + 2)];
    let plan = plan_from_start(&s, &people).unwrap();
    for meeting in &plan.meetings {
        assert!(!meeting.attends(id(SALES + 1)));
        assert!(!meeting.attends(id(MARKETING + 2)));
    }
    assert!(plan.fairness_of(id(SALES + 1)).is_none());

    s.hand_changes.replaced.retain(|&p| p != id(SALES + 1)); // re-invited
    let plan = plan_from_start(&s, &people).unwrap();
    assert!(plan.meetings.iter().any(|m| m.attends(id(SALES + 1))));
    assert!(plan.meetings.iter().all(|m| !m.attends(id(MARKETING + 2))));
}

// Rule 10: reproducible from stored settings.

#[test]
fn stored_settings_reproduce_the_identical_plan() {
    let people = roster(10, 8, 3);
    let mut s = settings(u64::MAX - 12_345, 7, 10);
    s.by_group = false;
    s.hand_changes = HandChanges {
        unavailable: vec![Unavailability {
            person: id(SALES + 2),
            date: day(2025, 6, 10),
        }],
        requests: vec![AttendanceRequest::raised_problem(
            id(MARKETING + 7),
            first_tuesday(),
        )],
        skipped_dates: vec![day(2025, 6, 17)],
        swaps: vec![],
        replaced: vec![id(OTHER + 1)],
    };
    let original = plan_from_start(&s, &people).unwrap();
    s.hand_changes.swaps = vec![Swap {
        date: day(2025, 6, 24),
        swapped_out: original.meetings[2]
            .attendees
            .iter()
            .find(|a| a.team == TeamKind::Sales && a.reason != AttendanceReason::CoreMember)
            .unwrap()
            .person,
        swapped_in: id(SALES + 9),
    }];
    let original = plan_from_start(&s, &people).unwrap();
    let json = serde_json::to_string(&s).unwrap();
    let restored: ScheduleSettings = serde_json::from_str(&json).unwrap();
    assert_eq!(restored, s);
    assert_eq!(plan_from_start(&restored, &people).unwrap(), original);
}

// Hand swaps.

#[test]
fn a_swap_offers_the_seated_but_core_members_out_and_the_eligible_others_in() {
    let mut people = roster(6, 6, 0);
    people[0].core = true;
    people[7].executive = true; // never picked, so never offered
    people[8].active = false;
    let plan = plan_from_start(&settings(1, 5, 2), &people).unwrap();
    let meeting = &plan.meetings[0];
    let ids = |found: Vec<&Person>| found.into_iter().map(|p| p.id).collect::<HashSet<_>>();
    let seated: HashSet<_> = meeting.attendees.iter().map(|a| a.person).collect();

    let out = ids(meeting.may_swap_out(&people));
    assert!(
        !out.contains(&people[0].id),
        "a core member keeps their seat"
    );
    assert_eq!(out.len(), seated.len() - 1);
    assert!(out.is_subset(&seated));

    let into = ids(meeting.may_swap_in(&people));
    assert!(into.is_disjoint(&seated));
    assert!(!into.contains(&people[7].id) && !into.contains(&people[8].id));
    assert_eq!(into.len(), people.len() - seated.len() - 2);
}

#[test]
fn a_swap_is_kept_and_the_rest_is_replanned_around_it() {
    let people = roster(6, 6, 0);
    let mut s = settings(3, 4, 6);
    let baseline = plan_from_start(&s, &people).unwrap();
    let out = first_seat(&baseline.meetings[0], TeamKind::Sales).unwrap();
    let into = people
        .iter()
        .find(|p| p.team.kind() == TeamKind::Sales && !baseline.meetings[0].attends(p.id))
        .unwrap()
        .id;
    s.hand_changes.swaps = vec![Swap {
        date: first_tuesday(),
        swapped_out: out,
        swapped_in: into,
    }];
    let plan = plan_from_start(&s, &people).unwrap();
    assert!(!plan.meetings[0].attends(out));
    assert_eq!(
        plan.meetings[0]
            .reason_for(into)
            .map(ToString::to_string)
            .as_deref(),
        Some("swapped in by hand")
    );
    // The one swapped out kept their place: they are in the next meeting.
    assert!(plan.meetings[1].attends(out));
    assert!(plan.notes.is_empty());
}

#[test]
fn a_swap_that_no_longer_fits_is_noted_not_applied() {
    let people = roster(6, 6, 0);
    let mut s = settings(3, 4, 3);
    let baseline = plan_from_start(&s, &people).unwrap();
    let absent = people
        .iter()
        .find(|p| !baseline.meetings[0].attends(p.id))
        .unwrap()
        .id;
    s.hand_changes.swaps = vec![
        Swap {
            date: first_tuesday(),
            swapped_out: absent,
            swapped_in: id(SALES),
        },
        Swap {
            date: day(2025, 6, 5), // a Thursday
            swapped_out: id(SALES),
            swapped_in: id(SALES + 1),
        },
    ];
    let plan = plan_from_start(&s, &people).unwrap();
    assert_eq!(plan.meetings, baseline.meetings);
    assert_eq!(plan.notes.len(), 2);
    assert!(
        plan.notes[1]
            .to_string()
            .starts_with("There is no meeting on 5 June 2025")
    );
}

// Impossible inputs.

#[test]
fn more_core_members_than_seats_is_an_error() {
    let mut people = roster(5, 5, 0);
    for p in &mut people[..4] {
        p.core = true;
    }
    let error = plan_from_start(&settings(1, 3, 4), &people).unwrap_err();
    assert_eq!(
        error,
        ScheduleError::TooManyCoreMembers {
            group: "The roster".into(),
            core: 4,
            cap: 3
        }
    );
    assert_eq!(
        error.to_string(),
        "The roster has 4 core members but only 3 seats. Make someone not core or raise the seat cap."
    );
}

#[test]
fn an_empty_eligible_roster_is_an_error() {
    assert_eq!(
        plan_from_start(&settings(1, 9, 4), &[]),
        Err(ScheduleError::EmptyRoster)
    );
    let mut people = roster(2, 0, 0);
    people[0].active = false;
    people[1].executive = true;
    assert_eq!(
        plan_from_start(&settings(1, 9, 4), &people),
        Err(ScheduleError::EmptyRoster)
    );
}

#[test]
fn requests_for_inactive_executive_or_unknown_people_are_errors() {
    let mut people = roster(4, 4, 0);
    people[0].active = false;
    people[1].executive = true;
    let mut s = settings(1, 9, 4);
    let ask = |n: u128| vec![AttendanceRequest::raised_problem(id(n), first_tuesday())];

    s.hand_changes.requests = ask(SALES);
    let error = plan_from_start(&s, &people).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Person 1000 is inactive, so they cannot be requested for a meeting."
    );
    s.hand_changes.requests = ask(SALES + 1);
    assert!(matches!(
        plan_from_start(&s, &people),
        Err(ScheduleError::RequestForExecutive { .. })
    ));
    s.hand_changes.requests = ask(99);
    assert_eq!(
        plan_from_start(&s, &people),
        Err(ScheduleError::UnknownPerson(id(99)))
    );
}

#[test]
fn impossible_swaps_are_errors() {
    let mut people = roster(4, 4, 0);
    people[0].core = true;
    people[1].active = false;
    let mut s = settings(1, 4, 4);
    let swap = |out: u128, into: u128| Swap {
        date: first_tuesday(),
        swapped_out: id(out),
        swapped_in: id(into),
    };
    s.hand_changes.swaps = vec![swap(SALES, SALES + 2)];
    assert!(matches!(
        plan_from_start(&s, &people),
        Err(ScheduleError::SwapOutCore { .. })
    ));
    s.hand_changes.swaps = vec![swap(SALES + 2, SALES + 1)];
    assert!(matches!(
        plan_from_start(&s, &people),
        Err(ScheduleError::SwapInNotEligible { .. })
    ));
    s.hand_changes.swaps = vec![swap(SALES + 2, SALES + 3)];
    s.hand_changes.unavailable = vec![Unavailability {
        person: id(SALES + 3),
        date: first_tuesday(),
    }];
    assert!(matches!(
        plan_from_start(&s, &people),
        Err(ScheduleError::SwapInUnavailable { .. })
    ));
}

// Calendar, groups, history and the fairness report.

#[test]
fn skipped_dates_leave_the_horizon_at_n_meetings() {
    let people = roster(4, 4, 0);
    let mut s = settings(1, 4, 5);
    s.hand_changes.skipped_dates = vec![day(2025, 6, 10), day(2025, 6, 24)];
    let plan = plan_from_start(&s, &people).unwrap();
    let dates: Vec<_> = plan.meetings.iter().map(|m| m.date().to_string()).collect();
    assert_eq!(
        dates,
        [
            "2025-06-03",
            "2025-06-17",
            "2025-07-01",
            "2025-07-08",
            "2025-07-15"
        ]
    );
}

#[test]
fn groups_rotate_separately_each_with_its_own_cap() {
    let people = roster_in_groups(12, 12, ["EMEA", "Americas"]);
    let plan = plan_from_start(&settings_by_group(1, 5, 3), &people).unwrap();
    assert_eq!(plan.meetings.len(), 6);
    for meeting in &plan.meetings {
        assert_eq!(meeting.attendees.len(), 5);
        let group = meeting.group.as_deref().unwrap();
        for a in &meeting.attendees {
            let p = people.iter().find(|p| p.id == a.person).unwrap();
            assert_eq!(p.group.as_deref(), Some(group));
        }
    }
    // Same day, groups in name order.
    assert_eq!(plan.meetings[0].group.as_deref(), Some("Americas"));
    assert_eq!(plan.meetings[1].group.as_deref(), Some("EMEA"));
    assert_eq!(plan.meetings[0].date(), plan.meetings[1].date());
}

#[test]
fn too_many_core_members_in_one_group_names_the_group() {
    let mut people = roster(6, 6, 0);
    for p in &mut people[..3] {
        p.core = true;
        p.group = Some("EMEA".into());
    }
    assert_eq!(
        plan_from_start(&settings_by_group(1, 2, 3), &people)
            .unwrap_err()
            .to_string(),
        "The group “EMEA” has 3 core members but only 2 seats. Make someone not core or raise the seat cap."
    );
}

#[test]
fn the_fairness_report_counts_meetings_and_the_longest_gap() {
    // 4 Sales, 2 seats: each attends every other meeting.
    let people = roster(4, 0, 0);
    let plan = plan_from_start(&settings(1, 2, 6), &people).unwrap();
    assert_eq!(plan.fairness.len(), 4);
    for row in &plan.fairness {
        assert_eq!(row.meetings, 3);
        assert_eq!(row.longest_gap, 1);
    }
}

#[test]
fn reasons_read_as_one_line() {
    let lines: Vec<String> = [
        AttendanceReason::CoreMember,
        AttendanceReason::FirstTurn,
        AttendanceReason::LongestSinceLastAttended,
        AttendanceReason::DueThisRound,
        AttendanceReason::BackAfterBump,
        AttendanceReason::BackAfterAway,
        AttendanceReason::Requested {
            reason: "raised a problem".into(),
        },
        AttendanceReason::Requested { reason: " ".into() },
        AttendanceReason::SwappedIn,
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    assert_eq!(
        lines,
        [
            "core member",
            "first turn in the rotation",
            "longest since last attended",
            "not yet attended this round",
            "back after being bumped",
            "back after being away",
            "requested: raised a problem",
            "requested",
            "swapped in by hand"
        ]
    );
}

// Rule 8: owners at their review.

fn item(n: u128, owner: u128, due: Option<NaiveDate>, impact: u8) -> OpenItem {
    OpenItem {
        id: ActionItemId::from_u128(n),
        owner: id(owner),
        what: format!("Deliverable {n}"),
        due,
        impact,
    }
}

fn with_items(s: &ScheduleSettings, people: &[Person], items: &[OpenItem]) -> Plan {
    plan(s, people, &[], items, first_tuesday()).unwrap()
}

#[test]
fn the_owner_of_an_item_presents_at_the_first_meeting_on_or_after_its_due_date() {
    let people = roster(10, 10, 0);
    let items = [
        item(1, SALES + 9, Some(day(2025, 6, 12)), 3),
        item(2, MARKETING + 9, None, 2),
    ];
    let plan = with_items(&settings(3, 6, 4), &people, &items);
    let presents = |m: &PlannedMeeting, who: u128| {
        matches!(
            m.reason_for(id(who)),
            Some(AttendanceReason::Presents { .. })
        )
    };
    // No due date: the next meeting. Due on Thursday the 12th: the Tuesday after.
    assert!(presents(&plan.meetings[0], MARKETING + 9));
    assert!(!plan.meetings[0].attends(id(SALES + 9)) || !presents(&plan.meetings[0], SALES + 9));
    assert!(presents(&plan.meetings[2], SALES + 9));
    assert_eq!(
        plan.meetings[2]
            .reason_for(id(SALES + 9))
            .unwrap()
            .to_string(),
        "presents: Deliverable 1"
    );
    assert!(plan.meetings.iter().all(|m| m.attendees.len() <= 6));
}

#[test]
fn more_owners_than_seats_seats_the_highest_impact_and_asks_the_rest_for_a_written_update() {
    let mut people = roster(6, 6, 0);
    people[0].core = true;
    // Cap 4 with one core member: three seats for eight owners.
    let items: Vec<OpenItem> = (1..=8)
        .map(|n| {
            item(
                n,
                SALES + n % 6 + if n > 5 { 994 } else { 0 },
                None,
                (n % 5) as u8,
            )
        })
        .collect();
    let plan = with_items(&settings(3, 4, 3), &people, &items);
    let first = &plan.meetings[0];
    assert_eq!(first.attendees.len(), 4);
    let seated: Vec<u8> = items
        .iter()
        .filter(|i| first.attends(i.owner))
        .map(|i| i.impact)
        .collect();
    let written: Vec<&WrittenUpdate> = first
        .written_updates
        .iter()
        .filter(|w| w.why == NoSeatReason::CapReached)
        .collect();
    assert!(!written.is_empty());
    let lowest_seated = seated.iter().min().copied().unwrap_or(0);
    for w in &written {
        let impact = items.iter().find(|i| i.id == w.item).unwrap().impact;
        assert!(
            impact <= lowest_seated,
            "impact {impact} left out for {lowest_seated}"
        );
    }
    assert!(plan.notes.iter().any(|n| matches!(
        n,
        PlanNote::OwnersOverCap { date, .. } if *date == first_tuesday()
    )));
    assert!(
        plan.notes
            .iter()
            .any(|n| n.to_string().contains("written update"))
    );
}

#[test]
fn a_core_owner_presents_without_a_second_seat_and_an_executive_owner_writes() {
    let mut people = roster(4, 4, 0);
    people[0].core = true;
    let mut executive = person(SALES + 50);
    executive.executive = true;
    people.push(executive);
    let items = [item(1, SALES, None, 4), item(2, SALES + 50, None, 5)];
    let plan = with_items(&settings(3, 5, 2), &people, &items);
    let first = &plan.meetings[0];
    assert_eq!(
        first.reason_for(id(SALES)),
        Some(&AttendanceReason::CoreMember)
    );
    assert!(!first.attends(id(SALES + 50)));
    assert_eq!(first.written_updates.len(), 1);
    assert_eq!(first.written_updates[0].why, NoSeatReason::NotInRotation);
    assert!(plan.meetings[1].written_updates.is_empty(), "said once");
}

#[test]
fn an_owner_away_on_the_day_writes_then_presents_at_the_next_meeting() {
    let people = roster(6, 6, 0);
    let mut s = settings(3, 5, 3);
    s.hand_changes.unavailable = vec![Unavailability {
        person: id(SALES + 5),
        date: first_tuesday(),
    }];
    let plan = with_items(&s, &people, &[item(1, SALES + 5, None, 3)]);
    assert_eq!(plan.meetings[0].written_updates[0].why, NoSeatReason::Away);
    assert!(matches!(
        plan.meetings[1].reason_for(id(SALES + 5)),
        Some(AttendanceReason::Presents { .. })
    ));
}

#[test]
fn whoever_an_owner_displaces_comes_back_next_time_and_is_not_displaced_again() {
    let people = roster(6, 6, 0);
    // Every week two owners who were not due in the rotation.
    let items: Vec<OpenItem> = (0..6)
        .map(|week| {
            let due = Some(first_tuesday() + chrono::Days::new(7 * week));
            item(u128::from(week as u8) + 1, SALES + week as u128 % 6, due, 3)
        })
        .collect();
    let plan = with_items(&settings(3, 4, 6), &people, &items);
    for pair in plan.meetings.windows(2) {
        for bumped in &pair[0].bumped {
            assert!(pair[1].attends(*bumped));
            assert!(!pair[1].bumped.contains(bumped));
        }
    }
}

#[test]
fn reasons_tell_the_truth_about_the_wait() {
    // Two sales and two marketing seats a meeting over four of each: turns alternate, so the
    // second meeting seats those who waited, the third those who attended the first.
    let people = roster(4, 4, 0);
    let history: Vec<PersonHistory> = [SALES, SALES + 1, MARKETING, MARKETING + 1]
        .into_iter()
        .map(|n| attended(id(n), day(2025, 5, 27)))
        .chain(
            [SALES + 2, SALES + 3, MARKETING + 2, MARKETING + 3]
                .map(|n| attended(id(n), day(2025, 5, 20))),
        )
        .collect();
    let waited = plan(&settings(3, 4, 2), &people, &history, &[], first_tuesday()).unwrap();
    assert_eq!(
        waited.meetings[0].reason_for(id(SALES + 2)),
        Some(&AttendanceReason::LongestSinceLastAttended)
    );
    // With three seats for two teams of four, the tied block is split.
    let odd = plan_from_start(&settings(3, 3, 1), &roster(4, 4, 0)).unwrap();
    assert!(
        odd.meetings[0]
            .attendees
            .iter()
            .all(|a| a.reason == AttendanceReason::FirstTurn)
    );
    let pair = plan_from_start(&settings(3, 2, 2), &roster(1, 1, 0)).unwrap();
    assert_eq!(
        pair.meetings[1].reason_for(id(SALES)),
        Some(&AttendanceReason::AttendedLastMeeting)
    );
    let tied = plan(
        &settings(3, 3, 1),
        &roster(4, 4, 0),
        &history,
        &[],
        first_tuesday(),
    )
    .unwrap();
    assert!(
        tied.meetings[0]
            .attendees
            .iter()
            .any(|a| a.reason == AttendanceReason::TiedForLongestWait)
    );
}
