package io.cellwright.diagram.ui.internal;

import io.cellwright.ui.editor.DesignPage;
import io.cellwright.ui.editor.DesignPageFactory;
import io.cellwright.ui.editor.DesignPageHost;

/** Contributes the wiring diagram as the design editor's first page (plugin.xml, io.cellwright.ui.designPages). */
public final class DiagramPageFactory implements DesignPageFactory {

    @Override
    public DesignPage create(DesignPageHost host) {
        return new DiagramPage(host);
    }
}
