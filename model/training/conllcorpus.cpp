#include "training/conllcorpus.h"

#include <QCoreApplication>
#include <QFile>

namespace dramatis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConllCorpus", text);
}

// Splits a token line into columns: by tabs when there is one, else by runs of spaces.
QList<QStringView> columns(QStringView line)
{
    if (line.contains(u'\t'))
        return line.split(u'\t', Qt::SkipEmptyParts);
    return line.split(u' ', Qt::SkipEmptyParts);
}

struct ParsedTag
{
    char prefix = 'O'; // 'O', 'B' or 'I'
    EntityType type = EntityType::Misc;
};

std::optional<ParsedTag> parseTag(QStringView tag)
{
    if (tag == u"O")
        return ParsedTag{};
    if (tag.size() < 3 || tag[1] != u'-' || (tag[0] != u'B' && tag[0] != u'I'))
        return std::nullopt;
    const auto type = entityTypeFromCode(tag.mid(2));
    if (!type)
        return std::nullopt;
    return ParsedTag{static_cast<char>(tag[0].unicode()), *type};
}

} // namespace

bool ConllCorpus::isTokenLine(QStringView line)
{
    const QStringView t = line.trimmed();
    return !t.isEmpty() && !t.startsWith(u"-DOCSTART-");
}

std::optional<ConllCorpus> ConllCorpus::read(const QString &path, bool requireTags, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return parse(f.readAll(), path, requireTags, error);
}

std::optional<ConllCorpus> ConllCorpus::parse(const QByteArray &data, const QString &name, bool requireTags,
                                              QString *error)
{
    ConllCorpus corpus;
    corpus.documents.append(ConllDocument{});
    ConllSentence sentence;
    // The open entity of the sentence being read: its type and first token, or none.
    std::optional<ConllSpan> open;
    auto closeEntity = [&](qsizetype end) {
        if (open) {
            open->end = end;
            sentence.spans.append(*open);
            open.reset();
        }
    };
    auto endSentence = [&] {
        closeEntity(sentence.words.size());
        if (!sentence.words.isEmpty())
            corpus.documents.last().sentences.append(std::move(sentence));
        sentence = ConllSentence{};
    };

    const QString text = QString::fromUtf8(data);
    qsizetype lineNo = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            endSentence();
            continue;
        }
        if (trimmed.startsWith(u"-DOCSTART-")) {
            endSentence();
            if (!corpus.documents.last().sentences.isEmpty())
                corpus.documents.append(ConllDocument{});
            continue;
        }
        const QList<QStringView> cols = columns(trimmed);
        if (cols.size() < 2) {
            if (requireTags) {
                if (error)
                    *error = tr("%1:%2: expected a word and a tag, got '%3'").arg(name).arg(lineNo).arg(trimmed);
                return std::nullopt;
            }
            sentence.words.append(cols.front().toString());
            continue;
        }
        const auto tag = parseTag(cols.back());
        if (!tag) {
            if (error) {
                *error = tr("%1:%2: '%3' is not a tag (O, B-TYPE or I-TYPE with TYPE PER, ORG, LOC or MISC)")
                             .arg(name)
                             .arg(lineNo)
                             .arg(cols.back());
            }
            return std::nullopt;
        }
        const qsizetype index = sentence.words.size();
        sentence.words.append(cols.front().toString());
        if (tag->prefix == 'O') {
            closeEntity(index);
        } else if (tag->prefix == 'B' || !open || open->type != tag->type) {
            closeEntity(index);
            open = ConllSpan{index, index + 1, tag->type};
        }
    }
    endSentence();
    if (corpus.documents.size() > 1 && corpus.documents.last().sentences.isEmpty())
        corpus.documents.removeLast();
    return corpus;
}

qsizetype ConllCorpus::tokenCount() const
{
    qsizetype n = 0;
    for (const ConllDocument &d : documents) {
        for (const ConllSentence &s : d.sentences)
            n += s.words.size();
    }
    return n;
}

TokenizedText ConllCorpus::toTokenizedText() const
{
    TokenizedText out;
    out.documentStarts.clear();
    qsizetype chars = 0;
    for (const ConllDocument &d : documents) {
        for (const ConllSentence &s : d.sentences) {
            for (const QString &w : s.words)
                chars += w.size() + 1;
        }
    }
    out.text.reserve(chars);
    out.tokens.reserve(tokenCount());
    for (const ConllDocument &d : documents) {
        out.documentStarts.append(out.tokens.size());
        bool firstInDocument = true;
        for (const ConllSentence &s : d.sentences) {
            const qsizetype first = out.tokens.size();
            for (qsizetype i = 0; i < s.words.size(); ++i) {
                const QString &w = s.words[i];
                Token t{out.text.size(), out.text.size() + w.size(), 0};
                const bool letter = std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
                const bool digit = std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
                t.flags = letter ? Token::Word : digit ? Token::Number : Token::Punctuation;
                if (i == 0)
                    t.flags |= Token::SentenceStart;
                if (i == 0 && firstInDocument)
                    t.flags |= Token::ParagraphStart;
                out.tokens.append(t);
                out.text += w;
                out.text += i + 1 < s.words.size() ? u' ' : u'\n';
            }
            out.sentences.append(Sentence{first, out.tokens.size()});
            firstInDocument = false;
        }
    }
    if (out.documentStarts.isEmpty())
        out.documentStarts.append(0);
    return out;
}

} // namespace dramatis
