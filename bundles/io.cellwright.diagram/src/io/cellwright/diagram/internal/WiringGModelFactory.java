package io.cellwright.diagram.internal;

import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.WiringGraph;

/** Builds the graph from the design and its notation each time the model changes. */
public class WiringGModelFactory implements GModelFactory {

    @Inject
    private GModelState modelState;

    @Inject
    private DesignSource source;

    @Override
    public void createGModel() {
        modelState.updateRoot(WiringGraph.toGraph(source.design(), source.notation()));
    }
}
