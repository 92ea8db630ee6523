package io.cellwright.diagram.internal;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.FreePlaces;
import io.cellwright.diagram.WiringLayout;

/**
 * The design is already loaded by the editor that opened the diagram: "loading" only makes sure there
 * is a notation, laying the design out with ELK when it has none. That layout is not an edit, so it
 * runs outside the command stack and does not make the design dirty. Saving is the editor's business.
 */
public class WiringSourceModelStorage implements SourceModelStorage {

    @Inject
    private DesignSource source;

    @Inject
    private ActionDispatcher actionDispatcher;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        source.read(() -> {
            if (source.notation().isEmpty()) {
                layOut();
            }
            return null;
        });
    }

    /** ELK's layout; when it fails, each component still gets a free place and the designer is told. */
    private void layOut() {
        try {
            WiringLayout.layout(source.design(), source.notation());
        } catch (RuntimeException e) {
            source.notation().clear();
            FreePlaces.placeUnplaced(source.design(), source.notation());
            actionDispatcher.dispatchAfterNextUpdate(MessageActionUtil.warn("The automatic layout failed (" + e
                    + "); the components were placed in rows instead. Move them, or try Layout again."));
        }
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        // The editor saves the design with its notation (DesignFiles.save); the diagram does not write files.
    }
}
