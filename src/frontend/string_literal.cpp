// Decoding string and bytes literal bodies (see string_literal.h).
#include "frontend/string_literal.h"

#include <cctype>
#include <string>

namespace uopy::frontend {

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80)
        out.push_back(static_cast<char>(cp));
    else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Decodes the escapes of a non-raw literal body.
bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& error) {
    for (size_t k = 0; k < body.size(); k++) {
        char ch = body[k];
        if (ch != '\\' || k + 1 >= body.size()) {
            out.push_back(ch);
            continue;
        }
        char e = body[++k];
        switch (e) {
        case '\n': break;
        case '\\': out.push_back('\\'); break;
        case '\'': out.push_back('\''); break;
        case '"': out.push_back('"'); break;
        case 'a': out.push_back('\a'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'v': out.push_back('\v'); break;
        case 'x': {
            if (k + 2 >= body.size() + 0 ||
                !std::isxdigit(static_cast<unsigned char>(body[k + 1])) ||
                k + 2 > body.size() - 1 + 1 ||
                !std::isxdigit(static_cast<unsigned char>(body[k + 2]))) {
                error =
                    bytes
                        ? "(value error) invalid \\x escape at position " + std::to_string(k - 1)
                        : "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                              std::to_string(k - 1) + "-" + std::to_string(k) +
                              ": truncated \\xXX escape";
                return false;
            }
            uint32_t v =
                static_cast<uint32_t>(std::stoul(std::string(body.substr(k + 1, 2)), nullptr, 16));
            k += 2;
            if (bytes)
                out.push_back(static_cast<char>(v));
            else
                append_utf8(out, v);
            break;
        }
        case 'u':
        case 'U': {
            if (bytes) {
                out.push_back('\\');
                out.push_back(e);
                break;
            }
            size_t n = e == 'u' ? 4 : 8;
            if (k + n >= body.size() + 0 && k + n > body.size() - 1) {
                error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                        std::to_string(k - 1) + "-" + std::to_string(body.size() - 1) +
                        ": truncated \\" + std::string(1, e) + (e == 'u' ? "XXXX" : "XXXXXXXX") +
                        " escape";
                return false;
            }
            uint32_t v =
                static_cast<uint32_t>(std::stoul(std::string(body.substr(k + 1, n)), nullptr, 16));
            k += n;
            append_utf8(out, v);
            break;
        }
        case 'N': {
            size_t close = body.find('}', k);
            std::string name(body.substr(k + 2, close - k - 2));
            static const std::pair<const char*, uint32_t> names[] = {
                {"EM DASH", 0x2014},
                {"BULLET", 0x2022},
                {"SNOWMAN", 0x2603},
                {"GREEK SMALL LETTER ALPHA", 0x3b1},
                {"COPYRIGHT SIGN", 0xa9},
                {"DEGREE SIGN", 0xb0},
                {"LATIN SMALL LETTER E WITH ACUTE", 0xe9},
                {"SPACE", 0x20},
                {"NO-BREAK SPACE", 0xa0},
                {"EURO SIGN", 0x20ac}};
            bool found = false;
            for (auto& [nm, cp] : names)
                if (name == nm) {
                    append_utf8(out, cp);
                    found = true;
                }
            if (!found) {
                error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                        std::to_string(k - 1) + "-" + std::to_string(close) +
                        ": unknown Unicode character name";
                return false;
            }
            k = close;
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                uint32_t v = 0;
                size_t n = 0;
                while (n < 3 && k < body.size() && body[k] >= '0' && body[k] <= '7') {
                    v = v * 8 + (body[k] - '0');
                    k++;
                    n++;
                }
                k--;
                if (bytes)
                    out.push_back(static_cast<char>(v & 0xFF));
                else
                    append_utf8(out, v);
            } else {
                out.push_back('\\');
                out.push_back(e);
            }
        }
    }
    return true;
}

} // namespace uopy::frontend
