#pragma once

#include "formats/formatloader.h"

#include <QCoreApplication>

namespace dramatis {

// Reads Word documents (.docx, Office Open XML): the paragraphs of word/document.xml in order, tables
// cell by cell, without deleted revisions, field codes or the fallback copies of text boxes; title,
// author and date from docProps/core.xml. The ZIP goes through ZipArchive's limits.
class DocxLoader final : public FormatLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::DocxLoader)
public:
    QString format() const override { return QStringLiteral("docx"); }
    Match match(QByteArrayView head, const QString &suffix) const override;
    LoadResult load(const QByteArray &bytes, const QString &name) const override;
};

} // namespace dramatis
