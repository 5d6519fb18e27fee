// File streams of the `_io` module: FileIO (raw, unbuffered I/O on a file
// descriptor) and BufferedReader/BufferedWriter/BufferedRandom/BufferedRWPair
// (the text layer is io_text.cpp). CPython counterpart: Modules/_io/fileio.c,
// Modules/_io/bufferedio.c.
//
// Buffered objects talk to their raw stream through its methods (readinto,
// write, seek, tell), so that any RawIOBase written in Python works; when
// the raw stream is exactly a FileIO they call the system directly. A
// buffered object keeps a read-ahead buffer and a pending-write buffer, never
// both non-empty at once: before writing, the raw stream is moved back over
// the unread read-ahead; before reading from the raw stream, pending writes
// are flushed.

#include "modules/io_module.h"

#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace uopy {

Type FileIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType,
    TextIOWrapperType, IncrementalNewlineDecoderType;

// -- FileIO -----------------------------------------------------------------------------------

struct FileIOObject : IOBaseObject {
    int fd; // -1 when closed
    bool readable, writable, appending, created, closefd;
    int seekable; // -1: not known yet
    int64_t blksize;
};

static FileIOObject* FIO(Value v) {
    return static_cast<FileIOObject*>(v.as_ptr());
}

// A collected FileIO closes its descriptor (nothing is flushed: whatever a
// buffered object above it still held is lost, as when CPython exits hard).
static void fileio_finalize(Object* o) {
    auto* f = static_cast<FileIOObject*>(o);
    if (f->fd >= 0 && f->closefd) ::close(f->fd);
    f->fd = -1;
}

static bool fileio_check_open(FileIOObject* f) {
    if (f->fd >= 0) return true;
    raise(exc::ValueError, "I/O operation on closed file");
    return false;
}

// One read(2): bytes read, 0 at end of file, -2 when it would block, -1 on error.
static int64_t fileio_read_raw(FileIOObject* f, char* dst, size_t n) {
    for (;;) {
        ssize_t r = ::read(f->fd, dst, n);
        if (r >= 0) return r;
        if (errno == EINTR) continue;
        if (errno == EAGAIN) return -2;
        io_raise_errno(errno);
        return -1;
    }
}
static int64_t fileio_write_raw(FileIOObject* f, const char* src, size_t n) {
    for (;;) {
        ssize_t r = ::write(f->fd, src, n);
        if (r >= 0) return r;
        if (errno == EINTR) continue;
        if (errno == EAGAIN) return -2;
        io_raise_errno(errno);
        return -1;
    }
}
static int64_t fileio_lseek(FileIOObject* f, int64_t off, int whence) {
    off_t r = ::lseek(f->fd, static_cast<off_t>(off), whence);
    if (r < 0) io_raise_errno(errno);
    return r;
}

static Value fileio_new(Type* type, const Value*, size_t, Value) {
    auto* f = static_cast<FileIOObject*>(io_alloc(type, sizeof(FileIOObject)));
    if (!f) return Value();
    f->fd = -1;
    f->seekable = -1;
    f->closefd = true;
    return Value(f);
}

// FileIO(file, mode='r', closefd=True, opener=None)
static int fileio_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("FileIO", "file, mode=, closefd=, opener=");
    Value a[4];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    FileIOObject* f = FIO(self);
    if (f->fd >= 0) { // __init__ again: the old descriptor goes first
        if (f->closefd) ::close(f->fd);
        f->fd = -1;
    }
    Value nameobj = a[0];
    int fd = -1;
    std::string path;
    if (is_int(nameobj)) {
        int64_t v;
        if (!int_as_int64(nameobj, &v)) return -1;
        if (v < 0) return io_failed(raise(exc::ValueError, "negative file descriptor"));
        fd = static_cast<int>(v);
    } else {
        Value p = nameobj;
        if (!is_str(p) && !is_bytes(p)) {
            Value fspath = lookup_special(p, intern("__fspath__"));
            if (fspath) p = call_special(p, intern("__fspath__"), {});
            if (!p) return -1;
            if (!fspath || (!is_str(p) && !is_bytes(p))) {
                raise(exc::TypeError, "expected str, bytes or os.PathLike object, not %s",
                      type_name(fspath ? p : nameobj));
                return -1;
            }
        }
        path.assign(is_str(p) ? str_view(p) : bytes_view(p));
        if (path.find('\0') != std::string::npos)
            return io_failed(raise(exc::ValueError, "embedded null byte"));
    }
    Value modeobj = a[1] ? a[1] : intern("r");
    if (!is_str(modeobj)) {
        raise(exc::TypeError, "FileIO() argument 'mode' must be str, not %s", type_name(modeobj));
        return -1;
    }
    std::string_view mode = str_view(modeobj);
    bool rwa = false, plus = false, readable = false, writable = false, appending = false,
         created = false;
    int flags = 0;
    bool bad = false;
    for (char c : mode) {
        if (c == 'x' || c == 'r' || c == 'w' || c == 'a') {
            if (rwa) {
                bad = true;
                break;
            }
            rwa = true;
            if (c == 'r') {
                readable = true;
            } else {
                writable = true;
                flags |= O_CREAT | (c == 'x' ? O_EXCL : c == 'w' ? O_TRUNC : O_APPEND);
                created = c == 'x';
                appending = c == 'a';
            }
        } else if (c == '+') {
            if (plus) {
                bad = true;
                break;
            }
            readable = writable = plus = true;
        } else if (c != 'b') {
            std::string m(mode);
            return io_failed(raise(exc::ValueError, "invalid mode: %s", m.c_str()));
        }
    }
    if (bad || !rwa)
        return io_failed(raise(exc::ValueError, "Must have exactly one of create/read/write/"
                                                "append mode and at most one plus"));
    flags |= readable && writable ? O_RDWR : readable ? O_RDONLY : O_WRONLY;
    flags |= O_CLOEXEC;
    bool closefd = true;
    if (a[2]) {
        int t = truthy(a[2]);
        if (t < 0) return -1;
        closefd = t != 0;
    }
    bool own = fd < 0; // opened here: closed again if __init__ fails
    if (own) {
        if (!closefd)
            return io_failed(raise(exc::ValueError, "Cannot use closefd=False with file name"));
        if (!a[3] || is_none(a[3])) {
            do {
                fd = ::open(path.c_str(), flags, 0666);
            } while (fd < 0 && errno == EINTR);
            if (fd < 0) return io_failed(io_raise_errno(errno, nameobj));
        } else {
            Value r = call2(a[3], nameobj, make_int(flags));
            int64_t v;
            if (!r || !int_as_int64(r, &v)) return -1;
            if (v < 0)
                return io_failed(
                    raise(exc::ValueError, "opener returned %lld", static_cast<long long>(v)));
            fd = static_cast<int>(v);
        }
    }
    struct stat st;
    int err = ::fstat(fd, &st) < 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
    if (err) {
        if (own) ::close(fd);
        io_raise_errno(err, nameobj);
        return -1;
    }
    f->fd = fd;
    f->readable = readable;
    f->writable = writable;
    f->appending = appending;
    f->created = created;
    f->closefd = closefd;
    f->seekable = -1;
    f->blksize = st.st_blksize > 1 ? static_cast<int64_t>(st.st_blksize) : kIoDefaultBufferSize;
    f->iobase_closed = false;
    if (set_attr_cstr(self, "name", nameobj) < 0) return -1;
    // Appending starts at the end (a pipe cannot seek, which is fine).
    if (appending && ::lseek(fd, 0, SEEK_END) < 0 && errno != ESPIPE)
        return io_failed(io_raise_errno(errno));
    return 0;
}

