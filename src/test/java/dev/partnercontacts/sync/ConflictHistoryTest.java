package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.sync.ConflictMerge.Field;
import dev.partnercontacts.sync.ConflictMerge.Part;
import dev.partnercontacts.sync.ConflictMerge.Side;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A resolved conflict is recorded as one: per field, which side was kept (this workstation's or
 * the server's), not only as the plain edit it makes. Two SQLite workstations on a real PouchDB.
 */
class ConflictHistoryTest {

    @RegisterExtension
    static final PouchDbServer POUCH = new PouchDbServer();
    @RegisterExtension
    final TeamWorkstations stations = new TeamWorkstations(POUCH);

    private final String key = SyncFixtures.newKey();
    private Workstation a;
    private Workstation b;

    @BeforeEach
    void team() throws CouchException {
        a = stations.open("a");
        b = stations.open("b");
    }

    /** A and B both change the name and the partner ID; A syncs first, so B has the conflict. */
    private void conflictOnB() {
        a.add(SyncFixtures.account(key));
        assertThat(a.sync().inSync()).isTrue();
        assertThat(b.sync().pulledAccounts()).isEqualTo(1);
        settings(a, "Name from A", "111");
        settings(b, "Name from B", "222");
        assertThat(a.sync().inSync()).isTrue();
        assertThat(b.sync().conflicts()).containsExactly(key);
    }

    private void settings(Workstation w, String name, String partnerId) {
        w.submit(key, d -> d.withSettings(new AccountSettings(name, partnerId, d.settings().integration(),
                d.settings().environment())));
    }

    private List<Change> resolutions() {
        return b.accounts.history(HistoryQuery.latest(b.id(key), 100)).stream().map(HistoryEntry::change)
                .filter(c -> c.kind() == Change.Kind.CONFLICT_RESOLVED).toList();
    }

    @Test
    void keepingThisWorkstationsVersionIsRecordedPerField() {
        conflictOnB();

        b.engine.resolve(key, Map.of());

        assertThat(resolutions()).extracting(Change::subject, Change::after)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("NAME", "LOCAL"),
                        org.assertj.core.groups.Tuple.tuple("PARTNER_ID", "LOCAL"));
    }

    @Test
    void keepingTheServersVersionIsRecordedPerFieldWithTheValues() {
        conflictOnB();

        b.engine.resolve(key, Map.of(Field.of(Part.NAME), Side.REMOTE, Field.of(Part.PARTNER_ID), Side.LOCAL));

        assertThat(resolutions()).extracting(Change::subject, Change::after)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("NAME", "REMOTE"),
                        org.assertj.core.groups.Tuple.tuple("PARTNER_ID", "LOCAL"));
        assertThat(resolutions()).filteredOn(c -> c.subject().equals("NAME")).singleElement()
                .satisfies(c -> assertThat(c.before()).isEqualTo("Name from A"));
    }
}
