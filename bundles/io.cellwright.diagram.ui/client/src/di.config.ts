import {
    ConsoleLogger,
    FeatureModule,
    IDiagramOptions,
    LogLevel,
    standaloneDefaultModule,
    standaloneExportModule,
    standaloneMarkerNavigatorModule,
    standaloneSelectModule,
    standaloneViewportModule,
    TYPES,
    bindOrRebind,
    configureDefaultModelElements,
    createDiagramOptionsModule,
    initializeDiagramContainer
} from '@eclipse-glsp/client';
import { Container } from 'inversify';

/** Components, terminals, wires and labels use GLSP's default views; diagram.css styles them. */
const wiringDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);
    },
    { featureId: Symbol('cellwrightWiring') }
);

/**
 * GLSP's modules for a stand-alone web page, less those whose keys the workbench owns: Undo/Redo
 * (Ctrl+Z/Y would take a second step, on the server), Save (Ctrl+S) and Copy/Paste go through the
 * design editor's global actions and the one command stack. Zoom, fit, select and export keys stay.
 */
const HOSTED_MODULES = [
    standaloneViewportModule,
    standaloneMarkerNavigatorModule,
    standaloneSelectModule,
    standaloneExportModule,
    standaloneDefaultModule
];

export function createWiringDiagramContainer(options: IDiagramOptions): Container {
    return initializeDiagramContainer(new Container(), createDiagramOptionsModule(options), wiringDiagramModule, ...HOSTED_MODULES);
}
