//! `DictTable`: the insertion-ordered hash table behind dict and module globals.
//!
//! Entries live in a dense vector in insertion order (deleted ones become holes
//! with an `Unbound` key); a power-of-two index table maps hash slots to entry
//! positions, probed with CPython's perturbation sequence. Iteration walks the
//! entry vector, so order is insertion order.
//!
//! `version` changes on every mutation (new key, new value for a key,
//! deletion, resize, clear) and is drawn from one counter shared by all dicts,
//! so no two states of any dicts share a version. Global-variable inline caches
//! remember a value together with the version of the dict it came from: an
//! unchanged version proves the cached value is still current. Compiled code
//! reads the version through `version_ptr`.

use super::hash::{keys_equal, py_hash};
use super::host::{self, Host, needs_host};
use super::object::PyDict;
use super::types::PyResult;
use super::value::Value;
use std::cell::Cell;

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

/// String equality that skips the byte comparison when both sides are the
/// same memory (interned names).
#[inline]
pub fn same_str(a: &str, b: &str) -> bool {
    (std::ptr::eq(a.as_ptr(), b.as_ptr()) && a.len() == b.len()) || a == b
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

/// CPython's open-addressing probe sequence over a power-of-two index table.
struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: i64, len: usize) -> Probe {
        let mask = len - 1;
        Probe {
            i: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            mask,
        }
    }

    fn advance(&mut self) {
        self.perturb >>= 5;
        self.i = (self
            .i
            .wrapping_mul(5)
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1))
            & self.mask;
    }
}

/// One key/value pair; `key` is `Unbound` for a deleted entry.
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The table. See the module docs.
pub struct DictTable {
    entries: Vec<Entry>,
    indices: Vec<u32>,
    /// One bit per hash seen among the entries in the index (`hash_bit`),
    /// reset when the index is rebuilt or emptied: a lookup whose bit is
    /// clear finds no entry with its hash, so it ends without probing (most
    /// attribute and method names are absent from an instance dict).
    hashes_seen: u64,
    used: usize,
    version: u64,
    /// Changes whenever entries move or the table is emptied (a resize, a
    /// clear, the last deletion): a lookup that ran Python code restarts
    /// when it changed, as CPython's does when `ma_keys` was replaced.
    layout: u64,
}

impl Default for DictTable {
    fn default() -> Self {
        DictTable::new()
    }
}

