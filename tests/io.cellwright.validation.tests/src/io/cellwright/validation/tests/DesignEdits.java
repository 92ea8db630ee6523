package io.cellwright.validation.tests;

import java.nio.file.Path;
import java.util.List;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.Components;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.catalog.ChoiceSettingDefinition;
import io.cellwright.model.catalog.NumberSettingDefinition;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.design.ChoiceSettingValue;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.model.design.WireFuse;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Rules;

/** Loads an example and changes it the way a designer would: add parts, wires, fuses and settings. */
final class DesignEdits {

    final CatalogRegistry catalogs = CatalogRegistry.getDefault();
    final SystemDesign design;

    DesignEdits(String example) throws Exception {
        design = DesignFiles.load(RulesTest.EXAMPLES.resolve(Path.of(example + ".cwdesign")), catalogs);
    }

    /** The product as the design's own resource set holds it (as an editor would place it). */
    ProductType product(String id) {
        ProductType registered = catalogs.product(id).orElseThrow();
        return (ProductType) design.eResource().getResourceSet().getEObject(org.eclipse.emf.ecore.util.EcoreUtil.getURI(registered), true);
    }

    ComponentInstance add(String productId, String id) {
        ComponentInstance component = Components.instantiate(product(productId), id);
        design.getComponents().add(component);
        return component;
    }

    ComponentInstance component(String id) {
        return design.getComponents().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** "bms.load-disconnect" → that terminal. */
    TerminalInstance terminal(String ref) {
        int dot = ref.indexOf('.');
        TerminalInstance terminal = component(ref.substring(0, dot)).findTerminal(ref.substring(dot + 1));
        if (terminal == null) {
            throw new IllegalArgumentException("no terminal " + ref);
        }
        return terminal;
    }

    Wire wire(String from, String to) {
        Wire wire = DesignFactory.eINSTANCE.createWire();
        wire.setId("w-" + from + "-" + to);
        wire.setFrom(terminal(from));
        wire.setTo(terminal(to));
        design.getWires().add(wire);
        return wire;
    }

    Wire fusedWire(String from, String to, double rating, String fuseType) {
        Wire wire = wire(from, to);
        WireFuse fuse = DesignFactory.eINSTANCE.createWireFuse();
        fuse.setRating(rating);
        fuse.setFuseType((io.cellwright.model.catalog.FuseType) product(fuseType));
        wire.setFuse(fuse);
        return wire;
    }

    void removeWire(String id) {
        if (!design.getWires().removeIf(w -> id.equals(w.getId()))) {
            throw new IllegalArgumentException("no wire " + id);
        }
    }

    void set(String componentId, SettingRole role, double value) {
        ComponentInstance component = component(componentId);
        NumberSettingValue setting = DesignFactory.eINSTANCE.createNumberSettingValue();
        setting.setDefinition((NumberSettingDefinition) component.getType().findSetting(role));
        setting.setValue(value);
        component.getSettings().removeIf(s -> s.getDefinition() == setting.getDefinition());
        component.getSettings().add(setting);
    }

    void choose(String componentId, SettingRole role, String optionKey) {
        ComponentInstance component = component(componentId);
        ChoiceSettingDefinition definition = (ChoiceSettingDefinition) component.getType().findSetting(role);
        SettingOption option = definition.getOptions().stream().filter(o -> o.getKey().equals(optionKey)).findFirst().orElseThrow();
        ChoiceSettingValue setting = DesignFactory.eINSTANCE.createChoiceSettingValue();
        setting.setDefinition(definition);
        setting.setOption(option);
        component.getSettings().removeIf(s -> s.getDefinition() == definition);
        component.getSettings().add(setting);
    }

    List<Finding> findings(String ruleId) {
        return Rules.validate(design).all().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
