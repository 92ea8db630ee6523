package io.cellwright.live.ble;

/**
 * Reads fields packed least-significant bit first from a decrypted Instant Readout record. Start bits
 * count from the record start; the plaintext begins at bit 32. Bits past the end of the plaintext
 * read as 1, as unused trailing bits are (instant-readout facts, "Frame").
 */
final class Bits {

    static final int PAYLOAD_START = 32;

    private final byte[] plaintext;

    Bits(byte[] plaintext) {
        this.plaintext = plaintext;
    }

    /** The unsigned field of {@code length} bits at record bit {@code start}. */
    long unsigned(int start, int length) {
        long value = 0;
        int offset = start - PAYLOAD_START;
        for (int i = 0; i < length; i++) {
            int bit = offset + i;
            int b = bit / 8 < plaintext.length ? (plaintext[bit / 8] >> (bit % 8)) & 1 : 1;
            value |= (long) b << i;
        }
        return value;
    }

    /** The two's complement field of {@code length} bits at {@code start}. */
    long signed(int start, int length) {
        long raw = unsigned(start, length);
        long sign = 1L << (length - 1);
        return (raw & sign) != 0 ? raw - (1L << length) : raw;
    }

    /** Whether the field is all ones, which means "not available". */
    boolean notAvailable(int start, int length) {
        return unsigned(start, length) == (1L << length) - 1;
    }

    /** Whether a signed field holds its "not available" value (the largest positive number, 0x7FFF for 16 bits). */
    boolean signedNotAvailable(int start, int length) {
        return unsigned(start, length) == (1L << (length - 1)) - 1;
    }
}
