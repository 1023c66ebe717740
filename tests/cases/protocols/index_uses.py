# protocols: __index__ accepted in range(), slice bounds, list.pop/insert, str methods, bin/hex, repetition, bytes()
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(list(range(I(1), I(10), I(3))), range(I(5))[I(2)], len(range(I(4))))
lst = list(range(10))
print(lst[I(2):I(8):I(2)], lst[slice(I(1), I(3))])
print(slice(I(1), I(5)).indices(I(3)) if False else slice(1, 5).indices(I(3)))
p = lst.pop(I(0))
lst.insert(I(1), "ins")
print(p, lst[:3])
print("abcdef"[I(1):I(4)], "x" * I(3), [0] * I(2), (1,) * I(2), I(2) * "y")
print(bin(I(10)), oct(I(10)), hex(I(-10)), chr(I(65)), "%x" % I(255), "%d" % I(7), format(I(5), "b") if hasattr(I, "__format__") and False else "skip")
print(bytes(I(2)), bytearray(I(1)), "abc".center(I(7), "*"), "ab".zfill(I(4)))
print(round(2.567, I(2)), "a,b,c".split(",", I(1)), list(reversed(range(I(3)))))
lst2 = [1, 2, 3]
lst2[I(0)] = "first"
del lst2[I(-1)]
print(lst2, (1, 2, 3).index(3, I(1)), [5, 5, 5].count(5))
class Bool(int):
    pass
print(lst[Bool(1)], lst[True], lst[False])
try:
    lst[I(100)]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "x" * I(2 ** 70)
except OverflowError as e:
    print(type(e).__name__, e)
print(int(I(12)), float(I(3)) if hasattr(float, "__index__") else float(3))
print(complex(I(3)).real if False else "skip")
