// The bytecode cache (see bytecode_cache.h, docs/bytecode-cache.md): where
// an entry lives, its header, reading one back, writing one atomically. The
// payload is the frontend's encoding of CodeData (frontend/code_cache.h).
// CPython counterpart: Lib/importlib/_bootstrap_external.py.
#include "runtime/bytecode_cache.h"

#include "frontend/code_cache.h"
#include "frontend/code_data.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/compile.h"
#include "runtime/errors.h"
#include "runtime/interp.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace uopy {

namespace {

// -- Settings ---------------------------------------------------------------------------

// UOPY_NO_BYTECODE_CACHE=1: neither read nor write (debugging the compiler,
// tests that must compile). Read once: the environment of the process.
bool cache_disabled() {
    static const bool disabled = [] {
        const char* v = std::getenv("UOPY_NO_BYTECODE_CACHE");
        return v && *v && std::strcmp(v, "0") != 0;
    }();
    return disabled;
}

// The running executable's size and mtime: every rebuild of uopy changes
// them, and so invalidates all entries (the compiler's output changes
// during development without any format change). Taken once per process.
struct BuildId {
    bool ok = false;
    uint64_t size = 0, mtime_ns = 0;
};

uint64_t stat_mtime_ns(const struct stat& st) {
    // Unsigned: wraps instead of overflowing for absurd times; only equality matters.
    return static_cast<uint64_t>(st.st_mtim.tv_sec) * 1000000000u +
           static_cast<uint64_t>(st.st_mtim.tv_nsec);
}

const BuildId& build_id() {
    static const BuildId id = [] {
        BuildId b;
        struct stat st;
        if (stat("/proc/self/exe", &st) == 0) {
            b.ok = true;
            b.size = static_cast<uint64_t>(st.st_size);
            b.mtime_ns = stat_mtime_ns(st);
        }
        return b;
    }();
    return id;
}

Value sys_attr(const char* name) {
    if (!g_interp->sys_module) return Value();
    return dict_get_cstr(as_module(g_interp->sys_module)->dict, name);
}

// Writing follows sys.dont_write_bytecode at the time of each import (-B
// and PYTHONDONTWRITEBYTECODE set it at start-up), as CPython's loader
// does. A missing or unusable value means no writing.
bool write_allowed() {
    Value v = sys_attr("dont_write_bytecode");
    if (!v) return false;
    int t = truthy(v);
    if (t < 0) {
        err_clear();
        return false;
    }
    return t == 0;
}

// -- Where an entry lives ---------------------------------------------------------------

// [path] made absolute against the working directory.
bool absolute(const std::string& path, std::string* out) {
    if (!path.empty() && path[0] == '/') {
        *out = path;
        return true;
    }
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) return false;
    *out = std::string(cwd) + "/" + path;
    return true;
}

// The cache root, absolute, without a trailing slash: sys.pycache_prefix
// when it is a string (PYTHONPYCACHEPREFIX or -X pycache_prefix at
// start-up; re-read at each import, as CPython does), else
// $XDG_CACHE_HOME/uopy (the XDG spec ignores a relative value), else
// $HOME/.cache/uopy. False when there is none, and for "/" itself, whose
// mirror would put entries beside the sources.
bool cache_root(std::string* out) {
    static const std::string fallback = [] {
        const char* xdg = std::getenv("XDG_CACHE_HOME");
        if (xdg && xdg[0] == '/') return std::string(xdg) + "/uopy";
        const char* home = std::getenv("HOME");
        if (home && *home) return std::string(home) + "/.cache/uopy";
        return std::string();
    }();
    Value prefix = sys_attr("pycache_prefix");
    std::string root;
    if (prefix && is_str(prefix) && !str_view(prefix).empty())
        root = std::string(str_view(prefix));
    else
        root = fallback;
    if (root.empty() || root.find('\0') != std::string::npos || !absolute(root, out)) return false;
    while (!out->empty() && out->back() == '/')
        out->pop_back();
    return !out->empty();
}

