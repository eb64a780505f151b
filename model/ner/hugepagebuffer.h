#pragma once

#include <cstddef>
#include <cstdint>
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

// Asks for transparent huge pages over the whole 2 MB pages inside [p, p + bytes), memory another allocator
// made and nothing has touched yet (a QList's reserved room): filling it then costs a few page faults
// instead of thousands, as with HugePageAllocator.
inline void adviseHugePages(void *p, std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t HugePage = std::uintptr_t(2) << 20;
    const std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(p) + HugePage - 1) & ~(HugePage - 1);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(p) + bytes) & ~(HugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)p;
    (void)bytes;
#endif
}

} // namespace dramatis
