//! The heap object types behind `Value`'s heap variants.
//!
//! Each is the `T` of a `PyRef<T>`. Mutable containers use `RefCell`; the
//! runtime never holds a borrow across a call back into Python code, so a
//! borrow conflict can only be a bug, and fallible borrow paths raise
//! `RuntimeError` rather than panicking where user code could cause one.
//! `RangeIter` is `#[repr(C)]` because compiled loops step it directly.

use super::code::PyCode;
use super::dict::DictTable;
use super::rc::{PyRef, RcBox};
use super::types::ExcKind;
use super::value::Value;
use std::cell::{Cell, RefCell};

// ----- str ------------------------------------------------------------------

/// An immutable Python str. `nchars` caches the length in code points so
/// `len()` is O(1) and ASCII strings (nchars == byte length) index in O(1).
pub struct PyStr {
    s: Box<str>,
    nchars: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_string())
    }

    pub fn from_string(s: String) -> PyStr {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s: s.into_boxed_str(),
            nchars,
            hash: Cell::new(None),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn len(&self) -> usize {
        self.nchars
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.nchars == 0
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code point `i` (`i <= len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// The cached hash, computing it with `f` on first use.
    pub fn hash_with(&self, f: impl FnOnce(&str) -> i64) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = f(&self.s);
        self.hash.set(Some(h));
        h
    }
}

thread_local! {
    static INTERNED: RefCell<std::collections::HashMap<Box<str>, PyRef<PyStr>>> =
        RefCell::new(std::collections::HashMap::new());
}

/// The one str object for name `s` on this thread (as CPython interns
/// identifiers): code objects' attribute, global and keyword names come from
/// here, so instance-dict keys stored by one method and looked up by another
/// are the same object and compare by address. Interned names live as long
/// as the thread.
pub fn intern(s: &str) -> PyRef<PyStr> {
    INTERNED.with(|t| {
        if let Some(p) = t.borrow().get(s) {
            return p.clone();
        }
        let p = PyRef::new(PyStr::new(s));
        t.borrow_mut().insert(s.into(), p.clone());
        p
    })
}

// ----- list and tuple ------------------------------------------------------------

/// A Python list.
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl Drop for PyList {
    fn drop(&mut self) {
        drop_reversed(std::mem::take(self.items.get_mut()));
    }
}

/// Releases `items` from last to first, the order in which CPython's list
/// and tuple deallocation (and `list.clear`, slice assignment) release them,
/// which decides the order `__del__` methods run in.
pub fn drop_reversed(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }
}

/// A Python tuple.
pub struct PyTuple {
    pub items: Box<[Value]>,
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        drop_reversed(std::mem::take(&mut self.items).into_vec());
    }
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }
}

// ----- dict -------------------------------------------------------------------------

/// A Python dict (also every module's globals).
pub struct PyDict {
    pub table: RefCell<DictTable>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict {
            table: RefCell::new(DictTable::new()),
        }
    }
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

// ----- functions ------------------------------------------------------------------

/// A Python function: code plus the environment it was created in.
pub struct PyFunction {
    /// The code object (replaceable by assigning `__code__`).
    pub code: RefCell<PyRef<PyCode>>,
    pub globals: PyRef<PyDict>,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// Defaults of the last positional parameters.
    pub defaults: RefCell<Box<[Value]>>,
    /// Defaults of keyword-only parameters.
    pub kwdefaults: RefCell<Option<PyRef<PyDict>>>,
    /// One cell (`Value::Cell`) per free variable of `code`.
    pub closure: Box<[Value]>,
    /// The `__module__` name.
    pub module: RefCell<Value>,
    /// `__doc__`: the code's first constant when it is a string, else None.
    pub doc: RefCell<Value>,
    /// `__annotations__`, created empty on first access when the definition
    /// had none.
    pub annotations: RefCell<Option<PyRef<PyDict>>>,
    /// Attributes set by assignment (`f.attr = ...`).
    pub dict: RefCell<Option<PyRef<PyDict>>>,
}

/// True for the special-method names CPython implements as type slots
/// (`typeobject.c`'s slot table): a built-in type's method of that name is a
/// `wrapper_descriptor`. Other dunders (`__reduce__`, `__format__`,
/// `__sizeof__`, `__round__`, ...) are ordinary method descriptors.
pub fn is_slot_name(name: &str) -> bool {
    matches!(
        name,
        "__getattribute__"
            | "__getattr__"
            | "__setattr__"
            | "__delattr__"
            | "__repr__"
            | "__hash__"
            | "__call__"
            | "__str__"
            | "__lt__"
            | "__le__"
            | "__eq__"
            | "__ne__"
            | "__gt__"
            | "__ge__"
            | "__iter__"
            | "__next__"
            | "__get__"
            | "__set__"
            | "__delete__"
            | "__init__"
            | "__del__"
            | "__await__"
            | "__aiter__"
            | "__anext__"
            | "__add__"
            | "__radd__"
            | "__sub__"
            | "__rsub__"
            | "__mul__"
            | "__rmul__"
            | "__mod__"
            | "__rmod__"
            | "__divmod__"
            | "__rdivmod__"
            | "__pow__"
            | "__rpow__"
            | "__neg__"
            | "__pos__"
            | "__abs__"
            | "__bool__"
            | "__invert__"
            | "__lshift__"
            | "__rlshift__"
            | "__rshift__"
            | "__rrshift__"
            | "__and__"
            | "__rand__"
            | "__xor__"
            | "__rxor__"
            | "__or__"
            | "__ror__"
            | "__int__"
            | "__float__"
            | "__iadd__"
            | "__isub__"
            | "__imul__"
            | "__imod__"
            | "__ipow__"
            | "__ilshift__"
            | "__irshift__"
            | "__iand__"
            | "__ixor__"
            | "__ior__"
            | "__floordiv__"
            | "__rfloordiv__"
            | "__truediv__"
            | "__rtruediv__"
            | "__ifloordiv__"
            | "__itruediv__"
            | "__index__"
            | "__matmul__"
            | "__rmatmul__"
            | "__imatmul__"
            | "__len__"
            | "__getitem__"
            | "__setitem__"
            | "__delitem__"
            | "__contains__"
    )
}

/// The `owner` of the special-method wrappers of built-in types
/// (`int.__add__`, vm/slots.rs): a `wrapper_descriptor` rather than a
/// `method_descriptor`, given its receiver as it is.
pub const SLOT_OWNER: &str = "slot";

impl PyBuiltin {
    /// True for what CPython makes a `wrapper_descriptor` (unbound) or a
    /// `method-wrapper` (bound): the special methods of built-in types
    /// that stand for type slots. `list.__getitem__`, `dict.__getitem__`
    /// and the sets' and dict's `__contains__` are methods in CPython
    /// (defined beside the slot), not slot wrappers.
    pub fn is_slot_wrapper(&self) -> bool {
        let slot = self.owner == SLOT_OWNER || is_slot_name(self.name);
        slot && !matches!(
            (self.objclass.as_ref().map(|t| t.kind), self.name),
            (Some(TypeKind::List | TypeKind::Dict), "__getitem__")
                | (
                    Some(TypeKind::Dict | TypeKind::Set | TypeKind::FrozenSet),
                    "__contains__"
                )
        )
    }
}

/// A native function. `bound` is the receiver of a bound builtin method
/// (`[].append`), passed as the first argument.
pub struct PyBuiltin {
    pub name: &'static str,
    pub func: NativeFn,
    pub bound: Option<Value>,
    /// Qualified name of the owner type for bound methods' repr (`list`).
    pub owner: &'static str,
    /// The built-in type whose dict holds this method descriptor (`str` for
    /// `str.upper`), also kept when it is bound: an unbound call checks its
    /// receiver against it, and it is `__objclass__`. Built-in types are
    /// immortal, so traversal does not visit it. None for functions and
    /// static methods such as `__new__`.
    pub objclass: Option<PyRef<PyType>>,
}

/// Signature of native functions: the VM, positional arguments, and keyword
/// arguments as (name, value) pairs in call order.
pub type NativeFn =
    fn(&mut crate::vm::Vm, &[Value], &[(PyRef<PyStr>, Value)]) -> crate::runtime::PyResult<Value>;

// ----- types -----------------------------------------------------------------------

/// Which built-in behaviour and Rust payload a type's instances have. For a
/// built-in type this is the type itself; a class inherits the kind of its
/// nearest built-in base (`Object` for plain classes), and its instances are
/// `PyInstance`s (`Value::Object`) carrying that base's payload, except for
/// exception classes, whose instances are `PyException`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Object,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Function,
    BuiltinFunction,
    Type,
    Module,
    Range,
    RangeIterator,
    Iterator,
    Cell,
    Code,
    Slice,
    DictView,
    Bytes,
    /// An attribute bag (`SimpleNamespace`, `ModuleSpec`).
    Namespace,
    Ellipsis,
    NotImplementedType,
    /// A built-in exception class.
    Exception(ExcKind),
    /// Record types whose instances are `PyInstance`s with a payload.
    Method,
    StaticMethod,
    ClassMethod,
    Property,
    Super,
    Generator,
    Set,
    FrozenSet,
    Complex,
    ByteArray,
}

/// Type flags (`PyType::flags`).
pub mod type_flags {
    /// A class made by a class statement or `type(name, bases, ns)`.
    pub const HEAPTYPE: u32 = 1 << 0;
    /// May be used as a base class.
    pub const BASETYPE: u32 = 1 << 1;
    /// Instances have a `__dict__`.
    pub const HAS_DICT: u32 = 1 << 2;
    /// Instances go to the finaliser queue (`runtime::finalize`) instead of
    /// being freed when their count reaches zero: classes defining `__del__`
    /// (set at class creation or when `__del__` is assigned, never cleared)
    /// and the generator types. Only set on types whose instances are
    /// `PyInstance`s (never exception classes or metaclasses).
    pub const FINALIZE: u32 = 1 << 3;
}

/// A type object. Its header type is its metaclass.
///
/// `mro` holds the method resolution order *after* the type itself (storing
/// the type in its own list would be a reference cycle); `mro_iter` yields
/// the full order. `version` changes whenever the dict of this type or of
/// any type in its MRO changes (`PyType::modified`), so inline caches keyed
/// on (type, version) stay valid exactly while lookups would give the same answer.
pub struct PyType {
    name: RefCell<std::rc::Rc<str>>,
    qualname: RefCell<std::rc::Rc<str>>,
    pub kind: TypeKind,
    pub flags: Cell<u32>,
    /// `__base__`: the base whose layout instances extend.
    pub base: RefCell<Option<PyRef<PyType>>>,
    /// `__bases__`.
    pub bases: RefCell<Vec<PyRef<PyType>>>,
    /// The MRO without the type itself.
    pub mro: RefCell<Vec<PyRef<PyType>>>,
    /// The type's namespace (`__dict__`).
    pub dict: PyRef<PyDict>,
    /// Changes whenever a lookup through this type could change.
    pub version: Cell<u64>,
    /// Direct subclasses (not counted: a class removes itself when it dies).
    pub subclasses: RefCell<Vec<*const RcBox<PyType>>>,
    /// Names from `__slots__`, in slot order (instances store them in `PyInstance::slots`).
    pub slot_names: RefCell<Vec<PyRef<PyStr>>>,
    /// Which attribute hooks classes on the MRO define (`special::*` bits),
    /// with the version they were computed for.
    special_cache: Cell<(u64, u32)>,
    /// Results of `lookup_static` (special method names), by name address:
    /// (address, version, result); a few entries, scanned linearly.
    hot: RefCell<Vec<(usize, u64, Option<Value>)>>,
}

/// Offset of `PyType::version` from the start of a type's box, for compiled
/// code's attribute-cache guards.
pub const TYPE_VERSION_OFFSET: i32 = (std::mem::offset_of!(super::rc::RcBox<PyType>, value)
    + std::mem::offset_of!(PyType, version)) as i32;
const _: () = assert!(std::mem::size_of::<Cell<u64>>() == 8);

/// How many special-name results a type keeps in `PyType::hot`.
const HOT_ENTRIES: usize = 12;

/// Attribute hooks a class can define, as bits of `PyType::specials`.
pub mod special {
    pub const GETATTRIBUTE: u32 = 1 << 0;
    pub const GETATTR: u32 = 1 << 1;
    pub const SETATTR: u32 = 1 << 2;
    pub const DELATTR: u32 = 1 << 3;
    pub const GET: u32 = 1 << 4;
    pub const SET: u32 = 1 << 5;
    pub const DELETE: u32 = 1 << 6;
    pub(super) const NAMES: [(&str, u32); 7] = [
        ("__getattribute__", GETATTRIBUTE),
        ("__getattr__", GETATTR),
        ("__setattr__", SETATTR),
        ("__delattr__", DELATTR),
        ("__get__", GET),
        ("__set__", SET),
        ("__delete__", DELETE),
    ];
}

const METHOD_CACHE_SIZE: usize = 4096;

/// One entry of the type-attribute cache (`PyType::lookup`).
struct MethodCacheEntry {
    /// Version tag of the type looked up (0: empty; tags start at 1).
    version: u64,
    hash: i64,
    name: Box<str>,
    value: Option<Value>,
}

thread_local! {
    static METHOD_CACHE: RefCell<Vec<MethodCacheEntry>> = RefCell::new(
        (0..METHOD_CACHE_SIZE)
            .map(|_| MethodCacheEntry {
                version: 0,
                hash: 0,
                name: "".into(),
                value: None,
            })
            .collect(),
    );
}

/// The method-cache slot of (type version, name key): a multiplicative hash
/// whose top bits depend on every bit of both (names' addresses differ only
/// in a few low bits).
#[inline]
fn cache_slot(version: u64, key: u64) -> usize {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let x = (key ^ version.wrapping_mul(K)).wrapping_mul(K);
    (x >> (64 - METHOD_CACHE_SIZE.trailing_zeros())) as usize
}

/// The source of type version tags: a fresh value for every change.
fn next_type_version() -> u64 {
    thread_local! { static NEXT: Cell<u64> = const { Cell::new(1) }; }
    NEXT.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

impl PyType {
    /// A type object; the caller fills in the MRO.
    pub fn new(
        name: &str,
        kind: TypeKind,
        flags: u32,
        bases: Vec<PyRef<PyType>>,
        dict: PyRef<PyDict>,
    ) -> PyType {
        PyType {
            name: RefCell::new(name.into()),
            qualname: RefCell::new(name.into()),
            kind,
            flags: Cell::new(flags),
            base: RefCell::new(bases.first().cloned()),
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            dict,
            version: Cell::new(next_type_version()),
            subclasses: RefCell::new(Vec::new()),
            slot_names: RefCell::new(Vec::new()),
            special_cache: Cell::new((0, 0)),
            hot: RefCell::new(Vec::new()),
        }
    }

    /// The `special::*` hooks that classes (not built-in types) on this
    /// type's MRO define; recomputed when the version changes.
    pub fn specials(&self) -> u32 {
        let (v, bits) = self.special_cache.get();
        let version = self.version.get();
        if v == version {
            return bits;
        }
        let mut bits = 0;
        let defined_by_class = |name: &str| {
            std::iter::once(self)
                .chain(self.mro.borrow().iter().map(|t| &**t))
                .filter(|t| t.is_heap())
                .any(|t| t.dict.table.borrow().position_str(name).is_some())
        };
        for (name, bit) in special::NAMES {
            if defined_by_class(name) {
                bits |= bit;
            }
        }
        self.special_cache.set((version, bits));
        bits
    }

    /// `__name__`.
    pub fn name(&self) -> std::rc::Rc<str> {
        self.name.borrow().clone()
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> std::rc::Rc<str> {
        self.qualname.borrow().clone()
    }

    pub fn set_name(&self, n: &str) {
        *self.name.borrow_mut() = n.into();
    }

    pub fn set_qualname(&self, n: &str) {
        *self.qualname.borrow_mut() = n.into();
    }

    /// True for classes made by Python code.
    #[inline]
    pub fn is_heap(&self) -> bool {
        self.flags.get() & type_flags::HEAPTYPE != 0
    }

    /// True when `self` is `other` or derives from it (through the MRO).
    pub fn is_subtype(&self, other: &PyType) -> bool {
        std::ptr::eq(self, other) || self.mro.borrow().iter().any(|t| std::ptr::eq(&**t, other))
    }

    /// True for exception classes (subclasses of BaseException).
    pub fn is_exception(&self) -> bool {
        matches!(self.kind, TypeKind::Exception(_))
    }

    /// Looks `name` up along the MRO (the type itself first).
    ///
    /// Results (misses too) are remembered in a per-thread cache keyed by
    /// the type's version tag and the name: version tags are never reused,
    /// and every change to a dict on the MRO gives the type a new one.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.lookup_hashed(name, super::hash::hash_str(name))
    }

    /// `lookup` for a str object, using its cached hash.
    pub fn lookup_str(&self, name: &PyStr) -> Option<Value> {
        self.lookup_hashed(name.as_str(), super::hash::str_hash(name))
    }

    /// `lookup` for a name spelled in pyjit's source (special method names):
    /// remembered in the type itself by the name's address, so the protocol
    /// layer's lookups (`__add__`, `__init__`, ...) neither hash nor touch
    /// the per-thread cache.
    pub fn lookup_static(&self, name: &'static str) -> Option<Value> {
        let version = self.version.get();
        let p = name.as_ptr() as usize;
        {
            let hot = self.hot.borrow();
            if let Some((_, _, v)) = hot.iter().find(|e| e.0 == p && e.1 == version) {
                return v.clone();
            }
        }
        let found = self.lookup(name);
        let mut hot = self.hot.borrow_mut();
        let entry = (p, version, found.clone());
        let old = if let Some(i) = hot.iter().position(|e| e.0 == p || e.1 != version) {
            Some(std::mem::replace(&mut hot[i], entry))
        } else if hot.len() < HOT_ENTRIES {
            hot.push(entry);
            None
        } else {
            let i = (p >> 3) % HOT_ENTRIES;
            Some(std::mem::replace(&mut hot[i], entry))
        };
        drop(hot);
        drop(old);
        found
    }

    fn lookup_hashed(&self, name: &str, h: i64) -> Option<Value> {
        let version = self.version.get();
        let slot = cache_slot(version, h as u64);
        let hit = METHOD_CACHE.with(|c| {
            let c = c.borrow();
            let e = &c[slot];
            (e.version == version && e.hash == h && &*e.name == name).then(|| e.value.clone())
        });
        if let Some(v) = hit {
            return v;
        }
        let found = self.lookup_uncached(name, h);
        METHOD_CACHE.with(|c| {
            let old = std::mem::replace(
                &mut c.borrow_mut()[slot],
                MethodCacheEntry {
                    version,
                    hash: h,
                    name: name.into(),
                    value: found.clone(),
                },
            );
            drop(old);
        });
        found
    }

    fn lookup_uncached(&self, name: &str, h: i64) -> Option<Value> {
        if let Some(v) = self.dict.table.borrow().get_str_hashed(name, h) {
            return Some(v);
        }
        for t in self.mro.borrow().iter() {
            if let Some(v) = t.dict.table.borrow().get_str_hashed(name, h) {
                return Some(v);
            }
        }
        None
    }

    /// Calls `f` on each value `lookup_static` remembers (strong references
    /// this type owns), for traversal; an error while that cache is being
    /// updated.
    pub fn try_for_each_hot(
        &self,
        f: &mut dyn FnMut(&Value),
    ) -> Result<(), std::cell::BorrowError> {
        for (_, _, v) in self.hot.try_borrow()?.iter() {
            if let Some(v) = v {
                f(v);
            }
        }
        Ok(())
    }

    /// Records that this type's dict (or an ancestor's) changed: every
    /// subclass gets a new version too.
    pub fn modified(&self) {
        self.version.set(next_type_version());
        let subs = self.subclasses.borrow().clone();
        for s in subs {
            // SAFETY: a subclass removes itself from its bases' lists when it
            // is dropped, so every pointer in the list is a live type box.
            unsafe { (*s).value.modified() };
        }
    }
}

impl Drop for PyType {
    fn drop(&mut self) {
        let me = self as *const PyType;
        for b in self.bases.borrow().iter() {
            b.subclasses.borrow_mut().retain(|&p| {
                // SAFETY: only the payload's address is computed; nothing is read.
                let v = unsafe { std::ptr::addr_of!((*p).value) };
                v != me
            });
        }
    }
}

// ----- exceptions -------------------------------------------------------------------

/// A traceback entry recorded while an exception propagates: the code,
/// globals and instruction of the frame it left.
pub struct TbEntry {
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    pub pc: u32,
    /// The frame's variables (and cells) when the exception left it: a
    /// traceback keeps its frames' locals alive, as CPython's does.
    pub locals: Vec<Value>,
}

/// An exception instance (its class is in the object header).
pub struct PyException {
    pub args: RefCell<Vec<Value>>,
    /// `__traceback__`: None or a traceback object (`Payload::Traceback`),
    /// whose chain starts at the outermost frame; see `vm::traceback`.
    /// Entries recorded since it was last read are in `tb_pending`.
    pub traceback: RefCell<Value>,
    /// Traceback entries not made into objects yet, innermost first: they
    /// go in front of `traceback`, the last one outermost.
    pub tb_pending: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// `StopIteration.value`, `SystemExit.code`, `ImportError.name`, ... and
    /// attributes assigned by the program.
    pub dict: RefCell<Option<PyRef<PyDict>>>,
}

impl PyRef<PyException> {
    /// The built-in exception class this exception's class derives from.
    pub fn kind(&self) -> Option<ExcKind> {
        match PyRef::ty(self).kind {
            TypeKind::Exception(k) => Some(k),
            _ => None,
        }
    }

    /// The first built-in exception class on this exception's MRO: the one
    /// whose `__str__` applies. It differs from `kind` (the layout) under
    /// multiple inheritance: `class E(KeyError, AttributeError)` has
    /// AttributeError's layout and KeyError's `__str__`.
    pub fn str_kind(&self) -> Option<ExcKind> {
        let ty = PyRef::ty(self);
        if !ty.is_heap() {
            return self.kind();
        }
        ty.mro.borrow().iter().find_map(|t| match t.kind {
            TypeKind::Exception(k) if !t.is_heap() => Some(k),
            _ => None,
        })
    }
}

// ----- modules ------------------------------------------------------------------------

/// A module: a name and its globals.
pub struct PyModule {
    pub name: String,
    pub dict: PyRef<PyDict>,
}

// ----- ranges and iterators ------------------------------------------------------------

/// `range(start, stop, step)` over i64 bounds.
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    /// Number of elements.
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (
            i128::from(self.start),
            i128::from(self.stop),
            i128::from(self.step),
        );
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        i64::try_from(n).unwrap_or(i64::MAX)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Element `i` (0 <= i < len).
    pub fn get(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

/// The iterator over a range. Compiled loops read and update `next` and
/// `remaining` in place (offsets asserted below).
#[repr(C)]
pub struct RangeIter {
    /// The value the next call yields.
    pub next: Cell<i64>,
    /// How many values are left.
    pub remaining: Cell<i64>,
    pub step: i64,
}

/// Offsets of `RangeIter` fields from the start of its `RcBox`, for the JIT.
pub const RANGE_ITER_NEXT_OFFSET: i32 =
    (RcBox::<RangeIter>::VALUE_OFFSET + std::mem::offset_of!(RangeIter, next)) as i32;
pub const RANGE_ITER_REMAINING_OFFSET: i32 =
    (RcBox::<RangeIter>::VALUE_OFFSET + std::mem::offset_of!(RangeIter, remaining)) as i32;
pub const RANGE_ITER_STEP_OFFSET: i32 =
    (RcBox::<RangeIter>::VALUE_OFFSET + std::mem::offset_of!(RangeIter, step)) as i32;
const _: () = {
    assert!(RANGE_ITER_NEXT_OFFSET == 16);
    assert!(RANGE_ITER_REMAINING_OFFSET == 24);
    assert!(RANGE_ITER_STEP_OFFSET == 32);
    assert!(std::mem::size_of::<Cell<i64>>() == 8);
};

impl RangeIter {
    /// Advances, returning the next value.
    #[inline]
    pub fn next_value(&self) -> Option<i64> {
        let r = self.remaining.get();
        if r <= 0 {
            return None;
        }
        let v = self.next.get();
        self.remaining.set(r - 1);
        self.next.set(v.wrapping_add(self.step));
        Some(v)
    }
}

/// State of the general-purpose iterator.
pub enum IterState {
    List {
        list: PyRef<PyList>,
        index: usize,
    },
    ListReversed {
        list: PyRef<PyList>,
        index: usize,
    },
    Tuple {
        tuple: PyRef<PyTuple>,
        index: usize,
    },
    Str {
        s: PyRef<PyStr>,
        byte: usize,
    },
    /// Keys, values or items of a dict (`which` is 0, 1, 2); `len` is the size
    /// when iteration began, to detect resizing.
    Dict {
        dict: PyRef<PyDict>,
        index: usize,
        len: usize,
        which: u8,
    },
    Enumerate {
        inner: Value,
        count: i64,
    },
    Zip {
        inners: Vec<Value>,
        /// `zip(..., strict=True)`: unequal lengths raise ValueError.
        strict: bool,
    },
    /// The iterator `iter()` makes for an object with `__getitem__` only:
    /// `obj[index]` until IndexError (advanced by the VM, which can call it).
    Seq {
        obj: Value,
        index: i64,
    },
    /// A set's slots from `pos` on; `len` is the size when iteration began.
    Set {
        set: PyRef<crate::runtime::set::PySet>,
        pos: usize,
        len: usize,
    },
    /// `map(func, *iters)` (advanced by the VM, which can call `func`).
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    /// `filter(func, iter)`; `func` None keeps the true items.
    Filter {
        func: Value,
        iter: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// A fixed sequence of values (used by `reversed()` on tuples and strs,
    /// `dict.keys()` snapshots and similar).
    Values {
        items: Vec<Value>,
        index: usize,
    },
    Exhausted,
}

/// A Python iterator object (`list_iterator`, `enumerate`, ...: the header says which).
pub struct PyIter {
    pub state: RefCell<IterState>,
}

// ----- cells, slices ----------------------------------------------------------------------

/// A closure cell; `Value::Unbound` when empty.
pub struct PyCell {
    pub value: RefCell<Value>,
}

/// `dict.keys()`, `dict.values()` or `dict.items()`: a live view of a dict.
pub struct DictView {
    pub dict: PyRef<PyDict>,
    /// 0 keys, 1 values, 2 items.
    pub which: u8,
}

impl DictView {
    /// `dict_keys`, `dict_values` or `dict_items`.
    pub fn type_name(&self) -> &'static str {
        match self.which {
            0 => "dict_keys",
            1 => "dict_values",
            _ => "dict_items",
        }
    }

    /// The current contents.
    pub fn items(&self) -> Vec<Value> {
        let t = self.dict.table.borrow();
        match self.which {
            0 => t.keys(),
            1 => t.values(),
            _ => t
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        }
    }
}

/// An immutable `bytes` object.
pub struct PyBytes {
    pub data: Box<[u8]>,
}

impl PyBytes {
    pub fn new(data: Vec<u8>) -> PyBytes {
        PyBytes {
            data: data.into_boxed_slice(),
        }
    }
}

/// An object that is only a bag of attributes: `types.SimpleNamespace`,
/// `sys.implementation`, a module's `__spec__` (`ModuleSpec`).
pub struct PyNamespace {
    pub dict: PyRef<PyDict>,
}

/// `slice(start, stop, step)`.
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
