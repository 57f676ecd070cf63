package org.hjp.workbench.assessment;

import java.util.List;

/** An instrument definition that cannot be used, with every problem found in it, each in plain words. */
public class DefinitionException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public DefinitionException(List<String> problems) {
		super(String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	public DefinitionException(String problem, Throwable cause) {
		super(problem, cause);
		this.problems = List.of(problem);
	}

	public List<String> problems() {
		return problems;
	}
}
