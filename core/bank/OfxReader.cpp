#include "bank/OfxReader.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>

#include "bank/BankInputError.h"
#include "bank/BankText.h"
#include "bank/OfxTokenizer.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// An element of the file. OFX 1.x leaves its structure to the reader's knowledge of which
// elements hold values, so the file is first read into this small tree and repaired there.
struct Node {
    QString name;
    QString text;
    int line = 0;
    int column = 0;
    int textLine = 0;
    int textColumn = 0;
    QList<qsizetype> children;
};

class OfxParser {
public:
    OfxParser(const QString& file, const QString& text, bool xml)
        : m_file(file)
        , m_text(text)
        , m_xml(xml)
    {}

    Result<QList<BankStatement>> parse();

private:
    std::optional<Error> buildTree();
    std::optional<Error> closeUpTo(qsizetype depth, const OfxTokenizer::Token& at);
    void findStatements(qsizetype node, QList<qsizetype>& found) const;
    Result<BankStatement> statement(qsizetype node) const;
    Result<BankEntry> entry(qsizetype node, CurrencyCode currency, bool booked) const;
    std::optional<qsizetype> child(qsizetype node, QStringView name) const;
    QString leaf(qsizetype node, QStringView name) const;
    QString accountOf(qsizetype node) const;
    Result<QDate> date(qsizetype node, QStringView name) const;
    Error errorAt(int line, int column, const QString& what) const
    {
        return bankInputError(m_file, line, column, what).error();
    }
    Error missing(qsizetype node, const QString& what) const
    {
        const Node& n = m_nodes[node];
        return errorAt(n.line, n.column, u"expected %1 in <%2>"_s.arg(what, n.name));
    }

    const QString& m_file;
    const QString& m_text;
    bool m_xml;
    QList<Node> m_nodes;
    QList<qsizetype> m_roots;
    QList<qsizetype> m_stack;
};

bool isDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// TRNAMT: an optional sign, digits and a decimal point (the spec also allows a comma). Zeros
// beyond the currency's decimals are dropped ("850.000" in EUR), other digits are refused.
std::expected<std::pair<Money, bool>, QString> signedAmount(QStringView text, CurrencyCode currency)
{
    const bool negative = text.startsWith(u'-');
    QString plain = (negative || text.startsWith(u'+') ? text.sliced(1) : text).toString();
    if (!plain.contains(u'.') && plain.count(u',') == 1)
        plain.replace(u',', u'.');
    if (plain.startsWith(u'.'))
        plain.prepend(u'0');
    if (const qsizetype point = plain.indexOf(u'.'); point >= 0) {
        while (plain.size() - point - 1 > currency.minorDigits() && plain.endsWith(u'0'))
            plain.chop(1);
        if (plain.endsWith(u'.'))
            plain.chop(1);
    }
    const auto money = BankText::decimalPointAmount(plain, currency);
    if (!money)
        return std::unexpected(u"expected a signed amount like -6.60 with at most %1 decimals, "
                               "found \"%2\""_s.arg(currency.minorDigits())
                                   .arg(text.left(40).toString()));
    return std::pair{*money, negative};
}

} // namespace

std::optional<Error> OfxParser::closeUpTo(qsizetype depth, const OfxTokenizer::Token& at)
{
    while (m_stack.size() > depth) {
        const qsizetype top = m_stack.takeLast();
        Node& node = m_nodes[top];
        if (m_xml)
            return errorAt(at.line, at.column,
                           u"expected </%1> (opened at line %2, column %3), found <%4%5>"_s.arg(
                               node.name, QString::number(node.line), QString::number(node.column),
                               at.kind == OfxTokenizer::Kind::EndTag ? u"/"_s : QString(),
                               at.value));
        // An SGML element without its end tag that took the following elements as its
        // children was an empty leaf: they are its siblings.
        if (!node.children.isEmpty() && !m_stack.isEmpty()) {
            QList<qsizetype> moved = std::exchange(node.children, {});
            m_nodes[m_stack.back()].children.append(moved);
        }
    }
    return std::nullopt;
}

