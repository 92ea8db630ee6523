"""Devices that 001 Appendix A and the system examples (001 §3.3) name, with how their remote on/off input is
driven; the accessory cables; the fuses.

Terminal sets: the terminals the sources name (remote on/off inputs, VE.Direct for the cables that plug into it)
are STATED; the power terminals that follow from what the device is (an inverter has DC in and AC out, a charger a
DC output) are DERIVED and say so. Terminals the seeds do not support at all (VE.Direct on a SmartShunt, a GND
wire of a Cyrix) are left out.
"""
from xmi import (N, S, Q, QF, BF, TF, QSF, OSF, ART, fact, connector, terminal, output, remote_input, route, values,
                 wire_connection, number_setting, ref_terminal, ref_variant, ref_wire, DERIVED)

P12, PCL = "smart-bms-12-200", "smart-bms-cl-12-100"
URL_MP = ("https://www.victronenergy.com/upload/documents/"
          "Manual-Connecting-other-lithium-battery-systems-to-Multiplus-and-Quattros-EN.pdf")


def A(item, quote=None, **kw):
    """001 Appendix A, item 1..6."""
    return S("001", section="Appendix A item %s" % item, quote=quote, **kw)


def s1(section, quote=None, **kw):
    return S("001", section=section, quote=quote, **kw)


def derived(src_doc, section, quote, why):
    return S(src_doc, section=section, quote=quote, conf=DERIVED, comment=why)


# ----------------------------------------------------------------------------------------------- terminal kits
def dc_pair(srcs, prefix="dc", label_plus="DC+", label_minus="DC-", direction="INPUT"):
    return [terminal("%s-plus" % prefix, "DC_POSITIVE", srcs, label=label_plus, direction=direction),
            terminal("%s-minus" % prefix, "DC_NEGATIVE", srcs, label=label_minus, direction=direction)]


def pv_pair(srcs):
    return [terminal("pv-plus", "PV_POSITIVE", srcs, label="PV+", direction="INPUT"),
            terminal("pv-minus", "PV_NEGATIVE", srcs, label="PV-", direction="INPUT")]


def remote(tid, kind, srcs, label, activation, group=None, comment=None, connector_fact=None):
    return terminal(tid, kind, srcs, label=label, direction="INPUT", group=group, conn=connector_fact,
                    remote=remote_input(activation), comment=comment)


def high_means_on(item, why="Directly driven by a BMS output that is high when allowed and free floating when not "
                            "(001 §3.2.1, §3.2.3): the input switches on when pulled high."):
    return derived("001", "Appendix A item %s" % item, None, why)


LOW_MEANS_ON = ("Driven through the inverting remote on-off cable, which 001 §3.2.1 names for inputs that switch on "
                "when pulled low (to battery minus) and off when left free floating.")


# ----------------------------------------------------------------------------------------------- inverters
def inverters(product):
    out = []
    inv_dc = lambda pid, item: derived("001", "Appendix A item %s" % item, None,
                                       "An inverter has a DC input and an AC output; terminals not described in the seeds.")
    # Phoenix Inverter VE.Direct
    pid = "phoenix-ve-direct"
    q1 = ("All Phoenix inverters VE.Direct and Phoenix Inverters Smart. Connect the Load disconnect output of the BMS to "
          "terminal H of the 2-pole connector of the inverter.")
    out.append(product("DeviceType", pid, "Phoenix Inverter VE.Direct", "INVERTER", A(1, "All Phoenix inverters VE.Direct"), dict(
        family="phoenix-inverter", roles=["LOAD", "CONVERTER"],
        terminals=dc_pair(inv_dc(pid, 1)) + [
            terminal("ac-out", "AC_OUTPUT", inv_dc(pid, 1), label="AC out", direction="OUTPUT"),
            terminal("ve-direct", "VE_DIRECT", derived("001", "Appendix A item 1", "All Phoenix inverters VE.Direct",
                                                        "VE.Direct port from the product name."),
                     label="VE.Direct", direction="BIDIRECTIONAL"),
            remote("remote-h", "REMOTE_ON_OFF_INPUT", [A(1, "terminal H of the 2-pole connector of the inverter"), high_means_on(1)],
                   "H", "PULLED_HIGH", group="2-pole connector")],
        remoteControlRoutes=[route(A(1, q1), "DIRECT", ["LOAD_DISCONNECT"], [ref_terminal(pid, "remote-h")],
                                   "terminal H of the 2-pole connector", bms=[P12])])))
    # Phoenix Inverter Smart
    pid = "phoenix-smart"
    out.append(product("DeviceType", pid, "Phoenix Inverter Smart", "INVERTER", A(1, "Phoenix Inverters Smart"), dict(
        family="phoenix-inverter", roles=["LOAD", "CONVERTER"],
        terminals=dc_pair(inv_dc(pid, 1)) + [
            terminal("ac-out", "AC_OUTPUT", inv_dc(pid, 1), label="AC out", direction="OUTPUT"),
            remote("remote-h", "REMOTE_ON_OFF_INPUT", [A(1, "terminal H of the 2-pole connector of the inverter"), high_means_on(1)],
                   "H", "PULLED_HIGH", group="2-pole connector")],
        remoteControlRoutes=[route(A(1, q1), "DIRECT", ["LOAD_DISCONNECT"], [ref_terminal(pid, "remote-h")],
                                   "terminal H of the 2-pole connector", bms=[P12])])))
    # Phoenix VE.Bus inverters and VE.Bus Inverter Compact >= 1200 VA
    pid = "phoenix-ve-bus"
    q2 = "Phoenix VE.Bus inverters and VE.Bus Inverter Compact rated at 1200VA or more"
    out.append(product("DeviceType", pid, "Phoenix VE.Bus inverter", "INVERTER", A(2, q2), dict(
        family="phoenix-inverter", roles=["LOAD", "CONVERTER"],
        variants=[N("variants", {"id": "phoenix-ve-bus", "name": "Phoenix VE.Bus inverter"}, A(2, "Phoenix VE.Bus inverters")),
                  N("variants", {"id": "inverter-compact-ve-bus", "name": "VE.Bus Inverter Compact"},
                    A(2, "VE.Bus Inverter Compact"))],
        terminals=dc_pair(inv_dc(pid, 2)) + [
            terminal("ac-out", "AC_OUTPUT", inv_dc(pid, 2), label="AC out", direction="OUTPUT"),
            terminal("ve-bus", "VE_BUS", derived("001", "Appendix A item 2", "Phoenix VE.Bus inverters",
                                                  "VE.Bus port from the product name."), label="VE.Bus",
                     direction="BIDIRECTIONAL"),
            remote("remote-on-off", "REMOTE_ON_OFF_INPUT", [A(2, "Loads for which an inverting remote on-off cable is needed"),
                                                            derived("001", "3.2.1", None, LOW_MEANS_ON)],
                   "remote on/off", "PULLED_LOW", comment="Terminal labels not in the seeds.")],
        remoteControlRoutes=[route(A(2, "Loads for which an inverting remote on-off cable is needed (article number "
                                        "ASS030550100 or -120)"),
                                   "INTERFACE_CABLE", ["LOAD_DISCONNECT"], [ref_terminal(pid, "remote-on-off")],
                                   cable="inverting-remote-cable", condition="rated at 1200 VA or more", bms=[P12],
                                   comment="VE.Bus inverters below 1200 VA are not covered by Appendix A.")],
        notes=[TF("notes", "Appendix A covers the models rated at 1200 VA or more.", A(2, q2))])))
    return out


