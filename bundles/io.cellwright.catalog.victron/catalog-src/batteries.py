"""Lithium Battery Smart 12.8 V and 25.6 V (domain/batteries-and-wiring.md), the LiFePO4 chemistry and the
wiring reference data of the same file."""
from xmi import (N, S, Q, QF, BF, IF, TF, RF, fact, ruling, connector, terminal, number_setting, values,
                 DERIVED, MEDIUM, UNSOURCED)

BW = "batteries-and-wiring"
TABLE = "Lithium Battery Smart"
COLS = ["capacity 25 °C", "0 °C", "−20 °C", "energy", "max cont. discharge", "recommended discharge", "max charge",
        "recommended charge"]

# row label, id, nominal voltage, capacities (25, 0, -20 °C), energy Wh, max discharge, rec. discharge, max charge,
# rec. charge -- exactly as the domain table gives them
MODELS = [
    ("12,8/50", "lfp-smart-12-8-50", 12.8, (50, 40, 25), 640, 100, 50, 100, 30),
    ("12,8/100", "lfp-smart-12-8-100", 12.8, (100, 80, 50), 1280, 200, 100, 200, 50),
    ("12,8/160", "lfp-smart-12-8-160", 12.8, (160, 130, 80), 2048, 320, 160, 320, 80),
    ("12,8/180", "lfp-smart-12-8-180", 12.8, (180, 150, 90), 2304, 360, 180, 360, 90),
    ("12,8/200", "lfp-smart-12-8-200", 12.8, (200, 160, 100), 2560, 400, 200, 400, 100),
    ("12,8/330", "lfp-smart-12-8-330", 12.8, (330, 260, 160), 4220, 400, 300, 400, 150),
    ("25,6/100", "lfp-smart-25-6-100", 25.6, (100, 80, 50), 2560, 200, 100, 200, 50),
    ("25,6/200", "lfp-smart-25-6-200", 25.6, (200, 160, 100), 5210, 400, 200, 400, 100),
]

# cell (first row) as printed, when the table writes the unit in it
FIRST_ROW = {"capacity 25 °C": "50 Ah", "energy": "640 Wh", "max cont. discharge": "100 A",
             "recommended discharge": "≤50 A", "max charge": "100 A", "recommended charge": "≤30 A"}


def cell(row, column, value, conf=None, comment=None):
    """Row of the domain battery table. The unit is printed only in the first row; other rows are 'DERIVED' for it."""
    first = row == "12,8/50"
    quote = FIRST_ROW.get(column, str(value)) if first else str(value)
    if not first and conf is None:
        conf, comment = DERIVED, comment or "Unit from the column's first row."
    return S(BW, section=TABLE, table=TABLE, row=row, column=column, quote=quote, conf=conf, comment=comment)


def all_models(row):
    return lambda q, **kw: S(BW, section=TABLE, quote=q, **kw)


