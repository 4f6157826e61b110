package dev.partnercontacts.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.sync.ConflictMerge.Field;
import dev.partnercontacts.sync.ConflictMerge.FieldDiff;
import dev.partnercontacts.sync.ConflictMerge.Part;
import dev.partnercontacts.sync.ConflictMerge.Side;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Changes that are each valid and break a rule together: Ada removed on one workstation, Ed (the
 * other Administrator) made an Editor on the other, would leave the account without an
 * Administrator. A person decides, as for a conflict; a choice that still breaks the rule is refused.
 */
class RuleConflictTest {

    @RegisterExtension
    static final PouchDbServer POUCH = new PouchDbServer();
    @RegisterExtension
    final TeamWorkstations stations = new TeamWorkstations(POUCH);

    private static final String ADA = "ada@example.com";
    private static final String ED = "ed@example.com";
    private final String key = SyncFixtures.newKey();
    private final AccountData base = twoAdministrators(SyncFixtures.account(key));

    private static AccountData twoAdministrators(AccountData a) {
        return withUsers(a, a.users().stream().map(u -> new PortalUser(u.id(), u.name(), u.email(), UserRole.ADMINISTRATOR)).toList());
    }

    private static AccountData withUsers(AccountData a, List<PortalUser> users) {
        return new AccountData(a.key(), a.details(), users, a.submittedAt(), a.submittedBy());
    }

    private static AccountData without(AccountData a, String email) {
        return withUsers(a, a.users().stream().filter(u -> !u.email().equals(email)).toList());
    }

    private static AccountData role(AccountData a, String email, UserRole role) {
        return withUsers(a, a.users().stream().map(u -> u.email().equals(email) ? new PortalUser(u.id(), u.name(), u.email(), role) : u).toList());
    }

    @Test
    void aRemovalAndADemotionThatLeaveNoAdministratorAreOfferedToAPerson() {
        AccountData local = without(base, ADA);
        AccountData remote = role(base, ED, UserRole.EDITOR);

        ConflictMerge.Merged m = ConflictMerge.merge(local, base, remote);

        assertThat(m.invalid()).isFalse();
        assertThat(m.conflicts()).extracting(FieldDiff::field)
                .containsExactly(new Field(Part.USER, ADA), new Field(Part.USER_ROLE, ED));
        assertThat(m.conflicts()).allMatch(FieldDiff::byRule);
        assertThat(m.account().users()).as("this workstation's users until a person decides")
                .extracting(PortalUser::email, PortalUser::role).containsExactly(org.assertj.core.groups.Tuple.tuple(ED, UserRole.ADMINISTRATOR));
        assertThat(RuleConflicts.problems(m.account())).isEmpty();
    }

    @Test
    void aMergeThatBreaksNoRuleOffersNothingMore() {
        AccountData local = without(base, ADA);
        AccountData remote = SyncFixtures.renamed(base, "Renamed there");

        ConflictMerge.Merged m = ConflictMerge.merge(local, base, remote);

        assertThat(m.conflicts()).isEmpty();
        assertThat(m.account().users()).extracting(PortalUser::email).containsExactly(ED);
        assertThat(m.account().details().settings().name()).isEqualTo("Renamed there");
    }

    @Test
    void throughTheServerTheSecondWorkstationDecidesAndAChoiceWithoutAdministratorIsRefused() {
        Workstation a = stations.open("a");
        Workstation b = stations.open("b");
        a.add(base);
        assertThat(a.sync().inSync()).isTrue();
        assertThat(b.sync().pulledAccounts()).isEqualTo(1);
        a.add(without(a.data(key), ADA));
        b.add(role(b.data(key), ED, UserRole.EDITOR));
        assertThat(a.sync().inSync()).isTrue();

        SyncSummary onB = b.sync();

        assertThat(onB.failures()).as("not just invalid data that waits").isEmpty();
        assertThat(onB.conflicts()).containsExactly(key);
        Conflict c = b.store.conflicts().get(0);
        assertThat(c.fields()).extracting(FieldDiff::field).containsExactly(new Field(Part.USER, ADA), new Field(Part.USER_ROLE, ED));
        assertThat(b.data(key).users()).as("nothing applied meanwhile").hasSize(2);

        // Here Ada stays and Ed is an Editor; on the server Ada is removed and Ed an Administrator.
        InvalidResolution refused = assertThrows(InvalidResolution.class, () -> b.engine.resolve(key,
                Map.of(new Field(Part.USER, ADA), Side.REMOTE, new Field(Part.USER_ROLE, ED), Side.LOCAL)));
        assertThat(refused.leavesNoAdministrator()).isTrue();
        assertThat(b.store.conflicts()).as("still waiting").hasSize(1);

        assertThat(b.data(key).users()).as("nothing stored by the refused choice").hasSize(2);

        b.engine.resolve(key, Map.of(new Field(Part.USER, ADA), Side.LOCAL, new Field(Part.USER_ROLE, ED), Side.LOCAL));
        assertThat(b.sync().inSync()).isTrue();
        assertThat(a.sync().inSync()).isTrue();
        assertThat(a.data(key).users()).extracting(PortalUser::email, PortalUser::role).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ADA, UserRole.ADMINISTRATOR), org.assertj.core.groups.Tuple.tuple(ED, UserRole.EDITOR));
    }
}
