// dramatis: the reader. Opens the files given, or the bundled sample article when none is.
#include "annotations/annotationstore.h"
#include "lexicon/lexicontagger.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "widgets/darkpalette.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// The sample article embedded in the executable (resources/samples, prefix /samples).
QString bundledSample()
{
    const QStringList names
        = QDir(QStringLiteral(":/samples"))
              .entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return {};
    return QStringLiteral(":/samples/")
        + (names.contains(QStringLiteral("sample.txt")) ? QStringLiteral("sample.txt") : names.front());
}

// An analyst's lexicon: one "TYPE<TAB>name" a line (TYPE: PER, ORG, LOC, MISC), tagged instead of the model.
std::shared_ptr<const dramatis::Tagger> lexiconTagger(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return nullptr;
    auto tagger = std::make_shared<dramatis::LexiconTagger>();
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0)
            continue;
        if (const auto type = dramatis::entityTypeFromCode(QStringView(line).left(tab)))
            tagger->add(line.mid(tab + 1).trimmed(), *type);
    }
    return tagger;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dramatis"));
    QApplication::setOrganizationName(QStringLiteral("Dramatis"));
    QApplication::setOrganizationDomain(QStringLiteral("dramatis.example.org"));
    QApplication::setApplicationVersion(QStringLiteral(DRAMATIS_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Dramatis"));
    QApplication::setDesktopFileName(QStringLiteral("org.dramatis.Dramatis"));
    // The user's language when a complete catalogue for it is embedded under :/i18n (none ships yet: see
    // ui/CMakeLists.txt), else English.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("dramatis"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Read articles with their people and companies highlighted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dark(
        QStringLiteral("dark"), QApplication::translate("main", "Use a dark palette."));
    parser.addOption(dark);
    const QCommandLineOption lexicon(QStringLiteral("lexicon"),
        QApplication::translate("main",
            "Tag with the names in FILE (TYPE<tab>name "
            "lines) instead of the built-in model."),
        QStringLiteral("FILE"));
    parser.addOption(lexicon);
    const QCommandLineOption db(QStringLiteral("db"),
        QApplication::translate("main",
            "Keep notes, highlights and corrections in the database "
            "PATH (default: $DRAMATIS_DB, else the user's data folder)."),
        QStringLiteral("PATH"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate("main", "Article files, or dramatis://open links, to open."),
        QStringLiteral("[FILE|LINK...]"));
    parser.process(app);
    if (parser.isSet(dark) || qEnvironmentVariable("DRAMATIS_THEME") == u"dark")
        dramatis::applyDarkPalette(app);

    std::shared_ptr<const dramatis::Tagger> tagger;
    if (parser.isSet(lexicon)) {
        tagger = lexiconTagger(parser.value(lexicon));
        if (!tagger) {
            qWarning("%s",
                qPrintable(QApplication::translate("main", "%1: cannot read the lexicon")
                               .arg(parser.value(lexicon))));
            return 2;
        }
    }
    // A file or link given to a second `dramatis` (the desktop's scheme handler runs one per click) goes
    // to the window already open. Paths are made absolute first: the running window has another folder.
    QStringList arguments;
    for (const QString &arg : parser.positionalArguments()) {
        const bool url = arg.startsWith(u"dramatis:", Qt::CaseInsensitive)
            || arg.startsWith(u"file:", Qt::CaseInsensitive);
        arguments.append(url ? arg : QFileInfo(arg).absoluteFilePath());
    }
    dramatis::SingleInstance instance;
    if (!arguments.isEmpty() && instance.sendToRunning(arguments))
        return 0;
    dramatis::MainWindow window(tagger, nullptr, dramatis::AnnotationStore::databasePath(parser.value(db)));
    window.show();
    instance.listen();
    QObject::connect(&instance, &dramatis::SingleInstance::argumentsReceived, &window,
        &dramatis::MainWindow::openArguments);
    if (!arguments.isEmpty()) {
        window.openArguments(arguments);
    } else if (const QString sample = bundledSample(); !sample.isEmpty()) {
        QFile file(sample);
        if (file.open(QIODevice::ReadOnly))
            window.openBytes(file.readAll(), sample.mid(sample.lastIndexOf(u'/') + 1));
    }
    return app.exec();
}
