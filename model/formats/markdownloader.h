#pragma once

#include "formats/formatloader.h"

#include <QCoreApplication>

namespace dramatis {

// Markdown articles, in any charset the text loader reads: MarkdownText turns them into prose, a leading
// heading or front matter `title:` is the headline, and front matter `date:`, `author:` and `source:`
// (or their usual synonyms) fill the metadata. A file without a suffix is Markdown when it starts like
// Markdown (a `# ` heading or front matter); a named one only by its suffix, so notes.txt stays text.
class MarkdownLoader final : public FormatLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::MarkdownLoader)
public:
    QString format() const override { return QStringLiteral("markdown"); }
    QStringList suffixes() const override
    {
        return {
            QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown"), QStringLiteral("mkd")};
    }
    QStringList mimeTypes() const override
    {
        return {QStringLiteral("text/markdown"), QStringLiteral("text/x-markdown")};
    }
    Match match(QByteArrayView head, const QString &suffix) const override;
    LoadResult load(const QByteArray &bytes, const QString &name) const override;
};

} // namespace dramatis
