#pragma once

// What the GUI tests share: our own short articles, a tagger that knows exactly their names, and a way to
// put an article in a file.
#include "lexicon/lexicontagger.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace dramatis::test {

// Every name in it is in testTagger(), written out in full each time so the grouping does not depend on
// how clever the resolver is.
inline const char *const ArticleText = "Quentin Marsh joins Oakridge Systems\n"
                                       "\n"
                                       "Quentin Marsh met Dalia Fenwick at Oakridge Systems on Monday, before flying "
                                       "to Lisbon.\n"
                                       "\n"
                                       "Dalia Fenwick said the talks with Quentin Marsh went well.\n"
                                       "\n"
                                       "Oakridge Systems will announce the result in Lisbon, where Quentin Marsh lives.\n";

inline const char *const SecondText = "Harbour notes\n\nPriya Sandoval visited Lisbon again.\n";

inline std::shared_ptr<const Tagger> testTagger()
{
    auto tagger = std::make_shared<LexiconTagger>();
    tagger->add(QStringLiteral("Quentin Marsh"), EntityType::Person);
    tagger->add(QStringLiteral("Dalia Fenwick"), EntityType::Person);
    tagger->add(QStringLiteral("Priya Sandoval"), EntityType::Person);
    tagger->add(QStringLiteral("Oakridge Systems"), EntityType::Organization);
    tagger->add(QStringLiteral("Lisbon"), EntityType::Location);
    return tagger;
}

// Writes `bytes` to `name` in `dir`; the path, or empty when it cannot be written.
inline QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace dramatis::test
