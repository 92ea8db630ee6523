package io.cellwright.cli.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * One library Cellwright needs at run time: the bundle that must be installed, resolved and startable,
 * and one class of its API that must load through it.
 */
public record LibraryCheck(String purpose, String symbolicName, String apiClass) {

    /** The headless libraries of the product, as the later areas of Cellwright use them. */
    public static final List<LibraryCheck> HEADLESS = List.of(
            new LibraryCheck("EMF Ecore (catalog and design models)", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.util.Diagnostician"),
            new LibraryCheck("EMF XMI (design files)", "org.eclipse.emf.ecore.xmi", "org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl"),
            new LibraryCheck("EMF Edit (commands, undo)", "org.eclipse.emf.edit", "org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain"),
            new LibraryCheck("EMF Change (change recording)", "org.eclipse.emf.ecore.change", "org.eclipse.emf.ecore.change.util.ChangeRecorder"),
            new LibraryCheck("Eclipse Paho MQTT v3 (live GX devices)", "org.eclipse.paho.client.mqttv3", "org.eclipse.paho.client.mqttv3.MqttAsyncClient"),
            new LibraryCheck("ELK layered (diagram auto-layout)", "org.eclipse.elk.alg.layered", "org.eclipse.elk.alg.layered.LayeredLayoutProvider"),
            new LibraryCheck("Eclipse GLSP server (wiring diagrams)", "org.eclipse.glsp.server", "org.eclipse.glsp.server.di.ServerModule"),
            new LibraryCheck("Google Guice (GLSP injection)", "com.google.inject", "com.google.inject.Guice"),
            new LibraryCheck("Log4j core (GLSP logging)", "org.apache.logging.log4j.core", "org.apache.logging.log4j.core.LoggerContext"),
            new LibraryCheck("openhtmltopdf (PDF reports)", "io.github.openhtmltopdf.pdfbox", "com.openhtmltopdf.pdfboxout.PdfRendererBuilder"),
            new LibraryCheck("Apache PDFBox", "org.apache.pdfbox", "org.apache.pdfbox.pdmodel.PDDocument"),
            new LibraryCheck("picocli (this command line)", "picocli", "picocli.CommandLine"));

    /** The outcome of one check: passed, or what went wrong in words a user can pass on. */
    public record Result(LibraryCheck check, boolean passed, String detail) {
    }

    public Result run(BundleContext context) {
        Optional<Bundle> found = Arrays.stream(context.getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .max(Comparator.comparing(Bundle::getVersion));
        if (found.isEmpty()) {
            return new Result(this, false, "bundle " + symbolicName + " is not installed");
        }
        Bundle bundle = found.get();
        try {
            if ((bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
                bundle.start(Bundle.START_TRANSIENT);
            }
            bundle.loadClass(apiClass);
            return new Result(this, true, bundle.getSymbolicName() + " " + bundle.getVersion() + " " + stateName(bundle));
        } catch (BundleException e) {
            return new Result(this, false, "bundle " + symbolicName + " " + bundle.getVersion() + " does not start: " + e.getMessage());
        } catch (ClassNotFoundException | LinkageError e) {
            return new Result(this, false, "bundle " + symbolicName + " " + bundle.getVersion() + " cannot load " + apiClass + ": " + e);
        }
    }

    private static String stateName(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.STARTING -> "starting (lazy)";
            case Bundle.RESOLVED -> "resolved";
            default -> "state " + bundle.getState();
        };
    }
}
