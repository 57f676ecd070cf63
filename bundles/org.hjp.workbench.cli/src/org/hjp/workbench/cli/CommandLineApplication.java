package org.hjp.workbench.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.hjp.workbench.core.persistence.PrivateLog;

/** The equinox application behind the {@code hjp} command: hands the arguments to {@link Cli} and returns its exit code. */
public class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		PrivateLog.restrict();
		try {
			return new Cli(Services.fromFramework()).run(args == null ? new String[0] : args, System.out, System.err);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			System.err.println("hjp: stopped before it started.");
			return Cli.FAILED;
		} catch (RuntimeException | Error e) {
			// Whatever escapes is said in one line and ends the run with a code that is not success.
			System.err.println("hjp: stopped on an unexpected problem: " + Unexpected.describe(e));
			return Cli.FAILED;
		}
	}

	@Override
	public void stop() {
		// Commands run to the end; there is nothing to interrupt.
	}
}
