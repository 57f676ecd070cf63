package org.hjp.workbench.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emfcloud.jackson.module.EMFModule;
import org.eclipse.emfcloud.jackson.resource.JsonResource;
import org.hjp.workbench.core.persistence.FileText;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.model.Partnership;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A partnership as JSON, through EMF's JSON binding: the same objects, types and identifiers as the
 * partnership file, so that XMI to JSON and back gives the same model.
 */
public final class PartnershipJson {

	public static final String FILE_EXTENSION = "json";

	private PartnershipJson() {
	}

	private static ObjectMapper mapper() {
		EMFModule module = new EMFModule();
		module.configure(EMFModule.Feature.OPTION_USE_ID, true);
		ObjectMapper mapper = new ObjectMapper();
		mapper.registerModule(module);
		// The caller owns the stream: an atomic save still has to flush it to disk after the JSON is written.
		mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
		mapper.enable(SerializationFeature.INDENT_OUTPUT);
		return mapper;
	}

	/** Writes the partnership of {@code source} as JSON, keeping every object's identifier. */
	public static void write(Resource source, OutputStream out) throws IOException {
		JsonResource json = new JsonResource(URI.createURI("partnership." + FILE_EXTENSION), mapper());
		EcoreCopies.copyWithIds(source, json);
		json.save(out, Map.of());
	}

	private static void checkIdentifiers(JsonResource json) throws IOException {
		String twice = EcoreCopies.identifierUsedTwice(json);
		if (twice != null) {
			throw new IOException("it uses the identifier \u201c" + twice + "\u201d for two things, so what refers to it is ambiguous;"
					+ " correct the JSON so that each identifier is used once.");
		}
	}

	private static String where(JsonProcessingException e) {
		JsonLocation at = e.getLocation();
		return at == null ? "it" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
	}

	private static Throwable rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * Reads a partnership from JSON into a resource of the partnership file format (not yet saved anywhere),
	 * with the identifiers the JSON gave.
	 */
	public static Resource read(InputStream in, URI uri) throws IOException {
		ObjectMapper mapper = mapper();
		JsonResource json = new JsonResource(URI.createURI("partnership." + FILE_EXTENSION), mapper);
		PartnershipFormat.newResourceSet().getResources().add(json);
		try {
			json.load(new GuardedJsonInput(in, mapper), Map.of());
		} catch (JsonEndGuard.ReadPastTheEnd e) {
			throw new IOException("it is not a partnership in JSON: it ends where more of a partnership was expected.", e);
		} catch (JsonProcessingException e) {
			throw new IOException("it is not a partnership in JSON: " + where(e) + " holds something a partnership does not have there.", e);
		} catch (RuntimeException e) {
			// An identifier used twice makes references land on things of the wrong kind: the cause is told, not the symptom.
			checkIdentifiers(json);
			Throwable cause = rootCause(e);
			throw new IOException("it is not a partnership in JSON: " + (cause instanceof IOException ? cause.getMessage()
					: "something in it is not what a partnership has there."), e);
		}
		if (json.getContents().size() != 1 || !(json.getContents().get(0) instanceof Partnership)) {
			throw new IOException("it is not a partnership in JSON: it holds no partnership.");
		}
		checkIdentifiers(json);
		// Texts such as Word's soft line break, which JSON can hold and a partnership file cannot, become line breaks.
		FileText.cleanAll(json);
		Resource target = PartnershipFormat.newResourceSet().createResource(uri);
		EcoreCopies.copyWithIds(json, target);
		return target;
	}
}
