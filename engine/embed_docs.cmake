# The documents `plancheck serve` answers as they are in docs/: the OpenAPI
# description (GET /v1/openapi.json) and the JSON Schemas it refers to
# (GET /v1/schema/NAME, docs/schema/NAME), as a table of C arrays.
# cmake -DDOCS=docs-dir -DOUT=file.c -P embed_docs.cmake
include(${CMAKE_CURRENT_LIST_DIR}/c_bytes.cmake)
file(GLOB schemas RELATIVE ${DOCS} ${DOCS}/schema/*.schema.json)
list(SORT schemas)
set(arrays "")
set(table "")
set(i 0)
foreach(doc openapi.json ${schemas})
    pc_c_bytes(${DOCS}/${doc} bytes size)
    string(APPEND arrays "/* docs/${doc} */\nstatic const char doc${i}[] = {\n${bytes}0};\n")
    string(APPEND table "    {\"/v1/${doc}\", doc${i}, ${size}},\n")
    math(EXPR i "${i} + 1")
endforeach()
file(WRITE ${OUT} "/* Generated from docs/ by engine/embed_docs.cmake; do not edit. */\n#include \"serve.h\"\n\n"
     "${arrays}\nconst sv_document sv_documents[] = {\n${table}    {0, 0, 0}};\n")
