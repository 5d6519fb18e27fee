// The compiler's output as plain C++ data, independent of the object model:
// the runtime turns it into CodeObjects (runtime/compile.cpp). CPython
// counterpart: the fields of PyCodeObject (Include/cpython/code.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace uopy::frontend {

struct CodeData;

struct ConstValue {
    enum class Kind {
        None,
        True,
        False,
        Ellipsis,
        Int,
        Float,
        Complex,
        Str,
        Bytes,
        Tuple,
        Frozenset,
        Code
    };
    Kind kind = Kind::None;
    std::string text; // Int: digits in [base]; Str: UTF-8; Bytes: raw
    int base = 10;
    double real = 0, imag = 0;
    std::vector<ConstValue> items;
    std::shared_ptr<CodeData> code;
};

struct CodeData {
    std::string name, qualname, filename;
    int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0, flags = 0, stacksize = 0,
        firstlineno = 1;
    std::vector<uint16_t> code; // (oparg << 8) | opcode per instruction unit; caches are 0
    std::vector<ConstValue> consts;
    std::vector<std::string> names;
    std::vector<std::string> localsplusnames;
    std::vector<uint8_t> localspluskinds;
    std::string exceptiontable;
    std::string linetable;
};

} // namespace uopy::frontend
