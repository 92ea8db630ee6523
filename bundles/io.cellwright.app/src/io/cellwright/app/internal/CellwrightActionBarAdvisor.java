package io.cellwright.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * File, Edit, Window and Help menus and the main tool bar. The standard workbench actions are
 * retargetable, so the active editor or view (the diagram, later) supplies what Undo, Delete or
 * Select All do; the group markers let other bundles contribute through menu contributions.
 */
public class CellwrightActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction save;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction newWizard;
    private IContributionItem newWizardShortlist;
    private IContributionItem perspectives;
    private IContributionItem views;

    public CellwrightActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        newWizard = keep(ActionFactory.NEW.create(window));
        newWizard.setText("&Other...");
        newWizardShortlist = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
        save = keep(ActionFactory.SAVE.create(window));
        saveAll = keep(ActionFactory.SAVE_ALL.create(window));
        for (ActionFactory factory : new ActionFactory[] {
                ActionFactory.CLOSE, ActionFactory.CLOSE_ALL, ActionFactory.SAVE_AS, ActionFactory.REVERT,
                ActionFactory.REFRESH, ActionFactory.IMPORT, ActionFactory.EXPORT, ActionFactory.PROPERTIES,
                ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY,
                ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.FIND,
                ActionFactory.RESET_PERSPECTIVE, ActionFactory.PREFERENCES, ActionFactory.ABOUT,
                ActionFactory.OPEN_PERSPECTIVE_DIALOG, ActionFactory.RENAME }) {
            register(factory.create(window));
        }
        perspectives = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
        views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu() {
        MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
        newMenu.add(newWizardShortlist);
        newMenu.add(new Separator());
        newMenu.add(newWizard);
        menu.add(newMenu);
        menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        menu.add(new Separator());
        menu.add(action(ActionFactory.CLOSE));
        menu.add(action(ActionFactory.CLOSE_ALL));
        menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
        menu.add(new Separator());
        menu.add(save);
        menu.add(action(ActionFactory.SAVE_AS));
        menu.add(saveAll);
        menu.add(action(ActionFactory.REVERT));
        menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        menu.add(new Separator());
        menu.add(action(ActionFactory.RENAME));
        menu.add(action(ActionFactory.REFRESH));
        menu.add(new Separator());
        menu.add(action(ActionFactory.IMPORT));
        menu.add(action(ActionFactory.EXPORT));
        menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(action(ActionFactory.PROPERTIES));
        menu.add(new Separator());
        menu.add(action(ActionFactory.QUIT));
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        return menu;
    }

    private MenuManager editMenu() {
        MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        menu.add(action(ActionFactory.UNDO));
        menu.add(action(ActionFactory.REDO));
        menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        menu.add(new Separator());
        menu.add(action(ActionFactory.CUT));
        menu.add(action(ActionFactory.COPY));
        menu.add(action(ActionFactory.PASTE));
        menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        menu.add(new Separator());
        menu.add(action(ActionFactory.DELETE));
        menu.add(action(ActionFactory.SELECT_ALL));
        menu.add(new Separator());
        menu.add(action(ActionFactory.FIND));
        menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        return menu;
    }

    private MenuManager windowMenu() {
        MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager perspectiveMenu = new MenuManager("&Perspective", "openPerspective");
        perspectiveMenu.add(perspectives);
        menu.add(perspectiveMenu);
        MenuManager viewMenu = new MenuManager("Show &View");
        viewMenu.add(views);
        menu.add(viewMenu);
        menu.add(new Separator());
        menu.add(action(ActionFactory.RESET_PERSPECTIVE));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(action(ActionFactory.PREFERENCES));
        return menu;
    }

    private MenuManager helpMenu() {
        MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        menu.add(new Separator());
        menu.add(action(ActionFactory.ABOUT));
        return menu;
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager file = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        file.add(newWizard);
        file.add(save);
        file.add(saveAll);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private IWorkbenchAction keep(IWorkbenchAction action) {
        register(action);
        return action;
    }

    private IWorkbenchAction action(ActionFactory factory) {
        return (IWorkbenchAction) getAction(factory.getId());
    }
}
