//! `PyInstance`: the layout of instances of classes, and of the built-in
//! types whose objects are small records with no `Value` tag of their own
//! (bound methods, `staticmethod`, `classmethod`, `property`, `super`).
//!
//! The object's type is in its header. An instance has an optional
//! `__dict__`, the values of its `__slots__`, and a payload: the Rust data of
//! the built-in type its class derives from. A subclass of `list` carries a
//! real list there (so `list.append` works on it unchanged), a subclass of
//! `int` its int value; a plain class has no payload. A class inherits its
//! payload kind from its bases (`PyType::kind`).

use super::code::PyCode;
use super::object::{PyDict, PyStr, PyType};
use super::rc::PyRef;
use super::value::Value;
use std::cell::RefCell;

/// The built-in data an instance carries.
pub enum Payload {
    /// A plain instance.
    None,
    /// The built-in value of an instance of a subclass of a built-in type
    /// (`int`, `float`, `str`, `bytes`, `tuple`, `list`, `dict`, `range`...).
    Builtin(RefCell<Value>),
    /// A bound method: `func` called with `obj` first.
    Method { func: Value, obj: Value },
    /// `staticmethod(f)`.
    StaticMethod(RefCell<Value>),
    /// `classmethod(f)`.
    ClassMethod(RefCell<Value>),
    /// `property(fget, fset, fdel, doc)`; `name` is what `__set_name__`
    /// gave it (None before), for error messages.
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: RefCell<Value>,
        name: RefCell<Value>,
    },
    /// A `__slots__` member: reads and writes `slots[index]` of instances;
    /// `owner` is the class's name (the class is not referenced: its dict
    /// holds the member, and a counted reference back would be a cycle).
    Member {
        index: usize,
        name: PyRef<PyStr>,
        owner: PyRef<PyStr>,
    },
    /// A `getset_descriptor`: the `__dict__` or `__weakref__` attribute a
    /// class adds for its instances (`owner` is the class's name), or an
    /// attribute of a built-in type's instances (`type.__name__`,
    /// `int.real`; `objclass` is that type).
    GetSet {
        attr: GetSetAttr,
        owner: PyRef<PyStr>,
        objclass: Option<PyRef<PyType>>,
    },
    /// A generator, coroutine or async generator: its frame lives here.
    Generator(RefCell<GenState>),
    /// `list[int]` (a `types.GenericAlias`, `origin` the class) or
    /// `int | str` (a `types.UnionType`, `origin` None); `args` is the
    /// `__args__` tuple.
    Alias { origin: Value, args: Value },
    /// An awaitable returned by an async generator's `asend`/`__anext__`,
    /// `athrow` or `aclose` (vm/asyncgen.rs).
    AsyncGenOp(RefCell<AsyncGenOp>),
    /// What `coroutine.__await__()` returns: an iterator resuming the
    /// coroutine (`coroutine_wrapper`).
    CoroWrapper(PyRef<PyInstance>),
    /// `super(ty, obj)`: lookups start after `ty` in the MRO of `obj_type`.
    Super {
        ty: PyRef<PyType>,
        obj: Value,
        obj_type: Option<PyRef<PyType>>,
    },
    /// A traceback entry (`exc.__traceback__`, `tb_next`, ...).
    Traceback(TbData),
    /// A frame object (`tb_frame`, `gi_frame`).
    Frame(FrameData),
}

/// Which attribute a `Payload::GetSet` descriptor serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GetSetAttr {
    /// `__dict__`: reads, replaces (and on deletion empties) the instance dict.
    Dict,
    /// `__weakref__`: None (no weak references are kept), read-only.
    WeakRef,
    /// An attribute of a built-in type's instances, read and written by
    /// the attribute code of that type (vm/attr.rs, `type_special_attr`).
    Builtin(&'static str),
}

impl GetSetAttr {
    pub fn name(self) -> &'static str {
        match self {
            GetSetAttr::Dict => "__dict__",
            GetSetAttr::WeakRef => "__weakref__",
            GetSetAttr::Builtin(n) => n,
        }
    }
}

/// One entry of a traceback: the frame an exception passed through and the
/// instruction it was at there. The chain starts at the outermost frame.
pub struct TbData {
    /// The next entry (towards the frame that raised), or None.
    pub next: Value,
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    /// Instruction index in `code`.
    pub pc: u32,
    /// The frame object, made on the first `tb_frame`.
    pub frame: RefCell<Value>,
    /// The frame's variables when the exception left it (see `TbEntry`).
    pub locals: Vec<Value>,
}

