/*
 * What the workbench editor asks of the diagram (selection, zoom, fit, refresh, export) and what the
 * diagram tells the editor (the selection, exported images), over the BrowserFunctions
 * `cellwrightSelectionChanged` and `cellwrightExported` that the editor installs.
 */
import {
    Action,
    CenterAction,
    EditorContextService,
    EnableToolsAction,
    ExportSvgAction,
    ExportSvgActionHandler,
    FitToScreenAction,
    GLSPActionDispatcher,
    MarqueeMouseTool,
    RequestAction,
    RequestExportSvgAction,
    RequestModelAction,
    SelectAction,
    SelectionService,
    SetViewportAction,
    TYPES
} from '@eclipse-glsp/client';
import { Container } from 'inversify';

declare global {
    interface Window {
        cellwrightSelectionChanged?: (idsJson: string) => unknown;
        cellwrightExported?: (format: string, data: string) => unknown;
    }
}

interface ViewportRoot {
    id: string;
    scroll: { x: number; y: number };
    zoom: number;
    canvasBounds: { width: number; height: number };
    index: { getById(id: string): unknown; all(): Iterable<{ id: string; type: string }> };
}

/** Hands the SVG the client's exporter made to the editor (as SVG text or, drawn on a canvas, as PNG). */
class EditorExportHandler extends ExportSvgActionHandler {
    format: 'svg' | 'png' = 'svg';

    override handle(action: ExportSvgAction): void {
        if (this.format === 'svg') {
            window.cellwrightExported?.('svg', action.svg);
            return;
        }
        toPng(action.svg).then(
            data => window.cellwrightExported?.('png', data),
            error => window.cellwrightExported?.('error', String(error))
        );
    }
}

/** Draws an SVG document on a canvas at twice its size (sharp when printed) and returns the PNG as base64. */
function toPng(svg: string): Promise<string> {
    return new Promise((resolve, reject) => {
        const image = new Image();
        image.onload = () => {
            const scale = 2;
            const canvas = document.createElement('canvas');
            canvas.width = Math.ceil(image.width * scale);
            canvas.height = Math.ceil(image.height * scale);
            const context = canvas.getContext('2d');
            if (!context) {
                reject(new Error('no 2D canvas'));
                return;
            }
            context.fillStyle = '#ffffff';
            context.fillRect(0, 0, canvas.width, canvas.height);
            context.scale(scale, scale);
            context.drawImage(image, 0, 0);
            resolve(canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''));
        };
        image.onerror = () => reject(new Error('the diagram SVG could not be drawn as an image'));
        image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    });
}

export class EditorBridge {
    private readonly dispatcher: GLSPActionDispatcher;
    private readonly selection: SelectionService;
    private readonly context: EditorContextService;
    private readonly exporter = new EditorExportHandler();

    constructor(
        container: Container,
        private readonly modelOptions: { sourceUri: string; diagramType: string }
    ) {
        this.dispatcher = container.get<GLSPActionDispatcher>(TYPES.IActionDispatcher);
        this.selection = container.get(SelectionService);
        this.context = container.get(EditorContextService);
        container.rebind(ExportSvgActionHandler).toConstantValue(this.exporter);
        this.selection.onSelectionChanged(() => window.cellwrightSelectionChanged?.(JSON.stringify(this.selection.getSelectedElementIDs())));
    }

