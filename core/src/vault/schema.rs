//! Opening the vault database: pragmas, fresh schema, numbered migrations.

use super::error::{VResult, VaultError};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

pub(crate) const DB_FILE: &str = "vault.db";

/// The current schema, for a fresh database.
const FRESH_SCHEMA: &str = include_str!("schema.sql");

/// Migration `i` (0-based) brings `user_version` from `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_collection_index.sql"),
];

pub(crate) fn current_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// Durability and hygiene settings for every connection.
fn apply_pragmas(conn: &Connection) -> VResult<()> {
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA secure_delete = ON;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA busy_timeout = 5000;",
    )?;
    Ok(())
}

fn user_version(conn: &Connection) -> VResult<u32> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0))?)
}

/// Creates a new database file (which must not exist) with the fresh schema.
pub(crate) fn create(path: &Path) -> VResult<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    apply_pragmas(&conn)?;
    let tx = conn.unchecked_transaction()?;
    tx.execute_batch(FRESH_SCHEMA)?;
    tx.pragma_update(None, "user_version", current_version())?;
    tx.commit()?;
    Ok(conn)
}

/// Opens an existing database (never creates one) and migrates it forward,
/// each step in its own transaction.
pub(crate) fn open_existing(path: &Path) -> VResult<Connection> {
    if !path.is_file() {
        return Err(VaultError::NotFound("vault database".into()));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    // Reading the version first fails cleanly on a file that is not SQLite,
    // before any pragma could write.
    let version = user_version(&conn)?;
    if version > current_version() {
        return Err(VaultError::Unsupported {
            found: version,
            supported: current_version(),
        });
    }
    apply_pragmas(&conn)?;
    migrate(&conn, version)?;
    Ok(conn)
}

/// Applies migrations from `from` up to the current version.
pub(crate) fn migrate(conn: &Connection, from: u32) -> VResult<()> {
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as u32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema_of(conn: &Connection) -> Vec<(String, String, String)> {
        let mut stmt = conn
            .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .unwrap();
        stmt.query_map([], |r| {
            let sql: String = r.get(2)?;
            Ok((
                r.get(0)?,
                r.get(1)?,
                sql.split_whitespace().collect::<Vec<_>>().join(" "),
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    }

    #[test]
    fn migrating_step_by_step_gives_exactly_the_fresh_schema() {
        let dir = tempfile::tempdir().unwrap();
        let fresh = create(&dir.path().join("fresh.db")).unwrap();

        let old_path = dir.path().join("old.db");
        let old = Connection::open(&old_path).unwrap();
        for (i, sql) in MIGRATIONS.iter().enumerate() {
            // Stop at every intermediate version, reopen, continue.
            old.execute_batch(sql).unwrap();
            old.pragma_update(None, "user_version", i as u32 + 1)
                .unwrap();
            if i == 0 {
                break;
            }
        }
        drop(old);
        let migrated = open_existing(&old_path).unwrap();
        assert_eq!(user_version(&migrated).unwrap(), current_version());
        assert_eq!(schema_of(&fresh), schema_of(&migrated));
        assert!(!schema_of(&fresh).is_empty());
    }

    #[test]
    fn a_newer_database_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        let c = create(&path).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        drop(c);
        let before = std::fs::read(&path).unwrap();
        assert!(matches!(
            open_existing(&path),
            Err(VaultError::Unsupported { found: 99, .. })
        ));
        assert_eq!(before, std::fs::read(&path).unwrap());
    }

    #[test]
    fn a_file_that_is_not_sqlite_is_corrupt_and_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("junk.db");
        std::fs::write(&path, vec![0x42; 8192]).unwrap();
        assert!(matches!(open_existing(&path), Err(VaultError::Corrupt(_))));
        assert_eq!(std::fs::read(&path).unwrap(), vec![0x42; 8192]);
    }
}
