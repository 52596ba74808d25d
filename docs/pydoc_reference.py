#!/usr/bin/env python3
"""Write the Python reference of the enforcement package with pydoc.

Usage: pydoc_reference.py [--html DIR]

Imports the package and each of its public modules, checks that every
public module, class, function, method and property has a docstring (the
reference is made of them), and with --html writes one pydoc page per
module into DIR, with index.html listing them. Exits 1 and names each
undocumented object when one is missing, 0 otherwise.

The raw SWIG layer (enforcement.core) gets a page but is not checked: its
docstrings come from the C headers, which the C reference checks.
"""

import importlib
import inspect
import os
import pkgutil
import pydoc
import sys

PACKAGE = "enforcement"
UNCHECKED = {"enforcement.core"}


def public_modules():
    """Return the package and its public submodules, imported, by name."""
    pkg = importlib.import_module(PACKAGE)
    names = [PACKAGE]
    for info in pkgutil.iter_modules(pkg.__path__):
        if not info.name.startswith("_"):
            names.append(PACKAGE + "." + info.name)
    return [importlib.import_module(n) for n in sorted(names)]


def public_names(module):
    """Return the names a module exports: __all__, else its own names."""
    if hasattr(module, "__all__"):
        return list(module.__all__)
    return [
        n
        for n, v in vars(module).items()
        if not n.startswith("_")
        and getattr(v, "__module__", None) == module.__name__
        and (inspect.isclass(v) or inspect.isfunction(v))
    ]


def class_members(cls):
    """Yield (name, object) for the public members a class defines."""
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        if inspect.isfunction(value) or isinstance(value, property):
            yield name, value


def missing_docstrings(module):
    """Return the dotted names of the module's undocumented objects."""
    missing = []
    if not inspect.getdoc(module):
        missing.append(module.__name__)
    for name in public_names(module):
        obj = getattr(module, name)
        where = module.__name__ + "." + name
        if not (inspect.isclass(obj) or inspect.isfunction(obj)):
            continue
        if getattr(obj, "__module__", module.__name__) != module.__name__:
            continue  # documented where it is defined
        if not obj.__doc__:
            missing.append(where)
        if inspect.isclass(obj):
            for mname, member in class_members(obj):
                if not member.__doc__:
                    missing.append(where + "." + mname)
    return missing


def write_html(modules, outdir):
    """Write one pydoc page per module and an index into outdir."""
    os.makedirs(outdir, exist_ok=True)
    links = []
    for module in modules:
        page = pydoc.html.page(
            pydoc.describe(module), pydoc.html.document(module, module.__name__)
        )
        path = os.path.join(outdir, module.__name__ + ".html")
        with open(path, "w", encoding="utf-8") as out:
            out.write(page)
        links.append('<li><a href="%s.html">%s</a></li>' % (module.__name__, module.__name__))
    index = pydoc.html.page(
        "enforcement: Python reference",
        "<h1>enforcement: Python reference</h1><ul>%s</ul>" % "".join(links),
    )
    with open(os.path.join(outdir, "index.html"), "w", encoding="utf-8") as out:
        out.write(index)


def main(argv):
    """Check the docstrings and, with --html DIR, write the pages."""
    outdir = None
    if len(argv) == 2 and argv[0] == "--html":
        outdir = argv[1]
    elif argv:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    modules = public_modules()
    missing = []
    for module in modules:
        if module.__name__ not in UNCHECKED:
            missing.extend(missing_docstrings(module))
    if outdir:
        write_html(modules, outdir)
        print("Python reference: %d modules in %s" % (len(modules), outdir))
    for name in missing:
        print("no docstring: " + name, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
