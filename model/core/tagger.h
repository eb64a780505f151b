#pragma once

#include "core/mention.h"
#include "core/token.h"

#include <stop_token>

namespace dramatis {

// Turns tokens into typed mentions. Implementations are immutable after construction, so one instance
// may tag on several threads at once. Mentions come back sorted by start, non-overlapping, on token
// boundaries of `tokens`, with offsets into tokens.text.
class Tagger
{
public:
    virtual ~Tagger() = default;
    virtual QString name() const = 0;
    // May return early (with what it has) when `stop` is requested.
    virtual MentionList tag(const TokenizedText &tokens, std::stop_token stop = {}) const = 0;
    // Whether the tagger's lists know a one-word name as an organisation of today's news and as no
    // personal name or place ("Google", "Uber"): the resolver keeps such a name a company before a product
    // noun ("the Uber app"). A tagger without lists knows none.
    virtual bool knowsOrganisation(QStringView name) const
    {
        Q_UNUSED(name);
        return false;
    }
};

} // namespace dramatis
