#pragma once

#include "core/tagger.h"

#include <QString>

#include <memory>

namespace dramatis {

// The tagger the app and the CLI use: the trained model linked into the binary (loaded once, shared).
std::shared_ptr<const Tagger> defaultTagger();

// A new tagger on the built-in model (what defaultTagger() made once); nullptr and `error` if the built-in
// model is unusable. For `dramatis-cli bench`, which times it.
std::shared_ptr<const Tagger> loadBuiltInTagger(QString *error = nullptr);

} // namespace dramatis
