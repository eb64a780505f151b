#pragma once

#include "bilou.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace dramatis {

// First-order Viterbi over the BILOU labels, restricted to well-formed sequences (an entity opened by B
// is closed by L of the same type). `emissions` holds n rows of bilou::LabelCount scores; `transitions`
// is (LabelCount + 1)^2, row = previous label + 1 (0 = sentence start), column = next label + 1
// (0 = sentence end). Writes n labels; returns the best path's score.
inline float viterbi(const float *emissions, qsizetype n, const float *transitions, int *labels)
{
    constexpr int L = bilou::LabelCount;
    constexpr int W = L + 1;
    constexpr float Never = -std::numeric_limits<float>::infinity();
    if (n <= 0)
        return 0;
    thread_local std::vector<float> score;
    thread_local std::vector<std::uint8_t> back;
    score.resize(std::size_t(n) * L);
    back.resize(std::size_t(n) * L);
    for (int y = 0; y < L; ++y)
        score[y] = bilou::allowed(-1, y) ? transitions[y + 1] + emissions[y] : Never;
    for (qsizetype i = 1; i < n; ++i) {
        const float *prev = &score[(i - 1) * L];
        float *cur = &score[i * L];
        const float *e = emissions + i * L;
        for (int y = 0; y < L; ++y) {
            float best = Never;
            int arg = 0;
            for (int p = 0; p < L; ++p) {
                if (!bilou::allowed(p, y))
                    continue;
                const float s = prev[p] + transitions[(p + 1) * W + y + 1];
                if (s > best) {
                    best = s;
                    arg = p;
                }
            }
            cur[y] = best + e[y];
            back[i * L + y] = std::uint8_t(arg);
        }
    }
    float best = Never;
    int arg = 0;
    const float *last = &score[(n - 1) * L];
    for (int y = 0; y < L; ++y) {
        if (!bilou::allowed(y, -1))
            continue;
        const float s = last[y] + transitions[(y + 1) * W];
        if (s > best) {
            best = s;
            arg = y;
        }
    }
    for (qsizetype i = n - 1; i >= 0; --i) {
        labels[i] = arg;
        if (i > 0)
            arg = back[i * L + arg];
    }
    return best;
}

} // namespace dramatis
