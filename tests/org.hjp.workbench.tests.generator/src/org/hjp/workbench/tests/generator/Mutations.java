package org.hjp.workbench.tests.generator;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A seeded mutation fuzzer's mutations of a file's bytes: flipped bits, bytes and ranges deleted, repeated or
 * swapped, and tokens that parsers of XML and EMF's XMI treat specially spliced in. The same seed always gives the
 * same sequence of files, so a finding can be reproduced from its execution number.
 */
public final class Mutations {

	private static final String[] TOKENS = { "<", ">", "/>", "\"", "'", "&", "&amp;", "&#0;", "&#xFFFF;", "&#1114112;", "<![CDATA[",
			"]]>", "<!--", "-->", "<?xml version=\"1.0\"?>", "<!DOCTYPE x>", "<!ENTITY e \"e\">", "xmi:id=\"dup\"", "xmi:id=\"\"",
			"href=\"#//\"", "href=\"file:///etc/passwd#x\"", "href=\"other.hjp#a\"", "xsi:type=\"needs:Need\"", "xsi:type=\"x:Y\"",
			"xmlns:x=\"http://hjp-workbench.org/model/partnership/99\"", "xmlns=\"\"", "99999999999999999999", "-1", "NaN", "1e400",
			"2026-13-45", "true", "\u0000", "\uFEFF", "\u00e9", "\uD800", "\n", " " };

	private final Random random;

	public Mutations(long seed) {
		this.random = new Random(seed);
	}

	/** A mutant of {@code seed}: one to four mutations applied in turn. */
	public byte[] mutate(byte[] seed) {
		byte[] data = seed;
		int rounds = 1 + random.nextInt(4);
		for (int i = 0; i < rounds; i++) {
			data = once(data);
		}
		return data;
	}

	private byte[] once(byte[] data) {
		if (data.length == 0) {
			return token();
		}
		int at = random.nextInt(data.length);
		int length = Math.min(data.length - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 512));
		return switch (random.nextInt(7)) {
		case 0 -> flipBit(data, at);
		case 1 -> splice(data, at, length, new byte[0]);
		case 2 -> splice(data, at, 0, java.util.Arrays.copyOfRange(data, at, at + length));
		case 3 -> splice(data, at, random.nextInt(3), token());
		case 4 -> splice(data, at, length, randomBytes(1 + random.nextInt(16)));
		case 5 -> java.util.Arrays.copyOf(data, at);
		default -> swap(data, at, length);
		};
	}

	private byte[] flipBit(byte[] data, int at) {
		byte[] copy = data.clone();
		copy[at] ^= (byte) (1 << random.nextInt(8));
		return copy;
	}

	private byte[] swap(byte[] data, int at, int length) {
		int other = random.nextInt(data.length - length + 1);
		byte[] copy = data.clone();
		System.arraycopy(data, other, copy, at, Math.min(length, data.length - at));
		System.arraycopy(data, at, copy, other, Math.min(length, data.length - other));
		return copy;
	}

	private byte[] token() {
		return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
	}

	private byte[] randomBytes(int n) {
		byte[] bytes = new byte[n];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] splice(byte[] data, int at, int remove, byte[] insert) {
		int removed = Math.min(remove, data.length - at);
		byte[] result = new byte[data.length - removed + insert.length];
		System.arraycopy(data, 0, result, 0, at);
		System.arraycopy(insert, 0, result, at, insert.length);
		System.arraycopy(data, at + removed, result, at + insert.length, data.length - at - removed);
		return result;
	}
}
