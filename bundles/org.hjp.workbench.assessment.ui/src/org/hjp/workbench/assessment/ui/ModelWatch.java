package org.hjp.workbench.assessment.ui;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.ui.forms.ControlFactory;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Refreshes a control after changes to the model under an object, or to the installed instruments (announced on
 * {@link InstrumentRegistry#TOPIC_CHANGED}): once per burst of changes, on the UI thread, until the control is disposed.
 */
final class ModelWatch {

	private final Control control;
	private final Runnable refresh;
	private final AtomicBoolean pending = new AtomicBoolean();

	private ModelWatch(Control control, Runnable refresh) {
		this.control = control;
		this.refresh = refresh;
	}

	static void refreshOnChange(Control control, Notifier watched, InstrumentRegistry registry, Runnable refresh) {
		ModelWatch watch = new ModelWatch(control, refresh);
		EContentAdapter adapter = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch()) {
					watch.schedule();
				}
			}
		};
		watched.eAdapters().add(adapter);
		ServiceRegistration<EventHandler> registryChanged = registry == null ? null : onInstrumentsChanged(watch);
		control.addDisposeListener(e -> {
			watched.eAdapters().remove(adapter);
			if (registryChanged != null) {
				try {
					registryChanged.unregister();
				} catch (IllegalStateException alreadyGone) {
					// This bundle stopped first, which took the registration with it.
				}
			}
		});
	}

	private static ServiceRegistration<EventHandler> onInstrumentsChanged(ModelWatch watch) {
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(EventConstants.EVENT_TOPIC, InstrumentRegistry.TOPIC_CHANGED);
		EventHandler handler = event -> watch.schedule();
		return FrameworkUtil.getBundle(ModelWatch.class).getBundleContext().registerService(EventHandler.class, handler, properties);
	}

	/** Fills {@code composite} with {@code build}, and again from scratch after every change. */
	static void rebuildOnChange(Composite composite, Notifier watched, InstrumentRegistry registry, Runnable build) {
		build.run();
		refreshOnChange(composite, watched, registry, () -> {
			for (Control child : composite.getChildren()) {
				child.dispose();
			}
			build.run();
			ControlFactory.contentChanged(composite);
		});
	}

	private void schedule() {
		if (control.isDisposed() || !pending.compareAndSet(false, true)) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			pending.set(false);
			if (!control.isDisposed()) {
				refresh.run();
			}
		});
	}
}
