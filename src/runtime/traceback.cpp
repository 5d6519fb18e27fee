// Printing an uncaught exception the way CPython does: the chain of causes
// and contexts, each with "Traceback (most recent call last):", one
// `File "...", line N, in name` entry per frame with its source line and,
// under it, CPython 3.11's markers of the failing part (`~~~^^^~~`), and
// the exception line. SyntaxErrors show the offending line and a caret.
// CPython counterpart: Python/pythonrun.c (print_exception_recursive) and
// Python/traceback.c (tb_displayline, tb_printinternal).
#include "runtime/traceback.h"

#include "frontend/parser.h"
#include "modules/io_stdio.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception_group.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/suggestions.h"
#include "runtime/sysmodule.h"
#include "runtime/type.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace uopy {

// The [lineno]th line of [path] (1-based), without its newline; false if
// the file or the line is not there. As CPython, names like "<string>" are
// not looked for.
static bool source_line(const std::string& path, int lineno, std::string* out) {
    if (path.size() >= 2 && path.front() == '<' && path.back() == '>') return false;
    static std::map<std::string, std::vector<std::string>> cache;
    auto it = cache.find(path);
    if (it == cache.end()) {
        std::vector<std::string> lines;
        std::ifstream in(path, std::ios::binary);
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            lines.push_back(line);
        }
        it = cache.emplace(path, std::move(lines)).first;
    }
    if (lineno < 1 || static_cast<size_t>(lineno) > it->second.size()) return false;
    *out = it->second[lineno - 1];
    return true;
}

// -- The markers under a source line ----------------------------------------------------------
// Offsets below count characters (code points), as CPython's do; the
// positions from co_positions() are UTF-8 byte offsets.

static bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
}

// The number of characters in the first [col] bytes of [s]: CPython's
// _PyPegen_byte_offset_to_character_offset, which clamps [col] to one past
// the end (counting the terminating NUL) and counts a cut character as one.
static int64_t char_offset(const std::string& s, int64_t col) {
    int64_t len = static_cast<int64_t>(s.size());
    if (col > len + 1) col = len + 1;
    int64_t n = 0;
    for (int64_t i = 0; i < col && i < len; i++)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) n++;
    if (col > len) n++;
    return n;
}

// The characters [from, to) of [s] (clamped to its length).
static std::string char_substr(const std::string& s, int64_t from, int64_t to) {
    size_t begin = s.size(), end = s.size();
    int64_t n = 0;
    for (size_t i = 0; i <= s.size(); i++) {
        if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        if (n == from && begin == s.size()) begin = i;
        if (n == to) {
            end = i;
            break;
        }
        n++;
    }
    if (end < begin) end = begin;
    return s.substr(begin, end - begin);
}

// The secondary range inside the primary one: characters (left, right],
// 1-based, of the line, marked [secondary] while the rest of the range
// gets [primary].
struct Anchors {
    int64_t left = -1, right = -1;
    char primary = '^', secondary = '^';
};

// CPython 3.11's extract_anchors_from_line: [segment] (the failing part of
// the line) parsed on its own; a lone expression statement that is a binary
// operation marks its operator (`~~~^~~~`, two characters for `//`, `**`,
// ...), a subscript its brackets and index (`~~~^^^^`). Byte offsets into
// [segment]; false when neither applies.
static bool segment_anchors(const std::string& segment, Anchors& a) {
    ast::Arena arena;
    frontend::ParseResult r = frontend::parse_module(segment, "<traceback>", arena);
    if (!r.ok()) return false;
    ast::Node* m = r.root();
    if (m->l1.size() != 1 || m->l1[0]->kind != ast::K::ExprStmt) return false;
    ast::Node* e = m->l1[0]->a;
    if (!e) return false;
    int64_t size = static_cast<int64_t>(segment.size());
    if (e->kind == ast::K::BinOp && e->a && e->b) {
        int64_t hi = std::min<int64_t>(e->b->col, size);
        for (int64_t i = e->a->end_col; i >= 0 && i < hi; i++) {
            if (is_blank(segment[i])) continue;
            a.left = i;
            a.right = i + 1;
            if (i + 1 < hi && !is_blank(segment[i + 1])) a.right++;
            a.primary = '~';
            a.secondary = '^';
            return true;
        }
        return false;
    }
    if (e->kind == ast::K::Subscript && e->a && e->b) {
        a.left = e->a->end_col;
        a.right = e->b->end_col + 1;
        a.primary = '~';
        a.secondary = '^';
        return true;
    }
    return false;
}

