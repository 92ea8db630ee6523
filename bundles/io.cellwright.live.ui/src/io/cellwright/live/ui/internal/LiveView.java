package io.cellwright.live.ui.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.cellwright.live.AbstractLiveConnection;
import io.cellwright.live.AlarmState;
import io.cellwright.live.ConnectionState;
import io.cellwright.live.LiveDevice;
import io.cellwright.live.LiveException;
import io.cellwright.live.LiveModel;
import io.cellwright.live.LiveValue;
import io.cellwright.live.Quantities;
import io.cellwright.live.WriteGuard;
import io.cellwright.live.mqtt.MqttSettings;
import io.cellwright.live.mqtt.VenusMqttConnection;
import io.cellwright.live.session.ReplayConnection;
import io.cellwright.live.ui.internal.LiveRows.AlarmRow;
import io.cellwright.live.ui.internal.LiveRows.AlarmsRow;
import io.cellwright.live.ui.internal.LiveRows.DeviceRow;
import io.cellwright.live.ui.internal.LiveRows.DifferenceRow;
import io.cellwright.live.ui.internal.LiveRows.DifferencesRow;
import io.cellwright.live.ui.internal.LiveRows.ValueRow;

/**
 * The Live view: the devices a GX device (or a replayed session) reports and their values, alarms by
 * name with their state. Connecting runs in a background job and model changes are drawn at most four
 * times a second, so the UI thread never waits on the network.
 */
public final class LiveView extends ViewPart {

    public static final String ID = "io.cellwright.live.ui.views.live";
    /** Connects on opening to this broker (demos, screenshots): {@code -Dcellwright.live.connect=tcp://host:1883}. */
    static final String AUTO_CONNECT = "cellwright.live.connect";
    /** With {@link #AUTO_CONNECT}: the view fills the window (screenshots). */
    static final String MAXIMIZE = "cellwright.live.maximize";
    static final String OPEN_DESIGN = "cellwright.live.open";
    static final String BIND_COMPONENT = "cellwright.live.bind";
    private String pendingBind;
    private static final System.Logger LOG = System.getLogger(LiveView.class.getName());
    private static final int REDRAW_MILLIS = 250;

    private TreeViewer viewer;
    private Label status;
    private volatile AbstractLiveConnection connection;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final java.util.Set<io.cellwright.live.DeviceKey> expandedOnce = new java.util.HashSet<>();
    private final java.util.Set<io.cellwright.live.DeviceKey> differencesOpened = new java.util.HashSet<>();
    private final LiveModel.Listener modelListener = change -> dirty.set(true);
    private Action connectAction;
    private Action disconnectAction;
    private Action writeAction;
    private Action bindAction;
    /** Devices bound to components of open designs; refreshed with the tree. */
    private volatile java.util.Map<io.cellwright.live.DeviceKey, DesignBindings.Candidate> bindings = java.util.Map.of();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(status);
        viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTree().setHeaderVisible(true);
        viewer.setComparer(new LiveRows.Comparer());
        viewer.setContentProvider(new LiveRows.Content(key -> bindings.get(key)));
        viewer.setAutoExpandLevel(2);
        column("Device / quantity", 260, new NameLabels());
        column("Value", 150, new ValueLabels());
        column("Path", 220, new PathLabels());
        column("Design", 900, new DesignLabels());
        viewer.addSelectionChangedListener(e -> updateActions());
        createActions();
        showStatus();
        Display display = parent.getDisplay();
        display.timerExec(REDRAW_MILLIS, new Runnable() {
            @Override
            public void run() {
                if (viewer.getControl().isDisposed()) {
                    return;
                }
                if (dirty.getAndSet(false)) {
                    demoBind();
                    bindings = DesignBindings.bound();
                    viewer.refresh();
                    expandNewDevices();
                    showStatus();
                }
                display.timerExec(REDRAW_MILLIS, this);
            }
        });
        String auto = System.getProperty(AUTO_CONNECT);
        if (auto != null && !auto.isBlank()) {
            openDemoDesign();
            if (Boolean.getBoolean(MAXIMIZE)) {
                display.asyncExec(() -> getSite().getPage().setPartState(getSite().getPage().getReference(this), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
            }
            start(new VenusMqttConnection(MqttSettings.gx(auto).withPortalId(System.getProperty("cellwright.live.portalId"))), false);
        }
    }

    /**
     * Demos and screenshots, with {@link #AUTO_CONNECT}: {@code -Dcellwright.live.open=FILE.cwdesign} opens a design
     * and {@code -Dcellwright.live.bind=COMPONENT} binds the first battery device that appears to that component.
     */
    private void openDemoDesign() {
        String file = System.getProperty(OPEN_DESIGN);
        pendingBind = System.getProperty(BIND_COMPONENT);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            org.eclipse.ui.ide.IDE.openEditorOnFileStore(getSite().getPage(),
                    org.eclipse.core.filesystem.EFS.getLocalFileSystem().getStore(Path.of(file).toAbsolutePath().toUri()));
            getSite().getPage().activate(this);
        } catch (org.eclipse.ui.PartInitException e) {
            LOG.log(Level.WARNING, "cannot open " + file, e);
        }
    }

