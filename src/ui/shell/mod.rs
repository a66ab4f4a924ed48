//! The frame around every page: header, navigation, storage notices.

mod app_shell;
mod nav_bar;
mod newer_version_banner;
mod save_status;
mod storage_banner;

pub use app_shell::Shell;