/// The `DictTable::hashes_seen` bit of a hash (its top six bits).
#[inline]
fn hash_bit(hash: i64) -> u64 {
    1 << ((hash as u64) >> 58)
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable {
            entries: Vec::new(),
            indices: Vec::new(),
            hashes_seen: 0,
            used: 0,
            version: next_version(),
            layout: next_version(),
        }
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// See the module docs.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Where the version lives (stable for the dict's lifetime), for compiled
    /// code and inline caches.
    #[inline]
    pub fn version_ptr(&self) -> *const u64 {
        &self.version
    }

    /// Length of the entry vector including holes (for iteration by position).
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at position `i`, if any.
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_unbound())
    }

    /// The value at entry position `i` (for inline caches).
    #[inline]
    pub fn value_at(&self, i: usize) -> Option<&Value> {
        self.entry_at(i).map(|e| &e.value)
    }

    fn find(&self, key: &Value, hash: i64) -> Option<usize> {
        self.probe(hash, |k| keys_equal(k, key))
    }

    /// The entry index of the first key with hash `hash` that `same`
    /// accepts, following the probe sequence.
    #[inline]
    fn probe(&self, hash: i64, same: impl Fn(&Value) -> bool) -> Option<usize> {
        // Entries are only found with an equal hash.
        if self.hashes_seen & hash_bit(hash) == 0 {
            return None;
        }
        let mut p = Probe::new(hash, self.indices.len());
        loop {
            let ix = self.indices[p.i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash && same(&e.key) {
                    return Some(ix as usize);
                }
            }
            p.advance();
        }
    }

    /// Position of `key`'s entry, if present.
    pub fn position(&self, key: &Value) -> PyResult<Option<usize>> {
        let h = py_hash(key)?;
        Ok(self.find(key, h))
    }

    /// Position of the str key `key`, if present (no allocation).
    pub fn position_str(&self, key: &str) -> Option<usize> {
        self.find_str(key, super::hash::hash_str(key))
    }

    /// Like `find` for a str key given as `&str` with its hash: only str
    /// keys, and instances of str subclasses keeping str's `__eq__` and
    /// `__hash__` (`setattr(obj, S("name"), v)` stores one), can equal it.
    fn find_str(&self, key: &str, hash: i64) -> Option<usize> {
        // Interned names make the pointer test the usual way to succeed.
        self.probe(hash, |k| match k {
            Value::Str(s) => same_str(s.as_str(), key),
            Value::Object(_) => {
                matches!(super::hash::builtin_key(k), Some(Value::Str(s)) if s.as_str() == key)
            }
            _ => false,
        })
    }

    /// Position of the str key `key` whose hash the caller computed.
    pub fn position_str_hashed(&self, key: &str, hash: i64) -> Option<usize> {
        self.find_str(key, hash)
    }

    /// Replaces the value of the live entry at position `i`, returning the
    /// old value (for the caller to drop outside any borrow).
    pub fn replace_value_at(&mut self, i: usize, value: Value) -> Option<Value> {
        let e = self.entries.get_mut(i).filter(|e| !e.key.is_unbound())?;
        self.version = next_version();
        Some(std::mem::replace(&mut e.value, value))
    }

    /// Lookup by a str key whose hash the caller computed (`hash::hash_str`).
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        self.find_str(key, hash)
            .map(|i| self.entries[i].value.clone())
    }

    /// `d[key]`, or `None` when absent.
    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        let h = py_hash(key)?;
        Ok(self.find(key, h).map(|i| self.entries[i].value.clone()))
    }

    /// Lookup by a str key.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.position_str(key)
            .map(|i| self.entries[i].value.clone())
    }

    /// True when `key` is present.
    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        Ok(self.position(key)?.is_some())
    }

    fn insert_index(&mut self, hash: i64, ix: u32) {
        self.hashes_seen |= hash_bit(hash);
        let mut p = Probe::new(hash, self.indices.len());
        while self.indices[p.i] != EMPTY {
            p.advance();
        }
        self.indices[p.i] = ix;
    }

    /// Rebuilds the index for at least `min_used` live entries, dropping holes.
    fn rebuild(&mut self, min_used: usize) {
        let mut size = 8;
        while size * 2 < min_used * 3 + 3 {
            size *= 2;
        }
        self.entries.retain(|e| !e.key.is_unbound());
        self.indices = vec![EMPTY; size];
        self.hashes_seen = 0;
        for ix in 0..self.entries.len() {
            let h = self.entries[ix].hash;
            self.insert_index(h, ix as u32);
        }
        self.version = next_version();
        self.layout = self.version;
    }

    /// `d[key] = value` with a precomputed hash.
    pub fn insert_hashed(&mut self, key: Value, hash: i64, value: Value) {
        if let Some(i) = self.find(&key, hash) {
            self.entries[i].value = value;
            self.version = next_version();
            return;
        }
        self.push_new(key, hash, value);
    }

    /// Adds a key known to be absent.
    fn push_new(&mut self, key: Value, hash: i64, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild((self.used + 1) * 2);
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.insert_index(hash, ix);
        self.used += 1;
        self.version = next_version();
    }

    /// `d[key] = value`.
    pub fn insert(&mut self, key: Value, value: Value) -> PyResult<()> {
        let h = py_hash(&key)?;
        self.insert_hashed(key, h, value);
        Ok(())
    }

    /// `d[key] = value` for a str object key (no allocation); returns the
    /// value replaced, for the caller to drop outside any borrow.
    pub fn set_str_key(
        &mut self,
        key: &super::rc::PyRef<super::object::PyStr>,
        value: Value,
    ) -> Option<Value> {
        let h = super::hash::str_hash(key);
        if let Some(i) = self.find_str(key.as_str(), h) {
            self.version = next_version();
            return Some(std::mem::replace(&mut self.entries[i].value, value));
        }
        self.insert_hashed(Value::Str(key.clone()), h, value);
        None
    }

    /// `d[key] = value` for a str key (allocates the key only when new).
    pub fn insert_str(&mut self, key: &str, value: Value) {
        let h = super::hash::hash_str(key);
        if let Some(i) = self.find_str(key, h) {
            self.entries[i].value = value;
            self.version = next_version();
            return;
        }
        self.insert_hashed(Value::str(key), h, value);
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &Value) -> PyResult<Option<Value>> {
        let h = py_hash(key)?;
        let Some(ix) = self.find(key, h) else {
            return Ok(None);
        };
        Ok(Some(self.remove_at(ix, h).1))
    }

    /// Removes the live entry at position `ix` (whose hash is `h`),
    /// returning its key and value for the caller to drop.
    fn remove_at(&mut self, ix: usize, h: i64) -> (Value, Value) {
        // Mark the index slot as a dummy so probe chains stay intact.
        let mut p = Probe::new(h, self.indices.len());
        while self.indices[p.i] != ix as u32 {
            p.advance();
        }
        self.indices[p.i] = DUMMY;
        let e = &mut self.entries[ix];
        let k = std::mem::take(&mut e.key);
        let v = std::mem::take(&mut e.value);
        self.used -= 1;
        self.version = next_version();
        if self.used == 0 {
            self.entries.clear();
            self.indices.clear();
            self.hashes_seen = 0;
            self.layout = self.version;
        }
        (k, v)
    }

    /// Removes and returns the last inserted pair (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let ix = self.entries.iter().rposition(|e| !e.key.is_unbound())?;
        let h = self.entries[ix].hash;
        Some(self.remove_at(ix, h))
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.hashes_seen = 0;
        self.used = 0;
        self.version = next_version();
        self.layout = self.version;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_unbound())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
}

