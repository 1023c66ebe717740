import sys
sys.setrecursionlimit(50)
def r(n):
    return r(n + 1) + 1
try:
    r(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
mutual_a(1)
