package io.cellwright.validation.selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.SourceRef;
import io.cellwright.model.catalog.TextFact;

/**
 * The five bullets of 002 "System design recommendations", as conditions on {@link SystemNeeds}.
 * <p>
 * The catalog holds each bullet as a sourced {@code recommendations} text of its BMS model, but the
 * kinds of system a bullet names ("without inverter/chargers", "with an alternator and DC loads …")
 * have no typed form in the catalog: this small table is that form. It is keyed by the bullet's exact
 * words, so the model comes from the catalog (the one whose 002 recommendation is that sentence) and no
 * model id is written here; a test fails when a sentence and the catalog drift apart. The system
 * voltages of each bullet ("12, 24 or 48 V", "12 V") are not repeated: they equal the comparison
 * table's "System voltage" row, which the selector reads from the catalog.
 *
 * @param sentence the bullet as 002 prints it (and the catalog quotes it)
 * @param requires what the system must have for the bullet to apply
 * @param excludes what the system must not have
 */
record SystemDesignRecommendation(String sentence, Set<Condition> requires, Set<Condition> excludes) {

    static final String DOCUMENT = "002";
    static final String SECTION = "System design recommendations";

    /** One kind of system a bullet names. */
    enum Condition {
        ALTERNATOR("an alternator", "no alternator", SystemNeeds::alternator),
        INVERTER_CHARGER("an inverter/charger", "no inverter/charger", SystemNeeds::inverterCharger),
        INVERTER_OR_INVERTER_CHARGER("an inverter or inverter/charger", "no inverter or inverter/charger", n -> n.inverter() || n.inverterCharger()),
        /** "a GX device" (VE.Bus BMS V2) and "digital integration" (Lynx Smart BMS): a GX device, or DVCC wanted. */
        GX_DEVICE("a GX device", "no GX device", SystemNeeds::digitalIntegration),
        DIGITAL_INTEGRATION("digital integration (a GX device)", "no GX device (no digital integration)", SystemNeeds::digitalIntegration),
        SAFETY_RELAY("a safety relay that disconnects DC loads and/or inverters", "no need for a safety relay that disconnects DC loads or inverters",
                SystemNeeds::safetyRelay),
        DC_LOADS("DC loads", "no DC loads", SystemNeeds::dcLoads);

        final String words;
        final String absent;
        final Predicate<SystemNeeds> test;

        Condition(String words, String absent, Predicate<SystemNeeds> test) {
            this.words = words;
            this.absent = absent;
            this.test = test;
        }
    }

    /** 002 "System design recommendations", in the order 002 lists them. */
    static final List<SystemDesignRecommendation> OF_002 = List.of(
            new SystemDesignRecommendation("The SmallBMS for 12, 24 or 48 V systems without inverter/chargers.", Set.of(),
                    Set.of(Condition.INVERTER_CHARGER)),
            new SystemDesignRecommendation("The VE.Bus BMS V2 for 12, 24 or 48 V systems with inverter/chargers and a GX device",
                    Set.of(Condition.INVERTER_CHARGER, Condition.GX_DEVICE), Set.of()),
            new SystemDesignRecommendation("The Lynx Smart BMS for 12, 24 or 48 V systems with digital integration and with the need to have a "
                    + "safety relay to disconnect DC loads and/or inverters or inverter/chargers, like is the case in yachts or recreational "
                    + "vehicles.", Set.of(Condition.DIGITAL_INTEGRATION, Condition.SAFETY_RELAY), Set.of()),
            new SystemDesignRecommendation("The Smart BMS CL 12/100 for 12 V systems with an alternator.", Set.of(Condition.ALTERNATOR), Set.of()),
            new SystemDesignRecommendation("The Smart BMS 12/200 for 12 V systems with an alternator and DC loads and an inverter or "
                    + "inverter/charger.", Set.of(Condition.ALTERNATOR, Condition.DC_LOADS, Condition.INVERTER_OR_INVERTER_CHARGER), Set.of()));

    /** The 002 system design recommendation the catalog records for {@code model}, or null. */
    static SystemDesignRecommendation of(BmsModel model) {
        for (TextFact text : model.getRecommendations()) {
            if (!isFrom002(text)) {
                continue;
            }
            for (SystemDesignRecommendation recommendation : OF_002) {
                if (recommendation.sentence.equals(text.getText())) {
                    return recommendation;
                }
            }
        }
        return null;
    }

    private static boolean isFrom002(TextFact text) {
        for (SourceRef source : text.getSources()) {
            if (source.getDocument() != null && DOCUMENT.equals(source.getDocument().getId()) && SECTION.equals(source.getSection())) {
                return true;
            }
        }
        return false;
    }

    boolean matches(SystemNeeds needs) {
        return missing(needs).isEmpty() && present(needs).isEmpty();
    }

    /** What the bullet requires and the system does not have. */
    List<Condition> missing(SystemNeeds needs) {
        return requires.stream().filter(c -> !c.test.test(needs)).sorted().toList();
    }

    /** What the bullet excludes and the system has. */
    List<Condition> present(SystemNeeds needs) {
        return excludes.stream().filter(c -> c.test.test(needs)).sorted().toList();
    }

    /** How many of the system's features the bullet names: a bullet that names more is the more specific advice. */
    int specificity() {
        return requires.size();
    }

    /** "this system has no alternator and no DC loads" / "this system has inverter/chargers". */
    String mismatch(SystemNeeds needs) {
        List<String> parts = new ArrayList<>();
        for (Condition condition : missing(needs)) {
            parts.add(condition.absent);
        }
        for (Condition condition : present(needs)) {
            parts.add(condition.words);
        }
        return "this system has " + SystemNeeds.and(parts);
    }

    /** How the reasons cite the bullet. */
    static String citation() {
        return DOCUMENT + " \"" + SECTION + "\"";
    }
}
