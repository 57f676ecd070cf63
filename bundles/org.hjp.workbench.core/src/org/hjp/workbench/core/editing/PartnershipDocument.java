package org.hjp.workbench.core.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.core.persistence.Autosave;
import org.hjp.workbench.core.persistence.FileStamp;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipLock;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.model.Partnership;

/**
 * One open partnership: its resource, its own editing domain and command stack, the file it belongs to,
 * and whether it has unsaved changes. Every change goes through the command stack.
 */
public final class PartnershipDocument {

	/** Told when the document's dirty state, file or content changes. */
	@FunctionalInterface
	public interface Listener {
		void documentChanged(PartnershipDocument document);
	}

	private final Resource resource;
	private final AdapterFactoryEditingDomain domain;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final List<String> unknownNamespaces;
	private Path file;
	private boolean neverSaved;
	/** What the file held when opened or last saved here; null when unknown. */
	private FileStamp stamp;
	private boolean locked;

	private PartnershipDocument(Resource resource, Path file, boolean neverSaved) {
		this.resource = resource;
		this.file = file;
		this.neverSaved = neverSaved;
		this.unknownNamespaces = PartnershipStore.unknownNamespaces(resource);
		ComposedAdapterFactory adapterFactory = ModelAdapterFactory.create();
		BasicCommandStack commandStack = new BasicCommandStack();
		this.domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resource.getResourceSet());
		// So that AdapterFactoryEditingDomain.getEditingDomainFor(object) finds it, for controls a stage page makes itself.
		resource.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		commandStack.addCommandStackListener(this::commandStackChanged);
		this.stamp = stampOf(file);
	}

	/** A document for a partnership read from {@code file}. */
	public static PartnershipDocument opened(Resource resource, Path file) {
		return new PartnershipDocument(resource, file, false);
	}

	/**
	 * A document for {@code file} holding changes that were never saved (recovered from an autosave): it is
	 * dirty until saved.
	 */
	public static PartnershipDocument recovered(Resource resource, Path file) {
		return new PartnershipDocument(resource, file, true);
	}

	/** A document for a new partnership that has no file yet. */
	public static PartnershipDocument created(Resource resource) {
		return new PartnershipDocument(resource, null, true);
	}

	public Partnership partnership() {
		return (Partnership) resource.getContents().get(0);
	}

	public Resource resource() {
		return resource;
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return domain;
	}

	public CommandStack commandStack() {
		return domain.getCommandStack();
	}

	/** The file, or empty when the partnership has never been saved. */
	public Optional<Path> file() {
		return Optional.ofNullable(file);
	}

	/** The name to show for this document: the file name, or the partnership's name when it has no file. */
	public String displayName() {
		if (file != null) {
			return file.getFileName().toString();
		}
		String name = partnership().getName();
		return name == null || name.isBlank() ? "New partnership" : name;
	}

	/**
	 * Whether someone else (a colleague, a synced folder) changed the file on disk since it was opened or last saved
	 * here, so that saving would replace their changes.
	 */
	public boolean changedOnDisk() {
		try {
			return file != null && stamp != null && !stamp.matches(file);
		} catch (IOException e) {
			// A file that cannot be read now cannot be compared; saving will say what is wrong with it.
			return false;
		}
	}

	/** Opens the document for reading only: no change can be made to it, and it can only be saved under another name. */
	public void setReadOnly() {
		domain.setResourceToReadOnlyMap(new HashMap<>(Map.of(resource, Boolean.TRUE)));
		fireChanged();
	}

	public boolean isReadOnly() {
		return domain.isReadOnly(resource);
	}

	/** Notes beside the file that this workbench has it open (see {@link PartnershipLock}), until it is disposed. */
	public void lock() {
		if (file != null && !isReadOnly() && !locked) {
			PartnershipLock.take(file);
			locked = true;
		}
	}

	public boolean isDirty() {
		return neverSaved || ((BasicCommandStack) commandStack()).isSaveNeeded();
	}

	/**
	 * Keeps the document marked unsaved though its file was written: the save did not reach everywhere it goes (a
	 * shared repository that could not be reached), so closing still asks and autosave still runs.
	 */
	public void keepUnsaved() {
		neverSaved = true;
		fireChanged();
	}

	/**
	 * Namespaces of data in the file from plug-ins that are not installed. That data cannot be shown, but it
	 * is kept and written back unchanged on save.
	 */
	public List<String> unknownNamespaces() {
		return unknownNamespaces;
	}

	public void save(PartnershipStore store) throws PartnershipFileException {
		if (file == null) {
			throw new IllegalStateException("A new partnership needs a file name: use saveAs.");
		}
		saveAs(store, file);
	}

	public void saveAs(PartnershipStore store, Path target) throws PartnershipFileException {
		Save save = startSave(store, target);
		save.write();
		save.finish();
	}

	/**
	 * Saving in steps, so that the slow one, writing to disk, can run off the UI thread: the content is taken
	 * now, on the thread that changes the model.
	 */
	public Save startSave(PartnershipStore store, Path target) throws PartnershipFileException {
		if (isReadOnly() && target.equals(file)) {
			throw new PartnershipFileException(file, "it was opened read-only, so it is not saved over. Save it under another name.", null);
		}
		return new Save(store, store.content(resource, target), target, commandStack().getUndoCommand());
	}

	/** A save whose content has been taken: {@link #write()} it (any thread), then {@link #finish()} it. */
	public final class Save {
		private final PartnershipStore store;
		private final byte[] content;
		private final Path target;
		private final Command savedState;

		private Save(PartnershipStore store, byte[] content, Path target, Command savedState) {
			this.store = store;
			this.content = content;
			this.target = target;
			this.savedState = savedState;
		}

		/** Puts the content on disk, atomically, keeping a backup of the file it replaces. */
		public void write() throws PartnershipFileException {
			store.write(content, target);
		}

		/** Records that the file holds the content: on the model's thread, after {@link #write()} succeeded. */
		public void finish() {
			resource.setURI(URI.createFileURI(target.toAbsolutePath().toString()));
			removeStaleAutosave(file);
			removeStaleAutosave(target);
			if (!target.equals(file)) {
				moveTo(target);
			}
			file = target;
			stamp = stampOf(target, content);
			neverSaved = false;
			// A change made while the content was being written is not in the file, so the document stays dirty.
			if (commandStack().getUndoCommand() == savedState) {
				((BasicCommandStack) commandStack()).saveIsDone();
			}
			fireChanged();
		}
	}

	/** Writes the unsaved changes of a document that has a file to its autosave; does nothing otherwise. */
	public void autosave() throws IOException {
		if (file != null && isDirty()) {
			Autosave.write(resource, file);
		}
	}

	/** Forgets the autosaved changes, when the user chooses not to keep them. */
	public void discardAutosave() throws IOException {
		if (file != null) {
			Autosave.discard(file);
		}
	}

	/**
	 * After a save the autosave is older than the file, so it would never be offered again; removing it only
	 * tidies up, and a failure to do so is harmless.
	 */
	private static void removeStaleAutosave(Path file) {
		if (file != null) {
			try {
				Autosave.discard(file);
			} catch (IOException ignored) {
				// see above: an autosave older than its file is never offered
			}
		}
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** Removes the note that this workbench has the file open: when the workbench stops with the document open. */
	public void unlock() {
		if (locked) {
			PartnershipLock.release(file);
			locked = false;
		}
	}

	/** Releases the item providers and the file's lock; the document must not be used afterwards. */
	public void dispose() {
		unlock();
		listeners.clear();
		((ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
	}

	/** After a save under another name: the copy is the user's own, to change and to hold the lock of. */
	private void moveTo(Path target) {
		boolean relock = locked || isReadOnly();
		if (locked) {
			PartnershipLock.release(file);
			locked = false;
		}
		domain.setResourceToReadOnlyMap(null);
		if (relock) {
			PartnershipLock.take(target);
			locked = true;
		}
	}

	private static FileStamp stampOf(Path file) {
		try {
			// Only a regular file is read again: a pipe would wait for a writer for ever.
			return file != null && Files.isRegularFile(file) ? FileStamp.of(file) : null;
		} catch (IOException e) {
			return null;
		}
	}

	private static FileStamp stampOf(Path file, byte[] content) {
		try {
			return FileStamp.written(file, content);
		} catch (IOException e) {
			return null;
		}
	}

	private void commandStackChanged(EventObject event) {
		fireChanged();
	}

	private void fireChanged() {
		for (Listener listener : listeners) {
			listener.documentChanged(this);
		}
	}
}
