# classes: types.GenericAlias (list[int]) and types.UnionType (int | str): repr, args, equality, isinstance
a = list[int]
print(a, a.__origin__ is list, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]], type[int])
print(list[int] == list[int], list[int] == list[str], list[int] != list[int], list[int] == list)
print(list[int]([1, 2]), dict[str, int](a=1), type(list[int]()).__name__)
u = int | str
print(u, u.__args__, type(u).__name__)
print(int | None, None | int, (int | str) | float, int | (str | float), int | int)
print((int | str) == (int | str), (int | str) == (str | int), int | str == int)
print(isinstance(1, int | str), isinstance("x", int | str), isinstance(1.5, int | str))
print(isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(3, (float, int | str)))
class C:
    pass
print(C | None, list[C], C | list[int])
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    C[int]
except TypeError as e:
    print(type(e).__name__, e)
