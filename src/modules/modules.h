// The table of native modules (one file per module in src/modules/).
#pragma once

#include "objects/object.h"

namespace uopy {

struct BuiltinModuleDef {
    const char* name;
    Value (*init)();
};
extern const BuiltinModuleDef builtin_module_table[];

Value init_math_module();
Value init_time_module();
Value init_gc_module();
Value init_dis_module();
Value init_opcode_module();
Value init_weakref_module();
Value init_thread_module();
Value init_sha512_module();
Value init_md5_module();
Value init_sha1_module();
Value init_sha256_module();
Value init_sha3_module();
Value init_blake2_module();
Value init_codecs_module();
Value init_contextvars_module();
Value init_imp_module();
Value init_warnings_module();
Value init_marshal_module();
Value init_operator_module();
Value init_itertools_module();
Value init_struct_module();
Value init_string_module();
Value init_collections_module();
Value init_posix_module();
Value init_random_module();
Value init_sre_module();
Value init_errno_module();
Value init_pwd_module();
Value init_stat_module();
Value init_atexit_module();
Value init_binascii_module();
Value init_cmath_module();
Value init_io_module();
Value init_ast_module();
Value init_signal_module();
Value init_csv_module();
Value init_posixsubprocess_module();
Value init_select_module();
Value init_socket_module();
Value init_abc_module();
Value init_heapq_module();
Value init_bisect_module();
Value init_functools_module();
Value init_unicodedata_module();
Value init_zlib_module();
Value init_bz2_module();
Value init_lzma_module();
Value init_json_module();
Value init_array_module();
Value init_datetime_module();

} // namespace uopy
