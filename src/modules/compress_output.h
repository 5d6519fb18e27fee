// The output of a compression library's calls (bz2, lzma): malloc'd memory
// grown in blocks of 32 KiB, 64 KiB, 256 KiB, ... (as CPython's output
// buffers), up to a limit (a decompress() max_length; SIZE_MAX: none). A
// module points its stream's next_out/avail_out at next()/room() before a
// call and commit()s the stream's next_out after it.
#pragma once

#include "objects/bytes.h"
#include "runtime/errors.h"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <string_view>

namespace uopy {

class CompressOutput {
  public:
    explicit CompressOutput(size_t limit) : limit_(limit) {}
    ~CompressOutput() { std::free(buf_); }
    CompressOutput(const CompressOutput&) = delete;
    CompressOutput& operator=(const CompressOutput&) = delete;

    bool full() const { return used_ >= limit_; }
    size_t room() const { return cap_ - used_; }
    // Adds a block (cut at the limit); false with MemoryError raised.
    bool grow() {
        static constexpr size_t kBlockSizes[] = {
            size_t(32) << 10, size_t(64) << 10, size_t(256) << 10, size_t(1) << 20,
            size_t(4) << 20,  size_t(8) << 20,  size_t(16) << 20,  size_t(16) << 20,
            size_t(32) << 20, size_t(32) << 20, size_t(32) << 20,  size_t(32) << 20,
            size_t(64) << 20, size_t(64) << 20, size_t(128) << 20, size_t(128) << 20,
            size_t(256) << 20};
        constexpr size_t kBlocks = sizeof kBlockSizes / sizeof kBlockSizes[0];
        size_t block = kBlockSizes[std::min(blocks_, kBlocks - 1)];
        blocks_++;
        size_t cap = limit_ - cap_ < block ? limit_ : cap_ + block;
        if (cap == cap_) return true;
        void* p = std::realloc(buf_, cap);
        if (!p) {
            raise_memory_error();
            return false;
        }
        buf_ = static_cast<char*>(p);
        cap_ = cap;
        return true;
    }
    // Where the library is to write next: the free room, or (no room at
    // all: max_length=0) somewhere valid all the same.
    template <typename Byte> Byte* next() {
        static char dummy;
        return reinterpret_cast<Byte*>(buf_ ? buf_ + used_ : &dummy);
    }
    // Counts what the library wrote: it stopped at [next_out].
    void commit(const void* next_out) {
        if (buf_) used_ = static_cast<size_t>(static_cast<const char*>(next_out) - buf_);
    }
    Value to_bytes() const { return make_bytes(std::string_view(buf_ ? buf_ : "", used_)); }

  private:
    char* buf_ = nullptr;
    size_t cap_ = 0;
    size_t used_ = 0;
    size_t blocks_ = 0;
    size_t limit_;
};

} // namespace uopy
