#pragma once

#include "tagger.h"

#include <memory>

namespace dramatis {

// The tagger the app and the CLI use: the trained model shipped in the resources (loaded once, shared).
std::shared_ptr<const Tagger> defaultTagger();

} // namespace dramatis
