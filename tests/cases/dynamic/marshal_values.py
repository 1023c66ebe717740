# marshal.dumps/loads round-trip constants and code objects (pyjit: in its own cache encoding).
import marshal
for v in [None, True, False, 0, -5, 2**100, -(2**70), 1.5, -0.0, float('inf'), 'hé', b'\x00\xff', (), (1, ('a', None), 2.5), ...]:
    b = marshal.dumps(v)
    r = marshal.loads(b)
    print(repr(r), r == v, type(r).__name__, type(b).__name__)
def f(a, b=2):
    return a * b + len('xyz')
c = marshal.loads(marshal.dumps(f.__code__))
print(c == f.__code__, c.co_name, c.co_varnames)
g = {}
exec(c, g, {'a': 1}) if False else None
def h(): pass
h.__code__ = c
print(h(4, 3))
src = compile('x = 21\ny = x * 2\n', '<gen>', 'exec')
ns = {}
exec(marshal.loads(marshal.dumps(src)), ns)
print(ns['y'])
for bad in [print, len]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    marshal.loads(b'')
except EOFError as e:
    print('EOFError')
try:
    marshal.loads('str')
except TypeError as e:
    print(e)
