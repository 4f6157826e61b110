package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.util.List;

/** What reading a bundle gave: every account, or the reasons it was refused (then nothing may change). */
public sealed interface BundleOutcome {

    /** The bundle is acceptable; its accounts in order. */
    record Accepted(List<AccountData> accounts) implements BundleOutcome {
        public Accepted {
            accounts = List.copyOf(accounts);
        }
    }

    /** The bundle is refused as a whole; at least one reason. */
    record Refused(List<Refusal> reasons) implements BundleOutcome {
        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }
    }
}
