package io.cellwright.simulation.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import io.cellwright.model.catalog.LedIndicator;
import io.cellwright.model.catalog.LedPattern;
import io.cellwright.model.catalog.LedState;
import io.cellwright.simulation.EventLog;

/**
 * The BMS's LEDs (001 Appendix C, from the catalog) at the chosen time. The state of each LED comes
 * from the engine's {@code ledN} sample columns (0 off, 1 on, 2 blinking); its meaning is the
 * catalog's {@link LedState} for that pattern, else the LED's single documented meaning.
 */
final class LedPanel {

    static final int OFF = 0;
    static final int ON = 1;
    static final int BLINKING = 2;

    private static final int ROW = 26;
    private static final int DIAMETER = 16;

    private final Canvas canvas;
    private List<LedIndicator> leds = List.of();
    private int[] states = new int[0];
    private String heading = "LEDs: run a simulation";

    LedPanel(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    Point preferredSize() {
        return new Point(320, 30 + ROW * Math.max(1, leds.size()));
    }

    void setLeds(List<LedIndicator> indicators) {
        leds = List.copyOf(indicators);
        states = new int[leds.size()];
        canvas.redraw();
    }

    /** Reads the LED columns of {@code results} at {@code t} seconds. */
    void show(RunResults results, double t) {
        for (int i = 0; i < leds.size(); i++) {
            states[i] = (int) Math.max(0, results.stateAt("led" + (i + 1), t));
        }
        heading = "LEDs at " + EventLog.clock(t);
        canvas.redraw();
    }

    /** The states shown (0 off, 1 on, 2 blinking), in LED order. */
    int[] states() {
        return states.clone();
    }

    List<LedIndicator> leds() {
        return leds;
    }

    /**
     * What the LED says, in the catalog's words, and its state: "Smart BMS is active: on", "Bluetooth
     * broadcasting: blinking". An LED with a meaning per pattern shows the meaning of the pattern it is in.
     */
    static String meaning(LedIndicator led, int state) {
        LedPattern wanted = state == BLINKING ? LedPattern.BLINKING : state == ON ? LedPattern.ON : LedPattern.OFF;
        String general = null;
        for (LedState s : led.getStates()) {
            if (s.getPattern() == wanted) {
                return s.getMeaning();
            }
            if (general == null || s.getPattern() == LedPattern.UNSPECIFIED) {
                general = s.getMeaning();
            }
        }
        String word = state == BLINKING ? "blinking" : state == ON ? "on" : "off";
        return general == null ? word : general + ": " + word;
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(heading, 6, 4, true);
        if (leds.isEmpty()) {
            return;
        }
        for (int i = 0; i < leds.size(); i++) {
            LedIndicator led = leds.get(i);
            int y = 26 + i * ROW;
            Color colour = colour(led);
            int state = states[i];
            if (state == OFF) {
                gc.setBackground(new Color(0x50, 0x50, 0x50));
                gc.fillOval(8, y, DIAMETER, DIAMETER);
            } else {
                gc.setBackground(colour);
                gc.fillOval(8, y, DIAMETER, DIAMETER);
                if (state == BLINKING) {
                    gc.setForeground(colour);
                    gc.setLineStyle(SWT.LINE_DOT);
                    gc.drawOval(4, y - 4, DIAMETER + 8, DIAMETER + 8);
                    gc.setLineStyle(SWT.LINE_SOLID);
                }
            }
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(colourName(led) + " - " + meaning(led, state), 36, y, true);
        }
    }

    private static String colourName(LedIndicator led) {
        String name = led.getColour() == null ? "LED" : led.getColour().getName();
        return name.isEmpty() ? "LED" : name.charAt(0) + name.substring(1).toLowerCase();
    }

    private static Color colour(LedIndicator led) {
        String name = led.getColour() == null ? "" : led.getColour().getName();
        return switch (name) {
            case "RED" -> new Color(0xe0, 0x20, 0x20);
            case "GREEN" -> new Color(0x20, 0xc0, 0x30);
            case "BLUE" -> new Color(0x20, 0x60, 0xf0);
            case "YELLOW" -> new Color(0xf0, 0xd0, 0x10);
            case "ORANGE" -> new Color(0xff, 0x8c, 0x00);
            default -> new Color(0xf0, 0xf0, 0xf0);
        };
    }
}
