package io.cellwright.live.ble;

import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveModel;
import io.cellwright.live.ble.Readout.Field;

/** Puts decoded Instant Readout values into a {@link LiveModel}, under the Venus OS paths they correspond to. */
public final class InstantReadoutFeed {

    private InstantReadoutFeed() {
    }

    /**
     * Feeds {@code readout} as device {@code <service type>/<instance>}; returns the device key, or
     * {@code null} when the record type's layout is unknown (nothing fed).
     */
    public static DeviceKey feed(LiveModel model, int instance, Readout readout) {
        if (readout.serviceType() == null) {
            return null;
        }
        DeviceKey device = new DeviceKey(readout.serviceType(), instance);
        model.update(device, "ProductId", (double) readout.productId(), null, null);
        for (Field field : readout.fields()) {
            if (field.path() == null) {
                continue;
            }
            Object value = field.value();
            if (value instanceof String && !(field.path().startsWith("Cell/"))) {
                value = (double) field.raw(); // states go in as their numbers, as Venus OS publishes them
            }
            model.update(device, field.path(), value, null, null);
        }
        return device;
    }
}
