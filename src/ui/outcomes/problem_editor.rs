use super::edited_text::EditedText;
use crate::domain::ids::ProblemId;
use crate::domain::outcomes::{Problem, ProblemError};
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::field::Field;
use crate::ui::field_error::FieldError;
use crate::ui::now::now;
use crate::ui::state::ProblemsState;
use leptos::prelude::*;

/// A problem's title and details, edited in place: each valid change is saved at once, an
/// invalid one shows why and saves nothing. Deleting takes a second click.
#[component]
pub fn ProblemEditor(id: ProblemId) -> impl IntoView {
    let problems = expect_context::<ProblemsState>();
    let error = RwSignal::new(None::<ProblemError>);
    // The inputs start from the stored text and are then left to the user: writing the
    // trimmed text back while they type would eat their spaces.
    let initial = problems.get_untracked(id);
    let initial_title = initial
        .as_ref()
        .map(|p| p.title.clone())
        .unwrap_or_default();
    let initial_details = initial.map(|p| p.details).unwrap_or_default();
    let message_id = format!("problem-{id}-edit-message");
    let details_described_by = message_id.clone();
    let title_invalid = move || {
        matches!(
            error.get(),
            Some(ProblemError::EmptyTitle | ProblemError::TitleTooLong(_))
        )
    };
    let details_invalid = move || matches!(error.get(), Some(ProblemError::DetailsTooLong(_)));

    let edit = move |change: &dyn Fn(&mut Problem) -> Result<(), ProblemError>| {
        if let Some(mut problem) = problems.get_untracked(id) {
            match change(&mut problem) {
                Ok(()) => {
                    error.set(None);
                    problems.save(problem);
                }
                Err(reason) => error.set(Some(reason)),
            }
        }
    };

    view! {
        <div class="oc-editor">
            <EditedText
                label="Title"
                initial=initial_title
                invalid=Signal::derive(title_invalid)
                described_by=message_id.clone()
                on_input=Callback::new(move |text: String| edit(&|p| p.set_title(&text, now())))
            />
            <Field label="Details">
                <textarea
                    rows="3"
                    prop:value=initial_details
                    aria-invalid=move || details_invalid().to_string()
                    aria-describedby=details_described_by
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        edit(&|p| p.set_details(&text, now()));
                    }
                ></textarea>
            </Field>
            <p id=message_id.clone() class="form-message" aria-live="polite">
                <FieldError error=error />
            </p>
            <ConfirmDelete
                ask="Delete problem"
                question="Delete this problem and its ideas for good?"
                on_delete=Callback::new(move |_| problems.delete(id))
            />
        </div>
    }
}
