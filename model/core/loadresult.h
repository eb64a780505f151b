#pragma once

#include "core/article.h"

#include <optional>

namespace dramatis {

// Why a file could not be opened, with a one-line message for people (names the file and the reason).
struct LoadError
{
    enum Kind {
        NotFound,
        NotAFile,
        Unreadable,
        Empty,
        TooLarge,
        Binary,
        Unsupported,
        Malformed,
        Encrypted,
        NoText
    };
    Kind kind = Unreadable;
    QString message;
};

// The outcome of loading: an article, or the reason there is none.
struct LoadResult
{
    Article article;
    std::optional<LoadError> error;
    QString note; // what the reader should know about an article that did open (why its text is empty)
    bool ok() const { return !error.has_value(); }
};

} // namespace dramatis
