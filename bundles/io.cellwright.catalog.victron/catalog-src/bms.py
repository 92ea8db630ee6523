"""The seven BMS models: the 002 comparison table as typed facts, the Smart BMS 12-200 (000, 001) and the
Smart BMS CL 12/100 (003) in full, and terminals of the other models derived from their 002 rows."""
from xmi import (N, S, Q, QF, BF, IF, TF, RF, QSF, OSF, ART, fact, ruling, connector, terminal, power, output,
                 remote_input, option, choice_setting, number_setting, values, ref_terminal, ref_fuse_row,
                 ref_option, DERIVED)

# ----------------------------------------------------------------------------------------------- the 002 table
# (id, column header in 002, column header in 004, product name)
COLUMNS = [
    ("small-bms", "Small BMS", "Small BMS", "SmallBMS with pre-alarm"),
    ("vebus-bms-v2", "VE.Bus BMS V2", "VE.Bus BMS V2", "VE.Bus BMS V2"),
    ("vebus-bms", "VE.Bus BMS", "VE.Bus BMS", "VE.Bus BMS"),
    ("lynx-smart-bms", "Lynx Smart BMS", "Lynx Smart BMS", "Lynx Smart BMS"),
    ("smart-bms-cl-12-100", "Smart BMS CL 12/100", "Smart BMS CL 12/100", "Smart BMS CL 12/100"),
    ("smart-bms-12-200", "Smart BMS 12/200", "Smart BMS 12/200", "Smart BMS 12-200"),
    ("bms-12-200", "BMS 12/200", "BSM12/200", "BMS 12/200"),
]
HDR = {c[0]: c[1] for c in COLUMNS}
HDR4 = {c[0]: c[2] for c in COLUMNS}

# (header as printed in 002, feature, declaring class, cell style, row header in 004)
ROWS = [
    ("System voltage", "systemVoltages", "BmsModel", None, "Systeemspanning"),
    ("System connection", "systemConnection", "BmsModel", None, "Systeemaansluiting"),
    ("Alternator port", "alternatorPort", "BmsModel", None, "Alternatorpoort"),
    ("Battery monitor", "batteryMonitor", "BmsModel", None, "Accumonitor"),
    ("Bluetooth", "bluetooth", "BmsModel", None, "Bluetooth"),
    ("Data communication", "dataCommunication", "BmsModel", None, "Datacommunicatie"),
    ("Control via GX device (DVCC)", "dvccControl", "BmsModel", None, "Besturing via GX-apparaat (DVCC)"),
    ("Allowed to discharge terminal(s)", "dischargeTerminal", "BmsModel", None, "Mag aansluitklem(men) ontladen"),
    ("Allowed to charge terminal(s)", "chargeTerminal", "BmsModel", None, "Mag aansluitklem(men) opladen"),
    ("Pre-alarm terminal(s)", "preAlarmTerminal", "BmsModel", None, "Aansluitklem(men) vooralarm"),
    ("Remote on/off terminal", "remoteOnOffTerminal", "BmsModel", None, "Aan/uit-aansluiting op afstand"),
    ("Auxiliary output", "auxiliaryOutput", "BmsModel", "YES_WITH_RATING", "Hulpuitgang"),
    ("Auxiliary input", "auxiliaryInput", "BmsModel", "YES_WITH_RATING", "Aux-ingang"),
    ("Possible to update firmware", "firmwareUpdate", "BmsModel", None, "Firmware-update mogelijk"),
    ("Weight (kg)", "weight", "ProductType", "NUMBER_ONLY", "Gewicht (kg)"),
    ("Dimensions (mm)", "dimensions", "ProductType", None, "Afmetingen (mm)"),
    ("Protection", "protection", "ProductType", None, "Bescherming"),
    ("Remarks", "lifecycle", "ProductType", None, "Opmerkingen"),
]
ROW4 = {r[0]: r[4] for r in ROWS}

HFF, FFH = "HIGH_FREE_FLOATING", "FREE_FLOATING_HIGH"
KIND_LABEL = {HFF: "High/free floating", FFH: "Free floating/high", "RELAY": "Relay",
              "PROGRAMMABLE_RELAY": "Programmable relay"}
KIND_LABEL_NL = {HFF: "Hoog/zwevend", FFH: "Zwevend/hoog", "RELAY": "Relais",
                 "PROGRAMMABLE_RELAY": "Programmeerbaar Relais:"}

DATA = {
    "small-bms": dict(volts=[12, 24, 48], sys=None, alt=None, mon=False, bt=False, dc=None, dvcc=False,
                      dis=(HFF, 1, "A"), chg=(HFF, 10, "mA"), pre=(FFH, 1, "A"), rem=True, auxo=None, auxi=None,
                      fw=False, w=("0.1", None), dim=([106, 42, 23], None), ip=(2, 0), life=None,
                      ds="smallBMS with pre alarm"),
    "vebus-bms-v2": dict(volts=[12, 24, 48], sys=None, alt=None, mon=False, bt=False,
                         dc=(["VE_BUS"], True, True, "VE.Bus communication with inverter/charger(s) and a GX device.",
                             "VE.Bus-communicatie met omvormer/lader(s) en een GX-apparaat."),
                         dvcc=True, dis=(HFF, 1, "A"), chg=(HFF, 10, "mA"), pre=(FFH, 1, "A"), rem=True, auxo=1,
                         auxi=1, fw=False, w=("0.12", None), dim=([24, 95, 106], None), ip=(2, 0), life=None,
                         ds="VE.Bus BMS V2"),
    "vebus-bms": dict(volts=[12, 24, 48], sys=None, alt=None, mon=False, bt=False,
                      dc=(["VE_BUS"], False, True,
                          "VE.Bus communication only direct with inverter/charger(s), not with a GX device.",
                          "VE.Bus-communicatie alleen direct met omvormer/lader(s), niet met een GX-apparaat."),
                      dvcc=False, dis=(HFF, 2, "A"), chg=(HFF, 10, "mA"), pre=(FFH, 1, "A"), rem=False, auxo=None,
                      auxi=None, fw=False, w=("0.1", None), dim=([105, 78, 32], None), ip=(2, 0),
                      life=("eol", "vebus-bms-v2"), ds="VE.Bus BMS"),
    "lynx-smart-bms": dict(volts=[12, 24, 48], sys=500, alt="ATC", mon=True, bt=True,
                           dc=(["VE_CAN", "NMEA_2000"], True, None, "VE.Can communication with a GX device NMEA 2000",
                               "VE.Can-communicatie met een GX-apparaat NMEA 2000"),
                           dvcc=True, dis=("RELAY", 0.5, "A"), chg=("RELAY", 0.5, "A"),
                           pre=("PROGRAMMABLE_RELAY", 2, "A"), rem=True, auxo=1.1, auxi=None, fw=True,
                           w=("1.9", None), dim=([190, 180, 80], None), ip=(2, 2), life=("part",),
                           ds="Lynx Smart BMS"),
    "smart-bms-cl-12-100": dict(volts=[12], sys=None, alt=100, mon=False, bt=True, dc=None, dvcc=False,
                                dis=(HFF, 10, "mA"), chg=(HFF, 10, "mA"), pre=(FFH, 1, "A"), rem=True, auxo=None,
                                auxi=None, fw=True, w=("1.6", None), dim=([65, 120, 224], None), ip=(6, 5),
                                life=None, ds="Smart BMS CL 12/100"),
    "smart-bms-12-200": dict(volts=[12], sys=200, alt=100, mon=False, bt=True, dc=None, dvcc=False,
                             dis=(HFF, 10, "mA"), chg=(HFF, 10, "mA"), pre=(FFH, 1, "A"), rem=True, auxo=None,
                             auxi=None, fw=True, w=("2.0", 1), dim=([65, 120, 340], "65 x 120 x 340 mm"),
                             ip=(6, 5), life=None, ds="Smart BMS 12/200"),
    "bms-12-200": dict(volts=[12], sys=200, alt=80, mon=False, bt=False, dc=None, dvcc=False, dis=None, chg=None,
                       pre=None, rem=True, auxo=None, auxi=None, fw=False, w=("1.8", None),
                       dim=([65, 120, 260], None), ip=(6, 5), life=("eol", "smart-bms-12-200"), ds="BMS 12/200"),
}


def nl_number(value):
    return str(value).replace(".", ",")


def t2(row, pid, quote, conf=None, comment=None):
    return S("002", section="Comparison overview", table="comparison table", row=row, column=HDR[pid], quote=quote,
             conf=conf, comment=comment)


def t4(row, pid, quote):
    return S("004", section="Vergelijkend overzicht", table="vergelijkend overzicht", row=ROW4[row],
             column=HDR4[pid], quote=quote)


def col_src(pid, **kw):
    return S("002", section="Comparison overview", table="comparison table", column=HDR[pid], quote=HDR[pid], **kw)


def col_src4(pid, **kw):
    return S("004", section="Vergelijkend overzicht", table="vergelijkend overzicht", column=HDR4[pid], quote=HDR4[pid], **kw)


def cell_sources(row, pid, quote, quote_nl, extra=()):
    """002 cell plus the same cell of the older Dutch edition 004 (corroboration), plus product sources."""
    return [t2(row, pid, quote), t4(row, pid, quote_nl) if quote_nl is not None else None, list(extra)]


# --- extra product-specific sources for some cells of the two Smart BMS with their own documents
EXTRA = {
    ("smart-bms-12-200", "System voltage"): [S("000", section="General description",
                                              quote="It has been specifically designed for 12 V systems with a 12 V alternator")],
    ("smart-bms-12-200", "System connection"): [S("000", section="Specifications",
                                                  row="System+ port - max charge and discharge current", quote="200 A"),
                                                S("001", section="4", table="specifications",
                                                  row="System+ port - max charge and discharge current", quote="200A")],
    ("smart-bms-12-200", "Alternator port"): [S("000", section="Specifications", row="Alternator port - max charge current",
                                                quote="100 A (with 125 A fuse)"),
                                              S("001", section="4", table="specifications",
                                                row="Alternator port - maximum charge current",
                                                quote="100A (with a 125A fuse)")],
    ("smart-bms-12-200", "Bluetooth"): [S("000", section="Features",
                                          quote="Bluetooth for monitoring and configuration via our VictronConnect app")],
    ("smart-bms-12-200", "Remote on/off terminal"): [S("000", section="Features", quote="Remote on/off terminal")],
    ("smart-bms-12-200", "Weight (kg)"): [S("000", section="Enclosure", row="Weight", quote="2 kg"),
                                          S("001", section="4", table="specifications", row="Weight", quote="2kg")],
    ("smart-bms-12-200", "Dimensions (mm)"): [S("000", section="Enclosure", row="Dimensions (hxwxd)",
                                                quote="65 x 120 x 340 mm"),
                                              S("001", section="4", table="specifications", row="Dimensions (hwxwd)",
                                                quote="65 x 120 x 340 mm")],
    ("smart-bms-12-200", "Protection"): [S("000", section="General", row="Protection, electronics", quote="IP65"),
                                         S("001", section="4", table="specifications", row="Protection, electronics",
                                           quote="IP65")],
    ("smart-bms-cl-12-100", "System voltage"): [S("003", quote="It has been specifically designed for 12V systems with a 12V alternator.")],
    ("smart-bms-cl-12-100", "Alternator port"): [S("003", section="Smart BMS CL 12V 100A specifications",
                                                   row="Maximum continuous charge current", quote="100 (with 125A fuse)",
                                                   conf=DERIVED, comment="003 gives no unit; A taken from 002.")],
    ("smart-bms-cl-12-100", "Remote on/off terminal"): [S("003", quote="a remote on off connector")],
    ("smart-bms-cl-12-100", "Dimensions (mm)"): [S("003", section="Smart BMS CL 12V 100A specifications",
                                                   row="Dimensions (HxWxD)", quote="65 x 120 x 224mm")],
    ("bms-12-200", "System connection"): [S("004", section="Systeemaansluiting",
                                            quote="De Smart BMS 12/200 en de BMS 12/200 hebben een dedicated systeemuitgang")],
    ("bms-12-200", "Pre-alarm terminal(s)"): [S("004", section="Opties vooralarm",
                                                quote="Alle modellen hebben een vooralarmuitgang, behalve BMS 12/200.")],
}


