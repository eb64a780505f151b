// The resolver on any text and any valid set of mentions. The first bytes choose the mentions (one byte per
// token: 0-3 start a mention of that type, 4-7 extend the current one, anything else is outside), the rest
// is the text; a title is the text's first line. Every mention must end up linked to an entity whose list
// names it.
#include "entities/resolver.h"
#include "fuzzcheck.h"
#include "ner/tokenizer.h"

using namespace dramatis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const std::size_t plan = std::min<std::size_t>(data[0], size - 1);
    const std::uint8_t *choice = data + 1;
    const QString in = fuzz::text(data + 1 + plan, size - 1 - plan);
    const TokenizedText t = Tokenizer().tokenize(in);
    MentionList mentions;
    for (qsizetype i = 0; i < t.tokens.size() && std::size_t(i) < plan; ++i) {
        const int c = choice[i] % 12;
        if (c < 4) {
            mentions.append(Mention {t.tokens[i].start, t.tokens[i].end, EntityType(c), 0.5f, -1});
        } else if (c < 8 && !mentions.isEmpty() && i > 0 && mentions.last().end == t.tokens[i - 1].end) {
            mentions.last().end = t.tokens[i].end;
        }
    }
    const qsizetype eol = in.indexOf(u'\n');
    const EntityList entities = Resolver().resolve(t, mentions, eol < 0 ? QString() : in.left(eol));
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const Mention &m = mentions[i];
        FUZZ_CHECK(m.entity >= 0 && m.entity < entities.size());
        FUZZ_CHECK(entities[m.entity].mentions.contains(int(i)));
    }
    (void)Resolver::matchKey(in);
    return 0;
}
