//! The generic typed collection API that the journal, checklist, notes and
//! attachments build on: insert / get / update / list / trash / restore /
//! purge, all inside one transaction ([`Txn`]).

use super::envelope::{self, RecordAddress};
use super::error::{VResult, VaultError};
use super::ids::{RecordId, VaultId, ID_LEN};
use super::keys::SymmetricKey;
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;
use zeroize::Zeroizing;

/// A type stored in the vault. Its fields live only inside the ciphertext.
pub trait Record: Serialize + DeserializeOwned {
    /// Collection name: the only plaintext the database keeps about it.
    const COLLECTION: &'static str;
    /// Bumped when the stored shape changes incompatibly.
    const SCHEMA_VERSION: u16 = 1;
}

/// A record as read back, with its id and lifecycle times (which are stored
/// encrypted too). `Debug` does not print the value.
#[derive(Clone)]
pub struct Stored<T> {
    pub id: RecordId<T>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// When it was moved to the trash, if it is there.
    pub trashed: Option<DateTime<Utc>>,
    pub value: T,
}

impl<T> fmt::Debug for Stored<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stored")
            .field("id", &self.id)
            .field("trashed", &self.trashed.is_some())
            .finish_non_exhaustive()
    }
}

/// A record of any collection with its data as JSON (backup, merge).
/// `Debug` shows only where it lives.
#[derive(Clone)]
pub(crate) struct RawRecord {
    pub collection: String,
    pub id: [u8; ID_LEN],
    /// The record schema version its envelope carried.
    pub schema: u16,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub trashed: Option<DateTime<Utc>>,
    pub data: serde_json::Value,
}

impl fmt::Debug for RawRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawRecord")
            .field("collection", &self.collection)
            .finish_non_exhaustive()
    }
}

/// What is serialised and encrypted for each record.
#[derive(Serialize, Deserialize)]
struct Inner<T> {
    #[serde(rename = "c", with = "chrono::serde::ts_milliseconds")]
    created: DateTime<Utc>,
    #[serde(rename = "u", with = "chrono::serde::ts_milliseconds")]
    updated: DateTime<Utc>,
    #[serde(rename = "t", default, with = "chrono::serde::ts_milliseconds_option")]
    trashed: Option<DateTime<Utc>>,
    #[serde(rename = "d")]
    data: T,
}

/// One open transaction on an unlocked vault. Dropped without
/// [`Vault::write`](super::Vault::write) returning `Ok`, it rolls back.
pub struct Txn<'a> {
    pub(crate) tx: Transaction<'a>,
    pub(crate) key: &'a SymmetricKey,
    pub(crate) vault: &'a VaultId,
    pub(crate) now: DateTime<Utc>,
}

fn not_found(collection: &str) -> VaultError {
    VaultError::NotFound(format!("{collection} record"))
}

