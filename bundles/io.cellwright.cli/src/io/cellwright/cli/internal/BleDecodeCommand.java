package io.cellwright.cli.internal;

import java.io.PrintWriter;
import java.util.HexFormat;

import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import io.cellwright.live.ble.InstantReadout;
import io.cellwright.live.ble.InstantReadoutException;
import io.cellwright.live.ble.Readout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cellwright ble-decode}: decrypts and decodes one Victron Bluetooth Instant Readout
 * advertisement (or an already decrypted payload) and prints its values with units.
 */
@Command(name = "ble-decode", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Decode a Victron Bluetooth Instant Readout advertisement (manufacturer data after the company id 0x02E1).",
            "Example: cellwright ble-decode 100289a302b040af925d09a4d89aa0128bdef48c6298a9 --key aff4d0995b7d1e176c0c33ecb9e70dcd",
            "Exit 0: decoded; 1: the advertisement or key cannot be used." })
public class BleDecodeCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "HEX", description = "The advertisement in hex (or, with --record-type, the decrypted payload).")
    String data;

    @Option(names = "--key", paramLabel = "HEX", description = "The device's AES key: VictronConnect → Product info → Instant readout details.")
    String key;

    @Option(names = "--record-type", paramLabel = "TYPE", description = "HEX is an already decrypted payload of this record type (e.g. 0x05); no key needed.")
    String recordType;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        if ((key == null) == (recordType == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --key (an encrypted advertisement) or --record-type (a decrypted payload)");
        }
        Readout readout;
        try {
            if (key != null) {
                readout = InstantReadout.decode(InstantReadout.hex(data, "advertisement"), InstantReadout.hex(key, "key"));
            } else {
                int type = Integer.decode(recordType.startsWith("0x") || recordType.startsWith("0X") ? recordType : "0x" + recordType);
                readout = InstantReadout.decodePlaintext(type, 0, 0, InstantReadout.hex(data, "payload"));
            }
        } catch (InstantReadoutException e) {
            throw new CliException(ExitCode.INPUT, e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new CliException(ExitCode.USAGE, "--record-type '" + recordType + "' is not a number such as 0x05");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, readout);
        } else {
            printText(out, readout);
        }
        return ExitCode.OK;
    }

    private void printText(PrintWriter out, Readout r) {
        out.printf("record type   0x%02X %s%n", r.recordType(), r.recordName());
        if (key != null) {
            out.printf("product id    0x%04X%n", r.productId());
            out.printf("nonce         0x%04X%n", r.nonce());
        }
        out.printf("plaintext     %s%n", HexFormat.of().formatHex(r.plaintext()));
        if (r.fields().isEmpty()) {
            out.println("(the layout of this record type is not published; only the plaintext is shown)");
        }
        for (Readout.Field f : r.fields()) {
            out.printf("  %-28s %-24s %s%n", f.name(), f.display(), f.path() == null ? "" : f.path());
        }
    }

    private static void printJson(PrintWriter out, Readout r) {
        StringBuilder s = new StringBuilder("{\"recordType\": ").append(r.recordType()).append(", \"record\": ").append(Json.quote(r.recordName()))
                .append(", \"productId\": ").append(r.productId()).append(", \"nonce\": ").append(r.nonce()).append(", \"plaintext\": ")
                .append(Json.quote(HexFormat.of().formatHex(r.plaintext()))).append(", \"fields\": [");
        for (int i = 0; i < r.fields().size(); i++) {
            Readout.Field f = r.fields().get(i);
            Object v = f.value();
            String value = v == null ? "null" : v instanceof Double d ? d.toString() : Json.quote(v.toString());
            s.append(i == 0 ? "" : ", ").append("{\"name\": ").append(Json.quote(f.name())).append(", \"value\": ").append(value)
                    .append(", \"unit\": ").append(Json.quote(f.unit())).append(", \"path\": ").append(Json.quote(f.path())).append(", \"raw\": ")
                    .append(f.raw()).append('}');
        }
        out.println(s.append("]}"));
    }
}
