// The JSON tree both project readers validate: parsed text must read exactly as Qt's own parser
// reads it, every malformed document is refused with the byte it went wrong at, and a tree built
// by hand (the .tarmac reader's way) iterates like a parsed one.

#include "storage/jsontree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace tarmac;
using namespace Qt::Literals::StringLiterals;

class TestJsonTree : public QObject {
    Q_OBJECT
private slots:
    void sameAsQt_data();
    void sameAsQt();
    void refused_data();
    void refused();
    void escapesAndUnicode();
    void numbersAtTheEdges();
    void repeatedKeyTakesTheLast();
    void deepNestingIsRefusedNotCrashed();
    void builtByHand();
};

void TestJsonTree::sameAsQt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("scalars") << QByteArray(R"({"a": 1, "b": -2.5e3, "c": true, "d": false,
                                             "e": null, "f": "text"})");
    QTest::newRow("nested") << QByteArray(R"({"x": [1, [2, {"y": [ ]}], {"z": {}}], "w": 0})");
    QTest::newRow("escapes") << QByteArray(R"({"s": "a\"b\\c\/d\b\f\n\r\t\u00e9\u20ac"})");
    QTest::newRow("pair") << QByteArray(R"(["\ud83d\ude00 smile"])");
    QTest::newRow("utf-8") << QByteArray(
        "{\"name\": \"Gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80\"}");
    QTest::newRow("whitespace") << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] } \n");
    QTest::newRow("markup in text") << QByteArray(R"({"<a>": "\"&=](x)</b>"})");
}

void TestJsonTree::sameAsQt()
{
    QFETCH(QByteArray, json);
    JsonTree tree;
    QString error;
    qsizetype at = -1;
    QVERIFY2(tree.parse(json, &error, &at), qPrintable(error));
    const QJsonDocument qt = QJsonDocument::fromJson(json);
    const QJsonValue ours = tree.root().toQJsonValue();
    if (qt.isObject())
        QCOMPARE(ours.toObject(), qt.object());
    else
        QCOMPARE(ours.toArray(), qt.array());
}

void TestJsonTree::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::addColumn<int>("at");
    // RFC 8259 refuses what Qt's parser takes: a number like ".5", raw control characters and
    // unknown escapes in strings. Everything else Qt refuses too.
    QTest::addColumn<bool>("qtTakesIt");
    QTest::newRow("nothing") << QByteArray("  ") << u"empty"_s << 2 << false;
    QTest::newRow("unclosed object") << QByteArray(R"({"a": 1)") << u"not closed"_s << 7 << false;
    QTest::newRow("unclosed array") << QByteArray("[1, 2") << u"not closed"_s << 5 << false;
    QTest::newRow("unclosed string") << QByteArray(R"({"a": "b)") << u"not closed"_s << 8 << false;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << u"':'"_s << 5 << false;
    QTest::newRow("bare key") << QByteArray("{a: 1}") << u"quotes"_s << 1 << false;
    QTest::newRow("trailing comma") << QByteArray("[1,]") << u"unexpected"_s << 3 << false;
    QTest::newRow("two values") << QByteArray("{} {}") << u"after the end"_s << 3 << false;
    QTest::newRow("leading zero") << QByteArray("[012]") << u"012"_s << 1 << false;
    QTest::newRow("bare dot") << QByteArray("[.5]") << u".5"_s << 1 << true;
    QTest::newRow("plus sign") << QByteArray("[+1]") << u"+1"_s << 1 << false;
    QTest::newRow("dangling exponent") << QByteArray("[1e]") << u"1e"_s << 1 << false;
    QTest::newRow("NaN") << QByteArray("[NaN]") << u"unexpected"_s << 1 << false;
    QTest::newRow("truth misspelt") << QByteArray("[tru]") << u"unexpected"_s << 1 << false;
    QTest::newRow("raw newline in a string")
        << QByteArray("[\"a\nb\"]") << u"control"_s << 3 << true;
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << u"escape"_s << 3 << true;
    QTest::newRow("short \\u") << QByteArray(R"(["\u12"])") << u"hexadecimal"_s << 3 << false;
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]") << u"UTF-8"_s << 2 << false;
    QTest::newRow("UTF-8 surrogate")
        << QByteArray("[\"\xed\xa0\x80\"]") << u"UTF-8"_s << 2 << false;
    QTest::newRow("cut UTF-8") << QByteArray("[\"\xe2\x82\"]") << u"UTF-8"_s << 2 << false;
    QTest::newRow("Latin-1 byte") << QByteArray("[\"caf\xe9\"]") << u"UTF-8"_s << 5 << false;
}

void TestJsonTree::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    QFETCH(int, at);
    QFETCH(bool, qtTakesIt);
    JsonTree tree;
    QString error;
    qsizetype offset = -1;
    QVERIFY2(!tree.parse(json, &error, &offset), "accepted");
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(offset, qsizetype(at));
    QVERIFY(tree.root().isUndefined()); // nothing half-read is left behind
    QCOMPARE(QJsonDocument::fromJson(json).isArray(), qtTakesIt);
}

