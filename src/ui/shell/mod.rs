//! The frame around every page: header, navigation, storage notices.

mod app_shell;
mod export_data_button;
mod handover_banner;
mod nav_bar;
mod notices;
mod opening_data;
mod save_status;
mod storage_banner;
mod unreadable_banner;

pub use app_shell::Shell;
pub use notices::ShellNotices;
pub use opening_data::OpeningData;
