# numbers: complex() from numbers, strings, keywords, __complex__/__float__/__index__ and its errors
print(complex(), complex(2), complex(2.5), complex(1, 2), complex(1j, 1j), complex(1 + 2j, 3))
print(complex(real=3), complex(imag=2), complex(real=1, imag=-1), complex(True, False))
for s in ["1+2j", " 3-4j ", "(5+6j)", "j", "-j", "+1.5j", "1e3", "2.5e-3-1e2j", "inf", "-nanj", "1_000+2_0j", "  ( 7 )  "]:
    print(repr(s), complex(s))
for bad in ["", "1+", "j1", "1+2", "(1+2j", "1 + 2j", "abc", "1__0j", "2jj"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
class C:
    def __complex__(self):
        return 4 - 1j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(1, I()))
class Bad:
    def __complex__(self):
        return 5
tests = [
    lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: complex(1, []),
    lambda: complex(Bad()), lambda: complex(1, 2, 3), lambda: complex(x=1), lambda: complex(None),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
class MyComplex(complex):
    pass
m = MyComplex(1, 2)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, m.real, m == 1 + 2j, isinstance(m, complex))
