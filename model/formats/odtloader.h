#pragma once

#include "formats/zipdocumentloader.h"

#include <QCoreApplication>

namespace dramatis {

// Reads OpenDocument text (.odt): the headings and paragraphs of content.xml in order, without notes,
// annotations or tracked deletions; title, author and date from meta.xml. The ZIP goes through
// ZipArchive's limits.
class OdtLoader final : public ZipDocumentLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::OdtLoader)
public:
    QString format() const override { return QStringLiteral("odt"); }
    QStringList suffixes() const override { return {QStringLiteral("odt")}; }
    QStringList mimeTypes() const override
    {
        return {QStringLiteral("application/vnd.oasis.opendocument.text")};
    }
    bool recognises(QByteArrayView head) const override;

protected:
    LoadResult read(const ZipArchive &zip, const QString &name) const override;
};

} // namespace dramatis