# ----------------------------------------------------------------------------------------------- DC-DC, protect, Cyrix
def load_switches(product):
    out = []
    q1 = ("All Tr type DC-DC converters with remote on/off connector and Orion 12/24-20. Connect the Load disconnect "
          "output of the BMS to the right hand terminal of the 2-pole connector.")
    dcdc_why = "A DC-DC converter has an input and an output side; terminals not described in the seeds."
    for pid, name, srcq in (("tr-dc-dc", "Tr DC-DC converter with remote on/off connector",
                             "All Tr type DC-DC converters with remote on/off connector"),
                            ("orion-12-24-20", "Orion 12/24-20", "Orion 12/24-20")):
        d = derived("001", "Appendix A item 1", None, dcdc_why)
        out.append(product("DeviceType", pid, name, "DC_DC_CONVERTER", A(1, srcq), dict(
            roles=["LOAD", "CONVERTER"],
            terminals=dc_pair(d, "in", "input +", "input -", "INPUT") + dc_pair(d, "out", "output +", "output -", "OUTPUT") + [
                remote("remote-right", "REMOTE_ON_OFF_INPUT",
                       [A(1, "the right hand terminal of the 2-pole connector"), high_means_on(1)],
                       "right-hand terminal", "PULLED_HIGH", group="2-pole connector",
                       comment="Only the right-hand terminal of the 2-pole connector is named.")],
            remoteControlRoutes=[route(A(1, q1), "DIRECT", ["LOAD_DISCONNECT"], [ref_terminal(pid, "remote-right")],
                                       "the right hand terminal of the 2-pole connector", bms=[P12])],
            notes=[TF("notes", "Input and output voltages are not stated in the seeds (Victron's '12/24-20' naming is "
                               "not explained there).", A(1, "Orion 12/24-20", conf=DERIVED))] if pid == "orion-12-24-20" else [])))

    # BatteryProtect
    bp_why = ("A BatteryProtect switches the load supply between IN and OUT (named for the Smart BatteryProtect in "
              "001 §3.3 and domain/batteries-and-wiring.md); terminals of this model not described in the seeds.")
    pid = "batteryprotect"
    d = derived("001", "3.2.2", "A BatteryProtect will disconnect the load", bp_why)
    out.append(product("DeviceType", pid, "BatteryProtect", "BATTERY_PROTECT",
                       [s1("3.2.2", "Controlling DC loads with a BatteryProtect"), A(1, "BatteryProtect and Smart BatteryProtect")],
                       dict(roles=["SWITCH", "PROTECTION"],
                            terminals=[terminal("in", "DC_POSITIVE", d, label="IN", direction="INPUT"),
                                       terminal("out", "DC_POSITIVE", d, label="OUT", direction="OUTPUT"),
                                       terminal("gnd", "GROUND", d, label="GND", direction="INPUT"),
                                       remote("remote-2-1", "REMOTE_ON_OFF_INPUT",
                                              [A(1, "terminal 2.1 (right hand terminal) for the BatteryProtect"), high_means_on(1)],
                                              "2.1 (right-hand terminal)", "PULLED_HIGH",
                                              comment="001 §3.2.2 says a BatteryProtect disconnects the load when the "
                                                      "remote terminal is 'pulled low', yet Appendix A drives it directly "
                                                      "from the high/free-floating Load disconnect output. Polarity taken "
                                                      "from Appendix A: on when pulled high, off when free floating.")],
                            remoteControlRoutes=[
                                route([A(1, "Connect the Load disconnect output of the BMS to terminal 2.1 (right hand terminal) "
                                            "for the BatteryProtect"),
                                       S("003", section="Load Disconnect output",
                                         quote="The Load output can be used to control the remote on/off input of a Battery Protect")],
                                      "DIRECT", ["LOAD_DISCONNECT"],
                                      [ref_terminal(pid, "remote-2-1")], "terminal 2.1 (right hand terminal)",
                                      bms=[P12, PCL]),
                                route([s1("2.2", "The Charge disconnect output can be used to control the remote on/off "
                                                 "port of a charger, such as the Phoenix Smart Charger IP43, a "
                                                 "Cyrix-Li-Charge relay, a Cyrix-Li-ct Battery Combiner or a BatteryProtect.")],
                                      "DIRECT", ["CHARGE_DISCONNECT"], [ref_terminal(pid, "remote-2-1")],
                                      "terminal 2.1 (right hand terminal)", condition="when the BatteryProtect switches a charger",
                                      bms=[P12], comment="Terminal from Appendix A item 1.")],
                            notes=[TF("notes", "A BatteryProtect disconnects the load when the input voltage (= battery "
                                                "voltage) has fallen below a preset value (adjustable in the BatteryProtect) "
                                                "or when the remote on/off terminal is pulled low.",
                                      [s1("3.2.2", "The input voltage (= battery voltage) has fallen below a preset value "
                                                   "(adjustable in BatteryProtect) or when"),
                                       s1("3.2.2", "the remote on/off terminal is pulled low.")],
                                      comment="'Pulled low' contradicts the direct drive from Load disconnect in Appendix A "
                                              "item 1; see the comment of terminal remote-2-1.")])))
    # Smart BatteryProtect
    pid = "smart-batteryprotect"
    sbp = [S("001", section="3.3", quote="The Load disconnect port of the BMS switches off the OUT port of the BatteryProtect"),
           S("batteries-and-wiring", section="Cables, voltage drop and fuses", quote="current IN → OUT only")]
    out.append(product("DeviceType", pid, "Smart BatteryProtect", "BATTERY_PROTECT",
                       [A(1, "BatteryProtect and Smart BatteryProtect"),
                        S("instant-readout", section="Test vectors", quote="Smart BatteryProtect 12/24V-65A",
                          comment="Variant and its ProductId (0xA3B0 = 41904) from a decoded advertisement.")],
                       dict(roles=["SWITCH", "PROTECTION"],
                            variants=[N("variants", {"id": "12-24v-65a", "name": "Smart BatteryProtect 12/24V-65A"},
                                        [S("instant-readout", section="Test vectors", quote="Smart BatteryProtect 12/24V-65A"),
                                         values("productIds", [41904])])],
                            terminals=[terminal("in", "DC_POSITIVE", sbp, label="IN", direction="INPUT",
                                                comment="Current flows IN to OUT only."),
                                       terminal("out", "DC_POSITIVE", sbp, label="OUT", direction="OUTPUT"),
                                       terminal("gnd", "GROUND",
                                                S("batteries-and-wiring", section="Cables, voltage drop and fuses",
                                                  quote="GND wire 1.5 mm² with 300 mA fuse"), label="GND", direction="INPUT"),
                                       remote("remote-h", "REMOTE_ON_OFF_INPUT",
                                              [A(1, "H pin of the 2-pole connector for the Smart BatteryProtect"), high_means_on(1)],
                                              "H", "PULLED_HIGH", group="2-pole connector")],
                            remoteControlRoutes=[
                                route([A(1, "H pin of the 2-pole connector for the Smart BatteryProtect"),
                                       S("001", section="3.3", quote="A Smart BatteryProtect controls DC loads.")],
                                      "DIRECT", ["LOAD_DISCONNECT"], [ref_terminal(pid, "remote-h")],
                                      "H pin of the 2-pole connector", bms=[P12]),
                                route(S("001", section="2.2", quote="or a BatteryProtect", conf=DERIVED,
                                        comment="001 §2.2 names 'a BatteryProtect' for the Charge disconnect output; "
                                                "assumed to hold for the Smart BatteryProtect too."),
                                      "DIRECT", ["CHARGE_DISCONNECT"], [ref_terminal(pid, "remote-h")],
                                      "H pin of the 2-pole connector", condition="when the BatteryProtect switches a charger",
                                      bms=[P12])],
                            recommendations=[
                                TF("recommendations", "Install the Smart BatteryProtect within 50 cm of the battery.",
                                   S("batteries-and-wiring", section="Cables, voltage drop and fuses",
                                     quote="Smart BatteryProtect: within 50 cm of the battery")),
                                TF("recommendations", "GND wire 1.5 mm² with a 300 mA fuse.",
                                   S("batteries-and-wiring", section="Cables, voltage drop and fuses",
                                     quote="GND wire 1.5 mm² with 300 mA fuse"))])))
    # Cyrix-Li-Load
    pid = "cyrix-li-load"
    cy = lambda item, q: derived("001", "Appendix A item %s" % item if item else "3.2.3", q,
                                 "A Cyrix relay connects two DC sides; terminals not described in the seeds.")
    out.append(product("DeviceType", pid, "Cyrix-Li-Load", "SWITCH", A(1, "Cyrix-Li-Load"), dict(
        roles=["SWITCH", "PROTECTION"],
        terminals=[terminal("battery-side", "DC_POSITIVE", cy(1, "Cyrix-Li-Load"), label="battery side", direction="INPUT"),
                   terminal("load-side", "DC_POSITIVE", cy(1, "Cyrix-Li-Load"), label="load side", direction="OUTPUT"),
                   remote("control", "REMOTE_ON_OFF_INPUT", [A(1, "the control input of the Cyrix"), high_means_on(1)],
                          "control input", "PULLED_HIGH")],
        remoteControlRoutes=[route(A(1, "Connect the Load disconnect output of the BMS to the control input of the Cyrix."),
                                   "DIRECT", ["LOAD_DISCONNECT"], [ref_terminal(pid, "control")],
                                   "the control input of the Cyrix", bms=[P12])])))
    # Cyrix-Li-Charge
    pid = "cyrix-li-charge"
    q = ("The Cyrix-Li-Charge is a unidirectional combiner that inserts in between a battery charger and the lithium "
         "battery. It will engage only when charge voltage from a battery charger is present on its charge-side terminal. "
         "A control terminal connects to the Charge disconnect of the Smart BMS.")
    out.append(product("DeviceType", pid, "Cyrix-Li-Charge", "BATTERY_COMBINER", s1("3.2.3", q), dict(
        roles=["COMBINER", "SWITCH"],
        terminals=[terminal("charger-side", "DC_POSITIVE", s1("3.2.3", "its charge-side terminal"),
                            label="charge-side terminal", direction="INPUT"),
                   terminal("battery-side", "DC_POSITIVE", s1("3.2.3", "inserts in between a battery charger and the "
                                                                       "lithium battery", conf=DERIVED),
                            label="battery side", direction="OUTPUT"),
                   remote("control", "REMOTE_ON_OFF_INPUT",
                          [s1("3.2.3", "A control terminal connects to the Charge disconnect of the Smart BMS."),
                           high_means_on(5)], "control terminal", "PULLED_HIGH")],
        remoteControlRoutes=[route([s1("3.2.3", "A control terminal connects to the Charge disconnect of the Smart BMS."),
                                    s1("2.2", "a Cyrix-Li-Charge relay"),
                                    S("003", section="Charge disconnect output", quote="a Cyrix-Li-Charge relay")],
                                   "DIRECT", ["CHARGE_DISCONNECT"], [ref_terminal(pid, "control")],
                                   "control terminal", bms=[P12, PCL])],
        notes=[TF("notes", "Unidirectional: engages only when charge voltage from a battery charger is present on its "
                           "charge-side terminal.", s1("3.2.3", "It will engage only when charge voltage from a battery "
                                                                "charger is present on its charge-side terminal."))])))
    # Cyrix-Li-ct
    pid = "cyrix-li-ct"
    out.append(product("DeviceType", pid, "Cyrix-Li-ct Battery Combiner", "BATTERY_COMBINER",
                       [s1("2.2", "a Cyrix-Li-ct Battery Combiner"), S("003", section="Charge disconnect output",
                                                                       quote="a Cyrix-Li-ct Battery Combiner")], dict(
        roles=["COMBINER", "SWITCH"],
        terminals=[terminal("side-a", "DC_POSITIVE", cy(None, "Cyrix-Li-ct Battery Combiner"), label="battery side 1",
                            direction="BIDIRECTIONAL"),
                   terminal("side-b", "DC_POSITIVE", cy(None, "Cyrix-Li-ct Battery Combiner"), label="battery side 2",
                            direction="BIDIRECTIONAL"),
                   remote("control", "REMOTE_ON_OFF_INPUT",
                          [s1("2.2", "The Charge disconnect output can be used to control the remote on/off port of a "
                                     "charger"), high_means_on(5)], "remote on/off", "PULLED_HIGH")],
        remoteControlRoutes=[route([s1("2.2", "a Cyrix-Li-ct Battery Combiner"),
                                    S("003", section="Charge disconnect output", quote="a Cyrix-Li-ct Battery Combiner")],
                                   "DIRECT", ["CHARGE_DISCONNECT"], [ref_terminal(pid, "control")], bms=[P12, PCL])])))
    return out


