// The table of native modules, read by the import system at start-up.
#include "modules/modules.h"

namespace uopy {

const BuiltinModuleDef builtin_module_table[] = {
    {"math", init_math_module},
    {"time", init_time_module},
    {"gc", init_gc_module},
    {"dis", init_dis_module},
    {"_opcode", init_opcode_module},
    {"_weakref", init_weakref_module},
    {"_thread", init_thread_module},
    {"_sha512", init_sha512_module},
    {"_md5", init_md5_module},
    {"_sha1", init_sha1_module},
    {"_sha256", init_sha256_module},
    {"_sha3", init_sha3_module},
    {"_blake2", init_blake2_module},
    {"_codecs", init_codecs_module},
    {"_contextvars", init_contextvars_module},
    {"_imp", init_imp_module},
    {"_warnings", init_warnings_module},
    {"marshal", init_marshal_module},
    {"_operator", init_operator_module},
    {"itertools", init_itertools_module},
    {"_struct", init_struct_module},
    {"_string", init_string_module},
    {"_collections", init_collections_module},
    {"posix", init_posix_module},
    {"_random", init_random_module},
    {"_sre", init_sre_module},
    {"errno", init_errno_module},
    {"_stat", init_stat_module},
    {"atexit", init_atexit_module},
    {"binascii", init_binascii_module},
    {"cmath", init_cmath_module},
    {"_io", init_io_module},
    {"_ast", init_ast_module},
    {"_signal", init_signal_module},
    {"_csv", init_csv_module},
    {"_posixsubprocess", init_posixsubprocess_module},
    {"select", init_select_module},
    {"_socket", init_socket_module},
    {nullptr, nullptr},
};

} // namespace uopy
