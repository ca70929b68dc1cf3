// Out of memory throws std::bad_alloc, as the standard says `new` does. mimalloc's shared library
// (built as C) replaces operator new with one that aborts when it cannot allocate, because it cannot
// see the C++ new handler from C; so the programs linked with it define the replaceable allocation
// functions here, on malloc (which mimalloc also replaces, and which returns null when memory runs
// out). A review too large for the memory it has is then reported and skipped, and the others are
// still written (extract/batch.cc). Deletes stay mimalloc's: they free what malloc returned.
#include <cstdlib>
#include <new>

void* operator new(std::size_t size) {
  while (true) {
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

void* operator new[](std::size_t size) { return ::operator new(size); }

void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return ::operator new(size);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}

void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return ::operator new(size, std::nothrow); }
