package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.tests.generator.Hang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * An organisation's exporter that throws, and one that never returns: the user is told, the wizard stays usable,
 * and the partnership and its file are untouched.
 */
class ExporterFailureTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void anExporterThatThrowsIsExplained() throws Exception {
		Path file = openCopyOfSample(folder, "throws.hjp");
		byte[] saved = Files.readAllBytes(file);
		ServiceRegistration<Exporter> registration = register(new TestExporter("test.throws") {
			@Override
			public List<Path> write(Resource partnership, Path folder, String baseName) {
				throw new IllegalStateException("broken on purpose");
			}
		});
		try {
			Shell wizard = startExport("test.throws");
			Shell error = dialog("Could not export");
			driver.find(Label.class, l -> l.getShell() == error && l.getText().equals("The partnership could not be exported to " + folder
					+ ":\nbroken on purpose\n\nNo file was left half-written."), "the reason");
			clickButton(error, "OK");
			assertFalse(driver.onUi(wizard::isDisposed), "the wizard stays open to try another format");
			clickButton(wizard, "Cancel");
			driver.waitUntil(() -> driver.onUi(wizard::isDisposed), "the wizard to close");
		} finally {
			registration.unregister();
		}
		assertArrayEquals(saved, Files.readAllBytes(file));
		assertFalse(document().isDirty());
	}

	@Test
	void anExporterThatNeverReturnsCanBeCancelled() throws Exception {
		Path file = openCopyOfSample(folder, "hangs.hjp");
		byte[] saved = Files.readAllBytes(file);
		Hang release = new Hang();
		ServiceRegistration<Exporter> registration = register(new TestExporter("test.hangs") {
			@Override
			public List<Path> write(Resource partnership, Path folder, String baseName) {
				release.untilReleased();
				return List.of();
			}
		});
		try {
			Shell wizard = startExport("test.hangs");
			driver.find(Label.class, l -> l.getShell() == wizard && l.isVisible() && l.getText().startsWith("Writing Test test.hangs"), "the progress");
			driver.screenshot(Path.of("target/screenshots/exporter-hangs/1-writing.png"));
			clickButton(wizard, "Cancel");
			Shell stopped = dialog("Export stopped");
			clickButton(stopped, "OK");
			driver.waitUntil(() -> driver.onUi(stopped::isDisposed), "the message to close");
			clickButton(wizard, "Cancel");
			driver.waitUntil(() -> driver.onUi(wizard::isDisposed), "the wizard to close");
		} finally {
			registration.unregister();
			release.release();
		}
		assertArrayEquals(saved, Files.readAllBytes(file));
		assertFalse(document().isDirty());
	}

	private Shell startExport(String id) {
		driver.press(SWT.ALT, 'f');
		driver.press(0, 'e');
		Shell wizard = dialog("Export");
		driver.click(driver.find(Button.class, b -> b.getShell() == wizard && id.equals(b.getData("hjp.export.format")), "the choice " + id));
		clickButton(wizard, "Finish");
		return wizard;
	}

	private ServiceRegistration<Exporter> register(Exporter exporter) {
		return FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(Exporter.class, exporter, null);
	}

	private abstract static class TestExporter implements Exporter {
		private final String id;

		TestExporter(String id) {
			this.id = id;
		}

		@Override
		public String id() {
			return id;
		}

		@Override
		public String label() {
			return "Test " + id;
		}

		@Override
		public List<Path> files(Path folder, String baseName) {
			return List.of(folder.resolve(baseName + "." + id));
		}

		@Override
		public abstract List<Path> write(Resource partnership, Path folder, String baseName) throws IOException;
	}
}
