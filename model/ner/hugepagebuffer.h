#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace dramatis {

// An allocator for the tagger's big tables (tens of MB, filled at load): on Linux it asks for transparent
// huge pages, so filling a table costs a few page faults instead of thousands. Loading the model is
// dominated by page faults otherwise, on virtual machines especially.
template<typename T>
struct HugePageAllocator
{
    using value_type = T;
    static constexpr std::size_t HugePage = std::size_t(2) << 20;

    HugePageAllocator() = default;
    template<typename U>
    HugePageAllocator(const HugePageAllocator<U> &)
    {
    }

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < HugePage) {
            if (void *p = std::malloc(bytes))
                return static_cast<T *>(p);
            throw std::bad_alloc();
        }
        const std::size_t rounded = (bytes + HugePage - 1) / HugePage * HugePage;
        void *p = std::aligned_alloc(HugePage, rounded);
        if (!p)
            throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
        madvise(p, rounded, MADV_HUGEPAGE);
#endif
        return static_cast<T *>(p);
    }
    void deallocate(T *p, std::size_t) { std::free(p); }

    template<typename U>
    bool operator==(const HugePageAllocator<U> &) const
    {
        return true;
    }
};

template<typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

} // namespace dramatis
