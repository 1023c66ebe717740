# exceptions2: RecursionError at the recursion limit, its message, recovery, and after sys.setrecursionlimit
import sys
print(sys.getrecursionlimit())
depth = 0
def recurse():
    global depth
    depth += 1
    recurse()
try:
    recurse()
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
first = depth
print("depth reached close to the limit:", first > 900, first <= 1000)
depth = 0
try:
    recurse()
except RecursionError:
    pass
print("same depth on second attempt:", depth == first)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0
try:
    recurse()
except RecursionError as e:
    print(type(e).__name__, e)
print("lower limit depth:", depth, "difference to 1000 run:", first - depth)
def nested(n):
    return 0 if n == 0 else 1 + nested(n - 1)
print(nested(150))
try:
    nested(250)
except RecursionError as e:
    print("nested(250) fails:", e)
sys.setrecursionlimit(1000)
print(nested(800))
class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return "Node(%r)" % (self.child,)
try:
    repr(Node())
except RecursionError as e:
    print(type(e).__name__, e)
for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
