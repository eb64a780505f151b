#include "formats/formatregistry.h"

#include "formats/docxloader.h"
#include "formats/emailloader.h"
#include "formats/epubloader.h"
#include "formats/htmlloader.h"
#include "formats/markdownloader.h"
#include "formats/mhtmlloader.h"
#include "formats/odtloader.h"
#include "formats/pdfloader.h"
#include "formats/rtfloader.h"
#include "formats/textloader.h"

namespace dramatis {

namespace {

const TextLoader &textLoader()
{
    static const TextLoader text;
    return text;
}

QStringList collect(QStringList (FormatLoader::*list)() const)
{
    QStringList all;
    for (const FormatLoader *loader : FormatRegistry::loaders())
        all << (loader->*list)();
    all.removeDuplicates();
    return all;
}

} // namespace

const QList<const FormatLoader *> &FormatRegistry::loaders()
{
    static const PdfLoader pdf;
    static const EpubLoader epub;
    static const OdtLoader odt;
    static const DocxLoader docx;
    static const RtfLoader rtf;
    static const MhtmlLoader mhtml;
    static const EmailLoader email;
    static const HtmlLoader html;
    static const MarkdownLoader markdown;
    static const QList<const FormatLoader *> all {
        &pdf, &epub, &odt, &docx, &rtf, &mhtml, &email, &html, &markdown, &textLoader()};
    return all;
}

const FormatLoader *FormatRegistry::find(QByteArrayView head, const QString &suffix, FormatLoader::Match how)
{
    for (const FormatLoader *loader : loaders()) {
        if (loader->match(head, suffix) == how)
            return loader;
    }
    return nullptr;
}

const FormatLoader &FormatRegistry::fallback()
{
    return textLoader();
}

QStringList FormatRegistry::suffixes()
{
    static const QStringList all = collect(&FormatLoader::suffixes);
    return all;
}

QStringList FormatRegistry::mimeTypes()
{
    static const QStringList all = collect(&FormatLoader::mimeTypes);
    return all;
}

} // namespace dramatis
