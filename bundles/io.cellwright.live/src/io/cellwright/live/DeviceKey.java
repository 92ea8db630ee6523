package io.cellwright.live;

/**
 * Which device a live value belongs to, in Venus OS terms: the service type (the D-Bus name after
 * {@code com.victronenergy.}, e.g. {@code battery}) and the device instance (e.g. 512).
 */
public record DeviceKey(String serviceType, int instance) implements Comparable<DeviceKey> {

    public DeviceKey {
        if (serviceType == null || serviceType.isBlank()) {
            throw new IllegalArgumentException("service type is empty");
        }
    }

    /** Parses {@code battery/512}. */
    public static DeviceKey parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not a device: write SERVICE/INSTANCE, e.g. battery/512");
        }
        try {
            return new DeviceKey(text.substring(0, slash), Integer.parseInt(text.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a device: the instance after '/' must be a number, e.g. battery/512", e);
        }
    }

    @Override
    public int compareTo(DeviceKey other) {
        int c = serviceType.compareTo(other.serviceType);
        return c != 0 ? c : Integer.compare(instance, other.instance);
    }

    @Override
    public String toString() {
        return serviceType + "/" + instance;
    }
}
