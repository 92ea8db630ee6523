package io.cellwright.ui.internal.emf;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import io.cellwright.model.catalog.provider.CatalogItemProviderAdapterFactory;
import io.cellwright.model.design.provider.DesignItemProviderAdapterFactory;

/** The item providers of the design and catalog models, composed as the editors and views use them. */
public final class CellwrightAdapterFactory {

    private CellwrightAdapterFactory() {
    }

    public static ComposedAdapterFactory create() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new DesignItemProviderAdapterFactory());
        factory.addAdapterFactory(new CatalogItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }
}
