// Struct sequences are heap subclasses of tuple created in C++; each field
// is a getset reading one item, and the type keeps its field names for repr.
#include "objects/structseq.h"

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace uopy {

namespace {

constexpr size_t kMaxFields = 24;

template <size_t I> Value field_get(Value self) {
    return I < tuple_size(self) ? tuple_get(self, I) : None();
}

template <size_t... I> constexpr auto make_getters(std::index_sequence<I...>) {
    return std::array<Value (*)(Value), sizeof...(I)>{field_get<I>...};
}
constexpr auto kGetters = make_getters(std::make_index_sequence<kMaxFields>{});

struct StructSeqInfo {
    std::string qualified; // "sys.version_info"
    std::vector<std::string> fields;
    std::vector<GetSetDef> getsets;
};

std::vector<std::pair<Type*, StructSeqInfo*>>& registry() {
    static auto* r = new std::vector<std::pair<Type*, StructSeqInfo*>>();
    return *r;
}

StructSeqInfo* info_of(Type* t) {
    for (auto& [type, info] : registry())
        if (type == t) return info;
    return nullptr;
}

Value structseq_repr(Value self) {
    StructSeqInfo* info = info_of(type_of(self));
    if (!info) return raise(exc::TypeError, "not a struct sequence");
    std::string out = info->qualified + "(";
    for (size_t i = 0; i < info->fields.size() && i < tuple_size(self); i++) {
        if (i) out += ", ";
        Value r = repr(tuple_get(self, i));
        if (!r) return r;
        out += info->fields[i] + "=" + std::string(str_view(r));
    }
    return make_str(out + ")");
}

} // namespace

Type* make_struct_seq_type(const char* module, const char* name,
                           std::initializer_list<const char*> fields) {
    Type* t = make_builtin_heap_type(name, &TupleType, module);
    auto* info = new StructSeqInfo();
    // A type of no module (tp_name without a dot in CPython) shows its bare name.
    info->qualified =
        std::string(module) == "builtins" ? std::string(name) : std::string(module) + "." + name;
    size_t i = 0;
    for (const char* f : fields) {
        if (i >= kMaxFields) break;
        info->fields.push_back(f);
        info->getsets.push_back(GetSetDef{f, kGetters[i], nullptr, nullptr});
        i++;
    }
    info->getsets.push_back(GetSetDef{nullptr, nullptr, nullptr, nullptr});
    add_getsets(t, info->getsets.data());
    t->repr = structseq_repr;
    dict_set_cstr(t->dict, "n_fields", make_int(static_cast<int64_t>(i)));
    dict_set_cstr(t->dict, "n_sequence_fields", make_int(static_cast<int64_t>(i)));
    registry().push_back({t, info});
    return t;
}

Value make_struct_seq(Type* type, std::initializer_list<Value> values) {
    std::vector<Value> items(values);
    return make_tuple_subclass(type, items.data(), items.size());
}

} // namespace uopy
