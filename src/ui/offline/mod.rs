//! Offline and keeping the data: the service worker's "new version" banner, the request to keep
//! the data, the backup reminder and the Storage panel.

mod keep_data;
mod storage_panel;
mod update_banner;

pub use keep_data::{KeepData, remember_export};
pub use storage_panel::StoragePanel;
pub use update_banner::UpdateBanner;
