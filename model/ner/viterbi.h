#pragma once

#include "ner/bilou.h"

#include <QtGlobal>

#ifdef __SSE2__
#include <xmmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace dramatis {

namespace viterbidetail {

inline constexpr int Groups = 1 + 2 * EntityTypeCount;

// Closing labels O, L-x, U-x and opening labels O, B-x, U-x, in label order.
constexpr int closing(int k)
{
    return k == 0 ? 0 : 1 + 4 * ((k - 1) / 2) + ((k - 1) % 2 ? 3 : 2);
}
constexpr int opening(int k)
{
    return k == 0 ? 0 : 1 + 4 * ((k - 1) / 2) + ((k - 1) % 2 ? 3 : 0);
}
constexpr std::array<int, Groups> labelsOf(int (*f)(int))
{
    std::array<int, Groups> r {};
    for (int k = 0; k < Groups; ++k)
        r[k] = f(k);
    return r;
}
inline constexpr std::array<int, Groups> kClosing = labelsOf(closing);
inline constexpr std::array<int, Groups> kOpening = labelsOf(opening);

} // namespace viterbidetail

// First-order Viterbi over the BILOU labels, restricted to well-formed sequences (an entity opened by B is
// closed by L of the same type), and the max-marginal margins of a decoded sequence.
//
// BILOU makes the transition graph sparse and regular: the "closing" labels (O, L-x, U-x, and the sentence
// start) lead to the "opening" labels (O, B-x, U-x), and B-x / I-x lead only to I-x / L-x. So the dense part
// is a 9 x 9 block, stored contiguously (padded to a vector multiple) where the compiler turns it into packed
// adds and maxes; back pointers are not stored but recomputed for the one label chosen at each position.
// `transitions` is (LabelCount + 1)^2, row = previous label + 1 (0 = sentence start), column = next label + 1
// (0 = sentence end); emissions hold LabelCount scores per token.
class BilouDecoder final
{
    static constexpr auto closing = viterbidetail::closing;
    static constexpr auto opening = viterbidetail::opening;

public:
    static constexpr int L = bilou::LabelCount;
    static constexpr int W = L + 1;
    static constexpr int K = viterbidetail::Groups; // closing (or opening) labels
    static constexpr int Pad = (K + 3) / 4 * 4;

    explicit BilouDecoder(const float *transitions)
        : m_t(transitions)
    {
        for (int a = 0; a < Pad; ++a) {
            for (int b = 0; b < Pad; ++b) {
                const bool real = a < K && b < K;
                m_closeToOpen[a][b] = real ? transitions[(closing(a) + 1) * W + opening(b) + 1] : Never;
                // Transposed, for the backward pass: row = next (opening) label, column = closing label.
                m_openFromClose[a][b] = real ? transitions[(closing(b) + 1) * W + opening(a) + 1] : Never;
            }
        }
    }

    // Decodes n tokens into `labels`; returns the best path's score. Keeps the forward table for margins().
    float decode(const float *emissions, qsizetype n, int *labels)
    {
        if (n <= 0)
            return 0;
        m_forward.resize(std::size_t(n) * L);
        float *f = m_forward.data();
        for (int y = 0; y < L; ++y)
            f[y] = bilou::allowed(-1, y) ? m_t[y + 1] + emissions[y] : Never;
        for (qsizetype i = 1; i < n; ++i)
            forwardStep(f + (i - 1) * L, emissions + i * L, f + i * L);
        const float *last = f + (n - 1) * L;
        float best = Never;
        int arg = 0;
        for (int y = 0; y < L; ++y) {
            if (!bilou::allowed(y, -1))
                continue;
            const float s = last[y] + m_t[(y + 1) * W];
            if (s > best) {
                best = s;
                arg = y;
            }
        }
        // Back pointers, recomputed: the first best predecessor in label order, as a stored one would be.
        for (qsizetype i = n - 1; i >= 0; --i) {
            labels[i] = arg;
            if (i == 0)
                break;
            const float *prev = f + (i - 1) * L;
            const bool continues = arg != bilou::Outside
                && (bilou::partOf(arg) == bilou::Inside || bilou::partOf(arg) == bilou::Last);
            const int begin = continues ? arg - (bilou::partOf(arg) == bilou::Inside ? 1 : 2) : 0;
            const int from[2] = {begin, begin + 1};
            const int *candidates = continues ? from : viterbidetail::kClosing.data();
            const int count = continues ? 2 : K;
            float b = Never;
            int p = 0;
            for (int c = 0; c < count; ++c) {
                const int q = candidates[c];
                const float s = prev[q] + m_t[(q + 1) * W + arg + 1];
                if (s > b) {
                    b = s;
                    p = q;
                }
            }
            arg = p;
        }
        return best;
    }

