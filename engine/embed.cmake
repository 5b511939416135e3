# Turns a text file into a C array: cmake -DIN=file -DOUT=file.c -DNAME=symbol -P embed.cmake
include(${CMAKE_CURRENT_LIST_DIR}/c_bytes.cmake)
pc_c_bytes(${IN} bytes size)
file(WRITE ${OUT} "/* Generated from ${IN}; do not edit. */\n#include <stddef.h>\n"
     "extern const char ${NAME}[];\nextern const size_t ${NAME}_size;\n"
     "const char ${NAME}[] = {\n${bytes}0};\nconst size_t ${NAME}_size = ${size};\n")
