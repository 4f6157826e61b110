package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.sync.ConflictMerge.Field;
import dev.partnercontacts.sync.ConflictMerge.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictMergeTest {

    private final AccountData base = SyncFixtures.account(SyncFixtures.newKey());
    private final AccountData local = SyncFixtures.withPartnerId(SyncFixtures.renamed(base, "Acme Local"), "111");
    private final AccountData remote = SyncFixtures.withOpsForUsers(SyncFixtures.renamed(base, "Acme Remote"),
            "help@acme.example");

    @Test
    void theDiffListsEachDifferingFieldWithBothValues() {
        assertThat(ConflictMerge.diff(local, remote)).containsExactly(
                new ConflictMerge.FieldDiff(Field.NAME, "Acme Local", "Acme Remote"),
                new ConflictMerge.FieldDiff(Field.PARTNER_ID, "111", "12345"),
                new ConflictMerge.FieldDiff(Field.OPS_FOR_USERS,
                        local.details().contacts(dev.partnercontacts.domain.Role.OPS_FOR_USERS),
                        remote.details().contacts(dev.partnercontacts.domain.Role.OPS_FOR_USERS)));
        assertThat(ConflictMerge.diff(local, local)).isEmpty();
    }

    @Test
    void usersCompareWithoutTheirIds() {
        List<PortalUser> renumbered = new ArrayList<>();
        for (PortalUser u : base.users()) {
            renumbered.add(new PortalUser(u.id() + 40, u.name(), u.email(), u.role()));
        }
        AccountData other = new AccountData(base.key(), base.details().withAlertUserIds(List.of(41L)), renumbered,
                base.submittedAt(), base.submittedBy());

        assertThat(ConflictMerge.diff(base, other)).isEmpty();
    }

    @Test
    void keepingOneSideGivesThatSidesValues() {
        assertThat(ConflictMerge.diff(ConflictMerge.keepLocal(local, remote), local)).isEmpty();
        assertThat(ConflictMerge.diff(ConflictMerge.keepRemote(local, remote), remote)).isEmpty();
    }

    @Test
    void aChoicePerFieldTakesEachFromItsSide() {
        AccountData merged = ConflictMerge.merge(local, remote, Map.of(Field.NAME, Side.REMOTE, Field.OPS_FOR_USERS, Side.REMOTE));

        assertThat(merged.details().settings().name()).isEqualTo("Acme Remote");
        assertThat(merged.details().settings().partnerId()).isEqualTo("111");
        assertThat(merged.details().contacts(dev.partnercontacts.domain.Role.OPS_FOR_USERS).get(0).email())
                .isEqualTo("help@acme.example");
        assertThat(merged.key()).isEqualTo(local.key());
    }

    @Test
    void remoteUsersKeepLocalIdsAndAlertContactsFollowTheMergedUsers() {
        PortalUser zed = new PortalUser(1, "Zed Admin", "zed@example.com", UserRole.ADMINISTRATOR);
        AccountData remoteUsers = new AccountData(base.key(), base.details().withAlertUserIds(List.of(1L)),
                List.of(zed, new PortalUser(2, "Ed Editor", "ED@example.com", UserRole.EDITOR)), null, null);

        AccountData merged = ConflictMerge.merge(base, remoteUsers, Map.of(Field.USERS, Side.REMOTE));

        assertThat(merged.users()).extracting(PortalUser::id, PortalUser::email).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "zed@example.com"),
                org.assertj.core.groups.Tuple.tuple(2L, "ED@example.com"));
        assertThat(merged.details().alertUserIds()).as("local alert contact ada is no longer a user").isEmpty();
        AccountData alertsToo = ConflictMerge.merge(base, remoteUsers,
                Map.of(Field.USERS, Side.REMOTE, Field.ALERT_CONTACTS, Side.REMOTE));
        assertThat(alertsToo.details().alertUserIds()).containsExactly(3L);
    }
}
