# pc_c_bytes(FILE BYTES SIZE): FILE's bytes as the initialiser of a C char
# array (twelve to a line, no terminator) in BYTES, their count in SIZE.
function(pc_c_bytes file bytes_var size_var)
    file(READ ${file} hex HEX)
    string(LENGTH "${hex}" n)
    math(EXPR size "${n} / 2")
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
    string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
    set(${bytes_var} "${bytes}" PARENT_SCOPE)
    set(${size_var} ${size} PARENT_SCOPE)
endfunction()