# ----------------------------------------------------------------------------------------------- solar chargers
def mppts(product):
    out = []
    mw = lambda item: derived("001", "Appendix A item %s" % item, None,
                              "A solar charger has PV inputs and a battery output; terminals not described in the seeds.")
    pid = "bluesolar-mppt-150-70-150-80-can"
    out.append(product("DeviceType", pid, "BlueSolar MPPT 150/70 and 150/80 CAN-bus", "SOLAR_CHARGER",
                       A(3, "BlueSolar MPPT 150/70 and 150/80 CAN-bus"), dict(
        family="bluesolar-mppt", roles=["CHARGER"],
        variants=[N("variants", {"id": "150-70", "name": "150/70 CAN-bus"}, A(3, "BlueSolar MPPT 150/70")),
                  N("variants", {"id": "150-80", "name": "150/80 CAN-bus"}, A(3, "150/80 CAN-bus"))],
        terminals=pv_pair(mw(3)) + dc_pair(mw(3), "battery", "battery +", "battery -", "OUTPUT") + [
            terminal("ve-can", "VE_CAN", derived("001", "Appendix A item 3", "CAN-bus", "VE.Can port from 'CAN-bus' in the name."),
                     label="VE.Can", direction="BIDIRECTIONAL"),
            remote("remote-b-plus", "REMOTE_ON_OFF_INPUT",
                   [A(3, "the left hand terminal of the 2-pole connector (B+)"), high_means_on(3)],
                   "left-hand terminal (B+)", "PULLED_HIGH", group="2-pole connector")],
        remoteControlRoutes=[route(A(3, "Connect the Charge disconnect output of the BMS to the left hand terminal of the "
                                        "2-pole connector (B+)."), "DIRECT", ["CHARGE_DISCONNECT"],
                                   [ref_terminal(pid, "remote-b-plus")], "the left hand terminal of the 2-pole connector (B+)",
                                   bms=[P12])])))
    pid = "smartsolar-mppt-150-45-up"
    out.append(product("DeviceType", pid, "SmartSolar MPPT 150/45 and higher, 250/60 and higher", "SOLAR_CHARGER",
                       A(3, "SmartSolar MPPT 150/45 and higher, 250/60 and higher"), dict(
        family="smartsolar-mppt", roles=["CHARGER"],
        comment="'Higher' is not defined in 001; models between this range and 'up to 150/35' (e.g. 100/50) are not "
                "assigned by Appendix A.",
        variants=[N("variants", {"id": "150-45", "name": "150/45"}, A(3, "SmartSolar MPPT 150/45 and higher")),
                  N("variants", {"id": "250-60", "name": "250/60"}, A(3, "250/60 and higher"))],
        terminals=pv_pair(mw(3)) + dc_pair(mw(3), "battery", "battery +", "battery -", "OUTPUT") + [
            remote("remote-plus", "REMOTE_ON_OFF_INPUT", [A(3, "right hand terminal (marked +)"), high_means_on(3)],
                   "+ (right-hand terminal)", "PULLED_HIGH", group="2-pole connector"),
            remote("remote-h", "REMOTE_ON_OFF_INPUT", [A(3, "left hand terminal (marked H)"), high_means_on(3)],
                   "H (left-hand terminal)", "PULLED_HIGH", group="2-pole connector")],
        remoteControlRoutes=[route(A(3, "Connect the Charge disconnect output of the BMS to the right hand terminal (marked "
                                        "+) or the left hand terminal (marked H) of the 2-pole connector."),
                                   "DIRECT", ["CHARGE_DISCONNECT"],
                                   [ref_terminal(pid, "remote-plus"), ref_terminal(pid, "remote-h")],
                                   "the right hand terminal (marked +) or the left hand terminal (marked H) of the 2-pole "
                                   "connector", bms=[P12], comment="Either terminal; one wire is enough.")])))
    q4 = ("Solar charge controllers for which a VE.Direct non-inverting remote on-off cable is needed (article number "
          "ASS030550320)")
    vd = lambda item, q: derived("001", "Appendix A item %s" % item, q,
                                 "VE.Direct port: the VE.Direct non-inverting remote on-off cable plugs into it.")
    pid = "bluesolar-mppt-ve-direct"
    out.append(product("DeviceType", pid, "BlueSolar MPPT (except 150/70 and 150/80 CAN-bus)", "SOLAR_CHARGER",
                       A(4, "BlueSolar MPPT models except the BlueSolar MPPT 150/70 and 150/80 CAN-bus"), dict(
        family="bluesolar-mppt", roles=["CHARGER"],
        variants=[N("variants", {"id": "75-15", "name": "75/15"},
                    [S("instant-readout", section="Test vectors", quote="BlueSolar MPPT 75/15",
                       comment="ProductId 0xA042 = 41026 from a decoded advertisement."), values("productIds", [41026])])],
        terminals=pv_pair(mw(4)) + dc_pair(mw(4), "battery", "battery +", "battery -", "OUTPUT") + [
            terminal("ve-direct", "VE_DIRECT", vd(4, q4), label="VE.Direct", direction="BIDIRECTIONAL",
                     conn=connector(vd(4, None), "VE_DIRECT"))],
        remoteControlRoutes=[route([A(4, q4), S("001", section="3.3", quote="In the event of high cell voltage or high "
                                                                             "temperature, the Charge disconnect output will "
                                                                             "stop the MPPT from charging.", conf=DERIVED,
                                                  comment="Charge disconnect as the driving output (system example).")],
                                   "INTERFACE_CABLE", ["CHARGE_DISCONNECT"], [ref_terminal(pid, "ve-direct")],
                                   "VE.Direct port", cable="ve-direct-non-inverting-remote-cable", bms=[P12])])))
    pid = "smartsolar-mppt-up-to-150-35"
    out.append(product("DeviceType", pid, "SmartSolar MPPT up to 150/35", "SOLAR_CHARGER",
                       [A(4, "SmartSolar MPPT up to 150/35"),
                        S("001", section="3.3", quote="A SmartSolar MPPT 75/15 connected directly to the lithium battery "
                                                      "is controlled by the BMS via a VE.Direct non-inverting remote on/off cable.")],
                       dict(
        family="smartsolar-mppt", roles=["CHARGER"],
        variants=[N("variants", {"id": "75-15", "name": "75/15"},
                    S("001", section="3.3", quote="A SmartSolar MPPT 75/15")),
                  N("variants", {"id": "150-35", "name": "150/35"}, A(4, "SmartSolar MPPT up to 150/35"))],
        terminals=pv_pair(mw(4)) + dc_pair([mw(4), S("001", section="3.3", quote="connected directly to the lithium battery")],
                                           "battery", "battery +", "battery -", "OUTPUT") + [
            terminal("ve-direct", "VE_DIRECT", vd(4, q4), label="VE.Direct", direction="BIDIRECTIONAL",
                     conn=connector(vd(4, None), "VE_DIRECT"))],
        remoteControlRoutes=[route([A(4, q4),
                                    S("001", section="3.3", quote="In the event of high cell voltage or high temperature, "
                                                                  "the Charge disconnect output will stop the MPPT from charging.")],
                                   "INTERFACE_CABLE", ["CHARGE_DISCONNECT"], [ref_terminal(pid, "ve-direct")],
                                   "VE.Direct port", cable="ve-direct-non-inverting-remote-cable", bms=[P12])])))
    return out


