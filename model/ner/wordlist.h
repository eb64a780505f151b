#pragma once

#include <QSet>
#include <QString>

namespace dramatis {

// The lines of an embedded list (a Qt resource, one entry a line, as build-gazetteer.py writes them), as a
// set; empty if the resource is missing.
QSet<QString> readWordList(const QString &resource);

} // namespace dramatis
