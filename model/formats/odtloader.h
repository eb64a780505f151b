#pragma once

#include "formats/formatloader.h"

#include <QCoreApplication>

namespace dramatis {

// Reads OpenDocument text (.odt): the headings and paragraphs of content.xml in order, without notes,
// annotations or tracked deletions; title, author and date from meta.xml. The ZIP goes through
// ZipArchive's limits.
class OdtLoader final : public FormatLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::OdtLoader)
public:
    QString format() const override { return QStringLiteral("odt"); }
    Match match(QByteArrayView head, const QString &suffix) const override;
    LoadResult load(const QByteArray &bytes, const QString &name) const override;
};

} // namespace dramatis
