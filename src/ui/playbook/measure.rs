use super::trend_chart::TrendChart;
use crate::domain::ids::ReadingId;
use crate::domain::playbook::scorecard::{reading_of, record};
use crate::domain::playbook::{PlaybookEntry, Quantity, QuantityError, Standing, trend};
use crate::ui::field::Field;
use crate::ui::field_error::FieldError;
use crate::ui::meeting::LiveMeeting;
use crate::ui::now::{local_date_of, now};
use crate::ui::state::PlaybookState;
use leptos::prelude::*;

/// One measure: the value typed for this meeting, the standing, and the trend.
#[component]
pub fn Measure(entry: crate::domain::ids::PlaybookEntryId) -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let playbook = expect_context::<PlaybookState>();
    let found =
        Memo::new(move |_| playbook.with(|r| r.entries.iter().find(|e| e.id == entry).cloned()));
    let points = Memo::new(move |_| {
        found.with(|e| {
            e.as_ref()
                .map(|e| playbook.with(|r| trend(e, &r.readings)))
                .unwrap_or_default()
        })
    });
    let target = Memo::new(move |_| {
        found.with(|e| {
            e.as_ref().and_then(|e| {
                e.in_force()
                    .unwrap_or_else(|| e.newest())
                    .content
                    .target()
                    .cloned()
            })
        })
    });
    let mine = playbook.with_untracked_records(|r| {
        reading_of(&r.readings, entry, live.id).map(|x| x.actual.to_string())
    });
    let typed = RwSignal::new(mine.unwrap_or_default());
    let error = RwSignal::new(None::<QuantityError>);
    let save = move |text: String| {
        typed.set(text.clone());
        if text.trim().is_empty() {
            error.set(None);
            return;
        }
        let actual: Quantity = match text.parse() {
            Ok(q) => q,
            Err(reason) => {
                error.set(Some(reason));
                return;
            }
        };
        error.set(None);
        let period_end = live
            .meeting
            .with_untracked(|m| local_date_of(m.start_time()))
            .unwrap_or_default();
        let reading = playbook.with_untracked_records(|r| {
            record(
                &r.readings,
                entry,
                live.id,
                period_end,
                actual,
                ReadingId::random(),
                now(),
            )
        });
        playbook.save_reading(reading);
    };
    let title = move || found.with(|e| e.as_ref().map(PlaybookEntry::title).unwrap_or_default());
    let input_id = format!("pb-actual-{entry}");
    let message_id = format!("pb-actual-{entry}-message");
    let actual_described_by = message_id.clone();
    let latest = Memo::new(move |_| points.with(|p| p.last().cloned()));
    view! {
        <article class="pb-measure" aria-label=title>
            <h4>{title}</h4>
            <p class="muted">{move || target.get().map(|t| format!("Target: {t}"))}</p>
            <div class="field-row pb-actual-row">
                <Field label="Actual this period">
                    <input
                        id=input_id
                        type="text"
                        inputmode="decimal"
                        class="pb-actual"
                        aria-describedby=actual_described_by
                        prop:value=move || typed.get()
                        on:input=move |ev| save(event_target_value(&ev))
                    />
                </Field>
                {move || {
                    latest
                        .get()
                        .map(|p| {
                            let class = match p.standing {
                                Standing::OnTrack => "pb-standing-badge pb-on-track",
                                Standing::OffTrack => "pb-standing-badge pb-off-track",
                            };
                            view! { <span class=class>{p.standing.to_string()}</span> }
                        })
                }}
            </div>
            <p id=message_id class="form-message" aria-live="polite">
                <FieldError error />
            </p>
            {move || {
                let points = points.get();
                target.get().filter(|_| !points.is_empty()).map(|t| view! { <TrendChart points target=t.value unit=t.unit /> })
            }}
        </article>
    }
}
