#pragma once

#include "formats/zipdocumentloader.h"

#include <QCoreApplication>

namespace dramatis {

// Reads Word documents (.docx, Office Open XML): the paragraphs of word/document.xml in order, tables
// cell by cell, without deleted revisions, field codes or the fallback copies of text boxes; title,
// author and date from docProps/core.xml. The ZIP goes through ZipArchive's limits.
class DocxLoader final : public ZipDocumentLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::DocxLoader)
public:
    QString format() const override { return QStringLiteral("docx"); }
    QStringList suffixes() const override { return {QStringLiteral("docx"), QStringLiteral("docm")}; }
    QStringList mimeTypes() const override
    {
        return {QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            QStringLiteral("application/vnd.ms-word.document.macroEnabled.12")};
    }
    bool recognises(QByteArrayView head) const override;

protected:
    LoadResult read(const ZipArchive &zip, const QString &name) const override;
};

} // namespace dramatis
