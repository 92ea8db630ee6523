package io.cellwright.app.internal;

import java.net.URL;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.ui.DesignPerspective;

/** Workbench life cycle: the IDE's resource adapters and images, the Design perspective, workspace saves. */
public class CellwrightWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // What the IDE application would do: adapt resources for the Project Explorer, Properties and
        // Problems views, and register the project images those views ask the workbench for.
        IDE.registerAdapters();
        Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
        declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
        declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
    }

    private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path) {
        URL url = bundle == null ? null : bundle.getEntry(path);
        if (url != null) {
            configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return DesignPerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new CellwrightWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        super.postStartup();
        preloadCatalog();
        StartupCheck.scheduleIfRequested(getWorkbenchConfigurer().getWorkbench());
    }

    /**
     * Reads the product catalogs in the background right after start-up: the first design editor would
     * otherwise read them on the display thread (about a second of frozen window on this machine).
     */
    private static void preloadCatalog() {
        Job job = Job.create("Loading the product catalog", monitor -> {
            CatalogRegistry.getDefault();
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.SHORT);
        job.schedule();
    }

    @Override
    public void postShutdown() {
        saveWorkspace();
        super.postShutdown();
    }

    /** The workspace's tree and markers are written at exit so the next start does not rebuild them. */
    private static void saveWorkspace() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            workspace.save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(CellwrightWorkbenchAdvisor.class).error("Saving the workspace at exit failed", e);
        }
    }
}
