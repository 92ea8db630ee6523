package io.cellwright.live.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.cellwright.live.CredentialStore;
import io.cellwright.live.LiveException;
import io.cellwright.live.mqtt.MqttSettings;

/**
 * Asks where to connect: a GX on the local network (plain or TLS) or the VRM cloud broker; portal id
 * (blank: found on the broker); user and password (the password goes to Eclipse secure storage, never
 * to a plain file); and whether this connection may write (off unless ticked).
 */
final class ConnectionDialog extends TitleAreaDialog {

    /** What the user chose. */
    record Choice(MqttSettings settings, boolean writesEnabled) {
    }

    private Button gx;
    private Button vrm;
    private Text broker;
    private Text portalId;
    private Button tls;
    private Text caFile;
    private Text user;
    private Text password;
    private Button savePassword;
    private Button writes;
    private Choice choice;

    ConnectionDialog(Shell shell) {
        super(shell);
    }

    Choice choice() {
        return choice;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Connect to a GX Device");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Connect to a GX device");
        setMessage("Turn MQTT on at the GX first: Settings → Services → MQTT. Values are read; nothing is written unless you allow it below.");
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);

        gx = radio(c, "GX device on the local network");
        vrm = radio(c, "VRM cloud broker (host from the portal id, TLS, VRM account)");
        gx.setSelection(true);
        broker = field(c, "Broker:", "host, host:port, tcp://host:1883 or ssl://host:8883");
        portalId = field(c, "Portal id:", "blank: found on the broker (GX: Settings → VRM online portal → VRM Portal ID)");
        tls = new Button(c, SWT.CHECK);
        tls.setText("TLS (port 8883); the certificate must name the host");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(tls);
        caFile = field(c, "CA file:", "PEM file to trust (VRM: venus-ca.crt); blank: Java's trusted CAs");
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            String file = dialog.open();
            if (file != null) {
                caFile.setText(file);
            }
        });
        user = field(c, "User:", "blank for none; VRM: your e-mail address");
        password = new Text(labelled(c, "Password:"), SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(password);
        savePassword = new Button(c, SWT.CHECK);
        savePassword.setText("Keep the password in Eclipse secure storage");
        savePassword.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(savePassword);
        writes = new Button(c, SWT.CHECK);
        writes.setText("Allow writes on this connection (each write asks for confirmation and is logged)");
        writes.setSelection(false);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(writes);

        broker.addListener(SWT.FocusOut, e -> loadCredentials());
        vrm.addListener(SWT.Selection, e -> update());
        update();
        return area;
    }

    private Button radio(Composite parent, String text) {
        Button b = new Button(parent, SWT.RADIO);
        b.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(b);
        return b;
    }

    private static Composite labelled(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        return parent;
    }

    private static Text field(Composite parent, String label, String hint) {
        Text text = new Text(labelled(parent, label), SWT.BORDER);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).span(label.equals("CA file:") ? 1 : 2, 1).hint(420, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void update() {
        boolean cloud = vrm.getSelection();
        broker.setEnabled(!cloud);
        tls.setEnabled(!cloud);
        if (cloud) {
            tls.setSelection(true);
        }
    }

    /** Fills user and password from secure storage when the broker has stored ones. */
    private void loadCredentials() {
        String address = broker.getText().trim();
        if (address.isEmpty() || !user.getText().isEmpty()) {
            return;
        }
        try {
            CredentialStore.Credentials stored = CredentialStore.getDefault().load(MqttSettings.normalize(address));
            if (stored != null) {
                user.setText(stored.user() == null ? "" : stored.user());
                password.setText(stored.password() == null ? "" : new String(stored.password()));
            }
        } catch (LiveException | IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    protected void okPressed() {
        try {
            String id = portalId.getText().trim();
            String name = user.getText().trim();
            char[] secret = password.getText().isEmpty() ? null : password.getText().toCharArray();
            MqttSettings settings;
            if (vrm.getSelection()) {
                settings = MqttSettings.vrm(id, name, secret);
            } else {
                String address = broker.getText().trim();
                if (tls.getSelection() && !address.contains("://")) {
                    address = "ssl://" + address;
                }
                settings = MqttSettings.gx(address).withPortalId(id.isEmpty() ? null : id).withUser(name.isEmpty() ? null : name, secret);
            }
            if (settings.isTls() || !caFile.getText().isBlank()) {
                settings = settings.withTls(caFile.getText().isBlank() ? null : Path.of(caFile.getText().trim()), true);
            }
            if (savePassword.getSelection() && settings.user() != null) {
                CredentialStore.getDefault().store(settings.brokerUri(), settings.user(), secret);
            }
            choice = new Choice(settings, writes.getSelection());
            super.okPressed();
        } catch (IllegalArgumentException | LiveException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Connect", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
