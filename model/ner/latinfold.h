#pragma once

// Latin letters with diacritics folded to their base letter, lower case, so that "Nguyễn", "Łukasz" and
// "Dvořák" find the name lists' "nguyen", "lukasz" and "dvorak". Covers Latin-1 Supplement, Latin
// Extended-A and -B (U+00C0-U+024F) and Latin Extended Additional (U+1E00-U+1EFF, Vietnamese); 0 where a
// letter has no base letter of its own (æ, ß, þ). Generated from Unicode's canonical decompositions (the
// first character of the NFD form when it is an ASCII letter, plus the barred and stroked letters ł, đ, ø,
// ħ, ŧ, ı that have none) by Python's unicodedata; regenerate the same way if the ranges change.

namespace dramatis::latinfold {

inline constexpr char16_t LatinFirst = 0x00C0;
inline constexpr char16_t LatinLast = 0x024F;
inline constexpr char16_t Latin[] = {
    u'a', u'a', u'a', u'a', u'a', u'a', 0, u'c', u'e', u'e', u'e', u'e', u'i', u'i', u'i', u'i',
    0, u'n', u'o', u'o', u'o', u'o', u'o', 0, u'o', u'u', u'u', u'u', u'u', u'y', 0, 0,
    u'a', u'a', u'a', u'a', u'a', u'a', 0, u'c', u'e', u'e', u'e', u'e', u'i', u'i', u'i', u'i',
    0, u'n', u'o', u'o', u'o', u'o', u'o', 0, u'o', u'u', u'u', u'u', u'u', u'y', 0, u'y',
    u'a', u'a', u'a', u'a', u'a', u'a', u'c', u'c', u'c', u'c', u'c', u'c', u'c', u'c', u'd', u'd',
    u'd', u'd', u'e', u'e', u'e', u'e', u'e', u'e', u'e', u'e', u'e', u'e', u'g', u'g', u'g', u'g',
    u'g', u'g', u'g', u'g', u'h', u'h', u'h', u'h', u'i', u'i', u'i', u'i', u'i', u'i', u'i', u'i',
    u'i', u'i', 0, 0, u'j', u'j', u'k', u'k', 0, u'l', u'l', u'l', u'l', u'l', u'l', 0,
    0, u'l', u'l', u'n', u'n', u'n', u'n', u'n', u'n', 0, 0, 0, u'o', u'o', u'o', u'o',
    u'o', u'o', 0, 0, u'r', u'r', u'r', u'r', u'r', u'r', u's', u's', u's', u's', u's', u's',
    u's', u's', u't', u't', u't', u't', u't', u't', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u',
    u'u', u'u', u'u', u'u', u'w', u'w', u'y', u'y', u'y', u'z', u'z', u'z', u'z', u'z', u'z', 0,
    u'b', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, u'f', 0, 0, 0, 0, 0, 0, 0, u'l', 0, 0, 0, 0, 0,
    u'o', u'o', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, u'u',
    u'u', 0, 0, 0, 0, 0, u'z', 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, u'a', u'a', u'i',
    u'i', u'o', u'o', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u', 0, u'a', u'a',
    u'a', u'a', 0, 0, 0, u'g', u'g', u'g', u'k', u'k', u'o', u'o', u'o', u'o', 0, 0,
    u'j', 0, 0, 0, u'g', u'g', 0, 0, u'n', u'n', u'a', u'a', 0, 0, 0, 0,
    u'a', u'a', u'a', u'a', u'e', u'e', u'e', u'e', u'i', u'i', u'i', u'i', u'o', u'o', u'o', u'o',
    u'r', u'r', u'r', u'r', u'u', u'u', u'u', u'u', u's', u's', u't', u't', 0, 0, u'h', u'h',
    0, 0, 0, 0, 0, 0, u'a', u'a', u'e', u'e', u'o', u'o', u'o', u'o', u'o', u'o',
    u'o', u'o', u'y', u'y', 0, 0, 0, 0, 0, 0, 0, 0, u'c', 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, u'e', 0, u'j', 0, 0, 0, u'r', 0, u'y',
};

inline constexpr char16_t AdditionalFirst = 0x1E00;
inline constexpr char16_t AdditionalLast = 0x1EFF;
inline constexpr char16_t LatinAdditional[] = {
    u'a', u'a', u'b', u'b', u'b', u'b', u'b', u'b', u'c', u'c', u'd', u'd', u'd', u'd', u'd', u'd',
    u'd', u'd', u'd', u'd', u'e', u'e', u'e', u'e', u'e', u'e', u'e', u'e', u'e', u'e', u'f', u'f',
    u'g', u'g', u'h', u'h', u'h', u'h', u'h', u'h', u'h', u'h', u'h', u'h', u'i', u'i', u'i', u'i',
    u'k', u'k', u'k', u'k', u'k', u'k', u'l', u'l', u'l', u'l', u'l', u'l', u'l', u'l', u'm', u'm',
    u'm', u'm', u'm', u'm', u'n', u'n', u'n', u'n', u'n', u'n', u'n', u'n', u'o', u'o', u'o', u'o',
    u'o', u'o', u'o', u'o', u'p', u'p', u'p', u'p', u'r', u'r', u'r', u'r', u'r', u'r', u'r', u'r',
    u's', u's', u's', u's', u's', u's', u's', u's', u's', u's', u't', u't', u't', u't', u't', u't',
    u't', u't', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'v', u'v', u'v', u'v',
    u'w', u'w', u'w', u'w', u'w', u'w', u'w', u'w', u'w', u'w', u'x', u'x', u'x', u'x', u'y', u'y',
    u'z', u'z', u'z', u'z', u'z', u'z', u'h', u't', u'w', u'y', 0, 0, 0, 0, 0, 0,
    u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a',
    u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'e', u'e', u'e', u'e', u'e', u'e', u'e', u'e',
    u'e', u'e', u'e', u'e', u'e', u'e', u'e', u'e', u'i', u'i', u'i', u'i', u'o', u'o', u'o', u'o',
    u'o', u'o', u'o', u'o', u'o', u'o', u'o', u'o', u'o', u'o', u'o', u'o', u'o', u'o', u'o', u'o',
    u'o', u'o', u'o', u'o', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u', u'u',
    u'u', u'u', u'y', u'y', u'y', u'y', u'y', u'y', u'y', u'y', 0, 0, 0, 0, 0, 0,
};

// The base letter of `c`, lower case, or 0 when `c` is no Latin letter with a diacritic.
constexpr char16_t base(char16_t c)
{
    if (c >= LatinFirst && c <= LatinLast)
        return Latin[c - LatinFirst];
    if (c >= AdditionalFirst && c <= AdditionalLast)
        return LatinAdditional[c - AdditionalFirst];
    return 0;
}

static_assert(base(u'\u00FC') == u'u' && base(u'\u0141') == u'l' && base(u'\u1EC5') == u'e');
static_assert(base(u'\u00DF') == 0 && base(u'a') == 0);

} // namespace dramatis::latinfold
