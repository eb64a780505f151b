#pragma once

#include "core/tagger.h"

#include <QString>

namespace dramatis {

// Throughput of the tagging pipeline on one text, single thread, model already loaded: tokenization
// alone, then tokenization + tagging, each the best of several repetitions (by wall clock and by CPU time).
// For `dramatis-cli bench`.
struct TaggerBenchResult
{
    qsizetype tokens = 0;
    double tokenizeTokensPerSecond = 0;
    double tagTokensPerSecond = 0; // tokenize + tag
    // The same per second of the thread's CPU time: what a machine busy with other work does not distort.
    double tokenizeCpuTokensPerSecond = 0;
    double tagCpuTokensPerSecond = 0;
    qsizetype mentions = 0;
};

TaggerBenchResult benchTagger(const QString &text, const Tagger &tagger, int repetitions = 5);

} // namespace dramatis
