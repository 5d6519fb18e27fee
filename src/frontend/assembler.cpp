// The assembler: instruction lists to code units (with inline caches and
// EXTENDED_ARG prefixes), resolved jump offsets, the exception table and the
// location table in CPython's formats (Objects/locations.md: every
// instruction's lines and columns, mostly in two or three bytes), and the
// maximum stack depth.
// CPython counterpart: Python/assemble.c, Python/flowgraph.c (stack depth).
#include "frontend/compiler_internal.h"
#include "vm/generated/opcode_ids.h"
#include "vm/generated/opcode_metadata.h"

#include <algorithm>

namespace uopy::frontend {

using namespace uopy::vm;

namespace {

int ext_count(int oparg) {
    int n = 0;
    while (oparg > 0xFF) {
        oparg >>= 8;
        n++;
    }
    return n;
}

bool is_jump(int op) {
    return op == PSEUDO_JUMP || op == PSEUDO_JUMP_NO_INTERRUPT || op == JUMP_FORWARD ||
           op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT || op == POP_JUMP_IF_FALSE ||
           op == POP_JUMP_IF_TRUE || op == POP_JUMP_IF_NONE || op == POP_JUMP_IF_NOT_NONE ||
           op == FOR_ITER || op == SEND;
}

// Exception-table varints: 6 bits per byte, most significant first, 0x40 = more.
void write_varint(std::string& out, int value, bool first) {
    int chunks[8];
    int n = 0;
    do {
        chunks[n++] = value & 63;
        value >>= 6;
    } while (value);
    for (int k = n - 1; k >= 0; k--) {
        int b = chunks[k] | (k ? 64 : 0);
        if (first && k == n - 1) b |= 128;
        out.push_back(static_cast<char>(b));
    }
}

// Location-table varints: 6 bits per byte, least significant first.
void write_loc_varint(std::string& out, unsigned value) {
    while (value >= 64) {
        out.push_back(static_cast<char>((value & 63) | 64));
        value >>= 6;
    }
    out.push_back(static_cast<char>(value));
}
void write_loc_svarint(std::string& out, int value) {
    write_loc_varint(out, value < 0 ? (static_cast<unsigned>(-value) << 1) | 1
                                    : static_cast<unsigned>(value) << 1);
}

// One location-table entry for [len] (1 to 8) code units at [loc], in the
// smallest of CPython's forms that holds it. [prev_line] is the line the
// entry's line delta is taken from; the forms that carry a line update it.
void write_location(std::string& out, const Loc& loc, int len, int& prev_line) {
    auto head = [&](int code) {
        out.push_back(static_cast<char>(0x80 | (code << 3) | (len - 1)));
    };
    if (loc.line < 0) {
        head(15); // no location
        return;
    }
    int delta = loc.line - prev_line;
    int end_line = std::max(loc.end_line, loc.line);
    bool cols = loc.col >= 0 && loc.end_col >= 0;
    if (end_line == loc.line) {
        if (!cols) {
            head(13); // the line only
            write_loc_svarint(out, delta);
            prev_line = loc.line;
            return;
        }
        if (delta == 0 && loc.col < 80 && loc.end_col >= loc.col && loc.end_col - loc.col < 16) {
            // Short form: the column's high bits in the code, then one byte
            // of its low bits and the width.
            head(loc.col >> 3);
            out.push_back(static_cast<char>(((loc.col & 7) << 4) | (loc.end_col - loc.col)));
            return;
        }
        if (delta >= 0 && delta < 3 && loc.col < 128 && loc.end_col < 128) {
            head(10 + delta); // one-line form: a column byte each
            out.push_back(static_cast<char>(loc.col));
            out.push_back(static_cast<char>(loc.end_col));
            prev_line = loc.line;
            return;
        }
    }
    head(14); // long form
    write_loc_svarint(out, delta);
    write_loc_varint(out, static_cast<unsigned>(end_line - loc.line));
    write_loc_varint(out, cols ? static_cast<unsigned>(loc.col) + 1 : 0);
    write_loc_varint(out, cols ? static_cast<unsigned>(loc.end_col) + 1 : 0);
    prev_line = loc.line;
}

} // namespace

void assemble(const std::vector<Instr>& in, const std::vector<int>& label_pos,
              const std::vector<Handler>& given_handlers, int firstlineno, CodeData& out) {
    // A handler with depth -1 keeps the stack as it is at the first
    // instruction it covers; the stack-depth pass below fills it in.
    std::vector<Handler> handlers = given_handlers;
    size_t n = in.size();
    std::vector<int> opcode(n), oparg(n), ext(n, 0), start(n + 1, 0);
    for (size_t k = 0; k < n; k++) {
        opcode[k] = in[k].opcode;
        oparg[k] = in[k].oparg;
    }
    auto target_index = [&](size_t k) { return static_cast<size_t>(label_pos[in[k].target]); };
    // Iterate until instruction sizes (which depend on jump distances) settle.
    for (int iter = 0; iter < 20; iter++) {
        for (size_t k = 0; k < n; k++) {
            int op = opcode[k];
            int real = op;
            if (op == PSEUDO_JUMP || op == PSEUDO_JUMP_NO_INTERRUPT) real = JUMP_FORWARD;
            start[k + 1] = start[k] + ext[k] + 1 + opcode_cache_size[real];
        }
        bool changed = false;
        for (size_t k = 0; k < n; k++) {
            if (!is_jump(in[k].opcode)) continue;
            int op = in[k].opcode;
            size_t t = target_index(k);
            int target_off = start[std::min(t, n)];
            int op_off = start[k] + ext[k];
            int real = op;
            if (op == PSEUDO_JUMP || op == PSEUDO_JUMP_NO_INTERRUPT)
                real = target_off > op_off
                           ? JUMP_FORWARD
                           : (op == PSEUDO_JUMP ? JUMP_BACKWARD : JUMP_BACKWARD_NO_INTERRUPT);
            int after = op_off + 1 + opcode_cache_size[real];
            int arg = target_off >= after ? target_off - after : after - target_off;
            opcode[k] = real;
            oparg[k] = arg;
            int e = ext_count(arg);
            if (e != ext[k] || real != op) {
                if (e != ext[k]) changed = true;
                ext[k] = e;
            }
        }
        for (size_t k = 0; k < n; k++)
            if (!is_jump(in[k].opcode)) ext[k] = ext_count(oparg[k]);
        if (!changed && iter > 0) break;
    }
    for (size_t k = 0; k < n; k++)
        start[k + 1] = start[k] + ext[k] + 1 + opcode_cache_size[opcode[k]];

    // Code units.
    out.code.clear();
    for (size_t k = 0; k < n; k++) {
        for (int e = ext[k]; e > 0; e--)
            out.code.push_back(
                static_cast<uint16_t>(((oparg[k] >> (8 * e)) & 0xFF) << 8 | EXTENDED_ARG));
        out.code.push_back(static_cast<uint16_t>((oparg[k] & 0xFF) << 8 | opcode[k]));
        for (int c = 0; c < opcode_cache_size[opcode[k]]; c++)
            out.code.push_back(0);
    }

    // Location table: an entry per run of instructions at the same position
    // (their EXTENDED_ARGs and caches included), at most 8 code units each.
    out.linetable.clear();
    int prev_line = firstlineno;
    for (size_t k = 0; k < n;) {
        const Loc& loc = in[k].loc;
        size_t j = k + 1;
        while (j < n && in[j].loc == loc)
            j++;
        int units = start[j] - start[k];
        while (units > 0) {
            int len = std::min(units, 8);
            write_location(out.linetable, loc, len, prev_line);
            units -= len;
        }
        k = j;
    }

    // Stack depth: a worklist over instruction indices.
    std::vector<int> depth(n + 1, -1);
    std::vector<size_t> work;
    auto visit = [&](size_t idx, int d) {
        if (idx > n) return;
        if (depth[idx] >= d) return;
        depth[idx] = d;
        work.push_back(idx);
    };
    visit(0, 0);
    int maxd = 0;
    while (!work.empty()) {
        size_t k = work.back();
        work.pop_back();
        if (k >= n) continue;
        int d = depth[k];
        int op = opcode[k];
        if (in[k].handler >= 0 && handlers[in[k].handler].depth < 0)
            handlers[in[k].handler].depth = d;
        int after = d - opcode_num_popped(op, oparg[k]) + opcode_num_pushed(op, oparg[k]);
        maxd = std::max({maxd, d, after});
        if (in[k].handler >= 0) {
            const Handler& hd = handlers[in[k].handler];
            visit(static_cast<size_t>(label_pos[hd.label]), hd.depth + (hd.lasti ? 1 : 0) + 1);
        }
        if (is_jump(in[k].opcode)) {
            size_t t = target_index(k);
            // FOR_ITER's target is its END_FOR, which the exhausted branch skips
            // at run time; the flow graph counts it as reached with the item
            // pushed (END_FOR pops it), as CPython's does.
            visit(t, after);
            if (op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT)
                continue;
        }
        if (op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE) continue;
        visit(k + 1, after);
    }

    // Exception table: runs of consecutive instructions under the same handler.
    out.exceptiontable.clear();
    for (size_t k = 0; k < n;) {
        int h = in[k].handler;
        size_t j = k;
        while (j < n && in[j].handler == h)
            j++;
        if (h >= 0) {
            const Handler& hd = handlers[h];
            int target = start[std::min(static_cast<size_t>(label_pos[hd.label]), n)];
            write_varint(out.exceptiontable, start[k], true);
            write_varint(out.exceptiontable, start[j] - start[k], false);
            write_varint(out.exceptiontable, target, false);
            int hdepth = std::max(hd.depth, 0); // unreachable code leaves -1
            write_varint(out.exceptiontable, (hdepth << 1) | (hd.lasti ? 1 : 0), false);
        }
        k = j;
    }

    out.stacksize = maxd + 2; // headroom: an underestimate would overrun the frame
}

} // namespace uopy::frontend
