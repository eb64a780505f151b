// The Library panel's corrections as undo commands (rename, merge, split of library entities), each with
// its undo and redo checked in the database, row by row, through a connection of its own.
#include "commands/librarycorrectioncommand.h"
#include "core/analysis.h"
#include "library/librarystore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

const EntityType Per = EntityType::Person;
const EntityType Org = EntityType::Organization;

Analysis makeAnalysis(
    const QString &path, const QString &text, const QList<std::pair<QString, EntityType>> &names)
{
    Analysis a;
    a.article.text = text;
    a.article.title = text.left(20);
    a.article.format = u"text"_s;
    a.article.filePath = path;
    for (const auto &[name, type] : names) {
        Entity e;
        e.name = name;
        e.type = type;
        e.mentions.append(0);
        a.entities.append(e);
    }
    return a;
}

} // namespace

class TestLibraryCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void corrections_data();
    void corrections();
    void refusedCorrectionIsDropped_data();
    void refusedCorrectionIsDropped();
    void undoTheWholeHistory();

private:
    // Every library entity as the database holds it: "id name renamed merged_into".
    QStringList rows() const;
    qint64 id(const QString &name) const { return m_ids.value(name); }
    // Applies "rename|Entity|New name" or "merge|Entity|Into" straight through the store (no undo).
    void prepare(const QStringList &steps);
    LibraryCorrectionCommand *command(const QString &kind, const QString &entity, const QString &argument);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryStore> m_store;
    QHash<QString, qint64> m_ids; // by the name recorded, before any correction
};

void TestLibraryCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<LibraryStore>();
    QVERIFY2(m_store->open(m_dir->filePath(u"library.sqlite"_s)), qPrintable(m_store->errorString()));
    QVERIFY(m_store->record(makeAnalysis(m_dir->filePath(u"one.txt"_s),
                u"Kestrel Silicon will buy the Penhallow Foundry, Maren Olsby said."_s,
                {{u"Kestrel Silicon"_s, Org}, {u"Penhallow Foundry"_s, Org}, {u"Maren Olsby"_s, Per}}))
        > 0);
    QVERIFY(m_store->record(makeAnalysis(m_dir->filePath(u"two.txt"_s),
                u"Kestrel and Pengelly shares rose."_s, {{u"Kestrel"_s, Org}, {u"Pengelly"_s, Org}}))
        > 0);
    m_ids.clear();
    for (const auto &[name, type] :
        QList<std::pair<QString, EntityType>> {{u"Kestrel Silicon"_s, Org}, {u"Penhallow Foundry"_s, Org},
            {u"Maren Olsby"_s, Per}, {u"Kestrel"_s, Org}, {u"Pengelly"_s, Org}}) {
        const std::optional<LibraryEntity> e = m_store->findEntity(name, type);
        QVERIFY2(e, qPrintable(name));
        m_ids.insert(name, e->id);
    }
    QCOMPARE(rows().size(), 5);
}

