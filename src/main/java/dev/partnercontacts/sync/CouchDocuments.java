package dev.partnercontacts.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.EmailAddress;
import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The CouchDB layout, version 2, of the data contract ("CouchDB layout (version 2)"): one team
 * database; in it, per account, the document {@code account:<key>} (the bundle's account minus
 * {@code users}, plus {@code "type": "account"}) and one document {@code user:<key>:<e-mail>} per
 * portal user ({@code type}, {@code key}, {@code name}, {@code email}, {@code role}), the key
 * lower-case and the address in its canonical form, lower-cased with {@code Locale.ROOT}. Any
 * other document is not ours: {@link #keyOf} says so, and it is never read, written or deleted.
 * Bodies here never hold CouchDB's own {@code _id}, {@code _rev} and other underscore members.
 */
public final class CouchDocuments {

    /** The team database's name unless the workstation is set to another. */
    public static final String DEFAULT_DATABASE = "partner-contacts";
    public static final String ACCOUNT_PREFIX = "account:";
    public static final String USER_PREFIX = "user:";

    /** The layout these documents follow; a document that says it follows a later one is left alone. */
    public static final int LAYOUT = 2;
    /** The members this version writes in an account document; any other is a later version's, kept as it is. */
    private static final Set<String> ACCOUNT_MEMBERS = Set.of("type", "key", "name", "partnerId", "integration",
            "environment", "contacts", "alertContacts", "supportHours", "submittedAt", "submittedBy");
    /**
     * The members every version writes in an account document: one that lacks any is not an
     * account as the data contract defines it (read leniently, it would empty those fields here).
     */
    private static final List<String> ACCOUNT_REQUIRED = List.of("name", "partnerId", "integration", "environment",
            "contacts", "alertContacts", "supportHours");
    /** The members this version writes in a user document. */
    private static final Set<String> USER_MEMBERS = Set.of("type", "key", "name", "email", "role");

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int KEY_LENGTH = 36;
    /** CouchDB's rule for database names (API reference, "PUT /{db}"). */
    private static final Pattern DATABASE = Pattern.compile("[a-z][a-z0-9_$()+/-]{0,237}");

    private CouchDocuments() {
    }

    /** Whether {@code name} is a database name CouchDB accepts: a lower-case letter, then a-z, 0-9, _$()+-/. */
    public static boolean isDatabaseName(String name) {
        return name != null && DATABASE.matcher(name).matches();
    }

    public static String accountId(String key) {
        return ACCOUNT_PREFIX + key.toLowerCase(Locale.ROOT);
    }

    /** {@code user:<key>:<address>}, the address as {@link EmailAddress#key} gives it. */
    public static String userId(String key, PortalUser user) {
        return userId(key, user.email());
    }

    /** {@code user:<key>:<address>} for an address as typed. */
    public static String userId(String key, String email) {
        return USER_PREFIX + key.toLowerCase(Locale.ROOT) + ":" + EmailAddress.key(email);
    }

    /**
     * The account key a document id belongs to, or empty for a document that is not one of an
     * account's (a design document, an administrator's note, a document of a later version).
     */
    public static Optional<String> keyOf(String docId) {
        String rest;
        if (docId.startsWith(ACCOUNT_PREFIX)) {
            rest = docId.substring(ACCOUNT_PREFIX.length());
            return KEY.matcher(rest).matches() ? Optional.of(rest) : Optional.empty();
        }
        if (docId.startsWith(USER_PREFIX) && docId.length() > USER_PREFIX.length() + KEY_LENGTH + 1) {
            rest = docId.substring(USER_PREFIX.length());
            String key = rest.substring(0, KEY_LENGTH);
            return KEY.matcher(key).matches() && rest.charAt(KEY_LENGTH) == ':' ? Optional.of(key) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The documents of an account, by {@code _id}; users in the order of their addresses. */
    public static Map<String, ObjectNode> toDocs(AccountData account) {
        Map<String, ObjectNode> docs = new TreeMap<>();
        String key = account.key().toLowerCase(Locale.ROOT);
        ObjectNode accountDoc = AccountJson.write(account, false);
        accountDoc.put("key", key);
        docs.put(accountId(key), JsonNodeFactory.instance.objectNode().put("type", "account").setAll(accountDoc));
        for (PortalUser u : account.users()) {
            ObjectNode user = JsonNodeFactory.instance.objectNode().put("type", "user").put("key", key);
            docs.put(userId(key, u), user.setAll(AccountJson.user(u)));
        }
        return docs;
    }

    /**
     * Whether a document says it follows a later layout than {@link #LAYOUT}: a number above it in
     * its {@code layout} member (documents of layout 2 have none). Such a document is written by a
     * later version of the app: it is never read as an account and never written over (data
     * contract: documents of a later version are left alone).
     */
    public static boolean ofLaterLayout(JsonNode body) {
        JsonNode layout = body == null ? null : body.get("layout");
        return layout != null && layout.isNumber() && layout.decimalValue().compareTo(java.math.BigDecimal.valueOf(LAYOUT)) > 0;
    }

    /**
     * {@code ours} with, in each document, the top-level members of the same document in
     * {@code theirs} that this version does not write (never CouchDB's underscore members): what
     * a later version added to a document travels on untouched when this workstation writes it.
     * Members this version writes, present or absent in {@code ours}, are ours alone.
     */
    public static Map<String, ObjectNode> keepingForeign(Map<String, ObjectNode> ours, Map<String, ObjectNode> theirs) {
        Map<String, ObjectNode> result = new TreeMap<>();
        ours.forEach((id, doc) -> {
            ObjectNode other = theirs.get(id);
            Set<String> known = id.startsWith(USER_PREFIX) ? USER_MEMBERS : ACCOUNT_MEMBERS;
            ObjectNode copy = doc;
            if (other != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = other.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> m = it.next();
                    if (!known.contains(m.getKey()) && !m.getKey().startsWith("_") && !doc.has(m.getKey())) {
                        copy = copy == doc ? doc.deepCopy() : copy;
                        copy.set(m.getKey(), m.getValue().deepCopy());
                    }
                }
            }
            result.put(id, copy);
        });
        return result;
    }

    /** The body of a document as the server sent it, without the underscore members. */
    public static ObjectNode body(JsonNode doc) {
        ObjectNode copy = ((ObjectNode) doc).deepCopy();
        for (Iterator<String> names = doc.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("_")) {
                copy.remove(name);
            }
        }
        return copy;
    }

    /** What reading an account's documents gave. */
    public sealed interface Read {
        /** The account, or null when the documents hold none (no account document). */
        record Valid(AccountData account) implements Read {
        }

        record Invalid(List<Problem> problems) implements Read {
        }
    }

    /**
     * The account held by its documents (bodies by {@code _id}), checked with the form's rules;
     * {@code Valid(null)} when there is no account document. Users are read in address order and
     * get the ids 1..n; an alert contact whose user document is gone is dropped. An account document
     * lacking a member every version writes ({@code name} … {@code supportHours}) is invalid.
     */
    public static Read fromDocs(String key, Map<String, ObjectNode> docs) {
        ObjectNode accountDoc = docs.get(accountId(key));
        if (accountDoc == null) {
            return new Read.Valid(null);
        }
        AccountReader reader = new AccountReader();
        List<Problem> problems = new ArrayList<>();
        ArrayNode userNodes = JsonNodeFactory.instance.arrayNode();
        List<Map.Entry<String, ObjectNode>> users = new ArrayList<>(docs.entrySet().stream()
                .filter(e -> e.getKey().startsWith(USER_PREFIX)).toList());
        users.sort(Comparator.comparing(Map.Entry::getKey));
        for (Map.Entry<String, ObjectNode> e : users) {
            ObjectNode body = e.getValue();
            userNodes.add(body);
            JsonNode email = body.path("email");
            if (!email.isTextual() || !e.getKey().equals(userId(key, email.textValue()))) {
                problems.add(Problem.of(FieldPath.document(e.getKey()), "bundle.error.userId"));
            }
        }
        List<PortalUser> read = reader.readUsers(userNodes, problems);
        ACCOUNT_REQUIRED.stream().filter(m -> !accountDoc.has(m))
                .forEach(m -> problems.add(Problem.of(FieldPath.document(m), "bundle.error.required")));
        ObjectNode account = accountDoc.deepCopy().put("key", key);
        if (account.get("alertContacts") instanceof ArrayNode alerts) {
            for (int i = alerts.size() - 1; i >= 0; i--) {
                JsonNode a = alerts.get(i);
                if (a.isTextual() && !docs.containsKey(userId(key, a.textValue()))) {
                    alerts.remove(i);
                }
            }
        }
        AccountData data = reader.readAccount(account, read, problems);
        return problems.isEmpty() ? new Read.Valid(data) : new Read.Invalid(problems);
    }
}
