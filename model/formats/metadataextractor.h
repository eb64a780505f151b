#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace dramatis {

// Finds the loose metadata that articles copied from news pages start with (headline, date, outlet,
// byline, label lines such as "Share" or "Advertisement", photo captions) and takes it out of the text,
// so that the text starts with the body. Heuristics look only at the short lines before the first real
// paragraph, and remove a line only when it is recognised, so a body is never eaten.
//
// Numeric dates are read day first (14/03/2024 is 14 March) unless that is impossible (03/14/2024 is
// 14 March too, since there is no month 14); a year comes first only in ISO form (2024-03-14).
class MetadataExtractor final
{
public:
    struct Result
    {
        QString title;
        QDate date;
        QString source;
        QString author;
        QString text; // the input without the recognised header lines
    };

    // `knownTitle`: a title found by the format (a Markdown heading); lines repeating it are removed.
    static Result extract(const QString &text, const QString &knownTitle = {});

    // A date alone, with an optional weekday, time and time zone ("Thu 14 Mar 2024 09.30 GMT");
    // invalid when the string is anything more than that.
    static QDate parseDate(const QString &text);

    // The names in a byline ("By Jane Doe and John Roe, Reuters"): authors, and the outlet if one is named.
    struct Byline
    {
        QStringList authors;
        QString source;
        bool isByline() const { return !authors.isEmpty() || !source.isEmpty(); }
    };
    static Byline parseByline(const QString &line);

    // True for the names of well-known news outlets ("Reuters", "The Guardian").
    static bool isKnownOutlet(const QString &name);
};

} // namespace dramatis