static Value fileio_readall_impl(FileIOObject* f) {
    std::string out;
    size_t chunk = kIoDefaultBufferSize;
    for (;;) {
        size_t have = out.size();
        out.resize(have + chunk);
        int64_t r = fileio_read_raw(f, &out[have], chunk);
        if (r < 0) {
            if (r == -1) return Value();
            if (have == 0) return None(); // would block before any data
            out.resize(have);
            break;
        }
        out.resize(have + static_cast<size_t>(r));
        if (r == 0) break;
        if (chunk < (size_t(1) << 20)) chunk *= 2;
    }
    return make_bytes(out);
}

static Value fileio_read(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("read", nargs, 0, 1)) return Value();
    FileIOObject* f = FIO(self);
    if (!fileio_check_open(f)) return Value();
    if (!f->readable) return io_unsupported("File not open for reading");
    int64_t n = -1;
    if (nargs && !io_size_arg(args[0], &n)) return Value();
    if (n < 0) return fileio_readall_impl(f);
    std::string buf(static_cast<size_t>(n), '\0');
    int64_t r = fileio_read_raw(f, buf.data(), buf.size());
    if (r == -1) return Value();
    if (r == -2) return None();
    buf.resize(static_cast<size_t>(r));
    return make_bytes(buf);
}

static Value fileio_readall(Value self, const Value*, size_t, Value) {
    FileIOObject* f = FIO(self);
    return fileio_check_open(f) ? fileio_readall_impl(f) : Value();
}

static Value fileio_readinto(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("readinto", nargs, 1, 1)) return Value();
    FileIOObject* f = FIO(self);
    if (!fileio_check_open(f)) return Value();
    if (!f->readable) return io_unsupported("File not open for reading");
    size_t n;
    if (!io_writable_buffer_len(args[0], &n)) return Value();
    std::string buf(n, '\0');
    int64_t r = fileio_read_raw(f, buf.data(), n);
    if (r == -1) return Value();
    if (r == -2) return None();
    if (!io_buffer_store(args[0], std::string_view(buf.data(), static_cast<size_t>(r))))
        return Value();
    return make_int(r);
}

static Value fileio_write(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("write", nargs, 1, 1)) return Value();
    FileIOObject* f = FIO(self);
    if (!fileio_check_open(f)) return Value();
    if (!f->writable) return io_unsupported("File not open for writing");
    std::string data;
    if (!io_bytes_arg(args[0], data)) return Value();
    int64_t r = fileio_write_raw(f, data.data(), data.size());
    if (r == -1) return Value();
    return r == -2 ? None() : make_int(r);
}

static Value fileio_seek(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("seek", nargs, 1, 2)) return Value();
    FileIOObject* f = FIO(self);
    if (!fileio_check_open(f)) return Value();
    int64_t pos, whence = 0;
    if (!is_index_like(args[0])) return raise(exc::TypeError, "an integer is required");
    if (!int_as_int64(args[0], &pos) || (nargs > 1 && !int_as_int64(args[1], &whence)))
        return Value();
    int64_t r = fileio_lseek(f, pos, static_cast<int>(whence));
    return r < 0 ? Value() : make_int(r);
}

static Value fileio_tell(Value self, const Value*, size_t, Value) {
    FileIOObject* f = FIO(self);
    if (!fileio_check_open(f)) return Value();
    int64_t r = fileio_lseek(f, 0, SEEK_CUR);
    return r < 0 ? Value() : make_int(r);
}

static Value fileio_truncate(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("truncate", nargs, 0, 1)) return Value();
    FileIOObject* f = FIO(self);
    if (!fileio_check_open(f)) return Value();
    if (!f->writable) return io_unsupported("File not open for writing");
    int64_t size;
    if (nargs && !is_none(args[0])) {
        if (!int_as_int64(args[0], &size)) return Value();
    } else if ((size = fileio_lseek(f, 0, SEEK_CUR)) < 0) {
        return Value();
    }
    if (::ftruncate(f->fd, static_cast<off_t>(size)) < 0) return io_raise_errno(errno);
    return make_int(size);
}

