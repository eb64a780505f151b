#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace dramatis {

class OpenArticlesModel;

// Whether the analyst has `path` open or among their recent files: a link to it needs no question.
bool isKnownFile(const QString &path, const OpenArticlesModel &open, const QStringList &recentFiles);

// A dramatis:// link can come from anywhere (a web page, a mail): asks whether to open `file`, which the
// analyst has not opened here before. True when they say so.
bool confirmOpenLinkedFile(QWidget *parent, const QString &file);

} // namespace dramatis
