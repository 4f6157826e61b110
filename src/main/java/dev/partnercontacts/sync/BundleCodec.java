package dev.partnercontacts.sync;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes and reads the JSON bundle of the data contract ({@code partner-contacts-bundle},
 * version 1). Reading never throws for bad input: it gives {@link BundleOutcome.Refused} with every
 * reason found, so an import can show them all and change nothing.
 */
public final class BundleCodec {

    public static final String FORMAT = "partner-contacts-bundle";
    public static final int VERSION = 1;
    /** Largest bundle read: about 16,000 complete accounts with ten users each fit well under it. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Clock clock;
    private final long maxBytes;

    public BundleCodec(Clock clock) {
        this(clock, DEFAULT_MAX_BYTES);
    }

    public BundleCodec(Clock clock, long maxBytes) {
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Writes the accounts as a bundle (UTF-8); the stream is left open. */
    public void write(List<AccountData> accounts, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("exportedAt", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
        ArrayNode list = root.putArray("accounts");
        accounts.forEach(a -> list.add(AccountJson.write(a, true)));
        JSON.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
    }

    /**
     * Reads a bundle, at most {@code maxBytes} of it: a longer input is refused without reading
     * further. Only an I/O failure of the stream itself throws.
     */
    public BundleOutcome read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            return refused(Refusal.ofBundle("", "bundle.error.tooLarge", String.valueOf(maxBytes / (1024 * 1024))));
        }
        StrictJson.Read document = StrictJson.read(bytes);
        if (document instanceof StrictJson.Read.Refused r) {
            return refused(r.reason());
        }
        JsonNode root = ((StrictJson.Read.Document) document).root();
        if (root == null || !root.isObject()) {
            return refused(Refusal.ofBundle("", "bundle.error.notBundle"));
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.textValue())) {
            return refused(Refusal.ofBundle("format", "bundle.error.notBundle"));
        }
        JsonNode version = root.get("version");
        // A number past 64 bits (2^64 + 1) must not wrap round to 1: only a whole number that fits.
        if (version == null || !version.isIntegralNumber() || !version.canConvertToLong() || version.asLong() < 1) {
            return refused(Refusal.ofBundle("version", "bundle.error.version", String.valueOf(version)));
        }
        if (version.asLong() > VERSION) {
            return refused(Refusal.ofBundle("version", "bundle.error.newerVersion", version.asText(), String.valueOf(VERSION)));
        }
        JsonNode accounts = root.get("accounts");
        if (accounts == null || !accounts.isArray()) {
            return refused(Refusal.ofBundle("accounts", "bundle.error.notList"));
        }
        Instant exportedAt = null;
        JsonNode at = root.get("exportedAt");
        if (at != null && !at.isNull()) {
            try {
                exportedAt = Instant.parse(at.asText());
            } catch (DateTimeParseException e) {
                return refused(Refusal.ofBundle("exportedAt", "bundle.error.exportedAt"));
            }
        }
        List<Refusal> halves = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (!member.getKey().equals("accounts")) {
                StrictJson.loneSurrogates(member.getValue(), member.getKey(), (path, key) -> halves.add(Refusal.ofBundle(path, key)));
            }
        }
        if (!halves.isEmpty()) {
            return new BundleOutcome.Refused(halves);
        }
        return readAccounts(accounts, exportedAt);
    }

    private BundleOutcome readAccounts(JsonNode accounts, Instant exportedAt) {
        AccountReader reader = new AccountReader();
        List<AccountData> read = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            JsonNode node = accounts.get(i);
            if (!node.isObject()) {
                refusals.add(new Refusal(i, "", "", "bundle.error.notObject", List.of()));
                continue;
            }
            List<Problem> problems = new ArrayList<>();
            StrictJson.loneSurrogates(node, "", (path, key) -> problems.add(Problem.of(FieldPath.document(path), key)));
            List<PortalUser> users = reader.readUsers(node.get("users"), problems);
            AccountData account = reader.readAccount(node, users, problems);
            if (!account.key().isEmpty()
                    && seenKeys.putIfAbsent(account.key().toLowerCase(Locale.ROOT), i) != null) {
                problems.add(Problem.of(FieldPath.document("key"), "bundle.error.duplicateKey"));
            }
            for (Problem p : problems) {
                refusals.add(new Refusal(i, account.key(), p.field() instanceof FieldPath.InDocument d ? d.path() : p.field().toString(), p.messageKey(), p.args()));
            }
            read.add(account);
        }
        return refusals.isEmpty() ? new BundleOutcome.Accepted(read, exportedAt) : new BundleOutcome.Refused(refusals);
    }

    private static BundleOutcome refused(Refusal r) {
        return new BundleOutcome.Refused(List.of(r));
    }
}