// close(): _IOBase.close() (which flushes), then the descriptor is closed
// unless closefd was false.
static Value fileio_close(Value self, const Value*, size_t, Value) {
    FileIOObject* f = FIO(self);
    Value base_close = dict_get_cstr(IOBaseType.dict, "close");
    Value r = base_close ? call1(base_close, self) : None();
    Value err = r ? Value() : err_fetch();
    int fd = f->fd;
    f->fd = -1;
    Value r2 = None();
    if (f->closefd && fd >= 0 && ::close(fd) < 0) r2 = io_raise_errno(errno);
    return io_first_error(err, r2);
}

static Value fileio_fileno(Value self, const Value*, size_t, Value) {
    FileIOObject* f = FIO(self);
    return fileio_check_open(f) ? make_int(f->fd) : Value();
}
static Value fileio_isatty(Value self, const Value*, size_t, Value) {
    FileIOObject* f = FIO(self);
    return fileio_check_open(f) ? Bool(::isatty(f->fd)) : Value();
}
static Value fileio_readable(Value self, const Value*, size_t, Value) {
    FileIOObject* f = FIO(self);
    return fileio_check_open(f) ? Bool(f->readable) : Value();
}
static Value fileio_writable(Value self, const Value*, size_t, Value) {
    FileIOObject* f = FIO(self);
    return fileio_check_open(f) ? Bool(f->writable) : Value();
}
static Value fileio_seekable(Value self, const Value*, size_t, Value) {
    FileIOObject* f = FIO(self);
    if (!fileio_check_open(f)) return Value();
    if (f->seekable < 0) f->seekable = ::lseek(f->fd, 0, SEEK_CUR) >= 0;
    return Bool(f->seekable);
}
static Value fileio_dealloc_warn(Value, const Value*, size_t, Value) {
    return None();
}

static Value fileio_get_closed(Value self) {
    return Bool(FIO(self)->fd < 0);
}
static Value fileio_get_closefd(Value self) {
    return Bool(FIO(self)->closefd);
}
static Value fileio_get_blksize(Value self) {
    return make_int(FIO(self)->blksize);
}
static const char* fileio_mode(FileIOObject* f) {
    if (f->created) return f->readable ? "xb+" : "xb";
    if (f->appending) return f->readable ? "ab+" : "ab";
    if (f->readable) return f->writable ? "rb+" : "rb";
    return "wb";
}
static Value fileio_get_mode(Value self) {
    return make_str(fileio_mode(FIO(self)));
}

static Value fileio_repr(Value self) {
    FileIOObject* f = FIO(self);
    std::string tn = type_of(self)->name;
    if (f->fd < 0) return make_str("<" + tn + " [closed]>");
    bool bad = false;
    Value name = io_repr_attr(self, "name", &bad);
    if (bad) return Value();
    std::string s =
        "<" + tn + (name ? " name=" + std::string(str_view(name)) : " fd=" + std::to_string(f->fd));
    s += std::string(" mode='") + fileio_mode(f) + "' closefd=" + (f->closefd ? "True" : "False");
    return make_str(s + ">");
}

