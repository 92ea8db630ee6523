package io.cellwright.ui.internal.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Text and icon of EMF objects from their item providers; icons are owned by this provider. */
public class EmfLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public EmfLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        String text = DesignLabels.text(element);
        if (text != null) {
            return text;
        }
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider p ? p.getText(element) : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider p ? image(p.getImage(element)) : null;
    }

    /** Item providers hand out URLs, or composed images whose first layer is the object's icon. */
    Image image(Object image) {
        if (image instanceof ComposedImage composed) {
            List<Object> layers = composed.getImages();
            return layers.isEmpty() ? null : image(layers.get(0));
        }
        if (image instanceof URL url) {
            return images.create(ImageDescriptor.createFromURL(url));
        }
        return null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
