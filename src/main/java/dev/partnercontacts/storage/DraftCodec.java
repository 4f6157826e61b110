package dev.partnercontacts.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.partnercontacts.domain.ContactDetails;

/** Turns a form draft into JSON and back; drafts keep whatever was typed, valid or not. */
final class DraftCodec {

    static final int FORMAT = 1;

    private record Envelope(int format, ContactDetails details) {
    }

    // ASCII-only JSON: whatever was typed, even half of a surrogate pair (which has no UTF-8
    // form and would come back as '?'), is stored as a JSON escape and read back exactly.
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();

    String write(ContactDetails details) {
        try {
            return mapper.writeValueAsString(new Envelope(FORMAT, details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A draft could not be written as JSON", e);
        }
    }

    ContactDetails read(String json) throws JsonProcessingException {
        Envelope envelope = mapper.readValue(json, Envelope.class);
        if (envelope.format() > FORMAT || envelope.details() == null) {
            throw new IllegalArgumentException("unsupported draft format " + envelope.format());
        }
        return envelope.details();
    }
}
