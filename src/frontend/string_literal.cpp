// Decoding string and bytes literal bodies (see string_literal.h).
#include "frontend/string_literal.h"

#include "objects/unicode_names.h"

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

// Where byte [pos] of a literal body is in the text CPython decodes: a copy
// in which each non-ASCII character is written as \UXXXXXXXX (10 bytes).
static size_t escaped_offset(std::string_view body, size_t pos) {
    size_t n = 0;
    for (size_t i = 0; i < pos && i < body.size(); i++) {
        auto c = static_cast<unsigned char>(body[i]);
        if (c < 0x80)
            n++;
        else if ((c & 0xC0) != 0x80)
            n += 10; // the lead byte of a character
    }
    return n;
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
        case 'x':
        case 'u':
        case 'U': {
            if (e != 'x' && bytes) {
                out.push_back('\\');
                out.push_back(e);
                break;
            }
            // Exactly n hex digits follow; fewer is a "truncated" escape
            // whose position ends at the last digit there is.
            size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            size_t digits = 0;
            uint32_t v = 0;
            while (digits < n && k + 1 + digits < body.size() &&
                   std::isxdigit(static_cast<unsigned char>(body[k + 1 + digits]))) {
                char d = body[k + 1 + digits];
                v = v * 16 + static_cast<uint32_t>(d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
                digits++;
            }
            std::string where = "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                "position " +
                                std::to_string(k - 1) + "-";
            if (digits < n) {
                if (bytes)
                    error = "(value error) invalid \\x escape at position " + std::to_string(k - 1);
                else
                    error = where + std::to_string(k + digits) + ": truncated \\" +
                            std::string(1, e) + std::string(n, 'X') + " escape";
                return false;
            }
            if (v > 0x10FFFF) {
                error = where + std::to_string(k + n) + ": illegal Unicode character";
                return false;
            }
            k += n;
            if (bytes)
                out.push_back(static_cast<char>(v));
            else
                append_utf8(out, v);
            break;
        }
        case 'N': {
            if (bytes) {
                out.push_back('\\');
                out.push_back(e);
                break;
            }
            // \N{name}: a character name (aliases too), case-insensitive.
            // The error covers the escape from its backslash to where the
            // scan stopped, as CPython's unicode_escape decoder reports it.
            size_t start = k - 1;
            size_t s = k + 1;
            const char* reason = "malformed \\N character escape";
            if (s < body.size() && body[s] == '{') {
                size_t name = ++s;
                while (s < body.size() && body[s] != '}')
                    s++;
                if (s < body.size() && s > name) {
                    auto cp = unicode::lookup_codepoint(body.substr(name, s - name));
                    s++;
                    if (cp) {
                        append_utf8(out, *cp);
                        k = s - 1;
                        break;
                    }
                    reason = "unknown Unicode character name";
                }
            }
            error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                    std::to_string(escaped_offset(body, start)) + "-" +
                    std::to_string(escaped_offset(body, s) - 1) + ": " + reason;
            return false;
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