impl Txn<'_> {
    /// The time this transaction stamps on what it writes.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    fn seal<T: Serialize>(
        &self,
        collection: &str,
        id: &[u8; ID_LEN],
        version: u16,
        inner: &Inner<T>,
    ) -> VResult<Vec<u8>> {
        let mut plain = Zeroizing::new(Vec::with_capacity(1024));
        serde_json::to_writer(&mut *plain, inner).map_err(|_| VaultError::Invalid {
            field: "record",
            reason: "cannot be encoded".into(),
        })?;
        let addr = RecordAddress {
            vault: self.vault,
            collection,
            id,
        };
        envelope::seal(self.key, &addr, version, &plain)
    }

    fn open<T: DeserializeOwned>(
        &self,
        collection: &str,
        id: &[u8; ID_LEN],
        max_version: u16,
        env: &[u8],
    ) -> VResult<Inner<T>> {
        let addr = RecordAddress {
            vault: self.vault,
            collection,
            id,
        };
        let (version, plain) = envelope::open(self.key, &addr, env)?;
        if version > max_version {
            return Err(VaultError::Unsupported {
                found: u32::from(version),
                supported: u32::from(max_version),
            });
        }
        serde_json::from_slice(&plain).map_err(|_| VaultError::Corrupt("record content"))
    }

    fn load_envelope(&self, collection: &str, id: &[u8; ID_LEN]) -> VResult<Option<Vec<u8>>> {
        Ok(self
            .tx
            .prepare_cached("SELECT envelope FROM records WHERE id = ?1 AND collection = ?2")?
            .query_row(params![&id[..], collection], |r| r.get(0))
            .optional()?)
    }

    fn load<T: Record>(&self, id: &RecordId<T>) -> VResult<Inner<T>> {
        let env = self
            .load_envelope(T::COLLECTION, id.as_bytes())?
            .ok_or_else(|| not_found(T::COLLECTION))?;
        self.open(T::COLLECTION, id.as_bytes(), T::SCHEMA_VERSION, &env)
    }

    fn store<T: Record, D: Serialize>(&self, id: &RecordId<T>, inner: &Inner<D>) -> VResult<()> {
        let env = self.seal(T::COLLECTION, id.as_bytes(), T::SCHEMA_VERSION, inner)?;
        self.tx
            .prepare_cached("UPDATE records SET envelope = ?1 WHERE id = ?2 AND collection = ?3")?
            .execute(params![env, &id.as_bytes()[..], T::COLLECTION])?;
        Ok(())
    }

    /// Adds a new record and returns its random id.
    pub fn insert<T: Record>(&mut self, value: &T) -> crate::Result<RecordId<T>> {
        let id = RecordId::random();
        self.insert_with_id(&id, value)?;
        Ok(id)
    }

    /// Adds a record under a given id (restore from a backup keeps ids).
    pub fn insert_with_id<T: Record>(&mut self, id: &RecordId<T>, value: &T) -> crate::Result<()> {
        self.insert_raw(id, value, self.now, self.now, None)
    }

    /// Adds a record with explicit lifecycle times (backup restore, merge).
    pub fn insert_raw<T: Record>(
        &mut self,
        id: &RecordId<T>,
        value: &T,
        created: DateTime<Utc>,
        updated: DateTime<Utc>,
        trashed: Option<DateTime<Utc>>,
    ) -> crate::Result<()> {
        let inner = Inner {
            created,
            updated,
            trashed,
            data: value,
        };
        let env = self.seal(T::COLLECTION, id.as_bytes(), T::SCHEMA_VERSION, &inner)?;
        let inserted = self
            .tx
            .prepare_cached(
                "INSERT INTO records (id, collection, envelope) VALUES (?1, ?2, ?3)
                 ON CONFLICT (id) DO NOTHING",
            )
            .and_then(|mut stmt| stmt.execute(params![&id.as_bytes()[..], T::COLLECTION, env]))
            .map_err(VaultError::from)?;
        if inserted == 0 {
            return Err(VaultError::AlreadyExists(format!("{} record", T::COLLECTION)).into());
        }
        Ok(())
    }

    /// Reads a record that is not in the trash.
    pub fn get<T: Record>(&self, id: &RecordId<T>) -> crate::Result<Stored<T>> {
        let stored = self.get_any(id)?;
        if stored.trashed.is_some() {
            return Err(not_found(T::COLLECTION).into());
        }
        Ok(stored)
    }

    /// Reads a record whether or not it is in the trash.
    pub fn get_any<T: Record>(&self, id: &RecordId<T>) -> crate::Result<Stored<T>> {
        let inner = self.load(id)?;
        Ok(Stored {
            id: *id,
            created: inner.created,
            updated: inner.updated,
            trashed: inner.trashed,
            value: inner.data,
        })
    }

    /// Replaces the value of a record that is not in the trash.
    pub fn update<T: Record>(&mut self, id: &RecordId<T>, value: &T) -> crate::Result<()> {
        let old: Inner<serde::de::IgnoredAny> = {
            let env = self
                .load_envelope(T::COLLECTION, id.as_bytes())?
                .ok_or_else(|| not_found(T::COLLECTION))?;
            self.open(T::COLLECTION, id.as_bytes(), T::SCHEMA_VERSION, &env)?
        };
        if old.trashed.is_some() {
            return Err(not_found(T::COLLECTION).into());
        }
        let inner = Inner {
            created: old.created,
            updated: self.now,
            trashed: None,
            data: value,
        };
        self.store(id, &inner)?;
        Ok(())
    }

    fn all<T: Record>(&self) -> VResult<Vec<Stored<T>>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT id, envelope FROM records WHERE collection = ?1 ORDER BY rowid",
        )?;
        let rows = stmt.query_map([T::COLLECTION], |r| {
            Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, env) = row?;
            let id: [u8; ID_LEN] = id
                .try_into()
                .map_err(|_| VaultError::Corrupt("record id"))?;
            let inner: Inner<T> = self.open(T::COLLECTION, &id, T::SCHEMA_VERSION, &env)?;
            out.push(Stored {
                id: RecordId::from_bytes(id),
                created: inner.created,
                updated: inner.updated,
                trashed: inner.trashed,
                value: inner.data,
            });
        }
        // Stable sort: records created in the same millisecond keep their
        // insertion order (rowid order above).
        out.sort_by_key(|s| s.created);
        Ok(out)
    }

    /// Every record of the collection not in the trash, oldest first.
    pub fn list<T: Record>(&self) -> crate::Result<Vec<Stored<T>>> {
        let mut all = self.all::<T>()?;
        all.retain(|s| s.trashed.is_none());
        Ok(all)
    }

    /// Every record of the collection in the trash, oldest first.
    pub fn list_trash<T: Record>(&self) -> crate::Result<Vec<Stored<T>>> {
        let mut all = self.all::<T>()?;
        all.retain(|s| s.trashed.is_some());
        Ok(all)
    }

    fn set_trashed<T: Record>(
        &mut self,
        id: &RecordId<T>,
        trashed: Option<DateTime<Utc>>,
    ) -> crate::Result<()> {
        let inner = self.load(id)?;
        if inner.trashed.is_some() == trashed.is_some() {
            return Err(not_found(T::COLLECTION).into());
        }
        let inner = Inner {
            trashed,
            updated: self.now,
            ..inner
        };
        self.store(id, &inner)?;
        Ok(())
    }

    /// Moves a record to the trash (it can be restored until purged).
    pub fn trash<T: Record>(&mut self, id: &RecordId<T>) -> crate::Result<()> {
        let now = self.now;
        self.set_trashed(id, Some(now))
    }

    /// Brings a record back from the trash.
    pub fn restore<T: Record>(&mut self, id: &RecordId<T>) -> crate::Result<()> {
        self.set_trashed(id, None)
    }

    /// Destroys a record that is in the trash. Records outside the trash
    /// cannot be purged: they must be trashed first, on purpose.
    pub fn purge<T: Record>(&mut self, id: &RecordId<T>) -> crate::Result<()> {
        let inner: Inner<serde::de::IgnoredAny> = {
            let env = self
                .load_envelope(T::COLLECTION, id.as_bytes())?
                .ok_or_else(|| not_found(T::COLLECTION))?;
            self.open(T::COLLECTION, id.as_bytes(), T::SCHEMA_VERSION, &env)?
        };
        if inner.trashed.is_none() {
            return Err(crate::Error::invalid(
                "id",
                "only a record in the trash can be destroyed; move it to the trash first",
            ));
        }
        self.tx
            .execute(
                "DELETE FROM records WHERE id = ?1 AND collection = ?2",
                params![&id.as_bytes()[..], T::COLLECTION],
            )
            .map_err(VaultError::from)?;
        Ok(())
    }

    /// (collection, id, trashed) of every record, decrypting each one.
    pub(crate) fn scan(&self) -> VResult<Vec<(String, [u8; ID_LEN], bool)>> {
        let mut stmt = self
            .tx
            .prepare("SELECT collection, id, envelope FROM records")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, Vec<u8>>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (collection, id, env) = row?;
            let id: [u8; ID_LEN] = id
                .try_into()
                .map_err(|_| VaultError::Corrupt("record id"))?;
            let inner: Inner<serde::de::IgnoredAny> =
                self.open(&collection, &id, u16::MAX, &env)?;
            out.push((collection, id, inner.trashed.is_some()));
        }
        Ok(out)
    }

    /// Every record of every collection (trash included), in insertion
    /// order, its data as JSON: what a backup carries. Each is decrypted
    /// and checked.
    pub(crate) fn raw_records(&self) -> VResult<Vec<RawRecord>> {
        let mut stmt = self
            .tx
            .prepare("SELECT collection, id, envelope FROM records ORDER BY rowid")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, Vec<u8>>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (collection, id, env) = row?;
            let id: [u8; ID_LEN] = id
                .try_into()
                .map_err(|_| VaultError::Corrupt("record id"))?;
            out.push(self.raw_open(collection, id, &env)?);
        }
        Ok(out)
    }

    fn raw_open(&self, collection: String, id: [u8; ID_LEN], env: &[u8]) -> VResult<RawRecord> {
        let addr = RecordAddress {
            vault: self.vault,
            collection: &collection,
            id: &id,
        };
        let (schema, plain) = envelope::open(self.key, &addr, env)?;
        let inner: Inner<serde_json::Value> =
            serde_json::from_slice(&plain).map_err(|_| VaultError::Corrupt("record content"))?;
        Ok(RawRecord {
            collection,
            id,
            schema,
            created: inner.created,
            updated: inner.updated,
            trashed: inner.trashed,
            data: inner.data,
        })
    }

    /// The record with this id, whatever its collection.
    pub(crate) fn raw_get(&self, id: &[u8; ID_LEN]) -> VResult<Option<RawRecord>> {
        let row: Option<(String, Vec<u8>)> = self
            .tx
            .prepare_cached("SELECT collection, envelope FROM records WHERE id = ?1")?
            .query_row([&id[..]], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match row {
            Some((collection, env)) => self.raw_open(collection, *id, &env).map(Some),
            None => Ok(None),
        }
    }

    /// Stores `rec` (encrypted under this vault's key, keeping its id,
    /// schema version and times). `replace`: overwrite a record with the
    /// same id; otherwise an existing id is an error.
    pub(crate) fn raw_put(&mut self, rec: &RawRecord, replace: bool) -> VResult<()> {
        let inner = Inner {
            created: rec.created,
            updated: rec.updated,
            trashed: rec.trashed,
            data: &rec.data,
        };
        let env = self.seal(&rec.collection, &rec.id, rec.schema, &inner)?;
        let sql = if replace {
            "INSERT INTO records (id, collection, envelope) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET collection = excluded.collection,
                                            envelope = excluded.envelope"
        } else {
            "INSERT INTO records (id, collection, envelope) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO NOTHING"
        };
        let n = self
            .tx
            .prepare_cached(sql)?
            .execute(params![&rec.id[..], rec.collection, env])?;
        if n == 0 {
            return Err(VaultError::AlreadyExists(format!(
                "{} record",
                rec.collection
            )));
        }
        Ok(())
    }

    /// Destroys every record in the trash, in every collection. Returns the
    /// (collection, id) pairs destroyed, so owners of side files (attachment
    /// blobs) can remove those too.
    pub fn empty_trash(&mut self) -> crate::Result<Vec<(String, String)>> {
        let mut purged = Vec::new();
        for (collection, id, trashed) in self.scan()? {
            if trashed {
                self.tx
                    .execute("DELETE FROM records WHERE id = ?1", [&id[..]])
                    .map_err(VaultError::from)?;
                purged.push((collection, super::ids::to_hex(&id)));
            }
        }
        Ok(purged)
    }
}
