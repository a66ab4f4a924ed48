use super::tally_session::TallySession;
use crate::domain::person::TeamKind;
use crate::domain::tally::{
    Balance, Measure, TURNS_PER_ATTENDEE_TO_JUDGE, invitation, team_shares,
};
use crate::ui::meeting::LiveMeeting;
use crate::ui::state::RosterState;
use leptos::prelude::*;

fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "–".into(), |s| format!("{:.0}%", s * 100.0))
}

/// The live balance: whom to invite in, the score once it means something, and the teams side
/// by side. A nudge for the facilitator, not a grade for the room.
#[component]
pub fn BalancePanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let tally = expect_context::<TallySession>();
    let roster = expect_context::<RosterState>();
    let balance = Memo::new(move |_| tally.with(|s| Balance::of(s, Measure::Turns)));
    let name_of = move |id| {
        roster
            .person(id)
            .map_or_else(|| "someone".into(), |p| p.name)
    };

    let prompt = move || {
        let balance = balance.get()?;
        let quietest = balance.quietest?;
        Some(invitation(&name_of(quietest)))
    };
    let score_line = move || {
        let balance = balance.get()?;
        let n = balance.rows.len() as u64;
        Some(balance.score_sentence().unwrap_or_else(|| {
            format!(
                "The balance appears after {} contributions ({} so far).",
                n * TURNS_PER_ATTENDEE_TO_JUDGE,
                balance.total
            )
        }))
    };
    let teams = move || {
        tally
            .with(|s| {
                team_shares(s, |id| roster.person(id).map_or(TeamKind::Other, |p| p.team.kind()))
            })
            .map(|shares| {
                shares
                    .into_iter()
                    .filter(|share| share.attendees > 0)
                    .map(|share| {
                        let width = share.turn_share.unwrap_or(0.0) * 100.0;
                        view! {
                            <div class="team-share">
                                <span class="team-name">{share.team.label()}</span>
                                <span class="team-bar" aria-hidden="true">
                                    <span class=format!("team-fill team-{}", share.team) style:width=format!("{width:.0}%")></span>
                                </span>
                                <span>
                                    {format!(
                                        "{} of turns · {} of seats",
                                        percent(share.turn_share),
                                        percent(share.fair_share)
                                    )}
                                </span>
                            </div>
                        }
                    })
                    .collect_view()
            })
    };
    let per_segment = move || {
        let segments = live.meeting.with(|m| m.agenda.segments.clone());
        tally.with(|s| s.segments(segments.len())).map(|rows| {
            rows.into_iter()
                .filter(|row| row.total > 0)
                .map(|row| {
                    let title = segments
                        .get(row.segment)
                        .map(|s| s.title.clone())
                        .unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{title}</th>
                            <td>{row.total}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <section class="balance" aria-labelledby="balance-title">
            <h2 id="balance-title" class="visually-hidden">"Balance"</h2>
            {move || prompt().map(|text| view! {
                <p class="prompt-card" role="status" data-testid="prompt">{text}</p>
            })}
            <p class="score-line" data-testid="score-line">{score_line}</p>
            <div class="team-shares">{teams}</div>
            <Show when=move || tally.with(|s| s.total_turns() > 0).unwrap_or(false)>
                <table class="segment-tally">
                    <caption>"Contributions by agenda segment"</caption>
                    <tbody>{per_segment}</tbody>
                </table>
            </Show>
        </section>
    }
}
