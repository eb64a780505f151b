#pragma once

#include "core/analysis.h"

#include <QJsonArray>

namespace dramatis {

// Scores the resolver on golden cases: folders holding article.txt and expected.json, whose "lexicon"
// gives the mentions (so the cases measure grouping and roles, not the tagger) and whose "entities"
// give what the resolver should find. Used by the tests and by `dramatis-cli bench --resolver DIR`.
struct ResolverCase
{
    QString name;
    AnalysisPtr analysis; // null when the folder could not be read
    QJsonArray expected;
};

struct ResolverScore
{
    qint64 predictedPairs = 0; // mention pairs the resolver put together
    qint64 goldPairs = 0; // mention pairs that belong together
    qint64 correctPairs = 0;
    int rolesExpected = 0;
    int rolesCorrect = 0;
    double precision() const { return predictedPairs ? double(correctPairs) / double(predictedPairs) : 1.0; }
    double recall() const { return goldPairs ? double(correctPairs) / double(goldPairs) : 1.0; }
    double roleAccuracy() const { return rolesExpected ? double(rolesCorrect) / double(rolesExpected) : 1.0; }
};

QStringList resolverCaseDirs(const QString &root);
ResolverCase loadResolverCase(const QString &dir);
ResolverScore scoreResolverCase(const ResolverCase &c);

} // namespace dramatis