// The marker line under [line] (as read, without its newline) for an
// instruction at [p], or "" when CPython shows none: no columns, or the
// markers would be plain carets spanning the whole stripped line. A
// position over several lines is marked from its start to the last
// non-blank character of its first line.
static std::string caret_line(const std::string& line, const CodePosition& p) {
    if (p.line < 0 || p.end_line < 0 || p.col < 0 || p.end_col < 0) return "";
    int64_t start = char_offset(line, p.col);
    int64_t end = char_offset(line, p.end_col);
    int64_t length = static_cast<int64_t>(utf8_length(line));
    Anchors a;
    bool special = false;
    if (p.line == p.end_line) {
        std::string segment = char_substr(line, start, end);
        special = segment_anchors(segment, a);
        if (special) {
            a.left = char_offset(segment, a.left) + start;
            a.right = char_offset(segment, a.right) + start;
        }
    } else {
        // (CPython indexes the UTF-8 bytes with a character count here.)
        int64_t i = length;
        while (--i >= 0)
            if (static_cast<size_t>(i) >= line.size() || !is_blank(line[i])) break;
        end = i + 1;
    }
    int64_t leading = 0;
    while (static_cast<size_t>(leading) < line.size() && is_blank(line[leading]))
        leading++;
    if (end - start == length - leading && !special) return "";
    // Column k (1-based) of the line is under marker k - leading + 4.
    std::string out;
    for (int64_t off = leading - 3; off <= end; off++) {
        if (off <= start)
            out += ' ';
        else if (special && a.left < off && off <= a.right)
            out += a.secondary;
        else
            out += a.primary;
    }
    return out + "\n";
}

static std::string type_display_name(Type* t) {
    std::string name(str_view(t->qualname));
    Value mod = dict_get_str(t->dict, names::__module__);
    if (!mod) mod = t->module;
    if (mod && is_str(mod)) {
        std::string m(str_view(mod));
        if (m != "builtins" && m != "__main__") return m + "." + name;
    }
    return name;
}

// An attribute of the exception being printed, or null (errors dropped).
static Value exception_attr(Value exc, const char* name) {
    Value v = get_attr_optional(exc, intern(name));
    if (!v) err_clear();
    return v;
}

// The "File ..., line N" part of a SyntaxError, shown only when lineno is
// an int (CPython's parse_syntax_error fails, and prints nothing, otherwise).
static void print_syntax_error_details(std::string& out, Value exc) {
    Value fn = exception_attr(exc, "filename");
    Value ln = exception_attr(exc, "lineno");
    Value text = exception_attr(exc, "text");
    Value off = exception_attr(exc, "offset");
    Value end_off = exception_attr(exc, "end_offset");
    if (!ln || !ln.is_int()) return;
    std::string file = fn && is_str(fn) ? std::string(str_view(fn)) : "<string>";
    out += "  File \"" + file + "\", line " + std::to_string(ln.as_int()) + "\n";
    if (text && is_str(text)) {
        std::string t(str_view(text));
        while (!t.empty() && (t.back() == '\n' || t.back() == '\r'))
            t.pop_back();
        // Columns count characters; leading whitespace is dropped as CPython does.
        size_t lead = 0;
        while (lead < t.size() && (t[lead] == ' ' || t[lead] == '\t' || t[lead] == '\f'))
            lead++;
        std::string shown = t.substr(lead);
        out += "    " + shown + "\n";
        if (off && off.is_int() && off.as_int() > 0) {
            int64_t col = off.as_int() - 1 - static_cast<int64_t>(utf8_length(t.substr(0, lead)));
            int64_t width = 1;
            if (end_off && end_off.is_int() && end_off.as_int() > off.as_int())
                width = end_off.as_int() - off.as_int();
            int64_t shown_len = static_cast<int64_t>(utf8_length(shown));
            if (col < 0) col = 0;
            if (col > shown_len) col = shown_len;
            if (col + width > shown_len + 1) width = std::max<int64_t>(1, shown_len + 1 - col);
            out += "    " + std::string(col, ' ') + std::string(width, '^') + "\n";
        }
    }
}

