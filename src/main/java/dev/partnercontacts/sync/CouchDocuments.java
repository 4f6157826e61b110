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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The CouchDB layout of the data contract: one database per account,
 * {@code partner-contacts-<key>}; in it the document {@code account} (the bundle's account minus
 * {@code users}) and one document {@code user:<e-mail key>} per portal user (the address
 * in its canonical form, lower-cased: {@link EmailAddress#key}).
 * Bodies here never hold CouchDB's own {@code _id}, {@code _rev} and other underscore members.
 */
public final class CouchDocuments {

    public static final String DB_PREFIX = "partner-contacts-";
    public static final String ACCOUNT_ID = "account";
    public static final String USER_PREFIX = "user:";

    private CouchDocuments() {
    }

    public static String databaseName(String key) {
        return DB_PREFIX + key.toLowerCase(Locale.ROOT);
    }

    /** The account key of a database name, or empty for a database that is not an account's. */
    public static Optional<String> keyOf(String databaseName) {
        if (!databaseName.startsWith(DB_PREFIX)) {
            return Optional.empty();
        }
        String key = databaseName.substring(DB_PREFIX.length());
        return AccountReader.isKey(key) ? Optional.of(key) : Optional.empty();
    }

    /** The {@code _id} of a user's document: the address's {@link EmailAddress#key}. */
    public static String userId(String email) {
        return USER_PREFIX + EmailAddress.key(email);
    }

    /** The documents of an account, by {@code _id}, in a stable order. */
    public static Map<String, ObjectNode> toDocs(AccountData account) {
        Map<String, ObjectNode> docs = new TreeMap<>();
        docs.put(ACCOUNT_ID, AccountJson.write(account, false));
        for (PortalUser u : account.users()) {
            docs.put(userId(u.email()), AccountJson.user(u));
        }
        return docs;
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
        record Valid(AccountData account) implements Read {
        }

        record Invalid(List<Problem> problems) implements Read {
        }
    }

    /**
     * The account held by its documents (bodies by {@code _id}), checked with the form's rules.
     * Users are read in {@code _id} order and get the ids 1..n.
     */
    public static Read fromDocs(String key, Map<String, ObjectNode> docs) {
        AccountReader reader = new AccountReader();
        List<Problem> problems = new ArrayList<>();
        ArrayNode userNodes = JsonNodeFactory.instance.arrayNode();
        new TreeMap<>(docs).forEach((id, body) -> {
            if (id.startsWith(USER_PREFIX)) {
                userNodes.add(body);
                if (!body.path("email").isTextual() || !id.equals(userId(body.path("email").textValue()))) {
                    problems.add(Problem.of(FieldPath.document(id), "bundle.error.userId"));
                }
            }
        });
        List<PortalUser> users = reader.readUsers(userNodes, problems);
        ObjectNode accountDoc = docs.get(ACCOUNT_ID);
        if (accountDoc == null) {
            accountDoc = JsonNodeFactory.instance.objectNode();
        }
        accountDoc = accountDoc.deepCopy().put("key", key);
        // A removed user is a deleted document; the account may still name it as alert contact.
        if (accountDoc.get("alertContacts") instanceof ArrayNode alerts) {
            for (int i = alerts.size() - 1; i >= 0; i--) {
                JsonNode a = alerts.get(i);
                if (a.isTextual() && !docs.containsKey(userId(a.textValue()))) {
                    alerts.remove(i);
                }
            }
        }
        AccountData account = reader.readAccount(accountDoc, users, problems);
        return problems.isEmpty() ? new Read.Valid(account) : new Read.Invalid(problems);
    }
}
