"""Analyzer for the instruction-definition DSL (src/vm/bytecodes.def).

Third stage of the cases generator: turns parsed definitions into plain
dataclasses (StackEffect, CacheEntry, Uop, Instruction, Family, Pseudo,
Analysis), derives every flag by scanning body tokens (never kept by hand),
validates the definitions, and assigns opcode and uop ids. Every generator
script reads only an Analysis. CPython counterpart:
Tools/cases_generator/analyzer.py.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import lexer
import parser
from lexer import DefError, Token

# -- Escape analysis allow-list -------------------------------------------
#
# A body "escapes" (HAS_ESCAPES) when it calls anything that is not known to
# be harmless: an escaping call may run arbitrary code (Python code, the GC,
# a __del__), so tier 2 must assume memory and types changed across it.
# Add a name here only if it can neither allocate nor run Python code.

NON_ESCAPING_CALLS = frozenset({
    # The DSL's own macros.
    "DEOPT_IF", "EXIT_IF", "ERROR_IF", "ERROR_NO_POP", "SYNC_SP",
    "GETLOCAL", "SETLOCAL", "CONSTANT", "NAME_AT", "JUMPBY",
    "JUMP_TO_PREDICTED", "DISPATCH", "DISPATCH_SAME_OPARG",
    # C++ operators and checks.
    "static_cast", "reinterpret_cast", "const_cast", "sizeof", "alignof",
    "assert", "static_assert",
    # Value construction and raw word access (src/objects/value.h).
    "Value", "Value::small_int", "Value::fits_small", "Value::from_raw",
    # Immortal singletons and a value's type (src/objects/object.h).
    "None", "True", "False", "Bool", "type_of",
    # Cache reads provided by ceval.
    "read_u16", "read_u32", "read_u64",
    # Arithmetic helpers that cannot allocate.
    "std::min", "std::max", "std::abs",
    # Container and number accessors, exact-type arithmetic and comparisons,
    # and allocation: none runs Python code (uopy's collector runs no
    # __del__ during an allocation) or changes a type or a dict.
    "tuple_size", "tuple_get", "list_size", "list_get", "list_append", "float_value",
    "str_length", "str_equal", "compare_int64", "compare_double", "make_float", "vm_int_add",
    "vm_int_sub", "vm_int_mul", "int_mul", "vm_float_arith", "attr_poly_find", "spec_table_at", "inline_values", "inline_values_count", "inline_values_capacity",
    "vm_store_inline_value",
    "set_inline_values_count",
    # The words ceval defines for the bodies: frame and tier plumbing.
    "EVAL_BREAKER_SET", "LOAD_IP", "RETURN_OFFSET", "RECORD_BRANCH_TAKEN", "frame_as_value",
    "value_as_frame", "frame_fits", "CURRENT_TARGET", "JUMP_TO_JUMP_TARGET", "GOTO_TIER_ONE",
    "GOTO_TIER_ONE_ERROR", "GOTO_TIER_TWO",
    # Pushing a frame for exact positional arguments (only copies them; its
    # errors, RecursionError and MemoryError, run no Python code) and popping
    # a returning one (generator bookkeeping at most).
    "vm_push_frame_exact_args", "vm_push_frame_exact_args_that_fits", "vm_pop_returning_frame",
    "LEAVE_EVAL_IF_ENTRY_FRAME",
    # A side exit may project a side trace: the optimizer runs no Python code.
    "tier2_cold_exit", "tier2_reset_exit",
    # Functional-style casts to built-in types.
    "bool", "char", "int", "long", "unsigned", "double", "float", "size_t", "ssize_t",
    "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t",
    "uint64_t", "intptr_t", "uintptr_t", "ptrdiff_t",
})
# Function-like macros named IS_*, VAL_*, PTR_* are type tests and tag
# manipulation, and free functions is_*/as_* type tests and casts
# (is_exact_int, as_dict): they never escape. is_instance (isinstance(),
# which may call __instancecheck__) is the exception.
NON_ESCAPING_PREFIXES = ("IS_", "VAL_", "PTR_", "is_", "as_")
ESCAPING_DESPITE_PREFIX = frozenset({"is_instance"})
# Member calls `x.is_int()`, `x.as_ptr()`, `x.raw()`: Value's inline accessors.
NON_ESCAPING_MEMBER_PREFIXES = ("is_", "as_")
NON_ESCAPING_MEMBERS = frozenset({"raw"})

# Words that look like calls but are not.
_NOT_CALLS = frozenset({
    "if", "while", "for", "switch", "return", "catch", "decltype", "noexcept",
    "alignas", "typeid", "defined", "case", "else", "do", "co_return", "throw",
})

# A body using any of these is tier-1 control flow (the name → the reason).
_TIER1_CONTROL_FLOW_CALLS = ("JUMPBY", "DISPATCH", "DISPATCH_SAME_OPARG", "DISPATCH_INLINED",
                             "GOTO_UNWIND", "RETURN_TO_CALLER", "YIELD_TO_CALLER")

# The DSL's statements and how many arguments each takes.
SPECIAL_STATEMENTS = {
    "DEOPT_IF": (1, 1),
    "EXIT_IF": (1, 1),
    "ERROR_IF": (1, 2),  # ERROR_IF(cond) or CPython's ERROR_IF(cond, label)
    "ERROR_NO_POP": (0, 0),
    "SYNC_SP": (0, 0),
}

# Flag bits, in bit order. Generators emit them as `<NAME>_FLAG`.
FLAG_NAMES = (
    "HAS_ARG", "HAS_CONST", "HAS_NAME", "HAS_LOCAL", "HAS_JUMP", "HAS_DEOPT",
    "HAS_EXIT", "HAS_ERROR", "HAS_ESCAPES", "HAS_PURE", "HAS_TIER1_ONLY",
)

MAX_REAL_OPCODE_LIMIT = 255  # opcodes are one byte in the code unit
MIN_PSEUDO_OPCODE = 256


# -- Symbolic sizes -------------------------------------------------------


@dataclass
class Size:
    """A stack size or offset: const + sum(coef * (expr)).

    Array sizes are C++ expressions kept as opaque text, so `oparg` and
    `oparg` cancel but `oparg*2` and `oparg+oparg` do not.
    """

    const: int = 0
    terms: dict[str, int] = field(default_factory=dict)

    @staticmethod
    def of(expr: str) -> "Size":
        try:
            return Size(int(expr, 0))
        except ValueError:
            return Size(0, {expr: 1})

    def __add__(self, other: "Size | int") -> "Size":
        if isinstance(other, int):
            other = Size(other)
        terms = dict(self.terms)
        for e, c in other.terms.items():
            terms[e] = terms.get(e, 0) + c
        return Size(self.const + other.const, {e: c for e, c in terms.items() if c})

    def __neg__(self) -> "Size":
        return Size(-self.const, {e: -c for e, c in self.terms.items()})

    def __sub__(self, other: "Size | int") -> "Size":
        if isinstance(other, int):
            other = Size(other)
        return self + (-other)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, int):
            other = Size(other)
        if not isinstance(other, Size):
            return NotImplemented
        return (self.const == other.const
                and {e: c for e, c in self.terms.items() if c}
                == {e: c for e, c in other.terms.items() if c})

    def is_zero(self) -> bool:
        return self == 0

    def is_const(self) -> bool:
        return not any(self.terms.values())

    def to_c(self) -> str:
        """C++ text: `-2 - (oparg)`, `(oparg)`, `1 + 2*(oparg)`, `0`."""
        out = str(self.const) if self.const else ""
        for expr, coef in self.terms.items():
            if not coef:
                continue
            term = f"({expr})" if abs(coef) == 1 else f"{abs(coef)}*({expr})"
            if not out:
                out = term if coef > 0 else "-" + term
            else:
                out += (" + " if coef > 0 else " - ") + term
        return out or "0"

    def __str__(self) -> str:
        return self.to_c()


# -- Definitions ---------------------------------------------------------


@dataclass
class StackItem:
    name: str
    line: int
    size: Size  # Size(1) for a scalar
    size_text: str | None = None  # the EXPR of `name[EXPR]`; None for a scalar

    @property
    def is_array(self) -> bool:
        return self.size_text is not None

    @property
    def is_unused(self) -> bool:
        return self.name == "unused"

    def __str__(self) -> str:
        return f"{self.name}[{self.size_text}]" if self.is_array else self.name


@dataclass
class CacheEntry:
    name: str
    size: int  # 16-bit code units
    line: int

    @property
    def is_unused(self) -> bool:
        return self.name == "unused"


@dataclass
class StackEffect:
    """Inputs and outputs, each listed bottom to top."""

    inputs: list[StackItem]
    outputs: list[StackItem]

    def input_size(self) -> Size:
        return _total(self.inputs)

    def output_size(self) -> Size:
        return _total(self.outputs)

    def delta(self) -> Size:
        return self.output_size() - self.input_size()

    def input_offsets(self) -> list[tuple[StackItem, Size]]:
        """Each input with its offset from the stack pointer (negative)."""
        out = []
        offset = Size()
        for item in reversed(self.inputs):
            offset = offset - item.size
            out.append((item, offset))
        return list(reversed(out))

    def output_offsets(self) -> list[tuple[StackItem, Size]]:
        """Each output with its offset from the stack pointer *before* the
        uop's adjustment (where it must be written)."""
        out = []
        offset = -self.input_size()
        for item in self.outputs:
            out.append((item, offset))
            offset = offset + item.size
        return out

    def passthrough(self, output: StackItem) -> bool:
        """True if `output` is an input of the same name, size and position,
        so nothing needs to be written back."""
        if output.is_unused:
            return False
        o_bottom = _total(self.outputs[: self.outputs.index(output)])
        for k, item in enumerate(self.inputs):
            if item.name == output.name:
                return item.size == output.size and _total(self.inputs[:k]) == o_bottom
        return False

    def __str__(self) -> str:
        ins = ", ".join(map(str, self.inputs))
        outs = ", ".join(map(str, self.outputs))
        return f"({ins} -- {outs})"