# ----------------------------------------------------------------------------------------------- MultiPlus
def multiplus(product):
    out = []
    q6 = ("If these MultiPlus models are not connected directly to the System+ port, they can also be controlled from the "
          "Load disconnect and Charge disconnect outputs by using the Smart BMS CL 12-100 to MultiPlus cable (article "
          "number ASS070200100). This cable must be wired to the remote on/off connector of the MultiPlus.")
    all_high = A(6, "Both, the Load disconnect and Charge disconnect outputs of the BMS, must be in 'High' state in order "
                    "for the MultiPlus to operate.")
    reset_note = lambda: TF("notes", "After shutdown due to low battery voltage, run the alternator or use a battery charger "
                                     "on the primary side of the BMS to reset the system. The MultiPlus will then switch on "
                                     "and start charging (if connected to an AC power source).",
                            A(6, "After shutdown due to low battery voltage, run the alternator or use a battery charger on "
                                 "the primary side of the BMS to reset the system."))
    mp_dc = lambda: derived("001", "3.3", "a Multi is connected directly to the System+ port",
                            "DC terminals of the inverter/charger; not described in the seeds.")
    mp_ac = lambda: derived("001", "Appendix A item 6", "(if connected to an AC power source)",
                            "AC input and output of an inverter/charger; not described in the seeds.")
    mp_vebus = lambda: derived("002", "Comparison overview", "VE.Bus communication with inverter/charger(s) and a GX device.",
                               "Inverter/chargers talk VE.Bus (002, Data communication row of the VE.Bus BMS V2).")

    def mp_terms(remote_terms):
        return dc_pair(mp_dc(), direction="BIDIRECTIONAL") + [
            terminal("ac-in", "AC_INPUT", mp_ac(), label="AC in", direction="INPUT"),
            terminal("ac-out", "AC_OUTPUT", mp_ac(), label="AC out", direction="OUTPUT"),
            terminal("ve-bus", "VE_BUS", mp_vebus(), label="VE.Bus", direction="BIDIRECTIONAL")] + remote_terms

    def system_port_route(srcs, variants=()):
        return route(srcs, "POWER_PORT", port="SYSTEM_POSITIVE", variants=variants, bms=[P12],
                     comment="Connected to System+, the BMS switches the MultiPlus off with the port; no signal wiring "
                             "needed.")

    def cable_route(pid, wires):
        return route([A(6, q6), all_high], "INTERFACE_CABLE", ["LOAD_DISCONNECT", "CHARGE_DISCONNECT"],
                     [ref_terminal(pid, t) for t, _, _ in wires], "remote on/off connector of the MultiPlus",
                     cable="cl-12-100-to-multiplus-cable", all_high=True,
                     condition="when not connected directly to the System+ port",
                     wires=[wire_connection(ref_wire("cl-12-100-to-multiplus-cable", w), ref_terminal(pid, t), desc)
                            for t, w, desc in wires],
                     bms=[P12, PCL],
                     comment="Documented in the Smart BMS 12-200 manual; the cable is named after the Smart BMS CL 12/100.")

    rem = lambda tid, label, q: remote(tid, "REMOTE_ON_OFF_INPUT", A(6, q), label, "UNSPECIFIED",
                                       group="remote on/off connector",
                                       comment="Driven by the CL 12-100 to MultiPlus cable; input polarity not stated.")
    fam = A(6, "MultiPlus 500VA – 1600VA & MultiPlus Compact 800VA – 2kVA")
    # 500-1200 VA
    pid = "multiplus-500-1200va"
    w = [("remote-on", "black", "ON terminal"), ("remote-plus", "red", "(+) terminal")]
    out.append(product("DeviceType", pid, "MultiPlus 500VA-1200VA", "INVERTER_CHARGER",
                       [fam, A(6, "When used with the MultiPlus 500VA-1200VA models")], dict(
        family="multiplus", roles=["LOAD", "CHARGER", "CONVERTER"],
        terminals=mp_terms([rem("remote-on", "ON", "connect the black wire to the ON terminal"),
                            rem("remote-plus", "(+)", "the red wire to the (+) terminal")]),
        remoteControlRoutes=[system_port_route([A(6, q6), S("001", section="3.3", quote="Another example where a Multi is "
                                                                                        "connected directly to the System+ port")]),
                             cable_route(pid, w)],
        notes=[reset_note()])))
    # 1600 VA
    pid = "multiplus-1600va"
    w = [("remote-left", "black", "left terminal"), ("remote-right", "red", "right terminal")]
    out.append(product("DeviceType", pid, "MultiPlus 1600VA", "INVERTER_CHARGER",
                       [fam, A(6, "When used with the MultiPlus 1600VA model")], dict(
        family="multiplus", roles=["LOAD", "CHARGER", "CONVERTER"],
        terminals=mp_terms([rem("remote-left", "left terminal", "connect the black wire to the left terminal"),
                            rem("remote-right", "right terminal", "the red wire to the right terminal")]),
        remoteControlRoutes=[system_port_route([A(6, q6)]), cable_route(pid, w)],
        notes=[reset_note()])))
    # Compact 800 VA - 2 kVA
    pid = "multiplus-compact"
    w = [("remote-middle", "black", "middle terminal"), ("remote-in", "red", "right (IN) terminal")]
    ex1 = S("001", section="3.3", quote="which has a MultiPlus Compact 12/2000 connected to the System+ port")
    out.append(product("DeviceType", pid, "MultiPlus Compact 800VA-2kVA", "INVERTER_CHARGER",
                       [fam, A(6, "When used with the MultiPlus Compact 800VA-2kVA models")], dict(
        family="multiplus", roles=["LOAD", "CHARGER", "CONVERTER"],
        variants=[N("variants", {"id": "12-2000", "name": "MultiPlus Compact 12/2000"},
                    [ex1, QF("nominalVoltage", 12, "V",
                             S("001", section="3.3", quote="MultiPlus Compact 12/2000 connected to the System+ port",
                               conf=DERIVED, comment="On the System+ port of the 12 V-only Smart BMS 12-200 (002)."))])],
        terminals=mp_terms([rem("remote-middle", "middle terminal", "connect the black wire to the middle terminal"),
                            rem("remote-in", "right (IN) terminal", "the red wire to the right (IN) terminal")]),
        remoteControlRoutes=[system_port_route([A(6, q6), ex1]), cable_route(pid, w)],
        notes=[reset_note(),
               TF("notes", "In case of low cell voltage the System+ port disconnects the MultiPlus and prevents the Multi "
                           "from further discharging the battery.",
                  S("001", section="3.3", quote="In case of low cell voltage the System+ port disconnects the MultiPlus "
                                                "and prevents the Multi from further discharging the battery."))])))
    # MultiPlus-II and MultiPlus 3 kVA or more
    q6b = ("The Load disconnect and Charge disconnect outputs will be wired to the MultiPlus with two inverting remote "
           "on-off cables (article number ASS030550120).")
    for pid, name, extra in (("multiplus-ii", "MultiPlus-II",
                              dict(productIds=[10112],
                                   extra_sources=[S("instant-readout", section="Test vectors", quote="MultiPlus-II, product 0x2780",
                                                    comment="ProductId 0x2780 = 10112.")])),
                             ("multiplus-3kva-up", "MultiPlus 3kVA or more", {})):
        body = dict(
            family="multiplus", roles=["LOAD", "CHARGER", "CONVERTER"],
            terminals=mp_terms([remote("remote-on-off", "REMOTE_ON_OFF_INPUT",
                                       [A(6, q6b, conf=DERIVED, comment="Input(s) and their configuration are described in "
                                                                        "the referenced PDF, which is not in the seeds."),
                                        derived("001", "3.2.1", None, LOW_MEANS_ON)],
                                       "remote on/off (see document)", "PULLED_LOW")]),
            remoteControlRoutes=[route([A(6, q6b), A(6, "please refer to the document on our website")],
                                       "INTERFACE_CABLE", ["LOAD_DISCONNECT", "CHARGE_DISCONNECT"],
                                       [ref_terminal(pid, "remote-on-off")],
                                       "as described in the referenced document", cable="inverting-remote-cable", count=2,
                                       see=URL_MP, bms=[P12],
                                       comment="One inverting cable per BMS output; the MultiPlus must be configured to "
                                               "work with the Smart BMS 12-200.")])
        srcs = [A(6, "MultiPlus-II and MultiPlus 3kVA or more")] + extra.pop("extra_sources", [])
        body.update(extra)
        out.append(product("DeviceType", pid, name, "INVERTER_CHARGER", srcs, body))
    return out


