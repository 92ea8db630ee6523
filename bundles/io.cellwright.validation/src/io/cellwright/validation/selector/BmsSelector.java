package io.cellwright.validation.selector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.AlternatorPortFact;
import io.cellwright.model.catalog.AlternatorPortMode;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.BooleanFact;
import io.cellwright.model.catalog.CapabilityFact;
import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.DataCommunicationFact;
import io.cellwright.model.catalog.IntegerFact;
import io.cellwright.model.catalog.LifecycleFact;
import io.cellwright.model.catalog.LifecycleStatus;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.QuantitySetFact;

/**
 * Recommends BMS models for what a system has and needs, from the catalogs' facts: the comparison table
 * (system voltage, system connection, alternator port, data communication, DVCC, end-of-life), the
 * maximum number of batteries, and 002's system design recommendations ({@link SystemDesignRecommendation}).
 * <ul>
 * <li>{@link Fit#UNSUITABLE}: a fact rules the model out (voltage, battery count, end-of-life, a GX device
 * it cannot talk to, DVCC or a safety relay it does not have, a system current above its rating).</li>
 * <li>{@link Fit#RECOMMENDED}: not ruled out, 002 recommends the model for this kind of system, and the
 * system has no alternator the model cannot protect on its own.</li>
 * <li>{@link Fit#POSSIBLE}: the rest.</li>
 * </ul>
 * The list is ranked: recommended models first, the one whose 002 recommendation names more of the
 * system's features before the others (002's Smart BMS 12/200 bullet refines its CL 12/100 bullet), then
 * possible, then unsuitable models, each group in catalog order.
 */
public final class BmsSelector {

    private BmsSelector() {
    }

    /** Every BMS model of every installed catalog, ranked for {@code needs}. */
    public static List<Recommendation> recommend(SystemNeeds needs, CatalogRegistry catalogs) {
        return recommend(needs, catalogs.products());
    }

    /** The BMS models among {@code products}, ranked for {@code needs}; other products are ignored. */
    public static List<Recommendation> recommend(SystemNeeds needs, Collection<? extends ProductType> products) {
        Objects.requireNonNull(needs, "needs");
        List<Recommendation> all = new ArrayList<>();
        for (ProductType product : products) {
            if (product instanceof BmsModel model) {
                all.add(assess(needs, model));
            }
        }
        all.sort(Comparator.comparing(Recommendation::fit).thenComparing(r -> -specificity(r)));
        return List.copyOf(all);
    }

    private static int specificity(Recommendation recommendation) {
        SystemDesignRecommendation advice = SystemDesignRecommendation.of(recommendation.model());
        return recommendation.isRecommended() && advice != null ? advice.specificity() : 0;
    }

