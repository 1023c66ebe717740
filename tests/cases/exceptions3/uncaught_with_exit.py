class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise TypeError("exit failed")
def f():
    with CM():
        1 / 0
f()
