package org.hjp.workbench.tests.generator;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** The events posted on one topic while a test listens, for services that announce their changes through the Event Admin. */
public final class TopicEvents implements AutoCloseable {

	private static final long WAIT_MS = 10_000;

	private final List<Event> heard = new CopyOnWriteArrayList<>();
	private final ServiceRegistration<EventHandler> registration;

	private TopicEvents(String topic) {
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(EventConstants.EVENT_TOPIC, topic);
		EventHandler handler = event -> {
			heard.add(event);
			synchronized (heard) {
				heard.notifyAll();
			}
		};
		registration = FrameworkUtil.getBundle(TopicEvents.class).getBundleContext().registerService(EventHandler.class, handler, properties);
	}

	public static TopicEvents listen(String topic) {
		return new TopicEvents(topic);
	}

	public int count() {
		return heard.size();
	}

	/** Waits until {@code count} events have been heard; fails the test if they have not come within 10 s. */
	public void awaitCount(int count) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
		synchronized (heard) {
			while (heard.size() < count) {
				long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
				if (left <= 0) {
					throw new AssertionError(count + " events expected on " + registration.getReference().getProperty(EventConstants.EVENT_TOPIC)
							+ ", " + heard.size() + " heard within " + WAIT_MS / 1000 + " s");
				}
				heard.wait(left);
			}
		}
	}

	@Override
	public void close() {
		registration.unregister();
	}
}
