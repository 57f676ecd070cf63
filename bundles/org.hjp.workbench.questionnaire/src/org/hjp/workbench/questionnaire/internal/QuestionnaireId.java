package org.hjp.workbench.questionnaire.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a questionnaire was written for: the round (its xmi:id, and its title to name it in messages), the respondent
 * (empty on a blank questionnaire) and the instrument's id and version. Kept in the PDF as a hidden field and in the
 * document information, as ASCII text, so that a reader's save leaves it as it was.
 */
public record QuestionnaireId(String roundId, String roundTitle, String respondentId, String instrumentId, String instrumentVersion) {

	/** The key of the document information entry. */
	public static final String INFO_KEY = "HJP-Questionnaire";
	private static final String FORMAT = "hjp-questionnaire-1";

	public boolean blank() {
		return respondentId == null || respondentId.isEmpty();
	}

	public String encode() {
		return "format=" + FORMAT + "&round=" + part(roundId) + "&title=" + part(roundTitle) + "&respondent=" + part(respondentId)
				+ "&instrument=" + part(instrumentId) + "&version=" + part(instrumentVersion);
	}

	/** The identifier in {@code text}; empty when it is not one this workbench wrote. */
	public static Optional<QuestionnaireId> decode(String text) {
		if (text == null || text.length() > 10_000) {
			return Optional.empty();
		}
		Map<String, String> parts = new HashMap<>();
		for (String pair : text.trim().split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				try {
					parts.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				} catch (IllegalArgumentException e) {
					return Optional.empty();
				}
			}
		}
		if (!FORMAT.equals(parts.get("format")) || parts.getOrDefault("round", "").isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new QuestionnaireId(parts.get("round"), parts.getOrDefault("title", ""), parts.getOrDefault("respondent", ""),
				parts.getOrDefault("instrument", ""), parts.getOrDefault("version", "")));
	}

	private static String part(String value) {
		return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
	}
}
