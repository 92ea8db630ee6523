package io.cellwright.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** Reports the installed Cellwright version (the CLI bundle's version) and the Java running it. */
public class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "Cellwright " + cellwrightVersion(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") };
    }

    static String cellwrightVersion() {
        Bundle bundle = FrameworkUtil.getBundle(VersionProvider.class);
        return bundle == null ? "(development build)" : bundle.getVersion().toString();
    }
}
