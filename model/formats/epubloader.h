#pragma once

#include "formats/zipdocumentloader.h"

#include <QCoreApplication>

namespace dramatis {

// Reads e-books (.epub): the chapters in spine order (META-INF/container.xml names the package file, its
// spine orders the manifest's XHTML files), each through HtmlLoader; title, author, date and publisher
// from the package metadata. The ZIP goes through ZipArchive's limits; links out of the archive are ignored.
class EpubLoader final : public ZipDocumentLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::EpubLoader)
public:
    QString format() const override { return QStringLiteral("epub"); }
    QStringList suffixes() const override { return {QStringLiteral("epub")}; }
    QStringList mimeTypes() const override { return {QStringLiteral("application/epub+zip")}; }
    bool recognises(QByteArrayView head) const override;

protected:
    LoadResult read(const ZipArchive &zip, const QString &name) const override;
};

} // namespace dramatis