std::optional<Error> OfxParser::buildTree()
{
    OfxTokenizer tokens(m_text);
    for (;;) {
        const OfxTokenizer::Token token = tokens.next();
        switch (token.kind) {
        case OfxTokenizer::Kind::Error:
            return errorAt(token.line, token.column, token.value);
        case OfxTokenizer::Kind::Text:
            if (!m_stack.isEmpty()) {
                Node& top = m_nodes[m_stack.back()];
                if (top.children.isEmpty() && top.text.isEmpty()) {
                    top.text = token.value;
                    top.textLine = token.line;
                    top.textColumn = token.column;
                }
            }
            break;
        case OfxTokenizer::Kind::StartTag: {
            // A leaf with a value ends where the next tag starts (OFX 1.x leaves the end out).
            if (!m_stack.isEmpty() && !m_nodes[m_stack.back()].text.isEmpty()) {
                if (auto error = closeUpTo(m_stack.size() - 1, token))
                    return error;
            }
            m_nodes.append(Node{.name = token.value, .line = token.line, .column = token.column});
            const qsizetype id = m_nodes.size() - 1;
            (m_stack.isEmpty() ? m_roots : m_nodes[m_stack.back()].children).append(id);
            m_stack.append(id);
            break;
        }
        case OfxTokenizer::Kind::EndTag: {
            qsizetype depth = m_stack.size() - 1;
            while (depth >= 0 && m_nodes[m_stack[depth]].name != token.value)
                --depth;
            if (depth < 0)
                return errorAt(token.line, token.column,
                               m_stack.isEmpty()
                                   ? u"expected the end of the file, found </%1>"_s.arg(token.value)
                                   : u"expected </%1>, found </%2>"_s.arg(
                                         m_nodes[m_stack.back()].name, token.value));
            if (auto error = closeUpTo(depth + 1, token))
                return error;
            m_stack.removeLast();
            break;
        }
        case OfxTokenizer::Kind::End:
            // Leaves left open at the end are complete; an open aggregate means a cut-off file.
            while (!m_stack.isEmpty() && !m_nodes[m_stack.back()].text.isEmpty())
                m_stack.removeLast();
            if (!m_stack.isEmpty()) {
                const Node& open = m_nodes[m_stack.back()];
                return errorAt(token.line, token.column,
                               u"expected </%1> (opened at line %2, column %3); the file ends "
                               "before it"_s.arg(open.name, QString::number(open.line),
                                                 QString::number(open.column)));
            }
            return std::nullopt;
        }
    }
}

std::optional<qsizetype> OfxParser::child(qsizetype node, QStringView name) const
{
    for (const qsizetype c : m_nodes[node].children) {
        if (m_nodes[c].name == name)
            return c;
    }
    return std::nullopt;
}

QString OfxParser::leaf(qsizetype node, QStringView name) const
{
    const auto c = child(node, name);
    return c ? m_nodes[*c].text : QString();
}

// BANKID/ACCTID when the bank names itself (as MT940's :25: BLZ/account), else ACCTID.
QString OfxParser::accountOf(qsizetype node) const
{
    const QString bank = leaf(node, u"BANKID");
    const QString account = leaf(node, u"ACCTID");
    if (bank.isEmpty() || account.isEmpty())
        return account;
    return bank + u'/' + account;
}

void OfxParser::findStatements(qsizetype node, QList<qsizetype>& found) const
{
    if (m_nodes[node].name == u"STMTRS" || m_nodes[node].name == u"CCSTMTRS") {
        found.append(node);
        return;
    }
    for (const qsizetype c : m_nodes[node].children)
        findStatements(c, found);
}

// Date and time "YYYYMMDD[HHMMSS[.XXX][[gmt offset[:tz name]]]]": the date as written, like a
// camt date-time keeps its local date.
Result<QDate> OfxParser::date(qsizetype node, QStringView name) const
{
    const auto c = child(node, name);
    if (!c)
        return QDate();
    const Node& n = m_nodes[*c];
    const QStringView text = n.text;
    const QDate value =
        text.size() >= 8 && isDigits(text.first(8))
            ? QDate(text.first(4).toInt(), text.sliced(4, 2).toInt(), text.sliced(6, 2).toInt())
            : QDate();
    if (!value.isValid())
        return std::unexpected(errorAt(
            n.text.isEmpty() ? n.line : n.textLine, n.text.isEmpty() ? n.column : n.textColumn,
            u"%1: expected a date YYYYMMDD (time optional), found \"%2\""_s.arg(n.name,
                                                                                n.text.left(40))));
    return value;
}

