package io.cellwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.junit.jupiter.api.Test;
import io.cellwright.tests.support.Ui;

/** SWTChart, which will plot simulations, draws a line series in this runtime. */
class SwtChartTest {

    @Test
    void aVoltageSeriesSetsTheAxisRanges() {
        Range range = Ui.call(() -> {
            Shell shell = new Shell(Ui.display());
            try {
                shell.setSize(600, 400);
                Chart chart = new Chart(shell, SWT.NONE);
                chart.setSize(600, 400);
                chart.getTitle().setText("Cell voltage");
                @SuppressWarnings("unchecked")
                ILineSeries<Object> series = (ILineSeries<Object>) chart.getSeriesSet().createSeries(SeriesType.LINE, "cell 1");
                series.setXSeries(new double[] { 0, 60, 120, 180 });
                series.setYSeries(new double[] { 3.30, 3.28, 3.21, 3.05 });
                chart.getAxisSet().adjustRange();
                shell.open();
                return chart.getAxisSet().getXAxis(0).getRange();
            } finally {
                shell.dispose();
            }
        });
        // adjustRange fits the data and leaves a small margin on each side.
        assertTrue(range.lower <= 0 && range.lower > -18, "lower bound " + range.lower);
        assertTrue(range.upper >= 180 && range.upper < 198, "upper bound " + range.upper);
    }
}
