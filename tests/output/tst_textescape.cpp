// What a name becomes in each kind of output: exactly the escaped text, row by row.

#include "output/textescape.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

class TestTextEscape : public QObject {
    Q_OBJECT

private slots:
    void markdown_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"GPU hosts R12"_s << u"GPU hosts R12"_s;
        QTest::newRow("link") << u"x](javascript:alert(1))"_s << u"x\\](javascript:alert(1))"_s;
        QTest::newRow("image") << u"![a](http://e/x.png)"_s << u"\\!\\[a\\](http\\://e/x.png)"_s;
        QTest::newRow("html") << u"<img src=x onerror=alert(1)>"_s
                              << u"\\<img src=x onerror=alert(1)\\>"_s;
        QTest::newRow("pipe splits no cell") << u"a|b"_s << u"a\\|b"_s;
        QTest::newRow("CR and LF end no row") << u"a\r\n| x |"_s << u"a  \\| x \\|"_s;
        QTest::newRow("emphasis") << u"*bold* _it_ `code`"_s << u"\\*bold\\* \\_it\\_ \\`code\\`"_s;
        QTest::newRow("backslash") << u"C:\\data"_s << u"C:\\\\data"_s;
        QTest::newRow("entity") << u"&amp; &lt;"_s << u"\\&amp; \\&lt;"_s;
        QTest::newRow("heading") << u"# Title"_s << u"\\# Title"_s;
        QTest::newRow("list at start") << u"- item"_s << u"\\- item"_s;
        QTest::newRow("dash inside") << u"fine-tune"_s << u"fine-tune"_s;
        QTest::newRow("ordered list at start") << u"1. first"_s << u"1\\. first"_s;
        QTest::newRow("number inside") << u"rack 1. row"_s << u"rack 1. row"_s;
        QTest::newRow("list behind a space") << u" - x"_s << u"\\- x"_s;
        QTest::newRow("ordered list behind spaces") << u"  1. x"_s << u"1\\. x"_s;
        QTest::newRow("rule behind a space") << u" ---"_s << u"\\---"_s;
        QTest::newRow("code block") << u"    code"_s << u"code"_s;
        QTest::newRow("bare link")
            << u"see https://evil.example"_s << u"see https\\://evil.example"_s;
        QTest::newRow("www link") << u"www.evil.example"_s << u"www\\.evil.example"_s;
    }
    void markdown()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(markdownText(in), out);
    }

    void csv_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"train"_s << u"train"_s;
        QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("formula +") << u"+1+cmd|' /C calc'!A0"_s << u"'+1+cmd|' /C calc'!A0"_s;
        QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
        QTest::newRow("CR") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("fullwidth =") << u"\uFF1D1"_s << u"'\uFF1D1"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("dash inside") << u"fine-tune"_s << u"fine-tune"_s;
        QTest::newRow("semicolon locale") << u"x;=cmd"_s << u"\"x;=cmd\""_s;
    }
    void csv()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(csvText(in), out);
    }

    void terminal_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"Fine-tune \u201cLlama\u201d"_s
                               << u"Fine-tune \u201cLlama\u201d"_s;
        QTest::newRow("forged line")
            << u"x\nerror   gpu-count [a] fake"_s << u"x\\nerror   gpu-count [a] fake"_s;
        QTest::newRow("carriage return") << u"ok\rerror"_s << u"ok\\rerror"_s;
        QTest::newRow("escape sequence") << u"\x1b[31mred"_s << u"\\x1b[31mred"_s;
        QTest::newRow("bidi override") << u"abc\u202Efed"_s << u"abc\\u202efed"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s;
        QTest::newRow("C1 control") << u"a\u009bb"_s << u"a\\x9bb"_s;
    }
    void terminal()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(terminalText(in), out);
    }
};

QTEST_GUILESS_MAIN(TestTextEscape)
#include "tst_textescape.moc"
