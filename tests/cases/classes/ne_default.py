# classes: default __ne__ inverts __eq__, NotImplemented handling in __eq__/__ne__ and identity fallback
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("A.__eq__")
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented
print(A(1) != A(1))
print(A(1) != A(2))
print(A(1) != "x")
a = A(1)
print(a == a, a != a)
class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, Weird() != 1)
class Zero:
    def __eq__(self, other):
        return 0
print(Zero() != 1)
class NoneEq:
    def __eq__(self, other):
        return None
print(NoneEq() != 1)
class Raises:
    def __eq__(self, other):
        raise ValueError("eq raised")
try:
    Raises() != 1
except ValueError as e:
    print(type(e).__name__, e)
print([1, 2] != [1, 2], (A(1),) == (A(1),))
