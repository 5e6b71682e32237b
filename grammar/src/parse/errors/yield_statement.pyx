def gen(int n):
    for i in range(n):
        yield i