/// A frame object, made only when a program asks for one: a snapshot of a
/// finished frame (from a traceback), or a view of a generator's frame.
pub struct FrameData {
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    /// The line (for a snapshot).
    pub lineno: u32,
    /// The generator whose live frame this is (None for a snapshot).
    pub generator: Value,
    /// A snapshot's `f_locals`: the variables the frame had when the
    /// exception left it (None when not kept, or for a generator's frame).
    pub locals: Option<PyRef<PyDict>>,
}

/// Where a suspended generator resumes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Waiting {
    /// Not started: runs from the first instruction.
    Start,
    /// After a `Yield` whose destination register receives the sent value.
    Yield { dst: u16 },
    /// At a `YieldFrom`, which passes the sent value on to its sub-iterator.
    YieldFrom,
    /// Returned or raised: resuming raises StopIteration.
    Finished,
}

/// The state of a generator: its own register file (the frame lives on the
/// heap, not in the value stack, so it survives between resumptions), the
/// pc to resume at, and its exception state.
pub struct GenState {
    pub regs: Box<[Value]>,
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    /// The pc to resume at (see `waiting`).
    pub pc: u32,
    pub waiting: Waiting,
    /// True while its frame runs (`gi_running`).
    pub running: bool,
    /// The exception being handled inside the generator (`sys.exc_info()`
    /// there), kept while it is suspended.
    pub handled: Value,
    pub name: PyRef<PyStr>,
    pub qualname: PyRef<PyStr>,
    /// Async generators: `aclose()` ran or the generator was exhausted
    /// (`ag_closed` in CPython).
    pub ag_closed: bool,
    /// Async generators: an `asend`/`athrow` awaitable is part-way through
    /// (`ag_running_async`).
    pub ag_running_async: bool,
}

/// What an async generator awaitable does when first resumed.
pub enum AsyncGenOpKind {
    /// `asend(v)` / `__anext__()` (`Value::None`).
    Send(Value),
    /// `athrow(typ[, val[, tb]])` with those arguments.
    Throw(Vec<Value>),
    /// `aclose()`.
    Close,
}

/// The progress of an async generator awaitable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// An `async_generator_asend` / `async_generator_athrow` object.
pub struct AsyncGenOp {
    pub agen: PyRef<PyInstance>,
    pub kind: AsyncGenOpKind,
    pub state: AwaitState,
}

/// An instance of a class.
pub struct PyInstance {
    /// The instance `__dict__` (None for classes with `__slots__` and no
    /// `__dict__`, and for built-in records); replaceable by assigning
    /// `obj.__dict__` (see `set_dict`).
    pub dict: Option<RefCell<PyRef<PyDict>>>,
    /// Values of the `__slots__` (Unbound when not set), in `slot_names` order
    /// of the classes along the MRO.
    pub slots: RefCell<Vec<Value>>,
    pub payload: Payload,
    /// Set when the object has been put in the finaliser queue once: its
    /// `__del__` (or a generator's close) runs at most once (PEP 442).
    pub finalized: std::cell::Cell<bool>,
}

impl PyInstance {
    /// A record of a built-in type: no dict, no slots.
    pub fn record(payload: Payload) -> PyInstance {
        PyInstance {
            dict: None,
            slots: RefCell::new(Vec::new()),
            payload,
            finalized: std::cell::Cell::new(false),
        }
    }

    /// An instance whose `__dict__` is `dict` (if it has one).
    pub fn new(dict: Option<PyRef<PyDict>>, nslots: usize, payload: Payload) -> PyInstance {
        PyInstance {
            dict: dict.map(RefCell::new),
            // No allocation for the common slotless instance.
            slots: RefCell::new(if nslots == 0 {
                Vec::new()
            } else {
                vec![Value::Unbound; nslots]
            }),
            payload,
            finalized: std::cell::Cell::new(false),
        }
    }

    /// The instance `__dict__`, if it has one.
    #[inline]
    pub fn dict(&self) -> Option<PyRef<PyDict>> {
        self.dict.as_ref().map(|d| d.borrow().clone())
    }

    /// The instance `__dict__` borrowed in place (no count traffic), for the
    /// attribute caches' lookups, which run no Python code while holding it.
    #[inline]
    pub fn dict_ref(&self) -> Option<std::cell::Ref<'_, PyRef<PyDict>>> {
        self.dict.as_ref().and_then(|d| d.try_borrow().ok())
    }

    /// Replaces the instance `__dict__` (`obj.__dict__ = d`); false when
    /// the instance has none.
    pub fn set_dict(&self, d: PyRef<PyDict>) -> bool {
        match &self.dict {
            Some(slot) => {
                let old = slot.replace(d);
                drop(old);
                true
            }
            None => false,
        }
    }

    /// The built-in value carried by an instance of a subclass of a built-in type.
    pub fn builtin_value(&self) -> Option<Value> {
        match &self.payload {
            Payload::Builtin(v) => Some(v.borrow().clone()),
            _ => None,
        }
    }
}
