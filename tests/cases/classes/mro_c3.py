# classes: C3 linearization on complex hierarchies, mro() vs __mro__, inconsistent MRO TypeError
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
def names(k):
    return " ".join(c.__name__ for c in k.__mro__)
print(names(A))
print(names(B))
print(names(C))
class A1(O): pass
class B1(O): pass
class C1(O): pass
class D1(O): pass
class E1(O): pass
class K1(A1, B1, C1): pass
class K2(D1, B1, E1): pass
class K3(D1, A1): pass
class Z(K1, K2, K3): pass
print(names(Z))
print(names(K1), "|", names(K2), "|", names(K3))
try:
    class Z2(K3, K1, A1, D1): pass
    print(names(Z2))
except TypeError as ex:
    print(type(ex).__name__, ex)
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as ex:
    print(type(ex).__name__, ex)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    class S(X, P): pass
except TypeError as ex:
    print(type(ex).__name__, ex)
class T(P, X): pass
print(names(T))
print(type(A.mro()).__name__, type(A.__mro__).__name__, A.mro() == list(A.__mro__))
print(object.__mro__ == (object,), names(bool), names(int))
