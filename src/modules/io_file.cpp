// File objects: buffered reads and writes over a file descriptor, in text
// (UTF-8) or binary mode. CPython counterpart: Modules/_io/.
#include "modules/io_file.h"
#include "modules/io_module.h"

#include "objects/bytes.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "objects/exceptions.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/sysmodule.h"
#include "runtime/type.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace uopy {

static Type FileType;

bool is_native_file(Value v) {
    return v.is_ptr() && v.as_ptr()->type == &FileType;
}

struct FileObject : Object {
    int fd;
    bool readable, writable, binary, closed, line_buffered, owns_fd;
    Value name;
    Value mode;
    std::string* wbuf; // pending output (malloc'd; freed by finalize)
    std::string* rbuf; // read-ahead
};

static void file_trace(Object* o, Tracer& t) {
    auto* f = static_cast<FileObject*>(o);
    t.visit(f->name);
    t.visit(f->mode);
}

static bool flush_file(FileObject* f) {
    if (!f->wbuf || f->wbuf->empty()) return true;
    const char* p = f->wbuf->data();
    size_t n = f->wbuf->size();
    while (n) {
        ssize_t w = ::write(f->fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            f->wbuf->clear();
            io_raise_errno(e); // BrokenPipeError for EPIPE, as CPython
            return false;
        }
        p += w;
        n -= static_cast<size_t>(w);
    }
    f->wbuf->clear();
    return true;
}

static void file_finalize(Object* o) {
    auto* f = static_cast<FileObject*>(o);
    if (f->wbuf) {
        if (!f->wbuf->empty()) {
            ssize_t r = ::write(f->fd, f->wbuf->data(), f->wbuf->size());
            (void)r;
        }
        delete f->wbuf;
        f->wbuf = nullptr;
    }
    delete f->rbuf;
    f->rbuf = nullptr;
    if (f->owns_fd && !f->closed) ::close(f->fd);
}

static Value new_file(int fd, Value name, const std::string& mode, bool owns) {
    auto* f = gc_new<FileObject>(&FileType);
    if (!f) return Value();
    f->fd = fd;
    f->name = name;
    f->mode = make_str(mode);
    f->readable = mode.find('r') != std::string::npos || mode.find('+') != std::string::npos;
    f->writable = mode.find_first_of("wax+") != std::string::npos;
    f->binary = mode.find('b') != std::string::npos;
    f->owns_fd = owns;
    f->wbuf = new std::string();
    f->rbuf = new std::string();
    return Value(f);
}

Value make_stdio_file(int fd, const char* name, const char* mode, bool line_buffered) {
    Value f = new_file(fd, make_str(name), mode, false);
    if (f) static_cast<FileObject*>(f.as_ptr())->line_buffered = line_buffered;
    return f;
}

void flush_std_files() {
    for (Value f : {sys_stdout(), sys_stderr()})
        if (f && type_of(f) == &FileType) {
            if (!flush_file(static_cast<FileObject*>(f.as_ptr()))) err_clear();
        } else if (f) {
            Value r = call_method(f, "flush", {});
            if (!r) err_clear();
        }
}

static FileObject* F(Value v) {
    return static_cast<FileObject*>(v.as_ptr());
}

static bool check_open(FileObject* f) {
    if (f->closed) {
        raise(exc::ValueError, "I/O operation on closed file.");
        return false;
    }
    return true;
}

static Value m_write(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("write", nargs, 1, 1)) return Value();
    FileObject* f = F(self);
    if (!check_open(f)) return Value();
    if (!f->writable) return raise(exc::OSError, "not writable");
    std::string_view data;
    int64_t count;
    if (f->binary) {
        if (!is_bytes(args[0]) && !is_bytearray(args[0]))
            return raise(exc::TypeError, "a bytes-like object is required, not '%s'",
                         type_name(args[0]));
        data = bytes_view(args[0]);
        count = static_cast<int64_t>(data.size());
    } else {
        if (!is_str(args[0]))
            return raise(exc::TypeError, "write() argument must be str, not %s",
                         type_name(args[0]));
        data = str_view(args[0]);
        count = static_cast<int64_t>(str_length(args[0]));
    }
    f->wbuf->append(data);
    if (f->fd == 2 || f->wbuf->size() > 65536 ||
        (f->line_buffered && data.find('\n') != std::string_view::npos)) {
        if (!flush_file(f)) return Value();
    }
    return make_int(count);
}

