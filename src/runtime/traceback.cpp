// Printing an uncaught exception the way CPython does: the chain of causes
// and contexts, each with "Traceback (most recent call last):", one
// `File "...", line N, in name` entry per frame with its source line, and
// the exception line. SyntaxErrors show the offending line and a caret.
// CPython counterpart: Python/pythonrun.c (print_exception_recursive) and
// Python/traceback.c (tb_displayline).
#include "runtime/traceback.h"

#include "objects/dict.h"
#include "objects/exception_group.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace uopy {

// The [lineno]th line of [path] (1-based), without its newline; "" if unknown.
static std::string source_line(const std::string& path, int lineno) {
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
    if (lineno < 1 || static_cast<size_t>(lineno) > it->second.size()) return "";
    return it->second[lineno - 1];
}

static std::string strip(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\f");
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(" \t\f\r\n");
    return s.substr(b, e - b + 1);
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

static void print_syntax_error_details(std::string& out, Value exc) {
    Dict* d = instance_dict(exc);
    if (!d) return;
    Value fn = dict_get_cstr(d, "filename");
    Value ln = dict_get_cstr(d, "lineno");
    Value text = dict_get_cstr(d, "text");
    Value off = dict_get_cstr(d, "offset");
    Value end_off = dict_get_cstr(d, "end_offset");
    std::string file = fn && is_str(fn) ? std::string(str_view(fn)) : "<string>";
    out += "  File \"" + file + "\"";
    if (ln && ln.is_int()) out += ", line " + std::to_string(ln.as_int());
    out += "\n";
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
        for (TracebackObject* e : entries) {
            std::string file(str_view(e->code->filename));
            out += "  File \"" + file + "\", line " + std::to_string(e->lineno) + ", in " +
                   std::string(str_view(e->code->name)) + "\n";
            std::string line = strip(source_line(file, e->lineno));
            if (!line.empty()) out += "    " + line + "\n";
        }
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
        Dict* d = instance_dict(exc);
        Value m = d ? dict_get_cstr(d, "msg") : Value();
        if (m && is_str(m)) msg = std::string(str_view(m));
    }
    out += msg.empty() ? name + "\n" : name + ": " + msg + "\n";
    Dict* d = instance_dict(exc);
    Value notes = d ? dict_get_cstr(d, "__notes__") : Value();
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

void print_exception(Value exc) {
    std::string s = format_exception(exc);
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fflush(stderr);
}

} // namespace uopy
