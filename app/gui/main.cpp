// dramatis: the reader. Opens the files given, or the bundled sample article when none is.
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dramatis"));
    QApplication::setOrganizationDomain(QStringLiteral("dramatis.example.org"));
    QApplication::setApplicationVersion(QStringLiteral(DRAMATIS_VERSION));
    dramatis::MainWindow window;
    window.show();
    window.openFiles(QApplication::arguments().mid(1));
    return app.exec();
}
