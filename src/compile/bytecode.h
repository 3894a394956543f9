// bytecode.h: the instruction encoding shared by the compiler, the VM, the disassembler and
// the JIT. The opcodes themselves are listed once, in opcodes.def.
#ifndef CL_BYTECODE_H
#define CL_BYTECODE_H

#include <stdint.h>

typedef enum OpCode {
#define X(name, format, meaning) OP_##name,
#include "compile/opcodes.def"
#undef X
    OP_COUNT
} OpCode;

typedef enum OpFormat {
    FMT_A, FMT_AB, FMT_ABC, FMT_ABx, FMT_AsBx, FMT_ABsC, FMT_J, FMT_AJ, FMT_ABJ, FMT_AsBJ,
    FMT_AKJ, FMT_ABCJ, FMT_ABKJ
} OpFormat;

#define CL_SBX_BIAS 32767
#define CL_SC_BIAS 127
#define CL_SJ_BIAS (1 << 23)

#define OP(i) ((OpCode)((i) & 0xFF))
#define ARG_A(i) (((i) >> 8) & 0xFF)
#define ARG_B(i) (((i) >> 16) & 0xFF)
#define ARG_C(i) ((i) >> 24)
#define ARG_Bx(i) ((i) >> 16)
#define ARG_sBx(i) ((int32_t)ARG_Bx(i) - CL_SBX_BIAS)
#define ARG_sB(i) ((int32_t)ARG_B(i) - CL_SC_BIAS)
#define ARG_sC(i) ((int32_t)ARG_C(i) - CL_SC_BIAS)
#define ARG_sJ(i) ((int32_t)((i) >> 8) - CL_SJ_BIAS)

static inline uint32_t cl_encode_abc(OpCode op, unsigned a, unsigned b, unsigned c)
{
    return (uint32_t)op | (uint32_t)a << 8 | (uint32_t)b << 16 | (uint32_t)c << 24;
}
static inline uint32_t cl_encode_abx(OpCode op, unsigned a, unsigned bx)
{
    return (uint32_t)op | (uint32_t)a << 8 | (uint32_t)bx << 16;
}
static inline uint32_t cl_encode_sj(OpCode op, int32_t offset)
{
    return (uint32_t)op | (uint32_t)(offset + CL_SJ_BIAS) << 8;
}

// The number of words an instruction of each format occupies.
static inline int cl_format_words(OpFormat f)
{
    switch (f) {
    case FMT_AJ:
    case FMT_ABJ:
    case FMT_AsBJ:
    case FMT_ABCJ:
        return 2;
    case FMT_AKJ:
    case FMT_ABKJ:
        return 3;
    default:
        return 1;
    }
}

extern const uint8_t cl_opcode_formats[OP_COUNT];
extern const char *const cl_opcode_names[OP_COUNT];

#endif
