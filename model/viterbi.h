#pragma once

#include "bilou.h"

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace dramatis {

// For each label, the labels that may precede it (bilou::allowed), so decoding skips the impossible pairs:
// about a third of the 17 x 17.
struct Predecessors
{
    std::array<std::array<std::uint8_t, bilou::LabelCount>, bilou::LabelCount> from{};
    std::array<int, bilou::LabelCount> count{};
    std::array<std::array<std::uint8_t, bilou::LabelCount>, bilou::LabelCount> to{};
    std::array<int, bilou::LabelCount> toCount{};
};

constexpr Predecessors makePredecessors()
{
    Predecessors p;
    for (int y = 0; y < bilou::LabelCount; ++y) {
        for (int q = 0; q < bilou::LabelCount; ++q) {
            if (bilou::allowed(q, y))
                p.from[y][p.count[y]++] = std::uint8_t(q);
            if (bilou::allowed(y, q))
                p.to[y][p.toCount[y]++] = std::uint8_t(q);
        }
    }
    return p;
}

inline constexpr Predecessors kPredecessors = makePredecessors();

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
            for (int k = 0; k < kPredecessors.count[y]; ++k) {
                const int p = kPredecessors.from[y][k];
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

// For a decoded sequence, how much worse the best path would score if token i took any other label
// (max-marginals from a forward and a backward max-sum pass): a per-token confidence margin.
inline void viterbiMargins(const float *emissions, qsizetype n, const float *transitions, const int *labels,
                           float best, float *margins)
{
    constexpr int L = bilou::LabelCount;
    constexpr int W = L + 1;
    constexpr float Never = -std::numeric_limits<float>::infinity();
    if (n <= 0)
        return;
    thread_local std::vector<float> fwd, bwd;
    fwd.resize(std::size_t(n) * L);
    bwd.resize(std::size_t(n) * L);
    for (int y = 0; y < L; ++y)
        fwd[y] = bilou::allowed(-1, y) ? transitions[y + 1] + emissions[y] : Never;
    for (qsizetype i = 1; i < n; ++i) {
        for (int y = 0; y < L; ++y) {
            float m = Never;
            for (int k = 0; k < kPredecessors.count[y]; ++k) {
                const int p = kPredecessors.from[y][k];
                m = std::max(m, fwd[(i - 1) * L + p] + transitions[(p + 1) * W + y + 1]);
            }
            fwd[i * L + y] = m + emissions[i * L + y];
        }
    }
    for (int y = 0; y < L; ++y)
        bwd[(n - 1) * L + y] = bilou::allowed(y, -1) ? transitions[(y + 1) * W] : Never;
    for (qsizetype i = n - 2; i >= 0; --i) {
        for (int y = 0; y < L; ++y) {
            float m = Never;
            for (int k = 0; k < kPredecessors.toCount[y]; ++k) {
                const int q = kPredecessors.to[y][k];
                m = std::max(m, transitions[(y + 1) * W + q + 1] + emissions[(i + 1) * L + q] + bwd[(i + 1) * L + q]);
            }
            bwd[i * L + y] = m;
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        float other = Never;
        for (int y = 0; y < L; ++y) {
            if (y != labels[i])
                other = std::max(other, fwd[i * L + y] + bwd[i * L + y]);
        }
        margins[i] = best - other;
    }
}

} // namespace dramatis