def battery(product, row, pid, vnom, caps, energy, dmax, drec, cmax, crec):
    is12 = vnom == 12.8
    am = all_models(row)
    v = lambda a, b: a if is12 else b
    name = "Lithium Battery %sV/%dAh Smart" % (row.split("/")[0], int(row.split("/")[1]))
    body = {}
    body["family"] = "lithium-battery-smart"
    body["chemistry"] = "lifepo4"
    body["aliases"] = [TF("aliases", row, S(BW, section=TABLE, table=TABLE, row=row, quote=row))]
    term_src = lambda q: S("001", section="3.4", quote=q)
    m8 = lambda: connector(S("002", section="Optional accessories",
                             quote="Pair of M8 circular connector 3 pole cables, to extend the battery BMS cables.",
                             conf=DERIVED, comment="Connector and pole count of the battery's BMS cable from its extension."),
                           "CIRCULAR_M8", poles=3)
    chain = [S("001", section="3.2.4", quote="the two M8 circular connector cord sets of each battery must be connected in "
                                             "series (daisy chained)"),
             S("002", section="Feature highlights common to all models",
               quote="Communicates directly with the lithium battery via the battery's M8 circular connector cables.")]
    body["terminals"] = [
        terminal("battery-plus", "BATTERY_POSITIVE", term_src("the lithium battery positive to the Li-Ion+ terminal"),
                 label="+", direction="BIDIRECTIONAL"),
        terminal("battery-minus", "BATTERY_NEGATIVE", term_src("Connect the supplied GND cable to the negative of the "
                                                                "lithium battery"), label="-", direction="BIDIRECTIONAL"),
        terminal("bms-cable-in", "BMS_CABLE_IN", chain, label="M8 cord set", direction="INPUT", conn=m8(),
                 comment="Which of the two cords is 'in' is not stated; the chain only needs one of each."),
        terminal("bms-cable-out", "BMS_CABLE_OUT", chain, label="M8 cord set", direction="OUTPUT", conn=m8()),
    ]
    thr = "BMS thresholds (set in the battery, acted on by the BMS)"
    body["settings"] = [
        number_setting("load-disconnect-cell-voltage", "Load disconnect (cell)", "LOAD_DISCONNECT_CELL_VOLTAGE", "BATTERY",
                       "V", [S(BW, section=thr, quote="Load disconnect: cell below 2.8 V default, adjustable 2.6–2.8 V."),
                             S("003", section="Load Disconnect output",
                               quote="default 2,8V/cell, adjustable on the battery between 2,6V and 2,8V per cell"),
                             S("001", section="2.2", quote="default 2.8V, adjustable in battery")],
                       rng=RF("range", S(BW, section=thr, quote="adjustable 2.6–2.8 V"), "V", 2.6, 2.8),
                       default=QF("defaultValue", 2.8, "V", S(BW, section=thr, quote="cell below 2.8 V default")),
                       desc="The BMS opens Load disconnect when a cell falls below this voltage."),
        number_setting("pre-alarm-cell-voltage", "Pre-alarm (cell)", "PRE_ALARM_CELL_VOLTAGE", "BATTERY", "V",
                       [S(BW, section=thr, quote="Pre-alarm: cell below 3.1 V default, adjustable 2.85–3.15 V"),
                        S("003", section="Pre-Alarm output",
                          quote="default 3,1V/cell, adjustable on the battery between 2,85V and 3,15V per cell"),
                        S("001", section="2.2", quote="default 3,1V, adjustable in battery")],
                       rng=RF("range", S(BW, section=thr, quote="adjustable 2.85–3.15 V"), "V", 2.85, 3.15),
                       default=QF("defaultValue", 3.1, "V", S(BW, section=thr, quote="cell below 3.1 V default")),
                       desc="The BMS raises the pre-alarm when a cell falls below this voltage, at least 30 s before "
                            "load disconnect."),
    ]
    body["nominalVoltage"] = QF("nominalVoltage", vnom, "V",
                                [S(BW, section=TABLE, quote=v("12.8 V = 4 LiFePO4 cells in series", "25.6 V = 8")),
                                 S("002", section="Optional accessories", quote="Lithium Battery 12,8V & 25,6V Smart")])
    body["cellsInSeries"] = IF("cellsInSeries", v(4, 8), S(BW, section=TABLE, quote=v("12.8 V = 4 LiFePO4 cells in series",
                                                                                        "25.6 V = 8")))
    body["capacities"] = [QF("capacities", c, "Ah", cell(row, col, c), xtype="CapacityFact",
                             kids=[Q("temperature", t, "degC")])
                          for c, t, col in zip(caps, (25, 0, -20), COLS[:3])]
    if row == "25,6/200":
        body["energy"] = QF("energy", 5120, "Wh",
                            [S(BW, section=TABLE, table=TABLE, row=row, column="capacity 25 °C", quote="200", conf=DERIVED,
                               comment="25.6 V x 200 Ah = 5120 Wh."),
                             S(BW, section=TABLE, quote="At most 20 batteries per system (84 kWh at 12 V, 102 kWh at 24/48 V).",
                               conf=DERIVED, comment="20 x 5120 Wh = 102 kWh; 20 x 5210 Wh would be 104 kWh.")],
                            alts=QF("alternatives", 5210, "Wh", cell(row, "energy", 5210)),
                            rule=ruling("5210 Wh in the domain table is a transposition of 5120: 25.6 V x 200 Ah = 5120 Wh, "
                                        "every other row is nominal voltage x capacity, and the same file's '102 kWh at "
                                        "24/48 V' for 20 batteries only fits 5120 Wh.", "CORROBORATED",
                                        "ENGINEERING_JUDGEMENT",
                                        decided_by="catalog bundle (docs/model-notes.md §11 item 18)"))
    else:
        body["energy"] = QF("energy", energy, "Wh", cell(row, "energy", energy),
                            comment="12.8 V x 330 Ah = 4224 Wh; the table rounds to 4220." if row == "12,8/330" else None)
    body["maxContinuousDischargeCurrent"] = QF("maxContinuousDischargeCurrent", dmax, "A", cell(row, COLS[4], dmax))
    body["recommendedDischargeCurrent"] = QF("recommendedDischargeCurrent", drec, "A",
                                             cell(row, COLS[5], "≤%d" % drec), rel="AT_MOST")
    body["maxChargeCurrent"] = QF("maxChargeCurrent", cmax, "A", cell(row, COLS[6], cmax))
    body["recommendedChargeCurrent"] = QF("recommendedChargeCurrent", crec, "A", cell(row, COLS[7], "≤%d" % crec),
                                          rel="AT_MOST")
    body["chargeVoltage"] = RF("chargeVoltage", am("charge voltage 14.0–14.4 V (28–28.8 V), 14.2 V (28.4 V) recommended"),
                               "V", v(14.0, 28.0), v(14.4, 28.8), v(14.2, 28.4))
    body["floatVoltage"] = QF("floatVoltage", v(13.5, 27), "V", am("float 13.5 V (27 V)"))
    body["endOfDischargeVoltage"] = QF("endOfDischargeVoltage", v(11.2, 22.4), "V", am("end of discharge 11.2 V (22.4 V)"))
    body["dischargeTemperature"] = RF("dischargeTemperature", am("discharge −20 to +50 °C"), "degC", -20, 50)
    body["chargeTemperature"] = RF("chargeTemperature", am("charge +5 to +50 °C"), "degC", 5, 50)
    body["roundTripEfficiency"] = QF("roundTripEfficiency", 92, "%", am("round-trip efficiency 92 %"))
    body["cycleLife"] = [fact("cycleLife", "CycleLifeFact", am(q), {"cycles": n}, Q("depthOfDischarge", dod, "%"))
                         for n, dod, q in ((2500, 80, "2500 cycles at 80 % depth of discharge"),
                                           (3000, 70, "3000 at 70 %"), (5000, 50, "5000 at 50 %"))]
    body["maxInSeries"] = IF("maxInSeries", v(4, 2), am("Series strings: at most 4 × 12.8 V or 2 × 25.6 V (medium confidence).",
                                                       conf=MEDIUM), rel="AT_MOST")
    body["maxPerSystem"] = IF("maxPerSystem", 20, [am("At most 20 batteries per system")] +
                              ([S("000", quote="The maximum number of batteries in one system is 20")] if is12 else []),
                              rel="AT_MOST")
    body["preAlarmSupport"] = BF("preAlarmSupport", True,
                                 [S(BW, section=thr, quote="Pre-alarm: cell below 3.1 V default, adjustable 2.85–3.15 V",
                                    conf=DERIVED, comment="The pre-alarm threshold is set in the battery."),
                                  S("001", section="3.5.1", quote="In case of a lithium battery without pre-alarm feature",
                                    conf=DERIVED)])
    if is12:
        cap = caps[0]
        hi = 1.0 * 100 / cap
        lo = 0.5 * 100 / cap
        body["internalResistance"] = QF(
            "internalResistance", round(hi, 4), "mohm",
            S(BW, section="LiFePO4 cell open-circuit voltage (generic, not Victron-specific)",
              quote="Internal resistance: no Victron figure; about 0.5–1 mΩ per 100 Ah at 12.8 V (unsourced estimate).",
              conf=UNSOURCED),
            rel="AT_MOST", disp="about %s–%s mΩ (0.5–1 mΩ per 100 Ah, unsourced estimate)" % (
                ("%.4g" % lo).replace(".", "."), "%.4g" % hi),
            comment="Upper end of the estimate scaled to this capacity; the metamodel holds one number, so the range is "
                    "kept in displayText. Keep configurable.")
    body["chargeDisconnectCellVoltage"] = QF(
        "chargeDisconnectCellVoltage", 3.75, "V",
        S(BW, section=thr, quote="The exact cell over-voltage threshold is not published in our sources (3.75 V is a common "
                                 "LFP value, unsourced; keep it a parameter).", conf=UNSOURCED))
    body["chargeDisconnectHighTemperature"] = QF("chargeDisconnectHighTemperature", 50, "degC",
                                                 S(BW, section=thr, quote="cell temperature above 50 °C"), rel="GREATER_THAN")
    body["chargeDisconnectLowTemperature"] = QF("chargeDisconnectLowTemperature", 5, "degC",
                                                S(BW, section=thr, quote="or below 5 °C for charging"), rel="LESS_THAN")
    body["reserveAfterDisconnect"] = [
        QF("reserveAfterDisconnect", 3, "%", S(BW, section=thr, quote="about 3 % at 2.8 V"), rel="APPROXIMATELY",
           xtype="ReserveFact", kids=[Q("cellVoltage", 2.8, "V")]),
        QF("reserveAfterDisconnect", 1, "%",
           [S(BW, section=thr, quote="about 1 % at 2.6 V (about 1 Ah per 100 Ah, seed 001 §3.1)"),
            S("001", section="3.1", quote="a capacity reserve of approximately 1Ah per 100Ah battery capacity is left in the "
                                          "battery", conf=DERIVED,
              comment="001 does not name the disconnect cell voltage; the domain file assigns the 1 % to 2.6 V.")],
           rel="APPROXIMATELY", xtype="ReserveFact", kids=[Q("cellVoltage", 2.6, "V")]),
    ]
    safety = [("Do not open the lithium battery.", "Do not open the lithium battery."),
              ("Do not discharge a new lithium battery before it has been fully charged first.",
               "Do not discharge a new lithium battery before it has been fully charged first."),
              ("Charge a lithium battery only within the specified limits.",
               "Charge a lithium battery only within the specified limits."),
              ("Do not mount the lithium battery upside down or on its sides.",
               "Do not mount the lithium battery upside down or on its sides."),
              ("Check if the lithium battery has been damaged during transport.",
               "Check if the lithium battery has been damaged during transport.")]
    body["recommendations"] = [TF("recommendations", t, S("001", section="1", quote=q)) for t, q in safety]
    body["notes"] = []
    if row in ("12,8/200", "25,6/200"):
        body["notes"].append(TF("notes", "After a low cell voltage shutdown a residual current of just 10 mA can damage a "
                                         "200 Ah battery if the system is left discharged for more than 8 days.",
                                S("001", section="3.1", quote="a residual current of just 10mA can damage a 200Ah battery if "
                                                              "the system is left discharged for more than 8 days")))
    srcs = [S(BW, section=TABLE, table=TABLE, row=row, quote=row,
              comment="The domain file takes this table from Victron's technical data page.")]
    return product("LithiumBatteryModel", pid, name, "LITHIUM_BATTERY", srcs, body)


