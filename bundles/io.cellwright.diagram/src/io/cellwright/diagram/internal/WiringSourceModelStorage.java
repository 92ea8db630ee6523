package io.cellwright.diagram.internal;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.WiringLayout;

/**
 * The design is already loaded by the editor that opened the diagram: "loading" only makes sure there
 * is a notation, laying the design out with ELK when it has none. Saving is the editor's business.
 */
public class WiringSourceModelStorage implements SourceModelStorage {

    @Inject
    private DesignSource source;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        if (source.notation().isEmpty()) {
            WiringLayout.layout(source.design(), source.notation());
        }
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        // The editor saves the design (and, later, the notation); the read-only diagram has nothing to save.
    }
}