def _total(items: list[StackItem]) -> Size:
    total = Size()
    for item in items:
        total = total + item.size
    return total


@dataclass
class SpecialStatement:
    """One DSL statement in a body, e.g. `DEOPT_IF(cond);`."""

    kind: str  # a key of SPECIAL_STATEMENTS
    line: int
    start: int  # source offset of the macro name
    end: int  # source offset just after the `;`
    args: list[str]  # argument texts, verbatim


@dataclass
class Properties:
    """What a body does, found by scanning its tokens."""

    uses_oparg: bool = False
    uses_const: bool = False
    uses_name: bool = False
    uses_local: bool = False
    jumps: bool = False
    deopts: bool = False
    exits: bool = False
    errors: bool = False
    escapes: bool = False
    pure: bool = False
    tier1_only_reason: str | None = None
    uses_this_instr: bool = False
    syncs_sp: bool = False
    escaping_calls: list[str] = field(default_factory=list)

    @property
    def tier1_only(self) -> bool:
        return self.tier1_only_reason is not None

    def flag_names(self) -> list[str]:
        bits = {
            "HAS_ARG": self.uses_oparg,
            "HAS_CONST": self.uses_const,
            "HAS_NAME": self.uses_name,
            "HAS_LOCAL": self.uses_local,
            "HAS_JUMP": self.jumps,
            "HAS_DEOPT": self.deopts,
            "HAS_EXIT": self.exits,
            "HAS_ERROR": self.errors,
            "HAS_ESCAPES": self.escapes,
            "HAS_PURE": self.pure,
            "HAS_TIER1_ONLY": self.tier1_only,
        }
        return [name for name in FLAG_NAMES if bits[name]]

    @staticmethod
    def combine(parts: list["Properties"]) -> "Properties":
        """Properties of an instruction made of `parts` (in order)."""
        p = Properties()
        for q in parts:
            for name in ("uses_oparg", "uses_const", "uses_name", "uses_local", "jumps",
                         "deopts", "exits", "errors", "escapes", "uses_this_instr",
                         "syncs_sp"):
                setattr(p, name, getattr(p, name) or getattr(q, name))
            p.tier1_only_reason = p.tier1_only_reason or q.tier1_only_reason
            p.escaping_calls += [c for c in q.escaping_calls if c not in p.escaping_calls]
        p.pure = bool(parts) and all(q.pure for q in parts)
        return p


