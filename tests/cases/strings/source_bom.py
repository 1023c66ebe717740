# A UTF-8 byte-order mark is skipped.
print("bom ok", "é")