# ----------------------------------------------------------------------------------------------- chargers
def chargers(product):
    out = []
    ch = lambda item: derived("001", "Appendix A item %s" % item, None,
                              "A mains battery charger has an AC input and a DC output; terminals not described in the seeds.")

    def charger_terms(item, remote_term):
        return [terminal("ac-in", "AC_INPUT", ch(item), label="AC in", direction="INPUT")] + \
            dc_pair(ch(item), direction="OUTPUT") + [remote_term]

    pid = "phoenix-smart-ip43-charger"
    out.append(product("DeviceType", pid, "Phoenix Smart IP43 Charger", "BATTERY_CHARGER",
                       [A(5, "Phoenix Smart IP43 Chargers"), s1("2.2", "Phoenix Smart Charger IP43")], dict(
        roles=["CHARGER"], aliases=[TF("aliases", "Phoenix Smart Charger IP43", s1("2.2", "Phoenix Smart Charger IP43"))],
        terminals=charger_terms(5, remote("remote-h", "REMOTE_ON_OFF_INPUT",
                                          [A(5, "Connect the Charge disconnect output of the BMS to terminal H of the 2-pole "
                                                "connector."), high_means_on(5)],
                                          "H", "PULLED_HIGH", group="2-pole connector")),
        remoteControlRoutes=[route(A(5, "Connect the Charge disconnect output of the BMS to terminal H of the 2-pole connector."),
                                   "DIRECT", ["CHARGE_DISCONNECT"], [ref_terminal(pid, "remote-h")],
                                   "terminal H of the 2-pole connector", bms=[P12])])))
    for pid, name, srcq, cable, q in (
            ("skylla-tg", "Skylla TG battery charger", "Skylla TG battery chargers", "non-inverting-remote-cable",
             "Use a non-inverting remote on-off cable (article number ASS030550200)."),
            ("skylla-i", "Skylla-i battery charger", "Skylla-i battery chargers", "skylla-i-remote-cable",
             "Use a Skylla-i remote on-off cable (article number ASS030550400).")):
        out.append(product("DeviceType", pid, name, "BATTERY_CHARGER", A(5, srcq), dict(
            roles=["CHARGER"],
            terminals=charger_terms(5, remote("remote-on-off", "REMOTE_ON_OFF_INPUT", A(5, q, conf=DERIVED,
                                                                                      comment="Remote input implied by the "
                                                                                              "remote on-off cable."),
                                              "remote on/off", "UNSPECIFIED",
                                              comment="Terminal labels and polarity not in the seeds.")),
            remoteControlRoutes=[route(A(5, q), "INTERFACE_CABLE", ["CHARGE_DISCONNECT"],
                                       [ref_terminal(pid, "remote-on-off")], cable=cable, bms=[P12])])))
    return out