@dataclass
class Uop:
    name: str  # `_NAME`; an inst's uop is `_` + the instruction's name
    line: int
    annotations: list[str]
    stack: StackEffect
    caches: list[CacheEntry]  # in order; offsets are relative to the uop
    body: list[Token]  # every token of the body, comments included
    body_start: int
    body_end: int
    text: str  # the whole definitions source (bodies are slices of it)
    properties: Properties = field(default_factory=Properties)
    statements: list[SpecialStatement] = field(default_factory=list)
    # name -> "real" if used outside assert(), "assert" if only inside one.
    name_uses: dict[str, str] = field(default_factory=dict)
    inst_name: str | None = None  # set when this uop is an `inst`

    @property
    def cache_size(self) -> int:
        return sum(c.size for c in self.caches)

    def named_caches(self) -> list[CacheEntry]:
        return [c for c in self.caches if not c.is_unused]

    def why_not_viable(self) -> str | None:
        """Why this uop cannot run in tier 2, or None if it can."""
        if self.properties.tier1_only_reason:
            return self.properties.tier1_only_reason
        if len(self.named_caches()) > 1:
            return "has more than one cache entry (a tier-2 uop has one operand)"
        return None

    def is_viable(self) -> bool:
        return self.why_not_viable() is None


@dataclass
class Skip:
    """`unused/N` in a macro: N cache units no uop reads."""

    size: int


