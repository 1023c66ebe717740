# exceptions2: UNCAUGHT RecursionError: repeated traceback lines are summarised
import sys
sys.setrecursionlimit(60)
def down(n):
    return down(n + 1)
def start():
    return down(0)
print("limit", sys.getrecursionlimit())
start()