/// Dict operations on keys of any type: hashing and comparing a key may
/// run Python code (through `Host`), so these own the `RefCell` borrow only
/// between calls. They follow CPython's `dictobject.c`: a lookup compares
/// the stored key with the probe key (`stored == key`, identity first) for
/// every entry with an equal hash, and restarts when the comparison changed
/// the table's layout or removed the entry it was comparing.
impl PyDict {
    /// The position of `key` (whose hash is `hash`), if present.
    pub fn lookup<H: Host + ?Sized>(
        &self,
        h: &mut H,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        let key_simple = !needs_host(key);
        'restart: loop {
            let mut t = self.table.borrow();
            if t.indices.is_empty() {
                return Ok(None);
            }
            let mut p = Probe::new(hash, t.indices.len());
            loop {
                let ix = t.indices[p.i];
                if ix == EMPTY {
                    return Ok(None);
                }
                if ix != DUMMY {
                    let e = &t.entries[ix as usize];
                    if e.key.is(key) {
                        return Ok(Some(ix as usize));
                    }
                    if e.hash == hash {
                        if key_simple && !needs_host(&e.key) {
                            if keys_equal(&e.key, key) {
                                return Ok(Some(ix as usize));
                            }
                        } else {
                            let start = e.key.clone();
                            let layout = t.layout;
                            drop(t);
                            let same = h.eq(&start, key)?;
                            t = self.table.borrow();
                            let unchanged = t.layout == layout
                                && t.entries.get(ix as usize).is_some_and(|e| e.key.is(&start));
                            if !unchanged {
                                drop(t);
                                drop(start);
                                continue 'restart;
                            }
                            if same {
                                return Ok(Some(ix as usize));
                            }
                        }
                    }
                }
                p.advance();
            }
        }
    }

    /// `d.get(key)` with the key's hash known.
    pub fn lookup_value<H: Host + ?Sized>(
        &self,
        h: &mut H,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        let ix = self.lookup(h, key, hash)?;
        Ok(ix.and_then(|i| self.table.borrow().value_at(i).cloned()))
    }

    /// `d.get(key)`.
    pub fn get_item<H: Host + ?Sized>(&self, h: &mut H, key: &Value) -> PyResult<Option<Value>> {
        let hash = host::hash(h, key)?;
        self.lookup_value(h, key, hash)
    }

    /// `key in d`.
    pub fn contains_key<H: Host + ?Sized>(&self, h: &mut H, key: &Value) -> PyResult<bool> {
        let hash = host::hash(h, key)?;
        Ok(self.lookup(h, key, hash)?.is_some())
    }

    /// `d[key] = value`.
    pub fn set_item<H: Host + ?Sized>(&self, h: &mut H, key: Value, value: Value) -> PyResult<()> {
        let hash = host::hash(h, &key)?;
        self.set_item_hashed(h, key, hash, value)
    }

    /// `d[key] = value` with the key's hash known (`insertdict`): a found
    /// key keeps its stored key object and takes the new value.
    pub fn set_item_hashed<H: Host + ?Sized>(
        &self,
        h: &mut H,
        key: Value,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        let ix = self.lookup(h, &key, hash)?;
        let mut t = self.table.borrow_mut();
        let old = match ix {
            Some(i) if i < t.entries.len() => {
                t.version = next_version();
                Some(std::mem::replace(&mut t.entries[i].value, value))
            }
            _ => {
                t.push_new(key, hash, value);
                None
            }
        };
        drop(t);
        drop(old);
        Ok(())
    }

    /// `d.setdefault(key, default)`: the value for `key`, inserting
    /// `default` first when absent.
    pub fn set_default<H: Host + ?Sized>(
        &self,
        h: &mut H,
        key: Value,
        default: Value,
    ) -> PyResult<Value> {
        let hash = host::hash(h, &key)?;
        if let Some(i) = self.lookup(h, &key, hash)?
            && let Some(v) = self.table.borrow().value_at(i).cloned()
        {
            return Ok(v);
        }
        self.table.borrow_mut().push_new(key, hash, default.clone());
        Ok(default)
    }

    /// Removes `key`, returning its value (`d.pop(key)`, `del d[key]`).
    pub fn remove_item<H: Host + ?Sized>(&self, h: &mut H, key: &Value) -> PyResult<Option<Value>> {
        let hash = host::hash(h, key)?;
        let Some(ix) = self.lookup(h, key, hash)? else {
            return Ok(None);
        };
        let removed = {
            let mut t = self.table.borrow_mut();
            if t.entry_at(ix).is_none() {
                return Ok(None);
            }
            t.remove_at(ix, hash)
        };
        let (k, v) = removed;
        drop(k);
        Ok(Some(v))
    }
}

