# protocols: operator overloading, reflected and in-place operators, rich comparison fallbacks, builtin subclasses
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return 'V%r' % (self.c,)
    def __add__(self, o):
        if isinstance(o, V): return V(*(a+b for a,b in zip(self.c,o.c)))
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return V(*(a*k for a in self.c)) if isinstance(k,(int,float)) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a*a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __bool__(self): return any(self.c)
    def __iadd__(self, o):
        self.c = tuple(a+b for a,b in zip(self.c, o.c)); return self
    def __matmul__(self, o): return sum(a*b for a,b in zip(self.c,o.c))
    def __truediv__(self, k): return V(*(a/k for a in self.c))
    def __floordiv__(self, k): return V(*(a//k for a in self.c))
    def __mod__(self, k): return V(*(a%k for a in self.c))
    def __pow__(self, k, m=None): return V(*(pow(a,k,m) for a in self.c))
    def __lt__(self, o): return abs(self) < abs(o)
    def __invert__(self): return V(*(~a for a in self.c))
    def __round__(self, n=None): return V(*(round(a, n) for a in self.c))
    def __index__(self): return len(self.c)
v = V(1, 2); w = V(3, 4)
print(v + w, v * 3, 3 * v, -v, +v, abs(w), v == V(1,2), v != w, hash(v) == hash(V(1,2)))
print(sum([v, w]), len(v), v[0], v[-1], list(v), bool(V(0,0)), v @ w, w / 2, w // 2, w % 3, w ** 2, pow(w, 2, 5))
print(sorted([w, v]), max(v, w), min(v, w), ~v, round(V(1.26, 2.5), 1), round(V(1.5,2.5)))
t(lambda: v - w)
t(lambda: v < 1)
t(lambda: v > w)
t(lambda: v <= w)
t(lambda: 'a' + v)
t(lambda: v + 'a')
t(lambda: v * 'a')
t(lambda: [1,2,3][V(1)])
t(lambda: 'abc'[V(1,1)])
t(lambda: [0,1,2,3][v])
t(lambda: bin(v))
t(lambda: range(10)[V(1,2,3):])
t(lambda: divmod(v, 2))
t(lambda: v & w)
t(lambda: v | 1)
t(lambda: 1 ^ v)
t(lambda: v << 1)
t(lambda: 1 >> v)
x = v; x += w; print(x, x is v)
y = V(1); y *= 4; print(y)
t(lambda: V(1).__isub__(V(2)))
class N:
    def __init__(s, v): s.v = v
    def __eq__(s, o): print('N.eq'); return NotImplemented
    def __lt__(s, o): print('N.lt'); return NotImplemented
class M(N):
    def __eq__(s, o): print('M.eq'); return NotImplemented
    def __gt__(s, o): print('M.gt'); return NotImplemented
t(lambda: N(1) == M(1))
t(lambda: N(1) < M(1))
t(lambda: M(1) < N(1))
t(lambda: N(1) != N(1))
t(lambda: N(1) < N(1))
t(lambda: N(1) >= 3)
class R:
    def __eq__(s, o): return 'yes'
    def __ne__(s, o): return 'no'
print(R() == 1, R() != 1, 1 == R(), [R()] == [1], R() in [1], [1].count(R()), [R()].index(1))
class Num(int):
    def __add__(s, o): return 'Num.add'
print(Num(1) + 1, 1 + Num(1), Num(3) * 2, type(Num(3) * 2), Num(5) == 5, -Num(5), type(-Num(5)))
class F(float):
    def __radd__(s, o): return 'F.radd'
print(1 + F(2.0), 1.5 + F(2.0), F(2.0) + 1, [F(1.5)], repr(F(1.5)), str(F(1.5)))
class S(str):
    def __mul__(s, o): return 'S.mul'
print(S('a') * 2, 2 * S('a'), 'b' + S('a'), S('a') + 'b', type(S('a') + 'b'), S('ab').upper(), type(S('ab').upper()))
