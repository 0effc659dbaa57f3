#include "term/termformat.h"

#include "term/erlangrenderer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace bilby::TermFormat {

namespace {

bool isJsonKey(const Term &k)
{
    return k.isAtom() || k.isBinary() || k.isCharList();
}

} // namespace

QString toErlang(const Term &term, int maxChars)
{
    ErlangRenderer renderer(maxChars);
    renderer.term(term);
    return renderer.result();
}

QJsonValue toJson(const Term &term)
{
    switch (term.type()) {
    case Term::Type::Atom:
        if (term.isAtom("true") || term.isAtom("false"))
            return term.isAtom("true");
        if (term.isAtom("null") || term.isAtom("undefined") || term.isAtom("nil"))
            return {QJsonValue::Null};
        return term.toQString();
    case Term::Type::Integer:
        return {term.toInt()};
    case Term::Type::BigInteger:
        return ErlangRenderer::bigText(term.isNegativeBig(), term.bigMagnitude());
    case Term::Type::Float:
        return term.toDouble();
    case Term::Type::Binary:
        return term.toQString();
    case Term::Type::List: {
        if (!term.isProperList())
            return toErlang(term);
        if (ErlangRenderer::isPrintableString(term))
            return term.toQString();
        const QList<Term> &items = term.items();
        const bool proplist = !items.isEmpty() && std::all_of(items.cbegin(), items.cend(), [](const Term &e) {
            return e.isTuple(2) && (e.items().at(0).isAtom() || e.items().at(0).isBinary());
        });
        if (proplist) {
            QJsonObject object;
            for (const Term &e : items)
                object.insert(e.items().at(0).toQString(), toJson(e.items().at(1)));
            return object;
        }
        QJsonArray array;
        for (const Term &e : items)
            array.append(toJson(e));
        return array;
    }
    case Term::Type::Tuple: {
        QJsonArray array;
        for (const Term &e : term.items())
            array.append(toJson(e));
        return array;
    }
    case Term::Type::Map: {
        const QList<Term> &kv = term.items();
        bool keysAreText = true;
        for (qsizetype i = 0; i < kv.size() && keysAreText; i += 2)
            keysAreText = isJsonKey(kv.at(i));
        if (keysAreText) {
            QJsonObject object;
            for (qsizetype i = 0; i + 1 < kv.size(); i += 2)
                object.insert(kv.at(i).toQString(), toJson(kv.at(i + 1)));
            return object;
        }
        QJsonArray pairs;
        for (qsizetype i = 0; i + 1 < kv.size(); i += 2)
            pairs.append(QJsonArray{toJson(kv.at(i)), toJson(kv.at(i + 1))});
        return pairs;
    }
    default:
        return toErlang(term);
    }
}

QString mfa(const Term &term)
{
    if (!(term.isTuple(3) && term.at(0).isAtom() && term.at(1).isAtom() && term.at(2).isInteger()))
        return QString();
    return QStringLiteral("%1:%2/%3").arg(term.at(0).toQString(), term.at(1).toQString()).arg(term.at(2).toInt());
}

} // namespace bilby::TermFormat