/// `dst.update(src)` for two dicts (which may be the same one), CPython's
/// `dict_merge`: each entry of the source in order, the source re-read
/// after every insertion (an insertion may run a key's `__eq__`).
pub fn merge<H: Host + ?Sized>(h: &mut H, dst: &PyDict, src: &PyDict) -> PyResult<()> {
    if std::ptr::eq(dst, src) {
        return Ok(());
    }
    let mut i = 0;
    loop {
        let entry = {
            let t = src.table.borrow();
            if i >= t.slots() {
                return Ok(());
            }
            t.entry_at(i)
                .map(|e| (e.key.clone(), e.hash, e.value.clone()))
        };
        i += 1;
        if let Some((k, hash, v)) = entry {
            dst.set_item_hashed(h, k, hash, v)?;
        }
    }
}

/// `x | y` for two dicts: a copy of `x` updated with `y`.
pub fn dict_or<H: Host + ?Sized>(h: &mut H, x: &PyDict, y: &PyDict) -> PyResult<Value> {
    let t = x.table.borrow().clone();
    let r = super::rc::PyRef::new(PyDict {
        table: std::cell::RefCell::new(t),
    });
    merge(h, &r, y)?;
    Ok(Value::Dict(r))
}

impl Clone for DictTable {
    fn clone(&self) -> Self {
        let mut t = DictTable::new();
        for e in self.iter() {
            t.push_new(e.key.clone(), e.hash, e.value.clone());
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_get_remove_keeps_order() {
        let mut d = DictTable::new();
        for i in 0..100 {
            d.insert(Value::Int(i), Value::Int(i * 2)).ok();
        }
        assert_eq!(d.len(), 100);
        for i in (0..100).step_by(3) {
            assert!(d.remove(&Value::Int(i)).ok().flatten().is_some());
        }
        let keys: Vec<i64> = d
            .keys()
            .iter()
            .map(|k| if let Value::Int(i) = k { *i } else { -1 })
            .collect();
        let want: Vec<i64> = (0..100).filter(|i| i % 3 != 0).collect();
        assert_eq!(keys, want);
        assert!(matches!(
            d.get(&Value::Int(5)).ok().flatten(),
            Some(Value::Int(10))
        ));
        assert!(matches!(
            d.get(&Value::Float(5.0)).ok().flatten(),
            Some(Value::Int(10))
        ));
        assert!(d.get(&Value::Int(6)).ok().flatten().is_none());
    }

    #[test]
    fn every_mutation_changes_the_version() {
        let mut d = DictTable::new();
        d.insert_str("x", Value::Int(1));
        let v1 = d.version();
        d.insert_str("x", Value::Int(2));
        let v2 = d.version();
        assert_ne!(v1, v2);
        d.insert_str("y", Value::Int(2));
        assert_ne!(v2, d.version());
        let v3 = d.version();
        assert!(d.get(&Value::str("x")).ok().flatten().is_some());
        assert_eq!(v3, d.version(), "reads do not change it");
        d.remove(&Value::str("x")).ok();
        assert_ne!(v3, d.version());
    }
}
