#pragma once

// The reference evaluator of the query language: slow and obviously correct, for
// differential tests only. It reads the query tree directly and compares token by token,
// with no Hyperscan, no candidate selection and no precomputation, following the rules
// of docs/query-language.md literally. It shares only the tokenizer and the folding
// functions of text/ with the engine (they define what a token is).

#include "core/post.h"
#include "query/ast.h"
#include "query/document.h"

namespace rauch::reference {

bool matches(const query::Node& root, const Post& post, const query::AnalysisLabels& labels = {});

}  // namespace rauch::reference
