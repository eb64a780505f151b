#pragma once

#include "formats/formatloader.h"

#include <QCoreApplication>

namespace dramatis {

// Reads e-books (.epub): the chapters in spine order (META-INF/container.xml names the package file, its
// spine orders the manifest's XHTML files), each through HtmlLoader; title, author, date and publisher
// from the package metadata. The ZIP goes through ZipArchive's limits; links out of the archive are ignored.
class EpubLoader final : public FormatLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::EpubLoader)
public:
    QString format() const override { return QStringLiteral("epub"); }
    Match match(QByteArrayView head, const QString &suffix) const override;
    LoadResult load(const QByteArray &bytes, const QString &name) const override;
};

} // namespace dramatis