@dataclass
class Instruction:
    name: str
    line: int
    kind: str  # "inst" or "macro"
    parts: list[Uop | Skip]
    properties: Properties = field(default_factory=Properties)
    family: "Family | None" = None  # the family it heads or belongs to
    opcode: int = -1
    num_popped: Size = field(default_factory=Size)
    num_pushed: Size = field(default_factory=Size)

    @property
    def uops(self) -> list[Uop]:
        return [p for p in self.parts if isinstance(p, Uop)]

    @property
    def cache_size(self) -> int:
        return sum(p.size if isinstance(p, Skip) else p.cache_size for p in self.parts)

    @property
    def is_specialization(self) -> bool:
        return self.family is not None and self.family.name != self.name

    @property
    def is_family_head(self) -> bool:
        return self.family is not None and self.family.name == self.name

    def deopt_target(self) -> "Instruction":
        return self.family.head if self.is_specialization else self

    def why_not_viable(self) -> str | None:
        """Why tier 2 cannot run this instruction, or None. Its `specializing`
        uops are left out of the expansion (tier 2 runs specialized or
        generic code, never the specializer); `replaced` uops are tier-1
        control flow that the projector swaps for a tier-2 uop."""
        for uop in self.uops:
            if "specializing" in uop.annotations or "replaced" in uop.annotations:
                continue
            reason = uop.why_not_viable()
            if reason:
                return reason if self.kind == "inst" else f"{uop.name} {reason}"
        return None

    def is_viable(self) -> bool:
        return self.why_not_viable() is None

    def expansion(self) -> list[tuple[Uop, int, int]]:
        """(uop, cache size, cache offset) per uop: the size and offset of
        the uop's one named cache entry, or (0, 0) if it has none."""
        out = []
        offset = 0
        for part in self.parts:
            if isinstance(part, Skip):
                offset += part.size
                continue
            if "specializing" in part.annotations:
                offset += part.cache_size
                continue
            size = entry_offset = 0
            local = 0
            for c in part.caches:
                if not c.is_unused:
                    size, entry_offset = c.size, offset + local
                local += c.size
            out.append((part, size, entry_offset))
            offset += part.cache_size
        return out


@dataclass
class Family:
    name: str
    line: int
    head: Instruction
    members: list[Instruction]
    size_name: str | None  # the second argument when it is a name
    size: int  # cache units of the head (and of every member)


@dataclass
class Pseudo:
    name: str
    line: int
    targets: list[Instruction]
    stack: StackEffect | None
    extra_flags: list[str]
    opcode: int = -1

    def flag_names(self) -> list[str]:
        names = set(self.extra_flags)
        for t in self.targets:
            names.update(t.properties.flag_names())
        return [n for n in FLAG_NAMES if n in names]

    def num_popped(self) -> Size | None:
        if self.stack is not None:
            return self.stack.input_size()
        sizes = {t.num_popped.to_c() for t in self.targets}
        return self.targets[0].num_popped if len(sizes) == 1 else None

    def num_pushed(self) -> Size | None:
        if self.stack is not None:
            return self.stack.output_size()
        sizes = {t.num_pushed.to_c() for t in self.targets}
        return self.targets[0].num_pushed if len(sizes) == 1 else None


@dataclass
class Analysis:
    source: str  # the definitions path as named in generated headers
    instructions: dict[str, Instruction]  # every real instruction, by opcode
    uops: dict[str, Uop]  # every uop, by uop id
    families: dict[str, Family]
    pseudos: dict[str, Pseudo]  # by opcode
    opmap: dict[str, int]  # real and pseudo opcode ids
    uop_ids: dict[str, int]

    @property
    def max_real_opcode(self) -> int:
        return max(i.opcode for i in self.instructions.values()) if self.instructions else 0

    @property
    def num_opcodes(self) -> int:
        """One past the largest id, real or pseudo."""
        if self.pseudos:
            return max(p.opcode for p in self.pseudos.values()) + 1
        return self.max_real_opcode + 1

    @property
    def max_uop_id(self) -> int:
        return max(self.uop_ids.values(), default=0)


# -- Body scanning --------------------------------------------------------


def _significant(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind not in (lexer.COMMENT, lexer.PREPROC)]