// Reads more data into rbuf; false at EOF.
static bool fill(FileObject* f) {
    if (f->fd == 0) flush_std_files();
    char buf[65536];
    for (;;) {
        ssize_t r = ::read(f->fd, buf, sizeof buf);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        f->rbuf->append(buf, static_cast<size_t>(r));
        return true;
    }
}

static Value wrap_data(FileObject* f, const std::string& s) {
    if (f->binary) return make_bytes(s);
    std::string t;
    t.reserve(s.size());
    for (size_t i = 0; i < s.size(); i++) {
        if (s[i] == '\r') {
            t.push_back('\n');
            if (i + 1 < s.size() && s[i + 1] == '\n') i++;
        } else {
            t.push_back(s[i]);
        }
    }
    return make_str(t);
}

static Value m_read(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("read", nargs, 0, 1)) return Value();
    FileObject* f = F(self);
    if (!check_open(f)) return Value();
    int64_t n = -1;
    if (nargs && !is_none(args[0]) && !int_as_int64(args[0], &n)) return Value();
    if (n < 0) {
        while (fill(f)) {
        }
        std::string all = *f->rbuf;
        f->rbuf->clear();
        return wrap_data(f, all);
    }
    while (f->rbuf->size() < static_cast<size_t>(n) && fill(f)) {
    }
    std::string part = f->rbuf->substr(0, static_cast<size_t>(n));
    f->rbuf->erase(0, part.size());
    return wrap_data(f, part);
}

static Value readline_impl(FileObject* f) {
    size_t nl;
    while ((nl = f->rbuf->find('\n')) == std::string::npos && fill(f)) {
    }
    std::string line;
    if (nl == std::string::npos) {
        line = *f->rbuf;
        f->rbuf->clear();
    } else {
        line = f->rbuf->substr(0, nl + 1);
        f->rbuf->erase(0, nl + 1);
    }
    return wrap_data(f, line);
}

static Value m_readline(Value self, const Value*, size_t, Value) {
    if (!check_open(F(self))) return Value();
    return readline_impl(F(self));
}

static Value m_readlines(Value self, const Value*, size_t, Value) {
    if (!check_open(F(self))) return Value();
    Value list = make_list(0);
    for (;;) {
        Value line = readline_impl(F(self));
        if (!line) return line;
        if ((F(self)->binary ? bytes_view(line).size() : str_view(line).size()) == 0) return list;
        if (!list_append(list, line)) return Value();
    }
}

static Value m_writelines(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("writelines", nargs, 1, 1)) return Value();
    Value it = get_iter(args[0]);
    if (!it) return it;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return err_occurred() ? Value() : None();
        if (!m_write(self, &x, 1, Value())) return Value();
    }
}

static Value m_flush(Value self, const Value*, size_t, Value) {
    FileObject* f = F(self);
    if (f->closed) return None();
    return flush_file(f) ? None() : Value();
}

static Value m_close(Value self, const Value*, size_t, Value) {
    FileObject* f = F(self);
    if (f->closed) return None();
    bool ok = flush_file(f);
    if (f->owns_fd) ::close(f->fd);
    f->closed = true;
    return ok ? None() : Value();
}

