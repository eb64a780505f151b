#include "lexicon/analystlexicon.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>

namespace dramatis {

namespace {

constexpr std::array<const char16_t *, 5> KindCodes = {u"mark", u"reject", u"merge", u"split", u"rename"};

QString typePhrase(std::optional<EntityType> type)
{
    if (!type)
        return QCoreApplication::translate("LexiconRule", "a name");
    switch (*type) {
    case EntityType::Person:
        return QCoreApplication::translate("LexiconRule", "a person");
    case EntityType::Organization:
        return QCoreApplication::translate("LexiconRule", "a company or organisation");
    case EntityType::Location:
        return QCoreApplication::translate("LexiconRule", "a place");
    case EntityType::Misc:
        return QCoreApplication::translate("LexiconRule", "another named thing");
    }
    return {};
}

} // namespace

QString LexiconRule::kindCode(Kind kind)
{
    return QString::fromUtf16(KindCodes.at(kind));
}

std::optional<LexiconRule::Kind> LexiconRule::kindFromCode(QStringView code)
{
    for (size_t i = 0; i < KindCodes.size(); ++i) {
        if (code == QStringView(KindCodes[i]))
            return Kind(i);
    }
    return std::nullopt;
}

QString LexiconRule::describe() const
{
    switch (kind) {
    case Mark:
        return QCoreApplication::translate("LexiconRule", "“%1” is %2").arg(surface, typePhrase(type));
    case Reject:
        return QCoreApplication::translate("LexiconRule", "“%1” is not %2").arg(surface, typePhrase(type));
    case Merge:
        return QCoreApplication::translate("LexiconRule", "“%1” and “%2” are one entity").arg(surface, other);
    case Split:
        return QCoreApplication::translate("LexiconRule", "“%1” is not “%2”").arg(surface, other);
    case Rename:
        return QCoreApplication::translate("LexiconRule", "“%1” is called “%2”").arg(surface, other);
    }
    return {};
}

AnalystLexicon::AnalystLexicon(QList<LexiconRule> rules)
    : m_rules(std::move(rules))
{
    sort();
}

void AnalystLexicon::add(const LexiconRule &rule)
{
    m_rules.append(rule);
    sort();
}

AnalystLexicon AnalystLexicon::forArticle(qint64 articleId) const
{
    QList<LexiconRule> rules;
    for (const LexiconRule &r : m_rules) {
        if (r.scope == LexiconRule::Everywhere || r.articleId == articleId)
            rules.append(r);
    }
    return AnalystLexicon(std::move(rules));
}

void AnalystLexicon::sort()
{
    // Unstored rules (id 0) are the newest: they come from an edit that is being made.
    std::stable_sort(m_rules.begin(), m_rules.end(), [](const LexiconRule &a, const LexiconRule &b) {
        if (a.scope != b.scope)
            return a.scope < b.scope;
        const auto order = [](qint64 id) { return id == 0 ? std::numeric_limits<qint64>::max() : id; };
        return order(a.id) < order(b.id);
    });
}

} // namespace dramatis
