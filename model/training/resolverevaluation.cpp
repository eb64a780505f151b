#include "training/resolverevaluation.h"

#include "entities/resolver.h"
#include "lexicon/lexicontagger.h"
#include "pipeline/pipeline.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace dramatis {

QStringList resolverCaseDirs(const QString &root)
{
    QStringList dirs;
    const QDir d(root);
    for (const QString &name : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(d.filePath(name) + QStringLiteral("/expected.json")))
            dirs.append(d.filePath(name));
    }
    return dirs;
}

ResolverCase loadResolverCase(const QString &dir)
{
    ResolverCase c;
    c.name = QFileInfo(dir).fileName();
    QFile textFile(dir + QStringLiteral("/article.txt"));
    QFile jsonFile(dir + QStringLiteral("/expected.json"));
    if (!textFile.open(QIODevice::ReadOnly) || !jsonFile.open(QIODevice::ReadOnly))
        return c;
    const QJsonObject spec = QJsonDocument::fromJson(jsonFile.readAll()).object();
    LexiconTagger tagger;
    const QJsonObject lexicon = spec.value(QStringLiteral("lexicon")).toObject();
    for (auto it = lexicon.begin(); it != lexicon.end(); ++it) {
        const auto type = entityTypeFromCode(it.key());
        for (const QJsonValue &phrase : it.value().toArray())
            tagger.add(phrase.toString(), type.value_or(EntityType::Misc));
    }
    Article article;
    article.text = QString::fromUtf8(textFile.readAll());
    c.analysis = analyzeArticle(article, tagger);
    c.expected = spec.value(QStringLiteral("entities")).toArray();
    return c;
}

ResolverScore scoreResolverCase(const ResolverCase &c)
{
    ResolverScore score;
    if (!c.analysis)
        return score;
    const Analysis &a = *c.analysis;
    // Gold entity of each mention: the expected entity of its type that lists its surface form.
    QList<int> gold(a.mentions.size(), -1);
    for (qsizetype m = 0; m < a.mentions.size(); ++m) {
        const Mention &mention = a.mentions[m];
        const QString key = Resolver::matchKey(QStringView(a.article.text).mid(mention.start, mention.length()));
        for (int g = 0; g < c.expected.size() && gold[m] < 0; ++g) {
            const QJsonObject x = c.expected[g].toObject();
            if (x[u"type"].toString() != entityTypeCode(mention.type))
                continue;
            QStringList forms{x[u"name"].toString()};
            for (const QJsonValue &alias : x[u"aliases"].toArray())
                forms.append(alias.toString());
            for (const QString &form : std::as_const(forms)) {
                if (Resolver::matchKey(form) == key)
                    gold[m] = g;
            }
        }
    }
    for (qsizetype i = 0; i < gold.size(); ++i) {
        for (qsizetype j = i + 1; j < gold.size(); ++j) {
            if (gold[i] < 0 || gold[j] < 0)
                continue;
            const bool predicted = a.mentions[i].entity == a.mentions[j].entity;
            const bool same = gold[i] == gold[j];
            score.predictedPairs += predicted;
            score.goldPairs += same;
            score.correctPairs += predicted && same;
        }
    }
    for (const QJsonValue &v : c.expected) {
        const QJsonObject x = v.toObject();
        if (x[u"type"].toString() != u"PER" || !x.contains(u"role"))
            continue;
        ++score.rolesExpected;
        for (const Entity &e : a.entities) {
            if (e.type != EntityType::Person || e.name != x[u"name"].toString())
                continue;
            const bool affiliationOk = !x.contains(u"affiliation")
                || (e.affiliation >= 0 && a.entities[e.affiliation].name == x[u"affiliation"].toString());
            if (e.role == x[u"role"].toString() && affiliationOk)
                ++score.rolesCorrect;
        }
    }
    return score;
}

} // namespace dramatis
