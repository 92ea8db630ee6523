package io.cellwright.ui.editor;

/** The class an {@code io.cellwright.ui.designPages} extension names: makes the page for one editor. */
public interface DesignPageFactory {

    DesignPage create(DesignPageHost host);
}
