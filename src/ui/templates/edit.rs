//! The one way the editor changes a stored template.

use crate::domain::agenda::{Template, TemplateError};
use crate::domain::ids::TemplateId;
use crate::domain::time::Timestamp;
use crate::ui::now::now;
use crate::ui::state::TemplatesState;
use leptos::prelude::*;

/// Applies one editor operation to a copy of the stored template and saves the copy only when
/// the operation succeeds and changed something. On failure the stored template stays exactly
/// as it was and the message for the user is returned.
pub fn edit_template<R>(
    templates: TemplatesState,
    id: TemplateId,
    operation: impl FnOnce(&mut Template, Timestamp) -> Result<R, TemplateError>,
) -> Result<R, String> {
    let Some(stored) = untrack(|| templates.get(id)) else {
        return Err("This template has been deleted.".to_string());
    };
    let mut edited = stored.clone();
    let result = operation(&mut edited, now()).map_err(|error| error.to_string())?;
    if edited != stored {
        templates.save(edited);
    }
    Ok(result)
}
