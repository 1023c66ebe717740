def make(depth):
    if depth == 0:
        return ValueError("leaf")
    return ExceptionGroup("level %d" % depth, [make(depth - 1), KeyError(depth)])
raise make(12)
