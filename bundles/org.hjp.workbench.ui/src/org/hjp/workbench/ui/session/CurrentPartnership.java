package org.hjp.workbench.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.hjp.workbench.core.editing.PartnershipDocument;


/**
 * The partnership open in the workbench, shared by every part and handler. Listeners hear when another
 * partnership is opened (or none) and whenever the open one changes.
 */
public class CurrentPartnership {

	private final List<Consumer<Optional<PartnershipDocument>>> listeners = new CopyOnWriteArrayList<>();
	private final PartnershipDocument.Listener forward = d -> fire();
	private PartnershipDocument document;

	public Optional<PartnershipDocument> document() {
		return Optional.ofNullable(document);
	}

	/** Makes {@code next} the open partnership and disposes the one it replaces. */
	public void set(PartnershipDocument next) {
		if (document != null) {
			document.removeListener(forward);
			document.dispose();
		}
		document = next;
		if (document != null) {
			document.addListener(forward);
		}
		fire();
	}

	public void addListener(Consumer<Optional<PartnershipDocument>> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Optional<PartnershipDocument>> listener) {
		listeners.remove(listener);
	}

	private void fire() {
		for (Consumer<Optional<PartnershipDocument>> listener : listeners) {
			listener.accept(Optional.ofNullable(document));
		}
	}
}
