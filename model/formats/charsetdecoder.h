#pragma once

#include <QByteArray>
#include <QString>

namespace dramatis {

// Turns the bytes of a text file into text, whatever charset they were saved in: BOMs first, then
// strict UTF-8, then BOM-less UTF-16, then ICU's charset detector for legacy 8-bit files. The one thing
// that is not obvious: ICU calls most Western 8-bit text ISO-8859-1, but bytes 0x80-0x9F are C1 controls
// there and curly quotes, dashes and the euro sign in windows-1252, so such text is decoded as
// windows-1252; and a UTF-8 file with a few stray legacy bytes is decoded as UTF-8 with those bytes read
// as windows-1252, rather than as U+FFFD or as mojibake.
class CharsetDecoder final
{
public:
    struct Result
    {
        QString text; // without BOM; line endings untouched
        QString encoding; // e.g. "UTF-8", "UTF-16LE", "windows-1252"
        bool ok = false; // false when no converter could decode the bytes
    };

    static Result decode(const QByteArray &bytes);

    // The charset ICU's detector thinks most likely, with the windows-1252 correction; empty if none.
    static QString detectLegacyCharset(const QByteArray &bytes);

    // Decodes with an ICU converter by charset name; `ok` false when ICU has no such converter.
    static Result decodeWith(const QByteArray &bytes, const QString &charset);
};

} // namespace dramatis
