// Every edit command on the annotation model, with its undo and redo, checked in the model and in the
// database (through a second store, as another process would see it).
#include "annotations/annotationstore.h"
#include "commands/addannotationcommand.h"
#include "commands/addlexiconrulecommand.h"
#include "commands/articletagcommand.h"
#include "commands/editannotationcommand.h"
#include "commands/removeannotationcommand.h"
#include "commands/removelexiconrulecommand.h"
#include "itemmodels/annotationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestAnnotationCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addNote();
    void highlightsInTextOrder();
    void editNote();
    void removeNote();
    void tags_data();
    void tags();
    void corrections_data();
    void corrections();
    void removeRule();
    void disabledStoreDropsTheCommand();
    void twoModelsStayInStep();
    void editedArticleKeepsOrphans();

private:
    // What the database holds, read by a separate connection.
    AnnotationList stored() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AnnotationStore> m_store;
    std::unique_ptr<AnnotationModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Article m_article;
};

void TestAnnotationCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<AnnotationStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"library.sqlite"_s)));
    m_model = std::make_unique<AnnotationModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_article.text
        = u"Tregony council will close the ford road in May. Councillor Demelza Hosking said the bridge "
          "repairs would take six weeks, and the bus will divert through Ruan."_s;
    m_article.filePath = m_dir->filePath(u"ford.txt"_s);
    m_model->setArticle(m_article);
    QVERIFY(m_model->articleId() > 0);
}

void TestAnnotationCommands::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

AnnotationList TestAnnotationCommands::stored() const
{
    AnnotationStore other;
    if (!other.open(m_dir->filePath(u"library.sqlite"_s)))
        return {};
    return other.annotations(other.findArticle(m_article), m_article.text);
}

void TestAnnotationCommands::addNote()
{
    QUndoStack stack;
    const qsizetype at = m_article.text.indexOf(u"six weeks");
    auto *command = new AddAnnotationCommand(
        m_model.get(), m_model->makeAnnotation(Annotation::Note, at, at + 9, u"Was it not four?"_s));
    stack.push(command);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex row = m_model->index(0);
    QCOMPARE(row.data(QuoteRole).toString(), u"six weeks"_s);
    QCOMPARE(row.data(NoteTextRole).toString(), u"Was it not four?"_s);
    QCOMPARE(row.data(StartRole).toLongLong(), at);
    QVERIFY(!row.data(OrphanedRole).toBool());
    const qint64 id = command->annotationId();
    QCOMPARE(stored().size(), 1);

    stack.undo();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(stored().isEmpty());

    stack.redo();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0).data(AnnotationIdRole).toLongLong(), id);
    const AnnotationList db = stored();
    QCOMPARE(db.size(), 1);
    QCOMPARE(db[0].id, id);
    QCOMPARE(db[0].text, u"Was it not four?"_s);
}

void TestAnnotationCommands::highlightsInTextOrder()
{
    QUndoStack stack;
    const QString &text = m_article.text;
    for (const QString &words : {u"Ruan"_s, u"Tregony council"_s, u"Demelza Hosking"_s}) {
        const qsizetype at = text.indexOf(words);
        stack.push(new AddAnnotationCommand(m_model.get(),
            m_model->makeAnnotation(Annotation::Highlight, at, at + words.size(), {}, u"Key claim"_s)));
    }
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(0).data(QuoteRole).toString(), u"Tregony council"_s);
    QCOMPARE(m_model->index(1).data(QuoteRole).toString(), u"Demelza Hosking"_s);
    QCOMPARE(m_model->index(2).data(QuoteRole).toString(), u"Ruan"_s);
    QVERIFY(!m_model->index(2).data(CategoryColorRole).toString().isEmpty());
    const qsizetype inName = text.indexOf(u"Hosking");
    QCOMPARE(m_model->rowsAt(inName), QList<int> {1});
    stack.undo();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1).data(QuoteRole).toString(), u"Ruan"_s);
    QCOMPARE(stored().size(), 2);
}

