#pragma once

#include <vector>

namespace tarmac {

/// A file's key and the words people read for it (English, "tarmac::Labels" context).
struct FieldLabel {
    const char *key;
    const char *label;
};

/// Every parameter name of every kind, sorted by key.
const std::vector<FieldLabel> &parameterLabels();
/// Every requirement and output key, sorted by key.
const std::vector<FieldLabel> &requirementLabels();

} // namespace tarmac
