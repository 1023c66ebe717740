e = SystemExit(8)
e.code = 9
raise e
