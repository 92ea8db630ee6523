package io.cellwright.catalog;

import org.eclipse.emf.common.util.URI;

/**
 * One contributed catalog: its id, who contributes it (a bundle's symbolic name) and where its file is.
 *
 * @param id          the catalog id, also the last segment of its logical URI {@code cellwright:/catalog/ID}
 * @param contributor the contributing bundle, named in every problem message about this catalog
 * @param file        the file's path as the contributor wrote it, for messages
 * @param location    where the file is (a {@code platform:/plugin/...} or {@code file:} URI)
 */
public record CatalogContribution(String id, String contributor, String file, URI location) {

    @Override
    public String toString() {
        return "catalog '" + id + "' (" + file + " in " + contributor + ")";
    }
}
