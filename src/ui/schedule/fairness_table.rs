use super::context::ScheduleContext;
use crate::domain::scheduler::{MixingReport, PersonFairness};
use leptos::prelude::*;

/// One person's line in the table.
#[derive(Clone, PartialEq)]
struct Row {
    name: String,
    team: String,
    core: bool,
    fairness: PersonFairness,
}

fn summary(rows: &[Row], horizon: u16) -> String {
    let rotating: Vec<&PersonFairness> = rows
        .iter()
        .filter(|r| !r.core)
        .map(|r| &r.fairness)
        .collect();
    let (Some(fewest), Some(most), Some(longest)) = (
        rotating.iter().map(|f| f.meetings).min(),
        rotating.iter().map(|f| f.meetings).max(),
        rotating.iter().map(|f| f.longest_gap).max(),
    ) else {
        return "Only core members attend: nobody rotates.".into();
    };
    let range = if fewest == most {
        format!("{fewest}")
    } else {
        format!("{fewest}–{most}")
    };
    let outside = rotating.iter().filter(|f| f.outside_band).count();
    let band = match outside {
        0 => " Everyone is within one meeting of the average.".to_string(),
        1 => " 1 person is more than one meeting from the average (marked below).".to_string(),
        n => format!(" {n} people are more than one meeting from the average (marked below)."),
    };
    format!(
        "Everyone in the rotation attends {range} of the next {horizon} meetings; \
         the longest anyone waits is {longest} {}.{band}",
        if longest == 1 { "meeting" } else { "meetings" }
    )
}

fn mixing_line(mixing: &MixingReport) -> String {
    if mixing.cross_team_pairs_possible == 0 {
        return "Sales and Marketing cannot mix: one of the teams has nobody in the rotation."
            .into();
    }
    format!(
        "Sales and Marketing mixing: {:.0}% of possible pairs meet ({} of {}).",
        mixing.share() * 100.0,
        mixing.cross_team_pairs_met,
        mixing.cross_team_pairs_possible
    )
}

/// How fair the plan is: per person, meetings in the horizon and the longest wait, plus how
/// well Sales and Marketing mix.
#[component]
pub fn FairnessTable() -> impl IntoView {
    let ctx = expect_context::<ScheduleContext>();
    let data = Memo::new(move |_| {
        let plan = ctx.plan.get().and_then(Result::ok)?;
        let horizon = ctx.schedule.settings().map_or(0, |s| s.horizon.get());
        // In roster order, so the table reads like the roster page.
        let rows: Vec<Row> = ctx
            .roster
            .people()
            .into_iter()
            .filter_map(|p| {
                let fairness = *plan.fairness_of(p.id)?;
                Some(Row {
                    name: p.name,
                    team: p.team.to_string(),
                    core: p.core,
                    fairness,
                })
            })
            .collect();
        Some((summary(&rows, horizon), mixing_line(&plan.mixing), rows))
    });

    view! {
        <section class="sched-section sched-fairness" aria-labelledby="sched-fairness-title">
            <h2 id="sched-fairness-title">"Fairness"</h2>
            {move || {
                data.get()
                    .map(|(summary, mixing, rows)| {
                        view! {
                            <p class="sched-fair-summary">{summary}</p>
                            <p class="sched-mixing">{mixing}</p>
                            <div class="sched-table-wrap">
                                <table class="sched-table">
                                    <caption class="visually-hidden">"Meetings per person in the plan"</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">"Person"</th>
                                            <th scope="col">"Team"</th>
                                            <th scope="col" class="num">"Meetings"</th>
                                            <th scope="col" class="num">"Longest gap"</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {rows
                                            .into_iter()
                                            .map(|row| {
                                                let f = row.fairness;
                                                let flagged = f.meetings == 0 || f.outside_band;
                                                view! {
                                                    <tr class:sched-left-out=flagged>
                                                        <th scope="row">
                                                            {row.name}
                                                            {row.core.then_some(" (core)")}
                                                        </th>
                                                        <td>{row.team}</td>
                                                        <td class="num sched-rate">
                                                            {format!("{} of {}", f.meetings, f.of)}
                                                            {f.outside_band
                                                                .then(|| view! { <span class="sched-band">" outside the band"</span> })}
                                                        </td>
                                                        <td class="num">{row.fairness.longest_gap}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        }
                    })
            }}
        </section>
    }
}