void TestLibraryCommands::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QStringList TestLibraryCommands::rows() const
{
    QStringList list;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(m_dir->filePath(u"library.sqlite"_s));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SELECT id, name, renamed, merged_into FROM library_entities ORDER BY id"_s);
            while (q.next()) {
                list << u"%1 %2 %3 %4"_s.arg(q.value(0).toString(), q.value(1).toString(),
                    q.value(2).toString(), q.value(3).isNull() ? u"-"_s : q.value(3).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return list;
}

void TestLibraryCommands::prepare(const QStringList &steps)
{
    for (const QString &step : steps) {
        const QStringList parts = step.split(u'|');
        QCOMPARE(parts.size(), 3);
        if (parts[0] == u"rename")
            QVERIFY(m_store->renameEntity(id(parts[1]), parts[2]));
        else
            QVERIFY(m_store->mergeEntities(id(parts[1]), id(parts[2])));
    }
}

LibraryCorrectionCommand *TestLibraryCommands::command(
    const QString &kind, const QString &entity, const QString &argument)
{
    if (kind == u"rename")
        return LibraryCorrectionCommand::rename(m_store.get(), id(entity), argument);
    if (kind == u"merge")
        return LibraryCorrectionCommand::merge(m_store.get(), id(entity), id(argument));
    return LibraryCorrectionCommand::split(m_store.get(), id(entity));
}

void TestLibraryCommands::corrections_data()
{
    QTest::addColumn<QStringList>("before"); // corrections made earlier, outside the undo history
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("argument"); // the new name, or the entity merged into
    QTest::addColumn<QString>("shownAs"); // the entity's name in the library after the command
    QTest::addColumn<QStringList>("merged"); // the names merged into it after the command

    QTest::newRow("rename") << QStringList() << u"rename"_s << u"Kestrel Silicon"_s
                            << u"  Kestrel  Silicon plc "_s << u"Kestrel Silicon plc"_s << QStringList();
    QTest::newRow("rename a renamed entity")
        << QStringList {u"rename|Maren Olsby|M. Olsby"_s} << u"rename"_s << u"Maren Olsby"_s
        << u"Maren Olsby-Hart"_s << u"Maren Olsby-Hart"_s << QStringList();
    QTest::newRow("merge") << QStringList() << u"merge"_s << u"Kestrel"_s << u"Kestrel Silicon"_s
                           << u"Kestrel Silicon"_s << QStringList {u"Kestrel"_s};
    QTest::newRow("merge one that others were merged into")
        << QStringList {u"merge|Pengelly|Kestrel"_s} << u"merge"_s << u"Kestrel"_s << u"Kestrel Silicon"_s
        << u"Kestrel Silicon"_s << QStringList {u"Kestrel"_s, u"Pengelly"_s};
    QTest::newRow("merge into a merged entity goes to its root")
        << QStringList {u"merge|Kestrel|Kestrel Silicon"_s} << u"merge"_s << u"Penhallow Foundry"_s
        << u"Kestrel"_s << u"Kestrel Silicon"_s << QStringList {u"Kestrel"_s, u"Penhallow Foundry"_s};
    QTest::newRow("split") << QStringList {u"merge|Kestrel|Kestrel Silicon"_s,
        u"merge|Pengelly|Kestrel Silicon"_s}
                           << u"split"_s << u"Kestrel Silicon"_s << QString() << u"Kestrel Silicon"_s
                           << QStringList();
}

void TestLibraryCommands::corrections()
{
    QFETCH(QStringList, before);
    QFETCH(QString, kind);
    QFETCH(QString, entity);
    QFETCH(QString, argument);
    QFETCH(QString, shownAs);
    QFETCH(QStringList, merged);
    prepare(before);
    const QStringList original = rows();

    QUndoStack stack;
    stack.push(command(kind, entity, argument));
    QCOMPARE(stack.count(), 1);
    QVERIFY(!stack.text(0).isEmpty());
    const QStringList corrected = rows();
    QVERIFY(corrected != original);
    auto check = [&] {
        const qint64 root = m_store->rootOf(id(entity));
        QCOMPARE(m_store->entity(root)->name, shownAs);
        QStringList names;
        for (const LibraryEntity &e : m_store->mergedInto(root))
            names << e.name;
        QCOMPARE(names, merged);
    };
    check();

    // Undo puts every row back as it was, redo makes the same correction again; twice over.
    for (int round = 0; round < 2; ++round) {
        stack.undo();
        QCOMPARE(rows(), original);
        stack.redo();
        QCOMPARE(rows(), corrected);
        check();
    }
}

void TestLibraryCommands::refusedCorrectionIsDropped_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("argument");

    QTest::newRow("merge into itself") << u"merge"_s << u"Kestrel"_s << u"Kestrel"_s;
    QTest::newRow("blank name") << u"rename"_s << u"Kestrel"_s << u"   "_s;
    QTest::newRow("split with nothing merged") << u"split"_s << u"Kestrel"_s << QString();
}

void TestLibraryCommands::refusedCorrectionIsDropped()
{
    QFETCH(QString, kind);
    QFETCH(QString, entity);
    QFETCH(QString, argument);
    const QStringList original = rows();
    QUndoStack stack;
    stack.push(command(kind, entity, argument));
    QCOMPARE(stack.count(), 0); // nothing to undo: the store did not change
    QVERIFY(!stack.canUndo());
    QCOMPARE(rows(), original);
}

void TestLibraryCommands::undoTheWholeHistory()
{
    const QStringList original = rows();
    QUndoStack stack;
    stack.push(command(u"merge"_s, u"Kestrel"_s, u"Kestrel Silicon"_s));
    stack.push(command(u"rename"_s, u"Kestrel Silicon"_s, u"Kestrel Group"_s));
    stack.push(command(u"merge"_s, u"Pengelly"_s, u"Kestrel"_s));
    const QStringList merged = rows();
    stack.push(command(u"split"_s, u"Kestrel Silicon"_s, QString()));
    QCOMPARE(stack.count(), 4);
    QCOMPARE(m_store->mergedInto(id(u"Kestrel Silicon"_s)).size(), 0);

    stack.undo();
    QCOMPARE(rows(), merged);
    QCOMPARE(m_store->mergedInto(id(u"Kestrel Silicon"_s)).size(), 2);
    stack.setIndex(0);
    QCOMPARE(rows(), original);
    stack.setIndex(3);
    QCOMPARE(rows(), merged);
    QCOMPARE(m_store->entity(id(u"Kestrel Silicon"_s))->name, u"Kestrel Group"_s);
}

QTEST_GUILESS_MAIN(TestLibraryCommands)
#include "tst_librarycommands.moc"
