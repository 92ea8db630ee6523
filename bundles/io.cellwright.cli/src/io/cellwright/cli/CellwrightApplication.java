package io.cellwright.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless Equinox application behind {@code cellwright <command>}. The launcher script starts it
 * when the command line has arguments; its return value becomes the process exit code.
 */
public class CellwrightApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        return Integer.valueOf(Cli.run(args, out, err));
    }

    @Override
    public void stop() {
        // Commands run to completion on the launcher's thread; nothing to interrupt.
    }
}