// One exception's own part: its traceback (a group's has its own header),
// the "Type: message" line and its notes.
static void format_one(std::string& out, Value exc, bool group) {
    Value tb = as_exception(exc)->traceback;
    if (tb && !is_none(tb)) {
        out += group ? "Exception Group Traceback (most recent call last):\n"
                     : "Traceback (most recent call last):\n";
        // Each frame the exception left was prepended, so the chain runs from
        // the outermost frame inwards: print it in order.
        std::vector<TracebackObject*> entries;
        for (Value t = tb; t && !is_none(t); t = static_cast<TracebackObject*>(t.as_ptr())->next)
            entries.push_back(static_cast<TracebackObject*>(t.as_ptr()));
        // A run of more than 3 entries for the same place (recursion) shows
        // its first 3 and a count of the rest.
        constexpr long kRecursiveCutoff = 3;
        auto repeated = [&](long count) {
            count -= kRecursiveCutoff;
            out += "  [Previous line repeated " + std::to_string(count) + " more time" +
                   (count > 1 ? "s" : "") + "]\n";
        };
        CodeObject* last_code = nullptr;
        int last_line = -1;
        long count = 0;
        for (TracebackObject* e : entries) {
            if (!last_code || e->code->filename != last_code->filename ||
                e->code->name != last_code->name || e->lineno != last_line) {
                if (count > kRecursiveCutoff) repeated(count);
                last_code = e->code;
                last_line = e->lineno;
                count = 0;
            }
            if (++count > kRecursiveCutoff) continue;
            std::string file(str_view(e->code->filename));
            out += "  File \"" + file + "\", line " + std::to_string(e->lineno) + ", in " +
                   std::string(str_view(e->code->name)) + "\n";
            std::string line;
            if (!source_line(file, e->lineno, &line)) continue;
            // The line without its indentation (its end as it is), then the markers.
            size_t lead = 0;
            while (lead < line.size() && is_blank(line[lead]))
                lead++;
            out += "    " + line.substr(lead) + "\n";
            out += caret_line(line, code_position(e->code, e->lasti / 2));
        }
        if (count > kRecursiveCutoff) repeated(count);
    }
    Type* t = type_of(exc);
    if (isinstance_of(exc, exc::SyntaxError)) print_syntax_error_details(out, exc);
    std::string name = type_display_name(t);
    Value s = str_of(exc);
    std::string msg;
    if (!s) {
        err_clear();
        msg = "<exception str() failed>";
    } else {
        msg = std::string(str_view(s));
    }
    if (isinstance_of(exc, exc::SyntaxError)) {
        Value m = exception_attr(exc, "msg");
        if (m && is_str(m)) msg = std::string(str_view(m));
    }
    out += msg.empty() ? name : name + ": " + msg;
    Value suggestion = offer_suggestion(exc);
    if (suggestion) out += ". Did you mean: '" + std::string(str_view(suggestion)) + "'?";
    out += "\n";
    // Read without making the instance dict (__reduce__ would then show it).
    Value notes = instance_attr(exc, intern("__notes__"));
    if (notes && is_list(notes)) {
        Value tup = sequence_to_tuple(notes);
        if (tup)
            for (size_t i = 0; i < tuple_size(tup); i++)
                out += str_text(tuple_get(tup, i)) + "\n";
        else
            err_clear();
    }
}

