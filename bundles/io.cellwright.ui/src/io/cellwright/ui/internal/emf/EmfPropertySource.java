package io.cellwright.ui.internal.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view over EMF.Edit property descriptors: names, categories, descriptions and units
 * (the {@code http://cellwright.io/model/unit} annotation) from the model; changes go through the
 * descriptors, which execute commands on the editing domain's stack, so Undo undoes them.
 */
public class EmfPropertySource implements IPropertySource {

    public static final String UNIT_ANNOTATION = "http://cellwright.io/model/unit";

    private final Object object;
    private final IItemPropertySource itemPropertySource;
    private final boolean readOnly;

    public EmfPropertySource(Object object, IItemPropertySource itemPropertySource, boolean readOnly) {
        this.object = object;
        this.itemPropertySource = itemPropertySource;
        this.readOnly = readOnly;
    }

    /** Adapts {@code object}, or null when its item provider has no properties. */
    public static EmfPropertySource of(AdapterFactory adapterFactory, Object object, boolean readOnly) {
        Object source = adapterFactory.adapt(object, IItemPropertySource.class);
        return source instanceof IItemPropertySource s ? new EmfPropertySource(object, s, readOnly) : null;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        for (IItemPropertyDescriptor item : itemPropertySource.getPropertyDescriptors(object)) {
            result.add(new Descriptor(item));
        }
        return result.toArray(new IPropertyDescriptor[0]);
    }

    private IItemPropertyDescriptor item(Object id) {
        return (IItemPropertyDescriptor) id;
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = item(id);
        Object value = item.getPropertyValue(object);
        if (value instanceof IItemPropertySource source) {
            value = source.getEditableValue(object);
        }
        // Text cell editors edit strings: plain attributes travel as their serialized form.
        if (isText(item.getFeature(object))) {
            EAttribute attribute = (EAttribute) item.getFeature(object);
            EDataType type = attribute.getEAttributeType();
            return value == null ? "" : type.getEPackage().getEFactoryInstance().convertToString(type, value);
        }
        return value;
    }

    static boolean isText(Object feature) {
        return feature instanceof EAttribute attribute && !(attribute.getEType() instanceof EEnum)
                && attribute.getEAttributeType().isSerializable() && !attribute.isMany();
    }

    @Override
    public boolean isPropertySet(Object id) {
        return item(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        if (!readOnly) {
            item(id).resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (readOnly) {
            return;
        }
        IItemPropertyDescriptor item = item(id);
        Object feature = item.getFeature(object);
        Object converted = value;
        if (feature instanceof EAttribute attribute && value instanceof String text) {
            converted = fromText(attribute, text);
        } else if (value instanceof Integer index) {
            List<?> choices = choices(item);
            converted = index >= 0 && index < choices.size() ? choices.get(index) : null;
        }
        item.setPropertyValue(object, converted);
    }

    static Object fromText(EAttribute attribute, String text) {
        EDataType type = attribute.getEAttributeType();
        return type.getEPackage().getEFactoryInstance().createFromString(type, text.trim());
    }

    static List<?> choices(IItemPropertyDescriptor item) {
        Collection<?> choices = item.getChoiceOfValues(null);
        return choices == null ? List.of() : new ArrayList<>(choices);
    }

    /** The unit symbol of a feature, or null. */
    public static String unit(Object feature) {
        if (feature instanceof EStructuralFeature structural) {
            EAnnotation annotation = structural.getEAnnotation(UNIT_ANNOTATION);
            return annotation == null ? null : annotation.getDetails().get("symbol");
        }
        return null;
    }

    /** One row of the Properties view. */
    private final class Descriptor extends PropertyDescriptor {
        private final IItemPropertyDescriptor item;

        Descriptor(IItemPropertyDescriptor item) {
            super(item, displayName(item));
            this.item = item;
            setCategory(item.getCategory(object));
            setDescription(item.getDescription(object));
            setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
                @Override
                public String getText(Object value) {
                    String designLabel = DesignLabels.text(value);
                    if (designLabel != null) {
                        return designLabel;
                    }
                    IItemLabelProvider labels = item.getLabelProvider(object);
                    String text = labels.getText(value);
                    String unit = unit(item.getFeature(object));
                    return unit == null || text == null || text.isEmpty() ? text : text + " " + unit;
                }
            });
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (readOnly || !item.canSetProperty(object)) {
                return null;
            }
            Object feature = item.getFeature(object);
            if (isText(feature)) {
                EAttribute attribute = (EAttribute) feature;
                TextCellEditor editor = new TextCellEditor(parent);
                editor.setValidator(value -> {
                    try {
                        fromText(attribute, String.valueOf(value));
                        return null;
                    } catch (RuntimeException e) {
                        return "'" + value + "' is not a valid " + attribute.getEAttributeType().getName().replaceFirst("^E", "").toLowerCase()
                                + " for " + getDisplayName();
                    }
                });
                return editor;
            }
            List<?> choices = choices(item);
            if (!choices.isEmpty()) {
                IItemLabelProvider labels = item.getLabelProvider(object);
                String[] names = choices.stream().map(c -> c == null ? "" : labels.getText(c)).toArray(String[]::new);
                return new ChoiceCellEditor(parent, names, choices);
            }
            return null;
        }
    }

    private static String displayName(IItemPropertyDescriptor item) {
        return item.getDisplayName(null);
    }

    /** A combo of the feature's choices whose value is the chosen index, starting at the current one. */
    private final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<?> choices;

        ChoiceCellEditor(Composite parent, String[] names, List<?> choices) {
            super(parent, names, SWT.READ_ONLY);
            this.choices = choices;
        }

        @Override
        protected void doSetValue(Object value) {
            int index = value instanceof Integer i ? i : choices.indexOf(value);
            super.doSetValue(Integer.valueOf(Math.max(index, 0)));
        }
    }
}
