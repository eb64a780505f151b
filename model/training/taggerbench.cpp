#include "training/taggerbench.h"

#include "ner/tokenizer.h"

#include <QElapsedTimer>

#include <limits>
#include <utility>

#include <time.h>

namespace dramatis {

namespace {

// CPU time of the calling thread: on a shared machine, wall-clock time also counts the time others ran.
qint64 threadCpuNanoseconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Runs `f` `repetitions` times; the best wall-clock and best CPU nanoseconds.
template<typename F> std::pair<qint64, qint64> best(int repetitions, F &&f)
{
    qint64 wall = std::numeric_limits<qint64>::max();
    qint64 cpu = std::numeric_limits<qint64>::max();
    for (int i = 0; i < std::max(1, repetitions); ++i) {
        QElapsedTimer t;
        const qint64 c0 = threadCpuNanoseconds();
        t.start();
        f();
        wall = std::min(wall, t.nsecsElapsed());
        cpu = std::min(cpu, threadCpuNanoseconds() - c0);
    }
    return {std::max<qint64>(wall, 1), std::max<qint64>(cpu, 1)};
}

} // namespace

TaggerBenchResult benchTagger(const QString &text, const Tagger &tagger, int repetitions)
{
    TaggerBenchResult r;
    const Tokenizer tokenizer;
    const auto [tokenizeWall, tokenizeCpu]
        = best(repetitions, [&] { r.tokens = tokenizer.tokenize(text).tokens.size(); });
    const auto [tagWall, tagCpu]
        = best(repetitions, [&] { r.mentions = tagger.tag(tokenizer.tokenize(text)).size(); });
    const double tokens = double(r.tokens) * 1e9;
    r.tokenizeTokensPerSecond = tokens / double(tokenizeWall);
    r.tagTokensPerSecond = tokens / double(tagWall);
    r.tokenizeCpuTokensPerSecond = tokens / double(tokenizeCpu);
    r.tagCpuTokensPerSecond = tokens / double(tagCpu);
    return r;
}

} // namespace dramatis