    /** Selects exactly the elements with these ids that the diagram shows, and centres them. */
    async select(ids: string[]): Promise<void> {
        const root = this.root();
        const shown = ids.filter(id => root && root.index.getById(id));
        await this.dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: shown, deselectedElementsIDs: true }));
        if (shown.length > 0) {
            await this.dispatcher.dispatch(CenterAction.create(shown, { animate: false, retainZoom: true }));
        }
    }

    /** Selects every component and wire (not their terminals and labels: the Properties view shows a selection of one kind). */
    selectAll(): Promise<void> {
        const root = this.root();
        if (!root) {
            return Promise.resolve();
        }
        const ids = Array.from(root.index.all()).filter(e => e.type === 'node' || e.type === 'edge').map(e => e.id);
        return this.dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: ids, deselectedElementsIDs: true }));
    }

    selectedIds(): string[] {
        return this.selection.getSelectedElementIDs();
    }

    /** Zooms by {@code factor} around the middle of the visible area. */
    zoom(factor: number): Promise<void> {
        const root = this.root();
        if (!root) {
            return Promise.resolve();
        }
        const zoom = Math.min(8, Math.max(0.05, root.zoom * factor));
        const width = root.canvasBounds.width;
        const height = root.canvasBounds.height;
        const centre = { x: root.scroll.x + width / 2 / root.zoom, y: root.scroll.y + height / 2 / root.zoom };
        const scroll = { x: centre.x - width / 2 / zoom, y: centre.y - height / 2 / zoom };
        return this.dispatcher.dispatch(SetViewportAction.create(root.id, { scroll, zoom }, { animate: false }));
    }

    /**
     * Shows the whole design, at most at 100 %, where the open palette (top right) does not cover it:
     * beside the palette or below it, whichever shows the design larger; GLSP's own fit where the sizes
     * are not known yet.
     */
    fit(): Promise<void> {
        const padding = 20;
        const root = this.root() as (ViewportRoot & { children?: Array<{ type: string; position?: { x: number; y: number }; size?: { width: number; height: number } }> }) | undefined;
        const nodes = (root?.children ?? []).filter(c => c.type === 'node' && c.position && c.size && c.size.width > 0);
        if (!root || nodes.length === 0 || root.canvasBounds.width <= 0 || root.canvasBounds.height <= 0) {
            return this.dispatcher.dispatch(FitToScreenAction.create([], { padding, maxZoom: 1, animate: false }));
        }
        const palette = document.querySelector('.tool-palette') as HTMLElement | null;
        const open = palette !== null && palette.offsetHeight > 40;
        const paletteWidth = open ? palette.offsetWidth + 12 : 0;
        const paletteBottom = open ? palette.offsetTop + palette.offsetHeight : 0;
        const left = Math.min(...nodes.map(n => n.position!.x));
        const top = Math.min(...nodes.map(n => n.position!.y));
        const width = Math.max(1, Math.max(...nodes.map(n => n.position!.x + n.size!.width)) - left);
        const height = Math.max(1, Math.max(...nodes.map(n => n.position!.y + n.size!.height)) - top);
        const canvas = root.canvasBounds;
        const zoomIn = (w: number, h: number): number => Math.max(0.05, Math.min(1, Math.max(1, w) / width, Math.max(1, h) / height));
        const beside = zoomIn(canvas.width - paletteWidth - 2 * padding, canvas.height - 2 * padding);
        const below = zoomIn(canvas.width - 2 * padding, canvas.height - paletteBottom - 2 * padding);
        let scroll: { x: number; y: number };
        let zoom: number;
        if (below >= beside) {
            // Centred across the width, in the band under the palette.
            zoom = below;
            const band = canvas.height - paletteBottom;
            scroll = { x: left - (canvas.width / zoom - width) / 2, y: top - (paletteBottom + (band - height * zoom) / 2) / zoom };
        } else {
            // Left of the palette, centred in height.
            zoom = beside;
            scroll = { x: left - padding / zoom, y: top - (canvas.height / zoom - height) / 2 };
        }
        return this.dispatcher.dispatch(SetViewportAction.create(root.id, { scroll, zoom }, { animate: false }));
    }

    zoomLevel(): number {
        return this.root()?.zoom ?? 1;
    }

    /** The marquee tool: the next drag on the canvas selects what it encloses (Shift+drag does the same). */
    marquee(): Promise<void> {
        return this.dispatcher.dispatch(EnableToolsAction.create([MarqueeMouseTool.ID]));
    }

    /**
     * Asks the server for the model again after the design changed outside the diagram, keeping the
     * viewport and the selection the user had.
     */
    async refresh(): Promise<void> {
        const before = this.root();
        const viewport = before ? { scroll: { ...before.scroll }, zoom: before.zoom } : undefined;
        const selected = this.selection.getSelectedElementIDs();
        // Selection and viewport commands report the same root; the server's new model is a new root.
        const changed = new Promise<void>(resolve => {
            const listener = this.context.onModelRootChanged(root => {
                if (root !== (before as unknown)) {
                    listener.dispose();
                    resolve();
                }
            });
        });
        await this.dispatcher.dispatch(
            RequestModelAction.create({ options: { ...this.modelOptions }, requestId: RequestAction.generateRequestId() })
        );
        await changed;
        const root = this.root();
        if (root && viewport) {
            await this.dispatcher.dispatch(SetViewportAction.create(root.id, viewport, { animate: false }));
        }
        const still = selected.filter(id => root && root.index.getById(id));
        if (still.length > 0) {
            await this.dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: still, deselectedElementsIDs: true }));
        }
    }

    /** Exports the whole diagram; the result arrives through cellwrightExported(format, data). */
    export(format: 'svg' | 'png'): Promise<void> {
        this.exporter.format = format;
        return this.dispatcher.dispatch(RequestExportSvgAction.create());
    }

    dispatch(action: Action): Promise<void> {
        return this.dispatcher.dispatch(action);
    }

    private root(): ViewportRoot | undefined {
        return this.context.modelRoot as unknown as ViewportRoot | undefined;
    }
}
