import {
    ConsoleLogger,
    FeatureModule,
    IDiagramOptions,
    LogLevel,
    STANDALONE_MODULE_CONFIG,
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

export function createWiringDiagramContainer(options: IDiagramOptions): Container {
    return initializeDiagramContainer(new Container(), createDiagramOptionsModule(options), wiringDiagramModule, STANDALONE_MODULE_CONFIG);
}