// The layout of nested exception groups, as CPython prints it: the lines of
// an exception inside [depth] groups are indented by 2*depth and start with
// "| "; each member of a group opens with a "+---- N ----" line, and the
// last one closes with "+-----" (only once, however deeply it nests).
struct PrintContext {
    int depth = 0;
    bool need_close = false;
    std::vector<Value> seen;
};

constexpr size_t kMaxGroupWidth = 15;

static std::string indent_of(const PrintContext& c) {
    return std::string(2 * static_cast<size_t>(c.depth), ' ');
}
static std::string margin_of(const PrintContext& c) {
    return indent_of(c) + (c.depth ? "| " : "");
}

// format_one's text with every line behind the margin; a group's
// traceback header at the outermost level gets "+ " instead.
static void emit_one(std::string& out, Value exc, bool group, const PrintContext& c) {
    std::string raw;
    format_one(raw, exc, group);
    std::string margin = margin_of(c);
    // format_one's first line is the traceback header when there is a traceback.
    Value tb = as_exception(exc)->traceback;
    bool plus_header = group && c.depth == 1 && tb && !is_none(tb);
    size_t start = 0;
    bool first = true;
    while (start < raw.size()) {
        size_t nl = raw.find('\n', start);
        if (nl == std::string::npos) nl = raw.size() - 1;
        out += first && plus_header ? indent_of(c) + "+ " : margin;
        out.append(raw, start, nl + 1 - start);
        start = nl + 1;
        first = false;
    }
}

static void format_chain(std::string& out, Value exc, PrintContext& c);

static void format_chained(std::string& out, Value exc, const char* message, PrintContext& c) {
    bool need_close = c.need_close;
    format_chain(out, exc, c);
    c.need_close = need_close;
    std::string margin = margin_of(c);
    out += margin + "\n" + margin + message + margin + "\n";
}

static void format_group(std::string& out, Value exc, PrintContext& c) {
    bool outermost = c.depth == 0;
    if (outermost) c.depth = 1;
    emit_one(out, exc, true, c);
    Value members = exception_group_exceptions(exc);
    size_t total = tuple_size(members);
    size_t n = total > kMaxGroupWidth ? kMaxGroupWidth + 1 : total;
    c.need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i + 1 == n;
        if (last) c.need_close = true;
        bool truncated = i >= kMaxGroupWidth;
        out += indent_of(c) + (i == 0 ? "+-" : "  ") + "+---------------- " +
               (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
        c.depth++;
        if (!truncated) {
            format_chain(out, tuple_get(members, i), c);
        } else {
            size_t more = total - kMaxGroupWidth;
            out += margin_of(c) + "and " + std::to_string(more) + " more exception" +
                   (more > 1 ? "s" : "") + "\n";
        }
        if (last && c.need_close) {
            out += indent_of(c) + "+------------------------------------\n";
            c.need_close = false;
        }
        c.depth--;
    }
    if (outermost) c.depth = 0;
}

static void format_chain(std::string& out, Value exc, PrintContext& c) {
    for (Value v : c.seen)
        if (v == exc) return;
    c.seen.push_back(exc);
    ExceptionObject* e = as_exception(exc);
    if (e->cause && is_exception(e->cause))
        format_chained(out, e->cause,
                       "The above exception was the direct cause of the following exception:\n", c);
    else if (e->context && is_exception(e->context) && !e->suppress_context)
        format_chained(out, e->context,
                       "During handling of the above exception, another exception occurred:\n", c);
    if (isinstance_of(exc, exc::BaseExceptionGroup))
        format_group(out, exc, c);
    else
        emit_one(out, exc, false, c);
}

std::string format_exception(Value exc) {
    std::string out;
    if (!is_exception(exc)) return "TypeError: print_exception(): Exception expected\n";
    PrintContext c;
    format_chain(out, exc, c);
    return out;
}