def comparison_facts(pid):
    """The 18 rows of the 002 table (and the Datasheet link) as typed facts of one BMS model."""
    d = DATA[pid]
    ex = lambda row: EXTRA.get((pid, row), [])
    out = []

    # System voltage
    vals = d["volts"]
    txt = "12 V" if vals == [12] else "12, 24 or 48 V"
    txt_nl = "12 V" if vals == [12] else "12, 24 of 48 V"
    alts, rule = (), None
    if pid == "vebus-bms":
        alts = QSF("alternatives", [12], "V", S("002", section="System Voltages",
                                                 quote="The other BMS models can only connect to a 12 V system."),
                   comment="The 002 sentence names SmallBMS, VE.Bus BMS V2 and Lynx Smart BMS as 12/24/48 V and "
                           "'the other BMS models' as 12 V, which would include the VE.Bus BMS.")
        rule = ruling("The 002 comparison table and 004 (which names the VE.Bus BMS explicitly: 'De SmallBMS, VE.Bus "
                      "BMS V2, VE.Bus BMS en Lynx Smart BMS kunnen aangesloten worden op 12, 24 of 48 V') give 12, 24 "
                      "or 48 V; the 002 sentence only leaves the model out.", "TABLE_OVER_PROSE", "CORROBORATED")
        extra = [S("004", section="Systeemspanningen",
                   quote="De SmallBMS, VE.Bus BMS V2, VE.Bus BMS en Lynx Smart BMS kunnen aangesloten worden op 12, 24 of 48 V")]
    else:
        extra = []
    out.append(QSF("systemVoltages", vals, "V", cell_sources("System voltage", pid, txt, txt_nl, ex("System voltage") + extra),
                   alts=alts, rule=rule))

    # System connection
    sysc = d["sys"]
    t = "No" if sysc is None else "%s A" % sysc
    out.append(fact("systemConnection", "CapabilityFact",
                    cell_sources("System connection", pid, t, "Nee" if sysc is None else t, ex("System connection")),
                    {"supported": sysc is not None}, Q("rating", sysc, "A") if sysc is not None else None))

    # Alternator port
    alt = d["alt"]
    srcs = lambda t, tn: cell_sources("Alternator port", pid, t, tn, ex("Alternator port"))
    if alt is None:
        out.append(fact("alternatorPort", "AlternatorPortFact", srcs("No", "Nee"), {"mode": "NONE"}))
    elif alt == "ATC":
        out.append(fact("alternatorPort", "AlternatorPortFact",
                        srcs("Yes (Alternator ATC mode)", "Ja (Alternator ATC-modus)") +
                        [S("002", section="Alternator",
                           quote="The Lynx Smart BMS has an alternator ATC mode, so additional alternator protection is not needed.")],
                        {"mode": "ATC_MODE"}))
    else:
        fuse = Q("withFuse", 125, "A") if pid in ("smart-bms-12-200", "smart-bms-cl-12-100") else None
        out.append(fact("alternatorPort", "AlternatorPortFact", srcs("%s A" % alt, "%s A" % alt),
                        {"mode": "CURRENT_LIMITED_INPUT"}, [Q("maxChargeCurrent", alt, "A"), fuse]))

    for row, feat, key in (("Battery monitor", "batteryMonitor", "mon"), ("Bluetooth", "bluetooth", "bt")):
        v = d[key]
        out.append(BF(feat, v, cell_sources(row, pid, "Yes" if v else "No", "Ja" if v else "Nee", ex(row))))

    # Data communication
    dc = d["dc"]
    if dc is None:
        out.append(fact("dataCommunication", "DataCommunicationFact",
                        cell_sources("Data communication", pid, "No", "Nee")))
    else:
        protos, gx, ic, text, text_nl = dc
        out.append(fact("dataCommunication", "DataCommunicationFact",
                        cell_sources("Data communication", pid, text, text_nl),
                        {"protocols": protos, "withGxDevice": gx, "withInverterCharger": ic}, disp=text,
                        comment="Free text in 002; the protocols and the GX / inverter-charger flags are typed."))

    v = d["dvcc"]
    out.append(BF("dvccControl", v, cell_sources("Control via GX device (DVCC)", pid, "Yes" if v else "No",
                                                 "Ja" if v else "Nee")))

    # Allowed to discharge / charge, pre-alarm
    for row, feat, key in (("Allowed to discharge terminal(s)", "dischargeTerminal", "dis"),
                           ("Allowed to charge terminal(s)", "chargeTerminal", "chg"),
                           ("Pre-alarm terminal(s)", "preAlarmTerminal", "pre")):
        v = d[key]
        if v is None:
            alts, rule = (), None
            if key == "pre":
                alts = fact("alternatives", "SwitchedOutputFact",
                            S("002", section="Pre-alarm options", quote="All models have a pre-alarm output."),
                            {"kind": "PRESENT"})
                rule = ruling("The 002 comparison table and both the table and the text of 004 ('Alle modellen hebben "
                              "een vooralarmuitgang, behalve BMS 12/200') say the BMS 12/200 has no pre-alarm; the "
                              "002 sentence is a generalisation.", "TABLE_OVER_PROSE", "CORROBORATED")
            out.append(fact(feat, "SwitchedOutputFact", cell_sources(row, pid, "No", "Nee", ex(row)),
                            {"kind": "NONE"}, alts=alts, rule=rule))
        else:
            kind, value, unit = v
            t = "%s %s %s" % (KIND_LABEL[kind], value, unit)
            tn = "%s %s %s" % (KIND_LABEL_NL[kind], nl_number(value), unit)
            out.append(fact(feat, "SwitchedOutputFact", cell_sources(row, pid, t, tn, ex(row)), {"kind": kind},
                            Q("maxCurrent", value, unit)))

    # Remote on/off
    v = d["rem"]
    alts, rule, extra = (), None, []
    if pid == "vebus-bms":
        alts = BF("alternatives", True, S("002", section="Remote on/off options",
                                          quote='All models have a "remote on/off" terminal.'))
        rule = ruling("The 002 comparison table and the 004 text ('Alle modellen hebben een remote "
                      "aan/uit-aansluiting, behalve de VE.Bus BMS') say the VE.Bus BMS has no remote on/off terminal.",
                      "TABLE_OVER_PROSE", "CORROBORATED")
        extra = [S("004", section="Opties aan/uit op afstand",
                   quote="Alle modellen hebben een remote aan/uit-aansluiting, behalve de VE.Bus BMS.")]
    out.append(BF("remoteOnOffTerminal", v,
                  cell_sources("Remote on/off terminal", pid, "Yes" if v else "No", "Ja" if v else "Nee",
                               ex("Remote on/off terminal") + extra), alts=alts, rule=rule))

    for row, feat, key, in (("Auxiliary output", "auxiliaryOutput", "auxo"), ("Auxiliary input", "auxiliaryInput", "auxi")):
        v = d[key]
        t = "No" if v is None else "Yes, %s A" % v
        tn = "Nee" if v is None else "Ja, %sA" % nl_number(v)
        out.append(fact(feat, "CapabilityFact", cell_sources(row, pid, t, tn), {"supported": v is not None},
                        Q("rating", v, "A") if v is not None else None))

    v = d["fw"]
    out.append(BF("firmwareUpdate", v, cell_sources("Possible to update firmware", pid, "Yes" if v else "No",
                                                    "Ja" if v else "Nee")))

    w, dec = d["w"]
    out.append(QF("weight", float(w), "kg", cell_sources("Weight (kg)", pid, w, nl_number(w), ex("Weight (kg)")), dec=dec))

    dims, disp = d["dim"]
    printed = disp or " x ".join(str(s) for s in dims)
    axes = "HEIGHT_WIDTH_DEPTH" if pid in ("smart-bms-12-200", "smart-bms-cl-12-100") else None
    comment = None
    if pid == "vebus-bms-v2":
        comment = "Order of the numbers not stated; '24 x 95 x 106' is probably not height x width x depth."
    elif axes:
        comment = "Order height x width x depth from the product's own specifications (000 / 003)."
    out.append(fact("dimensions", "DimensionsFact", cell_sources("Dimensions (mm)", pid, printed, printed, ex("Dimensions (mm)")),
                    {"unit": "mm", "axes": axes}, values("sizes", [float(s) for s in dims]), disp=disp, comment=comment))

    ip = d["ip"]
    out.append(fact("protection", "IpRatingFact", cell_sources("Protection", pid, "IP%d%d" % ip, "IP%d%d" % ip, ex("Protection")),
                    {"solids": ip[0], "liquids": ip[1], "scope": "electronics" if pid == "smart-bms-12-200" else None}))

    life = d["life"]
    if life is None:
        out.append(fact("lifecycle", "LifecycleFact", cell_sources("Remarks", pid, "-", "-")))
    elif life[0] == "eol":
        succ = life[1]
        out.append(fact("lifecycle", "LifecycleFact",
                        cell_sources("Remarks", pid, "End-of-life, use a %s instead" % HDR[succ],
                                     "Loopt ten einde, gebruik liever een %s" % HDR4[succ]),
                        {"status": "END_OF_LIFE", "successor": succ}))
    else:
        out.append(fact("lifecycle", "LifecycleFact",
                        [t2("Remarks", pid, "Is part of the Lynx Distribution System"),
                         t4("Remarks", pid, "onderdeel van het Lynx Distribution System")],
                        {"partOf": "lynx-distribution-system"},
                        alts=fact("alternatives", "LifecycleFact",
                                  t4("Remarks", pid, "Dit model zal vervangen worden door een toekomstig 1000 A model"),
                                  {"status": "REPLACEMENT_ANNOUNCED", "partOf": "lynx-distribution-system"}),
                        rule=ruling("002 is the newer edition and no longer announces a replacement by a 1000 A model.",
                                    "NEWER_EDITION")))

    out.append(fact("datasheet", "DocumentLinkFact",
                    S("002", section="Comparison overview", table="comparison table", row="Datasheet",
                      column=HDR[pid], quote='<a href="#">%s</a>' % d["ds"]),
                    {"title": d["ds"]},
                    comment="002 links the title to '#': the link target was not kept, so no uri is recorded. "
                            "The Datasheet row is not part of the comparison table object."))
    return out


