# embed.cmake: writes INPUT as a C byte array named SYMBOL into OUTPUT (the prelude's source is
# compiled into the library this way). Usage: cmake -DINPUT=f -DOUTPUT=f.c -DSYMBOL=name -P
file(READ ${INPUT} content HEX)
string(LENGTH "${content}" hex_length)
math(EXPR length "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE ${OUTPUT} "// Generated from ${INPUT} by cmake/embed.cmake: do not edit.\n#include <stddef.h>\nconst char ${SYMBOL}[] = {\n${bytes}0};\nconst size_t ${SYMBOL}_length = ${length};\n")
