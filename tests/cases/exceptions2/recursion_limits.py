# exceptions2: RecursionError depth through methods, lambdas, generators; limit changes; recovery and messages
import sys
class Walker:
    def __init__(self):
        self.n = 0
    def step(self):
        self.n += 1
        return self.step()
w = Walker()
try:
    w.step()
except RecursionError as e:
    print("method:", e, w.n)
f = lambda n: f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("lambda:", e)
def depth_at_failure():
    count = 0
    def rec():
        nonlocal count
        count += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return count
base = depth_at_failure()
for limit in (50, 120, 400):
    sys.setrecursionlimit(limit)
    print(limit, depth_at_failure() - limit)
sys.setrecursionlimit(1000)
print("back to default:", depth_at_failure() == base)
def gen_rec(n):
    yield from gen_rec(n + 1)
try:
    list(gen_rec(0))
except RecursionError as e:
    print("generators:", e)
def recover(n):
    try:
        return recover(n + 1)
    except RecursionError:
        return n
print("recovered deep:", recover(0) > 900)
