#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build/fuzz (the g++ build never needs clang).
#   tests/fuzz/build.sh                 build build/fuzz/query_parser_fuzz
#   tests/fuzz/build.sh run [seconds]   build, then fuzz (default 60 s) with the seed corpus,
#                                       keeping new inputs in build/fuzz/corpus and crashes
#                                       in build/fuzz/crashes
#   tests/fuzz/build.sh merge           minimise build/fuzz/corpus into the seed corpus
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/build/fuzz"
mkdir -p "$out/obj" "$out/corpus" "$out/crashes"

cxx="${CXX_FUZZ:-clang++}"
flags=(-std=c++20 -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined
       -fno-sanitize-recover=all -I"$root/src" -I"$root/tests/fuzz")
# core/assert.cpp is left out: clang 14 cannot compile std::source_location of libstdc++ 12,
# and the syntax layer does not assert.
sources=(
  "$root/src/core/error.cpp" "$root/src/core/post.cpp"
  "$root/src/query/ast.cpp"
  "$root"/src/query/syntax/*.cpp "$root"/src/query/syntax/detail/*.cpp
)

objects=()
for source in "${sources[@]}"; do
  object="$out/obj/$(echo "${source#"$root"/}" | tr '/' '_').o"
  if [[ ! -f "$object" || "$source" -nt "$object" ]]; then
    "$cxx" "${flags[@]/-fsanitize=fuzzer,/-fsanitize=fuzzer-no-link,}" -c "$source" -o "$object"
  fi
  objects+=("$object")
done
"$cxx" "${flags[@]}" "$root/tests/fuzz/query_parser_fuzz.cpp" "${objects[@]}" -lfmt \
  -o "$out/query_parser_fuzz"
echo "built $out/query_parser_fuzz"

seeds="$root/tests/fuzz/corpus/query_parser"
case "${1:-}" in
  run)
    "$out/query_parser_fuzz" -max_total_time="${2:-60}" -max_len=512 -timeout=10 \
      -artifact_prefix="$out/crashes/" -dict="$root/tests/fuzz/query_parser.dict" \
      "$out/corpus" "$seeds"
    ;;
  merge)
    "$out/query_parser_fuzz" -merge=1 -use_counters=0 "$seeds" "$out/corpus"
    ;;
esac
