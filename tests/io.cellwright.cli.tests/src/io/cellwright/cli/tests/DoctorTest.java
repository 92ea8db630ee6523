package io.cellwright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.cellwright.cli.Cli;
import io.cellwright.cli.ExitCode;
import io.cellwright.cli.internal.LibraryCheck;

/** The test runtime holds the whole product (tests/pom.xml), so doctor must find every library. */
class DoctorTest {

    private final BundleContext context = FrameworkUtil.getBundle(Cli.class).getBundleContext();

    @Test
    void doctorPassesOnACompleteInstall() {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] { "doctor" }, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(ExitCode.OK, code, out.toString());
        assertTrue(out.toString().contains("All checks passed."), out.toString());
        for (LibraryCheck check : LibraryCheck.HEADLESS) {
            assertTrue(out.toString().contains(check.purpose()), check.purpose());
        }
    }

    @Test
    void aMissingBundleFailsWithItsName() {
        LibraryCheck.Result result = new LibraryCheck("nothing", "org.example.not.there", "org.example.Nothing").run(context);
        assertFalse(result.passed());
        assertEquals("bundle org.example.not.there is not installed", result.detail());
    }

    @Test
    void aClassTheBundleDoesNotHaveFailsWithTheClassName() {
        LibraryCheck.Result result = new LibraryCheck("emf", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.NoSuchThing").run(context);
        assertFalse(result.passed());
        assertTrue(result.detail().contains("cannot load org.eclipse.emf.ecore.NoSuchThing"), result.detail());
    }

    @Test
    void aPresentLibraryStartsAndLoads() {
        LibraryCheck.Result result = new LibraryCheck("paho", "org.eclipse.paho.client.mqttv3",
                "org.eclipse.paho.client.mqttv3.MqttClient").run(context);
        assertTrue(result.passed(), result.detail());
    }
}