// <root>/<absolute source path, ".py" dropped>.uopy.pyc, mirroring the
// source's directory as CPython's pycache prefix does. The path is
// normalized (no empty or "." components); one with ".." has no entry, so
// that no spelling of a source path can name a file outside the root.
bool entry_path(const std::string& source, std::string* out) {
    std::string abs, root;
    if (source.find('\0') != std::string::npos || !absolute(source, &abs) || !cache_root(&root))
        return false;
    std::string rel;
    size_t pos = 0;
    while (pos <= abs.size()) {
        size_t slash = abs.find('/', pos);
        if (slash == std::string::npos) slash = abs.size();
        std::string_view part(abs.data() + pos, slash - pos);
        if (part == "..") return false;
        if (!part.empty() && part != ".") {
            rel += '/';
            rel += part;
        }
        pos = slash + 1;
    }
    if (rel.empty()) return false;
    if (rel.size() > 3 && rel.compare(rel.size() - 3, 3, ".py") == 0) rel.resize(rel.size() - 3);
    *out = root + rel + ".uopy.pyc";
    return true;
}

// -- The entry's header -----------------------------------------------------------------
//
//    0  "UOPYC", 3 zero bytes
//    8  u32 header layout version (kHeaderVersion)
//   12  u32 payload encoding version (frontend::kCodeCacheFormatVersion)
//   16  u64 executable size        24  u64 executable mtime, ns
//   32  u64 source size            40  u64 source mtime, ns
//   48  u64 payload size           56  u64 FNV-1a 64 of the payload
//   64  payload
//
// Little-endian. The checksum catches what the header cannot: a write cut
// short (no fsync before the rename) or a damaged disk block.

constexpr char kMagic[8] = {'U', 'O', 'P', 'Y', 'C', 0, 0, 0};
constexpr uint32_t kHeaderVersion = 1;
constexpr size_t kHeaderSize = 64;
// No real module comes near (the stdlib's largest is a few hundred KB);
// the cap keeps a bogus file from being read into memory.
constexpr uint64_t kMaxPayload = uint64_t(64) << 20;

struct SourceStamp {
    uint64_t size = 0, mtime_ns = 0;
};

uint64_t fnv1a64(std::string_view data) {
    uint64_t h = 0xcbf29ce484222325u;
    for (char c : data) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3u;
    }
    return h;
}

void put_u32(std::string& out, uint32_t v) {
    for (int i = 0; i < 4; i++)
        out.push_back(static_cast<char>(v >> (8 * i)));
}

void put_u64(std::string& out, uint64_t v) {
    for (int i = 0; i < 8; i++)
        out.push_back(static_cast<char>(v >> (8 * i)));
}

uint64_t get_le(const char* p, int nbytes) {
    uint64_t v = 0;
    for (int i = 0; i < nbytes; i++)
        v |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    return v;
}

std::string make_header(const SourceStamp& stamp, std::string_view payload) {
    std::string h(kMagic, sizeof kMagic);
    put_u32(h, kHeaderVersion);
    put_u32(h, frontend::kCodeCacheFormatVersion);
    put_u64(h, build_id().size);
    put_u64(h, build_id().mtime_ns);
    put_u64(h, stamp.size);
    put_u64(h, stamp.mtime_ns);
    put_u64(h, payload.size());
    put_u64(h, fnv1a64(payload));
    return h;
}

// -- Reading ----------------------------------------------------------------------------

bool read_all(int fd, char* buf, size_t n) {
    while (n > 0) {
        ssize_t got = read(fd, buf, n);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return false;
        buf += got;
        n -= static_cast<size_t>(got);
    }
    return true;
}

