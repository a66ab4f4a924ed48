//! The one way the editor changes a stored template.

use crate::domain::agenda::{DurationError, Template, TemplateError};
use crate::domain::ids::TemplateId;
use crate::domain::time::Timestamp;
use crate::ui::now::now;
use crate::ui::state::TemplatesState;
use leptos::prelude::*;
use thiserror::Error;

/// Why the template editor did not make a change; shown next to the field that asked.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum TemplateEditError {
    #[error("This template has been deleted.")]
    Deleted,
    #[error(transparent)]
    Rule(#[from] TemplateError),
    #[error(transparent)]
    Duration(#[from] DurationError),
}

/// Applies one editor operation to a copy of the stored template and saves the copy only when
/// the operation succeeds and changed something. On failure the stored template stays exactly
/// as it was and the reason is returned.
pub fn edit_template<R>(
    templates: TemplatesState,
    id: TemplateId,
    operation: impl FnOnce(&mut Template, Timestamp) -> Result<R, TemplateError>,
) -> Result<R, TemplateEditError> {
    let Some(stored) = untrack(|| templates.get(id)) else {
        return Err(TemplateEditError::Deleted);
    };
    let mut edited = stored.clone();
    let result = operation(&mut edited, now())?;
    if edited != stored {
        templates.save(edited);
    }
    Ok(result)
}
