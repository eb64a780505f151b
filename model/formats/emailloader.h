#pragma once

#include "formats/formatloader.h"

#include <QCoreApplication>

namespace dramatis {

// Reads saved e-mails (.eml): the message's text (the text/plain part when there is one, else the HTML
// part through HtmlLoader), with Subject as the title, the sender as the author and Date as the date.
// Attachments are skipped; a signature after the "-- " line goes; a forwarded article's own header is
// left to MetadataExtractor.
class EmailLoader final : public FormatLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::EmailLoader)
public:
    QString format() const override { return QStringLiteral("email"); }
    QStringList suffixes() const override { return {QStringLiteral("eml"), QStringLiteral("msg822")}; }
    QStringList mimeTypes() const override { return {QStringLiteral("message/rfc822")}; }
    bool recognises(QByteArrayView head) const override;
    LoadResult load(const QByteArray &bytes, const QString &name) const override;
};

} // namespace dramatis
