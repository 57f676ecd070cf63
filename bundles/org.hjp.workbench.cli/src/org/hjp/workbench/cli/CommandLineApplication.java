package org.hjp.workbench.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The equinox application behind the {@code hjp} command: hands the arguments to {@link Cli} and returns its exit code. */
public class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return new Cli(Services.fromFramework()).run(args == null ? new String[0] : args, System.out, System.err);
	}

	@Override
	public void stop() {
		// Commands run to the end; there is nothing to interrupt.
	}
}
