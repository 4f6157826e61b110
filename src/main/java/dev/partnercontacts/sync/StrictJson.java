package dev.partnercontacts.sync;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads a bundle's bytes as the data contract wants them read: exactly one JSON document (RFC
 * 8259) and nothing after it, no member named twice in an object
 * ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}), and no text holding half of a
 * character (a lone UTF-16 surrogate, which {@code \ud800} escapes can spell and UTF-8 cannot
 * store). Nothing is read around: each of these is a refusal.
 */
final class StrictJson {

    // Trailing content is checked by hand after the one value is read, rather than with
    // DeserializationFeature.FAIL_ON_TRAILING_TOKENS, whose failure cannot be told apart from a
    // document broken inside: the message says which of the two it is.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {
    }

    /** What reading gave: the document, or why it was refused. */
    sealed interface Read {
        record Document(JsonNode root) implements Read {
        }

        record Refused(Refusal reason) implements Read {
        }
    }

    static Read read(byte[] bytes) throws IOException {
        JsonNode root;
        try (JsonParser parser = JSON.createParser(bytes)) {
            try {
                root = JSON.readTree(parser);
            } catch (JsonProcessingException e) {
                return refused("bundle.error.malformed", e.getLocation());
            }
            // Whatever follows the document, JSON or not, is refused: two bundles joined with cat
            // would otherwise import as the first alone, and text after one as nothing at all.
            JsonLocation end = parser.currentLocation();
            try {
                if (parser.nextToken() != null) {
                    return refused("bundle.error.trailing", parser.currentTokenLocation());
                }
            } catch (JsonProcessingException e) {
                return refused("bundle.error.trailing", e.getLocation() == null ? end : e.getLocation());
            }
        }
        return new Read.Document(root);
    }

    private static Read refused(String key, JsonLocation at) {
        return new Read.Refused(Refusal.ofBundle("", key, String.valueOf(at == null ? 0 : at.getLineNr()),
                String.valueOf(at == null ? 0 : at.getColumnNr())));
    }

    /**
     * Calls {@code found} with the path (as in refusals: {@code users[1].name}) of every member
     * name or text value under {@code node} that holds a lone surrogate.
     */
    static void loneSurrogates(JsonNode node, String path, BiConsumer<String, String> found) {
        if (node.isTextual() && hasLoneSurrogate(node.textValue())) {
            found.accept(path, "bundle.error.surrogate");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                loneSurrogates(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String child = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (hasLoneSurrogate(member.getKey())) {
                    found.accept(child, "bundle.error.surrogate");
                } else {
                    loneSurrogates(member.getValue(), child, found);
                }
            }
        }
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
