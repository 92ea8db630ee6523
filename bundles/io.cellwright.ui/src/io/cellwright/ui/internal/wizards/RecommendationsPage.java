package io.cellwright.ui.internal.wizards;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.validation.selector.BmsSelector;
import io.cellwright.validation.selector.Fit;
import io.cellwright.validation.selector.Recommendation;
import io.cellwright.validation.selector.SystemNeeds;

/** Page 2 of the BMS selector: every BMS model ranked for the needs, with the reasons for and against it. */
public final class RecommendationsPage extends WizardPage {

    private final NeedsPage needsPage;
    private TableViewer table;
    private Text reasons;
    private List<Recommendation> ranked = List.of();

    RecommendationsPage(NeedsPage needsPage) {
        super("recommendations");
        this.needsPage = needsPage;
        setTitle("Recommended BMS models");
        setDescription("Ranked by the BMS overview (002): recommended first. Pick one to start a design with it.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        SashForm page = new SashForm(parent, SWT.VERTICAL);
        table = new TableViewer(page, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn model = new TableViewerColumn(table, SWT.NONE);
        model.getColumn().setText("BMS");
        model.getColumn().setWidth(260);
        model.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Recommendation) element).model().getName();
            }

            @Override
            public Image getImage(Object element) {
                return switch (((Recommendation) element).fit()) {
                    case RECOMMENDED -> null;
                    case POSSIBLE -> PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK);
                    case UNSUITABLE -> PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
                };
            }
        });
        TableViewerColumn fit = new TableViewerColumn(table, SWT.NONE);
        fit.getColumn().setText("Fit");
        fit.getColumn().setWidth(140);
        fit.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label(((Recommendation) element).fit());
            }
        });
        reasons = new Text(page, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
        page.setWeights(45, 55);
        table.addSelectionChangedListener(event -> selectionChanged());
        setControl(page);
    }

    static String label(Fit fit) {
        String name = fit.name().toLowerCase(Locale.ROOT);
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            SystemNeeds needs = needsPage.needs();
            ranked = BmsSelector.recommend(needs, CatalogRegistry.getDefault());
            table.setInput(ranked);
            setMessage("For " + needs.describe() + ".");
            if (!ranked.isEmpty()) {
                table.setSelection(new StructuredSelection(ranked.get(0)), true);
            }
        }
        super.setVisible(visible);
    }

    private void selectionChanged() {
        Recommendation chosen = chosen();
        reasons.setText(chosen == null ? "" : label(chosen.fit()) + ": " + chosen.model().getName() + "\n\n• " + String.join("\n• ", chosen.reasons()));
        setErrorMessage(chosen != null && chosen.fit() == Fit.UNSUITABLE ? chosen.model().getName() + " does not suit this system; pick another." : null);
        setPageComplete(chosen != null && chosen.fit() != Fit.UNSUITABLE);
    }

    public Recommendation chosen() {
        return table == null ? null : ((IStructuredSelection) table.getSelection()).getFirstElement() instanceof Recommendation r ? r : null;
    }

    public List<Recommendation> ranked() {
        return ranked;
    }

    public TableViewer viewer() {
        return table;
    }
}
