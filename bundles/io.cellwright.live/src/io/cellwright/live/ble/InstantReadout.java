package io.cellwright.live.ble;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import io.cellwright.live.ble.Readout.Field;

/**
 * Decoder of Victron Bluetooth "Instant Readout" advertisements (manufacturer data of company 0x02E1).
 * Frame, encryption and layouts: shared/domain/instant-readout.md (from Victron's "Extra Manufacturer
 * Data" document of 2022-12-14, keshavdv/victron-ble and victronenergy/dbus-ble-sensors).
 */
public final class InstantReadout {

    /** Byte 0 of a product advertisement; other frames are skipped. */
    public static final int PRODUCT_ADVERTISEMENT = 0x10;
    /** Victron's Bluetooth company id, as it appears before the frame (bytes E1 02). */
    public static final int COMPANY_ID = 0x02E1;
    private static final int HEADER = 8;

    private static final Map<Integer, String> RECORD_NAMES = Map.ofEntries(Map.entry(0x01, "solar charger"),
            Map.entry(0x02, "battery monitor"), Map.entry(0x03, "inverter"), Map.entry(0x04, "DC/DC converter"),
            Map.entry(0x05, "Smart Lithium battery"), Map.entry(0x06, "inverter RS"), Map.entry(0x07, "GX device"),
            Map.entry(0x08, "AC charger"), Map.entry(0x09, "Smart BatteryProtect"), Map.entry(0x0A, "Lynx Smart BMS"),
            Map.entry(0x0B, "Multi RS"), Map.entry(0x0C, "VE.Bus"), Map.entry(0x0D, "DC energy meter"),
            Map.entry(0x0E, "Smart BMS"), Map.entry(0x0F, "Orion XS"));

    private InstantReadout() {
    }

    public static String recordName(int recordType) {
        return RECORD_NAMES.getOrDefault(recordType, String.format("unknown record type 0x%02X", recordType));
    }

    /**
     * Decrypts and decodes one advertisement.
     *
     * @param advertisement the manufacturer data after the company id (starting with 0x10); a leading
     *                      company id {@code E1 02} is accepted and skipped
     * @param key           the device's 16-byte AES key from VictronConnect
     */
    public static Readout decode(byte[] advertisement, byte[] key) throws InstantReadoutException {
        byte[] data = advertisement;
        if (data.length > 2 && (data[0] & 0xFF) == 0xE1 && data[1] == 0x02 && (data[2] & 0xFF) == PRODUCT_ADVERTISEMENT) {
            data = java.util.Arrays.copyOfRange(data, 2, data.length);
        }
        if (data.length < HEADER + 1) {
            throw new InstantReadoutException("the advertisement has " + data.length + " bytes; an Instant Readout frame has at least "
                    + (HEADER + 1) + " (8 header bytes and the encrypted payload)");
        }
        if ((data[0] & 0xFF) != PRODUCT_ADVERTISEMENT) {
            throw new InstantReadoutException(String.format("byte 0 is 0x%02X, not 0x10: this is not a product advertisement (skip it)", data[0] & 0xFF));
        }
        if (key == null || key.length != 16) {
            throw new InstantReadoutException("the key must be 16 bytes (32 hex digits) as VictronConnect shows it under Product info → Instant readout details");
        }
        if (data[7] != key[0]) {
            throw new InstantReadoutException(String.format("the key does not belong to this device: the advertisement expects a key starting with %02x, "
                    + "the key starts with %02x. Copy the key of this very device from VictronConnect (Product info → Instant readout details).",
                    data[7] & 0xFF, key[0] & 0xFF));
        }
        int productId = (data[2] & 0xFF) | (data[3] & 0xFF) << 8;
        int recordType = data[4] & 0xFF;
        int nonce = (data[5] & 0xFF) | (data[6] & 0xFF) << 8;
        byte[] plaintext = decrypt(java.util.Arrays.copyOfRange(data, HEADER, data.length), key, nonce);
        return decodePlaintext(recordType, productId, nonce, plaintext);
    }

    /** Decodes an already decrypted payload of {@code recordType}. */
    public static Readout decodePlaintext(int recordType, int productId, int nonce, byte[] plaintext) {
        Layouts.Builder fields = new Layouts.Builder(new Bits(plaintext));
        String service = Layouts.decode(recordType, fields);
        return new Readout(recordType, productId, nonce, plaintext.clone(), service, List.copyOf(fields.fields()));
    }

    /**
     * AES-128-CTR with the initial counter block = the nonce as a 128-bit little-endian integer (nonce
     * in bytes 0..1, the rest 0), incremented as such for each further block.
     */
    static byte[] decrypt(byte[] encrypted, byte[] key, int nonce) throws InstantReadoutException {
        try {
            Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
            byte[] plain = new byte[encrypted.length];
            byte[] counter = new byte[16];
            long block = nonce;
            for (int offset = 0; offset < encrypted.length; offset += 16) {
                for (int i = 0; i < 8; i++) {
                    counter[i] = (byte) (block >>> (8 * i));
                }
                byte[] stream = aes.doFinal(counter);
                for (int i = 0; i < 16 && offset + i < encrypted.length; i++) {
                    plain[offset + i] = (byte) (encrypted[offset + i] ^ stream[i]);
                }
                block++;
            }
            return plain;
        } catch (GeneralSecurityException e) {
            throw new InstantReadoutException("AES is not available in this Java runtime: " + e.getMessage());
        }
    }

    /** Parses hex with optional spaces, colons or a 0x prefix; the message names {@code what}. */
    public static byte[] hex(String text, String what) throws InstantReadoutException {
        String clean = text.replaceAll("[\\s:]", "");
        if (clean.startsWith("0x") || clean.startsWith("0X")) {
            clean = clean.substring(2);
        }
        try {
            return HexFormat.of().parseHex(clean);
        } catch (IllegalArgumentException e) {
            throw new InstantReadoutException(what + " '" + text + "' is not hex: " + e.getMessage());
        }
    }

    /** Names of the fields of a readout, for tests and listings. */
    static List<String> names(List<Field> fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.name()));
        return names;
    }
}
