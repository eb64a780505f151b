#include "mainwindow.h"

namespace dramatis {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Dramatis"));
}

void MainWindow::openFiles(const QStringList &)
{
}

} // namespace dramatis