static const NativeMethodDef fileio_methods[] = {
    {"read", fileio_read, 0, nullptr},
    {"readall", fileio_readall, NATIVE_NOARGS, nullptr},
    {"readinto", fileio_readinto, 0, nullptr},
    {"write", fileio_write, 0, nullptr},
    {"seek", fileio_seek, 0, nullptr},
    {"tell", fileio_tell, NATIVE_NOARGS, nullptr},
    {"truncate", fileio_truncate, 0, nullptr},
    {"close", fileio_close, NATIVE_NOARGS, nullptr},
    {"fileno", fileio_fileno, NATIVE_NOARGS, nullptr},
    {"isatty", fileio_isatty, NATIVE_NOARGS, nullptr},
    {"readable", fileio_readable, NATIVE_NOARGS, nullptr},
    {"writable", fileio_writable, NATIVE_NOARGS, nullptr},
    {"seekable", fileio_seekable, NATIVE_NOARGS, nullptr},
    {"_dealloc_warn", fileio_dealloc_warn, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef fileio_getsets[] = {
    {"closed", fileio_get_closed, nullptr, nullptr},
    {"closefd", fileio_get_closefd, nullptr, nullptr},
    {"mode", fileio_get_mode, nullptr, nullptr},
    {"_blksize", fileio_get_blksize, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Buffered streams ---------------------------------------------------------------------------

struct BufferedObject : IOBaseObject {
    Value raw;  // null when detached
    char* rbuf; // read-ahead: rbuf[rpos, rlen) not returned yet (capacity buffer_size)
    size_t rpos, rlen;
    char* wbuf; // pending writes: wbuf[0, wlen) (capacity buffer_size)
    size_t wlen;
    size_t buffer_size;
    bool ok, detached, readable, writable;
    bool freed; // closed: the buffers are gone
};

static BufferedObject* BUF(Value v) {
    return static_cast<BufferedObject*>(v.as_ptr());
}

static void buffered_trace(Object* o, Tracer& t) {
    auto* b = static_cast<BufferedObject*>(o);
    iobase_trace(o, t);
    t.visit(b->raw);
    t.visit_buffer(b->rbuf);
    t.visit_buffer(b->wbuf);
}

static bool buffered_check_init(BufferedObject* b) {
    if (b->ok) return true;
    raise(exc::ValueError,
          b->detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
    return false;
}

static bool raw_is_fileio(BufferedObject* b) {
    return type_of(b->raw) == &FileIOType;
}

// raw.closed (or the buffers freed by close()): 1, 0, or -1 on error.
static int buffered_closed(BufferedObject* b) {
    if (b->freed) return 1;
    if (raw_is_fileio(b)) return FIO(b->raw)->fd < 0;
    Value c = get_attr_cstr(b->raw, "closed");
    return c ? truthy(c) : -1;
}

// CHECK_INITIALIZED, then CHECK_CLOSED(msg): read-ahead can still be read
// after the raw stream was closed under the buffer.
static bool buffered_check(BufferedObject* b, const char* msg) {
    if (!buffered_check_init(b)) return false;
    int c = buffered_closed(b);
    if (c < 0) return false;
    if (c && b->rlen == b->rpos) {
        raise(exc::ValueError, "%s", msg);
        return false;
    }
    return true;
}

// raw.readinto() into [dst]: bytes read, 0 at end of file, -2 when it would
// block, -1 on error.
static int64_t buffered_raw_read(BufferedObject* b, char* dst, size_t n) {
    if (raw_is_fileio(b)) {
        FileIOObject* f = FIO(b->raw);
        if (!fileio_check_open(f)) return -1;
        if (!f->readable) return io_failed(io_unsupported("File not open for reading"));
        return fileio_read_raw(f, dst, n);
    }
    Value ba = make_bytearray(std::string(n, '\0'));
    if (!ba) return -1;
    Value r = io_call(b->raw, "readinto", &ba, 1);
    if (!r) return -1;
    if (is_none(r)) return -2;
    int64_t got;
    if (!int_as_int64(r, &got)) return -1;
    if (got < 0 || static_cast<size_t>(got) > n) {
        raise(exc::OSError,
              "raw readinto() returned invalid length %lld (should have been between 0 and %zu)",
              static_cast<long long>(got), n);
        return -1;
    }
    std::memcpy(dst, bytes_view(ba).data(), static_cast<size_t>(got));
    return got;
}

static int64_t buffered_raw_write(BufferedObject* b, const char* src, size_t n) {
    if (raw_is_fileio(b)) {
        FileIOObject* f = FIO(b->raw);
        if (!fileio_check_open(f)) return -1;
        if (!f->writable) return io_failed(io_unsupported("File not open for writing"));
        return fileio_write_raw(f, src, n);
    }
    Value data = make_bytes(std::string_view(src, n));
    if (!data) return -1;
    Value r = io_call(b->raw, "write", &data, 1);
    if (!r) return -1;
    if (is_none(r)) return -2;
    int64_t got;
    if (!int_as_int64(r, &got)) return -1;
    if (got < 0 || static_cast<size_t>(got) > n) {
        raise(exc::OSError,
              "raw write() returned invalid length %lld (should have been between 0 and %zu)",
              static_cast<long long>(got), n);
        return -1;
    }
    return got;
}

// raw.seek(off, whence) (whence 1 with off 0: raw.tell()); -1 on error.
static int64_t buffered_raw_seek(BufferedObject* b, int64_t off, int whence) {
    if (raw_is_fileio(b)) {
        FileIOObject* f = FIO(b->raw);
        return fileio_check_open(f) ? fileio_lseek(f, off, whence) : -1;
    }
    Value r;
    if (off == 0 && whence == SEEK_CUR) {
        r = io_call(b->raw, "tell");
    } else {
        Value sargs[2] = {make_int(off), make_int(whence)};
        r = io_call(b->raw, "seek", sargs, 2);
    }
    int64_t n;
    if (!r || !int_as_int64(r, &n)) return -1;
    if (n < 0) {
        raise(exc::OSError, "Raw stream returned invalid position %lld", static_cast<long long>(n));
        return -1;
    }
    return n;
}

// BlockingIOError(EAGAIN, msg), with characters_written set as CPython's has.
static Value blocking_error(const char* msg, int64_t written) {
    Value args[2] = {make_int(EAGAIN), make_str(msg)};
    Value e = call(Value(exc::BlockingIOError), args, 2);
    if (!e || set_attr_cstr(e, "characters_written", make_int(written)) < 0) return Value();
    return raise_instance(e);
}

// Writes all pending bytes to the raw stream.
static bool buffered_flush_writes(BufferedObject* b) {
    size_t done = 0;
    while (done < b->wlen) {
        int64_t n = buffered_raw_write(b, b->wbuf + done, b->wlen - done);
        if (n <= 0) {
            // Keep what could not be written.
            std::memmove(b->wbuf, b->wbuf + done, b->wlen - done);
            b->wlen -= done;
            if (n != -1) blocking_error("write could not complete without blocking", 0);
            return false;
        }
        done += static_cast<size_t>(n);
    }
    b->wlen = 0;
    return true;
}

// Drops the read-ahead, moving the raw stream back to the logical position.
static bool buffered_rewind(BufferedObject* b) {
    size_t ahead = b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    return ahead == 0 || buffered_raw_seek(b, -static_cast<int64_t>(ahead), SEEK_CUR) >= 0;
}

// Appends one raw read to the read-ahead, filling the rest of the buffer;
// as buffered_raw_read.
static int64_t buffered_fill_more(BufferedObject* b) {
    int64_t n = buffered_raw_read(b, b->rbuf + b->rlen, b->buffer_size - b->rlen);
    if (n > 0) b->rlen += static_cast<size_t>(n);
    return n;
}
// Refills the (consumed) read-ahead with one raw read.
static int64_t buffered_fill(BufferedObject* b) {
    b->rpos = b->rlen = 0;
    return buffered_fill_more(b);
}

// Everything to the end: the read-ahead, then raw.readall() (or raw.read()
// until it returns b"").
static Value buffered_read_all(BufferedObject* b) {
    std::string out(b->rbuf + b->rpos, b->rlen - b->rpos);
    b->rpos = b->rlen = 0;
    if (!buffered_flush_writes(b)) return Value();
    if (raw_is_fileio(b)) {
        Value rest = fileio_readall_impl(FIO(b->raw));
        if (!rest || is_none(rest)) return rest && !out.empty() ? make_bytes(out) : rest;
        out += bytes_view(rest);
        return make_bytes(out);
    }
    Value readall = get_attr_optional(b->raw, intern("readall"));
    if (!readall && err_occurred()) return Value();
    for (;;) {
        Value data = readall ? call0(readall) : io_call(b->raw, "read");
        if (!data) return data;
        if (!is_none(data) && !is_bytes(data))
            return raise(exc::TypeError,
                         readall ? "readall() should return bytes" : "read() should return bytes");
        if (is_none(data) || bytes_view(data).empty())
            return is_none(data) && out.empty() ? data : make_bytes(out);
        out += bytes_view(data);
        if (readall) return make_bytes(out);
    }
}

// read(n) as CPython's _bufferedreader_read_generic: until [n] bytes or the
// end of the file. Whole multiples of the buffer size are read straight
// into the result, the rest through the buffer (no more raw reads than
// needed, so that the read-ahead left over is CPython's).
static Value buffered_read_impl(BufferedObject* b, int64_t n) {
    if (n < 0) return buffered_read_all(b);
    size_t have = b->rlen - b->rpos, want = static_cast<size_t>(n);
    if (want <= have) {
        Value r = make_bytes(std::string_view(b->rbuf + b->rpos, want));
        if (r) b->rpos += want;
        return r;
    }
    std::string out(b->rbuf + b->rpos, have);
    b->rpos = b->rlen = 0;
    if (!buffered_flush_writes(b)) return Value();
    int64_t r = 1;
    while (out.size() < want) {
        size_t blocks = (want - out.size()) / b->buffer_size * b->buffer_size;
        if (blocks == 0) break;
        size_t at = out.size();
        out.resize(at + blocks);
        r = buffered_raw_read(b, &out[at], blocks);
        out.resize(at + (r > 0 ? static_cast<size_t>(r) : 0));
        if (r <= 0) break;
    }
    while (r > 0 && out.size() < want && b->rlen < b->buffer_size) {
        r = buffered_fill_more(b);
        if (r <= 0) break;
        size_t take = std::min(b->rlen - b->rpos, want - out.size());
        out.append(b->rbuf + b->rpos, take);
        b->rpos += take;
    }
    if (r == -1) return Value();
    if (r == -2 && out.empty()) return None(); // nothing without blocking
    return make_bytes(out);
}

// readline(limit): the read-ahead is scanned, then refilled, until b"\n".
static Value buffered_readline_impl(BufferedObject* b, int64_t limit) {
    std::string out;
    bool flushed = false;
    for (;;) {
        size_t have = b->rlen - b->rpos;
        size_t scan = have;
        if (limit >= 0 && static_cast<size_t>(limit) - out.size() < scan)
            scan = static_cast<size_t>(limit) - out.size();
        const char* start = b->rbuf + b->rpos;
        const void* nl = scan ? std::memchr(start, '\n', scan) : nullptr;
        size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) + 1 : scan;
        out.append(start, take);
        b->rpos += take;
        if (nl || (limit >= 0 && out.size() >= static_cast<size_t>(limit))) break;
        if (!flushed) {
            if (!buffered_flush_writes(b)) return Value();
            flushed = true;
        }
        int64_t r = buffered_fill(b);
        if (r == -1) return Value();
        if (r <= 0) break;
    }
    return make_bytes(out);
}

// raw.<meth>() must return True, else UnsupportedOperation(msg).
static bool raw_require(Value raw, const char* meth, const char* msg) {
    Value r = io_call(raw, meth);
    if (!r) return false;
    if (r == True()) return true;
    io_unsupported(msg);
    return false;
}

static Value buffered_new(Type* type, const Value*, size_t, Value) {
    Object* o = io_alloc(type, sizeof(BufferedObject));
    return o ? Value(o) : Value();
}

// BufferedReader/Writer/Random(raw, buffer_size=DEFAULT_BUFFER_SIZE)
static int buffered_init_common(Value self, const Value* args, size_t nargs, Value kwnames,
                                const NativeSignature& sig, bool readable, bool writable) {
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    BufferedObject* b = BUF(self);
    b->ok = false;
    b->detached = false;
    Value raw = a[0];
    if ((readable && writable &&
         !raw_require(raw, "seekable", "File or stream is not seekable.")) ||
        (readable && !raw_require(raw, "readable", "File or stream is not readable.")) ||
        (writable && !raw_require(raw, "writable", "File or stream is not writable.")))
        return -1;
    int64_t size = kIoDefaultBufferSize;
    if (a[1] && !int_as_int64(a[1], &size)) return -1;
    if (size <= 0)
        return io_failed(raise(exc::ValueError, "buffer size must be strictly positive"));
    char* rbuf = readable ? gc_alloc_bytes(static_cast<size_t>(size)) : nullptr;
    char* wbuf = writable ? gc_alloc_bytes(static_cast<size_t>(size)) : nullptr;
    if ((readable && !rbuf) || (writable && !wbuf)) return -1;
    b->raw = raw;
    b->rbuf = rbuf;
    b->wbuf = wbuf;
    b->rpos = b->rlen = b->wlen = 0;
    b->buffer_size = static_cast<size_t>(size);
    b->readable = readable;
    b->writable = writable;
    b->freed = false;
    b->iobase_closed = false;
    b->ok = true;
    return 0;
}
static int bufferedreader_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("BufferedReader", "raw, buffer_size=");
    return buffered_init_common(self, args, nargs, kwnames, sig, true, false);
}
static int bufferedwriter_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("BufferedWriter", "raw, buffer_size=");
    return buffered_init_common(self, args, nargs, kwnames, sig, false, true);
}
static int bufferedrandom_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("BufferedRandom", "raw, buffer_size=");
    return buffered_init_common(self, args, nargs, kwnames, sig, true, true);
}

static Value buffered_read(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("read", nargs, 0, 1)) return Value();
    BufferedObject* b = BUF(self);
    int64_t n = -1;
    if (nargs && !io_size_arg(args[0], &n)) return Value();
    if (n < -1) return raise(exc::ValueError, "read length must be non-negative or -1");
    if (!buffered_check(b, "read of closed file")) return Value();
    return buffered_read_impl(b, n);
}

