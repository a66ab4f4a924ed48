//! Agenda templates: the list of built-in and own templates, and the editor for one template.
//!
//! Built-ins are shown read-only and can only be copied. Own templates are edited in place:
//! every valid change is saved at once through [`edit::edit_template`]; a refused one shows its
//! message next to the field and saves nothing.

mod breadcrumb;
mod builtin_template_view;
mod copy_template_button;
mod delete_template;
mod duration_input;
mod edit;
mod field_message;
mod planned_total;
mod segment_list;
mod segment_row;
mod template_card;
mod template_editor;
mod template_editor_page;
mod templates_page;

pub use template_editor_page::TemplateEditorPage;
pub use templates_page::TemplatesPage;