# ----------------------------------------------------------------------------------------------- monitors, GX, sources
def system_devices(product):
    out = []
    shunt_why = ("A shunt battery monitor sits in the battery minus and senses battery plus; terminals not described in "
                 "the seeds.")
    shunt_terms = lambda srcs: [
        terminal("shunt-battery-minus", "SHUNT_BATTERY_NEGATIVE", srcs, label="battery minus", direction="BIDIRECTIONAL"),
        terminal("shunt-system-minus", "SHUNT_SYSTEM_NEGATIVE", srcs, label="system minus", direction="BIDIRECTIONAL"),
        terminal("sense-plus", "VOLTAGE_SENSE", srcs, label="Vbatt+", direction="INPUT")]
    pid = "smartshunt"
    ss = S("001", section="3.3", quote="the system includes a SmartShunt to monitor the lithium battery")
    out.append(product("DeviceType", pid, "SmartShunt", "BATTERY_MONITOR",
                       [ss, S("instant-readout", section="Test vectors", quote="SmartShunt 500A/50mV, product 0xA389")], dict(
        roles=["MONITOR"],
        variants=[N("variants", {"id": "500a-50mv", "name": "SmartShunt 500A/50mV"},
                    [S("instant-readout", section="Test vectors", quote="SmartShunt 500A/50mV, product 0xA389",
                       comment="ProductId 0xA389 = 41865."), values("productIds", [41865])])],
        terminals=shunt_terms(derived("001", "3.3", "a SmartShunt to monitor the lithium battery", shunt_why)))))
    pid = "bmv"
    bq = ("this can be done with a BMV whose relay can control the remote on/off port of the BMS via an adjustable SoC "
          "value")
    out.append(product("DeviceType", pid, "BMV battery monitor", "BATTERY_MONITOR", s1("3.1", bq), dict(
        roles=["MONITOR"],
        terminals=shunt_terms(derived("001", "3.1", "a BMV", shunt_why)) + [
            terminal("relay", "RELAY_CONTACT", s1("3.1", bq), label="relay", direction="OUTPUT",
                     output=output(trigger="PROGRAMMABLE"),
                     comment="Can switch the BMS remote on/off (L-H) at an adjustable state of charge.")],
        recommendations=[TF("recommendations", "Use the BMV relay to switch the BMS remote on/off port off at a defined "
                                               "state of charge, so that the low cell voltage shutdown stays a last resort.",
                            s1("3.1", bq))])))
    pid = "gx-device"
    out.append(product("DeviceType", pid, "GX device", "GX_DEVICE",
                       S("002", section="Communication options", quote="can be used for communication or control via a GX "
                                                                        "device"), dict(
        roles=["GATEWAY"],
        terminals=[terminal("ve-bus", "VE_BUS", derived("002", "Comparison overview",
                                                         "VE.Bus communication with inverter/charger(s) and a GX device.",
                                                         "The VE.Bus BMS V2 talks VE.Bus with the GX device."),
                            label="VE.Bus", direction="BIDIRECTIONAL"),
                   terminal("ve-can", "VE_CAN", derived("002", "Comparison overview",
                                                         "VE.Can communication with a GX device",
                                                         "The Lynx Smart BMS talks VE.Can with the GX device."),
                            label="VE.Can", direction="BIDIRECTIONAL")],
        notes=[TF("notes", "Through a GX device the VE.Bus BMS V2 and the Lynx Smart BMS can control compatible "
                           "inverter/chargers and solar chargers via DVCC, without the load and charge disconnect "
                           "terminals.",
                  S("002", section="Communication options",
                    quote="can control compatible inverter/chargers and solar chargers via DVCC control without the need "
                          "to use the load and/or charger disconnect terminals."))])))
    pid = "alternator"
    alt_src = [S("000", quote="lets you safely connect any size 12 V alternator (and starter battery) through its dedicated "
                              "alternator connection")]
    out.append(product("DeviceType", pid, "Alternator (12 V)", "ALTERNATOR", alt_src, dict(
        roles=["SOURCE", "CHARGER"],
        nominalVoltages=QSF("nominalVoltages", [12], "V", alt_src),
        terminals=[terminal("b-plus", "DC_POSITIVE", derived("001", "3.4", "Connect the starter battery positive to the "
                                                                           "Alternator/Starter Bat+ terminal",
                                                             "Alternator output; it charges through the starter battery "
                                                             "positive."), label="B+", direction="OUTPUT"),
                   terminal("minus", "DC_NEGATIVE", derived("001", "3.4", None, "Alternator ground."), label="-",
                            direction="OUTPUT")],
        settings=[number_setting("max-output-current", "Maximum output current", "CHARGE_CURRENT", "DESIGN_PARAMETER", "A",
                                 s1("3.4", "Choosing the right fuse will prevent overheating of the alternator and/or DC "
                                           "cabling.", conf=DERIVED,
                                    comment="Design parameter: the fuse (and so the current limit) is chosen against the "
                                            "alternator's rating."),
                                 desc="Rated output current of the alternator, entered by the designer.")],
        notes=[TF("notes", "Most 12 V alternators will overheat and fail if running at maximum output during more than "
                           "5 minutes.",
                  [s1("2.2", "most 12V alternators will overheat and fail if running at maximum output during more than "
                             "5 minutes"),
                   S("000", section="Features", quote="most 12 V alternators will overheat and fail if running at maximum "
                                                      "output during more than 5 minutes"),
                   S("003", section="Alternator and battery protection",
                     quote="most 12V alternators will overheat and fail if running at maximum output during more than 5 minutes")])])))
    pid = "starter-battery"
    out.append(product("DeviceType", pid, "Starter battery (12 V)", "STARTER_BATTERY",
                       [s1("3.4", "Connect the starter battery positive to the Alternator/Starter Bat+ terminal"),
                        s1("3.4", "Connect the supplied GND cable to the negative of the lithium battery and the starter battery.")],
                       dict(
        roles=["STORAGE"],
        nominalVoltages=QSF("nominalVoltages", [12], "V",
                            S("000", quote="any size 12 V alternator (and starter battery)", conf=DERIVED,
                              comment="Starter battery of a 12 V alternator system.")),
        terminals=[terminal("battery-plus", "BATTERY_POSITIVE",
                            s1("3.4", "Connect the starter battery positive to the Alternator/Starter Bat+ terminal"),
                            label="+", direction="BIDIRECTIONAL"),
                   terminal("battery-minus", "BATTERY_NEGATIVE",
                            s1("3.4", "the negative of the lithium battery and the starter battery"), label="-",
                            direction="BIDIRECTIONAL")],
        notes=[TF("notes", "The Smart BMS lets charge current flow from the starter battery side only above 13 V and never "
                           "back, so the starter battery is protected from excessive discharge.",
                  S("000", quote="the starter battery is protected from excessive discharge"))])))
    return out


# ----------------------------------------------------------------------------------------------- generic load / charger
def generic(product):
    out = []
    gd = lambda: S("001", section="3.2.1", quote="DC loads", conf=DERIVED, comment="Generic device: DC supply terminals.")
    load_setting = lambda: number_setting("load-current", "Load current", "LOAD_CURRENT", "DESIGN_PARAMETER", "A",
                                          S("001", section="3.2.1", quote="DC loads", conf=DERIVED,
                                            comment="Design parameter of a generic load."),
                                          desc="Current the load draws, entered by the designer.")
    sys_load_route = lambda: route([S("000", section="Features", quote="DC loads can be connected directly to this port."),
                                    s1("2.1", "A dedicated power System+ port allows the direct connection of DC loads")],
                                   "POWER_PORT", port="SYSTEM_POSITIVE", bms=[P12])
    pid = "generic-dc-load"
    out.append(product("DeviceType", pid, "DC load (generic)", "DC_LOAD",
                       s1("3.2.1", "DC loads that are not connected to the System+ port must be switched off or "
                                   "disconnected if there is a risk of cell undervoltage"), dict(
        roles=["LOAD"], terminals=dc_pair(gd()), settings=[load_setting()],
        remoteControlRoutes=[
            sys_load_route(),
            route([s1("3.2.2", "The Smart BMS can be used to control the remote on/off terminal of a BatteryProtect."),
                   s1("2.2", "Can be used to control the remote on/off input of a BatteryProtect")],
                  "INTERMEDIATE_DEVICE", ["LOAD_DISCONNECT"], intermediate="batteryprotect", bms=[P12, PCL]),
            route(S("001", section="3.3", quote="A Smart BatteryProtect controls DC loads."), "INTERMEDIATE_DEVICE",
                  ["LOAD_DISCONNECT"], intermediate="smart-batteryprotect", bms=[P12]),
            route(A(1, "Cyrix-Li-Load", conf=DERIVED, comment="A Cyrix-Li-Load driven by Load disconnect switches the load."),
                  "INTERMEDIATE_DEVICE", ["LOAD_DISCONNECT"], intermediate="cyrix-li-load", bms=[P12])])))
    pid = "generic-dc-load-remote-high"
    q = ("DC loads with a remote on/off terminal that switches the load on when the terminal is pulled high (to battery "
         "plus) and switches it off when the terminal is left free floating can be controlled directly with the Load "
         "disconnect output.")
    out.append(product("DeviceType", pid, "DC load with remote on/off (on when pulled high)", "DC_LOAD", s1("3.2.1", q), dict(
        roles=["LOAD"], settings=[load_setting()],
        terminals=dc_pair(gd()) + [remote("remote-on-off", "REMOTE_ON_OFF_INPUT", s1("3.2.1", q), "remote on/off",
                                          "PULLED_HIGH")],
        remoteControlRoutes=[sys_load_route(),
                             route(s1("3.2.1", q), "DIRECT", ["LOAD_DISCONNECT"], [ref_terminal(pid, "remote-on-off")],
                                   bms=[P12])])))
    pid = "generic-dc-load-remote-low"
    q = ("For DC loads with a remote on/off terminal that switches the load on when the terminal is pulled low (to battery "
         "minus) and switches it off when the terminal is left free floating, the Inverting remote on-off cable can be used.")
    out.append(product("DeviceType", pid, "DC load with remote on/off (on when pulled low)", "DC_LOAD", s1("3.2.1", q), dict(
        roles=["LOAD"], settings=[load_setting()],
        terminals=dc_pair(gd()) + [remote("remote-on-off", "REMOTE_ON_OFF_INPUT", s1("3.2.1", q), "remote on/off",
                                          "PULLED_LOW")],
        remoteControlRoutes=[sys_load_route(),
                             route(s1("3.2.1", q), "INTERFACE_CABLE", ["LOAD_DISCONNECT"],
                                   [ref_terminal(pid, "remote-on-off")], cable="inverting-remote-cable", bms=[P12])])))
    gc = lambda: S("001", section="3.2.3", quote="Battery chargers", conf=DERIVED, comment="Generic device: DC output terminals.")
    chg_setting = lambda: number_setting("charge-current", "Charge current", "CHARGE_CURRENT", "DESIGN_PARAMETER", "A",
                                         S("001", section="3.2.3", quote="Battery chargers", conf=DERIVED,
                                           comment="Design parameter of a generic charger."),
                                         desc="Charge current of the charger, entered by the designer.")
    sys_chg_route = lambda: route([S("000", section="Features",
                                     quote="Can be used to either charge or discharge the lithium battery (i.e. via an "
                                           "additional charger, an inverter or inverter/charger connected directly to this "
                                           "port)"),
                                   A(5, "connect the charger to the primary side of the Smart BMS", conf=DERIVED,
                                     comment="'Primary side' is not defined in 001; read as System+, where 000 and 001 "
                                             "§2.2 allow chargers.")],
                                  "POWER_PORT", port="SYSTEM_POSITIVE", bms=[P12])
    pid = "generic-charger"
    q5 = "Other battery chargers: Use a Cyrix-Li-Charge or connect the charger to the primary side of the Smart BMS."
    out.append(product("DeviceType", pid, "Battery charger (generic)", "BATTERY_CHARGER", A(5, "Other battery chargers"), dict(
        roles=["CHARGER"], terminals=dc_pair(gc(), direction="OUTPUT"), settings=[chg_setting()],
        remoteControlRoutes=[
            sys_chg_route(),
            route([A(5, "Use a Cyrix-Li-Charge"), s1("3.2.3", "Alternatively, a Cyrix-Li-Charge can be used.")],
                  "INTERMEDIATE_DEVICE", ["CHARGE_DISCONNECT"], intermediate="cyrix-li-charge", bms=[P12])])))
    pid = "generic-charger-remote-high"
    q = ("Battery chargers with a remote on/off terminal that activates the charger when the terminal is pulled high (to "
         "battery plus) and deactivates when the terminal is left free floating can be controlled directly with the Charge "
         "disconnect output.")
    out.append(product("DeviceType", pid, "Battery charger with remote on/off (on when pulled high)", "BATTERY_CHARGER",
                       s1("3.2.3", q), dict(
        roles=["CHARGER"], settings=[chg_setting()],
        terminals=dc_pair(gc(), direction="OUTPUT") + [remote("remote-on-off", "REMOTE_ON_OFF_INPUT", s1("3.2.3", q),
                                                              "remote on/off", "PULLED_HIGH")],
        remoteControlRoutes=[sys_chg_route(),
                             route(s1("3.2.3", q), "DIRECT", ["CHARGE_DISCONNECT"], [ref_terminal(pid, "remote-on-off")],
                                   bms=[P12])])))
    # A plain relay: its coil is the inductive load the Charge disconnect output must not drive (001 §2.2); the
    # pre-alarm output may drive one (000, 001 §2.2). The contacts are what a designer switches with it.
    pid = "generic-relay"
    coil = [s1("2.2", "Note that the Charge disconnect output is not suitable to power an inductive load such as a relay coil."),
            s1("2.2", "The output may be used to drive a relay, LED or Buzzer")]
    out.append(product("DeviceType", pid, "Relay (coil and contacts, generic)", "SWITCH", coil, dict(
        roles=["SWITCH"],
        terminals=dc_pair(coil, prefix="coil", label_plus="coil +", label_minus="coil -") +
                  [terminal("contact-com", "RELAY_CONTACT", coil, label="COM", direction="PASSIVE"),
                   terminal("contact-no", "RELAY_CONTACT", coil, label="NO", direction="PASSIVE")])))
    # The Lynx Distributor: only its count under a Lynx Smart BMS is in the seeds (002, 004); the busbar
    # terminals are DERIVED so that it can be wired in a design.
    pid = "lynx-distributor"
    lynx = [S("002", section="Communication options", quote="The Lynx Smart BMS can monitor up to 4 Lynx distributor modules."),
            S("004", section="Opties voor communicatie", quote="De Lynx Smart BMS kan tot 4 Lynx distributor-modules monitoren.")]
    busbar = S("002", section="Communication options", quote="Lynx distributor modules", conf=DERIVED,
               comment="A DC distribution module on the Lynx busbars; terminals not described in the seeds.")
    out.append(product("DeviceType", pid, "Lynx Distributor", "DC_DISTRIBUTION", lynx, dict(
        roles=["PROTECTION"],
        terminals=dc_pair(busbar, prefix="busbar", label_plus="busbar +", label_minus="busbar -", direction="BIDIRECTIONAL"))))
    return out


