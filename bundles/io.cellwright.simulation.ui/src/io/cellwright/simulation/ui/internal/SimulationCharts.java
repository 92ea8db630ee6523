package io.cellwright.simulation.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import io.cellwright.simulation.Columns;

/**
 * The five charts of a run, one above the other with a shared time axis in hours: bank and cell
 * voltages, currents, state of charge, temperatures, and the BMS outputs as step lines. A dashed line
 * marks the chosen time; clicking a chart chooses the time under the mouse.
 */
final class SimulationCharts {

    private static final Color[] PALETTE = { new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x27, 0x28), new Color(0x2c, 0xa0, 0x2c),
        new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b), new Color(0xe3, 0x77, 0xc2),
        new Color(0x7f, 0x7f, 0x7f), new Color(0x17, 0xbe, 0xcf) };
    private static final Color CURSOR = new Color(0x20, 0x20, 0x20);

    /** BMS outputs and alarms drawn in the last chart, each stacked on its own band. */
    static final String[][] OUTPUTS = { { "load_disconnect", "Load disconnect" }, { "charge_disconnect", "Charge disconnect" },
        { "pre_alarm", "Pre-alarm" }, { "system_discharge", "System+ discharge" }, { "system_charge", "System+ charge" },
        { "charge_limit", "Charge limit" } };
    /** Vertical distance between two stacked on/off lines. */
    private static final double BAND = 1.5;
    /** Below this the charts scroll rather than squeeze their axes away. */
    private static final int MIN_CHART_HEIGHT = 130;

    final Chart voltage;
    final Chart current;
    final Chart soc;
    final Chart temperature;
    final Chart outputs;
    private final List<Chart> all = new ArrayList<>();
    private final int cellAxis;
    private double cursorHours = Double.NaN;

    private final ScrolledComposite scroller;
    private final Font titleFont;

    SimulationCharts(Composite parent, DoubleConsumer onClick) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite body = new Composite(scroller, SWT.NONE);
        FontData[] bold = parent.getDisplay().getSystemFont().getFontData();
        for (FontData data : bold) {
            data.setStyle(SWT.BOLD);
        }
        titleFont = new Font(parent.getDisplay(), bold);
        body.addDisposeListener(e -> titleFont.dispose());
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        body.setLayout(layout);
        voltage = chart(body, "Voltage", "bank V", onClick);
        cellAxis = voltage.getAxisSet().createYAxis();
        IAxis cells = voltage.getAxisSet().getYAxis(cellAxis);
        cells.setPosition(IAxis.Position.Secondary);
        cells.getTitle().setText("cell V");
        cells.getTitle().setFont(parent.getDisplay().getSystemFont());
        cells.getTitle().setForeground(voltage.getTitle().getForeground());
        cells.getTick().setForeground(voltage.getTitle().getForeground());
        current = chart(body, "Current", "A", onClick);
        soc = chart(body, "State of charge", "%", onClick);
        temperature = chart(body, "Temperature", "°C", onClick);
        outputs = chart(body, "BMS outputs (high = 1, stacked)", "", onClick);
        outputs.getAxisSet().getYAxis(0).getTick().setVisible(false);
        for (Chart chart : all) {
            chart.getAxisSet().getXAxis(0).getTitle().setVisible(chart == outputs);
        }
        scroller.setContent(body);
        scroller.setMinHeight(all.size() * MIN_CHART_HEIGHT);
    }

    Composite control() {
        return scroller;
    }

    List<Chart> charts() {
        return List.copyOf(all);
    }

    private Chart chart(Composite parent, String title, String unit, DoubleConsumer onClick) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Color text = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        chart.getTitle().setText(title);
        chart.getTitle().setFont(titleFont);
        chart.getTitle().setForeground(text);
        chart.getAxisSet().getXAxis(0).getTitle().setText("hours");
        chart.getAxisSet().getYAxis(0).getTitle().setText(unit);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setFont(parent.getDisplay().getSystemFont());
            axis.getTitle().setForeground(text);
            axis.getTick().setForeground(text);
        }
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                drawCursor(chart, e);
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        });
        chart.getPlotArea().getControl().addMouseListener(new MouseAdapter() {
            @Override
            public void mouseUp(MouseEvent e) {
                if (e.button == 1) {
                    onClick.accept(chart.getAxisSet().getXAxis(0).getDataCoordinate(e.x) * 3600);
                }
            }
        });
        all.add(chart);
        return chart;
    }

    private void drawCursor(Chart chart, PaintEvent e) {
        if (Double.isNaN(cursorHours)) {
            return;
        }
        int x = chart.getAxisSet().getXAxis(0).getPixelCoordinate(cursorHours);
        e.gc.setForeground(CURSOR);
        e.gc.setLineWidth(1);
        e.gc.setLineStyle(SWT.LINE_DASH);
        e.gc.drawLine(x, 0, x, e.height);
        e.gc.setLineStyle(SWT.LINE_SOLID);
    }

    void setCursor(double seconds) {
        cursorHours = seconds / 3600;
        for (Chart chart : all) {
            chart.getPlotArea().getControl().redraw();
        }
    }

    /** Replaces every series with the results so far. */
    void show(RunResults results) {
        double[] hours = results.times();
        for (int i = 0; i < hours.length; i++) {
            hours[i] /= 3600;
        }
        double end = results.end() / 3600;
        clear();
        line(voltage, results, hours, Columns.BANK_V, "Bank", 0);
        line(voltage, results, hours, "cell_min_V", "Lowest cell", cellAxis);
        line(voltage, results, hours, "cell_max_V", "Highest cell", cellAxis);
        line(current, results, hours, Columns.BANK_A, "Bank", 0);
        line(current, results, hours, "alternator_A", "Alternator port", 0);
        for (String column : results.columns()) {
            if (column.endsWith("_A") && !column.equals(Columns.BANK_A) && !column.equals("alternator_A")) {
                line(current, results, hours, column, column.substring(0, column.length() - 2), 0);
            }
        }
        line(soc, results, hours, Columns.SOC_PCT, "State of charge", 0);
        line(temperature, results, hours, "temp_max_C", "Warmest cell", 0);
        line(temperature, results, hours, "temp_min_C", "Coldest cell", 0);
        line(temperature, results, hours, "ambient_C", "Ambient", 0);
        int band = 0;
        for (String[] output : OUTPUTS) {
            if (results.has(output[0])) {
                steps(results, output[0], output[1], band++ * BAND, end);
            }
        }
        for (Chart chart : all) {
            chart.getAxisSet().adjustRange();
            if (end > 0) {
                chart.getAxisSet().getXAxis(0).setRange(new Range(0, end));
            }
        }
        if (band > 0) {
            outputs.getAxisSet().getYAxis(0).setRange(new Range(-0.25, (band - 1) * BAND + 1.25));
        }
        for (Chart chart : all) {
            chart.redraw();
        }
    }

    private void clear() {
        for (Chart chart : all) {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
        }
    }

    private void line(Chart chart, RunResults results, double[] hours, String column, String label, int yAxis) {
        if (!results.has(column) || hours.length == 0) {
            return;
        }
        ILineSeries<?> series = newSeries(chart, label);
        series.setXSeries(hours);
        series.setYSeries(results.values(column));
        series.setYAxisId(yAxis);
    }

    /** An on/off column as a step line from its exact changes, lifted by {@code offset} to its band. */
    private void steps(RunResults results, String column, String label, double offset, double endHours) {
        List<double[]> changes = results.changes(column);
        if (changes.isEmpty()) {
            return;
        }
        double[] x = new double[changes.size() + 1];
        double[] y = new double[changes.size() + 1];
        for (int i = 0; i < changes.size(); i++) {
            x[i] = changes.get(i)[0] / 3600;
            y[i] = offset + changes.get(i)[1];
        }
        x[changes.size()] = Math.max(endHours, x[changes.size() - 1]);
        y[changes.size()] = y[changes.size() - 1];
        ILineSeries<?> series = newSeries(outputs, label);
        series.enableStep(true);
        series.setXSeries(x);
        series.setYSeries(y);
    }

    private static ILineSeries<?> newSeries(Chart chart, String label) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, label);
        int n = chart.getSeriesSet().getSeries().length - 1;
        series.setLineColor(PALETTE[n % PALETTE.length]);
        series.setSymbolType(PlotSymbolType.NONE);
        series.setLineStyle(LineStyle.SOLID);
        series.setLineWidth(n == 0 ? 2 : 1);
        return series;
    }
}
