//! The browser's IndexedDB, one object store per kind of record.
//!
//! Every write goes through these functions; the UI decides what to do when the browser
//! refuses storage altogether (it runs in memory and says so).

mod database;
mod error;
mod import;
mod json;
mod records;
mod settings;
mod tab_turns;
mod tally;

pub use database::{
    CURRENT_VERSION, DATABASE_NAME, Db, delete_database, indexes, open, open_at, open_blockable,
    stores,
};
pub use error::StorageError;
pub use import::write_import;
pub use records::{StoreRead, append, delete, get_all, get_all_by, put, put_all, read_all};
pub use settings::{SCHEDULE_SETTING, get_setting, put_setting};
pub use tab_turns::TabTurn;
pub use tally::{TallyArchive, all_tally_events, delete_tally_of, tally_events_of};
