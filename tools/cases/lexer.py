"""Lexer for the instruction-definition DSL (src/vm/bytecodes.def).

First stage of the cases generator: C++-ish text -> tokens with line numbers
and source offsets, so that bodies can later be copied through verbatim.
CPython counterpart: Tools/cases_generator/lexer.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Token kinds.
IDENT = "IDENT"
NUMBER = "NUMBER"
STRING = "STRING"
CHAR = "CHAR"
PUNCT = "PUNCT"
COMMENT = "COMMENT"
PREPROC = "PREPROC"  # a whole preprocessor line (with continuations)


class DefError(Exception):
    """A bad definition; printed as `FILE:LINE: message`."""

    def __init__(self, message: str, line: int, filename: str = "bytecodes.def"):
        super().__init__(message)
        self.message = message
        self.line = line
        self.filename = filename

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    line: int
    start: int  # offset of the first character in the source text
    end: int  # offset one past the last character

    def __repr__(self) -> str:
        return f"{self.kind}({self.text!r}@{self.line})"


# Longest first, so `>>=` wins over `>>` and `>`.
_PUNCTUATORS = [
    "<=>", ">>=", "<<=", "...", "->*",
    "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "::", ".*", "##",
]
_PUNCT_RE = "|".join(re.escape(p) for p in _PUNCTUATORS) + r"|[{}\[\]()<>;:,.?~!+\-*/%^&|=#]"

_TOKEN_RE = re.compile(
    r"""
    (?P<ws>[ \t\r\f\v]+|\n)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>(?:u8|u|U|L)?"(?:\\.|[^"\\\n])*")
  | (?P<char>(?:u8|u|U|L)?'(?:\\.|[^'\\\n])+')
  | (?P<number>\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.']|)*)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>""" + _PUNCT_RE + r""")
    """,
    re.VERBOSE | re.DOTALL,
)

_PREPROC_RE = re.compile(r"#(?:[^\n\\]|\\.)*", re.DOTALL)


def tokenize(text: str, start: int = 0, end: int | None = None, line: int = 1,
             filename: str = "bytecodes.def") -> list[Token]:
    """Tokens of text[start:end]; `line` is the line number at `start`.

    Comments and preprocessor lines are kept as tokens (bodies copy them
    through); whitespace is dropped. Raises DefError on a stray character.
    """
    if end is None:
        end = len(text)
    tokens: list[Token] = []
    pos = start
    at_line_start = True
    while pos < end:
        if at_line_start:
            m = re.compile(r"[ \t]*#").match(text, pos, end)
            if m:
                hash_pos = m.end() - 1
                pm = _PREPROC_RE.match(text, hash_pos, end)
                assert pm
                tokens.append(Token(PREPROC, pm.group(), line, hash_pos, pm.end()))
                line += pm.group().count("\n")
                pos = pm.end()
                continue
        m = _TOKEN_RE.match(text, pos, end)
        if not m:
            raise DefError(f"unexpected character {text[pos]!r}", line, filename)
        kind = m.lastgroup
        value = m.group()
        if kind == "ws":
            if value == "\n":
                line += 1
                at_line_start = True
            pos = m.end()
            continue
        at_line_start = False
        tokens.append(Token(kind.upper(), value, line, pos, m.end()))
        line += value.count("\n")
        pos = m.end()
    return tokens