def max_batteries(pid):
    s002 = S("002", section="Feature highlights common to all models",
             quote="The maximum number of batteries that can be connected to the BMS is 20.")
    s004 = S("004", section="Hoogtepunten die gelden voor alle modellen",
             quote="Op de BMS kunnen maximaal 5 accu’s of accuseries parallel geschakeld worden.",
             comment="'5 batteries or battery series in parallel' may mean 5 parallel strings rather than 5 batteries.")
    if pid == "smart-bms-cl-12-100":
        return IF("maxBatteries", 5, [S("003", section="Battery Management system",
                                        quote="Up to 5 batteries may be connected in parallel."), s004], rel="AT_MOST",
                  alts=IF("alternatives", 20, s002, rel="AT_MOST"),
                  rule=ruling("003 is the product page of this BMS; 002 states a limit common to all models. For a "
                              "12 V-only BMS both readings of 004 give 5.", "PRODUCT_SPECIFIC_SOURCE", "CONSERVATIVE"))
    if pid == "smart-bms-12-200":
        return IF("maxBatteries", 20, [s002, S("000", quote="The maximum number of batteries in one system is 20"),
                                       S("001", section="2.1", quote="The maximum number of batteries in one system is 20")],
                  rel="AT_MOST", alts=IF("alternatives", 5, s004, rel="AT_MOST"),
                  rule=ruling("000 and 001 (this product's datasheet and manual) and the newer overview 002 give 20.",
                              "PRODUCT_SPECIFIC_SOURCE", "NEWER_EDITION"))
    return IF("maxBatteries", 20, s002, rel="AT_MOST", alts=IF("alternatives", 5, s004, rel="AT_MOST"),
              rule=ruling("002 is the newer edition of 004.", "NEWER_EDITION"))


# ----------------------------------------------------------------------------------------------- terminals
def m8_bms_port(pid, srcs, conf=DERIVED):
    """The two M8 cords of the battery daisy chain end at the BMS (001 §3.2.4)."""
    conn = lambda: connector([S("002", section="Optional accessories",
                                quote="Pair of M8 circular connector 3 pole cables, to extend the battery BMS cables.",
                                conf=DERIVED, comment="Connector and pole count of the BMS cable taken from its extension cable.")],
                             "CIRCULAR_M8", poles=3)
    note = ("The chain's two cord ends both go to the BMS; which one is 'in' and which 'out' is not stated, the pair is "
            "modelled as in/out so a design can close the daisy chain.")
    return [terminal("bms-cable-out", "BMS_CABLE_OUT", srcs, label="BMS port", direction="OUTPUT", group="BMS port",
                     conn=conn(), comment=note),
            terminal("bms-cable-in", "BMS_CABLE_IN", srcs, label="BMS port", direction="INPUT", group="BMS port",
                     conn=conn(), comment=note)]


def derived_output_terminal(pid, tid, kind, row, cell, trigger, spec):
    """Terminal of a model without its own datasheet in the seeds: from the 002 row, confidence DERIVED."""
    k, value, unit = spec
    src = lambda: t2(row, pid, cell, conf=DERIVED)
    if k in (HFF, FFH):
        normal, active = ("HIGH", "FREE_FLOATING") if k == HFF else ("FREE_FLOATING", "HIGH")
        out = output(trigger=trigger, normal=OSF("normalState", normal, src()), active=OSF("activeState", active, src()),
                     source=QF("sourceCurrentLimit", value, unit, src()))
    else:
        out = output(trigger="PROGRAMMABLE" if k == "PROGRAMMABLE_RELAY" else trigger,
                     contact=QF("contactRating", value, unit, src(),
                                comment="Relay contact; normally open or closed is not stated."))
    label = {"LOAD_DISCONNECT": "Allowed to discharge", "CHARGE_DISCONNECT": "Allowed to charge",
             "PRE_ALARM": "Pre-alarm"}[kind]
    return terminal(tid, kind, t2(row, pid, cell, conf=DERIVED), label=label, direction="OUTPUT", output=out)


def derived_terminals(pid):
    d = DATA[pid]
    common = S("002", section="Feature highlights common to all models",
               quote="Communicates directly with the lithium battery via the battery's M8 circular connector cables.",
               conf=DERIVED)
    terms = m8_bms_port(pid, common)
    if d["dis"]:
        terms.append(derived_output_terminal(pid, "load-disconnect", "LOAD_DISCONNECT", "Allowed to discharge terminal(s)",
                                             "%s %s %s" % (KIND_LABEL[d["dis"][0]], d["dis"][1], d["dis"][2]),
                                             "CELL_UNDERVOLTAGE", d["dis"]))
    if d["chg"]:
        terms.append(derived_output_terminal(pid, "charge-disconnect", "CHARGE_DISCONNECT", "Allowed to charge terminal(s)",
                                             "%s %s %s" % (KIND_LABEL[d["chg"][0]], d["chg"][1], d["chg"][2]),
                                             "CELL_OVERVOLTAGE_OR_TEMPERATURE", d["chg"]))
    if d["pre"]:
        terms.append(derived_output_terminal(pid, "pre-alarm", "PRE_ALARM", "Pre-alarm terminal(s)",
                                             "%s %s %s" % (KIND_LABEL[d["pre"][0]], d["pre"][1], d["pre"][2]),
                                             "PRE_ALARM", d["pre"]))
    if d["rem"]:
        terms.append(terminal("remote-on-off", "REMOTE_ON_OFF_INPUT", t2("Remote on/off terminal", pid, "Yes", conf=DERIVED),
                              label="Remote on/off", direction="INPUT", remote=remote_input("UNSPECIFIED"),
                              comment="Terminal layout and polarity not in the seeds (no datasheet of this model)."))
    if d["auxo"]:
        terms.append(terminal("aux-out", "AUX_OUTPUT", t2("Auxiliary output", pid, "Yes, %s A" % d["auxo"], conf=DERIVED),
                              label="Auxiliary output", direction="OUTPUT",
                              output=output(source=QF("sourceCurrentLimit", d["auxo"], "A",
                                                      t2("Auxiliary output", pid, "Yes, %s A" % d["auxo"], conf=DERIVED)))))
    if d["auxi"]:
        terms.append(terminal("aux-in", "AUX_INPUT", t2("Auxiliary input", pid, "Yes, %s A" % d["auxi"], conf=DERIVED),
                              label="Auxiliary input", direction="INPUT",
                              comment="002 rates it 'Yes, 1 A'; what the 1 A of an input means is not stated."))
    if d["dc"] and "VE_BUS" in d["dc"][0]:
        terms.append(terminal("ve-bus", "VE_BUS", t2("Data communication", pid, d["dc"][3], conf=DERIVED),
                              label="VE.Bus", direction="BIDIRECTIONAL",
                              comment="Number of VE.Bus sockets not stated; one terminal carries all VE.Bus links."))
    if d["dc"] and "VE_CAN" in d["dc"][0]:
        terms.append(terminal("ve-can", "VE_CAN", t2("Data communication", pid, d["dc"][3], conf=DERIVED),
                              label="VE.Can", direction="BIDIRECTIONAL"))
    return terms


# ----------------------------------------------------------------------------------------------- Smart BMS 12-200
P12 = "smart-bms-12-200"


def s0(row=None, quote=None, section="Specifications", **kw):
    return S("000", section=section, row=row, quote=quote, **kw)


def s1(section, quote=None, **kw):
    return S("001", section=section, quote=quote, **kw)


def s1spec(row, quote=None, **kw):
    return S("001", section="4", table="specifications", row=row, quote=quote, **kw)


def m8_stud(conf=DERIVED):
    return connector([s0("DC power connection", "M8 (mounting torque: 10 Nm)", section="General", conf=conf,
                         comment="The DC power connection row applies to the power ports (Li-ion+, System+, "
                                 "Alternator/Starter Batt+)."),
                      s1spec("DC power connection", "M8", conf=conf)], "STUD", size=8, torque=10)


def high_level_vbat_minus(row, prose_section, prose_quote):
    return QF("highLevelBelowBattery", 0.1, "V", [s0(row, "Normally high (Vbat – 0.1 V)"),
                                                    s1spec(row, "Normally high (Vbat – 0.1V)")],
              alts=QF("alternatives", 0, "V", s1(prose_section, prose_quote)),
              rule=ruling("The specification tables of 000 and 001 §4 give Vbat - 0.1 V; 'equal to battery voltage' "
                          "in the 001 prose is a rounding.", "TABLE_OVER_PROSE", "CORROBORATED",
                          decided_by="catalog bundle (catalog-src/victron_catalog.py)"))


