package dev.partnercontacts.sync;

import java.util.List;

/** What reading a bundle for import gave: the reasons it is refused, or the accounts it would add or change. */
public sealed interface ImportPlan {

    /** The bundle is refused as a whole; nothing may change. */
    record Refused(List<Refusal> reasons) implements ImportPlan {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }

    /** The bundle can be applied; its accounts in order. */
    record Ready(List<AccountImport> accounts) implements ImportPlan {
        public Ready {
            accounts = List.copyOf(accounts);
        }

        /** Whether applying it would set back anything that is newer here. */
        public boolean setsBackNewerData() {
            return accounts.stream().anyMatch(a -> !a.newerHere().isEmpty());
        }

        /** How many accounts it adds or changes. */
        public long changedAccounts() {
            return accounts.stream().filter(AccountImport::changesSomething).count();
        }
    }
}
