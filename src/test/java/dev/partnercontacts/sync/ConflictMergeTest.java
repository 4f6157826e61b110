package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.sync.ConflictMerge.Field;
import dev.partnercontacts.sync.ConflictMerge.Part;
import dev.partnercontacts.sync.ConflictMerge.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field-by-field merge of the data contract, without a server. */
class ConflictMergeTest {

    private final AccountData base = SyncFixtures.account(SyncFixtures.newKey());

    private static AccountData withUsers(AccountData a, List<PortalUser> users) {
        return new AccountData(a.key(), a.details(), users, a.submittedAt(), a.submittedBy());
    }

    private static AccountData submitted(AccountData a, Instant at, String by) {
        return new AccountData(a.key(), a.details(), a.users(), at, by);
    }

    @Test
    void aFieldChangedOnOneSideTakesThatSidesValue() {
        AccountData local = SyncFixtures.renamed(base, "Local name");
        AccountData remote = SyncFixtures.withPartnerId(base, "777");

        ConflictMerge.Merged m = ConflictMerge.merge(local, base, remote);

        assertThat(m.conflicts()).isEmpty();
        assertThat(m.account().details().settings().name()).isEqualTo("Local name");
        assertThat(m.account().details().settings().partnerId()).isEqualTo("777");
    }

    @Test
    void onlyAFieldChangedDifferentlyOnBothSidesIsAConflict() {
        AccountData local = SyncFixtures.withOpsForUsers(SyncFixtures.renamed(base, "Local"), "help@local.example");
        AccountData remote = SyncFixtures.withPartnerId(SyncFixtures.renamed(base, "Remote"), "9");

        ConflictMerge.Merged m = ConflictMerge.merge(local, base, remote);

        assertThat(m.conflicts()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo(Field.of(Part.NAME));
            assertThat(d.local()).isEqualTo("Local");
            assertThat(d.remote()).isEqualTo("Remote");
        });
        assertThat(m.account().details().settings().partnerId()).isEqualTo("9");
        assertThat(m.account().details().contacts(Role.OPS_FOR_USERS)).extracting(Contact::email).containsExactly("help@local.example");
        assertThat(ConflictMerge.resolve(m.account(), m.conflicts(), Map.of(Field.of(Part.NAME), Side.REMOTE))
                .details().settings().name()).isEqualTo("Remote");
        assertThat(ConflictMerge.resolve(m.account(), m.conflicts(), Map.of()).details().settings().name()).isEqualTo("Local");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        AccountData both = SyncFixtures.renamed(base, "Same");

        assertThat(ConflictMerge.merge(both, base, both).conflicts()).isEmpty();
    }

    @Test
    void withoutABaseEveryDifferenceIsAConflictAndEqualContentIsNone() {
        assertThat(ConflictMerge.merge(base, null, base).conflicts()).isEmpty();
        assertThat(ConflictMerge.merge(SyncFixtures.renamed(base, "A"), null, SyncFixtures.renamed(base, "B")).conflicts())
                .extracting(ConflictMerge.FieldDiff::field).containsExactly(Field.of(Part.NAME));
    }

    @Test
    void usersAddedOnEachSideAreAllKeptAndAlertContactsFollowByAddress() {
        List<PortalUser> local = new ArrayList<>(base.users());
        local.add(new PortalUser(10, "Nia", "nia@example.com", UserRole.EDITOR));
        List<PortalUser> remote = new ArrayList<>(base.users());
        remote.add(new PortalUser(3, "Bo", "bo@example.com", UserRole.READ_ONLY));

        ConflictMerge.Merged m = ConflictMerge.merge(withUsers(base, local), base, withUsers(base, remote));

        assertThat(m.conflicts()).isEmpty();
        assertThat(m.account().users()).extracting(PortalUser::email)
                .containsExactlyInAnyOrder("ada@example.com", "ed@example.com", "nia@example.com", "bo@example.com");
        assertThat(m.account().users()).extracting(PortalUser::id).doesNotHaveDuplicates();
        long ada = m.account().users().stream().filter(u -> u.email().equals("ada@example.com")).findFirst().orElseThrow().id();
        assertThat(m.account().details().alertUserIds()).containsExactly(ada);
    }

    @Test
    void aUserRenamedOnOneSideAndGivenAnotherRoleOnTheOtherGetsBoth() {
        List<PortalUser> local = base.users().stream().map(u -> u.email().equals("ed@example.com")
                ? new PortalUser(u.id(), "Edward", u.email(), u.role()) : u).toList();
        List<PortalUser> remote = base.users().stream().map(u -> u.email().equals("ed@example.com")
                ? new PortalUser(u.id(), u.name(), u.email(), UserRole.READ_ONLY) : u).toList();

        ConflictMerge.Merged m = ConflictMerge.merge(withUsers(base, local), base, withUsers(base, remote));

        assertThat(m.conflicts()).isEmpty();
        assertThat(m.account().users()).filteredOn(u -> u.email().equals("ed@example.com")).singleElement()
                .satisfies(u -> {
                    assertThat(u.name()).isEqualTo("Edward");
                    assertThat(u.role()).isEqualTo(UserRole.READ_ONLY);
                });
    }

    @Test
    void aUserRemovedOnOneSideAndChangedOnTheOtherIsAConflict() {
        List<PortalUser> local = base.users().stream().filter(u -> !u.email().equals("ed@example.com")).toList();
        List<PortalUser> remote = base.users().stream().map(u -> u.email().equals("ed@example.com")
                ? new PortalUser(u.id(), u.name(), u.email(), UserRole.READ_ONLY) : u).toList();

        ConflictMerge.Merged m = ConflictMerge.merge(withUsers(base, local), base, withUsers(base, remote));

        assertThat(m.conflicts()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo(new Field(Part.USER, "ed@example.com"));
            assertThat(d.local()).isNull();
            assertThat(((PortalUser) d.remote()).role()).isEqualTo(UserRole.READ_ONLY);
        });
        assertThat(ConflictMerge.resolve(m.account(), m.conflicts(), Map.of(new Field(Part.USER, "ed@example.com"), Side.REMOTE))
                .users()).extracting(PortalUser::email).contains("ed@example.com");
        assertThat(ConflictMerge.merge(withUsers(base, local), base, base).account().users())
                .as("removed on one side, unchanged on the other: removed").extracting(PortalUser::email)
                .doesNotContain("ed@example.com");
    }

    @Test
    void theLaterSubmissionIsKeptAndIsNeverAConflict() {
        Instant later = base.submittedAt().plusSeconds(60);
        AccountData local = submitted(SyncFixtures.renamed(base, "Local"), later, "Lou <lou@example.com>");
        AccountData remote = submitted(base, base.submittedAt().plusSeconds(30), "Rem <rem@example.com>");

        ConflictMerge.Merged m = ConflictMerge.merge(local, base, remote);

        assertThat(m.conflicts()).isEmpty();
        assertThat(m.account().submittedBy()).isEqualTo("Lou <lou@example.com>");
        assertThat(ConflictMerge.merge(base, base, remote).account().submittedAt()).isEqualTo(remote.submittedAt());
    }
}
