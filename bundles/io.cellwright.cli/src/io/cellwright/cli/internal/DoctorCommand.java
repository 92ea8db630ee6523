package io.cellwright.cli.internal;

import java.io.PrintWriter;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cellwright doctor}: checks this installation (Java, install location, the libraries every
 * area of Cellwright needs) and says what is wrong, so a support request starts from facts.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check this installation: Java version, install and workspace locations, and that every library Cellwright needs resolves and starts.")
public class DoctorCommand implements java.util.concurrent.Callable<Integer> {

    static final int MINIMUM_JAVA = 21;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Bundle self = FrameworkUtil.getBundle(DoctorCommand.class);
        if (self == null || self.getBundleContext() == null) {
            throw new CliException(ExitCode.INTERNAL, "doctor must run inside the Cellwright runtime (OSGi), not as a plain Java program.");
        }
        int failures = 0;
        int java = Runtime.version().feature();
        boolean javaOk = java >= MINIMUM_JAVA;
        out.printf("%s Java %s (%s) at %s%n", mark(javaOk), Runtime.version(), System.getProperty("java.vendor"), System.getProperty("java.home"));
        if (!javaOk) {
            out.printf("      Cellwright needs Java %d or newer; set JAVA_HOME to such a JDK.%n", MINIMUM_JAVA);
            failures++;
        }
        out.printf("  Install:       %s%n", System.getProperty("osgi.install.area", "(unknown)"));
        out.printf("  Configuration: %s%n", System.getProperty("osgi.configuration.area", "(unknown)"));
        for (LibraryCheck check : LibraryCheck.HEADLESS) {
            LibraryCheck.Result result = check.run(self.getBundleContext());
            out.printf("%s %-42s %s%n", mark(result.passed()), check.purpose(), result.detail());
            if (!result.passed()) {
                failures++;
            }
        }
        out.println(failures == 0 ? "All checks passed." : failures + " check(s) failed.");
        return failures == 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private static String mark(boolean ok) {
        return ok ? "  ok  " : "  FAIL";
    }
}