def smart_bms_12_200_terminals():
    t = []
    t.append(terminal("li-ion-plus", "LI_ION_POSITIVE",
                      [s1("3.4", "the lithium battery positive to the Li-Ion+ terminal", table=None)],
                      label="Li-ion+", direction="BIDIRECTIONAL", conn=m8_stud()))
    t.append(terminal("system-plus", "SYSTEM_POSITIVE",
                      [s0(None, "System+ power port to connect loads and additional chargers", section="Features"),
                       s1("2.1", "A dedicated power System+ port allows the direct connection of DC loads, chargers or "
                                 "inverters and inverter/chargers")],
                      label="System+", direction="BIDIRECTIONAL", conn=m8_stud(),
                      power=power("BOTH",
                                  continuous=QF("continuousCurrent", 200, "A",
                                                [s0("System+ port - max charge and discharge current", "200 A"),
                                                 s1spec("System+ port - max charge and discharge current", "200A"),
                                                 s1("2.2", "with a maximum continuous current of 200A in both directions")]),
                                  peak=QF("peakCurrent", 400, "A",
                                          [s0("Peak discharge current", "400 A", conf=DERIVED,
                                              comment="000 does not name the port; System+ is the only discharge path."),
                                           s1spec("Peak discharge current", "400A", conf=DERIVED)],
                                          comment="Discharge peak; duration not stated."))))
    t.append(terminal("alternator-starter-plus", "ALTERNATOR_STARTER_POSITIVE",
                      [s0(None, "Alternator/Starter Batt+ port alternator and battery protection", section="Features"),
                       s1("3.4", "Connect the starter battery positive to the Alternator/Starter Bat+ terminal")],
                      label="Alternator/Starter Batt+", direction="INPUT", conn=m8_stud(),
                      comment="The alternator fuse (Megafuse, or the ATO holder below 40 A) sits on this port and "
                              "doubles as the shunt (001 §3.4 step 2).",
                      power=power("CHARGE_ONLY",
                                  continuous=QF("continuousCurrent", 100, "A",
                                                [s0("Alternator port - max charge current", "100 A (with 125 A fuse)"),
                                                 s1spec("Alternator port - maximum charge current", "100A (with a 125A fuse)")],
                                                comment="With the 125 A fuse; smaller fuses give lower limits (fuse table)."),
                                  enable=QF("enableVoltage", 13, "V",
                                            [s0("Input voltage to start charging", "> 13 V"),
                                             s1spec("Input voltage to start charging", ">13V"),
                                             s1("2.2", "Current can flow to the lithium battery only if the input voltage "
                                                       "(corresponds to the voltage of the starter battery) exceeds 13V.")],
                                            rel="GREATER_THAN"),
                                  reverse_blocked=BF("reverseCurrentBlocked", True,
                                                     [s1("2.2", "no current can flow back from the lithium battery to the "
                                                                "starter battery"),
                                                      S("000", section="General description",
                                                        quote="one-way traffic from the alternator into the battery")]),
                                  fuse_fraction=QF("currentLimitOfFuseRating", 90, "%",
                                                   [s0(None, "electronically limited to approximately 90 % of the fuse rating",
                                                       section="Features"),
                                                    s1("2.2", "electronically limited to approximately 90% of the fuse rating")],
                                                   rel="APPROXIMATELY"))))
    t.append(terminal("gnd", "GROUND",
                      [s1("3.4", "Connect the supplied GND cable to the negative of the lithium battery and the starter "
                                 "battery."), s1("2.3", "Ground wire with 10mm eye terminal")],
                      label="GND", direction="INPUT",
                      comment="The GND wire must be fused: 300 mA to 1.3 A, see gndFuse (001 §3.4 step 8).",
                      conn=connector([s0("DC connector battery minus", "Faston female, 6.3 mm", section="General"),
                                      s1spec("DC connector battery minus", "Faston female, 6.3mm")], "FASTON", size=6.3)))
    t.extend(m8_bms_port(P12, [s1("3.2.4", "Connect the two remaining cords to the BMS port."),
                               s1("3.4", "Daisy chain the battery control cables between the lithium batteries and "
                                         "connect the ends to the BMS port.")]))
    plug3 = s1("2.3", "3-pin plug for load/charge disconnect and pre-alarm")
    t.append(terminal("load-disconnect", "LOAD_DISCONNECT", [s1("2.2", "Load disconnect"), plug3],
                      label="Load disconnect", direction="OUTPUT", group="3-pin plug",
                      output=output(
                          trigger="CELL_UNDERVOLTAGE",
                          normal=OSF("normalState", "HIGH", [s0("Load disconnect output", "Normally high (Vbat – 0.1 V)"),
                                                             s1spec("Load disconnect output", "Normally high (Vbat – 0.1V)"),
                                                             s1("2.2", "Normally the Load disconnect output is high")]),
                          active=OSF("activeState", "FREE_FLOATING",
                                     [s1("2.2", "becomes free-floating when cell undervoltage is imminent"),
                                      s1("3.2.1", "becomes free floating (= open circuit) in case of imminent cell "
                                                  "undervoltage")]),
                          high_below=high_level_vbat_minus("Load disconnect output", "3.2.1",
                                                           "The Load disconnect output is normally high (equal to battery "
                                                           "voltage)"),
                          source=QF("sourceCurrentLimit", 10, "mA",
                                    [s0("Load disconnect output", "Source current limit: 10 mA (short circuit protected)"),
                                     s1spec("Load disconnect output", "Source current limit: 10mA (short circuit protected)"),
                                     s1("2.2", "Maximum current: 10mA")]),
                          sink=QF("sinkCurrent", 0, "A", [s0("Load disconnect output", "Sink current: 0 A (output free floating)"),
                                                           s1spec("Load disconnect output", "Sink current: 0A (output free floating)")]),
                          scp=BF("shortCircuitProtected", True, s0("Load disconnect output",
                                                                   "Source current limit: 10 mA (short circuit protected)")))))
    t.append(terminal("charge-disconnect", "CHARGE_DISCONNECT", [s1("2.2", "Charge disconnect"), plug3],
                      label="Charge disconnect", direction="OUTPUT", group="3-pin plug",
                      output=output(
                          trigger="CELL_OVERVOLTAGE_OR_TEMPERATURE",
                          normal=OSF("normalState", "HIGH", [s0("Charge disconnect output", "Normally high (Vbat – 0.1 V)"),
                                                             s1spec("Charge disconnect output", "Normally high (Vbat – 0.1V)"),
                                                             s1("2.2", "The output is normally high")]),
                          active=OSF("activeState", "FREE_FLOATING",
                                     s1("2.2", "becomes free floating in case of imminent cell overvoltage or "
                                               "overtemperature")),
                          high_below=high_level_vbat_minus("Charge disconnect output", "3.2.3",
                                                           "The Charge disconnect output is normally high (equal to battery "
                                                           "voltage)"),
                          source=QF("sourceCurrentLimit", 10, "mA",
                                    [s0("Charge disconnect output", "Source current limit: 10 mA (short circuit protected)"),
                                     s1spec("Charge disconnect output", "Source current limit: 10mA (short circuit protected)"),
                                     s1("2.2", "Maximum current: 10mA")]),
                          sink=QF("sinkCurrent", 0, "A", [s0("Charge disconnect output", "Sink current: 0 A (output free floating)"),
                                                           s1spec("Charge disconnect output", "Sink current: 0A (output free floating)")]),
                          scp=BF("shortCircuitProtected", True, s0("Charge disconnect output",
                                                                   "Source current limit: 10 mA (short circuit protected)")),
                          inductive=BF("inductiveLoadAllowed", False,
                                       s1("2.2", "Note that the Charge disconnect output is not suitable to power an "
                                                 "inductive load such as a relay coil.")))))
    t.append(terminal("pre-alarm", "PRE_ALARM", [s1("2.2", "Pre-alarm"), plug3],
                      label="Pre-alarm", direction="OUTPUT", group="3-pin plug",
                      comment="Trips when a cell falls below the battery's pre-alarm threshold (default 3.1 V, "
                              "adjustable in the battery). May drive a relay, LED or buzzer (000, 001 §2.2).",
                      output=output(
                          trigger="PRE_ALARM",
                          normal=OSF("normalState", "FREE_FLOATING",
                                     [s0("Pre-alarm output", "Normally free floating"),
                                      s1("2.2", "Its output is normally free floating"),
                                      t2("Pre-alarm terminal(s)", P12, "Free floating/high 1 A", conf=DERIVED)],
                                     alts=OSF("alternatives", "LOW", s1spec("Pre-alarm output", "Normally low")),
                                     rule=ruling("000 (datasheet), 001 §2.2 and the 002 comparison table ('Free "
                                                 "floating/high') all give free floating; 'Normally low' in the 001 "
                                                 "specification table stands alone.", "CORROBORATED")),
                          active=OSF("activeState", "HIGH", [s0("Pre-alarm output", "High (Vbat) in case of alarm, max. 1 A"),
                                                             s1spec("Pre-alarm output", "High (Vbat) in case of alarm, max. 1A"),
                                                             s1("2.2", "becomes high in case of imminent cell undervoltage")]),
                          high_below=QF("highLevelBelowBattery", 0, "V", s0("Pre-alarm output", "High (Vbat) in case of alarm")),
                          source=QF("sourceCurrentLimit", 1, "A", [s0("Pre-alarm output", "High (Vbat) in case of alarm, max. 1 A"),
                                                                   s1("2.2", "Maximum current: 1A (not short circuit protected)")]),
                          scp=BF("shortCircuitProtected", False, [s0("Pre-alarm output", "(not short circuit proof)"),
                                                                  s1("2.2", "(not short circuit protected)")]),
                          lead=QF("leadTime", 30, "s", s1("2.2", "will trip with a minimum delay of 30 seconds before the "
                                                                 "Load disconnect output is disabled due to cell undervoltage"),
                                  rel="AT_LEAST"))))
    plug2 = s1("2.3", "2-pin plug with pre-installed wire loop")
    spec_remote = s0("Remote (or System) on/off:", "Remote L and Remote H")
    t.append(terminal("remote-l", "REMOTE_L", [spec_remote, plug2], label="L", direction="INPUT", group="2-pin plug",
                      comment="A switch or the wire loop between L and H is mandatory for operation (001 §2.2, §3.4 step 9).",
                      remote=remote_input("PULLED_LOW",
                                          QF("threshold", 5, "V", [s0("Remote (or System) on/off:",
                                                                      "ON when the L terminal is pulled to battery minus (V<5V)"),
                                                                   s1spec("Remote (or System) on/off: Remote L and Remote H",
                                                                          "ON when the L terminal is pulled to battery minus (V < 5V)")],
                                             rel="LESS_THAN",
                                             comment="The reference of the 5 V is not stated (battery minus assumed)."),
                                          partner=ref_terminal(P12, "remote-h"))))
    t.append(terminal("remote-h", "REMOTE_H", [spec_remote, plug2], label="H", direction="INPUT", group="2-pin plug",
                      remote=remote_input("PULLED_HIGH",
                                          QF("threshold", 3, "V", [s0("Remote (or System) on/off:",
                                                                      "ON when the H terminal is high (V>3 V)"),
                                                                   s1spec("Remote (or System) on/off: Remote L and Remote H",
                                                                          "ON when the H terminal is high (V > 3V)")],
                                             rel="GREATER_THAN"),
                                          partner=ref_terminal(P12, "remote-l"))))
    return t


def use_modes_12_200():
    spec = lambda q, q1: [s0("Remote (or System) on/off:", q), s1spec("Remote (or System) on/off: Remote L and Remote H", q1)]
    modes = [("1", "L_AND_H_INTERCONNECTED", True, None, "ON when the L and H terminal are interconnected",
              "ON when the L and H terminal are interconnected"),
             ("2", "L_PULLED_TO_MINUS", True, (5, "LESS_THAN"), "ON when the L terminal is pulled to battery minus (V<5V)",
              "ON when the L terminal is pulled to battery minus (V < 5V)"),
             ("3", "H_PULLED_HIGH", True, (3, "GREATER_THAN"), "ON when the H terminal is high (V>3 V)",
              "ON when the H terminal is high (V > 3V)"),
             ("4", "ANY_OTHER", False, None, "OFF in all other conditions", "OFF in all other conditions")]
    return [fact("remoteUseModes", "RemoteUseMode", spec(q0, q1), {"label": lab, "condition": cond, "on": on},
                 Q("threshold", th[0], "V", rel=th[1]) if th else None, disp="%s. %s" % (lab, q1))
            for lab, cond, on, th, q0, q1 in modes]


FUSE_TABLE = [(125, 1, 100), (100, 1, 90), (80, 1, 60), (60, 1, 50), (30, 2, 40), (20, 2, 25), (15, 2, 20),
              (10, 2, 12), (7.5, 2, 9)]


def fuse_id(rating, count):
    return ("%gA" % rating) if count == 1 else ("2x%gA" % rating)


def fuse_label(rating, count):
    return ("%gA" % rating) if count == 1 else ("2 x %gA" % rating)


def fuse_table():
    rows = []
    for rating, count, current in FUSE_TABLE:
        kind = "MEGA" if count == 1 else "ATO"
        srcs = [S("001", section="3.4", table="fuse table", row=fuse_label(rating, count),
                  quote="%s %gA" % (fuse_label(rating, count), current))]
        if count == 1:
            srcs.append(S("001", section="2.3", quote="Megafuse 200A pre-installed", conf=DERIVED,
                          comment="Fuse family MEGA for the single-fuse rows: the BMS ships with a Megafuse; the table "
                                  "itself does not name the family."))
        else:
            srcs.append(S("001", section="3.4", quote="If the required alternator charge current is less than 40A, please "
                                                      "use the supplied ATO fuse holder with an appropriate ATO fuse pair "
                                                      "according to the table.", conf=DERIVED,
                          comment="The '2 x' rows are ATO fuse pairs in the supplied holder (the 2 x 30A row gives exactly "
                                  "40 A, not less than 40 A)." if rating == 30 else None))
        rows.append(fact("alternatorFuseTable", "FuseTableEntry", srcs,
                         {"id": fuse_id(rating, count), "fuseCount": count if count > 1 else None, "fuseKind": kind},
                         [Q("fuseRating", rating, "A"), Q("maxChargeCurrent", current, "A")]))
    return rows


