# except with a tuple of classes, and order of handlers.
def main():
    cdef int i
    for i in range(3):
        try:
            if i == 0:
                raise IndexError("a")
            elif i == 1:
                raise ValueError("b")
            raise TypeError("c")
        except (IndexError, ValueError) as e:
            print("tuple", e)
        except Exception:
            print("other")
main()
