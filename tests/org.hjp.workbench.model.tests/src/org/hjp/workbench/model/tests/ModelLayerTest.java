package org.hjp.workbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The model layer as docs/decisions.md records it: model code uses no OSGi and no user interface, and the only
 * service a model bundle declares is its constraints.
 */
class ModelLayerTest {

	private static final List<String> FORBIDDEN = List.of("org/osgi/", "org/eclipse/swt/", "org/eclipse/jface/", "org/eclipse/e4/");
	private static final Pattern PROVIDED = Pattern.compile("<provide\\s+interface=\"([^\"]+)\"");

	@ParameterizedTest
	@ValueSource(strings = { "org.hjp.workbench.model", "org.hjp.workbench.needs.model", "org.hjp.workbench.activities.model",
			"org.hjp.workbench.agreement.model", "org.hjp.workbench.learning.model", "org.hjp.workbench.assessment.model" })
	void modelCodeUsesNoOsgiAndNoUserInterface(String name) throws IOException {
		List<URL> classes = Collections.list(installed(name).findEntries("/", "*.class", true));
		assertFalse(classes.isEmpty(), name + " has no classes");
		for (URL type : classes) {
			String constants = read(type);
			for (String forbidden : FORBIDDEN) {
				assertFalse(constants.contains(forbidden), type.getPath() + " of " + name + " refers to " + forbidden);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.hjp.workbench.model", "org.hjp.workbench.needs.model", "org.hjp.workbench.activities.model",
			"org.hjp.workbench.agreement.model", "org.hjp.workbench.learning.model", "org.hjp.workbench.assessment.model" })
	void theOnlyServiceAModelDeclaresIsItsConstraints(String name) throws IOException {
		Bundle bundle = installed(name);
		String components = bundle.getHeaders("").get("Service-Component");
		assertEquals("OSGI-INF/constraints.xml", components, name);
		Matcher provided = PROVIDED.matcher(read(bundle.getEntry(components)));
		List<String> interfaces = new ArrayList<>();
		while (provided.find()) {
			interfaces.add(provided.group(1));
		}
		assertEquals(List.of("org.hjp.workbench.model.validation.Constraints"), interfaces, name);
	}

	private static Bundle installed(String name) {
		Bundle[] bundles = FrameworkUtil.getBundle(ModelLayerTest.class).getBundleContext().getBundles();
		Bundle found = Arrays.stream(bundles).filter(b -> name.equals(b.getSymbolicName())).findFirst().orElse(null);
		assertNotNull(found, name + " is not installed");
		assertTrue(found.getState() != Bundle.UNINSTALLED, name);
		return found;
	}

	/** The file as ISO-8859-1 text: a class file's constant pool holds the names of the types it uses as plain bytes. */
	private static String read(URL entry) throws IOException {
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}
}