def settings_12_200():
    s351 = lambda q=None, **kw: S("001", section="3.5.1", quote=q, **kw)
    fuse_opts = [option(fuse_id(r, c), fuse_label(r, c), fuse=ref_fuse_row(P12, fuse_id(r, c)),
                        desc="Max alternator charge current %g A" % cur) for r, c, cur in FUSE_TABLE]
    return [
        choice_setting("fuse-type", "Fuse type", "FUSE_TYPE", "VICTRONCONNECT",
                       [s351("Set the correct fuse type rating as explained in the Installation chapter"),
                        S("001", section="3.4", table="fuse table", conf=DERIVED,
                          comment="One option per fuse table row; the option labels VictronConnect shows are not in the seeds.")],
                       fuse_opts, desc="Make sure it matches with the physically installed fuse.",
                       comment="No default: VictronConnect asks for the fuse type on first connection (001 §3.5.1 step 4). "
                               "The pre-installed 200 A Megafuse (001 §2.3) has no row in the fuse table."),
        choice_setting("pre-alarm-usage", "Battery Pre-alarm usage", "PRE_ALARM_USAGE", "VICTRONCONNECT",
                       s351("In case of a lithium battery without pre-alarm feature, change the Battery Pre-alarm usage "
                            "to 'Pre-alarm not available', otherwise leave the default setting 'Use pre-alarm'."),
                       [option("use-pre-alarm", "Use pre-alarm", "USE_PRE_ALARM"),
                        option("pre-alarm-not-available", "Pre-alarm not available", "PRE_ALARM_NOT_AVAILABLE",
                               desc="For a lithium battery without pre-alarm feature.")],
                       default=ref_option(P12, "pre-alarm-usage", "use-pre-alarm")),
        choice_setting("pre-alarm", "Pre-alarm", "PRE_ALARM_SIGNAL", "VICTRONCONNECT",
                       [s351("Choose between continuous and intermittent pre-alarm."),
                        S("001", section="2.2", quote="can be configured as continuous or intermittent signal")],
                       [option("continuous", "continuous", "CONTINUOUS"),
                        option("intermittent", "intermittent", "INTERMITTENT")],
                       comment="Default not stated in the seeds."),
        number_setting("battery-charge-limit", "Battery charge limit", "BATTERY_CHARGE_LIMIT", "VICTRONCONNECT", "V",
                       s351("Set the Battery charge limit (range: 13.0V..15.3V) to a value at which charging should be "
                            "deactivated."),
                       rng=RF("range", [s351("range: 13.0V..15.3V"),
                                        s351("Normally this value should be 14.2V for a Victron Lithium Battery Smart.")],
                              "V", 13.0, 15.3, 14.2, dec=1,
                              comment="Nominal = the value 001 recommends for a Victron Lithium Battery Smart."),
                       default=QF("defaultValue", 14.2, "V",
                                  s351("Normally this value should be 14.2V for a Victron Lithium Battery Smart.",
                                       conf=DERIVED, comment="001 gives 14.2 V as the normal value; that it is also the "
                                                             "factory default is not stated."), dec=1),
                       desc="As soon as this value is reached, charging of the battery is interrupted via the "
                            "Alternator/Starter Batt+ and System+ inputs. The inputs will turn on again when the battery "
                            "voltage is 0.5V below the battery charge limit for 10 (consecutive) seconds."),
        choice_setting("remote-on-off-function", "Remote on/off function", "REMOTE_ON_OFF_FUNCTION", "VICTRONCONNECT",
                       [s351("This setting defines what is controlled by the Remote on/off terminals. The default is that "
                             "it only disables Alternator and System+."),
                        S("001", section="2.1", quote="A programmable remote on/off function defines what is controlled by "
                                                      "the Remote on/off terminals")],
                       [option("disable-alternator-and-system", "Disable alternator & system+",
                               "DISABLE_ALTERNATOR_AND_SYSTEM",
                               desc="Disable charging via the Alternator port and charging/discharging via the System+ "
                                    "port. The BMS functionality is retained."),
                        option("disable-alternator-only", "Disable alternator only", "DISABLE_ALTERNATOR_ONLY",
                               desc="Disable charging via the Alternator port. The BMS functionality is retained."),
                        option("switch-everything-off", "Switch everything off", "SWITCH_EVERYTHING_OFF",
                               desc="Everything, including the BMS functions, is switched off. This option is suitable as "
                                    "an on/off switch for the system. The BMS continues to consume energy from the "
                                    "battery to maintain the remote control function.")],
                       default=ref_option(P12, "remote-on-off-function", "disable-alternator-and-system")),
    ]


LEDS = [(1, "GREEN", "ALTERNATOR_CHARGING", [(None, "Alternator charging")], "Green: Alternator charging"),
        (2, "RED", "OVER_TEMPERATURE", [(None, "Over-Temperature protection of the Smart BMS")],
         "Red: Over-Temperature protection of the Smart BMS"),
        (3, "GREEN", "BMS_ACTIVE", [(None, "Smart BMS is active")], "Green: Smart BMS is active"),
        (4, "BLUE", "BLUETOOTH", [("BLINKING", "Bluetooth broadcasting"), ("ON", "connection established")],
         "Blue: blinking – Bluetooth broadcasting, ON – connection established"),
        (5, "YELLOW", "CHARGE_DISCONNECT_ENABLED", [(None, "Charge disconnect output is enabled")],
         "Yellow: Charge disconnect output is enabled"),
        (6, "ORANGE", "LOAD_DISCONNECT_ENABLED", [(None, "Load disconnect output is enabled")],
         "Orange: Load disconnect output is enabled"),
        (7, "GREEN", "SYSTEM_CHARGING_ENABLED", [(None, "Charging from System+ port enabled")],
         "Green: Charging from System+ port enabled")]


def leds():
    return [fact("leds", "LedIndicator", S("001", section="Appendix C", quote=q),
                 {"position": pos, "colour": col, "function": fn},
                 [N("states", {"pattern": pat, "meaning": meaning}) for pat, meaning in states],
                 comment=None if len(states) > 1 else "Pattern not stated.")
            for pos, col, fn, states, q in LEDS]


CODES = [
    ("E-B30", "ERROR", "Calibration failure", "Internal malfunction – calibration data failure/missing.",
     ["Contact dealer for support – Fault is not user correctable and Smart BMS requires replacement."], False, None),
    ("E-B31", "ERROR", "Configuration failure", "Internal malfunction - configuration data failure/missing.",
     ["Reset the unit to factory defaults under - Settings > More options > Reset to defaults",
      "Disconnect all power and wait 3 minutes before reconnecting", "Reconfigure the unit as required"], True, None),
    ("E-B32", "ERROR", "Battery BMS Cable not connected or defect",
     "Detached or defect battery BMS cable (with M8 circular connector) detected. When BMS cables are neither detached "
     "nor defect, this can happen when the pre-alarm feature is enabled while using batteries not supported this feature.",
     ["Check if battery supports pre-alarm feature. If not:", "Go to Settings page and disable pre-alarm feature."],
     True, "v1.08"),
    ("E-B33", "ERROR", "Reference Voltage failure", "Internal malfunction - reference voltage failure/missing.",
     ["Contact dealer for support - Fault is not user correctable and Smart BMS requires replacement"], False, None),
    ("A-A12", "ALARM", "Short Circuit",
     "Short-circuit protection is activated in the event of a short circuit, an overload condition or excessive inrush "
     "current.",
     ["Check for a potential short circuit condition.",
      "Confirm that the load current draw does not exceed the Smart BMS current rating.",
      "Check for loose/high resistance connections and ensure that appropriate gauge wiring is used in the installation."],
     True, None),
    ("A-B11", "ALARM", "Undervoltage",
     "Undervoltage protection is activated in the event that the battery does not allow discharge.",
     ["Switch off/disconnect loads and recharge the battery", "Check charging system and battery for proper operation"],
     True, None),
    ("A-B15", "ALARM", "Over temperature",
     "Over temperature protection is activated in the event of excessive internal temperature.",
     ["Make sure that the correct fuse rating has been selected. Choosing the right fuse will also prevent overheating of "
      "the alternator and/or DC cabling.",
      "Check for loose/high resistance connections and ensure that appropriate gauge wiring is used in the installation.",
      "Do not install the Smart BMS unit in a location exposed to high temperature or radiant heat. Relocate the Smart "
      "BMS to a cooler position or provide additional active cooling."], True, None),
    ("W-B12", "WARNING", "Undervoltage warning", "Urgent intervention required to prevent system shutdown.",
     ["Switch off/disconnect loads and recharge the battery.", "Check charging system and battery for proper operation."],
     True, None),
]


def status_codes():
    out = []
    for code, sev, title, desc, steps, fixable, removed in CODES:
        srcs = [S("001", section="Appendix B", quote="%s: %s" % (code, title),
                  comment="Severity from the code letter (E error, A alarm, W warning) under 'Error, Alarm and Warning "
                          "Codes'. userCorrectable: 001 says 'not user correctable' for E-B30 and E-B33; the other codes "
                          "list remedies the user can carry out.")]
        if removed:
            srcs.append(S("001", section="Appendix B", quote="Note that for Smart BMS devices with firmware v1.08 and "
                                                             "later, BMS cable error detection has been removed."))
        out.append(N("statusCodes", {"code": code, "severity": sev, "title": title, "description": desc,
                                     "userCorrectable": fixable, "removedInFirmware": removed},
                     [srcs, values("remedySteps", steps)], xtype="StatusCode"))
    return out


def consumption_12_200():
    return [
        QF("consumption", 17.5, "mA", [s0("Current consumption, remote on",
                                          "17.5 mA (excluding Load output and Charge output current)"),
                                       s1spec("Current consumption, remote on",
                                              "17.5mA (excluding Load output and Charge output current)")],
           xtype="ConsumptionFact", extra={"state": "ON", "excludes": "Load output and Charge output current"},
           alts=QF("alternatives", 16, "mA", s1("3.4", "Example: Current consumption 16mA"), xtype="ConsumptionFact",
                   extra={"state": "ON"}),
           rule=ruling("Specification value of 000 and 001 §4; 16 mA is the number of a worked example (001 §3.4 "
                       "step 8).", "SPECIFICATION_OVER_EXAMPLE")),
        QF("consumption", 6.5, "mA", [s0("Current consumption, remote off", "6.5 mA (BMS functionality still active)"),
                                      s1spec("Current consumption, remote off", "6.5mA (BMS functionality still active)")],
           xtype="ConsumptionFact", extra={"state": "REMOTE_OFF_BMS_ACTIVE"}),
        QF("consumption", 4.5, "mA", [s0("Current consumption, remote off", "4.5 mA (BMS functionality disabled)"),
                                      s1spec("Current consumption, remote off", "4.5mA (BMS functionality disabled)")],
           xtype="ConsumptionFact", extra={"state": "REMOTE_OFF_BMS_DISABLED"},
           comment="The state reached with the remote off and the setting 'Switch everything off'.",
           alts=QF("alternatives", 0.01, "W", s1("3.5.1", "albeit less than 0.01W"), rel="LESS_THAN",
                   xtype="ConsumptionFact", extra={"state": "REMOTE_OFF_BMS_DISABLED"}),
           rule=ruling("4.5 mA at 12.8 V is about 58 mW, not < 10 mW; the specification table value is used, which is "
                       "also the conservative one for standby drain.", "SPECIFICATION_OVER_EXAMPLE", "CONSERVATIVE")),
    ]


