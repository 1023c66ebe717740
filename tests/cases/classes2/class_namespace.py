# classes: vars/__dict__, dir, mangled __slots__, __getstate__, class attribute patching, __bases__/__name__/__qualname__ assignment, total ordering by hand
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class P:
    def __init__(self): self.a = 1; self._b = 2
    def m(self): pass
p = P()
print(vars(p), p.__dict__ is vars(p), sorted(vars(P)) == sorted(P.__dict__))
t(lambda: vars(1))
t(lambda: vars(p, 1))
p.__dict__['c'] = 3; print(p.c)
p.__dict__ = {'z': 9}; print(p.z, hasattr(p, 'a'))
t(lambda: setattr(p, '__dict__', 5))
del p.__dict__
print(p.__dict__)
print([n for n in dir(p) if not n.startswith('__')], [n for n in dir(P) if not n.startswith('__')])
class WithDir:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(WithDir()))
class BadDir:
    def __dir__(self): return 5
t(lambda: dir(BadDir()))
class Slotted:
    __slots__ = ('x', '__weakref__')
print(sorted(n for n in dir(Slotted()) if not n.startswith('__') or n in ('__slots__', '__weakref__')), hasattr(Slotted(), '__dict__'))
class Mangle:
    __slots__ = ('__priv',)
    def set(self, v): self.__priv = v
    def get(self): return self.__priv
mm = Mangle(); mm.set(4); print(mm.get(), sorted(k for k in Mangle.__dict__ if 'priv' in k))
print(Mangle().__getstate__() if hasattr(object, '__getstate__') else None, mm.__getstate__())
class G:
    a = 1
g = G()
print(g.__getstate__(), [p.__getstate__()])
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.count += 10
c1 = Counter(); c2 = Counter(); print(Counter.count, c1.count, c2.count)
class Lazy:
    def __getattr__(self, n):
        v = n * 2
        setattr(self, n, v)
        return v
lz = Lazy(); print(lz.ab, lz.__dict__)
t(lambda: lz.__len__)
t(lambda: len(lz))
class Rec:
    def __getattr__(self, n): return self.missing
t(lambda: Rec().x)
class ClsAttr:
    items = []
    def add(self, x): self.items.append(x)
a1, a2 = ClsAttr(), ClsAttr(); a1.add(1); print(a2.items)
class Chain:
    def __init__(self, v=0): self.v = v
    def __add__(self, o): return Chain(self.v + (o.v if isinstance(o, Chain) else o))
    __radd__ = __add__
    def __repr__(self): return f'Chain({self.v})'
print(sum([Chain(1), Chain(2)], Chain()), 1 + Chain(2) + 3)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f'Cmp({self.v})'
lst = [Cmp(3), Cmp(1), Cmp(2)]
print(sorted(lst), max(lst), min(lst), Cmp(1) in lst, lst.index(Cmp(2)), lst.count(Cmp(3)), Cmp(1) > Cmp(0), Cmp(1) >= Cmp(1) if hasattr(Cmp, '__ge__') and Cmp.__ge__ is not object.__ge__ else 'nope')
t(lambda: Cmp(1) <= Cmp(2))
t(lambda: sorted([Cmp(1), 1]))
print(Cmp.__ge__ is object.__ge__, Cmp.__hash__)
class TO:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
    def __le__(s, o): return s.v <= o.v
    def __gt__(s, o): return s.v > o.v
    def __ge__(s, o): return s.v >= o.v
print([TO(1) < TO(2), TO(1) <= TO(1), TO(2) > TO(1), TO(2) >= TO(3), TO(1) == TO(1), TO(1) != TO(1)])
print(1 < TO(2) if False else 'skip', (TO(1), 2) < (TO(1), 3), [TO(1)] == [TO(1)], {1: TO(1)} == {1: TO(1)})
class NaN:
    def __eq__(s, o): return False
n = NaN(); print(n == n, [n] == [n], n in [n], [n].count(n), (n,) == (n,))
class DynCls:
    pass
DynCls.f = lambda self: 'dyn'
print(DynCls().f(), DynCls.f.__name__)
del DynCls.f
t(lambda: DynCls().f())
class Inherit:
    def who(self): return 'base'
class Child(Inherit): pass
obj = Child(); print(obj.who()); Inherit.who = lambda self: 'patched'; print(obj.who())
Child.who = lambda self: 'child'; print(obj.who()); del Child.who; print(obj.who())
class BadBases: pass
t(lambda: setattr(BadBases, '__bases__', (int,)))
class X: pass
class Y: pass
class Z(X): pass
Z.__bases__ = (Y,); print(Z.__mro__, issubclass(Z, X), issubclass(Z, Y))
t(lambda: setattr(Z, '__bases__', ()))
t(lambda: setattr(Z, '__name__', 5))
Z.__name__ = 'ZZ'; print(Z, Z.__qualname__)
Z.__qualname__ = 'Q.ZZ'; print(Z, repr(Z()).split(' object')[0])
t(lambda: setattr(Z, '__qualname__', 5))
t(lambda: delattr(Z, '__name__'))
t(lambda: setattr(Z, '__module__', 'mod') or Z)
t(lambda: Z.__doc__)
Z.__doc__ = 'doc'; print(Z.__doc__)
