# imports: import mod, from mod import name as alias, import mod as m, repeated import runs body once, hot calls
print("main: before import, __name__ =", __name__)
import _helpers
print("main: after first import")
import _helpers
import _helpers as h
from _helpers import square
from _helpers import greet as g, LIMIT
print("main: after all imports")
print(_helpers.GREETING, h.LIMIT, LIMIT, h.GREETING == _helpers.GREETING)
print(square(12), g("bob"), g("ann", punct="?"), _helpers.fib(50), h.scaled(3))
total = 0
for i in range(20000):
    total += square(i % 100) + h.fib(i % 10)
print("hot total", total, "calls", _helpers.calls[0])
sq = _helpers.square
acc = 0
for i in range(10000):
    acc = (acc + sq(i)) % 1000003
print(acc, _helpers.calls[0])
