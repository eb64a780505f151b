#pragma once

#include "formats/formatloader.h"

#include <QCoreApplication>

namespace dramatis {

// Reads web pages saved as one file (.mhtml, .mht: "Save page as single file"): a MIME multipart/related
// message whose HTML part HtmlLoader reads. The images and styles beside it are ignored, never fetched.
class MhtmlLoader final : public FormatLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::MhtmlLoader)
public:
    QString format() const override { return QStringLiteral("html"); }
    QStringList suffixes() const override { return {QStringLiteral("mhtml"), QStringLiteral("mht")}; }
    QStringList mimeTypes() const override
    {
        return {QStringLiteral("multipart/related"), QStringLiteral("application/x-mimearchive")};
    }
    bool recognises(QByteArrayView head) const override;
    LoadResult load(const QByteArray &bytes, const QString &name) const override;
};

} // namespace dramatis
