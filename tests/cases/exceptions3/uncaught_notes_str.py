e = ValueError("v")
e.__notes__ = "notalist"
raise e
