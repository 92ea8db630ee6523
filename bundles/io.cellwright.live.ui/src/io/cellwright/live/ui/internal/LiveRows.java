package io.cellwright.live.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;

import io.cellwright.live.AlarmState;
import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveDevice;
import io.cellwright.live.LiveModel;
import io.cellwright.live.Quantities;
import io.cellwright.live.design.Difference;
import io.cellwright.live.design.LiveComparison;

/** The rows of the Live view's tree: devices, their values, their alarms. */
final class LiveRows {

    private LiveRows() {
    }

    interface Row {
        /** What stays the same while values change, so that the tree keeps its expansion and selection. */
        Object identity();
    }

    record DeviceRow(LiveDevice device) implements Row {
        @Override
        public Object identity() {
            return device.key();
        }
    }

    record ValueRow(LiveDevice device, String path) implements Row {
        @Override
        public Object identity() {
            return List.of(device.key(), path);
        }
    }

    record AlarmsRow(LiveDevice device) implements Row {
        @Override
        public Object identity() {
            return List.of(device.key(), "#alarms");
        }

        long active() {
            return device.alarms().values().stream().filter(AlarmState::isActive).count();
        }
    }

    record AlarmRow(LiveDevice device, String name, AlarmState state) implements Row {
        @Override
        public Object identity() {
            return List.of(device.key(), "#alarm", name);
        }
    }

    /** The design component a device is bound to and how the device differs from it. */
    record DifferencesRow(LiveDevice device, DesignBindings.Candidate bound, List<Difference> differences) implements Row {
        @Override
        public Object identity() {
            return List.of(device.key(), "#differences");
        }
    }

    record DifferenceRow(LiveDevice device, int index, Difference difference) implements Row {
        @Override
        public Object identity() {
            return List.of(device.key(), "#difference", index);
        }
    }

    /** Devices at the top; under each the known battery quantities in reading order, other paths, then the alarms. */
    static final class Content implements ITreeContentProvider {
        private final Function<DeviceKey, DesignBindings.Candidate> bindings;

        Content(Function<DeviceKey, DesignBindings.Candidate> bindings) {
            this.bindings = bindings;
        }

        @Override
        public Object[] getElements(Object input) {
            return ((LiveModel) input).devices().stream().map(DeviceRow::new).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof DeviceRow d) {
                LiveDevice device = d.device();
                Set<String> paths = new LinkedHashSet<>();
                Quantities.batteryPaths().forEach(q -> paths.add(q.path()));
                paths.retainAll(device.values().keySet());
                device.values().keySet().stream().filter(p -> !p.startsWith(Quantities.ALARM_PREFIX)).forEach(paths::add);
                List<Row> rows = new ArrayList<>();
                DesignBindings.Candidate bound = bindings.apply(device.key());
                if (bound != null) {
                    // First: a bound device is there to be compared with its design.
                    rows.add(new DifferencesRow(device, bound, LiveComparison.compare(bound.component(), device)));
                }
                paths.forEach(p -> rows.add(new ValueRow(device, p)));
                if (!device.alarms().isEmpty()) {
                    rows.add(new AlarmsRow(device));
                }
                return rows.toArray();
            }
            if (parent instanceof AlarmsRow a) {
                List<Row> rows = new ArrayList<>();
                for (Map.Entry<String, AlarmState> e : a.device().alarms().entrySet()) {
                    rows.add(new AlarmRow(a.device(), e.getKey(), e.getValue()));
                }
                // Active alarms first: they are what a person looks for.
                rows.sort((x, y) -> Boolean.compare(((AlarmRow) y).state().isActive(), ((AlarmRow) x).state().isActive()));
                return rows.toArray();
            }
            if (parent instanceof DifferencesRow d) {
                List<Row> rows = new ArrayList<>();
                for (int i = 0; i < d.differences().size(); i++) {
                    rows.add(new DifferenceRow(d.device(), i, d.differences().get(i)));
                }
                return rows.toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof DeviceRow || element instanceof AlarmsRow || element instanceof DifferencesRow d && !d.differences().isEmpty();
        }
    }

    static final class Comparer implements IElementComparer {
        @Override
        public boolean equals(Object a, Object b) {
            return a instanceof Row ra && b instanceof Row rb ? ra.identity().equals(rb.identity()) : Objects.equals(a, b);
        }

        @Override
        public int hashCode(Object element) {
            return element instanceof Row r ? r.identity().hashCode() : Objects.hashCode(element);
        }
    }
}
