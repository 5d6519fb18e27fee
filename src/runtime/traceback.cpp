// Printing an uncaught exception the way CPython does: the chain of causes
// and contexts, each with "Traceback (most recent call last):", one
// `File "...", line N, in name` entry per frame with its source line, and
// the exception line. SyntaxErrors show the offending line and a caret.
// CPython counterpart: Python/pythonrun.c (print_exception_recursive) and
// Python/traceback.c (tb_displayline).
#include "runtime/traceback.h"

#include "objects/dict.h"
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

static void format_one(std::string& out, Value exc) {
    Value tb = as_exception(exc)->traceback;
    if (tb) {
        out += "Traceback (most recent call last):\n";
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

static void format_chain(std::string& out, Value exc, std::vector<Value>& seen) {
    for (Value v : seen)
        if (v == exc) return;
    seen.push_back(exc);
    ExceptionObject* e = as_exception(exc);
    if (e->cause && is_exception(e->cause)) {
        format_chain(out, e->cause, seen);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (e->context && is_exception(e->context) && !e->suppress_context) {
        format_chain(out, e->context, seen);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    format_one(out, exc);
}

std::string format_exception(Value exc) {
    std::string out;
    if (!is_exception(exc)) return "TypeError: print_exception(): Exception expected\n";
    std::vector<Value> seen;
    format_chain(out, exc, seen);
    return out;
}

void print_exception(Value exc) {
    std::string s = format_exception(exc);
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fflush(stderr);
}

} // namespace uopy
