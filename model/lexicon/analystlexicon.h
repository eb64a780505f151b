#pragma once

#include "core/entitytype.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dramatis {

// One correction the analyst made, kept as a rule the tagger applies to later articles: "Acme Robotics is a
// company", "Will is not a person", "Lisa Su and Dr. Su are one entity". Rules decide over the tagger, and
// rules scoped to one article decide over rules that hold everywhere.
struct LexiconRule
{
    enum Kind : quint8 {
        Mark = 0, // `surface` names a `type` (adds the mention where the tagger missed it, or retypes it)
        Reject = 1, // `surface` is no name (of `type`, when set): its mentions are removed
        Merge = 2, // `surface` and `other` name one entity
        Split = 3, // `surface` is not an alias of the entity named `other`: it stands alone
        Rename = 4, // the entity that `surface` names is called `other`
    };
    enum Scope : quint8 { Everywhere = 0, ThisArticle = 1 };

    qint64 id = 0; // the store's row id; 0 before it is stored
    Kind kind = Mark;
    Scope scope = Everywhere;
    qint64 articleId = 0; // the article a ThisArticle rule holds in
    QString surface;
    std::optional<EntityType> type;
    QString other;
    // Where the rule came from, for the Lexicon dialog: the article, and the words around the correction.
    QString originPath;
    QString originContext;
    QDateTime created; // UTC

    // "“Acme Robotics” is a company", for lists and undo texts (translated).
    QString describe() const;
    static QString kindCode(Kind kind); // "mark", "reject", ... (the database's and the CLI's words)
    static std::optional<Kind> kindFromCode(QStringView code);
};

// The rules that hold for one article (every Everywhere rule plus its own), in the order they apply:
// Everywhere before ThisArticle, older before newer, so the latest, narrowest decision wins.
class AnalystLexicon final
{
public:
    AnalystLexicon() = default;
    explicit AnalystLexicon(QList<LexiconRule> rules);

    const QList<LexiconRule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }
    void add(const LexiconRule &rule);
    // The rules among these that hold in article `articleId`.
    AnalystLexicon forArticle(qint64 articleId) const;

private:
    void sort();
    QList<LexiconRule> m_rules;
};

} // namespace dramatis