// read1(n): buffered bytes if there are any, else at most one raw read.
static Value buffered_read1_impl(BufferedObject* b, int64_t n) {
    if (n < 0) n = static_cast<int64_t>(b->buffer_size);
    if (n == 0) return make_bytes("");
    size_t have = b->rlen - b->rpos;
    if (have > 0) {
        size_t take = static_cast<size_t>(n) < have ? static_cast<size_t>(n) : have;
        Value r = make_bytes(std::string_view(b->rbuf + b->rpos, take));
        if (r) b->rpos += take;
        return r;
    }
    if (!buffered_flush_writes(b)) return Value();
    b->rpos = b->rlen = 0;
    std::string out(static_cast<size_t>(n), '\0');
    int64_t r = buffered_raw_read(b, out.data(), out.size());
    if (r == -1) return Value();
    out.resize(r > 0 ? static_cast<size_t>(r) : 0);
    return make_bytes(out);
}
static Value buffered_read1(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("read1", nargs, 0, 1)) return Value();
    BufferedObject* b = BUF(self);
    int64_t n = -1;
    if (nargs && !io_size_arg(args[0], &n)) return Value();
    if (!buffered_check(b, "read of closed file")) return Value();
    return buffered_read1_impl(b, n);
}

// peek(n=0): the read-ahead (refilled once if empty), without consuming it.
static Value buffered_peek(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("peek", nargs, 0, 1)) return Value();
    BufferedObject* b = BUF(self);
    if (!buffered_check(b, "peek of closed file")) return Value();
    if (!buffered_flush_writes(b)) return Value();
    if (b->rlen == b->rpos && buffered_fill(b) == -1) return Value();
    return make_bytes(std::string_view(b->rbuf + b->rpos, b->rlen - b->rpos));
}

