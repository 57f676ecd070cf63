package org.hjp.workbench.core.editing;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * The item providers of every installed model package (found through the registry the .edit bundles
 * contribute to), with reflective item providers for data of packages that have none.
 */
public final class ModelAdapterFactory {

	private ModelAdapterFactory() {
	}

	public static ComposedAdapterFactory create() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		// Before the registry's: the partnership package's providers, with stage marks named as people know the stages.
		factory.addAdapterFactory(new StageProgressLabels());
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}
}