def standards(srcs_for):
    rows = [("EMISSION", ["EN 61000-6-3", "EN 55014-1"]), ("IMMUNITY", ["EN 61000-6-2", "EN 61000-6-1", "EN 55014-2"]),
            ("AUTOMOTIVE_EMC", ["ECE R10-5"])]
    return [fact("standards", "StandardsFact", srcs_for(kind), {"kind": kind}, values("standards", stds))
            for kind, stds in rows]


def smart_bms_12_200_body():
    std_src = {"EMISSION": [s0("Emission", "EN 61000-6-3, EN 55014-1", section="Standards"),
                            s1spec("Emission", "EN 61000-6-3, EN 55014-1")],
               "IMMUNITY": [s0("Immunity", "EN 61000-6-2, EN 61000-6-1, EN 55014-2", section="Standards"),
                            s1spec("Immunity", "EN 61000-6-2, EN 61000-6-1, EN 55014-2")],
               "AUTOMOTIVE_EMC": [s0("Automotive EMC Directive", "ECE R10-5", section="Standards"),
                                  s1spec("Automotive Directive", "ECE R10-5")]}
    rec = lambda text, src: TF("recommendations", text, src)
    note = lambda text, src, **kw: TF("notes", text, src, **kw)
    return dict(
        aliases=[TF("aliases", "Smart BMS 12/200", [col_src(P12), col_src4(P12)])],
        articleNumbers=[ART("BMS210055000", S("000", quote="Smart BMS 12-200 BMS210055000"))],
        terminals=smart_bms_12_200_terminals(),
        settings=settings_12_200(),
        remoteUseModes=use_modes_12_200(),
        consumption=consumption_12_200(),
        operatingTemperature=RF("operatingTemperature", [s0("Operating temperature range", "-40 °C to +60 °C", section="General"),
                                                         s1spec("Operating temperature range", "-40°C to +60°C")],
                                "degC", -40, 60),
        humidityMaximum=QF("humidityMaximum", 100, "%", [s0("Humidity, maximum / average", "100 % / 95 %", section="General"),
                                                         s1spec("Humidity, maximum / average", "100% / 95%")]),
        humidityAverage=QF("humidityAverage", 95, "%", [s0("Humidity, maximum / average", "100 % / 95 %", section="General"),
                                                        s1spec("Humidity, maximum / average", "100% / 95%")]),
        standards=standards(lambda k: std_src[k]),
        includedItems=[
            fact("includedItems", "IncludedItemFact", s1("2.3", "Smart BMS 12-200"),
                 {"quantity": 1, "description": "Smart BMS 12-200", "product": P12}),
            fact("includedItems", "IncludedItemFact", s1("2.3", "Ground wire with 10mm eye terminal"),
                 {"quantity": 1, "description": "Ground wire with 10mm eye terminal"}),
            fact("includedItems", "IncludedItemFact", s1("2.3", "2-pin plug with pre-installed wire loop"),
                 {"quantity": 1, "description": "2-pin plug with pre-installed wire loop"}),
            fact("includedItems", "IncludedItemFact", s1("2.3", "3-pin plug for load/charge disconnect and pre-alarm"),
                 {"quantity": 1, "description": "3-pin plug for load/charge disconnect and pre-alarm"}),
            fact("includedItems", "IncludedItemFact", s1("2.3", "Megafuse 200A pre-installed"),
                 {"quantity": 1, "description": "Megafuse 200A pre-installed", "product": "megafuse"},
                 comment="Where it is installed and which current limit a 200 A fuse gives is not stated: the fuse table "
                         "(001 §3.4) stops at 125 A."),
            fact("includedItems", "IncludedItemFact", s1("2.3", "ATO fuse holder with 2x 7.5A fuse"),
                 {"quantity": 1, "description": "ATO fuse holder with 2x 7.5A fuse", "product": "ato-fuse-holder"}),
        ],
        leds=leds(),
        statusCodes=status_codes(),
        recommendations=[
            rec("The Smart BMS 12/200 for 12 V systems with an alternator and DC loads and an inverter or inverter/charger.",
                S("002", section="System design recommendations",
                  quote="The Smart BMS 12/200 for 12 V systems with an alternator and DC loads and an inverter or inverter/charger.")),
            rec("Use the low cell voltage shutdown only as a last resort: shut the system down automatically at a defined "
                "state of charge (a BMV relay can drive the BMS remote on/off port from an adjustable SoC) or use the "
                "remote on/off function of the BMS as a system on/off switch.",
                s1("3.1", "The shutdown due to low cell voltage by the BMS should always be used as a last resort")),
            rec("Immediate action (recharge the battery) is required if a low cell voltage disconnect has occurred.",
                s1("3.1", "Immediate action (recharge the battery) is required if a low cell voltage disconnect has occurred.")),
            rec("In case of any doubt about possible residual current draw, isolate the battery by opening the battery "
                "switch, pulling the battery fuse(s) or disconnecting the battery plus when the system is not in use.",
                s1("3.1", "In case of any doubt about possible residual current draw, isolate the battery by opening the "
                          "battery switch, pulling the battery fuse(s) or disconnecting the battery plus when the system "
                          "is not in use.")),
            rec("It is mandatory to install either an on/off switch between L and H of the remote on/off terminal or the "
                "wire loop (default) for correct operation.",
                [s1("2.2", "Note that it is mandatory to install either an on/off switch between L and H of the remote "
                           "on/off terminal or the wire loop (default) for correct operation."),
                 s1("3.4", "It is mandatory to install either an on/off switch between L and H of the remote on/off "
                           "terminal or the wire loop (default) for correct operation.")]),
            rec("Preferably mount the Smart BMS on a vertical surface for optimal cooling.",
                s1("3.4", "Preferably mount the Smart BMS on a vertical surface for optimal cooling.")),
            rec("It is mandatory to study Appendix A: there can be different types of cable interfaces within a product "
                "group to control chargers, inverters and inverter/chargers from the Load and Charge disconnect outputs.",
                s1("3.3", "It is mandatory to study Appendix A")),
            rec("With 'Switch everything off' the BMS still draws energy to keep the remote function; disconnect the "
                "battery completely if the system is left on its own for a longer period.",
                s1("3.5.1", "Therefore, make sure that the battery is completely disconnected from the system if you leave "
                            "it to its own for a longer period of time.")),
            rec("Please check the residual current of a load when in off state.",
                s1("3.2.1", "Note: please check the residual current of the load when in off state.")),
        ],
        notes=[
            note("The Alternator/Starter Batt+ fuse doubles as a shunt: the BMS limits the input current according to the "
                 "rating of this fuse.", s1("3.4", "The fuse doubles as a shunt, thus the Smart BMS will limit the input "
                                                   "current according to the rating of this fuse.")),
            note("Excessive input voltage and transients are regulated down to a safe level.",
                 s1("2.2", "Excessive input voltage and transients are regulated down to a safe level.")),
            note("Maximum energy storage of 84 kWh in a 12 V system (20 batteries).",
                 [S("000", quote="maximum energy storage of 84 kWh in a 12 V system"),
                  s1("2.1", "maximum energy storage of 84kWh in a 12V system")]),
            note("Default Bluetooth PIN code is 000000.", s1("3.5.1", "default PIN code is 000000")),
            note("The Load disconnect output can control the remote on/off input of a BatteryProtect, inverter, DC-DC "
                 "converter or other loads; the Charge disconnect output the remote on/off of a charger, a "
                 "Cyrix-Li-Charge relay, a Cyrix-Li-ct Battery Combiner or a BatteryProtect. In some cases an interface "
                 "cable is needed (Appendix A).",
                 [s1("2.2", "In some cases an interface cable such as a non-inverting or inverting on/off cable may be "
                            "required"), S("000", section="Features", quote="In some cases an interface cable will be needed, please see the manual.")]),
        ],
        lifecycle=None,  # from the table
        softSwitch=BF("softSwitch", True, [S("002", section="Remote on/off options",
                                             quote='The "Smart" BMS models can also be turned on and off via Bluetooth and the VictronConnect app.'),
                                           s1("2.2", "by using the soft switch in the VictronConnect app")]),
        instantReadout=BF("instantReadout", True, [S("002", section="Bluetooth and the VictronConnect app",
                                                     quote="They all support Instant Readout"),
                                                   s1("2.1", "This includes Instant Readout")]),
        ignitionProof=BF("ignitionProof", True, S("000", quote="The Smart BMS 12-200 uses MOSFET switches, thus ignition proof.")),
        alternatorFuseTable=fuse_table(),
        gndFuse=fact("gndFuse", "RangeFact",
                     s1("3.4", "Depending on the application a fuse between 300mA and 1.3A is required."),
                     kids=[Q("minimum", 300, "mA"), Q("maximum", 1.3, "A")]),
        gndFuseFactor=QF("gndFuseFactor", 1.25, "1", s1("3.4", "This value multiplied by 1.25 determines the value of the fuse to be used.")),
        chargeLimitHysteresis=QF("chargeLimitHysteresis", 0.5, "V",
                                 [s1("2.2", "The input will turn on again when the battery voltage is 0.5V below the "
                                            "battery charge limit for 10 (consecutive) seconds."),
                                  s1("3.5.1", "The inputs will turn on again when the battery voltage is 0.5V below the "
                                              "battery charge limit for 10 (consecutive) seconds.")]),
        chargeLimitResumeDelay=QF("chargeLimitResumeDelay", 10, "s",
                                  s1("3.5.1", "for 10 (consecutive) seconds")),
    )


# ----------------------------------------------------------------------------------------------- Smart BMS CL 12/100
PCL = "smart-bms-cl-12-100"


def s3(quote=None, section=None, row=None, **kw):
    return S("003", section=section, row=row, quote=quote, **kw)


def s3spec(row, quote=None, **kw):
    return S("003", section="Smart BMS CL 12V 100A specifications", row=row, quote=quote, **kw)