Result<BankEntry> OfxParser::entry(qsizetype node, CurrencyCode currency, bool booked) const
{
    const Node& n = m_nodes[node];
    const auto posted = date(node, u"DTPOSTED");
    if (!posted)
        return std::unexpected(posted.error());
    if (!posted->isValid())
        return std::unexpected(missing(node, u"<DTPOSTED>"_s));
    const auto user = date(node, u"DTUSER");
    if (!user)
        return std::unexpected(user.error());
    // An amount in another currency than the statement's carries its own (CURRENCY/CURSYM).
    if (const auto other = child(node, u"CURRENCY")) {
        const auto symbol = child(*other, u"CURSYM");
        if (!symbol)
            return std::unexpected(missing(*other, u"<CURSYM>"_s));
        const Node& s = m_nodes[*symbol];
        const auto code = BankText::currency(s.text);
        if (!code)
            return std::unexpected(errorAt(s.textLine ? s.textLine : s.line,
                                           s.textLine ? s.textColumn : s.column, code.error()));
        currency = *code;
    }
    const auto amountNode = child(node, u"TRNAMT");
    if (!amountNode)
        return std::unexpected(missing(node, u"<TRNAMT>"_s));
    const Node& a = m_nodes[*amountNode];
    const auto amount = signedAmount(a.text, currency);
    if (!amount)
        return std::unexpected(errorAt(a.textLine ? a.textLine : a.line,
                                       a.textLine ? a.textColumn : a.column,
                                       u"TRNAMT: "_s + amount.error()));
    QString name = leaf(node, u"NAME");
    if (const auto payee = child(node, u"PAYEE"); payee && name.isEmpty())
        name = leaf(*payee, u"NAME");
    QString counterpartyAccount;
    for (const QStringView to : {u"BANKACCTTO", u"CCACCTTO"}) {
        if (const auto account = child(node, to); account && counterpartyAccount.isEmpty())
            counterpartyAccount = accountOf(*account);
    }
    return BankEntry{.bankReference = leaf(node, u"FITID"),
                     .bookingDate = *posted,
                     .valueDate = user->isValid() ? *user : *posted,
                     .amount = amount->first,
                     .credit = !amount->second && amount->first.minor() > 0,
                     .booked = booked,
                     .counterpartyName = name,
                     .counterpartyAccount = counterpartyAccount,
                     .reference = leaf(node, u"MEMO"),
                     .sourceLine = n.line,
                     .sourceColumn = n.column};
}

Result<BankStatement> OfxParser::statement(qsizetype node) const
{
    const bool card = m_nodes[node].name == u"CCSTMTRS";
    const auto curdef = child(node, u"CURDEF");
    if (!curdef)
        return std::unexpected(missing(node, u"<CURDEF>"_s));
    const Node& c = m_nodes[*curdef];
    const auto currency = BankText::currency(c.text);
    if (!currency)
        return std::unexpected(errorAt(c.textLine ? c.textLine : c.line,
                                       c.textLine ? c.textColumn : c.column,
                                       u"CURDEF: "_s + currency.error()));
    BankStatement statement{.format = u"ofx"_s, .currency = *currency};
    const QString from = card ? u"CCACCTFROM"_s : u"BANKACCTFROM"_s;
    const auto account = child(node, from);
    if (!account || leaf(*account, u"ACCTID").isEmpty())
        return std::unexpected(missing(node, u"<%1> with its <ACCTID>"_s.arg(from)));
    statement.account = accountOf(*account);
    for (const auto& [list, item, booked] :
         {std::tuple{u"BANKTRANLIST"_s, u"STMTTRN"_s, true},
          std::tuple{u"BANKTRANLISTP"_s, u"STMTTRNP"_s, false}}) {
        const auto transactions = child(node, list);
        if (!transactions)
            continue;
        if (booked)
            statement.statementId = leaf(*transactions, u"DTSTART").left(8) + u'-' +
                                    leaf(*transactions, u"DTEND").left(8);
        for (const qsizetype t : m_nodes[*transactions].children) {
            if (m_nodes[t].name != item)
                continue;
            auto read = entry(t, *currency, booked);
            if (!read)
                return std::unexpected(read.error());
            statement.entries.append(std::move(*read));
        }
    }
    return statement;
}

Result<QList<BankStatement>> OfxParser::parse()
{
    if (auto error = buildTree())
        return std::unexpected(*error);
    QList<qsizetype> found;
    bool ofx = false;
    for (const qsizetype root : m_roots) {
        if (m_nodes[root].name == u"OFX") {
            ofx = true;
            findStatements(root, found);
        }
    }
    if (!ofx)
        return bankInputError(m_file, 1, 1, u"expected an <OFX> element"_s);
    if (found.isEmpty())
        return bankInputError(m_file, 1, 1,
                              u"expected a bank or credit card statement (<STMTRS> or "
                              "<CCSTMTRS>) in the OFX file"_s);
    QList<BankStatement> statements;
    for (const qsizetype node : found) {
        auto read = statement(node);
        if (!read)
            return std::unexpected(read.error());
        statements.append(std::move(*read));
    }
    return statements;
}

OfxReader::OfxReader(QString fileName)
    : m_fileName(std::move(fileName))
{}

Result<QList<BankStatement>> OfxReader::read(QByteArrayView content) const
{
    const QString text = BankText::decode(content);
    // OFX 2.x is XML, announced by <?xml …?> or <?OFX …?> before the <OFX> element; OFX 1.x
    // has its "OFXHEADER:100" lines there instead.
    const qsizetype body = text.indexOf(u"<OFX", 0, Qt::CaseInsensitive);
    const bool xml = QStringView(text).first(body < 0 ? text.size() : body).contains(u"<?");
    return OfxParser(m_fileName, text, xml).parse();
}

} // namespace ardesk