static Value buffered_readinto_generic(Value self, const Value* args, size_t nargs, bool one) {
    if (!check_nargs(one ? "readinto1" : "readinto", nargs, 1, 1)) return Value();
    BufferedObject* b = BUF(self);
    size_t n;
    if (!io_writable_buffer_len(args[0], &n)) return Value();
    if (!buffered_check(b, "readinto of closed file")) return Value();
    Value data = one ? buffered_read1_impl(b, static_cast<int64_t>(n))
                     : buffered_read_impl(b, static_cast<int64_t>(n));
    if (!data || is_none(data)) return data;
    std::string_view d = bytes_view(data);
    if (!io_buffer_store(args[0], d)) return Value();
    return make_int(static_cast<int64_t>(d.size()));
}
static Value buffered_readinto(Value self, const Value* args, size_t nargs, Value) {
    return buffered_readinto_generic(self, args, nargs, false);
}
static Value buffered_readinto1(Value self, const Value* args, size_t nargs, Value) {
    return buffered_readinto_generic(self, args, nargs, true);
}

static Value buffered_readline(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("readline", nargs, 0, 1)) return Value();
    BufferedObject* b = BUF(self);
    int64_t limit = -1;
    if (nargs && !io_size_arg(args[0], &limit)) return Value();
    if (!buffered_check(b, "readline of closed file")) return Value();
    return buffered_readline_impl(b, limit);
}

// __next__ of BufferedReader and BufferedRandom.
static Value buffered_iternext(Value self) {
    BufferedObject* b = BUF(self);
    if (!buffered_check_init(b)) return Value();
    Value line;
    Type* t = type_of(self);
    if (t == &BufferedReaderType || t == &BufferedRandomType) {
        if (!buffered_check(b, "readline of closed file")) return Value();
        line = buffered_readline_impl(b, -1);
    } else {
        line = io_call(self, "readline");
        if (line && !is_bytes(line))
            return raise(exc::OSError, "readline() should have returned a bytes object, not '%s'",
                         type_name(line));
    }
    if (!line || bytes_view(line).empty()) return Value();
    return line;
}

static Value buffered_write(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("write", nargs, 1, 1)) return Value();
    BufferedObject* b = BUF(self);
    if (!buffered_check_init(b)) return Value();
    std::string data;
    if (!io_bytes_arg(args[0], data)) return Value();
    int c = buffered_closed(b);
    if (c < 0) return Value();
    if (c) return raise(exc::ValueError, "write to closed file");
    if (!buffered_rewind(b)) return Value(); // writing starts at the logical position
    size_t n = data.size();
    if (b->wlen + n <= b->buffer_size) {
        std::memcpy(b->wbuf + b->wlen, data.data(), n);
        b->wlen += n;
        return make_int(static_cast<int64_t>(n));
    }
    if (!buffered_flush_writes(b)) return Value();
    size_t written = 0;
    while (n - written > b->buffer_size) {
        int64_t r = buffered_raw_write(b, data.data() + written, n - written);
        if (r == -1) return Value();
        if (r <= 0)
            return blocking_error("write could not complete without blocking",
                                  static_cast<int64_t>(written));
        written += static_cast<size_t>(r);
    }
    std::memcpy(b->wbuf, data.data() + written, n - written);
    b->wlen = n - written;
    return make_int(static_cast<int64_t>(n));
}

// flush(): BufferedReader passes it to the raw stream; the writers write
// their pending bytes (and BufferedRandom drops its read-ahead).
static Value buffered_flush(Value self, const Value*, size_t, Value) {
    BufferedObject* b = BUF(self);
    if (!buffered_check_init(b)) return Value();
    if (!b->writable) return io_call(b->raw, "flush");
    if (!buffered_check(b, "flush of closed file")) return Value();
    if (!buffered_flush_writes(b) || !buffered_rewind(b)) return Value();
    return None();
}

static Value buffered_tell(Value self, const Value*, size_t, Value) {
    BufferedObject* b = BUF(self);
    if (!buffered_check_init(b)) return Value();
    int64_t pos = buffered_raw_seek(b, 0, SEEK_CUR);
    if (pos < 0) return Value();
    pos = pos - static_cast<int64_t>(b->rlen - b->rpos) + static_cast<int64_t>(b->wlen);
    return make_int(pos < 0 ? 0 : pos);
}

