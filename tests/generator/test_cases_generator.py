"""Tests of tools/cases (the instruction-definition generator).

    python3 -m unittest discover -s tests/generator

Small inline definitions checked against the generated text and every
validation error; sample.def generated and, when g++ is available, compiled
inside harness.cpp.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TOOLS = os.path.join(ROOT, "tools", "cases")
sys.path.insert(0, TOOLS)

import analyzer  # noqa: E402
import generate_all  # noqa: E402
import lexer  # noqa: E402
import parser  # noqa: E402
from lexer import DefError  # noqa: E402

SAMPLE = os.path.join(HERE, "sample.def")
GENERATE_ALL = os.path.join(TOOLS, "generate_all.py")


def analyze(src: str) -> analyzer.Analysis:
    return analyzer.analyze_text(textwrap.dedent(src))


def generate(src: str) -> dict[str, str]:
    return generate_all.generate_all(analyze(src))


def case_of(src: str, name: str) -> str:
    """The TARGET block of instruction `name` in tier1_cases.inc."""
    text = generate(src)["tier1_cases.inc"]
    start = text.index(f"TARGET({name}) {{")
    end = text.index("\n}\n", start)
    return text[start:end + 3]


def block(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


class LexerTest(unittest.TestCase):
    def test_tokens_and_lines(self):
        toks = lexer.tokenize('a -- b/1 // c\n/* d\n e */ x[oparg*2] "s;" \'c\' 0x1F >>=')
        kinds = [(t.kind, t.text, t.line) for t in toks]
        self.assertEqual(kinds, [
            ("IDENT", "a", 1), ("PUNCT", "--", 1), ("IDENT", "b", 1), ("PUNCT", "/", 1),
            ("NUMBER", "1", 1), ("COMMENT", "// c", 1), ("COMMENT", "/* d\n e */", 2),
            ("IDENT", "x", 3), ("PUNCT", "[", 3), ("IDENT", "oparg", 3), ("PUNCT", "*", 3),
            ("NUMBER", "2", 3), ("PUNCT", "]", 3), ("STRING", '"s;"', 3),
            ("CHAR", "'c'", 3), ("NUMBER", "0x1F", 3), ("PUNCT", ">>=", 3)])

    def test_preprocessor_line(self):
        toks = lexer.tokenize("x;\n  #if A \\\n  && B\ny;")
        self.assertEqual([(t.kind, t.line) for t in toks],
                         [("IDENT", 1), ("PUNCT", 1), ("PREPROC", 2), ("IDENT", 4), ("PUNCT", 4)])

    def test_bad_character(self):
        with self.assertRaises(DefError) as cm:
            lexer.tokenize("a\n  @")
        self.assertEqual(str(cm.exception), "bytecodes.def:2: unexpected character '@'")


class ParserTest(unittest.TestCase):
    def test_markers(self):
        text = "junk @ here\n// BEGIN BYTECODES //\ninst(NOP, (--)) {}\n// END BYTECODES //\n@@"
        defs = parser.parse(text)
        self.assertEqual([(d.name, d.line) for d in defs.items], [("NOP", 3)])

    def test_items(self):
        defs = parser.parse(textwrap.dedent("""\
            pure tier1 op(_A, (c/1, unused/2, x, y[oparg*2] -- z)) { z = x; }
            macro(M) = _A + unused/3;
            family(M, INLINE_CACHE_ENTRIES_M) = { N, };
            pseudo(P, (a -- ), (HAS_ARG)) = { M };
            """))
        op, macro, fam, pseudo = defs.items
        self.assertEqual(op.annotations, ["pure", "tier1"])
        self.assertEqual([(i.name, i.cache_size) for i in op.effect.inputs],
                         [("c", 1), ("unused", 2), ("x", None), ("y", None)])
        self.assertEqual([t.text for t in op.effect.inputs[3].size_expr], ["oparg", "*", "2"])
        self.assertEqual([(p.name, p.skip) for p in macro.parts], [("_A", 0), ("unused", 3)])
        self.assertEqual(fam.members, [("N", 3)])
        self.assertEqual(pseudo.flags, [("HAS_ARG", 4)])
        self.assertEqual(pseudo.targets, [("M", 4)])

    def test_syntax_errors(self):
        cases = [
            ("inst(A, (a b -- c)) {}", 1, "expected '--'"),
            ("inst(A, (--))\n{", 2, "unterminated body of A"),
            ("macro(M) = _A + ;", 1, "expected a uop name"),
            ("frobnicate(X);", 1, "expected 'op', 'inst', 'macro', 'family' or 'pseudo'"),
            ("pure macro(M) = _A;", 1, "annotations are only allowed before 'op' and 'inst'"),
            ("inst(A, (x/y --)) {}", 1, "expected a cache size"),
        ]
        for src, line, msg in cases:
            with self.subTest(src=src):
                with self.assertRaises(DefError) as cm:
                    parser.parse(src)
                self.assertEqual(cm.exception.line, line)
                self.assertIn(msg, cm.exception.message)


class SizeTest(unittest.TestCase):
    def test_arithmetic_and_text(self):
        S = analyzer.Size
        self.assertEqual((S(2) + S.of("oparg")).to_c(), "2 + (oparg)")
        self.assertEqual((-(S(2) + S.of("oparg"))).to_c(), "-2 - (oparg)")
        self.assertEqual((-S.of("oparg")).to_c(), "-(oparg)")
        self.assertEqual((S.of("oparg") - S.of("oparg")).to_c(), "0")
        self.assertEqual((S.of("oparg") + S.of("oparg")).to_c(), "2*(oparg)")
        self.assertEqual(S.of("3"), S(3))
        self.assertTrue((S(1) + S.of("oparg") - S.of("oparg") - 1).is_zero())


class OpcodeIdTest(unittest.TestCase):
    SRC = """
        inst(ZED, (--)) {}
        inst(ALPHA, (--)) {}
        inst(ENTER_EXECUTOR, (--)) {}
        inst(AARDVARK_SPECIAL, (--)) { DEOPT_IF(true); }
        inst(BETA, (--)) {}
        inst(CACHE, (--)) {}
        family(BETA, INLINE_CACHE_ENTRIES_BETA) = { AARDVARK_SPECIAL };
        pseudo(PZ) = { ZED };
        pseudo(PA) = { ALPHA, ZED };
    """

    def test_order(self):
        a = analyze(self.SRC)
        self.assertEqual(a.opmap, {"CACHE": 0, "ALPHA": 1, "BETA": 2, "ZED": 3,
                                   "AARDVARK_SPECIAL": 4, "ENTER_EXECUTOR": 5,
                                   "PA": 256, "PZ": 257})
        h = generate(self.SRC)["opcode_ids.h"]
        self.assertTrue(h.startswith("// Generated by tools/cases/opcode_id_generator.py from "
                                     "src/vm/bytecodes.def. Do not edit.\n"))
        self.assertIn("enum Opcode : uint16_t {\n    CACHE = 0,\n    ALPHA = 1,\n", h)
        self.assertIn("    PA = 256,\n    PZ = 257,\n};", h)
        self.assertIn("constexpr int MAX_REAL_OPCODE = 5;", h)
        self.assertIn("constexpr int NUM_OPCODES = 258;", h)

    def test_cache_always_zero(self):
        h = generate("inst(NOP, (--)) {}")["opcode_ids.h"]
        self.assertIn("    CACHE = 0,\n    NOP = 1,\n", h)

    def test_too_many_opcodes(self):
        src = "\n".join(f"inst(OP{i:03}, (--)) {{}}" for i in range(256))
        with self.assertRaises(DefError) as cm:
            analyze(src)
        self.assertEqual(cm.exception.line, 256)
        self.assertIn("OP255 would get opcode 256", cm.exception.message)


class FlagsTest(unittest.TestCase):
    def flags(self, body: str, effect: str = "--", ann: str = "") -> list[str]:
        a = analyze(f"{ann} op(_U, ({effect})) {{ {body} }}")
        return a.uops["_U"].properties.flag_names()

    def test_each_flag(self):
        self.assertEqual(self.flags("x = oparg;"), ["HAS_ARG"])
        self.assertEqual(self.flags("", "unused[oparg] --"), ["HAS_ARG"])
        self.assertEqual(self.flags("v = CONSTANT(1);"), ["HAS_CONST"])
        self.assertEqual(self.flags("v = NAME_AT(1);"), ["HAS_NAME"])
        self.assertEqual(self.flags("v = GETLOCAL(1);"), ["HAS_LOCAL"])
        self.assertEqual(self.flags("SETLOCAL(1, v);"), ["HAS_LOCAL"])
        self.assertEqual(self.flags("JUMPBY(1);"), ["HAS_JUMP", "HAS_TIER1_ONLY"])
        self.assertEqual(self.flags("DEOPT_IF(x);"), ["HAS_DEOPT"])
        self.assertEqual(self.flags("EXIT_IF(x);"), ["HAS_EXIT"])
        self.assertEqual(self.flags("ERROR_IF(x);"), ["HAS_ERROR"])
        self.assertEqual(self.flags("ERROR_IF(x, error);"), ["HAS_ERROR"])
        self.assertEqual(self.flags("ERROR_NO_POP();"), ["HAS_ERROR"])
        self.assertEqual(self.flags("foo();"), ["HAS_ESCAPES"])
        self.assertEqual(self.flags("", ann="pure"), ["HAS_PURE"])
        self.assertEqual(self.flags("", ann="tier1"), ["HAS_TIER1_ONLY"])
        self.assertEqual(self.flags("", ann="specializing"), ["HAS_TIER1_ONLY"])
        self.assertEqual(self.flags("x = this_instr;"), ["HAS_TIER1_ONLY"])
        self.assertEqual(self.flags("next_instr = x;"), ["HAS_TIER1_ONLY"])
        self.assertEqual(self.flags("DISPATCH();"), ["HAS_TIER1_ONLY"])
        self.assertEqual(self.flags("goto somewhere;"), ["HAS_TIER1_ONLY"])
        self.assertEqual(self.flags("x = frame->y;"), [])

    def test_escape_allow_list(self):
        quiet = [
            "x = static_cast<int64_t>(y);", "assert(foo(y));", "n = sizeof(x);",
            "v = Value();", "b = IS_INT(v); p = PTR_TUPLE(v); w = VAL_TAG(v);",
            "b = v.is_int() && v.is_ptr(); i = v.as_int(); o = v.as_ptr(); r = v.raw();",
            "v = Value::small_int(1); b = Value::fits_small(2);",
            "if (x) { y = (int)z; } while (a) {} for (;;) {} switch (q) {}",
            "return int64_t(x) + uint16_t(y);",
            "u = read_u16(&this_instr[1].cache);",
            "v = Bool(x == None()) ? True() : False(); t = type_of(v);",
        ]
        for body in quiet:
            with self.subTest(body=body):
                self.assertNotIn("HAS_ESCAPES", self.flags(body))
        loud = {
            "x = foo(y);": ["foo"],
            "x = v.foo();": [".foo"],
            "x = p->call(v);": ["->call"],
            "x = ns::f(v);": ["ns::f"],
            "x = make<int>(v);": ["make"],
            "x = Value::make(v);": ["Value::make"],
            "DECREF(v);": ["DECREF"],
        }
        for body, calls in loud.items():
            with self.subTest(body=body):
                a = analyze(f"op(_U, (--)) {{ {body} }}")
                props = a.uops["_U"].properties
                self.assertTrue(props.escapes)
                self.assertEqual(props.escaping_calls, calls)

    def test_preprocessor_and_comments_ignored(self):
        self.assertEqual(self.flags("// foo(); oparg\n#if defined(X)\n#endif\n/* bar() */"), [])

    def test_instruction_flags_combine(self):
        a = analyze("""
            pure op(_A, (--)) { x = oparg; }
            pure op(_B, (--)) { foo(); }
            op(_C, (--)) { }
            macro(AB) = _A + _B;
            macro(AC) = _A + _C;
        """)
        self.assertEqual(a.instructions["AB"].properties.flag_names(),
                         ["HAS_ARG", "HAS_ESCAPES", "HAS_PURE"])
        self.assertEqual(a.instructions["AC"].properties.flag_names(), ["HAS_ARG"])


class Tier1Test(unittest.TestCase):
    def test_simple_inst(self):
        src = """
            inst(LOAD_FAST, (-- value)) {
                value = GETLOCAL(oparg);
            }
        """
        # Nothing in LOAD_FAST can fail, escape or deopt: it does not record
        # its position (frame->instr_ptr), the next instruction that can will.
        self.assertEqual(case_of(src, "LOAD_FAST"), block("""
            TARGET(LOAD_FAST) {
                next_instr += 1;
                {
                    Value value;
                    value = GETLOCAL(oparg);
                    stack_pointer[0] = value;
                    stack_pointer += 1;
                }
                DISPATCH();
            }
        """))

    def test_position_recorded_when_needed(self):
        # An instruction that may raise (or escape, or deopt) records where it
        # is before its body: the error path and tracebacks read it.
        src = """
            inst(LOAD_FAST_CHECK, (-- value)) {
                value = GETLOCAL(oparg);
                ERROR_IF(value.is_null());
            }
            inst(CALL_IT, (f -- res)) {
                res = call_it(f);
            }
        """
        for name in ("LOAD_FAST_CHECK", "CALL_IT"):
            self.assertIn("frame->instr_ptr = next_instr;\n", case_of(src, name))

    def test_family_macro(self):
        src = """
            family(BINARY_OP, INLINE_CACHE_ENTRIES_BINARY_OP) = { BINARY_OP_ADD_INT };
            specializing op(_SPECIALIZE_BINARY_OP, (counter/1, lhs, rhs -- lhs, rhs)) {
                maybe_specialize(counter, this_instr);
            }
            op(_BINARY_OP, (lhs, rhs -- res)) {
                res = binary_op(lhs, rhs, oparg);
                ERROR_IF(!res, error);
            }
            macro(BINARY_OP) = _SPECIALIZE_BINARY_OP + unused/4 + _BINARY_OP;
            op(_GUARD_BOTH_INT, (left, right -- left, right)) {
                EXIT_IF(!left.is_int());
                EXIT_IF(!right.is_int());
            }
            op(_BINARY_OP_ADD_INT, (left, right -- res)) {
                int64_t r = left.as_int() + right.as_int();
                DEOPT_IF(!Value::fits_small(r));
                res = Value::small_int(r);
            }
            macro(BINARY_OP_ADD_INT) = _GUARD_BOTH_INT + unused/5 + _BINARY_OP_ADD_INT;
        """
        self.assertEqual(case_of(src, "BINARY_OP"), block("""
            TARGET(BINARY_OP) {
                frame->instr_ptr = next_instr;
                next_instr += 6;
                PREDICTED_BINARY_OP:;
                CodeUnit* const this_instr = next_instr - 6;
                // _SPECIALIZE_BINARY_OP
                {
                    uint16_t counter = read_u16(&this_instr[1].cache);
                    maybe_specialize(counter, this_instr);
                }
                /* Skip 4 cache entries */
                // _BINARY_OP
                {
                    Value lhs = stack_pointer[-2];
                    Value rhs = stack_pointer[-1];
                    Value res;
                    res = binary_op(lhs, rhs, oparg);
                    if (!res) { GOTO_ERROR(); }
                    stack_pointer[-2] = res;
                    stack_pointer += -1;
                }
                DISPATCH();
            }
        """))
        self.assertEqual(case_of(src, "BINARY_OP_ADD_INT"), block("""
            TARGET(BINARY_OP_ADD_INT) {
                frame->instr_ptr = next_instr;
                next_instr += 6;
                // _GUARD_BOTH_INT
                {
                    Value left = stack_pointer[-2];
                    Value right = stack_pointer[-1];
                    if (!left.is_int()) { UPDATE_MISS_STATS(BINARY_OP_ADD_INT); JUMP_TO_PREDICTED(BINARY_OP); }
                    if (!right.is_int()) { UPDATE_MISS_STATS(BINARY_OP_ADD_INT); JUMP_TO_PREDICTED(BINARY_OP); }
                }
                /* Skip 5 cache entries */
                // _BINARY_OP_ADD_INT
                {
                    Value left = stack_pointer[-2];
                    Value right = stack_pointer[-1];
                    Value res;
                    int64_t r = left.as_int() + right.as_int();
                    if (!Value::fits_small(r)) { UPDATE_MISS_STATS(BINARY_OP_ADD_INT); JUMP_TO_PREDICTED(BINARY_OP); }
                    res = Value::small_int(r);
                    stack_pointer[-2] = res;
                    stack_pointer += -1;
                }
                DISPATCH();
            }
        """))

    def test_arrays(self):
        src = """
            inst(CALL, (callable, self_or_null, args[oparg] -- res)) {
                res = call(callable, self_or_null, args, oparg);
            }
            inst(UNPACK, (seq -- values[oparg])) {
                unpack(seq, values, oparg);
            }
            inst(BUILD, (pairs[oparg*2] -- map)) {
                map = build(pairs);
            }
            inst(DUP_UNDER, (unused[oparg], top -- top, unused[oparg], top2)) {  // odd, but valid
                top2 = top;
            }
        """
        call = case_of(src, "CALL")
        self.assertIn("Value callable = stack_pointer[-2 - (oparg)];\n", call)
        self.assertIn("Value self_or_null = stack_pointer[-1 - (oparg)];\n", call)
        self.assertIn("Value* args = &stack_pointer[-(oparg)];\n", call)
        self.assertIn("stack_pointer[-2 - (oparg)] = res;\n", call)
        self.assertIn("stack_pointer += -1 - (oparg);\n", call)
        unpack = case_of(src, "UNPACK")
        self.assertIn("Value seq = stack_pointer[-1];\n", unpack)
        self.assertIn("Value* values = &stack_pointer[-1];\n", unpack)
        self.assertIn("stack_pointer += -1 + (oparg);\n", unpack)
        self.assertNotIn("= values;", unpack)
        build = case_of(src, "BUILD")
        self.assertIn("Value* pairs = &stack_pointer[-(oparg * 2)];\n", build)
        self.assertIn("stack_pointer[-(oparg * 2)] = map;\n", build)
        dup = case_of(src, "DUP_UNDER")
        self.assertIn("Value top = stack_pointer[-1];\n", dup)
        self.assertIn("stack_pointer[-1 - (oparg)] = top;\n", dup)
        self.assertIn("stack_pointer[0] = top2;\n", dup)
        self.assertIn("stack_pointer += 1;\n", dup)
        self.assertNotIn("unused", dup)

    def test_cache_reads_accumulate(self):
        src = """
            family(LOAD_ATTR, INLINE_CACHE_ENTRIES_LOAD_ATTR) = { LOAD_ATTR_SLOT };
            inst(LOAD_ATTR, (unused/9, owner -- attr)) { attr = load_attr(owner); }
            op(_GUARD_TYPE, (type_version/2, owner -- owner)) {
                DEOPT_IF(type_of(owner) != type_version);
            }
            op(_LOAD_SLOT, (unused/1, index/1, owner -- attr)) { attr = slot(owner, index); }
            op(_CHECK_PTR, (ptr/4 --)) { DEOPT_IF(ptr == 0); }
            macro(LOAD_ATTR_SLOT) = unused/1 + _GUARD_TYPE + _LOAD_SLOT + _CHECK_PTR;
        """
        text = case_of(src, "LOAD_ATTR_SLOT")
        self.assertIn("next_instr += 10;\n", text)
        self.assertIn("CodeUnit* const this_instr = next_instr - 10;\n", text)
        self.assertIn("uint32_t type_version = read_u32(&this_instr[2].cache);\n", text)
        self.assertIn("uint16_t index = read_u16(&this_instr[5].cache);\n", text)
        self.assertIn("uint64_t ptr = read_u64(&this_instr[6].cache);\n", text)
        self.assertNotIn("PREDICTED_LOAD_ATTR:", text)
        head = case_of(src, "LOAD_ATTR")
        self.assertIn("    next_instr += 10;\n    PREDICTED_LOAD_ATTR:;\n    {\n", head)
        self.assertNotIn("this_instr", head)
        a = analyze(src)
        exp = [(u.name, size, off) for u, size, off in a.instructions["LOAD_ATTR_SLOT"].expansion()]
        self.assertEqual(exp, [("_GUARD_TYPE", 2, 1), ("_LOAD_SLOT", 1, 4), ("_CHECK_PTR", 4, 5)])

    def test_unused_cache_and_input_not_declared(self):
        src = """
            inst(X, (counter/1, a, b -- c)) { c = b; }
        """
        text = case_of(src, "X")
        self.assertNotIn("counter", text)
        self.assertNotIn("this_instr", text)
        self.assertNotIn("Value a", text)
        self.assertIn("Value b = stack_pointer[-1];\n", text)

    def test_assert_only_use_is_maybe_unused(self):
        text = case_of("inst(X, (counter/1, a --)) { assert(a.is_int() && counter); }", "X")
        self.assertIn("[[maybe_unused]] Value a = stack_pointer[-1];\n", text)
        self.assertIn("[[maybe_unused]] uint16_t counter = read_u16(&this_instr[1].cache);\n",
                      text)
        self.assertIn("    CodeUnit* const this_instr = next_instr - 2;\n", text)
        text = case_of("inst(X, (a --)) { assert(a.is_int()); f(a); }", "X")
        self.assertIn("    Value a = stack_pointer[-1];\n", text)

    def test_passthrough_and_moves(self):
        src = """
            inst(KEEP, (a, b -- a, b)) { g(a, b); }
            inst(SWAP, (a, b -- b, a)) { }
            inst(SHIFT, (a, b -- b)) { }
        """
        keep = case_of(src, "KEEP")
        self.assertNotIn("stack_pointer[-2] =", keep)
        self.assertNotIn("stack_pointer +=", keep)
        swap = case_of(src, "SWAP")
        self.assertIn("Value a = stack_pointer[-2];\n", swap)
        self.assertIn("Value b = stack_pointer[-1];\n", swap)
        self.assertIn("stack_pointer[-2] = b;\n        stack_pointer[-1] = a;\n", swap)
        shift = case_of(src, "SHIFT")
        self.assertIn("Value b = stack_pointer[-1];\n", shift)
        self.assertIn("stack_pointer[-2] = b;\n        stack_pointer += -1;\n", shift)
        self.assertNotIn("Value a", shift)

    def test_sync_sp(self):
        src = """
            inst(CALL_IT, (callable, args[oparg] --)) {
                SYNC_SP();
                ERROR_IF(!call(callable, args));
            }
        """
        text = case_of(src, "CALL_IT")
        self.assertIn(
            "    {\n"
            "        Value callable = stack_pointer[-1 - (oparg)];\n"
            "        Value* args = &stack_pointer[-(oparg)];\n"
            "        stack_pointer += -1 - (oparg);\n"
            "        if (!call(callable, args)) { GOTO_ERROR(); }\n"
            "    }\n"
            "    DISPATCH();\n", text)

    def test_error_no_pop_and_multiline(self):
        src = """
            family(F, INLINE_CACHE_ENTRIES_F) = { G };
            inst(F, (--)) { }
            inst(G, (x -- x)) {
                DEOPT_IF(x.is_int() &&
                         x.as_int() > 3);  // trailing comment
                if (h(x)) {
                    ERROR_NO_POP();
                }
            #ifdef SOMETHING
                extra();
            #endif
            }
        """
        text = case_of(src, "G")
        self.assertIn(
            "    {\n"
            "        Value x = stack_pointer[-1];\n"
            "        if (x.is_int() &&\n"
            "                 x.as_int() > 3) { UPDATE_MISS_STATS(G); JUMP_TO_PREDICTED(F); }  // trailing comment\n"
            "        if (h(x)) {\n"
            "            GOTO_ERROR();\n"
            "        }\n"
            "#ifdef SOMETHING\n"
            "        extra();\n"
            "#endif\n"
            "    }\n", text)

    def test_array_sizes_compare_by_canonical_text(self):
        src = """
            inst(LIST_APPEND, (list, unused[oparg-1], v -- list, unused[oparg - 1])) {
                append(list, v);
            }
        """
        text = case_of(src, "LIST_APPEND")
        self.assertIn("Value list = stack_pointer[-2 - (oparg - 1)];\n", text)
        self.assertNotIn("stack_pointer[-2 - (oparg - 1)] = list;", text)
        self.assertIn("stack_pointer += -1;\n", text)

    def test_adjacent_skips_share_a_comment(self):
        src = """
            op(_A, (--)) { }
            macro(M) = unused/1 + unused/2 + _A + unused/1;
        """
        text = case_of(src, "M")
        self.assertIn("    /* Skip 3 cache entries */\n    // _A\n", text)
        self.assertIn("    }\n    /* Skip 1 cache entry */\n    DISPATCH();\n", text)
        self.assertIn("next_instr += 5;", text)

    def test_one_line_body(self):
        text = case_of("inst(X, (a -- b)) { b = a; }", "X")
        self.assertIn("        Value b;\n        b = a;\n        stack_pointer[-1] = b;\n", text)

    def test_targets(self):
        t = generate("inst(B, (--)) {}\ninst(A, (--)) {}")["tier1_targets.inc"]
        self.assertIn("static void* const opcode_targets[256] = {\n"
                      "    &&_unknown_opcode, // 0\n    &&TARGET_A,\n    &&TARGET_B,\n", t)
        self.assertEqual(t.count("&&"), 2 * 256)
        self.assertTrue(t.endswith(" // 255\n};\n"))

    def test_counting_targets(self):
        # With -X specialization-stats, a specialized instruction is entered
        # through its COUNT_ label; the family head is not counted.
        src = """
            family(B, 1) = { B_X };
            inst(B, (unused/1 --)) {}
            inst(B_X, (unused/1 --)) {}
        """
        out = generate(src)
        t = out["tier1_targets.inc"]
        counting = t[t.index("opcode_counting_targets"):]
        self.assertIn("&&TARGET_B,", counting)
        self.assertIn("&&COUNT_B_X,", counting)
        cases = out["tier1_cases.inc"]
        self.assertIn("COUNTING_TARGET(B_X)\n", cases)
        self.assertNotIn("COUNTING_TARGET(B)\n", cases)


class MetadataTest(unittest.TestCase):
    SRC = """
        family(CALL, INLINE_CACHE_ENTRIES_CALL) = { CALL_FAST };
        inst(CALL, (unused/2, callable, self_or_null, args[oparg] -- res)) { res = f(args); }
        op(_CHECK, (version/1, callable, unused, unused[oparg] -- callable, unused, unused[oparg])) {
            DEOPT_IF(callable.raw() != version);
        }
        op(_INIT, (callable, self_or_null, args[oparg] -- frame_v)) { frame_v = g(args); }
        op(_PUSH, (frame_v --)) { SYNC_SP(); push(frame_v); }
        macro(CALL_FAST) = _CHECK + unused/1 + _INIT + _PUSH;
        inst(NOP, (--)) { }
        pseudo(JUMPISH, (--), (HAS_JUMP_FLAG)) = { NOP };
        pseudo(NOPISH) = { NOP, CALL };
    """

    def test_tables(self):
        h = generate(self.SRC)["opcode_metadata.h"]
        self.assertIn("#define INLINE_CACHE_ENTRIES_CALL 2\n", h)
        self.assertIn('    "CALL", // 1\n    "NOP", // 2\n    "CALL_FAST", // 3\n', h)
        self.assertIn('    "JUMPISH", // 256\n    "NOPISH", // 257\n};', h)
        self.assertIn("opcode_cache_size[256] = {\n    0, // 0\n    2, // CALL\n"
                      "    0, // 2\n    2, // CALL_FAST\n};", h)
        self.assertIn("    CALL, // CALL_FAST\n", h)
        self.assertIn("    NOP, // NOP\n", h)
        self.assertIn("    4, 5, 6, 7, 8, 9, 10, 11, // 4-11\n", h)
        self.assertIn("    HAS_ARG_FLAG | HAS_DEOPT_FLAG | HAS_ESCAPES_FLAG, // CALL_FAST\n", h)
        self.assertIn("case CALL_FAST: return 2 + (oparg);", h)
        self.assertIn("inline constexpr uint32_t HAS_ARG_FLAG", h)
        self.assertIn("{1, HAS_JUMP_FLAG, {NOP}}, // JUMPISH", h)
        self.assertIn("{2, HAS_ARG_FLAG | HAS_ESCAPES_FLAG, {NOP, CALL}}, // NOPISH", h)

    def test_popped_pushed(self):
        a = analyze(self.SRC)
        fast = a.instructions["CALL_FAST"]
        self.assertEqual((fast.num_popped.to_c(), fast.num_pushed.to_c()), ("2 + (oparg)", "0"))
        h = generate(self.SRC)["opcode_metadata.h"]
        popped = h[h.index("opcode_num_popped"):h.index("opcode_num_pushed")]
        # Targets disagree (0 vs 2 + oparg) and no effect is given: unknown.
        self.assertNotIn("case NOPISH", popped)
        self.assertIn("case JUMPISH: return 0;", popped)

    def test_macro_stack_matching(self):
        a = analyze("""
            op(_A, (x, y -- z)) { }
            op(_B, (p, q -- r, s, t)) { }
            op(_C, (u, v, w, k -- )) { }
            macro(M) = _A + _B + _C;
        """)
        m = a.instructions["M"]
        self.assertEqual((m.num_popped.to_c(), m.num_pushed.to_c()), ("4", "0"))

    def test_family_size_constant(self):
        h = generate("""
            family(A, 3) = { B };
            family(C, MY_SIZE) = { D };
            inst(A, (unused/3 --)) { }
            inst(B, (unused/3 --)) { DEOPT_IF(1); }
            inst(C, (unused/1 --)) { }
            inst(D, (unused/1 --)) { DEOPT_IF(1); }
        """)["opcode_metadata.h"]
        self.assertIn("#define INLINE_CACHE_ENTRIES_A 3\n", h)
        self.assertIn("#define INLINE_CACHE_ENTRIES_C 1\n#define MY_SIZE 1\n", h)


class UopTest(unittest.TestCase):
    SRC = """
        inst(LOAD_FAST, (-- v)) { v = GETLOCAL(oparg); }
        op(_GUARD, (version/2, x -- x)) { EXIT_IF(x.raw() != version); }
        op(_ACT, (x -- y)) { y = x; }
        macro(ACT_GUARDED) = unused/1 + _GUARD + _ACT;
        family(ACT_GUARDED, INLINE_CACHE_ENTRIES_ACT_GUARDED) = { };
        inst(JUMP_BACKWARD, (--)) { JUMPBY(-oparg); }
        tier1 inst(T1, (--)) { }
        op(_TWO, (a/1, b/1 --)) { }
        macro(TWO_CACHES) = _TWO;
        op(_USES_THIS, (--)) { f(this_instr); }
        macro(USES_THIS) = _ACT + _USES_THIS;
        tier2 op(_EXIT_TRACE, (--)) { }
    """

    def test_ids(self):
        a = analyze(self.SRC)
        self.assertEqual(list(a.uop_ids), ["_ACT", "_EXIT_TRACE", "_GUARD", "_JUMP_BACKWARD",
                                           "_LOAD_FAST", "_T1", "_TWO", "_USES_THIS"])
        h = generate(self.SRC)["uop_ids.h"]
        self.assertIn("enum UopId : uint16_t {\n    _ACT = 1,\n", h)
        self.assertIn("constexpr int MAX_UOP_ID = 8;", h)

    def test_metadata(self):
        h = generate(self.SRC)["uop_metadata.h"]
        self.assertIn('    nullptr, // 0\n    "_ACT",\n', h)
        self.assertIn("    HAS_EXIT_FLAG, // _GUARD\n", h)
        self.assertIn("case _LOAD_FAST: return 0;", h)
        self.assertIn("{2, {{_GUARD, 2, 1}, {_ACT, 0, 0}}}, // ACT_GUARDED\n", h)
        self.assertIn("{1, {{_LOAD_FAST, 0, 0}}}, // LOAD_FAST\n", h)
        self.assertIn("{}, // JUMP_BACKWARD: not viable: has tier 1 control flow (JUMPBY)\n", h)
        self.assertIn("{}, // T1: not viable: is annotated tier1\n", h)
        self.assertIn("{}, // TWO_CACHES: not viable: _TWO has more than one cache entry", h)
        self.assertIn("{}, // USES_THIS: not viable: _USES_THIS uses this_instr\n", h)
        self.assertIn("inline constexpr int MAX_EXPANSION_LENGTH = 2;", h)


class ValidationTest(unittest.TestCase):
    CASES = [
        # (source, line, message fragment)
        ("op(_A, (--)) {}\nmacro(M) = _A + _NOPE;", 2, "macro M: unknown uop _NOPE"),
        ("op(_A, (--)) {}\nop(_A, (--)) {}", 2, "uop _A is already defined at line 1"),
        ("inst(A, (--)) {}\ninst(A, (--)) {}", 2, "instruction A is already defined at line 1"),
        ("op(_A, (--)) {}\ninst(A, (--)) {}", 2, "uop _A (the uop of inst A) is already defined"),
        ("op(_A, (--)) {}\ninst(A2, (--)) {}\nmacro(A2) = _A;", 3, "instruction A2 is already"),
        ("inst(A, (--)) {}\npseudo(A) = { A };", 2, "instruction A is already defined"),
        ("inst(A, (--)) {\n  DEOPT_IF(x);\n}", 2, "A: DEOPT_IF in _A, but A is in no family"),
        ("op(_A, (--)) { EXIT_IF(x); }\n\nmacro(M) = _A;", 3, "M: EXIT_IF in _A, but M is in no"),
        ("inst(H, (unused/2 --)) {}\ninst(S, (unused/1 --)) { DEOPT_IF(x); }\n"
         "family(H, INLINE_CACHE_ENTRIES_H) = {\n  S };", 4,
         "family H: S has 1 cache units, but H has 2"),
        ("inst(H, (unused/2 --)) {}\nfamily(H, 3) = { };", 2, "cache size 3 given, but H has 2"),
        ("inst(H, (--)) {}\nfamily(H, X) = { NOPE };", 2, "family H: unknown instruction NOPE"),
        ("family(NOPE, X) = { };", 1, "family NOPE: unknown instruction NOPE"),
        ("inst(H, (--)) {}\ninst(S, (--)) {}\nfamily(H, X) = { S };\nfamily(S, Y) = { };", 4,
         "S already belongs to family H"),
        ("inst(H, (--)) {}\ninst(S, (--)) {}\nfamily(H, X) = { S, S };", 3, "S is listed twice"),
        ("op(_PUSH, (-- x)) {}\nop(_G, (--)) { DEOPT_IF(1); }\ninst(H, (--)) {}\n"
         "macro(S) = _PUSH + _G;\nfamily(H, X) = { S };", 4,
         "S: DEOPT_IF in _G after the stack changed by 1"),
        ("op(_POP, (unused[oparg] --)) {}\nop(_G, (--)) { EXIT_IF(1); }\ninst(H, (--)) {}\n"
         "macro(S) = _POP + _G;\nfamily(H, X) = { S };", 4,
         "S: EXIT_IF in _G after the stack changed by -(oparg)"),
        ("inst(A, (x, y, x -- z)) {}", 1, "A: stack item x is named twice"),
        ("inst(A, (x -- y, y)) {}", 1, "A: stack item y is named twice"),
        ("inst(A, (c/1, c --)) {}", 1, "A: stack item c is named twice"),
        ("inst(A, (x[oparg], y -- y, x[oparg])) {}", 1, "array x must stay at the same position"),
        ("inst(A, (x -- x[oparg])) {}", 1, "array x must stay"),
        ("inst(A, (x -- y)) {\n  SYNC_SP();\n}", 2, "SYNC_SP is only allowed in uops without"),
        ("inst(H, (--)) {}\nfamily(H, X) = { S };\ninst(S, (x --)) {\n  SYNC_SP();\n"
         "  DEOPT_IF(x);\n}", 5, "_S: DEOPT_IF after SYNC_SP"),
        ("inst(A, (-- x/1)) {}", 1, "cache entry x/1 is only allowed among the inputs"),
        ("inst(A, (x, c/1 --)) {}", 1, "cache entry c/1 must come before the stack inputs"),
        ("inst(A, (c/3 --)) {}", 1, "cache entry c has size 3"),
        ("op(A, (--)) {}", 1, "uop names start with '_'"),
        ("inst(_A, (--)) {}", 1, "instruction names do not start with '_'"),
        ("tier2 inst(A, (--)) {}", 1, "'tier2' is only for op"),
        ("tier2 op(_A, (--)) {}\nmacro(M) = _A;", 2, "uop _A is tier2-only"),
        ("macro(M) = unused/1;", 1, "macro M has no uops"),
        ("inst(A, (--)) {}\npseudo(P) = { B };", 2, "pseudo P: unknown target instruction B"),
        ("inst(A, (--)) {}\npseudo(P, (--), (HAS_FUN)) = { A };", 2, "unknown flag HAS_FUN"),
        ("inst(A, (--)) {\n\n  DEOPT_IF(x, y);\n}", 3, "DEOPT_IF takes 1 argument, got 2"),
        ("inst(A, (--)) { ERROR_IF(); }", 1, "ERROR_IF takes 1 or 2 arguments, got 0"),
        ("inst(A, (--)) { ERROR_NO_POP(x); }", 1, "ERROR_NO_POP takes 0 arguments, got 1"),
        ("inst(A, (--)) { ERROR_IF(x) }", 1, "ERROR_IF(...) must be followed by ';'"),
        ("op(_A, (x, y -- z)) {}\nop(_B, (a[oparg] --)) {}\nmacro(M) = _A + _B;", 3,
         "M: _B input a[oparg] does not match"),
    ]

    def test_errors(self):
        for src, line, msg in self.CASES:
            with self.subTest(src=src):
                with self.assertRaises(DefError) as cm:
                    analyze(src)
                self.assertEqual(cm.exception.line, line, str(cm.exception))
                self.assertIn(msg, cm.exception.message)

    def test_deopt_allowed_after_balanced_uops(self):
        analyze("""
            op(_ARR, (unused[oparg] -- unused[oparg])) {}
            op(_G, (--)) { DEOPT_IF(1); }
            inst(H, (--)) {}
            macro(S) = _ARR + _G;
            family(H, X) = { S };
        """)


class CommandLineTest(unittest.TestCase):
    def run_tool(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, GENERATE_ALL, *args],
                              capture_output=True, text=True)

    def test_generate_and_check(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "generated")
            r = self.run_tool("--defs", SAMPLE, "--out", out)
            self.assertEqual((r.returncode, r.stdout, r.stderr), (0, "", ""))
            self.assertEqual(sorted(os.listdir(out)), sorted([
                "opcode_ids.h", "opcode_metadata.h", "tier1_cases.inc", "tier1_targets.inc",
                "tier2_cases.inc", "tier2_targets.inc", "uop_ids.h", "uop_metadata.h"]))
            for name in os.listdir(out):
                with open(os.path.join(out, name)) as f:
                    first = f.readline()
                self.assertRegex(first, r"^// Generated by tools/cases/\w+\.py from "
                                        r"tests/generator/sample\.def\. Do not edit\.\n$")
            r = self.run_tool("--defs", SAMPLE, "--out", out, "--check")
            self.assertEqual((r.returncode, r.stdout, r.stderr), (0, "", ""))
            with open(os.path.join(out, "uop_ids.h"), "a") as f:
                f.write("// local edit\n")
            os.remove(os.path.join(out, "tier1_targets.inc"))
            r = self.run_tool("--defs", SAMPLE, "--out", out, "--check")
            self.assertEqual(r.returncode, 1)
            self.assertIn("uop_ids.h: differs (1 lines changed)", r.stderr)
            self.assertIn("-// local edit", r.stderr)
            self.assertIn("tier1_targets.inc: missing", r.stderr)
            self.assertNotIn("opcode_ids.h", r.stderr)

    def test_definition_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            defs = os.path.join(tmp, "bytecodes.def")
            with open(defs, "w") as f:
                f.write("// BEGIN BYTECODES //\n\nmacro(M) = _NOPE;\n// END BYTECODES //\n")
            r = self.run_tool("--defs", defs, "--out", os.path.join(tmp, "out"))
            self.assertEqual(r.returncode, 1)
            self.assertEqual(r.stderr, "bytecodes.def:3: macro M: unknown uop _NOPE\n")
            self.assertFalse(os.path.exists(os.path.join(tmp, "out")))


class RealDefinitionsTest(unittest.TestCase):
    DEFS = os.path.join(ROOT, "src", "vm", "bytecodes.def")

    @unittest.skipUnless(os.path.exists(DEFS), "no src/vm/bytecodes.def yet")
    def test_analyzes_and_generates(self):
        outputs = generate_all.generate_all(analyzer.analyze_file(self.DEFS))
        self.assertIn("tier1_cases.inc", outputs)


class SampleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.analysis = analyzer.analyze_file(SAMPLE)
        cls.outputs = generate_all.generate_all(cls.analysis)

    def test_every_instruction_has_a_case(self):
        cases = self.outputs["tier1_cases.inc"]
        for name in self.analysis.instructions:
            self.assertIn(f"TARGET({name}) {{", cases)
        self.assertNotIn("_EXIT_TRACE", cases)
        self.assertNotIn("not_a_definition", cases)

    def test_deterministic(self):
        again = generate_all.generate_all(analyzer.analyze_file(SAMPLE))
        self.assertEqual(again, self.outputs)

    @unittest.skipUnless(shutil.which("g++"), "g++ not available")
    def test_compiles(self):
        from generators_common import write_outputs
        with tempfile.TemporaryDirectory() as tmp:
            write_outputs(self.outputs, tmp)
            for extra in ([], ["-DNDEBUG"]):
                with self.subTest(flags=extra):
                    r = subprocess.run(
                        ["g++", "-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
                         *extra, "-I", tmp, os.path.join(HERE, "harness.cpp")],
                        capture_output=True, text=True)
                    self.assertEqual(r.returncode, 0, r.stderr)


if __name__ == "__main__":
    unittest.main()