void TestAnnotationCommands::editNote()
{
    QUndoStack stack;
    stack.push(new AddAnnotationCommand(
        m_model.get(), m_model->makeAnnotation(Annotation::Note, 0, 7, u"first thought"_s)));
    const Annotation before = m_model->at(0);
    Annotation after = before;
    after.text = u"second thought"_s;
    stack.push(new EditAnnotationCommand(m_model.get(), before, after));
    Annotation later = after;
    later.text = u"third thought"_s;
    later.category = u"Doubtful"_s;
    stack.push(new EditAnnotationCommand(m_model.get(), after, later));
    QCOMPARE(stack.count(), 2); // the two edits of one note merged into one step
    QCOMPARE(m_model->index(0).data(NoteTextRole).toString(), u"third thought"_s);
    QCOMPARE(stored().front().category, u"Doubtful"_s);
    stack.undo();
    QCOMPARE(m_model->index(0).data(NoteTextRole).toString(), u"first thought"_s);
    QCOMPARE(stored().front().text, u"first thought"_s);
    QCOMPARE(stored().front().category, QString());
    stack.redo();
    QCOMPARE(stored().front().text, u"third thought"_s);
}

void TestAnnotationCommands::removeNote()
{
    QUndoStack stack;
    stack.push(new AddAnnotationCommand(
        m_model.get(), m_model->makeAnnotation(Annotation::Note, 8, 15, u"which council?"_s)));
    const Annotation note = m_model->at(0);
    stack.push(new RemoveAnnotationCommand(m_model.get(), note));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(stored().isEmpty());
    stack.undo();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->at(0).id, note.id);
    QCOMPARE(stored().front().created, note.created);
    // Undo all the way and redo all the way: the same note with the same id.
    stack.undo();
    QVERIFY(stored().isEmpty());
    stack.redo();
    stack.redo();
    QVERIFY(stored().isEmpty());
    stack.undo();
    QCOMPARE(stored().front().id, note.id);
}

void TestAnnotationCommands::tags_data()
{
    QTest::addColumn<bool>("alreadyThere");
    QTest::newRow("new tag") << false;
    QTest::newRow("tag it already has") << true;
}

void TestAnnotationCommands::tags()
{
    QFETCH(bool, alreadyThere);
    QUndoStack stack;
    QSignalSpy spy(m_model.get(), &AnnotationModel::tagsChanged);
    if (alreadyThere)
        QVERIFY(m_model->addTag(u"roads"_s));
    stack.push(new ArticleTagCommand(m_model.get(), ArticleTagCommand::Add, u"roads"_s));
    QCOMPARE(m_model->tags(), QStringList {u"roads"_s});
    // A tag that was already there is no edit: nothing to undo, and undo does not remove it.
    QCOMPARE(stack.count(), alreadyThere ? 0 : 1);
    stack.undo();
    QCOMPARE(m_model->tags(), alreadyThere ? QStringList {u"roads"_s} : QStringList());
    QVERIFY(spy.size() >= 1);
    if (alreadyThere) {
        stack.push(new ArticleTagCommand(m_model.get(), ArticleTagCommand::Remove, u"roads"_s));
        QVERIFY(m_model->tags().isEmpty());
        stack.undo();
        QCOMPARE(m_model->tags(), QStringList {u"roads"_s});
    }
}

void TestAnnotationCommands::corrections_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("other");
    QTest::newRow("mark as person") << int(LexiconRule::Mark) << u"Demelza Hosking"_s
                                    << int(EntityType::Person) << QString();
    QTest::newRow("mark as company") << int(LexiconRule::Mark) << u"Tregony council"_s
                                     << int(EntityType::Organization) << QString();
    QTest::newRow("mark as place") << int(LexiconRule::Mark) << u"Ruan"_s << int(EntityType::Location)
                                   << QString();
    QTest::newRow("reject") << int(LexiconRule::Reject) << u"May"_s << -1 << QString();
    QTest::newRow("change type") << int(LexiconRule::Mark) << u"Ruan"_s << int(EntityType::Misc) << QString();
    QTest::newRow("merge") << int(LexiconRule::Merge) << u"Hosking"_s << -1 << u"Demelza Hosking"_s;
    QTest::newRow("split alias") << int(LexiconRule::Split) << u"Hosking"_s << -1 << u"Demelza Hosking"_s;
    QTest::newRow("rename") << int(LexiconRule::Rename) << u"Hosking"_s << -1 << u"Cllr Demelza Hosking"_s;
}

