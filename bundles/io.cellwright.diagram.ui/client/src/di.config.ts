import {
    ConsoleLogger,
    FeatureModule,
    GModelElement,
    KeyListener,
    deletionToolModule,
    matchesKeystroke,
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
import { Container, injectable } from 'inversify';

declare global {
    interface Window {
        cellwrightKey?: (name: string) => unknown;
    }
}

/**
 * Keys the workbench owns but does not receive while the browser has the keyboard: Delete reaches the
 * page only, so it is handed to the editor, which runs the workbench's Delete (one path, one undo step).
 */
@injectable()
class WorkbenchKeyListener extends KeyListener {
    override keyDown(_element: GModelElement, event: KeyboardEvent): never[] {
        if (matchesKeystroke(event, 'Delete')) {
            window.cellwrightKey?.('delete');
        }
        return [];
    }
}

/** Components, terminals, wires and labels use GLSP's default views; diagram.css styles them. */
const wiringDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);
        bind(WorkbenchKeyListener).toSelf().inSingletonScope();
        bind(TYPES.KeyListener).toService(WorkbenchKeyListener);
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
    // GLSP's Delete key tool would delete on the server, beside the workbench's command stack path.
    return initializeDiagramContainer(new Container(), createDiagramOptionsModule(options), wiringDiagramModule, ...HOSTED_MODULES, {
        remove: deletionToolModule
    });
}