def batteries(product):
    return [battery(product, *m) for m in MODELS]


OCV = [(0, 2.010), (0.0033, 2.418), (0.0117, 2.741), (0.0267, 2.930), (0.0534, 3.087), (0.0885, 3.194), (0.2972, 3.277),
       (0.9833, 3.351), (0.9950, 3.418), (1.0, 3.598)]


def chemistry():
    sec = "LiFePO4 cell open-circuit voltage (generic, not Victron-specific)"
    return N("chemistries", {"id": "lifepo4", "name": "LiFePO4"}, [
        S(BW, section=sec),
        QF("nominalCellVoltage", 3.2, "V", S(BW, section=TABLE, quote="12.8 V = 4 LiFePO4 cells in series", conf=DERIVED,
                                             comment="12.8 V / 4 cells.")),
        fact("ocvCurve", "OcvCurveFact", S(BW, section=sec, quote="Pseudo-OCV at C/32 of an LFP cell (APR18650M1B, IEEE TIM 2025):"),
             {"conditions": "pseudo-OCV at C/32 of an LFP cell (APR18650M1B, IEEE TIM 2025); generic, not Victron-specific"},
             [N("points", {"stateOfCharge": soc, "voltage": ocv}) for soc, ocv in OCV]),
    ])


def wiring_reference():
    sec = "Cables, voltage drop and fuses"
    w = lambda q, **kw: S(BW, section=sec, quote=q, **kw)
    amp = [(10, 1.5), (20, 2.5), (30, 6), (50, 10), (70, 16), (100, 25), (150, 35), (200, 50), (300, 70)]
    return N("wiringReferences", {"id": "wiring-reference", "name": "Cables, voltage drop and fuses"}, [
        QF("conductorResistivity", 0.0172, "ohm.mm2/m", w("(0.0172 Ω·mm²/m;"),
           alts=QF("alternatives", 1.68e-8, "ohm.m", w("Copper resistivity 1.68e-8 Ω·m at 20 °C")),
           rule=ruling("The file gives 1.68e-8 Ω·m and, in brackets, 0.0172 Ω·mm²/m (= 1.72e-8 Ω·m); the two differ by "
                       "2.4 %. The higher value gives the larger, safe-side voltage drop.", "CONSERVATIVE",
                       "ENGINEERING_JUDGEMENT", decided_by="catalog bundle (catalog-src/batteries.py)"),
           comment="At 20 °C."),
        QF("conductorConductivity", 56, "m/(ohm.mm2)", w("marine practice uses conductivity 56 m/(Ω·mm²)")),
        QF("resistanceTemperatureCoefficient", 0.393, "%/K", w("temperature coefficient about 0.393 %/°C"),
           rel="APPROXIMATELY"),
        [fact("ampacity", "AmpacityFact",
              w("%d A %s mm²" % (a, ("%g" % x))), {"conditions": "single-core flexible cable in free air up to 30 °C"},
              [Q("crossSection", x, "mm2"), Q("current", a, "A")]) for a, x in amp],
        RF("bundlingDerating", w("derate 20–30 % when bundled"), "%", 20, 30),
        [QF("voltageDropLimits", p, "%", w(q), xtype="VoltageDropLimitFact", rel="AT_MOST",
            extra={"context": ctx}, kids=[Q("systemVoltage", sv, "V")] if sv else [])
         for p, ctx, sv, q in ((3, "ISO 13297, safety-critical circuits", None, "ISO 13297 3 % for safety-critical circuits"),
                               (10, "ISO 13297, other circuits", None, "10 % for others"),
                               (2, "common design rule", 12, "2 % at 12 V"),
                               (4, "common design rule", 24, "4 % at 24 V"),
                               (5, "common design rule", 48, "5 % at 48 V"))],
        QF("fuseMinimumOfDeviceCurrent", 125, "%", w("A fuse protects the cable: rating ≤ cable ampacity and ≥ 125 % of the "
                                                     "device current.")),
        [fact("systemVoltageGuides", "SystemVoltageGuideFact", w(q), None,
              [Q("systemVoltage", sv, "V"), Q("maxInverterPower", p, "VA") if p else None])
         for sv, p, q in ((12, 3000, "prefer 12 V up to 3000 VA of inverter"), (24, 5000, "24 V up to 5000 VA"),
                          (48, None, "48 V above"))],
    ], xtype=None)
