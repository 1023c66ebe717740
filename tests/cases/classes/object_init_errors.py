# classes: object.__init__/__new__ excess-argument rules depending on which of them are overridden
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, *a):
        super().__init__()
        self.a = a
print(OnlyInit(1, 2).a)
class Neither:
    pass
try:
    Neither(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Neither(x=1)
except TypeError as e:
    print(type(e).__name__, e)
class InitPassesArgs:
    def __init__(self, *a):
        super().__init__(*a)
try:
    InitPassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class NewPassesArgs:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
try:
    NewPassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        super().__init__()
        self.a = a
print(Both(3).a)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(Neither(), 1)
except TypeError as e:
    print(type(e).__name__, e)
class Two:
    def __init__(self, a, b):
        pass
for args in [(), (1,), (1, 2, 3)]:
    try:
        Two(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Two(1, c=2)
except TypeError as e:
    print(type(e).__name__, e)
