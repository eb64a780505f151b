#pragma once

#include <QMainWindow>

namespace dramatis {

// The reader's window: open articles, the article view, the entity sidebar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    void openFiles(const QStringList &paths);
};

} // namespace dramatis