    /** Whether two product types are the same product: the same object, or the same id in the same catalog (loaded twice). */
    public static boolean sameProduct(ProductType a, ProductType b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getId() == null || !a.getId().equals(b.getId())) {
            return false;
        }
        Catalog ca = CatalogRegistry.catalogOf(a);
        Catalog cb = CatalogRegistry.catalogOf(b);
        return ca != null && cb != null && Objects.equals(ca.getId(), cb.getId());
    }

    /** One model against the needs, with its reasons: those against it first. */
    public static Recommendation assess(SystemNeeds needs, BmsModel model) {
        Assessment a = new Assessment();
        lifecycle(model, a);
        systemVoltage(needs, model, a);
        batteries(needs, model, a);
        communication(needs, model, a);
        systemConnection(needs, model, a);
        alternator(needs, model, a);
        SystemDesignRecommendation advice = SystemDesignRecommendation.of(model);
        boolean advised = advice != null && advice.matches(needs);
        String sentence = advice == null ? null : "\"" + advice.sentence() + "\" (" + SystemDesignRecommendation.citation() + ")";
        if (advice == null) {
            a.limit("002 makes no system design recommendation for it (" + SystemDesignRecommendation.citation() + ").");
        } else if (!advised) {
            a.limit("002 does not recommend it for this system: " + advice.mismatch(needs) + "; 002 recommends it as: " + sentence + ".");
        }
        Fit fit = a.unsuitable ? Fit.UNSUITABLE : advised && !a.limited ? Fit.RECOMMENDED : Fit.POSSIBLE;
        List<String> reasons = new ArrayList<>(a.against);
        if (advised) {
            reasons.add((fit == Fit.RECOMMENDED ? "002 recommends it for this system: " : "Its 002 recommendation fits this system, but the above counts against it: ")
                    + sentence + ".");
        }
        reasons.addAll(a.support);
        return new Recommendation(model, fit, reasons);
    }

    /** Collects reasons: {@link #rule(String)} out, {@link #limit(String)} to possible, {@link #support(String)} for it. */
    private static final class Assessment {
        final List<String> against = new ArrayList<>();
        final List<String> support = new ArrayList<>();
        boolean unsuitable;
        boolean limited;

        void rule(String reason) {
            unsuitable = true;
            against.add(reason);
        }

        void limit(String reason) {
            limited = true;
            against.add(reason);
        }

        void support(String reason) {
            support.add(reason);
        }
    }

    private static void lifecycle(BmsModel model, Assessment a) {
        LifecycleFact life = model.getLifecycle();
        if (life != null && life.getStatus() == LifecycleStatus.END_OF_LIFE) {
            String successor = life.getSuccessor() == null ? "" : "; use a " + life.getSuccessor().getName() + " instead";
            a.rule("End-of-life" + successor + " (" + Citations.of(life) + ").");
        }
    }

    private static void systemVoltage(SystemNeeds needs, BmsModel model, Assessment a) {
        QuantitySetFact volts = model.getSystemVoltages();
        if (volts == null || volts.getValues().isEmpty()) {
            a.limit("The catalog gives no system voltages for it, so it cannot be checked against a " + needs.systemVoltage() + " V system.");
            return;
        }
        String supported = FactFormatter.joinOr(volts.getValues()) + " " + FactFormatter.symbol(volts.getUnit());
        boolean fits = volts.getValues().stream().anyMatch(v -> Math.abs(v - needs.systemVoltage()) < 0.5);
        if (fits) {
            a.support("Connects to " + supported + " systems (" + Citations.of(volts) + ").");
        } else {
            a.rule((volts.getValues().size() == 1 ? supported + " only" : "Connects to " + supported + " systems only") + "; this is a "
                    + needs.systemVoltage() + " V system (" + Citations.of(volts) + ").");
        }
    }

    private static void batteries(SystemNeeds needs, BmsModel model, Assessment a) {
        IntegerFact max = model.getMaxBatteries();
        if (needs.batteries().isEmpty() || max == null) {
            return;
        }
        int count = needs.batteries().getAsInt();
        if (count > max.getValue()) {
            a.rule("Takes at most " + max.getValue() + " batteries; this system has " + count + " (" + Citations.of(max) + ").");
        } else {
            a.support("Takes up to " + max.getValue() + " batteries; this system has " + count + " (" + Citations.of(max) + ").");
        }
    }

    private static void communication(SystemNeeds needs, BmsModel model, Assessment a) {
        DataCommunicationFact data = model.getDataCommunication();
        boolean talks = data != null && !data.getProtocols().isEmpty();
        if (needs.gxDevice()) {
            if (talks && data.isWithGxDevice()) {
                a.support("Communicates with the GX device: " + text(data) + " (" + Citations.of(data) + ").");
            } else if (talks) {
                a.rule("Cannot communicate with the system's GX device: " + text(data) + " (" + Citations.of(data) + ").");
            } else {
                a.support("Has no data communication, so the GX device neither sees nor controls it (" + Citations.of(data) + ").");
            }
        }
        if (needs.inverterCharger() && talks && data.isWithInverterCharger()) {
            a.support("Controls the inverter/charger directly: " + text(data) + " (" + Citations.of(data) + ").");
        }
        BooleanFact dvcc = model.getDvccControl();
        if (needs.dvcc()) {
            if (dvcc != null && dvcc.isValue()) {
                a.support("Can be controlled via a GX device (DVCC) (" + Citations.of(dvcc) + ").");
            } else {
                a.rule("Cannot be controlled via a GX device (DVCC), which this system wants (" + Citations.of(dvcc) + ").");
            }
        }
    }

    private static String text(DataCommunicationFact data) {
        if (data.getDisplayText() != null) {
            return data.getDisplayText().replaceFirst("\\.$", "");
        }
        return data.getProtocols().stream().map(FactFormatter::label).reduce((x, y) -> x + ", " + y).orElse("none");
    }

    private static void systemConnection(SystemNeeds needs, BmsModel model, Assessment a) {
        CapabilityFact connection = model.getSystemConnection();
        boolean has = connection != null && connection.isSupported();
        String rating = has && connection.getRating() != null ? " (" + FactFormatter.quantity(connection.getRating()) + ")" : "";
        if (needs.safetyRelay()) {
            if (has) {
                a.support("Disconnects the loads and inverters on its system connection" + rating + " itself on a cell alarm ("
                        + Citations.of(connection) + "; 002 \"System connection\").");
            } else {
                a.rule("Has no system connection, so it cannot disconnect DC loads or inverters itself as this system wants: loads and chargers "
                        + "connect directly to the battery and are switched by its load and charge disconnect terminals (" + Citations.of(connection)
                        + "; 002 \"System connection\").");
            }
        }
        if (needs.systemCurrent().isPresent() && has && connection.getRating() != null) {
            double amps = needs.systemCurrent().getAsDouble();
            double limit = connection.getRating().valueInBaseUnit();
            String figures = "its system connection is rated " + FactFormatter.quantity(connection.getRating()) + " and this system needs "
                    + FactFormatter.number(amps, -1) + " A through it (" + Citations.of(connection) + ").";
            if (amps > limit) {
                a.rule("Too small: " + figures);
            } else {
                a.support("Large enough: " + figures);
            }
        }
    }

    private static void alternator(SystemNeeds needs, BmsModel model, Assessment a) {
        if (!needs.alternator()) {
            return;
        }
        AlternatorPortFact port = model.getAlternatorPort();
        AlternatorPortMode mode = port == null ? AlternatorPortMode.UNSPECIFIED : port.getMode();
        String cite = Citations.of(port) + "; 002 \"Alternator\"";
        switch (mode) {
            case CURRENT_LIMITED_INPUT -> a.support("Has a dedicated alternator input"
                    + (port.getMaxChargeCurrent() == null ? "" : " (" + FactFormatter.quantity(port.getMaxChargeCurrent()) + ")")
                    + " that limits the alternator current and blocks reverse current into the starter battery (" + cite + ").");
            case ATC_MODE -> a.support("Has an alternator ATC mode, so no additional alternator protection is needed (" + cite + ").");
            default -> a.limit("Has no alternator port, so the alternator needs protection of its own between it and the lithium battery ("
                    + cite + ").");
        }
    }
}