void TestJsonTree::escapesAndUnicode()
{
    JsonTree tree;
    QString error;
    qsizetype at = 0;
    QVERIFY(
        tree.parse(R"({"k\u00e9y": "x\ty", "half": "\ud800!", "nul": "a\u0000b"})", &error, &at));
    const JsonTree::Value root = tree.root();
    QCOMPARE(root["k\xc3\xa9y"].toString(), u"x\ty"_s);
    QCOMPARE(root["half"].toString(), u"\ufffd!"_s);
    QCOMPARE(root["nul"].toString(), QString(u"a\0b"_s));
    QCOMPARE(root["nul"].toString().size(), 3);
    // A byte order mark from a Windows editor is not part of the document.
    QVERIFY(tree.parse("\xEF\xBB\xBF{\"a\": 1}", &error, &at));
    QCOMPARE(tree.root()["a"].toDouble(), 1.0);
}

void TestJsonTree::numbersAtTheEdges()
{
    JsonTree tree;
    QString error;
    qsizetype at = 0;
    QVERIFY(tree.parse("[0, -0, 1e308, 1e400, -1e400, 1e-400, 123456789012345678901234567890, "
                       "0.1, 2.5E-3]",
                       &error, &at));
    std::vector<double> values;
    for (const JsonTree::Value v : tree.root())
        values.push_back(v.toDouble());
    QCOMPARE(values.size(), size_t(9));
    QCOMPARE(values[0], 0.0);
    QVERIFY(std::signbit(values[1]));
    QCOMPARE(values[2], 1e308);
    QVERIFY(std::isinf(values[3]) && values[3] > 0); // left for the validation to refuse
    QVERIFY(std::isinf(values[4]) && values[4] < 0);
    QCOMPARE(values[5], 0.0);
    QCOMPARE(values[6], 1.2345678901234568e29);
    QCOMPARE(values[7], 0.1);
    QCOMPARE(values[8], 0.0025);
}

void TestJsonTree::repeatedKeyTakesTheLast()
{
    JsonTree tree;
    QString error;
    qsizetype at = 0;
    QVERIFY(tree.parse(R"({"a": 1, "b": 2, "a": 3})", &error, &at));
    QCOMPARE(tree.root()["a"].toDouble(), 3.0);
    QCOMPARE(QJsonDocument::fromJson(R"({"a": 1, "b": 2, "a": 3})").object().value(u"a"), 3);
    QVERIFY(tree.root()["c"].isUndefined());
    QVERIFY(tree.root()["a"]["x"].isUndefined()); // a member of a number
}

void TestJsonTree::deepNestingIsRefusedNotCrashed()
{
    JsonTree tree;
    QString error;
    qsizetype at = 0;
    const QByteArray ok =
        QByteArray(JsonTree::kMaxDepth, '[') + QByteArray(JsonTree::kMaxDepth, ']');
    QVERIFY2(tree.parse(ok, &error, &at), qPrintable(error));
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(!tree.parse(deep, &error, &at));
    QVERIFY2(error.contains(u"512"_s), qPrintable(error));
    QCOMPARE(at, qsizetype(JsonTree::kMaxDepth));
}

void TestJsonTree::builtByHand()
{
    JsonTree tree;
    tree.beginObject();
    tree.addString("name", "Pl\xc3\xa4n");
    tree.beginArray("stages");
    for (int i = 0; i < 3; ++i) {
        tree.beginObject("ignored in an array");
        tree.addNumber("ord", i);
        tree.beginObject("params");
        tree.addBool("flag", i == 1);
        tree.end();
        tree.end();
    }
    tree.end();
    tree.addNull("nothing");
    tree.end();
    const JsonTree::Value root = tree.root();
    QCOMPARE(root.size(), 3u);
    QCOMPARE(root["name"].toString(), u"Pl\u00e4n"_s);
    QVERIFY(root["nothing"].isNull());
    int i = 0;
    for (const JsonTree::Value stage : root["stages"]) {
        QVERIFY(stage.keyUtf8().empty());
        QCOMPARE(stage["ord"].toDouble(), double(i));
        QCOMPARE(stage["params"]["flag"].toBool(), i == 1);
        ++i;
    }
    QCOMPARE(i, 3);
    const QJsonObject expected{
        {u"name"_s, u"Pl\u00e4n"_s},
        {u"stages"_s,
         QJsonArray{QJsonObject{{u"ord"_s, 0}, {u"params"_s, QJsonObject{{u"flag"_s, false}}}},
                    QJsonObject{{u"ord"_s, 1}, {u"params"_s, QJsonObject{{u"flag"_s, true}}}},
                    QJsonObject{{u"ord"_s, 2}, {u"params"_s, QJsonObject{{u"flag"_s, false}}}}}},
        {u"nothing"_s, QJsonValue::Null}};
    QCOMPARE(root.toQJsonValue().toObject(), expected);
}

QTEST_APPLESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
