#pragma once

#include "formats/formatloader.h"

#include <QCoreApplication>

namespace dramatis {

// Plain text in any charset CharsetDecoder detects (a BOM, UTF-8, UTF-16, legacy 8-bit): paragraphs
// hard-wrapped e-mail style become one line each, and the loose metadata that copied news pages start
// with (headline, date, outlet, byline) is taken out of the text. It is also what reads a file no other
// format recognises, whatever its name.
class TextLoader final : public FormatLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::TextLoader)
public:
    QString format() const override { return QStringLiteral("text"); }
    QStringList suffixes() const override { return {QStringLiteral("txt"), QStringLiteral("text")}; }
    QStringList mimeTypes() const override { return {QStringLiteral("text/plain")}; }
    LoadResult load(const QByteArray &bytes, const QString &name) const override;

    // The bytes decoded and normalised into `article.text` (with `encoding` and `filePath` set), or why
    // they are not text: the first step of every text format.
    static LoadResult decode(const QByteArray &bytes, const QString &name, bool keepTrailingBlanks);
};

} // namespace dramatis
