//! `SetTable`: the hash table behind `set` and `frozenset`, CPython's
//! `Objects/setobject.c` algorithm slot for slot.
//!
//! Unlike dicts, sets are not insertion-ordered: iteration walks the slot
//! array, so the order of a set's elements is decided by their hashes, the
//! table size and the history of insertions and deletions. Programs print
//! sets of small ints (`{3, 1, 2}` prints `{1, 2, 3}`), so we keep CPython's
//! exact table: a power-of-two array of (hash, key) slots (at least 8),
//! linear probing of up to 9 neighbours before CPython's perturbed probe
//! step, deleted slots left as dummies (hash -1) that a later insertion may
//! reuse, a resize to `used * 4` once `fill * 5 >= mask * 3`, and the same
//! re-insertion order on resize and copy. With CPython's (non-randomised)
//! int and float hashes the iteration order is then CPython's.
//!
//! The table never compares keys itself: every lookup takes an `eq`
//! predicate, because comparing user objects calls Python code, which must
//! not run while the table is borrowed. The VM first collects the stored
//! keys with an equal hash (`candidates`), compares them with the RefCell
//! released, then performs the operation with a predicate that recognises
//! the matching key by identity (`vm::setmethods`).

use super::hash::{keys_equal, py_hash};
use super::types::PyResult;
use super::value::Value;
use std::cell::{Cell, RefCell};

/// Smallest table size (`PySet_MINSIZE`).
const MINSIZE: usize = 8;
/// Neighbouring slots probed before the perturbed step (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash stored in a deleted slot (no real hash is -1).
const DUMMY_HASH: i64 = -1;

/// One slot: `key` is `Unbound` for an empty slot (hash 0) or a dummy
/// (hash -1).
#[derive(Clone, Default)]
struct Slot {
    hash: i64,
    key: Value,
}

impl Slot {
    #[inline]
    fn is_active(&self) -> bool {
        !self.key.is_unbound()
    }
    #[inline]
    fn is_unused(&self) -> bool {
        self.key.is_unbound() && self.hash != DUMMY_HASH
    }
    #[cfg(test)]
    fn is_dummy(&self) -> bool {
        self.key.is_unbound() && self.hash == DUMMY_HASH
    }
}

/// Where a key is, or where it would go.
pub enum Find {
    /// The slot holding an equal key.
    Found(usize),
    /// Not present; an insertion would use this slot.
    Absent(usize),
}

