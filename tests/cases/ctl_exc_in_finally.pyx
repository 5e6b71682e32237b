# An exception raised inside finally replaces the pending one; nested handlers.
def g(int k):
    try:
        try:
            raise ValueError("inner")
        finally:
            if k == 1:
                raise IndexError("from finally")
            print("finally ran", k)
    except IndexError as e:
        print("IndexError", e)
    except ValueError as e:
        print("ValueError", e)
def h():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError as e:
            print("nested", e)
        print("still in handler")
    else:
        print("no else")
    finally:
        print("h finally")
g(0)
g(1)
h()
