# statements: starred expressions in return/yield values and in subscripts/for iterables (3.8+ forms)
def ret():
    a = [1, 2]
    return *a, 3
def ret2():
    return 0, *"xy", *range(2)
print(ret(), ret2(), type(ret()).__name__)
def gen():
    a = (1, 2)
    yield *a, "end"
    yield "single"
print(list(gen()))
for x in *[1, 2], 3:
    print("for over starred tuple", x)
class I:
    def __getitem__(self, k):
        return k
rest = (2, 3)
print(I()[1, *rest])
def f():
    return *(), *[]
print(f())
try:
    compile("return *a", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("def g():\n    return *a", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
