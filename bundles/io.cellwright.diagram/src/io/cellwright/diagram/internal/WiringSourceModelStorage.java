package io.cellwright.diagram.internal;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.FreePlaces;
import io.cellwright.diagram.WiringLayout;
import io.cellwright.model.design.SystemDesign;

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

    /**
     * Lays out a design that has no notation yet. The design is copied on the model thread (quick), the
     * copy is laid out here on the server's thread (ELK's first run in a fresh JVM takes a second or more,
     * which must not hold up the display thread), and the result is put in place on the model thread.
     */
    @Override
    public void loadSourceModel(RequestModelAction action) {
        SystemDesign snapshot = source.read(() -> source.notation().isEmpty() ? EcoreUtil.copy(source.design()) : null);
        if (snapshot == null) {
            return;
        }
        DiagramNotation laidOut = new DiagramNotation();
        RuntimeException failure = null;
        try {
            WiringLayout.layout(snapshot, laidOut);
        } catch (RuntimeException e) {
            failure = e;
        }
        RuntimeException failed = failure;
        source.read(() -> {
            if (!source.notation().isEmpty()) {
                return null; // placed meanwhile (a component dropped before the first drawing)
            }
            if (failed == null) {
                source.notation().putAll(laidOut, source.design());
            }
            // Components added while the copy was laid out, or all of them when ELK failed, get a free place.
            FreePlaces.placeUnplaced(source.design(), source.notation());
            return null;
        });
        if (failed != null) {
            actionDispatcher.dispatchAfterNextUpdate(MessageActionUtil.warn("The automatic layout failed (" + failed
                    + "); the components were placed in rows instead. Move them, or try Layout again."));
        }
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        // The editor saves the design with its notation (DesignFiles.save); the diagram does not write files.
    }
}
