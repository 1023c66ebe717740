# classes: isinstance/issubclass with tuples, nested tuples, built-in types, bool/int relation, errors
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, (C, A)), issubclass(B, ()), issubclass(bool, int), issubclass(int, bool))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (float, str)), isinstance(1.0, float))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type), issubclass(A, object))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance((), list))
try:
    isinstance(b, b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, 5))
except TypeError as e:
    print("no error expected? got", e)
else:
    print("short-circuit: first match wins")
try:
    isinstance(1, (str, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(b, object), issubclass(B, B), isinstance(3, (int | str)), issubclass(bool, int | None))
print(type(b) == B, type(b) == A, type(b).__bases__[0] is A)
