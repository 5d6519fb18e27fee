// What the compression modules (zlib, bz2, lzma) share: reading a
// bytes-like argument, and gathering a library's output.
#pragma once

#include "objects/bytes.h"
#include "objects/memoryview.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/type.h"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace uopy {

// The bytes of a bytes-like argument (bytes, bytearray, memoryview), as the
// library's byte type. Those of bytes and bytearray are read in place (the
// caller keeps the object alive and runs no Python code while it uses
// them); a memoryview's are copied.
template <typename Byte> struct ByteArg {
    const Byte* data = nullptr;
    size_t size = 0;
    std::string copy;

    ByteArg() = default;
    ByteArg(const ByteArg&) = delete;
    ByteArg& operator=(const ByteArg&) = delete;
};

// Reads [v] into [out]; false with CPython's TypeError when [v] is not
// bytes-like (or the error of a released memoryview).
template <typename Byte> bool get_byte_arg(Value v, ByteArg<Byte>& out) {
    if (is_bytes(v) || is_bytearray(v)) {
        std::string_view s = bytes_view(v);
        out.data = reinterpret_cast<const Byte*>(s.data());
        out.size = s.size();
        return true;
    }
    if (v.is_ptr() && isinstance_of(v, &MemoryViewType)) {
        Value b = call_method(v, "tobytes", {}); // ValueError once released
        if (!b) return false;
        out.copy.assign(bytes_view(b));
        out.data = reinterpret_cast<const Byte*>(out.copy.data());
        out.size = out.copy.size();
        return true;
    }
    raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

// Input a decompressor left unconsumed (a max_length limit), kept in
// malloc'd memory for the next call. A field of a collected object: all
// zero at allocation; release() from the object's finalizer.
template <typename Byte> struct PendingInput {
    Byte* data;
    size_t len;
    size_t cap;

    void release() {
        std::free(data);
        data = nullptr;
        len = cap = 0;
    }
    // Appends [n] bytes from [more]; false with MemoryError raised.
    bool append(const Byte* more, size_t n) {
        size_t need = len + n;
        if (need > cap) {
            void* p = std::realloc(data, need);
            if (!p) {
                raise_memory_error();
                return false;
            }
            data = static_cast<Byte*>(p);
            cap = need;
        }
        if (n) std::memcpy(data + len, more, n);
        len = need;
        return true;
    }
    // Keeps the [n] bytes at [from] (which may point into data itself).
    // False with MemoryError raised.
    bool keep(const Byte* from, size_t n) {
        if (n > cap) {
            auto* p = static_cast<Byte*>(std::malloc(n));
            if (!p) {
                raise_memory_error();
                return false;
            }
            std::memcpy(p, from, n);
            std::free(data);
            data = p;
            cap = n;
        } else if (n > 0) {
            std::memmove(data, from, n);
        }
        len = n;
        return true;
    }
};

// The output of a library's calls: malloc'd memory grown in blocks of
// 32 KiB, 64 KiB, 256 KiB, ... (as CPython's output buffers), up to a limit
// (a decompress() max_length; SIZE_MAX: none). A module points its stream's
// next_out/avail_out at next()/room() before a call and commit()s the
// stream's next_out after it.

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
