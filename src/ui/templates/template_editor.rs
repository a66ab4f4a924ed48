use super::breadcrumb::TemplatesBreadcrumb;
use super::delete_template::DeleteTemplate;
use super::duration_input::DurationInput;
use super::edit::TemplateEditError;
use super::edit::edit_template;
use super::field_message::FieldMessage;
use super::planned_total::PlannedTotal;
use super::segment_row::{Move, SegmentRow};
use crate::domain::agenda::{Segment, SegmentKind};
use crate::domain::ids::TemplateId;
use crate::ui::field::Field;
use crate::ui::route::{Route, navigate};
use crate::ui::state::TemplatesState;
use leptos::html::H2;
use leptos::prelude::*;

/// How long a new segment is when the cap leaves room for it.
const NEW_SEGMENT_SECS: u32 = 5 * 60;

/// The editor for one of the user's templates. There is no save button: each valid change is
/// saved as it is typed, and a refused one is explained next to its field.
#[component]
pub fn TemplateEditor(id: TemplateId) -> impl IntoView {
    let templates = expect_context::<TemplatesState>();
    let template = Memo::new(move |_| templates.get(id));
    let name = Signal::derive(move || template.get().map(|t| t.name).unwrap_or_default());
    let total_secs = Signal::derive(move || template.get().map_or(0, |t| t.total_planned_secs()));
    let cap_secs = Signal::derive(move || template.get().map_or(0, |t| t.cap_secs));

    // Rows are keyed by a number that stays with the segment as it moves, so that a row and the
    // text in its inputs travel together. Only this editor changes the segments, so the keys are
    // kept in step with each successful operation.
    let initial = template.get_untracked();
    let segment_count = initial.as_ref().map_or(0, |t| t.segments.len()) as u32;
    let keys = RwSignal::new((0..segment_count).collect::<Vec<u32>>());
    let next_key = StoredValue::new(segment_count);
    let focus_key = StoredValue::new(None::<u32>);

    let name_error = RwSignal::new(None::<TemplateEditError>);
    let cap_error = RwSignal::new(None::<TemplateEditError>);
    let add_error = RwSignal::new(None::<TemplateEditError>);
    let segments_heading = NodeRef::<H2>::new();

    let on_move = Callback::new(move |(i, direction): (usize, Move)| {
        let to = edit_template(templates, id, |t, now| match direction {
            Move::Up => t.move_segment_up(i, now),
            Move::Down => t.move_segment_down(i, now),
        })?;
        if to != i {
            keys.update(|keys| keys.swap(i, to));
        }
        Ok(to)
    });
    let on_remove = Callback::new(move |i: usize| {
        edit_template(templates, id, |t, now| t.remove_segment(i, now))?;
        keys.update(|keys| {
            keys.remove(i);
        });
        add_error.set(None);
        request_animation_frame(move || {
            if let Some(heading) = segments_heading.get_untracked() {
                let _ = heading.focus();
            }
        });
        Ok(())
    });
    let add = move |_| {
        let room = template
            .get_untracked()
            .map_or(0, |t| t.unplanned_secs())
            .clamp(1, NEW_SEGMENT_SECS);
        let segment = Segment::new("New segment", room, SegmentKind::Other, "");
        match edit_template(templates, id, |t, now| t.add_segment(segment, now)) {
            Err(message) => add_error.set(Some(message)),
            Ok(_) => {
                add_error.set(None);
                let key = next_key.get_value();
                next_key.set_value(key + 1);
                focus_key.set_value(Some(key));
                keys.update(|keys| keys.push(key));
            }
        }
    };
    let apply_cap =
        Callback::new(move |secs: u32| edit_template(templates, id, |t, now| t.set_cap(secs, now)));
    let on_deleted = Callback::new(|()| navigate(Route::Templates));

    let initial_name = initial.as_ref().map(|t| t.name.clone()).unwrap_or_default();
    let initial_cap = initial.as_ref().map_or(0, |t| t.cap_secs);

    view! {
        <section class="page tpl-page tpl-editor" aria-labelledby="page-title">
            <TemplatesBreadcrumb current=name />
            <h1 id="page-title">{name}</h1>
            <p class="lead">
                "Changes are saved as you type. Type durations as minutes (5) or minutes and seconds (2:30); "
                "the segments together must fit in the cap."
            </p>
            <div class="field-row">
                <Field label="Template name" class="field-grow">
                    <input
                        id="template-name"
                        type="text"
                        autocomplete="off"
                        prop:value=initial_name
                        aria-invalid=move || name_error.get().is_some().to_string()
                        aria-describedby="template-name-message"
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            name_error.set(edit_template(templates, id, |t, now| t.rename(&text, now)).err());
                        }
                    />
                </Field>
                <DurationInput
                    id="template-cap".to_string()
                    message_id="template-cap-message".to_string()
                    label="Cap"
                    initial_secs=initial_cap
                    stored_secs=Signal::derive(move || template.get().map(|t| t.cap_secs))
                    error=cap_error
                    apply=apply_cap
                />
            </div>
            <FieldMessage id="template-name-message".to_string() error=name_error />
            <FieldMessage id="template-cap-message".to_string() error=cap_error />
            <PlannedTotal total_secs cap_secs live=true />

            <h2 id="segments-title" tabindex="-1" node_ref=segments_heading>"Segments"</h2>
            <ol class="tpl-rows" aria-labelledby="segments-title">
                <For
                    each=move || keys.get()
                    key=|key| *key
                    children=move |row_key| {
                        let index = Signal::derive(move || {
                            keys.with(|keys| keys.iter().position(|k| *k == row_key))
                        });
                        let focus_title = focus_key.get_value() == Some(row_key);
                        view! {
                            <SegmentRow
                                template_id=id
                                template
                                row_key
                                index
                                on_move
                                on_remove
                                focus_title
                            />
                        }
                    }
                />
            </ol>
            <div class="tpl-actions">
                <button
                    type="button"
                    class="button-primary"
                    aria-describedby="add-segment-message"
                    on:click=add
                >
                    "Add segment"
                </button>
            </div>
            <FieldMessage id="add-segment-message".to_string() error=add_error />

            <h2>"Delete this template"</h2>
            <p class="tpl-note">
                "Meetings already planned from this template keep their own agenda."
            </p>
            <DeleteTemplate id name on_deleted />
        </section>
    }
}