static Value buffered_seek(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("seek", nargs, 1, 2)) return Value();
    BufferedObject* b = BUF(self);
    if (!buffered_check_init(b)) return Value();
    int64_t target, whence = 0;
    if (nargs > 1 && !int_as_int64(args[1], &whence)) return Value();
    if (whence < 0 || whence > 2)
        return raise(exc::ValueError, "whence value %lld unsupported",
                     static_cast<long long>(whence));
    if (!buffered_check(b, "seek of closed file")) return Value();
    if (!raw_require(b->raw, "seekable", "File or stream is not seekable.")) return Value();
    if (!int_as_int64(args[0], &target)) return Value();
    if (!buffered_flush_writes(b)) return Value();
    if (whence == SEEK_CUR) target -= static_cast<int64_t>(b->rlen - b->rpos);
    b->rpos = b->rlen = 0;
    int64_t n = buffered_raw_seek(b, target, static_cast<int>(whence));
    return n < 0 ? Value() : make_int(n);
}

static Value buffered_truncate(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("truncate", nargs, 0, 1)) return Value();
    BufferedObject* b = BUF(self);
    if (!buffered_check(b, "truncate of closed file")) return Value();
    if (!b->writable) return io_unsupported("truncate");
    if (!buffered_flush_writes(b) || !buffered_rewind(b)) return Value();
    Value pos = nargs ? args[0] : None();
    return io_call(b->raw, "truncate", &pos, 1);
}

// close(): self.flush(), then raw.close(); the first error wins.
static Value buffered_close(Value self, const Value*, size_t, Value) {
    BufferedObject* b = BUF(self);
    if (!buffered_check_init(b)) return Value();
    int c = buffered_closed(b);
    if (c < 0) return Value();
    if (c) return None();
    Value r = io_call(self, "flush");
    Value err = r ? Value() : err_fetch();
    Value r2 = io_call(b->raw, "close");
    b->rbuf = b->wbuf = nullptr;
    b->rpos = b->rlen = b->wlen = 0;
    b->freed = true;
    return io_first_error(err, r2 ? None() : r2);
}

static Value buffered_detach(Value self, const Value*, size_t, Value) {
    BufferedObject* b = BUF(self);
    if (!buffered_check_init(b)) return Value();
    if (!io_call(self, "flush")) return Value();
    Value raw = b->raw;
    b->raw = Value();
    b->ok = false;
    b->detached = true;
    return raw;
}

// readable(), writable(), seekable(), fileno(), isatty(): the raw stream's.
#define BUFFERED_FORWARD(fn, name)                                                                 \
    static Value fn(Value self, const Value*, size_t, Value) {                                     \
        BufferedObject* b = BUF(self);                                                             \
        return buffered_check_init(b) ? io_call(b->raw, name) : Value();                           \
    }
BUFFERED_FORWARD(buffered_readable, "readable")
BUFFERED_FORWARD(buffered_writable, "writable")
BUFFERED_FORWARD(buffered_seekable, "seekable")
BUFFERED_FORWARD(buffered_fileno, "fileno")
BUFFERED_FORWARD(buffered_isatty, "isatty")
#undef BUFFERED_FORWARD

static Value buffered_get_raw(Value self) {
    BufferedObject* b = BUF(self);
    return b->raw ? b->raw : None();
}
static Value buffered_raw_attr(Value self, const char* name) {
    BufferedObject* b = BUF(self);
    return buffered_check_init(b) ? get_attr_cstr(b->raw, name) : Value();
}
static Value buffered_get_closed(Value self) {
    return buffered_raw_attr(self, "closed");
}
static Value buffered_get_name(Value self) {
    return buffered_raw_attr(self, "name");
}
static Value buffered_get_mode(Value self) {
    return buffered_raw_attr(self, "mode");
}

static Value buffered_repr(Value self) {
    bool bad = false;
    Value name = io_repr_attr(self, "name", &bad);
    if (bad) return Value();
    std::string s = std::string("<") + type_of(self)->name;
    if (name) s += " name=" + std::string(str_view(name));
    return make_str(s + ">");
}

