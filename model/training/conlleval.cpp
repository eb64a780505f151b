#include "training/conlleval.h"

#include <QCoreApplication>

namespace dramatis {

namespace {

const QString Boundary = QStringLiteral("-X-");

std::pair<QString, QString> splitTag(const QString &t)
{
    const qsizetype dash = t.indexOf(u'-');
    if (dash < 0)
        return {t, QString()};
    QString type = t.mid(dash + 1);
    if (type == u"0")
        type.clear();
    return {t.left(dash), type};
}

bool endOfChunk(const QString &prevTag, const QString &tag, const QString &prevType, const QString &type)
{
    bool end = false;
    if ((prevTag == u"B" || prevTag == u"I") && (tag == u"B" || tag == u"O"))
        end = true;
    if (prevTag == u"E" && (tag == u"E" || tag == u"I" || tag == u"O"))
        end = true;
    if (prevTag != u"O" && prevTag != u"." && prevType != type)
        end = true;
    if (prevTag == u"]" || prevTag == u"[")
        end = true;
    return end;
}

bool startOfChunk(const QString &prevTag, const QString &tag, const QString &prevType, const QString &type)
{
    bool start = false;
    if ((prevTag == u"B" || prevTag == u"I" || prevTag == u"O") && tag == u"B")
        start = true;
    if (prevTag == u"O" && (tag == u"I" || tag == u"E"))
        start = true;
    if (prevTag == u"E" && (tag == u"E" || tag == u"I"))
        start = true;
    if (tag != u"O" && tag != u"." && prevType != type)
        start = true;
    if (tag == u"[" || tag == u"]")
        start = true;
    return start;
}

} // namespace

bool ConllEval::addLine(QStringView line, QString *error)
{
    ++m_line;
    QStringList features;
    for (QStringView f : line.split(u' ', Qt::SkipEmptyParts)) {
        for (QStringView g : f.split(u'\t', Qt::SkipEmptyParts))
            features.append(g.toString());
    }
    if (m_columns < 0) {
        m_columns = int(features.size()) - 1;
    } else if (m_columns != features.size() - 1 && !features.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("ConllEval", "line %1: %2 columns where the first line had %3")
                         .arg(m_line)
                         .arg(features.size())
                         .arg(m_columns + 1);
        }
        return false;
    }
    if (features.isEmpty() || features.front() == Boundary)
        features = {Boundary, QStringLiteral("O"), QStringLiteral("O")};
    if (features.size() < 2) {
        if (error)
            *error = QCoreApplication::translate("ConllEval", "line %1: expected a gold and a predicted tag").arg(m_line);
        return false;
    }
    auto [guessed, guessedType] = splitTag(features.takeLast());
    auto [correct, correctType] = splitTag(features.takeLast());
    const QString firstItem = features.isEmpty() ? QString() : features.front();
    if (firstItem == Boundary)
        guessed = QStringLiteral("O");

    if (m_inCorrect) {
        const bool ec = endOfChunk(m_lastCorrect, correct, m_lastCorrectType, correctType);
        const bool eg = endOfChunk(m_lastGuessed, guessed, m_lastGuessedType, guessedType);
        if (ec && eg && m_lastGuessedType == m_lastCorrectType) {
            m_inCorrect = false;
            ++m_overall.correct;
            ++m_types[m_lastCorrectType].correct;
        } else if (ec != eg || guessedType != correctType) {
            m_inCorrect = false;
        }
    }
    const bool sc = startOfChunk(m_lastCorrect, correct, m_lastCorrectType, correctType);
    const bool sg = startOfChunk(m_lastGuessed, guessed, m_lastGuessedType, guessedType);
    if (sc && sg && guessedType == correctType)
        m_inCorrect = true;
    if (sc) {
        ++m_overall.gold;
        ++m_types[correctType].gold;
    }
    if (sg) {
        ++m_overall.predicted;
        ++m_types[guessedType].predicted;
    }
    if (firstItem != Boundary) {
        if (correct == guessed && guessedType == correctType)
            ++m_correctTags;
        ++m_tokens;
    }
    m_lastGuessed = guessed;
    m_lastCorrect = correct;
    m_lastGuessedType = guessedType;
    m_lastCorrectType = correctType;
    return true;
}

void ConllEval::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_inCorrect) {
        ++m_overall.correct;
        ++m_types[m_lastCorrectType].correct;
    }
}

ConllEval::Counts ConllEval::type(const QString &code) const
{
    const auto it = m_types.find(code);
    return it == m_types.end() ? Counts{} : it->second;
}

QString ConllEval::report() const
{
    QString out = QString::asprintf("processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n", m_tokens,
                                    m_overall.gold, m_overall.predicted, m_overall.correct);
    if (m_tokens > 0) {
        out += QString::asprintf("accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", accuracy(),
                                 m_overall.precision(), m_overall.recall(), m_overall.f1());
    }
    for (const auto &[t, c] : m_types) {
        if (c.gold == 0 && c.predicted == 0)
            continue;
        out += QString::asprintf("%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", qPrintable(t),
                                 c.precision(), c.recall(), c.f1(), c.predicted);
    }
    return out;
}

} // namespace dramatis
