use super::raise_problem_panel::RaiseProblemPanel;
use crate::domain::ids::PersonId;
use leptos::prelude::*;

/// Who the go-round just offered to log a problem for; the raise form takes them as raiser.
#[derive(Clone, Copy)]
pub struct RaiseDraft {
    pub raiser: RwSignal<Option<PersonId>>,
}

/// The "new problems" segment: the go-round (passed in as children) and, next to it, the
/// form that logs what was raised. The go-round's "Log problem" offers reach the form through
/// the [`RaiseDraft`] provided here.
#[component]
pub fn NewProblemsWork(children: Children) -> impl IntoView {
    provide_context(RaiseDraft {
        raiser: RwSignal::new(None),
    });
    view! {
        <div class="oc-new-problems">
            {children()}
            <RaiseProblemPanel />
        </div>
    }
}