static const NativeMethodDef buffered_common_methods[] = {
    {"flush", buffered_flush, NATIVE_NOARGS, nullptr},
    {"close", buffered_close, NATIVE_NOARGS, nullptr},
    {"detach", buffered_detach, NATIVE_NOARGS, nullptr},
    {"seek", buffered_seek, 0, nullptr},
    {"tell", buffered_tell, NATIVE_NOARGS, nullptr},
    {"truncate", buffered_truncate, 0, nullptr},
    {"readable", buffered_readable, NATIVE_NOARGS, nullptr},
    {"writable", buffered_writable, NATIVE_NOARGS, nullptr},
    {"seekable", buffered_seekable, NATIVE_NOARGS, nullptr},
    {"fileno", buffered_fileno, NATIVE_NOARGS, nullptr},
    {"isatty", buffered_isatty, NATIVE_NOARGS, nullptr},
    {"_dealloc_warn", fileio_dealloc_warn, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const NativeMethodDef buffered_reader_methods[] = {
    {"read", buffered_read, 0, nullptr},
    {"read1", buffered_read1, 0, nullptr},
    {"readinto", buffered_readinto, 0, nullptr},
    {"readinto1", buffered_readinto1, 0, nullptr},
    {"readline", buffered_readline, 0, nullptr},
    {"peek", buffered_peek, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const NativeMethodDef buffered_writer_methods[] = {
    {"write", buffered_write, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef buffered_getsets[] = {
    {"raw", buffered_get_raw, nullptr, nullptr},
    {"closed", buffered_get_closed, nullptr, nullptr},
    {"name", buffered_get_name, nullptr, nullptr},
    {"mode", buffered_get_mode, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- BufferedRWPair -----------------------------------------------------------------------------

struct RWPairObject : IOBaseObject {
    Value reader, writer; // a BufferedReader and a BufferedWriter; null before __init__
};

static RWPairObject* RWP(Value v) {
    return static_cast<RWPairObject*>(v.as_ptr());
}
static void rwpair_trace(Object* o, Tracer& t) {
    iobase_trace(o, t);
    t.visit(static_cast<RWPairObject*>(o)->reader);
    t.visit(static_cast<RWPairObject*>(o)->writer);
}
static Value rwpair_new(Type* type, const Value*, size_t, Value) {
    Object* o = io_alloc(type, sizeof(RWPairObject));
    return o ? Value(o) : Value();
}

// BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE)
static int rwpair_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("BufferedRWPair", "reader, writer, buffer_size=, /");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return -1;
    if (!raw_require(a[0], "readable", "File or stream is not readable.") ||
        !raw_require(a[1], "writable", "File or stream is not writable."))
        return -1;
    Value size = a[2] ? a[2] : make_int(kIoDefaultBufferSize);
    Value rargs[2] = {a[0], size}, wargs[2] = {a[1], size};
    Value reader = call(Value(&BufferedReaderType), rargs, 2);
    if (!reader) return -1;
    Value writer = call(Value(&BufferedWriterType), wargs, 2);
    if (!writer) return -1;
    RWP(self)->reader = reader;
    RWP(self)->writer = writer;
    return 0;
}

// Forwards a method to the reader or the writer.
static Value rwpair_forward(Value self, bool to_reader, const char* name, const Value* args,
                            size_t nargs) {
    RWPairObject* p = RWP(self);
    Value target = to_reader ? p->reader : p->writer;
    if (!target) return raise(exc::ValueError, "I/O operation on uninitialized object");
    return io_call(target, name, args, nargs);
}
#define RWPAIR_FORWARD(fn, to_reader, name)                                                        \
    static Value fn(Value self, const Value* args, size_t nargs, Value) {                          \
        return rwpair_forward(self, to_reader, name, args, nargs);                                 \
    }
RWPAIR_FORWARD(rwpair_read, true, "read")
RWPAIR_FORWARD(rwpair_peek, true, "peek")
RWPAIR_FORWARD(rwpair_read1, true, "read1")
RWPAIR_FORWARD(rwpair_readinto, true, "readinto")
RWPAIR_FORWARD(rwpair_readinto1, true, "readinto1")
RWPAIR_FORWARD(rwpair_readable, true, "readable")
RWPAIR_FORWARD(rwpair_write, false, "write")
RWPAIR_FORWARD(rwpair_flush, false, "flush")
RWPAIR_FORWARD(rwpair_writable, false, "writable")
#undef RWPAIR_FORWARD

static Value rwpair_close(Value self, const Value*, size_t, Value) {
    Value r = rwpair_forward(self, false, "close", nullptr, 0);
    Value err = r ? Value() : err_fetch();
    return io_first_error(err, rwpair_forward(self, true, "close", nullptr, 0));
}
static Value rwpair_isatty(Value self, const Value*, size_t, Value) {
    Value r = rwpair_forward(self, false, "isatty", nullptr, 0);
    if (!r || r == True()) return r;
    return rwpair_forward(self, true, "isatty", nullptr, 0);
}
static Value rwpair_get_closed(Value self) {
    RWPairObject* p = RWP(self);
    if (!p->writer)
        return raise(exc::RuntimeError, "the BufferedRWPair object is being garbage-collected");
    return get_attr_cstr(p->writer, "closed");
}

static const NativeMethodDef rwpair_methods[] = {
    {"read", rwpair_read, 0, nullptr},
    {"peek", rwpair_peek, 0, nullptr},
    {"read1", rwpair_read1, 0, nullptr},
    {"readinto", rwpair_readinto, 0, nullptr},
    {"readinto1", rwpair_readinto1, 0, nullptr},
    {"write", rwpair_write, 0, nullptr},
    {"flush", rwpair_flush, NATIVE_NOARGS, nullptr},
    {"readable", rwpair_readable, NATIVE_NOARGS, nullptr},
    {"writable", rwpair_writable, NATIVE_NOARGS, nullptr},
    {"close", rwpair_close, NATIVE_NOARGS, nullptr},
    {"isatty", rwpair_isatty, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef rwpair_getsets[] = {
    {"closed", rwpair_get_closed, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- Types ------------------------------------------------------------------------------------

void io_init_buffered_types() {
    FileIOType.finalize = fileio_finalize;
    FileIOType.repr = fileio_repr;
    io_ready_type(&FileIOType, "_io.FileIO", &RawIOBaseType, sizeof(FileIOObject), iobase_trace,
                  fileio_new, fileio_init, fileio_methods, fileio_getsets);

    struct {
        Type* t;
        const char* name;
        InitFn init;
        bool reads, writes;
    } const buffered[] = {
        {&BufferedReaderType, "_io.BufferedReader", bufferedreader_init, true, false},
        {&BufferedWriterType, "_io.BufferedWriter", bufferedwriter_init, false, true},
        {&BufferedRandomType, "_io.BufferedRandom", bufferedrandom_init, true, true},
    };
    for (const auto& b : buffered) {
        b.t->repr = buffered_repr;
        if (b.reads) b.t->iternext = buffered_iternext;
        io_ready_type(b.t, b.name, &BufferedIOBaseType, sizeof(BufferedObject), buffered_trace,
                      buffered_new, b.init, buffered_common_methods, buffered_getsets);
        if (b.reads) add_methods(b.t, buffered_reader_methods);
        if (b.writes) add_methods(b.t, buffered_writer_methods);
    }
    io_ready_type(&BufferedRWPairType, "_io.BufferedRWPair", &BufferedIOBaseType,
                  sizeof(RWPairObject), rwpair_trace, rwpair_new, rwpair_init, rwpair_methods,
                  rwpair_getsets);
}

} // namespace uopy
