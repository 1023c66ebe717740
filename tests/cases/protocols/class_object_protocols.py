# protocols: operators and builtins applied to class objects via metaclass dunders (len, iter, +, [], in, call, bool)
class Meta(type):
    def __len__(cls):
        return len(cls.members)
    def __iter__(cls):
        return iter(cls.members)
    def __contains__(cls, x):
        return x in cls.members
    def __getitem__(cls, i):
        return cls.members[i]
    def __add__(cls, other):
        return type(cls.__name__ + other.__name__, (), {"members": cls.members + other.members})
    def __bool__(cls):
        return bool(cls.members)
    def __repr__(cls):
        return "<%s %r>" % (cls.__name__, cls.members)
    def __eq__(cls, other):
        return isinstance(other, Meta) and cls.members == other.members
    __hash__ = type.__hash__
class A(metaclass=Meta):
    members = [1, 2]
class B(metaclass=Meta):
    members = [3]
class Empty(metaclass=Meta):
    members = []
print(len(A), list(A), 2 in A, 5 in A, A[0], A[-1], bool(A), bool(Empty))
AB = A + B
print(AB.__name__, AB.members, type(AB).__name__)
print(A, [B, Empty], A == B, A == type("X", (), {}) if False else "skip")
class A2(metaclass=Meta):
    members = [1, 2]
print(A == A2, A != A2, {A: 1}[A])
if not Empty:
    print("Empty is falsy")
for m in A:
    print("member", m)
print(sorted(B), max(A), sum((A + B).members))
