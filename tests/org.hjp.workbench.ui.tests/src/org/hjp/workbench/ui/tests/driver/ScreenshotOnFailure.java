package org.hjp.workbench.ui.tests.driver;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.hjp.workbench.tests.driver.SwtDriver;

/**
 * Saves a screenshot under target/screenshots when a UI test fails, named after the test; it runs right
 * after the test method, while the workbench still shows what went wrong.
 */
public final class ScreenshotOnFailure implements AfterTestExecutionCallback {

	private final Supplier<SwtDriver> driver;

	public ScreenshotOnFailure(Supplier<SwtDriver> driver) {
		this.driver = driver;
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		SwtDriver current = driver.get();
		if (context.getExecutionException().isPresent() && current != null) {
			String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
			current.screenshot(Path.of("target", "screenshots", name + ".png"));
		}
	}
}