def cl_terminals():
    t = []
    t.append(terminal("li-ion-plus", "LI_ION_POSITIVE",
                      [S("001", section="3.1", quote="Units made after that will be powered by the Li-ION port.", conf=DERIVED,
                         comment="Sentence about Smart BMS CL units in the 12-200 manual."),
                       s3("The BMS connects to 12,8V Victron LiFePO4 (LFP) batteries.", section="Battery Management system",
                          conf=DERIVED)],
                      label="Li-ion+", direction="BIDIRECTIONAL"))
    t.append(terminal("alternator-starter-plus", "ALTERNATOR_STARTER_POSITIVE",
                      [s3("The dedicated alternator input provides current limiting and one-way traffic from the "
                          "alternator into the battery"),
                       S("001", section="3.1", quote="are powered from the ALTERNATOR/STARTER BAT port", conf=DERIVED,
                         comment="Sentence about Smart BMS CL units in the 12-200 manual.")],
                      label="Alternator/Starter Batt+", direction="INPUT",
                      power=power("CHARGE_ONLY",
                                  continuous=QF("continuousCurrent", 100, "A",
                                                [s3spec("Maximum continuous charge current", "100 (with 125A fuse)",
                                                        conf=DERIVED, comment="003 gives no unit."),
                                                 t2("Alternator port", PCL, "100 A")],
                                                comment="With a 125 A fuse."),
                                  enable=QF("enableVoltage", 13, "V",
                                            s3("Current can flow to the LFP battery only if the input voltage (= voltage "
                                               "on the starter battery) exceeds 13V.", section="Starter battery Protection",
                                               comment="The specification row 'Input voltage to start charging' is empty "
                                                       "in 003; the value is from its prose."),
                                            rel="GREATER_THAN"),
                                  reverse_blocked=BF("reverseCurrentBlocked", True,
                                                     s3("And current cannot flow back from the LFP battery to the starter "
                                                        "battery", section="Starter battery Protection")),
                                  fuse_fraction=QF("currentLimitOfFuseRating", 90, "%",
                                                   s3("The input current is electronically limited to approximately 90% of "
                                                      "the fuse rating.", section="Alternator and battery protection"),
                                                   rel="APPROXIMATELY"))))
    t.append(terminal("gnd", "GROUND", s3spec("DC connector battery minus", "Fastoon female, 6.3mm"),
                      label="battery minus", direction="INPUT",
                      conn=connector(s3spec("DC connector battery minus", "Fastoon female, 6.3mm",
                                            comment="'Fastoon' is a typo for Faston."), "FASTON", size=6.3)))
    t.extend(m8_bms_port(PCL, S("002", section="Feature highlights common to all models",
                                quote="Communicates directly with the lithium battery via the battery's M8 circular connector cables.",
                                conf=DERIVED)))
    spec = lambda row, q: s3spec(row, q)
    t.append(terminal("load-disconnect", "LOAD_DISCONNECT", s3("Load Disconnect output", section="Load Disconnect output"),
                      label="Load disconnect", direction="OUTPUT",
                      output=output(
                          trigger="CELL_UNDERVOLTAGE",
                          normal=OSF("normalState", "HIGH", [spec("Load disconnect output", "Normally high (Vbat - 0.1V)"),
                                                             s3("The Load output is normally high")]),
                          active=OSF("activeState", "FREE_FLOATING",
                                     s3("becomes free floating in case of imminent cell under voltage")),
                          high_below=QF("highLevelBelowBattery", 0.1, "V", spec("Load disconnect output", "Normally high (Vbat - 0.1V)")),
                          source=QF("sourceCurrentLimit", 10, "mA", [spec("Load disconnect output", "Source current limit: 10mA (short circuit protected)"),
                                                                     s3("Maximum current: 10mA. The Load output")]),
                          sink=QF("sinkCurrent", 0, "A", spec("Load disconnect output", "Sink current: 0A (output free floating)")),
                          scp=BF("shortCircuitProtected", True, spec("Load disconnect output", "Source current limit: 10mA (short circuit protected)")))))
    t.append(terminal("charge-disconnect", "CHARGE_DISCONNECT", s3("Charge disconnect output", section="Charge disconnect output"),
                      label="Charge disconnect", direction="OUTPUT",
                      output=output(
                          trigger="CELL_OVERVOLTAGE_OR_TEMPERATURE",
                          normal=OSF("normalState", "HIGH", [spec("Charge disconnect output", "Normally high (Vbat - 0.1V)"),
                                                             s3("The Charger output is normally high")]),
                          active=OSF("activeState", "FREE_FLOATING",
                                     s3("becomes free floating in case of imminent cell over voltage or over temperature")),
                          high_below=QF("highLevelBelowBattery", 0.1, "V", spec("Charge disconnect output", "Normally high (Vbat - 0.1V)")),
                          source=QF("sourceCurrentLimit", 10, "mA", spec("Charge disconnect output", "Source current limit: 10mA (short circuit protected)")),
                          sink=QF("sinkCurrent", 0, "A", spec("Charge disconnect output", "Sink current: 0A (output free floating)")),
                          scp=BF("shortCircuitProtected", True, spec("Charge disconnect output", "Source current limit: 10mA (short circuit protected)")),
                          inductive=BF("inductiveLoadAllowed", False,
                                       s3("The Charger output is not suitable to power an inductive load such as a relay coil.")))))
    t.append(terminal("pre-alarm", "PRE_ALARM", s3("Pre-Alarm output", section="Pre-Alarm output"),
                      label="Pre-alarm", direction="OUTPUT",
                      output=output(
                          trigger="PRE_ALARM",
                          normal=OSF("normalState", "FREE_FLOATING", [spec("Pre alarm output", "Normally free floating"),
                                                                      s3("The pre-alarm output is normally free floating")]),
                          active=OSF("activeState", "HIGH", [spec("Pre alarm output", "High (Vbat) in case of alarm, max. 1A (not short circuit proof)"),
                                                             s3("becomes high in case of imminent cell under voltage")]),
                          high_below=QF("highLevelBelowBattery", 0, "V", spec("Pre alarm output", "High (Vbat) in case of alarm")),
                          source=QF("sourceCurrentLimit", 1, "A", [spec("Pre alarm output", "max. 1A"),
                                                                   s3("Maximum current: 1A (not short circuit protected)")]),
                          scp=BF("shortCircuitProtected", False, spec("Pre alarm output", "(not short circuit proof)")),
                          lead=QF("leadTime", 30, "s", s3("The minimum delay between pre-alarm and load disconnect is 30 seconds."),
                                  rel="AT_LEAST"))))
    rsrc = lambda: [spec("System on/off", "Remote L & Remote H"),
                    s3("It consists of two terminals: Remote L and Remote H.")]
    t.append(terminal("remote-l", "REMOTE_L", rsrc(), label="L", direction="INPUT",
                      remote=remote_input("PULLED_LOW", partner=ref_terminal(PCL, "remote-h")),
                      comment="003 gives no voltage thresholds."))
    t.append(terminal("remote-h", "REMOTE_H", rsrc(), label="H", direction="INPUT",
                      remote=remote_input("PULLED_HIGH", partner=ref_terminal(PCL, "remote-l"))))
    return t


def cl_use_modes():
    modes = [("A", "L_AND_H_INTERCONNECTED", True, "ON when the L & H terminal are interconnected"),
             ("B", "L_PULLED_TO_MINUS", True, "ON when the L terminal is pulled to battery minus"),
             ("C", "H_PULLED_HIGH", True, "ON when the H terminal is high"),
             ("D", "ANY_OTHER", False, "OFF in all other conditions")]
    return [fact("remoteUseModes", "RemoteUseMode",
                 s3spec("Use modes of the system on/off", "%s: %s" % (lab, q)), {"label": lab, "condition": c, "on": on},
                 disp="%s: %s" % (lab, q)) for lab, c, on, q in modes]


def cl_body():
    std = {"EMISSION": [s3spec(None, "EN 61000-6-3, EN 55014-1", conf=DERIVED,
                               comment="The row label is missing in 003; the list is the emission line of 000.")],
           "IMMUNITY": [s3spec(None, "EN 61000-6-2 EN 61000-6-1 EN 55014-2", conf=DERIVED,
                               comment="The row label is missing in 003; the list is the immunity line of 000.")],
           "AUTOMOTIVE_EMC": [s3spec("Automotive EMC Directive", "ECE R10-5")]}
    return dict(
        aliases=[TF("aliases", "Smart BMS CL 12V 100A", s3("Smart BMS CL 12V 100A specifications")),
                 TF("aliases", "Smart BMS CL 12-100", S("001", section="Appendix A item 6",
                                                        quote="Smart BMS CL 12-100 to MultiPlus cable")),
                 TF("aliases", "Smart BMS CL", S("001", section="3.1", quote="Smart BMS CL units"))],
        terminals=cl_terminals(),
        settings=[
            choice_setting("system-on-off-switch", "system on/off switch", "REMOTE_ON_OFF_FUNCTION", "VICTRONCONNECT",
                           [s3("When “system on/off switch” is enabled via VictronConnect, the BMS functionality will "
                               "also be disabled.", section="Remote on/off input"),
                            s3("The remote on/off input controls the charging via the alternator.", conf=DERIVED,
                               comment="Default 'disabled' inferred: the input normally controls only alternator "
                                       "charging and the switch has to be enabled.")],
                           [option("disabled", "disabled", "DISABLE_ALTERNATOR_ONLY",
                                   desc="When off, charging via the alternator is disabled, while the BMS functionality "
                                        "will remain active allowing any loads and chargers to continue working."),
                            option("enabled", "enabled", "SWITCH_EVERYTHING_OFF",
                                   desc="The BMS functionality will also be disabled.")],
                           default=ref_option(PCL, "system-on-off-switch", "disabled")),
            choice_setting("pre-alarm", "Pre-alarm", "PRE_ALARM_SIGNAL", None,
                           s3("It can be configured as continuous or intermittent signal.", section="Pre-Alarm output"),
                           [option("continuous", "continuous", "CONTINUOUS"),
                            option("intermittent", "intermittent", "INTERMITTENT")],
                           comment="Where it is configured and the default are not stated in 003."),
        ],
        remoteUseModes=cl_use_modes(),
        operatingTemperature=RF("operatingTemperature", s3spec("Operating temperature range", "-40 to +60°C"), "degC", -40, 60),
        humidityMaximum=QF("humidityMaximum", 100, "%", s3spec("Humidity, maximum / average", "100% / 95%")),
        humidityAverage=QF("humidityAverage", 95, "%", s3spec("Humidity, maximum / average", "100% / 95%")),
        standards=standards(lambda k: std[k]),
        recommendations=[TF("recommendations", "The Smart BMS CL 12/100 for 12 V systems with an alternator.",
                            S("002", section="System design recommendations",
                              quote="The Smart BMS CL 12/100 for 12 V systems with an alternator."))],
        notes=[
            TF("notes", "Can be used as a system on/off switch.", s3("Can be used as a system on/off switch.")),
            TF("notes", "Smart BMS CL units manufactured up to and including batch number HQ2109 (see the serial number "
                        "on the back) are powered from the ALTERNATOR/STARTER BAT port; later units from the Li-ion port.",
               S("001", section="3.1", quote="Note that Smart BMS CL units manufactured up to and including ba number "
                                             "HQ2109 (check the SN number on the back of the BMS) are powered from the "
                                             "ALTERNATOR/STARTER BAT port.")),
            TF("notes", "Excessive input voltage and transients are regulated down to a safe level.",
               s3("Excessive input voltage and transients are regulated down to a safe level.")),
            TF("notes", "Starter battery protection works like a Cyrix Battery Combiner or Argo FET Battery Isolator.",
               s3("This function is similar to that of a Cyrix Battery Combiner or Argo FET Battery Isolator.")),
            TF("notes", "In some cases an interface cable will be needed, please see the manual.",
               s3("(Note: in some cases an interface cable will be needed, please see the manual.)")),
            TF("notes", "003 leaves the specification rows input voltage to start charging, protection, DC power "
                        "connection and weight empty; those values come from 003's prose or from 002.",
               s3("Smart BMS CL 12V 100A specifications", conf=DERIVED)),
        ],
        softSwitch=BF("softSwitch", True, S("002", section="Remote on/off options",
                                            quote='The "Smart" BMS models can also be turned on and off via Bluetooth and the VictronConnect app.')),
        instantReadout=BF("instantReadout", True, S("002", section="Bluetooth and the VictronConnect app",
                                                    quote="They all support Instant Readout")),
        ignitionProof=BF("ignitionProof", True, s3("No relays but MOSFET switches, and therefore no sparks.",
                                                   section="Ignition proof")),
    )


