def g(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("zero", e)
        raise
    except (TypeError, ValueError):
        r = None
    else:
        r += 1
    finally:
        print("done")
    return r
