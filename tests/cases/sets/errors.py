# sets: unhashable elements, KeyError from remove/pop, bad operands, mutation during iteration
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: {[1]})
attempt(lambda: {1, {2}})
attempt(lambda: set([[1]]))
attempt(lambda: {1}.add({}))
attempt(lambda: hash({1}))
attempt(lambda: set().pop())
attempt(lambda: {1}.remove(2))
attempt(lambda: {1}.remove((1, 2)))
attempt(lambda: {1} | [2])
attempt(lambda: {1} - 5)
attempt(lambda: {1} < [1])
attempt(lambda: set(1))
attempt(lambda: set([1], [2]))
attempt(lambda: frozenset([1]).add(2))
attempt(lambda: {1}.union(5))
attempt(lambda: {[1]: 2})
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
attempt(lambda: {1}.remove({1}))
attempt(lambda: {frozenset({1})}.remove({1}))
