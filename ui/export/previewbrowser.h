#pragma once

#include <QTextBrowser>

namespace dramatis {

// A QTextBrowser for showing exported documents: it follows no link and loads no resource (a summary's
// HTML could name a remote image or a file; a preview must not fetch either), so what it shows is only
// the text it was given. Text stays selectable for copying.
class PreviewBrowser final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PreviewBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace dramatis
