package org.hjp.workbench.ui.session;

import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.hjp.workbench.core.editing.PartnershipDocument;

import jakarta.inject.Inject;

/**
 * Opens and closes the partnership of the workbench. The open one is in the application context, so parts and
 * handlers can have it injected; opening and every change are sent on the {@link SessionTopics}.
 */
public class CurrentPartnership {

	@Inject
	private IEclipseContext context;

	@Inject
	private IEventBroker broker;

	private final PartnershipDocument.Listener forward = d -> broker.send(SessionTopics.DOCUMENT_CHANGED, d);

	public Optional<PartnershipDocument> document() {
		return Optional.ofNullable(context.get(PartnershipDocument.class));
	}

	/** Makes {@code next} the open partnership and disposes the one it replaces. */
	public void set(PartnershipDocument next) {
		document().ifPresent(previous -> {
			previous.removeListener(forward);
			previous.dispose();
		});
		if (next == null) {
			context.remove(PartnershipDocument.class);
		} else {
			next.addListener(forward);
			context.set(PartnershipDocument.class, next);
		}
		broker.send(SessionTopics.DOCUMENT_OPENED, next);
	}
}
