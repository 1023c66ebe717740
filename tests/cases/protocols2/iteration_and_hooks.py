# protocols: iteration, __getitem__ sequences, __contains__, __index__, __int__, __hash__, __format__, unary and numeric hooks
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class It:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(It(3)), sum(It(4)), [x*2 for x in It(2)], tuple(It(2)), set(It(2)), dict.fromkeys(It(2)), sorted(It(3), reverse=True), max(It(3)), min(It(3)), any(It(0)), all(It(2)))
a, b, *c = It(4); print(a, b, c)
print(3 in It(5), 9 in It(5), list(zip(It(2), It(3))), list(enumerate(It(2))), list(map(str, It(2))), list(filter(None, It(3))), ' '.join(map(str, It(3))))
class GI:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(GI()), 20 in GI(), 25 in GI(), list(iter(GI())), list(reversed([1,2])))
t(lambda: reversed(GI()))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Rev())))
class Rv:
    def __reversed__(self): return iter('cba')
print(list(reversed(Rv())))
class NotIt:
    pass
t(lambda: iter(NotIt()))
t(lambda: list(NotIt()))
t(lambda: 1 in NotIt())
t(lambda: next(NotIt()))
class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
t(lambda: list(BadIter()))
class IterNone:
    __iter__ = None
t(lambda: iter(IterNone()))
t(lambda: 1 in IterNone())
t(lambda: 1 in BadIter())
class Cont:
    def __contains__(self, x): return x == 1
print(1 in Cont(), 2 in Cont(), 1 not in Cont())
class ContTruthy:
    def __contains__(self, x): return [x]
print(1 in ContTruthy())
class ContNone:
    __contains__ = None
t(lambda: 1 in ContNone())
def gen():
    x = yield 1
    print('got', x)
    yield 2
g = gen(); print(next(g), g.send('hi'))
t(lambda: next(g))
class CallMe:
    def __call__(self, *a, **k): return (a, k)
print(CallMe()(1, x=2), callable(CallMe()), callable(CallMe), callable(1))
t(lambda: NotIt()())
class Idx:
    def __index__(self): return 2
print([1,2,3][Idx()], 'abc'[Idx():], range(Idx()), hex(Idx()), bin(Idx()), oct(Idx()), (1,2,3,4)[Idx()], [0]*Idx(), 'ab'*Idx(), list(range(10))[Idx():])
class BadIdx:
    def __index__(self): return 'x'
t(lambda: [1][BadIdx()])
sx = 'x'; fx = 1.0; nx = None
t(lambda: [1][sx])
t(lambda: (1,)[fx])
t(lambda: 'a'[nx])
t(lambda: range(10)[Idx()])
class IntLike:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(int(IntLike()), float(IntLike()), complex(IntLike()))
t(lambda: [1][IntLike()])
class BadInt:
    def __int__(self): return 'no'
t(lambda: int(BadInt()))
class IndexOnly:
    def __index__(self): return 4
print(int(IndexOnly()), float(IndexOnly()))
class Hashy:
    def __hash__(self): return 'x'
t(lambda: hash(Hashy()))
class HashBig:
    def __hash__(self): return 2**100
print(hash(HashBig()) == hash(2**100))
class EqOnly:
    def __eq__(self, o): return True
t(lambda: hash(EqOnly()))
t(lambda: {EqOnly()})
print(EqOnly.__hash__)
class EqHash(EqOnly):
    __hash__ = object.__hash__
print(type(hash(EqHash())).__name__)
class Fmt:
    def __format__(self, spec): return f'<{spec}>'
print(format(Fmt(), 'x>5'), f'{Fmt():abc}', '{:q}'.format(Fmt()))
t(lambda: format(object(), 'x'))
class Str2:
    def __str__(self): return 5
t(lambda: str(Str2()))
class Repr2:
    def __repr__(self): return None
t(lambda: repr(Repr2()))
class Bytes:
    def __bytes__(self): return b'xy'
print(bytes(Bytes()))
class Len:
    def __len__(self): return 2
    def __getitem__(self, i): return 'ab'[i]
print(len(Len()), list(Len()))
class Abs:
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
print(abs(Abs()), -Abs(), ~Abs(), +Abs())
t(lambda: -NotIt())
t(lambda: abs(NotIt()))
t(lambda: ~NotIt())
class Round:
    def __round__(self, n=None): return ('round', n)
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
import math
print(round(Round()), round(Round(), 2), math.floor(Round()), math.ceil(Round()), math.trunc(Round()))
t(lambda: round(NotIt()))
t(lambda: math.floor(NotIt()))
class DM:
    def __divmod__(self, o): return 'dm'
    def __rdivmod__(self, o): return 'rdm'
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
print(divmod(DM(), 1), divmod(1, DM()), DM() ** 2, pow(DM(), 2, 3), 2 ** DM())
t(lambda: pow(2, DM(), 3))
