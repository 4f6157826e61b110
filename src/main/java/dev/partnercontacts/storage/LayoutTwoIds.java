package dev.partnercontacts.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnercontacts.domain.EmailAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The data step of schema 7 ({@link Migrations}): the last agreed user documents under the ids
 * of the CouchDB layout, version 2 (data contract): {@code user:<key>:<address>}, the address as
 * {@link EmailAddress#key} gives it. Schema 5 moved layout 1's ids across as that version wrote
 * them (lower-cased in ASCII only, the domain as typed: {@code xn--} labels, upper-case letters
 * outside ASCII and decomposed letters kept), so such a user had no base in the first merge with
 * the team database, and a change to it on both sides looked like a conflict.
 *
 * <p>The address is read from the document's {@code email}; a deleted document (no body) or
 * one without an address keeps the one in its id. When two documents of one account turn out
 * to be one address, the one already under the layout-2 id stays.
 */
final class LayoutTwoIds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "user:";

    private LayoutTwoIds() {
    }

    private record Row(long accountId, String docId, String body, String key) {
    }

    static void userDocuments(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT b.account_id, b.doc_id, b.body, a.key FROM sync_base b JOIN account a ON a.id = b.account_id "
                        + "WHERE b.doc_id LIKE 'user:%' ORDER BY b.account_id, b.doc_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row row = new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4).toLowerCase(Locale.ROOT));
                rows.add(row);
                taken.add(row.accountId() + " " + row.docId());
            }
        }
        try (PreparedStatement move = c.prepareStatement("UPDATE sync_base SET doc_id = ? WHERE account_id = ? AND doc_id = ?");
             PreparedStatement drop = c.prepareStatement("DELETE FROM sync_base WHERE account_id = ? AND doc_id = ?")) {
            for (Row row : rows) {
                String wanted = PREFIX + row.key() + ":" + EmailAddress.key(address(row));
                if (wanted.equals(row.docId())) {
                    continue;
                }
                PreparedStatement ps = taken.add(row.accountId() + " " + wanted) ? move : drop;
                int i = 1;
                if (ps == move) {
                    ps.setString(i++, wanted);
                }
                ps.setLong(i++, row.accountId());
                ps.setString(i, row.docId());
                ps.executeUpdate();
            }
        }
    }

    /** The address the document is of: its {@code email}, else what its id names after the account key. */
    private static String address(Row row) {
        if (row.body() != null) {
            try {
                JsonNode email = JSON.readTree(row.body()).path("email");
                if (email.isTextual() && !email.textValue().isBlank()) {
                    return email.textValue();
                }
            } catch (JsonProcessingException e) {
                // a damaged body: the id still names the address
            }
        }
        String rest = row.docId().substring(PREFIX.length());
        String keyPart = row.key() + ":";
        return rest.startsWith(keyPart) ? rest.substring(keyPart.length()) : rest;
    }
}
