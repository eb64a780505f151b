#include "export/exportdialog.h"

#include "export/previewbrowser.h"
#include "itemmodels/openarticlesmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dramatis {

using namespace Qt::StringLiterals;

namespace {

// A preview is a look at the file, not the file: a CoNLL export of a book is cut here.
constexpr qsizetype PreviewLimit = 200'000;

// Characters no file name on any of the desktops we run on may hold, and control characters.
QString safeFileName(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || u"/\\:*?\"<>|"_s.contains(c))
            out += u' ';
        else
            out += c;
    }
    out = out.simplified();
    if (out.size() > 80)
        out = out.left(80).trimmed();
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    return out;
}

// QTextDocument renders Markdown with heavy table grids and poster-sized headings; a reader's preview
// (GitHub, Obsidian) shows hairlines and moderate headings.
void styleMarkdown(QTextDocument *document)
{
    const qreal base = document->defaultFont().pointSizeF();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        QTextCursor cursor(block);
        cursor.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat format;
        format.setFontPointSize(base * (level == 1 ? 1.6 : level == 2 ? 1.25 : 1.1));
        cursor.mergeCharFormat(format);
        QTextBlockFormat spacing = block.blockFormat();
        spacing.setTopMargin(base * (level == 1 ? 0.4 : 1.2));
        spacing.setBottomMargin(base * 0.5);
        cursor.setBlockFormat(spacing);
    }
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorder(1);
        format.setBorderBrush(QColor(0xdd, 0xdd, 0xdd));
        format.setBorderCollapse(true);
        format.setCellPadding(4);
        format.setCellSpacing(0);
        table->setFormat(format);
        // The header row in bold on a faint ground, as GitHub draws it.
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(QColor(0xf6, 0xf8, 0xfa));
            cellFormat.setFontWeight(QFont::DemiBold);
            cell.setFormat(cellFormat);
        }
    }
}

QPageSize::PageSizeId localePageSize()
{
    // Letter where the locale measures in inches (the United States and its neighbours), else A4.
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

} // namespace

ExportDialog::ExportDialog(const QList<ExportArticle> &articles, int current, QWidget *parent)
    : QDialog(parent)
    , m_articles(articles)
    , m_current(std::clamp(current, 0, std::max(0, int(articles.size()) - 1)))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Summary"));
    createWidgets();
    readSettings();
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::buildPreview);
    connect(&m_previewWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_previewBusy = false;
        if (m_previewStale) {
            m_previewStale = false;
            buildPreview();
            return;
        }
        showPreview(m_previewWatcher.result());
    });
    connect(&m_exportWatcher, &QFutureWatcher<Outcome>::progressValueChanged, this, [this](int value) {
        if (m_progress)
            m_progress->setValue(value);
    });
    connect(&m_exportWatcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onExportFinished);
    updateControls();
    buildPreview();
}

ExportDialog::~ExportDialog()
{
    // Both workers hold copies of what they need; wait only so that no result arrives at a dead dialog.
    m_exportStop.request_stop();
    m_exportWatcher.waitForFinished();
    m_previewWatcher.waitForFinished();
}