static Value m_enter(Value self, const Value*, size_t, Value) {
    return self;
}
static Value m_exit(Value self, const Value*, size_t, Value) {
    Value r = m_close(self, nullptr, 0, Value());
    return r ? False() : r;
}
static Value m_fileno(Value self, const Value*, size_t, Value) {
    return make_int(F(self)->fd);
}
static Value m_isatty(Value self, const Value*, size_t, Value) {
    return Bool(::isatty(F(self)->fd));
}
static Value m_readable(Value self, const Value*, size_t, Value) {
    return Bool(F(self)->readable);
}
static Value m_writable(Value self, const Value*, size_t, Value) {
    return Bool(F(self)->writable);
}

static Value file_iternext(Value self) {
    if (!check_open(F(self))) return Value();
    Value line = readline_impl(F(self));
    if (!line) return line;
    if ((F(self)->binary ? bytes_view(line).size() : str_view(line).size()) == 0) return Value();
    return line;
}
static Value file_iter(Value self) {
    return self;
}

static Value g_closed(Value self) {
    return Bool(F(self)->closed);
}
static Value g_name(Value self) {
    return F(self)->name;
}
static Value g_mode(Value self) {
    return F(self)->mode;
}
static Value g_encoding(Value) {
    return intern("utf-8");
}

static const NativeMethodDef file_methods[] = {
    {"write", m_write, 0, nullptr},           {"read", m_read, 0, nullptr},
    {"readline", m_readline, 0, nullptr},     {"readlines", m_readlines, 0, nullptr},
    {"writelines", m_writelines, 0, nullptr}, {"flush", m_flush, 0, nullptr},
    {"close", m_close, 0, nullptr},           {"__enter__", m_enter, 0, nullptr},
    {"__exit__", m_exit, 0, nullptr},         {"fileno", m_fileno, 0, nullptr},
    {"isatty", m_isatty, 0, nullptr},         {"readable", m_readable, 0, nullptr},
    {"writable", m_writable, 0, nullptr},     {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef file_getsets[] = {
    {"closed", g_closed, nullptr, nullptr}, {"name", g_name, nullptr, nullptr},
    {"mode", g_mode, nullptr, nullptr},     {"encoding", g_encoding, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Value builtin_open(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig(
        "open", "file, mode=, buffering=, encoding=, errors=, newline=, closefd=, opener=");
    Value a[8];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    if (!is_str(a[0]))
        return raise(exc::TypeError, "expected str, bytes or os.PathLike object, not %s",
                     type_name(a[0]));
    std::string mode = a[1] ? std::string(str_view(a[1])) : "r";
    int flags = 0;
    bool plus = mode.find('+') != std::string::npos;
    if (mode.find('r') != std::string::npos)
        flags = plus ? O_RDWR : O_RDONLY;
    else if (mode.find('w') != std::string::npos)
        flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    else if (mode.find('a') != std::string::npos)
        flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    else if (mode.find('x') != std::string::npos)
        flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    else
        return raise(exc::ValueError, "invalid mode: '%s'", mode.c_str());
    std::string path(str_view(a[0]));
    int fd = ::open(path.c_str(), flags | O_CLOEXEC, 0666);
    if (fd < 0) {
        int e = errno;
        Type* t = e == ENOENT   ? exc::FileNotFoundError
                  : e == EEXIST ? exc::FileExistsError
                  : e == EISDIR ? exc::IsADirectoryError
                  : e == EACCES ? exc::PermissionError
                                : exc::OSError;
        Value ex = make_exception(t, tuple_pack({make_int(e), make_str(std::strerror(e)), a[0]}));
        if (ex) raise_instance(ex);
        return Value();
    }
    return new_file(fd, a[0], mode, true);
}

void init_file_type() {
    FileType.trace = file_trace;
    FileType.finalize = file_finalize;
    FileType.iter = file_iter;
    FileType.iternext = file_iternext;
    init_static_type(&FileType, "_io.TextIOWrapper", &ObjectType, sizeof(FileObject), 0);
    add_methods(&FileType, file_methods);
    add_getsets(&FileType, file_getsets);
}

} // namespace uopy
