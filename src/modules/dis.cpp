// The dis module: uopy's own, because it reads uopy's bytecode (which
// follows CPython 3.14's) from the generated opcode tables rather than from
// CPython's opcode module. dis.dis(f, adaptive=True) shows the instructions
// as the specializer rewrote them; adaptive=False shows each family's
// generic name. Inline cache units are skipped, EXTENDED_ARG is folded into
// the following instruction, nested code objects are disassembled after
// their parent. CPython counterpart: Lib/dis.py (the listing layout of 3.13+,
// without labels: jumps name their target's offset).
#include "modules/modules.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "optimizer/executor.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "vm/generated/opcode_ids.h"
#include "vm/generated/opcode_metadata.h"

#include <string>
#include <vector>

namespace uopy {

namespace {

const char* const kBinaryOpNames[] = {"+",  "&",  "//", "<<",  "@",   "*",  "%",   "|",   "**",
                                      ">>", "-",  "/",  "^",   "+=",  "&=", "//=", "<<=", "@=",
                                      "*=", "%=", "|=", "**=", ">>=", "-=", "/=",  "^=",  "[]"};
const char* const kCompareNames[] = {"<", "<=", "==", "!=", ">", ">="};

struct Instr {
    int offset; // in code units
    int opcode; // as stored (specialized) or its family head
    int arg;
    int line;
};

// The code object behind what dis() was given.
CodeObject* code_of(Value x) {
    if (is_function(x)) return as_function(x)->code;
    if (x.is_ptr() && x.as_ptr()->type == &MethodType)
        return code_of(static_cast<MethodObject*>(x.as_ptr())->func);
    if (is_code(x)) return as_code(x);
    return nullptr;
}

std::vector<Instr> decode(CodeObject* co, bool adaptive) {
    std::vector<Instr> out;
    int ext = 0;
    for (size_t i = 0; i < co->ncodeunits;) {
        // ENTER_EXECUTOR (tier 2) stands in for a JUMP_BACKWARD: the
        // adaptive view shows it, the plain view the original.
        uint8_t original, original_arg;
        code_original_instruction(co, static_cast<int>(i), &original, &original_arg);
        int op = adaptive ? co->code[i].op.code : vm::opcode_deopt[original];
        int arg = (adaptive ? co->code[i].op.arg : original_arg) | ext;
        int caches = vm::opcode_cache_size[original];
        if (original == vm::EXTENDED_ARG) {
            ext = arg << 8;
        } else {
            ext = 0;
            out.push_back(
                Instr{static_cast<int>(i), op, arg, code_addr_to_line(co, static_cast<int>(i))});
        }
        i += 1 + caches;
    }
    return out;
}

std::string text_of(Value v) {
    Value r = repr(v);
    if (!r) {
        err_clear();
        return "?";
    }
    return std::string(str_view(r));
}

std::string name_at(Value tuple, int i) {
    if (i < 0 || static_cast<size_t>(i) >= tuple_size(tuple)) return "?";
    return std::string(str_view(tuple_get(tuple, i)));
}

// The parenthesized explanation of an argument, as dis prints it.
std::string arg_repr(CodeObject* co, const Instr& in) {
    int head = vm::opcode_deopt[in.opcode];
    uint32_t flags = vm::opcode_flags[head];
    switch (head) {
    case vm::LOAD_GLOBAL: return (in.arg & 1 ? "NULL + " : "") + name_at(co->names, in.arg >> 1);
    case vm::LOAD_ATTR: {
        std::string n = name_at(co->names, in.arg >> 1);
        return in.arg & 1 ? n + " + NULL|self" : n;
    }
    case vm::LOAD_SUPER_ATTR: return name_at(co->names, in.arg >> 2);
    case vm::BINARY_OP: return in.arg >= 0 && in.arg < 27 ? kBinaryOpNames[in.arg] : "?";
    case vm::COMPARE_OP: {
        int c = in.arg >> 5;
        std::string s = c >= 0 && c < 6 ? kCompareNames[c] : "?";
        return in.arg & 16 ? "bool(" + s + ")" : s;
    }
    case vm::IS_OP: return in.arg ? "is not" : "is";
    case vm::CONTAINS_OP: return in.arg ? "not in" : "in";
    default: break;
    }
    if (flags & vm::HAS_CONST_FLAG) {
        if (static_cast<size_t>(in.arg) < tuple_size(co->consts))
            return text_of(tuple_get(co->consts, in.arg));
        return "?";
    }
    if (flags & vm::HAS_NAME_FLAG) return name_at(co->names, in.arg);
    if (flags & vm::HAS_LOCAL_FLAG) {
        // LOAD_FAST_LOAD_FAST and friends pack two indexes.
        std::string name = vm::opcode_names[head];
        if (name.find("FAST_LOAD_FAST") != std::string::npos ||
            name.find("FAST_STORE_FAST") != std::string::npos)
            return name_at(co->localsplusnames, in.arg >> 4) + ", " +
                   name_at(co->localsplusnames, in.arg & 15);
        return name_at(co->localsplusnames, in.arg);
    }
    if (flags & vm::HAS_JUMP_FLAG) {
        int size = 1 + vm::opcode_cache_size[in.opcode];
        std::string name = vm::opcode_names[head];
        bool backward = name.find("BACKWARD") != std::string::npos;
        int target = backward ? in.offset + size - in.arg : in.offset + size + in.arg;
        return "to " + std::to_string(target * 2);
    }
    return "";
}

bool write_text(Value file, const std::string& s) {
    Value r = call_method(file, "write", {make_str(s)});
    return !r.is_null();
}

bool disassemble_code(CodeObject* co, bool adaptive, Value file) {
    std::vector<Instr> instrs = decode(co, adaptive);
    int maxline = 0;
    for (auto& in : instrs)
        maxline = std::max(maxline, in.line);
    int width = std::max<int>(3, static_cast<int>(std::to_string(maxline).size()));
    std::string text;
    int last_line = -2;
    for (size_t k = 0; k < instrs.size(); k++) {
        const Instr& in = instrs[k];
        std::string line;
        if (in.line != last_line) {
            if (k > 0) text += "\n";
            std::string num = in.line >= 0 ? std::to_string(in.line) : "--";
            line +=
                std::string(width - std::min<int>(width, static_cast<int>(num.size())), ' ') + num;
            last_line = in.line;
        } else {
            line += std::string(width, ' ');
        }
        line += std::string(11, ' ');
        std::string name = vm::opcode_names[in.opcode] ? vm::opcode_names[in.opcode] : "<?>";
        bool has_arg = vm::opcode_flags[vm::opcode_deopt[in.opcode]] & vm::HAS_ARG_FLAG;
        if (has_arg) {
            if (name.size() < 20) name += std::string(20 - name.size(), ' ');
            std::string arg = std::to_string(in.arg);
            if (arg.size() < 5) arg = std::string(5 - arg.size(), ' ') + arg;
            line += name + " " + arg;
            std::string extra = arg_repr(co, in);
            if (!extra.empty()) line += " (" + extra + ")";
        } else {
            line += name;
        }
        text += line + "\n";
    }
    if (!write_text(file, text)) return false;
    // Nested code objects (functions, classes, comprehensions defined here).
    for (size_t i = 0; i < tuple_size(co->consts); i++) {
        Value c = tuple_get(co->consts, i);
        if (!is_code(c)) continue;
        CodeObject* inner = as_code(c);
        std::string header = "\nDisassembly of " + text_of(c) + ":\n";
        (void)inner;
        if (!write_text(file, header) || !disassemble_code(inner, adaptive, file)) return false;
    }
    return true;
}

Value stdout_file() {
    Dict* d = as_module(g_interp->sys_module)->dict;
    Value f = dict_get_cstr(d, "stdout");
    if (!f) return raise(exc::RuntimeError, "lost sys.stdout");
    return f;
}

// dis(x, *, file=None, adaptive=False, show_caches=False, ...)
Value dis_dis(Value, const Value* args, size_t nargs, Value kwnames) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    size_t npos = nargs;
    if (npos != 1)
        return raise(exc::TypeError, "dis() takes exactly 1 positional argument (%zu given)", npos);
    Value file = None();
    bool adaptive = false;
    for (size_t k = 0; k < nkw; k++) {
        std::string_view key = str_view(tuple_get(kwnames, k));
        Value v = args[npos + k];
        if (key == "file") {
            file = v;
        } else if (key == "adaptive") {
            int t = truthy(v);
            if (t < 0) return Value();
            adaptive = t;
        } else if (key != "show_caches" && key != "depth" && key != "show_offsets" &&
                   key != "show_positions") {
            return raise(exc::TypeError, "dis() got an unexpected keyword argument '%s'",
                         std::string(key).c_str());
        }
    }
    if (is_none(file)) {
        file = stdout_file();
        if (!file) return file;
    }
    CodeObject* co = code_of(args[0]);
    if (!co)
        return raise(exc::TypeError, "don't know how to disassemble %s objects",
                     type_name(args[0]));
    if (!disassemble_code(co, adaptive, file)) return Value();
    return None();
}

const NativeMethodDef dis_functions[] = {
    {"dis", dis_dis, NATIVE_KEYWORDS, "Disassemble a function, method or code object."},
    {nullptr, nullptr, 0, nullptr},
};

Value make_positions_type() {
    Value collections = import_module("collections");
    Value namedtuple = collections ? get_attr(collections, intern("namedtuple")) : Value();
    if (!namedtuple) return Value();
    Value fields = make_list(0);
    for (const char* f : {"lineno", "end_lineno", "col_offset", "end_col_offset"})
        list_append(fields, make_str(f));
    Value defaults = tuple_pack({None(), None(), None(), None()});
    Value kwnames = tuple_pack({make_str("defaults"), make_str("module")});
    if (!defaults || !kwnames) return Value();
    Value args[] = {make_str("Positions"), fields, defaults, make_str("dis")};
    return call(namedtuple, args, 2, kwnames);
}

} // namespace

