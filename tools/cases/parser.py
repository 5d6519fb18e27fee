"""Parser for the instruction-definition DSL (src/vm/bytecodes.def).

Second stage of the cases generator: recursive descent over the tokens of the
region between `// BEGIN BYTECODES //` and `// END BYTECODES //`, producing
plain definition records. Bodies are not parsed; they are kept as tokens plus
source offsets. CPython counterpart: Tools/cases_generator/parsing.py.

Grammar (comments and preprocessor lines between items are ignored):
    item        := annotation* ("op" | "inst") "(" NAME "," effect ")" block
                 | "macro" "(" NAME ")" "=" part ("+" part)* ";"
                 | "family" "(" NAME "," (NAME | NUMBER) ")" "=" "{" names "}" ";"
                 | "pseudo" "(" NAME ["," effect ["," "(" names ")"]] ")" "=" "{" names "}" ";"
    effect      := "(" [items] "--" [items] ")"
    items       := stack_item ("," stack_item)* [","]
    stack_item  := NAME ["[" EXPR "]" | "/" NUMBER]
    part        := NAME | "unused" "/" NUMBER
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lexer
from lexer import DefError, Token

BEGIN_MARKER = "// BEGIN BYTECODES //"
END_MARKER = "// END BYTECODES //"

ANNOTATIONS = ("tier1", "tier2", "specializing", "replaced", "pure", "override")


@dataclass
class StackItemDef:
    name: str
    line: int
    size_expr: list[Token] | None = None  # `name[EXPR]`
    cache_size: int | None = None  # `name/N`


@dataclass
class StackEffectDef:
    inputs: list[StackItemDef]
    outputs: list[StackItemDef]
    line: int


@dataclass
class OpDef:
    kind: str  # "op" or "inst"
    name: str
    line: int
    annotations: list[str]
    effect: StackEffectDef
    body: list[Token]  # every token between the braces, comments included
    body_start: int  # source offset just after `{`
    body_end: int  # source offset of `}`


@dataclass
class MacroPart:
    name: str  # a uop name, or "unused" for a cache skip
    line: int
    skip: int = 0  # cache units skipped by `unused/N`


@dataclass
class MacroDef:
    name: str
    line: int
    parts: list[MacroPart]


@dataclass
class FamilyDef:
    name: str
    line: int
    size: Token  # the INLINE_CACHE_ENTRIES_* name, or a number
    members: list[tuple[str, int]]


@dataclass
class PseudoDef:
    name: str
    line: int
    effect: StackEffectDef | None
    flags: list[tuple[str, int]]
    targets: list[tuple[str, int]]


@dataclass
class Definitions:
    text: str
    filename: str
    items: list[OpDef | MacroDef | FamilyDef | PseudoDef] = field(default_factory=list)


def definitions_region(text: str) -> tuple[int, int, int]:
    """(start offset, end offset, line at start) of the part between the
    markers. Without a BEGIN marker the whole text is definitions."""
    start, line = 0, 1
    begin = _find_marker_line(text, BEGIN_MARKER, 0)
    if begin is not None:
        start = text.find("\n", begin)
        start = len(text) if start < 0 else start + 1
        line = text.count("\n", 0, start) + 1
    end = _find_marker_line(text, END_MARKER, start)
    return start, (len(text) if end is None else end), line


def _find_marker_line(text: str, marker: str, pos: int) -> int | None:
    while True:
        i = text.find(marker, pos)
        if i < 0:
            return None
        line_start = text.rfind("\n", 0, i) + 1
        if text[line_start:i].strip() == "":
            return line_start
        pos = i + len(marker)


def parse(text: str, filename: str = "bytecodes.def") -> Definitions:
    start, end, line = definitions_region(text)
    tokens = lexer.tokenize(text, start, end, line, filename)
    return _Parser(text, tokens, filename).parse_all()


class _Parser:
    def __init__(self, text: str, tokens: list[Token], filename: str):
        self.text = text
        self.all_tokens = tokens
        self.filename = filename
        self.tokens = [t for t in tokens if t.kind not in (lexer.COMMENT, lexer.PREPROC)]
        self.pos = 0

    # -- Token helpers -------------------------------------------------------

    def error(self, message: str, tok: Token | None = None) -> DefError:
        if tok is None:
            tok = self.peek() or (self.tokens[-1] if self.tokens else None)
        return DefError(message, tok.line if tok else 1, self.filename)

    def peek(self, ahead: int = 0) -> Token | None:
        i = self.pos + ahead
        return self.tokens[i] if i < len(self.tokens) else None

    def next(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise self.error("unexpected end of definitions")
        self.pos += 1
        return tok

    def accept(self, text: str) -> Token | None:
        tok = self.peek()
        if tok is not None and tok.text == text and tok.kind != lexer.STRING:
            self.pos += 1
            return tok
        return None

    def expect(self, text: str, what: str = "") -> Token:
        tok = self.peek()
        if tok is None or tok.text != text:
            found = repr(tok.text) if tok else "end of definitions"
            raise self.error(f"expected {text!r}{what}, found {found}", tok)
        self.pos += 1
        return tok

    def expect_ident(self, what: str) -> Token:
        tok = self.peek()
        if tok is None or tok.kind != lexer.IDENT:
            found = repr(tok.text) if tok else "end of definitions"
            raise self.error(f"expected {what}, found {found}", tok)
        self.pos += 1
        return tok

    def expect_number(self, what: str) -> tuple[Token, int]:
        tok = self.peek()
        if tok is None or tok.kind != lexer.NUMBER:
            found = repr(tok.text) if tok else "end of definitions"
            raise self.error(f"expected {what}, found {found}", tok)
        self.pos += 1
        try:
            return tok, int(tok.text, 0)
        except ValueError:
            raise self.error(f"expected an integer for {what}, found {tok.text!r}", tok)

    # -- Items ---------------------------------------------------------------

    def parse_all(self) -> Definitions:
        defs = Definitions(self.text, self.filename)
        while self.peek() is not None:
            defs.items.append(self.parse_item())
        return defs

    def parse_item(self):
        annotations: list[str] = []
        first = self.peek()
        while self.peek() is not None and self.peek().text in ANNOTATIONS:
            tok = self.next()
            if tok.text in annotations:
                raise self.error(f"annotation {tok.text!r} given twice", tok)
            annotations.append(tok.text)
        tok = self.expect_ident("'op', 'inst', 'macro', 'family' or 'pseudo'")
        if tok.text in ("op", "inst"):
            return self.parse_op(tok, annotations)
        if annotations:
            raise self.error(f"annotations are only allowed before 'op' and 'inst'", first)
        if tok.text == "macro":
            return self.parse_macro(tok)
        if tok.text == "family":
            return self.parse_family(tok)
        if tok.text == "pseudo":
            return self.parse_pseudo(tok)
        raise self.error(
            f"expected 'op', 'inst', 'macro', 'family' or 'pseudo', found {tok.text!r}", tok)

    def parse_op(self, kw: Token, annotations: list[str]) -> OpDef:
        self.expect("(")
        name = self.expect_ident(f"a name after '{kw.text}('")
        self.expect(",")
        effect = self.parse_effect()
        self.expect(")")
        lbrace = self.expect("{", f" to start the body of {name.text}")
        depth = 1
        while depth:
            if self.peek() is None:
                raise self.error(f"unterminated body of {name.text}", lbrace)
            tok = self.next()
            if tok.text == "{" and tok.kind == lexer.PUNCT:
                depth += 1
            elif tok.text == "}" and tok.kind == lexer.PUNCT:
                depth -= 1
        rbrace = tok
        body = [t for t in self.all_tokens if lbrace.end <= t.start and t.end <= rbrace.start]
        return OpDef(kw.text, name.text, name.line, annotations, effect, body,
                     lbrace.end, rbrace.start)

    def parse_effect(self) -> StackEffectDef:
        lparen = self.expect("(", " to start a stack effect")
        inputs = self.parse_stack_items("--")
        self.expect("--", " in the stack effect")
        outputs = self.parse_stack_items(")")
        self.expect(")", " to end the stack effect")
        return StackEffectDef(inputs, outputs, lparen.line)

    def parse_stack_items(self, terminator: str) -> list[StackItemDef]:
        items: list[StackItemDef] = []
        while self.peek() is not None and self.peek().text != terminator:
            name = self.expect_ident("a stack item name")
            item = StackItemDef(name.text, name.line)
            if self.accept("["):
                item.size_expr = self.parse_balanced("]")
                if not item.size_expr:
                    raise self.error(f"empty size for stack item {name.text!r}", name)
                self.expect("]")
            elif self.accept("/"):
                _, item.cache_size = self.expect_number("a cache size after '/'")
            items.append(item)
            if not self.accept(","):
                break
        return items

    def parse_balanced(self, closer: str) -> list[Token]:
        """Tokens up to (not including) `closer` at nesting depth 0."""
        out: list[Token] = []
        depth = 0
        while True:
            tok = self.peek()
            if tok is None:
                raise self.error(f"expected {closer!r}")
            if depth == 0 and tok.text == closer:
                return out
            if tok.text in "([{":
                depth += 1
            elif tok.text in ")]}":
                depth -= 1
                if depth < 0:
                    raise self.error(f"unbalanced {tok.text!r}", tok)
            out.append(self.next())

    def parse_macro(self, kw: Token) -> MacroDef:
        self.expect("(")
        name = self.expect_ident("a name after 'macro('")
        self.expect(")")
        self.expect("=")
        parts: list[MacroPart] = []
        while True:
            tok = self.expect_ident("a uop name or 'unused/N'")
            if tok.text == "unused":
                self.expect("/", " after 'unused' in a macro")
                _, n = self.expect_number("a cache size after 'unused/'")
                parts.append(MacroPart("unused", tok.line, n))
            else:
                parts.append(MacroPart(tok.text, tok.line))
            if not self.accept("+"):
                break
        self.expect(";", f" after macro {name.text}")
        return MacroDef(name.text, name.line, parts)

    def parse_name_list(self, closer: str) -> list[tuple[str, int]]:
        names: list[tuple[str, int]] = []
        while self.peek() is not None and self.peek().text != closer:
            tok = self.expect_ident("a name")
            names.append((tok.text, tok.line))
            if not self.accept(","):
                break
        self.expect(closer)
        return names

    def parse_family(self, kw: Token) -> FamilyDef:
        self.expect("(")
        name = self.expect_ident("a name after 'family('")
        self.expect(",")
        size = self.next()
        if size.kind not in (lexer.IDENT, lexer.NUMBER):
            raise self.error("expected a cache-size constant name or number", size)
        self.expect(")")
        self.expect("=")
        self.expect("{")
        members = self.parse_name_list("}")
        self.expect(";", f" after family {name.text}")
        return FamilyDef(name.text, name.line, size, members)

    def parse_pseudo(self, kw: Token) -> PseudoDef:
        self.expect("(")
        name = self.expect_ident("a name after 'pseudo('")
        effect = None
        flags: list[tuple[str, int]] = []
        if self.accept(","):
            effect = self.parse_effect()
            if self.accept(","):
                self.expect("(")
                flags = self.parse_name_list(")")
        self.expect(")")
        self.expect("=")
        self.expect("{")
        targets = self.parse_name_list("}")
        self.expect(";", f" after pseudo {name.text}")
        return PseudoDef(name.text, name.line, effect, flags, targets)
