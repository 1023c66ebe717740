def with_return(cm):
    with cm as x:
        return x

def match_shapes(v):
    match v:
        case [a, *rest]:
            return a
        case {"k": k, **extra}:
            return k
        case Point(x=0, y=y) | Point(x=y, y=0):
            return y
        case None:
            return None
        case _:
            return v
