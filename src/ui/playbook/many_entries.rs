use super::entry_card::EntryCard;
use super::playbook_contents::Slot;
use crate::domain::playbook::Topic;
use leptos::prelude::*;

/// The SLA commitments or the shared goals: one card each, and a button for another.
#[component]
pub fn ManyEntries(
    slots: RwSignal<Vec<Slot>>,
    topic: Topic,
    title: &'static str,
    lead: &'static str,
    add_label: &'static str,
    new_slot: Callback<(), Slot>,
) -> impl IntoView {
    let title_id = format!("pb-{topic}-title");
    let labelled_by = title_id.clone();
    view! {
        <section class="oc-section pb-section" aria-labelledby=labelled_by>
            <h2 id=title_id>{title}</h2>
            <p class="lead">{lead}</p>
            <For each=move || slots.get() key=|s| s.key let:s>
                <EntryCard topic=s.topic id=s.id key=format!("pb-{}-{}", s.topic, s.key) />
            </For>
            <button
                type="button"
                class="button-secondary"
                on:click=move |_| {
                    let added = new_slot.run(());
                    slots.update(|all| all.push(added));
                }
            >
                {add_label}
            </button>
        </section>
    }
}
