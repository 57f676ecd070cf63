package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hjp.workbench.core.product.ProductIdentity;
import org.hjp.workbench.ui.session.DesktopLauncher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench says who it is: its version from the build in the title and in Help > About, its icon, its licence,
 * the libraries it is built with (the build's list, and any other plug-in running), and where its log is.
 */
class AboutTest extends WorkbenchTest {

	@TempDir
	Path folder;

	private Path legal;

	@AfterEach
	void removeLegalFolder() throws Exception {
		if (legal != null) {
			Files.deleteIfExists(legal.resolve("third-party.tsv"));
			Files.deleteIfExists(legal);
		}
		driver.runOnUi(() -> workbench.context().remove(DesktopLauncher.class));
	}

	@Test
	void theTitleAndTheWindowSayWhichWorkbenchThisIs() throws Exception {
		openCopyOfSample(folder, "about.hjp");
		ProductIdentity identity = ProductIdentity.current();
		assertTrue(identity.release().matches("\\d+\\.\\d+\\.\\d+") && !identity.release().equals("0.0.0"), identity.release());
		assertTrue(identity.build().matches("\\d{12}"), "the build stamps its date and time: " + identity.build());
		driver.waitUntil(() -> title().equals("about.hjp \u2014 HJP Workbench " + identity.release()), "the title to name the product's version");
		List<Integer> sizes = driver.onUi(() -> Arrays.stream(shell().getImages()).map(i -> i.getBounds().width).toList());
		assertEquals(List.of(16, 24, 32, 48, 64, 128, 256), sizes, "the window's icon in every size");
	}

	@Test
	void aboutNamesTheVersionTheLicenceAndEveryLibraryWithItsLicence() throws Exception {
		openCopyOfSample(folder, "about.hjp");
		legal = Files.createDirectories(Path.of(URIUtil.toURI(Platform.getInstallLocation().getURL())).resolve("legal"));
		Files.writeString(legal.resolve("third-party.tsv"), "name\tsymbolic name\tversion\tlicence\tlicence url\tmaven\n"
				+ "Zebra Charts\tzebra.charts\t4.2.0\tApache License 2.0\thttps://www.apache.org/licenses/LICENSE-2.0\tzebra:charts:4.2.0\n",
				StandardCharsets.UTF_8);

		List<String> opened = new CopyOnWriteArrayList<>();
		driver.runOnUi(() -> workbench.context().set(DesktopLauncher.class, path -> {
			opened.add(path);
			return false;
		}));
		driver.press(SWT.ALT, 'h');
		driver.press(0, 'a');
		Shell about = dialog("About HJP Workbench");
		String text = labels(about);
		String logFolder = Platform.getLogFileLocation().toFile().getParent();
		assertTrue(text.contains(ProductIdentity.current().versionLine()), text);
		assertTrue(text.contains("Licensed under the Eclipse Public License 2.0."), text);
		assertTrue(text.contains("Its log is in " + logFolder), text);

		Table libraries = driver.byKey(Table.class, "hjp.about.libraries", Boolean.TRUE);
		List<String> rows = driver.onUi(() -> Arrays.stream(libraries.getItems()).map(AboutTest::row).toList());
		assertTrue(rows.contains("Zebra Charts | 4.2.0 | Apache License 2.0"), "the build's list is shown: " + rows);
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("Standard Widget Toolkit | ")), "a running library the list does not name is added: " + rows);
		assertFalse(rows.stream().anyMatch(r -> r.contains("HJP Workbench")), "the workbench's own bundles are not third-party: " + rows);
		driver.screenshot(Path.of("target/screenshots/about/about.png"));

		clickButton(about, "Open Log Folder");
		Shell notOpened = dialog("Could not open the log");
		assertTrue(labels(notOpened).contains(logFolder), "when the desktop cannot open it, says where the log is");
		assertEquals(List.of(logFolder), opened);
		clickButton(notOpened, "OK");
		clickButton(about, "Close");
		driver.waitUntil(() -> driver.onUi(about::isDisposed), "About to close");
	}

	@Test
	void openLogFolderOpensTheFolderOfTheLog() throws Exception {
		openCopyOfSample(folder, "about.hjp");
		List<String> opened = new CopyOnWriteArrayList<>();
		driver.runOnUi(() -> workbench.context().set(DesktopLauncher.class, path -> opened.add(path)));
		driver.press(SWT.ALT, 'h');
		driver.press(0, 'l');
		driver.waitUntil(() -> !opened.isEmpty(), "a folder to be opened");
		assertEquals(List.of(Platform.getLogFileLocation().toFile().getParent()), opened);
	}

	private static String row(TableItem item) {
		return item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2);
	}
}