    // After decode() of the same emissions: for each token, how much worse the best path would score if the
    // token took any other label (forward and backward max-sum), as `best - best alternative`.
    void margins(const float *emissions, qsizetype n, const int *labels, float best, float *out)
    {
        if (n <= 0)
            return;
        m_backward.resize(std::size_t(n) * L);
        float *bw = m_backward.data();
        float *row = bw + (n - 1) * L;
        for (int y = 0; y < L; ++y)
            row[y] = bilou::allowed(y, -1) ? m_t[(y + 1) * W] : Never;
        for (qsizetype i = n - 2; i >= 0; --i)
            backwardStep(emissions + (i + 1) * L, bw + (i + 1) * L, bw + i * L);
        const float *f = m_forward.data();
        for (qsizetype i = 0; i < n; ++i) {
            float other = Never;
            for (int y = 0; y < L; ++y) {
                if (y != labels[i])
                    other = std::max(other, f[i * L + y] + bw[i * L + y]);
            }
            out[i] = best - other;
        }
    }

private:
    static constexpr float Never = -std::numeric_limits<float>::infinity();

    // acc[b] = max over a of v[labels[a]] + t[a][b]: the dense block, four columns at a time.
    static void maxPlus(const float *v, const float (*t)[Pad], const int *labels, float *acc)
    {
#ifdef __SSE2__
        __m128 r[Pad / 4];
        for (int j = 0; j < Pad / 4; ++j)
            r[j] = _mm_set1_ps(Never);
#pragma GCC unroll 9
        for (int a = 0; a < K; ++a) {
            const __m128 x = _mm_set1_ps(v[labels[a]]);
#pragma GCC unroll 4
            for (int j = 0; j < Pad / 4; ++j)
                r[j] = _mm_max_ps(r[j], _mm_add_ps(x, _mm_load_ps(t[a] + 4 * j)));
        }
        for (int j = 0; j < Pad / 4; ++j)
            _mm_store_ps(acc + 4 * j, r[j]);
#else
        std::fill(acc, acc + Pad, Never);
        for (int a = 0; a < K; ++a) {
            const float x = v[labels[a]];
            for (int b = 0; b < Pad; ++b)
                acc[b] = std::max(acc[b], x + t[a][b]);
        }
#endif
    }

    void forwardStep(const float *prev, const float *e, float *cur) const
    {
        alignas(16) float acc[Pad];
        maxPlus(prev, m_closeToOpen, viterbidetail::kClosing.data(), acc);
#pragma GCC unroll 9
        for (int b = 0; b < K; ++b)
            cur[viterbidetail::kOpening[b]] = acc[b] + e[viterbidetail::kOpening[b]];
#pragma GCC unroll 4
        for (int x = 0; x < EntityTypeCount; ++x) {
            const int B = 1 + 4 * x;
            const int I = B + 1;
            const int Last = B + 2;
            for (int y : {I, Last}) {
                const float fromB = prev[B] + m_t[(B + 1) * W + y + 1];
                const float fromI = prev[I] + m_t[(I + 1) * W + y + 1];
                cur[y] = std::max(fromB, fromI) + e[y];
            }
        }
    }

    // bw[y] = max over successors q of T[y][q] + e[q] + next[q].
    void backwardStep(const float *e, const float *next, float *bw) const
    {
        float g[L];
        for (int q = 0; q < L; ++q)
            g[q] = e[q] + next[q];
        alignas(16) float acc[Pad];
        maxPlus(g, m_openFromClose, viterbidetail::kOpening.data(), acc);
#pragma GCC unroll 9
        for (int a = 0; a < K; ++a)
            bw[viterbidetail::kClosing[a]] = acc[a];
#pragma GCC unroll 4
        for (int x = 0; x < EntityTypeCount; ++x) {
            const int B = 1 + 4 * x;
            const int I = B + 1;
            const int Last = B + 2;
            for (int y : {B, I}) {
                const float toI = m_t[(y + 1) * W + I + 1] + g[I];
                const float toL = m_t[(y + 1) * W + Last + 1] + g[Last];
                bw[y] = std::max(toI, toL);
            }
        }
    }

    const float *m_t;
    alignas(16) float m_closeToOpen[Pad][Pad];
    alignas(16) float m_openFromClose[Pad][Pad];
    std::vector<float> m_forward;
    std::vector<float> m_backward;
};

// Decodes one sequence (see BilouDecoder); returns the best path's score.
inline float viterbi(const float *emissions, qsizetype n, const float *transitions, int *labels)
{
    BilouDecoder decoder(transitions);
    return decoder.decode(emissions, n, labels);
}

} // namespace dramatis