    private void demoBind() {
        AbstractLiveConnection current = connection;
        if (pendingBind == null || current == null) {
            return;
        }
        for (LiveDevice device : current.model().devices()) {
            if (device.key().serviceType().equals("battery") && bind(pendingBind, device.key())) {
                pendingBind = null;
                return;
            }
        }
    }

    /**
     * Binds {@code device} to the component {@code componentId} of an open design (the first design that
     * has one), as the bind dialog does. UI thread.
     *
     * @return false when no open design has such a component
     */
    public boolean bind(String componentId, io.cellwright.live.DeviceKey device) {
        for (DesignBindings.Candidate c : DesignBindings.candidates()) {
            if (c.component().getId().equals(componentId)) {
                bind(c, device);
                return true;
            }
        }
        return false;
    }

    /** Replays a recorded session file as the view's live source ({@code speed} 0: as fast as possible). */
    public void replay(Path file, double speed) {
        start(new ReplayConnection(file, speed), false);
    }

    /** The view's tree (tests read what a user sees). */
    public org.eclipse.swt.widgets.Tree tree() {
        return viewer.getTree();
    }

    /** Opens each device, and its differences from the design, the first time they appear; later the user's expansion is kept. */
    private void expandNewDevices() {
        for (org.eclipse.swt.widgets.TreeItem item : viewer.getTree().getItems()) {
            if (item.getData() instanceof DeviceRow row && expandedOnce.add(row.device().key())) {
                viewer.expandToLevel(row, 1);
            }
            for (org.eclipse.swt.widgets.TreeItem child : item.getItems()) {
                if (child.getData() instanceof DifferencesRow d && !d.differences().isEmpty() && differencesOpened.add(d.device().key())) {
                    viewer.expandToLevel(d, 1);
                }
            }
        }
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    private void createActions() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        connectAction = new Action("Connect to a GX Device…") {
            @Override
            public void run() {
                ConnectionDialog dialog = new ConnectionDialog(getSite().getShell());
                if (dialog.open() == ConnectionDialog.OK) {
                    start(new VenusMqttConnection(dialog.choice().settings()), dialog.choice().writesEnabled());
                }
            }
        };
        connectAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
        disconnectAction = new Action("Disconnect") {
            @Override
            public void run() {
                stop();
            }
        };
        disconnectAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
        Action replay = new Action("Replay a Recorded Session…") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.cwlive", "*" });
                String file = dialog.open();
                if (file != null) {
                    replay(Path.of(file), 1);
                }
            }
        };
        replay.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
        writeAction = new Action("Write Value…") {
            @Override
            public void run() {
                writeSelected();
            }
        };
        writeAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
        bindAction = new Action("Bind to Design Component…") {
            @Override
            public void run() {
                bindSelected();
            }
        };
        bindAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_HOME_NAV));
        bindAction.setToolTipText("Bind the selected device to a component of an open design, to see where they differ");
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(connectAction);
        toolbar.add(replay);
        toolbar.add(writeAction);
        toolbar.add(bindAction);
        toolbar.add(disconnectAction);
        updateActions();
    }

    /** Connects in a background job; the view shows the state as it changes. */
    private void start(AbstractLiveConnection next, boolean writesEnabled) {
        stop();
        connection = next;
        expandedOnce.clear();
        differencesOpened.clear();
        next.model().addListener(modelListener);
        next.addListener((c, state, detail) -> asyncUi(() -> {
            showStatus();
            updateActions();
        }));
        next.writeGuard().logTo(Platform.getStateLocation(Platform.getBundle("io.cellwright.live.ui")).toFile().toPath().resolve("writes.log"));
        if (writesEnabled) {
            next.writeGuard().enable(this::confirm);
        }
        Job job = Job.create("Connecting to " + next.describe(), (IProgressMonitor monitor) -> {
            try {
                next.connect();
                return Status.OK_STATUS;
            } catch (LiveException e) {
                asyncUi(() -> MessageDialog.openError(getSite().getShell(), "Cannot Connect", e.getMessage()));
                return Status.OK_STATUS; // reported in the dialog and the view's status line
            }
        });
        job.setSystem(false);
        job.schedule();
        showStatus();
    }

    private void stop() {
        AbstractLiveConnection current = connection;
        if (current != null) {
            current.model().removeListener(modelListener);
            Job.create("Disconnecting from " + current.describe(), (IProgressMonitor m) -> {
                current.close();
                return Status.OK_STATUS;
            }).schedule();
        }
        connection = null;
        dirty.set(true);
        updateActions();
    }

    /** Asks on the UI thread, naming device, path and value; called from the writing job's thread. */
    private boolean confirm(WriteGuard.WriteRequest request) {
        boolean[] yes = { false };
        Display.getDefault().syncExec(() -> yes[0] = MessageDialog.openConfirm(getSite().getShell(), "Write to the Installation?",
                "Write " + request.value() + " to " + request.path() + " of " + request.device() + " on " + request.connection() + "?\n\n"
                        + "This changes the real system: switching a BMS, inverter or charger off can leave it without power."));
        return yes[0];
    }

    private void writeSelected() {
        AbstractLiveConnection current = connection;
        if (current == null || !(selected() instanceof ValueRow row)) {
            return;
        }
        LiveValue value = row.device().value(row.path());
        InputDialog input = new InputDialog(getSite().getShell(), "Write Value", "New value of " + row.path() + " on " + row.device().key() + ":",
                value == null || value.value() == null ? "" : String.valueOf(value.value()), text -> text.isBlank() ? "Enter a value" : null);
        if (input.open() != InputDialog.OK) {
            return;
        }
        Object newValue = parse(input.getValue().trim());
        Job.create("Writing " + row.path(), (IProgressMonitor m) -> {
            try {
                WriteGuard.Outcome outcome = current.write(row.device().key(), row.path(), newValue);
                if (outcome != WriteGuard.Outcome.SENT) {
                    asyncUi(() -> MessageDialog.openInformation(getSite().getShell(), "Not Written", "The write was not sent: " + outcome + "."));
                }
            } catch (LiveException e) {
                asyncUi(() -> MessageDialog.openError(getSite().getShell(), "Not Written", e.getMessage()));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Asks which component of an open design the selected device is, and binds it (undoable, saved with the design). */
    private void bindSelected() {
        LiveDevice device = selectedDevice();
        if (device == null) {
            return;
        }
        java.util.List<DesignBindings.Candidate> candidates = DesignBindings.candidates();
        if (candidates.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Bind to Design Component", "Open a design (.cwdesign) first: its components are what a device can be bound to.");
            return;
        }
        org.eclipse.ui.dialogs.ElementListSelectionDialog dialog = new org.eclipse.ui.dialogs.ElementListSelectionDialog(getSite().getShell(),
                new org.eclipse.jface.viewers.LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ((DesignBindings.Candidate) element).choiceLabel();
                    }
                });
        dialog.setTitle("Bind to Design Component");
        dialog.setMessage("Which design component is " + device.displayName() + " (" + device.key() + ")?");
        dialog.setElements(candidates.toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() == org.eclipse.ui.dialogs.ElementListSelectionDialog.OK && dialog.getFirstResult() instanceof DesignBindings.Candidate choice) {
            bind(choice, device.key());
        }
    }

    /** Binds and redraws (also used by tests and the screenshot property). */
    void bind(DesignBindings.Candidate choice, io.cellwright.live.DeviceKey device) {
        DesignBindings.bind(choice, device);
        dirty.set(true);
    }

    private LiveDevice selectedDevice() {
        Object row = selected();
        if (row instanceof DeviceRow d) {
            return d.device();
        }
        if (row instanceof ValueRow v) {
            return v.device();
        }
        if (row instanceof AlarmsRow a) {
            return a.device();
        }
        if (row instanceof AlarmRow a) {
            return a.device();
        }
        return row instanceof DifferencesRow d ? d.device() : row instanceof DifferenceRow d ? d.device() : null;
    }

    private static Object parse(String text) {
        try {
            double d = Double.parseDouble(text);
            return d == Math.rint(d) ? (Object) (long) d : d;
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private Object selected() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private void updateActions() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        AbstractLiveConnection current = connection;
        disconnectAction.setEnabled(current != null);
        writeAction.setEnabled(current != null && current.isConnected() && current.writeGuard().isEnabled() && selected() instanceof ValueRow);
        bindAction.setEnabled(current != null && selectedDevice() != null);
    }

    private void showStatus() {
        if (status == null || status.isDisposed()) {
            return;
        }
        AbstractLiveConnection current = connection;
        if (current == null) {
            status.setText("Not connected. Connect to a GX device (toolbar) or replay a recorded session.");
            if (viewer.getInput() != null) {
                viewer.setInput(null);
            }
            return;
        }
        if (viewer.getInput() != current.model()) {
            viewer.setInput(current.model());
        }
        LiveModel model = current.model();
        String state = switch (current.state()) {
            case CONNECTED -> "Connected to ";
            case CONNECTING -> "Connecting to ";
            case RECONNECTING -> "Reconnecting to ";
            case DISCONNECTED, CLOSED -> "Not connected to ";
        };
        String detail = current.stateDetail() == null ? "" : " (" + current.stateDetail() + ")";
        status.setText(state + current.describe() + detail + " · " + model.devices().size() + " device(s)"
                + (model.skippedCount() > 0 ? " · " + model.skippedCount() + " message(s) skipped" : "")
                + " · writes " + (current.writeGuard().isEnabled() ? "allowed, each confirmed" : "off"));
        status.getParent().layout(true);
        if (current.state() == ConnectionState.CONNECTED) {
            LOG.log(Level.DEBUG, "live view: {0}", status.getText());
        }
    }

    private void asyncUi(Runnable r) {
        Display display = viewer == null || viewer.getControl().isDisposed() ? null : viewer.getControl().getDisplay();
        if (display != null) {
            display.asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    r.run();
                }
            });
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        AbstractLiveConnection current = connection;
        connection = null;
        if (current != null) {
            current.model().removeListener(modelListener);
            current.close();
        }
        super.dispose();
    }

    /** The first column: device names, quantity labels, alarm names. */
    private static final class NameLabels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof DeviceRow d) {
                LiveDevice device = d.device();
                String product = device.value("ProductName") != null && device.value("ProductName").value() instanceof String s ? s : null;
                String name = device.displayName();
                return name + (product != null && !product.equals(name) ? " (" + product + ")" : "");
            }
            if (element instanceof ValueRow v) {
                Quantities.Quantity q = Quantities.of(v.path());
                return q == null ? v.path() : q.label();
            }
            if (element instanceof AlarmsRow) {
                return "Alarms";
            }
            if (element instanceof AlarmRow a) {
                return a.name();
            }
            if (element instanceof DifferencesRow) {
                return "Differences from the design";
            }
            if (element instanceof DifferenceRow d) {
                return switch (d.difference().kind()) {
                    case OTHER_PRODUCT -> "Other product";
                    case ALARM -> "Alarm active";
                    case LIMIT_EXCEEDED -> "Limit exceeded";
                };
            }
            return String.valueOf(element);
        }

        @Override
        public Color getForeground(Object element) {
            return activeAlarm(element) ? Display.getCurrent().getSystemColor(SWT.COLOR_RED) : null;
        }
    }

    private static boolean activeAlarm(Object element) {
        return element instanceof AlarmRow a && a.state().isActive() || element instanceof AlarmsRow g && g.active() > 0
                || element instanceof DifferencesRow d && !d.differences().isEmpty() || element instanceof DifferenceRow;
    }

    /** The second column: values with units, alarm states. */
    private static final class ValueLabels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof DeviceRow d) {
                Integer product = d.device().productId();
                return product == null ? "" : "product " + product;
            }
            if (element instanceof ValueRow v) {
                LiveValue value = v.device().value(v.path());
                return value == null ? "" : value.display();
            }
            if (element instanceof AlarmsRow a) {
                long active = a.active();
                return active == 0 ? "all " + a.device().alarms().size() + " ok" : active + " active";
            }
            if (element instanceof AlarmRow a) {
                return a.state().label();
            }
            if (element instanceof DifferencesRow d) {
                return d.differences().isEmpty() ? "none" : d.differences().size() + " found";
            }
            return "";
        }

        @Override
        public Color getForeground(Object element) {
            if (element instanceof AlarmRow a && a.state() == AlarmState.WARNING) {
                return Display.getCurrent().getSystemColor(SWT.COLOR_DARK_YELLOW);
            }
            return activeAlarm(element) ? Display.getCurrent().getSystemColor(SWT.COLOR_RED) : null;
        }
    }

    /** The third column: where the value comes from. */
    private static final class PathLabels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof DeviceRow d) {
                return d.device().key().toString();
            }
            if (element instanceof ValueRow v) {
                return v.path();
            }
            if (element instanceof AlarmRow a) {
                return Quantities.ALARM_PREFIX + a.name();
            }
            return "";
        }
    }

    /** The fourth column: the bound design component and each difference as a sentence with its source. */
    private final class DesignLabels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof DeviceRow d) {
                DesignBindings.Candidate bound = bindings.get(d.device().key());
                return bound == null ? "not bound (Bind to Design Component…)" : "bound to " + bound.label();
            }
            if (element instanceof DifferencesRow d) {
                return d.differences().isEmpty() ? "the device agrees with " + d.bound().component().getId() : "";
            }
            if (element instanceof DifferenceRow d) {
                return d.difference().text();
            }
            return "";
        }

        @Override
        public String getToolTipText(Object element) {
            return element instanceof DifferenceRow d ? d.difference().text() : null;
        }
    }
}
