print(f"{x\n}")
