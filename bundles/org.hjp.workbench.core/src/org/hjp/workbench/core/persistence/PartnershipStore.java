package org.hjp.workbench.core.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.core.editing.ModelLabels;
import org.hjp.workbench.model.Partnership;

/**
 * Opens and saves partnership files. Opening never changes anything on disk; saving is atomic and keeps
 * the previous version as a backup (see {@link AtomicFileWriter}).
 */
public final class PartnershipStore {

	/**
	 * Larger than any partnership file can sensibly be (100,000 objects take about 17 MB), and small enough to be read
	 * within the workbench's 1 GB of memory (reading takes several times the file's size at its peak; a 250 MB file
	 * ran the command line out of 2 GB): a bigger file is refused before it is read.
	 */
	public static final long MAX_BYTES = 64L * 1024 * 1024;

	/** Reads a partnership file into a new resource set. */
	public Resource load(Path file) throws PartnershipFileException {
		return load(file, new NullProgressMonitor());
	}

	/**
	 * Reads a partnership file into a new resource set, telling {@code monitor} of each byte read.
	 *
	 * @throws OperationCanceledException when the monitor was cancelled before the file was read
	 */
	public Resource load(Path file, IProgressMonitor monitor) throws PartnershipFileException {
		long size = readableSize(file);
		SubMonitor progress = SubMonitor.convert(monitor, (int) size);
		ResourceSet resourceSet = PartnershipFormat.newResourceSet();
		// Whatever the file's name (a backup ends in .bak), it is read as a partnership file.
		Resource resource = new PartnershipResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resourceSet.getResources().add(resource);
		Exception failure = null;
		try (InputStream in = new MonitoredInputStream(Files.newInputStream(file), progress)) {
			resource.load(in, resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			failure = e;
		}
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		// Data of an unknown version of our own packages explains every other error, so it is reported first.
		String unknownVersion = unknownVersion(resource);
		if (unknownVersion != null) {
			throw new PartnershipFileException(file, versionProblem(unknownVersion), failure);
		}
		// An identifier used twice also leaves references dangling: the cause is told, not the symptom.
		checkIdentifiers(file, resource);
		if (failure != null) {
			throw new PartnershipFileException(file, LoadProblems.describe(failure), failure);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new PartnershipFileException(file, LoadProblems.describe(first), first instanceof Throwable t ? t : null);
		}
		checkContent(file, resource);
		return resource;
	}

	/** Writes the resource to {@code file} atomically, keeping the previous file as its backup. */
	public void save(Resource resource, Path file) throws PartnershipFileException {
		checkTexts(resource, file);
		writeAtomically(file, out -> resource.save(out, PartnershipFormat.saveOptions()));
		resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
	}

	/**
	 * The bytes that saving the resource to {@code file} writes, taken on the thread that changes the model, so
	 * that {@link #write} can put them on disk from another thread while the user goes on working.
	 */
	public byte[] content(Resource resource, Path file) throws PartnershipFileException {
		checkTexts(resource, file);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try {
			resource.save(bytes, PartnershipFormat.saveOptions());
		} catch (IOException | RuntimeException e) {
			throw new PartnershipFileException(file, WriteProblems.describe(e), e);
		}
		return bytes.toByteArray();
	}

	/** Writes {@code content} to {@code file} atomically, keeping the previous file as its backup; from any thread. */
	public void write(byte[] content, Path file) throws PartnershipFileException {
		writeAtomically(file, out -> out.write(content));
	}

	private static void writeAtomically(Path file, AtomicFileWriter.Content content) throws PartnershipFileException {
		try {
			AtomicFileWriter.write(file, content);
		} catch (IOException | RuntimeException e) {
			throw new PartnershipFileException(file, WriteProblems.describe(e), e);
		}
	}

	/** Fails, naming the field but not quoting its text, when a text of the resource cannot be written to a file. */
	private static void checkTexts(Resource resource, Path file) throws PartnershipFileException {
		Optional<FileText.Unfit> unfit = FileText.firstUnfit(resource);
		if (unfit.isPresent()) {
			ComposedAdapterFactory labels = ModelAdapterFactory.create();
			try {
				EObject object = unfit.get().object();
				throw new PartnershipFileException(file, "\u201c" + ModelLabels.featureOf(labels, object, unfit.get().attribute()) + "\u201d of "
						+ ModelLabels.kindOf(labels, object).toLowerCase(Locale.ROOT) + " \u201c" + FileText.clean(ModelLabels.nameOf(labels, object))
						+ "\u201d holds a character a partnership file cannot keep (a control character, such as a soft line break pasted from"
						+ " Word). Nothing was changed on disk; retype that text and save again.", null);
			} finally {
				labels.dispose();
			}
		}
	}

	/** The namespaces of data in the resource that belongs to packages that are not installed. */
	public static List<String> unknownNamespaces(Resource resource) {
		if (!(resource instanceof XMLResource xml)) {
			return List.of();
		}
		return xml.getEObjectToExtensionMap().values().stream()
				.flatMap(any -> any.eContents().stream())
				.map(o -> o.eClass().getEPackage().getNsURI())
				// Unknown data outside any namespace has none to name.
				.filter(Objects::nonNull)
				.distinct().sorted().toList();
	}

	/** Fails with a plain message when {@code file} is a folder, missing, not readable or too big. */
	public static void checkReadable(Path file) throws PartnershipFileException {
		readableSize(file);
	}

	private static long readableSize(Path file) throws PartnershipFileException {
		if (Files.isDirectory(file)) {
			throw new PartnershipFileException(file, "it is a folder, not a partnership file.", null);
		}
		if (!Files.exists(file)) {
			throw new PartnershipFileException(file, "the file does not exist (" + file.toAbsolutePath() + ").", null);
		}
		if (!Files.isReadable(file)) {
			throw new PartnershipFileException(file, "you do not have permission to read it.", null);
		}
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			throw new PartnershipFileException(file, "its size cannot be read (" + e.getMessage() + ").", e);
		}
		if (size > MAX_BYTES) {
			throw new PartnershipFileException(file, "it is larger than any partnership file (more than " + MAX_BYTES / (1024 * 1024)
					+ " MB), so it was not opened.", null);
		}
		return size;
	}