/// See the module docs.
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl Clone for SetTable {
    /// `set.copy()`: CPython builds the copy by merging into an empty set.
    fn clone(&self) -> Self {
        let mut t = SetTable::new();
        t.merge_from(self);
        t
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::default(); MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Calls `f` on every slot of the probe sequence of `hash` until it
    /// returns `Some` (or an unused slot ends the sequence: `f` sees it too).
    fn walk<R>(&self, hash: i64, mut f: impl FnMut(usize, &Slot) -> Option<R>) -> R {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if let Some(r) = f(j, &self.slots[j]) {
                    return r;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The stored keys whose hash is `hash`, in probe order: the only keys a
    /// lookup of a key with that hash compares against.
    pub fn candidates(&self, hash: i64) -> Vec<Value> {
        let mut out = Vec::new();
        self.walk(hash, |_, s| {
            if s.is_unused() {
                return Some(());
            }
            if s.is_active() && s.hash == hash {
                out.push(s.key.clone());
            }
            None
        });
        out
    }

    /// Finds the key `eq` accepts among the slots with hash `hash`. On a
    /// miss, the slot an insertion takes: the last dummy passed, else the
    /// unused slot that ended the search (`set_add_entry`).
    pub fn find(&self, hash: i64, eq: &mut dyn FnMut(&Value) -> bool) -> Find {
        let mut freeslot = None;
        self.walk(hash, |j, s| {
            if s.is_unused() {
                return Some(Find::Absent(freeslot.unwrap_or(j)));
            }
            if s.is_active() {
                if s.hash == hash && eq(&s.key) {
                    return Some(Find::Found(j));
                }
            } else {
                // CPython keeps the *last* dummy passed, not the first.
                freeslot = Some(j);
            }
            None
        })
    }

    /// Adds `key` unless `eq` accepts a stored key. Returns true if added.
    pub fn add(&mut self, key: Value, hash: i64, eq: &mut dyn FnMut(&Value) -> bool) -> bool {
        match self.find(hash, eq) {
            Find::Found(_) => false,
            Find::Absent(j) => {
                let was_unused = self.slots[j].is_unused();
                self.slots[j] = Slot { hash, key };
                self.used += 1;
                if was_unused {
                    self.fill += 1;
                    if self.fill * 5 >= self.mask() * 3 {
                        let n = if self.used > 50000 {
                            self.used * 2
                        } else {
                            self.used * 4
                        };
                        self.resize(n);
                    }
                }
                true
            }
        }
    }

    /// Removes the key `eq` accepts; returns it, if any.
    pub fn discard(&mut self, hash: i64, eq: &mut dyn FnMut(&Value) -> bool) -> Option<Value> {
        match self.find(hash, eq) {
            Find::Found(j) => Some(self.kill(j)),
            Find::Absent(_) => None,
        }
    }

    /// Turns active slot `j` into a dummy, returning its key.
    fn kill(&mut self, j: usize) -> Value {
        let s = &mut self.slots[j];
        s.hash = DUMMY_HASH;
        self.used -= 1;
        std::mem::take(&mut s.key)
    }

    /// `set.pop()`: the first active slot from the finger on.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !self.slots[j].is_active() {
            j = (j + 1) & mask;
        }
        self.finger = j + 1;
        Some(self.kill(j))
    }

    /// Empties the table (CPython keeps the pop finger), returning the old
    /// contents for the caller to drop once the table is released (a key's
    /// finaliser may use the set).
    #[must_use]
    pub fn clear(&mut self) -> SetTable {
        let finger = self.finger;
        let old = std::mem::take(self);
        self.finger = finger;
        old
    }

    /// Places `key` in the first unused slot of its probe sequence (the
    /// table has no dummies and `key` is known to be absent).
    fn insert_clean(slots: &mut [Slot], key: Value, hash: i64) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if slots[i].is_unused() {
                slots[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask
                && let Some(s) = slots[i + 1..=i + LINEAR_PROBES]
                    .iter_mut()
                    .find(|s| s.is_unused())
            {
                *s = Slot { hash, key };
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Rebuilds the table with the smallest size above `minused`.
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        for s in old {
            if s.is_active() {
                SetTable::insert_clean(&mut self.slots, s.key, s.hash);
            }
        }
        self.fill = self.used;
    }

    /// Resizes dummies away when more than a quarter of the table is dummies
    /// (after `difference_update`).
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let n = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n);
    }

    /// Makes room for `extra` more keys at once (what CPython does before
    /// merging a set or a dict into this one).
    pub fn reserve(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// `set_merge` into an empty table: the fast paths that copy slots
    /// (same size, no dummies) or insert cleanly.
    fn merge_from(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        self.reserve(other.used);
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            for (d, s) in self.slots.iter_mut().zip(&other.slots) {
                if s.is_active() {
                    *d = s.clone();
                }
            }
        } else {
            for s in &other.slots {
                if s.is_active() {
                    SetTable::insert_clean(&mut self.slots, s.key.clone(), s.hash);
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
    }

    /// True when nothing has been inserted since creation or `clear`
    /// (merges into such a table need no comparisons).
    pub fn is_pristine(&self) -> bool {
        self.fill == 0
    }

    /// Replaces this empty table's contents with a copy of `other`'s.
    pub fn copy_into_empty(&mut self, other: &SetTable) {
        debug_assert!(self.fill == 0);
        self.merge_from(other);
    }

    /// The live (hash, key) pairs in slot order: the iteration order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter(|s| s.is_active())
            .map(|s| (s.hash, s.key.clone()))
            .collect()
    }

    /// The live keys in slot order, borrowed (for traversal).
    pub fn iter_keys(&self) -> impl Iterator<Item = &Value> {
        self.slots.iter().filter(|s| s.is_active()).map(|s| &s.key)
    }

    /// The keys in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.slots
            .iter()
            .filter(|s| s.is_active())
            .map(|s| s.key.clone())
            .collect()
    }

    /// The next live key at or after slot `*pos` (advancing it), for iterators.
    pub fn next_from(&self, pos: &mut usize) -> Option<Value> {
        while *pos < self.slots.len() {
            let s = &self.slots[*pos];
            *pos += 1;
            if s.is_active() {
                return Some(s.key.clone());
            }
        }
        None
    }

    /// CPython's `frozenset.__hash__`: order-independent, from the stored hashes.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for s in &self.slots {
            if s.is_active() {
                hash ^= shuffle(s.hash as u64);
            }
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }

    /// Number of dummy slots (for tests).
    #[cfg(test)]
    fn dummies(&self) -> usize {
        self.slots.iter().filter(|s| s.is_dummy()).count()
    }
}

/// The hash a set element is looked up with: a `set` key is looked up as
/// the equal frozenset (`{1} in {frozenset({1})}`), as CPython does.
pub fn lookup_hash(key: &Value) -> PyResult<i64> {
    match key {
        Value::Set(s) => Ok(s.table.borrow().frozen_hash()),
        _ => py_hash(key),
    }
}

/// `key in t` with the built-in key equality (no Python code runs).
pub fn builtin_contains(t: &SetTable, key: &Value) -> PyResult<bool> {
    let h = lookup_hash(key)?;
    Ok(matches!(
        t.find(h, &mut |k| k.is(key) || keys_equal(k, key)),
        Find::Found(_)
    ))
}

/// True when every key of `a` is in `b` (built-in key equality).
pub fn builtin_subset(a: &SetTable, b: &SetTable) -> bool {
    a.len() <= b.len()
        && a.slots.iter().filter(|s| s.is_active()).all(|s| {
            matches!(
                b.find(s.hash, &mut |k| k.is(&s.key) || keys_equal(k, &s.key)),
                Find::Found(_)
            )
        })
}

/// A `set` or `frozenset` (the header type says which; the `Value` tag too).
pub struct PySet {
    pub table: RefCell<SetTable>,
    /// The cached hash of a frozenset.
    pub hash: Cell<Option<i64>>,
}

impl PySet {
    pub fn new(table: SetTable) -> PySet {
        PySet {
            table: RefCell::new(table),
            hash: Cell::new(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_eq(k: i64) -> impl FnMut(&Value) -> bool {
        move |v| matches!(v, Value::Int(x) if *x == k)
    }

    fn ints(t: &SetTable) -> Vec<i64> {
        t.keys()
            .iter()
            .map(|v| if let Value::Int(i) = v { *i } else { -1 })
            .collect()
    }

    fn add(t: &mut SetTable, i: i64) {
        t.add(
            Value::Int(i),
            super::super::hash::hash_i64(i),
            &mut int_eq(i),
        );
    }

    #[test]
    fn order_matches_cpython() {
        // Orders printed by CPython 3.11.
        let mut t = SetTable::new();
        for i in [100, 1, 9, 17] {
            add(&mut t, i);
        }
        assert_eq!(ints(&t), vec![1, 100, 9, 17]);
        let mut t = SetTable::new();
        for i in 0..5 {
            add(&mut t, i * 8);
        }
        assert_eq!(ints(&t), vec![0, 32, 8, 16, 24]);
        let mut t = SetTable::new();
        add(&mut t, 0);
        add(&mut t, 8);
        assert!(t.discard(0, &mut int_eq(0)).is_some());
        assert_eq!(t.dummies(), 1);
        add(&mut t, 16);
        assert_eq!(ints(&t), vec![16, 8]);
    }

    #[test]
    fn frozenset_hash_matches_cpython() {
        let mut t = SetTable::new();
        for i in [1, 2, 3] {
            add(&mut t, i);
        }
        // hash(frozenset({1, 2, 3})) in CPython 3.11.
        assert_eq!(t.frozen_hash(), -272_375_401_224_217_160);
        assert_eq!(SetTable::new().frozen_hash(), 133_146_708_735_736);
    }
}
