# exceptions2: UNCAUGHT exception with add_note() notes printed after the message, raised through two frames
def validate(record):
    if record.get("age", 0) < 0:
        e = ValueError("age must be non-negative")
        e.add_note("record id: %d" % record["id"])
        e.add_note("hint: check the import file")
        raise e
    return True
def process(records):
    for r in records:
        try:
            validate(r)
        except ValueError as e:
            e.add_note("while processing batch")
            raise
    return "ok"
print(process([{"id": 1, "age": 3}]))
process([{"id": 1, "age": 3}, {"id": 2, "age": -5}])
