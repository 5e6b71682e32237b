# sizeof of pointer spellings: one star, two stars written together or
# apart, three stars, const pointers, in casts too.
print(sizeof(int*), sizeof(int**), sizeof(int * *), sizeof(double***), sizeof(char****))
print(sizeof(void**) == sizeof(void*), sizeof(const int**), sizeof(unsigned long long**))
cdef int x = 5
cdef int* p = &x
cdef int** pp = &p
cdef void* v = <void*>pp
print((<int**>v)[0][0], sizeof(pp), sizeof(pp[0]), sizeof(pp[0][0]))
