import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, v.code if t is SystemExit else "")
        return False
def gen():
    try:
        yield 1
    finally:
        print("gen finally runs at exit")
g = gen(); next(g)
def work():
    with CM():
        try:
            sys.exit(4)
        finally:
            print("inner finally")
work()