# ----------------------------------------------------------------------------------------------- fuses
def fuses(product):
    out = []
    ft = lambda row, q: S("001", section="3.4", table="fuse table", row=row, quote=q)
    stud = lambda: connector(S("001", section="3.4", quote="Make sure the M8 nuts of the fuse are tight (mounting torque: 10 NM)."),
                             "STUD", size=8, torque=10)
    pt = lambda tid, label, srcs, conn=None: terminal(tid, "PASS_THROUGH", srcs, label=label, direction="PASSIVE", conn=conn)
    out.append(product("FuseType", "megafuse", "Megafuse", "FUSE",
                       [S("001", section="2.3", quote="Megafuse 200A pre-installed")], dict(
        fuseKind="MEGA",
        ratings=QSF("ratings", [60, 80, 100, 125, 200], "A",
                    [ft("125A", "125A 100A"), ft("60A", "60A 50A"), S("001", section="2.3", quote="Megafuse 200A pre-installed")],
                    comment="Ratings named in the seeds (single-fuse rows of the 001 §3.4 fuse table and the pre-installed "
                            "200 A), not the whole Megafuse range."),
        terminals=[pt("a", "stud 1", S("001", section="3.4", quote="M8 nuts of the fuse", conf=DERIVED), stud()),
                   pt("b", "stud 2", S("001", section="3.4", quote="M8 nuts of the fuse", conf=DERIVED), stud())])))
    out.append(product("FuseType", "ato-fuse", "ATO blade fuse", "FUSE",
                       [S("001", section="3.4", quote="an appropriate ATO fuse pair according to the table")], dict(
        fuseKind="ATO",
        ratings=QSF("ratings", [7.5, 10, 15, 20, 30], "A", [ft("2 x 30A", "2 x 30A 40A"), ft("2 x 7.5A", "2 x 7.5A 9A")],
                    comment="Ratings of the ATO pairs in the 001 §3.4 fuse table."),
        terminals=[pt("a", "blade 1", S("001", section="3.4", quote="ATO fuse", conf=DERIVED)),
                   pt("b", "blade 2", S("001", section="3.4", quote="ATO fuse", conf=DERIVED))])))
    out.append(product("DeviceType", "ato-fuse-holder", "ATO fuse holder (pair)", "FUSE_HOLDER",
                       [S("001", section="2.3", quote="ATO fuse holder with 2x 7.5A fuse"),
                        S("001", section="3.4", quote="please use the supplied ATO fuse holder with an appropriate ATO fuse "
                                                      "pair according to the table.")], dict(
        roles=["PROTECTION"],
        comment="Holds a pair of ATO fuses ('2 x' rows of the fuse table); supplied with the Smart BMS 12-200 with "
                "2 x 7.5 A fitted. Its current rating is that of the fitted pair.",
        terminals=[pt("in", "in", S("001", section="3.4", quote="ATO fuse holder", conf=DERIVED)),
                   pt("out", "out", S("001", section="3.4", quote="ATO fuse holder", conf=DERIVED))],
        includedItems=[fact("includedItems", "IncludedItemFact", S("001", section="2.3", quote="ATO fuse holder with 2x 7.5A fuse"),
                            {"quantity": 2, "description": "7.5A fuse", "product": "ato-fuse"})])))
    return out


