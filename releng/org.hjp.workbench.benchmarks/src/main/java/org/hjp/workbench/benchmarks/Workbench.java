package org.hjp.workbench.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.agreement.model.AgreementPackage;
import org.hjp.workbench.assessment.model.AssessmentPackage;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.needs.model.NeedsPackage;
import org.hjp.workbench.activities.model.provider.ActivitiesItemProviderAdapterFactory;
import org.hjp.workbench.activities.model.validation.ActivitiesConstraints;
import org.hjp.workbench.agreement.model.provider.AgreementItemProviderAdapterFactory;
import org.hjp.workbench.agreement.model.validation.AgreementConstraints;
import org.hjp.workbench.assessment.model.provider.AssessmentItemProviderAdapterFactory;
import org.hjp.workbench.assessment.model.validation.AssessmentConstraints;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.core.contributions.ContributedCode;
import org.hjp.workbench.core.validation.ValidationService;
import org.hjp.workbench.learning.model.provider.LearningItemProviderAdapterFactory;
import org.hjp.workbench.learning.model.validation.LearningConstraints;
import org.hjp.workbench.model.provider.PartnershipItemProviderAdapterFactory;
import org.hjp.workbench.model.validation.PartnershipConstraints;
import org.hjp.workbench.needs.model.provider.NeedsItemProviderAdapterFactory;
import org.hjp.workbench.needs.model.validation.NeedsConstraints;

/**
 * The workbench's services put together by hand, as OSGi does in the product: outside OSGi there is no
 * service registry and no extension registry, so the constraints and item providers are named here.
 */
final class Workbench {

	private Workbench() {
	}

	/** Registers the model packages by their namespaces, as their bundles' plugin.xml do in OSGi. */
	static void registerPackages() {
		List.of(PartnershipPackage.eINSTANCE, NeedsPackage.eINSTANCE, ActivitiesPackage.eINSTANCE, AgreementPackage.eINSTANCE,
				LearningPackage.eINSTANCE, AssessmentPackage.eINSTANCE).forEach(p -> EPackage.Registry.INSTANCE.put(p.getNsURI(), p));
	}

	static ValidationService validation() {
		ValidationService service = new ValidationService(new ContributedCode());
		service.addConstraints(new PartnershipConstraints());
		service.addConstraints(new NeedsConstraints());
		service.addConstraints(new ActivitiesConstraints());
		service.addConstraints(new AgreementConstraints());
		service.addConstraints(new LearningConstraints());
		service.addConstraints(new AssessmentConstraints());
		return service;
	}

	static ComposedAdapterFactory labels() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new PartnershipItemProviderAdapterFactory());
		factory.addAdapterFactory(new NeedsItemProviderAdapterFactory());
		factory.addAdapterFactory(new ActivitiesItemProviderAdapterFactory());
		factory.addAdapterFactory(new AgreementItemProviderAdapterFactory());
		factory.addAdapterFactory(new LearningItemProviderAdapterFactory());
		factory.addAdapterFactory(new AssessmentItemProviderAdapterFactory());
		return factory;
	}

	/** EMF's binary format, the baseline: the same objects in a compact form without identifiers or XML. */
	static Resource readBinary(Path file) throws IOException {
		Resource resource = new BinaryResourceImpl(URI.createFileURI(file.toString()));
		new ResourceSetImpl().getResources().add(resource);
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, Map.of());
		}
		return resource;
	}

	/** A copy of {@code source} in the binary format, saved to {@code file}. */
	static Resource copyToBinary(Resource source, Path file) throws IOException {
		Resource binary = new BinaryResourceImpl(URI.createFileURI(file.toString()));
		new ResourceSetImpl().getResources().add(binary);
		binary.getContents().addAll(EcoreUtil.copyAll(source.getContents()));
		saveBinary(binary, file);
		return binary;
	}

	/** Saves a binary resource through the same atomic writer as partnership files, so only the format differs. */
	static void saveBinary(Resource binary, Path file) throws IOException {
		AtomicFileWriter.write(file, (OutputStream out) -> binary.save(out, Map.of()));
	}

	static Path scratchFolder() throws IOException {
		return Files.createTempDirectory("hjp-benchmark");
	}

	static void delete(Path folder) throws IOException {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
