#!/usr/bin/env python3
"""Checks the Rust core's module graph: no import cycle between files, no file over the size limit.

An edge A -> B is a `crate::…` or `super::…` path in A's non-test code that names B or an item of
B (paths resolved to the deepest module file that exists). A module's declaration (`mod x;`) is
not an edge; a `pub use` is. Test code (an inline `#[cfg(test)] mod … {` and all after it, and files under a `tests/`
folder) and comments are ignored. Files over MAX_LINES fail, save generated tables and test files.

Usage: python3 scripts/checks/modules.py [--graph]   (exit 1 on a cycle or an oversized file)
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / 'src'
MAX_LINES = 500
EXEMPT = {'text/normalize_tables.rs'}


def module_path(file: Path) -> list[str]:
    """`src/layout/cues/credits.rs` -> ['layout', 'cues', 'credits']; mod.rs/lib.rs -> their folder."""
    parts = list(file.relative_to(ROOT).with_suffix('').parts)
    if parts[-1] in ('mod', 'lib'):
        parts = parts[:-1]
    return parts


def file_of(mod: list[str]) -> Path | None:
    if not mod:
        return ROOT / 'lib.rs'
    base = ROOT.joinpath(*mod)
    for cand in (base.with_suffix('.rs'), base / 'mod.rs'):
        if cand.exists():
            return cand
    return None


def resolve(mod: list[str]) -> Path | None:
    """The deepest existing module file along `mod` (the rest names items in it)."""
    for n in range(len(mod), -1, -1):
        found = file_of(mod[:n])
        if found:
            return found
    return None


def code_of(text: str) -> str:
    text = re.split(r'#\[cfg\(test\)\]\s*mod \w+ \{', text)[0]
    text = re.sub(r'//[^\n]*', '', text)
    return re.sub(r'"(\\.|[^"\\])*"', '""', text)


def paths_in(code: str) -> list[list[str]]:
    """Every `crate::a::b` / `super::a` path, `use` groups expanded one level (`a::{b, c}`)."""
    out = []
    for m in re.finditer(r'\b((?:crate|super)(?:::super)*)::((?:\w+::)*)(\{[^}]*\}|\w+)', code):
        head, middle, last = m.group(1), m.group(2), m.group(3)
        prefix = head.split('::') + [p for p in middle.split('::') if p]
        if last.startswith('{'):
            for part in last[1:-1].split(','):
                part = part.strip().split(' as ')[0]
                if part and part != 'self':
                    out.append(prefix + [p for p in part.split('::') if p and p != '*'])
                elif part == 'self':
                    out.append(prefix)
        else:
            out.append(prefix + ([last] if last != '*' else []))
    return out


def absolute(file: Path, path: list[str]) -> list[str]:
    here = module_path(file)
    # A file's `super` is its parent module; mod.rs/lib.rs files are their folder's module.
    if path[0] == 'crate':
        return path[1:]
    base = here[:]
    while path and path[0] == 'super':
        base = base[:-1]
        path = path[1:]
    return base + path


def main() -> int:
    files = [f for f in ROOT.rglob('*.rs') if 'bin' not in f.relative_to(ROOT).parts and 'tests' not in f.relative_to(ROOT).parts]
    edges: dict[Path, set[Path]] = {f: set() for f in files}
    problems = []
    for f in files:
        text = f.read_text()
        rel = str(f.relative_to(ROOT))
        lines = text.count('\n')
        code_lines = code_of(text).count('\n')
        if rel not in EXEMPT and code_lines > MAX_LINES:
            problems.append(f'{rel}: {code_lines} lines before its tests (limit {MAX_LINES})')
        code = code_of(text)
        for path in paths_in(code):
            target = resolve(absolute(f, path))
            if target and target != f:
                edges[f].add(target)
        # A parent's uses of its own children (`pub use child::Item`, `child::function()`).
        here = module_path(f)
        for child in re.findall(r'^\s*(?:pub(?:\([^)]*\))? )?mod (\w+);', code, re.M):
            if re.search(rf'(?<![:\w]){child}::', code.replace(f'mod {child};', '')):
                target = file_of(here + [child])
                if target:
                    edges[f].add(target)
    # Cycles: Tarjan's strongly connected components.
    index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(comp)

    sys.setrecursionlimit(10000)
    for v in files:
        if v not in index:
            visit(v)
    for comp in sccs:
        names = sorted(str(c.relative_to(ROOT)) for c in comp)
        problems.append('import cycle: ' + ' <-> '.join(names))
    if '--graph' in sys.argv:
        for f in sorted(edges):
            print(f.relative_to(ROOT), '->', ', '.join(sorted(str(t.relative_to(ROOT)) for t in edges[f])))
    for p in problems:
        print('modules:', p)
    print(f'modules: {len(files)} files, {sum(len(e) for e in edges.values())} imports, {len(sccs)} cycles, '
          f'{sum("lines before" in p for p in problems)} oversized')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
