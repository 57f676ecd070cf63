package org.hjp.workbench.core.persistence;

import java.io.CharConversionException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

/** Turns what went wrong while reading a partnership file into a sentence a program manager can act on. */
final class LoadProblems {

	private LoadProblems() {
	}

	static String describe(Throwable problem) {
		for (Throwable t = problem; t != null; t = t.getCause()) {
			String sentence = describeOne(t);
			if (sentence != null) {
				return sentence;
			}
		}
		return "it could not be read (" + problem.getClass().getSimpleName() + ": " + problem.getMessage() + ").";
	}

	static String describe(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof Throwable t) {
			return describe(t);
		}
		return "it could not be read: " + diagnostic.getMessage() + " (line " + diagnostic.getLine() + ").";
	}

	private static String describeOne(Throwable t) {
		if (t instanceof SAXParseException sax) {
			return describeParse(sax);
		}
		if (t instanceof UnsupportedEncodingException encoding) {
			return "it says it is written in a text encoding the workbench does not know (" + encoding.getMessage()
					+ "); partnership files are UTF-8.";
		}
		if (t instanceof CharConversionException || t instanceof CharacterCodingException) {
			return "it is not valid UTF-8 text; it may have been saved by another program in another encoding.";
		}
		if (t instanceof ClassNotFoundException unknownClass) {
			return "it holds a kind of data (" + unknownClass.getName() + ", line " + unknownClass.getLine()
					+ ") that this version of the workbench does not know.";
		}
		if (t instanceof FeatureNotFoundException unknownFeature) {
			return "it holds a field (" + unknownFeature.getName() + ", line " + unknownFeature.getLine()
					+ ") that this version of the workbench does not know.";
		}
		if (t instanceof UnresolvedReferenceException dangling) {
			return "it refers to something that is not in the file (\u201c" + dangling.getReference() + "\u201d, line "
					+ dangling.getLine() + ").";
		}
		if (t instanceof IllegalValueException illegal) {
			return "it holds a value that does not fit its field (line " + illegal.getLine() + ").";
		}
		return null;
	}

	private static String describeParse(SAXParseException sax) {
		String message = String.valueOf(sax.getMessage());
		String lower = message.toLowerCase(Locale.ROOT);
		if (lower.contains("doctype")) {
			return "it contains a document type declaration (DOCTYPE), which partnership files never have;"
					+ " it may have been tampered with, so it was not opened.";
		}
		if (lower.contains("premature end of file")) {
			return sax.getLineNumber() <= 1 ? "the file is empty." : "the file is incomplete: it ends too early, at line "
					+ sax.getLineNumber() + ". It may have been cut off while copying; try its backup (.bak).";
		}
		if (lower.contains("must start and end within the same entity")) {
			return "the file is incomplete: it ends too early, at line " + sax.getLineNumber()
					+ ". It may have been cut off while copying; try its backup (.bak).";
		}
		if (lower.contains("invalid byte") || lower.contains("utf-8")) {
			return "it is not valid UTF-8 text (line " + sax.getLineNumber() + ").";
		}
		if (lower.contains("content is not allowed in prolog")) {
			return "it is not a partnership file: it does not start as one.";
		}
		return "it is not well-formed (line " + sax.getLineNumber() + ": " + message + ").";
	}
}
