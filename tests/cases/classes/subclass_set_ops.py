# classes: set/frozenset subclasses: repr, hashing, in-place and reflected operators, slot wrappers
class T(set): pass
class F(frozenset): pass
t = T([1, 2])
print(repr(t), t == {1, 2}, {1, 2} == t, t <= {1, 2, 3}, 1 in t, len(t))
try: hash(t)
except TypeError as e: print(e)
print(hash(F([1])) == hash(frozenset([1])), repr(F([1])))
f = F([1]); g = f; f |= {2}; print(type(f).__name__, sorted(f), g is f, sorted(g))
t2 = t; t -= {1}; print(t2 is t, type(t).__name__, sorted(t))
print(type(set.__or__(t, {5})).__name__, set.__or__(t, 5))
print(type({9} | t).__name__, type(t ^ {2}).__name__, sorted(t - {2}))
print(isinstance(t, set), issubclass(F, frozenset), T.__mro__)
t.update([7]); t.discard(2); print(sorted(t), T(x for x in 'ab') == {'a','b'})
class L(list): pass
class T(set): pass
class F(frozenset): pass
print(repr(T()), repr(F()), repr(F([1])))
try: hash(L())
except TypeError as e: print(e)
