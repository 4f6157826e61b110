package dev.partnercontacts.domain;

/** The settings at the top of the form. */
public record AccountSettings(String name, String partnerId, Integration integration, Environment environment) {

    public static final AccountSettings NEW = new AccountSettings("", "", Integration.DEFAULT, Environment.SANDBOX);

    public AccountSettings {
        name = Text.orEmpty(name);
        partnerId = Text.orEmpty(partnerId);
        integration = integration == null ? Integration.DEFAULT : integration;
        environment = environment == null ? Environment.SANDBOX : environment;
    }

    public boolean requires(Role role) {
        return role.appliesTo(integration, environment);
    }
}
