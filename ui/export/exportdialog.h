#pragma once

#include "export/summaryexport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <stop_token>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace dramatis {

class PreviewBrowser;

// File → Export Summary…: the format, which open articles, what to include, and a live preview of the
// file as it will be written. The preview is built off the GUI thread a moment after the last change (so
// typing a count stays smooth) and a newer change supersedes it; the export itself runs off the GUI thread
// too, with a progress dialog that cancels it, and is written atomically (QSaveFile) so a cancelled or
// failed export leaves no partial file. An existing file is replaced only after the analyst agrees.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Current, AllOpen, Chosen };

    // `articles`: every open article with its notes; `current`: the row of the one on screen.
    ExportDialog(const QList<ExportArticle> &articles, int current, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(ExportFormat format);
    ExportFormat format() const;
    void setScope(Scope scope);
    Scope scope() const;
    // Ticks an article (row of the open articles) for the Chosen scope.
    void setArticleChosen(int row, bool chosen);
    ExportOptions options() const;
    QList<ExportArticle> selectedArticles() const;

    // Saves to `path` instead of asking with a file dialog (tests, automation). An existing file is still
    // only replaced after a yes to the question the file dialog would have asked.
    void setOutputPath(const QString &path) { m_outputPath = path; }
    // "Northwind Robotics names a chief.md": the article's title (a briefing's for several) and the suffix.
    QString suggestedFileName() const;

    // The preview as plain text, and whether a newer one is still being built.
    QString previewText() const;
    bool isPreviewPending() const;
    bool isExporting() const;

    // What the Export… button does: ask for the file, then write it off the GUI thread.
    void startExport();

Q_SIGNALS:
    void previewUpdated();
    // An export ended: written to `path`, or not (cancelled, refused or failed; nothing was written).
    void exportFinished(bool written, const QString &path);

protected:
    void reject() override;

private:
    struct Outcome
    {
        SummaryExport::Status status = SummaryExport::Status::Failed;
        QString error;
    };

    void createWidgets();
    void readSettings();
    void writeSettings() const;
    void updateControls();
    void schedulePreview();
    void buildPreview();
    void showPreview(const QString &text);
    bool confirmReplace(const QString &path);
    QString askForPath();
    void onExportFinished();

    QList<ExportArticle> m_articles;
    int m_current = 0;
    QString m_outputPath;

    QComboBox *m_format = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLabel *m_pageSizeLabel = nullptr;
    QRadioButton *m_scopeCurrent = nullptr;
    QRadioButton *m_scopeAll = nullptr;
    QRadioButton *m_scopeChosen = nullptr;
    QListWidget *m_chosenList = nullptr;
    QLabel *m_scopeHint = nullptr;
    QCheckBox *m_placesAndOther = nullptr;
    QCheckBox *m_keySentences = nullptr;
    QSpinBox *m_keySentenceCount = nullptr;
    QCheckBox *m_notes = nullptr;
    QCheckBox *m_tags = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    PreviewBrowser *m_richPreview = nullptr;
    QPlainTextEdit *m_textPreview = nullptr;
    QLabel *m_previewNote = nullptr;
    QPushButton *m_exportButton = nullptr;

    QTimer *m_previewTimer = nullptr;
    QFutureWatcher<QString> m_previewWatcher;
    ExportFormat m_previewFormat = ExportFormat::Markdown;
    bool m_previewBusy = false; // from starting a preview until its result is shown (not just computed)
    bool m_previewStale = false; // options changed while a preview was being built

    QFutureWatcher<Outcome> m_exportWatcher;
    std::stop_source m_exportStop;
    QProgressDialog *m_progress = nullptr;
    QString m_exportPath;
};

} // namespace dramatis
