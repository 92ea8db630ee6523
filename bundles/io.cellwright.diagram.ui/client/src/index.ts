/*
 * The Cellwright wiring diagram client. It runs in the SWT Browser of the Wiring Diagram editor and talks
 * JSON-RPC with the GLSP server in the same Java process, without a socket: messages to the server go
 * through `cellwrightToServer` (a string each; the editor's one BrowserFunction `cellwrightCall` behind it), messages from the server arrive
 * through `cellwright.receive(json)`, which Java calls with Browser.execute. The editor calls
 * `cellwright.start(...)` once the page has loaded (BrowserFunctions do not exist while it first runs).
 */
import 'reflect-metadata';

import {
    Action,
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    EditMode,
    GLSPActionDispatcher,
    TYPES,
    WebSocketWrapper,
    createWebSocketConnection
} from '@eclipse-glsp/client';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@eclipse-glsp/client/css/status-overlay.css';
import '@eclipse-glsp/client/css/tool-palette.css';
import '@eclipse-glsp/client/css/decoration.css';
import '@vscode/codicons/dist/codicon.css';
import '../css/diagram.css';
import { createWiringDiagramContainer } from './di.config';
import { EditorBridge } from './editor-bridge';

/**
 * The editor installs one BrowserFunction, `cellwrightCall(name, ...args)`: each BrowserFunction costs the
 * editor a script run on the display thread while it opens. The named calls the client makes go through it.
 */
for (const name of ['cellwrightToServer', 'cellwrightShown', 'cellwrightSelectionChanged', 'cellwrightExported', 'cellwrightKey']) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => window.cellwrightCall?.(name, ...args);
}

interface StartOptions {
    diagramType: string;
    sourceUri: string;
    readonly: boolean;
}

declare global {
    interface Window {
        cellwrightCall?: (name: string, ...args: unknown[]) => unknown;
        cellwrightToServer?: (json: string) => unknown;
        cellwrightShown?: () => unknown;
        cellwright: {
            start(options: StartOptions): void;
            receive(json: string): void;
            /** Hands an action to the diagram (tests and the editor's own commands use it). */
            dispatch(action: Action): Promise<void>;
            /** The editor's side of the diagram, once it has started (see editor-bridge.ts). */
            editor?: EditorBridge;
            state: string;
            error?: string;
            /** Errors and warnings the client logged, newest last (shown by the UI tests when they fail). */
            problems: string[];
            /** Kinds of the last actions the server sent (tests show them when they fail). */
            received: string[];
        };
    }
}

/** The message channel a GLSP jsonrpc connection expects of a web socket, over the two browser calls. */
class JavaChannel implements WebSocketWrapper {
    private readonly listeners: Array<(data: unknown) => void> = [];
    private readonly pending: string[] = [];

    send(content: string | ArrayBufferLike | ArrayBufferView): void {
        if (!window.cellwrightCall || !window.cellwrightToServer) {
            throw new Error('the Cellwright editor did not install cellwrightCall');
        }
        window.cellwrightToServer(String(content));
    }

    onMessage(cb: (data: unknown) => void): void {
        this.listeners.push(cb);
        this.pending.splice(0).forEach(json => cb(json));
    }

    onError(_cb: (reason: unknown) => void): void {
        // the in-process channel has no transport errors of its own
    }

    onClose(_cb: (code: number, reason: string) => void): void {
        // closed when the editor closes, together with the page
    }

    dispose(): void {
        this.listeners.length = 0;
    }

    receive(json: string): void {
        if (this.listeners.length === 0) {
            this.pending.push(json);
        } else {
            this.listeners.forEach(cb => cb(json));
        }
    }
}

for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
        window.cellwright?.problems?.push(level + ': ' + args.map(a => (a instanceof Error ? a.stack ?? a.message : String(a))).join(' '));
        original(...args);
    };
}

const channel = new JavaChannel();
let actionDispatcher: GLSPActionDispatcher | undefined;

async function start(options: StartOptions): Promise<void> {
    window.cellwright.state = 'starting';
    const connection = createWebSocketConnection(channel);
    const glspClient = new BaseJsonrpcGLSPClient({ id: 'cellwright', connectionProvider: connection });
    const container = createWiringDiagramContainer({
        clientId: 'sprotty',
        diagramType: options.diagramType,
        sourceUri: options.sourceUri,
        editMode: options.readonly ? EditMode.READONLY : EditMode.EDITABLE,
        glspClientProvider: async () => glspClient
    });
    const bridge = new EditorBridge(container, { sourceUri: options.sourceUri, diagramType: options.diagramType });
    await container.get(DiagramLoader).load();
    window.cellwright.state = 'loaded';
    // Fit the whole design into the editor: sprotty does not draw what lies outside the visible canvas.
    const dispatcher = container.get<GLSPActionDispatcher>(TYPES.IActionDispatcher);
    actionDispatcher = dispatcher;
    await dispatcher.onceModelInitialized();
    // Beside the palette (see EditorBridge.fit).
    const fit = (): Promise<void> => bridge.fit();
    await fit();
    // The editor's size settles after the page has loaded, and changes with the workbench: fit again.
    let pending: number | undefined;
    window.addEventListener('resize', () => {
        window.clearTimeout(pending);
        pending = window.setTimeout(() => fit(), 150);
    });
    window.cellwright.editor = bridge;
    window.cellwright.state = 'shown';
    window.cellwrightShown?.();
}

window.cellwright = {
    state: 'page-loaded',
    problems: [],
    received: [],
    start(options: StartOptions): void {
        start(options).catch(error => {
            window.cellwright.state = 'failed';
            window.cellwright.error = String(error && error.stack ? error.stack : error);
            console.error(error);
        });
    },
    receive(json: string): void {
        const kind = /"kind":"([^"]+)"/.exec(json);
        const received = window.cellwright.received;
        received.push(kind ? kind[1] : json.substring(0, 60));
        received.splice(0, Math.max(0, received.length - 40));
        channel.receive(json);
    },
    dispatch(action: Action): Promise<void> {
        return actionDispatcher ? actionDispatcher.dispatch(action) : Promise.reject(new Error('the diagram has not started'));
    }
};
