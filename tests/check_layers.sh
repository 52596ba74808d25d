#!/bin/sh
# A layer of lib/ sees only its own folder and the folders below it: each
# folder is an object library whose include path stops there, so an upward
# #include "name.h" does not compile. A path in the include would get
# round that; this fails on any quoted include of lib/ that holds a '/'
# other than a public header (enforcement/...).
#   check_layers.sh SOURCE_DIR
set -eu
lib=${1:?source directory}/lib
hits=$(find "$lib" -name '*.[ch]' -exec grep -Hn '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^"]*/' {} + |
	grep -v '#[[:space:]]*include[[:space:]]*"enforcement/' || true)
if [ -n "$hits" ]; then
	echo "a private include with a path (the layers are kept by the include path):"
	echo "$hits"
	exit 1
fi
echo "no private include with a path"

# SQLite is the io layer's, for the durable store alone: the other layers
# (and the rest of io) need libc only.
hits=$(grep -rln '#[[:space:]]*include[[:space:]]*<sqlite3' "$lib" | grep -v '/io/io_store[^/]*\.[ch]$' || true)
if [ -n "$hits" ]; then
	echo "SQLite included outside lib/io/io_store*:"
	echo "$hits"
	exit 1
fi
echo "SQLite only in lib/io/io_store*"
