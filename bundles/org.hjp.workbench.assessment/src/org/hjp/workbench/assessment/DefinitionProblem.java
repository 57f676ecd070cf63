package org.hjp.workbench.assessment;

import java.util.List;

/** A plug-in's instrument definition that could not be used, and why. */
public record DefinitionProblem(String bundle, String path, List<String> problems) {

	/** One sentence that names the plug-in, the file and every problem. */
	public String message() {
		return "The plug-in " + bundle + " offers an instrument in " + path + " that cannot be used: " + String.join(" ", problems);
	}
}
