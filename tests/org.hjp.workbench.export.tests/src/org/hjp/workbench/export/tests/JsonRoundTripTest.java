package org.hjp.workbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.export.PartnershipJson;
import org.hjp.workbench.tests.generator.RandomPartnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XMI to JSON and back gives the same partnership, identifiers included. */
class JsonRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void theSampleSurvivesXmiToJsonToXmi() throws Exception {
		Path file = folder.resolve("sample.hjp");
		try (InputStream in = SamplePartnership.open()) {
			Files.copy(in, file);
		}
		Resource original = new PartnershipStore().load(file);
		Resource back = throughJson(original);
		assertSame(original, back);

		Path saved = folder.resolve("back.hjp");
		new PartnershipStore().save(back, saved);
		assertSame(original, new PartnershipStore().load(saved));
	}

	@ParameterizedTest
	@ValueSource(ints = { 100, 2_000, 20_000 })
	void generatedPartnershipsSurviveTheRoundTrip(int size) throws Exception {
		Resource original = RandomPartnership.create(size, size);
		Path file = folder.resolve("generated.hjp");
		new PartnershipStore().save(original, file);
		Resource loaded = new PartnershipStore().load(file);
		assertSame(loaded, throughJson(loaded));
	}

	@Test
	void jsonThatIsNotAPartnershipIsRefusedWithAnError() {
		assertThrows(IOException.class, () -> PartnershipJson.read(stream("{ \"eClass\": 12, "), URI.createURI("x.hjp")));
	}

	@Test
	void jsonThatPointsAtAnotherFileIsRefusedWithoutReadingIt() throws Exception {
		Path model = folder.resolve("elsewhere.ecore");
		Files.writeString(model, "<?xml version=\"1.0\"?><ecore:EPackage xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"x\"/>");
		IOException e = assertThrows(IOException.class, () -> PartnershipJson.read(stream("{ \"eClass\": \"" + model.toUri() + "#//X\" }"), URI.createURI("x.hjp")));
		assertTrue(e.getMessage().contains("cannot refer to other files"), e.getMessage());
	}

	private static Resource throughJson(Resource original) throws IOException {
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		PartnershipJson.write(original, json);
		assertTrue(json.toString(StandardCharsets.UTF_8).contains("\"eClass\""), "the JSON names the classes of its objects");
		return PartnershipJson.read(new ByteArrayInputStream(json.toByteArray()), URI.createURI("back.hjp"));
	}

	private static void assertSame(Resource expected, Resource actual) {
		assertEquals(1, actual.getContents().size());
		assertTrue(EcoreUtil.equals(expected.getContents(), actual.getContents()), "the same partnership after the round trip");
		Iterator<EObject> a = expected.getAllContents();
		Iterator<EObject> b = actual.getAllContents();
		while (a.hasNext()) {
			EObject x = a.next();
			EObject y = b.next();
			assertEquals(((XMLResource) expected).getID(x), ((XMLResource) actual).getID(y), "the same identifier for " + x.eClass().getName());
		}
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
