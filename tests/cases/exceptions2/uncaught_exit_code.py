# exceptions2: UNCAUGHT SystemExit with an integer code sets the process exit status (3) and prints nothing
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release, exiting with", type(exc[1]).__name__, exc[1].code)
        return False
with Resource():
    raise SystemExit(3)
