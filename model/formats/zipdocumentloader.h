#pragma once

#include "formats/formatloader.h"

namespace dramatis {

class ZipArchive;

// What the ZIP-based formats (DOCX, ODT, EPUB) share: the archive is read through ZipArchive's limits
// (a zip bomb is refused before any part is looked at), and a part the format needs that is not there
// is blamed on the archive when the archive is damaged, since the part may be what the damage lost.
class ZipDocumentLoader : public FormatLoader
{
public:
    LoadResult load(const QByteArray &bytes, const QString &name) const final;

protected:
    // The document, from an archive that was not too large (it may be damaged: what could be read).
    virtual LoadResult read(const ZipArchive &zip, const QString &name) const = 0;
    // The refusal for a missing part: the archive's damage if any, else `notThisFormat`.
    static LoadResult missingPart(const ZipArchive &zip, const QString &name, const QString &notThisFormat);
    // The text, paragraphs joined, with the document properties; finished (header lines taken out).
    LoadResult finishDocument(const QStringList &paragraphs, const QString &name, const QString &title,
        const QString &author, const QString &date, const QString &source = {}) const;
};

} // namespace dramatis
