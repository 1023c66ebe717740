# generator-based pipelines, send and throw protocols in the style of test_generators
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start
@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        print("grep closing")
        target.close()
@coroutine
def printer():
    try:
        while True:
            line = yield
            print("printer:", line)
    except GeneratorExit:
        print("printer closing")
p = printer()
g = grep("py", p)
for line in ["python", "java", "pypy", "rust"]:
    g.send(line)
g.close()
# fibonacci with send reset
def fib():
    a, b = 0, 1
    while True:
        reset = yield a
        if reset:
            a, b = 0, 1
        else:
            a, b = b, a + b
f = fib()
print([next(f) for _ in range(8)])
print(f.send(True), next(f), next(f))
# tree traversal with yield from
class Node:
    def __init__(self, v, *kids): self.v = v; self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Node(1, Node(2, Node(3)), Node(4, Node(5), Node(6)))
print(list(t))
# conjoin-style backtracking generator
def queens(n):
    cols = []
    def place(row):
        if row == n:
            yield tuple(cols)
            return
        for c in range(n):
            if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
                cols.append(c)
                yield from place(row + 1)
                cols.pop()
    yield from place(0)
sols = list(queens(6))
print(len(sols), sols[0])
# generator throw with traceback argument
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            tb = e.__traceback__
            names = []
            while tb:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            print("caught", type(e).__name__, names)
c = catcher(); next(c)
def make_tb():
    try:
        raise IndexError("x")
    except IndexError as e:
        return e.__traceback__
c.throw(ValueError, ValueError("v"), make_tb())
c.throw(KeyError("x"))
try:
    c.throw(ValueError, None, "nottb")
except TypeError as e:
    print("TypeError", e)
# throw into generator in yield from, exception propagates with the sub frames in traceback
def sub():
    yield 1
def top():
    yield from sub()
t = top(); next(t)
try:
    t.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