# ----------------------------------------------------------------------------------------------- other models
def other_body(pid):
    d = DATA[pid]
    body = dict(terminals=derived_terminals(pid), aliases=[], notes=[], recommendations=[])
    smart = pid == "lynx-smart-bms"
    body["softSwitch"] = BF("softSwitch", smart,
                            S("002", section="Remote on/off options",
                              quote='The "Smart" BMS models can also be turned on and off via Bluetooth and the VictronConnect app.',
                              conf=None if smart else DERIVED,
                              comment=None if smart else "Not a 'Smart' model and no Bluetooth (002 table)."))
    body["instantReadout"] = BF("instantReadout", smart,
                                S("002", section="Bluetooth and the VictronConnect app",
                                  quote="They all support Instant Readout", conf=None if smart else DERIVED,
                                  comment=None if smart else "Not a 'Smart' model and no Bluetooth (002 table)."))
    rec002 = {
        "small-bms": "The SmallBMS for 12, 24 or 48 V systems without inverter/chargers.",
        "vebus-bms-v2": "The VE.Bus BMS V2 for 12, 24 or 48 V systems with inverter/chargers and a GX device",
        "lynx-smart-bms": "The Lynx Smart BMS for 12, 24 or 48 V systems with digital integration and with the need to "
                          "have a safety relay to disconnect DC loads and/or inverters or inverter/chargers, like is the "
                          "case in yachts or recreational vehicles.",
    }
    if pid in rec002:
        body["recommendations"].append(TF("recommendations", rec002[pid],
                                          S("002", section="System design recommendations", quote=rec002[pid])))
    if pid == "vebus-bms":
        q = "De VE.Bus BMS voor 12, 24 of 48 V-systemen met omvormer/laders."
        body["recommendations"].append(TF("recommendations", q, S("004", section="Aanbevelingen voor systeemontwerp", quote=q),
                                          lang="nl"))
        body["notes"].append(TF("notes", "De VE.Bus BMS en de VE Bus BMS V2 kunnen direct een VE.Bus-omvormer of "
                                         "-acculader besturen in geval van een accucel-alarm wegens onderspanning, "
                                         "overspanning of temperatuur.",
                                S("004", section="Opties voor communicatie",
                                  quote="De VE.Bus BMS en de VE Bus BMS V2 kunnen direct een VE.Bus-omvormer of -acculader besturen"),
                                lang="nl"))
    if pid == "bms-12-200":
        q = ("De BMS 12/200 voor 12 V-systemen met een alternator en DC-belastingen maar zonder omvormer/lader. Houd er "
             "rekening mee dat dit model aan het eind van zijn leven is, en dat het de Plus van de accu schakelt in plaats van de")
        body["recommendations"].append(TF("recommendations", q, S("004", section="Aanbevelingen voor systeemontwerp", quote=q,
                                                                  comment="The sentence is cut off in the seed."),
                                          lang="nl"))
        body["aliases"].append(TF("aliases", "BSM12/200", col_src4(pid, comment="Typo in the 004 table header.")))
    if pid == "small-bms":
        body["aliases"] += [TF("aliases", "Small BMS", col_src(pid)),
                            TF("aliases", "smallBMS with pre alarm",
                               S("002", table="comparison table", row="Datasheet", column="Small BMS",
                                 quote="smallBMS with pre alarm")),
                            TF("aliases", "SmallBMS", S("002", section="System Voltages", quote="The SmallBMS")),
                            TF("aliases", "smallBMS", S("001", section="2.2", quote="similar to the smallBMS"))]
    if pid == "vebus-bms-v2":
        body["aliases"].append(TF("aliases", "VE Bus BMS V2", S("002", section="Communication options",
                                                                  quote="The VE Bus BMS V2 can directly control")))
        body["notes"] += [
            TF("notes", "The VE Bus BMS V2 can directly control a VE.Bus inverter or inverter/charger in case of a battery "
                        "cell undervoltage, overvoltage or temperature alarm.",
               S("002", section="Communication options",
                 quote="The VE Bus BMS V2 can directly control a VE.Bus inverter or inverter/charger in case of a battery "
                       "cell undervoltage, overvoltage or temperature alarm.")),
            TF("notes", "Can be used for communication or control via a GX device and can control compatible "
                        "inverter/chargers and solar chargers via DVCC control without the need to use the load and/or "
                        "charger disconnect terminals.",
               S("002", section="Communication options",
                 quote="can control compatible inverter/chargers and solar chargers via DVCC control without the need to "
                       "use the load and/or charger disconnect terminals."))]
    if pid == "lynx-smart-bms":
        body["productIds"] = [41957]
        body["extra_sources"] = [S("venus-os-mqtt", section="battery service paths", row="ProductId",
                                   quote="e.g. 41957 = Lynx Smart BMS 500",
                                   comment="Venus OS ProductId of the Lynx Smart BMS 500 (the 500 A model of 002).")]
        body["maxLynxDistributors"] = IF("maxLynxDistributors", 4,
                                         [S("002", section="Communication options",
                                            quote="The Lynx Smart BMS can monitor up to 4 Lynx distributor modules."),
                                          S("004", section="Opties voor communicatie",
                                            quote="De Lynx Smart BMS kan tot 4 Lynx distributor-modules monitoren.")],
                                         rel="AT_MOST")
        body["notes"] += [
            TF("notes", "The Lynx Smart BMS has a safety DC contactor. It disconnects the system from the battery or "
                        "battery bank in case of a battery cell voltage or temperature alarm and can be used as a main "
                        "system on/off switch.",
               S("002", section="System connection",
                 quote="The Lynx Smart BMS has a safety DC contactor. It disconnects the system from the battery or "
                       "battery bank in case of a battery cell voltage or temperature alarm and can be used as a main "
                       "system on/off switch.")),
            TF("notes", "The Lynx Smart BMS has a full-featured built-in battery monitor.",
               S("002", section="Battery monitor", quote="The Lynx Smart BMS has a full-featured built-in battery monitor.")),
            TF("notes", "De Lynx Smart BMS ondersteunt ook Bluetooth Live Data Advertisement.",
               S("004", section="Bluetooth en de VictronConnect app",
                 quote="De Lynx Smart BMS ondersteunt ook Bluetooth Live Data Advertisement."), lang="nl"),
            TF("notes", "Its discharge and charge terminals are relays (0.5 A) and its pre-alarm a programmable relay "
                        "(2 A); no datasheet in the seeds gives more detail.",
               t2("Pre-alarm terminal(s)", pid, "Programmable relay 2 A", conf=DERIVED))]
        # battery side and System+ side of the contactor
        sc = lambda: [t2("System connection", pid, "500 A", conf=DERIVED),
                      S("002", section="System connection",
                        quote="It disconnects the system from the battery or battery bank", conf=DERIVED)]
        body["terminals"][:0] = [
            terminal("battery-plus", "LI_ION_POSITIVE", sc(), label="battery side", direction="BIDIRECTIONAL",
                     comment="Battery side of the safety DC contactor; connector not in the seeds."),
            terminal("system-plus", "SYSTEM_POSITIVE", sc(), label="system side", direction="BIDIRECTIONAL",
                     power=power("BOTH", continuous=QF("continuousCurrent", 500, "A", sc(),
                                                       comment="002 'System connection 500 A'; direction of the rating "
                                                               "not stated.")))]
    if pid == "bms-12-200":
        s4a = lambda: S("004", section="Alternator",
                        quote="De Smart BMS CL 12/100, Smart BMS 12/200 en BMS 12/200 hebben een dedicated alternatoringang.",
                        conf=DERIVED)
        s4s = lambda: S("004", section="Systeemaansluiting",
                        quote="Deze systeemuitgang wordt afgekoppeld ingeval van een spannings- of temperatuuralarm.",
                        conf=DERIVED)
        body["terminals"][:0] = [
            terminal("li-ion-plus", "LI_ION_POSITIVE",
                     S("004", section="Aanbevelingen voor systeemontwerp",
                       quote="dat het de Plus van de accu schakelt", conf=DERIVED),
                     label="battery plus", direction="BIDIRECTIONAL"),
            terminal("system-plus", "SYSTEM_POSITIVE", [t2("System connection", pid, "200 A", conf=DERIVED), s4s()],
                     label="system output", direction="BIDIRECTIONAL",
                     power=power("BOTH", continuous=QF("continuousCurrent", 200, "A",
                                                       [t2("System connection", pid, "200 A", conf=DERIVED)]))),
            terminal("alternator-starter-plus", "ALTERNATOR_STARTER_POSITIVE",
                     [t2("Alternator port", pid, "80 A", conf=DERIVED), s4a()],
                     label="alternator input", direction="INPUT",
                     power=power("CHARGE_ONLY",
                                 continuous=QF("continuousCurrent", 80, "A", t2("Alternator port", pid, "80 A", conf=DERIVED)),
                                 reverse_blocked=BF("reverseCurrentBlocked", True,
                                                    S("004", section="Alternator",
                                                      quote="blokkeert de stroom de andere kant uit, van de lithium-accu naar de startaccu")))),
        ]
    return body


# ----------------------------------------------------------------------------------------------- assembly
def bms_models(product):
    """product(xtype, id, name, category, sources, body) -> N"""
    out = []
    for pid, hdr, hdr4, name in COLUMNS:
        body = {}
        if pid == P12:
            body = smart_bms_12_200_body()
            srcs = [S("000", quote="Smart BMS 12-200"), S("001", section="2.1"), col_src(pid)]
        elif pid == PCL:
            body = cl_body()
            srcs = [S("003", quote="Victron Smart BMS CL 12/100"), col_src(pid)]
        else:
            body = other_body(pid)
            srcs = [S("002", section="Comparison overview", table="comparison table", column=hdr,
                      comment="No datasheet of this model in the seeds; its terminals are derived from the 002 rows.")]
            srcs += body.pop("extra_sources", [])
        table = comparison_facts(pid)
        for f in table:
            body[f.tag] = f
        body["maxBatteries"] = max_batteries(pid)
        if pid == "lynx-smart-bms":
            body["family"] = "lynx-distribution-system"
        out.append(product("BmsModel", pid, name, "BMS", srcs, body))
    return out
