// The _csv module: the CSV parser and writer under Lib/csv.py — Dialect,
// reader, writer, the dialect registry, field_size_limit and Error.
// CPython counterpart: Modules/_csv.c (3.11), whose parser state machine
// and quoting rules are followed step for step so that results and error
// messages match.
//
// Text is handled as code points: a line (a UTF-8 str) is decoded one code
// point at a time, fields are collected as std::u32string and re-encoded
// when saved. Dialect characters are code points, with NOT_SET (-1) for an
// unset quotechar/escapechar; the parser's end-of-line marker EOL (-2) can
// never equal a real character (NUL is ordinary data, as in 3.11).
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdint>
#include <string>

namespace uopy {

static Type DialectType, ReaderType, WriterType;
static Type* g_csv_error; // _csv.Error
static Value g_dialects;  // the registry: name -> Dialect (a dict; a root)
static int64_t g_field_limit = 128 * 1024;

enum Quoting { QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3 };
static constexpr int32_t NOT_SET = -1;
static constexpr int32_t EOL = -2;

// -- Dialect ------------------------------------------------------------------------------------

struct DialectObject : Object {
    int32_t delimiter;
    int32_t quotechar;  // NOT_SET: None
    int32_t escapechar; // NOT_SET: None
    bool doublequote;
    bool skipinitialspace;
    bool strict;
    int quoting;
    Value lineterminator; // str
};
static DialectObject* D(Value v) {
    return static_cast<DialectObject*>(v.as_ptr());
}
static void dialect_trace(Object* o, Tracer& t) {
    t.visit(static_cast<DialectObject*>(o)->lineterminator);
}

// _set_char / _set_char_or_none: a 1-character str (empty gives NOT_SET).
static bool set_char(const char* name, int32_t* target, Value src, int32_t dflt, bool or_none) {
    if (!src) {
        *target = dflt;
        return true;
    }
    *target = NOT_SET;
    if (or_none && is_none(src)) return true;
    if (!is_str(src)) {
        raise(exc::TypeError,
              or_none ? "\"%s\" must be string or None, not %.200s"
                      : "\"%s\" must be string, not %.200s",
              name, type_name(src));
        return false;
    }
    size_t len = str_length(src);
    if (len > 1) {
        raise(exc::TypeError, "\"%s\" must be a 1-character string", name);
        return false;
    }
    if (len == 1) *target = static_cast<int32_t>(str_codepoint_at(src, 0));
    return true;
}
static bool set_bool(bool* target, Value src, bool dflt) {
    if (!src) {
        *target = dflt;
        return true;
    }
    int t = truthy(src);
    if (t < 0) return false;
    *target = t != 0;
    return true;
}
static bool set_int(const char* name, int* target, Value src, int dflt) {
    if (!src) {
        *target = dflt;
        return true;
    }
    if (!is_exact_int(src)) {
        raise(exc::TypeError, "\"%s\" must be an integer", name);
        return false;
    }
    int64_t x;
    if (!int_fits_int64(src, &x) || x < INT32_MIN || x > INT32_MAX) {
        raise(exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *target = static_cast<int>(x);
    return true;
}
// _set_str: a str, None (unset, an error later) or absent (the default).
static bool set_str(const char* name, Value* target, Value src, const char* dflt) {
    if (!src) {
        *target = make_str(dflt);
        return bool(*target);
    }
    if (is_none(src)) {
        *target = Value();
        return true;
    }
    if (!is_str(src)) {
        raise(exc::TypeError, "\"%s\" must be a string", name);
        return false;
    }
    *target = src;
    return true;
}

// The dialect registered under [name]; Error "unknown dialect" if none.
static Value get_dialect_from_registry(Value name) {
    Value d = dict_get(as_dict(g_dialects), name);
    if (!d && !err_occurred()) return raise(g_csv_error, "unknown dialect");
    return d;
}

// Dialect(dialect=None, **attributes): a new dialect from another (a
// registered name, a Dialect, or any object with the attributes) and the
// keyword overrides.
static Value dialect_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("Dialect",
                                     "dialect=, delimiter=, doublequote=, escapechar=, "
                                     "lineterminator=, quotechar=, quoting=, skipinitialspace=, "
                                     "strict=");
    // PyArg_ParseTupleAndKeywords' wording for an unknown keyword.
    static const char* const known[] = {"dialect",    "delimiter",        "doublequote",
                                        "escapechar", "lineterminator",   "quotechar",
                                        "quoting",    "skipinitialspace", "strict"};
    for (size_t i = 0; kwnames && i < tuple_size(kwnames); i++) {
        std::string_view k = str_view(tuple_get(kwnames, i));
        bool found = false;
        for (const char* n : known)
            found = found || k == n;
        if (!found)
            return raise(exc::TypeError, "'%.*s' is an invalid keyword argument for this function",
                         static_cast<int>(k.size()), k.data());
    }
    Value a[9];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value dialect = a[0];
    Value delimiter = a[1], doublequote = a[2], escapechar = a[3], lineterminator = a[4],
          quotechar = a[5], quoting = a[6], skipinitialspace = a[7], strict = a[8];
    if (dialect) {
        if (is_str(dialect)) {
            dialect = get_dialect_from_registry(dialect);
            if (!dialect) return dialect;
        }
        // A Dialect with nothing to change is immutable: share it.
        bool overrides = false;
        for (int i = 1; i < 9; i++)
            overrides = overrides || bool(a[i]);
        if (isinstance_of(dialect, &DialectType) && !overrides) return dialect;
    }
    if (dialect) {
        // Missing attributes fall back to the defaults.
        auto get = [&](Value& v, const char* name) {
            if (v) return;
            v = get_attr_cstr(dialect, name);
            if (!v) err_clear();
        };
        get(delimiter, "delimiter");
        get(doublequote, "doublequote");
        get(escapechar, "escapechar");
        get(lineterminator, "lineterminator");
        get(quotechar, "quotechar");
        get(quoting, "quoting");
        get(skipinitialspace, "skipinitialspace");
        get(strict, "strict");
    }
    auto* self = gc_new<DialectObject>(type, type->basic_size);
    if (!self) return Value();
    if (!set_char("delimiter", &self->delimiter, delimiter, ',', false) ||
        !set_bool(&self->doublequote, doublequote, true) ||
        !set_char("escapechar", &self->escapechar, escapechar, NOT_SET, true) ||
        !set_str("lineterminator", &self->lineterminator, lineterminator, "\r\n") ||
        !set_char("quotechar", &self->quotechar, quotechar, '"', true) ||
        !set_int("quoting", &self->quoting, quoting, QUOTE_MINIMAL) ||
        !set_bool(&self->skipinitialspace, skipinitialspace, false) ||
        !set_bool(&self->strict, strict, false))
        return Value();
    // Validation, in CPython's order.
    if (self->quoting < QUOTE_MINIMAL || self->quoting > QUOTE_NONE)
        return raise(exc::TypeError, "bad \"quoting\" value");
    if (self->delimiter == NOT_SET)
        return raise(exc::TypeError, "\"delimiter\" must be a 1-character string");
    if (quotechar && is_none(quotechar) && !quoting) self->quoting = QUOTE_NONE;
    if (self->quoting != QUOTE_NONE && self->quotechar == NOT_SET)
        return raise(exc::TypeError, "quotechar must be set if quoting enabled");
    if (!self->lineterminator) return raise(exc::TypeError, "lineterminator must be set");
    return Value(self);
}

static Value char_or_none(int32_t c) {
    return c == NOT_SET ? None() : str_from_codepoint(static_cast<uint32_t>(c));
}
static Value dialect_get_delimiter(Value self) {
    return char_or_none(D(self)->delimiter);
}
static Value dialect_get_quotechar(Value self) {
    return char_or_none(D(self)->quotechar);
}
static Value dialect_get_escapechar(Value self) {
    return char_or_none(D(self)->escapechar);
}
static Value dialect_get_lineterminator(Value self) {
    return D(self)->lineterminator;
}
static Value dialect_get_doublequote(Value self) {
    return Bool(D(self)->doublequote);
}
static Value dialect_get_skipinitialspace(Value self) {
    return Bool(D(self)->skipinitialspace);
}
static Value dialect_get_strict(Value self) {
    return Bool(D(self)->strict);
}
static Value dialect_get_quoting(Value self) {
    return make_int(D(self)->quoting);
}
static const GetSetDef dialect_getsets[] = {
    {"delimiter", dialect_get_delimiter, nullptr, nullptr},
    {"quotechar", dialect_get_quotechar, nullptr, nullptr},
    {"escapechar", dialect_get_escapechar, nullptr, nullptr},
    {"lineterminator", dialect_get_lineterminator, nullptr, nullptr},
    {"doublequote", dialect_get_doublequote, nullptr, nullptr},
    {"skipinitialspace", dialect_get_skipinitialspace, nullptr, nullptr},
    {"strict", dialect_get_strict, nullptr, nullptr},
    {"quoting", dialect_get_quoting, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// _call_dialect: Dialect(dialect, **fmtparams) for reader/writer/
// register_dialect; [args] holds the optional positional dialect followed
// by the keyword values named by [kwnames].
static Value call_dialect(const Value* args, size_t nargs, Value kwnames) {
    return dialect_new(&DialectType, args, nargs, kwnames);
}

// -- reader -------------------------------------------------------------------------------------

enum ParserState {
    START_RECORD,
    START_FIELD,
    ESCAPED_CHAR,
    IN_FIELD,
    IN_QUOTED_FIELD,
    ESCAPE_IN_QUOTED_FIELD,
    QUOTE_IN_QUOTED_FIELD,
    EAT_CRNL,
    AFTER_ESCAPED_CRNL
};

// The parser's state lives in GC objects; the field being read is kept as
// UTF-8 in a GC byte buffer, since a GC object has no destructor to free a
// std::string.
struct ReaderObject : Object {
    Value input_iter;
    Value dialect;
    Value fields; // the record being built (list), null between records
    char* field;  // GC byte buffer: the current field, UTF-8
    size_t field_bytes;
    size_t field_cap;
    int64_t field_len; // in code points (for field_size_limit)
    int state;
    bool numeric_field; // QUOTE_NONNUMERIC: the unquoted field becomes a float
    int64_t line_num;
};
static ReaderObject* R(Value v) {
    return static_cast<ReaderObject*>(v.as_ptr());
}
static void reader_trace(Object* o, Tracer& t) {
    auto* r = static_cast<ReaderObject*>(o);
    t.visit(r->input_iter);
    t.visit(r->dialect);
    t.visit(r->fields);
    if (r->field) t.visit_buffer(r->field);
}

static bool parse_reset(ReaderObject* r) {
    r->fields = make_list(0);
    if (!r->fields) return false;
    r->field_bytes = 0;
    r->field_len = 0;
    r->state = START_RECORD;
    r->numeric_field = false;
    return true;
}

static bool parse_save_field(ReaderObject* r) {
    Value field = make_str(std::string_view(r->field ? r->field : "", r->field_bytes));
    if (!field) return false;
    r->field_bytes = 0;
    r->field_len = 0;
    if (r->numeric_field) {
        r->numeric_field = false;
        field = call1(Value(&FloatType), field);
        if (!field) return false;
    }
    return list_append(r->fields, field);
}

static bool parse_add_char(ReaderObject* r, int32_t c) {
    if (r->field_len >= g_field_limit) {
        raise(g_csv_error, "field larger than field limit (%lld)",
              static_cast<long long>(g_field_limit));
        return false;
    }
    if (r->field_bytes + 4 > r->field_cap) {
        size_t cap = r->field_cap ? r->field_cap * 2 : 64;
        char* buf = gc_alloc_bytes(cap);
        if (!buf) return false;
        if (r->field_bytes) __builtin_memcpy(buf, r->field, r->field_bytes);
        r->field = buf;
        r->field_cap = cap;
    }
    std::string tmp;
    utf8_append(tmp, static_cast<uint32_t>(c));
    __builtin_memcpy(r->field + r->field_bytes, tmp.data(), tmp.size());
    r->field_bytes += tmp.size();
    r->field_len++;
    return true;
}

// One step of the state machine (parse_process_char in _csv.c).
static bool parse_process_char(ReaderObject* r, int32_t c) {
    DialectObject* d = D(r->dialect);
    switch (r->state) {
    case START_RECORD:
        if (c == EOL) break; // an empty line: the record is []
        if (c == '\n' || c == '\r') {
            r->state = EAT_CRNL;
            break;
        }
        r->state = START_FIELD; // a normal character starts the first field
        [[fallthrough]];
    case START_FIELD:
        if (c == '\n' || c == '\r' || c == EOL) {
            if (!parse_save_field(r)) return false; // an empty last field
            r->state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d->quotechar && d->quoting != QUOTE_NONE) {
            r->state = IN_QUOTED_FIELD;
        } else if (c == d->escapechar) {
            r->state = ESCAPED_CHAR;
        } else if (c == ' ' && d->skipinitialspace) {
            // spaces at the start of a field are dropped
        } else if (c == d->delimiter) {
            if (!parse_save_field(r)) return false; // an empty field
        } else {
            if (d->quoting == QUOTE_NONNUMERIC) r->numeric_field = true;
            if (!parse_add_char(r, c)) return false;
            r->state = IN_FIELD;
        }
        break;
    case ESCAPED_CHAR:
        if (c == '\n' || c == '\r') {
            if (!parse_add_char(r, c)) return false;
            r->state = AFTER_ESCAPED_CRNL;
            break;
        }
        if (c == EOL) c = '\n';
        if (!parse_add_char(r, c)) return false;
        r->state = IN_FIELD;
        break;
    case AFTER_ESCAPED_CRNL:
        if (c == EOL) break;
        [[fallthrough]];
    case IN_FIELD:
        if (c == '\n' || c == '\r' || c == EOL) {
            if (!parse_save_field(r)) return false;
            r->state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d->escapechar) {
            r->state = ESCAPED_CHAR;
        } else if (c == d->delimiter) {
            if (!parse_save_field(r)) return false;
            r->state = START_FIELD;
        } else {
            if (!parse_add_char(r, c)) return false;
        }
        break;
    case IN_QUOTED_FIELD:
        if (c == EOL) {
            // a newline inside quotes: the field goes on with the next line
        } else if (c == d->escapechar) {
            r->state = ESCAPE_IN_QUOTED_FIELD;
        } else if (c == d->quotechar && d->quoting != QUOTE_NONE) {
            // with doublequote, "" stands for "; else the quoted part ends
            r->state = d->doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        } else {
            if (!parse_add_char(r, c)) return false;
        }
        break;
    case ESCAPE_IN_QUOTED_FIELD:
        if (c == EOL) c = '\n';
        if (!parse_add_char(r, c)) return false;
        r->state = IN_QUOTED_FIELD;
        break;
    case QUOTE_IN_QUOTED_FIELD:
        if (d->quoting != QUOTE_NONE && c == d->quotechar) {
            if (!parse_add_char(r, c)) return false; // "" is "
            r->state = IN_QUOTED_FIELD;
        } else if (c == d->delimiter) {
            if (!parse_save_field(r)) return false;
            r->state = START_FIELD;
        } else if (c == '\n' || c == '\r' || c == EOL) {
            if (!parse_save_field(r)) return false;
            r->state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (!d->strict) {
            if (!parse_add_char(r, c)) return false;
            r->state = IN_FIELD;
        } else {
            std::string msg = "'";
            utf8_append(msg, static_cast<uint32_t>(d->delimiter));
            msg += "' expected after '";
            utf8_append(msg, static_cast<uint32_t>(d->quotechar));
            msg += "'";
            raise_str(g_csv_error, msg);
            return false;
        }
        break;
    case EAT_CRNL:
        if (c == '\n' || c == '\r') {
        } else if (c == EOL) {
            r->state = START_RECORD;
        } else {
            raise(g_csv_error, "new-line character seen in unquoted field - do you need to "
                               "open the file in universal-newline mode?");
            return false;
        }
        break;
    }
    return true;
}

// next(reader): reads lines until a record is complete.
static Value reader_next(Value self) {
    ReaderObject* r = R(self);
    if (!parse_reset(r)) return Value();
    do {
        Value line = iter_next(r->input_iter);
        if (!line) {
            // The input ended, perhaps inside a record.
            if (!err_occurred() && (r->field_len != 0 || r->state == IN_QUOTED_FIELD)) {
                if (D(r->dialect)->strict)
                    raise(g_csv_error, "unexpected end of data");
                else if (parse_save_field(r))
                    break;
            }
            r->fields = Value();
            return Value();
        }
        if (!is_str(line)) {
            r->fields = Value();
            return raise(g_csv_error,
                         "iterator should return strings, not %.200s (the file should be "
                         "opened in text mode)",
                         type_name(line));
        }
        r->line_num++;
        std::string_view text = str_view(line);
        const char* p = text.data();
        const char* end = p + text.size();
        while (p < end) {
            int32_t c = static_cast<int32_t>(utf8_decode(p));
            if (!parse_process_char(r, c)) {
                r->fields = Value();
                return Value();
            }
        }
        if (!parse_process_char(r, EOL)) {
            r->fields = Value();
            return Value();
        }
    } while (r->state != START_RECORD);
    Value fields = r->fields;
    r->fields = Value();
    return fields;
}

static Value self_iter(Value self) {
    return self;
}
static Value reader_get_dialect(Value self) {
    return R(self)->dialect;
}
static Value reader_get_line_num(Value self) {
    return make_int(R(self)->line_num);
}
static const GetSetDef reader_getsets[] = {
    {"dialect", reader_get_dialect, nullptr, nullptr},
    {"line_num", reader_get_line_num, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// reader(iterable, dialect='excel', **fmtparams)
static Value m_reader(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!check_nargs_expected("reader", nargs, 1, 2)) return Value();
    Value it = get_iter(args[0]);
    if (!it) return it;
    Value dialect = call_dialect(args + 1, nargs - 1, kwnames);
    if (!dialect) return dialect;
    auto* r = gc_new<ReaderObject>(&ReaderType);
    if (!r) return Value();
    r->input_iter = it;
    r->dialect = dialect;
    r->state = START_RECORD;
    return Value(r);
}

// -- writer -------------------------------------------------------------------------------------

struct WriterObject : Object {
    Value write; // the file's bound write method
    Value dialect;
};
static WriterObject* W(Value v) {
    return static_cast<WriterObject*>(v.as_ptr());
}
static void writer_trace(Object* o, Tracer& t) {
    auto* w = static_cast<WriterObject*>(o);
    t.visit(w->write);
    t.visit(w->dialect);
}

// Whether [c] occurs in the dialect's lineterminator.
static bool in_lineterminator(DialectObject* d, uint32_t c) {
    std::string_view lt = str_view(d->lineterminator);
    const char* p = lt.data();
    const char* end = p + lt.size();
    while (p < end)
        if (utf8_decode(p) == c) return true;
    return false;
}

// join_append_data: appends one field to [rec] (with its delimiter,
// quotes and escapes). Run twice as in CPython: a counting pass
// (copy=false) that decides whether the field needs quotes, then the
// copying pass. False with Error set.
static bool join_append_data(DialectObject* d, bool first, std::string_view field, bool has_field,
                             bool* quoted, bool copy, std::string& rec) {
    auto add = [&](int32_t c) {
        if (copy) utf8_append(rec, static_cast<uint32_t>(c));
    };
    if (!first) add(d->delimiter);
    if (*quoted) add(d->quotechar);
    const char* p = field.data();
    const char* end = has_field ? p + field.size() : p;
    while (p < end) {
        uint32_t c = utf8_decode(p);
        int32_t ci = static_cast<int32_t>(c);
        bool want_escape = false;
        if (ci == d->delimiter || ci == d->escapechar || ci == d->quotechar ||
            in_lineterminator(d, c)) {
            if (d->quoting == QUOTE_NONE) {
                want_escape = true;
            } else {
                if (ci == d->quotechar) {
                    if (d->doublequote)
                        add(d->quotechar);
                    else
                        want_escape = true;
                } else if (ci == d->escapechar) {
                    want_escape = true;
                }
                if (!want_escape) *quoted = true;
            }
            if (want_escape) {
                if (d->escapechar == NOT_SET) {
                    raise(g_csv_error, "need to escape, but no escapechar set");
                    return false;
                }
                add(d->escapechar);
            }
        }
        add(ci);
    }
    if (*quoted && copy) add(d->quotechar);
    return true;
}

static bool join_append(DialectObject* d, size_t* num_fields, Value field, bool quoted,
                        std::string& rec) {
    std::string_view text = field ? str_view(field) : std::string_view();
    // The counting pass decides [quoted]; only the second one writes.
    std::string scratch;
    if (!join_append_data(d, *num_fields == 0, text, bool(field), &quoted, false, scratch) ||
        !join_append_data(d, *num_fields == 0, text, bool(field), &quoted, true, rec))
        return false;
    ++*num_fields;
    return true;
}

// PyNumber_Check: QUOTE_NONNUMERIC leaves these unquoted.
static bool is_number(Value v) {
    Type* t = type_of(v);
    return t->nb_index || t->nb_int || t->nb_float || isinstance_of(v, &ComplexType);
}

// writerow(row): writes one record through the file's write(); returns
// what write() returned.
static Value writer_writerow(Value self, const Value* args, size_t, Value) {
    WriterObject* w = W(self);
    DialectObject* d = D(w->dialect);
    Value row = args[0];
    Value it = get_iter(row);
    if (!it) {
        if (err_matches(exc::TypeError)) {
            err_clear();
            return raise(g_csv_error, "iterable expected, not %.200s", type_name(row));
        }
        return it;
    }
    std::string rec;
    size_t num_fields = 0;
    while (Value field = iter_next(it)) {
        bool quoted =
            d->quoting == QUOTE_ALL || (d->quoting == QUOTE_NONNUMERIC && !is_number(field));
        Value text;
        if (is_str(field)) {
            text = field;
        } else if (!is_none(field)) {
            text = str_of(field);
            if (!text) return text;
        }
        if (!join_append(d, &num_fields, text, quoted, rec)) return Value();
    }
    if (err_occurred()) return Value();
    // A record of one empty field is written as "" (else it would read back as []).
    if (num_fields > 0 && rec.empty()) {
        if (d->quoting == QUOTE_NONE)
            return raise(g_csv_error, "single empty field record must be quoted");
        num_fields--;
        if (!join_append(d, &num_fields, Value(), true, rec)) return Value();
    }
    rec += str_view(d->lineterminator);
    Value line = make_str(rec);
    if (!line) return line;
    return call1(w->write, line);
}

// writerows(rows): writerow for each row.
static Value writer_writerows(Value self, const Value* args, size_t, Value) {
    Value it = get_iter(args[0]);
    if (!it) return it;
    while (Value row = iter_next(it)) {
        Value r = writer_writerow(self, &row, 1, Value());
        if (!r) return r;
    }
    if (err_occurred()) return Value();
    return None();
}

static const NativeMethodDef writer_methods[] = {
    {"writerow", writer_writerow, NATIVE_O, nullptr},
    {"writerows", writer_writerows, NATIVE_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static Value writer_get_dialect(Value self) {
    return W(self)->dialect;
}
static const GetSetDef writer_getsets[] = {
    {"dialect", writer_get_dialect, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// writer(fileobj, dialect='excel', **fmtparams)
static Value m_writer(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!check_nargs_expected("writer", nargs, 1, 2)) return Value();
    Value write = get_attr_cstr(args[0], "write");
    if (!write) {
        if (!err_matches(exc::AttributeError)) return write;
        err_clear();
        return raise(exc::TypeError, "argument 1 must have a \"write\" method");
    }
    Value dialect = call_dialect(args + 1, nargs - 1, kwnames);
    if (!dialect) return dialect;
    auto* w = gc_new<WriterObject>(&WriterType);
    if (!w) return Value();
    w->write = write;
    w->dialect = dialect;
    return Value(w);
}

// -- The registry and the field limit ----------------------------------------------------------

// register_dialect(name, dialect=None, **fmtparams)
static Value m_register_dialect(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!check_nargs_expected("register_dialect", nargs, 1, 2)) return Value();
    if (!is_str(args[0])) return raise(exc::TypeError, "dialect name must be a string");
    Value dialect = call_dialect(args + 1, nargs - 1, kwnames);
    if (!dialect) return dialect;
    if (!dict_set(as_dict(g_dialects), args[0], dialect)) return Value();
    return None();
}

static Value m_unregister_dialect(Value, const Value* args, size_t, Value) {
    Value have = dict_get(as_dict(g_dialects), args[0]);
    if (!have) {
        if (err_occurred()) return Value();
        return raise(g_csv_error, "unknown dialect");
    }
    if (dict_del(as_dict(g_dialects), args[0]) < 0) return Value();
    return None();
}

static Value m_get_dialect(Value, const Value* args, size_t, Value) {
    return get_dialect_from_registry(args[0]);
}

static Value m_list_dialects(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("list_dialects", nargs, 0, 0)) return Value();
    Value keys = make_list(0);
    if (!keys) return keys;
    size_t pos = 0;
    Value k, v;
    while (dict_next(as_dict(g_dialects), &pos, &k, &v))
        if (!list_append(keys, k)) return Value();
    return keys;
}

// field_size_limit([new_limit]): returns the old limit.
static Value m_field_size_limit(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("field_size_limit", "new_limit=");
    Value a[1];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int64_t old = g_field_limit;
    if (a[0]) {
        if (!is_exact_int(a[0])) return raise(exc::TypeError, "limit must be an integer");
        int64_t n;
        if (!int_fits_int64(a[0], &n))
            return raise(exc::OverflowError, "Python int too large to convert to C long");
        g_field_limit = n;
    }
    return make_int(old);
}

static const NativeMethodDef csv_functions[] = {
    {"reader", m_reader, NATIVE_KEYWORDS, nullptr},
    {"writer", m_writer, NATIVE_KEYWORDS, nullptr},
    {"register_dialect", m_register_dialect, NATIVE_KEYWORDS, nullptr},
    {"unregister_dialect", m_unregister_dialect, NATIVE_O, nullptr},
    {"get_dialect", m_get_dialect, NATIVE_O, nullptr},
    {"list_dialects", m_list_dialects, 0, nullptr},
    {"field_size_limit", m_field_size_limit, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Types and the module ----------------------------------------------------------------------

static Value no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

static void init_csv_types() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // No collection while the static types are made (their fields become
    // roots only once registered).
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    DialectType.trace = dialect_trace;
    DialectType.tp_new = dialect_new;
    init_static_type(&DialectType, "_csv.Dialect", &ObjectType, sizeof(DialectObject),
                     TYPE_BASETYPE);
    add_getsets(&DialectType, dialect_getsets);
    add_slot_wrappers(&DialectType);
    add_builtin_new_wrapper(&DialectType);

    ReaderType.trace = reader_trace;
    ReaderType.tp_new = no_new;
    ReaderType.iter = self_iter;
    ReaderType.iternext = reader_next;
    init_static_type(&ReaderType, "_csv.reader", &ObjectType, sizeof(ReaderObject), 0);
    add_getsets(&ReaderType, reader_getsets);
    add_slot_wrappers(&ReaderType);

    WriterType.trace = writer_trace;
    WriterType.tp_new = no_new;
    init_static_type(&WriterType, "_csv.writer", &ObjectType, sizeof(WriterObject), 0);
    add_methods(&WriterType, writer_methods);
    add_getsets(&WriterType, writer_getsets);
    add_slot_wrappers(&WriterType);

    g_csv_error = make_builtin_heap_type("Error", exc::Exception, "_csv");
    gc_add_root(&g_dialects);
    g_dialects = Value(make_dict());
    gc_set_enabled(was);
}

Value init_csv_module() {
    init_csv_types();
    ModuleObject* m = make_module("_csv");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, csv_functions, mod);
    Dict* d = m->dict;
    bool ok = dict_set_cstr(d, "Dialect", Value(&DialectType)) &&
              dict_set_cstr(d, "Reader", Value(&ReaderType)) &&
              dict_set_cstr(d, "Writer", Value(&WriterType)) &&
              dict_set_cstr(d, "Error", Value(g_csv_error)) &&
              dict_set_cstr(d, "__version__", make_str("1.0")) &&
              dict_set_cstr(d, "QUOTE_MINIMAL", make_int(QUOTE_MINIMAL)) &&
              dict_set_cstr(d, "QUOTE_ALL", make_int(QUOTE_ALL)) &&
              dict_set_cstr(d, "QUOTE_NONNUMERIC", make_int(QUOTE_NONNUMERIC)) &&
              dict_set_cstr(d, "QUOTE_NONE", make_int(QUOTE_NONE)) &&
              dict_set_cstr(d, "_dialects", g_dialects);
    if (!ok) return Value();
    return mod;
}

} // namespace uopy
