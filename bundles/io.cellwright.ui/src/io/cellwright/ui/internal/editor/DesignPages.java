package io.cellwright.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import io.cellwright.ui.editor.DesignPage;
import io.cellwright.ui.editor.DesignPageFactory;
import io.cellwright.ui.editor.DesignPageHost;

/** The pages contributed to the design editor through {@code io.cellwright.ui.designPages}, lowest priority first. */
final class DesignPages {

    static final String EXTENSION_POINT = "io.cellwright.ui.designPages";

    private DesignPages() {
    }

    static List<DesignPage> create(DesignPageHost host) {
        List<IConfigurationElement> elements = new ArrayList<>(List.of(Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort(Comparator.comparingInt(DesignPages::priority));
        List<DesignPage> pages = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            try {
                DesignPageFactory factory = (DesignPageFactory) element.createExecutableExtension("class");
                pages.add(factory.create(host));
            } catch (CoreException | RuntimeException e) {
                ILog.of(DesignPages.class).error("The design editor page " + element.getAttribute("id") + " of "
                        + element.getContributor().getName() + " could not be created; the editor opens without it.", e);
            }
        }
        return pages;
    }

    private static int priority(IConfigurationElement element) {
        String value = element.getAttribute("priority");
        try {
            return value == null ? 100 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
