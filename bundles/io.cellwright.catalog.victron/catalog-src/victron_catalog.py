#!/usr/bin/env python3
"""Generates the built-in Victron catalog, ../catalog/victron.cwcatalog (XMI of http://cellwright.io/catalog/1.0).

Every fact cites its source document and section or table row (seeds 000-004, domain/batteries-and-wiring.md).
Run:  python3 victron_catalog.py [--seeds DIR]   (DIR holds seeds/ and domain/; default /work/shared)
With the seed files present, every quoted source text is checked against its document.
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True  # keep catalog-src free of __pycache__

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from xmi import N, S, NS_CATALOG, values, normalise, number_setting  # noqa: E402
import bms  # noqa: E402
import devices  # noqa: E402
import batteries  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "catalog", "victron.cwcatalog")

DOCUMENTS = [
    # id, file (relative to the seeds root), kind, title, revision, date, language, supersedes
    ("000", "seeds/000_6a164ae15a5c3061.txt", "DATASHEET", "Smart BMS 12-200 datasheet", None, None, "en", None),
    ("001", "seeds/001_72a3431c6a465bd0.txt", "MANUAL", "Smart BMS 12-200 Battery Management System manual", "Rev 08",
     "03/2024", "en", None),
    ("002", "seeds/002_6cd001c115d138d2.txt", "OVERVIEW", "Battery Management System (BMS) Overview", None, None, "en",
     "004"),
    ("003", "seeds/003_40c45d8087a5e0fa.txt", "PRODUCT_PAGE", "Victron Smart BMS CL 12/100", None, None, "en", None),
    ("004", "seeds/004_bca0abbed4048671.txt", "OVERVIEW", "Accubeheersysteem: BMS-overzicht (older Dutch edition)", None,
     None, "nl", None),
    ("batteries-and-wiring", "domain/batteries-and-wiring.md", "TECHNICAL_NOTE",
     "Batteries, thresholds and wiring rules (project domain notes)", None, None, "en", None),
    ("venus-os-mqtt", "domain/venus-os-mqtt.md", "TECHNICAL_NOTE",
     "Live units: the GX (Venus OS) MQTT interface (project domain notes)", None, None, "en", None),
    ("instant-readout", "domain/instant-readout.md", "TECHNICAL_NOTE",
     "Bluetooth Instant Readout (project domain notes)", None, None, "en", None),
]

FAMILIES = [
    ("lynx-distribution-system", "Lynx Distribution System", None,
     S("002", table="comparison table", row="Remarks", column="Lynx Smart BMS",
       quote="Is part of the Lynx Distribution System")),
    ("lithium-battery-smart", "Lithium Battery 12,8V & 25,6V Smart", "Victron LiFePO4 batteries with M8 BMS cables.",
     S("002", section="Optional accessories", quote="Lithium Battery 12,8V & 25,6V Smart")),
    ("phoenix-inverter", "Phoenix inverters", None, S("001", section="Appendix A item 1", quote="All Phoenix inverters")),
    ("multiplus", "MultiPlus", None, S("001", section="Appendix A item 6", quote="MultiPlus")),
    ("smartsolar-mppt", "SmartSolar MPPT", None, S("001", section="Appendix A item 3", quote="SmartSolar MPPT")),
    ("bluesolar-mppt", "BlueSolar MPPT", None, S("001", section="Appendix A item 4", quote="BlueSolar MPPT models")),
]

# ProductType features in the order they are written (any order loads; this one reads well)
ORDER = ["aliases", "articleNumbers", "variants", "wires", "terminals", "settings", "remoteUseModes",
         "remoteControlRoutes", "consumption", "weight", "dimensions", "protection", "operatingTemperature",
         "humidityMaximum", "humidityAverage", "standards", "includedItems", "leds", "statusCodes", "lifecycle",
         "datasheet", "recommendations", "notes"]
ATTRS = ["family", "roles", "function", "piecesPerPack", "fuseKind", "chemistry", "comment"]


# What a device draws is the designer's to enter: the seeds give no inverter or load powers. The System+ and
# wiring rules turn power into current at the bank voltage, as Wiring Unlimited does (domain notes).
WIRING_SOURCE = ("batteries-and-wiring", "Cables, voltage drop and fuses", "Example: 2400 W at 12 V = 200 A;")


def design_parameters(category):
    src = S(WIRING_SOURCE[0], section=WIRING_SOURCE[1], quote=WIRING_SOURCE[2], conf="DERIVED",
            comment="Design parameter: the current follows from the power at the bank voltage.")
    if category in ("INVERTER", "INVERTER_CHARGER"):
        return [number_setting("continuous-power", "Continuous power", "CONTINUOUS_POWER", "DESIGN_PARAMETER", "W", src,
                               desc="Power the inverter supplies for long periods (its AC loads), entered by the designer."),
                number_setting("peak-power", "Peak power", "PEAK_POWER", "DESIGN_PARAMETER", "W", src,
                               desc="Short peak power (motor starts, surge), entered by the designer.")]
    if category == "DC_LOAD":
        return [number_setting("peak-current", "Peak current", "PEAK_CURRENT", "DESIGN_PARAMETER", "A", src,
                               desc="Short peak current of the load (motor start), entered by the designer.")]
    return []


def product(xtype, pid, name, category, srcs, body):
    body = dict(body)
    extra = design_parameters(category)
    if extra:
        body["settings"] = list(body.get("settings", [])) + extra
    attrs = {"id": pid, "name": name, "manufacturer": "Victron Energy", "category": category}
    if pid.startswith("generic-") or pid in ("alternator", "starter-battery", "megafuse", "ato-fuse"):
        attrs["manufacturer"] = None  # generic type or fuse standard, any make
    for key in ATTRS:
        if key in body:
            attrs[key] = body.pop(key)
    kids = [srcs]
    if "productIds" in body:
        kids.append(values("productIds", body.pop("productIds")))
    for key in ORDER:
        if key in body:
            kids.append(body.pop(key))
    for key in list(body):  # subclass features
        kids.append(body.pop(key))
    return N("productTypes", attrs, kids, xtype=xtype)


def comparison_table():
    cols = [N("columns", {"header": hdr, "product": pid}) for pid, hdr, _, _ in bms.COLUMNS]
    rows = [N("rows", {"header": hdr, "style": style},
              N("path", {"xsi:type": "ecore:EReference", "href": "%s#//%s/%s" % (NS_CATALOG, cls, feat)}))
            for hdr, feat, cls, style, _ in bms.ROWS]
    return N("comparisonTables", {"id": "bms-comparison-002", "title": "Comparison overview", "cornerHeader": "Features"},
             [N("source", {"document": "002", "section": "Comparison overview", "table": "comparison table",
                           "comment": "Rows and columns in 002's order; the Datasheet row is left out."}),
              cols, rows])


def catalog():
    docs = [N("documents", {"id": i, "fileName": os.path.basename(f), "title": t, "kind": k, "revision": r, "date": d,
                            "language": lang, "supersedes": sup,
                            "uri": None})
            for i, f, k, t, r, d, lang, sup in DOCUMENTS]
    fams = [N("families", {"id": i, "name": n, "description": desc}, src) for i, n, desc, src in FAMILIES]
    products = bms.bms_models(product) + batteries.batteries(product) + devices.all_devices(product)
    root = N("catalog:Catalog", {
        "xmi:version": "2.0", "xmlns:xmi": "http://www.omg.org/XMI",
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xmlns:ecore": "http://www.eclipse.org/emf/2002/Ecore", "xmlns:catalog": NS_CATALOG,
        "id": "victron", "name": "Victron Energy", "provider": "Cellwright (built-in catalog)", "version": "1.0.0",
        "formatVersion": "1.0"},
        [docs, fams, products, batteries.chemistry(), comparison_table(), batteries.wiring_reference()])
    return root


# ----------------------------------------------------------------------------------------------- checks
def check(root, seeds_root):
    """Ids unique, references to products exist, quotes found in their documents."""
    problems = []
    ids = {}
    for n in root.walk():
        if n.tag in ("productTypes", "documents", "families", "chemistries", "comparisonTables", "wiringReferences"):
            i = n.attrs["id"]
            if i in ids:
                problems.append("duplicate id %s" % i)
            ids[i] = n
    terminals = {(p.attrs["id"], t.attrs["id"]) for p in root.kids if p.tag == "productTypes"
                 for t in p.kids if t.tag == "terminals"}
    for n in root.walk():
        for key in ("product", "successor", "partOf", "family", "cable", "intermediateDevice", "bmsModels", "document",
                    "supersedes", "chemistry"):
            if key in n.attrs:
                for ref in n.attrs[key].split():
                    if ref not in ids:
                        problems.append("%s=%s does not resolve" % (key, ref))
        for key in ("targetTerminals", "partner", "targetTerminal"):
            if key in n.attrs:
                for ref in n.attrs[key].split():
                    pid = ref.split("id='")[1].split("'")[0]
                    tid = ref.split("id='")[2].split("'")[0]
                    if (pid, tid) not in terminals:
                        problems.append("%s=%s does not resolve" % (key, ref))
    texts = {}
    if seeds_root:
        for i, f, *_ in DOCUMENTS:
            path = os.path.join(seeds_root, f)
            if os.path.exists(path):
                texts[i] = normalise(open(path, encoding="utf-8").read())
    checked = 0
    for n in root.walk():
        if n.tag in ("sources",) and "quote" in n.attrs and n.attrs.get("document") in texts:
            checked += 1
            if normalise(n.attrs["quote"]) not in texts[n.attrs["document"]]:
                problems.append("quote not found in %s: %r" % (n.attrs["document"], n.attrs["quote"]))
    return problems, checked


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seeds", default="/work/shared", help="directory holding seeds/ and domain/")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    root = catalog()
    seeds_root = args.seeds if os.path.isdir(args.seeds) else None
    problems, checked = check(root, seeds_root)
    for p in problems:
        print("PROBLEM:", p)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    root.render(lines)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    prods = [k for k in root.kids if k.tag == "productTypes"]
    print("wrote %s: %d product types, %d source refs, %d quotes checked against the seeds, %d problems"
          % (os.path.normpath(args.out), len(prods), sum(1 for n in root.walk() if n.tag == "sources"), checked,
             len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
