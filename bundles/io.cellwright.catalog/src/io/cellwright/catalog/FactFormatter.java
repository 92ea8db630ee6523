package io.cellwright.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import io.cellwright.model.catalog.AlternatorPortFact;
import io.cellwright.model.catalog.AlternatorPortMode;
import io.cellwright.model.catalog.BooleanFact;
import io.cellwright.model.catalog.CapabilityFact;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.CellStyle;
import io.cellwright.model.catalog.DataCommunicationFact;
import io.cellwright.model.catalog.DimensionsFact;
import io.cellwright.model.catalog.DocumentLinkFact;
import io.cellwright.model.catalog.Fact;
import io.cellwright.model.catalog.IntegerFact;
import io.cellwright.model.catalog.IpRatingFact;
import io.cellwright.model.catalog.LifecycleFact;
import io.cellwright.model.catalog.LifecycleStatus;
import io.cellwright.model.catalog.OutputSwitchingKind;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.QuantitySetFact;
import io.cellwright.model.catalog.QuantityValue;
import io.cellwright.model.catalog.SwitchedOutputFact;
import io.cellwright.model.catalog.TextFact;
import io.cellwright.model.catalog.Unit;

/**
 * Prints catalog facts the way the product documents print them ("12, 24 or 48 V", "High/free floating
 * 1 A", "IP65"). Units and enum labels come from the annotations in catalog.ecore, not from tables here.
 */
public final class FactFormatter {

    static final String LABEL_ANNOTATION = "http://cellwright.io/model/label";
    static final String UNIT_ANNOTATION = "http://cellwright.io/model/unit";

    /** How other products are named inside a fact (a successor in a remark): column headers of a table. */
    private final Map<ProductType, String> productNames;

    public FactFormatter(Map<ProductType, String> productNames) {
        this.productNames = productNames;
    }

    /** The fact as printed; {@code displayText} wins where the typed value alone cannot say it. */
    public String format(Fact fact, CellStyle style) {
        if (fact == null) {
            return "";
        }
        if (fact.getDisplayText() != null) {
            return fact.getDisplayText();
        }
        return switch (fact) {
            case QuantitySetFact set -> joinOr(set.getValues()) + " " + symbol(set.getUnit());
            case CapabilityFact capability -> capability(capability, style);
            case AlternatorPortFact port -> alternator(port);
            case BooleanFact bool -> bool.isValue() ? "Yes" : "No";
            case DataCommunicationFact data -> data.getProtocols().isEmpty() ? "No" : label(data.getProtocols().get(0));
            case SwitchedOutputFact output -> output.getKind() == OutputSwitchingKind.NONE ? "No"
                    : label(output.getKind()) + (output.getMaxCurrent() == null ? "" : " " + quantity(output.getMaxCurrent()));
            case QuantityFact quantity -> style == CellStyle.NUMBER_ONLY ? number(quantity.getValue(), quantity.getDecimals())
                    : quantity(quantity);
            case IntegerFact integer -> Integer.toString(integer.getValue());
            case DimensionsFact dimensions -> dimensions(dimensions);
            case IpRatingFact ip -> "IP" + ip.getSolids() + ip.getLiquids();
            case LifecycleFact lifecycle -> lifecycle(lifecycle);
            case DocumentLinkFact link -> "<a href=\"" + link.getUri() + "\">" + link.getTitle() + "</a>";
            case TextFact text -> text.getText();
            default -> fact.eClass().getName();
        };
    }

    private String capability(CapabilityFact capability, CellStyle style) {
        if (!capability.isSupported()) {
            return "No";
        }
        if (capability.getRating() == null) {
            return "Yes";
        }
        return style == CellStyle.YES_WITH_RATING ? "Yes, " + quantity(capability.getRating()) : quantity(capability.getRating());
    }

    private static String alternator(AlternatorPortFact port) {
        if (port.getMode() == AlternatorPortMode.NONE) {
            return "No";
        }
        if (port.getMode() == AlternatorPortMode.ATC_MODE) {
            return "Yes (" + label(port.getMode()) + ")";
        }
        return quantity(port.getMaxChargeCurrent());
    }

    private String lifecycle(LifecycleFact lifecycle) {
        if (lifecycle.getStatus() == LifecycleStatus.END_OF_LIFE && lifecycle.getSuccessor() != null) {
            ProductType successor = lifecycle.getSuccessor();
            return "End-of-life, use a " + productNames.getOrDefault(successor, successor.getName()) + " instead";
        }
        if (lifecycle.getPartOf() != null) {
            return "Is part of the " + lifecycle.getPartOf().getName();
        }
        return "-";
    }

    private static String dimensions(DimensionsFact dimensions) {
        StringJoiner joined = new StringJoiner(" x ");
        dimensions.getSizes().forEach(size -> joined.add(number(size, -1)));
        return joined.toString();
    }

    /** "12.8 V", "10 mA", "2.0 kg" (decimals as the source wrote them when recorded). */
    public static String quantity(QuantityValue quantity) {
        if (quantity == null) {
            return "";
        }
        return number(quantity.getValue(), quantity.getDecimals()) + " " + symbol(quantity.getUnit());
    }

    /** "12, 24 or 48" */
    public static String joinOr(List<Double> values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(i == values.size() - 1 ? " or " : ", ");
            }
            text.append(number(values.get(i), -1));
        }
        return text.toString();
    }

    /** A number with the given decimals, or as short as it goes when {@code decimals} is negative. */
    public static String number(double value, int decimals) {
        if (decimals >= 0) {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }

    /** The printed symbol of a unit (°C, mm², V), from its annotation in catalog.ecore. */
    public static String symbol(Unit unit) {
        EEnumLiteral literal = CatalogPackage.Literals.UNIT.getEEnumLiteral(unit.getValue());
        EAnnotation annotation = literal.getEAnnotation(UNIT_ANNOTATION);
        String symbol = annotation == null ? null : annotation.getDetails().get("symbol");
        return symbol == null ? unit.getLiteral() : symbol;
    }

    /** The label of an enum value as the documents write it, else its literal. */
    public static String label(Enumerator value) {
        for (org.eclipse.emf.ecore.EClassifier classifier : CatalogPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum eEnum && eEnum.getInstanceClass() == value.getClass()) {
                EEnumLiteral literal = eEnum.getEEnumLiteral(value.getValue());
                EAnnotation annotation = literal == null ? null : literal.getEAnnotation(LABEL_ANNOTATION);
                if (annotation != null && annotation.getDetails().get("label") != null) {
                    return annotation.getDetails().get("label");
                }
            }
        }
        return value.getLiteral();
    }
}
