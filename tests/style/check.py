#!/usr/bin/env python3
"""tests/style/check.py -- the style rules a machine can check (CTest style/check).

  check.py SRC_DIR LIBPLANCHECK PLUGIN_DIR PLANCHECK_CLI

1. Source hygiene: no tab, no trailing blank, no carriage return, a final
   newline, in every C, Lua, shell, Python and CMake file of the tree (test
   fixtures whose odd bytes are the test are left out: tests/malformed, the
   hostile rule files).
2. One prefix for the public API: include/plancheck/ declares functions and
   types named pc_*, macros and enum constants named PC_*.
3. libplancheck exports only pc_* symbols.
4. No global mutable state: libplancheck and the plugins hold no variable of
   their own in .data, .bss or thread-local storage (constant tables live in
   .rodata / .data.rel.ro); the CLI only the signal flags listed below.
Prints one line per finding; exit 1 when there is any.
"""
import os
import re
import subprocess
import sys

src, lib, plugins_dir, cli = sys.argv[1:5]
findings = []

SOURCE = re.compile(r'(\.(c|h|lua|sh|py|cmake|mjs)|CMakeLists\.txt)$')
SKIP_DIRS = {'.git', 'node_modules', 'build', 'build-asan', 'build-bench', 'malformed'}
SKIP_FILES = {'tests/rules/hostile/bytecode/x/attack.lua'}   # a bytecode header is the attack


def source_files():
    """The files git tracks and the new ones it does not ignore (a generated
    fuzz corpus or a build directory is not the project's source); every
    file below src when it is not a git checkout (a release tarball)."""
    try:
        out = subprocess.run(['git', '-C', src, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
                             capture_output=True, check=True).stdout
        for rel in sorted(set(out.decode().split('\0')) - {''}):
            if os.path.isfile(os.path.join(src, rel)) and not SKIP_DIRS.intersection(rel.split('/')[:-1]):
                yield rel
        return
    except (OSError, subprocess.CalledProcessError):
        pass
    for root, dirs, files in os.walk(src):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.startswith('build')]
        for name in files:
            yield os.path.relpath(os.path.join(root, name), src)


for rel in source_files():
    path = os.path.join(src, rel)
    name = os.path.basename(rel)
    if not SOURCE.search(name) or rel in SKIP_FILES:
        continue
    data = open(path, 'rb').read()
    if data and not data.endswith(b'\n'):
        findings.append(f'{rel}: no newline at the end of the file')
    for i, line in enumerate(data.split(b'\n'), 1):
        if b'\r' in line:
            findings.append(f'{rel}:{i}: a carriage return')
        if b'\t' in line and not rel.endswith('.sh'):
            findings.append(f'{rel}:{i}: a tab')
        elif b'\t' in line and not re.search(rb"'[^']*\t[^']*'", line):
            findings.append(f'{rel}:{i}: a tab outside a quoted string')
        if line.rstrip(b' \t') != line:
            findings.append(f'{rel}:{i}: trailing blanks')

# 2. the public headers
for name in sorted(os.listdir(os.path.join(src, 'include', 'plancheck'))):
    rel = f'include/plancheck/{name}'
    text = open(os.path.join(src, rel), encoding='utf-8').read()
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    for m in re.finditer(r'^#\s*define\s+(\w+)', text, re.M):
        if not m.group(1).startswith(('PC_', 'PLANCHECK_')):
            findings.append(f'{rel}: macro {m.group(1)} is not PC_*')
    for m in re.finditer(r'\b(struct|union|enum)\s+(\w+)\s*\{', text):
        if not m.group(2).startswith('pc_'):
            findings.append(f'{rel}: {m.group(1)} {m.group(2)} is not pc_*')
    for m in re.finditer(r'\btypedef\b', text):
        depth, i = 0, m.end()
        while i < len(text) and not (text[i] == ';' and depth == 0):
            depth += {'{': 1, '}': -1}.get(text[i], 0)
            i += 1
        decl = text[m.end():i]
        tail = decl[decl.rfind('}') + 1:] if '}' in decl else decl
        pointer = re.search(r'\(\s*\*\s*(\w+)\s*\)', tail)
        name = pointer.group(1) if pointer else re.findall(r'\w+', tail)[-1]
        if not name.startswith('pc_'):
            findings.append(f'{rel}: typedef {name} is not pc_*')
    for m in re.finditer(r'^PC_API\b[^;]*?\b(\w+)\s*\(', text, re.M):
        if not m.group(1).startswith('pc_'):
            findings.append(f'{rel}: function {m.group(1)} is not pc_*')
    for body in re.findall(r'\benum\s+\w*\s*\{([^}]*)\}', text):
        for const in re.findall(r'^\s*(\w+)', body, re.M):
            if not const.startswith('PC_'):
                findings.append(f'{rel}: enum constant {const} is not PC_*')


def symbols(path, args):
    out = subprocess.run(['nm'] + args + [path], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines() if line.strip()]


def mutable(path):
    """(name, section) of the object's own variables in writable sections."""
    out = subprocess.run(['objdump', '-t', path], capture_output=True, text=True, check=True).stdout
    found = []
    for line in out.splitlines():
        m = re.match(r'^[0-9a-f]+\s+(\S*)\s+(\S*)\s*(\.data|\.bss|\.tdata|\.tbss)\s+[0-9a-f]+\s+(\S+)$', line)
        if not m or 'O' not in (m.group(1) + m.group(2)):
            continue
        name = m.group(4)
        # the C runtime's and the sanitizers' own
        if '@' in name or name in {'completed.0', '__dso_handle', '__TMC_END__'} or name.startswith(('__odr_asan', '__asan', '__ubsan')):
            continue
        found.append((name, m.group(3)))
    return found


for fields in symbols(lib, ['-D', '--defined-only']):
    name = fields[-1]
    if not name.startswith('pc_'):
        findings.append(f'libplancheck.so exports {name} (not pc_*)')

objects = [lib] + sorted(os.path.join(plugins_dir, f) for f in os.listdir(plugins_dir) if f.endswith('.so'))
for path in objects:
    for name, section in mutable(path):
        findings.append(f'{os.path.basename(path)}: mutable global {name} in {section}')
CLI_FLAGS = {'interrupted'}   # set by signal handlers (volatile sig_atomic_t)
for name, section in mutable(cli):
    if name not in CLI_FLAGS:
        findings.append(f'plancheck: mutable global {name} in {section}')

for f in findings:
    print(f)
print(f'style: {len(findings)} finding(s) in {len(objects) + 1} objects and the source tree')
sys.exit(1 if findings else 0)