# ----------------------------------------------------------------------------------------------- accessory cables
def accessories(product):
    out = []
    acc002 = lambda q: S("002", section="Optional accessories", quote=q)
    sig = lambda tid, kind, label, srcs, direction, out_=None, conn=None: terminal(
        tid, kind, srcs, label=label, direction=direction, output=out_, conn=conn)
    # M8 extension
    pid = "m8-extension-cable"
    m8 = lambda: connector(acc002("Pair of M8 circular connector 3 pole cables, to extend the battery BMS cables."),
                           "CIRCULAR_M8", poles=3)
    out.append(product("AccessoryCableType", pid, "M8 circular connector Male/Female 3 pole cable", "CABLE_ACCESSORY",
                       [acc002("Pair of M8 circular connector 3 pole cables, to extend the battery BMS cables."),
                        S("001", section="3.4", quote="use the M8 circular connector Male/Female 3 pole cable extensions")],
                       dict(function="BMS_CABLE_EXTENSION", piecesPerPack=2,
                            comment="No article number or length in the seeds.",
                            aliases=[TF("aliases", "Pair of M8 circular connector 3 pole cables",
                                        acc002("Pair of M8 circular connector 3 pole cables")),
                                     TF("aliases", "M8 circular connector 3 pole cable",
                                        S("002", section="Optional accessories", quote="M8 circular connector 3 pole cable"))],
                            terminals=[sig("in", "BMS_CABLE_IN", "M8 connector", S("001", section="3.4",
                                                                                   quote="M8 circular connector Male/Female 3 pole cable",
                                                                                   conf=DERIVED,
                                                                                   comment="Which end is male and which female is not stated."),
                                           "INPUT", conn=m8()),
                                       sig("out", "BMS_CABLE_OUT", "M8 connector", S("001", section="3.4",
                                                                                     quote="M8 circular connector Male/Female 3 pole cable",
                                                                                     conf=DERIVED), "OUTPUT", conn=m8())])))
    # CL 12-100 to MultiPlus
    pid = "cl-12-100-to-multiplus-cable"
    a6 = lambda q: A(6, q)
    out.append(product("AccessoryCableType", pid, "Smart BMS CL 12-100 to MultiPlus cable", "CABLE_ACCESSORY",
                       [a6("Smart BMS CL 12-100 to MultiPlus cable (article number ASS070200100)"),
                        acc002("Cable for Smart BMS CL 12/100 to MultiPlus.")], dict(
        function="BMS_TO_MULTIPLUS",
        aliases=[TF("aliases", "Cable for Smart BMS CL 12/100 to MultiPlus", acc002("Cable for Smart BMS CL 12/100 to MultiPlus."))],
        articleNumbers=[ART("ASS070200100", a6("(article number ASS070200100)"))],
        wires=[N("wires", {"id": "black", "colour": "BLACK",
                           "description": "To ON (MultiPlus 500-1200VA), left (1600VA) or middle terminal (Compact)."}),
               N("wires", {"id": "red", "colour": "RED",
                           "description": "To (+) (MultiPlus 500-1200VA), right (1600VA) or right (IN) terminal (Compact)."})],
        terminals=[sig("load-disconnect-in", "SIGNAL_INPUT", "from Load disconnect",
                       a6("they can also be controlled from the Load disconnect and Charge disconnect outputs by using "
                          "the Smart BMS CL 12-100 to MultiPlus cable"), "INPUT"),
                   sig("charge-disconnect-in", "SIGNAL_INPUT", "from Charge disconnect",
                       a6("they can also be controlled from the Load disconnect and Charge disconnect outputs by using "
                          "the Smart BMS CL 12-100 to MultiPlus cable"), "INPUT"),
                   sig("black", "SIGNAL_OUTPUT", "black wire", a6("connect the black wire"), "OUTPUT"),
                   sig("red", "SIGNAL_OUTPUT", "red wire", a6("the red wire"), "OUTPUT")],
        notes=[TF("notes", "Both the Load disconnect and the Charge disconnect output must be high for the MultiPlus to "
                           "operate.", a6("Both, the Load disconnect and Charge disconnect outputs of the BMS, must be in "
                                          "'High' state in order for the MultiPlus to operate."))])))
    # VE.Direct non-inverting
    pid = "ve-direct-non-inverting-remote-cable"
    q = "VE.Direct non-inverting remote on-off cable is needed (article number ASS030550320)"
    out.append(product("AccessoryCableType", pid, "VE.Direct non-inverting remote on-off cable", "CABLE_ACCESSORY",
                       [A(4, q), acc002("VE.Direct non inverting remote on/off cable.")], dict(
        function="VE_DIRECT_NON_INVERTING_REMOTE",
        aliases=[TF("aliases", "VE.Direct non inverting remote on/off cable",
                    acc002("VE.Direct non inverting remote on/off cable."))],
        articleNumbers=[ART("ASS030550320", A(4, "(article number ASS030550320)"))],
        inverting=BF("inverting", False, A(4, "VE.Direct non-inverting remote on-off cable")),
        terminals=[sig("signal-in", "SIGNAL_INPUT", "signal in",
                       S("001", section="3.3", quote="controlled by the BMS via a VE.Direct non-inverting remote on/off cable",
                         conf=DERIVED, comment="Wire end driven by the Charge disconnect output."), "INPUT"),
                   sig("ve-direct", "VE_DIRECT", "VE.Direct plug", A(4, q, conf=DERIVED), "OUTPUT",
                       conn=connector(A(4, "VE.Direct", conf=DERIVED), "VE_DIRECT"))])))
    # inverting
    pid = "inverting-remote-cable"
    out.append(product("AccessoryCableType", pid, "Inverting remote on-off cable", "CABLE_ACCESSORY",
                       [A(2, "inverting remote on-off cable is needed (article number ASS030550100 or -120)"),
                        acc002("Inverting remote on-off cable.")], dict(
        function="INVERTING_REMOTE",
        comment="The seeds name two article numbers without saying how they differ; 001 Appendix A item 6 uses -120 for "
                "the MultiPlus-II.",
        articleNumbers=[ART("ASS030550100", A(2, "(article number ASS030550100 or -120)")),
                        ART("ASS030550120", [A(2, "(article number ASS030550100 or -120)", conf=DERIVED,
                                               comment="'-120' expanded to ASS030550120."),
                                             A(6, "(article number ASS030550120)")])],
        inverting=BF("inverting", True, A(2, "inverting remote on-off cable")),
        terminals=[sig("signal-in", "SIGNAL_INPUT", "signal in", S("001", section="3.2.1", quote="the Inverting remote "
                                                                                                   "on-off cable can be used",
                                                                     conf=DERIVED), "INPUT"),
                   sig("signal-out", "SIGNAL_OUTPUT", "signal out",
                       S("001", section="3.2.1", quote="the Inverting remote on-off cable can be used", conf=DERIVED), "OUTPUT",
                       out_=output(trigger="INVERTS_INPUT",
                                   normal=OSF("normalState", "LOW", S("001", section="3.2.1",
                                                                      quote="switches the load on when the terminal is pulled "
                                                                            "low (to battery minus)", conf=DERIVED,
                                                                      comment="Input high (BMS output normal) gives a low output.")),
                                   active=OSF("activeState", "FREE_FLOATING",
                                              S("001", section="3.2.1", quote="switches it off when the terminal is left "
                                                                              "free floating", conf=DERIVED,
                                                comment="Input free floating gives a free-floating output."))))])))
    # non-inverting
    pid = "non-inverting-remote-cable"
    out.append(product("AccessoryCableType", pid, "Non inverting remote on-off cable", "CABLE_ACCESSORY",
                       [A(5, "Use a non-inverting remote on-off cable (article number ASS030550200)."),
                        acc002("Non inverting remote on-off cable.")], dict(
        function="NON_INVERTING_REMOTE",
        articleNumbers=[ART("ASS030550200", A(5, "(article number ASS030550200)"))],
        inverting=BF("inverting", False, A(5, "non-inverting remote on-off cable")),
        terminals=[sig("signal-in", "SIGNAL_INPUT", "signal in", A(5, "non-inverting remote on-off cable", conf=DERIVED), "INPUT"),
                   sig("signal-out", "SIGNAL_OUTPUT", "signal out", A(5, "non-inverting remote on-off cable", conf=DERIVED),
                       "OUTPUT", out_=output(trigger="FOLLOWS_INPUT"))])))
    # Skylla-i
    pid = "skylla-i-remote-cable"
    out.append(product("AccessoryCableType", pid, "Skylla-i remote on-off cable", "CABLE_ACCESSORY",
                       A(5, "Use a Skylla-i remote on-off cable (article number ASS030550400)."), dict(
        function="SKYLLA_I_REMOTE",
        comment="Whether it inverts the signal is not stated.",
        articleNumbers=[ART("ASS030550400", A(5, "(article number ASS030550400)"))],
        terminals=[sig("signal-in", "SIGNAL_INPUT", "signal in", A(5, "Skylla-i remote on-off cable", conf=DERIVED), "INPUT"),
                   sig("signal-out", "SIGNAL_OUTPUT", "to Skylla-i", A(5, "Skylla-i remote on-off cable", conf=DERIVED),
                       "OUTPUT")])))
    return out


def all_devices(product):
    return (inverters(product) + load_switches(product) + mppts(product) + multiplus(product) + chargers(product) +
            system_devices(product) + generic(product) + fuses(product) + accessories(product))
