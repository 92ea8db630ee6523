package io.cellwright.diagram.internal;

import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.FreePlaces;
import io.cellwright.diagram.WiringGraph;

/**
 * Builds the graph from the design and its notation each time the model changes, on the model thread.
 * Components without a place (added in the tree editor) first get a free one; that is not an edit of
 * the designer's, so it runs outside the command stack and does not make the design dirty.
 */
public class WiringGModelFactory implements GModelFactory {

    @Inject
    private GModelState modelState;

    @Inject
    private DesignSource source;

    @Override
    public void createGModel() {
        modelState.updateRoot(source.read(() -> {
            FreePlaces.placeUnplaced(source.design(), source.notation());
            return WiringGraph.toGraph(source.design(), source.notation());
        }));
    }
}