// CPython's default hooks write to sys.stderr, through its write() (so
// that what the program wrote there before comes first); when that fails,
// or there is no sys.stderr, to the process's stderr directly.
static void write_stderr_text(const std::string& s) {
    Value err = sys_stderr();
    err_clear();
    if (err && !is_none(err)) {
        Value text = make_str(s);
        if (text && call_method(err, "write", {text})) {
            Value flush = get_attr_optional(err, intern("flush"));
            if (flush) call(flush, nullptr, 0);
            err_clear();
            return;
        }
        err_clear();
    }
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fflush(stderr);
}

void print_exception(Value exc) {
    write_stderr_text(format_exception(exc));
}

// CPython's default sys.unraisablehook: "<err_msg>: <object repr>" (the
// message "Exception ignored in" when none), then the exception alone (no
// __cause__/__context__ chain).
static void default_unraisable(Value err_msg, Value exc, Value obj) {
    flush_std_files(); // what the program printed comes first
    std::string out = err_msg && is_str(err_msg) ? std::string(str_view(err_msg))
                                                 : std::string("Exception ignored in");
    if (obj && !is_none(obj)) {
        Value r = repr(obj);
        out += ": " + (r ? std::string(str_view(r)) : std::string("<object repr() failed>"));
        if (!r) err_clear();
    }
    out += "\n";
    if (exc && is_exception(exc))
        format_one(out, exc, false);
    else if (exc)
        out += format_exception(exc);
    write_stderr_text(out);
}

static Type* unraisable_args_type() {
    static Type* t =
        make_struct_seq_type("sys", "UnraisableHookArgs",
                             {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"});
    return t;
}

Value sys_default_unraisablehook(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("unraisablehook", nargs, 1, 1)) return Value();
    Type* t = unraisable_args_type();
    if (!t || type_of(args[0]) != t)
        return raise(exc::TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
    Value fields = args[0];
    Value exc = get_item(fields, Value::small_int(1));
    Value msg = exc ? get_item(fields, Value::small_int(3)) : exc;
    Value obj = msg ? get_item(fields, Value::small_int(4)) : msg;
    if (!obj) return obj;
    default_unraisable(msg, is_none(exc) ? Value() : exc, obj);
    return None();
}

// The pending exception goes to sys.unraisablehook with [obj] and the
// message [header] (None for the usual "Exception ignored in"). One with no
// traceback gets the frame that was running when it happened.
void write_unraisable(const char* header, Value obj) {
    Value exc = err_fetch();
    if (exc && is_exception(exc)) {
        Value tb = as_exception(exc)->traceback;
        Frame* f = g_ts ? g_ts->current_frame : nullptr;
        while (f && (f->code->flags & CO_UOPY_SHIM))
            f = f->previous;
        if ((!tb || is_none(tb)) && f)
            exception_add_traceback(exc, f, static_cast<int>(f->instr_ptr - f->code->code));
    }
    Value msg = std::string_view(header) == "Exception ignored in" ? None() : make_str(header);
    Value sys = g_interp ? g_interp->sys_module : Value();
    Dict* d = sys ? instance_dict(sys) : nullptr;
    Value hook = d ? dict_get_str(d, intern("unraisablehook")) : Value();
    Value standard = d ? dict_get_str(d, intern("__unraisablehook__")) : Value();
    if (!hook || is_none(hook) || hook == standard || !msg) {
        default_unraisable(msg, exc, obj);
        return;
    }
    Type* t = unraisable_args_type();
    Value tb = exc && is_exception(exc) ? as_exception(exc)->traceback : Value();
    Value hook_args =
        t ? make_struct_seq(t, {exc ? Value(type_of(exc)) : None(), exc ? exc : None(),
                                tb ? tb : None(), msg, obj ? obj : None()})
          : Value();
    Value r = hook_args ? call(hook, &hook_args, 1) : Value();
    if (r) return;
    // The hook failed: its own error, then the original, the default way.
    Value hook_exc = err_fetch();
    default_unraisable(make_str("Exception ignored in sys.unraisablehook"), hook_exc, hook);
    default_unraisable(msg, exc, obj);
}

} // namespace uopy
