package org.hjp.workbench.core.persistence;

import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Text a partnership file can hold. The file is XML 1.0, which has no place for most control characters: Word's
 * soft line break (a vertical tab) pasted or imported into a field would make the file impossible to save. Such
 * characters are cleaned where text comes in (typing, pasting, JSON import), and a file is checked before it is
 * written, naming the field but never quoting its text, which may be personal.
 */
public final class FileText {

	private FileText() {
	}

	/** {@code text} with line-like breaks (vertical tab, form feed) as line breaks and other characters XML cannot hold left out. */
	public static String clean(String text) {
		if (text == null || fits(text)) {
			return text;
		}
		StringBuilder cleaned = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u000B' || c == '\u000C') {
				cleaned.append('\n');
			} else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				cleaned.append(c).append(text.charAt(++i));
			} else if (allowed(c)) {
				cleaned.append(c);
			}
		}
		return cleaned.toString();
	}

	/** Whether every character of {@code text} can be written to a partnership file. */
	public static boolean fits(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			} else if (!allowed(c)) {
				return false;
			}
		}
		return true;
	}

	/** Cleans every text of the resource in place (see {@link #clean}). */
	public static void cleanAll(Resource resource) {
		for (Unfit unfit : unfit(resource).toList()) {
			unfit.object().eSet(unfit.attribute(), clean((String) unfit.object().eGet(unfit.attribute())));
		}
	}

	/** The first object and attribute whose text a partnership file cannot hold, if any. */
	public static Optional<Unfit> firstUnfit(Resource resource) {
		return unfit(resource).findFirst();
	}

	/** Every object and attribute of the resource whose text a partnership file cannot hold, found as they are asked for. */
	private static Stream<Unfit> unfit(Resource resource) {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(resource.getAllContents(), Spliterator.ORDERED), false)
				.flatMap(object -> object.eClass().getEAllAttributes().stream()
						.filter(attribute -> isText(attribute) && !attribute.isMany() && object.eGet(attribute) instanceof String text && !fits(text))
						.map(attribute -> new Unfit(object, attribute)));
	}

	/** A text a partnership file cannot hold: where it is, never what it says. */
	public record Unfit(EObject object, EAttribute attribute) {
	}

	private static boolean isText(EAttribute attribute) {
		return attribute.getEAttributeType().getInstanceClass() == String.class && !attribute.isDerived() && !attribute.isTransient();
	}

	private static boolean allowed(char c) {
		return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
	}
}
