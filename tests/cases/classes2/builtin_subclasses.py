# classes: subclasses of list/dict/str/int/float/tuple/bytes/set/frozenset, __len__/__bool__ checks
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def append(self, x):
        print('L.append', x)
        super().append(x)
l = L([1, 2]); l.append(3); l.extend([4]); print(l, type(l), len(l), l[0], l[1:], type(l[1:]), l + [5], type(l + [5]), l * 2, type(l*2))
l2 = L(); l2 += [1]; print(l2, type(l2)); l2 *= 2; print(l2, type(l2))
print(repr(L()), str(L([1])), L([3,1,2]) == [3,1,2], sorted(L([3,1,2])), L([1]) == L([1]), list(reversed(L([1,2]))))
t(lambda: L([1]).copy().__class__)
t(lambda: hash(L()))
t(lambda: L.__hash__)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d['a'], d['bb'], d.get('zz'), 'bb' in d, d, type(d), D.fromkeys([1,2]), type(D.fromkeys([1])))
t(lambda: type(d.copy()))
t(lambda: type(d | {}))
class D2(dict):
    def __getitem__(self, k): return 'D2:' + str(k)
d2 = D2(x=1); print(d2['x'], d2.get('x'), dict(d2), list(d2.items()), {**d2})
class DK(dict):
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k.upper()
print(dict(DK(x=1)), {**DK(x=1)})
class S(str):
    def __new__(cls, v, extra=None):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
    def shout(self): return self.upper() + '!'
s = S('hi', 5); print(s, s.extra, s.shout(), type(s.upper()), s == 'hi', hash(s) == hash('hi'), {s: 1}['hi'], s + 'x', repr(s), f'{s}', '%s' % s, str(s), type(str(s)), len(s), s[0], type(s[0]))
class I(int):
    def __repr__(self): return f'I({int(self)})'
i = I(5); print(i, repr(i), str(i), i + 1, type(i + 1), i * i, -i, abs(I(-3)), i == 5, i < 6, hash(i) == 5, [10,20,30,40,50,60][i], bin(i), i.bit_length(), i.real, type(i.real), I('12'), I('ff', 16), I(3.9), int(i), type(int(i)), float(i), f'{i:03d}', '%d' % i, divmod(i, 2), round(i), type(round(i)))
t(lambda: I('x'))
class F(float):
    pass
f = F(1.5); print(f, repr(f), f + 1, type(f + 1), f.is_integer(), F('2.5'), F(), f.real, round(f), int(f))
class T(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
tt = T(1, 2); print(tt, tt.first, type(tt), tt + (3,), type(tt + (3,)), tt == (1, 2), hash(tt) == hash((1,2)), len(tt), tt[::-1], list(tt), tt.count(1), tt.index(2))
class B(bytes): pass
print(B(b'ab'), type(B(b'ab')), B(b'ab') == b'ab', B(b'ab')[0], B(b'ab').upper(), type(B(b'ab').upper()))
class St(set):
    pass
st = St([1,2]); print(st, type(st), st | {3}, type(st | {3}), st & {1}, type(st & {1}), type(st.copy()), St() == set())
class FS(frozenset): pass
print(FS([1]), type(FS([1])), FS([1]) == frozenset([1]), hash(FS([1])) == hash(frozenset([1])))
class Bo(object):
    def __bool__(self): return False
print(bool(Bo()), not Bo(), 'y' if Bo() else 'n')
class Ln:
    def __len__(self): return 0
print(bool(Ln()))
class BadLen:
    def __len__(self): return -1
t(lambda: len(BadLen()))
t(lambda: bool(BadLen()))
class BadLen2:
    def __len__(self): return 'x'
t(lambda: len(BadLen2()))
class BigLen:
    def __len__(self): return 2**70
t(lambda: len(BigLen()))
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool()))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise E('x', 'y')
except E as e:
    print(e, e.args, e.b, repr(e))
class E2(ValueError):
    def __str__(self): return 'custom'
t(lambda: str(E2('q')))
print(repr(E2('q')))
class A:
    def __repr__(self): return 'A!'
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(set): pass
class FS(frozenset): pass
for x in [L([A()]), D(a=A()), T((A(),)), S([A()]), FS([A()]), S(), FS()]:
    print(x, repr(x), str(x), [x], f'{x}')
