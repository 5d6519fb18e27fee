// Unit tests for the tokenizer: indentation, literals, operators, errors.
#include "frontend/tokenizer.h"

#include <gtest/gtest.h>

using namespace uopy::frontend;

static std::vector<Token> toks(const char* src) {
    std::vector<Token> out;
    SyntaxErrorInfo err;
    EXPECT_TRUE(tokenize(src, out, err)) << err.msg;
    return out;
}

static std::string kinds(const std::vector<Token>& ts) {
    std::string s;
    for (auto& t : ts) {
        switch (t.type) {
        case Tok::Name: s += "N"; break;
        case Tok::Number: s += "#"; break;
        case Tok::String: s += "S"; break;
        case Tok::Op: s += "o"; break;
        case Tok::Newline: s += "|"; break;
        case Tok::Indent: s += ">"; break;
        case Tok::Dedent: s += "<"; break;
        case Tok::End: s += "$"; break;
        }
    }
    return s;
}

TEST(Tokenizer, IndentDedent) {
    EXPECT_EQ(kinds(toks("if x:\n    y = 1\nz\n")), "NNo|>No#|<N|$");
    EXPECT_EQ(kinds(toks("def f():\n  if a:\n    pass\n\n# c\nq\n")), "NNooo|>NNo|>N|<<N|$");
}

TEST(Tokenizer, Numbers) {
    auto ts = toks("0x1F 1_000 3.5e-2 .5 7j 0o17 0b1\n");
    ASSERT_GE(ts.size(), 7u);
    EXPECT_EQ(ts[0].text, "0x1F");
    EXPECT_EQ(ts[1].text, "1_000");
    EXPECT_EQ(ts[2].text, "3.5e-2");
    EXPECT_EQ(ts[3].text, ".5");
    EXPECT_EQ(ts[4].text, "7j");
}

TEST(Tokenizer, StringsAndPrefixes) {
    auto ts = toks("r'a\\n' b\"x\" f'{y}' '''multi\nline''' rb'q'\n");
    EXPECT_EQ(kinds(ts), "SSSSS|$");
    EXPECT_EQ(ts[0].text, "r'a\\n'");
    EXPECT_EQ(ts[3].line, 1);
}

TEST(Tokenizer, OperatorsAndBrackets) {
    EXPECT_EQ(kinds(toks("a **= (b\n  + c) // d := e\n")), "NooNoNooNoN|$");
}

TEST(Tokenizer, Errors) {
    std::vector<Token> out;
    SyntaxErrorInfo err;
    EXPECT_FALSE(tokenize("x = (1,\n", out, err));
    EXPECT_EQ(err.msg, "'(' was never closed");
    out.clear();
    EXPECT_FALSE(tokenize("s = 'abc\n", out, err));
    EXPECT_EQ(err.msg, "unterminated string literal (detected at line 1)");
    out.clear();
    EXPECT_FALSE(tokenize("if x:\n    a\n  b\n", out, err));
    EXPECT_EQ(err.kind, SyntaxErrorInfo::IndentationError);
    out.clear();
    EXPECT_FALSE(tokenize("x = 012\n", out, err));
    EXPECT_EQ(err.lineno, 1);
}
