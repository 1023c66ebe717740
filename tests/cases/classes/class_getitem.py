# classes: __class_getitem__ implicit classmethod, generic aliases of builtins, metaclass __getitem__ precedence
class Box:
    def __class_getitem__(cls, item):
        print("class_getitem", cls.__name__, item)
        return (cls.__name__, item)
print(Box[int])
print(Box[int, str])
print(Box["x"])
class SubBox(Box):
    pass
print(SubBox[float])
print(type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __getitem__(cls, item):
        return "meta getitem " + str(item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem " + str(item)
print(Both[1])
class Neither:
    pass
try:
    Neither[1]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, list[int]], tuple[int, ...])
print(list[int](range(3)), list[int].__origin__ is list, list[int].__args__)
class Inst:
    def __getitem__(self, k):
        return ("inst", k)
print(Inst()[5])
try:
    Inst[5]
except TypeError as e:
    print(type(e).__name__, e)