void ExportDialog::createWidgets()
{
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    const std::pair<ExportFormat, QString> formats[] = {
        {ExportFormat::Markdown, tr("Markdown")},
        {ExportFormat::Html, tr("HTML")},
        {ExportFormat::Pdf, tr("PDF")},
        {ExportFormat::Json, tr("JSON with Web Annotations")},
        {ExportFormat::Csv, tr("CSV of entities")},
        {ExportFormat::BratAnn, tr("brat standoff")},
        {ExportFormat::Conll, tr("CoNLL")},
    };
    for (const auto &[format, label] : formats)
        m_format->addItem(label + u"  (."_s + SummaryExport::suffix(format) + u')', int(format));
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(u"exportPageSize"_s);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_pageSizeLabel = new QLabel(tr("&Page size:"), this);
    m_pageSizeLabel->setBuddy(m_pageSize);
    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QFormLayout(formatBox);
    formatLayout->addRow(tr("&Save as:"), m_format);
    formatLayout->addRow(m_pageSizeLabel, m_pageSize);

    m_scopeCurrent = new QRadioButton(tr("&This article"), this);
    m_scopeCurrent->setObjectName(u"scopeCurrent"_s);
    m_scopeAll = new QRadioButton(tr("&All open articles (%1)").arg(m_articles.size()), this);
    m_scopeAll->setObjectName(u"scopeAll"_s);
    m_scopeChosen = new QRadioButton(tr("C&hosen articles:"), this);
    m_scopeChosen->setObjectName(u"scopeChosen"_s);
    m_scopeCurrent->setChecked(true);
    m_chosenList = new QListWidget(this);
    m_chosenList->setObjectName(u"chosenArticles"_s);
    m_chosenList->setUniformItemSizes(true);
    m_chosenList->setTextElideMode(Qt::ElideRight);
    m_chosenList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        const Analysis &a = *m_articles[i].analysis;
        auto *item = new QListWidgetItem(OpenArticlesModel::displayTitle(a), m_chosenList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(i == m_current ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(QDir::toNativeSeparators(a.article.filePath));
    }
    // Room for about four titles; a long list scrolls.
    m_chosenList->setMaximumHeight(m_chosenList->fontMetrics().height() * 6);
    m_scopeHint = new QLabel(this);
    m_scopeHint->setWordWrap(true);
    m_scopeHint->setForegroundRole(QPalette::PlaceholderText);
    auto *scopeBox = new QGroupBox(tr("Articles"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_scopeCurrent);
    scopeLayout->addWidget(m_scopeAll);
    scopeLayout->addWidget(m_scopeChosen);
    scopeLayout->addWidget(m_chosenList);
    scopeLayout->addWidget(m_scopeHint);

    m_placesAndOther = new QCheckBox(tr("P&laces and other names"), this);
    m_placesAndOther->setObjectName(u"includePlaces"_s);
    m_placesAndOther->setToolTip(tr("People and companies are always listed"));
    m_keySentences = new QCheckBox(tr("&Key sentences:"), this);
    m_keySentences->setObjectName(u"includeKeySentences"_s);
    m_keySentenceCount = new QSpinBox(this);
    m_keySentenceCount->setObjectName(u"keySentenceCount"_s);
    m_keySentenceCount->setRange(1, 50);
    m_keySentenceCount->setValue(3);
    m_keySentenceCount->setAccessibleName(tr("Number of key sentences"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keySentences);
    keyRow->addWidget(m_keySentenceCount);
    keyRow->addStretch(1);
    m_notes = new QCheckBox(tr("&Notes and highlights"), this);
    m_notes->setObjectName(u"includeNotes"_s);
    m_tags = new QCheckBox(tr("Ta&gs"), this);
    m_tags->setObjectName(u"includeTags"_s);
    auto *includeBox = new QGroupBox(tr("Include"), this);
    auto *includeLayout = new QVBoxLayout(includeBox);
    includeLayout->addWidget(m_placesAndOther);
    includeLayout->addLayout(keyRow);
    includeLayout->addWidget(m_notes);
    includeLayout->addWidget(m_tags);

    auto *options = new QVBoxLayout;
    options->addWidget(formatBox);
    options->addWidget(scopeBox);
    options->addWidget(includeBox);
    options->addStretch(1);

    // The preview shows a page: documents on paper colours whatever the theme, as they will print.
    m_richPreview = new PreviewBrowser(this);
    m_richPreview->setObjectName(u"richPreview"_s);
    QPalette paper = m_richPreview->palette();
    paper.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    paper.setColor(QPalette::Text, QColor(0x1d, 0x1d, 0x1f));
    paper.setColor(QPalette::Link, QColor(0x2a, 0x5d, 0xb0));
    m_richPreview->setPalette(paper);
    m_richPreview->document()->setDocumentMargin(18);
    m_textPreview = new QPlainTextEdit(this);
    m_textPreview->setObjectName(u"textPreview"_s);
    m_textPreview->setReadOnly(true);
    m_textPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewStack = new QStackedWidget(this);
    m_previewStack->addWidget(m_richPreview);
    m_previewStack->addWidget(m_textPreview);
    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(u"previewNote"_s);
    m_previewNote->setForegroundRole(QPalette::PlaceholderText);
    auto *previewTitle = new QLabel(tr("Preview"), this);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    auto *preview = new QVBoxLayout;
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(previewTitle);
    previewHeader->addStretch(1);
    previewHeader->addWidget(m_previewNote);
    preview->addLayout(previewHeader);
    preview->addWidget(m_previewStack, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(options, 0);
    columns->addLayout(preview, 1);
    columns->setSpacing(16);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(980, 640);

    auto changed = [this] {
        updateControls();
        schedulePreview();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, changed);
    for (QRadioButton *b : {m_scopeCurrent, m_scopeAll, m_scopeChosen})
        connect(b, &QRadioButton::toggled, this, [changed](bool on) {
            if (on)
                changed();
        });
    connect(m_chosenList, &QListWidget::itemChanged, this, changed);
    for (QCheckBox *c : {m_placesAndOther, m_keySentences, m_notes, m_tags})
        connect(c, &QCheckBox::toggled, this, changed);
    connect(m_keySentenceCount, &QSpinBox::valueChanged, this, changed);
}

void ExportDialog::readSettings()
{
    QSettings s;
    s.beginGroup(u"export"_s);
    const auto format = SummaryExport::formatFromName(s.value(u"format"_s, u"md"_s).toString());
    setFormat(format.value_or(ExportFormat::Markdown));
    const int page = s.value(u"pageSize"_s, int(localePageSize())).toInt();
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(page)));
    m_placesAndOther->setChecked(s.value(u"placesAndOther"_s, false).toBool());
    m_keySentences->setChecked(s.value(u"keySentences"_s, true).toBool());
    m_keySentenceCount->setValue(s.value(u"keySentenceCount"_s, 3).toInt());
    m_notes->setChecked(s.value(u"notes"_s, true).toBool());
    m_tags->setChecked(s.value(u"tags"_s, true).toBool());
}

void ExportDialog::writeSettings() const
{
    QSettings s;
    s.beginGroup(u"export"_s);
    s.setValue(u"format"_s, SummaryExport::formatName(format()));
    s.setValue(u"pageSize"_s, m_pageSize->currentData());
    s.setValue(u"placesAndOther"_s, m_placesAndOther->isChecked());
    s.setValue(u"keySentences"_s, m_keySentences->isChecked());
    s.setValue(u"keySentenceCount"_s, m_keySentenceCount->value());
    s.setValue(u"notes"_s, m_notes->isChecked());
    s.setValue(u"tags"_s, m_tags->isChecked());
    if (!m_exportPath.isEmpty())
        s.setValue(u"folder"_s, QFileInfo(m_exportPath).absolutePath());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Current          ? m_scopeCurrent
            : scope == Scope::AllOpen ? m_scopeAll
                                      : m_scopeChosen)
        ->setChecked(true);
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (SummaryExport::takesOneArticle(format()) || m_scopeCurrent->isChecked())
        return Scope::Current;
    return m_scopeAll->isChecked() ? Scope::AllOpen : Scope::Chosen;
}

void ExportDialog::setArticleChosen(int row, bool chosen)
{
    if (QListWidgetItem *item = m_chosenList->item(row))
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = format();
    o.summary.includePlacesAndOther = m_placesAndOther->isChecked();
    o.summary.keySentences = m_keySentences->isChecked() ? m_keySentenceCount->value() : 0;
    o.includeNotes = m_notes->isChecked();
    o.includeTags = m_tags->isChecked();
    o.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    return o;
}

QList<ExportArticle> ExportDialog::selectedArticles() const
{
    if (m_articles.isEmpty())
        return {};
    switch (scope()) {
    case Scope::Current:
        return {m_articles.at(m_current)};
    case Scope::AllOpen:
        return m_articles;
    case Scope::Chosen:
        break;
    }
    QList<ExportArticle> out;
    for (int i = 0; i < m_chosenList->count(); ++i) {
        if (m_chosenList->item(i)->checkState() == Qt::Checked)
            out.append(m_articles.at(i));
    }
    return out;
}

QString ExportDialog::suggestedFileName() const
{
    const QList<ExportArticle> articles = selectedArticles();
    QString base;
    if (articles.size() == 1) {
        const Analysis &a = *articles.front().analysis;
        base = safeFileName(a.article.title);
        if (base.isEmpty())
            base = safeFileName(QFileInfo(a.article.filePath).completeBaseName());
    } else {
        base = tr("Briefing %1").arg(QDate::currentDate().toString(Qt::ISODate));
    }
    if (base.isEmpty())
        base = tr("Summary");
    return base + u'.' + SummaryExport::suffix(format());
}

void ExportDialog::updateControls()
{
    const ExportFormat f = format();
    const bool one = SummaryExport::takesOneArticle(f);
    const bool summary = f == ExportFormat::Markdown || f == ExportFormat::Html || f == ExportFormat::Pdf;
    m_scopeAll->setEnabled(!one);
    m_scopeChosen->setEnabled(!one);
    m_chosenList->setEnabled(!one && m_scopeChosen->isChecked());
    m_scopeHint->setText(one ? tr("A %1 file holds one article: the one on screen.")
                                   .arg(m_format->currentText().section(u"  "_s, 0, 0))
                             : QString());
    m_scopeHint->setVisible(one);
    m_pageSize->setEnabled(f == ExportFormat::Pdf);
    m_pageSizeLabel->setEnabled(f == ExportFormat::Pdf);
    // Only what the format can carry is offered: JSON has every entity, CSV only entities, brat and CoNLL
    // only the tagged text.
    m_placesAndOther->setEnabled(summary || f == ExportFormat::Csv);
    m_keySentences->setEnabled(summary);
    m_keySentenceCount->setEnabled(summary && m_keySentences->isChecked());
    m_notes->setEnabled(summary || f == ExportFormat::Json);
    m_tags->setEnabled(summary || f == ExportFormat::Json);
    m_exportButton->setEnabled(!selectedArticles().isEmpty() && !isExporting());
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::buildPreview()
{
    if (m_previewBusy) {
        // One preview at a time; the newest options win when it is done.
        m_previewStale = true;
        return;
    }
    const QList<ExportArticle> articles = selectedArticles();
    const ExportOptions options = this->options();
    if (articles.isEmpty()) {
        m_previewFormat = ExportFormat::Markdown;
        showPreview(QString());
        m_richPreview->setPlainText(tr("Tick the articles to export."));
        return;
    }
    m_previewFormat = options.format;
    m_previewBusy = true;
    m_previewWatcher.setFuture(
        QtConcurrent::run([articles, options] { return SummaryExport::text(articles, options); }));
}

void ExportDialog::showPreview(const QString &text)
{
    const ExportFormat f = m_previewFormat;
    const bool rich = f == ExportFormat::Markdown || f == ExportFormat::Html || f == ExportFormat::Pdf;
    const int vscroll
        = rich ? m_richPreview->verticalScrollBar()->value() : m_textPreview->verticalScrollBar()->value();
    m_previewNote->clear();
    if (rich) {
        if (f == ExportFormat::Markdown) {
            m_richPreview->setMarkdown(text);
            styleMarkdown(m_richPreview->document());
        } else {
            m_richPreview->setHtml(text);
        }
        m_previewNote->setText(f == ExportFormat::Markdown ? tr("Markdown, as rendered")
                : f == ExportFormat::Pdf                   ? tr("Page layout may differ")
                                                           : QString());
        m_previewStack->setCurrentWidget(m_richPreview);
        m_richPreview->verticalScrollBar()->setValue(vscroll);
    } else {
        if (text.size() > PreviewLimit) {
            m_textPreview->setPlainText(text.left(PreviewLimit));
            m_previewNote->setText(
                tr("First %1 of %2 characters")
                    .arg(QLocale().toString(PreviewLimit), QLocale().toString(text.size())));
        } else {
            m_textPreview->setPlainText(text);
        }
        m_previewStack->setCurrentWidget(m_textPreview);
        m_textPreview->verticalScrollBar()->setValue(vscroll);
    }
    Q_EMIT previewUpdated();
}

QString ExportDialog::previewText() const
{
    return m_previewStack->currentWidget() == m_richPreview ? m_richPreview->toPlainText()
                                                            : m_textPreview->toPlainText();
}

bool ExportDialog::isPreviewPending() const
{
    return m_previewTimer->isActive() || m_previewBusy;
}

bool ExportDialog::isExporting() const
{
    return m_exportWatcher.isRunning();
}

QString ExportDialog::askForPath()
{
    QString folder = QSettings().value(u"export/folder"_s).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        const QFileInfo article(m_articles.value(m_current).analysis
                ? m_articles.at(m_current).analysis->article.filePath
                : QString());
        folder = article.isAbsolute() && article.exists()
            ? article.absolutePath()
            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString suffix = SummaryExport::suffix(format());
    QFileDialog dialog(this, tr("Export Summary"), QDir(folder).filePath(suggestedFileName()));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(suffix);
    dialog.setNameFilters({tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix), tr("All files (*)")});
    // The file dialog asks before replacing an existing file (QFileDialog's default).
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

bool ExportDialog::confirmReplace(const QString &path)
{
    QMessageBox box(QMessageBox::Warning, tr("Replace File?"),
        tr("“%1” already exists. Do you want to replace it?").arg(QFileInfo(path).fileName()),
        QMessageBox::Cancel, this);
    box.setObjectName(u"replaceQuestion"_s);
    box.setInformativeText(tr("The file in %1 will be overwritten by this export.")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == replace;
}

void ExportDialog::startExport()
{
    if (isExporting())
        return;
    const QList<ExportArticle> articles = selectedArticles();
    if (articles.isEmpty())
        return;
    QString path = m_outputPath;
    if (path.isEmpty()) {
        path = askForPath();
        if (path.isEmpty())
            return;
    } else if (QFileInfo::exists(path) && !confirmReplace(path)) {
        Q_EMIT exportFinished(false, path);
        return;
    }
    m_exportPath = path;
    m_exportStop = std::stop_source();
    const ExportOptions options = this->options();
    m_progress = new QProgressDialog(articles.size() == 1
            ? tr("Exporting 1 article…")
            : tr("Exporting %n articles…", nullptr, int(articles.size())),
        tr("Cancel"), 0, int(articles.size()) + 1, this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowTitle(tr("Export Summary"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // a quick export shows no flash of a dialog
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_exportStop.request_stop(); });
    m_progress->setValue(0);
    updateControls();
    m_exportButton->setEnabled(false);
    const std::stop_token stop = m_exportStop.get_token();
    m_exportWatcher.setFuture(QtConcurrent::run([articles, options, path, stop](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, int(articles.size()) + 1);
        Outcome outcome;
        outcome.status = SummaryExport::save(path, articles, options, &outcome.error, stop,
            [&promise](int done, int) { promise.setProgressValue(done); });
        promise.addResult(outcome);
    }));
}

void ExportDialog::onExportFinished()
{
    const Outcome outcome
        = m_exportWatcher.future().resultCount() > 0 ? m_exportWatcher.result() : Outcome {};
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateControls();
    switch (outcome.status) {
    case SummaryExport::Status::Done:
        writeSettings();
        Q_EMIT exportFinished(true, m_exportPath);
        accept();
        return;
    case SummaryExport::Status::Cancelled:
        m_previewNote->setText(tr("Export cancelled: nothing was written"));
        break;
    case SummaryExport::Status::Failed:
        QMessageBox::warning(this, tr("Export Failed"), outcome.error);
        break;
    }
    Q_EMIT exportFinished(false, m_exportPath);
}

void ExportDialog::reject()
{
    // Esc or Cancel during an export stops it first; the dialog stays until the export has ended.
    if (isExporting()) {
        m_exportStop.request_stop();
        return;
    }
    QDialog::reject();
}

} // namespace dramatis
