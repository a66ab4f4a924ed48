use super::duration_input::DurationInput;
use super::edit::TemplateEditError;
use super::edit::edit_template;
use super::field_message::FieldMessage;
use crate::domain::agenda::{SegmentKind, Template, TemplateError, format_duration};
use crate::domain::ids::TemplateId;
use crate::domain::time::Timestamp;
use crate::ui::choice::{choice_options, chosen};
use crate::ui::field::Field;
use crate::ui::state::TemplatesState;
use leptos::html::{Button, Input};
use leptos::prelude::*;

/// An editor operation on the segment at an index.
type SegmentEdit<'a> = &'a dyn Fn(&mut Template, usize, Timestamp) -> Result<(), TemplateError>;

/// Which way a segment moves in the agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// One segment of an own template, edited in place. The row keeps its identity while the
/// segment moves (the editor keys rows, not positions), so the inputs keep what the user typed.
#[component]
pub fn SegmentRow(
    template_id: TemplateId,
    template: Memo<Option<Template>>,
    /// Stable for the row's life; makes the ids of its inputs.
    row_key: u32,
    /// Where the segment is now; `None` once it has been removed.
    index: Signal<Option<usize>>,
    /// Moves the segment and returns its new index.
    on_move: Callback<(usize, Move), Result<usize, TemplateEditError>>,
    on_remove: Callback<usize, Result<(), TemplateEditError>>,
    /// Put the cursor in the title once the row is shown (a segment just added).
    #[prop(optional)]
    focus_title: bool,
) -> impl IntoView {
    let templates = expect_context::<TemplatesState>();
    let segment = Memo::new(move |_| {
        let i = index.get()?;
        template.with(|t| t.as_ref()?.segments.get(i).cloned())
    });
    let count = Memo::new(move |_| template.with(|t| t.as_ref().map_or(0, |t| t.segments.len())));
    let title_error = RwSignal::new(None::<TemplateEditError>);
    let duration_error = RwSignal::new(None::<TemplateEditError>);
    let row_error = RwSignal::new(None::<TemplateEditError>);
    let title_ref = NodeRef::<Input>::new();
    let up_ref = NodeRef::<Button>::new();
    let down_ref = NodeRef::<Button>::new();

    let ids = |what: &str| format!("segment-{row_key}-{what}");
    let heading_id = ids("heading");
    let group_label = heading_id.clone();
    let title_id = ids("title");
    let title_message = ids("title-message");
    let duration_message = ids("duration-message");
    let row_message = ids("message");
    // Each field's control keeps its own copy of the message id it points at.
    let title_described_by = title_message.clone();
    let kind_described_by = row_message.clone();
    let hint_described_by = row_message.clone();

    // Runs one editor operation on this segment, at wherever it is now.
    let edit = move |error: RwSignal<Option<TemplateEditError>>, operation: SegmentEdit| {
        let Some(i) = index.get_untracked() else {
            return;
        };
        error.set(edit_template(templates, template_id, |t, now| operation(t, i, now)).err());
    };

    let move_to = move |direction: Move| {
        let Some(i) = index.get_untracked() else {
            return;
        };
        match on_move.run((i, direction)) {
            Err(message) => row_error.set(Some(message)),
            Ok(at) => {
                row_error.set(None);
                // The moved row may have been taken out of the page and put back, which drops
                // focus; and at either end its button is disabled. Keep focus on a move button.
                let last = count.get_untracked().saturating_sub(1);
                let target = match direction {
                    Move::Up if at == 0 => down_ref,
                    Move::Up => up_ref,
                    Move::Down if at >= last => up_ref,
                    Move::Down => down_ref,
                };
                request_animation_frame(move || {
                    if let Some(button) = target.get_untracked() {
                        let _ = button.focus();
                    }
                });
            }
        }
    };
    let remove = move |_| {
        if let Some(i) = index.get_untracked()
            && let Err(message) = on_remove.run(i)
        {
            row_error.set(Some(message));
        }
    };

    if focus_title {
        request_animation_frame(move || {
            if let Some(input) = title_ref.get_untracked() {
                let _ = input.focus();
                input.select();
            }
        });
    }

    // Inputs start from the stored segment and are then left to the user (see PersonRow).
    let initial = segment.get_untracked();
    let initial_title = initial
        .as_ref()
        .map(|s| s.title.clone())
        .unwrap_or_default();
    let initial_hint = initial.as_ref().map(|s| s.hint.clone()).unwrap_or_default();
    let initial_secs = initial.as_ref().map_or(0, |s| s.planned_secs);

    let title = move || segment.get().map(|s| s.title).unwrap_or_default();
    let position = move || index.get().map_or(0, |i| i + 1);
    let span = move || {
        let i = index.get()?;
        template.with(|t| {
            let t = t.as_ref()?;
            let end = *t.running_totals_secs().get(i)?;
            let start = end - t.segments.get(i)?.planned_secs;
            Some(format!(
                "{} – {}",
                format_duration(start),
                format_duration(end)
            ))
        })
    };
    let stored_secs = Signal::derive(move || segment.get().map(|s| s.planned_secs));
    let apply_duration = Callback::new(move |secs: u32| {
        let i = index
            .get_untracked()
            .ok_or(TemplateError::NoSuchSegment(0))?;
        edit_template(templates, template_id, |t, now| {
            t.set_segment_duration(i, secs, now)
        })
    });

    view! {
        <li class="tpl-row" data-segment=row_key>
            <div role="group" aria-labelledby=group_label>
                <div class="tpl-row-head">
                    <h3 id=heading_id class="tpl-row-heading">
                        "Segment " {position}
                    </h3>
                    <span class="tpl-row-span">
                        <span class="visually-hidden">"Runs "</span>
                        {span}
                    </span>
                    <div class="tpl-row-tools">
                        <button
                            type="button"
                            class="tpl-icon-button"
                            node_ref=up_ref
                            disabled=move || index.get().is_none_or(|i| i == 0)
                            on:click=move |_| move_to(Move::Up)
                        >
                            <span aria-hidden="true">"↑"</span>
                            <span class="visually-hidden">"Move " {title} " up"</span>
                        </button>
                        <button
                            type="button"
                            class="tpl-icon-button"
                            node_ref=down_ref
                            disabled=move || index.get().is_none_or(|i| i + 1 >= count.get())
                            on:click=move |_| move_to(Move::Down)
                        >
                            <span aria-hidden="true">"↓"</span>
                            <span class="visually-hidden">"Move " {title} " down"</span>
                        </button>
                        <button
                            type="button"
                            class="button-danger-quiet"
                            aria-describedby=row_message.clone()
                            on:click=remove
                        >
                            "Remove"
                            <span class="visually-hidden">" " {title}</span>
                        </button>
                    </div>
                </div>
                <div class="field-row">
                    <Field label="Title" class="field-grow">
                        <input
                            id=title_id
                            type="text"
                            class="tpl-seg-title-input"
                            autocomplete="off"
                            node_ref=title_ref
                            prop:value=initial_title
                            aria-invalid=move || title_error.get().is_some().to_string()
                            aria-describedby=title_described_by
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                edit(title_error, &|t, i, now| t.set_segment_title(i, &text, now));
                            }
                        />
                    </Field>
                    <DurationInput
                        id=ids("duration")
                        message_id=duration_message.clone()
                        label="Duration"
                        initial_secs
                        stored_secs
                        error=duration_error
                        apply=apply_duration
                    />
                    <Field label="Kind" class="tpl-kind-field">
                        <select
                            aria-describedby=kind_described_by
                            on:change=move |ev| {
                                if let Some(kind) = chosen(&ev) {
                                    edit(row_error, &|t, i, now| t.set_segment_kind(i, kind, now));
                                }
                            }
                        >
                            {choice_options(
                                SegmentKind::ALL,
                                SegmentKind::label,
                                move |kind| segment.get().is_some_and(|s| s.kind == kind),
                            )}
                        </select>
                    </Field>
                </div>
                <Field label="Hint for the facilitator (optional)" class="tpl-hint-field">
                    <textarea
                        rows="2"
                        aria-describedby=hint_described_by
                        prop:value=initial_hint
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            edit(row_error, &|t, i, now| t.set_segment_hint(i, &text, now));
                        }
                    ></textarea>
                </Field>
                <FieldMessage id=title_message error=title_error />
                <FieldMessage id=duration_message error=duration_error />
                <FieldMessage id=row_message error=row_error />
            </div>
        </li>
    }
}
