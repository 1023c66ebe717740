# protocols: both sides returning NotImplemented -> TypeError messages for every operator
class A:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __sub__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
class B:
    pass
tests = [
    ("A()+B()", lambda: A() + B()), ("B()+A()", lambda: B() + A()), ("A()-1", lambda: A() - 1),
    ("1-A()", lambda: 1 - A()), ("A()*'s'", lambda: A() * "s"), ("B()/B()", lambda: B() / B()),
    ("B()//1", lambda: B() // 1), ("B()%1", lambda: B() % 1), ("B()**1", lambda: B() ** 1),
    ("B()<<1", lambda: B() << 1), ("B()>>1", lambda: B() >> 1), ("B()&1", lambda: B() & 1),
    ("B()|1", lambda: B() | 1), ("B()^1", lambda: B() ^ 1), ("B()@1", lambda: B() @ 1),
    ("divmod", lambda: divmod(B(), 1)), ("pow3", lambda: pow(B(), 1, 2)),
    ("A()<B()", lambda: A() < B()), ("A()>1", lambda: A() > 1), ("A()<=A()", lambda: A() <= A()),
    ("1>=A()", lambda: 1 >= A()), ("-B()", lambda: -B()), ("+B()", lambda: +B()), ("~B()", lambda: ~B()),
    ("abs", lambda: abs(B())), ("'a'+1", lambda: "a" + 1), ("1+'a'", lambda: 1 + "a"),
    ("[]+()", lambda: [] + ()), ("None+None", lambda: None + None), ("{}|[]", lambda: {} | []),
]
for label, fn in tests:
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(label, "->", e)
print("eq:", A() == A(), A() != B())
def iadd():
    x = B()
    x += 1
def imul():
    x = B()
    x *= "s"
def ipow():
    x = B()
    x **= 2
def imatmul():
    x = B()
    x @= 2
for f in (iadd, imul, ipow, imatmul):
    try:
        f()
    except TypeError as e:
        print(f.__name__, "->", e)
