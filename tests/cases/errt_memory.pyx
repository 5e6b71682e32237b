# Uncaught MemoryError raised explicitly after partial output.
print("start")
raise MemoryError()