	/** The namespace of data written by a version of our own packages that this workbench does not know, if any. */
	private static String unknownVersion(Resource resource) {
		Stream<String> rootNamespaces = resource.getContents().stream().map(root -> root.eClass().getEPackage().getNsURI());
		return Stream.concat(rootNamespaces, unknownNamespaces(resource).stream())
				.filter(ns -> ns != null && ns.startsWith(PartnershipFormat.NAMESPACE_PREFIX)
						&& EPackage.Registry.INSTANCE.getEPackage(ns) == null)
				.findFirst().orElse(null);
	}

	private static void checkContent(Path file, Resource resource) throws PartnershipFileException {
		List<EObject> roots = resource.getContents();
		if (roots.size() != 1 || !(roots.get(0) instanceof Partnership)) {
			throw new PartnershipFileException(file, "it is not a partnership file: it holds no partnership.", null);
		}
	}

	private static void checkIdentifiers(Path file, Resource resource) throws PartnershipFileException {
		String twice = identifierUsedTwice(resource);
		if (twice != null) {
			throw new PartnershipFileException(file, "it uses the identifier \u201c" + twice + "\u201d for two things, so what refers to it"
					+ " is ambiguous; it may have been edited by hand. Try its backup (.bak).", null);
		}
	}

	/** An identifier that two objects of the file share, if any: the parser keeps the last and forgets the first. */
	private static String identifierUsedTwice(Resource resource) {
		if (!(resource instanceof XMLResource xml)) {
			return null;
		}
		Set<String> seen = new HashSet<>();
		for (String id : xml.getEObjectToIDMap().values()) {
			if (id != null && !seen.add(id)) {
				return id;
			}
		}
		return null;
	}

	private static String versionProblem(String namespace) {
		return "it was written by a version of the HJP Workbench that this one does not know (" + namespace
				+ "). Update the workbench to open it.";
	}
}