Value init_dis_module() {
    ModuleObject* m = make_module("dis");
    if (!m) return Value();
    add_functions(m->dict, dis_functions, Value(m));
    // opname: names by opcode (specialized ones included), as CPython's.
    Value names = make_list(0);
    for (int op = 0; op < 256; op++) {
        const char* n = op < vm::NUM_OPCODES ? vm::opcode_names[op] : nullptr;
        std::string name;
        if (n) {
            name = n;
        } else {
            name.append("<").append(std::to_string(op)).append(">");
        }
        list_append(names, make_str(name));
    }
    dict_set_cstr(m->dict, "opname", names);
    // The code-flag names inspect shows (co_flags bits, as CPython's).
    Dict* flags = make_dict();
    static const char* const kFlagNames[] = {
        "OPTIMIZED", "NEWLOCALS", "VARARGS",   "VARKEYWORDS",        "NESTED",
        "GENERATOR", "NOFREE",    "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"};
    for (int i = 0; flags && i < 10; i++)
        dict_set(flags, Value::small_int(int64_t(1) << i), make_str(kFlagNames[i]));
    if (flags) dict_set_cstr(m->dict, "COMPILER_FLAG_NAMES", Value(flags));
    // Positions(lineno, end_lineno, col_offset, end_col_offset), each None
    // by default: the namedtuple CPython's dis.py makes (inspect's frame
    // infos carry one).
    Value positions = make_positions_type();
    if (!positions) return Value();
    dict_set_cstr(m->dict, "Positions", positions);
    return Value(m);
}

} // namespace uopy