void TestAnnotationCommands::corrections()
{
    QFETCH(int, kind);
    QFETCH(QString, surface);
    QFETCH(int, type);
    QFETCH(QString, other);
    LexiconRule rule;
    rule.kind = LexiconRule::Kind(kind);
    rule.surface = surface;
    if (type >= 0)
        rule.type = EntityType(type);
    rule.other = other;
    rule.articleId = m_model->articleId();
    rule.originPath = m_article.filePath;
    QUndoStack stack;
    QSignalSpy changed(m_store.get(), &AnnotationStore::lexiconChanged);
    auto *command = new AddLexiconRuleCommand(m_store.get(), rule);
    QVERIFY(!command->text().isEmpty());
    stack.push(command);
    QCOMPARE(changed.size(), 1);
    const qint64 id = command->ruleId();
    QVERIFY(id > 0);
    const auto check = [&](bool present) {
        AnnotationStore reader;
        QVERIFY(reader.open(m_dir->filePath(u"library.sqlite"_s)));
        const AnalystLexicon lexicon = reader.lexiconFor(m_model->articleId());
        QCOMPARE(lexicon.rules().size(), present ? 1 : 0);
        if (present) {
            QCOMPARE(lexicon.rules()[0].id, id);
            QCOMPARE(int(lexicon.rules()[0].kind), kind);
            QCOMPARE(lexicon.rules()[0].surface, surface);
            QCOMPARE(lexicon.rules()[0].type.has_value(), type >= 0);
            QCOMPARE(lexicon.rules()[0].other, other);
        }
    };
    check(true);
    stack.undo();
    QCOMPARE(changed.size(), 2);
    check(false);
    stack.redo();
    check(true);
}

void TestAnnotationCommands::removeRule()
{
    LexiconRule rule;
    rule.kind = LexiconRule::Reject;
    rule.surface = u"May"_s;
    QVERIFY(m_store->addRule(rule) > 0);
    QUndoStack stack;
    stack.push(new RemoveLexiconRuleCommand(m_store.get(), rule));
    QVERIFY(m_store->lexicon().isEmpty());
    stack.undo();
    QCOMPARE(m_store->lexicon().rules().size(), 1);
    QCOMPARE(m_store->lexicon().rules()[0].id, rule.id);
}

void TestAnnotationCommands::disabledStoreDropsTheCommand()
{
    AnnotationStore broken;
    QVERIFY(!broken.open(m_dir->path())); // a folder is no database
    AnnotationModel model(&broken);
    model.setArticle(m_article);
    QCOMPARE(model.articleId(), 0);
    QUndoStack stack;
    stack.push(new AddAnnotationCommand(&model, model.makeAnnotation(Annotation::Note, 0, 7, u"lost?"_s)));
    // Not shown as done: the command did not stay on the stack, and no row appeared.
    QCOMPARE(stack.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestAnnotationCommands::twoModelsStayInStep()
{
    AnnotationModel second(m_store.get());
    second.setArticle(m_article);
    QUndoStack stack;
    stack.push(
        new AddAnnotationCommand(m_model.get(), m_model->makeAnnotation(Annotation::Note, 0, 7, u"x"_s)));
    QCOMPARE(second.rowCount(), 1);
    stack.undo();
    QCOMPARE(second.rowCount(), 0);
}

void TestAnnotationCommands::editedArticleKeepsOrphans()
{
    QUndoStack stack;
    const QString &text = m_article.text;
    for (const QString &words : {u"the bridge repairs"_s, u"Ruan"_s}) {
        const qsizetype at = text.indexOf(words);
        stack.push(new AddAnnotationCommand(
            m_model.get(), m_model->makeAnnotation(Annotation::Note, at, at + words.size(), words)));
    }
    // The file is edited: a sentence goes in front, and the bus diversion is cut.
    Article edited = m_article;
    edited.text = u"Correction appended on Friday. "_s
        + QString(text).replace(u", and the bus will divert through Ruan"_s, QString());
    const qint64 articleId = m_model->articleId();
    m_model->setArticle(edited);
    QCOMPARE(m_model->articleId(), articleId); // the same article, found by its path
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex moved = m_model->index(0);
    QCOMPARE(moved.data(AnchorStatusRole).toInt(), int(AnchorStatus::Moved));
    const qsizetype start = moved.data(StartRole).toLongLong();
    QCOMPARE(edited.text.mid(start, 18), u"the bridge repairs"_s);
    const QModelIndex orphan = m_model->index(1);
    QVERIFY(orphan.data(OrphanedRole).toBool());
    QCOMPARE(orphan.data(StartRole).toLongLong(), -1);
    QCOMPARE(orphan.data(QuoteRole).toString(), u"Ruan"_s);
    // Undoing the orphan's creation still deletes it.
    stack.undo();
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
