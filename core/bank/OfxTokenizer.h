#pragma once

#include <QList>
#include <QString>

namespace ardesk {

// The tags and texts of an OFX body, 1.x (SGML) and 2.x (XML) alike, each with its position.
// OFX 1.x leaves the end tags of leaf elements out (`<TRNAMT>-6.60<FITID>…`), so the tokenizer
// does not build a tree: it reports what it sees and OfxReader keeps the nesting. The header
// (the `OFXHEADER:` lines, `<?xml …?>`, `<?OFX …?>`) and comments are skipped.
class OfxTokenizer {
public:
    enum class Kind { StartTag, EndTag, Text, End, Error };

    struct Token {
        Kind kind = Kind::End;
        QString value; // tag name in upper case, text with entities decoded and blanks trimmed
        int line = 0;  // 1-based, of the '<' or of the text's first non-blank character
        int column = 0;
    };

    explicit OfxTokenizer(const QString& text);

    // The next token; after End or Error, End again. An Error's value says what was expected.
    Token next();

private:
    Token at(qsizetype offset, Kind kind, QString value) const;
    Token tag(qsizetype start);

    const QString& m_text;
    QList<qsizetype> m_lineStarts;
    qsizetype m_pos = 0;
    bool m_done = false;
    QString m_pendingEmpty; // the end of an empty element "<NAME/>", due next
    qsizetype m_pendingEmptyAt = 0;
};

} // namespace ardesk
