package io.cellwright.simulation.internal;

import io.cellwright.model.catalog.OutputState;

/** Levels of a signal wire: a BMS output, a cable output, what a remote input sees. */
final class Level {
    static final byte FLOATING = 0;
    static final byte HIGH = 1;
    static final byte LOW = 2;

    private Level() {
    }

    static byte of(OutputState state, byte fallback) {
        if (state == null) {
            return fallback;
        }
        return switch (state) {
            case HIGH, CONTACT_CLOSED -> HIGH;
            case LOW -> LOW;
            case FREE_FLOATING, CONTACT_OPEN -> FLOATING;
            default -> fallback;
        };
    }

    static String name(byte level) {
        return switch (level) {
            case HIGH -> "high";
            case LOW -> "low";
            default -> "free floating";
        };
    }
}
