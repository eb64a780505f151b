#pragma once

#include <QString>
#include <QStringList>

#include <map>

namespace dramatis {

// The CoNLL shared task's scorer (conlleval), ported line for line from the reference implementation in
// ../shared/tools/conlleval.py so the project's figures are the ones papers report: a phrase counts only
// when both its boundaries and its type match. Feed it the lines of a file whose last two columns are
// the gold and the predicted tag.
class ConllEval final
{
public:
    struct Counts
    {
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        double precision() const { return predicted ? 100.0 * correct / predicted : 0.0; }
        double recall() const { return gold ? 100.0 * correct / gold : 0.0; }
        double f1() const
        {
            const double p = precision(), r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }
    };

    // Adds one line; returns false (and sets `error`) if its column count differs from the first line's.
    bool addLine(QStringView line, QString *error = nullptr);
    void finish();

    const Counts &overall() const { return m_overall; }
    Counts type(const QString &code) const;
    int tokens() const { return m_tokens; }
    double accuracy() const { return m_tokens ? 100.0 * m_correctTags / m_tokens : 0.0; }
    // conlleval's text report.
    QString report() const;

private:
    int m_columns = -1;
    int m_tokens = 0;
    int m_correctTags = 0;
    qsizetype m_line = 0;
    bool m_inCorrect = false;
    QString m_lastCorrect = QStringLiteral("O"), m_lastCorrectType;
    QString m_lastGuessed = QStringLiteral("O"), m_lastGuessedType;
    Counts m_overall;
    std::map<QString, Counts> m_types;
    bool m_finished = false;
};

} // namespace dramatis
