package org.hjp.workbench.codegen;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Runs EMF's generator on genmodels outside Eclipse, with platform:/resource/ mapped to a bundles folder. */
final class GenModelGenerator {

	private final Path bundles;

	GenModelGenerator(Path bundles) {
		this.bundles = bundles;
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
	}

	void generateAll(List<Path> genModels) {
		for (Path genModelFile : genModels) {
			generate(genModelFile);
		}
	}

	private void generate(Path genModelFile) {
		ResourceSet resourceSet = newResourceSet();
		URI uri = URI.createPlatformResourceURI(bundles.relativize(genModelFile).toString().replace('\\', '/'), true);
		GenModel genModel = (GenModel) resourceSet.getResource(uri, true).getContents().get(0);
		// The committed genmodels hold only settings; their classifiers are filled in from the .ecore files.
		for (GenPackage genPackage : genModel.getGenPackages()) {
			genPackage.initialize(genPackage.getEcorePackage());
			PropertySettings.apply(genPackage);
		}
		for (GenPackage used : genModel.getUsedGenPackages()) {
			if (used.eIsProxy() || used.getGenModel() == null) {
				throw new IllegalStateException(genModelFile + " uses a genmodel that cannot be found: " + EcoreUtil.getURI(used));
			}
			if (used.getGenClassifiers().isEmpty()) {
				used.initialize(used.getEcorePackage());
			}
		}
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("Invalid genmodel " + genModelFile + ": " + diagnostic);
		}
		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new IllegalStateException("Generating " + projectType + " code of " + genModelFile + " failed: " + result);
			}
		}
	}

	private ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));
		resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/", false),
				URI.createFileURI(bundles.toString() + "/"));
		return resourceSet;
	}
}
