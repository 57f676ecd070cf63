package org.hjp.workbench.export;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * A parser that fails when asked for a token past the end of the document. EMF's JSON binding reads an object until
 * it meets its end; given something else where it expects an object (as in {@code [1]} or {@code [[]]}), it reads on
 * past the end of the document, where the parser answers "no more tokens" for ever, and the reading never stops.
 */
final class JsonEndGuard extends JsonParserDelegate {

	JsonEndGuard(JsonParser parser) {
		super(parser);
	}

	@Override
	public JsonToken nextToken() throws IOException {
		JsonToken token = super.nextToken();
		if (token == null) {
			throw new ReadPastTheEnd(this);
		}
		return token;
	}

	/** The binding asked for more after the end of the document. */
	static final class ReadPastTheEnd extends JsonParseException {

		private static final long serialVersionUID = 1L;

		ReadPastTheEnd(JsonParser parser) {
			super(parser, "the JSON ends where more of a partnership was expected");
		}
	}
}
