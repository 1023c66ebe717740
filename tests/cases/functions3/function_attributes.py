# functions3: function attributes (test_funcattrs): names, defaults,
# __dict__, __code__ basics, read-only attributes and their errors.
def outer():
    def inner(a, b=2, *c, d=4, **e):
        "inner doc"
        x = a
        return x
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__module__, type(f.__dict__), f.__dict__)
f.attr = 5
print(f.__dict__, f.attr)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_varnames)
print(f.__code__.co_filename == __file__, f.__code__.co_firstlineno)
print(bool(f.__code__.co_flags & 0x04), bool(f.__code__.co_flags & 0x08))
f.__name__ = "renamed"; f.__qualname__ = "Q.renamed"
try:
    f.__name__ = 5
except TypeError as e: print("TypeError:", e)
try:
    f.__qualname__ = None
except TypeError as e: print("TypeError:", e)
f.__defaults__ = (10,)
print(f(1))
f.__defaults__ = None
try:
    f()
except TypeError as e: print("TypeError:", e)
try:
    f.__defaults__ = 5
except TypeError as e: print("TypeError:", e)
f.__kwdefaults__ = {'d': 1}
print(f.__kwdefaults__)
try:
    f.__kwdefaults__ = 5
except TypeError as e: print("TypeError:", e)
f.__doc__ = "new doc"; print(f.__doc__)
del f.__doc__; print(f.__doc__)
f.__annotations__ = {'a': int}; print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e: print("TypeError:", e)
del f.__annotations__; print(f.__annotations__)
f.__dict__ = {'z': 1}; print(f.z)
try:
    f.__dict__ = 5
except TypeError as e: print("TypeError:", e)
try:
    del f.__dict__
except TypeError as e: print("TypeError:", e)
try:
    del f.__name__
except TypeError as e: print("TypeError:", e)
try:
    del f.__qualname__
except TypeError as e: print("TypeError:", e)
try:
    f.__closure__ = None
except AttributeError as e: print("AttributeError:", e)
try:
    f.__globals__ = {}
except AttributeError as e: print("AttributeError:", e)
try:
    print(f.nope)
except AttributeError as e: print("AttributeError:", e)
def withcell():
    v = 1
    def g(): return v
    return g
print(withcell().__closure__[0].cell_contents, len(withcell().__closure__))
print(withcell.__closure__)
print(withcell().__code__.co_freevars, withcell.__code__.co_cellvars)
print(f.__globals__ is globals())
print(type(f).__name__, f.__class__ is type(withcell))
class K:
    def meth(self): pass
    class Inner:
        def deep(self):
            def local(): pass
            return local
    lam = lambda self: 0
print(K.meth.__qualname__, K.Inner.deep.__qualname__, K.Inner().deep().__qualname__, K.lam.__qualname__)
print(K().meth.__name__, K().meth.__qualname__, K().meth.__func__ is K.meth, K().meth.__self__.__class__.__name__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
gen = (i for i in [])
print(gen.__name__, gen.__qualname__)
def genf():
    yield 1
print(genf().__name__, genf().__qualname__)
print(outer.__code__.co_consts[0] if outer.__code__.co_consts else None)
def noddoc():
    x = "not doc"
print(noddoc.__doc__)
def docstr_expr():
    f"fstring not doc"
print(docstr_expr.__doc__)
print(sorted(k for k in dir(f) if not k.startswith('__')))
import sys
def fa(): pass
fa.x = 1
vars(fa)['y'] = 2
print(fa.y, fa.__dict__)
print(fa.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else fa.__builtins__ is __builtins__)
