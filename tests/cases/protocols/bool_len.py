# protocols: __bool__ and __len__ truthiness rules, errors for bad return types and negative lengths
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__", self.v)
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__", self.n)
        return self.n
class Both:
    def __bool__(self):
        print("Both.__bool__")
        return False
    def __len__(self):
        print("Both.__len__")
        return 5
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)))
print(bool(Both()), len(Both()))
if L(2):
    print("L(2) is truthy")
print(not B(False), B(True) and "and-result", L(0) or "or-result")
x = [i for i in range(3) if L(i)]
print(x)
while B(False):
    pass
print("plain object truthy:", bool(object()))
for bad in [lambda: bool(B(1)), lambda: bool(B("yes")), lambda: len(L(-1)), lambda: len(L("3")), lambda: bool(L(-1)), lambda: len(L(2 ** 70)), lambda: len(object())]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class LenBool(int):
    pass
class LL:
    def __len__(self):
        return LenBool(4)
print(len(LL()), type(len(LL())).__name__)
class IdxLen:
    def __len__(self):
        return True
print(len(IdxLen()))