def _matching(tokens: list[Token], i: int) -> int:
    """Index of the bracket closing the one at tokens[i], or -1."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = []
    for j in range(i, len(tokens)):
        t = tokens[j]
        if t.kind != lexer.PUNCT:
            continue
        if t.text in pairs:
            stack.append(pairs[t.text])
        elif t.text in (")", "]", "}"):
            if not stack or stack.pop() != t.text:
                return -1
            if not stack:
                return j
    return -1


def _template_call(tokens: list[Token], i: int) -> bool:
    """tokens[i] is `<` after a name: is it `name<...>(`? (best effort)"""
    depth = 0
    for j in range(i, min(len(tokens), i + 16)):
        t = tokens[j].text
        if t == "<":
            depth += 1
        elif t == ">":
            depth -= 1
            if depth == 0:
                return j + 1 < len(tokens) and tokens[j + 1].text == "("
        elif t == ">>":
            depth -= 2
            if depth <= 0:
                return depth == 0 and j + 1 < len(tokens) and tokens[j + 1].text == "("
        elif t in (";", "{", "}", "&&", "||", "(", ")"):
            return False
    return False


def scan_body(uop: Uop, filename: str) -> None:
    """Fill uop.properties, uop.statements and uop.name_uses."""
    toks = _significant(uop.body)
    props = uop.properties
    # Identifiers used as variables, and whether only inside assert(...).
    assert_end = -1
    for i, tok in enumerate(toks):
        if tok.kind != lexer.IDENT:
            continue
        if i > assert_end and tok.text == "assert" and i + 1 < len(toks) \
                and toks[i + 1].text == "(":
            assert_end = _matching(toks, i + 1)
        prev = toks[i - 1].text if i else ""
        if prev in (".", "->", "::"):
            continue
        use = "assert" if i < assert_end else "real"
        if uop.name_uses.get(tok.text) != "real":
            uop.name_uses[tok.text] = use
    # Calls, DSL statements and flags.
    assert_end = -1
    for i, tok in enumerate(toks):
        if tok.kind != lexer.IDENT:
            continue
        name = tok.text
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        prev = toks[i - 1].text if i else ""
        if name == "oparg":
            props.uses_oparg = True
        elif name in ("this_instr", "next_instr") and prev not in (".", "->", "::"):
            props.uses_this_instr |= name == "this_instr"
            props.tier1_only_reason = props.tier1_only_reason or f"uses {name}"
        elif name == "goto":
            props.tier1_only_reason = props.tier1_only_reason or "has tier 1 control flow (goto)"
        is_call = nxt == "(" or (nxt == "<" and _template_call(toks, i + 1))
        if not is_call or name in _NOT_CALLS:
            continue
        if name == "assert" and i > assert_end:
            assert_end = _matching(toks, i + 1)
        if prev in (".", "->"):
            member_ok = name.startswith(NON_ESCAPING_MEMBER_PREFIXES) or name in NON_ESCAPING_MEMBERS
            if not member_ok and i > assert_end:
                _escape(props, prev + name)
            continue
        qualified = name
        j = i
        while j >= 2 and toks[j - 1].text == "::" and toks[j - 2].kind == lexer.IDENT:
            qualified = toks[j - 2].text + "::" + qualified
            j -= 2
        if name in ("CONSTANT",):
            props.uses_const = True
        elif name == "NAME_AT":
            props.uses_name = True
        elif name in ("GETLOCAL", "SETLOCAL"):
            props.uses_local = True
        elif name == "JUMPBY":
            props.jumps = True
        if name in _TIER1_CONTROL_FLOW_CALLS:
            props.tier1_only_reason = (props.tier1_only_reason
                                       or f"has tier 1 control flow ({name})")
        if name in SPECIAL_STATEMENTS and prev not in ("::",):
            stmt = _special_statement(toks, i, uop.text, filename)
            uop.statements.append(stmt)
            if name == "DEOPT_IF":
                props.deopts = True
            elif name == "EXIT_IF":
                props.exits = True
            elif name in ("ERROR_IF", "ERROR_NO_POP"):
                props.errors = True
            elif name == "SYNC_SP":
                props.syncs_sp = True
            continue
        allowed = (qualified in NON_ESCAPING_CALLS or name in NON_ESCAPING_CALLS
                   and qualified == name or name.startswith(NON_ESCAPING_PREFIXES)
                   and name not in ESCAPING_DESPITE_PREFIX)
        if not allowed and i > assert_end:
            _escape(props, qualified)
    # The stack effect's array sizes may use oparg too.
    for item in uop.stack.inputs + uop.stack.outputs:
        if item.size_text is not None and "oparg" in _words(item.size_text):
            props.uses_oparg = True
    # Annotations.
    props.pure = "pure" in uop.annotations
    for ann in ("tier1", "specializing", "replaced"):
        if ann in uop.annotations:
            props.tier1_only_reason = f"is annotated {ann}"
            break


def _escape(props: Properties, name: str) -> None:
    props.escapes = True
    if name not in props.escaping_calls:
        props.escaping_calls.append(name)


def _words(text: str) -> set[str]:
    return {t.text for t in lexer.tokenize(text) if t.kind == lexer.IDENT}


def _special_statement(toks: list[Token], i: int, text: str, filename: str) -> SpecialStatement:
    tok = toks[i]
    name = tok.text
    close = _matching(toks, i + 1)
    if close < 0:
        raise DefError(f"unbalanced parentheses in {name}(...)", tok.line, filename)
    if close + 1 >= len(toks) or toks[close + 1].text != ";":
        raise DefError(f"{name}(...) must be followed by ';'", tok.line, filename)
    # Split the arguments at top-level commas.
    args: list[str] = []
    depth = 0
    arg_start = i + 2
    for j in range(i + 2, close + 1):
        t = toks[j]
        if t.kind == lexer.PUNCT and t.text in ("(", "[", "{"):
            depth += 1
        elif t.kind == lexer.PUNCT and t.text in (")", "]", "}") and j != close:
            depth -= 1
        if j == close or (depth == 0 and t.text == ","):
            if j > arg_start:
                args.append(text[toks[arg_start].start:toks[j - 1].end])
            elif j != close or args:
                args.append("")
            arg_start = j + 1
    lo, hi = SPECIAL_STATEMENTS[name]
    if not lo <= len(args) <= hi or any(a.strip() == "" for a in args):
        want = f"{lo}" if lo == hi else f"{lo} or {hi}"
        raise DefError(f"{name} takes {want} argument{'s' if hi != 1 else ''}, "
                       f"got {len(args)}", tok.line, filename)
    return SpecialStatement(name, tok.line, tok.start, toks[close + 1].end, args)


# -- Building the analysis ------------------------------------------------


_OPERATORS = frozenset("+ - * / % << >> & | ^ && || == != < > <= >= ? : = !".split())
_UNARY = frozenset("- + ! ~ * &".split())


def _expr_text(tokens: list[Token]) -> str:
    """Canonical C++ text of an expression, whatever the source spacing:
    `oparg*2` and `oparg * 2` both read `oparg * 2`, `-oparg` stays tight.
    Array sizes are compared by this text."""
    out = ""
    prev: Token | None = None
    prev_unary = False
    for t in tokens:
        if t.kind in (lexer.COMMENT, lexer.PREPROC):
            continue
        unary = t.text in _UNARY and (prev is None or prev.text in _OPERATORS
                                      or prev.text in ("(", "[", ","))
        if prev is not None:
            tight = (prev_unary or prev.text in ("(", "[", ".", "->", "::")
                     or t.text in (")", "]", ",", ".", "->", "::")
                     or (t.text in ("(", "[") and prev.kind == lexer.IDENT))
            out += "" if tight else " "
        out += t.text
        prev, prev_unary = t, unary
    return out


class _Analyzer:
    def __init__(self, defs: parser.Definitions, source: str):
        self.defs = defs
        self.filename = defs.filename
        self.source = source
        self.uops: dict[str, Uop] = {}
        self.instructions: dict[str, Instruction] = {}
        self.families: dict[str, Family] = {}
        self.pseudos: dict[str, Pseudo] = {}
        self.defined_at: dict[str, int] = {}  # every name -> line

    def error(self, message: str, line: int) -> DefError:
        return DefError(message, line, self.filename)

    def define(self, name: str, line: int, what: str) -> None:
        if name in self.defined_at:
            raise self.error(f"{what} {name} is already defined at line "
                             f"{self.defined_at[name]}", line)
        self.defined_at[name] = line

    # Stack effects.

    def stack_effect(self, effect: parser.StackEffectDef, owner: str,
                     allow_caches: bool) -> tuple[StackEffect, list[CacheEntry]]:
        caches: list[CacheEntry] = []
        inputs: list[StackItem] = []
        outputs: list[StackItem] = []
        for side, items, out in (("input", effect.inputs, inputs),
                                 ("output", effect.outputs, outputs)):
            for item in items:
                if item.cache_size is not None:
                    if side == "output" or not allow_caches:
                        raise self.error(f"{owner}: cache entry {item.name}/{item.cache_size} "
                                         f"is only allowed among the inputs", item.line)
                    if inputs:
                        raise self.error(f"{owner}: cache entry {item.name}/{item.cache_size} "
                                         f"must come before the stack inputs", item.line)
                    if item.name != "unused" and item.cache_size not in (1, 2, 4):
                        raise self.error(f"{owner}: cache entry {item.name} has size "
                                         f"{item.cache_size}; named entries are 1, 2 or 4 "
                                         f"units", item.line)
                    if item.cache_size <= 0:
                        raise self.error(f"{owner}: cache size must be positive", item.line)
                    caches.append(CacheEntry(item.name, item.cache_size, item.line))
                elif item.size_expr is not None:
                    text = _expr_text(item.size_expr)
                    out.append(StackItem(item.name, item.line, Size.of(text), text))
                else:
                    out.append(StackItem(item.name, item.line, Size(1)))
        stack = StackEffect(inputs, outputs)
        self.check_names(stack, caches, owner)
        return stack, caches

    def check_names(self, stack: StackEffect, caches: list[CacheEntry], owner: str) -> None:
        seen: dict[str, str] = {}
        for c in caches:
            if c.is_unused:
                continue
            if c.name in seen:
                raise self.error(f"{owner}: stack item {c.name} is named twice", c.line)
            seen[c.name] = "cache"
        for side, items in (("input", stack.inputs), ("output", stack.outputs)):
            names: set[str] = set()
            for item in items:
                if item.is_unused:
                    continue
                if item.name in names or seen.get(item.name) == "cache":
                    raise self.error(f"{owner}: stack item {item.name} is named twice", item.line)
                names.add(item.name)
            if side == "input":
                seen.update({n: "input" for n in names})
        for out in stack.outputs:
            if out.is_unused:
                continue
            same = [i for i in stack.inputs if i.name == out.name]
            if not same:
                continue
            inp = same[0]
            if inp.is_array != out.is_array or (out.is_array and not stack.passthrough(out)):
                raise self.error(f"{owner}: array {out.name} must stay at the same position "
                                 f"with the same size (or be renamed)", out.line)

    # Items.

    def add_op(self, d: parser.OpDef) -> None:
        if d.kind == "op":
            if not d.name.startswith("_"):
                raise self.error(f"uop names start with '_': {d.name}", d.line)
            uop_name = d.name
        else:
            if d.name.startswith("_"):
                raise self.error(f"instruction names do not start with '_': {d.name}", d.line)
            if "tier2" in d.annotations:
                raise self.error(f"inst {d.name}: 'tier2' is only for op", d.line)
            self.define(d.name, d.line, "instruction")
            uop_name = "_" + d.name
        if "tier1" in d.annotations and "tier2" in d.annotations:
            raise self.error(f"{d.name}: annotated both tier1 and tier2", d.line)
        stack, caches = self.stack_effect(d.effect, d.name, allow_caches=True)
        if uop_name in self.uops:
            prev = self.uops[uop_name]
            via = f" (the uop of inst {d.name})" if d.kind == "inst" else ""
            raise self.error(f"uop {uop_name}{via} is already defined at line {prev.line}",
                             d.line)
        uop = Uop(uop_name, d.line, list(d.annotations), stack, caches, d.body,
                  d.body_start, d.body_end, self.defs.text)
        if d.kind == "inst":
            uop.inst_name = d.name
        scan_body(uop, self.filename)
        self.check_statements(uop)
        self.uops[uop_name] = uop
        if d.kind == "inst":
            self.instructions[d.name] = Instruction(d.name, d.line, "inst", [uop])

    def check_statements(self, uop: Uop) -> None:
        synced = False
        for stmt in uop.statements:
            if stmt.kind == "SYNC_SP":
                if uop.stack.outputs:
                    raise self.error(f"{uop.name}: SYNC_SP is only allowed in uops without "
                                     f"outputs", stmt.line)
                synced = True
            elif stmt.kind in ("DEOPT_IF", "EXIT_IF") and synced \
                    and "tier2" not in uop.annotations:
                # Tier-2-only guards may pop first: the projector gives them
                # an exit target that expects the popped stack (branches).
                raise self.error(f"{uop.name}: {stmt.kind} after SYNC_SP (the stack has "
                                 f"already changed)", stmt.line)

    def add_macro(self, d: parser.MacroDef) -> None:
        if d.name.startswith("_"):
            raise self.error(f"instruction names do not start with '_': {d.name}", d.line)
        self.define(d.name, d.line, "instruction")
        parts: list[Uop | Skip] = []
        for p in d.parts:
            if p.name == "unused":
                if p.skip <= 0:
                    raise self.error(f"macro {d.name}: cache skip must be positive", p.line)
                parts.append(Skip(p.skip))
                continue
            uop = self.uops.get(p.name) or self.uops.get("_" + p.name)
            if uop is None or (uop.inst_name is None and p.name != uop.name):
                raise self.error(f"macro {d.name}: unknown uop {p.name}", p.line)
            if "tier2" in uop.annotations:
                raise self.error(f"macro {d.name}: uop {p.name} is tier2-only", p.line)
            parts.append(uop)
        if not any(isinstance(p, Uop) for p in parts):
            raise self.error(f"macro {d.name} has no uops", d.line)
        self.instructions[d.name] = Instruction(d.name, d.line, "macro", parts)

    def add_family(self, d: parser.FamilyDef) -> None:
        if d.name in self.families:
            raise self.error(f"family {d.name} is already defined at line "
                             f"{self.families[d.name].line}", d.line)
        head = self.instructions.get(d.name)
        if head is None:
            raise self.error(f"family {d.name}: unknown instruction {d.name}", d.line)
        size_name = d.size.text if d.size.kind == lexer.IDENT else None
        if size_name is None and int(d.size.text, 0) != head.cache_size:
            raise self.error(f"family {d.name}: cache size {d.size.text} given, but {d.name} "
                             f"has {head.cache_size} cache units", d.line)
        fam = Family(d.name, d.line, head, [], size_name, head.cache_size)
        for name, line in d.members:
            member = self.instructions.get(name)
            if member is None:
                raise self.error(f"family {d.name}: unknown instruction {name}", line)
            if member is head or member in fam.members:
                raise self.error(f"family {d.name}: {name} is listed twice", line)
            if member.family is not None:
                raise self.error(f"family {d.name}: {name} already belongs to family "
                                 f"{member.family.name}", line)
            if member.cache_size != head.cache_size:
                raise self.error(f"family {d.name}: {name} has {member.cache_size} cache units, "
                                 f"but {d.name} has {head.cache_size}", line)
            fam.members.append(member)
        if head.family is not None:
            raise self.error(f"family {d.name}: {d.name} already belongs to family "
                             f"{head.family.name}", d.line)
        head.family = fam
        for m in fam.members:
            m.family = fam
        self.families[d.name] = fam

    def add_pseudo(self, d: parser.PseudoDef) -> None:
        if d.name.startswith("_"):
            raise self.error(f"pseudo instruction names do not start with '_': {d.name}", d.line)
        self.define(d.name, d.line, "instruction")
        targets = []
        for name, line in d.targets:
            t = self.instructions.get(name)
            if t is None:
                raise self.error(f"pseudo {d.name}: unknown target instruction {name}", line)
            if t in targets:
                raise self.error(f"pseudo {d.name}: {name} is listed twice", line)
            targets.append(t)
        if not targets:
            raise self.error(f"pseudo {d.name} has no targets", d.line)
        stack = None
        if d.effect is not None:
            stack, _ = self.stack_effect(d.effect, d.name, allow_caches=False)
        flags = []
        for name, line in d.flags:
            flag = name[:-5] if name.endswith("_FLAG") else name
            if flag not in FLAG_NAMES:
                raise self.error(f"pseudo {d.name}: unknown flag {name}", line)
            flags.append(flag)
        self.pseudos[d.name] = Pseudo(d.name, d.line, targets, stack, flags)

    # Whole instructions.

    def finish_instruction(self, inst: Instruction) -> None:
        inst.properties = Properties.combine([u.properties for u in inst.uops])
        # Stack: outputs of one uop feed the inputs of the next.
        pending: list[Size] = []
        popped = Size()
        delta = Size()
        for part in inst.parts:
            if isinstance(part, Skip):
                continue
            uop = part
            if (uop.properties.deopts or uop.properties.exits):
                kind = "DEOPT_IF" if uop.properties.deopts else "EXIT_IF"
                line = next(s.line for s in uop.statements if s.kind == kind)
                where = line if inst.kind == "inst" else inst.line
                if inst.family is None:
                    raise self.error(f"{inst.name}: {kind} in {uop.name}, but {inst.name} is "
                                     f"in no family", where)
                if not delta.is_zero():
                    raise self.error(f"{inst.name}: {kind} in {uop.name} after the stack "
                                     f"changed by {delta.to_c()}", where)
            for item in reversed(uop.stack.inputs):
                need = item.size
                while not need.is_zero():
                    if not pending:
                        popped = popped + need
                        break
                    top = pending.pop()
                    if top == need:
                        break
                    if top.is_const() and need.is_const() and top.const > need.const:
                        pending.append(top - need)
                        break
                    if top.is_const() and need.is_const():
                        need = need - top
                        continue
                    raise self.error(f"{inst.name}: {uop.name} input {item} does not match "
                                     f"the stack left by the uops before it", inst.line)
            pending.extend(item.size for item in uop.stack.outputs)
            delta = delta + uop.stack.delta()
        inst.num_popped = popped
        pushed = Size()
        for s in pending:
            pushed = pushed + s
        inst.num_pushed = pushed

    def assign_opcodes(self) -> dict[str, int]:
        opmap: dict[str, int] = {}
        insts = self.instructions
        if "CACHE" in insts:
            opmap["CACHE"] = 0
        special = {"CACHE", "ENTER_EXECUTOR"}
        base = sorted(n for n, i in insts.items() if not i.is_specialization and n not in special)
        specialized = sorted(n for n, i in insts.items()
                             if i.is_specialization and n not in special)
        next_id = 1
        for name in base + specialized + (["ENTER_EXECUTOR"] if "ENTER_EXECUTOR" in insts
                                          else []):
            opmap[name] = next_id
            next_id += 1
        for name, op in opmap.items():
            if op > MAX_REAL_OPCODE_LIMIT:
                raise self.error(f"too many instructions: {name} would get opcode {op} "
                                 f"(at most {MAX_REAL_OPCODE_LIMIT})", insts[name].line)
            insts[name].opcode = op
        for k, name in enumerate(sorted(self.pseudos)):
            opmap[name] = MIN_PSEUDO_OPCODE + k
            self.pseudos[name].opcode = MIN_PSEUDO_OPCODE + k
        return opmap

    def run(self) -> Analysis:
        items = self.defs.items
        for d in items:
            if isinstance(d, parser.OpDef):
                self.add_op(d)
        for d in items:
            if isinstance(d, parser.MacroDef):
                self.add_macro(d)
        for d in items:
            if isinstance(d, parser.FamilyDef):
                self.add_family(d)
        for d in items:
            if isinstance(d, parser.PseudoDef):
                self.add_pseudo(d)
        for inst in self.instructions.values():
            self.finish_instruction(inst)
        opmap = self.assign_opcodes()
        instructions = dict(sorted(self.instructions.items(), key=lambda kv: kv[1].opcode))
        pseudos = dict(sorted(self.pseudos.items(), key=lambda kv: kv[1].opcode))
        uop_ids = {name: k + 1 for k, name in enumerate(sorted(self.uops))}
        uops = {name: self.uops[name] for name in uop_ids}
        return Analysis(self.source, instructions, uops, self.families, pseudos, opmap, uop_ids)


def source_name(path: str) -> str:
    """How generated headers name the definitions file: relative to the
    repository root when inside it, else the bare file name."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    full = os.path.abspath(path)
    if full.startswith(root + os.sep):
        return os.path.relpath(full, root).replace(os.sep, "/")
    return os.path.basename(path)


def analyze_text(text: str, filename: str = "bytecodes.def",
                 source: str = "src/vm/bytecodes.def") -> Analysis:
    """Analyze definitions given as text. Raises DefError."""
    return _Analyzer(parser.parse(text, filename), source).run()


def analyze_file(path: str) -> Analysis:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return analyze_text(text, os.path.basename(path), source_name(path))