// The code stored at [entry] if it was written by this very build for the
// source as [stamp] describes it; false for a missing, stale, damaged or
// foreign entry. Only files owned by this user count: with a shared prefix
// (PYTHONPYCACHEPREFIX=/tmp/x), someone else's file could hold anything.
bool read_entry(const std::string& entry, const SourceStamp& stamp, frontend::CodeData* out) {
    int fd = open(entry.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    struct stat st;
    bool ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
              static_cast<uint64_t>(st.st_size) >= kHeaderSize &&
              static_cast<uint64_t>(st.st_size) <= kHeaderSize + kMaxPayload;
    std::string bytes;
    if (ok) {
        bytes.resize(static_cast<size_t>(st.st_size));
        ok = read_all(fd, bytes.data(), bytes.size());
    }
    close(fd);
    if (!ok) return false;
    const char* h = bytes.data();
    std::string_view payload(bytes.data() + kHeaderSize, bytes.size() - kHeaderSize);
    if (std::memcmp(h, kMagic, sizeof kMagic) != 0 || get_le(h + 8, 4) != kHeaderVersion ||
        get_le(h + 12, 4) != frontend::kCodeCacheFormatVersion ||
        get_le(h + 16, 8) != build_id().size || get_le(h + 24, 8) != build_id().mtime_ns ||
        get_le(h + 32, 8) != stamp.size || get_le(h + 40, 8) != stamp.mtime_ns ||
        get_le(h + 48, 8) != payload.size() || get_le(h + 56, 8) != fnv1a64(payload))
        return false;
    return frontend::deserialize_code(payload, *out);
}

// An entry keeps the file name the source had when it was written; the
// same file may since have been imported under another spelling (a
// relative sys.path entry, another working directory). As CPython's
// _imp._fix_co_filename: every code object gets the name of this import.
void set_filename(frontend::CodeData& code, const std::string& path) {
    code.filename = path;
    for (frontend::ConstValue& c : code.consts)
        if (c.code) set_filename(*c.code, path);
}

// -- Writing ----------------------------------------------------------------------------

bool write_all(int fd, const std::string& data) {
    const char* p = data.data();
    size_t n = data.size();
    while (n > 0) {
        ssize_t put = write(fd, p, n);
        if (put < 0 && errno == EINTR) continue;
        if (put <= 0) return false;
        p += put;
        n -= static_cast<size_t>(put);
    }
    return true;
}

// mkdir -p for the directory part of [entry], below the root or not: the
// root itself may not exist yet.
bool make_parent_dirs(const std::string& entry) {
    size_t end = entry.rfind('/');
    if (end == std::string::npos || end == 0) return false;
    for (size_t slash = entry.find('/', 1); slash != std::string::npos && slash <= end;
         slash = entry.find('/', slash + 1)) {
        std::string dir = entry.substr(0, slash);
        if (mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST) return false;
    }
    return true;
}

// Stores [code] at [entry], all or nothing: written to a temporary file in
// the same directory (named by pid and a counter, so concurrent processes
// and forked children never share one) and renamed over the entry, so a
// reader sees the old file or the new one, never half of one. Any failure
// (no space, no permission, a read-only file system) just leaves no entry.
void write_entry(const std::string& entry, const SourceStamp& stamp,
                 const frontend::CodeData& code) {
    std::string payload = frontend::serialize_code(code);
    if (payload.empty() || payload.size() > kMaxPayload) return;
    std::string data = make_header(stamp, payload);
    data += payload;
    static unsigned long counter = 0;
    std::string tmp =
        entry + "." + std::to_string(getpid()) + "." + std::to_string(counter++) + ".tmp";
    int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno == ENOENT && make_parent_dirs(tmp))
        fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) return;
    bool ok = write_all(fd, data);
    ok = close(fd) == 0 && ok;
    if (!ok || rename(tmp.c_str(), entry.c_str()) != 0) unlink(tmp.c_str());
}

} // namespace

CodeObject* load_source_module_code(const std::string& path) {
    // The source is stat'ed before it is read: should it change meanwhile,
    // the entry records the older stamp and the next import recompiles (the
    // other order could file the old code under the new stamp).
    SourceStamp stamp;
    std::string entry;
    struct stat st;
    bool cacheable = !cache_disabled() && build_id().ok && stat(path.c_str(), &st) == 0 &&
                     S_ISREG(st.st_mode) && entry_path(path, &entry);
    if (cacheable) {
        stamp.size = static_cast<uint64_t>(st.st_size);
        stamp.mtime_ns = stat_mtime_ns(st);
        frontend::CodeData data;
        if (read_entry(entry, stamp, &data)) {
            set_filename(data, path);
            return build_code(data);
        }
    }
    std::string source;
    if (!read_file_text(path, &source)) return nullptr;
    if (!cacheable || !write_allowed()) return compile_source(source, path, CompileMode::Exec);
    frontend::CodeData data;
    // A SyntaxError returns here: nothing is written for a file that fails.
    if (!compile_source_to_data(source, path, CompileMode::Exec, &data)) return nullptr;
    write_entry(entry, stamp, data);
    return build_code(data);
}

} // namespace uopy
