#include "ner/wordlist.h"

#include <QFile>

namespace dramatis {

QSet<QString> readWordList(const QString &resource)
{
    QSet<QString> out;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts))
        out.insert(line.toString());
    return out;
}

} // namespace dramatis
