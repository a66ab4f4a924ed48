use crate::domain::agenda::{Segment, format_duration};
use leptos::prelude::*;

/// A template's segments, read-only: title, planned duration, kind and hint.
#[component]
pub fn SegmentList(segments: Vec<Segment>) -> impl IntoView {
    view! {
        <ol class="tpl-segments">
            {segments
                .into_iter()
                .map(|segment| {
                    let hint = (!segment.hint.is_empty())
                        .then(|| view! { <p class="tpl-seg-hint">{segment.hint.clone()}</p> });
                    view! {
                        <li class="tpl-seg">
                            <div class="tpl-seg-line">
                                <span class="tpl-seg-title">{segment.title.clone()}</span>
                                <span class="tpl-seg-duration">
                                    {format_duration(segment.planned_secs)}
                                </span>
                            </div>
                            <span class="tpl-kind">{segment.kind.label()}</span>
                            {hint}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
