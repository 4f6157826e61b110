package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.time.Instant;
import java.util.List;

/** What reading a bundle gave: every account, or the reasons it was refused (then nothing may change). */
public sealed interface BundleOutcome {

    /**
     * The bundle is acceptable; its accounts in order.
     *
     * @param exportedAt when the bundle says it was written, or null when it does not say
     */
    record Accepted(List<AccountData> accounts, Instant exportedAt) implements BundleOutcome {
        public Accepted {
            accounts = List.copyOf(accounts);
        }

        public Accepted(List<AccountData> accounts) {
            this(accounts, null);
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
