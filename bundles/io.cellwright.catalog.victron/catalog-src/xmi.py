"""Small helpers that write catalog XMI (http://cellwright.io/catalog/1.0) by hand, the way a third-party
catalog author would. Standard library only.

Every Fact helper takes its sources first: the metamodel requires at least one SourceRef per fact.
"""
import re
from xml.sax.saxutils import escape, quoteattr

NS_CATALOG = "http://cellwright.io/catalog/1.0"
DERIVED, MEDIUM, UNSOURCED = "DERIVED", "MEDIUM", "UNSOURCED_ESTIMATE"


def _fmt(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return num(value)
    if isinstance(value, (list, tuple)):
        return " ".join(_fmt(v) for v in value)
    return str(value)


def num(value):
    """Shortest decimal form: 12.0 -> '12', 0.5 -> '0.5'."""
    if isinstance(value, int):
        return str(value)
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _flatten(kids):
    out = []
    for kid in kids:
        if kid is None:
            continue
        if isinstance(kid, (list, tuple)):
            out.extend(_flatten(kid))
        else:
            out.append(kid)
    return out


class N:
    """An XML element: tag, ordered attributes (None values dropped), children or text."""

    def __init__(self, tag, attrs=None, kids=(), text=None, xtype=None):
        self.tag = tag
        self.attrs = {}
        if xtype:
            self.attrs["xsi:type"] = "catalog:" + xtype
        for key, value in (attrs or {}).items():
            if value is None or value == [] or value == ():
                continue
            self.attrs[key] = _fmt(value)
        self.text = text
        self.kids = _flatten([kids]) if kids else []

    def render(self, out, depth=0):
        pad = "  " * depth
        attrs = "".join(" %s=%s" % (k, quoteattr(v, {"\n": "&#10;"})) for k, v in self.attrs.items())
        if self.text is not None:
            out.append("%s<%s%s>%s</%s>" % (pad, self.tag, attrs, escape(self.text), self.tag))
        elif not self.kids:
            out.append("%s<%s%s/>" % (pad, self.tag, attrs))
        else:
            out.append("%s<%s%s>" % (pad, self.tag, attrs))
            for kid in self.kids:
                kid.render(out, depth + 1)
            out.append("%s</%s>" % (pad, self.tag))

    def walk(self):
        yield self
        for kid in self.kids:
            yield from kid.walk()


def values(tag, items):
    """A many-valued data attribute written as child elements (<values>12</values>...)."""
    return [N(tag, text=_fmt(v)) for v in items]


# ---------------------------------------------------------------------------------------------- references
def ref_product(pid):
    return pid


def ref_terminal(pid, tid):
    return "//@productTypes[id='%s']/@terminals[id='%s']" % (pid, tid)


def ref_variant(pid, vid):
    return "//@productTypes[id='%s']/@variants[id='%s']" % (pid, vid)


def ref_wire(pid, wid):
    return "//@productTypes[id='%s']/@wires[id='%s']" % (pid, wid)


def ref_fuse_row(pid, fid):
    return "//@productTypes[id='%s']/@alternatorFuseTable[id='%s']" % (pid, fid)


def ref_option(pid, key, option):
    return "//@productTypes[id='%s']/@settings[key='%s']/@options[key='%s']" % (pid, key, option)


# ---------------------------------------------------------------------------------------------- sources
def S(doc, section=None, table=None, row=None, column=None, quote=None, conf=None, comment=None):
    """A SourceRef. conf None = STATED (the default literal, not written)."""
    return N("sources", {"document": doc, "section": section, "table": table, "row": row, "column": column,
                         "quote": quote, "confidence": conf, "comment": comment})


def ruling(rationale, *principles, decided_by="docs/model-notes.md §4"):
    """Why the containing fact rules over its alternatives."""
    return N("ruling", {"rationale": rationale, "principles": list(principles), "decidedBy": decided_by})


# ---------------------------------------------------------------------------------------------- facts
def fact(tag, xtype, srcs, attrs=None, kids=(), disp=None, foot=None, comment=None, alts=(), rule=None):
    a = dict(attrs or {})
    a["displayText"] = disp
    a["footnote"] = foot
    a["comment"] = comment
    return N(tag, a, [srcs, kids, alts, rule], xtype=xtype)


def Q(tag, value, unit, rel=None, dec=None):
    """A plain Quantity (inside a composite fact)."""
    return N(tag, {"value": float(value), "unit": unit, "relation": rel, "decimals": dec})


def QF(tag, value, unit, srcs, rel=None, dec=None, xtype="QuantityFact", extra=None, kids=(), **kw):
    a = {"value": float(value), "unit": unit, "relation": rel, "decimals": dec}
    a.update(extra or {})
    return fact(tag, xtype, srcs, a, kids, **kw)


def BF(tag, value, srcs, **kw):
    return fact(tag, "BooleanFact", srcs, {"value": bool(value)}, **kw)


def IF(tag, value, srcs, rel=None, **kw):
    return fact(tag, "IntegerFact", srcs, {"value": int(value), "relation": rel}, **kw)


def TF(tag, text, srcs, lang=None, **kw):
    return fact(tag, "TextFact", srcs, {"text": text, "language": lang}, **kw)


def RF(tag, srcs, unit, lo=None, hi=None, nom=None, dec=None, **kw):
    return fact(tag, "RangeFact", srcs, None,
                [Q("minimum", lo, unit, dec=dec) if lo is not None else None,
                 Q("maximum", hi, unit, dec=dec) if hi is not None else None,
                 Q("nominal", nom, unit, dec=dec) if nom is not None else None], **kw)


def QSF(tag, items, unit, srcs, **kw):
    return fact(tag, "QuantitySetFact", srcs, {"unit": unit}, values("values", [float(v) for v in items]), **kw)


def OSF(tag, state, srcs, **kw):
    return fact(tag, "OutputStateFact", srcs, {"state": state}, **kw)


def ART(number, srcs, **kw):
    return fact("articleNumbers", "ArticleNumberFact", srcs, {"number": number}, **kw)


# ---------------------------------------------------------------------------------------------- ports
def connector(srcs, ctype, poles=None, size=None, torque=None, **kw):
    return fact("connector", "ConnectorFact", srcs, {"connector": ctype, "poles": poles},
                [Q("size", size, "mm") if size is not None else None,
                 Q("mountingTorque", torque, "Nm") if torque is not None else None], **kw)


def terminal(tid, kind, srcs, label=None, direction=None, group=None, conn=None, power=None, output=None,
             remote=None, comment=None):
    return N("terminals", {"id": tid, "label": label, "kind": kind, "direction": direction,
                           "connectorGroup": group, "comment": comment},
             [srcs, conn, power, output, remote])


def power(direction=None, continuous=None, peak=None, enable=None, reverse_blocked=None, fuse_fraction=None):
    return N("power", {"direction": direction}, [continuous, peak, enable, reverse_blocked, fuse_fraction])


def output(trigger=None, normal=None, active=None, high_below=None, source=None, sink=None, contact=None,
           scp=None, inductive=None, lead=None):
    return N("output", {"trigger": trigger},
             [normal, active, high_below, source, sink, contact, scp, inductive, lead])


def remote_input(activation=None, threshold=None, partner=None):
    return N("remoteInput", {"activation": activation, "partner": partner}, [threshold])


def route(srcs, method, outputs=(), targets=(), desc=None, cable=None, count=None, wires=(), all_high=None,
          condition=None, see=None, intermediate=None, port=None, variants=(), bms=(), comment=None):
    return N("remoteControlRoutes",
             {"method": method, "bmsOutputs": list(outputs), "targetDescription": desc, "cableCount": count,
              "requiresAllOutputsHigh": all_high, "condition": condition, "seeDocument": see,
              "targetTerminals": list(targets), "cable": cable, "intermediateDevice": intermediate,
              "powerPort": port, "variants": list(variants), "bmsModels": list(bms), "comment": comment},
             [srcs, wires])


def wire_connection(wire_ref, target_ref=None, desc=None):
    return N("wireConnections", {"wire": wire_ref, "targetTerminal": target_ref, "targetDescription": desc})


# ---------------------------------------------------------------------------------------------- settings
def option(key, label, role=None, desc=None, fuse=None):
    return N("options", {"key": key, "label": label, "description": desc, "role": role, "fuse": fuse})


def choice_setting(key, label, role, channel, srcs, options, default=None, desc=None, comment=None):
    return N("settings", {"key": key, "label": label, "description": desc, "role": role, "channel": channel,
                          "defaultOption": default, "comment": comment}, [srcs, options],
             xtype="ChoiceSettingDefinition")


def number_setting(key, label, role, channel, unit, srcs, rng=None, default=None, desc=None, step=None,
                   comment=None):
    return N("settings", {"key": key, "label": label, "description": desc, "role": role, "channel": channel,
                          "unit": unit, "step": step, "comment": comment}, [srcs, rng, default],
             xtype="NumberSettingDefinition")


# ---------------------------------------------------------------------------------------------- quote check
def normalise(text):
    """Whitespace-insensitive text for checking quotes against the seed files."""
    text = re.sub(r" ?\\\[\d+\\\]", "", text)  # page references "\[8\]" inside links
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # markdown links
    text = text.replace("**", "").replace("\\[", "[").replace("\\]", "]")
    text = re.sub(r"-[ \t]*\n\s*", "-", text)  # words hyphenated across lines in the PDF extraction
    return re.sub(r"\s+", " ", text)
