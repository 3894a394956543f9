// disasm.c: the bytecode listing (`claudelang disasm FILE`), built from opcodes.def like the
// VM's dispatch table: one line per instruction with its operands, the constant it names and
// its source line, then the nested prototypes.
#include <string.h>

#include "compile/internal.h"

const uint8_t cl_opcode_formats[OP_COUNT] = {
#define X(name, format, meaning) [OP_##name] = FMT_##format,
#include "compile/opcodes.def"
#undef X
};

const char *const cl_opcode_names[OP_COUNT] = {
#define X(name, format, meaning) [OP_##name] = #name,
#include "compile/opcodes.def"
#undef X
};

// Appends a short written form of constant `v` (strings quoted, long values cut).
static void write_constant(ClState *S, Buffer *out, Value v)
{
    if (cl_is_obj_type(v, OBJ_PROTO)) {
        const Proto *p = (const Proto *)cl_as_object(v);
        cl_buffer_printf(out, "<function %s>", p->name ? p->name->bytes : "anonymous");
        return;
    }
    Buffer b;
    cl_buffer_init(&b);
    cl_write_value(S, &b, v);
    if (b.size > 40) {
        b.size = 37;
        cl_buffer_append_cstr(&b, "...");
    }
    if (b.bytes)
        cl_buffer_append(out, b.bytes, b.size);
    cl_buffer_fini(&b);
}

// Writes one instruction at `code + at` and returns its length in words.
static uint32_t write_instruction(ClState *S, const Proto *p, uint32_t at, Buffer *out)
{
    const uint32_t *code = p->code;
    uint32_t i = code[at];
    OpCode op = OP(i);
    if ((unsigned)op >= OP_COUNT) {
        cl_buffer_printf(out, "%5u  ??? %08x\n", at, i);
        return 1;
    }
    OpFormat f = (OpFormat)cl_opcode_formats[op];
    uint32_t words = (uint32_t)cl_format_words(f);
    Position pos = cl_linemap_position(cl_module_lines(p->module, p->unit), p->offsets[at]);
    cl_buffer_printf(out, "%5u  [%4u] %-10s", at, pos.line, cl_opcode_names[op]);
    int32_t jump = 0;
    if (words > 1 && at + words - 1 < p->code_count)
        jump = (int32_t)code[at + words - 1];
    switch (f) {
    case FMT_A:
        cl_buffer_printf(out, " %u", ARG_A(i));
        break;
    case FMT_AB:
        cl_buffer_printf(out, " %u %u", ARG_A(i), ARG_B(i));
        break;
    case FMT_ABC:
        cl_buffer_printf(out, " %u %u %u", ARG_A(i), ARG_B(i), ARG_C(i));
        break;
    case FMT_ABx:
        cl_buffer_printf(out, " %u %u", ARG_A(i), ARG_Bx(i));
        if (op == OP_LOADK || op == OP_CLOSURE || op == OP_NAMEFN || op == OP_CHECK) {
            cl_buffer_append_cstr(out, "\t; ");
            write_constant(S, out, p->constants[ARG_Bx(i)]);
        } else if (op == OP_GETGLOBAL || op == OP_SETGLOBAL) {
            cl_buffer_printf(out, "\t; %s", p->module->global_names[ARG_Bx(i)]->bytes);
        }
        break;
    case FMT_AsBx:
        cl_buffer_printf(out, " %u %d", ARG_A(i), ARG_sBx(i));
        break;
    case FMT_ABsC:
        cl_buffer_printf(out, " %u %u %d", ARG_A(i), ARG_B(i), ARG_sC(i));
        break;
    case FMT_J:
        cl_buffer_printf(out, " -> %d", (int32_t)at + 1 + ARG_sJ(i));
        break;
    case FMT_AJ:
        cl_buffer_printf(out, " %u -> %d", ARG_A(i), (int32_t)(at + words) + jump);
        break;
    case FMT_ABJ:
        cl_buffer_printf(out, " %u %u -> %d", ARG_A(i), ARG_B(i), (int32_t)(at + words) + jump);
        break;
    case FMT_AsBJ:
        cl_buffer_printf(out, " %u %d -> %d", ARG_A(i), ARG_sB(i), (int32_t)(at + words) + jump);
        break;
    case FMT_ABCJ:
        cl_buffer_printf(out, " %u %u %u -> %d", ARG_A(i), ARG_B(i), ARG_C(i),
                         (int32_t)(at + words) + jump);
        break;
    case FMT_AKJ:
    case FMT_ABKJ: {
        uint32_t k = code[at + 1] & 0xFFFF;
        if (f == FMT_AKJ)
            cl_buffer_printf(out, " %u", ARG_A(i));
        else
            cl_buffer_printf(out, " %u %u", ARG_A(i), ARG_B(i));
        cl_buffer_printf(out, " k%u -> %d\t; ", k, (int32_t)(at + words) + jump);
        write_constant(S, out, p->constants[k]);
        break;
    }
    }
    cl_buffer_append_cstr(out, "\n");
    return words;
}

static void disassemble_one(ClState *S, const Proto *p, Buffer *out, int depth)
{
    cl_buffer_printf(out, "%s%s: %u parameter%s%s, %u registers, %u captures, %u constants\n",
                     depth ? "\n" : "", p->name ? p->name->bytes : depth ? "<anonymous>" : "<form>",
                     p->param_count, p->param_count == 1 ? "" : "s",
                     p->variadic ? " (variadic)" : "", p->register_count, p->capture_count,
                     p->constant_count);
    for (uint32_t at = 0; at < p->code_count;)
        at += write_instruction(S, p, at, out);
    for (uint32_t k = 0; k < p->constant_count; k++)
        if (cl_is_obj_type(p->constants[k], OBJ_PROTO))
            disassemble_one(S, (const Proto *)cl_as_object(p->constants[k]), out, depth + 1);
}

void cl_disassemble(ClState *S, Proto *proto, Buffer *out)
{
    disassemble_one(S, proto, out, 0);
}
