#pragma once

#include <QIODevice>
#include <QPageSize>

namespace dramatis {

// Renders a summary's HTML (SummaryWriter::html) to PDF through QTextDocument and QPdfWriter, with page
// numbers at the foot of each page. Needs a QGuiApplication (fonts); the CLI starts one offscreen.
bool writeSummaryPdf(const QString &html, QIODevice *device, QPageSize::PageSizeId pageSize = QPageSize::A4);

} // namespace dramatis
