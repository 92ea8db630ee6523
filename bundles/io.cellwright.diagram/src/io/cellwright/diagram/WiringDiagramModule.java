package io.cellwright.diagram;

import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.typehints.EdgeCreationChecker;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

import io.cellwright.diagram.internal.CatalogPalette;
import io.cellwright.diagram.internal.ChangeBoundsHandler;
import io.cellwright.diagram.internal.CreateComponentHandler;
import io.cellwright.diagram.internal.CreateWireHandler;
import io.cellwright.diagram.internal.DeleteElementsHandler;
import io.cellwright.diagram.internal.LayoutHandler;
import io.cellwright.diagram.internal.WiringDiagramConfiguration;
import io.cellwright.diagram.internal.WiringGModelFactory;
import io.cellwright.diagram.internal.WiringEdgeCreationChecker;
import io.cellwright.diagram.internal.WiringModelState;
import io.cellwright.diagram.internal.WiringModelValidator;
import io.cellwright.diagram.internal.WiringSourceModelStorage;

/** The GLSP diagram module of the wiring diagram of one design. */
public class WiringDiagramModule extends DiagramModule {

    private final DesignSource source;

    public WiringDiagramModule(DesignSource source) {
        this.source = source;
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(DesignSource.class).toInstance(source);
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return WiringDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return WiringSourceModelStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return WiringGModelFactory.class;
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return WiringModelState.class;
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(CreateWireHandler.class);
        binding.add(CreateComponentHandler.class);
        binding.add(DeleteElementsHandler.class);
        binding.add(ChangeBoundsHandler.class);
        binding.rebind(LayoutOperationHandler.class, LayoutHandler.class);
    }

    @Override
    protected Class<? extends EdgeCreationChecker> bindEdgeCreationChecker() {
        return WiringEdgeCreationChecker.class;
    }

    @Override
    protected Class<? extends ModelValidator> bindModelValidator() {
        return WiringModelValidator.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return CatalogPalette.class;
    }

    @Override
    public String getDiagramType() {
        return WiringTypes.DIAGRAM_TYPE;
    }
}
