# protocols: a rational number class (CPython test_binop), int subclass bit ops, bool arithmetic and checks
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def gcd(a, b):
    while b: a, b = b, a % b
    return a
class Rat(object):
    __slots__ = ['_Rat__num', '_Rat__den']
    def __init__(self, num=0, den=1):
        if not isinstance(num, int): raise TypeError("Rat numerator must be int (%r)" % num)
        if not isinstance(den, int): raise TypeError("Rat denominator must be int (%r)" % den)
        if den == 0: raise ZeroDivisionError("zero denominator")
        g = gcd(den, num)
        self.__num = int(num // g)
        self.__den = int(den // g)
    def _get_num(self): return self.__num
    num = property(_get_num, None)
    def _get_den(self): return self.__den
    den = property(_get_den, None)
    def __repr__(self): return "Rat(%d, %d)" % (self.__num, self.__den)
    def __str__(self): return str(float(self))
    def __float__(self): return self.__num * 1.0 / self.__den
    def __add__(self, other):
        if isinstance(other, int): other = Rat(other)
        if isinstance(other, Rat):
            return Rat(self.__num * other.__den + other.__num * self.__den, self.__den * other.__den)
        if isinstance(other, float): return float(self) + other
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        if isinstance(other, int): other = Rat(other)
        if isinstance(other, Rat):
            return Rat(self.__num * other.__den - other.__num * self.__den, self.__den * other.__den)
        if isinstance(other, float): return float(self) - other
        return NotImplemented
    def __rsub__(self, other):
        if isinstance(other, int): other = Rat(other)
        if isinstance(other, Rat):
            return Rat(other.__num * self.__den - self.__num * other.__den, self.__den * other.__den)
        if isinstance(other, float): return other - float(self)
        return NotImplemented
    def __mul__(self, other):
        if isinstance(other, Rat): return Rat(self.__num * other.__num, self.__den * other.__den)
        if isinstance(other, int): return Rat(self.__num * other, self.__den)
        if isinstance(other, float): return float(self) * other
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, other):
        if isinstance(other, Rat): return Rat(self.__num * other.__den, self.__den * other.__num)
        if isinstance(other, int): return Rat(self.__num, self.__den * other)
        if isinstance(other, float): return float(self) / other
        return NotImplemented
    def __rtruediv__(self, other):
        if isinstance(other, Rat): return Rat(other.__num * self.__den, other.__den * self.__num)
        if isinstance(other, int): return Rat(other * self.__den, self.__num)
        if isinstance(other, float): return other / float(self)
        return NotImplemented
    def __floordiv__(self, other):
        if isinstance(other, int): other = Rat(other)
        elif not isinstance(other, Rat): return NotImplemented
        x = self / other
        return x.__num // x.__den
    def __rfloordiv__(self, other):
        x = other / self
        return x.__num // x.__den
    def __divmod__(self, other):
        if isinstance(other, int): other = Rat(other)
        elif not isinstance(other, Rat): return NotImplemented
        x = self // other
        return (x, self - other * x)
    def __rdivmod__(self, other):
        if isinstance(other, int): other = Rat(other)
        elif not isinstance(other, Rat): return NotImplemented
        return divmod(other, self)
    def __mod__(self, other): return divmod(self, other)[1]
    def __rmod__(self, other): return divmod(other, self)[1]
    def __eq__(self, other):
        if isinstance(other, int): return self.__den == 1 and self.__num == other
        if isinstance(other, Rat): return self.__num == other.__num and self.__den == other.__den
        if isinstance(other, float): return float(self) == other
        return NotImplemented
    __hash__ = None
a = Rat(10, 15)
print(a, repr(a), a.num, a.den, Rat(3), Rat(-6, 9))
t(lambda: Rat(1.5))
t(lambda: Rat(1, 0))
t(lambda: setattr(a, 'num', 3))
t(lambda: setattr(a, 'foo', 3))
t(lambda: hash(a))
print(float(Rat(1, 2)), str(Rat(1, 4)), Rat(1, 2) + Rat(1, 3), Rat(1, 2) + 1, 1 + Rat(1, 2), Rat(1, 2) + 0.5, 0.5 + Rat(1, 2))
print(Rat(1, 2) - Rat(1, 3), 1 - Rat(1, 2), Rat(1, 2) - 1, 1.0 - Rat(1, 2))
print(Rat(2, 3) * Rat(3, 4), 2 * Rat(1, 4), Rat(1, 4) * 2.0, Rat(1, 2) / Rat(1, 4), 1 / Rat(1, 3), Rat(1, 3) / 2, 3.0 / Rat(3, 2))
print(Rat(7, 2) // Rat(1, 1), 7 // Rat(2), divmod(Rat(7, 2), 1), divmod(7, Rat(2)), Rat(7, 2) % 1, 7 % Rat(2))
print(Rat(1, 2) == Rat(2, 4), Rat(2) == 2, 2 == Rat(2), Rat(1, 2) == 0.5, 0.5 == Rat(1, 2), Rat(1, 2) != Rat(1, 3), Rat(1, 2) == 'x', Rat(1,2) != 'x')
t(lambda: Rat(1, 2) < Rat(1, 3))
t(lambda: Rat(1, 2) ** 2)
t(lambda: 2 ** Rat(1, 2))
t(lambda: Rat(1, 2) + 'x')
t(lambda: 'x' + Rat(1, 2))
t(lambda: Rat(1, 2) @ Rat(1, 2))
t(lambda: -Rat(1, 2))
t(lambda: {Rat(1, 2)})
t(lambda: [Rat(1, 2)].index(0.5))
class B(int):
    def __repr__(self): return 'B(%d)' % int(self)
    def __and__(self, o):
        if isinstance(o, B): return B(int(self) & int(o))
        return int.__and__(self, o)
    __rand__ = __and__
print(B(6) & B(3), B(6) & 3, 6 & B(3), type(B(6) & 3).__name__, True & B(1), B(1) | 2, type(B(1) | 2).__name__)
class MyBool:
    def __init__(s, v): s.v = v
    def __bool__(s): return s.v
print([bool(MyBool(True)), not MyBool(False), MyBool(True) and 'yes', MyBool(False) or 'no'])
t(lambda: bool(MyBool(1)))
t(lambda: bool(MyBool(None)))
print(True + True, True * 3, -True, ~True, True & False, True | False, True ^ True, True == 1, hash(True), int(True), str(True), repr(False), bool('') , bool([0]), bool(0.0), bool(0j), True / 2, True // 2, divmod(True, 2), abs(False), float(True), f'{True}', '%d' % True, '%s' % True)
t(lambda: bool.__new__(bool, 5))
t(lambda: bool(1, 2))
t(lambda: type('BB', (bool,), {}))
print(isinstance(True, int), issubclass(bool, int), type(True + 1).__name__, type(True & True).__name__, type(True & 1).__name__, True.real, True.numerator, True.denominator, True.imag, (True).bit_length(), True.conjugate())
