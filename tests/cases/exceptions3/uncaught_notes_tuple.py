e = ValueError("v")
e.__notes__ = ("t1", "t2\nsecond line")
raise e
