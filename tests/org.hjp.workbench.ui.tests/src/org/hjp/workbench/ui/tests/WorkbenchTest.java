package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.core.product.ProductIdentity;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.hjp.workbench.ui.forms.internal.StageForm;
import org.hjp.workbench.ui.parts.StageNavigatorPart;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.DocumentActions;
import org.hjp.workbench.ui.tests.driver.RunningWorkbench;
import org.hjp.workbench.ui.tests.driver.ScreenshotOnFailure;
import org.hjp.workbench.tests.driver.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs tests against one real workbench, started once for all UI tests (as a user starts it once) and closed
 * when they are done. Before each test, dialogs left open are closed and unsaved changes are dropped.
 */
abstract class WorkbenchTest {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WorkbenchTest.class);

	protected RunningWorkbench workbench;
	protected SwtDriver driver;
	/** The window's bounds before a test resized it, or null. */
	private Rectangle boundsBeforeResize;

	@RegisterExtension
	final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> driver);

	@RegisterExtension
	final BeforeEachCallback sharedWorkbench = context -> {
		workbench = context.getRoot().getStore(NAMESPACE)
				.getOrComputeIfAbsent("workbench", key -> new Shared(RunningWorkbench.start(Duration.ofSeconds(60))), Shared.class).workbench;
		driver = workbench.driver();
	};

	private final List<String> loggedErrors = new CopyOnWriteArrayList<>();
	private final List<String> expectedErrors = new CopyOnWriteArrayList<>();
	private final ILogListener errorListener = (status, plugin) -> {
		if (status.matches(IStatus.ERROR)) {
			loggedErrors.add(status.getMessage() + (status.getException() == null ? "" : " (" + status.getException() + ")"));
		}
	};

	@BeforeEach
	void listenForLoggedErrors() {
		Platform.addLogListener(errorListener);
	}

	/** An error that goes to the log is a bug, unless the test provokes it on purpose and says so with this. */
	protected void expectLoggedError(String messageStart) {
		expectedErrors.add(messageStart);
	}

	@AfterEach
	void giveTheWindowItsSizeBack() {
		if (boundsBeforeResize != null) {
			Rectangle before = boundsBeforeResize;
			boundsBeforeResize = null;
			driver.runOnUi(() -> shell().setBounds(before));
			driver.waitUntil(() -> driver.onUi(() -> shell().getSize().x == before.width), "the window to get its size back");
		}
	}

	@AfterEach
	void noUnexpectedErrorsWereLogged() {
		Platform.removeLogListener(errorListener);
		List<String> unexpected = loggedErrors.stream().filter(e -> expectedErrors.stream().noneMatch(e::startsWith)).toList();
		assertEquals(List.of(), unexpected, "errors logged while the test ran");
	}

	@BeforeEach
	void startFromAQuietWorkbench() {
		driver.waitUntil(() -> document() != null || driver.onUi(() -> workbench.display().getShells().length) > 0, "the workbench to be up");
		driver.runOnUi(() -> {
			for (Shell shell : workbench.display().getShells()) {
				if (shell != shell() && shell.isVisible()) {
					shell.close();
				}
			}
			CurrentPartnership current = workbench.context().get(CurrentPartnership.class);
			current.document().filter(PartnershipDocument::isDirty).ifPresent(dirty -> current.set(null));
		});
	}

	/** Closes the workbench once all tests have run. */
	private record Shared(RunningWorkbench workbench) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
		@Override
		public void close() throws InterruptedException {
			workbench.close();
		}
	}

	/** How the window title ends: the product's name and the version the build gave it. */
	protected static final String TITLE_END = " \u2014 " + ProductIdentity.current().nameAndRelease();

	/** The title of the workbench window. */
	protected String title() {
		return driver.onUi(() -> Arrays.stream(workbench.display().getShells()).filter(Shell::isVisible).map(Shell::getText)
				.filter(t -> t.contains("HJP Workbench")).findFirst().orElse(""));
	}

	protected PartnershipDocument document() {
		return driver.onUi(() -> workbench.context().get(CurrentPartnership.class).document().orElse(null));
	}

	/** Selects a stage in the navigator with the mouse and opens it with Enter. */
	protected void openStage(String label) {
		Table stages = driver.byKey(Table.class, StageNavigatorPart.TABLE_KEY, Boolean.TRUE);
		TableItem item = driver.onUi(() -> Arrays.stream(stages.getItems()).filter(i -> i.getText(0).equals(label)).findFirst().orElseThrow());
		driver.click(stages, driver.onUi(() -> item.getBounds(0)), 1);
		// Enter goes where the focus is: pressed before the click has given the list the focus and the row, it is lost.
		driver.waitUntil(() -> driver.onUi(() -> stages.isFocusControl() && Arrays.asList(stages.getSelection()).contains(item)), "the stage " + label + " to be selected");
		driver.press(0, SWT.CR);
	}

	/** Opens a fresh copy of the bundled sample, saved as {@code name} in {@code folder}, as a user would. */
	protected Path openCopyOfSample(Path folder, String name) throws IOException {
		Path file = copyOfSample(folder, name);
		openFile(file);
		return file;
	}

	/** A fresh copy of the bundled sample, saved as {@code name} in {@code folder}. */
	protected static Path copyOfSample(Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		try (InputStream in = SamplePartnership.open()) {
			Files.copy(in, file);
		}
		return file;
	}

	/** Opens a partnership file as File > Open does. */
	protected void openFile(Path file) {
		driver.runOnUi(() -> workbench.context().get(DocumentActions.class).open(shell(), file));
		driver.waitUntil(() -> document() != null && document().file().map(file::equals).orElse(false), file.getFileName() + " to open");
	}

	protected Shell shell() {
		return (Shell) workbench.window().getWidget();
	}

	/**
	 * Makes the window {@code width} by {@code height} at the screen's corner, and waits until the window manager has.
	 * The window gets its size back after the test, so that the next test finds it as it was.
	 */
	protected void resizeWindow(int width, int height) {
		if (boundsBeforeResize == null) {
			boundsBeforeResize = driver.onUi(shell()::getBounds);
		}
		driver.runOnUi(() -> {
			shell().setMaximized(false);
			shell().setBounds(0, 0, width, height);
		});
		driver.waitUntil(() -> driver.onUi(() -> shell().getSize().x == width && shell().getSize().y == height), "the window to be " + width + "x" + height);
		driver.settle();
	}

	/** Clicks the tab of the part with this label (with or without its dirty marker), or of the stage of this name. */
	protected void clickTab(String label) {
		CTabFolder folder = driver.find(CTabFolder.class, f -> tab(f, label) != null, "a tab “" + label + "”");
		driver.click(folder, driver.onUi(() -> tab(folder, label).getBounds()), 1);
	}

	private static CTabItem tab(CTabFolder folder, String label) {
		for (CTabItem item : folder.getItems()) {
			if (item.getText().replace("*", "").equals(label) || (item.getToolTipText() != null && item.getToolTipText().startsWith(label + "\n"))) {
				return item;
			}
		}
		return null;
	}

	/** The name of the feature whose field has the keyboard focus, or null. */
	protected String focusedField() {
		return driver.onUi(() -> {
			Control focus = workbench.display().getFocusControl();
			return focus == null ? null : (String) focus.getData(FieldsForm.FIELD_KEY);
		});
	}

	/** Whether one of the folder's tabs is the stage page with this title; call on the UI thread. */
	protected static boolean hasPage(CTabFolder folder, String title) {
		return Arrays.stream(folder.getItems()).anyMatch(i -> i.getControl() != null && !i.getControl().isDisposed()
				&& title.equals(i.getControl().getData(StageForm.PAGE_KEY)));
	}

	/** Whether {@code control} and every composite around it are visible: on a tab in front, not put aside; call on the UI thread. */
	protected static boolean isShowing(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (!c.getVisible()) {
				return false;
			}
		}
		return true;
	}

	/** Whether {@code control} is {@code ancestor} or lies inside it; call on the UI thread. */
	protected static boolean isInside(Control control, Control ancestor) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** The first control of this type inside {@code parent}, depth first, that matches; call on the UI thread. */
	protected static <T extends Control> T findIn(Composite parent, Class<T> type, Predicate<T> matches) {
		return SwtDriver.findIn(parent, type, matches);
	}

	/** The visible dialog with this title, once it shows. */
	protected Shell dialog(String title) {
		return driver.find(Shell.class, s -> title.equals(s.getText()), "the dialog \u201c" + title + "\u201d");
	}

	/** Clicks the button with this label (mnemonic left out) in {@code shell}. */
	protected void clickButton(Shell shell, String label) {
		Button button = driver.find(Button.class, b -> b.getShell() == shell && b.getText().replace("&", "").equals(label),
				"the button \u201c" + label + "\u201d");
		driver.click(button);
	}

	/** The text of every label, link and read-only field in {@code shell}, one per line: what a dialog says. */
	protected String labels(Shell shell) {
		return driver.onUi(() -> {
			StringBuilder text = new StringBuilder();
			collectLabels(shell, text);
			return text.toString();
		});
	}

	private static void collectLabels(Control control, StringBuilder text) {
		if (control instanceof Label label) {
			text.append(label.getText()).append('\n');
		} else if (control instanceof Link link) {
			text.append(link.getText().replaceAll("</?a>", "")).append('\n');
		} else if (control instanceof Text field && (field.getStyle() & SWT.READ_ONLY) != 0) {
			text.append(field.getText()).append('\n');
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectLabels(child, text);
			}
		}
	}
}
